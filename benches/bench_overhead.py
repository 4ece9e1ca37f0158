"""Per-call overhead of `clean(s)` on a short `str`, next to the floor of any call into the native module.

    python benches/bench_overhead.py        # prints a table, writes benches/results/overhead.md

Each figure is nanoseconds per call: the best of 9 timed passes of a list comprehension over
10,000 distinct short strings, minus nothing. The floor is `textwash._textwash._noop`, a native
function that takes a `str` and returns it; a Python identity function shows the loop itself.
The issue's target: `clean(s)` within 1.5x of the floor.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

import textwash
from textwash import _textwash

ROOT = Path(__file__).resolve().parent.parent


def once(f: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter_ns()
    for t in texts:
        f(t)
    return (time.perf_counter_ns() - start) / len(texts)


def per_call(cases: list[Callable[[str], object]], texts: list[str]) -> list[float]:
    """The best of 9 passes of each case, the cases taking turns within each pass, so that a slow
    spell of the machine does not fall on one of them only."""
    best = [float("inf")] * len(cases)
    for _ in range(9):
        for i, f in enumerate(cases):
            best[i] = min(best[i], once(f, texts))
    return best


def main() -> None:
    ascii_rows = [f"row {i} of plain words" for i in range(10_000)]
    other_rows = [f"Строка {i}, café" for i in range(10_000)]
    cleaner = textwash.Cleaner()
    noop = _textwash._noop
    cases: list[tuple[str, Callable[[str], object]]] = [
        ("Python identity function (the loop)", lambda s: s),
        ("`_noop(s)`: a native call that returns its str (the floor)", noop),
        ("`textwash.clean(s)`", textwash.clean),
        ("`Cleaner().clean(s)`", cleaner.clean),
        ("`textwash.clean(s, lowercase=True)` (options parsed per call)", lambda s: textwash.clean(s, lowercase=True)),
    ]
    lines = [
        "# Per-call overhead of `clean(s)` on a short str",
        "",
        f"`python benches/bench_overhead.py`, {time.strftime('%Y-%m-%d')}, textwash {textwash.__version__}, "
        f"Python {platform.python_version()}, {platform.machine()}, 1 thread; ns per call, best of 9 passes "
        "over 10,000 distinct strings.",
        "",
        "| call | ASCII, ~22 bytes | Cyrillic and `é`, ~25 bytes | × the floor (ASCII) |",
        "|---|---:|---:|---:|",
    ]
    ascii_ns = per_call([f for _, f in cases], ascii_rows)
    other_ns = per_call([f for _, f in cases], other_rows)
    floor = ascii_ns[1]
    for (name, _), a, b in zip(cases, ascii_ns, other_ns, strict=True):
        lines.append(f"| {name} | {a:.0f} | {b:.0f} | {a / floor:.2f} |")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    (ROOT / "benches" / "results" / "overhead.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
