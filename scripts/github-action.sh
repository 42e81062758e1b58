#!/usr/bin/env bash
# The steps of copydesk's composite GitHub Action (action.yml):
#   install  builds copydesk from the action's own checkout with `cargo install --locked`,
#            unless the same version is already on PATH, and adds it to GITHUB_PATH;
#   check    runs `copydesk check` with the inputs (INPUT_PATHS, INPUT_FORMAT, INPUT_ARGS,
#            INPUT_SARIF_FILE) and records `exit-code` (and `sarif-file`) in GITHUB_OUTPUT,
#            so that the SARIF upload runs even when there are findings;
#   finish   exits with the recorded code.
# Runs anywhere bash runs; .ci/action-test.sh exercises it outside GitHub.
set -euo pipefail

action_path="${COPYDESK_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
output="${GITHUB_OUTPUT:-/dev/null}"

want_version() {
    sed -n 's/^version *= *"\(.*\)"/\1/p' "$action_path/Cargo.toml" | head -n 1
}

install() {
    local want have_version root
    want="$(want_version)"
    if have_version="$(copydesk --version 2>/dev/null)" && [ "$have_version" = "copydesk $want" ]; then
        echo "copydesk $want is already installed: $(command -v copydesk)"
        return 0
    fi
    if ! command -v cargo >/dev/null 2>&1; then
        echo "::error title=copydesk::cargo is needed to install copydesk; add a Rust toolchain step (dtolnay/rust-toolchain@stable) before this action"
        return 2
    fi
    root="${COPYDESK_INSTALL_ROOT:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/copydesk}"
    cargo install --locked --quiet --path "$action_path" --root "$root"
    if [ -n "${GITHUB_PATH:-}" ]; then
        echo "$root/bin" >> "$GITHUB_PATH"
    fi
    echo "installed $("$root/bin/copydesk" --version) in $root/bin"
}

check() {
    local format="${INPUT_FORMAT:-github}" code=0
    local -a paths args
    read -r -a paths <<< "${INPUT_PATHS:-.}"
    read -r -a args <<< "${INPUT_ARGS:-}"
    if [ "${#paths[@]}" -eq 0 ]; then paths=(.); fi
    case "$format" in
        github)
            copydesk check --format github --color never "${args[@]}" "${paths[@]}" || code=$?
            ;;
        sarif)
            local file="${INPUT_SARIF_FILE:-copydesk.sarif}"
            copydesk check --format sarif "${args[@]}" "${paths[@]}" > "$file" || code=$?
            echo "sarif-file=$file" >> "$output"
            ;;
        *)
            echo "::error title=copydesk::format must be github or sarif, not \`$format\`"
            code=2
            ;;
    esac
    echo "exit-code=$code" >> "$output"
    echo "copydesk exited $code"
}

finish() {
    local code="${EXIT_CODE:-2}"
    case "$code" in
        0) echo "copydesk: no findings at or above --fail-on" ;;
        1) echo "copydesk: findings at or above --fail-on" ;;
        *) echo "copydesk: could not check everything (exit $code)" ;;
    esac
    exit "$code"
}

case "${1:-}" in
    install) install ;;
    check) check ;;
    finish) finish ;;
    *) echo "usage: $0 install|check|finish" >&2; exit 2 ;;
esac
