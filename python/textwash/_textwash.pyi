"""The native module. `textwash` re-exports everything here."""

from typing import Literal, TypedDict, TypeVar, Unpack, overload

__all__ = ["UNICODE_VERSION", "TextwashError", "__version__", "clean", "junk"]

__version__: str
UNICODE_VERSION: str

class TextwashError(ValueError):
    """Base class of textwash's errors: an invalid option value, or an internal error."""

_Switch = Literal["remove", "keep"]
_Missing = TypeVar("_Missing", None, float)  # None, NaN (pd.NA works too, untyped)

class _JunkOptions(TypedDict, total=False):
    """The options that decide what is junk."""

    emoji: str  # "remove" | "keep" | "name" | any replacement text
    symbols: _Switch
    intruders: _Switch
    styled: _Switch
    invisible: _Switch
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

@overload
def clean(text: str, /, **options: Unpack[_CleanOptions]) -> str:
    """Return `text` as its author wrote it: junk removed, legitimate text kept, NFC, whitespace tidy."""

@overload
def clean(text: _Missing, /, **options: Unpack[_CleanOptions]) -> _Missing:
    """A missing value (None, NaN, pd.NA) comes back as it is."""

def junk(
    text: str, /, **options: Unpack[_CleanOptions]
) -> list[tuple[int, int, Literal["emoji", "symbol", "styled", "intruder", "invisible", "drop"], str]]:
    """The junk `clean(text, **options)` removes or replaces: `(start, end, reason, replacement)` tuples."""
