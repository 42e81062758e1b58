#!/usr/bin/env python3
"""Writes the benchmark corpus: wire-style articles as .md, .txt and .html, seeded.

    gen_corpus.py OUT_DIR [--seed N] [--mb 100] [--big-mb 50]

OUT_DIR/articles/NNNNN.{md,txt,html}  at least --mb MB in at least 10,000 files
OUT_DIR/big/one-big.md                one file of --big-mb MB
OUT_DIR/subset/                       the first 200 articles again, for slow peers
OUT_DIR/manifest.txt                  seed, sizes and file counts

The prose is the edited public-domain text of tests/corpus/clean (sentences drawn at random)
mixed with news furniture: headlines, datelines, quotes with names, inline lists of countries,
bullet lists, photo captions with credits, fact boxes and block quotes. A sprinkle of errors
goes in: typos (two letters swapped), doubled words, a list item given twice, a caption
pasted twice. The same seed gives byte-identical files (the only randomness is
random.Random(seed); inputs are read in sorted order).
"""

import argparse
import os
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIRST = """Ana Ahmed Alexei Amina Carlos Chen Daniel Elena Fatima Hans Hiroshi Ibrahim Ingrid
Jean Jorge Kofi Lars Leila Li Maria Mohammed Nadia Olga Pedro Priya Rahul Sofia Tomas Wei
Yusuf Zhang Anna David Sarah Michael Laura Peter Helen James Grace""".split()
LAST = """Okafor Petrov Nakamura Silva Haddad Kowalski Mensah Lindqvist Moreau Rossi Novak
Yilmaz Kim Garcia Schmidt Dubois Ivanova Tanaka Mwangi Costa Ferreira Hansen Nguyen Popescu
Kaur Brennan Whitfield Alvarez Sato Abdi Karimov Jensen Lopez Weber Murphy""".split()
COUNTRIES = """France Germany Italy Spain Poland Brazil Argentina Chile Mexico Canada Japan
India Indonesia Kenya Nigeria Ghana Egypt Morocco Turkey Greece Sweden Norway Finland
Denmark Austria Portugal Vietnam Thailand Malaysia Australia Peru Colombia Ethiopia Tanzania
Kazakhstan Uzbekistan Mongolia Pakistan Bangladesh Ireland Belgium Netherlands""".split()
CITIES = """Paris Berlin Rome Madrid Warsaw Brasilia Tokyo Nairobi Lagos Cairo Ankara Athens
Stockholm Oslo Vienna Lisbon Hanoi Bangkok Canberra Lima Bogota Astana Dhaka Dublin
Brussels Geneva Beijing Moscow Washington London""".split()
ROLES = """spokesman spokeswoman minister director analyst economist professor ambassador
governor chairman official researcher""".split()
ORGS = ["the World Bank", "the United Nations", "the Foreign Ministry", "the central bank",
        "the Finance Ministry", "the African Union", "the European Commission",
        "the International Monetary Fund", "the Red Cross", "the trade union"]
VERBS = ["said", "told reporters", "said in a statement", "added", "told a news conference"]
MONTHS = """January February March April May June July August September October November
December""".split()
AGENCIES = ["Reuters", "AP", "AFP", "VOA"]
TOPICS = ["Trade Talks", "Election", "Floods", "Budget Vote", "Summit", "Drought", "Strike",
          "Peace Talks", "Energy Deal", "Vaccine Drive", "Port Expansion", "Court Ruling"]


def load_sentences():
    """Sentences of the clean corpus, in file order (sorted), none shorter than 5 words."""
    out = []
    for path in sorted((ROOT / "tests/corpus/clean").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                if len(s.split()) >= 5 and s[-1:] in ".!?":
                    out.append(s)
    if not out:
        sys.exit(f"no sentences found under {ROOT / 'tests/corpus/clean'}")
    return out


class Writer:
    def __init__(self, rng, sentences):
        self.r = rng
        self.sentences = sentences

    def name(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def date(self):
        return f"{self.r.choice(MONTHS)} {self.r.randint(1, 28)}, {self.r.randint(1998, 2024)}"

    def countries(self, lo, hi):
        items = self.r.sample(COUNTRIES, self.r.randint(lo, hi))
        if self.r.random() < 0.05:  # error: an item listed twice
            items.insert(self.r.randrange(1, len(items)), self.r.choice(items))
        return items

    def series(self, items):
        serial = "," if self.r.random() < 0.3 else ""
        return ", ".join(items[:-1]) + f"{serial} and {items[-1]}"

    def typo(self, sentence):
        words = sentence.split(" ")
        i = self.r.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha() and w.islower():
            j = self.r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words)

    def sentence(self):
        s = self.r.choice(self.sentences)
        roll = self.r.random()
        if roll < 0.03:
            s = self.typo(s)
        elif roll < 0.04:  # error: a doubled word
            words = s.split(" ")
            i = self.r.randrange(len(words))
            words.insert(i, words[i])
            s = " ".join(words)
        return s

    def quote(self):
        said = self.r.choice(VERBS)
        q = self.r.choice(self.sentences).rstrip(".!?")
        return (f"\u201c{q},\u201d {self.name()}, a {self.r.choice(ROLES)} at "
                f"{self.r.choice(ORGS)}, {said}.")

    def paragraph(self):
        parts = [self.sentence() for _ in range(self.r.randint(2, 5))]
        roll = self.r.random()
        if roll < 0.2:
            parts.insert(self.r.randrange(len(parts) + 1), self.quote())
        elif roll < 0.35:
            parts.append(f"Delegates from {self.series(self.countries(3, 7))} attended the "
                         f"meeting in {self.r.choice(CITIES)}.")
        return " ".join(parts)

    def caption(self):
        a, b = self.name(), self.name()
        return (f"{a}, left, shakes hands with {b} in {self.r.choice(CITIES)} on "
                f"{self.date()}. ({self.r.choice(AGENCIES)} Photo/{self.name()})")

    def fact_box(self):
        country = self.r.choice(COUNTRIES)
        return (f"{country} Facts", [
            f"Capital: {self.r.choice(CITIES)}",
            f"Population: about {self.r.randint(2, 300)} million",
            f"Neighbours include {self.series(self.countries(2, 5))}",
            f"Leader: {self.name()}",
        ], f"Source: {self.r.choice(ORGS)[4:]}, {self.r.choice(AGENCIES)}")

    def article(self):
        """An article as a list of (kind, payload) parts, rendered per format below."""
        r = self.r
        parts = [("title", f"{r.choice(COUNTRIES)} {r.choice(TOPICS)} Draws Crowds in "
                           f"{r.choice(CITIES)}")]
        lead = (f"{r.choice(CITIES).upper()}, {self.date()} ({r.choice(AGENCIES)}) - "
                + self.paragraph())
        parts.append(("para", lead))
        for _ in range(r.randint(8, 22)):
            roll = r.random()
            if roll < 0.08:
                cap = self.caption()
                parts.append(("caption", cap))
                if r.random() < 0.1:  # error: the caption pasted twice
                    parts.append(("caption", cap))
            elif roll < 0.14:
                parts.append(("heading", f"{r.choice(TOPICS)} in {r.choice(CITIES)}"))
            elif roll < 0.20:
                items = [self.sentence() if r.random() < 0.5 else self.name()
                         for _ in range(r.randint(3, 6))]
                if r.random() < 0.05:  # error: a bullet given twice
                    items.append(r.choice(items))
                parts.append(("bullets", ("Key points:", items)))
            elif roll < 0.23:
                parts.append(("factbox", self.fact_box()))
            elif roll < 0.27:
                parts.append(("quote", self.quote()))
            else:
                parts.append(("para", self.paragraph()))
        return parts


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_md(parts, n):
    out = []
    for kind, p in parts:
        if kind == "title":
            out.append(f"# {p}")
        elif kind == "heading":
            out.append(f"## {p}")
        elif kind == "para":
            out.append(p)
        elif kind == "caption":
            out.append(f"![{p}](images/{n}.jpg)\n\n{p}")
        elif kind == "bullets":
            out.append(p[0] + "\n\n" + "\n".join(f"- {i}" for i in p[1]))
        elif kind == "factbox":
            out.append(f"### {p[0]}\n\n" + "\n".join(f"- {i}" for i in p[1]) + f"\n\n{p[2]}")
        elif kind == "quote":
            out.append(f"> {p}")
    return "\n\n".join(out) + "\n"


def render_txt(parts, n):
    out = []
    for kind, p in parts:
        if kind in ("title", "heading", "para", "caption", "quote"):
            out.append(p)
        elif kind == "bullets":
            out.append(p[0] + "\n\n" + "\n".join(f"  \u2022 {i}" for i in p[1]))
        elif kind == "factbox":
            out.append(f"{p[0]}\n\n" + "\n".join(f"  \u2022 {i}" for i in p[1]) + f"\n{p[2]}")
    return "\n\n".join(out) + "\n"


def render_html(parts, n):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
           f"<title>Article {n}</title></head><body>",
           "<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>", "<article>"]
    for kind, p in parts:
        if kind == "title":
            out.append(f"<h1>{esc(p)}</h1>")
        elif kind == "heading":
            out.append(f"<h2>{esc(p)}</h2>")
        elif kind == "para":
            out.append(f"<p>{esc(p)}</p>")
        elif kind == "caption":
            out.append(f"<figure><img src=\"images/{n}.jpg\" alt=\"{esc(p)}\">"
                       f"<figcaption>{esc(p)}</figcaption></figure>")
        elif kind == "bullets":
            out.append(f"<p>{esc(p[0])}</p>\n<ul>\n"
                       + "\n".join(f"  <li>{esc(i)}</li>" for i in p[1]) + "\n</ul>")
        elif kind == "factbox":
            out.append(f"<aside><h3>{esc(p[0])}</h3>\n<ul>\n"
                       + "\n".join(f"  <li>{esc(i)}</li>" for i in p[1])
                       + f"\n</ul>\n<p>{esc(p[2])}</p></aside>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{esc(p)}</p></blockquote>")
    out.append("</article>\n<footer>&copy; The Daily Example</footer>\n</body></html>")
    return "\n".join(out) + "\n"


RENDER = {"md": render_md, "txt": render_txt, "html": render_html}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=2012)
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--big-mb", type=float, default=50.0)
    ap.add_argument("--min-files", type=int, default=10_000)
    ap.add_argument("--subset", type=int, default=200)
    a = ap.parse_args()

    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    (out / "articles").mkdir(parents=True)
    (out / "big").mkdir()
    (out / "subset").mkdir()
    w = Writer(random.Random(a.seed), load_sentences())

    target = int(a.mb * 1_000_000)
    total, n = 0, 0
    while total < target or n < a.min_files:
        ext = w.r.choice(("md", "md", "txt", "txt", "html"))
        text = RENDER[ext](w.article(), n).encode("utf-8")
        name = f"{n:05d}.{ext}"
        (out / "articles" / name).write_bytes(text)
        if n < a.subset:
            (out / "subset" / name).write_bytes(text)
        total += len(text)
        n += 1

    big_target = int(a.big_mb * 1_000_000)
    big, chunks, k = 0, [], 0
    while big < big_target:
        text = render_md(w.article(), f"big-{k}")
        chunks.append(text)
        big += len(text.encode("utf-8"))
        k += 1
    (out / "big" / "one-big.md").write_text("\n".join(chunks), encoding="utf-8")
    big_size = (out / "big" / "one-big.md").stat().st_size
    sub = sum(p.stat().st_size for p in (out / "subset").iterdir())
    (out / "manifest.txt").write_text(
        f"seed {a.seed}\narticles {n} files {total} bytes\n"
        f"big 1 file {big_size} bytes\nsubset {min(n, a.subset)} files {sub} bytes\n")
    print(f"wrote {n} articles ({total / 1e6:.1f} MB), one {big_size / 1e6:.1f} MB file "
          f"and a {sub / 1e6:.1f} MB subset to {out} (seed {a.seed})")


if __name__ == "__main__":
    main()
