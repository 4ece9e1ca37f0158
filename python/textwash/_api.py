"""Column dispatch for `clean()`: numpy, pandas, pyarrow and polars in, the same kind out.

Strings, missing values, lists and tuples never come here: the native `clean` handles them.
What it shares with `extract()` about containers is in `_columns.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._columns import check_numpy, check_series, is_arrow_backed, library, wrong_container

if TYPE_CHECKING:
    from ._textwash import Cleaner


def clean_column(cleaner: Cleaner, x: Any, threads: int) -> Any:
    """Clean a whole column `x` with `cleaner`, returning the same kind of container."""
    source = library(x)
    if source == "numpy":
        return _numpy(cleaner, x, threads)
    if source == "pandas":
        return _pandas(cleaner, x, threads)
    if source == "pyarrow":
        return _pyarrow(cleaner, x, threads)
    if source == "polars":
        import polars as pl

        if isinstance(x, pl.Series):
            return pl.Series(x.name, cleaner._clean_arrow(x, threads))
    if hasattr(x, "__arrow_c_stream__") or hasattr(x, "__arrow_c_array__"):
        return cleaner._clean_arrow(x, threads)
    raise wrong_container("clean", x)


def _numpy(cleaner: Cleaner, x: Any, threads: int) -> Any:
    import numpy as np

    check_numpy("clean", x)
    out = cleaner._clean_sequence(x.ravel(), threads)
    if x.dtype.kind == "U":  # fixed width: let numpy pick the new width
        return np.array(out, dtype=str).reshape(x.shape)
    return np.array(out, dtype=x.dtype).reshape(x.shape)


def _pandas(cleaner: Cleaner, x: Any, threads: int) -> Any:
    import pandas as pd

    check_series("clean", x)
    dtype = x.dtype
    if is_arrow_backed(dtype):
        import pyarrow as pa

        out = pa.chunked_array(cleaner._clean_arrow(x, threads))
        return pd.Series(out, index=x.index, name=x.name, dtype=dtype, copy=False)
    values = cleaner._clean_sequence(x.to_numpy(dtype=object), threads)
    return pd.Series(values, index=x.index, name=x.name, dtype=dtype)


def _pyarrow(cleaner: Cleaner, x: Any, threads: int) -> Any:
    import pyarrow as pa

    if not isinstance(x, pa.Array | pa.ChunkedArray):
        raise TypeError(f"clean() expects a pyarrow Array or ChunkedArray, got {type(x).__qualname__}")
    out = pa.chunked_array(cleaner._clean_arrow(x, threads))
    if out.type != x.type and not pa.types.is_null(x.type):
        out = out.cast(x.type)
    return out.combine_chunks() if isinstance(x, pa.Array) else out
