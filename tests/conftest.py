"""Session-wide test setup.

Environment variables that libraries read at import time are set here, before any test
module imports them: the Triton interpreter when no NVIDIA GPU is present, offline model
hubs, a headless plot backend and no telemetry.
"""
from __future__ import annotations

import os
from pathlib import Path

from paddlecamp.devices import gpu_visible  # imports nothing heavy

if not gpu_visible():
    os.environ.setdefault("TRITON_INTERPRET", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository root."""
    return REPO


def pytest_collection_modifyitems(config, items):
    """Schedule for ``pytest -n 2 --dist loadgroup``: a test file's tests stay on one worker
    (so module and session fixtures such as OCR results are built once), while each chapter
    is its own group, so chapters run two at a time."""
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        if item.get_closest_marker("notebook"):
            group = item.nodeid
        else:
            group = item.nodeid.split("::")[0]
        item.add_marker(pytest.mark.xdist_group(group))
