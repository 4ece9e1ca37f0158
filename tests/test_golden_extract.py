"""The golden corpus of `extract` (`tests/data/extract/`, described in its README.md), run through
the Python binding; tests/golden_extract.rs runs it through the Rust core."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from conftest import DATA_DIR

import textwash
from textwash._extract import KINDS

FIELDS = ("kind", "text", "start", "end", "value", "currency", "replacement")


def _files() -> dict[str, list[dict[str, Any]]]:
    files = {}
    for path in sorted((DATA_DIR / "extract").glob("*.toml")):
        with path.open("rb") as f:
            files[path.stem] = tomllib.load(f)["case"]
    return files


FILES = _files()
CASES = [pytest.param(case, id=f"{stem}: {case['name']}") for stem, cases in FILES.items() for case in cases]


def _sorted(matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(matches, key=lambda m: (m["start"], KINDS.index(m["kind"]), m["end"]))


def test_the_corpus_covers_every_kind_with_unique_names() -> None:
    assert len(CASES) >= 150
    found = {m["kind"] for cases in FILES.values() for case in cases for m in case["expected"]}
    assert found == set(KINDS)
    for stem, cases in FILES.items():
        names = [case["name"] for case in cases]
        assert len(names) == len(set(names)), stem


@pytest.mark.parametrize("case", CASES)
def test_golden_extract_case(case: dict[str, Any]) -> None:
    text = case["input"]
    assert set(case) <= {"name", "input", "kinds", "options", "expected"}, "a misspelt key in the case"
    for m in case["expected"]:
        assert set(m) <= set(FIELDS), f"a misspelt key in {m}"
        assert text[m["start"] : m["end"]] == m["text"], f"the span does not hold its text: {m}"
    expected = [{field: m.get(field) for field in FIELDS} for m in case["expected"]]
    found = textwash.extract(text, case["kinds"], spans=True, **case.get("options", {}))
    got = [match._asdict() for matches in found.values() for match in matches]
    assert _sorted(got) == _sorted(expected)
