"""extract(): built-in kinds on every emoji sequence and random text, spans, columns, missing values,
and user regexes with pandas' own output (what each kind finds is the golden corpus, tests/data/extract/)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textwash
from textwash import Match, extract

# -- built-in kinds ---------------------------------------------------------------------------
# What each kind finds, with its offsets and values, and the hard negatives are the golden corpus
# (tests/data/extract/, run by test_golden_extract.py and tests/golden_extract.rs).


def test_every_emoji_sequence_is_one_item() -> None:
    import emoji as emoji_lib

    for seq in emoji_lib.EMOJI_DATA:
        if emoji_lib.EMOJI_DATA[seq].get("status", 2) != emoji_lib.STATUS["fully_qualified"]:
            continue
        assert extract(f"x{seq}y", "emoji") == [seq], seq


def test_spans_index_the_python_string() -> None:
    text = "𝐆its dis🍌tricts at ann@example.org 🇫🇷 on 17 Feb 2023"
    found = extract(text, spans=True)
    assert isinstance(found, dict) and set(found) == set(textwash._extract.KINDS)
    matches = [m for ms in found.values() for m in ms]
    assert matches
    for m in matches:
        assert isinstance(m, Match)
        assert text[m.start : m.end] == m.text


@given(st.text(alphabet=st.sampled_from("ab 1🍌𝐆ౠ@.#:/$%-é\u200b\U0001f1eb\U0001f1f7"), max_size=40))
def test_spans_always_slice_back(text: str) -> None:
    for ms in extract(text, spans=True).values():
        for m in ms:
            assert text[m.start : m.end] == m.text


JUNKY = st.text(alphabet=st.sampled_from("ab é🍌𝐆ౠ꧅ꦰ\u200b\u0301♕🇫👍🏽."), max_size=30)


@settings(max_examples=300)
@given(JUNKY)
def test_junk_is_exactly_what_clean_removes(text: str) -> None:
    """The junk spans, with their replacements (a styled word is folded, not removed), turn the
    text into `clean`'s output (without its whitespace tidying)."""
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    spans = extract(text, "junk", spans=True, whitespace="keep")
    edits = textwash.junk(text, whitespace="keep")
    assert [(m.start, m.end, m.value) for m in spans] == [(s, e, reason) for s, e, reason, _ in edits]
    out, at = [], 0
    for start, end, _, replacement in edits:
        out += [text[at:start], replacement]
        at = end
    # `clean` composes what a removal brings together (`a` + ZWSP + U+0301 becomes `á`).
    assert unicodedata.normalize("NFC", "".join(out) + text[at:]) == textwash.clean(text, whitespace="keep")
    assert extract(textwash.clean(text), "junk") == []


def test_missing_values_pass_through() -> None:
    nan = float("nan")
    assert extract(None, "url") is None
    assert extract(nan, "url") is nan
    assert extract(pd.NA, pattern="(a)") is pd.NA
    assert extract([None, "🍌"], "emoji") == [None, ["🍌"]]
    assert extract([None, "a1"], pattern=r"(a)(\d)") == [None, ("a", "1")]
    # A match whose groups took no part is a tuple of None, not a row without a match.
    assert extract(["b", "x", None], pattern=r"(a)?(c)?b") == [(None, None), None, None]
    assert extract(["b", "x"], pattern=r"(a)?b", expand=False) == [None, None]


# -- columns ----------------------------------------------------------------------------------

ROWS = ["mail ann@example.org 🍌", None, "no items", "see https://example.com #tag"]


def test_list_and_numpy_columns() -> None:
    out = extract(ROWS, ["email", "emoji", "url"])
    assert out[0] == {"emoji": ["🍌"], "url": [], "email": ["ann@example.org"]}
    assert out[1] is None and out[2] == {"emoji": [], "url": [], "email": []}
    assert extract(np.array(ROWS, dtype=object), "url") == [[], None, [], ["https://example.com"]]
    assert extract(np.array(["a 🍌", "b"]), "emoji") == [["🍌"], []]


@pytest.mark.parametrize("dtype", [object, "str", "string[python]", "string[pyarrow]"])
def test_pandas_wide_and_long(dtype: object) -> None:
    s = pd.Series(ROWS, index=[10, 11, 12, 13], name="t", dtype=dtype)
    wide = extract(s, ["emoji", "url", "hashtag"])
    assert list(wide.columns) == ["emoji", "url", "hashtag"]
    assert list(wide.index) == [10, 11, 12, 13]
    assert wide.loc[10, "emoji"] == ["🍌"] and wide.loc[13, "hashtag"] == ["#tag"]
    assert wide.loc[11, "url"] is None
    one = extract(s, "url")
    assert one.name == "t" and one.loc[13] == ["https://example.com"]
    long = extract(s, ["emoji", "url", "hashtag", "email"], long=True)
    assert long.index.names == [None, "match"]
    assert list(long.columns) == ["kind", "text", "start", "end", "value", "currency", "replacement"]
    assert long.loc[(13, 1), "text"] == "#tag"
    assert long.loc[(10, 0), "kind"] == "email" and long.loc[(10, 0), "start"] == 5
    assert s.textwash.extract("url").equals(one)


def test_arrow_and_polars() -> None:
    arr = pa.array(ROWS)
    out = extract(arr, ["emoji", "url"])
    assert isinstance(out, pa.StructArray)
    assert out.to_pylist()[0] == {"emoji": ["🍌"], "url": []}
    assert out.to_pylist()[1] is None
    long = extract(pa.chunked_array([ROWS[:2], ROWS[2:]]), ["url", "emoji"], long=True)
    assert long.column("row").to_pylist() == [0, 3]
    s = pl.Series("t", ROWS)
    ps = extract(s, ["emoji", "url"])
    assert isinstance(ps, pl.Series) and ps.name == "t"
    assert ps.to_list()[0] == {"emoji": ["🍌"], "url": []}
    df = pl.DataFrame({"t": ROWS})
    got = df.select(pl.col("t").textwash.extract(pattern=r"(?P<user>\w+)@(?P<host>[\w.]+)"))
    assert got["t"].to_list()[0] == {"user": "ann", "host": "example.org"}
    lazy = df.lazy().select(pl.col("t").textwash.extract("emoji")).collect()
    assert lazy["t"].to_list() == [["🍌"], None, [], []]


def test_threads_give_the_same_results() -> None:
    rows = [f"row {i} at 19:{i % 60:02d} 🍌 #t{i}" for i in range(5000)]
    assert extract(rows, threads=1) == extract(rows, threads=2)


# -- user regexes, like pandas ----------------------------------------------------------------


def test_regex_on_a_str() -> None:
    assert extract("x a1 b2", pattern=r"([ab])(\d)") == ("a", "1")
    assert extract("x a1 b2", pattern=r"([ab])(\d)", all=True) == [("a", "1"), ("b", "2")]
    assert extract("x", pattern=r"([ab])(\d)") is None
    assert extract("x a1", pattern=r"[ab](\d)", expand=False) == "1"
    assert extract("ΑΒΓ abc", pattern=r"(\p{Greek}+)") == ("ΑΒΓ",)
    assert extract("ABC", pattern="(abc)", case=False) == ("ABC",)
    assert extract("ABC", pattern="(abc)", flags=re.IGNORECASE) == ("ABC",)


PATTERNS = [
    r"([ab])(\d)",
    r"(?P<letter>[a-c]+)(?P<digit>\d)?",
    r"(a)|(b)",
    r"(?P<x>a*)",
    r"(\d+)\s*(?:x|y)?",
    r"(?P<first>[a-z])(?:-)(\d)",
    r"^(\w)",
    r"(é|e)(?P<rest>[a-z]*)",
]

TEXTS = st.one_of(st.none(), st.text(alphabet=st.sampled_from("abcxy12 -éE\t"), max_size=12))


def series(values: list[str | None], dtype: object, index: list[int] | None = None) -> pd.Series:
    return pd.Series(values, dtype=dtype, index=index)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(TEXTS, max_size=8),
    st.sampled_from(PATTERNS),
    st.sampled_from([object, "str", "string[python]", "string[pyarrow]"]),
    st.booleans(),
    st.booleans(),
)
def test_pandas_parity(values: list[str | None], pattern: str, dtype: object, expand: bool, ignore_case: bool) -> None:
    s = series(values, dtype, index=[7 * i for i in range(len(values))])
    flags = re.IGNORECASE if ignore_case else 0
    pd.testing.assert_frame_equal(
        extract(s, pattern=pattern, all=True, flags=flags), s.str.extractall(pattern, flags=flags)
    )
    want = s.str.extract(pattern, flags=flags, expand=expand)
    got = extract(s, pattern=pattern, flags=flags, expand=expand)
    if isinstance(want, pd.Series):
        pd.testing.assert_series_equal(got, want)
    else:
        pd.testing.assert_frame_equal(got, want)


def test_pandas_parity_with_a_multiindex_and_names() -> None:
    index = pd.MultiIndex.from_tuples([("a", 1), ("a", 2), ("b", 1)], names=["k", "n"])
    s = pd.Series(["a1a2", None, "b3"], index=index, name="col")
    pattern = r"(?P<l>[ab])(\d)"
    pd.testing.assert_frame_equal(extract(s, pattern=pattern, all=True), s.str.extractall(pattern))
    pd.testing.assert_frame_equal(extract(s, pattern=pattern), s.str.extract(pattern))
    pd.testing.assert_frame_equal(s.textwash.extract(pattern=pattern), s.str.extract(pattern))


def test_regex_on_arrow_and_lists() -> None:
    rows = ["a1 b2", None, "c"]
    assert extract(rows, pattern=r"([ab])(\d)", all=True) == {
        "row": [0, 0],
        "match": [0, 1],
        "1": ["a", "b"],
        "2": ["1", "2"],
    }
    out = extract(pa.array(rows), pattern=r"(?P<l>[ab])(\d)")
    assert out.to_pylist() == [{"l": "a", "2": "1"}, {"l": None, "2": None}, {"l": None, "2": None}]
    out = extract(pl.Series(rows), pattern=r"[ab](\d)", expand=False)
    assert out.to_list() == ["1", None, None]


def _patterns() -> st.SearchStrategy[str]:
    """Random patterns both engines accept, with one to three capture groups (some named).

    Left out, as documented differences: lazy quantifiers and alternatives that can match empty
    before others (an empty match preferred to a longer one), quantified groups, `$`, and classes
    that differ beyond ASCII."""
    atom = st.sampled_from(["a", "b", "c", "1", "2", " ", "-", "é", r"\d", r"\w", r"\s", ".", "[ab]", "[^a ]"])
    quantifier = st.sampled_from(["", "", "*", "+", "?", "{1,2}", "{2}"])
    piece = st.one_of(st.tuples(atom, quantifier), st.just((r"\b", "")))
    pieces = st.lists(piece, min_size=1, max_size=3)

    def nullable(run: list[tuple[str, str]]) -> bool:
        return all(q in ("*", "?") or a == r"\b" for a, q in run)

    def text_of(run: list[tuple[str, str]]) -> str:
        return "".join(a + q for a, q in run)

    run = pieces.map(text_of)
    # Every alternative but the last must match something: Python would take an empty match
    # of an earlier one and then retry for a longer match at the same place.
    body = st.tuples(st.lists(pieces.filter(lambda r: not nullable(r)), max_size=1), pieces).map(
        lambda t: "|".join([*map(text_of, t[0]), text_of(t[1])])
    )

    @st.composite
    def pattern(draw: st.DrawFn) -> str:
        groups = draw(st.integers(1, 3))
        parts = []
        for i in range(groups):
            if draw(st.booleans()):
                parts.append(draw(run))
            name = f"?P<n{i}>" if draw(st.booleans()) else ""
            parts.append(f"({name}{draw(body)})")
        if draw(st.booleans()):
            parts.append(draw(run))
        return ("^" if draw(st.booleans()) else "") + "".join(parts)

    return pattern()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(TEXTS, max_size=6),
    _patterns(),
    st.sampled_from([object, "str", "string[pyarrow]"]),
    st.booleans(),
)
def test_pandas_parity_on_random_patterns(
    values: list[str | None], pattern: str, dtype: object, ignore_case: bool
) -> None:
    s = series(values, dtype)
    flags = re.IGNORECASE if ignore_case else 0
    pd.testing.assert_frame_equal(
        extract(s, pattern=pattern, all=True, flags=flags), s.str.extractall(pattern, flags=flags)
    )
    pd.testing.assert_frame_equal(extract(s, pattern=pattern, flags=flags), s.str.extract(pattern, flags=flags))
