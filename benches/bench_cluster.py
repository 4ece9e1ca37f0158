"""textwash on Dask and Ray: a Parquet dataset of about 1 GB of yardstick text cleaned by one
worker process and by two, and the rows/s Ray Data reaches with `textwash.ray.Cleaner`.

    python benches/bench_cluster.py              # writes benches/results/cluster.md
    python benches/bench_cluster.py --gb 0.2     # a quick look

Each run reads the dataset, cleans the text column and writes the result to Parquet, timed end
to end (best of two): what a user's job does. Dask runs on a `distributed.LocalCluster` of N
worker processes with one thread each; Ray on a local instance of N CPUs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import textwash

ROOT = Path(__file__).resolve().parent.parent


def dataset(directory: Path, gigabytes: float, files: int = 16) -> tuple[int, int]:
    """`files` Parquet files holding about `gigabytes` of text; returns rows and text bytes."""
    docs: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "yardstick").glob("seed-*.jsonl")):
        docs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    per_doc = sum(len(d.encode("utf-8")) for d in docs) / len(docs)
    rows_per_file = round(gigabytes * 1e9 / per_doc / files)
    texts = pa.array([docs[i % len(docs)] for i in range(rows_per_file)], pa.string())
    for f in range(files):
        ids = pa.array(range(f * rows_per_file, (f + 1) * rows_per_file), pa.int64())
        pq.write_table(pa.table({"id": ids, "text": texts}), directory / f"part-{f:02d}.parquet", row_group_size=65_536)
    text_bytes = sum(len(t.as_py().encode("utf-8")) for t in texts) * files
    return rows_per_file * files, text_bytes


def best_of(runs: int, job: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - start)
    return best


def dask_seconds(source: Path, out: Path, workers: int) -> float:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):

        def job() -> None:
            shutil.rmtree(out, ignore_errors=True)
            ddf = dd.read_parquet(source)
            ddf["text"] = ddf["text"].textwash.clean()
            ddf.to_parquet(out)

        return best_of(2, job)


def ray_seconds(source: Path, out: Path, cpus: int) -> float:
    import ray

    import textwash.ray

    ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    try:

        def job() -> None:
            shutil.rmtree(out, ignore_errors=True)
            ds = ray.data.read_parquet(str(source))
            ds.map_batches(textwash.ray.Cleaner("text"), batch_format="pyarrow").write_parquet(str(out))

        return best_of(2, job)
    finally:
        ray.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gb", type=float, default=1.0, help="gigabytes of text in the dataset")
    parser.add_argument("--out", type=Path, default=ROOT / "benches" / "results" / "cluster.md")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "in", Path(tmp) / "out"
        source.mkdir()
        rows, text_bytes = dataset(source, args.gb)
        results = []
        for engine, workers in (("Dask", 1), ("Dask", 2), ("Ray Data", 1), ("Ray Data", 2)):
            seconds = (dask_seconds if engine == "Dask" else ray_seconds)(source, out, workers)
            results.append((engine, workers, seconds))
            print(engine, workers, f"{seconds:.1f} s", flush=True)
    one = {engine: s for engine, w, s in results if w == 1}
    lines = [
        "# textwash on Dask and Ray",
        "",
        f"`python benches/bench_cluster.py --gb {args.gb}`, {time.strftime('%Y-%m-%d')}, textwash "
        f"{textwash.__version__}, Python {platform.python_version()}, {cores} cores; a Parquet dataset of 16 files, "
        f"{rows:,} yardstick documents, {text_bytes / 1e9:.2f} GB of text; read, clean, write, best of 2.",
        "",
        "| engine | worker processes | seconds | rows/s | MB/s of text | × one process |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for engine, workers, seconds in results:
        lines.append(
            f"| {engine} | {workers} | {seconds:.1f} | {rows / seconds:,.0f} | {text_bytes / seconds / 1e6:.0f} | "
            f"{one[engine] / seconds:.2f} |"
        )
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
