"""One page image through an engine, then reading order and tables: a ``Page`` record."""
from __future__ import annotations

import numpy as np

from paddlecamp.docqa.ocr.engine import OcrEngine, get_engine
from paddlecamp.docqa.ocr.layout import find_tables, order_lines
from paddlecamp.docqa.records import Page


def ocr_image(image: np.ndarray, *, source: str = "", page: int = 1, engine: OcrEngine | str = "default",
              notes: list[str] | None = None) -> Page:
    """OCR one page image (BGR ``uint8``) into a ``Page`` with ordered lines and tables."""
    eng = get_engine(engine) if isinstance(engine, str) else engine
    raw = eng.recognize(image)
    lines, rows = order_lines(raw)
    notes = list(notes or [])
    if not lines:
        notes.append("no text found on this page")
    return Page(source=source, page=page, width=int(image.shape[1]), height=int(image.shape[0]), lines=lines,
                tables=find_tables(rows), notes=notes)
