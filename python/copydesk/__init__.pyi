"""Type stubs for copydesk, the proofreading linter for editorial copy."""

import datetime
import os
from typing import Any, Literal, Mapping, Optional, Sequence, Union, final

__version__: str
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

_Severity = Literal["error", "warning", "info"]
_FormatName = Literal["md", "markdown", "txt", "text", "plain", "html", "htm"]
_StrPath = Union[str, "os.PathLike[str]"]
_DateLike = Union[str, datetime.date]

class CopydeskError(ValueError):
    """Base class of copydesk's errors; the message is the one the command line prints."""

class ConfigError(CopydeskError):
    """A configuration that cannot be used; the message names the file and line."""

class UnknownRuleError(CopydeskError):
    """A rule id that copydesk does not have."""

class DecodeError(CopydeskError):
    """Bytes that are not UTF-8 (or UTF-16 with a byte order mark), or not text."""

@final
class Config:
    """The rules and their levels, options, vocabulary, house style and default date,
    with the engine built from them once and reused by every check.

    ``Config()`` is the built-in defaults, ``Config("copydesk.toml")`` reads a file and
    ``Config({"rules": {"serial-comma": "off"}})`` takes the same settings as a dict
    (relative paths in it are resolved against ``base_dir``, default the current
    directory). ``select`` and ``ignore`` narrow the rules as ``--select``/``--ignore`` do.
    Raises ConfigError or UnknownRuleError. A Config can be pickled (the file or dict is
    parsed again where it is unpickled).
    """

    def __new__(
        cls,
        source: Union[_StrPath, Mapping[str, Any], None] = None,
        *,
        select: Optional[Sequence[str]] = None,
        ignore: Optional[Sequence[str]] = None,
        base_dir: Optional[_StrPath] = None,
    ) -> Config: ...
    @staticmethod
    def discover(
        start: Optional[_StrPath] = None,
        *,
        select: Optional[Sequence[str]] = None,
        ignore: Optional[Sequence[str]] = None,
    ) -> Config:
        """The nearest copydesk.toml in ``start`` (default: the current directory) or its
        parents, as ``copydesk check`` finds it; the defaults when there is none."""
    @property
    def path(self) -> Optional[str]:
        """The file the settings came from; ``"<dict>"`` for a dict, None for defaults."""
    @property
    def date(self) -> Optional[str]:
        """The config's ``date`` (YYYY-MM-DD), used for articles that carry none."""
    @property
    def fail_on(self) -> Optional[Literal["error", "warning", "info", "never"]]: ...
    @property
    def rules(self) -> list[str]:
        """The ids of the rules this configuration runs."""

@final
class Label:
    """A secondary span of a finding, with its note ("first listed here")."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def message(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Edit:
    """One replacement of a byte range."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def replacement(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Fix:
    """The edits that mend a finding; ``safe`` ones are applied by :func:`fix`."""

    @property
    def safe(self) -> bool: ...
    @property
    def edits(self) -> list[Edit]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Finding:
    """A finding, with the fields of ``copydesk check --format json``.

    ``start``/``end`` are byte offsets into the text as UTF-8 (or into the bytes given),
    end exclusive; lines and columns are 1-based, columns counted in characters.
    """

    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def path(self) -> Optional[str]:
        """The ``path`` given to :func:`check`, or None."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...
    @property
    def message(self) -> str: ...
    @property
    def labels(self) -> list[Label]: ...
    @property
    def suggestions(self) -> list[str]: ...
    @property
    def fix(self) -> Optional[Fix]: ...
    def to_dict(self) -> dict[str, Any]:
        """The finding as the dict ``copydesk check --format json`` prints for it."""

@final
class Rule:
    """A rule as ``copydesk rules`` lists it."""

    @property
    def id(self) -> str: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def summary(self) -> str: ...
    @property
    def fix(self) -> Optional[Literal["safe", "unsafe"]]:
        """"safe" (applied by fix), "unsafe" (shown only) or None."""
    @property
    def options(self) -> list[str]:
        """The options of its ``[rules.<id>]`` table."""

def check(
    text: Union[str, bytes],
    format: Optional[_FormatName] = None,
    path: Optional[_StrPath] = None,
    config: Optional[Config] = None,
    date: Optional[_DateLike] = None,
) -> list[Finding]:
    """Checks one article and returns its findings, sorted by position.

    ``text`` is a str, or bytes as read from a file (UTF-8, or UTF-16 with a byte order
    mark). ``format`` defaults to the format of ``path``'s extension (plain text for
    other extensions, as the command reads a file named to it), else Markdown.
    ``path`` is only the name findings carry. ``config`` defaults to the built-in rules.
    ``date`` is the article's date for membership checks when the text gives none, as
    ``copydesk check --date`` does. The GIL is released while checking. Raises
    DecodeError for undecodable bytes and CopydeskError for a bad format or date.
    """

def fix(
    text: Union[str, bytes],
    format: Optional[_FormatName] = None,
    path: Optional[_StrPath] = None,
    config: Optional[Config] = None,
    date: Optional[_DateLike] = None,
) -> str:
    """Applies the safe fixes until none is left (as ``check --fix``); returns the text."""

def shared_config(
    source: Union[_StrPath, Mapping[str, Any], None] = None,
    *,
    select: Optional[Sequence[str]] = None,
    ignore: Optional[Sequence[str]] = None,
    base_dir: Optional[_StrPath] = None,
) -> Config:
    """One Config per process for these settings, built the first time it is asked for
    (Spark executors, Dask, multiprocessing): the engine is built once per worker."""

def rules() -> list[Rule]:
    """Every rule, sorted by id."""

def explain(id: str) -> str:
    """The rule's documentation, as ``copydesk explain`` prints it; UnknownRuleError if
    there is no such rule."""
