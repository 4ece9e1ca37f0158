"""pandas shapes for `extract()`; with a pattern, the very output of `Series.str.extract` and
`Series.str.extractall` (values, dtypes, index, column names), computed by the native engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from ._textwash import _Groups


def _result_dtype(s: pd.Series) -> Any:
    """pandas' choice: the Series' own string dtype, else object."""
    return s.dtype if isinstance(s.dtype, pd.ArrowDtype | pd.StringDtype) else object


def _na(dtype: Any) -> Any:
    return np.nan if dtype is object else dtype.na_value


def _columns(names: list[str | None]) -> Any:
    """pandas' column labels: group names, or the group's position for an unnamed one."""
    if all(n is None for n in names):
        return range(len(names))
    labels = [n if n is not None else i for i, n in enumerate(names)]
    return range(len(names)) if labels == list(range(len(names))) else labels


def _frame(columns: list[list[Any]], labels: Any, index: Any, dtype: Any) -> pd.DataFrame:
    frame = pd.DataFrame(dict(enumerate(columns)), index=index, dtype=dtype)
    frame.columns = pd.Index(labels) if not isinstance(labels, range) else pd.RangeIndex(len(labels))
    return frame


def pandas_extract(s: Any, values: Any, groups: _Groups, expand: bool, threads: int) -> Any:
    """`s.str.extract(pattern, flags, expand)`; `values` is what the native side reads of `s`."""
    dtype = _result_dtype(s)
    names = groups.names
    if len(names) == 1 and not expand:
        (column,) = groups.first_column(values, threads, _na(dtype))
        out = pd.Series(column, index=s.index, name=names[0], dtype=dtype)
        if dtype is object:  # pandas keeps an object Series' own missing values here
            missing = s.isna().to_numpy()
            if missing.any():
                out[missing] = s[missing].to_numpy()
        return out
    labels = _columns(names)
    if len(s) == 0:
        return pd.DataFrame(columns=labels, dtype=dtype)
    return _frame(groups.first_column(values, threads, _na(dtype)), labels, s.index, dtype)


def pandas_extractall(s: Any, values: Any, groups: _Groups, threads: int) -> pd.DataFrame:
    """`s.str.extractall(pattern, flags)`; `values` is what the native side reads of `s`."""
    dtype = _result_dtype(s)
    rows, numbers, columns = groups.all_column(values, threads, True, np.nan)
    names = [*s.index.names, "match"]
    if rows:
        take = np.asarray(rows, dtype=np.intp)
        levels = [s.index.get_level_values(i).take(take) for i in range(s.index.nlevels)]
        index = pd.MultiIndex.from_arrays([*levels, np.asarray(numbers, dtype=np.int64)], names=names)
    else:
        index = pd.MultiIndex.from_tuples([], names=names)
    return _frame(columns, _columns(groups.names), index, dtype)


class PandasShaper:
    """Built-in kinds on a Series: one column per kind (or a Series for one kind), or long."""

    def __init__(self, s: pd.Series) -> None:
        self.s = s

    def wide(self, cells: dict[str, list[Any]], order: list[str], single: bool, spans: bool) -> Any:
        if single:
            return pd.Series(cells[order[0]], index=self.s.index, name=self.s.name, dtype=object)
        return pd.DataFrame({k: cells[k] for k in order}, index=self.s.index, columns=order, dtype=object)

    def long(self, table: dict[str, list[Any]]) -> pd.DataFrame:
        rows = np.asarray(table.pop("row"), dtype=np.intp)
        numbers = np.asarray(table.pop("match"), dtype=np.int64)
        index = self.s.index
        levels = [index.get_level_values(i).take(rows) for i in range(index.nlevels)]
        names = [*index.names, "match"]
        mi = pd.MultiIndex.from_arrays([*levels, numbers], names=names)
        out = pd.DataFrame(table, index=mi)
        return out.astype({"start": np.int64, "end": np.int64})
