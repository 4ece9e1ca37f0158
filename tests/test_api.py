"""The Python API of textwash: exports, types, errors, offsets, docs and threads."""

from __future__ import annotations

import doctest
import pydoc
import re
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import legit_lines, read_data

import textwash

# Every option of clean(), from the core's one table of them.
OPTION_NAMES = [spec["name"] for spec in textwash.OPTIONS]


def test_module_exports() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?", textwash.__version__)
    assert textwash.UNICODE_VERSION == "18.0.0"
    assert sorted(textwash.__all__) == [
        "Cleaner",
        "KINDS",
        "Match",
        "OPTIONS",
        "REASONS",
        "TextwashError",
        "UNICODE_VERSION",
        "__version__",
        "clean",
        "extract",
        "junk",
    ]
    for name in textwash.__all__:
        assert hasattr(textwash, name)


@pytest.mark.parametrize("form", [None, "NFC", "NFKC", "NFD", "NFKD"])
def test_junk_goes_whatever_the_normalisation(form: str | None) -> None:
    # With normalize=None no junk was removed at all (found in #9's review).
    assert textwash.clean("dis🍌tricts seveౠral", normalize=form) == "districts several"


def test_clean_text_is_returned_as_the_same_object() -> None:
    text = "".join(["already ", "clean text"])  # built at run time, not an interned literal
    assert textwash.clean(text) is text


@pytest.mark.parametrize("missing", [None, float("nan")], ids=["None", "nan"])
def test_missing_values_pass_through(missing: float | None) -> None:
    assert textwash.clean(missing) is missing
    assert textwash.clean(missing, lowercase=True) is missing


@pytest.mark.parametrize("value", [3, 1.5, b"bytes", {"a": 1}], ids=["int", "float", "bytes", "dict"])
def test_non_str_raises_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        textwash.clean(value)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\ud800b", "ab"), ("\udfff", ""), ("x\udc80\ud800y🍌", "xy"), ("\ud83c\udf4c", "")],
    ids=["high", "low alone", "several", "pair of lone surrogates"],
)
def test_lone_surrogates_are_dropped(text: str, expected: str) -> None:
    assert textwash.clean(text) == expected


def test_junk_offsets_count_lone_surrogates() -> None:
    # Offsets index the text the caller passed in, lone surrogates included.
    text = "a\ud800b🍌c"
    assert "🍌" in [text[start:end] for start, end, _, _ in textwash.junk(text)]


def test_junk_reports_the_lone_surrogates_clean_drops() -> None:
    assert textwash.junk("a\ud800b🍌c") == [(1, 2, "invisible", ""), (3, 4, "emoji", "")]


def test_unknown_option_names_it_and_lists_valid_names() -> None:
    with pytest.raises(TypeError) as info:
        textwash.clean("x", colour="red")  # type: ignore[call-overload]
    message = str(info.value)
    assert "colour" in message
    for name in OPTION_NAMES:
        assert name in message


@pytest.mark.parametrize(
    ("option", "value", "typename"),
    [("emoji", 3, "int"), ("lowercase", "yes", "str"), ("normalize", True, "bool"), ("urls", 1.0, "float")],
)
def test_wrong_type_names_option_and_type(option: str, value: object, typename: str) -> None:
    with pytest.raises(TypeError) as info:
        textwash.clean("x", **{option: value})  # type: ignore[call-overload]
    assert option in str(info.value)
    assert typename in str(info.value)


@pytest.mark.parametrize(
    ("option", "value", "allowed"),
    [
        ("symbols", "maybe", ["remove", "keep"]),
        ("normalize", "NFX", ["NFC", "NFKC", "NFD", "NFKD"]),
        ("whitespace", "squash", ["tidy", "collapse", "keep"]),
        ("quotes", "curly", ["keep", "ascii"]),
    ],
)
def test_bad_value_raises_textwash_error(option: str, value: str, allowed: list[str]) -> None:
    with pytest.raises(textwash.TextwashError) as info:
        textwash.clean("x", **{option: value})  # type: ignore[call-overload]
    assert isinstance(info.value, ValueError)
    message = str(info.value)
    assert option in message
    assert value in message
    for name in allowed:
        assert name in message


def test_junk_rejects_bad_options_like_clean() -> None:
    with pytest.raises(TypeError, match="colour"):
        textwash.junk("x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(textwash.TextwashError, match="symbols"):
        textwash.junk("x", symbols="maybe")  # type: ignore[arg-type]


def test_textwash_error_is_a_value_error() -> None:
    assert issubclass(textwash.TextwashError, ValueError)


def test_junk_tuples() -> None:
    assert textwash.junk("dis🍌tricts, seveౠral") == [(3, 4, "emoji", ""), (16, 17, "intruder", "")]
    assert textwash.junk("I like 🍌", emoji="<E>") == [(7, 8, "emoji", "<E>")]
    assert textwash.junk("clean text") == []


def test_junk_offsets_are_code_points_after_astral_characters() -> None:
    # U+20000 and U+1D465 (math italic x) are 4 UTF-8 bytes and 2 UTF-16 units but one code point.
    text = "𠀀𠀁 let 𝑥 be dis🍌tricts 👨‍👩‍👧 seveౠral"
    found = textwash.junk(text)
    assert [(text[start:end], reason) for start, end, reason, _ in found] == [
        ("🍌", "emoji"),
        ("👨‍👩‍👧", "emoji"),
        ("ౠ", "intruder"),
    ]


def test_emoji_replacements_are_written_in_once_the_text_is_judged() -> None:
    # POLICY R23: the names' letters make no word an intruder; a short code is read as its emoji
    # and is no junk; a replacement text is not lower-cased.
    assert textwash.clean("да😂 :joy:", emoji="name") == "да:joy: :joy:"
    assert textwash.junk("да😂 :joy:", emoji="name") == [(2, 3, "emoji", ":joy:")]
    assert textwash.clean("I like 🍌", emoji="<EMOJI>", lowercase=True) == "i like <EMOJI>"


def test_junk_and_clean_agree() -> None:
    text = read_data("article_noisy.txt")
    rebuilt, last = [], 0
    for start, end, _, replacement in textwash.junk(text):
        rebuilt.append(text[last:start] + replacement)
        last = end
    rebuilt.append(text[last:])
    # clean() additionally tidies the spaces that removals leave behind.
    assert textwash.clean("".join(rebuilt)) == textwash.clean(text)
    assert textwash.clean("".join(rebuilt), whitespace="keep") == textwash.clean(text, whitespace="keep")


def test_help_mentions_every_option() -> None:
    assert textwash.clean.__doc__
    for doc in (textwash.clean.__doc__, pydoc.plain(pydoc.render_doc(textwash.clean))):
        for name in OPTION_NAMES:
            assert re.search(rf"\b{name}\b", doc), name


def _doctest_failures(obj: object, name: str) -> int:
    finder = doctest.DocTestFinder(exclude_empty=False)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    tests = finder.find(obj, name, globs={"clean": textwash.clean, "junk": textwash.junk, "textwash": textwash})
    examples = 0
    for test in tests:
        examples += len(test.examples)
        runner.run(test)
    assert examples > 0, f"{name} has no examples"
    return runner.summarize(verbose=False).failed


@pytest.mark.parametrize(
    ("obj", "name"),
    [(textwash.clean, "clean"), (textwash.junk, "junk"), (textwash, "textwash")],
    ids=["clean", "junk", "module"],
)
def test_docstring_examples(obj: object, name: str) -> None:
    assert _doctest_failures(obj, name) == 0


def test_long_text_is_cleaned_like_its_parts() -> None:
    noisy = read_data("article_noisy.txt")
    clean = read_data("article_clean.txt")
    copies = 50
    long_noisy = "\n".join([noisy] * copies)
    assert len(long_noisy.encode()) > 64 * 1024
    assert textwash.clean(long_noisy) == "\n".join([clean] * copies)


def test_threads_get_the_same_results_as_sequential_calls() -> None:
    noisy = read_data("article_noisy.txt")
    texts = [*legit_lines(), *noisy.splitlines(), "\n".join([noisy] * 10)] * 4
    sequential = [textwash.clean(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(textwash.clean, texts))
        threaded_with_options = list(pool.map(lambda t: textwash.clean(t, lowercase=True), texts))
    assert threaded == sequential
    assert threaded_with_options == [textwash.clean(t, lowercase=True) for t in texts]


def test_junk_reports_each_perturbation_with_its_replacement() -> None:
    assert textwash.junk("pаypal") == [(1, 2, "homoglyph", "a")]
    assert textwash.junk("cat\br") == [(2, 4, "backspace", "")]
    assert textwash.junk("x\u202eab\u202cy") == [(1, 5, "bidi", "ba")]
    assert textwash.clean("x\u202eab\u202cy") == "xbay"
    found = textwash.extract("pаypal", "junk", spans=True)
    assert found == [textwash.Match("junk", "а", 1, 2, "homoglyph", None, "a")]
    assert textwash.extract("dis🍌tricts", "junk", spans=True)[0].replacement == ""


def test_options_table_matches_the_stub_and_the_cli() -> None:
    """The stub's TypedDicts and `textwash clean --help` name exactly the options of the table."""
    import ast
    from pathlib import Path

    from textwash import cli

    assert len(OPTION_NAMES) == len(set(OPTION_NAMES)) == 22
    stub = ast.parse((Path(textwash.__file__).parent / "_textwash.pyi").read_text(encoding="utf-8"))
    typed = {
        node.target.id
        for cls in stub.body
        if isinstance(cls, ast.ClassDef) and cls.name in ("_JunkOptions", "_CleanOptions")
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    assert typed == set(OPTION_NAMES)
    parser = cli._parser()
    clean_cmd = next(a for a in parser._actions if a.dest == "command").choices["clean"]  # type: ignore[union-attr]
    files = {
        "help",
        "input",
        "output",
        "column",
        "format",
        "output_format",
        "errors",
        "threads",
        "quiet",
        "output_column",
    }
    flags = {a.dest for a in clean_cmd._actions} - files
    assert flags == set(OPTION_NAMES)
    for spec in textwash.OPTIONS:
        assert textwash.clean("x", **{spec["name"]: spec["default"]}) == "x"  # type: ignore[misc]


def test_kinds_and_reasons_come_from_the_core_tables() -> None:
    """The `Literal` types users see name exactly the core's kinds and reasons, in its order."""
    import ast
    import typing
    from pathlib import Path

    from textwash import _extract

    assert textwash.KINDS == typing.get_args(_extract.Kind) == _extract.KINDS
    assert textwash.KINDS[0] == "emoji" and textwash.KINDS[-1] == "junk" and len(textwash.KINDS) == 13
    stub = ast.parse((Path(textwash.__file__).parent / "_textwash.pyi").read_text(encoding="utf-8"))
    (reason,) = (
        node.value
        for node in stub.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_Reason" for t in node.targets)
    )
    assert isinstance(reason, ast.Subscript) and isinstance(reason.slice, ast.Tuple)
    assert tuple(ast.literal_eval(e) for e in reason.slice.elts) == textwash.REASONS
    assert {r for _, _, r, _ in textwash.junk("dis🍌tricts seveౠral \u200b")} <= set(textwash.REASONS)


def test_clean_keeps_reference_counts() -> None:
    """`clean` is a hand-written fastcall entry (src/python/fastcall.rs): it leaks no reference
    to its text or its options, and gives back the very object when nothing changes."""
    text, changed, option = "plain words", "dis\U0001f34ctricts", "keep"
    before = [sys.getrefcount(x) for x in (text, changed, option)]
    for _ in range(1000):
        assert textwash.clean(text) is text
        assert textwash.clean(changed) == "districts"
        assert textwash.clean(changed, emoji=option) is changed
    assert [sys.getrefcount(x) for x in (text, changed, option)] == before
