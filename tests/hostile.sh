#!/usr/bin/env bash
# Hostile inputs, run by .ci/run on every CI run: each case must finish within its time
# limit and peak memory, without a panic, and where copydesk refuses the input it must say so
# (exit 2, the file named on stderr).
#
#   tests/hostile.sh [CASE ...]     # default: every case; COPYDESK_BIN=... to skip the build
#
# It builds copydesk with the `ci` profile (release optimisations without LTO).
#
# Inputs are generated into a temporary directory at run time (nothing big is committed).
# Time is measured with /usr/bin/time -v (wall clock, peak resident set); each run is also
# capped with `timeout` and, so that a blow-up cannot take the machine down, with
# `prlimit --as`. The memory limit of a case is the spec's: 3x the largest file + 30 MB.
#
# PENDING_ENGINE lists cases that fail today only because of the rules' time or memory
# (see the list below); they run with a short time limit, are reported, and do not fail the
# script. Remove a name once the engine work that fixes it is merged (the script says when a
# pending case passes). PENDING_ENGINE= (empty) makes every case count.
set -uo pipefail
cd "$(dirname "$0")/.."

# Nothing is pending today. (tiny-files-100k passed once `check -q` folded each file into the
# exit code as it was checked instead of collecting every report: 128-142 MB -> 21 MB, 2.5 s;
# huge-line-100mb and one-word-100mb passed once the engine capped findings per rule and file
# and bounded the rules' backward scans: 10.7 s / 256 MB and 3.4 s / 174 MB.)
PENDING_ENGINE=${PENDING_ENGINE-""}
PENDING_SECONDS=${PENDING_SECONDS:-20}

if [ -z "${COPYDESK_BIN:-}" ]; then
    # The `ci` profile: release without LTO (Cargo.toml), for a quicker clean build.
    cargo build --profile ci --locked --quiet || exit 2
    COPYDESK_BIN=$PWD/target/ci/copydesk
fi
BIN=$COPYDESK_BIN
for tool in /usr/bin/time timeout prlimit python3; do
    command -v "$tool" >/dev/null || { echo "hostile: needs $tool (Debian: time, coreutils, util-linux, python3)" >&2; exit 2; }
done

export ROOT=$PWD
T=$(mktemp -d)
chmod 755 "$T"
trap 'rm -rf "$T"' EXIT
# Run from the temporary directory (no copydesk.toml of the repo applies), with a copy of the
# binary that any user may run (the unreadable-file case runs it as `nobody`).
cp "$BIN" "$T/copydesk" || exit 2
BIN=$T/copydesk
cd "$T" || exit 2
MB=$((1024 * 1024))
failed=0
passed=0
pending=0

# gen NAME PYTHON: writes $T/NAME with the bytes the python expression `data` builds.
gen() {
    python3 - "$T/$1" <<EOF
import sys
$2
open(sys.argv[1], "wb").write(data)
EOF
    [ $? = 0 ] || { echo "hostile: could not generate $1" >&2; exit 2; }
}

is_pending() { [[ " $PENDING_ENGINE " == *" $1 "* ]]; }
selected() { [ ${#CASES[@]} -eq 0 ] || [[ " ${CASES[*]} " == *" $1 "* ]]; }

# run NAME EXPECT SECONDS LIMIT_MB [NEEDLE] -- ARGS...
#   EXPECT: ok (exit 0 or 1), clean (exit 0), refused (exit 2, NEEDLE on stderr)
run() {
    local name=$1 expect=$2 secs=$3 limit=$4 needle=""
    shift 4
    if [ "$1" != -- ]; then needle=$1; shift; fi
    shift
    local pend=0
    if is_pending "$name"; then pend=1; secs=$PENDING_SECONDS; fi
    # The address-space cap only stops a runaway; the verdict is on the measured peak RSS.
    local cap=$(((limit * 4 + 1024) * MB))
    /usr/bin/time -v -o "$T/time" timeout -k 2 "$secs" prlimit --as="$cap" -- \
        "${WRAP[@]}" "$BIN" check --color never "$@" >"$T/out" 2>"$T/err" </dev/null
    local status=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s}' "$T/time")
    rss=$(($(awk '/Maximum resident set size/ {print $NF}' "$T/time") / 1024))
    local why=""
    if [ "$status" = 124 ] || [ "$status" = 137 ]; then
        why="did not finish within ${secs} s"
    elif grep -q "panicked" "$T/err" || [ "$status" = 101 ]; then
        why="panicked: $(grep -m1 panicked "$T/err")"
    elif [ "$status" -gt 128 ] || grep -q "memory allocation of" "$T/err"; then
        why="killed (status $status): $(head -c 200 "$T/err" | tr "\n" " ")"
    elif [ "$rss" -gt "$limit" ]; then
        why="peak memory $rss MB over the limit of $limit MB"
    else
        case $expect in
        ok) [ "$status" -le 1 ] || why="exit $status, expected 0 or 1: $(head -c 300 "$T/err" | tr "\n" " ")" ;;
        clean) [ "$status" = 0 ] || why="exit $status, expected 0: $(head -c 300 "$T/err" | tr "\n" " ")" ;;
        refused)
            if [ "$status" != 2 ]; then
                why="exit $status, expected 2 (input refused)"
            elif ! grep -qF -- "$needle" "$T/err"; then
                why="stderr does not name '$needle': $(head -c 300 "$T/err" | tr "\n" " ")"
            fi ;;
        esac
    fi
    LAST_RSS=$rss
    local figures
    figures=$(printf '%6s s %6s MB (limit %s s, %s MB) exit %s' "$wall" "$rss" "$secs" "$limit" "$status")
    if [ -z "$why" ]; then
        passed=$((passed + 1))
        printf 'ok       %-26s %s\n' "$name" "$figures"
        if [ "$pend" = 1 ]; then
            echo "         ^ listed in PENDING_ENGINE but passes now: remove it from the list"
        fi
        if [ "$expect" = refused ]; then
            echo "         refused with: $(head -1 "$T/err")"
        fi
    elif [ "$pend" = 1 ]; then
        pending=$((pending + 1))
        printf 'PENDING  %-26s %s: %s\n' "$name" "$figures" "$why"
    else
        failed=$((failed + 1))
        printf 'FAILED   %-26s %s: %s\n' "$name" "$figures" "$why"
    fi
}

CASES=("$@")
WRAP=()
# Limits: the spec's memory bound, 3x the largest file + 30 MB; time generous enough for a
# busy 2-core CI machine, tight enough to catch anything quadratic.
small=$((30 + 3))

# --- encodings and bytes ---------------------------------------------------------------
if selected invalid-utf8; then
    gen bad.txt 'data = b"A fine line.\nBad byte: \xff\xfe here.\n"'
    run invalid-utf8 refused 10 $small "bad.txt" -- "$T/bad.txt"
fi
if selected utf16le-bom; then
    gen u16le.txt 'data = "\ufeffThe SCO, consisting of Russia, China and China, met. The the end.\r\n".encode("utf-16-le")'
    run utf16le-bom ok 10 $small -- "$T/u16le.txt"
fi
if selected utf16be-bom; then
    gen u16be.md 'data = "\ufeff# Title\n\n- France\n- France\n\nA teh typo.\n".encode("utf-16-be")'
    run utf16be-bom ok 10 $small -- "$T/u16be.md"
fi
if selected utf16-no-bom; then
    # Without a byte order mark UTF-16 is indistinguishable from binary (NUL bytes): refused.
    gen u16nobom.txt 'data = "Plain words without a byte order mark.\n".encode("utf-16-le")'
    run utf16-no-bom refused 10 $small "u16nobom.txt" -- "$T/u16nobom.txt"
fi
if selected nul-bytes; then
    gen nul.txt 'data = b"Some text\x00with a NUL byte.\n" * 1000'
    run nul-bytes refused 10 $small "nul.txt" -- "$T/nul.txt"
fi
if selected empty; then
    : >"$T/empty.md"
    run empty clean 10 $small -- "$T/empty.md"
fi

# --- size ---------------------------------------------------------------------------
if selected huge-line-100mb; then
    # 100 MB of article prose on one line (the seed article's lines joined, repeated).
    gen line.txt 'import os, pathlib
lines = [l.strip() for l in pathlib.Path(os.environ["ROOT"], "fixtures/articles/seed-article.txt").read_text().splitlines() if l.strip()]
unit = (" ".join(lines) + " ").encode()
data = unit * (100 * 2**20 // len(unit) + 1)'
    run huge-line-100mb ok 120 $((300 + 30)) -- "$T/line.txt"
    rm -f "$T/line.txt"
fi
if selected article-10mb-jobs; then
    # One 10 MB article of the benchmark's generated prose (fact boxes, lists, captions, a
    # sprinkle of errors), checked with 8 jobs: it is checked in sections, as many at once
    # as its bound allows, here one (the engine's `sections_at_once`), so its peak is the
    # one-job peak whatever the jobs. When every thread took a section it peaked at 67 MB
    # with 2 jobs and 138 MB with 8. The limit is the bound, 3 x 10 + 30 MB, plus 10 MB for
    # the spread between runs of the same check on a busy machine (51-61 MB at --jobs 1).
    python3 "$ROOT/scripts/bench/gen_corpus.py" "$T/gen10" --seed 2012 --mb 0 --big-mb 10 \
        --min-files 0 --subset 0 >/dev/null || { echo "hostile: could not generate gen10" >&2; exit 2; }
    run article-10mb-jobs ok 90 $((3 * 10 + 30 + 10)) -- --jobs 8 "$T/gen10/big/one-big.md"
    rm -rf "$T/gen10"
fi
if selected one-word-100mb; then
    gen word.txt 'data = b"word " * (20 * 2**20)'
    run one-word-100mb ok 120 $((300 + 30)) -- "$T/word.txt"
    rm -f "$T/word.txt"
fi

# --- lists and nesting ------------------------------------------------------------------
if selected inline-list-10k; then
    gen inline.txt 'names = ["France", "Germany", "Italy", "Spain", "Poland", "Kenya", "Chile"]
data = ("Delegates from " + ", ".join(names[i % 7] if i % 3 else f"Town{i}" for i in range(10_000)) + " and Chad attended.\n").encode()'
    run inline-list-10k ok 30 $small -- "$T/inline.txt"
fi
if selected bullet-list-10k; then
    gen bullets.md 'names = ["France", "Germany", "Italy", "Spain", "Poland", "Kenya", "Chile"]
items = [names[i % 7] if i % 3 else "Town" + str(i) for i in range(10_000)]
data = ("NATO members:\n\n" + "".join("- " + x + "\n" for x in items)).encode()'
    run bullet-list-10k ok 30 $small -- "$T/bullets.md"
fi
if selected nested-md-lists-1000; then
    gen lists.md 'data = "".join("  " * i + "- item, other and item\n" for i in range(1000)).encode()'
    run nested-md-lists-1000 ok 30 $small -- "$T/lists.md"
fi
if selected nested-md-quotes-1000; then
    gen quotes.md 'data = ("> " * 1000 + "deep quote, with a list of France, Chile and France\n" + "".join("> " * i + "- x\n" for i in range(1000))).encode()'
    run nested-md-quotes-1000 ok 30 $small -- "$T/quotes.md"
fi
if selected nested-html-100k; then
    gen nested.html 'data = ("<div>" * 50_000 + "<ul><li>" * 25_000 + "France, Chile and France" + "</li></ul>" * 25_000 + "</div>" * 50_000).encode()'
    run nested-html-100k ok 30 $((30 + 3 * 2)) -- "$T/nested.html"
fi
if selected unterminated-comment; then
    gen comment.md 'data = b"# Title\n\nText before.\n\n<!-- never closed\n" + b"Words inside the comment. " * 40_000'
    gen comment.html 'data = b"<p>Text before.</p><!-- never closed " + b"<p>Words inside the comment.</p> " * 40_000'
    run unterminated-comment-md ok 30 $((30 + 3 * 2)) -- "$T/comment.md"
    run unterminated-comment-html ok 30 $((30 + 3 * 2)) -- "$T/comment.html"
fi

# --- the file system --------------------------------------------------------------------
if selected tiny-files-100k; then
    mkdir "$T/tiny"
    python3 - "$T/tiny" <<'EOF'
import os, sys
d = sys.argv[1]
texts = [b"A short note.\n", b"# Title\n\nThe the end.\n", b"<p>France, Chile and France.</p>\n"]
exts = ["txt", "md", "html"]
for i in range(100_000):
    sub = os.path.join(d, f"{i // 1000:03d}")
    if i % 1000 == 0:
        os.mkdir(sub)
    with open(os.path.join(sub, f"{i}.{exts[i % 3]}"), "wb") as f:
        f.write(texts[i % 3])
EOF
    # Memory flat in the number of files: the same bound as one small file.
    run tiny-files-100k ok 120 $small -- --quiet "$T/tiny"
    rm -rf "$T/tiny"
fi
if selected findings-in-many-files; then
    # Every file has a finding and the report is written (not -q): the findings are kept
    # until every file is checked (sorted output, terms across files), the texts are not.
    # N and 4N files of 16 KB each (16 and 63 MB in all): the peak stays within one small
    # file's bound and grows by less than 12 MB (it grew by 58 MB when every text was kept).
    python3 - "$T/many" <<'EOF'
import os, sys
code = "".join(f"let value_{i} = compute(input_{i}, {i});\n" for i in range(400))
for n in (1000, 4000):
    for i in range(n):
        sub = os.path.join(sys.argv[1], str(n), f"{i // 1000:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{i}.md"), "w") as f:
            f.write(f"# Note {i}\n\nThe the end.\n\n```\n{code}```\n")
EOF
    for format in human json; do
        run "findings-1k-files-$format" ok 60 $small -- --format "$format" "$T/many/1000"
        rss_n=$LAST_RSS
        run "findings-4k-files-$format" ok 120 $small -- --format "$format" "$T/many/4000"
        if [ $((LAST_RSS - rss_n)) -gt 12 ]; then
            failed=$((failed + 1))
            printf 'FAILED   %-26s peak memory grew from %s MB to %s MB with 4x the files\n' "findings-growth-$format" "$rss_n" "$LAST_RSS"
        else
            passed=$((passed + 1))
            printf 'ok       %-26s peak memory %s MB -> %s MB with 4x the files\n' "findings-growth-$format" "$rss_n" "$LAST_RSS"
        fi
    done
    rm -rf "$T/many"
fi
if selected memory-per-finding; then
    # 2,000 small files with 1 finding each, then with 25 each (50,000 findings, each with a
    # label, a suggestion and a fix): the findings are kept until every file is checked, so
    # the peak grows with them; it must grow by less than 720 bytes a finding (780 when each
    # finding kept its spare capacity, 610-630 now; the peaks vary by less than 1 MB).
    python3 - "$T/perfinding" <<'EOF'
import os, sys
for k in (1, 25):
    for i in range(2000):
        sub = os.path.join(sys.argv[1], str(k), f"{i // 1000:02d}")
        os.makedirs(sub, exist_ok=True)
        body = "".join(f"Item {j}: he ate a apple at noon on day {i}.\n\n" for j in range(k))
        with open(os.path.join(sub, f"{i}.md"), "w") as f:
            f.write(f"# Note {i}\n\n{body}")
EOF
    for format in human json; do
        run "findings-1-each-$format" ok 60 $small -- --jobs 2 --format "$format" "$T/perfinding/1"
        rss_1=$LAST_RSS
        run "findings-25-each-$format" ok 120 $((30 + 40)) -- --jobs 2 --format "$format" "$T/perfinding/25"
        per=$(((LAST_RSS - rss_1) * MB / 48000))
        verdict=ok
        if [ "$per" -gt 720 ]; then
            failed=$((failed + 1))
            verdict=FAILED
        else
            passed=$((passed + 1))
        fi
        printf '%-8s %-26s %s bytes a finding (peak %s MB -> %s MB with 48,000 more findings; limit 720)\n' "$verdict" "memory-per-finding-$format" "$per" "$rss_1" "$LAST_RSS"
    done
    rm -rf "$T/perfinding"
fi
if selected symlink-loop; then
    mkdir -p "$T/links/sub"
    echo "A real file in the tree." >"$T/links/sub/real.txt"
    ln -s .. "$T/links/sub/up"
    ln -s self.txt "$T/links/self.txt"
    ln -s missing.txt "$T/links/dangling.txt"
    run symlink-loop-walked ok 10 $small -- "$T/links"
    run symlink-loop-named refused 10 $small "self.txt" -- "$T/links/self.txt"
    run dangling-symlink-named refused 10 $small "dangling.txt" -- "$T/links/dangling.txt"
fi
if selected unreadable; then
    echo "Secret words." >"$T/unreadable.txt"
    chmod 000 "$T/unreadable.txt"
    if [ "$(id -u)" = 0 ]; then
        # Root reads any file whatever its mode: run copydesk as `nobody` so that the mode
        # counts (setpriv is in util-linux).
        if command -v setpriv >/dev/null; then
            WRAP=(setpriv --reuid=65534 --regid=65534 --clear-groups)
            run unreadable refused 10 $small "unreadable.txt" -- "$T/unreadable.txt"
            WRAP=()
        else
            echo "skipped  unreadable (root without setpriv: a mode cannot stop root)"
        fi
    else
        run unreadable refused 10 $small "unreadable.txt" -- "$T/unreadable.txt"
    fi
fi
if selected fifo; then
    mkfifo "$T/pipe.txt"
    # Named: refused at once rather than waiting for a writer that never comes.
    run fifo-named refused 10 $small "pipe.txt" -- "$T/pipe.txt"
    mkdir "$T/withfifo"
    mkfifo "$T/withfifo/pipe.md"
    echo "An article beside a pipe." >"$T/withfifo/a.txt"
    # Walked: not a file, passed over like any other special file.
    run fifo-walked ok 10 $small -- "$T/withfifo"
fi

echo "hostile: $passed passed, $failed failed, $pending pending on the engine (PENDING_ENGINE=\"$PENDING_ENGINE\")"
[ "$failed" = 0 ]
