"""A generated archive of articles with planted errors, for the Spark test and the benchmark.

Each article is a headline and a few paragraphs of public-domain prose (the clean corpus in
tests/corpus/clean/), in plain text, Markdown or HTML, with a date, and zero to three
planted mistakes of the kinds copydesk exists for: typos, a country listed twice, a doubled
word, text damaged by a wrong encoding, web-page leftovers, a caption pasted twice, and a
list of a group's members that is right on some dates and wrong on others (so the article's
own date decides). The same seed gives the same archive.
"""

from __future__ import annotations

import datetime
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "clean"

EXTENSIONS = {"txt": "txt", "md": "md", "html": "html"}

TYPOS = [
    ("support", "suport"),
    ("government", "goverment"),
    ("received", "recieved"),
    ("separate", "seperate"),
    ("occurred", "occured"),
    ("until", "untill"),
    ("believe", "beleive"),
    ("tomorrow", "tommorow"),
    ("which", "wich"),
    ("necessary", "neccessary"),
]

PLANTS = [
    "typo",
    "duplicate",
    "repeated-word",
    "mojibake",
    "residue",
    "caption",
    "membership",
]

CAPTIONS = [
    "Hu Jintao, left, and Vladimir Putin, right, arrive for the summit in Beijing (AP Photo/Ng Han Guan)",
    "Delegates listen to a speech at the opening session, in a photo released by the host government (Reuters)",
    "Farmers harvest rice outside the capital on Tuesday (Photo: AFP)",
]

RESIDUE = ["Accessibility links", "Share this", "Skip to content"]

# A list of the CSTO's members with Uzbekistan: right from 2006 to 2012, wrong before
# and after, so each article's own date decides whether it is reported.
CSTO = (
    "The Collective Security Treaty Organization, which comprises Russia, Armenia, "
    "Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, held drills this week."
)


def _paragraphs() -> list[str]:
    paras = []
    for f in sorted(CORPUS.glob("*.txt")):
        for block in f.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            # Body paragraphs only: the one-line country names are headings.
            if len(block) > 200 and len(block) < 1200:
                paras.append(block)
    if not paras:
        raise RuntimeError(f"no prose found in {CORPUS}")
    return paras


def _plant(kind: str, rng: random.Random, paras: list[str]) -> None:
    i = rng.randrange(len(paras))
    p = paras[i]
    if kind == "typo":
        for right, wrong in rng.sample(TYPOS, len(TYPOS)):
            if f" {right} " in p:
                paras[i] = p.replace(f" {right} ", f" {wrong} ", 1)
                return
        paras.insert(i, f"Officials said the {rng.choice(TYPOS)[1]} plan was approved on Monday.")
    elif kind == "duplicate":
        countries = rng.sample(["Russia", "China", "Kazakhstan", "India", "Brazil", "Mexico", "Egypt"], 3)
        paras.insert(
            i,
            f"Ministers from {countries[0]}, {countries[1]}, {countries[2]} and {countries[0]} "
            "signed the agreement on Friday.",
        )
    elif kind == "repeated-word":
        words = p.split(" ")
        j = rng.randrange(1, len(words) - 1) if len(words) > 2 else 0
        if j and words[j].isalpha() and words[j].islower():
            words.insert(j, words[j])
            paras[i] = " ".join(words)
        else:
            paras.insert(i, "The the talks will resume next month, officials said.")
    elif kind == "mojibake":
        paras.insert(i, "The new bridge cost Â£40m and opened in spring, the council said.")
    elif kind == "residue":
        paras.insert(0, rng.choice(RESIDUE))
    elif kind == "caption":
        caption = rng.choice(CAPTIONS)
        paras.insert(i, caption)
        paras.insert(i + 1, caption)
    elif kind == "membership":
        paras.insert(i, CSTO)


def _render(fmt: str, headline: str, paras: list[str], date: str, front_matter: bool) -> str:
    if fmt == "txt":
        return headline + "\n\n" + "\n\n".join(paras) + "\n"
    if fmt == "md":
        head = f"---\ndate: {date}\n---\n\n" if front_matter else ""
        return head + f"# {headline}\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;')}</p>" for p in paras)
    return (
        "<!DOCTYPE html>\n<html><head><title>"
        + headline
        + "</title></head>\n<body><article>\n<h1>"
        + headline
        + "</h1>\n"
        + body
        + "\n</article></body></html>\n"
    )


def generate(n: int, seed: int = 14, dates: int = 24) -> list[dict]:
    """`n` articles as dicts with id (int), date (datetime.date), format and body.

    Dates are drawn from `dates` distinct days between 2001 and 2024, so the CLI can be run
    once per date with `--date`.
    """
    rng = random.Random(seed)
    pool = _paragraphs()
    days = sorted(
        datetime.date(2001, 1, 1) + datetime.timedelta(days=rng.randrange(24 * 365))
        for _ in range(dates)
    )
    out = []
    for k in range(n):
        fmt = rng.choice(["txt", "md", "html"])
        date = rng.choice(days)
        paras = [rng.choice(pool) for _ in range(rng.randint(2, 4))]
        for kind in rng.sample(PLANTS, rng.choice([0, 1, 1, 2, 3])):
            _plant(kind, rng, paras)
        headline = f"Report number {k} from the regional desk"
        body = _render(fmt, headline, paras, date.isoformat(), front_matter=rng.random() < 0.1)
        out.append({"id": k, "date": date, "format": fmt, "body": body})
    return out


def write_parquet(articles: list[dict], path: Path) -> None:
    """The archive as one Parquet file with columns id, date, format, body."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "id": pa.array([a["id"] for a in articles], pa.int64()),
            "date": pa.array([a["date"] for a in articles], pa.date32()),
            "format": pa.array([a["format"] for a in articles], pa.string()),
            "body": pa.array([a["body"] for a in articles], pa.string()),
        }
    )
    pq.write_table(table, path, row_group_size=2000)


def write_files(articles: list[dict], root: Path) -> dict[str, list[Path]]:
    """Each article as `root/<date>/<id>.<ext>`; returns the folders by date."""
    folders: dict[str, list[Path]] = {}
    for a in articles:
        d = root / a["date"].isoformat()
        d.mkdir(parents=True, exist_ok=True)
        p = d / f"{a['id']}.{EXTENSIONS[a['format']]}"
        p.write_text(a["body"], encoding="utf-8")
        folders.setdefault(a["date"].isoformat(), []).append(p)
    return folders
