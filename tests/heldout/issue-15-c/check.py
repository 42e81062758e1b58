import re, csv, calendar
from datetime import date
import os
OUT = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(f"{OUT}/cases.tsv", encoding="utf-8"), delimiter="\t"))
MON = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MON.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MON["sept"] = 9
WD = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WD.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
WD.update({"tues": 1, "thurs": 3, "weds": 2})
mon_re = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
wd_re = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?"
def article_date(text):
    m = re.search(r"^date: (\d{4}-\d\d-\d\d)", text, re.M) or re.search(r'datetime="(\d{4}-\d\d-\d\d)"', text)
    if m: return date.fromisoformat(m.group(1))
    m = re.search(r"^[A-Z][A-Za-z .,']+, " + mon_re + r" (\d+), (\d{4}) \(", text, re.M)
    return date(int(m.group(3)), MON[m.group(1).lower()], int(m.group(2)))
def resolve(y, mo, d, ad):
    if y: return [int(y)]
    return sorted([ad.year - 1, ad.year, ad.year + 1], key=lambda yy: abs((date(yy, mo, min(d, 28)) - ad).days))[:1]
problems = []
for r in rows:
    text = open(f"{OUT}/{r['file']}", encoding="utf-8").read()
    ad = article_date(text)
    assert ad, r["id"]
    if r["kind"] == "catch":
        n = text.count(r["expect"])
        if n != 1: problems.append(f"{r['id']}: expect {r['expect']!r} occurs {n} times")
    else:
        assert r["expect"] == "", r["id"]
    found = []
    pats = [
        (wd_re + r",? (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + mon_re + r"(?:,? (\d{4}))?", ("w", "d", "m", "y")),
        (wd_re + r",? " + mon_re + r" (\d{1,2})(?:,? (\d{4}))?", ("w", "m", "d", "y")),
        (mon_re + r" (\d{1,2}) \(" + wd_re + r"\)", ("m", "d", "w")),
        (r"(\d{1,2}) " + mon_re + r" \(" + wd_re + r"\)", ("d", "m", "w")),
        (wd_re + r" \(" + mon_re + r" (\d{1,2})\)", ("w", "m", "d")),
        (mon_re + r" (\d{1,2}), (?:(\d{4}), )?an? " + wd_re, ("m", "d", "y", "w")),
    ]
    for pat, keys in pats:
        for m in re.finditer(pat, text):
            g = dict(zip(keys, m.groups()))
            mo = MON[g["m"].lower()]; d = int(g["d"]); w = WD[g["w"].lower()]
            for y in resolve(g.get("y"), mo, d, ad):
                try: real = date(y, mo, d).weekday()
                except ValueError: real = None
                ok = real == w
                tag = "OK " if ok else "BAD"
                is_expected = (r["rule"] == "weekday-date" and r["kind"] == "catch" and (r["expect"] in m.group(0) or m.group(0) in r["expect"]))
                designed = (r["id"] == "wd-t07" and m.group(0) == "Wednesday, Feb. 10")  # 'Tuesday and Wednesday, Feb. 10 and 11': the trap itself
                if not ok and not is_expected and not designed:
                    problems.append(f"{r['id']}: weekday {m.group(0)!r} -> {calendar.day_name[real] if real is not None else 'invalid'} {y}")
                found.append(f"{tag} {m.group(0)!r} {y}")
    # all month-name dates valid?
    for m in re.finditer(r"(\d{1,2}) " + mon_re + r"(?: (\d{4}))?|" + mon_re + r" (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?", text):
        if m.group(1): d, mo, y = int(m.group(1)), MON[m.group(2).lower()], m.group(3)
        else: d, mo, y = int(m.group(5)), MON[m.group(4).lower()], m.group(6)
        if d > 31 or d == 0: continue
        yy = int(y) if y else ad.year
        try: date(yy, mo, d); valid = True
        except ValueError: valid = False
        if not valid and not (r["rule"] == "impossible-date" and r["kind"] == "catch" and m.group(0) in r["expect"] + " " or r["expect"] in m.group(0) and r["expect"]):
            problems.append(f"{r['id']}: impossible date {m.group(0)!r}")
    for m in re.finditer(r"\b(\d{4})-(\d\d)-(\d\d)\b", text):
        try: date(*map(int, m.groups()))
        except ValueError:
            if r["expect"] != m.group(0): problems.append(f"{r['id']}: bad iso {m.group(0)}")
    if found: print(r["id"], ad, ad.strftime("%a"), "|", "; ".join(found))
print("\n".join(problems) or "no problems")
from collections import Counter
print(Counter((r["rule"], r["kind"], r["file"].rsplit(".",1)[1]) for r in rows))

# Ages: (birth date or year, stated age, expected to agree?) on each article's date.
def age_on(b, on):
    if isinstance(b, int):  # birth year only: two possible ages
        return {on.year - b - 1, on.year - b}
    return {on.year - b.year - ((on.month, on.day) < (b.month, b.day))}
AGES = {
    "am-c01": (1979, 52, False), "am-c02": (1984, 34, False), "am-c03": (date(1968, 8, 14), 55, False),
    "am-c04": (1991, 38, False), "am-c05": (1958, 61, False), "am-c06": (1975, 44, False),
    "am-c07": (date(1946, 1, 9), 83, False), "am-c08": (2001, 29, False), "am-c09": (date(2002, 2, 2), 19, False),
    "am-c10": (1986, 47, False), "am-c11": (1960, 72, False), "am-c12": (date(1988, 3, 15), 31, False),
    "am-t01": (1966, 59, True), "am-t03": (date(1971, 3, 20), 54, True), "am-t04": (1990, 35, True),
    "am-t08": (1970, 56, True), "am-t09": (2013, 12, True), "am-t10": (1968, 58, True),
    "am-t11": (1981, 44, True), "am-t12": (1981, 45, True), "wd-c02": (date(1936, 12, 17), 88, True),
}
bad = []
for r in rows:
    if r["id"] in AGES:
        b, stated, agree = AGES[r["id"]]
        ad = article_date(open(f"{OUT}/{r['file']}", encoding="utf-8").read())
        ages = age_on(b, ad)
        if agree != (stated in ages) or (not agree and min(abs(stated - a) for a in ages) < 2):
            bad.append(f"{r['id']}: stated {stated}, true {sorted(ages)}")
# ages at past events: am-t01 38 in Sept 2004 (born 1966), am-t05 Gandhi 60 on 12 March 1930, am-t12 50 in 2031
assert 38 in age_on(1966, date(2004, 9, 30)) and age_on(date(1869, 10, 2), date(1930, 3, 12)) == {60} and 50 in age_on(1981, date(2031, 9, 1))
print("\n".join(bad) or "ages ok")
