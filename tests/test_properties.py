"""Properties of `clean` that hold for any text (hypothesis)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from conftest import legit_lines
from hypothesis import example, given
from hypothesis import strategies as st

import textwash

# Any code point, lone surrogates included (they are rare in hypothesis' default alphabet, so add more).
any_char = st.one_of(st.characters(exclude_categories=()), st.characters(categories=["Cs"]))
any_text = st.text(any_char)
# Code points Python's own Unicode database (older than textwash's) knows, minus surrogates.
assigned_text = st.text(st.characters(exclude_categories=["Cs", "Cn"]))
surrogate_free_text = st.text(st.characters(exclude_categories=["Cs"]))

LEGIT_WORDS = sorted({word for line in legit_lines() for word in line.split()})
JUNK_CHARS = [
    "🍌", "⌚", "©️", "↔️", "▶️", "1️⃣", "1⃣", "👨‍👩‍👧", "🇫🇷", "🇫", "👍🏽", "🏽", "❤️", "🏴󠁧󠁢󠁥󠁮󠁧󠁿",
    "\u200b", "\ufeff", "\u2060", "\u00ad", "\u200d", "\u200c", "\ufe0f", "\u200e", "\u200f",
    "\u202a", "\u202e", "\u2066", "\u2069", "\u0001", "\u0085", "\ue000",
]  # fmt: skip
junk = st.one_of(
    st.sampled_from(JUNK_CHARS),
    st.characters(min_codepoint=0x2600, max_codepoint=0x27BF, exclude_categories=()),
    st.characters(min_codepoint=0x1D400, max_codepoint=0x1D7FF, exclude_categories=()),
)
separator = st.sampled_from([" ", " ", " ", "\n", ", ", ". ", "  ", "\t"])
# Legitimate words of many scripts with junk glued into, around and between them.
noisy_text = st.lists(
    st.tuples(st.sampled_from(LEGIT_WORDS), st.lists(junk, max_size=2), st.integers(0, 40), separator).map(
        lambda t: t[0][: t[2]] + "".join(t[1]) + t[0][t[2] :] + t[3]
    ),
    max_size=12,
).map("".join)
texts = st.one_of(any_text, noisy_text)

KEEP_EVERYTHING: dict[str, Any] = {
    "emoji": "keep",
    "symbols": "keep",
    "intruders": "keep",
    "styled": "keep",
    "invisible": "keep",
    "backspaces": "keep",
    "bidi": "keep",
    "homoglyphs": "remove",
    "normalize": None,
    "whitespace": "keep",
}
OPTION_SETS: list[dict[str, Any]] = [
    {"whitespace": "collapse"},
    {"lowercase": True},
    {"ascii": True},
    {"urls": "<URL>"},
    {"emoji": "<E>", "numbers": "<NUM>", "lowercase": True},
    {"urls": "", "emails": "<EMAIL>", "whitespace": "collapse", "lowercase": True},
]


@given(texts)
def test_clean_never_raises_and_returns_str(text: str) -> None:
    assert isinstance(textwash.clean(text), str)


def idempotence_regressions(test: Callable[..., None]) -> Callable[..., None]:
    """Texts hypothesis once found, run on every test run."""
    for text in [
        "x\u200c\u200c",  # an orphan ZWNJ pair is removed one ZWNJ per run
        "A¬A\u00b4AA",  # ¬ is notation between A and A, but glued inside a word once the accent goes
        "AA¢𐴰A",  # ¢ is glued inside the word once the intruder goes
    ]:
        test = example(text=text)(test)
    return test


@given(text=texts)
@idempotence_regressions
def test_clean_is_idempotent(text: str) -> None:
    once = textwash.clean(text)
    assert textwash.clean(once) == once


@pytest.mark.parametrize("options", OPTION_SETS, ids=str)
@given(text=texts)
@idempotence_regressions
def test_clean_is_idempotent_with_options(options: dict[str, Any], text: str) -> None:
    once = textwash.clean(text, **options)
    assert textwash.clean(once, **options) == once


@given(st.one_of(assigned_text, noisy_text.filter(lambda t: all(unicodedata.category(c) != "Cn" for c in t))))
def test_output_is_nfc(text: str) -> None:
    assert unicodedata.is_normalized("NFC", textwash.clean(text))


@given(st.one_of(surrogate_free_text, noisy_text))
def test_nothing_to_do_changes_nothing(text: str) -> None:
    assert textwash.clean(text, **KEEP_EVERYTHING) == text


# Found by hypothesis: a styled item (bold A + ZWNJ) overlaps the invisible item for that same ZWNJ.
@given(st.one_of(surrogate_free_text, noisy_text))
@example("\U0001d400\u200c\U0001d400")
def test_junk_spans_are_ordered_and_inside_the_text(text: str) -> None:
    last = 0
    for start, end, _, _ in textwash.junk(text):
        assert last <= start < end <= len(text)
        last = end
