"""`textwash clean` and `textwash extract` on files: read a batch, clean it on every core while
the next batch is read, write it, and say what was done.

Bad input gets one line on stderr and exit status 1, never a traceback; Ctrl-C stops within a
second (status 130). In both cases the output file is left as it was (see `_files.Sink`).
"""

from __future__ import annotations

import argparse
import queue
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

from . import Cleaner, TextwashError
from ._textwash import _threads

_INSTALL = "textwash clean and extract on files need pyarrow and tqdm: pip install 'textwash[files]'"


def run(args: argparse.Namespace, options: dict[str, Any]) -> int:
    """Runs `textwash clean` or `textwash extract`; returns the exit status."""
    try:
        import pyarrow as pa

        from . import _files
    except ImportError:
        return _fail(_INSTALL)
    sink = None
    try:
        job = _Job(args, options)
        sink = _files.Sink(args.output, job.output_format)
        started = time.perf_counter()
        with _progress(job, args.quiet) as bar, _WriteBehind(sink) as writer:
            for batch in _prefetch(job.batches()):
                writer.write(job.process(batch), job.sources[0].newline)
                bar.update(job.consumed() - bar.n)
                bar.set_postfix_str(f"{job.rows:,} rows", refresh=False)
        sink.commit()
        if not args.quiet:
            sys.stderr.write(job.summary(time.perf_counter() - started) + "\n")
        return 0
    except KeyboardInterrupt:
        if sink is not None:
            sink.discard()
        sys.stderr.write("textwash: interrupted; nothing written\n")
        return 130
    except (_files.FileError, TextwashError, TypeError, OSError, pa.ArrowException, ValueError) as err:
        if sink is not None:
            sink.discard()
        return _fail(_one_line(err))
    except BaseException:
        if sink is not None:
            sink.discard()
        raise


def _fail(message: str) -> int:
    sys.stderr.write(f"textwash: error: {message}\n")
    return 1


def _one_line(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        where = f": {err.filename}" if err.filename else ""
        return f"{err.strerror}{where}"
    return " ".join(str(err).split()) or type(err).__name__


class _Job:
    """What one run reads, how it treats each batch, and what it has done so far."""

    def __init__(self, args: argparse.Namespace, options: dict[str, Any]) -> None:
        from . import _files

        self.command: str = args.command
        self.columns: list[str] = args.column or ["text"]
        if len(set(self.columns)) != len(self.columns):
            raise _files.FileError("a --column is given twice")
        given = _files.paths(args.input)
        formats = {_files.format_of(p, args.format) for p in given}
        if len(formats) > 1:
            raise _files.FileError(f"the inputs mix formats ({', '.join(sorted(formats))}); give files of one")
        (self.input_format,) = formats
        if args.output_format is not None or args.output is None:
            fallback = self.input_format if self.command == "clean" else "jsonl"
            self.output_format = _files.format_of(None, args.output_format or fallback)
        else:
            self.output_format = _files.format_of(args.output, None)
        self.sources = [_files.Source(p, self.input_format, args.errors, self.columns) for p in given]
        self.threads = _threads(args.threads)
        self.rows = 0
        self.found: Counter[str] = Counter()
        if self.command == "clean":
            self.cleaner = Cleaner(**options)
            self.targets: list[str | None] = list(args.output_column or [None] * len(self.columns))
            if len(self.targets) != len(self.columns):
                raise _files.FileError("give one --output-column per --column")
        else:
            self.kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
            self.extract_options = {"dayfirst": args.dayfirst, "region": args.region}

    def batches(self) -> Iterator[Any]:
        for source in self.sources:
            yield from source.batches()

    def consumed(self) -> int:
        return sum(s.consumed for s in self.sources)

    def size(self) -> int | None:
        sizes = [s.size for s in self.sources]
        return None if None in sizes else sum(s for s in sizes if s is not None)

    def process(self, batch: Any) -> Any:
        out = self._clean(batch) if self.command == "clean" else self._extract(batch)
        self.rows += len(batch) if isinstance(batch, list) else batch.num_rows
        return out

    def _clean(self, batch: Any) -> Any:
        import pyarrow as pa

        from ._files import FileError

        for column, target in zip(self.columns, self.targets, strict=True):
            if isinstance(batch, list):
                values = [row.get(column) for row in batch]
                cleaned, counts = self.cleaner._clean_sequence_counted(values, self.threads)
                for row, value in zip(batch, cleaned, strict=True):
                    row[target or column] = value
            else:
                if isinstance(batch, pa.RecordBatch):  # a table takes the chunks as they come
                    batch = pa.Table.from_batches([batch])
                original = batch.column(column)
                chunks, counts = self.cleaner._clean_arrow_counted(original, self.threads)
                cleaned = pa.chunked_array(chunks)
                if cleaned.type != original.type and not pa.types.is_null(original.type):
                    cleaned = cleaned.cast(original.type)  # past 2 GiB: the file's type must hold
                if target is None:
                    batch = batch.set_column(batch.schema.get_field_index(column), column, cleaned)
                elif target in batch.schema.names:
                    raise FileError(f"--output-column {target!r} is a column of the input already")
                else:
                    batch = batch.append_column(target, cleaned)
            self.found.update(dict(counts))
        return batch

    def _extract(self, batch: Any) -> Any:
        import pyarrow as pa
        import pyarrow.compute as pc

        from . import extract

        tables = []
        for column in self.columns:
            if isinstance(batch, list):  # JSON Lines: as Arrow, so every batch's result has one schema
                values = pa.array([row.get(column) for row in batch], pa.large_string())
            else:
                values = batch.column(column)
            table = extract(values, self.kinds, long=True, threads=self.threads, **self.extract_options)
            rows = pc.add(table.column("row").cast(pa.int64()), self.rows)
            table = table.set_column(0, "row", rows).drop_columns(["match"])
            if len(self.columns) > 1:
                table = table.add_column(1, "column", pa.array([column] * table.num_rows, pa.large_string()))
            self.found.update(table.column("kind").to_pylist())
            tables.append(table)
        out = pa.concat_tables(tables)
        if len(self.columns) > 1:
            out = out.sort_by([("row", "ascending"), ("start", "ascending")])
        return out

    def summary(self, seconds: float) -> str:
        size = self.consumed() if self.input_format != "parquet" else _bytes_on_disk(self.sources)
        rate = size / seconds / 1e6 if seconds > 0 else 0.0
        rows = "1 row" if self.rows == 1 else f"{self.rows:,} rows"
        head = f"textwash: {rows}, {size / 1e6:,.1f} MB in {seconds:.2f} s ({rate:,.1f} MB/s)"
        pieces = ", ".join(f"{n:,} {name}" for name, n in self.found.most_common())
        if self.command == "clean":
            total = sum(self.found.values())
            return f"{head}; {total:,} {'piece' if total == 1 else 'pieces'} of junk removed" + (
                f": {pieces}" if pieces else ""
            )
        return f"{head}; {sum(self.found.values()):,} items" + (f": {pieces}" if pieces else "")


def _bytes_on_disk(sources: list[Any]) -> int:
    import os

    return sum(os.path.getsize(s.path) for s in sources if s.path is not None)


_DONE = object()


class _WriteBehind:
    """Writes batches on a thread of its own, so that writing one batch (pyarrow encodes and
    compresses with the interpreter released) overlaps cleaning the next. At most two wait."""

    def __init__(self, sink: Any) -> None:
        self._sink = sink
        self._waiting: queue.Queue[Any] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="textwash-writer", daemon=True)

    def _run(self) -> None:
        while True:
            item = self._waiting.get()
            if item is _DONE:
                return
            try:
                self._sink.write(*item)
            except BaseException as err:  # handed to the main thread at its next write
                self._error = err
                return

    def write(self, batch: Any, newline: str) -> None:
        while True:
            if self._error is not None:
                raise self._error
            try:
                self._waiting.put((batch, newline), timeout=0.1)
                return
            except queue.Full:
                continue

    def __enter__(self) -> _WriteBehind:
        self._thread.start()
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is not None:  # the run failed: the output is discarded, not finished
            return
        while self._thread.is_alive():
            try:
                self._waiting.put(_DONE, timeout=0.1)
                break
            except queue.Full:
                continue
        self._thread.join()
        if self._error is not None:
            raise self._error


def _prefetch(batches: Iterator[Any], depth: int = 2) -> Iterator[Any]:
    """`batches`, read ahead on a thread of their own: the next batch is read (pyarrow parses
    with the interpreter released) while this one is cleaned. At most `depth` batches wait."""
    waiting: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def read() -> None:
        try:
            for batch in batches:
                while not stop.is_set():
                    try:
                        waiting.put((batch, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            waiting.put((_DONE, None))
        except BaseException as err:  # handed to the consumer, which raises it
            waiting.put((_DONE, err))

    reader = threading.Thread(target=read, name="textwash-reader", daemon=True)
    reader.start()
    try:
        while True:
            batch, err = waiting.get()
            if err is not None:
                raise err
            if batch is _DONE:
                return
            yield batch
    finally:
        stop.set()


class _NoBar:
    n = 0

    def update(self, n: int) -> None:
        self.n += n

    def set_postfix_str(self, s: str, refresh: bool = True) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _progress(job: _Job, quiet: bool) -> Any:
    """A progress bar on stderr (rows, MB/s, and the ETA when the size is known), only when
    stderr is a terminal and the user did not ask for quiet."""
    if quiet or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm  # type: ignore[import-untyped]

    rows = job.input_format == "parquet"
    return tqdm(
        total=job.size(),
        unit="rows" if rows else "B",
        unit_scale=True,
        unit_divisor=1000,
        file=sys.stderr,
        desc=f"textwash {job.command}",
        dynamic_ncols=True,
        mininterval=0.2,
    )
