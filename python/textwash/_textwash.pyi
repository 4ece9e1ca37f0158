"""The native module. `textwash` re-exports everything here."""

from typing import Literal, TypeVar, overload

__all__ = ["UNICODE_VERSION", "TextwashError", "__version__", "clean", "junk"]

__version__: str
UNICODE_VERSION: str

class TextwashError(ValueError):
    """Base class of textwash's errors: an invalid option value, or an internal error."""

_Missing = TypeVar("_Missing", None, float)  # None, NaN (pd.NA works too, untyped)
_Form = Literal["NFC", "NFKC", "NFD", "NFKD"]
_Switch = Literal["remove", "keep"]

@overload
def clean(
    text: str,
    /,
    *,
    emoji: str = "remove",
    symbols: _Switch = "remove",
    intruders: _Switch = "remove",
    styled: _Switch = "remove",
    invisible: _Switch = "remove",
    normalize: _Form | None = "NFC",
    whitespace: Literal["tidy", "collapse", "keep"] = "tidy",
    lowercase: bool = False,
    ascii: bool = False,
    quotes: Literal["keep", "ascii"] = "keep",
    html: bool = False,
    urls: str | None = None,
    emails: str | None = None,
    phones: str | None = None,
    numbers: str | None = None,
    mentions: str | None = None,
    hashtags: str | None = None,
    keep: str = "",
    drop: str = "",
) -> str:
    """Return `text` as its author wrote it: junk removed, legitimate text kept, NFC, whitespace tidy."""

@overload
def clean(
    text: _Missing,
    /,
    *,
    emoji: str = "remove",
    symbols: _Switch = "remove",
    intruders: _Switch = "remove",
    styled: _Switch = "remove",
    invisible: _Switch = "remove",
    normalize: _Form | None = "NFC",
    whitespace: Literal["tidy", "collapse", "keep"] = "tidy",
    lowercase: bool = False,
    ascii: bool = False,
    quotes: Literal["keep", "ascii"] = "keep",
    html: bool = False,
    urls: str | None = None,
    emails: str | None = None,
    phones: str | None = None,
    numbers: str | None = None,
    mentions: str | None = None,
    hashtags: str | None = None,
    keep: str = "",
    drop: str = "",
) -> _Missing:
    """A missing value (None, NaN, pd.NA) comes back as it is."""

def junk(
    text: str,
    /,
    *,
    emoji: str = "remove",
    symbols: _Switch = "remove",
    intruders: _Switch = "remove",
    styled: _Switch = "remove",
    invisible: _Switch = "remove",
    keep: str = "",
    drop: str = "",
) -> list[tuple[int, int, Literal["emoji", "symbol", "styled", "intruder", "invisible", "drop"], str]]:
    """The junk `clean(text, **options)` removes or replaces: `(start, end, reason, replacement)` tuples."""
