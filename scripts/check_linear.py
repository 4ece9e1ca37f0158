"""Checks that clean() and junk() stay linear on the worst-case families, by instruction counts.

`cargo bench --bench worst` times every hostile family of `benches/worst.rs` at 20,000 and 200,000
characters; the issue's bar is at most 12x the time for 10x the input. Timing is noisy and is not
run at every landing, and twice a change made one family quadratic unseen. This script says the
same without the noise, so that CI can run it: it counts, under callgrind, the instructions of one
call of `clean` and of `junk` on each family at 100, 20,000 and 200,000 characters, and fails
when the work of the 200k call is more than 12x that of the 20k call, both less the 100-character
call's: the process's start and the first use of the engine's tables (the look-alike tables scan
every cased letter once, ~37 million instructions), which are no part of the growth.

    python scripts/check_linear.py            # every family, two at a time
    python scripts/check_linear.py selector   # the families whose name contains "selector"

Needs valgrind. Builds the bench with the `counting` profile of Cargo.toml (release without its
whole-program optimisation, which takes four minutes to build); the growth is the engine's, not
the compiler's.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = 100  # characters; every family's unit is shorter, so its tables are all used by then
SIZES = (20_000, 200_000)
BAR = 12.0
OPS = ("clean", "junk")
TIMEOUT = 600  # seconds for one counted call; a quadratic family at 200k runs for hours under callgrind


def build() -> Path:
    """Builds the worst bench and returns its executable."""
    out = subprocess.run(
        ["cargo", "build", "--locked", "--profile", "counting", "--bench", "worst", "--message-format=json"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    for line in out.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "worst":
            if message.get("executable"):
                return Path(message["executable"])
    raise SystemExit("cargo built no executable for the worst bench")


def instructions(exe: Path, op: str, family: str, chars: int) -> int:
    """The instructions one run of `exe --count op family chars` executes, as callgrind counts them."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", str(exe), "--count", op, family, str(chars)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(f"{family!r} {op} at {chars}: exit {run.returncode}\n{run.stderr}")
    found = re.search(r"Collected : (\d+)", run.stderr)
    if not found:
        raise SystemExit(f"no count from callgrind for {family!r} {op} at {chars}:\n{run.stderr}")
    return int(found.group(1))


def growth(exe: Path, op: str, family: str) -> tuple[float, float]:
    """Instructions a character at 200k, and how many times the 20k call's work the 200k call's is."""
    try:
        base, small, large = (instructions(exe, op, family, chars) for chars in (BASE, *SIZES))
    except subprocess.TimeoutExpired:
        return float("inf"), float("inf")
    return (large - base) / SIZES[1], (large - base) / max(small - base, 1)


def main() -> int:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    exe = build()
    families = subprocess.run([exe, "--list"], check=True, capture_output=True, text=True).stdout.splitlines()
    jobs = [(family, op) for family in families if wanted in family for op in OPS]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda job: growth(exe, job[1], job[0]), jobs))
    print(f"| input | op | instructions a char at {SIZES[1]:,} | work x for 10x input |")
    print("|---|---|---:|---:|")
    failed = []
    for (family, op), (per_char, ratio) in zip(jobs, results, strict=True):
        print(f"| {family} | {op} | {per_char:,.0f} | {ratio:.2f} |")
        if ratio > BAR:
            failed.append(f"{family} ({op}): {ratio:.1f}x the work for 10x the input")
    if failed:
        print(f"\nnot linear (bar: {BAR}x):", *failed, sep="\n  ", file=sys.stderr)
        return 1
    print(f"\n{len(jobs)} counts linear: at most {max(r for _, r in results):.2f}x the work for 10x the input")
    return 0


if __name__ == "__main__":
    sys.exit(main())
