"""Shared helpers: the repository root and the `copydesk` command the results are compared with."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _find_cli() -> Path:
    given = os.environ.get("COPYDESK_BIN")
    if given:
        return Path(given)
    # tests/run.sh builds it beside the extension; a developer may have either of the others.
    for candidate in ("target/python/release/copydesk", "target/release/copydesk", "target/debug/copydesk"):
        p = ROOT / candidate
        if p.is_file():
            return p
    raise RuntimeError("no copydesk binary: set COPYDESK_BIN or run python/tests/run.sh")


@pytest.fixture(scope="session")
def cli() -> Path:
    return _find_cli()


def run_cli(cli: Path, *args: str, cwd: Path = ROOT, ok=(0, 1)) -> subprocess.CompletedProcess:
    """Runs the command line; fails the test on an unexpected exit code."""
    r = subprocess.run(
        [str(cli), *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}
    )
    if r.returncode not in ok:
        raise AssertionError(f"copydesk {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r


def cli_json(cli: Path, *args: str, cwd: Path = ROOT) -> list[dict]:
    """`copydesk check --format json ARGS`: the diagnostics."""
    r = run_cli(cli, "check", "--format", "json", *args, cwd=cwd)
    return json.loads(r.stdout)["diagnostics"]
