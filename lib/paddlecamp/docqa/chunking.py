"""Pages to chunks that keep provenance.

Rules: a chunk never crosses a page; it carries the page number and the union box of its
lines (and each line's box, so an answer can cite one line); table rows stay whole and each
table chunk repeats the header row, so a row retrieved alone still says what its columns
mean. Sizes are counted in "units" that treat Chinese fairly: a CJK character is one unit
(about one token for the embedder and one jieba-ish term for BM25), other text counts a
quarter unit per character (about four characters per English token).
"""
from __future__ import annotations

from statistics import median

from paddlecamp.docqa.records import Chunk, Line, Page, Table, union_bbox


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF


def text_units(text: str) -> float:
    """Size of ``text`` in units (CJK char = 1, other char = 0.25)."""
    return sum(1.0 if _is_cjk(c) else 0.25 for c in text)


def _join(texts: list[str]) -> str:
    """Lines joined by newlines (BM25 with jieba and the embedder both treat them as breaks)."""
    return "\n".join(texts)


def _text_chunks(lines: list[Line], max_units: float) -> list[list[Line]]:
    groups: list[list[Line]] = []
    cur: list[Line] = []
    size = 0.0
    heights = [l.bbox[3] - l.bbox[1] for l in lines] or [1.0]
    h = median(heights)
    for line in lines:
        u = text_units(line.text)
        gap = line.bbox[1] - cur[-1].bbox[3] if cur else 0.0
        # Break at the size limit, or at a paragraph gap once the chunk is reasonably full.
        if cur and (size + u > max_units or (gap > 1.2 * h and size > max_units / 2)):
            groups.append(cur)
            cur, size = [], 0.0
        cur.append(line)
        size += u
    if cur:
        groups.append(cur)
    return groups


def _table_chunks(table: Table, max_units: float) -> list[tuple[str, list[list[float]]]]:
    """Markdown pieces of a table: header + as many whole rows as fit, header repeated."""
    if table.n_rows == 0:
        return []
    header = table.header_markdown()
    hbox = table.row_bboxes[0] if table.row_bboxes else table.bbox
    pieces = []
    rows: list[str] = []
    boxes: list[list[float]] = []
    size = text_units(header)
    for r in range(1, table.n_rows):
        md = table.row_markdown(r)
        if rows and size + text_units(md) > max_units:
            pieces.append(("\n".join([header] + rows), [hbox] + boxes))
            rows, boxes, size = [], [], text_units(header)
        rows.append(md)
        boxes.append(table.row_bboxes[r] if r < len(table.row_bboxes) else table.bbox)
        size += text_units(md)
    if rows or table.n_rows == 1:
        pieces.append(("\n".join([header] + rows), [hbox] + boxes))
    return pieces


def chunk_page(page: Page, *, max_units: float = 120, doc_hash: str = "", start_no: int = 0) -> list[Chunk]:
    """Chunks of one page in reading order: running text and tables kept apart."""
    in_table = {o: t for t in page.tables for o in t.line_orders}
    chunks: list[Chunk] = []
    pending: list[Line] = []
    emitted: set[int] = set()

    def flush_text() -> None:
        for group in _text_chunks(pending, max_units):
            boxes = [l.bbox for l in group]
            chunks.append(Chunk(source=page.source, page=page.page, text=_join([l.text for l in group]),
                                bbox=union_bbox(boxes), kind="text", line_bboxes=boxes, doc_hash=doc_hash))
        pending.clear()

    for line in sorted(page.lines, key=lambda l: l.order):
        table = in_table.get(line.order)
        if table is None:
            pending.append(line)
            continue
        if id(table) in emitted:
            continue
        flush_text()
        emitted.add(id(table))
        for text, boxes in _table_chunks(table, max_units):
            chunks.append(Chunk(source=page.source, page=page.page, text=text, bbox=union_bbox(boxes),
                                kind="table", line_bboxes=boxes, doc_hash=doc_hash))
    flush_text()
    for i, c in enumerate(chunks):
        c.chunk_no = start_no + i
    return chunks


def chunk_pages(pages: list[Page], *, max_units: float = 120, doc_hash: str = "") -> list[Chunk]:
    """Chunks of every page; numbering runs on across pages so ids stay unique per file."""
    out: list[Chunk] = []
    for page in pages:
        out.extend(chunk_page(page, max_units=max_units, doc_hash=doc_hash, start_no=len(out)))
    return out
