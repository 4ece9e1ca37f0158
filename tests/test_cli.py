"""The `textwash` command, run as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import read_data

import textwash

ENV = {**os.environ, "PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8"}
ENV.pop("NO_COLOR", None)


def run(*args: str, stdin: str | None = None) -> str:
    """Runs `python -m textwash.cli ARGS` and returns its standard output (bytes in and out, so that
    line endings are seen exactly)."""
    result = subprocess.run(
        [sys.executable, "-m", "textwash.cli", *args],
        input=None if stdin is None else stdin.encode("utf-8"),
        capture_output=True,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8")


def fail(*args: str, stdin: str | None = None, code: int = 1) -> str:
    """Runs the command expecting it to fail with `code`; returns its one line on stderr."""
    result = subprocess.run(
        [sys.executable, "-m", "textwash.cli", *args],
        input=None if stdin is None else stdin.encode("utf-8"),
        capture_output=True,
        env=ENV,
        check=False,
    )
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert err.startswith("textwash: error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_demo_shows_marked_junk_and_the_clean_article() -> None:
    out = run("demo", "--color", "never")
    assert "dis⟦🍌⟧tricts" in out
    assert "⟦𝐆⟧its spokes⟦𝄹⟧person" in out
    assert read_data("article_clean.txt") in out
    assert "\x1b[" not in out


def test_demo_shows_each_perturbation_restored() -> None:
    out = run("demo", "--color", "never")
    assert "beha⟦\\u200d⟧vior" in out
    assert "p⟦а→a⟧ypal.com" in out
    for restored in [
        "Don't trust the behavior of this account.",
        "Log in at paypal.com to see the scope of the offer.",
        "Send the money to account 42.",
        "The car is ready.",
    ]:
        assert f"  {'':<11}{restored}\n" in out


def test_demo_with_colour_emits_ansi_escapes() -> None:
    out = run("demo", "--color", "always")
    assert "\x1b[" in out
    assert "⟦" not in out
    assert read_data("article_clean.txt") in out


def test_console_script() -> None:
    script = Path(sysconfig.get_path("scripts")) / ("textwash.exe" if os.name == "nt" else "textwash")
    result = subprocess.run(
        [str(script), "demo", "--color", "never"], capture_output=True, encoding="utf-8", env=ENV, check=True
    )
    assert result.stdout == run("demo", "--color", "never")


TEXT = "See HTTPS://Example.com/A?b=1 NOW, dis🍌tricts 𝐆its spokes𝄹person\nand  seveౠral questi🍌ons.\n"


@pytest.mark.parametrize(
    ("flags", "options"),
    [
        ([], {}),
        (["--urls", "<URL>", "--lowercase"], {"urls": "<URL>", "lowercase": True}),
        (["--emoji", "name", "--whitespace", "collapse"], {"emoji": "name", "whitespace": "collapse"}),
        (["--normalize", "none", "--symbols", "keep"], {"normalize": None, "symbols": "keep"}),
        (["--urls", ""], {"urls": ""}),
    ],
    ids=["defaults", "urls lowercase", "emoji name collapse", "normalize none", "urls removed"],
)
def test_clean_file_and_stdin_match_the_library(tmp_path: Path, flags: list[str], options: dict[str, object]) -> None:
    # Plain text is one document per line.
    expected = "".join(textwash.clean(line, **options) + "\n" for line in TEXT.splitlines())  # type: ignore[call-overload]
    path = tmp_path / "in.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    assert run("clean", str(path), *flags) == expected
    assert run("clean", *flags, stdin=TEXT) == expected
    assert run("clean", "-", *flags, stdin=TEXT) == expected


def test_invalid_utf8_stops_with_its_offset_or_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok\ndis\xfftricts\n")
    failed = fail("clean", str(path))
    assert "byte offset 6" in failed and "b'\\xff'" in failed
    # U+FFFD takes the byte's place; glued into a word, it is a symbol the default removes.
    assert run("clean", str(path), "--errors", "replace", "--symbols", "keep") == "ok\ndis\ufffdtricts\n"
    assert run("clean", str(path), "--errors", "replace") == "ok\ndistricts\n"


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_clean_keeps_crlf_line_endings(tmp_path: Path, source: str) -> None:
    text = "first line 🍌\r\nsecond line\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    out = run("clean", str(path)) if source == "file" else run("clean", stdin=text)
    assert out == "first line\r\nsecond line\r\n"


def test_bad_choice_is_rejected() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "textwash.cli", "clean", "--symbols", "maybe"],
        input="x",
        capture_output=True,
        encoding="utf-8",
        env=ENV,
        check=False,
    )
    assert result.returncode == 2
    assert "--symbols" in result.stderr


def test_extract_prints_json_lines(tmp_path: Path) -> None:
    import json

    text = "mail ann@example.org on 17 Feb 2023 🍌, or +44 20 7946 0958"
    path = tmp_path / "in.txt"
    path.write_text(text, encoding="utf-8")
    lines = [json.loads(line) for line in run("extract", str(path), "--kinds", "email,date,emoji,phone").splitlines()]
    assert [(m["kind"], m["text"]) for m in lines] == [
        ("email", "ann@example.org"),
        ("date", "17 Feb 2023"),
        ("emoji", "🍌"),
        ("phone", "+44 20 7946 0958"),
    ]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in lines)
    assert run("extract", "--kinds", "date", "--dayfirst", stdin="01/02/2023") == (
        '{"row": 0, "kind": "date", "text": "01/02/2023", "start": 0, "end": 10, "value": "2023-02-01", '
        '"currency": null, "replacement": null}\n'
    )
