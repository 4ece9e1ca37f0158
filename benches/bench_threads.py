"""Two threads against one, outside the yardstick's rounds: textwash.clean on a pa.Array of each
yardstick corpus, calls of 1 and 2 threads taking turns, next to what this machine gives a second
thread on work that shares nothing: two processes each running the same pure-Python loop, and two
each summing half of a 19 MB array with numpy (a stream through memory, like the scan of junk-free
text), against one process running it alone.

    python benches/bench_threads.py            # ~1.5 minutes

Data: benches/yardstick.py's throughput corpora, --mb MB each. Writes threads.md to
benches/results/ (--out to change).
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import statistics
import time
from pathlib import Path

import numpy as np
import yardstick

ROOT = Path(__file__).resolve().parent.parent
# What `stream` sums: 19 MB, the size of a corpus.
ARRAY = np.ones(19_000_000 // 8, dtype=np.uint64)
RESULTS = ROOT / "benches" / "results"


def spin(n: int) -> None:
    total = 0
    for i in range(n):
        total += i


def stream(part: int | None, rounds: int, results=None) -> float:
    """Seconds to sum `ARRAY` (or its half `part`) `rounds` times with numpy, after a first sum."""
    data = ARRAY if part is None else np.array_split(ARRAY, 2)[part]
    data.sum()
    start = time.perf_counter()
    for _ in range(rounds):
        data.sum()
    seconds = time.perf_counter() - start
    if results is not None:
        results.put(seconds)
    return seconds


def halves_speedup(trials: int, rounds: int) -> list[float]:
    """Per trial: the time of one process summing `ARRAY`, over that of the slower of two
    processes each summing a half of it (the same pages, shared by `fork`), each timed inside
    the process: what a second core gives a stream through memory split as textwash splits a
    column (2.0 when it gives a core of its own and the memory keeps up)."""
    ctx = multiprocessing.get_context("fork")
    speedups = []
    for _ in range(trials):
        alone = stream(None, rounds)
        results = ctx.Queue()
        procs = [ctx.Process(target=stream, args=(part, rounds, results)) for part in (0, 1)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        speedups.append(alone / max(results.get(), results.get()))
    return speedups


def pair_over_one(target, arg: int, trials: int) -> list[float]:
    """Per trial: the wall time of two processes each running `target(arg)`, over one running it
    alone (1.0 when the machine gives the second process a core of its own; process start
    included)."""
    ratios = []
    ctx = multiprocessing.get_context("fork")
    for _ in range(trials):
        start = time.perf_counter()
        target(arg)
        alone = time.perf_counter() - start
        procs = [ctx.Process(target=target, args=(arg,)) for _ in range(2)]
        start = time.perf_counter()
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        ratios.append((time.perf_counter() - start) / alone)
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="MB of UTF-8 per corpus")
    parser.add_argument("--repeats", type=int, default=9, help="timed calls per thread count and corpus")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"directory for threads.md (default {RESULTS})")
    args = parser.parse_args()

    import pyarrow as pa

    import textwash

    lines = [
        "# Two threads against one",
        "",
        f"`python benches/bench_threads.py` on {datetime.datetime.now(datetime.UTC).isoformat(timespec='seconds')}, "
        f"textwash {textwash.__version__}; `textwash.clean(arr, threads=t)` on a `pa.Array` (`string`) of each "
        f"corpus of benches/yardstick.py ({args.mb:g} MB), calls of 1 and 2 threads taking turns, median of "
        f"{args.repeats}; CPU is the process's CPU seconds per wall second of the 2-thread calls.",
        "",
        "| corpus | 1 thread MB/s | 2 threads MB/s | 2 / 1 | CPU of 2 threads |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in ("english", "mixed"):
        corpus = yardstick.throughput_corpus(kind, args.mb)
        for name, rows in ((kind, corpus.noisy), (f"{kind}-clean", corpus.clean)):
            arr = pa.array(rows, type=pa.string())
            mb = sum(len(r.encode()) for r in rows) / 1e6
            walls: dict[int, list[float]] = {1: [], 2: []}
            cpus: list[float] = []
            textwash.clean(arr, threads=2)  # tables built on first use
            for _ in range(args.repeats):
                for threads in (1, 2):
                    wall, cpu = time.perf_counter(), time.process_time()
                    textwash.clean(arr, threads=threads)
                    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                    walls[threads].append(wall)
                    if threads == 2:
                        cpus.append(cpu / wall)
            one, two = (mb / statistics.median(walls[t]) for t in (1, 2))
            lines.append(f"| {name} | {one:,.0f} | {two:,.0f} | {two / one:.2f}× | {statistics.median(cpus):.2f} |")
            print(lines[-1], flush=True)
    ratios = pair_over_one(spin, 1_500_000, 20)
    slow = sum(r >= 1.3 for r in ratios)
    streams = halves_speedup(10, 200)
    lines += [
        "",
        "This machine's second core: two processes each running the same pure-Python loop (~60 ms) took, "
        "over the time of one running it alone, "
        + ", ".join(f"{r:.2f}" for r in ratios)
        + f" in 20 trials ({slow} at 1.3× or more; 1.0 means a core each). Two processes each summing half "
        "of a 19 MB array 200 times with numpy (a stream through memory, like the scan of junk-free text) "
        "were, over one process summing all of it, "
        + ", ".join(f"{r:.2f}" for r in streams)
        + f"× as fast in 10 trials (median {statistics.median(streams):.2f}×; 2.0 means a core each).",
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "threads.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
