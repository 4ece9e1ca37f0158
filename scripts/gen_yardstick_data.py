"""Write the yardstick documents the differential test (`tests/differential.rs`) compares the
engine and the model on: `tests/data/yardstick/seed-N.jsonl`, one JSON string per line, the
noisy documents of `benches/yardstick.py`'s accuracy corpus for seeds 0, 1 and 2.

    python -m pip install ".[bench]"
    python scripts/gen_yardstick_data.py          # make yardstick-data
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))

import yardstick  # noqa: E402  (benches/ is not a package)

SEEDS = (0, 1, 2)
PER_LOCALE = 40


def main() -> None:
    out = ROOT / "tests" / "data" / "yardstick"
    out.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        samples = yardstick.accuracy_corpus(PER_LOCALE, seed)
        lines = [json.dumps(s.noisy, ensure_ascii=False) for s in samples]
        (out / f"seed-{seed}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"seed {seed}: {len(lines)} documents")


if __name__ == "__main__":
    main()
