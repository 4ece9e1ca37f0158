"""Column dispatch for `clean()`: numpy, pandas, pyarrow and polars in, the same kind out.

Strings, missing values, lists and tuples never come here: the native `clean` handles them.
Optional libraries are recognised by their type's module, so none of them is imported unless
the caller already uses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._textwash import Cleaner


def _library(x: object) -> str:
    return type(x).__module__.partition(".")[0]


def clean_column(cleaner: Cleaner, x: Any, threads: int) -> Any:
    """Clean a whole column `x` with `cleaner`, returning the same kind of container."""
    library = _library(x)
    if library == "numpy":
        return _numpy(cleaner, x, threads)
    if library == "pandas":
        return _pandas(cleaner, x, threads)
    if library == "pyarrow":
        return _pyarrow(cleaner, x, threads)
    if library == "polars":
        import polars as pl

        if isinstance(x, pl.Series):
            return pl.Series(x.name, cleaner._clean_arrow(x, threads))
    if hasattr(x, "__arrow_c_stream__") or hasattr(x, "__arrow_c_array__"):
        return cleaner._clean_arrow(x, threads)
    raise TypeError(
        "clean() expects a str, a missing value, or a column (list, tuple, numpy array, pandas Series, "
        f"pyarrow Array or ChunkedArray, polars Series), got {type(x).__module__}.{type(x).__qualname__}"
    )


def _numpy(cleaner: Cleaner, x: Any, threads: int) -> Any:
    import numpy as np

    if not isinstance(x, np.ndarray) or x.dtype.kind not in "OUT":
        raise TypeError(f"clean() expects a numpy array of strings (object, str or StringDType), got {x.dtype}")
    out = cleaner._clean_sequence(x.ravel(), threads)
    if x.dtype.kind == "U":  # fixed width: let numpy pick the new width
        return np.array(out, dtype=str).reshape(x.shape)
    return np.array(out, dtype=x.dtype).reshape(x.shape)


def _pandas(cleaner: Cleaner, x: Any, threads: int) -> Any:
    import pandas as pd

    if not isinstance(x, pd.Series):
        raise TypeError(f"clean() expects a pandas Series, got {type(x).__qualname__}; for a DataFrame, clean columns")
    dtype = x.dtype
    arrow_backed = getattr(dtype, "storage", None) == "pyarrow" or isinstance(dtype, pd.ArrowDtype)
    if arrow_backed:
        import pyarrow as pa

        out = pa.chunked_array(cleaner._clean_arrow(x, threads))
        return pd.Series(out, index=x.index, name=x.name, dtype=dtype, copy=False)
    if pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.StringDtype):
        values = cleaner._clean_sequence(x.to_numpy(dtype=object), threads)
        return pd.Series(values, index=x.index, name=x.name, dtype=dtype)
    raise TypeError(f"clean() expects a Series of strings (object or string dtype), got dtype {dtype}")


def _pyarrow(cleaner: Cleaner, x: Any, threads: int) -> Any:
    import pyarrow as pa

    if not isinstance(x, pa.Array | pa.ChunkedArray):
        raise TypeError(f"clean() expects a pyarrow Array or ChunkedArray, got {type(x).__qualname__}")
    out = pa.chunked_array(cleaner._clean_arrow(x, threads))
    if out.type != x.type and not pa.types.is_null(x.type):
        out = out.cast(x.type)
    return out.combine_chunks() if isinstance(x, pa.Array) else out
