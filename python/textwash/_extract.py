"""`extract()`: built-in kinds and user regexes, on a `str` or a whole column.

The native half (`_Extractor`, `_Groups`) finds the matches on all cores; this module shapes
them into what the caller gave: plain Python for a `str`, list or numpy array, a DataFrame for
pandas (the very output of `Series.str.extract` / `extractall` for a pattern), Arrow for
pyarrow and polars.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple, cast, overload

from ._dispatch import Column, is_dask, is_missing, lazy, read
from ._textwash import KINDS as _KINDS
from ._textwash import _Extractor, _Groups, _threads

Kind = Literal[
    "emoji", "url", "email", "hashtag", "mention", "phone", "number", "money", "percent", "date", "time", "ip", "junk"
]
KINDS = cast("tuple[Kind, ...]", _KINDS)  # the names of the core's one table of kinds


class Match(NamedTuple):
    """One item found by `extract(..., spans=True)`; `text[start:end] == match.text`."""

    kind: str
    text: str
    start: int
    end: int
    value: str | None = None
    """The normalised value: an emoji's name, a date's ISO form, money's amount, junk's reason, …"""
    currency: str | None = None
    """Money's currency, as written."""
    replacement: str | None = None
    """What `clean` puts in junk's place: "" for a removal, `a` for the look-alike `а`."""


_NO_MATCH = object()  # marks the rows without a match in native results


@functools.lru_cache(maxsize=64)
def _extractor(
    kinds: tuple[str, ...], dayfirst: bool, region: str | None, options: tuple[tuple[str, Any], ...]
) -> _Extractor:
    return _Extractor(list(kinds), dayfirst, region, dict(options))


@functools.lru_cache(maxsize=64)
def _groups(pattern: str, flags: int, case: bool) -> _Groups:
    return _Groups(pattern, int(flags), case)


@overload
def extract(
    x: str, *, pattern: str, all: Literal[False] = False, flags: int = 0, case: bool = True
) -> tuple[str | None, ...] | None: ...
@overload
def extract(
    x: str, *, pattern: str, all: Literal[True], flags: int = 0, case: bool = True
) -> list[tuple[str | None, ...]]: ...
@overload
def extract(x: str, kinds: Kind, *, spans: Literal[False] = False, **options: Any) -> list[str]: ...
@overload
def extract(x: str, kinds: Kind, *, spans: Literal[True], **options: Any) -> list[Match]: ...
@overload
def extract(
    x: str, kinds: Iterable[Kind] | None = None, *, spans: Literal[False] = False, **options: Any
) -> dict[str, list[str]]: ...
@overload
def extract(
    x: str, kinds: Iterable[Kind] | None = None, *, spans: Literal[True], **options: Any
) -> dict[str, list[Match]]: ...
@overload
def extract(x: Any, kinds: Kind | Iterable[Kind] | None = None, **options: Any) -> Any: ...
def extract(
    x: Any,
    kinds: str | Iterable[str] | None = None,
    *,
    pattern: str | None = None,
    all: bool = False,
    expand: bool = True,
    flags: int = 0,
    case: bool = True,
    spans: bool = False,
    long: bool = False,
    dayfirst: bool = False,
    region: str | None = None,
    threads: int | None = None,
    **options: Any,
) -> Any:
    r"""Pull structured items, emoji and junk out of `x`, or the groups of a regex `pattern`.

    `x` is a `str`, a missing value (returned as it is), or a whole column: a list or tuple, a
    numpy array, a pandas Series, a pyarrow Array or ChunkedArray, or a polars Series, searched
    on `threads` threads (as for `clean`).

    Built-in kinds (`kinds`: one name, several, or None for all):
      emoji, url, email, hashtag, mention, phone, number, money, percent, date, time, ip, and
      junk (what `clean(x, **options)` removes; clean's options are accepted here).
      - On a `str`: a dict from kind to the texts found, in order; for one kind (a `str`), that
        kind's list. `spans=True` gives `Match(kind, text, start, end, value, currency)` objects
        instead, with `text[start:end] == match.text` (string indices, not bytes) and `value`
        the item's normalised form: an emoji's name, a date's ISO form (`dayfirst=True` reads
        01/02/2023 as 1 February), a time's HH:MM, money's amount (and `currency`), a
        number's plain decimal, a phone's E.164 form (national numbers are checked against
        libphonenumber's metadata when `region="GB"` etc. is given), junk's reason.
      - On a pandas Series: a DataFrame with a column per kind, each cell a list (a Series for
        one kind), index kept, missing rows None. On pyarrow: a StructArray of lists; on
        polars: a Series of structs. On a list or numpy array: a list of per-row results.
      - `long=True`: one row per match (row, match, kind, text, start, end, value, currency, replacement),
        as a DataFrame indexed like `Series.str.extractall` for pandas, an Arrow table,
        a polars DataFrame, or a dict of lists.

    A regex (`pattern`), like pandas' `Series.str.extract` and `extractall`:
      - the first match, one column per capture group, named groups naming their columns,
        unmatched rows missing; `expand=False` with one group gives a Series. `all=True`: every
        match, indexed by (row, match). On a pandas Series the output equals pandas' own.
      - `flags` (re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE) and `case=False`.
      - The engine is Rust's `regex`: linear time, no backreferences or look-around; see the
        README for the differences from Python's `re`. A pattern it cannot compile raises
        TextwashError (a ValueError) with the engine's message.
      - On a `str`: a tuple of groups or None (`all=True`: a list of tuples).

    >>> extract("mail me at ann@example.org on 17 Feb 2023 🎉", ["email", "date", "emoji"])
    {'emoji': ['🎉'], 'email': ['ann@example.org'], 'date': ['17 Feb 2023']}
    >>> extract("paid $1,200.50", "money", spans=True)
    [Match(kind='money', text='$1,200.50', start=5, end=14, value='1200.50', currency='$', replacement=None)]
    >>> extract("a1 b2", pattern=r"([ab])(\d)", all=True)
    [('a', '1'), ('b', '2')]
    """
    if pattern is not None:
        if kinds is not None:
            raise TypeError("extract() takes `kinds` or `pattern`, not both")
        if spans or long or options or dayfirst or region is not None:
            raise TypeError("spans, long, dayfirst, region and clean options go with `kinds`, not with `pattern`")
        if not isinstance(expand, bool):
            raise TypeError(f"option `expand` takes True or False, not {type(expand).__name__}")
        groups = _groups(pattern, flags, case)  # a bad pattern fails here, not on a Dask worker
        if is_dask(x):
            return _on_dask(x, all, pattern=pattern, expand=expand, flags=flags, case=case, threads=threads)
        return _by_pattern(x, groups, all, expand, threads)
    if all or not expand or flags or not case:
        raise TypeError("all, expand, flags and case go with `pattern`, not with `kinds`")
    single = isinstance(kinds, str)
    wanted = KINDS if kinds is None else (kinds,) if isinstance(kinds, str) else tuple(kinds)
    try:
        key = tuple(sorted(options.items()))
        extractor = _extractor(wanted, dayfirst, region, key)
    except TypeError as exc:  # an unhashable option value: let the native side explain it
        if "unhashable" not in str(exc):
            raise
        extractor = _Extractor(list(wanted), dayfirst, region, options)
    if is_dask(x):
        kw = {"spans": spans, "dayfirst": dayfirst, "region": region, "threads": threads}
        return _on_dask(x, long, kinds=kinds, **kw, **options)
    return _by_kinds(x, extractor, wanted, single, spans, long, threads)


def _on_dask(x: Any, one_row_per_match: bool, **kwargs: Any) -> Any:
    """`extract` on every partition of a Dask Series, lazily, each on one thread unless
    `threads` says otherwise."""
    if one_row_per_match:
        raise TypeError(
            "long=True and all=True index their rows by (row, match), which a Dask collection cannot hold; "
            "use x.map_partitions(...) with reset_index(), or extract the columns wide"
        )
    kwargs["threads"] = kwargs["threads"] or 1
    return lazy(x, functools.partial(extract, **kwargs))


# -- built-in kinds --------------------------------------------------------------------------


def _by_kinds(
    x: Any, ex: _Extractor, wanted: tuple[str, ...], single: bool, spans: bool, long: bool, threads: int | None
) -> Any:
    order: list[str] = [k for k in KINDS if k in wanted]
    if isinstance(x, str):
        found = ex.find(x)
        return _one_row(found, order, single, spans)
    if is_missing(x):
        return x
    column = read("extract", x)
    values, wrap = column.values, _shaper(x, column)
    if isinstance(wrap, _Arrow) and not long and not spans:
        return wrap.native_wide(ex.find_wide_arrow(values, _threads(threads)), single)
    if not long and not spans:
        cells = dict(zip(ex.kinds, ex.find_wide(values, _threads(threads)), strict=True))
        return wrap.wide(cells, order, single, spans)
    rows, numbers, kinds, starts, ends, texts, vals, currencies, replacements, missing = ex.find_column(
        values, _threads(threads)
    )
    if long:
        table = {
            "row": rows,
            "match": numbers,
            "kind": kinds,
            "text": texts,
            "start": starts,
            "end": ends,
            "value": vals,
            "currency": currencies,
            "replacement": replacements,
        }
        return wrap.long(table)
    n = len(values)
    missing_rows = set(missing)
    grouped: dict[str, list[Any]] = {k: [None if i in missing_rows else [] for i in range(n)] for k in order}
    for row, kind, start, end, text, value, currency, replacement in zip(
        rows, kinds, starts, ends, texts, vals, currencies, replacements, strict=True
    ):
        grouped[kind][row].append(Match(kind, text, start, end, value, currency, replacement) if spans else text)
    return wrap.wide(grouped, order, single, spans)


def _one_row(found: list[tuple[Any, ...]], order: list[str], single: bool, spans: bool) -> Any:
    out: dict[str, list[Any]] = {k: [] for k in order}
    for kind, start, end, text, value, currency, replacement in found:
        out[kind].append(Match(kind, text, start, end, value, currency, replacement) if spans else text)
    return out[order[0]] if single else out


# -- user regexes ----------------------------------------------------------------------------


def _by_pattern(x: Any, groups: _Groups, all: bool, expand: bool, threads: int | None) -> Any:
    names = groups.names
    one = len(names) == 1 and not expand
    if isinstance(x, str):
        if all:
            return groups.all(x)
        first = groups.first(x)
        return (None if first is None else first[0]) if one else first
    if is_missing(x):
        return x
    column = read("extract", x)
    if column.source in ("pandas", "pandas-arrow"):
        from ._pandas_extract import pandas_extract, pandas_extractall

        if all:
            return pandas_extractall(x, column.values, groups, _threads(threads))
        return pandas_extract(x, column.values, groups, expand, _threads(threads))
    values, wrap = column.values, _shaper(x, column)
    n_threads = _threads(threads)
    if all:
        rows, numbers, columns = groups.all_column(values, n_threads, False, None)
        return wrap.matches(rows, numbers, columns, names)
    if isinstance(wrap, _Arrow):
        return wrap.native_groups(groups.first_arrow(values, n_threads), one)
    columns = groups.first_column(values, n_threads, None, _NO_MATCH)
    return wrap.groups(columns, names, one)


# -- containers ------------------------------------------------------------------------------


class _Plain:
    """Lists, tuples and numpy arrays: a list with one result per row."""

    def wide(self, cells: dict[str, list[Any]], order: list[str], single: bool, spans: bool) -> list[Any]:
        n = len(next(iter(cells.values()))) if cells else 0
        if single:
            return cells[order[0]]
        return [None if cells[order[0]][i] is None else {k: cells[k][i] for k in order} for i in range(n)]

    def long(self, table: dict[str, list[Any]]) -> dict[str, list[Any]]:
        return table

    def groups(self, columns: list[list[Any]], names: list[str | None], one: bool) -> list[Any]:
        if one:
            return [None if v is _NO_MATCH else v for v in columns[0]]
        return [None if row[0] is _NO_MATCH else row for row in zip(*columns, strict=True)]

    def matches(
        self, rows: list[int], numbers: list[int], columns: list[list[Any]], names: list[str | None]
    ) -> dict[str, list[Any]]:
        return {"row": rows, "match": numbers} | {
            _field(n, i): c for i, (n, c) in enumerate(zip(names, columns, strict=True))
        }


def _field(name: str | None, i: int) -> str:
    """A group's field name: its name, or its number (from 1, as polars numbers them)."""
    return name if name is not None else str(i + 1)


class _Arrow:
    """pyarrow Arrays and ChunkedArrays, and polars Series (`polars=True`)."""

    def __init__(self, polars_name: str | None = None, polars: bool = False, array: bool = False) -> None:
        self.polars = polars
        self.name = polars_name
        self.array = array  # a pyarrow Array (not a ChunkedArray) comes back as one

    def _out(self, array: Any) -> Any:
        if self.polars:
            import polars as pl

            return pl.Series(self.name or "", array)
        return array

    def native_wide(self, chunks: Any, single: bool) -> Any:
        """A chunked struct array of list fields from the native side (its only field, for one kind)."""
        return self._native(chunks, single)

    def native_groups(self, chunks: Any, one: bool) -> Any:
        """A chunked struct array of group fields from the native side (its only field, for `one`)."""
        return self._native(chunks, one)

    def _native(self, chunks: Any, first_field: bool) -> Any:
        import pyarrow as pa
        import pyarrow.compute as pc

        out = pa.chunked_array(chunks)
        if first_field:
            out = pc.struct_field(out, [0])
        if self.polars:
            return self._out(out)
        return out.combine_chunks() if self.array else out

    def wide(self, cells: dict[str, list[Any]], order: list[str], single: bool, spans: bool) -> Any:
        import pyarrow as pa

        def column(values: list[Any]) -> Any:
            if spans:
                values = [None if v is None else [m._asdict() for m in v] for v in values]
                return pa.array(values)
            return pa.array(values, type=pa.list_(pa.large_string()))

        if single:
            return self._out(column(cells[order[0]]))
        mask = pa.array([v is None for v in cells[order[0]]]) if order else None
        return self._out(pa.StructArray.from_arrays([column(cells[k]) for k in order], names=order, mask=mask))

    def long(self, table: dict[str, list[Any]]) -> Any:
        import pyarrow as pa

        out = pa.table(
            {
                k: pa.array(v, type=pa.large_string())
                if k in ("kind", "text", "value", "currency", "replacement")
                else pa.array(v, type=pa.int64())
                for k, v in table.items()
            }
        )
        if self.polars:
            import polars as pl

            return pl.from_arrow(out)
        return out

    def matches(self, rows: list[int], numbers: list[int], columns: list[list[Any]], names: list[str | None]) -> Any:
        return self.long(
            {"row": rows, "match": numbers}
            | {_field(n, i): c for i, (n, c) in enumerate(zip(names, columns, strict=True))}
        )


def _shaper(x: Any, column: Column) -> Any:
    """What turns the native results for the column `x` back into its kind of container."""
    if column.source in ("list", "tuple", "numpy"):
        return _Plain()
    if column.source in ("pandas", "pandas-arrow"):
        from ._pandas_extract import PandasShaper

        return PandasShaper(x)
    if column.source == "polars":
        return _Arrow(x.name, polars=True)
    import pyarrow as pa

    return _Arrow(array=isinstance(x, pa.Array))
