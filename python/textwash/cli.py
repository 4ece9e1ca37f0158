"""The `textwash` command: `textwash demo`, `textwash clean` and `textwash extract` (see `_run.py`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from importlib import resources
from typing import Any, TextIO

from . import KINDS, OPTIONS, __version__, clean, junk

_REASON_COLOURS = {
    "emoji": "43",
    "symbol": "45",
    "styled": "46",
    "intruder": "41",
    "invisible": "44",
    "drop": "47",
    "backspace": "44",
    "bidi": "44",
    "homoglyph": "42",
}


_EXAMPLES = """examples:
  textwash clean posts.csv -o clean.csv --column text
  textwash clean posts.parquet -o clean.parquet --column title --column body --urls "<URL>"
  textwash clean notes.txt > clean.txt             (plain text: one document per line)
  cat posts.jsonl | textwash clean --format jsonl --column text --output-column clean
  textwash clean 'data/*.csv' -o clean.parquet     (a directory or glob is one dataset)
"""

_EXTRACT_EXAMPLES = """examples:
  textwash extract posts.csv --column text --kinds url,email -o links.parquet
  textwash extract notes.txt --kinds junk           (JSON Lines to standard output)
"""


def _files_arguments(cmd: argparse.ArgumentParser) -> None:
    """The arguments `clean` and `extract` share: what to read and write, and how."""
    cmd.add_argument("input", nargs="?", help="a file, a directory or a glob; standard input when absent or -")
    cmd.add_argument("-o", "--output", help="the file to write; standard output when absent")
    cmd.add_argument(
        "--column",
        action="append",
        help="a column of text (repeatable; default: text). Other columns pass through untouched",
    )
    # The formats of `_files.FORMATS` (a test checks), named here so that `demo` needs no pyarrow.
    cmd.add_argument("--format", help="the input's format: csv, tsv, jsonl, parquet, txt (default: from the extension)")
    cmd.add_argument("--output-format", help="the output's format (default: from -o's extension, else the input's)")
    cmd.add_argument(
        "--errors",
        choices=["strict", "replace"],
        default="strict",
        help="bytes that are not UTF-8: stop with their offset (strict, default) or write U+FFFD (replace)",
    )
    cmd.add_argument("--threads", type=int, help="threads that clean (default: every core)")
    cmd.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="textwash", description="Clean noisy text, keeping legitimate text intact.")
    parser.add_argument("--version", action="version", version=f"textwash {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="clean the bundled noisy article, showing every removal")
    demo.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="highlight with colour")
    cmd = commands.add_parser(
        "clean",
        help="clean the text columns of CSV, TSV, JSON Lines, Parquet or plain text, streaming",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _files_arguments(cmd)
    cmd.add_argument(
        "--output-column",
        action="append",
        help="write the cleaned text to this new column, keeping the original (one per --column)",
    )
    # A flag for every option of clean(), from the core's one table of them.
    for spec in OPTIONS:
        name, kind, default = spec["name"], spec["type"], spec["default"]
        if kind == "flag":
            cmd.add_argument(f"--{name}", action="store_true", default=None, help=spec["help"])
            continue
        choices: list[str] | None = None
        if kind == "choice":
            choices = list(spec["choices"])
        elif kind == "choice or None":
            choices = [*spec["choices"], "none"]
        shown = "none" if default is None else repr(default)
        cmd.add_argument(f"--{name}", choices=choices, help=f"{spec['help']} (default {shown})")
    ext = commands.add_parser(
        "extract",
        help="one row per item found (row, kind, text, start, end, value), streaming",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _files_arguments(ext)
    ext.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds (default: all)")
    ext.add_argument("--dayfirst", action="store_true", help="read 01/02/2023 as 1 February")
    ext.add_argument("--region", help='region of national phone numbers, e.g. "GB"')
    return parser


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for spec in OPTIONS:
        value = getattr(args, spec["name"])
        if value is not None:
            options[spec["name"]] = None if (spec["type"] == "choice or None" and value == "none") else value
    return options


# One example of each perturbation of POLICY.md §6 ("Bad Characters", Boucher et al. 2022).
_SWAPPED_PAIR = "\u202d\u2066\u202e\u2066{b}\u2069\u2066{a}\u2069\u202c\u2069\u202c"
PERTURBED = [
    ("invisible", "Don't trust the beha\u200dvior of this acc\u200bount."),
    ("homoglyph", "Log in at p\u0430ypal.com to see the \u0455\u0441\u043e\u0440\u0435 of the offer."),
    ("reordering", "Send the money to acc" + _SWAPPED_PAIR.format(a="o", b="u") + "nt 42."),
    ("deletion", "The cat\br is ready."),
]


def _shown(piece: str) -> str:
    return piece if piece.isprintable() else piece.encode("unicode_escape").decode("ascii")


def highlight(text: str, colour: bool) -> str:
    """`text` with every piece of junk marked, coloured by reason or as ⟦junk⟧; a replaced piece
    shows what replaces it, ⟦а→a⟧."""
    out: list[str] = []
    last = 0
    for start, end, reason, replacement in junk(text):
        out.append(text[last:start])
        shown = _shown(text[start:end]) + (f"→{_shown(replacement)}" if replacement else "")
        if colour:
            out.append(f"\x1b[{_REASON_COLOURS.get(reason, '7')};30m{shown}\x1b[0m")
        else:
            out.append(f"⟦{shown}⟧")
        last = end
    out.append(text[last:])
    return "".join(out)


def _use_colour(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and "NO_COLOR" not in os.environ


def demo(colour: bool) -> str:
    """The demo's report: the noisy article with removals marked, a summary, and the clean text."""
    text = resources.files("textwash").joinpath("data/article_noisy.txt").read_text(encoding="utf-8")
    found = junk(text)
    counts = Counter(reason for _, _, reason, _ in found)
    summary = ", ".join(f"{n} {reason}" for reason, n in counts.most_common())
    perturbed = "".join(
        f"  {name:<11}{highlight(sentence, colour)}\n  {'':<11}{clean(sentence)}\n" for name, sentence in PERTURBED
    )
    return (
        "── noisy article, junk marked " + "─" * 40 + "\n"
        f"{highlight(text, colour)}\n\n"
        f"── {len(found)} removals: {summary}\n\n"
        "── clean text " + "─" * 56 + "\n"
        f"{clean(text)}\n\n"
        "── what the reader sees: imperceptible perturbations, marked, then restored " + "─" * 4 + "\n"
        f"{perturbed}"
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `textwash` command."""
    args = _parser().parse_args(argv)
    if args.command == "demo":
        sys.stdout.write(demo(_use_colour(args.color, sys.stdout)))
        return 0
    from ._run import run

    return run(args, _options(args) if args.command == "clean" else {})


if __name__ == "__main__":
    raise SystemExit(main())
