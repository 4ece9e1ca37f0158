"""The one place that tells containers apart, for `clean()` and `extract()` alike.

A `str` and a missing value never come here for `clean`: the native `clean` answers them itself,
so that a `str` costs one native call. Every column does: `read` says which container it is and
hands the native side what it reads (a sequence of `str`, or Arrow), and `clean` puts the result
back into the same kind of container. The native module never imports this package; the
package gives it `clean` when it is imported (`_textwash._set_dispatch`).

Optional libraries are recognised by their type's module, so none of them is imported unless
the caller already uses it.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ._textwash import _threads

if TYPE_CHECKING:
    from ._textwash import Cleaner

CONTAINERS = (
    "a str, a missing value, or a column "
    "(list, tuple, numpy array, pandas Series, pyarrow Array or ChunkedArray, polars Series, Dask Series)"
)

Source = Literal["list", "tuple", "numpy", "pandas", "pandas-arrow", "pyarrow", "polars", "arrow"]


class Column(NamedTuple):
    """A column as the native side reads it."""

    source: Source
    """Which container it came in; "pandas-arrow" is a pandas Series whose strings live in Arrow,
    "arrow" any other object that exports an Arrow stream or array."""
    values: Any
    """What the native side reads: a sequence of `str` and missing values, or an Arrow object."""

    @property
    def is_arrow(self) -> bool:
        return self.source in ("pandas-arrow", "pyarrow", "polars", "arrow")


def library(x: object) -> str:
    """The top-level module of `x`'s type: "numpy", "pandas", "pyarrow", "polars", …"""
    return type(x).__module__.partition(".")[0]


def is_missing(x: object) -> bool:
    """None, NaN or pd.NA (recognised by name, without importing pandas)."""
    return x is None or (isinstance(x, float) and math.isnan(x)) or type(x).__name__ == "NAType"


def is_arrow_backed(dtype: Any) -> bool:
    """Whether a pandas dtype keeps its strings in Arrow (`string[pyarrow]`, `pd.ArrowDtype`)."""
    import pandas as pd

    return getattr(dtype, "storage", None) == "pyarrow" or isinstance(dtype, pd.ArrowDtype)


def is_dask(x: object) -> bool:
    """A Dask collection (a Dask Series, say), recognised without importing Dask."""
    return library(x) == "dask" and hasattr(x, "map_partitions")


def lazy(x: Any, func: Any) -> Any:
    """`func` on every partition of the Dask collection `x`, lazily; the result's `meta` (its
    columns and dtypes) is `func` on `x`'s empty `meta`."""
    return x.map_partitions(func, meta=func(x._meta))


def read(func: str, x: Any) -> Column:
    """Which column `x` is, and what the native side reads of it; a TypeError for anything else."""
    if isinstance(x, list):
        return Column("list", x)
    if isinstance(x, tuple):
        return Column("tuple", x)
    source = library(x)
    if source == "numpy":
        import numpy as np

        if not isinstance(x, np.ndarray) or x.dtype.kind not in "OUT":
            kind = getattr(x, "dtype", type(x).__qualname__)
            raise TypeError(f"{func}() expects a numpy array of strings (object, str or StringDType), got {kind}")
        return Column("numpy", x.ravel())
    if source == "pandas":
        import pandas as pd

        if not isinstance(x, pd.Series):
            got = type(x).__qualname__
            raise TypeError(f"{func}() expects a pandas Series, got {got}; for a DataFrame, {func} columns")
        if is_arrow_backed(x.dtype):
            return Column("pandas-arrow", x)
        if not (pd.api.types.is_object_dtype(x.dtype) or isinstance(x.dtype, pd.StringDtype)):
            raise TypeError(f"{func}() expects a Series of strings (object or string dtype), got dtype {x.dtype}")
        return Column("pandas", x.to_numpy(dtype=object))
    if source == "pyarrow":
        import pyarrow as pa

        if not isinstance(x, pa.Array | pa.ChunkedArray):
            raise TypeError(f"{func}() expects a pyarrow Array or ChunkedArray, got {type(x).__qualname__}")
        return Column("pyarrow", x)
    if source == "polars":
        import polars as pl

        if isinstance(x, pl.Series):
            return Column("polars", x)
    if hasattr(x, "__arrow_c_stream__") or hasattr(x, "__arrow_c_array__"):
        return Column("arrow", x)
    raise TypeError(f"{func}() expects {CONTAINERS}, got {type(x).__module__}.{type(x).__qualname__}")


def clean(cleaner: Cleaner, x: Any, threads: int | None) -> Any:
    """`cleaner` on the column `x`, on `threads` threads, in the same kind of container; a Dask
    collection, lazily, each partition on one thread unless `threads` says otherwise (Dask runs
    the partitions in parallel)."""
    if is_dask(x):
        return lazy(x, functools.partial(cleaner, threads=threads or 1))
    if threads is None:
        threads = _threads(None)
    column = read("clean", x)
    if not column.is_arrow:
        out = cleaner._clean_sequence(column.values, threads)
        if column.source == "list":
            return out
        if column.source == "tuple":
            return tuple(out)
        if column.source == "numpy":
            import numpy as np

            # A fixed-width str array lets numpy pick the new width.
            dtype = str if x.dtype.kind == "U" else x.dtype
            return np.array(out, dtype=dtype).reshape(x.shape)
        import pandas as pd

        return pd.Series(out, index=x.index, name=x.name, dtype=x.dtype)
    chunks = cleaner._clean_arrow(column.values, threads)
    if column.source == "arrow":
        return chunks
    if column.source == "polars":
        import polars as pl

        return pl.Series(x.name, chunks)
    import pyarrow as pa

    out = pa.chunked_array(chunks)
    if column.source == "pandas-arrow":
        import pandas as pd

        return pd.Series(out, index=x.index, name=x.name, dtype=x.dtype, copy=False)
    # The type is the input's (a column of nulls comes back `large_string`, and so does a
    # `string` one whose cleaned text would pass the 2 GiB that its offsets can address).
    if not isinstance(x, pa.Array):
        return out
    # One chunk (a junk-free column comes back as the input itself) needs no copy.
    return out.chunk(0) if out.num_chunks == 1 else out.combine_chunks()
