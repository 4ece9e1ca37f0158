"""`textwash clean` and `textwash extract` on files, run as subprocesses: every format, standard
input and output, many columns, datasets of many files, bad input, atomic output, Ctrl-C, the
summary and the progress bar."""

from __future__ import annotations

import fcntl
import gzip
import json
import os
import pty
import re
import resource
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from test_cli import ENV, fail

import textwash

ROWS = [
    {"id": "007", "text": "two tribal dis🍌tricts", "when": "2023-01-01", "score": "1.50"},
    {"id": "2", "text": "seveౠral, questi🍌ons", "when": "", "score": "x"},
    {"id": "3", "text": "", "when": "2024-02-29", "score": "0"},
    {"id": "4", "text": "see https://example.com 𝐆its spokes𝄹person", "when": "-", "score": "1e3"},
]
CLEANED = [textwash.clean(r["text"]) for r in ROWS]


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "textwash.cli", *args], input=stdin, capture_output=True, env=ENV, cwd=cwd, check=False
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    """`rows` in the format `path`'s extension names."""
    table = pa.Table.from_pylist(rows)
    name = path.name.removesuffix(".gz")
    if name.endswith(".parquet"):
        pq.write_table(table, path)
    elif name.endswith(".jsonl"):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    elif name.endswith(".txt"):
        path.write_text("".join(r["text"] + "\n" for r in rows), encoding="utf-8")
    else:
        delimiter = "\t" if name.endswith(".tsv") else ","
        pacsv.write_csv(table, path, pacsv.WriteOptions(delimiter=delimiter))
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(path.read_bytes()))
    return path


def read(path: Path) -> list[dict[str, str]]:
    """The rows of an output file, every value as the text it was written as."""
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()  # type: ignore[no-any-return]
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".txt":
        return [{"text": line} for line in path.read_text(encoding="utf-8").splitlines()]
    names = pacsv.open_csv(path, parse_options=pacsv.ParseOptions(delimiter="\t" if path.suffix == ".tsv" else ","))
    types = dict.fromkeys(names.schema.names, pa.string())
    return pacsv.read_csv(  # type: ignore[no-any-return]
        path,
        parse_options=pacsv.ParseOptions(delimiter="\t" if path.suffix == ".tsv" else ","),
        convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=False),
    ).to_pylist()


@pytest.mark.parametrize("name", ["in.csv", "in.tsv", "in.jsonl", "in.parquet", "in.txt", "in.csv.gz"])
def test_every_format_is_cleaned_and_other_columns_pass_through(tmp_path: Path, name: str) -> None:
    source = write(tmp_path / name, ROWS)
    out = tmp_path / ("out" + Path(name.removesuffix(".gz")).suffix)
    cli("clean", str(source), "-o", str(out))
    got = read(out)
    if name == "in.txt":
        assert [r["text"] for r in got] == CLEANED
        return
    assert got == [{**r, "text": c} for r, c in zip(ROWS, CLEANED, strict=True)]


def test_standard_input_and_output(tmp_path: Path) -> None:
    source = write(tmp_path / "in.csv", ROWS)
    result = cli("clean", "--format", "csv", stdin=source.read_bytes())
    (tmp_path / "out.csv").write_bytes(result.stdout)
    assert [r["text"] for r in read(tmp_path / "out.csv")] == CLEANED
    result = cli("clean", "-", "--format", "csv", "--output-format", "jsonl", stdin=source.read_bytes())
    assert [json.loads(line)["text"] for line in result.stdout.decode("utf-8").splitlines()] == CLEANED
    lines = "".join(r["text"] + "\n" for r in ROWS).encode("utf-8")
    assert cli("clean", stdin=lines).stdout.decode("utf-8") == "".join(c + "\n" for c in CLEANED)


def test_many_columns_and_output_columns(tmp_path: Path) -> None:
    rows = [{"title": r["text"], "body": r["text"][::-1], "id": r["id"]} for r in ROWS]
    source = write(tmp_path / "in.parquet", rows)
    out = tmp_path / "out.parquet"
    cli("clean", str(source), "-o", str(out), "--column", "title", "--column", "body", "--lowercase")
    assert read(out) == [
        {
            "title": textwash.clean(r["title"], lowercase=True),
            "body": textwash.clean(r["body"], lowercase=True),
            "id": r["id"],
        }
        for r in rows
    ]
    cli("clean", str(source), "-o", str(out), "--column", "title", "--output-column", "clean_title")
    assert read(out) == [{**r, "clean_title": textwash.clean(r["title"])} for r in rows]
    assert "already" in fail("clean", str(source), "--column", "title", "--output-column", "body", "-o", str(out))


def test_a_directory_or_a_glob_is_one_dataset(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "part=1").mkdir(parents=True)
    write(data / "a.csv", ROWS[:2])
    write(data / "part=1" / "b.csv", ROWS[2:])
    (data / "_SUCCESS").write_text("", encoding="utf-8")
    out = tmp_path / "all.parquet"
    cli("clean", str(data), "-o", str(out))
    assert [r["text"] for r in read(out)] == CLEANED
    cli("clean", str(data / "**" / "*.csv"), "-o", str(out))
    assert [r["text"] for r in read(out)] == CLEANED


def test_extract_writes_one_row_per_match(tmp_path: Path) -> None:
    source = write(tmp_path / "in.csv", ROWS)
    out = tmp_path / "found.parquet"
    cli("extract", str(source), "--kinds", "url,junk", "-o", str(out))
    found = read(out)
    assert [(m["row"], m["kind"], m["text"], m["value"]) for m in found] == [
        (0, "junk", "🍌", "emoji"),
        (1, "junk", "ౠ", "intruder"),
        (1, "junk", "🍌", "emoji"),
        (3, "url", "https://example.com", None),
        (3, "junk", "𝐆", "styled"),
        (3, "junk", "𝄹", "symbol"),
    ]
    for m in found:
        assert ROWS[m["row"]]["text"][m["start"] : m["end"]] == m["text"]
    lines = cli("extract", str(source), "--kinds", "url", "--column", "text", "--column", "when").stdout
    objects = [json.loads(line) for line in lines.decode("utf-8").splitlines()]
    assert [(o["row"], o["column"], o["kind"]) for o in objects] == [(3, "text", "url")]


def test_extract_from_json_lines_has_typed_columns(tmp_path: Path) -> None:
    """A batch whose matches have no value still writes string columns, not nulls, so that the
    next batch's values fit the same schema."""
    source = write(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "found.parquet"
    cli("extract", str(source), "--kinds", "url", "-o", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 1 and table.column("text").to_pylist() == ["https://example.com"]
    assert all(pa.types.is_large_string(table.schema.field(n).type) for n in ("kind", "text", "value", "currency"))


def test_row_numbers_run_on_across_batches_and_files(tmp_path: Path) -> None:
    rows = [{"text": f"row {i} 🍌"} for i in range(70_000)]  # more than one Parquet batch
    write(tmp_path / "a.parquet", rows)
    write(tmp_path / "b.parquet", rows[:10])
    out = tmp_path / "out" / "found.parquet"
    out.parent.mkdir()
    cli("extract", str(tmp_path / "*.parquet"), "--kinds", "emoji", "-o", str(out))
    table = pq.read_table(out)
    assert table.column("row").to_pylist() == list(range(70_010))
    # Many batches into one CSV: one header, every row.
    cli("clean", str(tmp_path / "*.parquet"), "-o", str(tmp_path / "all.csv"))
    assert [r["text"] for r in read(tmp_path / "all.csv")] == [f"row {i}" for i in range(70_000)] + [
        f"row {i}" for i in range(10)
    ]


def test_summary_counts_the_junk_removed_by_reason(tmp_path: Path) -> None:
    source = write(tmp_path / "in.jsonl", ROWS)
    err = cli("clean", str(source), "-o", str(tmp_path / "out.jsonl")).stderr.decode("utf-8")
    expected = Counter(reason for r in ROWS for _, _, reason, _ in textwash.junk(r["text"]))
    total = sum(expected.values())
    assert total == 5
    assert re.match(rf"textwash: 4 rows, [\d.]+ MB in [\d.]+ s \([\d.,]+ MB/s\); {total} pieces of junk removed: ", err)
    for reason, n in expected.items():
        assert f"{n} {reason}" in err
    assert cli("clean", str(source), "-o", str(tmp_path / "out.jsonl"), "--quiet").stderr == b""


def test_help_shows_examples() -> None:
    for command in ("clean", "extract"):
        out = cli(command, "--help").stdout.decode("utf-8")
        assert "examples:" in out and f"textwash {command} " in out
        assert "csv, tsv, jsonl, parquet, txt" in out
    from textwash import _files

    assert ", ".join(_files.FORMATS) == "csv, tsv, jsonl, parquet, txt"


def _no_leftovers(directory: Path) -> None:
    assert [p.name for p in directory.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("rows_or_bytes", "name", "args", "message"),
    [
        (ROWS, "in.csv", ["--column", "body"], "no column 'body' (columns: id, text, when, score)"),
        (ROWS, "in.xlsx", [], "cannot tell the format of"),
        (ROWS, "in.csv", ["--format", "xlsx"], "unknown format 'xlsx'"),
        ([{"text": "a", "n": "1"}], "in.jsonl", ["--column", "n"], None),
        (b"id,text\n1,dis\xfftricts\n", "in.csv", [], "bytes that are not UTF-8 at byte offset 13"),
        (b'{"text": 5}\n', "in.jsonl", [], "line 1: field 'text' holds int, not a string"),
        (b"not json\n", "in.jsonl", [], "line 1 is no JSON object"),
        (ROWS, "in.csv", ["--output-column", "a", "--output-column", "b"], "one --output-column per --column"),
    ],
    ids=[
        "missing column",
        "unknown extension",
        "unknown format",
        "fine",
        "bad bytes",
        "not a string",
        "bad json",
        "columns",
    ],
)
def test_bad_input_gets_one_line_and_no_output(
    tmp_path: Path, rows_or_bytes: object, name: str, args: list[str], message: str | None
) -> None:
    source = tmp_path / name
    if isinstance(rows_or_bytes, bytes):
        source.write_bytes(rows_or_bytes)
    else:
        write(source if not name.endswith(".xlsx") else tmp_path / "x.csv", rows_or_bytes)  # type: ignore[arg-type]
        if name.endswith(".xlsx"):
            (tmp_path / "x.csv").rename(source)
    out = tmp_path / "out.csv"
    if message is None:  # the control: the same call without the fault works
        cli("clean", str(source), "-o", str(out), *args)
        assert out.exists()
        return
    assert message in fail("clean", str(source), "-o", str(out), *args)
    assert not out.exists()
    _no_leftovers(tmp_path)


def test_a_non_string_column_is_refused(tmp_path: Path) -> None:
    pq.write_table(pa.table({"text": [1, 2]}), tmp_path / "n.parquet")
    assert "column 'text' holds int64, not strings" in fail("clean", str(tmp_path / "n.parquet"))
    assert "no such file" in fail("clean", str(tmp_path / "missing.csv"))
    assert "no file matches" in fail("clean", str(tmp_path / "*.tsv"))
    write(tmp_path / "a.csv", ROWS)
    assert "mix formats" in fail("clean", str(tmp_path / "*"))


def test_a_full_disk_leaves_no_output(tmp_path: Path) -> None:
    """The file size limit makes writes fail as a full disk does (EFBIG instead of ENOSPC)."""
    rows = [{"text": f"row {i} dis🍌tricts"} for i in range(200_000)]
    source = write(tmp_path / "in.parquet", rows)
    out = tmp_path / "out.csv"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))

    result = subprocess.run(
        [sys.executable, "-m", "textwash.cli", "clean", str(source), "-o", str(out)],
        capture_output=True,
        env=ENV,
        preexec_fn=limit,
        check=False,
    )
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1 and err.startswith("textwash: error: File too large") and err.count("\n") == 1, err
    assert not out.exists()
    _no_leftovers(tmp_path)


def _big_input(tmp_path: Path) -> Path:
    """A file that takes seconds to clean: long enough to interrupt midway."""
    rows = [{"text": f"row {i}: seveౠral dis🍌tricts, 𝐆its spokes𝄹person " * 20} for i in range(40_000)]
    return write(tmp_path / "in.parquet", rows * 4)


def _wait_for_partial_output(tmp_path: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        temps = [p for p in tmp_path.iterdir() if p.name.startswith(".out.csv.")]
        if temps and temps[0].stat().st_size > 0:
            return
        assert process.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.02)
    raise AssertionError("no partial output appeared")


@pytest.mark.parametrize("how", ["ctrl-c", "kill"])
def test_an_interrupted_run_leaves_no_output(tmp_path: Path, how: str) -> None:
    source = _big_input(tmp_path)
    out = tmp_path / "out.csv"
    process = subprocess.Popen(
        [sys.executable, "-m", "textwash.cli", "clean", str(source), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    _wait_for_partial_output(tmp_path, process)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT if how == "ctrl-c" else signal.SIGKILL)
    _, err = process.communicate(timeout=30)
    assert not out.exists()
    if how == "ctrl-c":
        assert time.monotonic() - sent < 1.0
        assert process.returncode == 130, err
        assert err.decode("utf-8") == "textwash: interrupted; nothing written\n"
        _no_leftovers(tmp_path)


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    source = write(tmp_path / "in.csv", ROWS * 1000)
    out = tmp_path / "out.csv"
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 rows, 100 columns
    process = subprocess.Popen(
        [sys.executable, "-m", "textwash.cli", "clean", str(source), "-o", str(out)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=ENV,
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.wait(timeout=30) == 0
    text = shown.decode("utf-8", "replace")
    assert "textwash clean" in text and "100%" in text and "4,000 rows" in text, text
    assert "pieces of junk removed" in text
    # Not a terminal: no bar, only the summary.
    err = cli("clean", str(source), "-o", str(out)).stderr.decode("utf-8")
    assert err.count("\n") == 1 and "%" not in err


def test_the_engines_counts_agree_with_junk() -> None:
    """The summary counts the engine's own edits; they are the pieces `junk()` reports, on the
    article and on the golden cases of §1–§5 (a bidi run can be one edit or several pieces, and
    `junk()` does not look again after lowercasing, so §6's cases may differ)."""
    import tomllib

    from conftest import DATA_DIR, read_data

    texts = [({}, read_data("article_noisy.txt"))]
    for name in ("policy.toml", "refinements.toml"):
        cases = tomllib.loads((DATA_DIR / "clean" / name).read_text(encoding="utf-8"))["case"]
        texts += [(case.get("options", {}), case["input"]) for case in cases]
    assert len(texts) > 80
    for options, text in texts:
        _, counts = textwash.Cleaner(**options)._clean_sequence_counted([text], 1)
        assert Counter(dict(counts)) == Counter(r for _, _, r, _ in textwash.junk(text, **options)), text
