"""extract(): textwash against pandas, polars and the Python extraction libraries, with each
contestant's output checked against the reference next to its speed.

    python -m pip install ".[bench]"
    python benches/bench_extract.py             # ~3 minutes on 2 cores; --rows 20000 for a quick run

Data: rows of ~180 characters cut from the bundled article, into which seeded items are
injected (emails, URLs, dates, money, emoji sequences). Writes benches/results/extract.{json,md}.
"""

from __future__ import annotations

import argparse
import functools
import json
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
from bench_py import corpus, rows

import textwash

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benches" / "results"

EMOJI = ["🍌", "👍🏽", "❤️", "🇫🇷", "👨‍👩‍👧", "1️⃣", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "😂"]
ITEMS = [
    lambda r: f"mail {r.choice(['ann', 'bo.li', 'x+tag'])}@{r.choice(['example.org', 'mail.example.co.uk'])}",
    lambda r: f"see https://example.com/{r.randrange(1000)}?q={r.randrange(99)}",
    lambda r: f"on {r.randrange(2000, 2030)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}",
    lambda r: f"paid ${r.randrange(1, 5000):,}.{r.randrange(100):02d}",
    lambda r: r.choice(EMOJI),
]
EMAIL = r"(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)"
DATE = r"(\d{4})-(\d{2})-(\d{2})"


def make_rows(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    base = rows(corpus("article_clean.txt"))
    out = []
    for i in range(n):
        words = base[i % len(base)].split(" ")
        for _ in range(rng.randint(0, 2)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(ITEMS)(rng))
        out.append(" ".join(words))
    return out


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def frames_equal(a: Any, b: Any) -> bool:
    try:
        if isinstance(b, pd.Series):
            pd.testing.assert_series_equal(a, b)
        else:
            pd.testing.assert_frame_equal(a, b)
    except AssertionError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    data = make_rows(args.rows)
    mb = sum(len(r.encode()) for r in data) / 1e6
    results: list[dict[str, Any]] = []

    def record(task: str, name: str, seconds: float, n: int, same: bool | str, share: float = 1.0) -> None:
        size = mb * share
        results.append(
            {
                "task": task,
                "contestant": name,
                "seconds": seconds,
                "rows": n,
                "MB/s": size / seconds,
                "rows/s": n / seconds,
                "same": same,
            }
        )
        print(
            f"{task:32} {name:40} {n / seconds:>12,.0f} rows/s {size / seconds:8.1f} MB/s  same output: {same}",
            flush=True,
        )

    n = len(data)
    for dtype in (object, "str"):
        s = pd.Series(data, dtype=dtype)
        label = "object" if dtype is object else "str"
        for task, pattern, every in [
            ("extract (email groups)", EMAIL, False),
            ("extractall (date groups)", DATE, True),
        ]:
            pandas_call = functools.partial(s.str.extractall if every else s.str.extract, pattern)
            t_pd, want = timed(pandas_call)
            record(task, f"pandas {label}", t_pd, n, True)
            for threads in (1, 2):
                ours = functools.partial(textwash.extract, s, pattern=pattern, all=every, threads=threads)
                t_tw, got = timed(ours)
                name = f"textwash {label}, {threads} thread{'s' * (threads > 1)}"
                record(task, name, t_tw, n, frames_equal(got, want))
    ps = pl.Series("t", data)
    t, theirs = timed(lambda: ps.str.extract_groups(EMAIL))
    record("extract (email groups)", "polars extract_groups", t, n, True)
    t, ours = timed(lambda: textwash.extract(ps, pattern=EMAIL))
    record(
        "extract (email groups)",
        "textwash polars",
        t,
        n,
        ours.dtype == theirs.dtype and ours.to_list() == theirs.to_list(),
    )

    # Built-in kinds against the Python libraries made for them.
    t_emoji, ours = timed(lambda: textwash.extract(data, "emoji"))
    ours_emoji = ours
    record("emoji", "textwash extract(list, 'emoji')", t_emoji, n, True)
    try:
        import emoji

        t, theirs = timed(lambda: [[e["emoji"] for e in emoji.emoji_list(r)] for r in data], repeat=1)
        record("emoji", "emoji.emoji_list", t, n, theirs == ours)
    except ImportError:
        print("emoji not installed", file=sys.stderr)
    t_url, ours = timed(lambda: textwash.extract(data, "url"))
    record("url", "textwash extract(list, 'url')", t_url, n, True)
    sample = data[: max(1, n // 20)]
    try:
        from urlextract import URLExtract

        extractor = URLExtract()
        t, theirs = timed(lambda: [extractor.find_urls(r) for r in sample], repeat=1)
        record("url", "urlextract (5% sample)", t, len(sample), theirs == ours[: len(sample)], share=len(sample) / n)
    except ImportError:
        print("urlextract not installed", file=sys.stderr)
    try:
        import advertools as adv

        t, theirs = timed(lambda: adv.extract_urls(sample)["urls"], repeat=1)
        record(
            "url",
            "advertools.extract_urls (5% sample)",
            t,
            len(sample),
            theirs == ours[: len(sample)],
            share=len(sample) / n,
        )
        t, theirs = timed(lambda: adv.extract_emoji(sample)["emoji"], repeat=1)
        same_emoji = theirs == ours_emoji[: len(sample)]
        record("emoji", "advertools.extract_emoji (5% sample)", t, len(sample), same_emoji, share=len(sample) / n)
    except ImportError:
        print("advertools not installed", file=sys.stderr)
    t, _ = timed(lambda: textwash.extract(data))
    record("all 13 kinds", "textwash extract(list)", t, n, "n/a")

    meta = {
        "rows": n,
        "MB": mb,
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
        "python": platform.python_version(),
        "textwash": textwash.__version__,
        "pandas": pd.__version__,
        "polars": pl.__version__,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "extract.json").write_text(json.dumps({"meta": meta, "results": results}, indent=1, ensure_ascii=False))
    lines = [
        f"{n:,} rows, {mb:.1f} MB; {meta['machine']}; Python {meta['python']}, "
        f"pandas {meta['pandas']}, polars {meta['polars']}",
        "",
    ]
    lines += ["| task | contestant | rows/s | MB/s | same output |", "|---|---|---:|---:|---|"]
    lines += [
        f"| {r['task']} | {r['contestant']} | {r['rows/s']:,.0f} | {r['MB/s']:.1f} | {r['same']} |" for r in results
    ]
    (RESULTS / "extract.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
