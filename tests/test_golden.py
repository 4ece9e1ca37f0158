"""The shared golden corpus (`tests/data/`), run through the Python binding; tests/golden.rs runs it
through the Rust core."""

from __future__ import annotations

import tomllib
import unicodedata
from typing import Any

import pytest
from conftest import DATA_DIR, legit_lines, read_data

import textwash


def _cases() -> list[Any]:
    cases = []
    for path in sorted((DATA_DIR / "clean").glob("*.toml")):
        with path.open("rb") as f:
            for case in tomllib.load(f)["case"]:
                cases.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return cases


CASES = _cases()
LEGIT = legit_lines()


def test_corpus_is_not_empty() -> None:
    assert len(CASES) > 50
    assert len(LEGIT) >= 40


@pytest.mark.parametrize("case", CASES)
def test_golden_case(case: dict[str, Any]) -> None:
    assert textwash.clean(case["input"], **case.get("options", {})) == case["expected"]


def test_reference_article_cleans_exactly() -> None:
    noisy = read_data("article_noisy.txt")
    clean = read_data("article_clean.txt")
    assert textwash.clean(noisy) == clean
    assert textwash.clean(clean) == clean


@pytest.mark.parametrize("line", LEGIT, ids=[line[:30] for line in LEGIT])
def test_legit_line_comes_back_as_its_nfc_form(line: str) -> None:
    assert textwash.clean(line) == unicodedata.normalize("NFC", line)
