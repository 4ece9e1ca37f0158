"""`textwash clean` on big CSV and Parquet files: throughput against cleaning the same column in
memory, and the command's peak memory, at two sizes side by side.

    python benches/bench_files.py                 # 0.5 and 2 GB of text; writes benches/results/files.md
    python benches/bench_files.py --sizes 0.1     # a quick look

The rows are the yardstick documents (`tests/data/yardstick/`, realistic noisy text in 26
locales, made by `benches/yardstick.py`) with an id and a date column beside them, repeated to
the size asked for (the size counts the text column's bytes). The in-memory figure is
`Cleaner()(column)` on the text column already loaded as Arrow, on every core; the command runs
`textwash clean FILE -o OUT -q` in a subprocess, reading, cleaning and writing every column.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

import textwash

ROOT = Path(__file__).resolve().parent.parent


def documents() -> list[str]:
    docs: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "yardstick").glob("seed-*.jsonl")):
        docs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return docs


def generate(directory: Path, gigabytes: float) -> tuple[Path, Path, int, int]:
    """A CSV and a Parquet file of about `gigabytes` of text; returns them, the rows and the bytes."""
    docs = documents()
    per_batch = pa.array(docs, pa.string())
    batch_bytes = sum(len(d.encode("utf-8")) for d in docs)
    batches = max(1, round(gigabytes * 1e9 / batch_bytes))
    csv_path, parquet_path = directory / f"in-{gigabytes}.csv", directory / f"in-{gigabytes}.parquet"
    schema = pa.schema([("id", pa.int64()), ("date", pa.string()), ("text", pa.string())])
    with pacsv.CSVWriter(csv_path, schema) as csv_out, pq.ParquetWriter(parquet_path, schema) as pq_out:
        for b in range(batches):
            ids = pa.array(range(b * len(docs), (b + 1) * len(docs)), pa.int64())
            dates = pa.array([f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(len(docs))])
            batch = pa.record_batch([ids, dates, per_batch], schema=schema)
            csv_out.write_batch(batch)
            pq_out.write_batch(batch)
    return csv_path, parquet_path, batches * len(docs), batches * batch_bytes


def in_memory(parquet_path: Path, text_bytes: int) -> float:
    """MB/s of cleaning the text column already in memory, on every core."""
    column = pq.read_table(parquet_path, columns=["text"]).column("text")
    cleaner = textwash.Cleaner()
    start = time.perf_counter()
    cleaner(column)
    return text_bytes / (time.perf_counter() - start) / 1e6


def command(source: Path, out: Path, text_bytes: int) -> tuple[float, float]:
    """MB/s (of text) and peak RSS in GB of `textwash clean source -o out -q`.

    The peak is the kernel's high-water mark of the command's own memory (`VmHWM`, which starts
    afresh at exec), read until it exits: `ru_maxrss` would also count this process's memory,
    which a forked child shares until it execs."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "textwash.cli", "clean", str(source), "-o", str(out), "-q"])
    peak = 0
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            hwm = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
            peak = max(peak, int(hwm.split()[1]) * 1024)
        except (OSError, StopIteration):  # the process is exiting
            pass
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"textwash clean {source} failed")
    return text_bytes / seconds / 1e6, peak / 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 2.0], help="gigabytes of text")
    parser.add_argument("--dir", type=Path, default=None, help="where to write the data (default: a temp dir)")
    parser.add_argument("--out", type=Path, default=ROOT / "benches" / "results" / "files.md")
    args = parser.parse_args()
    lines = [
        "# `textwash clean` on files",
        "",
        f"`python benches/bench_files.py`, {time.strftime('%Y-%m-%d')}, textwash {textwash.__version__}, "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores. Text: the yardstick "
        "documents repeated, with an id and a date column; MB/s count the text column's bytes.",
        "",
        "| text | rows | in memory, MB/s | CSV: MB/s | CSV: × in memory | CSV: peak RSS | "
        "Parquet: MB/s | Parquet: × in memory | Parquet: peak RSS |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        directory = Path(tmp)
        for size in args.sizes:
            csv_path, parquet_path, rows, text_bytes = generate(directory, size)
            memory = in_memory(parquet_path, text_bytes)
            csv_rate, csv_rss = command(csv_path, directory / "out.csv", text_bytes)
            pq_rate, pq_rss = command(parquet_path, directory / "out.parquet", text_bytes)
            lines.append(
                f"| {text_bytes / 1e9:.2f} GB | {rows:,} | {memory:.0f} | {csv_rate:.0f} | {csv_rate / memory:.2f} | "
                f"{csv_rss:.2f} GB | {pq_rate:.0f} | {pq_rate / memory:.2f} | {pq_rss:.2f} GB |"
            )
            print(lines[-1], flush=True)
            for path in (csv_path, parquet_path, directory / "out.csv", directory / "out.parquet"):
                path.unlink(missing_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
