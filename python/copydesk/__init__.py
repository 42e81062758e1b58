"""copydesk, the proofreading linter for editorial copy, from Python.

The checking is done by the copydesk Rust library (the same code as the ``copydesk``
command); this package is a thin binding to it.

    >>> import copydesk
    >>> [f.rule for f in copydesk.check("The the cat sat.", format="txt")]
    ['repeated-word']
"""

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
]
