"""Ray Data: `ds.map_batches(textwash.ray.Cleaner(...), batch_format="pyarrow")` on a local Ray
instance of two CPUs gives what textwash gives in one process."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import textwash
import textwash.ray

# Ray 2.60 warns about its own deprecated settings from inside Ray Data; they are Ray's to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*")

NOISY = ["dis🍌tricts see https://a.example", None, "seveౠral questi🍌ons 🎉", "", "𝐆its spokes𝄹person"]


@pytest.fixture(scope="module")
def ray_local() -> Iterator[object]:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    yield ray
    ray.shutdown()


def test_cleaner_on_a_table_without_ray() -> None:
    table = pa.table({"id": range(5), "text": NOISY})
    cleaner = textwash.ray.Cleaner("text", output_columns=["clean"], emoji="name")
    out = pickle.loads(pickle.dumps(cleaner))(table)
    assert out.column_names == ["id", "text", "clean"]
    assert out.column("clean").to_pylist() == [None if t is None else textwash.clean(t, emoji="name") for t in NOISY]
    assert out.column("text").to_pylist() == NOISY
    with pytest.raises(textwash.TextwashError):
        textwash.ray.Cleaner("text", symbols="maybe")


def test_map_batches_over_a_parquet_dataset(ray_local: object, tmp_path: Path) -> None:
    import ray

    source = tmp_path / "in"
    source.mkdir()
    texts = [NOISY[i % len(NOISY)] for i in range(3_000)]
    for part in range(3):
        rows = range(part * 1_000, (part + 1) * 1_000)
        pq.write_table(pa.table({"id": list(rows), "text": [texts[i] for i in rows]}), source / f"part-{part}.parquet")
    ds = ray.data.read_parquet(str(source))
    cleaned = ds.map_batches(textwash.ray.Cleaner("text"), batch_format="pyarrow")
    cleaned.write_parquet(str(tmp_path / "out"))
    got = pq.read_table(tmp_path / "out").sort_by("id")
    assert got.column("id").to_pylist() == list(range(3_000))
    assert got.column("text").to_pylist() == [None if t is None else textwash.clean(t) for t in texts]
