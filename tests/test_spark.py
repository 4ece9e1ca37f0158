"""Spark: `textwash.spark.clean` and `extract` are Column expressions that give, on a local
Spark session of two cores, what textwash gives in one process. Spark needs a Java runtime
(`.ci/run` installs one from the Debian packages): without one, these tests fail, naming it."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator

import pytest

import textwash

# PySpark 4.3 warns that it does not fully support pandas 3; these tests use Arrow, not pandas.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")

NOISY = ["dis🍌tricts see https://a.example", None, "seveౠral questi🍌ons 🎉", "", "𝐆its spokes𝄹person"]


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.fail("Spark needs a Java runtime: apt-get install default-jre-headless (.ci/run does)")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers import textwash from this environment
    session = (
        SparkSession.builder.master("local[2]")
        .appName("textwash-tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_clean_and_extract_as_columns(spark: object) -> None:
    from textwash import spark as tws

    rows = [(i, NOISY[i % len(NOISY)]) for i in range(2_000)]
    df = spark.createDataFrame(rows, "id long, text string").repartition(4)  # type: ignore[attr-defined]
    out = df.select(
        "id",
        tws.clean("text", emoji="name").alias("clean"),
        tws.extract("text", "emoji").alias("emoji"),
        tws.extract("text", ["url", "emoji"]).alias("both"),
        tws.extract("text", pattern=r"(?P<word>\w+)").alias("first"),
    ).collect()
    assert len(out) == len(rows)
    for row in out:
        text = NOISY[row["id"] % len(NOISY)]
        assert row["clean"] == textwash.clean(text, emoji="name")
        assert row["emoji"] == (None if text is None else textwash.extract(text, "emoji"))
        if text is None:
            assert row["both"] is None
        else:
            found = textwash.extract(text, ["url", "emoji"])
            assert row["both"].asDict() == found
        first = textwash.extract(text, pattern=r"(?P<word>\w+)") if text is not None else None
        assert row["first"]["word"] == (first[0] if first else None)


def test_clean_columns_keeps_every_other_column(spark: object) -> None:
    from textwash import spark as tws

    rows = [(i, NOISY[i % len(NOISY)], NOISY[(i + 1) % len(NOISY)]) for i in range(500)]
    df = spark.createDataFrame(rows, "id long, title string, body string")  # type: ignore[attr-defined]
    out = tws.clean_columns(df, ["title", "body"], lowercase=True)
    assert out.schema == df.schema
    got = sorted(out.collect(), key=lambda r: r["id"])
    for (i, title, body), row in zip(rows, got, strict=True):
        assert row["id"] == i
        assert row["title"] == (None if title is None else textwash.clean(title, lowercase=True))
        assert row["body"] == (None if body is None else textwash.clean(body, lowercase=True))
    with pytest.raises(ValueError, match="no column 'text'"):
        tws.clean_columns(df, "text")


def test_options_are_checked_on_the_driver() -> None:
    from textwash import spark as tws

    with pytest.raises(textwash.TextwashError, match="symbols"):
        tws.clean("text", symbols="maybe")
    with pytest.raises(textwash.TextwashError, match="kinds"):
        tws.extract("text", "emojis")
