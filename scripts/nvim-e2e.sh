#!/usr/bin/env bash
# End-to-end test of `copydesk lsp` in headless Neovim (tests/nvim/e2e.lua), once with UTF-16
# positions and once with UTF-8. Installs Debian's neovim when it is missing. With
# E2E_TRANSCRIPT=FILE, the LSP log of the UTF-16 run (every request, response and
# notification) is copied there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nvim >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq neovim >/dev/null
fi
nvim --version | head -n 1

cargo build --locked --quiet --bin copydesk
bin="$PWD/target/debug/copydesk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

status=0
for encoding in utf-16 utf-8; do
    run="$work/$encoding"
    mkdir -p "$run/cache" "$run/state"
    cp tests/nvim/article.md "$run/article.md"
    # No user config, no plugins, no swap file; logs kept inside the run's folder.
    if ! XDG_CACHE_HOME="$run/cache" XDG_STATE_HOME="$run/state" XDG_CONFIG_HOME="$run/none" \
        COPYDESK_BIN="$bin" E2E_ENCODING="$encoding" E2E_RESULT="$run/result" E2E_WORK="$run" \
        timeout 120 nvim --headless --clean -n -c "luafile tests/nvim/e2e.lua" "$run/article.md"; then
        status=1
    fi
    echo
    if [ "$(head -n 1 "$run/result" 2>/dev/null)" = ok ]; then
        echo "nvim e2e ($encoding): ok"
    else
        echo "nvim e2e ($encoding): FAILED"
        cat "$run/result" 2>/dev/null || echo "(no result: Neovim did not finish)"
        status=1
    fi
    if [ "$encoding" = utf-16 ] && [ -n "${E2E_TRANSCRIPT:-}" ]; then
        find "$run/cache" "$run/state" -name lsp.log -exec cp {} "$E2E_TRANSCRIPT" \;
    fi
done
exit "$status"
