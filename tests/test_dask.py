"""Dask: `clean` and `extract` on Dask Series are lazy, carry the pandas result's `meta`, and
give on a cluster of worker processes exactly what one process gives."""

from __future__ import annotations

import os
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import textwash

# Dask 2026.8's Parquet reader and writer call `set_index`/`reset_index(..., inplace=True)`,
# which pandas 3.1 deprecates; the warning is Dask's to fix, not ours.
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame:pandas.errors.Pandas4Warning")

NOISY = ["dis🍌tricts", None, "seveౠral questi🍌ons at https://example.com", "ok", "𝐆its spokes𝄹person 🎉"]


def frame(rows: int = 400) -> pd.DataFrame:
    texts = [None if t is None else f"{i}: {t}" for i in range(rows) for t in NOISY][:rows]
    return pd.DataFrame({"id": range(len(texts)), "text": texts})


def test_clean_is_lazy_and_keeps_meta() -> None:
    pdf = frame()
    ddf = dd.from_pandas(pdf, npartitions=4)
    for out in (textwash.clean(ddf["text"], emoji="name"), ddf["text"].textwash.clean(emoji="name")):
        assert isinstance(out, dd.Series)
        assert out.dtype == ddf["text"].dtype and out.name == "text"
        expected = textwash.clean(ddf["text"].compute(), emoji="name")
        pd.testing.assert_series_equal(out.compute(), expected)
    assert (
        textwash.Cleaner(lowercase=True)(ddf["text"]).compute().tolist()
        == textwash.clean(ddf["text"].compute(), lowercase=True).tolist()
    )


def test_extract_is_lazy_and_keeps_meta() -> None:
    ddf = dd.from_pandas(frame(), npartitions=4)
    local = ddf["text"].compute()
    wide = ddf["text"].textwash.extract(["url", "emoji"])
    assert isinstance(wide, dd.DataFrame) and list(wide.columns) == ["emoji", "url"]
    pd.testing.assert_frame_equal(wide.compute(), textwash.extract(local, ["url", "emoji"]))
    one = textwash.extract(ddf["text"], "emoji")
    assert isinstance(one, dd.Series)
    pd.testing.assert_series_equal(one.compute(), textwash.extract(local, "emoji"))
    groups = textwash.extract(ddf["text"], pattern=r"(?P<n>\d+): (?P<word>\w+)")
    pd.testing.assert_frame_equal(groups.compute(), textwash.extract(local, pattern=r"(?P<n>\d+): (?P<word>\w+)"))
    with pytest.raises(TypeError, match="Dask collection cannot hold"):
        textwash.extract(ddf["text"], "url", long=True)
    with pytest.raises(textwash.TextwashError):  # a bad pattern fails at once, not on a worker
        textwash.extract(ddf["text"], pattern="(")


def test_a_parquet_dataset_on_a_cluster_of_two_processes(tmp_path: Path) -> None:
    pdf = frame(4_000)
    source = tmp_path / "in"
    dd.from_pandas(pdf, npartitions=6).to_parquet(source)
    assert len(list(source.glob("*.parquet"))) == 6
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        workers = set(client.run(os.getpid).values())
        ddf = dd.read_parquet(source)
        ddf["clean"] = ddf["text"].textwash.clean()
        emoji = ddf["text"].textwash.extract("emoji")
        ddf["emoji"] = emoji.map(lambda found: -1 if found is None else len(found), meta=("emoji", "int64"))
        ddf.to_parquet(tmp_path / "out")
    assert len(workers) == 2 and os.getpid() not in workers
    got = pd.read_parquet(tmp_path / "out").sort_values("id").reset_index(drop=True)
    local = pd.read_parquet(source).sort_values("id").reset_index(drop=True)
    assert got["clean"].tolist() == textwash.clean(local["text"]).tolist()
    found = textwash.extract(local["text"], "emoji")
    assert got["emoji"].tolist() == [-1 if f is None else len(f) for f in found]
