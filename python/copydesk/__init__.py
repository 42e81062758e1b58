"""copydesk, the proofreading linter for editorial copy, from Python.

The checking is done by the copydesk Rust library (the same code as the ``copydesk``
command); this package is a thin binding to it.

    >>> import copydesk
    >>> [f.rule for f in copydesk.check("The the cat sat.", format="txt")]
    ['repeated-word']
"""

import json
import os
import threading

from ._copydesk import (
    Config,
    ConfigError,
    CopydeskError,
    DecodeError,
    Edit,
    Finding,
    Fix,
    Label,
    Rule,
    UnknownRuleError,
    __version__,
    check,
    explain,
    fix,
    rules,
)


_SHARED: "dict[str, Config]" = {}
_SHARED_LOCK = threading.Lock()


def shared_config(source=None, *, select=None, ignore=None, base_dir=None) -> Config:
    """One `Config` per process for these settings, built the first time it is asked for.

    For jobs that call copydesk from many tasks in one worker process (a Spark executor's
    Python worker, Dask, multiprocessing, Airflow): the file is read and the engine built
    once per process, not once per task. Takes the arguments of `Config`.
    """
    key = json.dumps(
        [
            "shared",
            source if isinstance(source, dict) or source is None else os.fspath(source),
            list(select or ()),
            list(ignore or ()),
            None if base_dir is None else os.fspath(base_dir),
        ],
        sort_keys=True,
        default=str,
    )
    with _SHARED_LOCK:
        config = _SHARED.get(key)
        if config is None:
            config = Config(source, select=select, ignore=ignore, base_dir=base_dir)
            _SHARED[key] = config
        return config


def _unpickle_config(text, path, select, ignore) -> Config:
    """Rebuilds a pickled Config, once per process for the same settings."""
    key = json.dumps(["pickle", text, None if path is None else os.fspath(path), select, ignore])
    with _SHARED_LOCK:
        config = _SHARED.get(key)
        if config is None:
            config = Config._from_pickle(text, path, select, ignore)
            _SHARED[key] = config
        return config


__all__ = [
    "Config",
    "ConfigError",
    "CopydeskError",
    "DecodeError",
    "Edit",
    "Finding",
    "Fix",
    "Label",
    "Rule",
    "UnknownRuleError",
    "__version__",
    "check",
    "explain",
    "fix",
    "rules",
    "shared_config",
]
