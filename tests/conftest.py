"""Session-wide test setup.

Environment variables that libraries read at import time are set here, before any test
module imports them: the Triton interpreter when no NVIDIA GPU is present, offline model
hubs, a headless plot backend and no telemetry.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

if shutil.which("nvidia-smi") is None and not Path("/proc/driver/nvidia").exists():
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
