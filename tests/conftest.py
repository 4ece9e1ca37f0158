"""Shared test setup: hypothesis profiles, SIGINT as a terminal gives it, and the location of the
shared golden data."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import hypothesis
import pytest

# `fast` for every run, `slow` for a thorough one: HYPOTHESIS_PROFILE=slow pytest tests
hypothesis.settings.register_profile("fast", max_examples=50)
hypothesis.settings.register_profile("slow", max_examples=1_000)
hypothesis.settings.load_profile(os.getenv("HYPOTHESIS_PROFILE", "fast"))

# A runner started in the background by a shell without job control inherits SIGINT ignored, and
# Python then installs no handler of its own, nor do the command-line processes the tests start
# (an ignored signal stays ignored across exec; a handled one is reset). The tests of Ctrl-C need
# SIGINT as a terminal gives it.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

DATA_DIR = Path(__file__).parent / "data"


def read_data(name: str) -> str:
    """The text of `tests/data/<name>`, exactly as stored (no newline translation)."""
    return (DATA_DIR / name).read_bytes().decode("utf-8")


def legit_lines() -> list[str]:
    """The content lines of `tests/data/legit.txt`: non-empty and not comments."""
    return [line for line in read_data("legit.txt").splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture
def data_dir() -> Path:
    """The directory of the shared golden data (`tests/data`)."""
    return DATA_DIR
