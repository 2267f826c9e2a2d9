"""Richer page layouts and capture conditions for the second document-QA development set.

``paddlecamp.docqa.dataset`` draws one layout family (a title, lines, pairs and ruled grids on a
lightly degraded scan). This module adds what real documents and real captures look like,
without touching that module (its set must keep regenerating byte for byte):

* blocks: ``Text`` (any font, size, alignment, colour), ``Columns`` (multi-column paragraphs),
  ``KVGrid`` (``label: value`` pairs in one or more columns, optionally boxed), ``Grid``
  (tables with row/column spans, multi-row headers, ruled, horizontal-rules-only, zebra or
  rule-less styles), ``Stamp`` (a round red seal), ``Rule`` and ``Space``;
* pages with running headers and footers and their own size (``PageSpec``);
* capture conditions (``SLICES``): ``clean``, ``skew``, ``rot90``, ``blur``, ``lowres``,
  ``photo`` (perspective warp, uneven light, dark background), ``pdf-image`` (a scan in a
  PDF) and ``pdf-text`` (a born-digital PDF whose text layer holds every drawn line).

Every drawn line is recorded with its box; every capture condition carries the boxes through
the same geometric transform it applies to the pixels, so the truth stays exact. Everything
is deterministic: randomness comes from a generator seeded by the page's name.
"""
from __future__ import annotations

import io
import math
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence, Union

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from paddlecamp.docqa.dataset import cjk_font_file, normalize

#: Base seed of the capture conditions; each page mixes in a CRC of its name.
SEED = 20251201
#: Resolution at which PDF pages are written (a page of W x H pixels is W/DPI x H/DPI inches).
PDF_DPI = 100
PAPER = (250, 248, 242)
INK = (25, 25, 30)
RED = (200, 30, 35)
#: The capture conditions a page can be given.
SLICES = ("clean", "skew", "rot90", "blur", "lowres", "photo", "pdf-image", "pdf-text")
#: Harsher capture conditions (added for data/docqa-dev5; ``capture`` accepts them beside ``SLICES``):
#: ``phone`` (a sheet photographed by hand: 3-7 degrees of rotation, stronger perspective, a soft
#: shadow band, slight motion blur, downscaled to about 0.7 and JPEG-compressed at quality 55-65)
#: and ``fax`` (a standard-resolution fax: about half the vertical resolution, binarized, a slight
#: skew, speckle and a dropout streak, at about 0.8 of the resolution).
HARSH_SLICES = ("phone", "fax")

Color = tuple[int, int, int]


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------
_FONTS: dict[tuple[str, int, bool], ImageFont.FreeTypeFont] = {}


def font_file(family: str = "sans", bold: bool = False) -> tuple[str, int]:
    """(file, face index) of a font family: ``sans`` (Noto Sans CJK SC), ``serif`` (Noto Serif CJK
    SC when installed, else the sans face) or ``mono`` (DejaVu Sans Mono, Latin only)."""
    if family == "mono":
        for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf" if bold else
                  "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",):
            if Path(p).is_file():
                return p, 0
        family = "sans"
    if family == "serif":
        p = f"/usr/share/fonts/opentype/noto/NotoSerifCJK-{'Bold' if bold else 'Regular'}.ttc"
        if Path(p).is_file():
            for i in range(8):
                try:
                    if "SC" in ImageFont.truetype(p, 12, index=i).getname()[0]:
                        return p, i
                except OSError:
                    break
        family = "sans"
    path, index, _ = cjk_font_file(bold)
    return path, index


def get_font(size: int, bold: bool = False, family: str = "sans") -> ImageFont.FreeTypeFont:
    """A font of ``family`` at ``size`` pixels (cached)."""
    key = (family, size, bold)
    if key not in _FONTS:
        path, index = font_file(family, bold)
        _FONTS[key] = ImageFont.truetype(path, size, index=index)
    return _FONTS[key]


# --------------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    """One line of text; ``align`` is ``left`` (at ``indent``), ``center`` or ``right``."""

    text: str
    size: int = 24
    bold: bool = False
    align: str = "left"
    indent: int = 0
    family: str = "sans"
    color: Color = INK


@dataclass(frozen=True)
class Columns:
    """Paragraphs in ``len(columns)`` side-by-side columns; each column is a tuple of pre-broken lines."""

    columns: tuple[tuple[str, ...], ...]
    size: int = 20
    gap: int = 36
    family: str = "sans"


@dataclass(frozen=True)
class KVGrid:
    """``label<sep>value`` pairs laid out row by row in ``cols`` columns (one drawn line per pair);
    ``boxed`` draws a ruled box around each pair."""

    pairs: tuple[tuple[str, str], ...]
    cols: int = 2
    size: int = 22
    sep: str = ": "
    boxed: bool = False
    bold_labels: bool = False
    family: str = "sans"


@dataclass(frozen=True)
class Grid:
    """A table. ``rows`` hold one string per grid cell ("" under a span); ``spans`` are
    ``(row, col, rowspan, colspan)`` of merged cells; the first ``header_rows`` rows are bold.
    ``style``: ``ruled`` (all borders), ``hrules`` (horizontal rules under the header and at the
    ends), ``zebra`` (no rules, alternate rows shaded), ``none`` (no rules at all).
    ``align``: per column ``l``/``r``/``c``."""

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    spans: tuple[tuple[int, int, int, int], ...] = ()
    header_rows: int = 1
    style: str = "ruled"
    size: int = 21
    row_h: int = 40
    align: str = ""
    family: str = "sans"


@dataclass(frozen=True)
class Stamp:
    """A round red seal centred at (``x``, ``y``) on the page (drawn over the text, no layout space);
    its text is recorded as a truth line only when ``in_truth``."""

    text: str
    x: int
    y: int
    radius: int = 70
    size: int = 18
    in_truth: bool = False


@dataclass(frozen=True)
class Rule:
    """A horizontal line across the text width."""

    width: int = 2


@dataclass(frozen=True)
class Space:
    """Vertical space in pixels."""

    px: int = 16


XBlock = Union[Text, Columns, KVGrid, Grid, Stamp, Rule, Space]


@dataclass(frozen=True)
class PageSpec:
    """One page: blocks top to bottom, an optional running header and footer, its size and
    capture condition (one of ``SLICES``)."""

    blocks: tuple[XBlock, ...]
    slice: str = "clean"
    header: str = ""
    footer: str = ""
    size: tuple[int, int] = (1000, 1300)
    margin: int = 64


# --------------------------------------------------------------------------------------------
# Rendering (a list of drawing operations, replayed by Pillow or by the PDF backend)
# --------------------------------------------------------------------------------------------
@dataclass
class Rendered:
    """A laid-out page: drawing operations plus the truth lines and tables in page pixels."""

    size: tuple[int, int]
    ops: list[tuple] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)


class _Layout:
    def __init__(self, spec: PageSpec):
        self.spec = spec
        self.w, self.h = spec.size
        self.m = spec.margin
        self.out = Rendered(spec.size)
        self._measure = ImageDraw.Draw(Image.new("RGB", (8, 8)))

    def text(self, x: float, y: float, s: str, size: int, bold: bool = False, family: str = "sans",
             color: Color = INK, truth: bool = True, **extra) -> list[int]:
        fnt = get_font(size, bold, family)
        x0, y0, x1, y1 = self._measure.textbbox((x, y), s, font=fnt)
        box = [int(x0), int(y0), int(math.ceil(x1)), int(math.ceil(y1))]
        if box[2] > self.w - self.m // 3 or box[0] < 0:
            raise ValueError(f"text runs off the page ({box}): {s!r}")
        self.out.ops.append(("text", float(x), float(y), s, size, bold, family, color))
        if truth:
            self.out.lines.append({"text": s, "bbox": box, **extra})
        return box

    def width(self, s: str, size: int, bold: bool = False, family: str = "sans") -> float:
        return self._measure.textlength(s, font=get_font(size, bold, family))

    def line(self, x0: float, y0: float, x1: float, y1: float, width: int = 2, color: Color = INK) -> None:
        self.out.ops.append(("line", float(x0), float(y0), float(x1), float(y1), width, color))

    def fill(self, box: Sequence[float], color: Color) -> None:
        self.out.ops.append(("fill", *[float(v) for v in box], color))

    def ellipse(self, box: Sequence[float], width: int, color: Color) -> None:
        self.out.ops.append(("ellipse", *[float(v) for v in box], width, color))



def _rule_pieces(count: int, cells: int, crossing) -> Iterable[tuple[int, int, int]]:
    """The unbroken pieces ``(rule, first cell, cell after the last)`` of the ``count + 1``
    rules of a grid drawn over ``cells`` cells; ``crossing(rule, cell)`` is True where a
    spanning cell crosses the rule."""
    for r in range(count + 1):
        start = None
        for c in range(cells):
            cross = crossing(r, c)
            if not cross and start is None:
                start = c
            if cross and start is not None:
                yield r, start, c
                start = None
        if start is not None:
            yield r, start, cells

def _render_grid(L: _Layout, g: Grid, y: int) -> int:
    tw = L.w - 2 * L.m
    n_cols = len(g.widths)
    if abs(sum(g.widths) - 1.0) > 1e-6 or any(len(r) != n_cols for r in g.rows):
        raise ValueError(f"grid widths/rows do not match: {g.rows[0]!r}")
    xs = [L.m]
    for frac in g.widths:
        xs.append(xs[-1] + int(round(frac * tw)))
    xs[-1] = L.m + tw
    n = len(g.rows)
    ys = [y + r * g.row_h for r in range(n + 1)]
    span_of: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for r, c, rs, cs in g.spans:
        span_of[(r, c)] = (rs, cs)
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) != (r, c):
                    covered.add((rr, cc))
                    if g.rows[rr][cc]:
                        raise ValueError(f"text under a span at ({rr},{cc}): {g.rows[rr][cc]!r}")
    if g.style == "zebra":
        for r in range(g.header_rows, n):
            if (r - g.header_rows) % 2 == 1:
                L.fill((xs[0], ys[r], xs[-1], ys[r + 1]), (228, 230, 236))
        L.fill((xs[0], ys[0], xs[-1], ys[g.header_rows]), (205, 214, 228))
    cells = []
    for r, row in enumerate(g.rows):
        for c, s in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = span_of.get((r, c), (1, 1))
            cx0, cx1, cy0, cy1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
            if not s:
                continue
            bold = r < g.header_rows
            fnt = get_font(g.size, bold, g.family)
            ink = L._measure.textbbox((0, 0), s, font=fnt)
            tw_s = ink[2] - ink[0]
            a = (g.align[c] if c < len(g.align) else "l") if r >= g.header_rows else ("c" if cs > 1 else "l")
            if a == "r":
                tx = cx1 - 10 - tw_s - ink[0]
            elif a == "c":
                tx = (cx0 + cx1 - tw_s) / 2 - ink[0]
            else:
                tx = cx0 + 10
            ty = (cy0 + cy1 - (ink[3] - ink[1])) / 2 - ink[1]
            box = L.text(tx, ty, s, g.size, bold, g.family, cell=[r, c])
            if box[2] > cx1 - 3 or box[0] < cx0 + 2:
                raise ValueError(f"grid cell text wider than its cell: {s!r}")
            cell = {"row": r, "col": c, "text": s, "bbox": box, "cell_bbox": [cx0, cy0, cx1, cy1]}
            if (rs, cs) != (1, 1):
                cell["rowspan"], cell["colspan"] = rs, cs
            cells.append(cell)
    top, bottom = ys[0], ys[-1]
    if g.style == "ruled":
        # Rules are broken where a span crosses them.
        def h_cross(r: int, c: int) -> bool:
            return 0 < r < n and any(rr < r < rr + rs and cc <= c < cc + cs for rr, cc, rs, cs in g.spans)

        def v_cross(c: int, r: int) -> bool:
            return 0 < c < n_cols and any(cc < c < cc + cs and rr <= r < rr + rs for rr, cc, rs, cs in g.spans)

        for r, a, b in _rule_pieces(n, n_cols, h_cross):
            L.line(xs[a], ys[r], xs[b], ys[r])
        for c, a, b in _rule_pieces(n_cols, n, v_cross):
            L.line(xs[c], ys[a], xs[c], ys[b])
    elif g.style == "hrules":
        L.line(xs[0], top, xs[-1], top, 3)
        L.line(xs[0], ys[g.header_rows], xs[-1], ys[g.header_rows], 2)
        L.line(xs[0], bottom, xs[-1], bottom, 3)
    L.out.tables.append({"bbox": [xs[0], top, xs[-1], bottom], "n_rows": n, "n_cols": n_cols,
                         "rows": [list(r) for r in g.rows], "cells": cells, "style": g.style,
                         "header_rows": g.header_rows, "spans": [list(s) for s in g.spans]})
    return bottom + 26


def render_spec(spec: PageSpec) -> Rendered:
    """Lay out ``spec``: drawing operations plus truth lines (text, box, reading order) and tables.

    Raises ``ValueError`` when text leaves the page or its cell, or the content runs past the
    bottom margin, so a document that does not fit is caught when the set is generated.
    """
    L = _Layout(spec)
    m, w, h = L.m, L.w, L.h
    tw = w - 2 * m
    y = m
    if spec.header:
        L.text(m, m // 2 - 6, spec.header, 16, color=(90, 90, 100))
        L.line(m, m // 2 + 18, w - m, m // 2 + 18, 1, (120, 120, 130))
        y = m + 14
    stamps = []
    for b in spec.blocks:
        if isinstance(b, Space):
            y += b.px
        elif isinstance(b, Rule):
            L.line(m, y, w - m, y, b.width)
            y += 14
        elif isinstance(b, Text):
            tw_s = L.width(b.text, b.size, b.bold, b.family)
            x = {"left": m + b.indent, "center": (w - tw_s) / 2, "right": w - m - tw_s}[b.align]
            L.text(x, y, b.text, b.size, b.bold, b.family, b.color)
            y += int(b.size * 1.6)
        elif isinstance(b, Columns):
            k = len(b.columns)
            cw = (tw - (k - 1) * b.gap) / k
            step = int(b.size * 1.55)
            for i, col in enumerate(b.columns):
                x = m + i * (cw + b.gap)
                for j, s in enumerate(col):
                    box = L.text(x, y + j * step, s, b.size, family=b.family, column=i)
                    if box[2] > x + cw + 4:
                        raise ValueError(f"column text wider than its column: {s!r}")
            y += step * max(len(c) for c in b.columns) + 10
        elif isinstance(b, KVGrid):
            cw = tw / b.cols
            step = int(b.size * 1.9) if b.boxed else int(b.size * 1.65)
            rows = math.ceil(len(b.pairs) / b.cols)
            for i, (label, value) in enumerate(b.pairs):
                r, c = divmod(i, b.cols)
                x0, y0 = m + c * cw, y + r * step
                s = f"{label}{b.sep}{value}"
                tx = x0 + (10 if b.boxed else 0)
                ty = y0 + ((step - b.size * 1.2) / 2 if b.boxed else 0)
                box = L.text(tx, ty, s, b.size, family=b.family)
                if box[2] > x0 + cw - 4:
                    raise ValueError(f"key-value pair wider than its column: {s!r}")
            if b.boxed:
                for r in range(rows + 1):
                    L.line(m, y + r * step, w - m, y + r * step, 1)
                for c in range(b.cols + 1):
                    L.line(m + c * cw, y, m + c * cw, y + rows * step, 1)
            y += rows * step + (12 if b.boxed else 6)
        elif isinstance(b, Grid):
            y = _render_grid(L, b, y)
        elif isinstance(b, Stamp):
            stamps.append(b)
        else:
            raise TypeError(f"unknown block {b!r}")
        if y > h - m - (30 if spec.footer else 0):
            raise ValueError(f"page content runs past the bottom margin (y={y})")
    if spec.footer:
        fw = L.width(spec.footer, 16)
        L.line(m, h - m + 4, w - m, h - m + 4, 1, (120, 120, 130))
        L.text((w - fw) / 2, h - m + 14, spec.footer, 16, color=(90, 90, 100))
    for s in stamps:
        r = s.radius
        L.ellipse((s.x - r, s.y - r, s.x + r, s.y + r), 5, RED)
        L.ellipse((s.x - r + 9, s.y - r + 9, s.x + r - 9, s.y + r - 9), 1, RED)
        sw = L.width(s.text, s.size, True)
        L.text(s.x - sw / 2, s.y + r * 0.25, s.text, s.size, True, color=RED, truth=s.in_truth)
        star = get_font(int(r * 0.7), True)
        L.text(s.x - L._measure.textlength("★", font=star) / 2, s.y - r * 0.65, "★", int(r * 0.7), True,
               color=RED, truth=False)
    for i, line in enumerate(L.out.lines):
        line["order"] = i
    return L.out


def paint(rendered: Rendered, scale: float = 1.0, font_of: Callable | None = None) -> Image.Image:
    """Replay the drawing operations with Pillow on paper-coloured RGB (``scale`` > 1 supersamples);
    ``font_of`` is another renderer's ``get_font`` (default: this module's)."""
    font_of = font_of or get_font
    w, h = rendered.size
    img = Image.new("RGB", (int(w * scale), int(h * scale)), PAPER)
    d = ImageDraw.Draw(img)
    for op in rendered.ops:
        if op[0] == "fill":
            d.rectangle([v * scale for v in op[1:5]], fill=op[5])
    for op in rendered.ops:
        if op[0] == "line":
            _, x0, y0, x1, y1, wd, col = op
            d.line([(x0 * scale, y0 * scale), (x1 * scale, y1 * scale)], fill=col, width=max(1, round(wd * scale)))
        elif op[0] == "ellipse":
            _, x0, y0, x1, y1, wd, col = op
            d.ellipse([x0 * scale, y0 * scale, x1 * scale, y1 * scale], outline=col, width=max(1, round(wd * scale)))
        elif op[0] == "text":
            _, x, y, s, size, bold, family, col = op
            d.text((x * scale, y * scale), s, font=font_of(int(round(size * scale)), bold, family), fill=col)
    return img


def _ligature_free_pieces(s: str) -> list[tuple[int, str]]:
    """``s`` cut after every ``f`` that a font would join to a following ``f``, ``i`` or ``l``:
    (start offset, piece) pairs."""
    cuts = [i + 1 for i in range(len(s) - 1) if s[i] == "f" and s[i + 1] in "fil"]
    bounds = [0, *cuts, len(s)]
    return [(a, s[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]


def text_layer_pdf(pages: Sequence[Rendered], *, title: str = "",
                   fonts: tuple[Callable, Callable] | None = None) -> bytes:
    """The pages as a born-digital PDF (``PDF_DPI``): every text op becomes real text with an
    embedded TrueType font (so a PDF reader gets the exact characters), rules and fills vectors.
    ``fonts`` is ``(font_file, get_font)`` for another renderer's families (default: this
    module's)."""
    font_file_of, font_of = fonts or (font_file, get_font)
    import matplotlib
    import matplotlib.lines
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Ellipse, Rectangle

    buf = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}), \
            PdfPages(buf, metadata={"Title": title, "Creator": "paddlecamp", "Producer": "paddlecamp",
                                    "CreationDate": None}) as pdf:
        for rendered in pages:
            w, h = rendered.size
            fig = Figure(figsize=(w / PDF_DPI, h / PDF_DPI), dpi=PDF_DPI)
            for op in rendered.ops:
                if op[0] == "fill":
                    _, x0, y0, x1, y1, col = op
                    fig.add_artist(Rectangle((x0 / w, 1 - y1 / h), (x1 - x0) / w, (y1 - y0) / h,
                                             transform=fig.transFigure, facecolor=[v / 255 for v in col],
                                             edgecolor="none"))
            for op in rendered.ops:
                if op[0] == "line":
                    _, x0, y0, x1, y1, wd, col = op
                    fig.add_artist(matplotlib.lines.Line2D([x0 / w, x1 / w], [1 - y0 / h, 1 - y1 / h],
                                                           transform=fig.transFigure, linewidth=wd * 72 / PDF_DPI,
                                                           color=[v / 255 for v in col]))
                elif op[0] == "ellipse":
                    _, x0, y0, x1, y1, wd, col = op
                    fig.add_artist(Ellipse(((x0 + x1) / 2 / w, 1 - (y0 + y1) / 2 / h), (x1 - x0) / w,
                                           (y1 - y0) / h, transform=fig.transFigure, fill=False,
                                           linewidth=wd * 72 / PDF_DPI, edgecolor=[v / 255 for v in col]))
                elif op[0] == "text":
                    _, x, y, s, size, bold, family, col = op
                    path, _ = font_file_of(family, bold)
                    fnt = font_of(size, bold, family)
                    ascent = fnt.getmetrics()[0]
                    # The PDF backend shapes "fi", "ff", "ffi" into ligature glyphs whose text
                    # reads back as one letter; drawing the pieces apart keeps every character.
                    for start, piece in _ligature_free_pieces(s):
                        fig.text((x + fnt.getlength(s[:start])) / w, 1 - (y + ascent) / h, piece, va="baseline",
                                 ha="left", color=[v / 255 for v in col],
                                 fontproperties=FontProperties(fname=path, size=size * 72 / PDF_DPI))
            pdf.savefig(fig)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Capture conditions
# --------------------------------------------------------------------------------------------
def page_rng(name: str, page: int, seed: int = SEED) -> np.random.Generator:
    """A generator seeded from the page's identity (stable across runs and Python versions)."""
    return np.random.default_rng([seed, zlib.crc32(f"{name}#{page}".encode("utf-8"))])


def homography(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> np.ndarray:
    """The 3x3 projective map sending the four points ``src`` to ``dst``."""
    a, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    p = np.linalg.solve(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64))
    return np.append(p, 1.0).reshape(3, 3)


def map_box(box: Sequence[float], hmat: np.ndarray) -> list[int]:
    """Axis-aligned box around the four corners of ``box`` mapped by ``hmat``."""
    pts = np.array([[box[0], box[1], 1], [box[2], box[1], 1], [box[0], box[3], 1], [box[2], box[3], 1]], dtype=float)
    q = pts @ hmat.T
    q = np.round(q[:, :2] / q[:, 2:], 6)  # 2.9999999 from round-off is 3
    return [int(math.floor(q[:, 0].min())), int(math.floor(q[:, 1].min())),
            int(math.ceil(q[:, 0].max())), int(math.ceil(q[:, 1].max()))]


def _rotation(angle: float, size: tuple[int, int]) -> np.ndarray:
    """``Image.rotate(angle)`` about the centre (no expansion) as a 3x3 forward map."""
    cx, cy = size[0] / 2, size[1] / 2
    t = math.radians(angle)
    c, s = math.cos(t), math.sin(t)
    return np.array([[c, s, cx - c * cx - s * cy], [-s, c, cy + s * cx - c * cy], [0, 0, 1]], dtype=float)


def _noise(img: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0.0, sigma, size=arr.shape[:2] + (1,)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).round().astype(np.uint8))


@dataclass
class Captured:
    """A page after its capture condition: the image, the 3x3 forward map of page pixels to image
    pixels (boxes go through ``map_box``), the rotation angle recorded in the truth and the
    sampled parameters."""

    image: Image.Image
    hmat: np.ndarray
    angle: float
    params: dict


def capture(rendered: Rendered, slice_name: str, rng: np.random.Generator,
            painter: Callable[[Rendered], Image.Image] | None = None) -> Captured:
    """Apply the capture condition ``slice_name`` to a rendered page (see ``SLICES``).

    ``painter`` turns the page into pixels (default ``paint``); another module's renderer passes
    its own (``dataset_styles.paint`` knows more font families) and gets the same captures.
    """
    paint_page = painter or paint
    w, h = rendered.size
    ident = np.eye(3)
    if slice_name in ("clean", "pdf-image", "pdf-text"):
        img = paint_page(rendered)
        if slice_name != "pdf-text":
            img = _noise(img.filter(ImageFilter.GaussianBlur(0.4)), rng, 2.5)
        return Captured(img, ident, 0.0, {})
    if slice_name == "skew":
        angle = round(float(rng.choice([-1, 1]) * rng.uniform(1.8, 3.5)), 3)
        img = paint_page(rendered).rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=PAPER)
        img = _noise(img.filter(ImageFilter.GaussianBlur(0.6)), rng, 3.0)
        return Captured(img, _rotation(angle, (w, h)), angle, {"angle": angle})
    if slice_name == "rot90":
        turn = int(rng.choice([90, 270]))
        img = paint_page(rendered).rotate(turn, expand=True)
        img = _noise(img.filter(ImageFilter.GaussianBlur(0.5)), rng, 2.5)
        if turn == 90:  # counter-clockwise: (x, y) -> (y, w - x)
            hm = np.array([[0, 1, 0], [-1, 0, w], [0, 0, 1]], dtype=float)
        else:  # clockwise: (x, y) -> (h - y, x)
            hm = np.array([[0, -1, h], [1, 0, 0], [0, 0, 1]], dtype=float)
        return Captured(img, hm, float(turn), {"turn": turn})
    if slice_name == "blur":
        radius = round(float(rng.uniform(1.5, 2.0)), 3)
        img = _noise(paint_page(rendered).filter(ImageFilter.GaussianBlur(radius)), rng, 2.5)
        return Captured(img, ident, 0.0, {"blur": radius})
    if slice_name == "lowres":
        scale = round(float(rng.uniform(0.55, 0.62)), 3)
        small = paint_page(rendered).resize((int(w * scale), int(h * scale)), Image.BILINEAR)
        img = _noise(small, rng, 2.0)
        hm = np.diag([small.width / w, small.height / h, 1.0])
        return Captured(img, hm, 0.0, {"scale": scale})
    if slice_name == "photo":
        # The sheet lies on a dark desk, seen from slightly off-axis; light falls from one side.
        j = rng.uniform(0.0, 1.0, size=8)
        dst = [(30 + 60 * j[0], 40 + 50 * j[1]), (w - 30 - 60 * j[2], 25 + 50 * j[3]),
               (w - 15 - 40 * j[4], h - 25 - 40 * j[5]), (15 + 40 * j[6], h - 35 - 40 * j[7])]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        fwd = homography(src, dst)
        inv = np.linalg.inv(fwd)
        inv = inv / inv[2, 2]
        sheet = paint_page(rendered).convert("RGBA")
        warped = sheet.transform((w, h), Image.PERSPECTIVE, tuple(inv.flatten()[:8]), resample=Image.BICUBIC,
                                 fillcolor=(0, 0, 0, 0))
        desk = Image.new("RGBA", (w, h), (62, 52, 44, 255))
        desk.alpha_composite(warped)
        arr = np.asarray(desk.convert("RGB"), dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = rng.uniform(-1, 1, size=2)
        light = 0.93 + 0.14 * (gx * (xx / w - 0.5) + gy * (yy / h - 0.5))
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        light -= 0.12 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        arr = arr * light[..., None] * np.array([1.0, 0.97, 0.90], dtype=np.float32)
        img = Image.fromarray(np.clip(arr, 0, 255).round().astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        img = _noise(img, rng, 3.5)
        return Captured(img, fwd, 0.0, {"corners": [[round(float(a), 1), round(float(b), 1)] for a, b in dst]})
    if slice_name == "phone":
        return _capture_phone(paint_page(rendered), rng)
    if slice_name == "fax":
        return _capture_fax(paint_page(rendered), rng)
    raise ValueError(f"unknown slice {slice_name!r}; one of {', '.join(SLICES + HARSH_SLICES)}")


def _fit_quad(pts: np.ndarray, size: tuple[int, int], margin: float) -> np.ndarray:
    """``pts`` (4 x 2) scaled and moved to fit inside ``size`` with ``margin`` pixels around."""
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    k = min((size[0] - 2 * margin) / (hi[0] - lo[0]), (size[1] - 2 * margin) / (hi[1] - lo[1]))
    centre = (lo + hi) / 2
    return (pts - centre) * k + np.array([size[0] / 2, size[1] / 2])


def _capture_phone(sheet: Image.Image, rng: np.random.Generator) -> Captured:
    """A hand-held phone photo of the sheet (see ``HARSH_SLICES``)."""
    w, h = sheet.size
    scale = round(float(rng.uniform(0.66, 0.74)), 3)
    angle = round(float(rng.choice([-1, 1]) * rng.uniform(3.0, 7.0)), 3)
    ow, oh = int(round(w * scale)), int(round(h * scale))
    # Perspective: the far edge (top or bottom) looks narrower, a side a little shorter.
    t = math.radians(angle)
    c, s = math.cos(t), math.sin(t)
    cx, cy = w / 2, h / 2
    taper = float(rng.uniform(0.05, 0.09)) * w
    side = float(rng.uniform(-0.04, 0.04)) * h
    far_top = bool(rng.integers(0, 2))
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    moved = []
    for i, (x, y) in enumerate(corners):
        top = i < 2
        dx = (taper if x == 0 else -taper) if top == far_top else 0.0
        dy = (side if x == 0 else -side) * (1 if top else -1)
        px, py = x + dx - cx, y + dy - cy
        moved.append((c * px + s * py, -s * px + c * py))
    dst = _fit_quad(np.asarray(moved, dtype=np.float64), (ow, oh), float(rng.uniform(14, 30)) * scale)
    dst_pts = [(float(a), float(b)) for a, b in dst]
    fwd = homography(corners, dst_pts)
    inv = np.linalg.inv(fwd)
    inv = inv / inv[2, 2]
    warped = sheet.convert("RGBA").transform((ow, oh), Image.PERSPECTIVE, tuple(inv.flatten()[:8]),
                                             resample=Image.BICUBIC, fillcolor=(0, 0, 0, 0))
    desk = Image.new("RGBA", (ow, oh), (84, 76, 70, 255))
    desk.alpha_composite(warped)
    arr = np.asarray(desk.convert("RGB"), dtype=np.float32)
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    # A soft shadow band (the phone and the hand) across part of the sheet.
    theta = float(rng.uniform(0, math.pi))
    nx, ny = math.cos(theta), math.sin(theta)
    d = (xx - ow * float(rng.uniform(0.3, 0.7))) * nx + (yy - oh * float(rng.uniform(0.3, 0.7))) * ny
    band = float(rng.uniform(0.12, 0.2)) * max(ow, oh)
    depth = float(rng.uniform(0.28, 0.38))
    shade = 1.0 - depth * np.exp(-((d / band) ** 2))
    gx, gy = rng.uniform(-1, 1, size=2)
    light = (0.95 + 0.12 * (gx * (xx / ow - 0.5) + gy * (yy / oh - 0.5))) * shade
    arr = arr * light[..., None] * np.array([1.0, 0.96, 0.88], dtype=np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).round().astype(np.uint8))
    # Slight motion blur: three taps along a random direction.
    kernels = ([0, 0, 0, 1, 1, 1, 0, 0, 0], [0, 1, 0, 0, 1, 0, 0, 1, 0], [1, 0, 0, 0, 1, 0, 0, 0, 1],
               [0, 0, 1, 0, 1, 0, 1, 0, 0])
    k = int(rng.integers(0, len(kernels)))
    img = img.filter(ImageFilter.Kernel((3, 3), kernels[k], scale=3))
    img = _noise(img, rng, 4.0)
    quality = int(rng.integers(55, 66))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return Captured(img, fwd, angle, {"scale": scale, "angle": angle, "quality": quality, "motion": k,
                                      "shadow": round(depth, 3),
                                      "corners": [[round(a, 1), round(b, 1)] for a, b in dst_pts]})


def _capture_fax(sheet: Image.Image, rng: np.random.Generator) -> Captured:
    """A standard-resolution fax of the sheet (see ``HARSH_SLICES``)."""
    w, h = sheet.size
    scale = round(float(rng.uniform(0.78, 0.84)), 3)
    angle = round(float(rng.choice([-1, 1]) * rng.uniform(0.4, 1.0)), 3)
    ow, oh = int(round(w * scale)), int(round(h * scale))
    rot = _rotation(angle, (w, h))
    fwd = np.diag([ow / w, oh / h, 1.0]) @ rot
    img = sheet.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    # Half the vertical resolution, then stretched back: rows come in pairs.
    vert = round(float(rng.uniform(0.5, 0.56)), 3)
    grey = img.convert("L").resize((ow, max(1, int(round(oh * vert)))), Image.BOX).resize((ow, oh), Image.NEAREST)
    a = np.asarray(grey, dtype=np.float32)
    a = a + rng.normal(0.0, 10.0, size=a.shape).astype(np.float32)
    threshold = float(rng.uniform(165, 180))
    bw = np.where(a < threshold, 0, 255).astype(np.uint8)
    speck = rng.random(bw.shape) < float(rng.uniform(0.0015, 0.003))
    bw[speck] = 0
    streak = int(rng.integers(int(oh * 0.1), int(oh * 0.9)))
    bw[streak:streak + 2, :] = np.where(rng.random((2, ow)) < 0.6, 255, bw[streak:streak + 2, :])
    img = Image.fromarray(bw).convert("RGB")
    return Captured(img, fwd, angle, {"scale": scale, "angle": angle, "vertical": vert,
                                      "threshold": round(threshold, 1), "streak": streak})


def transform_truth(rendered: Rendered, hmat: np.ndarray) -> tuple[list[dict], list[dict]]:
    """Copies of the rendered lines and tables with every box mapped by ``hmat``."""
    lines = [{**ln, "bbox": map_box(ln["bbox"], hmat)} for ln in rendered.lines]
    tables = []
    for t in rendered.tables:
        cells = [{**c, "bbox": map_box(c["bbox"], hmat), "cell_bbox": map_box(c["cell_bbox"], hmat)} for c in t["cells"]]
        tables.append({**t, "bbox": map_box(t["bbox"], hmat), "cells": cells})
    return lines, tables


def encode_jpeg(img: Image.Image, quality: int = 85) -> bytes:
    """JPEG bytes (optimized Huffman tables, no metadata)."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def image_pdf(images: Iterable[Image.Image], *, title: str = "", quality: int = 85) -> bytes:
    """An image-only PDF (``PDF_DPI``), each page a JPEG stream, with no dates (deterministic)."""
    imgs = [Image.open(io.BytesIO(encode_jpeg(im, quality))) for im in images]
    buf = io.BytesIO()
    imgs[0].save(buf, "PDF", save_all=True, append_images=imgs[1:], resolution=float(PDF_DPI), title=title,
                 producer="paddlecamp", creationDate=None, modDate=None)
    return buf.getvalue()


def find_evidence(lines: Sequence[dict], answer: str, prefer_cell: bool | None = None) -> dict | None:
    """The first truth line whose normalized text contains the normalized ``answer`` (lines equal
    to it first); with ``prefer_cell`` True (False) a table-cell (non-cell) line is taken when
    one matches."""
    want = normalize(answer)
    hits = [ln for ln in lines if want and want in normalize(ln["text"])]
    hits.sort(key=lambda ln: normalize(ln["text"]) != want)  # exact lines first (stable)
    if prefer_cell is not None:
        pref = [ln for ln in hits if ("cell" in ln) == prefer_cell]
        if pref:
            return pref[0]
    return hits[0] if hits else None
