"""textwash on Ray Data: a callable for `Dataset.map_batches` that cleans text columns of Arrow
batches.

>>> import ray, textwash.ray                                                   # doctest: +SKIP
>>> ds = ray.data.read_parquet("posts/")                                       # doctest: +SKIP
>>> ds = ds.map_batches(textwash.ray.Cleaner("text", urls="<URL>"), batch_format="pyarrow")  # doctest: +SKIP

Options are checked when the `Cleaner` is built, on the driver; it pickles to the workers. Each
batch is cleaned on one thread (Ray runs a task per core) unless `threads` says otherwise.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from . import Cleaner as _Cleaner


class Cleaner:
    """Cleans the text `columns` of each batch (a `pyarrow.Table`, or a dict of columns) with
    `textwash.clean`'s `options`; `output_columns` names new columns for the results, keeping
    the originals. Other columns pass through untouched."""

    def __init__(
        self,
        *columns: str,
        output_columns: list[str] | None = None,
        threads: int = 1,
        **options: Any,
    ) -> None:
        self.columns = list(columns) or ["text"]
        self.output_columns = list(output_columns) if output_columns is not None else list(self.columns)
        if len(self.output_columns) != len(self.columns):
            raise TypeError("give one output column per column")
        self.threads = threads
        self.cleaner = _Cleaner(**options)

    def __call__(self, batch: Any) -> pa.Table:
        table = batch if isinstance(batch, pa.Table) else pa.table(batch)
        for column, target in zip(self.columns, self.output_columns, strict=True):
            original = table.column(column)
            cleaned = self.cleaner(original, threads=self.threads)
            if target in table.column_names:
                table = table.set_column(table.column_names.index(target), target, cleaned)
            else:
                table = table.append_column(target, cleaned)
        return table

    def __repr__(self) -> str:
        return f"textwash.ray.Cleaner({', '.join(map(repr, self.columns))}, options={self.cleaner.options!r})"
