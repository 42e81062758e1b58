#!/usr/bin/env bash
# Scaffolds a new rule: src/rules/<id>.rs from scripts/new-rule/template.rs (the doc
# headings, the declaration, a check to write and a test module), its line in each of the
# two alphabetical lists of src/rules/mod.rs, its row in the README's rule table, and
# fixtures/<id>/ with one catch and one trap to fill in.
#
#   scripts/new-rule.sh ID          e.g. scripts/new-rule.sh doubled-space
#
# Run from anywhere; it edits the checkout it lives in (or $COPYDESK_ROOT). It refuses an
# id that is not kebab-case or that exists. tests/new_rule.rs runs it in a temporary copy.
set -euo pipefail

id="${1:-}"
root="${COPYDESK_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}"
die() { echo "new-rule: $*" >&2; exit 2; }

[[ -n "$id" ]] || die "usage: scripts/new-rule.sh ID (kebab-case, e.g. doubled-space)"
[[ "$id" =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] ||
    die "\`$id\` is not a kebab-case id (lower-case words joined by hyphens)"
module="${id//-/_}"
struct="$(echo "$id" | awk -F- '{ for (i = 1; i <= NF; i++) printf "%s%s", toupper(substr($i, 1, 1)), substr($i, 2) }')"

template="$root/scripts/new-rule/template.rs"
registry="$root/src/rules/mod.rs"
readme="$root/README.md"
file="$root/src/rules/$module.rs"
fixtures="$root/fixtures/$id"
for f in "$template" "$registry" "$readme"; do
    [[ -f "$f" ]] || die "$f is missing"
done
[[ ! -e "$file" ]] || die "src/rules/$module.rs exists already"
[[ ! -e "$fixtures" ]] || die "fixtures/$id/ exists already"
! grep -q "^mod $module;\$" "$registry" || die "src/rules/mod.rs has \`mod $module;\` already"

# The rule file: the template without its header, renamed.
sed -e '1,/^\/\/ TEMPLATE-HEADER-END$/d' "$template" | sed -e '1{/^$/d}' \
    -e "s/rule-template/$id/g; s/rule_template/$module/g; s/RuleTemplate/$struct/g" >"$file"

# One line in each alphabetical list of the registry: the first block of `mod x;` lines,
# and the `&x::X,` lines of RULES.
tmp="$(mktemp)"
awk -v m="$module" -v s="$struct" '
    function flush_mod() { if (!mod_done) { print "mod " m ";"; mod_done = 1 } }
    function flush_rule() { if (!rule_done) { print "    &" m "::" s ","; rule_done = 1 } }
    # The first run of `mod x;` lines is the module list.
    /^mod [a-z0-9_]+;$/ && !mods_over {
        in_mods = 1
        name = $2; sub(/;$/, "", name)
        if (name > m) flush_mod()
        print; next
    }
    in_mods && !mods_over { flush_mod(); mods_over = 1 }
    /^pub static RULES: / { in_rules = 1; print; next }
    in_rules && /^    &[a-z0-9_]+::/ {
        name = $1; sub(/^&/, "", name); sub(/::.*/, "", name)
        if (name > m) flush_rule()
        print; next
    }
    in_rules && /^\];/ { flush_rule(); in_rules = 0 }
    { print }
    END { if (!mod_done || !rule_done) exit 3 }
' "$registry" >"$tmp" || { rm -f "$tmp" "$file"; die "could not find the lists in src/rules/mod.rs"; }
mv "$tmp" "$registry"

# The README's rule table row, as tests/meta.rs builds it from the rule's metadata.
row="| \`$id\` | warning | what it finds, in a lower-case fragment |  |"
tmp="$(mktemp)"
awk -v id="$id" -v row="$row" '
    /^<!-- rules:start -->$/ { in_table = 1; print; next }
    in_table && /^\| `/ {
        name = $2; gsub(/`/, "", name)
        if (!done && name > id) { print row; done = 1 }
        print; next
    }
    in_table && /^<!-- rules:end -->$/ { if (!done) { print row; done = 1 } in_table = 0 }
    { print }
    END { if (!done) exit 3 }
' "$readme" >"$tmp" || { rm -f "$tmp"; die "could not find the rule table in README.md"; }
mv "$tmp" "$readme"

# A catch and a trap to fill in; their expected findings are written by
# COPYDESK_BLESS=1 cargo test --test fixtures once the rule reports something.
mkdir -p "$fixtures"
printf 'A sentence with the mistake in it.\n' >"$fixtures/catch-example.txt"
printf 'A sentence it must leave alone.\n' >"$fixtures/trap-example.txt"

cat <<MSG
new-rule: wrote src/rules/$module.rs, fixtures/$id/catch-example.txt and trap-example.txt;
added \`mod $module;\` and \`&$module::$struct,\` to src/rules/mod.rs and a row to README.md.
Next: write the docs and the check, replace the fixture texts with real copy, then run
  COPYDESK_BLESS=1 cargo test --test fixtures --test meta   # expected findings, README row
and read the diff. Until the rule reports something its catch fixture fails, as it should.
MSG
