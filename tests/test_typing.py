"""The stub types real calls: options are checked by name and type, missing values keep their type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GOOD = r"""
import textwash
a: str = textwash.clean("x", emoji="name", urls=None, lowercase=True, normalize=None)
b: None = textwash.clean(None)
c: float = textwash.clean(float("nan"))
spans: list[tuple[int, int, str, str]] = list(textwash.junk("x"))
emoji: list[str] = textwash.extract("x", "emoji")
matches: list[textwash.Match] = textwash.extract("x", "money", spans=True)
by_kind: dict[str, list[str]] = textwash.extract("x", ["url", "email"])
groups: tuple[str | None, ...] | None = textwash.extract("a1", pattern=r"(a)(\d)")
every: list[tuple[str | None, ...]] = textwash.extract("a1", pattern=r"(a)(\d)", all=True)
"""
BAD = """
import textwash
textwash.clean("x", colour="red")
textwash.clean("x", whitespace="squash")
n: int = textwash.extract("x", "emoji")
textwash.extract("x", "emojis")
"""


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "snippet.py"
    path.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        cwd=tmp_path,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )


def test_well_typed_calls_pass(tmp_path: Path) -> None:
    result = mypy(tmp_path, GOOD)
    assert result.returncode == 0, result.stdout


def test_unknown_options_and_values_are_caught(tmp_path: Path) -> None:
    result = mypy(tmp_path, BAD)
    assert result.returncode == 1
    assert "colour" in result.stdout
    assert "snippet.py:4: error" in result.stdout  # whitespace="squash"
    assert "snippet.py:5: error" in result.stdout  # extract gives a list
    assert "snippet.py:6: error" in result.stdout  # no kind "emojis"
