#!/usr/bin/env bash
# Runs the composite GitHub Action (action.yml) locally with .ci/run_composite.py on a scratch
# article tree: annotations, SARIF with the upload step, a clean run, the baseline recipe,
# and a real `cargo install` of the action's checkout when no copydesk of its version is on
# PATH.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
repo="$(ci_repo)"
work="$repo/target/ci/action"
rm -rf "$work"
mkdir -p "$work/articles"

# Python with PyYAML, to read action.yml.
python=python3
if ! have python3; then apt_install python3; fi
if ! python3 -c 'import yaml' 2>/dev/null; then
    venv="$repo/target/ci/venv"
    if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import yaml' 2>/dev/null; then
        python="$venv/bin/python"
    elif { [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"; } && "$venv/bin/pip" install -q pyyaml; then
        python="$venv/bin/python"
    else
        apt_install python3-yaml
    fi
fi

bin="$(dirname "$(ci_copydesk)")"
cd "$work"
printf 'Council Votes on Budget\n\nThe council met on Thursday and approved the budget.\n' > articles/clean.md
printf 'The council said it would suport the plan.\n' > articles/typo.txt

run_action() { # JSON inputs; prints the summary
    "$python" "$repo/.ci/run_composite.py" "$repo" "$work" "$1"
}
# Reads a field of the summary on stdin with a Python expression over `s`.
field() { "$python" -c "import json,sys; s=json.load(sys.stdin); print($1)"; }
# Whether the text of a summary field matches an extended regex.
has() { local text; text="$(field "$1")"; grep -Eq -- "$2" <<< "$text"; }
fail() { echo "action-test: FAILED, $*" >&2; exit 1; }

# 1. Annotations; copydesk of the action's version already on PATH: install is skipped.
out="$(PATH="$bin:$PATH" run_action '{"paths": "articles"}')"
echo "$out" > "$work/github.json"
[ "$(echo "$out" | field 's["outputs"]["exit-code"]')" = 1 ] || fail "github: exit-code is not 1"
echo "$out" | has 's["steps"][0]["stdout"]' "already installed" || fail "install not skipped"
echo "$out" | has 's["steps"][1]["stdout"]' '^::error file=articles/typo.txt,line=1,col=27,' \
    || fail "no annotation for the typo"
[ "$(echo "$out" | field 's["steps"][2].get("skipped")')" = True ] || fail "upload ran for github"
[ "$(echo "$out" | field 's["steps"][3]["exit"]')" = 1 ] || fail "finish did not fail the job"

# 2. SARIF: the report is written, valid, and handed to the upload step; the job still fails.
out="$(PATH="$bin:$PATH" run_action '{"paths": "articles", "format": "sarif"}')"
echo "$out" > "$work/sarif.json"
[ "$(echo "$out" | field 's["steps"][2]["uses"]')" = "github/codeql-action/upload-sarif@v3" ] \
    || fail "upload step not reached"
[ "$(echo "$out" | field 's["steps"][2]["with"]["sarif_file"]')" = copydesk.sarif ] \
    || fail "upload step has the wrong file"
"$python" - "$work/copydesk.sarif" <<'PY' || fail "copydesk.sarif is not the expected SARIF"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["version"] == "2.1.0"
r = s["runs"][0]["results"]
assert [x["ruleId"] for x in r] == ["typo"], r
loc = r[0]["locations"][0]["physicalLocation"]["artifactLocation"]
assert loc == {"uri": "articles/typo.txt", "uriBaseId": "%SRCROOT%"}, loc
PY
[ "$(echo "$out" | field 's["steps"][3]["exit"]')" = 1 ] || fail "sarif: finish did not fail"

# 3. A clean tree passes.
out="$(PATH="$bin:$PATH" run_action '{"paths": "articles/clean.md"}')"
[ "$(echo "$out" | field 's["failed"]')" = False ] || fail "a clean article failed the job"

# 4. The baseline recipe: today's findings recorded, only new ones fail the job.
"$bin/copydesk" check --write-baseline copydesk-baseline.tsv articles 2>/dev/null
out="$(PATH="$bin:$PATH" run_action '{"paths": "articles", "args": "--baseline copydesk-baseline.tsv"}')"
[ "$(echo "$out" | field 's["outputs"]["exit-code"]')" = 0 ] || fail "baseline: old findings failed"
printf '\nMembers argued about teh proposal.\n' >> articles/clean.md
out="$(PATH="$bin:$PATH" run_action '{"paths": "articles", "args": "--baseline copydesk-baseline.tsv"}')"
echo "$out" | has 's["steps"][1]["stdout"]' "^::error file=articles/clean.md,line=5," \
    || fail "baseline: the new typo is not reported"
[ "$(echo "$out" | field 's["steps"][1]["stdout"]' | grep -c '^::')" = 1 ] \
    || fail "baseline: more than the new typo reported"

# 5. No copydesk of this version on PATH: the action installs it with cargo.
mkdir -p "$work/old/bin"
printf '#!/bin/sh\necho "copydesk 0.0.0"\n' > "$work/old/bin/copydesk"
chmod +x "$work/old/bin/copydesk"
export COPYDESK_INSTALL_ROOT="$work/installed"
export CARGO_TARGET_DIR="$repo/target/ci/cargo-install-target"
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=0
out="$(PATH="$work/old/bin:$PATH" run_action '{"paths": "articles/typo.txt"}')"
echo "$out" > "$work/install.json"
echo "$out" | has 's["steps"][0]["stdout"]' "^installed copydesk" \
    || { echo "$out" | field 's["steps"][0]["stderr"]' >&2; fail "install did not run"; }
[ -x "$work/installed/bin/copydesk" ] || fail "no binary in the install root"
echo "$out" | has 's["steps"][1]["stdout"]' '^::error file=articles/typo.txt' \
    || fail "the installed copydesk was not the one used"

echo "action-test: ok (annotations, SARIF and its upload, clean run, baseline, cargo install)"
