"""Per-call cost of `textwash.clean` from Python, next to an identity loop measured in the same run.

    python benches/bench_py.py            # prints a table, writes benches/results/clean_py.json

The strings are ~180-character rows cut from the bundled article (clean and noisy) and from the
multilingual legit corpus, plus the whole article as one string. Each figure is the best of 7
timed loops over all rows; MB/s counts UTF-8 bytes of input.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from pathlib import Path

import textwash

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def rows(text: str, width: int = 180) -> list[str]:
    """Cut `text` into rows of about `width` characters at spaces."""
    out: list[str] = []
    row = ""
    for word in text.split(" "):
        if row and len(row) + len(word) > width:
            out.append(row)
            row = ""
        row = f"{row} {word}" if row else word
    out.append(row)
    return out


def corpus(name: str) -> str:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return " ".join(line for line in lines if line and not line.startswith("#"))


def best_seconds(func, items: list[str], repeat: int = 7) -> float:
    """Best time of `repeat` loops calling `func` on every item (at least 50 ms per loop)."""
    loops = 1
    while True:
        start = time.perf_counter()
        for _ in range(loops):
            for s in items:
                func(s)
        if time.perf_counter() - start > 0.05:
            break
        loops *= 2
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(loops):
            for s in items:
                func(s)
        best = min(best, (time.perf_counter() - start) / loops)
    return best


def identity(s: str) -> str:
    return s


def main() -> None:
    cases = {
        "english clean, 180-char rows": rows(corpus("article_clean.txt")) * 20,
        "english noisy, 180-char rows": rows(corpus("article_noisy.txt")) * 20,
        "multilingual, 180-char rows": rows(corpus("legit.txt")),
        "english noisy article, whole": [(DATA / "article_noisy.txt").read_text(encoding="utf-8")],
    }
    clean = textwash.clean
    results = []
    for name, items in cases.items():
        size = sum(len(s.encode("utf-8")) for s in items)
        t_id = best_seconds(identity, items)
        t_clean = best_seconds(clean, items)
        results.append(
            {
                "case": name,
                "rows": len(items),
                "bytes": size,
                "identity_ns_per_call": t_id / len(items) * 1e9,
                "clean_ns_per_call": t_clean / len(items) * 1e9,
                "clean_mb_per_s": size / t_clean / 1e6,
                "ratio_to_identity": t_clean / t_id,
            }
        )
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    meta = {
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "textwash": textwash.__version__,
        "commit": commit.strip(),
    }
    out = ROOT / "benches" / "results" / "clean_py.json"
    out.write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n", encoding="utf-8")
    print("| case | ns/call identity | ns/call clean | clean MB/s | ratio |")
    print("|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['case']} | {r['identity_ns_per_call']:.0f} | {r['clean_ns_per_call']:.0f} | "
            f"{r['clean_mb_per_s']:.0f} | {r['ratio_to_identity']:.2f}× |"
        )


if __name__ == "__main__":
    main()
