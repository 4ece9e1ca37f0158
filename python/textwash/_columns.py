"""What `clean()` and `extract()` share about the containers they take: which library a column
comes from, what a missing value is, which pandas strings are Arrow-backed, and the one message
for a container neither takes. Optional libraries are recognised by their type's module, so
none of them is imported unless the caller already uses it.
"""

from __future__ import annotations

import math
from typing import Any

CONTAINERS = (
    "a str, a missing value, or a column "
    "(list, tuple, numpy array, pandas Series, pyarrow Array or ChunkedArray, polars Series)"
)


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


def is_pandas_strings(dtype: Any) -> bool:
    """Whether a pandas dtype holds strings as Python objects (object or `string[python]`)."""
    import pandas as pd

    return bool(pd.api.types.is_object_dtype(dtype)) or isinstance(dtype, pd.StringDtype)


def check_numpy(func: str, x: Any) -> None:
    """A numpy array of strings (object, fixed-width str or StringDType), or a TypeError."""
    import numpy as np

    if not isinstance(x, np.ndarray) or x.dtype.kind not in "OUT":
        raise TypeError(f"{func}() expects a numpy array of strings (object, str or StringDType), got {x.dtype}")


def check_series(func: str, x: Any) -> None:
    """A pandas Series of strings, or a TypeError."""
    import pandas as pd

    if not isinstance(x, pd.Series):
        got = type(x).__qualname__
        raise TypeError(f"{func}() expects a pandas Series, got {got}; for a DataFrame, {func} columns")
    if not (is_arrow_backed(x.dtype) or is_pandas_strings(x.dtype)):
        raise TypeError(f"{func}() expects a Series of strings (object or string dtype), got dtype {x.dtype}")


def wrong_container(func: str, x: object) -> TypeError:
    """The TypeError for a container `func` does not take."""
    return TypeError(f"{func}() expects {CONTAINERS}, got {type(x).__module__}.{type(x).__qualname__}")
