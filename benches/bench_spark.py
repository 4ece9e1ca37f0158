"""textwash on a local Spark session: rows/s of `textwash.spark.clean` (an Arrow UDF) against
`textwash.spark.clean_columns` (`mapInArrow`), a pandas UDF and a plain Python UDF, on the yardstick documents.

    python benches/bench_spark.py             # writes benches/results/spark.md
    python benches/bench_spark.py --rows 50000

Each figure is the best of three runs of a query that cleans every row and counts the non-empty
results (so that Spark cannot skip the work), on `local[N]` with N the machine's cores. Spark's
own overhead (JVM↔Python transfer, task scheduling) is in every figure: that is what users get.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import pandas as pd

import textwash

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--out", type=Path, default=ROOT / "benches" / "results" / "spark.md")
    args = parser.parse_args()

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.functions import pandas_udf

    from textwash import spark as tws

    os.environ["PYSPARK_PYTHON"] = sys.executable
    cores = os.cpu_count() or 1
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .getOrCreate()
    )
    docs: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "yardstick").glob("seed-*.jsonl")):
        docs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [(docs[i % len(docs)],) for i in range(args.rows)]
    megabytes = sum(len(r[0].encode("utf-8")) for r in rows) / 1e6
    df = spark.createDataFrame(rows, "text string").repartition(cores * 4).cache()
    df.count()

    cleaner = textwash.Cleaner()

    @pandas_udf("string")  # type: ignore[call-overload,misc]
    def pandas_clean(s: pd.Series) -> pd.Series:
        return cleaner(s, threads=1)  # type: ignore[no-any-return]

    python_clean = F.udf(textwash.clean, "string")
    queries = {
        "`textwash.spark.clean(col)` (Arrow UDF)": lambda: df.select(tws.clean("text").alias("t")),
        '`textwash.spark.clean_columns(df, "text")` (`mapInArrow`)': lambda: tws.clean_columns(df, "text"),
        "`pandas_udf` with a `Cleaner`": lambda: df.select(pandas_clean("text").alias("t")),
        "`udf(textwash.clean)` (a Python UDF, row by row)": lambda: df.select(python_clean("text").alias("t")),
    }
    lines = [
        "# textwash on Spark",
        "",
        f"`python benches/bench_spark.py --rows {args.rows}`, {time.strftime('%Y-%m-%d')}, textwash "
        f"{textwash.__version__}, PySpark {spark.version}, Python {platform.python_version()}, "
        f"`local[{cores}]` on {cores} cores; {args.rows:,} yardstick documents ({megabytes:.0f} MB), best of 3.",
        "",
        "| query | rows/s | MB/s |",
        "|---|---:|---:|",
    ]
    for name, query in queries.items():
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            query().filter(F.length("t" if "clean_columns" not in name else "text") > 0).count()
            best = min(best, time.perf_counter() - start)
        lines.append(f"| {name} | {args.rows / best:,.0f} | {megabytes / best:.1f} |")
        print(lines[-1], flush=True)
    spark.stop()
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
