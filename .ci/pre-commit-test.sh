#!/usr/bin/env bash
# Runs the pre-commit framework (from PyPI) with copydesk's .pre-commit-hooks.yaml on a scratch
# article repository, as a newsroom would: the hook builds copydesk with cargo (language: rust),
# passes a commit whose staged articles are clean, and stops one that stages a typo. Skips,
# saying so, when pre-commit cannot be installed (no network to PyPI).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
repo="$(ci_repo)"
work="$repo/target/ci/pre-commit"
mkdir -p "$work"

have git || apt_install git ca-certificates
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    apt_install python3 python3-venv
fi
venv="$repo/target/ci/venv"
if [ ! -x "$venv/bin/pre-commit" ]; then
    if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q pre-commit; }; then
        echo "pre-commit-test: SKIPPED, pre-commit could not be installed from PyPI" >&2
        exit 0
    fi
fi
precommit="$venv/bin/pre-commit"

# The hook repository: copydesk's files as they are in this checkout (committed or not), in a
# commit with a fixed date and author, so that an unchanged tree gives the same revision and
# pre-commit's built environment (PRE_COMMIT_HOME) is reused on the next run.
hooks="$work/copydesk-hooks"
rm -rf "$hooks"
mkdir -p "$hooks"
# Only what building needs: a change to the tests does not make pre-commit rebuild.
(cd "$repo" && git ls-files -co --exclude-standard -z | \
    grep -zEv '^(fuzz|tests|fixtures|scripts|examples|\.ci)/' | \
    xargs -0 cp --parents -t "$hooks/")
test -f "$hooks/.pre-commit-hooks.yaml"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid \
    GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid \
    GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"
git -C "$hooks" init -q -b main
git -C "$hooks" add -A
git -C "$hooks" commit -q -m "copydesk hooks"
rev="$(git -C "$hooks" rev-parse HEAD)"

# The article repository.
articles="$work/articles"
rm -rf "$articles"
mkdir -p "$articles"
git -C "$articles" init -q -b main
cat > "$articles/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: copydesk
YAML
printf 'Council Votes on Budget\n\nThe council met on Thursday and approved the budget.\n' \
    > "$articles/budget.md"
# A file with a typo that is NOT staged: the hook must not look at it.
printf 'The council said it would suport the plan.\n' > "$articles/draft.txt"
git -C "$articles" add .pre-commit-config.yaml budget.md

# Building copydesk inside pre-commit: a cached target directory and a quick profile keep the
# test short; the hook itself is what a user gets.
export PRE_COMMIT_HOME="$work/cache"
export CARGO_TARGET_DIR="$repo/target/ci/cargo-install-target"  # shared with action-test.sh
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=0
cd "$articles"
if ! "$precommit" run > "$work/clean.log" 2>&1; then
    cat "$work/clean.log" >&2
    echo "pre-commit-test: FAILED, the hook rejected a clean staged article" >&2
    exit 1
fi
grep -q "copydesk.*Passed" "$work/clean.log"

printf '\nMembers argued about teh proposal.\n' >> budget.md
git add budget.md
if "$precommit" run > "$work/typo.log" 2>&1; then
    cat "$work/typo.log" >&2
    echo "pre-commit-test: FAILED, the hook passed a staged typo" >&2
    exit 1
fi
grep -q "copydesk.*Failed" "$work/typo.log"
grep -q "misspelt word \`teh\`" "$work/typo.log"
if grep -q "suport" "$work/typo.log"; then
    echo "pre-commit-test: FAILED, the hook checked an unstaged file" >&2
    exit 1
fi
# And a real commit is stopped by the installed hook.
"$precommit" install >/dev/null
if git commit -q -m "budget" > "$work/commit.log" 2>&1; then
    echo "pre-commit-test: FAILED, git commit went through with a typo" >&2
    exit 1
fi
echo "pre-commit-test: ok (hook built from $rev; clean commit passes, typo stops it)"
