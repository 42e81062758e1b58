#!/usr/bin/env python3
"""Generate the spelling data used by copydesk's `typo` rule.

Writes, under rules/spelling/ of this repository:

    words.txt           words valid in both American and British English
    words-us.txt        American-only words
    words-gb.txt        British-only words (-ise and -ize/Oxford spellings)
    misspellings.tsv    misspelling<TAB>correction[,correction...]
    frequency.tsv       word<TAB>count, for ranking suggestions
    words-accept.txt    accept-only words: SCOWL size 80 words the lists above lack,
                        every listed word with its accents dropped ("cafe"), and the
                        size-95 words not one edit from a much more frequent word
    words-software.txt  accept-only software terms ("nginx", "templated")

Usage:

    python3 scripts/spelling/generate.py [--cache DIR] [--out DIR] [--no-verify]

Python 3 standard library only.  The four sources are obtained with the
ordinary package clients, pinned to exact versions and checked against
SHA-256 digests, so the output is identical on every run:

1. SCOWL 2020.12.07 -- Debian package `scowl`, version 2020.12.07-2
   (bookworm, architecture all), fetched with
       apt-get download scowl=2020.12.07-2
   (run `apt-get update` first).  The .deb is unpacked in Python (ar +
   data.tar.xz); the raw lists are read from /usr/share/dict/scowl/ and the
   licence from /usr/share/doc/scowl/copyright inside it.  Licence: the
   SCOWL licence (permissive, MIT-like; parts public domain, parts under
   the WordNet 1.6 and Ispell/VARCON BSD-style licences).
   sha256(scowl_2020.12.07-2_all.deb) = de692546...5718 (full value below).

2. typos-dict 0.14.4 -- crate on crates.io (MIT OR Apache-2.0), fetched
   through cargo: a throwaway project in the cache directory with
       [dependencies] typos-dict = "=0.14.4"
   and `cargo fetch`; the .crate archive is then read from
   $CARGO_HOME/registry/cache/*/typos-dict-0.14.4.crate and the pairs are
   parsed out of src/word_codegen.rs.  copydesk does NOT depend on the crate.
   sha256(.crate) = e51302bc...9e20 (same as the crates.io index checksum).

3. symspellpy 6.10.1 -- PyPI wheel (MIT), fetched with
       pip download --no-deps --only-binary=:all: symspellpy==6.10.1
   and read from the wheel: symspellpy/frequency_dictionary_en_82_765.txt.
   sha256(symspellpy-6.10.1-py3-none-any.whl) = a653a6c1...15e1.

Downloads are kept in the cache directory (default
/tmp/copydesk-spelling-cache) and reused when their digest matches.

Word lists (SCOWL sizes 10..70; sub-categories words, upper, proper-names,
contractions, abbreviations):
  * common  = english-* lists + special-roman-numerals.35
  * US      = american-* + variant_1-*             (American level-1 variants)
  * GB      = british-* + british_z-* + british_variant_1-*
  words.txt    = common | (US & GB) | capitalised words of US or GB
  words-us.txt = US - words.txt
  words-gb.txt = GB - words.txt
Only lower-case words are split by dialect: capitalised dialect-only words
(US place names, "Romania", which SCOWL's british lists spell "Roumania",
"Palaeolithic"/"Paleolithic", "Americanise") go into words.txt, so that no
name is ever unknown in either dialect.
variant_1 lists are dialect-specific (variant_1 is American and contains
e.g. "color"), so each dialect gets only its own level-1 variants; variant_2
and _3 (e.g. "altho", "tieing") are excluded.  Words are decoded as UTF-8
(falling back to ISO-8859-1 for any file that is not valid UTF-8) and
NFC-normalised.

words-accept.txt: the words of SCOWL size 80 (same categories and dialects,
both spellings) and of the level-2 variant lists of sizes <= 80 (variant_2,
british_variant_2: "kidnaper", "benefitting"; 0.04 % of the same slips are
such words) whose lower-case form is not that of a word of sizes <= 70,
plus the accent-free form (NFD, combining marks removed) of every word of
sizes <= 80 that has accents, when that form is not already a word.  The
typo rule accepts these words as spelt but never suggests them and never
builds on them; suggestions stay anchored on the sizes <= 70 lists.  Size 80
was chosen over 95 by measurement: of random one-letter slips of the 5,000
most frequent words, 1.1 % are size-80 words and a further 1.6 % size-95
words (see rules/spelling/README.md).  Size 95 is added only through a filter:
a size-95 word is dropped when it is one edit from a common word with a
SymSpell count >= NEAR_MIN_COUNT and >= NEAR_RATIO times its own count
("millenium", "changable"), and so is a word of a phrase of rules/phrases.txt
("habeas": the rule accepts it only inside its phrase); 0.00 % of the same
slips land on the words kept.

4. @cspell/dict-software-terms 5.4.9 -- npm tarball (MIT), fetched with
       npm pack @cspell/dict-software-terms@5.4.9
   sha256(cspell-dict-software-terms-5.4.9.tgz) = 8f3ffc39...c5b7.  Its word
   lists (not the POSIX errno/signal names or compound patterns) go, as
   accept-only words, into words-software.txt: entries of letters,
   apostrophes and inner hyphens that no other list has.

misspellings.tsv: typos-dict entries, misspelling lower-cased; an entry is
dropped when its misspelling is a word of any list (case-insensitively).
Each correction must be a word of the lists: exact match kept as is; a
case-insensitive match is replaced by the list's spelling (e.g. "english"
-> "English"); corrections in no list are removed, keeping typos-dict's
order for the rest; an entry left with no correction is dropped.
"""

import argparse
import collections
import glob
import gzip
import hashlib
import io
import lzma
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = "scripts/spelling/generate.py"

SCOWL_DEB_PACKAGE = "scowl"
SCOWL_DEB_VERSION = "2020.12.07-2"
SCOWL_UPSTREAM_VERSION = "2020.12.07"
SCOWL_DEB_FILE = "scowl_2020.12.07-2_all.deb"
SCOWL_DEB_SHA256 = "de692546df9b169f2cbdf4d8d88111a374733a9c382b820a6f943914ca705718"

TYPOS_DICT_VERSION = "0.14.4"
TYPOS_DICT_SHA256 = "e51302bc48a926f153cf2ed09517d38595911918f0638492ffaac576fa829e20"

SYMSPELLPY_VERSION = "6.10.1"
SYMSPELLPY_WHEEL = "symspellpy-6.10.1-py3-none-any.whl"
SYMSPELLPY_SHA256 = "a653a6c125839a21ada87c3e044d690fc3b39872efbd7b7270db3de9471315e1"
SYMSPELL_MEMBER = "symspellpy/frequency_dictionary_en_82_765.txt"

SCOWL_SIZES = (10, 20, 35, 40, 50, 55, 60, 70)
# Sizes whose words are accepted but never suggested (words-accept.txt).
SCOWL_ACCEPT_SIZES = (80,)
# Size 95 ("insane": the lists of the Debian packages wamerican-insane and wbritish-insane,
# same SCOWL version) is accepted only where a slip cannot plausibly land: a size-95 word is
# dropped when it is one edit (OSA, letters a-z and the apostrophe) from a common word whose
# SymSpell count is at least NEAR_MIN_COUNT and NEAR_RATIO times the size-95 word's own count.
SCOWL_FILTERED_SIZES = (95,)
NEAR_RATIO = 100
NEAR_MIN_COUNT = 100_000
# Level-2 spelling variants ("kidnaper", "benefitting", "savannahs"), sizes <= 80: also
# accepted but never suggested.  A typos-dict misspelling is still reported even where a
# variant list has it ("accidently", "heros"): the rule checks misspellings first.
ACCEPT_VARIANT_CATS = ("variant_2", "british_variant_2")
SCOWL_SUBCATS = ("words", "upper", "proper-names", "contractions", "abbreviations")
COMMON_CATS = ("english",)
COMMON_EXTRA = ("special-roman-numerals.35",)
US_CATS = ("american", "variant_1")
GB_CATS = ("british", "british_z", "british_variant_1")

SRC_SCOWL = (
    f"SCOWL {SCOWL_UPSTREAM_VERSION} (Debian package {SCOWL_DEB_PACKAGE} "
    f"{SCOWL_DEB_VERSION}), sizes <= 70; licence: SCOWL licence (permissive)"
)
CSPELL_SW_PACKAGE = "@cspell/dict-software-terms"
CSPELL_SW_VERSION = "5.4.9"
CSPELL_SW_FILE = "cspell-dict-software-terms-5.4.9.tgz"
CSPELL_SW_SHA256 = "8f3ffc39169cadedf9aeb9e73d1a3ecf585e77cd31be1fba46fc8acbe582c5b7"
# The word lists of the package's "software-terms" dictionaries; the POSIX errno/signal names
# and the compound patterns ("*Auth*") are identifiers, not prose, and are left out.
CSPELL_SW_MEMBERS = (
    "package/dict/softwareTerms.txt.gz",
    "package/dict/software-tools.txt",
    "package/dict/networkingTerms.txt",
    "package/dict/webServices.txt",
    "package/dict/computing-acronyms.txt",
    "package/dict/software-terms-alternative.txt",
)
SRC_CSPELL_SW = f"{CSPELL_SW_PACKAGE} {CSPELL_SW_VERSION} (npm); licence: MIT"
SRC_TYPOS = f"typos-dict {TYPOS_DICT_VERSION} (crates.io); licence: MIT OR Apache-2.0"
SRC_SYMSPELL = (
    f"symspellpy {SYMSPELLPY_VERSION} (PyPI), {SYMSPELL_MEMBER.split('/')[-1]}; licence: MIT"
)


def die(msg):
    sys.stderr.write(f"generate.py: error: {msg}\n")
    sys.exit(1)


def log(msg):
    sys.stderr.write(f"generate.py: {msg}\n")


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_digest(path, expected, verify):
    got = sha256_file(path)
    if got != expected:
        msg = f"{path}: sha256 {got}, expected {expected}"
        if verify:
            die(msg + " (pass --no-verify to accept a different artifact)")
        log("warning: " + msg)


def run(cmd, cwd):
    log("running: " + " ".join(cmd))
    r = subprocess.run(cmd, cwd=cwd)
    if r.returncode != 0:
        die(f"command failed ({r.returncode}): {' '.join(cmd)}")


# ---------------------------------------------------------------- fetching


def fetch_scowl(cache, verify):
    deb = os.path.join(cache, SCOWL_DEB_FILE)
    if not (os.path.exists(deb) and sha256_file(deb) == SCOWL_DEB_SHA256):
        run(["apt-get", "download", f"{SCOWL_DEB_PACKAGE}={SCOWL_DEB_VERSION}"], cache)
    if not os.path.exists(deb):
        die(f"apt-get download did not produce {deb} (run `apt-get update`?)")
    check_digest(deb, SCOWL_DEB_SHA256, verify)
    return deb


def find_crate(cargo_home):
    pat = os.path.join(cargo_home, "registry", "cache", "*", f"typos-dict-{TYPOS_DICT_VERSION}.crate")
    hits = sorted(glob.glob(pat))
    for h in hits:
        if sha256_file(h) == TYPOS_DICT_SHA256:
            return h
    return hits[0] if hits else None


def fetch_typos_dict(cache, verify):
    cargo_home = os.environ.get("CARGO_HOME") or os.path.join(os.path.expanduser("~"), ".cargo")
    crate = find_crate(cargo_home)
    if crate is None:
        proj = os.path.join(cache, "typos-dict-fetch")
        os.makedirs(os.path.join(proj, "src"), exist_ok=True)
        with open(os.path.join(proj, "Cargo.toml"), "w", encoding="utf-8") as f:
            f.write(
                "[package]\n"
                'name = "copydesk-typos-dict-fetch"\n'
                'version = "0.0.0"\n'
                'edition = "2021"\n'
                "publish = false\n\n"
                "[dependencies]\n"
                f'typos-dict = "={TYPOS_DICT_VERSION}"\n'
            )
        with open(os.path.join(proj, "src", "lib.rs"), "w", encoding="utf-8") as f:
            f.write("")
        run(["cargo", "fetch"], proj)
        crate = find_crate(cargo_home)
    if crate is None:
        die(f"typos-dict-{TYPOS_DICT_VERSION}.crate not found under {cargo_home}/registry/cache")
    check_digest(crate, TYPOS_DICT_SHA256, verify)
    return crate


def fetch_symspellpy(cache, verify):
    whl = os.path.join(cache, SYMSPELLPY_WHEEL)
    if not (os.path.exists(whl) and sha256_file(whl) == SYMSPELLPY_SHA256):
        run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
             f"symspellpy=={SYMSPELLPY_VERSION}", "-d", cache],
            cache,
        )
    if not os.path.exists(whl):
        die(f"pip download did not produce {whl}")
    check_digest(whl, SYMSPELLPY_SHA256, verify)
    return whl


def fetch_software_terms(cache, verify):
    tgz = os.path.join(cache, CSPELL_SW_FILE)
    if not (os.path.exists(tgz) and sha256_file(tgz) == CSPELL_SW_SHA256):
        run(["npm", "pack", f"{CSPELL_SW_PACKAGE}@{CSPELL_SW_VERSION}"], cache)
    if not os.path.exists(tgz):
        die(f"npm pack did not produce {tgz}")
    check_digest(tgz, CSPELL_SW_SHA256, verify)
    return tgz


# ---------------------------------------------------------------- reading


def load_software_terms(tgz, stats):
    """The words of the software-terms lists: letters, apostrophes and inner hyphens only
    (no hex-speak such as "0ff1ce", no "abcdefghijklm" test strings), NFC."""
    with tarfile.open(tgz, "r:gz") as t:
        lic = t.extractfile("package/LICENSE").read().decode("utf-8")
        if "The MIT License" not in lic:
            die(f"{CSPELL_SW_PACKAGE}: LICENSE is not the expected MIT licence")
        words = set()
        for m in CSPELL_SW_MEMBERS:
            raw = t.extractfile(m).read()
            if m.endswith(".gz"):
                raw = gzip.decompress(raw)
            for line in raw.decode("utf-8").splitlines():
                w = unicodedata.normalize("NFC", line.strip())
                if not w or w.startswith("#"):
                    continue
                ok = all(c.isalpha() or c in "'-" for c in w) and w[0].isalpha() and w[-1].isalpha()
                if not ok or w.lower().startswith("abcdefgh"):
                    stats["software terms skipped: not a word"] += 1
                    continue
                words.add(w)
    return words


def load_phrase_words():
    """The words (lower case) of the phrases in rules/phrases.txt, split at spaces and hyphens."""
    words = set()
    with open(os.path.join(REPO, "rules", "phrases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words |= {unicodedata.normalize("NFC", w).lower() for w in re.split(r"[ -]+", line) if w}
    return words


def one_edit_neighbours(w, alphabet="abcdefghijklmnopqrstuvwxyz'"):
    """Strings one OSA edit from w: a letter dropped, inserted, substituted, or two swapped."""
    out = set()
    for p in range(len(w) + 1):
        if p < len(w):
            out.add(w[:p] + w[p + 1:])
            for c in alphabet:
                out.add(w[:p] + c + w[p + 1:])
            if p + 1 < len(w):
                out.add(w[:p] + w[p + 1] + w[p] + w[p + 2:])
        for c in alphabet:
            out.add(w[:p] + c + w[p:])
    out.discard(w)
    return out


def near_frequent(candidates, common_counts, own_counts):
    """The candidates (lower case) that are one edit from a much more frequent common word."""
    best = {}
    for c, n in common_counts.items():
        if n < NEAR_MIN_COUNT:
            continue
        for e in one_edit_neighbours(c):
            if e in candidates and n > best.get(e, 0):
                best[e] = n
    return {w for w, n in best.items() if n >= NEAR_RATIO * max(own_counts.get(w, 0), 1)}


def read_deb_data(deb):
    """Return {path: bytes} for the regular files of a .deb's data.tar.*."""
    with open(deb, "rb") as f:
        blob = f.read()
    if not blob.startswith(b"!<arch>\n"):
        die(f"{deb}: not an ar archive")
    pos = 8
    data = None
    while pos + 60 <= len(blob):
        hdr = blob[pos:pos + 60]
        name = hdr[0:16].decode("ascii").strip().rstrip("/")
        size = int(hdr[48:58].decode("ascii").strip())
        body = blob[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
        if name.startswith("data.tar"):
            data = (name, body)
    if data is None:
        die(f"{deb}: no data.tar member")
    name, body = data
    if name.endswith(".xz"):
        body = lzma.decompress(body)
    elif name.endswith(".gz"):
        import gzip
        body = gzip.decompress(body)
    elif name != "data.tar":
        die(f"{deb}: unsupported member {name}")
    out = {}
    with tarfile.open(fileobj=io.BytesIO(body), mode="r:") as tf:
        for m in tf.getmembers():
            if m.isfile():
                out[m.name.lstrip("./")] = tf.extractfile(m).read()
    return out


def decode_list(raw, name, stats):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("iso-8859-1")
        stats["scowl files decoded as ISO-8859-1"] += 1
    words = set()
    for line in text.splitlines():
        w = unicodedata.normalize("NFC", line.strip())
        if not w:
            continue
        if w.startswith("#") or any(c.isspace() for c in w):
            die(f"unexpected SCOWL line in {name}: {line!r}")
        words.add(w)
    return words


def strip_accents(w):
    """The word with combining marks removed, NFC again: "café" -> "cafe"."""
    d = unicodedata.normalize("NFD", w)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def load_variants(deb, stats):
    """The level-2 variant words of sizes <= 80."""
    files = read_deb_data(deb)
    prefix = "usr/share/dict/scowl/"
    acc = set()
    for c in ACCEPT_VARIANT_CATS:
        for sub in SCOWL_SUBCATS:
            for n in SCOWL_SIZES + SCOWL_ACCEPT_SIZES:
                nm = f"{c}-{sub}.{n}"
                raw = files.get(prefix + nm)
                if raw is not None:
                    stats["scowl variant files read"] += 1
                    acc |= decode_list(raw, nm, stats)
    return acc


def load_scowl(deb, stats, sizes=SCOWL_SIZES):
    files = read_deb_data(deb)
    prefix = "usr/share/dict/scowl/"
    copyright_text = files.get("usr/share/doc/scowl/copyright", b"").decode("utf-8", "replace")
    if "Permission to use, copy, modify, distribute and sell" not in copyright_text:
        die("SCOWL copyright file does not carry the expected permissive licence")

    def gather(cats, extra=()):
        names = [f"{c}-{s}.{n}" for c in cats for s in SCOWL_SUBCATS for n in sizes]
        names += list(extra)
        acc = set()
        for nm in names:
            raw = files.get(prefix + nm)
            if raw is None:
                continue
            stats["scowl files read"] += 1
            acc |= decode_list(raw, nm, stats)
        return acc

    common = gather(COMMON_CATS, COMMON_EXTRA if sizes == SCOWL_SIZES else ())
    us = gather(US_CATS)
    gb = gather(GB_CATS)
    return common, us, gb


def parse_typos_dict(crate):
    member = f"typos-dict-{TYPOS_DICT_VERSION}/src/word_codegen.rs"
    with tarfile.open(crate, mode="r:gz") as tf:
        src = tf.extractfile(member).read().decode("utf-8")
    start = src.find("entries: &[")
    if start < 0:
        die("typos-dict: `entries: &[` not found in word_codegen.rs")
    body = src[start:]
    lit = r'"((?:[^"\\]|\\.)*)"'
    entry = re.compile(
        r"dictgen::InsensitiveStr::(?:Ascii|Unicode)\(" + lit + r"\)\s*,\s*&\[((?:\s*" + lit + r"\s*,?)*)\s*\]",
        re.S,
    )
    pairs = []
    for m in entry.finditer(body):
        key = unescape(m.group(1))
        vals = [unescape(v) for v in re.findall(lit, m.group(2))]
        pairs.append((key, vals))
    expected = body.count("dictgen::InsensitiveStr::")
    if len(pairs) != expected or not pairs:
        die(f"typos-dict: parsed {len(pairs)} entries, expected {expected}")
    return pairs


def unescape(s):
    if "\\" not in s:
        return s
    return bytes(s, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def load_symspell(whl):
    with zipfile.ZipFile(whl) as z:
        text = z.read(SYMSPELL_MEMBER).decode("utf-8")
    freq = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or not parts[1].isdigit():
            die(f"symspell: bad line {line!r}")
        freq.append((unicodedata.normalize("NFC", parts[0]), int(parts[1])))
    return freq


# ---------------------------------------------------------------- writing


def header(title, sources, fmt):
    lines = [
        f"# copydesk spelling data: {title}",
        f"# GENERATED by {SCRIPT} -- do not edit by hand; re-run the script.",
    ]
    lines += [f"# Source: {s}" for s in sources]
    lines.append("# Licences and copyright notices: rules/NOTICE; details: rules/spelling/README.md")
    lines.append(f"# Format: {fmt}")
    return lines


def write(path, head, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for r in rows:
        if r.startswith("#") or "\n" in r or "\r" in r:
            die(f"bad data line for {path}: {r!r}")
    data = "\n".join(head + rows) + "\n"
    with open(path, "wb") as f:
        f.write(data.encode("utf-8"))
    log(f"wrote {os.path.relpath(path, REPO)}: {len(head) + len(rows)} lines, {len(data.encode('utf-8'))} bytes")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "copydesk-spelling-cache"),
                    help="directory for downloaded source packages (reused between runs)")
    ap.add_argument("--out", default=os.path.join(REPO, "rules", "spelling"), help="output directory")
    ap.add_argument("--no-verify", action="store_true", help="accept artifacts whose sha256 differs from the pinned one")
    args = ap.parse_args()
    verify = not args.no_verify
    cache = os.path.abspath(args.cache)
    os.makedirs(cache, exist_ok=True)
    stats = collections.Counter()

    deb = fetch_scowl(cache, verify)
    crate = fetch_typos_dict(cache, verify)
    whl = fetch_symspellpy(cache, verify)
    sw_tgz = fetch_software_terms(cache, verify)

    common, us, gb = load_scowl(deb, stats)
    both = common | (us & gb)
    # Capitalised words (names, proper adjectives) are not split by dialect:
    # SCOWL's british lists lack e.g. "Romania" and "Timor" and ~180 US place
    # names, and the typo rule must never flag a name.
    names = {w for w in (us | gb) - both if w[:1].isupper()}
    stats["capitalised dialect-only words moved to words.txt"] = len(names)
    both |= names
    us_only = us - both
    gb_only = gb - both
    all_words = both | us_only | gb_only
    by_lower = collections.defaultdict(set)
    for w in all_words:
        by_lower[w.lower()].add(w)

    # accept-only words: bigger sizes, and accent-free forms
    big_common, big_us, big_gb = load_scowl(deb, stats, SCOWL_ACCEPT_SIZES)
    big = big_common | big_us | big_gb | load_variants(deb, stats)
    accept = {w for w in big if w.lower() not in by_lower}
    stats["accept-only words from the bigger sizes"] = len(accept)
    known_lower = set(by_lower) | {w.lower() for w in accept}
    stripped = set()
    for w in sorted(all_words | big):
        s = strip_accents(w)
        if s != w and s.lower() not in known_lower:
            stripped.add(s)
    stats["accept-only accent-free forms"] = len(stripped)
    accept |= stripped

    # size 95, accept-only, without the words a slip of a frequent word could land on
    symspell = load_symspell(whl)
    raw_counts = collections.Counter()
    for w, n in symspell:
        raw_counts[w.lower()] += n
    common_counts = collections.Counter()
    for w, n in symspell:
        if w.lower() in by_lower:
            common_counts[w.lower()] += n
    h_common, h_us, h_gb = load_scowl(deb, stats, SCOWL_FILTERED_SIZES)
    huge = h_common | h_us | h_gb
    huge |= {strip_accents(w) for w in huge}
    known_lower = set(by_lower) | {w.lower() for w in accept}
    huge = {w for w in huge if w.lower() not in known_lower}
    near = near_frequent({w.lower() for w in huge}, common_counts, raw_counts)
    # Words of rules/phrases.txt ("habeas", "laissez") are accepted only inside their phrase
    # by the typo rule; the bigger lists must not accept them everywhere.
    phrase_words = load_phrase_words()
    kept = {w for w in huge if w.lower() not in near and w.lower() not in phrase_words}
    stats["size-95 words dropped: a word of rules/phrases.txt"] = sum(
        1 for w in huge if w.lower() not in near and w.lower() in phrase_words)
    stats["size-95 words not in the lists above"] = len(huge)
    stats["size-95 words dropped: one edit from a much more frequent common word"] = sum(
        1 for w in huge if w.lower() in near)
    accept |= kept

    # software terms, accept-only (measured: 0.01 % of keyboard slips of common words land on one)
    known_lower = set(by_lower) | {w.lower() for w in accept}
    software = {w for w in load_software_terms(sw_tgz, stats)
                if w.lower() not in known_lower and w.lower() not in phrase_words}
    stats["software terms not in the lists above"] = len(software)

    # misspellings
    pairs = parse_typos_dict(crate)
    merged = collections.OrderedDict()
    for key, vals in pairs:
        k = unicodedata.normalize("NFC", key).lower()
        merged.setdefault(k, [])
        merged[k].extend(unicodedata.normalize("NFC", v) for v in vals)
    stats["typos-dict entries"] = len(pairs)
    rows = []
    for k in sorted(merged):
        if k in by_lower:
            stats["dropped: misspelling is a valid word"] += 1
            continue
        out = []
        for c in merged[k]:
            if c in all_words:
                fixed = c
            elif c.lower() in by_lower:
                forms = sorted(by_lower[c.lower()])
                fixed = forms[0]
                stats["corrections re-cased from the word lists"] += 1
            else:
                stats["corrections removed: not in the word lists"] += 1
                continue
            if fixed not in out:
                out.append(fixed)
        if not out:
            stats["dropped: no correction in the word lists"] += 1
            continue
        if len(out) < len(merged[k]):
            stats["entries kept with some corrections removed"] += 1
        rows.append(f"{k}\t{','.join(out)}")
    stats["misspellings kept"] = len(rows)

    # frequency
    freq = collections.Counter()
    for w, n in symspell:
        lw = w.lower()
        if lw in by_lower:
            freq[lw] += n
    stats["symspell words"] = len(symspell)
    stats["frequency words kept"] = len(freq)

    out = args.out
    write(os.path.join(out, "words.txt"),
          header("words valid in both American and British English", [SRC_SCOWL],
                 "one word per line, sorted by byte order, unique; case is significant"),
          sorted(both))
    write(os.path.join(out, "words-us.txt"),
          header("American-only spellings (use with words.txt)", [SRC_SCOWL],
                 "one word per line, sorted by byte order, unique; case is significant"),
          sorted(us_only))
    write(os.path.join(out, "words-gb.txt"),
          header("British-only spellings, -ise and -ize (use with words.txt)", [SRC_SCOWL],
                 "one word per line, sorted by byte order, unique; case is significant"),
          sorted(gb_only))
    write(os.path.join(out, "misspellings.tsv"),
          header("known misspellings and their corrections", [SRC_TYPOS, SRC_SCOWL + " (filter)"],
                 "misspelling<TAB>correction[,correction...]; misspelling lower-case, sorted, unique; "
                 "corrections in typos-dict's order"),
          rows)
    write(os.path.join(out, "frequency.tsv"),
          header("word frequencies for ranking suggestions", [SRC_SYMSPELL, SRC_SCOWL + " (filter)"],
                 "word<TAB>count; word lower-case, sorted by byte order, unique"),
          [f"{w}\t{freq[w]}" for w in sorted(freq)])

    write(os.path.join(out, "words-accept.txt"),
          header("accept-only words: SCOWL size 80 and level-2 variant words not in the lists above, size-95 words "
                 "not one edit from a much more frequent common word, and accent-free "
                 "forms of accented words; accepted as spelt, never suggested",
                 [SRC_SCOWL.replace("sizes <= 70", "sizes <= 95"), SRC_SYMSPELL + " (size-95 filter)"],
                 "one word per line, sorted by byte order, unique; case is significant"),
          sorted(accept))
    write(os.path.join(out, "words-software.txt"),
          header("accept-only software and documentation terms not in the lists above; accepted as spelt, "
                 "never suggested", [SRC_CSPELL_SW],
                 "one word per line, sorted by byte order, unique; case is significant"),
          sorted(software))
    accept_lower = {w.lower() for w in accept} | {w.lower() for w in software}
    stats["misspellings that are accept-only words"] = sum(
        1 for r in rows if r.split("\t", 1)[0] in accept_lower)

    for k in sorted(stats):
        log(f"{k}: {stats[k]}")
    log(f"words: common {len(both)}, us-only {len(us_only)}, gb-only {len(gb_only)}")


if __name__ == "__main__":
    main()
