#!/usr/bin/env python3
"""Validate rules/countries.toml and rules/groups/*.toml, and print membership counts.

Usage:
    python3 scripts/check_groups.py [--date YYYY-MM-DD ...] [--markdown] [--list GROUP DATE]

Checks (exit status 1 if any fails):
  * every file parses as TOML;
  * countries: every name / alias / former name is unique across the file, compared
    case-insensitively and after light normalisation (leading "the", dots, "&" -> "and");
  * groups: required keys present, id matches the file name, aliases unique across groups,
    every row has entity/role/from/source, role is one of the allowed roles, every entity is a
    canonical country name, dates are YYYY, YYYY-MM or YYYY-MM-DD and valid, from < until,
    and no entity holds two overlapping rows in the same group (same role or not).

Counts: for each date, the number of rows per role that certainly apply, with the number that
possibly apply (because a from/until has only year or month precision) in parentheses when it
differs. Dates default to 2012-06-07 (the seed article) and today.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
ROLES = ("member", "observer", "partner", "candidate", "associate")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def parse_period(s: str) -> tuple[dt.date, dt.date] | None:
    """Return (first day, day after last day) of the period a date string names."""
    if not isinstance(s, str):
        return None
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        y = int(y)
        if mo is None:
            return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
        mo = int(mo)
        if d is None:
            last = calendar.monthrange(y, mo)[1]
            return dt.date(y, mo, 1), dt.date(y, mo, last) + dt.timedelta(days=1)
        day = dt.date(y, mo, int(d))
        return day, day + dt.timedelta(days=1)
    except ValueError:
        return None


def norm(name: str) -> str:
    s = name.casefold().replace("&", "and").replace(".", "").replace("’", "'")
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def load(path: Path):
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        err(f"{path.relative_to(ROOT)}: TOML error: {e}")
    except OSError as e:
        err(f"{path.relative_to(ROOT)}: {e}")
    return None


def check_countries() -> set[str]:
    path = RULES / "countries.toml"
    data = load(path)
    if data is None:
        return set()
    names: set[str] = set()
    seen_raw: dict[str, str] = {}
    seen_norm: dict[str, str] = {}
    for i, c in enumerate(data.get("country", [])):
        where = f"countries.toml country #{i + 1}"
        name = c.get("name")
        if not isinstance(name, str) or not name:
            err(f"{where}: missing name")
            continue
        unknown = set(c) - {"name", "aliases", "former"}
        if unknown:
            err(f"{where} ({name}): unknown keys {sorted(unknown)}")
        names.add(name)
        all_names = [name] + list(c.get("aliases", [])) + list(c.get("former", []))
        for n in all_names:
            if not isinstance(n, str) or not n.strip():
                err(f"{where} ({name}): empty or non-string alias {n!r}")
                continue
            k = n.casefold()
            if k in seen_raw and seen_raw[k] != name:
                err(f"countries.toml: {n!r} is used by both {seen_raw[k]!r} and {name!r}")
            elif k in seen_raw and n != name:
                err(f"countries.toml: {n!r} appears twice for {name!r}")
            seen_raw[k] = name
            nk = norm(n)
            if nk in seen_norm and seen_norm[nk] != name:
                err(f"countries.toml: {n!r} ({name}) normalises like a name of {seen_norm[nk]!r}")
            seen_norm[nk] = name
    return names


def check_groups(countries: set[str]) -> dict[str, dict]:
    groups: dict[str, dict] = {}
    group_alias: dict[str, str] = {}
    for path in sorted((RULES / "groups").glob("*.toml")):
        data = load(path)
        if data is None:
            continue
        f = path.name
        for key in ("id", "name", "aliases", "founded", "source"):
            if key not in data:
                err(f"{f}: missing key {key!r}")
        unknown = set(data) - {"id", "name", "aliases", "founded", "source", "note", "membership"}
        if unknown:
            err(f"{f}: unknown keys {sorted(unknown)}")
        gid = data.get("id", "")
        if gid != path.stem:
            err(f"{f}: id {gid!r} does not match the file name")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", gid or ""):
            err(f"{f}: id {gid!r} is not lowercase kebab-case")
        if parse_period(data.get("founded")) is None:
            err(f"{f}: bad founded date {data.get('founded')!r}")
        if not str(data.get("source", "")).startswith("http"):
            err(f"{f}: group source is not a URL")
        for a in [data.get("name", "")] + list(data.get("aliases", [])):
            k = a.casefold()
            if k in group_alias and group_alias[k] != gid:
                err(f"{f}: group name/alias {a!r} also used by {group_alias[k]}")
            elif k in group_alias and a != data.get("name"):
                err(f"{f}: group alias {a!r} repeated")
            group_alias[k] = gid
        rows = data.get("membership", [])
        if not rows:
            err(f"{f}: no membership rows")
        parsed = []
        for i, r in enumerate(rows):
            where = f"{f} row #{i + 1} ({r.get('entity', '?')})"
            unknown = set(r) - {"entity", "role", "from", "until", "source", "note"}
            if unknown:
                err(f"{where}: unknown keys {sorted(unknown)}")
            for key in ("entity", "role", "from", "source"):
                if key not in r:
                    err(f"{where}: missing {key!r}")
            if r.get("entity") not in countries:
                err(f"{where}: entity {r.get('entity')!r} is not a canonical name in countries.toml")
            if r.get("role") not in ROLES:
                err(f"{where}: role {r.get('role')!r} not one of {ROLES}")
            if not str(r.get("source", "")).startswith("http"):
                err(f"{where}: source is not a URL")
            fp = parse_period(r.get("from"))
            if fp is None:
                err(f"{where}: bad from date {r.get('from')!r}")
                continue
            up = None
            if "until" in r:
                up = parse_period(r["until"])
                if up is None:
                    err(f"{where}: bad until date {r.get('until')!r}")
                    continue
                if not fp[0] < up[0]:
                    err(f"{where}: from {r['from']} is not before until {r['until']}")
            parsed.append((r, fp, up))
        # overlapping rows for one entity (any role)
        by_entity: dict[str, list] = {}
        for item in parsed:
            by_entity.setdefault(item[0]["entity"], []).append(item)
        for ent, items in by_entity.items():
            for a in range(len(items)):
                for b in range(a + 1, len(items)):
                    (ra, fa, ua), (rb, fb, ub) = items[a], items[b]
                    end_a = ua[0] if ua else dt.date.max
                    end_b = ub[0] if ub else dt.date.max
                    if fa[0] < end_b and fb[0] < end_a:
                        err(f"{f}: overlapping rows for {ent}: {ra['role']} {ra['from']}..{ra.get('until', '')} "
                            f"and {rb['role']} {rb['from']}..{rb.get('until', '')}")
        groups[gid] = {"data": data, "rows": parsed, "file": f}
    return groups


def status(fp, up, day: dt.date) -> str | None:
    """'sure' if the row certainly covers day, 'maybe' if it might, None if not."""
    f_first, f_after = fp
    if up is None:
        u_first = u_after = dt.date.max
    else:
        u_first, u_after = up
    if f_after - dt.timedelta(days=1) <= day < u_first:
        return "sure"
    # the real start lies in [f_first, f_after - 1 day], the real (exclusive) end in
    # [u_first, u_after - 1 day]
    if f_first <= day < u_after - dt.timedelta(days=1):
        return "maybe"
    return None


def on(group: dict, day: dt.date, role: str) -> tuple[list[str], list[str]]:
    sure, maybe = [], []
    for r, fp, up in group["rows"]:
        if r["role"] != role:
            continue
        s = status(fp, up, day)
        if s == "sure":
            sure.append(r["entity"])
        elif s == "maybe":
            maybe.append(r["entity"])
    return sorted(sure), sorted(maybe)


def fmt(sure, maybe) -> str:
    if not sure and not maybe:
        return "–"
    return f"{len(sure)}" + (f" (+{len(maybe)}?)" if maybe else "")


def seed_check(groups: dict) -> None:
    """The seed article (7 June 2012) lists the SCO's members and observers: they must agree."""
    sco = groups.get("sco")
    if not sco:
        err("sco.toml missing")
        return
    day = dt.date(2012, 6, 7)
    sure, maybe = on(sco, day, "member")
    want = sorted(["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"])
    if sure != want or maybe:
        err(f"sco: members on 2012-06-07 are {sure} (+{maybe}), seed article says {want}")
    sure, maybe = on(sco, day, "observer")
    want_obs = sorted(["India", "Iran", "Mongolia", "Pakistan"])
    if sure != want_obs:
        err(f"sco: observers on 2012-06-07 are {sure} (+{maybe}), seed article says {want_obs}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", action="append", help="count members on this date (repeatable)")
    ap.add_argument("--markdown", action="store_true", help="print the counts as a Markdown table")
    ap.add_argument("--list", nargs=2, metavar=("GROUP", "DATE"), help="list the rows that apply on DATE")
    args = ap.parse_args()

    countries = check_countries()
    groups = check_groups(countries)
    seed_check(groups)

    if args.list:
        gid, d = args.list
        day = dt.date.fromisoformat(d)
        for role in ROLES:
            sure, maybe = on(groups[gid], day, role)
            if sure or maybe:
                print(f"{role}: {', '.join(sure)}" + (f"  | possibly: {', '.join(maybe)}" if maybe else ""))
    else:
        dates = [dt.date.fromisoformat(d) for d in (args.date or ["2012-06-07", dt.date.today().isoformat()])]
        roles = [r for r in ROLES if any(x[0]["role"] == r for g in groups.values() for x in g["rows"])]
        if args.markdown:
            head = "| group | " + " | ".join(f"members {d}" for d in dates) + " | other roles " + " / ".join(str(d) for d in dates) + " |"
            print(head)
            print("|" + "---|" * (len(dates) + 2))
        for gid, g in sorted(groups.items()):
            cells = [fmt(*on(g, d, "member")) for d in dates]
            others = []
            for d in dates:
                parts = []
                for role in roles:
                    if role == "member":
                        continue
                    s, m = on(g, d, role)
                    if s or m:
                        parts.append(f"{role} {fmt(s, m)}")
                others.append(", ".join(parts) or "–")
            if args.markdown:
                print(f"| `{gid}` | " + " | ".join(cells) + " | " + " / ".join(others) + " |")
            else:
                print(f"{gid:16} " + "  ".join(f"{d}: {c:10}" for d, c in zip(dates, cells)) + "  " + " | ".join(others))

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"\nOK: {len(countries)} countries/entities, {len(groups)} groups, "
          f"{sum(len(g['rows']) for g in groups.values())} membership rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
