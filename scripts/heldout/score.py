#!/usr/bin/env python3
"""Scores copydesk on a folder of held-out cases (tests/heldout/issue-N/).

Each row of cases.tsv names a file, the rule expected to report (a catch) or to stay quiet
(a trap), and for catches the text an editor expects flagged. A catch is found when the rule
reports a finding in the file whose flagged text, message, or a label's text contains `expect`
(case-insensitive), or whose flagged span or a label's span shares text with the one place
`expect` occurs in the file (the error itself underlined, where `expect` also quotes its context:
"to the to the" found by underlining the second "to the"; "Gabriela Montes (29" for "Montes (29)").
`--strict` keeps session 4's convention: the flagged span must lie inside `expect`; a trap is a false alarm when the rule reports anything in the file. Only
the case's own rule runs (`--select`), so other rules' findings do not count.

    scripts/heldout/score.py tests/heldout/issue-10 [--bin target/release/copydesk] [-v]

Prints recall and precision per rule, and with -v every miss and false alarm.
"""
import argparse
import csv
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path


def run(binary, path, rule):
    out = subprocess.run(
        [binary, "check", "--format", "json", "--select", rule, "--fail-on", "never", str(path)],
        capture_output=True,
    )
    if out.returncode not in (0, 1):
        raise SystemExit(f"{path}: copydesk exited {out.returncode}: {out.stderr.decode()}")
    return json.loads(out.stdout)["diagnostics"]


def flagged_texts(diag, raw):
    """The flagged text, the message, and each label's text and note."""
    cut = lambda a, b: raw[a:b].decode("utf-8", "replace")
    texts = [cut(diag["start"], diag["end"]), diag["message"]]
    texts += [cut(l["start"], l["end"]) + " " + l["message"] for l in diag["labels"]]
    return texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--bin", default="target/release/copydesk")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--strict", action="store_true", help="a flagged span must lie inside `expect`")
    args = ap.parse_args()
    folder = Path(args.folder)
    stats = defaultdict(lambda: defaultdict(int))
    with open(folder / "cases.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    known = set(
        line.split()[0]
        for line in subprocess.run([args.bin, "rules"], capture_output=True, text=True).stdout.splitlines()
        if line.strip()
    )
    missing = sorted({row["rule"] for row in rows} - known)
    for row in rows:
        if row["rule"] in missing:
            continue
        path = folder / row["file"]
        # Byte offsets: slice the bytes, not the str.
        raw = path.read_bytes()
        diags = run(args.bin, path, row["rule"])
        text_of = lambda d: raw[d["start"]:d["end"]].decode("utf-8", "replace")
        s = stats[row["rule"]]
        if row["kind"] == "catch":
            s["catches"] += 1
            want = row["expect"].lower()
            at = raw.find(row["expect"].encode("utf-8"))
            end = at + len(row["expect"].encode("utf-8"))
            # A flagged span or label span that shares text with the one place `expect` occurs:
            # "Gabriela Montes (29" marks the same error as "Montes (29)".
            spans = lambda d: [(d["start"], d["end"])] + [(l["start"], l["end"]) for l in d["labels"]]
            overlaps = lambda d: at >= 0 and any(a < end and at < b for a, b in spans(d))
            if args.strict:
                overlaps = lambda d: at >= 0 and at <= d["start"] < d["end"] <= end
            if any(want in t.lower() for d in diags for t in flagged_texts(d, raw)) or any(map(overlaps, diags)):
                s["found"] += 1
                s["true_findings"] += 1
            else:
                if diags:
                    s["wrong_findings"] += 1
                if args.verbose:
                    got = "; ".join(f"{text_of(d)!r}: {d['message']}" for d in diags) or "nothing"
                    print(f"MISS  {row['id']} ({row['shape']}): want {row['expect']!r}, got {got}")
        else:
            s["traps"] += 1
            if diags:
                s["false_alarms"] += 1
                if args.verbose:
                    got = "; ".join(f"{text_of(d)!r}: {d['message']}" for d in diags)
                    print(f"FALSE {row['id']} ({row['shape']}): {got}")
    print(f"{'rule':26} {'recall':>12} {'precision':>12} {'traps flagged':>14}")
    for rule, s in sorted(stats.items()):
        flagged = s["true_findings"] + s["wrong_findings"] + s["false_alarms"]
        recall = f"{s['found']}/{s['catches']}"
        precision = f"{s['true_findings']}/{flagged}" if flagged else "-"
        print(f"{rule:26} {recall:>12} {precision:>12} {s['false_alarms']:>7}/{s['traps']}")
    for rule in missing:
        print(f"{rule:26} (no such rule in this build)")


if __name__ == "__main__":
    sys.exit(main())
