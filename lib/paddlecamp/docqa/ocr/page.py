"""One page image through an engine, then layout regions, tables and reading order: a ``Page``."""
from __future__ import annotations

import numpy as np

from paddlecamp.docqa.ocr.engine import OcrEngine, get_engine
from paddlecamp.docqa.ocr.layout import group_rows, order_lines
from paddlecamp.docqa.ocr.reading_order import apply_reading_order
from paddlecamp.docqa.records import Page


def ocr_image(image: np.ndarray, *, source: str = "", page: int = 1, engine: OcrEngine | str = "default",
              notes: list[str] | None = None) -> Page:
    """OCR one page image (BGR ``uint8``) into a ``Page`` with ordered lines, regions and tables.

    Regions and tables come from ``structure.analyze_page``: PaddleOCR's layout and table
    models when they are present, grid tables found by line geometry otherwise. Skewed pages
    and very small text are handled by ``ocr.preprocess``, and a blurred page is also read
    sharpened (that reading is kept when it holds clearly more confident text); ``PADDLECAMP_PREPROCESS=0`` turns
    both off. The page's notes say what was applied.
    """
    from paddlecamp.docqa.ocr import preprocess
    from paddlecamp.docqa.ocr.orientation import read_upright, reading_quality
    from paddlecamp.docqa.structure import analyze_page
    from paddlecamp.docqa.structure.checkboxes import mark_checkboxes

    eng = get_engine(engine) if isinstance(engine, str) else engine

    def layout(img: np.ndarray, raw: list) -> Page:
        raw = mark_checkboxes(img, raw)  # "☐ 月卡 ☑ 季卡": which option of a choice field is ticked
        lines, rows = order_lines(raw)
        regions, tables = analyze_page(img, lines, rows)
        lines = apply_reading_order(lines, tables)  # columns one after the other, tables kept whole
        return Page(source=source, page=page, width=int(img.shape[1]), height=int(img.shape[0]), lines=lines,
                    tables=tables, notes=list(notes or []), regions=regions)

    def read_as_is(img: np.ndarray) -> Page:
        # Small text and skew are measured and fixed (boxes mapped back) unless PADDLECAMP_PREPROCESS=0.
        if preprocess.enabled():
            return preprocess.read_page(img, eng.recognize, layout)
        return layout(img, eng.recognize(img))

    # A blurred page is also read sharpened, kept if clearly better (sharpening moves no pixel,
    # so boxes need no mapping); a sharp page is read once.
    blur = preprocess.enabled() and preprocess.blurred(image)

    def read(img: np.ndarray) -> Page:
        first = read_as_is(img)
        if not blur:
            return first
        second = read_as_is(preprocess.sharpen(img))
        if reading_quality(second) < preprocess.SHARPER_BY * reading_quality(first):
            return first
        second.notes = list(second.notes) + ["blurred page: read sharpened (the sharpened reading held clearly more text)"]
        return second

    # A page scanned sideways is read turned upright; its boxes still refer to ``image``.
    result = read_upright(image, read(image), read)
    if not result.lines:
        result.notes.append("no text found on this page")
    # The geometry tables are found again from the lines as they are kept (boxes in the file,
    # rounded, seen through the stored reading frame): a page re-read from the OCR cache then
    # gets the same tables as this reading, where a box that moved by a rounding could tip a
    # row or column decision that sits on its threshold.
    return refresh_layout(result)


def refresh_layout(page: Page) -> Page:
    """Recompute the geometry tables of a page read back without its image (the OCR cache).

    Tables made from the image (the table model's, ``method == "slanet"``, and ruled grids,
    ``"ruled"``) and the layout regions are kept
    as cached (the models need the image); geometry tables are found again from the lines (in
    the page's reading frame), so a change to the geometry rules reaches cached pages. Returns
    ``page``, updated.
    """
    from paddlecamp.docqa.ocr.frame import frame_matrix, map_box, map_table_back, reading_view
    from paddlecamp.docqa.structure import IMAGE_METHODS, geometry_tables

    kept = [t for t in page.tables if t.method in IMAGE_METHODS]
    covered = {o for t in kept for o in t.line_orders}
    view, back = reading_view(page)  # rows and columns of a page read turned are found upright
    lines = sorted(view.lines, key=lambda l: l.order)
    tables = kept + [map_table_back(t, back) for t in geometry_tables(group_rows(list(lines)), covered)]
    m = frame_matrix(page)

    def top_left(t) -> tuple[float, float]:  # as the page is read (turned 90°: not the file's)
        b = t.bbox if m is None else map_box(t.bbox, m)
        return b[1], b[0]

    tables.sort(key=top_left)
    page.tables = tables
    return page
