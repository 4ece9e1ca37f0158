"""Instructions per row of the yardstick's text, counted by callgrind: a measure that does not move
with the load of a shared machine, next to the MB/s of bench_yardstick.py, which does.

    python benches/bench_instructions.py                  # this checkout, ~2 minutes
    python benches/bench_instructions.py --base 874c1a0   # and a commit to compare with, ~4 minutes

Data: benches/yardstick.py's four throughput corpora (noisy "english" and "mixed", and the same
documents without junk), the first --rows strings of each. The counted program is
examples/rows.rs (`Cleaner::default().clean` on every row); with --base, the same file is built
against that commit in a git worktree. This checkout is counted a second time with the
restorations of POLICY.md §6 off (`homoglyphs`, `bidi` and `backspaces` set to "remove"): what
they cost each corpus, and what they cost noisy rows that hold nothing for them to restore (#10:
"text with no bidi controls and no mixed-script words pays nothing measurable"): documents of
benches/yardstick.py with its junk, kept only when the junk holds no bidi control and no letter of
another script, which makes a word of two scripts (--rows of them, 1,000 at most). Each corpus
is cleaned once and twice under `valgrind --tool=callgrind`; the difference is one round in the
steady state, without the tables built on first use. Needs valgrind.

With --locales, the same count on each locale of the yardstick alone, noisy and without its
junk (--rows documents each, 300 by default): what one script or one language costs, which the
two mixes average away. Writes instructions-locales.md.

Writes instructions.md to benches/results/ (--out to change).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import itertools
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yardstick

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benches" / "results"
CORPORA = ("english", "mixed", "english-clean", "mixed-clean")
# Options that judge text by POLICY.md §1–§2 alone, without the restorations of §6 (R19–R22).
WITHOUT_RESTORATIONS = ("homoglyphs=remove", "bidi=remove", "backspaces=remove")


def written(directory: Path, name: str, texts: list[str]) -> tuple[Path, int]:
    """`texts` written NUL-separated to `directory`/`name`.bin: the file, and its UTF-8 size."""
    path = directory / f"{name}.bin"
    data = "\0".join(texts).encode()
    path.write_bytes(data)
    return path, len(data)


def corpora(rows: int, directory: Path) -> dict[str, tuple[Path, int]]:
    """Each corpus's first `rows` strings, NUL-separated, and their UTF-8 size."""
    out = {}
    for kind in ("english", "mixed"):
        corpus = yardstick.throughput_corpus(kind, mb=rows * 450 / 1e6 + 0.1)
        for name, texts in ((kind, corpus.noisy[:rows]), (f"{kind}-clean", corpus.clean[:rows])):
            out[name] = written(directory, name, texts)
    return out


# Bidi embeddings, overrides and isolates, and their closers (U+202A–202E, U+2066–2069).
BIDI_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))


def unmixed_corpora(rows: int, directory: Path) -> dict[str, tuple[Path, int, str]]:
    """Noisy rows with nothing for the restorations of §6 ("english-unmixed", "mixed-unmixed"):
    documents with the yardstick's junk (English; all locales in turn), kept when the junk holds
    no bidi control and no letter of another script (class "foreign"), NUL-separated, and their
    UTF-8 size; `rows` of each, and how many of the documents drawn were kept."""
    out = {}
    for kind, locales in (("english", ("en_US",)), ("mixed", yardstick.LOCALES)):
        rng = random.Random(f"instructions:unmixed:{kind}")
        # About two documents in three qualify.
        per_locale = -(-rows * 2 // len(locales))
        by_locale = []
        for locale in locales:
            docs = yardstick.documents(locale, per_locale, "unmixed")
            samples = [yardstick.add_junk(doc, rng, locale) for doc in docs]
            by_locale.append(
                [
                    s.noisy
                    for s in samples
                    if not any(j.cls == "foreign" for j in s.junk) and BIDI_CONTROLS.isdisjoint(s.noisy)
                ]
            )
        # The locales in turn, as the mixed corpus has them in equal numbers.
        texts = [t for group in itertools.zip_longest(*by_locale) for t in group if t is not None][:rows]
        if len(texts) < rows:
            sys.exit(f"only {len(texts)} {kind} documents hold nothing for §6 to restore, fewer than {rows}")
        kept = sum(map(len, by_locale))
        drawn = per_locale * len(locales)
        share = f"{kept:,} of {drawn:,} ({kept / drawn:.0%})"
        out[f"{kind}-unmixed"] = (*written(directory, f"{kind}-unmixed", texts), share)
    return out


def locale_corpora(rows: int, directory: Path) -> dict[str, tuple[Path, int]]:
    """Each locale's first `rows` documents, noisy ("LOCALE") and without their junk
    ("LOCALE-clean"), NUL-separated, and their UTF-8 size."""
    out = {}
    for locale in yardstick.LOCALES:
        rng = random.Random(f"instructions:{locale}")
        samples = [yardstick.add_junk(doc, rng, locale) for doc in yardstick.documents(locale, rows, "instructions")]
        for name, texts in ((locale, [s.noisy for s in samples]), (f"{locale}-clean", [s.clean for s in samples])):
            out[name] = written(directory, name, texts)
    return out


def locale_table(builds: dict[str, Path], rows: int, directory: Path, options: tuple[str, ...]) -> list[str]:
    """The lines of instructions-locales.md: per locale, instructions per row of each build."""
    data = locale_corpora(rows, directory)
    counts = {name: {c: per_row(p, path, rows, options) for c, (path, _) in data.items()} for name, p in builds.items()}
    names = list(builds)
    header = ["| locale | bytes per row (noisy / without junk) |"]
    header += [f" {name}: noisy | {name}: without junk |" for name in names]
    lines = ["".join(header), "|---|---:|" + "---:|---:|" * len(names) + ("---:|---:|" if len(names) == 2 else "")]
    if len(names) == 2:
        lines[0] += " change: noisy | change: without junk |"
    for locale in yardstick.LOCALES:
        row = f"| {locale} | {data[locale][1] / rows:,.0f} / {data[locale + '-clean'][1] / rows:,.0f} |"
        row += "".join(f" {counts[n][locale]:,.0f} | {counts[n][locale + '-clean']:,.0f} |" for n in names)
        if len(names) == 2:
            base, now = (counts[n] for n in names)
            row += "".join(f" {now[c] / base[c] - 1:+.1%} |" for c in (locale, f"{locale}-clean"))
        lines.append(row)
    return lines


def build(checkout: Path) -> Path:
    """examples/rows.rs built in release mode against `checkout`."""
    examples = checkout / "examples"
    examples.mkdir(exist_ok=True)
    if checkout != ROOT:
        shutil.copy(ROOT / "examples" / "rows.rs", examples / "rows.rs")
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "rows"], cwd=checkout, check=True)
    return checkout / "target" / "release" / "examples" / "rows"


def instructions(program: Path, corpus: Path, rounds: int, options: tuple[str, ...] = ()) -> int:
    run = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            str(program),
            str(corpus),
            str(rounds),
            *options,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected\s*:\s*([\d,]+)", run.stderr) or re.search(r"refs:\s*([\d,]+)", run.stderr)
    if not found:
        sys.exit(f"no instruction count in callgrind's output:\n{run.stderr}")
    return int(found.group(1).replace(",", ""))


def per_row(program: Path, corpus: Path, rows: int, options: tuple[str, ...] = ()) -> float:
    """Instructions of one steady-state round, per row."""
    return (instructions(program, corpus, 2, options) - instructions(program, corpus, 1, options)) / rows


@contextlib.contextmanager
def builds_of(base: str | None, tmp: Path) -> Iterator[dict[str, Path]]:
    """examples/rows.rs built against this checkout and, with `base`, against that commit in a git
    worktree, which is removed once the counting is over; base first."""
    builds = {f"this checkout ({commit_of(ROOT)})": build(ROOT)}
    if not base:
        yield builds
        return
    worktree = tmp / "base"
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(worktree), base], cwd=ROOT, check=True)
    try:
        yield {f"base ({base})": build(worktree), **builds}
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT, check=True)


def invocation(args: argparse.Namespace, options: tuple[str, ...], default_rows: int) -> str:
    """The command line that made a table, and when."""
    return (
        "`python benches/bench_instructions.py"
        + (" --locales" if args.locales else "")
        + (f" --base {args.base}" if args.base else "")
        + (f" --rows {args.rows}" if args.rows != default_rows else "")
        + "".join(f" --option {o}" for o in options)
        + f"` on {datetime.datetime.now(datetime.UTC).isoformat(timespec='seconds')}"
    )


def cleaning(options: tuple[str, ...]) -> str:
    return f"`clean` with {', '.join(options)}" if options else "`Cleaner::default().clean`"


def commit_of(checkout: Path) -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=checkout, capture_output=True, text=True, check=True
    ).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000, help="strings per corpus (default 10,000)")
    parser.add_argument("--base", help="a commit to compare with")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"directory for instructions.md (default {RESULTS})")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="clean with this option (repeatable); the results go to instructions-NAME=VALUE….md",
    )
    parser.add_argument("--locales", action="store_true", help="count each locale alone (instructions-locales.md)")
    args = parser.parse_args()
    if args.locales and args.rows == 10_000:
        args.rows = 300
    options = tuple(args.option)
    if not shutil.which("valgrind"):
        sys.exit("bench_instructions.py needs valgrind (apt-get install valgrind)")
    if args.locales:
        locales_main(args, options)
        return
    with tempfile.TemporaryDirectory(prefix="textwash-instructions-") as tmp, builds_of(args.base, Path(tmp)) as builds:
        data = corpora(args.rows, Path(tmp))
        counts = {name: {c: per_row(p, data[c][0], args.rows, options) for c in CORPORA} for name, p in builds.items()}
        # What the restorations of POLICY.md §6 cost: the same build judging by §1–§2 alone.
        head = builds[next(iter(name for name in builds if name.startswith("this checkout")))]
        without = {c: per_row(head, data[c][0], args.rows, options + WITHOUT_RESTORATIONS) for c in CORPORA}
        sizes = {c: data[c][1] / args.rows for c in CORPORA}
        unmixed_rows = min(args.rows, 1_000)
        unmixed = unmixed_corpora(unmixed_rows, Path(tmp))
        nothing = {
            c: (
                size / unmixed_rows,
                kept,
                per_row(head, path, unmixed_rows, options),
                per_row(head, path, unmixed_rows, options + WITHOUT_RESTORATIONS),
            )
            for c, (path, size, kept) in unmixed.items()
        }
    lines = [
        "# Instructions per row: textwash on the yardstick's text, counted by callgrind",
        "",
        invocation(args, options, 10_000)
        + f"; the first {args.rows:,} strings of each corpus of benches/yardstick.py; one steady-state round of "
        + cleaning(options)
        + " per row (examples/rows.rs), instructions counted by "
        "`valgrind --tool=callgrind` (the same on any load; time per instruction is not).",
        "",
        "| build | " + " | ".join(CORPORA) + " |",
        "|---|" + "---:|" * len(CORPORA),
        "| bytes per row | " + " | ".join(f"{sizes[c]:,.0f}" for c in CORPORA) + " |",
    ]
    for name, row in counts.items():
        lines.append(f"| {name}: instructions per row | " + " | ".join(f"{row[c]:,.0f}" for c in CORPORA) + " |")
        lines.append(f"| {name}: per byte | " + " | ".join(f"{row[c] / sizes[c]:,.1f}" for c in CORPORA) + " |")
    if len(counts) == 2:
        base, now = counts.values()
        lines.append("| change | " + " | ".join(f"{now[c] / base[c] - 1:+.0%}" for c in CORPORA) + " |")
    now = list(counts.values())[-1]
    lines += [
        "| this checkout, the restorations of §6 off (`"
        + " ".join(WITHOUT_RESTORATIONS)
        + "`) | "
        + " | ".join(f"{without[c]:,.0f}" for c in CORPORA)
        + " |",
        "| what §6 costs (default / off) | " + " | ".join(f"{now[c] / without[c] - 1:+.1%}" for c in CORPORA) + " |",
        "",
        f"Noisy rows with nothing for §6 to restore: {unmixed_rows:,} documents of benches/yardstick.py each, with its "
        "junk, kept when the junk holds no bidi control and no letter of another script (English; the 26 locales in "
        "turn); this checkout, the restorations on and off.",
        "",
        "| corpus | documents drawn that qualify | bytes per row | default | §6 off | what §6 costs |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for c, (size, kept, on, off) in nothing.items():
        lines.append(f"| {c} | {kept} | {size:,.0f} | {on:,.0f} | {off:,.0f} | {on / off - 1:+.1%} |")
    args.out.mkdir(parents=True, exist_ok=True)
    name = "instructions" + "".join(f"-{o}" for o in options) + ".md"
    (args.out / name).write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def locales_main(args: argparse.Namespace, options: tuple[str, ...]) -> None:
    """--locales: each locale alone, this checkout and --base."""
    with tempfile.TemporaryDirectory(prefix="textwash-instructions-") as tmp, builds_of(args.base, Path(tmp)) as builds:
        table = locale_table(builds, args.rows, Path(tmp), options)
    lines = [
        "# Instructions per row by locale: textwash on each locale of the yardstick alone, counted by callgrind",
        "",
        invocation(args, options, 300)
        + f"; {args.rows:,} documents of each locale of benches/yardstick.py, with the yardstick's junk and "
        "without it; one steady-state round of "
        + cleaning(options)
        + " per row (examples/rows.rs), instructions counted by `valgrind --tool=callgrind`.",
        "",
        *table,
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    name = "instructions-locales" + "".join(f"-{o}" for o in options) + ".md"
    (args.out / name).write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
