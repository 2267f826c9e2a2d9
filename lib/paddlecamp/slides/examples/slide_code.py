"""What every example needs to show its code and its sizes on a slide.

An example's slide shows exactly the code that is measured: ``define`` runs that code and
returns what it defines. ``size_text`` writes a byte count the way the slides do (binary
units, one decimal).
"""
from __future__ import annotations

from typing import Any


def define(code: str) -> dict[str, Any]:
    """Run the slide's code and return what it defines, so the slide shows what is measured."""
    namespace: dict[str, Any] = {}
    exec(compile(code, "<example>", "exec"), namespace)
    return namespace


def size_text(nbytes: int) -> str:
    """Bytes for a slide: B, KiB or MiB with one decimal."""
    if nbytes >= 1 << 20:
        return f"{nbytes / (1 << 20):,.1f} MiB"
    return f"{nbytes / 1024:,.1f} KiB" if nbytes >= 1024 else f"{nbytes} B"
