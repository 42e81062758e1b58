#!/usr/bin/env python3
"""Writes the text files of one commit of a (bare) git repository into a folder, for measure.py.

    scripts/repos/extract.py GIT_DIR DEST [PATH ...] [--commit HEAD]

Only files whose names end in .md .markdown .mdx .html .htm .txt .liquid .njk, and LICENSE*, are
written; blobs missing from a partial snapshot (large images) are skipped and counted. This
works where `git archive` stops at the first missing blob. DEST is emptied first.
"""
import argparse
import os
import shutil
import subprocess
from pathlib import Path

TEXT = (".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".liquid", ".njk")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir")
    ap.add_argument("dest")
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--commit", default="HEAD")
    args = ap.parse_args()
    git = ["git", "--git-dir", args.git_dir]
    commit = subprocess.run(git + ["rev-parse", args.commit], capture_output=True, text=True, check=True)
    tree = subprocess.run(
        git + ["ls-tree", "-r", "-z", args.commit, "--"] + args.paths, capture_output=True, check=True
    ).stdout
    dest = Path(args.dest)
    if dest.exists():
        shutil.rmtree(dest)
    written = missing = 0
    for entry in tree.split(b"\0"):
        if not entry:
            continue
        meta, path = entry.split(b"\t", 1)
        path = path.decode()
        _mode, kind, sha = meta.decode().split()
        name = os.path.basename(path)
        if kind != "blob" or not (path.lower().endswith(TEXT) or name.upper().startswith("LICENSE")):
            continue
        blob = subprocess.run(git + ["cat-file", "blob", sha], capture_output=True)
        if blob.returncode:
            missing += 1
            continue
        out = dest / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(blob.stdout)
        written += 1
    print(f"{args.commit} = {commit.stdout.strip()}: {written} files written to {dest}, {missing} missing blobs")


if __name__ == "__main__":
    main()
