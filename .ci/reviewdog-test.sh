#!/usr/bin/env bash
# The README's reviewdog recipe: `copydesk check --format rdjson` must be valid Reviewdog
# Diagnostic Format. reviewdog itself is a Go program that no package registry reachable here
# serves, so an independent RDFormat validator from npm (@umbrelladocs/rdformat-validator,
# strict, no extra fields) checks the output of the seed article and of the fixtures.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
repo="$(ci_repo)"
work="$repo/target/ci/rdf"
mkdir -p "$work"

have npm || apt_install nodejs npm
validator="$work/node_modules/.bin/rdformat-validator"
if [ ! -x "$validator" ]; then
    (cd "$work" && npm install --no-audit --no-fund --silent \
        @umbrelladocs/rdformat-validator@1.0.1)
fi
copydesk="$(ci_copydesk)"
cd "$repo"
for target in fixtures/articles/seed-article.txt fixtures; do
    out="$work/$(basename "$target").rdjson"
    "$copydesk" check --format rdjson "$target" > "$out" || [ $? = 1 ]
    grep -q '"suggestions"' "$out"
    "$validator" --strict --no-extra-fields --silent "$out" \
        || { echo "reviewdog-test: FAILED, $target: not valid rdjson" >&2; exit 1; }
done
# The validator does reject what is not RDFormat.
echo '{"diagnostics":[{"message":1,"location":{}}]}' > "$work/bad.rdjson"
if "$validator" --strict --silent "$work/bad.rdjson" >/dev/null 2>&1; then
    echo "reviewdog-test: FAILED, the validator accepts anything" >&2
    exit 1
fi
echo "reviewdog-test: ok (rdjson of the seed article and the fixtures is valid RDFormat)"
