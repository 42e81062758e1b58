#!/usr/bin/env bash
# Builds the copydesk Python package and the `copydesk` command, then runs the Python API
# tests and the Spark local-mode test, which compare the two.
#
# Works on a fresh Debian machine as root and is idempotent: the virtual environment
# (target/python/venv) and the Cargo build (target/python) are reused when present.
# `.ci/run` calls it.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/python}"
# The command line the tests compare with is built like the extension (optimised, without the
# root's whole-program LTO) so the two builds share their compiled dependencies.
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
venv="${COPYDESK_VENV:-$CARGO_TARGET_DIR/venv}"

apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "run.sh: missing $*; install it (as root: apt-get install $*)" >&2
        exit 2
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null; then
    apt_install python3 python3-venv python3-pip
fi
if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    apt_install python3-venv python3-pip
fi
# Spark runs on the JVM (17 or later).
if ! command -v java >/dev/null; then
    apt_install openjdk-17-jre-headless
fi

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip --disable-pip-version-check --quiet)
"${pip[@]}" install -r python/tests/requirements.txt

cargo fmt --check --manifest-path python/Cargo.toml
start=$(date +%s)
cargo build --release --locked --bin copydesk
# As the README says: pip builds the package with maturin (from PyPI) and installs it.
"${pip[@]}" install --force-reinstall --no-deps ./python
echo "run.sh: built the command line and the Python package in $(( $(date +%s) - start )) s"

export COPYDESK_BIN="$CARGO_TARGET_DIR/release/copydesk"
# The stubs editors read must describe the compiled module exactly.
(cd "$CARGO_TARGET_DIR" && "$venv/bin/python" -m mypy.stubtest copydesk)
cd python/tests
"$venv/bin/python" -m pytest -q -p no:cacheprovider test_api.py test_spark.py
