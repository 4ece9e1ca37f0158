#!/usr/bin/env bash
# Every lint, as `.ci/run` and `make lint` both run it: formatting, clippy (pedantic, no panics),
# rustdoc (no broken links, private items included), ruff, mypy, and the layering of the core
# (scripts/check_layers.sh, which also keeps pyo3 inside src/python/). Run from a virtual
# environment with the test extras installed.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --all -- --check
cargo clippy --locked --all-targets --features python -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --document-private-items --features python --quiet
ruff check python tests benches scripts
ruff format --check python tests benches scripts
mypy python/textwash
bash scripts/check_layers.sh
