"""The yardstick: textwash on faker text in 26 locales with realistic junk, next to polars' regex.

    python -m pip install ".[bench]"
    python benches/bench_yardstick.py            # ~3.5 minutes on 2 cores
    python benches/bench_yardstick.py --quick    # ~1 minute; writes to /tmp/textwash-bench/yardstick-quick

Data: benches/yardstick.py, which generates the shape the shared yardstick describes: ~200-code-point
faker documents, 1 junk item per 100 code points (emoji 55 %, pictographic symbols 15 %, styled letters
10 %, foreign-script characters 15 %, invisible characters 5 %; 70 % inside words), every item tracked.
Four throughput corpora of about --mb MB of UTF-8 each: noisy "english" (en_US), noisy "mixed" (26 locales
in equal numbers) and the same documents without junk ("english-clean", "mixed-clean").

Speed: MB/s of UTF-8 input, the median of --repeats timed calls, each round going through every corpus:
textwash.clean on a pyarrow array, a polars Series and a pandas Series of dtype `str`, with threads=1 and
threads=2; the Python loop `[textwash.clean(s) for s in rows]`; an identity loop (the loop's floor); and
polars `Series.str.replace_all(r"[\\p{Extended_Pictographic}\\p{So}\\p{Cf}]", "")` with POLARS_MAX_THREADS=1,
the reference the targets are stated against. Every textwash container's output is checked against the loop's.
The CPU other processes use during each round is recorded: the machine is shared, and 2 threads need both cores.

Accuracy: on --docs-per-locale documents of every locale, junk recall (code points removed of those
injected) overall, per junk class, per placement and per script group, legit code points kept and
documents restored exactly; an output that only deletes is aligned to its input as a subsequence, any
other by difflib. The regex is scored the same way, for reference.

Writes yardstick.md and yardstick.json to benches/results/ (--out to change).
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import yardstick

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benches" / "results"
QUICK_OUT = Path("/tmp/textwash-bench/yardstick-quick")
REGEX_CLASS = r"[\p{Extended_Pictographic}\p{So}\p{Cf}]"
CORPORA = ("english", "mixed", "english-clean", "mixed-clean")
CONTAINERS = {"arrow": "Arrow", "polars": "polars", "pandas": "pandas `str`"}
PACKAGES = ("textwash", "polars", "pandas", "pyarrow", "numpy", "Faker", "emoji", "regex")

# Targets, as stated; every one is printed next to its measurement, met or not.
TARGET_REGEX_RATIO = {"english": 5.0, "mixed": 2.0}
TARGET_CLEAN_MBPS = {"english-clean": 4000.0, "mixed-clean": 1000.0}
TARGET_SCALING = 1.9
TARGET_LOOP_SHARE = 0.5


# --------------------------------------------------------------------------- speed


@dataclass
class Case:
    """One timed call: `run` takes the corpus in the container `takes`."""

    key: str
    label: str
    takes: str  # "arrow", "polars", "pandas" or "list"
    run: Callable[[Any], Any]
    wall: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    cpu: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))


def cases() -> list[Case]:
    import textwash

    def batch(threads: int) -> Callable[[Any], Any]:
        return lambda column: textwash.clean(column, threads=threads)

    def loop(func: Callable[[str], Any]) -> Callable[[list[str]], list[Any]]:
        return lambda rows: [func(s) for s in rows]

    out = []
    for name, label in CONTAINERS.items():
        for threads in (1, 2):
            plural = "thread" if threads == 1 else "threads"
            out.append(
                Case(f"textwash/{name}/{threads}", f"textwash, {label}, {threads} {plural}", name, batch(threads))
            )
    out += [
        Case("textwash/loop", "textwash, Python loop `[clean(s) for s in rows]`", "list", loop(textwash.clean)),
        Case("identity/loop", "identity, Python loop (the loop's floor)", "list", loop(lambda s: s)),
        Case(
            "regex/polars",
            f"polars `str.replace_all({REGEX_CLASS})`, 1 thread",
            "polars",
            lambda s: s.str.replace_all(REGEX_CLASS, ""),
        ),
    ]
    return out


def containers(strings: list[str]) -> dict[str, Any]:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

    series = pd.Series(strings)
    assert str(series.dtype) == "str", f"pandas gave {series.dtype!r}, not the pandas 3 `str` dtype"
    return {
        "list": strings,
        "arrow": pa.array(strings, type=pa.string()),
        "polars": pl.Series("text", strings, dtype=pl.String),
        "pandas": series,
    }


def as_list(column: Any) -> list[Any]:
    if isinstance(column, list):
        return column
    if hasattr(column, "to_pylist"):
        return list(column.to_pylist())
    if hasattr(column, "to_list"):
        return list(column.to_list())
    return list(column.tolist())


def timed(call: Callable[[Any], Any], arg: Any) -> tuple[float, float]:
    """Wall and process CPU seconds of one call, the collector off."""
    gc.collect()
    gc.disable()
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        out = call(arg)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        gc.enable()
    del out
    return wall, cpu


def prepare(strings: list[str], expected: list[str], todo: list[Case]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The corpus in every container, and its checks: every textwash container against the Python loop."""
    inputs = containers(strings)
    by_loop = next(c for c in todo if c.key == "textwash/loop").run(strings)
    checks: dict[str, Any] = {"docs_exact": sum(a == b for a, b in zip(by_loop, expected, strict=True)) / len(strings)}
    for case in todo:  # one untimed call each: warms caches, and gives the output to check
        out = case.run(inputs[case.takes])
        if case.key.startswith("textwash/") and case.key != "textwash/loop":
            checks[case.key] = sum(a != b for a, b in zip(as_list(out), by_loop, strict=True))
        del out
    size = sum(len(s.encode("utf-8")) for s in strings)
    return inputs, {"strings": len(strings), "MB": size / 1e6, "mismatches_with_loop": checks}


def busy_seconds() -> tuple[float, float]:
    """CPU seconds the whole machine has been busy (user, system, interrupts) and stolen, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq) / tick, steal / tick


def measure(inputs: dict[str, dict[str, Any]], todo: list[Case], repeats: int) -> list[dict[str, float]]:
    """Time every case on every corpus, `repeats` rounds, each round going once through all of them, so
    that a burst of other work on the machine touches few rounds of any one number. Returns, per round,
    the CPU that other processes used and the CPU the hypervisor stole, per second of the round."""
    rounds = []
    for round_ in range(repeats):
        busy, stolen, own, wall = *busy_seconds(), time.process_time(), time.perf_counter()
        for corpus, columns in inputs.items():
            for case in todo:
                took, cpu = timed(case.run, columns[case.takes])
                case.wall[corpus].append(took)
                case.cpu[corpus].append(cpu)
        now_busy, now_stolen = busy_seconds()
        wall = time.perf_counter() - wall
        others = max(0.0, now_busy - busy - (time.process_time() - own))
        rounds.append({"seconds": wall, "others_cpu_per_s": others / wall, "steal_per_s": (now_stolen - stolen) / wall})
        print(f"  round {round_ + 1}/{repeats}: {wall:.1f}s, others' CPU {others / wall:.2f}/s", file=sys.stderr)
    return rounds


def quiet_rounds(rounds: list[dict[str, float]], limit: float) -> list[int]:
    """The rounds in which other processes used less than `limit` of a core; all of them if fewer than 5."""
    quiet = [i for i, r in enumerate(rounds) if r["others_cpu_per_s"] < limit]
    return quiet if len(quiet) >= 5 else list(range(len(rounds)))


def speeds(todo: list[Case], sizes: dict[str, Any], used: list[int]) -> dict[str, dict[str, dict[str, Any]]]:
    """MB/s per case and corpus: the median of the rounds in `used` (every time is kept)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for case in todo:
        out[case.key] = {}
        for corpus, walls in case.wall.items():
            median = statistics.median(walls[i] for i in used)
            out[case.key][corpus] = {
                "MBps": sizes[corpus]["MB"] / median,
                "median_s": median,
                "best_MBps": sizes[corpus]["MB"] / min(walls[i] for i in used),
                "MBps_all_rounds": sizes[corpus]["MB"] / statistics.median(walls),
                "cpu_per_wall": statistics.median(case.cpu[corpus][i] / walls[i] for i in used),
                "wall_s": walls,
                "cpu_s": case.cpu[corpus],
            }
    return out


def ratios(speed: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, float]]:
    """Derived numbers, per corpus: thread scaling, loop share, textwash over the regex."""
    mbps = {key: {corpus: v["MBps"] for corpus, v in per.items()} for key, per in speed.items()}
    out: dict[str, dict[str, float]] = {}
    for corpus in CORPORA:
        row: dict[str, float] = {}
        for name in CONTAINERS:
            one, two = mbps[f"textwash/{name}/1"][corpus], mbps[f"textwash/{name}/2"][corpus]
            row[f"scaling/{name}"] = two / one
            row[f"vs_regex/{name}"] = one / mbps["regex/polars"][corpus]
            row[f"loop_share/{name}"] = mbps["textwash/loop"][corpus] / one
        out[corpus] = row
    return out


def targets(speed: dict[str, Any], derived: dict[str, dict[str, float]]) -> list[dict[str, Any]]:
    rows = []
    for corpus, want in TARGET_REGEX_RATIO.items():
        got = derived[corpus]["vs_regex/polars"]
        rows.append(
            {
                "target": f"noisy {corpus}: textwash ≥ {want:g}× the regex (1 thread each, the same polars Series)",
                "measured": f"{got:.2f}× (Arrow {derived[corpus]['vs_regex/arrow']:.2f}×, "
                f"pandas `str` {derived[corpus]['vs_regex/pandas']:.2f}×)",
                "met": got >= want,
            }
        )
    for corpus, want in TARGET_CLEAN_MBPS.items():
        got = speed["textwash/arrow/1"][corpus]["MBps"]
        rows.append(
            {
                "target": f"{corpus}: ≥ {want / 1000:g} GB/s, 1 thread, Arrow",
                "measured": f"{got:,.0f} MB/s",
                "met": got >= want,
            }
        )
    for name, label in CONTAINERS.items():
        got = {corpus: derived[corpus][f"scaling/{name}"] for corpus in CORPORA}
        rows.append(
            {
                "target": f"2 threads ≥ {TARGET_SCALING}× one, {label}",
                "measured": ", ".join(f"{corpus} {x:.2f}×" for corpus, x in got.items()),
                "met": all(x >= TARGET_SCALING for x in got.values()),
            }
        )
    got = derived["english"]["loop_share/arrow"]
    rows.append(
        {
            "target": f"noisy english: Python loop ≥ {TARGET_LOOP_SHARE:.0%} of the 1-thread batch (Arrow) MB/s",
            "measured": f"{got:.0%} (of polars {derived['english']['loop_share/polars']:.0%}, "
            f"of pandas `str` {derived['english']['loop_share/pandas']:.0%})",
            "met": got >= TARGET_LOOP_SHARE,
        }
    )
    return rows


# --------------------------------------------------------------------------- accuracy


def survivors(noisy: str, out: str) -> tuple[list[bool], int]:
    """Which code points of `noisy` survive in `out`, and how many of `out`'s are aligned to none.

    A deletion-only output is a subsequence of its input: a greedy left-to-right match finds it exactly
    (junk never repeats the character after it). Anything else is aligned by difflib."""
    kept, j = [False] * len(noisy), 0
    for i, char in enumerate(noisy):
        if j < len(out) and out[j] == char:
            kept[i] = True
            j += 1
    if j == len(out):
        return kept, 0
    kept = [False] * len(noisy)
    for a, _, n in difflib.SequenceMatcher(None, noisy, out, autojunk=False).get_matching_blocks():
        kept[a : a + n] = [True] * n
    return kept, len(out) - sum(kept)


@dataclass
class Tally:
    docs: int = 0
    exact: int = 0
    rewritten: int = 0  # outputs that are not deletion-only
    legit: int = 0
    legit_kept: int = 0
    added: int = 0
    junk: Counter[str] = field(default_factory=Counter)  # code points by class
    removed: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)  # items by class
    items_removed: Counter[str] = field(default_factory=Counter)
    by_placement: Counter[str] = field(default_factory=Counter)
    removed_by_placement: Counter[str] = field(default_factory=Counter)

    def add(self, sample: yardstick.Sample, out: str) -> None:
        kept, added = survivors(sample.noisy, out)
        self.docs += 1
        self.exact += out == sample.clean
        self.rewritten += added > 0
        self.added += added
        labels = sample.labels()
        self.legit += len(sample.clean)
        self.legit_kept += sum(k for k, label in zip(kept, labels, strict=True) if label is None)
        for j in sample.junk:
            gone = j.end - j.start - sum(kept[j.start : j.end])
            self.junk[j.cls] += j.end - j.start
            self.removed[j.cls] += gone
            self.items[j.cls] += 1
            self.items_removed[j.cls] += gone == j.end - j.start
            self.by_placement[j.where] += 1
            self.removed_by_placement[j.where] += gone == j.end - j.start

    def summary(self) -> dict[str, Any]:
        def share(a: float, b: float) -> float | None:
            return a / b if b else None

        return {
            "docs": self.docs,
            "junk_code_points": sum(self.junk.values()),
            "junk_recall": share(sum(self.removed.values()), sum(self.junk.values())),
            "junk_items_removed": share(sum(self.items_removed.values()), sum(self.items.values())),
            "legit_kept": share(self.legit_kept, self.legit),
            "legit_lost": self.legit - self.legit_kept,
            "docs_exact": share(self.exact, self.docs),
            "docs_rewritten": self.rewritten,
            "added": self.added,
            "recall_by_class": {c: share(self.removed[c], self.junk[c]) for c in yardstick.CLASS_MIX},
            "items_removed_by_placement": {
                p: share(self.removed_by_placement[p], self.by_placement[p]) for p in yardstick.PLACEMENT_MIX
            },
        }


def accuracy(samples: list[yardstick.Sample]) -> dict[str, Any]:
    import polars as pl

    import textwash

    noisy = [s.noisy for s in samples]
    outputs = {
        "textwash": textwash.clean(noisy, threads=1),
        "regex/polars": pl.Series("text", noisy).str.replace_all(REGEX_CLASS, "").to_list(),
    }
    result: dict[str, Any] = {}
    for name, outs in outputs.items():
        overall, groups, locales = Tally(), defaultdict(Tally), defaultdict(Tally)
        for sample, out in zip(samples, outs, strict=True):
            for tally in (overall, groups[sample.group], locales[sample.locale]):
                tally.add(sample, out)
        result[name] = {
            "overall": overall.summary(),
            "by_group": {g: groups[g].summary() for g in dict.fromkeys(yardstick.LOCALES.values())},
            "by_locale": {loc: t.summary() for loc, t in locales.items()},
        }
    return result


# --------------------------------------------------------------------------- report


def environment(args: argparse.Namespace) -> dict[str, Any]:
    import polars as pl

    import textwash

    def git(*argv: str) -> str:
        return subprocess.run(["git", "--no-optional-locks", *argv], capture_output=True, text=True, cwd=ROOT).stdout

    versions = {}
    for package in PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    cpuinfo = Path("/proc/cpuinfo")
    models = [ln.split(":", 1)[1].strip() for ln in cpuinfo.read_text().splitlines() if ln.startswith("model name")]
    native = Path(textwash._textwash.__file__)
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": git("rev-parse", "--short", "HEAD").strip(),
        "tree_dirty": bool(git("status", "--porcelain", "--untracked-files=no").strip()),
        "textwash_build": {
            "file": str(native),
            "modified": datetime.datetime.fromtimestamp(native.stat().st_mtime, datetime.UTC).isoformat(
                timespec="seconds"
            ),
        },
        "python": sys.version.split()[0],
        "unicodedata": unicodedata.unidata_version,
        "machine": platform.machine(),
        "cpu": models[0] if models else platform.processor(),
        "cores": os.cpu_count(),
        "polars_threads": pl.thread_pool_size(),
        "versions": versions,
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
    }


def fmt_mbps(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}"


def pct(x: float | None, digits: int = 1) -> str:
    return "n/a" if x is None else f"{100 * x:.{digits}f}"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def markdown(data: dict[str, Any]) -> str:
    meta, speed, derived, sizes = data["meta"], data["speed"], data["ratios"], data["corpora"]
    labels = {c.key: c.label for c in cases()}
    dirty = " (work tree with uncommitted changes)" if meta["tree_dirty"] else ""
    lines = [
        "# Yardstick: textwash on faker text with realistic junk",
        "",
        "`" + " ".join(["python benches/bench_yardstick.py", *meta["argv"]]) + "`",
        f"on {meta['date']}, commit {meta['commit']}{dirty}, textwash {meta['versions']['textwash']} "
        f"(extension built {meta['textwash_build']['modified']}); {meta['cores']} cores ({meta['cpu']}), "
        f"Python {meta['python']}, polars {meta['versions']['polars']}, pandas {meta['versions']['pandas']}, "
        f"pyarrow {meta['versions']['pyarrow']}, Faker {meta['versions']['Faker']}, emoji {meta['versions']['emoji']}, "
        f"regex {meta['versions']['regex']}; load average {meta['load_before'][0]:.2f} before, "
        f"{meta['load_after'][0]:.2f} after. Compare numbers only within one run.",
        "",
        "## Throughput: MB/s of UTF-8 input, median of the rounds",
        "",
        "Corpora: "
        + "; ".join(f"{c} {sizes[c]['MB']:.1f} MB in {sizes[c]['strings']:,} strings" for c in CORPORA)
        + f". polars runs with POLARS_MAX_THREADS=1 (thread pool: {meta['polars_threads']}).",
        "",
    ]
    rows = [[labels[key]] + [fmt_mbps(per[c]["MBps"]) for c in CORPORA] for key, per in speed.items()]
    lines += table(["contestant", *CORPORA], rows)
    others = [r["others_cpu_per_s"] for r in data["rounds"]]
    steal = max(r["steal_per_s"] for r in data["rounds"])
    used, limit = data["rounds_used"], meta["args"]["max_others"]
    lines += [
        "",
        f"Medians over {len(used)} of {len(others)} rounds: those in which other processes on this shared machine "
        f"used less than {limit} of a core"
        + (" (too few were that quiet, so all of them)" if len(used) == len(others) and max(others) >= limit else "")
        + "; other processes' CPU per second of each round: "
        + ", ".join(f"{x:.2f}" for x in others)
        + f"; CPU stolen by the hypervisor: at most {steal:.2f} per second. Every timed call is in yardstick.json.",
    ]
    lines += ["", "## Ratios", ""]
    rows = []
    for name, label in CONTAINERS.items():
        rows.append([f"2 threads / 1 thread, {label}"] + [f"{derived[c][f'scaling/{name}']:.2f}×" for c in CORPORA])
    for name, label in CONTAINERS.items():
        rows.append(
            [f"Python loop / 1-thread batch, {label}"]
            + [pct(derived[c][f"loop_share/{name}"], 0) + " %" for c in CORPORA]
        )
    for name, label in CONTAINERS.items():
        rows.append(
            [f"textwash 1 thread, {label} / regex"] + [f"{derived[c][f'vs_regex/{name}']:.2f}×" for c in CORPORA]
        )
    lines += table(["ratio", *CORPORA], rows)
    cpu = {c: speed["textwash/arrow/2"][c]["cpu_per_wall"] for c in CORPORA}
    lines += [
        "",
        "CPU seconds per wall second of the 2-thread Arrow calls (2.0 = both cores busy throughout): "
        + ", ".join(f"{c} {x:.2f}" for c, x in cpu.items())
        + ".",
        "",
        "## Targets",
        "",
    ]
    lines += table(
        ["target", "measured", "met"],
        [[t["target"], t["measured"], "yes" if t["met"] else "**no**"] for t in data["targets"]],
    )
    acc = data["accuracy"]
    shape = data["shape"]["accuracy"]
    classes = list(yardstick.CLASS_MIX)
    lines += [
        "",
        f"## Accuracy: {shape['docs']:,} documents ({meta['args']['docs_per_locale']} per locale, 26 locales), "
        f"{acc['textwash']['overall']['junk_code_points']:,} junk code points in {shape['junk_items']:,} items",
        "",
        "Junk recall: injected code points removed; legit kept: the document's own code points left unchanged; "
        "rewritten: outputs that are not deletions only (aligned by difflib).",
        "",
    ]
    rows = []
    for name, label in (("textwash", "textwash"), ("regex/polars", f"polars regex `{REGEX_CLASS}`")):
        o = acc[name]["overall"]
        rows.append(
            [label, pct(o["junk_recall"]), pct(o["junk_items_removed"]), pct(o["legit_kept"], 2), str(o["legit_lost"])]
            + [pct(o["docs_exact"]), str(o["docs_rewritten"])]
            + [pct(o["recall_by_class"][c]) for c in classes]
        )
    header = ["contestant", "junk recall %", "items removed %", "legit kept %", "legit lost", "docs exact %"]
    lines += table([*header, "rewritten", *(f"{c} %" for c in classes)], rows)
    o = acc["textwash"]["overall"]["items_removed_by_placement"]
    lines += ["", "textwash, items removed by placement: " + ", ".join(f"{p} {pct(v)} %" for p, v in o.items()), ""]
    lines += [f"### By script group ({meta['args']['docs_per_locale']} documents per locale)", ""]
    rows = []
    for group, t in acc["textwash"]["by_group"].items():
        r = acc["regex/polars"]["by_group"][group]
        rows.append(
            [
                group,
                str(t["docs"]),
                *(pct(x["junk_recall"]) for x in (t, r)),
                *(pct(x["legit_kept"], 2) for x in (t, r)),
                *(pct(x["docs_exact"]) for x in (t, r)),
            ]
        )
    lines += table(
        [
            "script",
            "docs",
            "recall %: textwash",
            "regex",
            "legit kept %: textwash",
            "regex",
            "exact %: textwash",
            "regex",
        ],
        rows,
    )
    lines += ["", "## The generated data (benches/yardstick.py)", ""]
    rows = []
    for name, s in data["shape"].items():
        rows.append(
            [name, f"{s['docs']:,}", f"{s['mean_code_points']:.0f}", f"{s['items_per_100_code_points']:.3f}"]
            + [", ".join(f"{k} {100 * v:.1f}" for k, v in s[mix].items()) for mix in ("class_mix", "placement_mix")]
            + [", ".join(f"{k} {100 * v:.1f}" for k, v in s["emoji_shape_mix"].items())]
        )
    lines += table(
        ["corpus", "docs", "code points/doc", "items/100 cp", "class %", "placement %", "emoji shape %"], rows
    )
    lines += ["", "Pools: " + ", ".join(f"{k} {v:,}" for k, v in data["pools"].items()) + "."]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="MB of UTF-8 per throughput corpus")
    parser.add_argument("--seed", type=int, default=0, help="changes every document and every junk item")
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument(
        "--max-others",
        type=float,
        default=0.2,
        help="medians over the rounds in which other processes used less than this much of a core (if 5 or more)",
    )
    parser.add_argument("--docs-per-locale", type=int, default=100, help="accuracy corpus size")
    parser.add_argument("--quick", action="store_true", help="--mb 2 --repeats 5 --docs-per-locale 20, out to /tmp")
    parser.add_argument("--out", type=Path, help=f"directory for yardstick.md/.json (default {RESULTS})")
    args = parser.parse_args()
    if args.quick:
        args.mb, args.repeats, args.docs_per_locale = 2.0, 5, 20
    out_dir = args.out or (QUICK_OUT if args.quick else RESULTS)

    # polars sizes its thread pool when it is first imported; textwash's threads are an argument.
    assert "polars" not in sys.modules, "polars was imported before POLARS_MAX_THREADS could be set"
    os.environ["POLARS_MAX_THREADS"] = "1"
    import polars as pl

    assert pl.thread_pool_size() == 1, pl.thread_pool_size()

    started = time.perf_counter()
    load_before = os.getloadavg()
    meta = {**environment(args), "argv": sys.argv[1:], "load_before": load_before}
    print(f"textwash {meta['versions']['textwash']} at {meta['commit']}, load {load_before[0]:.2f}", file=sys.stderr)

    samples = yardstick.accuracy_corpus(args.docs_per_locale, args.seed)
    data: dict[str, Any] = {
        "meta": meta,
        "pools": yardstick.pools().sizes(),
        "shape": {"accuracy": yardstick.ShapeTally(samples).summary()},
    }
    data["accuracy"] = accuracy(samples)
    print(f"accuracy done at {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)

    todo = cases()
    sizes: dict[str, dict[str, Any]] = {}
    inputs: dict[str, dict[str, Any]] = {}
    for kind in ("english", "mixed"):
        corpus = yardstick.throughput_corpus(kind, args.mb, args.seed)
        data["shape"][kind] = corpus.shape
        print(f"{kind}: {len(corpus.noisy):,} strings at {time.perf_counter() - started:.0f}s", file=sys.stderr)
        inputs[kind], sizes[kind] = prepare(corpus.noisy, corpus.clean, todo)
        inputs[f"{kind}-clean"], sizes[f"{kind}-clean"] = prepare(corpus.clean, corpus.clean, todo)
    inputs = {corpus: inputs[corpus] for corpus in CORPORA}
    data["rounds"] = measure(inputs, todo, args.repeats)
    del inputs
    data["corpora"] = sizes
    data["rounds_used"] = quiet_rounds(data["rounds"], args.max_others)
    data["speed"] = speeds(todo, sizes, data["rounds_used"])
    data["ratios"] = ratios(data["speed"])
    data["targets"] = targets(data["speed"], data["ratios"])
    meta["load_after"] = os.getloadavg()
    meta["seconds"] = round(time.perf_counter() - started, 1)

    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "yardstick.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    report = markdown(data)
    (out_dir / "yardstick.md").write_text(report, encoding="utf-8")
    print(report)
    print(f"wrote {out_dir}/yardstick.md and yardstick.json in {meta['seconds']:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
