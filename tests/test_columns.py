"""Whole columns: every container and string dtype, missing values, Cleaner, threads, processes."""

from __future__ import annotations

import math
import multiprocessing
import os
import pickle
import signal
import string
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

import textwash
from textwash import Cleaner

NOISY = ["dis🍌tricts", None, "seveౠral questi🍌ons", "ok", "𝐆its spokes𝄹person"]
CLEAN = ["districts", None, "several questions", "ok", "its spokesperson"]


def test_list_and_tuple() -> None:
    assert textwash.clean(NOISY) == CLEAN
    assert textwash.clean(tuple(NOISY)) == tuple(CLEAN)
    assert textwash.clean([]) == []


def test_missing_and_unchanged_rows_are_the_same_objects() -> None:
    nan = float("nan")
    keep = "already clean"
    out = textwash.clean([None, nan, keep, "x🍌"])
    assert out[0] is None and out[1] is nan and out[2] is keep and out[3] == "x"


def test_pandas_na_in_a_list_passes_through() -> None:
    assert textwash.clean(["a🍌", pd.NA])[1] is pd.NA


def test_a_non_string_element_names_its_position_and_type() -> None:
    with pytest.raises(TypeError, match=r"item 2 is int"):
        textwash.clean(["a", None, 3])


@pytest.mark.parametrize(
    "make",
    [
        lambda v: np.array(v, dtype=object),
        lambda v: np.array(v, dtype=np.dtypes.StringDType(na_object=None)),
    ],
    ids=["object", "StringDType"],
)
def test_numpy(make) -> None:  # type: ignore[no-untyped-def]
    arr = make(NOISY)
    out = textwash.clean(arr)
    assert isinstance(out, np.ndarray) and out.dtype == arr.dtype
    assert out.tolist() == CLEAN


def test_numpy_fixed_width_and_shape() -> None:
    arr = np.array([["dis🍌tricts", "ok"], ["a🍌", "b"]])
    out = textwash.clean(arr, emoji="<EMOJI>")
    assert out.shape == (2, 2) and out.dtype.kind == "U"
    assert out.tolist() == [["dis<EMOJI>tricts", "ok"], ["a<EMOJI>", "b"]]


@pytest.mark.parametrize(
    "dtype",
    ["object", "str", "string[python]", "string[pyarrow]", pd.ArrowDtype(pa.large_string())],
    ids=["object", "str", "string-python", "string-pyarrow", "arrow-large-string"],
)
def test_pandas_series_keeps_index_name_and_dtype(dtype: object) -> None:
    s = pd.Series(NOISY, index=[10, 20, 30, 40, 50], name="text", dtype=dtype)
    out = textwash.clean(s)
    assert isinstance(out, pd.Series)
    assert out.dtype == s.dtype and out.name == "text" and out.index.equals(s.index)
    assert out.isna().tolist() == s.isna().tolist()
    assert out.dropna().tolist() == [c for c in CLEAN if c is not None]


def test_pandas_object_keeps_none_and_nan_apart() -> None:
    s = pd.Series(["a🍌", None, float("nan")], dtype=object)
    out = textwash.clean(s)
    assert out[1] is None and isinstance(out[2], float) and math.isnan(out[2])


def test_pandas_accessor_and_apply() -> None:
    s = pd.Series(NOISY, name="t", dtype="string")
    assert s.textwash.clean(emoji="name").tolist()[0] == "dis:banana:tricts"
    assert s.apply(textwash.clean).equals(textwash.clean(s))
    with pytest.raises(AttributeError, match="string values"):
        pd.Series([1, 2]).textwash  # noqa: B018
    with pytest.raises(TypeError, match="int64"):
        textwash.clean(pd.Series([1, 2]))


@pytest.mark.parametrize("arrow_type", [pa.string(), pa.large_string(), pa.string_view()], ids=str)
def test_pyarrow_array_keeps_its_type(arrow_type: pa.DataType) -> None:
    arr = pa.array(NOISY, type=arrow_type)
    out = textwash.clean(arr)
    assert isinstance(out, pa.Array) and out.type == arrow_type
    assert out.to_pylist() == CLEAN


@pytest.mark.parametrize("arrow_type", [pa.string(), pa.large_string(), pa.string_view()], ids=str)
@pytest.mark.parametrize("threads", [1, 2])
def test_pyarrow_rows_without_junk_come_back_as_they_are(arrow_type: pa.DataType, threads: int) -> None:
    """A part of a column where no row changes is given back without a copy
    (`unchanged_part`): the same rows, nulls and type, from any offset of its chunk; a part
    whose first change comes late keeps the rows before it."""
    plain = [f"row {i}, café and 東京" if i % 7 else None for i in range(8000)]
    whole = pa.array(["x"] * 5 + plain, type=arrow_type)
    arr = whole.slice(5)  # an offset into the chunk's buffers
    out = textwash.clean(arr, threads=threads)
    assert out.type == arrow_type and out.to_pylist() == plain
    # The very offsets (or views) and characters: the parts of every thread are one slice of
    # the input, not a copy. (The validity bits may be copied on the way out of Rust, and the
    # slice's offset moved into the buffers' addresses.)
    width = {pa.string(): 4, pa.large_string(): 8, pa.string_view(): 16}[arrow_type]

    def first_row(a: pa.Array) -> list[int]:
        return [a.buffers()[1].address + a.offset * width] + [b.address for b in a.buffers()[2:]]

    assert first_row(out) == first_row(arr)
    late = [*plain, "dis🍌tricts"]
    out = textwash.clean(pa.chunked_array([pa.array(late, type=arrow_type).slice(1)]), threads=threads)
    assert out.type == arrow_type and out.to_pylist() == [*plain[1:], "districts"]


@pytest.mark.parametrize("threads", [1, 2])
def test_pyarrow_string_column_past_2_gib_comes_back_large(threads: int) -> None:
    """A `string` column whose cleaned text would not fit 32-bit offsets comes back as
    `large_string`, whole, rather than failing: past 2 GiB in one thread's part (1 thread), or
    in the parts of one chunk together (2 threads, ~1 GiB each). Below that it keeps its type."""
    name = "x" * (1 << 20)
    arr = pa.array(["a🍌b"] * 2049, type=pa.string())  # 2049 MiB of names once replaced
    out = textwash.clean(arr, emoji=name, threads=threads)
    assert out.type == pa.large_string() and len(out) == 2049
    assert out[2048].as_py() == "a" + name + "b"
    del out
    assert textwash.clean(arr[:100], emoji=name).type == pa.string()


def test_pyarrow_chunked_array() -> None:
    arr = pa.chunked_array([NOISY[:2], NOISY[2:], []])
    out = textwash.clean(arr)
    assert isinstance(out, pa.ChunkedArray) and out.type == pa.string()
    assert out.to_pylist() == CLEAN


def test_polars_series_expression_and_lazy_query() -> None:
    s = pl.Series("text", NOISY)
    out = textwash.clean(s)
    assert isinstance(out, pl.Series) and out.name == "text" and out.dtype == pl.String
    assert out.to_list() == CLEAN
    df = pl.DataFrame({"text": NOISY, "n": range(len(NOISY))})
    eager = df.with_columns(pl.col("text").textwash.clean(emoji="name"))
    assert eager["text"][0] == "dis:banana:tricts" and eager["n"].to_list() == list(range(len(NOISY)))
    lazy = df.lazy().select(pl.col("text").textwash.clean()).collect()
    assert lazy["text"].to_list() == CLEAN
    assert s.textwash.clean().to_list() == CLEAN


def test_extensions_register_whichever_is_imported_first() -> None:
    code = (
        "import {first}; import {second}; import pandas as pd, polars as pl\n"
        "assert pd.Series(['a🍌']).textwash.clean().tolist() == ['a']\n"
        "assert pl.select(pl.lit('a🍌').textwash.clean()).item() == 'a'\n"
    )
    for first, second in [("textwash", "pandas"), ("pandas", "textwash"), ("polars", "textwash")]:
        subprocess.run([sys.executable, "-c", code.format(first=first, second=second)], check=True)


def test_cleaner_repr_equality_hash_and_options() -> None:
    c = Cleaner(urls="<URL>", emoji="name")
    assert repr(c) == "Cleaner(urls='<URL>', emoji='name')"
    assert c == Cleaner(urls="<URL>", emoji="name") and hash(c) == hash(Cleaner(urls="<URL>", emoji="name"))
    assert c != Cleaner() and c != "Cleaner"
    assert c.options == {"urls": "<URL>", "emoji": "name"}
    assert c("see https://example.com 🍌") == c.clean("see https://example.com 🍌") == "see <URL> :banana:"
    assert repr(Cleaner()) == "Cleaner()"


def test_cleaner_pickles() -> None:
    c = Cleaner(emoji="keep", whitespace="collapse")
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(c, protocol=protocol))
        assert back == c and back("a  🍌  b") == "a 🍌 b"


def test_everything_that_crosses_a_process_boundary_pickles() -> None:
    """What a worker receives or sends back: cleaners, their options, errors and matches."""
    import textwash.ray

    try:
        textwash.clean("x", symbols="maybe")
    except textwash.TextwashError as err:
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is textwash.TextwashError and str(back) == str(err)
    match = textwash.extract("dis🍌tricts", "junk", spans=True)[0]
    assert pickle.loads(pickle.dumps(match)) == match
    assert pickle.loads(pickle.dumps(textwash.OPTIONS)) == textwash.OPTIONS
    assert pickle.loads(pickle.dumps(Cleaner(lowercase=True).options)) == {"lowercase": True}
    ray_cleaner = pickle.loads(pickle.dumps(textwash.ray.Cleaner("text", emoji="name")))
    assert ray_cleaner.cleaner == Cleaner(emoji="name")


def test_cleaner_validates_options_once() -> None:
    with pytest.raises(textwash.TextwashError, match="whitespace"):
        Cleaner(whitespace="squash")
    with pytest.raises(TypeError, match="per call"):
        Cleaner(threads=2)  # type: ignore[call-arg]


@pytest.mark.parametrize(("threads", "error"), [(0, ValueError), (-1, ValueError), ("2", TypeError)])
def test_threads_must_be_a_positive_int(threads: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="threads"):
        textwash.clean(["a"], threads=threads)  # type: ignore[call-overload]


@given(st.lists(st.one_of(st.none(), st.text(max_size=40)), min_size=0, max_size=60))
def test_a_batch_equals_cleaning_each_row(rows: list[str | None]) -> None:
    rows = rows * 40  # long enough to be split across threads
    expected = [None if r is None else textwash.clean(r) for r in rows]
    assert textwash.clean(rows, threads=3) == expected
    assert textwash.clean(pa.array(rows, type=pa.string()), threads=2).to_pylist() == expected


ARROW_ROWS = st.one_of(
    st.none(),
    st.text(alphabet=string.printable, max_size=40),
    st.text(max_size=20),
    st.sampled_from(["dis🍌tricts", "", "a\x08b", "café", "  two  spaces  "]),
)


@given(
    st.lists(ARROW_ROWS, max_size=40),
    st.integers(0, 5),
    st.sampled_from([pa.string(), pa.large_string(), pa.string_view()]),
    st.booleans(),
)
def test_an_arrow_column_equals_cleaning_each_row(
    rows: list[str | None], offset: int, arrow_type: pa.DataType, lower: bool
) -> None:
    """Rows of plain ASCII are found without a look at each (`Cleaner::rows_to_clean`): the
    column is what cleaning each row gives, from any offset of its buffers, on any number of
    threads, and with options that change plain ASCII."""
    rows = rows * 60  # long enough to be split across threads
    cleaner = Cleaner(lowercase=lower)
    arr = pa.array(rows, type=arrow_type).slice(offset)
    expected = [None if r is None else cleaner(r) for r in rows[offset:]]
    for threads in (1, 2):
        out = cleaner(arr, threads=threads)
        assert out.type == arrow_type and out.to_pylist() == expected
    chunked = cleaner(pa.chunked_array([arr, arr.slice(7)]), threads=2)
    assert chunked.to_pylist() == expected + expected[7:]


@pytest.mark.parametrize("junk_at", [None, 0, 7_000, 19_999])
def test_polars_views_in_many_buffers_equal_cleaning_each_row(junk_at: int | None) -> None:
    """polars writes the text of its views into buffers of growing size: the part of a buffer
    the rows of a thread's share point into is searched once. A row of junk in one buffer, in
    a slice, or rows taken out of order (views that point back and forth) change nothing."""
    rows = [f"row {i} of plain text, long enough not to be inline" for i in range(20_000)]
    if junk_at is not None:
        rows[junk_at] = "dis🍌tricts and a long enough row of text"
    rows[11] = None
    cleaner = Cleaner()
    series = pl.Series("text", rows)
    for s in (series, series.slice(5, 15_000), series.gather(list(range(19_999, -1, -3)))):
        expected = [None if r is None else cleaner(r) for r in s.to_list()]
        for threads in (1, 2):
            assert cleaner(s, threads=threads).to_list() == expected


def test_views_in_a_buffer_each_equal_cleaning_each_row() -> None:
    """Views of arrays concatenated keep a buffer each (here 3,000, one a row): the rows are
    what cleaning each row gives, with junk in some of the buffers."""
    rows = [f"row {i} long enough not to be inline" if i % 7 else f"dis🍌tricts {i} of a long row" for i in range(3000)]
    arr = pa.concat_arrays([pa.array([r, None], type=pa.string_view()) for r in rows])
    assert len(arr.buffers()) > 3000
    cleaner = Cleaner()
    expected = [None if r is None else cleaner(r) for r in arr.to_pylist()]
    for threads in (1, 2):
        assert cleaner(arr, threads=threads).to_pylist() == expected


def test_many_python_threads_share_one_cleaner() -> None:
    c = Cleaner(emoji="name")
    rows = [f"row {i} dis🍌tricts {i}" for i in range(2000)]
    expected = [c(r) for r in rows]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: c(rows, threads=2), range(16)))
    assert all(r == expected for r in results)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_worker_processes(method: str) -> None:
    c = Cleaner(emoji="name")
    chunks = [[f"x{i} 🍌", None] for i in range(6)]
    with multiprocessing.get_context(method).Pool(2) as pool:
        assert pool.map(c, chunks) == [c(chunk) for chunk in chunks]


def _default_threads(_: object) -> int:
    return textwash._textwash._threads()


def test_forked_workers_default_to_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker forked from a process that imported textwash does not start a thread per core."""
    monkeypatch.delenv("TEXTWASH_THREADS", raising=False)
    assert _default_threads(None) >= 1  # every core here (the cgroup's share of them)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(_default_threads, [0]) == [1]
    monkeypatch.setenv("TEXTWASH_THREADS", "3")
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(_default_threads, [0]) == [3]


def _clean_column_in_worker(n: int) -> list[str]:
    return textwash.clean([f"row {i} dis🍌tricts" for i in range(n)], threads=2)  # type: ignore[no-any-return]


def test_forked_workers_do_not_deadlock_after_the_parent_used_threads() -> None:
    """The parent cleans on several threads, then forks: the children clean on threads of their
    own (no pool, no lock inherited mid-use) and every result comes back."""
    assert textwash.clean(["x 🍌"] * 20_000, threads=2) == ["x"] * 20_000
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.map_async(_clean_column_in_worker, [5_000] * 4).get(timeout=60)
    assert all(r == [f"row {i} districts" for i in range(5_000)] for r in results)


def test_ctrl_c_interrupts_a_long_batch() -> None:
    """A SIGINT arriving mid-batch raises KeyboardInterrupt at the next block of rows.

    The kernel's interval timer raises SIGALRM, whose handler sends the SIGINT: unlike a timer
    thread, it needs no turn with the interpreter, so the signal always lands mid-batch."""
    rows = ["dis🍌tricts seveౠral 𝐆its op꧅eration " * 4] * 2_000_000

    def send_sigint(signum: int, frame: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)

    previous = signal.signal(signal.SIGALRM, send_sigint)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        with pytest.raises(KeyboardInterrupt):
            textwash.clean(rows, threads=1)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_any_arrow_exporter_is_a_column_for_clean_and_extract() -> None:
    """One dispatch: an object that only exports an Arrow stream is read the same by both."""

    class Exporter:
        def __init__(self, array: object) -> None:
            self.array = array

        def __arrow_c_stream__(self, requested_schema: object = None) -> object:
            return pa.chunked_array([self.array]).__arrow_c_stream__(requested_schema)

    column = Exporter(pa.array(["dis🍌tricts", None, "see https://a.example"]))
    cleaned = pa.chunked_array(textwash.clean(column))
    assert cleaned.to_pylist() == ["districts", None, "see https://a.example"]
    found = pa.chunked_array(textwash.extract(column, "url"))
    assert found.to_pylist() == [[], None, ["https://a.example"]]
