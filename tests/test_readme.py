"""README.md's claims: its examples run, its option table is true, its commands are the real ones."""

from __future__ import annotations

import ast
import doctest
import re
from pathlib import Path

import pytest

import textwash

README = Path(__file__).resolve().parent.parent / "README.md"
TEXT = README.read_text(encoding="utf-8")
# `clean(...)` → `'...'` pairs in the options table.
TABLE_EXAMPLES = re.findall(r"`(clean\(.*?\))` → `('.*?')`", TEXT)


def test_readme_doctests_pass() -> None:
    result = doctest.testfile(str(README), module_relative=False, globs={"textwash": textwash})
    assert result.attempted >= 6
    assert result.failed == 0


def test_the_options_table_has_an_example_per_row() -> None:
    assert len(TABLE_EXAMPLES) >= 13


@pytest.mark.parametrize(("call", "expected"), TABLE_EXAMPLES, ids=[c for c, _ in TABLE_EXAMPLES])
def test_options_table_examples(call: str, expected: str) -> None:
    assert eval(call, {"clean": textwash.clean}) == ast.literal_eval(expected)


def test_the_two_commands() -> None:
    assert "python -m pip install . && textwash demo" in TEXT
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = 'python -m pip install ".[test]" && cargo test --locked && python -m pytest'
    assert command in TEXT
    assert f"TEST_COMMAND='{command}'" in ci
