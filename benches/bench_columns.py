"""Whole-column cleaning: textwash against what pandas users reach for today, speed next to accuracy.

    python -m pip install ".[bench]"
    python benches/bench_columns.py            # ~15 minutes on 2 cores; --rows 100000 for a quick run

Data: rows of ~180 characters cut from the bundled article (English) and the 37-script legit corpus
(mixed scripts), into which seeded junk is injected (emoji sequences, pictographs, styled letters,
script intruders, invisible characters); the row before injection is the expected output. Every
contestant runs in its own process on the same Arrow file, so peak memory (max RSS) is its own.
Slow contestants run on a deterministic sample of rows; MB/s is computed on what they ran.

Writes benches/results/columns.json, columns.md and columns.png.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

from bench_py import rows  # the same ~180-character rows as the per-call benchmark

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
RESULTS = ROOT / "benches" / "results"
WORK = Path("/tmp/textwash-bench")

EMOJI = ["🍌", "🐻", "💃", "🔥", "👍🏽", "❤️", "🇫🇷", "👨‍👩‍👧", "1️⃣", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "😂", "🦩"]
PICTOGRAPHS = ["♕", "♌", "★", "𝄹", "🅰", "✂", "⠁", "🀄"]
STYLED = ["𝐆", "𝑨", "𝕏", "𝓂"]
INTRUDERS = ["ౠ", "꧅", "ꦰ", "Ჸ", "ꓸ", "ᬅ", "ꡀ", "𐬎"]
INVISIBLE = ["\u200b", "\u200e", "\u2060", "\ufeff", "\u00ad"]
# A regex for "remove symbols and invisible characters", the usual hand-written alternative.
SYMBOL_CLASS = r"[\p{So}\p{Cf}\p{Co}]"


def corpus_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [unicodedata.normalize("NFC", x) for x in lines if x.strip() and not x.startswith("#")]


def cut(lines: list[str]) -> list[str]:
    return rows(" ".join(lines))


def inject(row: str, rng: random.Random) -> str:
    """Glue 1 to 3 pieces of junk into words of `row` (intruders only into ASCII words)."""
    words = row.split(" ")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        word = words[i]
        if len(word) < 3:
            continue
        kind = rng.choice(["emoji", "pictograph", "styled", "intruder", "invisible"])
        if kind in ("styled", "intruder") and not word.isascii():
            kind = "emoji"
        pool = {"emoji": EMOJI, "pictograph": PICTOGRAPHS, "styled": STYLED, "intruder": INTRUDERS}.get(kind, INVISIBLE)
        at = rng.randrange(1, len(word)) if kind in ("intruder", "invisible") else rng.choice([0, len(word)])
        if kind in ("styled",):
            at = 0
        words[i] = word[:at] + rng.choice(pool) + word[at:]
    return " ".join(words)


def make_data(rows: int, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.feather as feather

    rng = random.Random(2026)
    english, mixed = cut(corpus_lines("article_clean.txt")), cut(corpus_lines("legit.txt"))
    for name, source in (("english", english), ("mixed", mixed)):
        expected = [source[i % len(source)] for i in range(rows)]
        noisy = [inject(r, rng) if rng.random() < 0.5 else r for r in expected]
        feather.write_feather(pa.table({"noisy": noisy, "expected": expected}), path / f"{name}.arrow")


# Contestants: name -> (rows to run at most, function from a pyarrow Table to a list of outputs).
def contestants() -> dict[str, tuple[int | None, Any]]:
    import textwash

    def as_list(t: Any) -> list[str]:
        return t.column("noisy").to_pylist()

    def pandas_series(t: Any) -> Any:
        return t.column("noisy").to_pandas()

    def tw(threads: int, kind: str) -> Any:
        def run(t: Any) -> Any:
            import pandas as pd
            import polars as pl

            col = {
                "list": as_list,
                "pandas": pandas_series,
                "arrow": lambda t: t.column("noisy"),
                "polars": lambda t: pl.from_arrow(t.column("noisy")),
            }[kind](t)
            start = time.perf_counter()
            out = textwash.clean(col, threads=threads)
            took = time.perf_counter() - start
            if isinstance(out, pl.Series):
                return out.to_list(), took
            if isinstance(out, pd.Series):
                return out.tolist(), took
            return (out.to_pylist() if hasattr(out, "to_pylist") else list(out)), took

        return run

    def loop(func: Any) -> Any:
        def run(t: Any) -> Any:
            rows = as_list(t)
            start = time.perf_counter()
            out = [func(r) for r in rows]
            return out, time.perf_counter() - start

        return run

    def series_apply(func: Any) -> Any:
        def run(t: Any) -> Any:
            s = pandas_series(t)
            start = time.perf_counter()
            out = s.apply(func)
            return out.tolist(), time.perf_counter() - start

        return run

    def polars_regex(t: Any) -> Any:
        import polars as pl

        s = pl.from_arrow(t.column("noisy"))
        start = time.perf_counter()
        out = s.str.replace_all(SYMBOL_CLASS, "")
        return out.to_list(), time.perf_counter() - start

    def pandas_regex(t: Any) -> Any:
        s = pandas_series(t)
        start = time.perf_counter()
        out = s.str.replace(SYMBOL_CLASS, "", regex=True)
        return out.tolist(), time.perf_counter() - start

    def regex_module(t: Any) -> Any:
        import regex

        pattern = regex.compile(SYMBOL_CLASS)
        return loop(lambda r: pattern.sub("", r))(t)

    def clean_text(r: str) -> str:
        from cleantext import clean

        return str(clean(r, no_emoji=True, to_ascii=False, lower=False, fix_unicode=False))

    def emoji_replace(r: str) -> str:
        import emoji

        return str(emoji.replace_emoji(r, ""))

    def demoji_replace(r: str) -> str:
        import demoji

        return str(demoji.replace(r, ""))

    def neattext(r: str) -> str:
        import neattext.functions as nfx

        return str(nfx.remove_emojis(r))

    def ftfy_fix(r: str) -> str:
        import ftfy

        return str(ftfy.fix_text(r, normalization="NFC", uncurl_quotes=False))

    return {
        "identity (Python loop)": (None, loop(lambda r: r)),
        "textwash: per-row loop": (None, loop(textwash.clean)),
        "textwash: Series.apply": (None, series_apply(textwash.clean)),
        "textwash: list, 1 thread": (None, tw(1, "list")),
        "textwash: list, 2 threads": (None, tw(2, "list")),
        "textwash: pandas, 1 thread": (None, tw(1, "pandas")),
        "textwash: pandas, 2 threads": (None, tw(2, "pandas")),
        "textwash: Arrow, 1 thread": (None, tw(1, "arrow")),
        "textwash: Arrow, 2 threads": (None, tw(2, "arrow")),
        "textwash: polars, 1 thread": (None, tw(1, "polars")),
        "textwash: polars, 2 threads": (None, tw(2, "polars")),
        "identity: Series.apply": (None, series_apply(lambda r: r)),
        "polars str.replace_all(symbol class)": (None, polars_regex),
        "pandas str.replace(symbol class)": (None, pandas_regex),
        "regex module sub(symbol class)": (200_000, regex_module),
        "emoji.replace_emoji": (20_000, loop(emoji_replace)),
        "demoji.replace": (3_000, loop(demoji_replace)),
        "clean-text clean(no_emoji)": (5_000, loop(clean_text)),
        "neattext remove_emojis": (50_000, loop(neattext)),
        "ftfy fix_text": (5_000, loop(ftfy_fix)),
    }


def worker(name: str, dataset: str) -> None:
    import pyarrow.feather as feather

    table = feather.read_table(WORK / f"{dataset}.arrow")
    limit, run = contestants()[name]
    if limit is not None and table.num_rows > limit:
        table = table.slice(0, limit)
    expected = table.column("expected").to_pylist()
    noisy_bytes = sum(len(r.encode("utf-8")) for r in table.column("noisy").to_pylist())
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out, took = run(table)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    correct = sum(1 for got, want in zip(out, expected, strict=True) if got == want)
    print(
        json.dumps(
            {
                "contestant": name,
                "data": dataset,
                "rows": table.num_rows,
                "seconds": took,
                "mb_per_s": noisy_bytes / took / 1e6,
                "rows_per_s": table.num_rows / took,
                "exact_rows": correct / table.num_rows,
                "peak_extra_mib": (peak - baseline) / 1024,
                "input_mib": noisy_bytes / 2**20,
            }
        )
    )


def chart(results: list[dict[str, Any]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    english = [r for r in results if r["data"] == "english"]
    fig, ax = plt.subplots(figsize=(10, 7))
    names = [r["contestant"] for r in english]
    colours = ["#2a7" if n.startswith("textwash") else "#999" for n in names]
    ax.barh(names, [r["mb_per_s"] for r in english], color=colours)
    ax.set_xscale("log")
    ax.invert_yaxis()
    ax.set_xlabel("MB/s, English noisy rows (log scale); label: rows restored exactly")
    for i, r in enumerate(english):
        ax.text(r["mb_per_s"] * 1.05, i, f"{r['exact_rows']:.0%}", va="center", fontsize=8)
    ax.set_title("Cleaning a column of noisy text: speed and accuracy")
    fig.tight_layout()
    fig.savefig(RESULTS / "columns.png", dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--worker", nargs=2, metavar=("CONTESTANT", "DATA"))
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    WORK.mkdir(exist_ok=True)
    make_data(args.rows, WORK)
    results = []
    for dataset in ("english", "mixed"):
        for name in contestants():
            proc = subprocess.run(
                [sys.executable, __file__, "--worker", name, dataset], capture_output=True, text=True, check=True
            )
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            results.append(result)
            print(
                f"{dataset:8} {name:40} {result['mb_per_s']:9.1f} MB/s {result['exact_rows']:7.1%} exact "
                f"{result['peak_extra_mib']:8.0f} MiB",
                flush=True,
            )
    import textwash

    meta = {
        "rows": args.rows,
        "python": sys.version.split()[0],
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}",
        "textwash": textwash.__version__,
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip(),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "columns.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    lines = [
        "| data | contestant | rows | MB/s | rows/s | rows restored exactly | peak extra MiB |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['data']} | {r['contestant']} | {r['rows']:,} | {r['mb_per_s']:.1f} | {r['rows_per_s']:,.0f} | "
            f"{r['exact_rows']:.1%} | {r['peak_extra_mib']:.0f} |"
        )
    (RESULTS / "columns.md").write_text("\n".join(lines) + "\n")
    chart(results)


if __name__ == "__main__":
    main()
