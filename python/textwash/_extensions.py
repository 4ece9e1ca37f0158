"""`Series.textwash.clean()` for pandas and Dask, and `pl.col(...).textwash.clean()` for polars.

Each is registered when its library is imported, before or after textwash, without importing
any of them here: importing textwash stays fast where they are unused.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import warnings
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from ._textwash import Cleaner


def register_pandas() -> None:
    """Register the `textwash` Series accessor."""
    import pandas as pd

    @pd.api.extensions.register_series_accessor("textwash")
    class TextwashAccessor:
        """`s.textwash.clean(**options)`: `textwash.clean` on a Series of strings."""

        def __init__(self, series: pd.Series) -> None:
            if not (series.dtype == object or pd.api.types.is_string_dtype(series.dtype)):
                raise AttributeError("Can only use .textwash accessor with string values")
            self._series = series

        def clean(self, *, threads: int | None = None, **options: Any) -> pd.Series:
            """Clean every row; index, name and dtype are kept, missing values stay missing."""
            return Cleaner(**options)(self._series, threads=threads)

        def extract(self, kinds: Any = None, **options: Any) -> Any:
            """`textwash.extract` on the Series: a DataFrame (see `textwash.extract`)."""
            from ._extract import extract

            return extract(self._series, kinds, **options)


def register_polars() -> None:
    """Register the `textwash` expression and Series namespaces."""
    import polars as pl

    @pl.api.register_expr_namespace("textwash")
    class TextwashExpr:
        """`pl.col("text").textwash.clean(**options)`, in eager and lazy queries."""

        def __init__(self, expr: pl.Expr) -> None:
            self._expr = expr

        def clean(self, *, threads: int | None = None, **options: Any) -> pl.Expr:
            """Clean every row of a String column; nulls stay null."""
            cleaner = Cleaner(**options)
            return self._expr.map_batches(
                lambda s: cleaner(s, threads=threads), return_dtype=pl.String, is_elementwise=True
            )

        def extract(self, kinds: Any = None, **options: Any) -> pl.Expr:
            """`textwash.extract` on every row: a struct of lists (of the groups, for a
            `pattern`); nulls stay null."""
            from ._extract import extract

            return self._expr.map_batches(lambda s: extract(s, kinds, **options), is_elementwise=True)

    @pl.api.register_series_namespace("textwash")
    class TextwashSeries:
        """`series.textwash.clean(**options)` on a polars Series."""

        def __init__(self, series: pl.Series) -> None:
            self._series = series

        def clean(self, *, threads: int | None = None, **options: Any) -> pl.Series:
            """Clean every row of a String Series; nulls stay null."""
            return Cleaner(**options)(self._series, threads=threads)

        def extract(self, kinds: Any = None, **options: Any) -> Any:
            """`textwash.extract` on the Series (see `textwash.extract`)."""
            from ._extract import extract

            return extract(self._series, kinds, **options)


def register_dask() -> None:
    """Register the `textwash` accessor of Dask Series: `ddf["text"].textwash.clean()`."""
    from dask.dataframe.extensions import register_series_accessor

    @register_series_accessor("textwash")  # type: ignore[no-untyped-call]
    class TextwashDaskAccessor:
        """`s.textwash.clean(**options)` and `s.textwash.extract(...)` on a Dask Series: lazy,
        partition by partition, with the same `meta` as the pandas results."""

        def __init__(self, series: Any) -> None:
            self._series = series

        def clean(self, *, threads: int | None = None, **options: Any) -> Any:
            """A lazy Dask Series of every row cleaned (see `textwash.clean`)."""
            return Cleaner(**options)(self._series, threads=threads)

        def extract(self, kinds: Any = None, **options: Any) -> Any:
            """A lazy `textwash.extract` of the Series (see `textwash.extract`)."""
            from ._extract import extract

            return extract(self._series, kinds, **options)


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs a callback right after a module is first imported."""

    def __init__(self, callbacks: dict[str, Callable[[], None]]) -> None:
        self.callbacks = callbacks

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.callbacks:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                then = _then(spec.loader.exec_module, self.callbacks.pop(fullname))
                spec.loader.exec_module = then  # type: ignore[method-assign,assignment]
                return spec
        return None


def _then(exec_module: Callable[[ModuleType], None], register: Callable[[], None]) -> Callable[[ModuleType], None]:
    """`exec_module`, then `register`."""

    def exec_then_register(module: ModuleType) -> None:
        exec_module(module)
        _run(register)

    return exec_then_register


def _run(register: Callable[[], None]) -> None:
    try:
        register()
    except Exception as exc:  # an extension must never break the user's import
        warnings.warn(f"textwash could not register its {register.__name__} extension: {exc}", stacklevel=2)


def install() -> None:
    """Register now for libraries already imported, and on import for the others."""
    pending = {}
    for name, register in (
        ("pandas", register_pandas),
        ("polars", register_polars),
        ("dask.dataframe", register_dask),
    ):
        if name in sys.modules:
            _run(register)
        else:
            pending[name] = register
    if pending:
        sys.meta_path.insert(0, _AfterImport(pending))
