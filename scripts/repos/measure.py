#!/usr/bin/env python3
r"""Measures copydesk on a checked-out article repository (issue 16).

Runs `copydesk check --format json --fail-on never` over one or more content folders of a tree,
counts words, and prints a per-rule table: findings, findings per 10,000 words, files with
findings. With --sample it also writes a seeded random sample of up to N findings per rule as
JSON lines, each with the flagged text and its source line, for a person to judge. With
--judged it reads such a file back after judging and prints the share of findings per rule an
editor would act on and the causes of the false alarms.

    scripts/repos/measure.py TREE [CONTENT_DIR ...] --bin target/release/copydesk \
        [--label NAME] [--sample 50] [--seed 16] [--samples-out FILE] [--json-out FILE] \
        [--prior JUDGED_FILE ...]
    scripts/repos/measure.py --judged FILE [FILE ...]

CONTENT_DIR are relative to TREE (default: TREE itself). Words: whitespace-separated tokens of
every file copydesk checks (.md .markdown .html .htm .txt, not hidden), the way `wc -w` counts,
front matter and tags included; "prose words" also prints an estimate without front matter,
fenced code, HTML tags, template tags and link targets (rough, for orientation only).

A judged sample line carries two more fields, written by the judge: "act": true/false (would an
editor act on this finding) and, for false, "cause": one of the causes listed at the end of --help.

Each sample line also has "hint": where the flagged text sits, found by simple pattern matching
(front matter, a Liquid/Nunjucks tag, a Hugo shortcode, a kramdown attribute list, an HTML tag,
inline code), or null; a mixed-quotes line also has "assist": the straight and curly marks of
its kind left in the prose once syntax is set aside. Both help judging; neither is a judgment.
With --prior, findings judged before (same repository, rule, path, line, column, text) keep
their judgment, so after a fix only new findings need reading.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

EXTS = {".md", ".markdown", ".html", ".htm", ".txt"}

CAUSES = {
    "template": "template syntax (Liquid/Nunjucks {% %} {{ }}, Hugo shortcodes, kramdown {: }, MDX/JSX)",
    "front-matter": "front matter (YAML/TOML/JSON keys and values)",
    "language": "a document or passage in another language",
    "authored-residue": "the post's own words read as web-page residue",
    "jargon": "the repository's or field's vocabulary (tech terms, product names, acronyms)",
    "dictionary": "a correct English word the word list lacks",
    "quoted-example": "a word or error cited as an example (style guides, joke lists)",
    "placeholder": "placeholder text (lorem ipsum)",
    "name": "a proper name (person, organisation, product) not in the dictionary",
    "markup": "other markup read as prose (HTML attributes, URLs, code, tables, image names)",
    "style-choice": "a deliberate, consistent or defensible style choice (not an error)",
    "rule-logic": "the rule misreads correct prose (wrong list, wrong pairing, wrong sentence)",
    "other": "other (say what in a note)",
}

# Patterns for the hint. Order matters: the first span that contains the finding wins.
HINT_PATTERNS = [
    ("hugo-shortcode", re.compile(r"\{\{[<%](?:(?!\n[ \t]*\n).)*?[%>]\}\}", re.S)),
    ("liquid-tag", re.compile(r"\{%(?:(?!\n[ \t]*\n).)*?%\}", re.S)),
    ("liquid-output", re.compile(r"\{\{(?:(?!\n[ \t]*\n).)*?\}\}", re.S)),
    ("kramdown-ial", re.compile(r"\{:[^}\n]*\}")),
    ("html-comment", re.compile(r"<!--.*?-->", re.S)),
    ("html-tag", re.compile(r"</?[A-Za-z][^<>]*>", re.S)),
    ("inline-code", re.compile(r"`[^`\n]+`")),
    ("md-link-target", re.compile(r"\]\([^)\s]*\)")),
]
FM = r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)"
FRONT_MATTER = re.compile(FM, re.S)


def checked_files(root):
    """Files copydesk's walk would check, approximately (extension, not hidden)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in EXTS:
                out.append(Path(dirpath) / name)
    return out


def prose_estimate(text):
    text = FRONT_MATTER.sub("", text, count=1)
    text = re.sub(r"^(```|~~~).*?^\1", " ", text, flags=re.S | re.M)
    for _, pat in HINT_PATTERNS:
        text = pat.sub(" ", text)
    text = re.sub(r"https?://\S+", " ", text)
    return len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text))


def hint(data, start, end):
    text = data.decode("utf-8", "replace")
    m = FRONT_MATTER.match(text)
    if m and start < len(text[: m.end()].encode("utf-8")):
        return "front-matter"
    # Work on characters around the finding: convert byte offsets.
    cstart = len(data[:start].decode("utf-8", "replace"))
    cend = cstart + len(data[start:end].decode("utf-8", "replace"))
    lo = max(0, cstart - 2000)
    window = text[lo : cend + 2000]
    for name, pat in HINT_PATTERNS:
        for mm in pat.finditer(window):
            if mm.start() + lo <= cstart and cend <= mm.end() + lo:
                return name
    return None


TEMPLATE_HINTS = ("hugo-shortcode", "liquid-tag", "liquid-output", "kramdown-ial")
LINK_TITLE = re.compile(r'\]\(\s*[^)\s]*\s+"[^"\n]*"\)')


def quote_kind(message):
    if message.startswith("double"):
        return "double"
    if message.startswith("apostrophes"):
        return "apostrophe"
    return "single"


def count_quotes(text, kind):
    """(straight, curly) counts of one kind of quote mark in text."""
    if kind == "double":
        return text.count('"'), len(re.findall(r"[“”]", text))
    if kind == "apostrophe":
        straight = len(re.findall(r"(?<=\w)'(?=\w)|(?<=[a-z]s)'(?=\s)", text))
        curly = len(re.findall(r"(?<=\w)’(?=\w)|(?<=[a-z]s)’(?=\s)", text))
        return straight, curly
    return text.count("'"), len(re.findall(r"[‘’]", text))


def quote_assist(data, message, where):
    """For a mixed-quotes finding: counts of straight and curly marks of its kind in the prose
    once front matter, fenced code, template tags, HTML tags, inline code and Markdown link
    titles are set aside, and the straight marks found in each of those. A help for judging:
    if the prose alone is not mixed, the mixing comes from syntax."""
    kind = quote_kind(message)
    text = data.decode("utf-8", "replace")
    other = Counter()
    m = FRONT_MATTER.match(text)
    if m:
        other["front-matter"] += count_quotes(m.group(0), kind)[0]
        text = text[m.end() :]
    fence = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
    other["code"] += sum(count_quotes(x.group(0), kind)[0] for x in fence.finditer(text))
    text = fence.sub(" ", text)
    for name, pat in HINT_PATTERNS[:-1] + [("md-link-title", LINK_TITLE)]:
        other[name] += sum(count_quotes(x.group(0), kind)[0] for x in pat.finditer(text))
        text = pat.sub(" ", text)
    straight, curly = count_quotes(text, kind)
    prose_mixed = straight > 0 and curly > 0 and where not in TEMPLATE_HINTS + ("html-tag",)
    return {
        "kind": kind,
        "prose_straight": straight,
        "prose_curly": curly,
        "straight_elsewhere": {k: v for k, v in other.items() if v},
        "prose_mixed": prose_mixed,
    }


def line_of(data, start, end, width=200):
    ls = data.rfind(b"\n", 0, start) + 1
    le = data.find(b"\n", end)
    if le < 0:
        le = len(data)
    pre = data[ls:start].decode("utf-8", "replace")
    mid = data[start:end].decode("utf-8", "replace")
    post = data[end:le].decode("utf-8", "replace")
    keep = max(20, (width - len(mid)) // 2)
    if len(pre) > keep:
        pre = "…" + pre[-keep:]
    if len(post) > keep:
        post = post[:keep] + "…"
    return f"{pre}«{mid}»{post}"


def run_copydesk(binary, paths, jobs):
    cmd = [binary, "check", "--format", "json", "--fail-on", "never"]
    if jobs:
        cmd += ["-j", str(jobs)]
    out = subprocess.run(cmd + [str(p) for p in paths], capture_output=True)
    if out.returncode not in (0, 1):
        sys.exit(f"copydesk exited {out.returncode}: {out.stderr.decode()[:2000]}")
    errs = out.stderr.decode().strip()
    return json.loads(out.stdout), errs


def measure(args):
    tree = Path(args.tree).resolve()
    dirs = [tree / d for d in args.content] if args.content else [tree]
    files = [f for d in dirs for f in (checked_files(d) if d.is_dir() else [d])]
    words = prose = 0
    for f in files:
        t = f.read_bytes().decode("utf-8", "replace")
        words += len(t.split())
        prose += prose_estimate(t)
    report, errs = run_copydesk(args.bin, dirs, args.jobs)
    diags = report["diagnostics"]
    label = args.label or tree.name
    print(f"# {label}: {', '.join(str(d.relative_to(tree)) or '.' for d in dirs)}")
    print(f"files checked by copydesk: {report['files_checked']} (walked here: {len(files)})")
    print(f"words (wc -w of checked files): {words}; prose words (estimate): {prose}")
    if errs:
        print(f"copydesk stderr: {len(errs.splitlines())} lines, first: {errs.splitlines()[0]}")
    by_rule = defaultdict(list)
    for d in diags:
        by_rule[d["rule"]].append(d)
    print(f"\n| rule | findings | per 10k words | per 10k prose words | files with findings |")
    print("|---|---:|---:|---:|---:|")
    for rule in sorted(by_rule, key=lambda r: (-len(by_rule[r]), r)):
        ds = by_rule[rule]
        nfiles = len({d["path"] for d in ds})
        print(
            f"| `{rule}` | {len(ds)} | {len(ds) * 1e4 / max(words, 1):.1f} | "
            f"{len(ds) * 1e4 / max(prose, 1):.1f} | {nfiles} |"
        )
    nfiles = len({d["path"] for d in diags})
    print(
        f"| **all** | {len(diags)} | {len(diags) * 1e4 / max(words, 1):.1f} | "
        f"{len(diags) * 1e4 / max(prose, 1):.1f} | {nfiles} |"
    )
    cache = {}
    hints = defaultdict(Counter)
    for d in diags:
        p = Path(d["path"])
        if p not in cache:
            cache[p] = p.read_bytes()
        hints[d["rule"]][hint(cache[p], d["start"], d["end"]) or "-"] += 1
    print("\nwhere the findings sit (pattern hint, all findings; '-' = none of the patterns):")
    for rule in sorted(hints, key=lambda r: (-sum(hints[r].values()), r)):
        print(f"  {rule}: " + ", ".join(f"{h} {n}" for h, n in hints[rule].most_common()))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report))
    if args.samples_out:
        rng = random.Random(args.seed)
        prior = load_prior(args.prior)
        carried = 0
        with open(args.samples_out, "w") as fh:
            for rule in sorted(by_rule):
                ds = sorted(by_rule[rule], key=lambda d: (d["path"], d["start"], d["end"]))
                pick = ds if len(ds) <= args.sample else rng.sample(ds, args.sample)
                pick.sort(key=lambda d: (d["path"], d["start"]))
                for d in pick:
                    p = Path(d["path"])
                    if p not in cache:
                        cache[p] = p.read_bytes()
                    data = cache[p]
                    try:
                        rel = str(p.resolve().relative_to(tree))
                    except ValueError:
                        rel = d["path"]
                    row = {
                        "repo": label,
                        "rule": rule,
                        "path": rel,
                        "line": d["line"],
                        "column": d["column"],
                        "text": data[d["start"] : d["end"]].decode("utf-8", "replace")[:120],
                        "context": line_of(data, d["start"], d["end"]),
                        "message": d["message"],
                        "labels": [
                            data[l["start"] : l["end"]].decode("utf-8", "replace")[:80]
                            for l in d.get("labels", [])
                            if "start" in l
                        ],
                        "hint": hint(data, d["start"], d["end"]),
                    }
                    if rule == "mixed-quotes":
                        row["assist"] = quote_assist(data, d["message"], row["hint"])
                    old = prior.get(judgment_key(row))
                    if old:
                        for k in ("act", "cause", "note"):
                            if k in old:
                                row[k] = old[k]
                        carried += 1
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"\nsample: up to {args.sample} per rule, seed {args.seed} -> {args.samples_out}")
        if args.prior:
            print(f"judgments carried over from {', '.join(args.prior)}: {carried}")


def judgment_key(row):
    return (row["repo"], row["rule"], row["path"], row["line"], row["column"], row["text"][:40])


def load_prior(files):
    prior = {}
    for f in files or []:
        for line in open(f):
            if line.strip():
                row = json.loads(line)
                if "act" in row:
                    prior[judgment_key(row)] = row
    return prior


def judged(files):
    rows = [json.loads(l) for f in files for l in open(f) if l.strip()]
    groups = defaultdict(list)
    for r in rows:
        groups[(r["repo"], r["rule"])].append(r)
    print("| repository | rule | judged | editor would act | share | false alarms by cause |")
    print("|---|---|---:|---:|---:|---|")
    missing = 0
    for (repo, rule), rs in sorted(groups.items()):
        done = [r for r in rs if "act" in r]
        missing += len(rs) - len(done)
        act = sum(1 for r in done if r["act"])
        causes = Counter(r.get("cause", "other") for r in done if not r["act"])
        share = f"{100 * act / len(done):.0f} %" if done else "-"
        cs = ", ".join(f"{c} {n}" for c, n in causes.most_common())
        print(f"| {repo} | `{rule}` | {len(done)} | {act} | {share} | {cs} |")
    total = Counter()
    for r in rows:
        if "act" in r and not r["act"]:
            total[r.get("cause", "other")] += 1
    print("\nfalse alarms by cause, all sampled findings:")
    for c, n in total.most_common():
        print(f"  {c}: {n} — {CAUSES.get(c, '?')}")
    if missing:
        print(f"\n{missing} sampled findings not judged yet")


def main():
    causes = "\n".join(f"  {k}: {v}" for k, v in CAUSES.items())
    ap = argparse.ArgumentParser(
        description=__doc__,
        epilog="causes:\n" + causes,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("tree", nargs="?")
    ap.add_argument("content", nargs="*", help="content folders relative to TREE")
    ap.add_argument("--bin", default="target/release/copydesk")
    ap.add_argument("--label")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--samples-out")
    ap.add_argument("--json-out")
    ap.add_argument("-j", "--jobs", type=int)
    ap.add_argument("--judged", nargs="+", metavar="FILE")
    ap.add_argument(
        "--prior",
        nargs="+",
        metavar="FILE",
        help="judged sample files: a sampled finding judged there (same repo, rule, path, line, "
        "column, text) keeps its judgment",
    )
    args = ap.parse_args()
    if args.judged:
        judged(args.judged)
    elif args.tree:
        measure(args)
    else:
        ap.error("give TREE or --judged")


if __name__ == "__main__":
    main()
