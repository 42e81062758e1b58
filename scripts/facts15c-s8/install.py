#!/usr/bin/env python3
"""Copies the s8 cases that the current binary gets right into fixtures/<rule>/."""
import csv, json, subprocess, shutil, sys, os
base = os.path.dirname(os.path.abspath(__file__))
binary = sys.argv[1]
# Round 2 lives in r2/ and is installed as catch-s8r2-*.
tag = "s8"
if len(sys.argv) > 2:
    base, tag = os.path.join(base, sys.argv[2]), f"s8{sys.argv[2]}"
for r in csv.DictReader(open(f"{base}/cases.tsv"), delimiter="\t"):
    p = f"{base}/{r['file']}"
    out = json.loads(subprocess.run([binary, "check", "--format", "json", "--select", r["rule"], "--fail-on", "never", p], capture_output=True).stdout)["diagnostics"]
    ok = bool(out) if r["kind"] == "catch" else not out
    ext = p.rsplit(".", 1)[1]
    kind, num = r["id"].split("-")[1][0], r["id"].split("-")[1][1:]
    name = f"{'catch' if kind == 'c' else 'trap'}-{tag}-{num}.{ext}"
    dest = f"fixtures/{r['rule']}/{name}"
    if ok: shutil.copy(p, dest)
    elif os.path.exists(dest): print("NOW FAILING", dest)
    print(("ok  " if ok else "skip"), r["id"], dest)
