# Helpers shared by the scripted tests in .ci/. Sourced, not run.

ci_repo() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

have() { command -v "$1" >/dev/null 2>&1; }

# Installs Debian packages when apt-get is there (a fresh Debian machine, as root).
apt_install() {
    if ! have apt-get; then
        echo "apt-get is not available to install: $*" >&2
        return 1
    fi
    local sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    if [ -z "${CI_APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq
        export CI_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The copydesk binary the cargo tests built (target/debug), building it when missing.
ci_copydesk() {
    local repo
    repo="$(ci_repo)"
    if [ ! -x "$repo/target/debug/copydesk" ]; then
        (cd "$repo" && cargo build --locked --quiet)
    fi
    echo "$repo/target/debug/copydesk"
}
