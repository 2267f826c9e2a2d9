"""Shared helpers for the checkpoint tests."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def flip_byte():
    """``flip_byte(path, offset, mask=0x10)``: damage one byte of a file in place."""
    def flip(path: Path, offset: int, mask: int = 0x10) -> None:
        with open(path, "r+b") as f:
            f.seek(offset)
            b = f.read(1)
            f.seek(offset)
            f.write(bytes([b[0] ^ mask]))
    return flip
