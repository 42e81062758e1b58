#!/usr/bin/env bash
# SARIF against the SARIF 2.1.0 JSON schema itself (as shipped in the serde-sarif crate that
# tests/ci.rs deserialises into), validated with Python's jsonschema (PyPI): the seed article,
# all fixtures, and a run with a house-style rule from a config.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
repo="$(ci_repo)"
work="$repo/target/ci/sarif"
rm -rf "$work"
mkdir -p "$work"

if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then apt_install python3 python3-venv; fi
venv="$repo/target/ci/venv"
[ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import jsonschema' 2>/dev/null || "$venv/bin/pip" install -q jsonschema

cd "$repo"
schema="$(cargo metadata --locked --format-version 1 | "$venv/bin/python" -c '
import json, os, sys
m = json.load(sys.stdin)
p = [p for p in m["packages"] if p["name"] == "serde-sarif"][0]
print(os.path.join(os.path.dirname(p["manifest_path"]), "src", "schema.json"))')"
[ -f "$schema" ] || cargo fetch --locked --quiet
copydesk="$(ci_copydesk)"
"$copydesk" check --format sarif fixtures/articles/seed-article.txt > "$work/seed.sarif" || [ $? = 1 ]
"$copydesk" check --format sarif fixtures > "$work/fixtures.sarif" || [ $? = 1 ]
mkdir -p "$work/styled"
cp fixtures/articles/seed-article.txt "$work/styled/"
printf '[[rule]]\nid = "house/ceasefire"\nwords = ["cease-fire"]\nreplace = "ceasefire"\nmessage = "house style is `ceasefire`"\n' \
    > "$work/styled/copydesk.toml"
(cd "$work/styled" && "$copydesk" check --format sarif . > "$work/styled.sarif") || [ $? = 1 ]

"$venv/bin/python" - "$schema" "$work"/*.sarif <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft7Validator(schema)
for path in sys.argv[2:]:
    doc = json.load(open(path))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
    if errors:
        sys.exit(f"sarif-schema-test: FAILED, {path} does not validate")
    results = doc["runs"][0]["results"]
    assert results, f"{path}: no results"
    print(f"sarif-schema-test: {path.rsplit('/', 1)[-1]}: {len(results)} results valid")
PY
echo "sarif-schema-test: ok"
