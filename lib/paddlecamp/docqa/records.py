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
class Table:
    """A grid table found among the lines: cells by row, kept as Markdown for the index.

    ``cells[r][c]`` is the text of row ``r``, column ``c`` ("" for an empty cell);
    ``line_orders`` lists the ``order`` of the lines the table consumed, so chunking can
    keep them out of the running text.
    """

    cells: list[list[str]]
    bbox: BBox
    row_bboxes: list[BBox] = field(default_factory=list)
    line_orders: list[int] = field(default_factory=list)

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
                   line_orders=d.get("line_orders", []))


@dataclass
class Page:
    """One page of one source file after OCR.

    ``source`` is the file name as indexed (what citations show), ``page`` is 1-based,
    ``width``/``height`` are in pixels of the image the boxes refer to. ``notes`` carries
    non-fatal remarks (for example "downscaled from 12000x9000").
    """

    source: str
    page: int
    width: int
    height: int
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All line texts in reading order, one per line."""
        return "\n".join(l.text for l in sorted(self.lines, key=lambda l: l.order))

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "page": self.page, "width": self.width, "height": self.height,
                "lines": [l.to_dict() for l in self.lines], "tables": [t.to_dict() for t in self.tables],
                "notes": list(self.notes)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Page":
        return cls(source=d["source"], page=int(d["page"]), width=int(d["width"]), height=int(d["height"]),
                   lines=[Line.from_dict(x) for x in d.get("lines", [])],
                   tables=[Table.from_dict(x) for x in d.get("tables", [])], notes=list(d.get("notes", [])))


@dataclass
class Chunk:
    """A retrievable piece of one page with its provenance.

    ``kind`` is ``"text"`` or ``"table"``; ``bbox`` is the union box of the lines it holds;
    ``line_bboxes`` keeps each line's box so an answer can cite the exact line.
    """

    source: str
    page: int
    text: str
    bbox: BBox
    kind: str = "text"
    chunk_no: int = 0
    line_bboxes: list[BBox] = field(default_factory=list)
    doc_hash: str = ""

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
                   line_bboxes=d.get("line_bboxes", []), doc_hash=d.get("doc_hash", ""))
