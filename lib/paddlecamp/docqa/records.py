"""The records that flow through the pipeline: OCR lines, tables, pages and chunks.

Plain dataclasses with ``to_dict``/``from_dict`` so that OCR results can be cached as JSON
inside the store and chunks can carry their provenance into Milvus unchanged.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Point = list[float]
BBox = list[float]


def bbox_of(polygon: list[Point]) -> BBox:
    """Axis-aligned ``[x0, y0, x1, y1]`` of a polygon."""
    xs = [float(p[0]) for p in polygon]
    ys = [float(p[1]) for p in polygon]
    return [min(xs), min(ys), max(xs), max(ys)]


def union_bbox(boxes: list[BBox]) -> BBox:
    """Smallest box holding every box in ``boxes`` (which must not be empty)."""
    if not boxes:
        raise ValueError("union_bbox needs at least one box")
    return [min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes)]


@dataclass
class Line:
    """One recognised text line.

    ``box`` is the detector's polygon (four ``[x, y]`` points, clockwise from top-left),
    ``bbox`` its axis-aligned bounds, ``order`` the position in reading order (0-based).
    """

    text: str
    score: float
    box: list[Point]
    bbox: BBox = field(default_factory=list)
    order: int = 0

    def __post_init__(self) -> None:
        if not self.bbox:
            self.bbox = bbox_of(self.box)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Line":
        return cls(text=d["text"], score=float(d["score"]), box=d["box"], bbox=d.get("bbox") or [],
                   order=int(d.get("order", 0)))


@dataclass
class Cell:
    """One table cell as printed: its grid position, spans, text and box.

    ``row``/``col`` are the top-left grid position (0-based); ``row_span``/``col_span`` how
    many grid rows/columns it covers; ``header`` marks cells of header rows or header
    columns (row labels); ``bbox`` is in page pixels (empty when unknown).
    """

    row: int
    col: int
    text: str
    bbox: BBox = field(default_factory=list)
    row_span: int = 1
    col_span: int = 1
    header: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Cell":
        return cls(row=int(d["row"]), col=int(d["col"]), text=d.get("text", ""), bbox=list(d.get("bbox") or []),
                   row_span=int(d.get("row_span", 1)), col_span=int(d.get("col_span", 1)),
                   header=bool(d.get("header", False)))


@dataclass
class Region:
    """A layout region of a page (from a layout model or the PDF structure).

    ``label`` is one of ``text``, ``title``, ``figure``, ``figure_caption``, ``table``,
    ``table_caption``, ``header``, ``footer``, ``reference``, ``equation``; ``bbox`` in page
    pixels; ``score`` the detector's confidence.
    """

    label: str
    bbox: BBox
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Region":
        return cls(label=d["label"], bbox=list(d["bbox"]), score=float(d.get("score", 1.0)))


@dataclass
class Table:
    """A table found on the page: a text grid for Markdown, plus the cells with spans and boxes.

    ``cells[r][c]`` is the text at grid row ``r``, column ``c`` ("" for an empty cell; a
    spanning cell's text fills every position it covers, so row and column lookups find it);
    ``cell_list`` holds each printed cell once, with spans and boxes (empty for tables found
    by line geometry alone, where ``cells`` and ``row_bboxes`` are all there is);
    ``header_rows``/``header_cols`` count the leading header rows and row-label columns;
    ``line_orders`` lists the ``order`` of the lines the table consumed, so chunking can keep
    them out of the running text; ``method`` says how the table was found (``geometry`` or
    ``slanet``).
    """

    cells: list[list[str]]
    bbox: BBox
    row_bboxes: list[BBox] = field(default_factory=list)
    line_orders: list[int] = field(default_factory=list)
    cell_list: list[Cell] = field(default_factory=list)
    header_rows: int = 1
    header_cols: int = 1
    method: str = "geometry"

    @property
    def n_rows(self) -> int:
        return len(self.cells)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.cells), default=0)

    def row_markdown(self, r: int) -> str:
        """One row as a Markdown table row."""
        row = list(self.cells[r]) + [""] * (self.n_cols - len(self.cells[r]))
        return "| " + " | ".join(c.replace("|", "\\|") for c in row) + " |"

    def header_markdown(self) -> str:
        """The first row plus the Markdown separator line."""
        return self.row_markdown(0) + "\n|" + "---|" * self.n_cols

    def to_markdown(self) -> str:
        """The whole table as Markdown (first row taken as the header)."""
        if not self.cells:
            return ""
        rows = [self.header_markdown()] + [self.row_markdown(r) for r in range(1, self.n_rows)]
        return "\n".join(rows)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Table":
        return cls(cells=d["cells"], bbox=d["bbox"], row_bboxes=d.get("row_bboxes", []),
                   line_orders=d.get("line_orders", []),
                   cell_list=[Cell.from_dict(c) for c in d.get("cell_list", [])],
                   header_rows=int(d.get("header_rows", 1)), header_cols=int(d.get("header_cols", 1)),
                   method=d.get("method", "geometry"))


@dataclass
class Page:
    """One page of one source file after OCR.

    ``source`` is the file name as indexed (what citations show), ``page`` is 1-based,
    ``width``/``height`` are in pixels of the image the boxes refer to. ``notes`` carries
    non-fatal remarks (for example "downscaled from 12000x9000"). ``regions`` are layout
    regions (titles, text blocks, tables, headers, footers...) when a layout model ran;
    ``origin`` says where the lines came from: ``ocr`` or ``pdf-text`` (the PDF's own text
    layer, no OCR). ``frame`` is the affine map (2 × 3, rows ``[a, b, c]``, ``[d, e, f]``; 3 × 3
    when projective, for a photographed sheet read rectified)
    from the file's pixels to the *reading frame*, the upright page on which the lines were
    laid out (a page scanned sideways or skewed is read turned); empty when the two are the
    same. Boxes always refer to the file; geometry that needs rows and columns (chunking)
    maps them through ``frame`` first.
    """

    source: str
    page: int
    width: int
    height: int
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    origin: str = "ocr"
    frame: list[list[float]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All line texts in reading order, one per line."""
        return "\n".join(l.text for l in sorted(self.lines, key=lambda l: l.order))

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "page": self.page, "width": self.width, "height": self.height,
                "lines": [l.to_dict() for l in self.lines], "tables": [t.to_dict() for t in self.tables],
                "notes": list(self.notes), "regions": [r.to_dict() for r in self.regions], "origin": self.origin,
                "frame": [list(r) for r in self.frame]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Page":
        return cls(source=d["source"], page=int(d["page"]), width=int(d["width"]), height=int(d["height"]),
                   lines=[Line.from_dict(x) for x in d.get("lines", [])],
                   tables=[Table.from_dict(x) for x in d.get("tables", [])], notes=list(d.get("notes", [])),
                   regions=[Region.from_dict(x) for x in d.get("regions", [])], origin=d.get("origin", "ocr"),
                   frame=[[float(v) for v in r] for r in d.get("frame") or []])


@dataclass
class Chunk:
    """A retrievable piece of one page with its provenance.

    ``kind`` is ``"text"`` (a paragraph or run of lines), ``"table"`` or ``"kv"`` (label:
    value pairs of a form); ``bbox`` is the union box of what it holds; ``line_bboxes`` keeps
    each line's (or table row's) box so an answer can cite the exact line. ``section`` is the
    nearest title or section heading above the chunk (context for retrieval and answering).
    ``items`` carries the structure: for a table chunk one dict per data cell (``row``,
    ``col``, ``text``, ``bbox``, ``row_header``, ``col_header``), for a kv chunk one per pair
    (``key``, ``value``, ``bbox``); an answer cites the item's box.
    """

    source: str
    page: int
    text: str
    bbox: BBox
    kind: str = "text"
    chunk_no: int = 0
    line_bboxes: list[BBox] = field(default_factory=list)
    doc_hash: str = ""
    section: str = ""
    items: list[dict[str, Any]] = field(default_factory=list)

    @property
    def chunk_id(self) -> str:
        """Stable id: content hash of the file, page and position (re-indexing is idempotent)."""
        return f"{self.doc_hash[:16]}-{self.page}-{self.chunk_no}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Chunk":
        return cls(**{k: d[k] for k in ("source", "page", "text", "bbox") },
                   kind=d.get("kind", "text"), chunk_no=int(d.get("chunk_no", 0)),
                   line_bboxes=d.get("line_bboxes", []), doc_hash=d.get("doc_hash", ""),
                   section=d.get("section", ""), items=list(d.get("items", [])))


@dataclass
class Citation:
    """Where an answer comes from: file, page, the box of the cell, pair or line, and its text."""

    source: str
    page: int
    bbox: BBox
    text: str
    score: float = 0.0
    chunk_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "page": int(self.page), "bbox": [round(float(v), 1) for v in self.bbox],
                "text": self.text, "score": round(float(self.score), 4), "chunk_id": self.chunk_id}


@dataclass
class Answer:
    """One answer as every entry point returns it (``ask``, the CLI ``--json``, Haystack).

    ``answer`` is the span (or the refusal sentence when ``answerable`` is false); ``reason``
    says why a question was declined; ``answerer`` is ``extractive`` or ``ernie`` (with
    ``fallback`` set when ERNIE failed and the extractive answer was used).
    """

    answer: str
    answerable: bool
    citations: list[Citation] = field(default_factory=list)
    reason: str = ""
    answerer: str = "extractive"
    timings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"answer": self.answer, "answerable": self.answerable,
                               "citations": [c.to_dict() for c in self.citations], "answerer": self.answerer}
        if self.reason:
            out["reason"] = self.reason
        if self.timings:
            out["timings"] = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in self.timings.items()}
        return out
