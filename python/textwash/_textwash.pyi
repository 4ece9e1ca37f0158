"""The native module. `textwash` re-exports everything here."""

from typing import Any, Literal, TypedDict, TypeVar, Unpack, final, overload

__all__ = [
    "KINDS",
    "OPTIONS",
    "REASONS",
    "UNICODE_VERSION",
    "Cleaner",
    "TextwashError",
    "_Extractor",
    "_Groups",
    "__version__",
    "_cleaner_from_options",
    "_noop",
    "_set_dispatch",
    "_threads",
    "clean",
    "junk",
]

__version__: str
UNICODE_VERSION: str

# Every option of `clean()`, from the core's one table: dicts with "name", "type" ("choice",
# "choice or text", "choice or None", "flag", "text or None", "characters"), "choices" (a tuple
# of str), "default" (str, bool or None) and "help".
OPTIONS: tuple[dict[str, Any], ...]

# The names of every kind `extract` finds and of every reason `junk` gives, from the core's one
# table of each (`textwash::Kind`, `textwash::Reason`).
KINDS: tuple[str, ...]
REASONS: tuple[str, ...]

class TextwashError(ValueError):
    """Base class of textwash's errors: an invalid option value, or an internal error."""

_Switch = Literal["remove", "keep"]
_Missing = TypeVar("_Missing", None, float)  # None, NaN (pd.NA works too, untyped)
# A column: list, tuple, numpy array, pandas Series, pyarrow Array/ChunkedArray, polars Series.
_Column = TypeVar("_Column")

class _JunkOptions(TypedDict, total=False):
    """The options that decide what is junk."""

    emoji: str  # "remove" | "keep" | "name" | any replacement text
    symbols: _Switch
    intruders: _Switch
    styled: _Switch
    invisible: _Switch
    backspaces: Literal["restore", "remove", "keep"]
    bidi: Literal["restore", "remove", "keep"]
    homoglyphs: Literal["restore", "remove"]
    keep: str
    drop: str

class _CleanOptions(_JunkOptions, total=False):
    """Every option of `clean`."""

    normalize: Literal["NFC", "NFKC", "NFD", "NFKD"] | None
    whitespace: Literal["tidy", "collapse", "keep"]
    lowercase: bool
    ascii: bool
    quotes: Literal["keep", "ascii"]
    html: bool
    urls: str | None
    emails: str | None
    phones: str | None
    numbers: str | None
    mentions: str | None
    hashtags: str | None

class _ColumnOptions(_CleanOptions, total=False):
    threads: int | None

@overload
def clean(text: str, /, **options: Unpack[_CleanOptions]) -> str:
    """Return `text` as its author wrote it: junk removed, legitimate text kept, NFC, whitespace tidy."""

@overload
def clean(text: _Missing, /, **options: Unpack[_CleanOptions]) -> _Missing:
    """A missing value (None, NaN, pd.NA) comes back as it is."""

@overload
def clean(text: _Column, /, **options: Unpack[_ColumnOptions]) -> _Column:
    """A column comes back as the same kind of container, cleaned on `threads` threads."""

@final
class Cleaner:
    """`clean()` with its options compiled once; immutable, thread-safe, picklable."""

    def __new__(cls, **options: Unpack[_CleanOptions]) -> Cleaner: ...
    @overload
    def __call__(self, x: str, /, *, threads: int | None = None) -> str: ...
    @overload
    def __call__(self, x: _Missing, /, *, threads: int | None = None) -> _Missing: ...
    @overload
    def __call__(self, x: _Column, /, *, threads: int | None = None) -> _Column: ...
    @overload
    def clean(self, x: str, /, *, threads: int | None = None) -> str: ...
    @overload
    def clean(self, x: _Missing, /, *, threads: int | None = None) -> _Missing: ...
    @overload
    def clean(self, x: _Column, /, *, threads: int | None = None) -> _Column: ...
    @property
    def options(self) -> dict[str, Any]:
        """The options as given."""
    def _clean_sequence(self, seq: Any, threads: int) -> list[Any]: ...
    def _clean_arrow(self, array: Any, threads: int) -> Any: ...
    def _clean_sequence_counted(self, seq: Any, threads: int) -> tuple[list[Any], list[tuple[str, int]]]: ...
    def _clean_arrow_counted(self, array: Any, threads: int) -> tuple[Any, list[tuple[str, int]]]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]: ...

def _cleaner_from_options(options: dict[str, Any]) -> Cleaner: ...

_Reason = Literal["emoji", "symbol", "styled", "intruder", "invisible", "drop", "backspace", "bidi", "homoglyph"]

def junk(text: str, /, **options: Unpack[_CleanOptions]) -> list[tuple[int, int, _Reason, str]]:
    """The junk `clean(text, **options)` removes or replaces: `(start, end, reason, replacement)` tuples."""

def _threads(threads: Any = None) -> int: ...
def _noop(text: str) -> str: ...
def _set_dispatch(clean: Any) -> None: ...

@final
class _Extractor:
    def __new__(cls, kinds: list[str], dayfirst: bool, region: str | None, options: dict[str, Any]) -> _Extractor: ...
    @property
    def kinds(self) -> list[str]: ...
    def find(self, text: str) -> list[tuple[str, int, int, str, str | None, str | None, str | None]]: ...
    def find_wide(self, x: Any, threads: int) -> list[list[list[str] | None]]: ...
    def find_wide_arrow(self, x: Any, threads: int) -> Any: ...
    def find_column(self, x: Any, threads: int) -> tuple[list[Any], ...]: ...

@final
class _Groups:
    def __new__(cls, pattern: str, flags: int, case: bool) -> _Groups: ...
    @property
    def names(self) -> list[str | None]: ...
    def first(self, text: str) -> tuple[str | None, ...] | None: ...
    def all(self, text: str) -> list[tuple[str | None, ...]]: ...
    def first_column(self, x: Any, threads: int, missing: Any, no_match: Any = None) -> list[list[Any]]: ...
    def first_arrow(self, x: Any, threads: int) -> Any: ...
    def all_column(
        self, x: Any, threads: int, empty_is_missing: bool, missing: Any
    ) -> tuple[list[int], list[int], list[list[Any]]]: ...
