#!/usr/bin/env python3
"""The case writer shared by gen.py (round 1) and gen2.py (round 2): one article per case in
txt, md or html, with a dateline, and a cases.tsv row for scripts/heldout/score.py."""
import datetime as dt, os

A, W, N = "age-mismatch", "weekday-date", "number-mismatch"
_out = None
rows = []


def start(*parts):
    """Cases go to <this folder>/<parts>/, emptied first."""
    global _out
    _out = os.path.join(os.path.dirname(os.path.abspath(__file__)), *parts)
    os.makedirs(_out, exist_ok=True)
    for f in os.listdir(_out): os.remove(os.path.join(_out, f))


def long(d):
    x = dt.date.fromisoformat(d); return f"{x.strftime('%B')} {x.day}, {x.year}"


def case(id, rule, kind, fmt, date, head, city, paras, expect="", box=None, note=""):
    if fmt == "txt":
        body = f"{head}\n\n{city}, {long(date)} (Reuters) - " + "\n\n".join(paras) + "\n"
        if box: body += "\n" + box + "\n"
    elif fmt == "md":
        body = f"---\ntitle: \"{head}\"\ndate: {date}\n---\n\n# {head}\n\n{city.title()} (Reuters) - " + "\n\n".join(paras) + "\n"
        if box: body += "\n" + box + "\n"
    else:
        x = dt.date.fromisoformat(date)
        ps = "".join(f"  <p>{p}</p>\n" for p in paras)
        if not paras[0].startswith(city):
            ps = ps.replace("<p>", f"<p>{city.title()} (AP) - ", 1)
        body = (f"<article>\n  <h1>{head}</h1>\n  <p class=\"byline\">By Staff reporter | Published <time datetime=\"{date}\">{x.day} {x.strftime('%B')} {x.year}</time></p>\n"
                + ps + (box + "\n" if box else "") + "</article>\n")
    path = f"{_out}/{id}.{fmt}"
    open(path, "w").write(body)
    if expect:
        assert body.count(expect) == 1, (id, expect, body.count(expect))
    rows.append((id, f"cases/{id}.{fmt}", rule, kind, "s8", expect, "", note))


def finish():
    with open(os.path.join(os.path.dirname(_out), "cases.tsv"), "w") as f:
        f.write("id\tfile\trule\tkind\tshape\texpect\tfix\tnote\n")
        for r in rows: f.write("\t".join(r) + "\n")
    print(len(rows), "cases")
