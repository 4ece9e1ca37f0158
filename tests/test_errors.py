"""Every public entry point, given a bad value and a bad type: the exact exception class, and a
message that names the option, the value and what is accepted. Bad values raise
`textwash.TextwashError` (a `ValueError`), wrong types `TypeError`; both are built in one place
(`src/python/errors.rs`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import textwash
from textwash import Cleaner, TextwashError, clean, extract, junk

ACCEPTS_REMOVE_KEEP = 'expected one of "remove", "keep"'

CASES: list[tuple[str, Callable[[], Any], type[Exception], str]] = [
    # clean
    (
        "clean, bad value",
        lambda: clean("x", symbols="maybe"),
        TextwashError,
        'invalid value "maybe" for option `symbols`: ' + ACCEPTS_REMOVE_KEEP,
    ),
    ("clean, bad type", lambda: clean("x", symbols=1), TypeError, "option `symbols` takes a string, not int"),
    (
        "clean, unknown option",
        lambda: clean("x", colour="red"),
        TypeError,
        "unknown option `colour`: expected one of emoji, ",
    ),
    ("clean, bad container", lambda: clean(3), TypeError, "clean() expects a str, a missing value, or a column"),
    (
        "clean, no text",
        lambda: clean(),  # type: ignore[call-overload]
        TypeError,
        "clean() takes 1 positional argument (the text or column), 0 given",
    ),
    (
        "clean, two texts",
        lambda: clean("a", "b"),  # type: ignore[call-overload]
        TypeError,
        "clean() takes 1 positional argument (the text or column), 2 given",
    ),
    (
        "clean, bad normalize",
        lambda: clean("x", normalize="NFX"),
        TextwashError,
        'invalid value "NFX" for option `normalize`: expected one of "NFC", "NFKC", "NFD", "NFKD"',
    ),
    (
        "clean, bad bidi",
        lambda: clean("x", bidi="sideways"),
        TextwashError,
        'invalid value "sideways" for option `bidi`: expected one of "restore", "remove", "keep"',
    ),
    (
        "clean, homoglyphs take no keep",
        lambda: clean("x", homoglyphs="keep"),
        TextwashError,
        'invalid value "keep" for option `homoglyphs`: expected one of "restore", "remove"',
    ),
    (
        "clean, bad flag",
        lambda: clean("x", lowercase="yes"),
        TypeError,
        "option `lowercase` takes True or False, not str",
    ),
    (
        "clean, bad replacement",
        lambda: clean("x", urls=1.0),
        TypeError,
        "option `urls` takes a string or None, not float",
    ),
    (
        "clean, bad threads value",
        lambda: clean(["a"], threads=0),
        TextwashError,
        "option `threads` takes an int > 0, not 0",
    ),
    ("clean, bad threads type", lambda: clean(["a"], threads="2"), TypeError, "option `threads` takes an int, not str"),
    # junk
    (
        "junk, bad value",
        lambda: junk("x", invisible="hide"),
        TextwashError,
        'invalid value "hide" for option `invisible`: ' + ACCEPTS_REMOVE_KEEP,
    ),
    ("junk, bad type", lambda: junk(3), TypeError, "junk() expects a str, got int"),
    # Cleaner
    (
        "Cleaner, bad value",
        lambda: Cleaner(quotes="curly"),
        TextwashError,
        'invalid value "curly" for option `quotes`: expected one of "keep", "ascii"',
    ),
    ("Cleaner, bad type", lambda: Cleaner(emoji=3), TypeError, "option `emoji` takes a string, not int"),
    ("Cleaner.clean, bad container", lambda: Cleaner().clean(3), TypeError, "clean() expects a str, a missing value"),
    # extract
    (
        "extract, bad kind",
        lambda: extract("x", "emojis"),
        TextwashError,
        'invalid value "emojis" for option `kinds`: expected one of "emoji", ',
    ),
    (
        "extract, bad container",
        lambda: extract(3, "url"),
        TypeError,
        "extract() expects a str, a missing value, or a column",
    ),
    (
        "extract, bad region",
        lambda: extract("x", "phone", region="Narnia"),
        TextwashError,
        'invalid value "Narnia" for option `region`: expected a two-letter CLDR region code',
    ),
    (
        "extract, bad clean option",
        lambda: extract("x", "junk", styled="maybe"),
        TextwashError,
        'invalid value "maybe" for option `styled`: ' + ACCEPTS_REMOVE_KEEP,
    ),
    (
        "extract, unclosed group",
        lambda: extract("x", pattern="(a"),
        TextwashError,
        "invalid value for option `pattern`: regex parse error",
    ),
    (
        "extract, no group",
        lambda: extract("x", pattern="a"),
        TextwashError,
        "invalid value for option `pattern`: pattern contains no capture groups",
    ),
    (
        "extract, bad flags",
        lambda: extract("x", pattern="(a)", flags=re.ASCII),
        TextwashError,
        "option `flags`: 0x100 is not supported: the regex engine takes re.IGNORECASE",
    ),
    (
        "extract, bad expand",
        lambda: extract("x", pattern="(a)", expand="yes"),
        TypeError,
        "option `expand` takes True or False, not str",
    ),
    (
        "extract, kinds and pattern",
        lambda: extract("x", "url", pattern="(a)"),
        TypeError,
        "extract() takes `kinds` or `pattern`, not both",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_entry_point_raises_the_exact_class_with_a_message(
    call: Callable[[], Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(Exception) as info:  # the exact class is asserted below
        call()
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    assert str(info.value).startswith(message), str(info.value)


def test_textwash_error_is_a_value_error() -> None:
    assert issubclass(textwash.TextwashError, ValueError)
