"""Datasets on disk for the command line: CSV, TSV, JSON Lines, Parquet and plain text, read and
written in bounded batches.

CSV, TSV and Parquet are read and written by pyarrow's streaming readers and writers; JSON Lines by
the standard library's `json`, line by line, so that every other field passes through as it was
(pyarrow's JSON reader would turn ISO date strings into timestamps). Plain text is one document
per line. pyarrow checks CSV's bytes itself (the file is read again only to name the offset of
bad bytes); every other text input, and CSV with `--errors replace`, goes through `Utf8Stream`,
which checks or repairs the bytes and knows how far into the input the reader is.

A batch is a `pyarrow.RecordBatch` or `Table`, or, for JSON Lines, a list of dicts.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import glob
import io
import json
import os
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

import pyarrow as pa

# Bytes of text (or, for Parquet, rows) read at a time: enough for every core to have work,
# small enough that memory stays flat whatever the size of the input.
BLOCK_BYTES = 16 << 20
BLOCK_ROWS = 65_536
# pyarrow's CSV reader reads dozens of blocks ahead: 4 MB blocks bound that to ~160 MB.
CSV_BLOCK_BYTES = 4 << 20

_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "txt",
    ".text": "txt",
}
FORMATS = tuple(dict.fromkeys(_EXTENSIONS.values()))
_COMPRESSIONS = {".gz": "gzip", ".bz2": "bz2", ".zst": "zstd", ".lz4": "lz4"}


class FileError(Exception):
    """A problem with the input or output the user can fix; its message is one line."""


def format_of(path: str | None, given: str | None) -> str:
    """The format `given`, else the one `path`'s extension names (compression suffixes aside);
    standard input (`None`) is plain text."""
    if given is not None:
        if given not in FORMATS:
            raise FileError(f"unknown format {given!r}; --format takes {', '.join(FORMATS)}")
        return given
    if path is None:  # standard input: plain text, one document per line, unless told
        return "txt"
    root, ext = os.path.splitext(path.lower())
    if ext in _COMPRESSIONS:
        ext = os.path.splitext(root)[1]
    found = _EXTENSIONS.get(ext)
    if found is None:
        raise FileError(f"cannot tell the format of {path!r} from its extension; say it with --format")
    return found


def paths(spec: str | None) -> list[str | None]:
    """The files `spec` names: itself, every file of a known format in a directory (recursively),
    or the files a glob matches, in sorted order; `None` (or `-`) is standard input."""
    if spec in (None, "-"):
        return [None]
    assert spec is not None
    if os.path.isdir(spec):
        found = sorted(
            os.path.join(root, name)
            for root, _, names in os.walk(spec)
            for name in names
            if not name.startswith((".", "_")) and _known(name)
        )
        if not found:
            raise FileError(f"no CSV, TSV, JSON Lines, Parquet or text files in the directory {spec!r}")
        return list(found)
    if glob.has_magic(spec):
        matched = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
        if not matched:
            raise FileError(f"no file matches {spec!r}")
        return list(matched)
    if not os.path.exists(spec):
        raise FileError(f"no such file: {spec!r}")
    return [spec]


def _known(name: str) -> bool:
    try:
        format_of(name, None)
    except FileError:
        return False
    return True


class Utf8Stream(io.RawIOBase):
    """The bytes of `raw`, checked to be UTF-8 (`errors="strict"`: an error names the byte
    offset) or repaired (`errors="replace"`: each undecodable byte becomes U+FFFD), and a count
    of the bytes read so far, for the progress bar."""

    def __init__(self, raw: BinaryIO, name: str, errors: str) -> None:
        super().__init__()
        self._raw = raw
        self._name = name
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors)
        self._pending = b""
        self._done = False
        self.consumed = 0  # bytes of `raw` read so far

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._pending and not self._done:
            chunk = self._raw.read(max(len(view), 1 << 16))
            self._done = not chunk
            self._pending = self._check(chunk)
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _check(self, chunk: bytes) -> bytes:
        held = len(self._decoder.getstate()[0])  # bytes of a character split across reads
        try:
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as err:
            offset = self.consumed - held + err.start
            raise FileError(
                f"{self._name}: bytes that are not UTF-8 at byte offset {offset} "
                f"({err.object[err.start : err.end]!r}); --errors replace writes U+FFFD in their place"
            ) from None
        self.consumed += len(chunk)
        return text.encode("utf-8")

    def close(self) -> None:
        self._raw.close()
        super().close()


def _open(path: str | None, errors: str) -> Utf8Stream:
    if path is None:
        return Utf8Stream(sys.stdin.buffer, "standard input", errors)
    return Utf8Stream(pa.input_stream(path, compression="detect"), path, errors)


class Source:
    """One input file, read batch by batch; `consumed` and `size` (bytes, or rows for Parquet)
    drive the progress bar."""

    def __init__(self, path: str | None, fmt: str, errors: str, columns: list[str]) -> None:
        self.path = path
        self.name = "standard input" if path is None else path
        self.format = fmt
        self.errors = errors
        self.columns = columns
        self._stream: Utf8Stream | None = None
        self._native: Any = None  # the stream pyarrow reads CSV from itself
        self._finished: int | None = None  # its position when it was read to the end
        self._rows = 0
        # Plain text's line ending, from its first line: a Windows file stays a Windows file.
        self.newline = "\n"
        self.size: int | None = None
        if fmt == "parquet":
            import pyarrow.parquet as pq

            if path is None:
                raise FileError("Parquet cannot be read from standard input; give a file")
            # Without pre-buffering: it keeps every row group read in memory until the file closes.
            self._parquet = pq.ParquetFile(path, pre_buffer=False)
            self.size = self._parquet.metadata.num_rows
        elif path is not None and not _compressed(path):
            self.size = os.path.getsize(path)

    @property
    def consumed(self) -> int:
        if self.format == "parquet":
            return self._rows
        if self._finished is not None:
            return self._finished
        if self._native is not None:
            try:
                return int(self._native.tell())
            except (OSError, ValueError):  # a compressed stream or a pipe: no position to show
                return 0
        return 0 if self._stream is None else self._stream.consumed

    def batches(self) -> Iterator[Any]:
        """The batches of the input, each checked to hold the wanted columns as strings."""
        if self.format == "parquet":
            schema = self._parquet.schema_arrow
            self._check_arrow_schema(schema)
            empty = True
            for batch in self._parquet.iter_batches(batch_size=BLOCK_ROWS):
                self._rows += batch.num_rows
                empty = False
                yield batch
            if empty:  # the output still gets the columns
                yield pa.RecordBatch.from_pylist([], schema=schema)
            return
        if self.format in ("csv", "tsv") and self.errors == "strict":
            # pyarrow reads and checks the bytes itself, with the interpreter released.
            yield from self._csv_native("\t" if self.format == "tsv" else ",")
            return
        self._stream = _open(self.path, self.errors)
        buffered = io.BufferedReader(self._stream, buffer_size=1 << 20)
        try:
            if self.format == "txt":
                yield from self._lines(buffered)
            elif self.format == "jsonl":
                yield from self._jsonl(buffered)
            else:
                names = self._names(buffered.readline(), "\t" if self.format == "tsv" else ",")
                yield from self._csv(buffered, names, "\t" if self.format == "tsv" else ",")
        finally:
            buffered.close()

    def _check_arrow_schema(self, schema: pa.Schema) -> None:
        for column in self.columns:
            if column not in schema.names:
                raise FileError(f"{self.name}: no column {column!r} (columns: {', '.join(schema.names)})")
            kind = schema.field(column).type
            if not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind)):
                if not pa.types.is_null(kind):
                    raise FileError(f"{self.name}: column {column!r} holds {kind}, not strings")

    def _lines(self, stream: io.BufferedReader[Utf8Stream]) -> Iterator[pa.RecordBatch]:
        text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
        if self.columns != ["text"]:
            raise FileError(f"{self.name}: plain text has one column, 'text', one document per line")
        first = True
        while True:
            lines = text.readlines(BLOCK_BYTES)
            if not lines:
                return
            if first and lines[0].endswith("\r\n"):
                self.newline = "\r\n"
            first = False
            docs = [line[:-2] if line.endswith("\r\n") else line.removesuffix("\n") for line in lines]
            yield pa.record_batch([pa.array(docs, pa.large_string())], names=["text"])

    def _jsonl(self, stream: io.BufferedReader[Utf8Stream]) -> Iterator[list[dict[str, Any]]]:
        number = 0
        while True:
            lines = stream.readlines(BLOCK_BYTES)
            if not lines:
                return
            rows = []
            for line in lines:
                number += 1
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    raise FileError(f"{self.name}: line {number} is no JSON object: {err.msg}") from None
                if not isinstance(row, dict):
                    raise FileError(f"{self.name}: line {number} is {type(row).__name__}, not a JSON object")
                for column in self.columns:
                    value = row.get(column, _MISSING)
                    if value is _MISSING:
                        raise FileError(f"{self.name}: line {number} has no field {column!r}")
                    if value is not None and not isinstance(value, str):
                        raise FileError(
                            f"{self.name}: line {number}: field {column!r} holds {type(value).__name__}, not a string"
                        )
                rows.append(row)
            yield rows

    def _names(self, header: bytes, delimiter: str) -> list[str]:
        """The column names of a CSV header line."""
        if not header:
            raise FileError(f"{self.name}: empty; a CSV file starts with a header row")
        try:
            names = next(csv.reader([header.decode("utf-8")], delimiter=delimiter))
        except UnicodeDecodeError:
            raise FileError(f"{self.name}: the header is not UTF-8") from None
        if len(set(names)) != len(names):
            raise FileError(f"{self.name}: the header names a column twice: {', '.join(names)}")
        return names

    def _csv_native(self, delimiter: str) -> Iterator[pa.RecordBatch]:
        """CSV read by pyarrow from the file (or standard input) itself; bytes that are not UTF-8
        stop it, and the file is then read again to find their offset."""
        if self.path is None:
            stream: Any = sys.stdin.buffer
            names = self._names(stream.readline(), delimiter)
            skip = 0
        else:
            with pa.input_stream(self.path, compression="detect") as head:
                first = b""
                while b"\n" not in first and (chunk := head.read(1 << 16)):
                    first += chunk
            names = self._names(first.partition(b"\n")[0] + b"\n", delimiter)
            stream = pa.input_stream(self.path, compression="detect")
            skip = 1  # the header, read above
        self._native = stream
        try:
            yield from self._csv(stream, names, delimiter, skip)
        except pa.ArrowInvalid as err:
            if "UTF8" not in str(err) or self.path is None:
                raise
            with _open(self.path, "strict") as check:  # raises FileError with the offset
                while check.read(1 << 20):
                    pass
            raise
        finally:
            self._finished = self.consumed
            stream.close()

    def _csv(self, stream: Any, names: list[str], delimiter: str, skip: int = 0) -> Iterator[pa.RecordBatch]:
        import pyarrow.csv as pacsv

        schema = pa.schema([(n, pa.string()) for n in names])
        self._check_arrow_schema(schema)
        reader = pacsv.open_csv(
            stream,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=skip, block_size=CSV_BLOCK_BYTES),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            # Every column as the text it was: nothing is inferred, so nothing is rewritten.
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
        empty = True
        for batch in reader:
            empty = False
            yield batch
        if empty:  # a header and no rows: the output still gets the header
            yield pa.RecordBatch.from_pylist([], schema=schema)


_MISSING = object()


def _compressed(path: str) -> bool:
    return os.path.splitext(path.lower())[1] in _COMPRESSIONS


def to_arrow(batch: Any) -> pa.Table:
    """A batch as an Arrow table."""
    if isinstance(batch, pa.Table):
        return batch
    if isinstance(batch, pa.RecordBatch):
        return pa.Table.from_batches([batch])
    return pa.Table.from_pylist(batch)


def to_rows(batch: Any) -> list[dict[str, Any]]:
    """A batch as a list of dicts."""
    if isinstance(batch, list):
        return batch
    return batch.to_pylist()  # type: ignore[no-any-return]


class Sink:
    """The output: a file written to a temporary name beside it and renamed into place once
    complete (so no reader ever sees half of it), or standard output."""

    def __init__(self, path: str | None, fmt: str) -> None:
        self.path = path
        self.format = fmt
        self._writer: Any = None
        self._schema: pa.Schema | None = None
        self._temp: str | None = None
        if path is None:
            self._file: BinaryIO = sys.stdout.buffer
        else:
            directory = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(directory):
                raise FileError(f"no such directory for the output: {directory!r}")
            base = os.path.basename(path)
            self._temp = os.path.join(directory, f".{base}.textwash-{os.getpid()}.tmp")
            self._file = open(self._temp, "wb")

    def write(self, batch: Any, newline: str = "\n") -> None:
        """Writes a batch; `newline` ends each line of plain text."""
        if self.format == "jsonl":
            out = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in to_rows(batch))
            # A lone surrogate (read from a `\\ud800` escape) goes back out as the same escape.
            self._file.write(out.encode("utf-8", "backslashreplace"))
            return
        if self.format == "txt":
            arrow = to_arrow(batch)
            if arrow.num_columns != 1:
                names = ", ".join(arrow.schema.names)
                raise FileError(f"plain text output holds one column; this data has {names}: choose another format")
            docs = arrow.column(0).to_pylist()
            self._file.write("".join(("" if d is None else d) + newline for d in docs).encode("utf-8"))
            return
        arrow = to_arrow(batch)
        if self._writer is None:
            self._schema = arrow.schema
            self._writer = self._open_writer(arrow.schema)
        elif arrow.schema != self._schema:
            arrow = _conform(arrow, self._schema)
        self._writer.write_table(arrow)

    def _open_writer(self, schema: pa.Schema) -> Any:
        sink = pa.PythonFile(self._file, mode="w")
        if self.format == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetWriter(sink, schema)
        import pyarrow.csv as pacsv

        delimiter = "\t" if self.format == "tsv" else ","
        return pacsv.CSVWriter(sink, schema, write_options=pacsv.WriteOptions(delimiter=delimiter))

    def commit(self) -> None:
        """Finishes the output and puts it in place."""
        if self._writer is not None:
            self._writer.close()
        self._file.flush()
        if self._temp is not None:
            os.fsync(self._file.fileno())
            self._file.close()
            assert self.path is not None
            os.replace(self._temp, self.path)
            self._temp = None

    def discard(self) -> None:
        """Drops a partial output: the temporary file goes, the output path is never touched."""
        if self._temp is None:
            return
        # Closing flushes what is buffered, which fails again on a full disk: the file goes anyway.
        with contextlib.suppress(OSError):
            self._file.close()
        if os.path.exists(self._temp):
            os.unlink(self._temp)
        self._temp = None


def _conform(batch: pa.Table, schema: pa.Schema | None) -> pa.Table:
    """`batch` cast to the schema of the first batch written (Parquet and CSV need one schema)."""
    assert schema is not None
    if batch.schema.names != schema.names:
        raise FileError(f"the inputs do not have the same columns: {batch.schema.names} and {schema.names}")
    try:
        return batch.cast(schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
        raise FileError(f"the inputs' columns do not have the same types: {err}") from None
