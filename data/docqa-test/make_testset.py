"""Regenerate the FROZEN document-QA test set in this folder (deterministic, seeded).

    python data/docqa-test/make_testset.py            # rewrite pages/, truth.json, qa.jsonl
    python data/docqa-test/make_testset.py --check    # build in memory, compare with the files here
    python data/docqa-test/make_testset.py --freeze   # (once, at freezing) write data/results/docqa-testset.json

This generator is independent of ``paddlecamp.docqa.dataset`` (the development set): its own
documents, wording, layouts, fonts and degradations. Only the output *format* is shared, so
``paddlecamp.docqa.evaluate.run_eval(data_dir="data/docqa-test", ...)`` reads the set unchanged.

The set is frozen (see README.md and data/results/docqa-testset.json): never tune on it.

How a page is made
------------------
1. A document function draws its pages on a ``Page``: every text run, rule and box is an
   *operation* with coordinates in page pixels; every text run is also recorded as a truth
   line (text, tight box, reading order) and every table with its cells (row/column spans,
   header flags, text box and cell box).
2. Raster pages replay the operations with Pillow; ``pdf-text`` pages replay them with
   matplotlib's PDF backend (TrueType/Type 42 fonts, so the text layer is extractable).
3. Each page gets exactly one degradation slice (clean, skew, rot90, blur, lowres, photo,
   pdf-text, pdf-image). Geometric slices are a 3x3 homography applied to the pixels with
   OpenCV; the same matrix maps every truth box (corners -> axis-aligned box, clipped).
4. Files: JPEG, PNG, one multi-page TIFF, and PDFs. PDF truth is in the coordinates of the
   page rendered at ``PDF_DPI`` (100) dots per inch, like the development set.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import os
import re
import sys
import tempfile
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

VERSION = 1
SEED = 20261201
PDF_DPI = 100
INK = (28, 28, 32)
WHITE = (255, 255, 255)

cv2.setNumThreads(1)


# ============================================================================================
# Fonts
# ============================================================================================
def _mpl_ttf_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


#: key -> (file name, face family for collections or None)
FONT_SPECS: dict[str, tuple[str, str | None]] = {
    "sans_sc": ("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"),
    "sans_sc_b": ("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
    "serif_sc": ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
    "serif_sc_b": ("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC"),
    "wqy": ("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    "sans": ("DejaVuSans.ttf", None),
    "sans_b": ("DejaVuSans-Bold.ttf", None),
    "sans_i": ("DejaVuSans-Oblique.ttf", None),
    "serif": ("DejaVuSerif.ttf", None),
    "serif_b": ("DejaVuSerif-Bold.ttf", None),
    "serif_i": ("DejaVuSerif-Italic.ttf", None),
    "mono": ("DejaVuSansMono.ttf", None),
    "mono_b": ("DejaVuSansMono-Bold.ttf", None),
}

_FONT_FILES: dict[str, tuple[str, int]] = {}
_PIL_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
_CMAPS: dict[str, set[int]] = {}


def font_file(key: str) -> tuple[str, int]:
    """(path, face index) of a font key. DejaVu comes from matplotlib (pinned with it), CJK
    faces from the system font folders; a collection's face is picked by its family name."""
    if key in _FONT_FILES:
        return _FONT_FILES[key]
    fname, family = FONT_SPECS[key]
    candidates = [_mpl_ttf_dir() / fname] if fname.startswith("DejaVu") else []
    for root in ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts")):
        if os.path.isdir(root):
            for dirpath, _, files in sorted(os.walk(root)):
                if fname in files:
                    candidates.append(Path(dirpath) / fname)
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise FileNotFoundError(f"font {fname} not found (apt-get install fonts-noto-cjk fonts-wqy-microhei)")
    index = 0
    if family is not None:
        for i in range(16):
            try:
                if ImageFont.truetype(str(path), 12, index=i).getname()[0] == family:
                    index = i
                    break
            except OSError:
                raise FileNotFoundError(f"{path} has no face named {family}") from None
    _FONT_FILES[key] = (str(path), index)
    return _FONT_FILES[key]


def pil_font(key: str, size: int) -> ImageFont.FreeTypeFont:
    if (key, size) not in _PIL_FONTS:
        path, index = font_file(key)
        _PIL_FONTS[(key, size)] = ImageFont.truetype(path, size, index=index)
    return _PIL_FONTS[(key, size)]


def font_covers(key: str, text: str) -> list[str]:
    """Characters of ``text`` the font has no glyph for (drawn pages must not show tofu)."""
    if key not in _CMAPS:
        from fontTools.ttLib import TTFont

        path, index = font_file(key)
        tt = TTFont(path, fontNumber=index, lazy=True) if path.endswith(".ttc") else TTFont(path, lazy=True)
        _CMAPS[key] = set(tt.getBestCmap())
        tt.close()
    return [ch for ch in text if not ch.isspace() and ord(ch) not in _CMAPS[key]]


# ============================================================================================
# Pages: drawing operations + truth
# ============================================================================================
@dataclass
class Page:
    """A page under construction: ``w`` x ``h`` pixels, operations and truth in page pixels."""

    w: int
    h: int
    paper: tuple[int, int, int] = WHITE
    ops: list[tuple] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)

    # ---- primitives ------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, font: str = "sans", size: int = 20, color=INK,
             align: str = "l", record: bool = True, **extra) -> list[int]:
        """Draw ``s`` with its line box top at ``y`` (baseline at y + 0.9 size).

        ``align``: l (x is the left edge), r (x is the right edge), c (x is the centre).
        Returns the tight box of the ink [x0, y0, x1, y1] in page pixels.
        """
        if not s:
            raise ValueError("empty text run")
        missing = font_covers(font, s)
        if missing:
            raise ValueError(f"font {font} lacks {''.join(sorted(set(missing)))!r} in {s!r}")
        f = pil_font(font, size)
        width = f.getlength(s)
        if align == "r":
            x = x - width
        elif align == "c":
            x = x - width / 2
        base = y + round(0.9 * size)
        x = round(x, 2)
        bx0, by0, bx1, by1 = f.getbbox(s, anchor="ls")
        box = [int(math.floor(x + bx0)), int(math.floor(base + by0)), int(math.ceil(x + bx1)),
               int(math.ceil(base + by1))]
        if box[0] < 0 or box[1] < 0 or box[2] > self.w or box[3] > self.h:
            raise ValueError(f"text runs off the page ({box}, page {self.w}x{self.h}): {s!r}")
        self.ops.append(("text", x, base, s, font, size, tuple(color)))
        if record:
            self.lines.append({"text": s, "bbox": box, **extra})
        return box

    def line(self, x0, y0, x1, y1, width: float = 1.5, color=INK):
        self.ops.append(("line", x0, y0, x1, y1, width, tuple(color)))

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width: float = 1.5):
        self.ops.append(("rect", x0, y0, x1, y1, tuple(fill) if fill else None,
                         tuple(outline) if outline else None, width))

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width: float = 2):
        self.ops.append(("ellipse", x0, y0, x1, y1, tuple(fill) if fill else None,
                         tuple(outline) if outline else None, width))

    def poly(self, pts, fill):
        self.ops.append(("poly", tuple(tuple(p) for p in pts), tuple(fill)))

    # ---- text helpers ----------------------------------------------------------------------
    def width_of(self, s: str, font: str, size: int) -> float:
        return pil_font(font, size).getlength(s)

    def para(self, x: float, y: float, width: float, text: str, font: str = "sans", size: int = 20,
             leading: float = 1.55, color=INK, indent: float = 0, first_prefix: str | None = None) -> float:
        """Wrap ``text`` to ``width`` (words for Latin, characters for CJK); one truth line per
        visual line. Returns the y below the paragraph."""
        rows = wrap(text, font, size, width, first_width=width - indent)
        for i, row in enumerate(rows):
            self.text(x + (indent if i == 0 else 0), y, row, font, size, color)
            y += size * leading
        return y

    def kv(self, x: float, y: float, label: str, value: str, font: str = "sans", size: int = 20,
           sep: str = ": ", split: bool = False, label_font: str | None = None, value_x: float | None = None,
           color=INK, label_color=None) -> list[int]:
        """A ``label: value`` pair, drawn as one run (``split=False``) or as two runs (a bold or
        grey label and a value, optionally starting at ``value_x``). Returns the value's box."""
        if not split:
            return self.text(x, y, f"{label}{sep}{value}", font, size, color)
        lb = self.text(x, y, f"{label}{sep}".rstrip() if value_x is None else f"{label}{sep}".strip(),
                       label_font or font, size, label_color or color)
        vx = value_x if value_x is not None else lb[2] + max(6, size * 0.35)
        return self.text(vx, y, value, font, size, color)

    # ---- tables ----------------------------------------------------------------------------
    def table(self, x: float, y: float, cols: list[float], rows: list[list[str | None]], *, font: str = "sans",
              size: int = 18, row_h: float | list[float] = 36, style: str = "grid", header_rows: int = 1,
              header_cols: int = 0, spans: dict[tuple[int, int], tuple[int, int]] | None = None,
              align: str | list[str] = "l", header_font: str | None = None, header_fill=None,
              header_color=None, zebra=None, pad: float = 8, line_w: float = 1.5, line_color=INK,
              bold_rows: tuple[int, ...] = (), bold_font: str | None = None, header_align: str | None = None,
              col_fill: dict[int, tuple] | None = None, leading: float = 1.25) -> float:
        """Draw a table; cells covered by a span are ``None`` in ``rows``. Returns the bottom y.

        style: ``grid`` (every border), ``rules`` (three horizontal rules, no verticals),
        ``hlines`` (a rule under every row), ``zebra`` (shaded stripes, no rules),
        ``none`` (nothing but text: a borderless table).
        """
        spans = dict(spans or {})
        n_rows, n_cols = len(rows), len(cols)
        if any(len(r) != n_cols for r in rows):
            raise ValueError(f"table rows do not match {n_cols} columns: {rows[0]!r}")
        hs = [float(row_h)] * n_rows if not isinstance(row_h, (list, tuple)) else [float(v) for v in row_h]
        xs = [float(x)]
        for cw in cols:
            xs.append(xs[-1] + cw)
        ys = [float(y)]
        for rh in hs:
            ys.append(ys[-1] + rh)
        aligns = [align] * n_cols if isinstance(align, str) else list(align)
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        for r in range(n_rows):
            for c in range(n_cols):
                if ((r, c) in covered) != (rows[r][c] is None):
                    raise ValueError(f"span/None mismatch at ({r},{c}) in table {rows[0]!r}")
        # Backgrounds first.
        if zebra is not None:
            for r in range(header_rows, n_rows):
                if (r - header_rows) % 2 == 1:
                    self.rect(xs[0], ys[r], xs[-1], ys[r + 1], fill=zebra)
        if col_fill:
            for c, fill in col_fill.items():
                self.rect(xs[c], ys[header_rows], xs[c + 1], ys[-1], fill=fill)
        if header_fill is not None and header_rows:
            self.rect(xs[0], ys[0], xs[-1], ys[header_rows], fill=header_fill)
        t_index = len(self.tables)
        cells = []
        for r in range(n_rows):
            for c in range(n_cols):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                text = rows[r][c] or ""
                cx0, cy0, cx1, cy1 = xs[c], ys[r], xs[c + cs], ys[r + rs]
                is_header = r < header_rows or c < header_cols
                fkey = (header_font or font) if r < header_rows else (bold_font or font) if (
                    r in bold_rows or c < header_cols and bold_font) else font
                a = (header_align or aligns[c]) if r < header_rows else aligns[c]
                color = header_color if (r < header_rows and header_color) else INK
                cell = {"row": r, "col": c, "rowspan": rs, "colspan": cs, "header": is_header, "text": text,
                        "bbox": None, "cell_bbox": [int(cx0), int(cy0), int(math.ceil(cx1)), int(math.ceil(cy1))]}
                if text:
                    parts = text.split("\n")
                    lh = size * leading
                    top = cy0 + (cy1 - cy0 - (len(parts) - 1) * lh - size) / 2 - 0.05 * size
                    boxes = []
                    for k, part in enumerate(parts):
                        tx = cx0 + pad if a == "l" else cx1 - pad if a == "r" else (cx0 + cx1) / 2
                        b = self.text(tx, top + k * lh, part, fkey, size, color, align=a, cell=[r, c], table=t_index)
                        if b[0] < cx0 or b[2] > cx1:
                            raise ValueError(f"cell text wider than its cell: {part!r} ({b} vs {cx0:.0f}-{cx1:.0f})")
                        boxes.append(b)
                    cell["bbox"] = [min(b[0] for b in boxes), min(b[1] for b in boxes),
                                    max(b[2] for b in boxes), max(b[3] for b in boxes)]
                cells.append(cell)
        # Rules.
        lw, lc = line_w, line_color
        if style == "grid":
            for r in range(n_rows + 1):
                # A horizontal border segment is drawn where it does not cut a row-spanning cell.
                for c in range(n_cols):
                    if 0 < r < n_rows and (r, c) in covered and _span_owner(spans, r, c)[0] < r:
                        continue
                    self.line(xs[c], ys[r], xs[c + 1], ys[r], lw, lc)
            for c in range(n_cols + 1):
                for r in range(n_rows):
                    if 0 < c < n_cols and (r, c) in covered and _span_owner(spans, r, c)[1] < c:
                        continue
                    self.line(xs[c], ys[r], xs[c], ys[r + 1], lw, lc)
        elif style == "rules":
            self.line(xs[0], ys[0], xs[-1], ys[0], lw * 1.6, lc)
            if header_rows:
                self.line(xs[0], ys[header_rows], xs[-1], ys[header_rows], lw, lc)
            self.line(xs[0], ys[-1], xs[-1], ys[-1], lw * 1.6, lc)
        elif style == "hlines":
            self.line(xs[0], ys[0], xs[-1], ys[0], lw * 1.4, lc)
            for r in range(1, n_rows + 1):
                w_ = lw * (1.4 if r in (header_rows, n_rows) else 0.7)
                self.line(xs[0], ys[r], xs[-1], ys[r], w_, lc)
        elif style in ("zebra", "none"):
            pass
        else:
            raise ValueError(f"unknown table style {style}")
        self.tables.append({
            "bbox": [int(xs[0]), int(ys[0]), int(math.ceil(xs[-1])), int(math.ceil(ys[-1]))],
            "n_rows": n_rows, "n_cols": n_cols, "header_rows": header_rows, "header_cols": header_cols,
            "style": style, "rows": [[v if v is not None else "" for v in r] for r in rows], "cells": cells})
        return ys[-1]


def _span_owner(spans, r, c):
    for (r0, c0), (rs, cs) in spans.items():
        if r0 <= r < r0 + rs and c0 <= c < c0 + cs:
            return r0, c0
    return r, c


_CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2eff\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]")
_NO_START = set("，。、；：？！）》」』】”’%％…·,.;:!?)]")
_NO_END = set("（《「『【“‘([")


def _tokens(text: str) -> list[str]:
    """Break opportunities: each CJK character alone, Latin/number runs whole, spaces alone."""
    out, buf = [], ""
    for ch in text:
        if ch == " ":
            if buf:
                out.append(buf)
                buf = ""
            out.append(" ")
        elif _CJK_RE.match(ch):
            if buf and buf[-1].isdigit() and ch not in _NO_START and ch.isalpha():
                out.append(buf + ch)  # a number keeps its unit: 5天, 20粒, 2025年
            else:
                if buf:
                    out.append(buf)
                out.append(ch)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def wrap(text: str, font: str, size: int, width: float, first_width: float | None = None) -> list[str]:
    """Greedy line breaking; closing punctuation never starts a line (it hangs instead)."""
    f = pil_font(font, size)
    rows: list[str] = []
    cur = ""
    limit = first_width if first_width is not None else width
    for tok in _tokens(text):
        if tok == " " and not cur:
            continue
        trial = cur + tok
        if cur and f.getlength(trial.rstrip()) > limit and tok != " " and tok[0] not in _NO_START:
            carry = ""
            while cur and cur[-1] in _NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            rows.append(cur.rstrip())
            cur = carry + tok
            limit = width
        else:
            cur = trial
    if cur.strip():
        rows.append(cur.rstrip())
    for r in rows:
        if f.getlength(r) > width + size * 1.2:
            raise ValueError(f"cannot wrap {r!r} into {width}px")
    return rows


# ============================================================================================
# Rendering: Pillow (raster) and matplotlib (PDF with a text layer)
# ============================================================================================
def render_raster(page: Page, scale: float = 1.0) -> Image.Image:
    """Replay the operations with Pillow (``scale`` > 1 supersamples; the result is downsized)."""
    s = scale
    img = Image.new("RGB", (int(round(page.w * s)), int(round(page.h * s))), page.paper)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, base, text, fkey, size, color = op
            d.text((x * s, base * s), text, font=pil_font(fkey, int(round(size * s))), fill=color, anchor="ls")
        elif kind == "line":
            _, x0, y0, x1, y1, w, color = op
            d.line([(x0 * s, y0 * s), (x1 * s, y1 * s)], fill=color, width=max(1, int(round(w * s))))
        elif kind == "rect":
            _, x0, y0, x1, y1, fill, outline, w = op
            d.rectangle([x0 * s, y0 * s, x1 * s, y1 * s], fill=fill, outline=outline,
                        width=max(1, int(round(w * s))) if outline else 0)
        elif kind == "ellipse":
            _, x0, y0, x1, y1, fill, outline, w = op
            d.ellipse([x0 * s, y0 * s, x1 * s, y1 * s], fill=fill, outline=outline,
                      width=max(1, int(round(w * s))) if outline else 0)
        elif kind == "poly":
            _, pts, fill = op
            d.polygon([(px * s, py * s) for px, py in pts], fill=fill)
    if s != 1.0:
        img = img.resize((page.w, page.h), Image.LANCZOS)
    return img


class _MplFonts:
    """Font files matplotlib can embed: collection faces are written out as single fonts."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.files: dict[str, str] = {}

    def path(self, key: str) -> str:
        if key not in self.files:
            path, index = font_file(key)
            if path.endswith(".ttc"):
                from fontTools.ttLib import TTCollection

                out = self.tmp / f"{key}.{'otf' if 'CJK' in path else 'ttf'}"
                coll = TTCollection(path)
                face = coll.fonts[index]
                face.recalcTimestamp = False  # keep the font's own dates: the PDF must not depend on today
                face.save(str(out))
                coll.close()
                path = str(out)
            self.files[key] = path
        return self.files[key]


def render_pdf(pages: list[Page], title: str, tmp: Path) -> bytes:
    """A multi-page PDF whose text is real text (TrueType/Type 42), one figure per page.

    Page pixels are PDF_DPI-dpi pixels: a page of w x h pixels is w/100 x h/100 inches.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.lines import Line2D
    from matplotlib.patches import Ellipse, Polygon, Rectangle

    fonts = _MplFonts(tmp)
    props: dict[str, FontProperties] = {}
    buf = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42, "pdf.compression": 6, "text.usetex": False,
                                "svg.hashsalt": "paddlecamp"}):
        with PdfPages(buf, metadata={"Title": title, "Author": "paddlecamp", "Creator": "paddlecamp",
                                     "Producer": "paddlecamp", "CreationDate": None, "ModDate": None}) as pdf:
            for page in pages:
                W, H = page.w, page.h
                fig = Figure(figsize=(W / PDF_DPI, H / PDF_DPI), dpi=PDF_DPI)
                fig.patch.set_facecolor(tuple(v / 255 for v in page.paper))

                def X(v):
                    return v / W

                def Y(v):
                    return 1 - v / H

                for op in page.ops:
                    kind = op[0]
                    if kind == "text":
                        _, x, base, text, fkey, size, color = op
                        if fkey not in props:
                            props[fkey] = FontProperties(fname=fonts.path(fkey))
                        fig.text(X(x), Y(base), text, fontproperties=props[fkey], fontsize=size * 72 / PDF_DPI,
                                 color=tuple(v / 255 for v in color), ha="left", va="baseline", parse_math=False)
                    elif kind == "line":
                        _, x0, y0, x1, y1, w, color = op
                        fig.add_artist(Line2D([X(x0), X(x1)], [Y(y0), Y(y1)], transform=fig.transFigure,
                                              linewidth=w * 72 / PDF_DPI, color=tuple(v / 255 for v in color),
                                              solid_capstyle="butt"))
                    elif kind in ("rect", "ellipse"):
                        _, x0, y0, x1, y1, fill, outline, w = op
                        kw = dict(transform=fig.transFigure, facecolor=tuple(v / 255 for v in fill) if fill else "none",
                                  edgecolor=tuple(v / 255 for v in outline) if outline else "none",
                                  linewidth=w * 72 / PDF_DPI if outline else 0)
                        if kind == "rect":
                            fig.add_artist(Rectangle((X(x0), Y(y1)), X(x1) - X(x0), Y(y0) - Y(y1), **kw))
                        else:
                            fig.add_artist(Ellipse(((X(x0) + X(x1)) / 2, (Y(y0) + Y(y1)) / 2), X(x1) - X(x0),
                                                   Y(y0) - Y(y1), **kw))
                    elif kind == "poly":
                        _, pts, fill = op
                        fig.add_artist(Polygon([(X(px), Y(py)) for px, py in pts], closed=True,
                                               transform=fig.transFigure, facecolor=tuple(v / 255 for v in fill),
                                               edgecolor="none"))
                pdf.savefig(fig)
    return buf.getvalue()


# ============================================================================================
# Degradation slices: every geometric change is one 3x3 matrix for pixels and boxes alike
# ============================================================================================
SLICES = ("clean", "skew", "rot90", "blur", "lowres", "photo", "pdf-text", "pdf-image")


@dataclass
class Degraded:
    image: Image.Image
    H: np.ndarray           # page pixel centres -> output pixel centres
    angle: float
    params: dict
    quality: int = 85


def _noise(arr: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    if sigma <= 0:
        return arr
    n = rng.normal(0.0, sigma, size=arr.shape[:2]).astype(np.float32)
    if arr.ndim == 3:
        n = n[..., None]
    return np.clip(arr.astype(np.float32) + n, 0, 255).astype(np.uint8)


def _fit(H: np.ndarray, w: int, h: int, max_side: int) -> tuple[np.ndarray, int, int]:
    """Compose a downscale so the warped page's long side is at most ``max_side``."""
    s = min(1.0, max_side / max(w, h))
    if s >= 1.0:
        return H, w, h
    S = np.array([[s, 0, 0.5 * s - 0.5], [0, s, 0.5 * s - 0.5], [0, 0, 1]])
    return S @ H, int(round(w * s)), int(round(h * s))


def degrade(img: Image.Image, slice_: str, rng: np.random.Generator, opts: dict) -> Degraded:
    arr = np.asarray(img.convert("RGB"))
    h, w = arr.shape[:2]
    gray = bool(opts.get("gray"))
    if slice_ in ("clean", "pdf-text"):
        out = arr
        if opts.get("noise"):
            out = _noise(out, rng, float(opts["noise"]))
        return Degraded(_to_pil(out, gray), np.eye(3), 0.0, {}, int(opts.get("quality", 88)))
    if slice_ == "pdf-image":
        out = cv2.GaussianBlur(arr, (0, 0), 0.55)
        out = _noise(out, rng, 2.5)
        return Degraded(_to_pil(out, True), np.eye(3), 0.0, {"blur_sigma": 0.55, "noise": 2.5},
                        int(opts.get("quality", 80)))
    if slice_ == "skew":
        angle = float(opts.get("angle", rng.uniform(2.0, 8.0) * rng.choice([-1.0, 1.0])))
        angle = round(angle, 2)
        t = math.radians(angle)
        nw = int(math.ceil(abs(w * math.cos(t)) + abs(h * math.sin(t)))) + 24
        nh = int(math.ceil(abs(w * math.sin(t)) + abs(h * math.cos(t)))) + 24
        M = cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), angle, 1.0)
        M[0, 2] += (nw - w) / 2
        M[1, 2] += (nh - h) / 2
        H = np.vstack([M, [0, 0, 1]])
        H, nw, nh = _fit(H, nw, nh, int(opts.get("max_side", 1400)))
        bed = tuple(int(v) for v in opts.get("bed", (232, 232, 228)))
        out = cv2.warpPerspective(arr, H, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                  borderValue=bed)
        out = cv2.GaussianBlur(out, (0, 0), 0.6)
        out = _noise(out, rng, 3.0)
        return Degraded(_to_pil(out, gray), H, angle, {"angle": angle}, int(opts.get("quality", 84)))
    if slice_ == "rot90":
        k = int(opts.get("k", 1))  # 1: turned 90 degrees counter-clockwise, 3: clockwise
        if k == 1:
            H = np.array([[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]], dtype=float)
            out = np.ascontiguousarray(np.rot90(arr, 1))
        else:
            H = np.array([[0, -1, h - 1], [1, 0, 0], [0, 0, 1]], dtype=float)
            out = np.ascontiguousarray(np.rot90(arr, 3))
        if opts.get("noise"):
            out = _noise(out, rng, float(opts["noise"]))
        return Degraded(_to_pil(out, gray), H, 90.0 if k == 1 else -90.0, {"k": k}, int(opts.get("quality", 85)))
    if slice_ == "blur":
        if opts.get("motion"):
            length = int(opts.get("length", 11))
            theta = math.radians(float(opts.get("theta", 12.0)))
            K = np.zeros((length, length), np.float32)
            c = (length - 1) / 2
            for i in range(length * 4):
                r = i / (length * 4 - 1) * (length - 1) - c
                K[int(round(c + r * math.sin(theta))), int(round(c + r * math.cos(theta)))] = 1.0
            K /= K.sum()
            out = cv2.filter2D(arr, -1, K, borderType=cv2.BORDER_REPLICATE)
            params = {"motion_length": length, "motion_theta_deg": float(opts.get("theta", 12.0))}
        else:
            sigma = float(opts.get("sigma", 1.8))
            out = cv2.GaussianBlur(arr, (0, 0), sigma)
            params = {"gaussian_sigma": sigma}
        out = _noise(out, rng, 2.5)
        return Degraded(_to_pil(out, gray), np.eye(3), 0.0, params, int(opts.get("quality", 84)))
    if slice_ == "lowres":
        f = float(opts.get("factor", round(float(rng.uniform(0.5, 0.6)), 3)))
        nw, nh = int(round(w * f)), int(round(h * f))
        sx, sy = nw / w, nh / h
        out = cv2.resize(arr, (nw, nh), interpolation=cv2.INTER_AREA)
        H = np.array([[sx, 0, 0.5 * sx - 0.5], [0, sy, 0.5 * sy - 0.5], [0, 0, 1]])
        q = int(opts.get("quality", 50))
        return Degraded(_to_pil(out, gray), H, 0.0, {"factor": f, "jpeg_quality": q}, q)
    if slice_ == "photo":
        return _photo(arr, rng, opts)
    raise ValueError(f"unknown slice {slice_}")


def _to_pil(arr: np.ndarray, gray: bool) -> Image.Image:
    img = Image.fromarray(arr)
    return img.convert("L") if gray else img


def _photo(arr: np.ndarray, rng: np.random.Generator, opts: dict) -> Degraded:
    """A phone photo of the sheet on a desk: perspective, uneven light, shadow, colour cast."""
    h, w = arr.shape[:2]
    long_out = int(opts.get("long_side", 1300))
    margin = float(opts.get("margin", 0.07))
    # Canvas with the page's aspect plus a border of desk all round.
    if w >= h:
        cw = long_out
        pw = cw / (1 + 2 * margin)
        ph = pw * h / w
        ch = int(round(ph * (1 + 2 * margin)))
    else:
        ch = long_out
        ph = ch / (1 + 2 * margin)
        pw = ph * w / h
        cw = int(round(pw * (1 + 2 * margin)))
    sc = float(min(cw, ch))
    ox, oy = (cw - pw) / 2, (ch - ph) / 2
    tilt = float(opts.get("tilt", 0.05))  # top edge shorter than the bottom: the camera leans back
    j = lambda: float(rng.uniform(-0.018, 0.018)) * sc  # noqa: E731
    dst = np.array([
        [ox + tilt * pw + j(), oy + j()],
        [ox + pw - tilt * pw * 0.6 + j(), oy + j()],
        [ox + pw + j(), oy + ph + j()],
        [ox + j(), oy + ph + j()],
    ], dtype=np.float32)
    rot = math.radians(float(opts.get("rotate", rng.uniform(-3.0, 3.0))))
    cxy = dst.mean(axis=0)
    R = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]], dtype=np.float32)
    dst = (dst - cxy) @ R.T + cxy
    src = np.array([[-0.5, -0.5], [w - 0.5, -0.5], [w - 0.5, h - 0.5], [-0.5, h - 0.5]], dtype=np.float32)
    H = cv2.getPerspectiveTransform(src, dst.astype(np.float32)).astype(float)
    # Desk: wood-ish stripes or grey cloth.
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    desk = np.array(opts.get("desk", (118, 84, 56)), np.float32)
    grain = (np.sin(yy / 7.0 + 3 * np.sin(xx / 90.0)) * 9 + rng.normal(0, 5, (ch, cw))).astype(np.float32)
    bg = np.clip(desk[None, None, :] + grain[..., None], 0, 255)
    page = cv2.warpPerspective(arr.astype(np.float32), H, (cw, ch), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), H, (cw, ch), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=0)[..., None]
    # A soft drop shadow of the sheet on the desk.
    shadow = cv2.GaussianBlur(mask[..., 0], (0, 0), 9)
    shadow = np.roll(np.roll(shadow, 8, axis=0), 6, axis=1)[..., None]
    bg = bg * (1 - 0.45 * shadow)
    out = page * mask + bg * (1 - mask)
    # Uneven light: a linear gradient, a vignette and a soft shadow band across one corner.
    gx, gy = float(rng.uniform(-0.16, 0.16)), float(rng.uniform(-0.12, 0.12))
    light = 1.0 + gx * (xx / cw - 0.5) * 2 + gy * (yy / ch - 0.5) * 2
    r2 = ((xx - cw / 2) / (cw / 2)) ** 2 + ((yy - ch / 2) / (ch / 2)) ** 2
    light *= 1.0 - 0.16 * r2
    a = float(opts.get("shadow_angle", rng.uniform(0, 2 * math.pi)))
    d = (xx - cw / 2) * math.cos(a) + (yy - ch / 2) * math.sin(a)
    edge = float(opts.get("shadow_at", 0.28)) * max(cw, ch)
    band = 1.0 / (1.0 + np.exp(-(d - edge) / (0.05 * max(cw, ch))))
    light *= 1.0 - float(opts.get("shadow_depth", 0.32)) * band
    cast = np.array(opts.get("cast", (1.04, 1.0, 0.86)), np.float32)
    out = out * light[..., None] * cast[None, None, :] * float(opts.get("exposure", 0.97))
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), float(opts.get("soft", 0.7)))
    out = _noise(out, rng, float(opts.get("noise", 3.5)))
    angle = round(math.degrees(rot), 2)
    return Degraded(Image.fromarray(out), H, angle, {"rotate_deg": angle, "tilt": tilt, "shadow_angle_rad": round(a, 3)},
                    int(opts.get("quality", 82)))


def map_box(H: np.ndarray, box: list[int], size: tuple[int, int], scale: float = 1.0) -> list[int]:
    """A page box (pixel edges) through ``H`` (pixel centres) -> axis-aligned box in the output,
    clipped to the image; ``scale`` then converts to another pixel grid (PDF truth)."""
    x0, y0, x1, y1 = box
    pts = np.array([[x0 - 0.5, y0 - 0.5, 1], [x1 - 0.5, y0 - 0.5, 1], [x1 - 0.5, y1 - 0.5, 1], [x0 - 0.5, y1 - 0.5, 1]])
    q = pts @ H.T
    q = q[:, :2] / q[:, 2:3] + 0.5
    q *= scale
    W, Hh = size
    bx = [math.floor(q[:, 0].min()), math.floor(q[:, 1].min()), math.ceil(q[:, 0].max()), math.ceil(q[:, 1].max())]
    return [int(min(max(bx[0], 0), W - 1)), int(min(max(bx[1], 0), Hh - 1)), int(min(max(bx[2], 1), W)),
            int(min(max(bx[3], 1), Hh))]


# ============================================================================================
# Documents and questions
# ============================================================================================
@dataclass(frozen=True)
class Q:
    """A question; ``a`` is printed exactly so on page ``page``. ``cell`` = (table, row, col) of
    the cell holding the answer (table questions); ``near`` picks the evidence line when the
    answer occurs on several lines."""

    q: str
    a: str
    qtype: str          # table | kv | text
    kind: str           # number | date | time | name | place | code | text
    page: int = 1
    aliases: tuple[str, ...] = ()
    cell: tuple[int, int, int] | None = None
    near: str | None = None


@dataclass
class Doc:
    name: str
    lang: str
    kind: str
    draw: Callable[[], list[Page]]
    slices: list[str]
    questions: list[Q]
    unanswerable: list[str]
    opts: list[dict] = field(default_factory=list)
    raster_dpi: int = 120          # pdf-image only: the scan's resolution inside the PDF


def _footer(p: Page, text_l: str, text_r: str, font: str, size: int = 14, margin: int = 60, color=(90, 90, 90)):
    y = p.h - margin + 6
    p.line(margin, y - 8, p.w - margin, y - 8, 0.8, (150, 150, 150))
    p.text(margin, y, text_l, font, size, color)
    p.text(p.w - margin, y, text_r, font, size, color, align="r")


# --------------------------------------------------------------------------------------------
# 1. Train timetable (zh) -- zebra table without rules, two-line header cells
# --------------------------------------------------------------------------------------------
def d_train() -> list[Page]:
    p = Page(990, 1400, paper=(252, 252, 248))
    F = "wqy"
    M = 60
    p.rect(0, 0, 990, 10, fill=(0, 92, 160))
    p.text(495, 48, "沪宁城际铁路列车时刻表", F, 40, align="c")
    p.text(495, 104, "南京南 → 上海虹桥（下行方向）", F, 25, align="c", color=(0, 70, 130))
    p.text(M, 162, "2025年7月1日起执行", F, 19)
    p.text(990 - M, 162, "客服热线：(025) 8581 2306", F, 19, align="r")
    head = ["车次", "始发站", "南京南\n开", "镇江南", "常州北", "无锡东", "苏州北", "上海虹桥\n到", "历时"]
    data = [
        ["G7001", "南京南", "06:45", "07:03", "07:21", "07:38", "07:52", "08:14", "1:29"],
        ["G7013", "南京南", "07:30", "07:48", "—", "08:20", "—", "08:52", "1:22"],
        ["D5465", "合肥南", "08:12", "08:33", "08:55", "09:16", "09:35", "10:02", "1:50"],
        ["G7025", "南京南", "09:05", "—", "09:37", "—", "10:02", "10:24", "1:19"],
        ["G1873", "武汉", "10:26", "10:44", "11:03", "11:21", "11:37", "11:59", "1:33"],
        ["C3861", "南京南", "12:40", "12:58", "13:15", "—", "13:44", "14:07", "1:27"],
        ["G7047", "南京南", "14:30", "—", "15:01", "15:18", "—", "15:49", "1:19"],
        ["D3125", "安庆", "16:05", "16:26", "16:47", "17:08", "17:26", "17:53", "1:48"],
        ["G7069", "南京南", "18:20", "18:38", "18:57", "19:13", "19:28", "19:50", "1:30"],
        ["G7093", "南京南", "20:15", "20:33", "—", "21:06", "21:21", "21:43", "1:28"],
    ]
    y = p.table(M, 205, [96, 104, 96, 92, 92, 92, 92, 110, 96], [head] + data, font=F, size=20,
                row_h=[70] + [50] * len(data), style="zebra", header_fill=(0, 92, 160), header_color=(255, 255, 255),
                zebra=(226, 236, 247), align="c", header_font=F)
    p.line(M, y, 990 - M, y, 2, (0, 92, 160))
    y += 26
    for s in ["注：1. “—”表示该次列车在该站不停车。",
              "2. C3861次列车仅在周五、周六、周日开行，其余日期停运。",
              "3. 全程票价：二等座¥139.5，一等座¥222.5，商务座¥418.0。",
              "4. 请于开车前20分钟到达车站，开车前5分钟停止检票。"]:
        p.text(M + (0 if s.startswith("注") else 38), y, s, F, 19)
        y += 36
    _footer(p, "中国铁路上海局集团有限公司南京客运段　编印", "第1页／共1页", F, 15)
    return [p]


Q_TRAIN = [
    Q("G7025次列车几点到达上海虹桥？", "10:24", "table", "time", cell=(0, 4, 7)),
    Q("D5465从南京南站发车的时间是几点？", "08:12", "table", "time", aliases=("8:12",), cell=(0, 3, 2)),
    Q("G1873从南京南到上海虹桥要走多久？", "1:33", "table", "time", aliases=("1小时33分", "1小时33分钟"),
      cell=(0, 5, 8)),
    Q("最晚一班车是哪个车次？", "G7093", "table", "code", cell=(0, 10, 0)),
    Q("哪趟车只在周五到周日开？", "C3861", "text", "code", near="仅在"),
    Q("南京南到上海虹桥坐一等座要多少钱？", "¥222.5", "text", "number", aliases=("222.5", "222.5元")),
    Q("车站的客服热线是多少？", "(025) 8581 2306", "kv", "number", aliases=("025-85812306", "02585812306")),
]
U_TRAIN = ["从上海虹桥开往南京南的末班车几点发车？"]


# --------------------------------------------------------------------------------------------
# 2. Residential lease (zh) -- PDF with a text layer, serif body, wrapped clauses, 2 pages
# --------------------------------------------------------------------------------------------
def d_lease() -> list[Page]:
    W, H, M = 825, 1175, 80
    F, FB, FS = "serif_sc", "serif_sc_b", "sans_sc"
    tw = W - 2 * M
    p1 = Page(W, H)
    p1.text(W / 2, 70, "房屋租赁合同", FB, 28, align="c")
    p1.text(W - M, 122, "合同编号：ZL-2025-0318", FS, 12, align="r", color=(70, 70, 70))
    y = 150
    p1.kv(M, y, "出租方（甲方）", "欧阳明华", F, 14, sep="：", split=True, label_font=FB)
    p1.kv(M + 340, y, "身份证号码", "330106198204151527", F, 14, sep="：", split=True, label_font=FB)
    y += 26
    p1.kv(M, y, "承租方（乙方）", "林晓雯", F, 14, sep="：", split=True, label_font=FB)
    p1.kv(M + 340, y, "联系电话", "138 1746 0925", F, 14, sep="：", split=True, label_font=FB)
    y += 40
    body = [
        (None, "根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方在平等、自愿、协商一致的基础上，"
               "就乙方承租甲方房屋一事达成如下协议，以资共同遵守。"),
        ("第一条　房屋基本情况", "甲方将位于杭州市西湖区文三路478号华星公寓3幢1204室的房屋出租给乙方作居住使用。"
                          "该房屋建筑面积为89.6平方米，户型为两室一厅一卫，房屋所有权证号为浙（2019）杭州市不动产权第0217745号。"),
        ("第二条　租赁期限", "租赁期自二〇二五年五月十日起至二〇二七年五月九日止，共计二十四个月。租赁期满，乙方如需续租，"
                         "应于期满前三十日书面通知甲方，同等条件下乙方享有优先承租权。"),
        ("第三条　租金及支付方式", "月租金为人民币陆仟肆佰元整（¥6,400.00），按季度支付，乙方应于每季度首月的5日前支付当季租金。"
                             "租金以银行转账方式汇入甲方指定账户：中国工商银行杭州文三路支行，账号6222 0212 0300 4478 915。"),
        ("第四条　押金", "签订本合同之日，乙方应向甲方支付押金人民币壹万贰仟捌佰元整（¥12,800.00）。租赁期满且乙方结清全部"
                       "费用、房屋及设施完好交还后，甲方应在七个工作日内无息退还押金。"),
    ]
    for head, text in body:
        if head:
            p1.text(M, y, head, FB, 15)
            y += 28
        y = p1.para(M, y, tw, text, F, 14, leading=1.75, indent=28) + 14
    _footer(p1, "房屋租赁合同　ZL-2025-0318", "第 1 页 / 共 2 页", FS, 11, margin=50)

    p2 = Page(W, H)
    p2.text(M, 40, "房屋租赁合同（续）", FS, 11, color=(90, 90, 90))
    p2.text(W - M, 40, "ZL-2025-0318", FS, 11, color=(90, 90, 90), align="r")
    p2.line(M, 60, W - M, 60, 0.8, (150, 150, 150))
    y = 84
    p2.text(M, y, "第五条　费用承担", FB, 15)
    y += 28
    y = p2.para(M, y, tw, "租赁期间，水费、电费、燃气费、网络费及物业管理费（每月3.2元/平方米）由乙方承担；房屋主体结构及"
                          "设施的大修费用由甲方承担。交房时各表具读数如下：", F, 14, leading=1.75, indent=28) + 10
    y = p2.table(M, y, [150, 170, 180, tw - 500],
                 [["表具", "表号", "交房读数", "单价"],
                  ["电表", "0310457728", "5,326 千瓦时", "0.538元/千瓦时"],
                  ["水表", "SB-22179", "487 立方米", "2.90元/立方米"],
                  ["燃气表", "RQ-60815", "1,102 立方米", "2.99元/立方米"]],
                 font=F, size=13, row_h=30, style="rules", header_font=FB, align="l") + 24
    for head, text in [
        ("第六条　违约责任", "乙方逾期支付租金超过十五日的，每逾期一日按月租金的0.5%向甲方支付违约金；甲方无正当理由提前"
                         "收回房屋的，应向乙方支付相当于两个月租金的违约金，并退还已收取的剩余租金。"),
        ("第七条　房屋的维修与转租", "租赁期间，因乙方使用不当造成房屋或设施损坏的，由乙方负责修复或赔偿。未经甲方书面同意，"
                               "乙方不得将房屋转租或转借他人。"),
        ("第八条　其他", "本合同一式两份，甲乙双方各执一份，具有同等法律效力，自双方签字之日起生效。未尽事宜，"
                       "双方可另行签订补充协议，补充协议与本合同不一致的，以补充协议为准。"),
    ]:
        p2.text(M, y, head, FB, 15)
        y += 28
        y = p2.para(M, y, tw, text, F, 14, leading=1.75, indent=28) + 14
    y += 30
    p2.kv(M, y, "甲方（签字）", "欧阳明华", F, 14, sep="：")
    p2.kv(M + 360, y, "乙方（签字）", "林晓雯", F, 14, sep="：")
    y += 30
    p2.kv(M, y, "签订日期", "2025年4月28日", F, 14, sep="：")
    p2.kv(M + 360, y, "签订日期", "2025年4月28日", F, 14, sep="：")
    sx = 170  # a red seal-like mark beside the landlord's signature (no text)
    p2.ellipse(M + sx + 30, y - 70, M + sx + 140, y + 40, outline=(200, 40, 40), width=3)
    p2.poly([(M + sx + 85 + dx, y + dy) for dx, dy in
             [(0, -40), (9, -12), (38, -12), (14, 5), (23, 32), (0, 15), (-23, 32), (-14, 5), (-38, -12), (-9, -12)]],
            fill=(200, 40, 40))
    _footer(p2, "房屋租赁合同　ZL-2025-0318", "第 2 页 / 共 2 页", FS, 11, margin=50)
    return [p1, p2]


Q_LEASE = [
    Q("合同约定的押金是多少？", "¥12,800.00", "text", "number", aliases=("12800", "12,800.00", "壹万贰仟捌佰元整")),
    Q("这套房子每个月租金多少钱？", "¥6,400.00", "text", "number", aliases=("6400", "6,400.00", "陆仟肆佰元整")),
    Q("租期从哪一天开始算？", "二〇二五年五月十日", "text", "date", aliases=("2025年5月10日", "2025-05-10")),
    Q("房东叫什么名字？", "欧阳明华", "kv", "name"),
    Q("出租房屋的建筑面积是多少？", "89.6平方米", "text", "number", aliases=("89.6", "89.6㎡")),
    Q("交房时电表的读数是多少？", "5,326 千瓦时", "table", "number", page=2, aliases=("5326", "5,326"),
      cell=(0, 1, 2)),
    Q("水表的表号是什么？", "SB-22179", "table", "code", page=2, cell=(0, 2, 1)),
    Q("燃气按多少钱一立方米计价？", "2.99元/立方米", "table", "number", page=2, aliases=("2.99", "2.99元"),
      cell=(0, 3, 3)),
    Q("乙方拖欠租金时每天按什么比例付违约金？", "0.5%", "text", "number", page=2),
    Q("合同是哪天签的？", "2025年4月28日", "kv", "date", page=2, aliases=("2025-04-28",)),
]
U_LEASE = ["承租方林晓雯的身份证号码是多少？"]


# --------------------------------------------------------------------------------------------
# 3. Conference programme (zh) -- grid table with row and column spans
# --------------------------------------------------------------------------------------------
def d_conference() -> list[Page]:
    p = Page(990, 1400, paper=(255, 254, 250))
    F, FB = "sans_sc", "sans_sc_b"
    M = 50
    tw = 990 - 2 * M
    p.rect(0, 0, 990, 120, fill=(24, 60, 110))
    p.text(495, 24, "第九届全国智能制造与工业软件学术会议", FB, 34, align="c", color=(255, 255, 255))
    p.text(495, 76, "会议日程 · 2025年10月24日—26日 · 武汉光谷国际会议中心", F, 20, align="c", color=(220, 230, 245))
    y = 150
    y = p.para(M, y, tw, "各位代表：第九届全国智能制造与工业软件学术会议将于2025年10月24日至26日在武汉光谷国际会议中心举行。"
                         "本届会议以“数智融合，软件定义制造”为主题，设特邀报告、专题分论坛和青年学者论坛，具体日程安排如下：",
               F, 19, leading=1.7, indent=38) + 16
    rows = [
        ["日期", "时间", "议程内容", "主持人／报告人", "地点"],
        ["10月24日\n（周五）", "14:00-20:00", "会议报到、领取会议资料", "会务组", "一楼大堂"],
        [None, "18:00-19:30", "欢迎晚宴", "—", "二楼宴会厅"],
        ["10月25日\n（周六）", "08:30-09:00", "开幕式", "主持：司马振国", "主会场A厅"],
        [None, "09:00-10:10", "特邀报告：工业大模型的落地路径", "上官婉清 教授", "主会场A厅"],
        [None, "10:10-10:30", "茶歇", None, None],
        [None, "10:30-12:00", "分论坛一：数字孪生与仿真", "主持：何嘉怡", "B厅"],
        [None, "下午2:30-5:30", "分论坛二：工业软件国产化", "主持：诸葛文博", "C厅"],
        ["10月26日\n（周日）", "09:00-11:30", "青年学者论坛及优秀论文颁奖", "主持：欧阳丽娜", "主会场A厅"],
        [None, "11:30-12:00", "闭幕式", "大会主席 梁振宇", "主会场A厅"],
    ]
    y = p.table(M, y, [124, 150, 326, 164, 126], rows, font=F, size=18, row_h=[46] + [52] * 9, style="grid",
                spans={(1, 0): (2, 1), (3, 0): (5, 1), (5, 2): (1, 3), (8, 0): (2, 1)}, header_cols=1,
                header_font=FB, header_fill=(222, 231, 243), align=["c", "c", "l", "l", "c"],
                col_fill={0: (244, 247, 251)}) + 26
    y = p.para(M, y, tw, "注册费：正式代表2,200元/人，学生代表1,200元/人（凭有效学生证），10月10日前缴费可享受九折优惠。"
                         "注册费包含会议资料、会期午餐及欢迎晚宴，不含住宿。", F, 19, leading=1.7) + 12
    p.kv(M, y, "会务联系人", "钟雨桐", F, 19, sep="：")
    p.kv(M + 300, y, "电话", "027-8766 3591", F, 19, sep="：")
    y += 34
    p.kv(M, y, "电子邮箱", "imis2025@hust-conf.cn", F, 19, sep="：")
    y += 34
    p.kv(M, y, "会议地址", "武汉市东湖新技术开发区光谷大道77号", F, 19, sep="：")
    y += 50
    p.text(990 - M, y, "主办：华中智能制造产业联盟", F, 18, align="r")
    p.text(990 - M, y + 32, "承办：光谷工业软件创新中心", F, 18, align="r")
    return [p]


Q_CONF = [
    Q("上官婉清教授的特邀报告题目是什么？", "工业大模型的落地路径", "table", "text", cell=(0, 4, 2)),
    Q("分论坛二在哪个厅举行？", "C厅", "table", "place", cell=(0, 7, 4)),
    Q("欢迎晚宴几点开始？", "18:00", "table", "time", aliases=("18:00-19:30", "下午6点", "晚上6点"), cell=(0, 2, 1)),
    Q("数字孪生与仿真分论坛由谁主持？", "何嘉怡", "table", "name", cell=(0, 6, 3)),
    Q("学生代表交多少注册费？", "1,200元", "text", "number", aliases=("1200", "1200元")),
    Q("会议的联系人是谁？", "钟雨桐", "kv", "name"),
    Q("会务组的电话是多少？", "027-8766 3591", "kv", "number", aliases=("027-87663591", "02787663591")),
]
U_CONF = ["参会代表的协议酒店是哪一家？"]


# --------------------------------------------------------------------------------------------
# 4. Regional sales by quarter (zh) -- merged two-level header, header column, landscape
# --------------------------------------------------------------------------------------------
SALES = {
    "上海": [1286.4, 1402.7, 1358.9, 1615.2, 1344.8, 1497.3],
    "江苏": [1538.2, 1611.5, 1702.6, 1895.4, 1640.7, 1945.8],
    "浙江": [1421.9, 1507.3, 1566.1, 1733.8, 1502.6, 1618.4],
    "安徽": [612.5, 668.9, 701.3, 784.6, 655.2, 719.7],
    "福建": [844.7, 902.2, 931.5, 1047.9, 876.4, 958.3],
    "山东": [973.6, 1038.4, 1069.8, 1192.5, 998.1, 1101.6],
}


def d_sales() -> list[Page]:
    p = Page(1400, 990)
    F, FB = "serif_sc", "serif_sc_b"
    M = 70
    p.text(700, 50, "华东大区2024—2025年分区域销售额统计表", FB, 34, align="c")
    p.text(M, 118, "单位：万元", F, 18)
    p.text(700, 118, "数据来源：销售管理部", F, 18, align="c")
    p.text(1400 - M, 118, "制表日期：2025/07/15", F, 18, align="r")
    q = ["第一季度", "第二季度", "第三季度", "第四季度"]
    rows = [["区域", "2024年", None, None, None, "2025年", None, "两年合计"],
            [None] + q + q[:2] + [None]]
    cols_sum = [0.0] * 6
    for region, vals in SALES.items():
        rows.append([region] + [f"{v:,.1f}" for v in vals] + [f"{round(sum(vals), 1):,.1f}"])
        cols_sum = [a + b for a, b in zip(cols_sum, vals)]
    rows.append(["合计"] + [f"{round(v, 1):,.1f}" for v in cols_sum] + [f"{round(sum(cols_sum), 1):,.1f}"])
    y = p.table(M, 160, [150] + [160] * 6 + [150], rows, font=F, size=20, row_h=[48, 44] + [50] * 7, style="grid",
                spans={(0, 0): (2, 1), (0, 1): (1, 4), (0, 5): (1, 2), (0, 7): (2, 1)}, header_rows=2, header_cols=1,
                header_font=FB, bold_font=FB, bold_rows=(8,), header_fill=(232, 236, 244), align=["c"] + ["r"] * 7,
                header_align="c", line_w=1.3) + 30
    y = p.para(M, y, 1260, "说明：1. 2025年第二季度江苏区域因新增南通、盐城两个网点，销售额环比增长18.6%；2. 安徽区域数据含"
                          "合肥保税区直营店；3. 表中数据为含税销售额，已剔除内部调拨。", F, 18, leading=1.7) + 30
    p.text(1400 - M - 420, y, "制表人：司徒雅琳", F, 19)
    p.text(1400 - M, y, "审核人：范卫东", F, 19, align="r")
    return [p]


Q_SALES = [
    Q("2024年第三季度浙江区域的销售额是多少？", "1,566.1", "table", "number", aliases=("1566.1",), cell=(0, 4, 3)),
    Q("山东2025年一季度卖了多少万元？", "998.1", "table", "number", cell=(0, 7, 5)),
    Q("福建区域两年加起来的销售额是多少？", "5,561.0", "table", "number", aliases=("5561", "5561.0"), cell=(0, 6, 7)),
    Q("2024年第四季度六个区域合计卖了多少？", "8,269.4", "table", "number", aliases=("8269.4",), cell=(0, 8, 4)),
    Q("安徽2024年第二季度的销售额是多少？", "668.9", "table", "number", cell=(0, 5, 2)),
    Q("江苏2025年第二季度销售额环比增长了多少？", "18.6%", "text", "number"),
    Q("这张统计表由谁审核？", "范卫东", "kv", "name"),
]
U_SALES = ["2025年第三季度上海区域的销售额是多少？"]


# --------------------------------------------------------------------------------------------
# 5. Medical lab test report (zh) -- form header, horizontal-rule table, large type (lowres)
# --------------------------------------------------------------------------------------------
def d_labreport() -> list[Page]:
    p = Page(990, 1400)
    F, FB = "sans_sc", "sans_sc_b"
    M = 60
    p.ellipse(M, 40, M + 70, 110, outline=(0, 120, 90), width=4)
    p.text(M + 35, 58, "医", FB, 30, align="c", color=(0, 120, 90))
    p.text(540, 44, "江城市第二人民医院", FB, 36, align="c")
    p.text(540, 98, "检 验 报 告 单", F, 28, align="c")
    p.line(M, 150, 990 - M, 150, 2.5)
    y = 168
    grid = [[("姓名", "慕容秀英"), ("性别", "女"), ("年龄", "46岁")],
            [("病历号", "0028817653"), ("科室", "内分泌科"), ("床号", "门诊")],
            [("标本类型", "静脉血"), ("送检医生", "钱立群"), ("标本编号", "2509030417")]]
    for row in grid:
        for i, (k, v) in enumerate(row):
            p.kv(M + [0, 300, 590][i], y, k, v, F, 22, sep="：")
        y += 40
    p.kv(M, y, "采样时间", "2025-09-03 07:42", F, 22, sep="：")
    p.kv(M + 450, y, "接收时间", "2025-09-03 08:15", F, 22, sep="：")
    y += 50
    rows = [["代号", "检验项目", "结果", "提示", "参考区间", "单位"],
            ["WBC", "白细胞计数", "6.84", "", "3.5-9.5", "10^9/L"],
            ["RBC", "红细胞计数", "4.12", "", "3.8-5.1", "10^12/L"],
            ["HGB", "血红蛋白", "108", "↓", "115-150", "g/L"],
            ["PLT", "血小板计数", "265", "", "125-350", "10^9/L"],
            ["GLU", "空腹血糖", "7.26", "↑", "3.9-6.1", "mmol/L"],
            ["HbA1c", "糖化血红蛋白", "6.9", "↑", "4.0-6.0", "%"],
            ["TC", "总胆固醇", "5.38", "↑", "<5.20", "mmol/L"],
            ["TG", "甘油三酯", "1.46", "", "0.45-1.70", "mmol/L"],
            ["ALT", "丙氨酸氨基转移酶", "23", "", "7-40", "U/L"],
            ["CREA", "肌酐", "61.5", "", "41-73", "μmol/L"]]
    y = p.table(M, y, [100, 240, 120, 70, 180, 160], rows, font=F, size=22, row_h=[48] + [50] * 10,
                style="rules", header_font=FB, align=["l", "l", "r", "c", "c", "l"], line_w=2) + 24
    p.kv(M, y, "检验者", "童思远", F, 22, sep="：")
    p.kv(M + 300, y, "审核者", "宁海波", F, 22, sep="：")
    y += 40
    p.kv(M, y, "报告时间", "2025年9月3日 11:26", F, 22, sep="：")
    y += 52
    p.text(M, y, "本报告仅对所检标本负责。如有疑问，请于七日内咨询检验科（0571-8723 6610）。", F, 19, (80, 80, 80))
    return [p]


Q_LAB = [
    Q("患者的空腹血糖是多少？", "7.26", "table", "number", aliases=("7.26 mmol/L",), cell=(0, 5, 2)),
    Q("血红蛋白的正常参考范围是多少？", "115-150", "table", "number", aliases=("115~150", "115-150 g/L", "115到150"),
      cell=(0, 3, 4)),
    Q("总胆固醇测出来是多少？", "5.38", "table", "number", aliases=("5.38 mmol/L",), cell=(0, 7, 2)),
    Q("肌酐的检测结果用什么单位？", "μmol/L", "table", "text", aliases=("umol/L", "微摩尔/升"), cell=(0, 10, 5)),
    Q("这份化验单是哪位医生开的？", "钱立群", "kv", "name"),
    Q("病人今年多大？", "46岁", "kv", "number", aliases=("46",)),
    Q("血是几点抽的？", "07:42", "kv", "time", aliases=("2025-09-03 07:42", "7:42")),
]
U_LAB = ["患者的血尿酸检测结果是多少？"]


# --------------------------------------------------------------------------------------------
# 6. Weekly course timetable (zh) -- landscape grid, merged cells, scanned turned by 90 degrees
# --------------------------------------------------------------------------------------------
def d_course() -> list[Page]:
    p = Page(1400, 990, paper=(255, 255, 252))
    F = "wqy"
    M = 70
    p.text(700, 40, "2025—2026学年第一学期　高二（3）班课程表", F, 34, align="c")
    p.text(M, 104, "班主任：公孙静怡", F, 20)
    p.text(700, 104, "教室：明德楼305", F, 20, align="c")
    p.text(1400 - M, 104, "自2025年9月1日起执行", F, 20, align="r")
    days = ["星期一", "星期二", "星期三", "星期四", "星期五"]
    rows = [["节次", "时间"] + days,
            ["第1节", "08:00-08:40", "语文", "数学", "英语", "物理", "语文"],
            ["第2节", "08:50-09:30", "数学", "语文", "化学", "英语", "数学"],
            ["大课间", "09:30-10:00", "大课间（跑操）", None, None, None, None],
            ["第3节", "10:00-10:40", "英语", "物理实验", "数学", "生物", "历史"],
            ["第4节", "10:50-11:30", "化学", None, "语文", "地理", "英语"],
            ["午休", "11:30-13:30", "午　休", None, None, None, None],
            ["第5节", "13:40-14:20", "生物", "英语", "体育", "数学", "信息技术"],
            ["第6节", "14:30-15:10", "历史", "政治", "美术", "语文", None],
            ["第7节", "15:20-16:00", "班会", "音乐", "自习", "化学", "心理健康"]]
    y = p.table(M, 150, [110, 170] + [196] * 5, rows, font=F, size=22, row_h=[52] + [62] * 9, style="grid",
                spans={(3, 2): (1, 5), (6, 2): (1, 5), (4, 3): (2, 1), (7, 6): (2, 1)}, header_cols=2,
                header_fill=(255, 232, 200), align="c", line_w=2, col_fill={0: (250, 244, 232)}) + 26
    p.text(M, y, "任课教师：语文 宋雅琴　数学 韩立伟　英语 Grace Liu　物理 邵明轩　化学 卢佳音　生物 范思彤", F, 19)
    p.text(M, y + 36, "注：体育课请穿运动鞋；物理实验在实验楼二楼物理实验室上课。", F, 19)
    return [p]


Q_COURSE = [
    Q("星期三第5节上什么课？", "体育", "table", "text", cell=(0, 7, 4)),
    Q("周二第三、四节连堂上的是什么？", "物理实验", "table", "text", cell=(0, 4, 3)),
    Q("第6节课几点开始？", "14:30", "table", "time", aliases=("14:30-15:10", "下午2:30"), cell=(0, 8, 1)),
    Q("周五下午第五节安排的是哪门课？", "信息技术", "table", "text", cell=(0, 7, 6)),
    Q("星期四第一节是什么课？", "物理", "table", "text", cell=(0, 1, 5)),
    Q("高二（3）班的班主任是谁？", "公孙静怡", "kv", "name"),
    Q("这个班的英语老师叫什么？", "Grace Liu", "text", "name"),
]
U_COURSE = ["星期六上午第一节是什么课？"]


# --------------------------------------------------------------------------------------------
# 7. Courier waybill (zh) -- boxed form, sender/recipient side by side, barcode, fee grid
# --------------------------------------------------------------------------------------------
def _barcode(p: Page, x: float, y: float, w: float, h: float, code: str):
    bits = "".join(f"{b:08b}" for b in hashlib.sha256(code.encode()).digest()[:14])
    unit = w / (len(bits) * 1.5)
    cx = x
    for i, b in enumerate(bits):
        bw = unit * (2 if b == "1" else 1)
        if i % 2 == 0:
            p.rect(cx, y, cx + bw, y + h, fill=(20, 20, 20))
        cx += bw
        if cx > x + w:
            break


def d_waybill() -> list[Page]:
    p = Page(1300, 920, paper=(255, 255, 255))
    F, FB = "sans_sc", "sans_sc_b"
    M = 40
    orange = (230, 110, 20)
    p.rect(M, 30, 1300 - M, 880, outline=orange, width=3)
    p.ellipse(M + 20, 46, M + 96, 122, fill=orange)
    p.text(M + 58, 62, "顺", FB, 40, align="c", color=(255, 255, 255))
    p.text(M + 112, 50, "顺达速运", FB, 36, color=orange)
    p.text(M + 114, 100, "快递运单 · 寄件人存根", F, 19)
    _barcode(p, 820, 44, 400, 62, "SD773021589046")
    p.text(1020, 112, "运单号：SD 7730 2158 9046", FB, 22, align="c")
    y0 = 160
    for bx, head, rows in [
        (M + 20, "寄件人信息", [("寄件人", "宇文浩", "电话", "139 0571 8824"),
                              ("地址", "浙江省杭州市滨江区江南大道3688号", None, None),
                              (None, "星耀城2幢1501室", None, None)]),
        (660, "收件人信息", [("收件人", "端木晴", "电话", "186 2013 5570"),
                           ("地址", "四川省成都市武侯区天府大道北段1700号", None, None),
                           (None, "环球中心W6区2009室", None, None)]),
    ]:
        p.rect(bx, y0, bx + 580, y0 + 190, outline=INK, width=1.5)
        p.rect(bx, y0, bx + 580, y0 + 36, fill=(253, 236, 220))
        p.line(bx, y0 + 36, bx + 580, y0 + 36, 1.2)
        p.text(bx + 12, y0 + 6, head, FB, 20, color=(150, 60, 0))
        yy = y0 + 52
        for k1, v1, k2, v2 in rows:
            if k1:
                p.kv(bx + 12, yy, k1, v1, F, 20, sep="：", split=True, label_font=FB, value_x=bx + 100)
            else:
                p.text(bx + 100, yy, v1, F, 20)
            if k2:
                p.kv(bx + 300, yy, k2, v2, F, 20, sep="：", split=True, label_font=FB, value_x=bx + 366)
            yy += 42
    y = p.table(M + 20, 376, [360, 110, 160, 160, 390],
                [["托寄物内容", "件数", "实际重量", "计费重量", "包装尺寸"],
                 ["电子元器件（贴片电阻）", "2", "3.5 kg", "4 kg", "30×20×15 cm"]],
                font=F, size=20, row_h=[40, 50], style="grid", header_font=FB, header_fill=(253, 236, 220),
                align="c") + 18
    y = p.table(M + 20, y, [220, 160, 180, 160, 160, 300],
                [["付款方式", "运费", "保价金额", "保价费", "包装费", "费用合计"],
                 ["寄付月结", "¥23.00", "¥2,000", "¥10.00", "¥5.00", "¥38.00"]],
                font=F, size=20, row_h=[40, 50], style="grid", header_font=FB, header_fill=(253, 236, 220),
                align="c") + 26
    p.kv(M + 20, y, "月结账号", "0571046632", F, 20, sep="：")
    p.kv(M + 420, y, "寄件日期", "2025.08.19", F, 20, sep="：")
    p.kv(M + 800, y, "收件员工号", "HZ-3317", F, 20, sep="：")
    y += 56
    p.text(M + 20, y, "寄件人签名：", F, 20)
    p.line(M + 150, y + 26, M + 380, y + 26, 1)
    p.text(M + 420, y, "收件人签名：", F, 20)
    p.line(M + 550, y + 26, M + 780, y + 26, 1)
    p.text(M + 800, y, "签收时间：　　　年　　月　　日", F, 20)
    y += 70
    p.para(M + 20, y, 1180, "温馨提示：请仔细阅读背面《快件运单契约条款》。未保价快件发生丢失、损毁的，按实际损失赔偿，"
                            "最高不超过运费的5倍；保价快件按保价金额及损失比例赔偿。", F, 16, leading=1.6, color=(90, 90, 90))
    return [p]


Q_WAYBILL = [
    Q("这个快递的运单号是多少？", "SD 7730 2158 9046", "kv", "code", aliases=("SD773021589046",)),
    Q("包裹的实际重量是多少？", "3.5 kg", "table", "number", aliases=("3.5kg", "3.5", "3.5公斤"), cell=(0, 1, 2)),
    Q("保价费收了多少钱？", "¥10.00", "table", "number", aliases=("10.00", "10元"), cell=(1, 1, 3)),
    Q("这票快件一共收了多少费用？", "¥38.00", "table", "number", aliases=("38", "38.00", "38元"), cell=(1, 1, 5)),
    Q("寄的是什么东西？", "电子元器件（贴片电阻）", "table", "text", aliases=("电子元器件", "贴片电阻"), cell=(0, 1, 0)),
    Q("收件人的手机号是多少？", "186 2013 5570", "kv", "number", aliases=("18620135570",)),
    Q("寄件人叫什么名字？", "宇文浩", "kv", "name"),
    Q("包裹是哪天寄出的？", "2025.08.19", "kv", "date", aliases=("2025-08-19", "2025年8月19日")),
]
U_WAYBILL = ["这个包裹预计几天能送到成都？"]


# --------------------------------------------------------------------------------------------
# 8. Electricity bill (zh) -- image-only PDF, label/value pairs, rules table, bar chart
# --------------------------------------------------------------------------------------------
def d_utility() -> list[Page]:
    p = Page(990, 1380)
    F, FB, FT = "sans_sc", "sans_sc_b", "serif_sc_b"
    M = 60
    green = (0, 110, 100)
    p.rect(0, 0, 990, 110, fill=green)
    p.text(M, 22, "江城电力供电服务有限公司", FT, 30, color=(255, 255, 255))
    p.text(M, 68, "电 费 缴 费 通 知 单", "serif_sc", 22, color=(220, 240, 236))
    p.text(990 - M, 68, "NO. 2025-08-7716", "sans", 18, align="r", color=(220, 240, 236))
    y = 140
    pairs = [[("户号", "3301 0825 7716"), ("户名", "万俟建平")],
             [("用电地址", "江城市东湖区樱花路16号2单元501室"), None],
             [("账单月份", "2025年8月"), ("抄表日期", "2025-08-28")],
             [("用电类别", "城乡居民生活用电"), ("缴费截止日", "2025年9月15日")]]
    for row in pairs:
        for i, kvp in enumerate(row):
            if kvp:
                p.kv(M + i * 450, y, kvp[0], kvp[1], F, 21, sep="：", split=True, label_font=FB,
                     label_color=(60, 60, 60))
        y += 42
    y += 14
    rows = [["计费项目", "起止示数", "电量（千瓦时）", "单价（元/千瓦时）", "金额（元）"],
            ["峰时段", "12,408—12,694", "286", "0.568", "162.45"],
            ["谷时段", "7,315—7,527", "212", "0.288", "61.06"],
            ["阶梯加价（第二档）", "—", "98", "0.050", "4.90"],
            ["合计", "—", "498", "—", "228.41"]]
    y = p.table(M, y, [220, 180, 150, 180, 140], rows, font=F, size=20, row_h=[46] + [46] * 4, style="hlines",
                header_font=FB, header_fill=(226, 242, 238), align=["l", "c", "r", "r", "r"], bold_rows=(4,),
                bold_font=FB) + 28
    p.rect(M, y, 990 - M, y + 64, fill=(245, 250, 248), outline=green, width=1.5)
    p.text(M + 20, y + 18, "本期电费：¥228.41", F, 21)
    p.text(M + 290, y + 18, "上期结余：¥15.60", F, 21)
    p.text(990 - M - 20, y + 16, "本期实际应缴：¥212.81", FB, 24, align="r", color=(170, 30, 30))
    y += 100
    p.text(M, y, "近六个月用电量（千瓦时）", FB, 20)
    y += 40
    months = [("3月", 352), ("4月", 318), ("5月", 296), ("6月", 341), ("7月", 463), ("8月", 498)]
    base = y + 200
    for i, (m, v) in enumerate(months):
        bx = M + 40 + i * 140
        top = base - v * 0.36
        p.rect(bx, top, bx + 70, base, fill=green if m == "8月" else (150, 200, 190))
        p.text(bx + 35, top - 28, str(v), F, 17, align="c")
        p.text(bx + 35, base + 8, m, F, 17, align="c")
    p.line(M + 20, base, 990 - M, base, 1.2)
    y = base + 56
    p.text(M, y, "上年同期用电量：451千瓦时　　同比增长10.4%", F, 20)
    y += 46
    y = p.para(M, y, 990 - 2 * M, "请于缴费截止日前通过“江城电力”App、银行代扣或营业厅缴纳电费。逾期未缴的，自逾期之日起每日按"
                                   "欠费总额的千分之一加收违约金。如对电量有异议，请在收到本通知单后十日内提出。", F, 18,
               leading=1.7, color=(60, 60, 60))
    _footer(p, "服务热线：96580", "打印时间：2025/08/29 16:05", F, 16)
    return [p]


Q_UTILITY = [
    Q("这个月实际要交多少电费？", "¥212.81", "kv", "number", aliases=("212.81", "212.81元")),
    Q("峰时段用了多少千瓦时电？", "286", "table", "number", aliases=("286千瓦时", "286度"), cell=(0, 1, 2)),
    Q("谷时段的电价是每度多少钱？", "0.288", "table", "number", aliases=("0.288元", "0.288元/千瓦时"), cell=(0, 2, 3)),
    Q("阶梯加价部分收了多少钱？", "4.90", "table", "number", aliases=("4.9", "4.90元"), cell=(0, 3, 4)),
    Q("电费最晚哪天之前要交？", "2025年9月15日", "kv", "date", aliases=("2025-09-15",)),
    Q("这份电费单的户名是谁？", "万俟建平", "kv", "name"),
    Q("用电量比去年同期增长了多少？", "10.4%", "text", "number"),
]
U_UTILITY = ["这一户本月的水费是多少？"]


# --------------------------------------------------------------------------------------------
# 9. Exam score sheet (zh) -- dense small table, two-level header (理科综合), averages row
# --------------------------------------------------------------------------------------------
SCORES = [("欧阳明远", 118, 135, 127, 92, 86, 90), ("赵思琪", 124, 121, 138, 85, 88, 94),
          ("司马子轩", 109, 142, 115, 98, 91, 87), ("陈雨桐", 131, 117, 141, 80, 84, 92),
          ("黄嘉豪", 102, 128, 109, 95, 89, 78), ("上官若曦", 127, 139, 133, 96, 93, 95),
          ("林浩然", 96, 112, 104, 83, 77, 81), ("周梓萱", 121, 126, 136, 88, 90, 86),
          ("郑博文", 113, 131, 118, 93, 82, 85), ("孙可馨", 128, 109, 130, 76, 85, 91),
          ("马俊杰", 99, 137, 112, 97, 94, 84), ("何梦瑶", 116, 123, 125, 86, 79, 88)]


def d_exam() -> list[Page]:
    p = Page(990, 1400, paper=(253, 253, 251))
    F, FB = "sans_sc", "sans_sc_b"
    M = 50
    p.text(495, 50, "明德中学2025届高三第一次模拟考试成绩单", FB, 32, align="c")
    p.text(M, 112, "班级：高三（7）班", F, 18)
    p.text(M + 250, 112, "考试日期：2025年3月18日—19日", F, 18)
    p.text(990 - M, 112, "满分：750分", F, 18, align="r")
    totals = [sum(s[1:]) for s in SCORES]
    rank = [1 + sum(t2 > t for t2 in totals) for t in totals]
    rows = [["序号", "学号", "姓名", "语文", "数学", "英语", "理科综合", None, None, "总分", "班级名次"],
            [None, None, None, None, None, None, "物理", "化学", "生物", None, None]]
    for i, s in enumerate(SCORES):
        rows.append([str(i + 1), f"202507{i + 1:02d}", s[0]] + [str(v) for v in s[1:]] + [str(totals[i]), str(rank[i])])
    avg = [sum(s[j] for s in SCORES) / len(SCORES) for j in range(1, 7)]
    rows.append(["班级平均", None, None] + [f"{v:.1f}" for v in avg] + [f"{sum(totals) / len(totals):.1f}", "—"])
    spans = {(0, c): (2, 1) for c in (0, 1, 2, 3, 4, 5, 9, 10)}
    spans[(0, 6)] = (1, 3)
    spans[(len(rows) - 1, 0)] = (1, 3)
    y = p.table(M, 150, [56, 120, 110, 70, 70, 70, 70, 70, 70, 84, 100], rows, font=F, size=18,
                row_h=[38, 36] + [42] * (len(rows) - 2), style="grid", spans=spans, header_rows=2, header_font=FB,
                header_fill=(236, 236, 236), align="c", line_w=1.2, bold_rows=(len(rows) - 1,), bold_font=FB) + 26
    y = p.para(M, y, 890, "说明：名次按总分由高到低排列，总分相同者名次并列。本次考试全年级参考人数612人，一本上线参考分数为585分，"
                         "本班上线11人。各科试卷讲评安排在3月27日进行。", F, 17, leading=1.7) + 40
    p.text(M, y, "班主任：苏立平", F, 18)
    p.text(495, y, "教务处（章）", F, 18, align="c")
    p.text(990 - M, y, "2025年3月25日", F, 18, align="r")
    return [p]


Q_EXAM = [
    Q("上官若曦的数学考了多少分？", "139", "table", "number", cell=(0, 7, 4)),
    Q("司马子轩的总分是多少？", "642", "table", "number", cell=(0, 4, 9)),
    Q("这次模拟考全班第一名是谁？", "上官若曦", "table", "name", cell=(0, 7, 2)),
    Q("林浩然的化学成绩是多少？", "77", "table", "number", cell=(0, 8, 7)),
    Q("班级英语平均分是多少？", "124.0", "table", "number", aliases=("124",), cell=(0, 14, 5)),
    Q("学号20250709的学生叫什么名字？", "郑博文", "table", "name", cell=(0, 10, 2)),
    Q("一本上线参考分数是多少？", "585分", "text", "number", aliases=("585",)),
]
U_EXAM = ["欧阳明远的政治考了多少分？"]


# --------------------------------------------------------------------------------------------
# 10. Medicine leaflet (zh) -- two columns of small serif text, bracketed section labels
# --------------------------------------------------------------------------------------------
def d_leaflet() -> list[Page]:
    p = Page(990, 1400, paper=(255, 255, 255))
    F, FB = "serif_sc", "serif_sc_b"
    M = 55
    p.rect(M, 36, 990 - M, 40, fill=(180, 30, 40))
    p.text(495, 58, "布洛芬缓释胶囊说明书", FB, 34, align="c")
    p.text(495, 110, "请仔细阅读说明书并按说明使用或在药师指导下购买和使用", F, 18, align="c", color=(180, 30, 40))
    p.text(990 - M, 146, "OTC", "sans_b", 20, align="r", color=(0, 120, 60))
    sections = [
        ("【药品名称】", "通用名称：布洛芬缓释胶囊；商品名称：舒络宁；英文名称：Ibuprofen Sustained Release Capsules；"
                      "汉语拼音：Buluofen Huanshi Jiaonang"),
        ("【成份】", "本品主要成份为布洛芬，其化学名称为α-甲基-4-(2-甲基丙基)苯乙酸。辅料为蔗糖、淀粉、硬脂酸镁。"),
        ("【性状】", "本品为胶囊剂，内容物为白色球形小丸。"),
        ("【适应症】", "用于缓解轻至中度疼痛，如头痛、关节痛、偏头痛、牙痛、肌肉痛、神经痛、痛经；也用于普通感冒或流行性感冒"
                     "引起的发热。"),
        ("【规格】", "0.3g"),
        ("【用法用量】", "口服。成人，一次1粒，一日2次（早晚各一次）。"),
        ("【不良反应】", "1. 少数病人可出现恶心、呕吐、胃烧灼感或轻度消化不良、胃肠道溃疡及出血、转氨酶升高、头痛、头晕、耳鸣、"
                      "视力模糊、精神紧张、嗜睡、下肢水肿或体重骤增。2. 罕见皮疹、过敏性肾炎、膀胱炎、肾病综合征、肾功能衰竭、"
                      "支气管痉挛。"),
        ("【禁忌】", "1. 对其他非甾体抗炎药过敏者禁用。2. 孕妇及哺乳期妇女禁用。3. 对阿司匹林过敏的哮喘患者禁用。"),
        ("【注意事项】", "1. 本品为对症治疗药，用于止痛不得超过5天，用于解热不得超过3天，症状不缓解，请咨询医师或药师。"
                      "2. 不能同时服用其他含有解热镇痛药的药品（如某些复方抗感冒药）。3. 服用本品期间不得饮酒或含有酒精的饮料。"
                      "4. 有下列情况患者慎用：60岁以上、支气管哮喘、肝肾功能不全、凝血机制或血小板功能障碍。"
                      "5. 如服用过量或出现严重不良反应，应立即就医。6. 儿童必须在成人监护下使用。"),
        ("【药物相互作用】", "本品与其他解热、镇痛、抗炎药物同用时可增加胃肠道不良反应，并可能导致溃疡。如与其他药物同时使用可能"
                         "会发生药物相互作用，详情请咨询医师或药师。"),
        ("【贮藏】", "遮光，密封，在25℃以下保存。"),
        ("【包装】", "铝塑泡罩包装，每盒20粒。"),
        ("【有效期】", "24个月"),
        ("【批准文号】", "国药准字H20253176"),
        ("【生产企业】", "企业名称：江南康泰制药有限公司；生产地址：江苏省泰州市医药高新区药城大道88号；"
                      "邮政编码：225300；联系电话：0523-8619 4427"),
    ]
    col_w, gutter = 420, 40
    xs = [M, M + col_w + gutter]
    top, bottom = 190, 1330
    p.line(M + col_w + gutter / 2, top, M + col_w + gutter / 2, bottom - 10, 0.8, (160, 160, 160))
    col, y = 0, top
    size, lead = 17, 1.6
    heights = [len(wrap(h + b, F, size, col_w)) * size * lead + 10 for h, b in sections]
    half = sum(heights) / 2
    done = 0.0
    for (head, body), need in zip(sections, heights):
        if col == 0 and done + need / 2 > half:
            col, y = 1, top
        done += need
        if y + need > bottom:
            raise ValueError("leaflet text overflows the second column")
        # Heading in bold at the start of the first line, the body running on after it.
        hw = p.width_of(head, FB, size)
        p.text(xs[col], y, head, FB, size)
        rows = wrap(body, F, size, col_w, first_width=col_w - hw)
        for i, r in enumerate(rows):
            p.text(xs[col] + (hw if i == 0 else 0), y, r, F, size)
            y += size * lead
        y += 10
    p.text(495, 1350, "修订日期：2025年01月06日", F, 14, align="c", color=(100, 100, 100))
    return [p]


Q_LEAFLET = [
    Q("这种胶囊成人一天吃几次？", "一日2次", "text", "number", aliases=("2次", "每天2次", "2")),
    Q("用于止痛最多能连续吃几天？", "5天", "text", "number", aliases=("5",)),
    Q("这个药的批准文号是多少？", "国药准字H20253176", "kv", "code", aliases=("H20253176",)),
    Q("一盒里有多少粒？", "每盒20粒", "text", "number", aliases=("20粒", "20")),
    Q("药品需要在多少度以下保存？", "25℃", "text", "number", aliases=("25°C", "25度", "25")),
    Q("生产企业的联系电话是多少？", "0523-8619 4427", "kv", "number", aliases=("0523-86194427", "052386194427")),
    Q("舒络宁每粒的规格是多少？", "0.3g", "kv", "number", aliases=("0.3克", "0.3")),
]
U_LEAFLET = ["舒络宁胶囊的零售价是多少钱一盒？"]


# --------------------------------------------------------------------------------------------
# 11. Purchase order (en) -- letterhead, vendor/ship-to blocks, terms strip, line items
# --------------------------------------------------------------------------------------------
def d_po() -> list[Page]:
    p = Page(1020, 1320)
    F, FB = "sans", "sans_b"
    M = 56
    teal = (18, 88, 96)
    p.poly([(M, 50), (M + 44, 50), (M + 22, 88)], fill=teal)
    p.text(M + 56, 46, "Kestrel Outdoor Supply Co.", FB, 24, color=teal)
    p.text(M + 56, 80, "1450 Harbor View Drive, Suite 210, Tacoma, WA 98402", F, 14)
    p.text(M + 56, 100, "Tel (253) 555-0187  ·  purchasing@kestrel-outdoor.example", F, 14)
    p.text(1020 - M, 44, "PURCHASE ORDER", FB, 30, align="r")
    y = 96
    for k, v in [("PO Number:", "PO-2025-04471"), ("Date:", "03/14/2025"), ("Vendor ID:", "V-11820"),
                 ("Requested by:", "Walter James Smith")]:
        p.text(1020 - M - 340, y, k, FB, 15)
        p.text(1020 - M, y, v, F, 15, align="r")
        y += 24
    y = 210
    for x0, head, lines in [(M, "VENDOR", ["Alpine Textile Works Ltd.", "88 Birchmount Road",
                                           "Scarborough, ON M1P 2J7, Canada", "Contact: Marie-Claire Dubois"]),
                            (530, "SHIP TO", ["Kestrel Outdoor Supply Co.", "Receiving Dock B",
                                              "3301 Port Industrial Way", "Tacoma, WA 98421"])]:
        p.rect(x0, y, x0 + 434, y + 30, fill=teal)
        p.text(x0 + 10, y + 6, head, FB, 15, color=(255, 255, 255))
        yy = y + 42
        for ln in lines:
            p.text(x0 + 10, yy, ln, F, 16)
            yy += 25
    y = 370
    y = p.table(M, y, [170, 140, 200, 160, 238],
                [["Ship Via", "F.O.B.", "Shipping Terms", "Payment Terms", "Required Delivery"],
                 ["UPS Freight", "Origin", "DAP Tacoma", "Net 45", "April 18, 2025"]],
                font=F, size=15, row_h=[32, 36], style="grid", header_font=FB, header_fill=(222, 236, 238),
                align="c", line_w=1) + 26
    items = [("1", "AT-FL-2210", "Fleece jacket, men's, charcoal, M", "120", "ea", "38.75", "4,650.00"),
             ("2", "AT-FL-2211", "Fleece jacket, men's, charcoal, L", "150", "ea", "38.75", "5,812.50"),
             ("3", "AT-SH-0907", "Merino base layer shirt, women's, S", "80", "ea", "42.10", "3,368.00"),
             ("4", "AT-SK-1133", "Hiking socks, wool blend, 3-pack", "300", "pk", "9.60", "2,880.00"),
             ("5", "AT-GL-0456", "Softshell gloves, black, one size", "200", "pr", "12.25", "2,450.00")]
    y = p.table(M, y, [50, 130, 330, 70, 56, 120, 152],
                [["Item", "SKU", "Description", "Qty", "Unit", "Unit Price", "Amount (USD)"]] + [list(r) for r in items],
                font=F, size=15, row_h=[34] + [34] * len(items), style="grid", header_font=FB,
                header_fill=teal, header_color=(255, 255, 255), align=["c", "l", "l", "r", "c", "r", "r"],
                header_align="c", line_w=1) + 14
    for k, v, bold in [("Subtotal", "19,160.50", False), ("Sales tax (exempt, resale cert. WA-55120)", "0.00", False),
                       ("Freight", "612.40", False), ("TOTAL", "USD 19,772.90", True)]:
        if bold:
            p.line(1020 - M - 460, y - 4, 1020 - M, y - 4, 1.2)
            y += 6
        p.text(1020 - M - 180, y, k, FB if bold else F, 16 if bold else 15, align="r")
        p.text(1020 - M - 8, y, v, FB if bold else F, 16 if bold else 15, align="r")
        y += 28
    y += 20
    p.text(M, y, "Notes", FB, 16)
    y += 28
    y = p.para(M, y, 1020 - 2 * M, "Please reference the PO number on all invoices, packing slips and correspondence. "
                                   "Partial shipments are accepted only with prior written approval from the buyer. "
                                   "Goods must be labelled with the SKU and the carton count on two sides of every carton, "
                                   "and delivered Monday to Friday between 07:00 and 15:30.", F, 15, leading=1.55) + 40
    p.line(M, y + 30, M + 300, y + 30, 1)
    p.text(M, y + 38, "Authorized by: Priya Raghunathan, Purchasing Manager", F, 14)
    p.text(1020 - M, y + 38, "Page 1 of 1", F, 13, align="r", color=(100, 100, 100))
    return [p]


Q_PO = [
    Q("What is the unit price of the large charcoal fleece jackets?", "38.75", "table", "number",
      aliases=("USD 38.75", "$38.75"), cell=(1, 2, 5)),
    Q("How many pairs of softshell gloves were ordered?", "200", "table", "number", cell=(1, 5, 3)),
    Q("Which SKU is the women's merino base layer shirt?", "AT-SH-0907", "table", "code", cell=(1, 3, 1)),
    Q("What's the order total including freight?", "USD 19,772.90", "kv", "number",
      aliases=("19772.90", "19,772.90", "$19,772.90")),
    Q("Which carrier will ship the goods?", "UPS Freight", "table", "text", cell=(0, 1, 0)),
    Q("What payment terms does the PO specify?", "Net 45", "table", "text", cell=(0, 1, 3)),
    Q("By when must the order be delivered?", "April 18, 2025", "table", "date", aliases=("2025-04-18",),
      cell=(0, 1, 4)),
    Q("Who is the contact person at the vendor?", "Marie-Claire Dubois", "kv", "name"),
    Q("Who requested this purchase order?", "Walter James Smith", "kv", "name"),
]
U_PO = ["What discount percentage did the vendor grant on this order?"]


# --------------------------------------------------------------------------------------------
# 12. Software release notes (en) -- PDF with a text layer, sections, bullets, mono commands
# --------------------------------------------------------------------------------------------
def d_release() -> list[Page]:
    W, H, M = 850, 1100, 72
    F, FB, FS, FM = "serif", "sans_b", "sans", "mono"
    tw = W - 2 * M
    blue = (30, 70, 140)
    p1 = Page(W, H)
    p1.text(M, 40, "Tidewater Data Platform", FS, 12, color=(100, 100, 100))
    p1.text(W - M, 40, "Release notes", FS, 12, color=(100, 100, 100), align="r")
    p1.line(M, 60, W - M, 60, 0.8, (150, 150, 150))
    p1.text(M, 84, "Version 4.12.0", FB, 26, color=blue)
    p1.text(M, 124, "Released 14 Mar 2025  ·  Build 4.12.0+8817  ·  Channel: stable", FS, 13)
    y = 164
    p1.text(M, y, "Highlights", FB, 16, color=blue)
    y += 28
    y = p1.para(M, y, tw, "This release focuses on query performance and operational safety. A rewritten cost model cuts "
                          "median query planning latency by 38% on the TPC-DS benchmark suite, and the new ingestion "
                          "back-pressure mechanism keeps worker memory below the configured ceiling even during "
                          "bursts of more than 50,000 events per second.", F, 14, leading=1.5) + 14
    p1.text(M, y, "New features", FB, 16, color=blue)
    y += 28
    for b in ["Column-level lineage is now recorded for every materialised view and shown in the catalogue UI.",
              "Scheduled exports can write Parquet files to S3-compatible object storage with server-side encryption.",
              "The SQL editor gains autocomplete for window functions and common table expressions.",
              "Role-based access control supports time-limited grants (for example, read access for 72 hours)."]:
        p1.ellipse(M + 6, y + 6, M + 12, y + 12, fill=INK)  # a bullet is a mark, not text
        y = p1.para(M + 22, y, tw - 22, b, F, 14, leading=1.5) + 6
    y += 10
    p1.text(M, y, "Bug fixes", FB, 16, color=blue)
    y += 30
    fixes = [["Ticket", "Component", "Summary", "Severity"],
             ["TDP-3318", "Ingestion", "Memory leak in the ingestion worker after reconnects", "Critical"],
             ["TDP-3327", "Scheduler", "Cron jobs skipped when DST ends", "Medium"],
             ["TDP-3342", "Query engine", "Wrong results for LEFT JOIN with NULL keys", "High"],
             ["TDP-3359", "Catalogue UI", "Search ignores tags containing hyphens", "Low"],
             ["TDP-3361", "Auth", "Session cookie missing SameSite attribute", "Medium"]]
    y = p1.table(M, y, [86, 112, 360, tw - 558], fixes, font=FS, size=12, row_h=27, style="rules",
                 header_font="sans_b", align="l", pad=4, line_w=1) + 22
    p1.text(M, y, "Breaking changes", FB, 16, color=blue)
    y += 28
    y = p1.para(M, y, tw, "The legacy REST endpoint /api/v1/jobs has been removed; use /api/v2/jobs instead. Python client "
                          "versions older than 3.4 can no longer connect and must be upgraded before the server.", F, 14,
                leading=1.5)
    _footer(p1, "Tidewater Data Platform 4.12.0", "Page 1 of 2", FS, 11, margin=50)

    p2 = Page(W, H)
    p2.text(M, 40, "Tidewater Data Platform", FS, 12, color=(100, 100, 100))
    p2.text(W - M, 40, "Release notes", FS, 12, color=(100, 100, 100), align="r")
    p2.line(M, 60, W - M, 60, 0.8, (150, 150, 150))
    y = 84
    p2.text(M, y, "Compatibility", FB, 16, color=blue)
    y += 30
    y = p2.table(M, y, [230, 180, 180], [["Component", "Minimum version", "Recommended"],
                                         ["PostgreSQL (metadata store)", "13.4", "16.2"],
                                         ["Apache Kafka", "3.3", "3.7"],
                                         ["Kubernetes", "1.27", "1.30"],
                                         ["Python client", "3.4.0", "3.6.1"]],
                 font=FS, size=13, row_h=30, style="grid", header_font="sans_b", header_fill=(228, 234, 246),
                 align=["l", "c", "c"], line_w=1) + 24
    p2.text(M, y, "Upgrade instructions", FB, 16, color=blue)
    y += 28
    y = p2.para(M, y, tw, "Back up the metadata database, stop the scheduler, then run the schema migration from any "
                          "control-plane node:", F, 14, leading=1.5) + 6
    p2.rect(M, y, W - M, y + 86, fill=(244, 244, 244))
    for i, cmd in enumerate(["$ tdpctl backup --target s3://ops-backups/tdp", "$ tdpctl migrate --to 4.12.0",
                             "$ tdpctl scheduler start"]):
        p2.text(M + 12, y + 10 + i * 24, cmd, FM, 13)
    y += 106
    y = p2.para(M, y, tw, "The migration takes about 4 minutes per 10 million catalogue entries. Rolling back requires "
                          "restoring the backup; an in-place downgrade is not supported.", F, 14, leading=1.5) + 14
    p2.text(M, y, "Known issues", FB, 16, color=blue)
    y += 28
    for b in ["Exports larger than 2 TB may time out on the first attempt; the retry succeeds (TDP-3370).",
              "Dark mode renders lineage graphs with low contrast in Safari 17."]:
        p2.ellipse(M + 6, y + 6, M + 12, y + 12, fill=INK)  # a bullet is a mark, not text
        y = p2.para(M + 22, y, tw - 22, b, F, 14, leading=1.5) + 6
    y += 26
    p2.line(M, y, W - M, y, 0.8, (150, 150, 150))
    y += 14
    p2.kv(M, y, "Release manager", "Oluwaseun Adeyemi-Clarke", F, 14, sep=": ", split=True, label_font="sans_b")
    y += 26
    p2.kv(M, y, "QA sign-off", "Hannah Lee Novak, 13 March 2025", F, 14, sep=": ", split=True, label_font="sans_b")
    _footer(p2, "Tidewater Data Platform 4.12.0", "Page 2 of 2", FS, 11, margin=50)
    return [p1, p2]


Q_RELEASE = [
    Q("When was version 4.12.0 released?", "14 Mar 2025", "text", "date", aliases=("2025-03-14", "March 14, 2025")),
    Q("By how much did the new cost model reduce median query planning latency?", "38%", "text", "number"),
    Q("Which ticket fixed the memory leak in the ingestion worker?", "TDP-3318", "table", "code", cell=(0, 1, 0)),
    Q("What severity was assigned to TDP-3342?", "High", "table", "text", cell=(0, 3, 3)),
    Q("Which component did the DST cron bug affect?", "Scheduler", "table", "text", cell=(0, 2, 1)),
    Q("What is the minimum PostgreSQL version the release supports?", "13.4", "table", "number", page=2,
      cell=(0, 1, 1)),
    Q("Which Kubernetes version is recommended?", "1.30", "table", "number", page=2, cell=(0, 3, 2)),
    Q("What command runs the schema migration?", "tdpctl migrate --to 4.12.0", "text", "code", page=2),
    Q("Who gave the QA sign-off for this release?", "Hannah Lee Novak", "kv", "name", page=2),
    Q("Who is the release manager for 4.12.0?", "Oluwaseun Adeyemi-Clarke", "kv", "name", page=2),
]
U_RELEASE = ["When is version 4.13 scheduled to be released?"]


# --------------------------------------------------------------------------------------------
# 13. Laboratory SOP (en) -- document-control grid, numbered steps, reagent table
# --------------------------------------------------------------------------------------------
def d_sop() -> list[Page]:
    p = Page(990, 1400)
    F, FB, FS = "serif", "serif_b", "sans"
    M = 64
    tw = 990 - 2 * M
    p.text(M, 36, "Harlow Biosciences · Quality Control Laboratory", FS, 15, color=(90, 90, 90))
    p.text(990 - M, 36, "CONTROLLED DOCUMENT", "sans_b", 15, color=(160, 30, 30), align="r")
    p.line(M, 60, 990 - M, 60, 1)
    p.text(M, 78, "Standard Operating Procedure", FB, 28)
    p.text(M, 120, "Preparation of 1 L Phosphate-Buffered Saline (PBS), pH 7.4", F, 22)
    y = p.table(M, 166, [150, 280, 150, tw - 580],
                [["SOP No.", "QC-SOP-027", "Revision", "C"],
                 ["Effective date", "2025-02-03", "Review due", "2027-02-03"],
                 ["Author", "Dr. Anneliese M. Vogt", "Approved by", "Rafael Ortega Jiménez"]],
                font=F, size=17, row_h=38, style="grid", header_rows=0, header_cols=0, align="l",
                col_fill={0: (238, 238, 238), 2: (238, 238, 238)}, line_w=1) + 28
    def head(t):
        nonlocal y
        p.text(M, y, t, FB, 19)
        y += 34

    head("1. Purpose")
    y = p.para(M, y, tw, "To describe the preparation, sterilisation and storage of phosphate-buffered saline used for "
                         "cell washing and reagent dilution in the QC laboratory.", F, 17, leading=1.5) + 12
    head("2. Safety")
    y = p.para(M, y, tw, "Wear a lab coat, nitrile gloves and safety glasses. Handle the autoclave only after completing "
                         "pressure-vessel training. Hydrochloric acid is corrosive: add it dropwise in a fume hood.",
               F, 17, leading=1.5) + 12
    head("3. Reagents")
    y = p.table(M, y, [370, 90, 120, tw - 580],
                [["Reagent", "Grade", "Amount", "Catalogue No."],
                 ["Sodium chloride (NaCl)", "ACS", "8.00 g", "SC-1147"],
                 ["Potassium chloride (KCl)", "ACS", "0.20 g", "PC-2210"],
                 ["Disodium phosphate (Na2HPO4)", "ACS", "1.44 g", "DP-0582"],
                 ["Monopotassium phosphate (KH2PO4)", "ACS", "0.24 g", "MP-0731"]],
                font=F, size=17, row_h=36, style="grid", header_font=FB, header_fill=(226, 232, 240),
                align=["l", "c", "r", "c"], line_w=1) + 24
    head("4. Procedure")
    steps = ["Add approximately 800 mL of deionised water to a clean 1 L beaker with a stir bar.",
             "Weigh each reagent listed in Section 3 and add it to the beaker one at a time.",
             "Stir on a magnetic stirrer at 300 rpm until fully dissolved (about 10 minutes).",
             "Adjust the pH to 7.4 with 1 M HCl or 1 M NaOH while monitoring with a calibrated meter.",
             "Make up to 1000 mL with deionised water in a volumetric flask and mix by inversion.",
             "Autoclave at 121 °C for 20 minutes on a liquid cycle with the cap loosened.",
             "Store at room temperature (15-25 °C) for up to 6 months; label with the date and your initials."]
    for i, s in enumerate(steps, start=1):
        p.text(M + 6, y, f"4.{i}", FB, 17)
        y = p.para(M + 52, y, tw - 52, s, F, 17, leading=1.5) + 6
    _footer(p, "Controlled copy: printed copies are valid for 24 hours only.", "Page 1 of 1", FS, 13, margin=56)
    return [p]


Q_SOP = [
    Q("How much potassium chloride goes into the buffer?", "0.20 g", "table", "number", aliases=("0.2 g", "0.20"),
      cell=(1, 2, 2)),
    Q("What is the catalogue number for disodium phosphate?", "DP-0582", "table", "code", cell=(1, 3, 3)),
    Q("How many grams of sodium chloride are weighed out?", "8.00 g", "table", "number", aliases=("8 g", "8.00"),
      cell=(1, 1, 2)),
    Q("Who approved this SOP?", "Rafael Ortega Jiménez", "kv", "name", aliases=("Rafael Ortega Jimenez",)),
    Q("When does the procedure become effective?", "2025-02-03", "kv", "date", aliases=("3 February 2025",)),
    Q("At what temperature is the PBS autoclaved?", "121 °C", "text", "number", aliases=("121°C", "121")),
    Q("What stirring speed does the procedure call for?", "300 rpm", "text", "number", aliases=("300",)),
    Q("How long can the buffer be kept at room temperature?", "6 months", "text", "number",
      aliases=("six months", "up to 6 months")),
]
U_SOP = ["What is the shelf life of the PBS when it is stored at 4 °C?"]


# --------------------------------------------------------------------------------------------
# 14. ML model card (en) -- two-column text, borderless metrics table
# --------------------------------------------------------------------------------------------
def d_modelcard() -> list[Page]:
    p = Page(990, 1400, paper=(255, 255, 255))
    F, FB = "sans", "sans_b"
    M = 60
    purple = (88, 40, 140)
    p.text(M, 44, "Model Card: LumaSeg-Small v2.1", FB, 32, color=purple)
    p.text(M, 92, "Semantic segmentation for aerial imagery  ·  Last updated 2025-06-30", F, 17, color=(90, 90, 90))
    p.line(M, 126, 990 - M, 126, 2, purple)
    col_w, gap = 420, 30
    xs = [M, M + col_w + gap]
    y_top = 146
    left = [("Model details", "Developed by the Remote Sensing Group at Fernhill Institute. LumaSeg-Small is a "
                              "27.4M-parameter encoder-decoder network with a ConvNeXt-Tiny backbone, trained from scratch "
                              "on 0.5 m resolution orthophotos."),
            ("Licence and contact", "Licence: Apache-2.0. Questions and bug reports: Dr. Ingrid Solberg-Hayes, "
                                    "i.solberg@fernhill.example."),
            ("Intended use", "Land-cover mapping for municipal planning and change detection. Not intended for "
                             "identifying people, vehicles or private property details.")]
    right = [("Training data", "41,870 tiles of 512 × 512 px from 6 countries, labelled with 9 land-cover classes by "
                               "two annotators each; disagreements were resolved by a third reviewer."),
             ("Training procedure", "120 epochs, batch size 64, AdamW optimiser, learning rate 3e-4 with cosine decay. "
                                    "Training took 31 hours on 8 × A100 40GB GPUs."),
             ("Ethical considerations", "Imagery from rural regions is under-represented; accuracy there may be "
                                        "lower than reported below.")]
    bottoms = []
    for x, sections in zip(xs, (left, right)):
        y = y_top
        for h, body in sections:
            p.text(x, y, h, FB, 19, color=purple)
            y += 32
            y = p.para(x, y, col_w, body, F, 16, leading=1.5) + 16
        bottoms.append(y)
    y = max(bottoms) + 10
    p.text(M, y, "Evaluation on the held-out test split (7,450 tiles)", FB, 19, color=purple)
    y += 36
    rows = [["Class", "IoU", "Precision", "Recall", "Share of pixels"],
            ["Building", "0.842", "0.911", "0.902", "12.5%"],
            ["Road", "0.768", "0.853", "0.871", "8.1%"],
            ["Water", "0.925", "0.961", "0.957", "6.4%"],
            ["Tree canopy", "0.801", "0.884", "0.889", "21.7%"],
            ["Low vegetation", "0.693", "0.802", "0.817", "29.3%"],
            ["Bare soil", "0.574", "0.701", "0.731", "4.2%"],
            ["Mean (9 classes)", "0.738", "0.829", "0.836", "—"]]
    y = p.table(M, y, [250, 130, 150, 150, 190], rows, font=F, size=17, row_h=36, style="none", header_font=FB,
                align=["l", "r", "r", "r", "r"], bold_rows=(7,), bold_font=FB, header_color=purple) + 14
    p.text(M, y, "The three classes not listed (snow, wetland, cropland) together cover less than 1% of pixels.", F, 14,
           color=(90, 90, 90))
    y += 40
    p.text(M, y, "Limitations", FB, 19, color=purple)
    y += 32
    p.para(M, y, 990 - 2 * M, "Shadows cast by tall buildings are often labelled as water. Performance degrades on imagery "
                              "coarser than 1 m per pixel and on scenes with more than 30% cloud cover; we recommend "
                              "masking clouds before inference.", F, 16, leading=1.5)
    return [p]


Q_MODEL = [
    Q("What IoU does the model get on water?", "0.925", "table", "number", cell=(0, 3, 1)),
    Q("What recall does LumaSeg-Small reach on roads?", "0.871", "table", "number", cell=(0, 2, 3)),
    Q("What is the precision for bare soil?", "0.701", "table", "number", cell=(0, 6, 2)),
    Q("What share of the pixels is tree canopy?", "21.7%", "table", "number", cell=(0, 4, 4)),
    Q("How many parameters does LumaSeg-Small have?", "27.4M", "text", "number", aliases=("27.4 million",)),
    Q("Under which licence is the model released?", "Apache-2.0", "kv", "text", aliases=("Apache 2.0",)),
    Q("How many tiles were used for training?", "41,870", "text", "number", aliases=("41870",)),
    Q("How long did training take?", "31 hours", "text", "number", aliases=("31 h", "31")),
]
U_MODEL = ["What is the model's inference latency on a CPU?"]


# --------------------------------------------------------------------------------------------
# 15. Bank statement (en) -- image-only PDF, 2 pages, summary box, transaction table
# --------------------------------------------------------------------------------------------
TRANSACTIONS = [
    ("02 Sep", "Direct debit: Anglian Water", 38.50, 0.0),
    ("03 Sep", "Card: Tesco Stores 2231", 64.27, 0.0),
    ("05 Sep", "Salary: Fenwick Engineering Ltd", 0.0, 2950.00),
    ("06 Sep", "Standing order: Carrow Lettings rent", 1150.00, 0.0),
    ("08 Sep", "Card: Greater Anglia rail", 27.40, 0.0),
    ("10 Sep", "Faster payment from M. Okoye", 0.0, 120.00),
    ("12 Sep", "Direct debit: Octopus Energy", 96.18, 0.0),
    ("15 Sep", "Card: Jarrold Books", 18.99, 0.0),
    ("16 Sep", "ATM withdrawal, Castle Mall", 100.00, 0.0),
    ("19 Sep", "Direct debit: Norwich City Council tax", 171.00, 0.0),
    ("22 Sep", "Card: Amazon Marketplace", 43.65, 0.0),
    ("24 Sep", "Transfer to savings 60-12-09", 500.00, 0.0),
    ("25 Sep", "HMRC tax refund", 0.0, 1000.00),
    ("26 Sep", "Refund: Amazon Marketplace", 0.0, 35.00),
    ("29 Sep", "Card: Ocean Basket Norwich", 61.50, 0.0),
]
OPENING = 3482.16


def d_bank() -> list[Page]:
    F, FB, FM = "sans", "sans_b", "mono"
    W, H, M = 1020, 1320, 66
    navy = (20, 40, 80)
    bal = OPENING
    rows = [["01 Sep", "Opening balance", "", "", f"{OPENING:,.2f}"]]
    for d, desc, out, inn in TRANSACTIONS:
        bal = round(bal - out + inn, 2)
        rows.append([d, desc, f"{out:,.2f}" if out else "", f"{inn:,.2f}" if inn else "", f"{bal:,.2f}"])
    closing = bal
    total_out = sum(t[2] for t in TRANSACTIONS)
    total_in = sum(t[3] for t in TRANSACTIONS)
    head = ["Date", "Description", "Paid out (£)", "Paid in (£)", "Balance (£)"]
    cols = [110, 390, 130, 130, 128]

    def letterhead(p: Page, n: int):
        p.rect(M, 40, M + 56, 96, fill=navy)
        p.text(M + 28, 50, "N", "serif_b", 34, align="c", color=(255, 255, 255))
        p.text(M + 72, 44, "NORTHGATE SAVINGS BANK", FB, 24, color=navy)
        p.text(M + 72, 76, "Statement of Account", F, 16)
        p.text(W - M, 48, f"Page {n} of 2", F, 14, align="r")

    p1 = Page(W, H)
    letterhead(p1, 1)
    y = 150
    for ln in ["Mr. Daniel Okoye-Whitfield", "Flat 4, 27 Carrow Lane", "Norwich NR1 3LB"]:
        p1.text(M, y, ln, F, 17)
        y += 26
    y = 150
    for k, v in [("Account number", "4417 2290 0318"), ("Sort code", "20-45-77"),
                 ("Statement period", "01 Sep 2025 to 30 Sep 2025"), ("Statement date", "02 Oct 2025")]:
        p1.text(560, y, k, FB, 15)
        p1.text(W - M, y, v, F, 15, align="r")
        y += 26
    y = 280
    y = p1.table(M, y, [222, 222, 222, 222], [["Opening balance", "Money in", "Money out", "Closing balance"],
                                               [f"£{OPENING:,.2f}", f"£{total_in:,.2f}", f"£{total_out:,.2f}",
                                                f"£{closing:,.2f}"]],
                 font="sans_b", size=20, row_h=[34, 44], style="grid", header_font=F, header_fill=(230, 234, 242),
                 align="c", line_w=1.2, line_color=navy) + 34
    p1.text(M, y, "Your transactions", FB, 19, color=navy)
    y += 36
    split = 9
    y = p1.table(M, y, cols, [head] + rows[:split], font=F, size=16, row_h=[36] + [38] * split, style="hlines",
                 header_font=FB, align=["l", "l", "r", "r", "r"], line_w=1.2, line_color=(90, 90, 110)) + 20
    p1.text(W - M, y, "continued overleaf", "sans_i", 14, align="r", color=(90, 90, 90))
    y += 70
    p1.rect(M, y, W - M, y + 150, outline=navy, width=1.2)
    p1.rect(M, y, W - M, y + 34, fill=(230, 234, 242))
    p1.text(M + 14, y + 7, "Important information", FB, 16, color=navy)
    p1.para(M + 14, y + 48, W - 2 * M - 28, "From 1 November 2025 the variable interest rate on Easy Access Saver accounts "
                                            "changes to 1.40% AER. You do not need to do anything. If you would like to "
                                            "switch or close your account without charge, contact us before that date.",
            F, 15, leading=1.55)
    _footer(p1, "Northgate Savings Bank plc · Registered in England No. 08812945", "Sort code 20-45-77", F, 12,
            margin=50)

    p2 = Page(W, H)
    letterhead(p2, 2)
    y = 140
    p2.text(M, y, "Account 4417 2290 0318 · 01 Sep 2025 to 30 Sep 2025 (continued)", F, 15)
    y += 40
    rows2 = rows[split:] + [["30 Sep", "Closing balance", "", "", f"{closing:,.2f}"]]
    y = p2.table(M, y, cols, [head] + rows2, font=F, size=16, row_h=[36] + [38] * len(rows2), style="hlines",
                 header_font=FB, align=["l", "l", "r", "r", "r"], line_w=1.2, line_color=(90, 90, 110),
                 bold_rows=(len(rows2),), bold_font=FB) + 40
    p2.text(M, y, "Account information", FB, 18, color=navy)
    y += 34
    for ln in ["Interest rate on credit balances: 1.25% AER (variable)", "Arranged overdraft limit: £500.00",
               "Overdraft interest: 19.9% EAR (variable)"]:
        p2.text(M, y, ln, F, 16)
        y += 28
    y += 20
    y = p2.para(M, y, W - 2 * M, "Please check this statement carefully and tell us about any entry you do not recognise "
                                 "within 30 days. You can call us on 0345 601 2288 (lines open 8am to 8pm, Monday to "
                                 "Saturday) or write to Northgate Savings Bank, PO Box 417, Leeds LS1 9QT. Your eligible "
                                 "deposits are protected up to a total of £85,000 by the Financial Services Compensation "
                                 "Scheme.", F, 14, leading=1.55, color=(70, 70, 70))
    _footer(p2, "Northgate Savings Bank plc · Registered in England No. 08812945", "Sort code 20-45-77", F, 12,
            margin=50)
    return [p1, p2]


Q_BANK = [
    Q("What was the closing balance on the statement?", "£5,315.67", "table", "number",
      aliases=("5315.67", "5,315.67"), cell=(0, 1, 3)),
    Q("How much money went out of the account in September in total?", "£2,271.49", "table", "number",
      aliases=("2271.49", "2,271.49"), cell=(0, 1, 2)),
    Q("How much was paid to Octopus Energy?", "96.18", "table", "number", aliases=("£96.18",), cell=(1, 8, 2)),
    Q("What was the balance right after the council tax payment?", "4,885.82", "table", "number", page=2,
      aliases=("£4,885.82", "4885.82"), cell=(0, 2, 4)),
    Q("On what day was cash taken out at the ATM?", "16 Sep", "table", "date", page=2,
      aliases=("16 September 2025", "2025-09-16"), cell=(0, 1, 0)),
    Q("How large was the HMRC tax refund?", "1,000.00", "table", "number", page=2,
      aliases=("£1,000.00", "1000", "£1,000"), cell=(0, 5, 3)),
    Q("What is the sort code of the account?", "20-45-77", "kv", "code", aliases=("204577",)),
    Q("What is the arranged overdraft limit?", "£500.00", "kv", "number", page=2, aliases=("500", "£500")),
    Q("Which period does the statement cover?", "01 Sep 2025 to 30 Sep 2025", "kv", "date",
      aliases=("September 2025", "1-30 September 2025")),
]
U_BANK = ["How much interest was credited to the account in September?"]


# --------------------------------------------------------------------------------------------
# 16. Product comparison (en) -- header column, row groups spanning rows, grouped header
# --------------------------------------------------------------------------------------------
def d_compare() -> list[Page]:
    p = Page(1400, 990, paper=(255, 255, 255))
    F, FB = "sans", "sans_b"
    M = 70
    p.text(M, 40, "Smartphone Buyer's Guide", FB, 34, color=(180, 60, 20))
    p.text(M, 90, "Mid-range comparison · Autumn 2025 · tested by the Gadget Lab team", F, 19, color=(90, 90, 90))
    rows = [["", "", "Aero 5 series", None, "Nimbus X2 ★", "Vantage S"],
            [None, None, "Aero 5 Lite", "Aero 5 Pro", None, None],
            ["Display", "Size", "6.1 in", "6.7 in", "6.4 in", "6.6 in"],
            [None, "Resolution", "2400 × 1080", "3120 × 1440", "2340 × 1080", "2772 × 1240"],
            [None, "Refresh rate", "90 Hz", "120 Hz", "120 Hz", "144 Hz"],
            ["Battery", "Capacity", "4,300 mAh", "5,000 mAh", "4,650 mAh", "5,200 mAh"],
            [None, "Fast charging", "25 W", "65 W", "33 W", "45 W"],
            ["Body", "Weight", "172 g", "209 g", "186 g", "201 g"],
            [None, "Water resistance", "IP54", "IP68", "IP67", "IP68"],
            ["Price", "Launch price", "€349", "€799", "€529", "€649"]]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (0, 4): (2, 1), (0, 5): (2, 1),
             (2, 0): (3, 1), (5, 0): (2, 1), (7, 0): (2, 1)}
    y = p.table(M, 140, [160, 240, 215, 215, 215, 215], rows, font=F, size=20, row_h=[44, 40] + [56] * 8,
                style="grid", spans=spans, header_rows=2, header_cols=2, header_font=FB,
                header_fill=(252, 232, 218), align=["l", "l", "c", "c", "c", "c"], header_align="c",
                bold_font=FB, col_fill={0: (250, 244, 238), 1: (250, 244, 238)}, line_w=1.4,
                line_color=(120, 90, 70)) + 28
    p.text(M, y, "★ Editor's choice: Nimbus X2, for the best balance of battery life, display and price.", F, 19)
    y += 36
    p.text(M, y, "Prices are recommended retail prices in euro, VAT included, as of 1 October 2025.", F, 17,
           color=(90, 90, 90))
    y += 30
    p.text(M, y, "Battery capacities are rated values; our video-loop test results are on page 46.", F, 17,
           color=(90, 90, 90))
    return [p]


Q_COMPARE = [
    Q("How heavy is the Nimbus X2?", "186 g", "table", "number", aliases=("186",), cell=(0, 7, 4)),
    Q("What's the battery capacity of the Vantage S?", "5,200 mAh", "table", "number", aliases=("5200", "5200 mAh"),
      cell=(0, 5, 5)),
    Q("What water resistance rating does the Aero 5 Lite have?", "IP54", "table", "code", cell=(0, 8, 2)),
    Q("How much did the Aero 5 Pro cost at launch?", "€799", "table", "number", aliases=("799", "799 euro"),
      cell=(0, 9, 3)),
    Q("Which refresh rate does the Vantage S display run at?", "144 Hz", "table", "number", aliases=("144",),
      cell=(0, 4, 5)),
    Q("What is the screen resolution of the Aero 5 Pro?", "3120 × 1440", "table", "text",
      aliases=("3120 x 1440", "3120x1440"), cell=(0, 3, 3)),
    Q("Which phone was picked as the editor's choice?", "Nimbus X2", "text", "name", near="Editor"),
]
U_COMPARE = ["How much storage does the Vantage S come with?"]


# --------------------------------------------------------------------------------------------
# 17. Payslip (en) -- label/value grid, earnings and deductions tables side by side
# --------------------------------------------------------------------------------------------
def d_payslip() -> list[Page]:
    p = Page(1300, 920, paper=(255, 255, 255))
    F, FB, FT = "sans", "sans_b", "serif_b"
    M = 50
    p.rect(0, 0, 1300, 96, fill=(36, 52, 70))
    p.text(M, 22, "Brightwater Logistics Ltd", FT, 32, color=(255, 255, 255))
    p.text(1300 - M, 30, "PAYSLIP", FB, 30, align="r", color=(255, 210, 120))
    y = 118
    p.text(M, y, "Pay period: 01/08/2025 – 31/08/2025", F, 21)
    p.text(1300 - M, y, "Pay date: 29 Aug 2025", F, 21, align="r")
    y += 46
    grid = [[("Employee", "Siobhan Mary O'Connell"), ("Employee ID", "BW-40218"), ("Department", "Warehouse Ops")],
            [("Tax code", "1257L"), ("NI number", "QQ 12 34 56 C"), ("Payment method", "BACS")]]
    for row in grid:
        for i, (k, v) in enumerate(row):
            x = M + i * 410
            p.text(x, y, k, F, 17, color=(110, 110, 110))
            p.text(x, y + 24, v, FB, 22)
        y += 70
    y += 6
    top = y
    yl = p.table(M, top, [250, 90, 100, 150],
                 [["Earnings", "Hours", "Rate", "Amount"],
                  ["Basic pay", "160.00", "16.85", "2,696.00"],
                  ["Overtime (x1.5)", "12.50", "25.28", "316.00"],
                  ["Night shift allowance", "", "", "145.00"],
                  ["Total gross pay", "", "", "3,157.00"]],
                 font=F, size=20, row_h=46, style="grid", header_font=FB, header_fill=(226, 232, 240),
                 align=["l", "r", "r", "r"], bold_rows=(4,), bold_font=FB, line_w=1.2)
    yr = p.table(M + 630, top, [400, 170],
                 [["Deductions", "Amount"],
                  ["Income tax (PAYE)", "380.20"],
                  ["National Insurance", "171.36"],
                  ["Pension (5%)", "150.40"],
                  ["Union fee", "12.50"],
                  ["Total deductions", "714.46"]],
                 font=F, size=20, row_h=[46] + [36.8] * 5, style="grid", header_font=FB, header_fill=(226, 232, 240),
                 align=["l", "r"], bold_rows=(5,), bold_font=FB, line_w=1.2)
    y = max(yl, yr) + 24
    p.rect(M + 630, y, 1300 - M, y + 62, fill=(36, 52, 70))
    p.text(M + 650, y + 16, "NET PAY", FB, 24, color=(255, 255, 255))
    p.text(1300 - M - 20, y + 14, "£2,442.54", FB, 28, align="r", color=(255, 210, 120))
    p.table(M, y, [150, 150, 150, 140],
            [["Year to date", None, None, None], ["Gross", "Tax", "NI", "Pension"],
             ["£15,712.40", "£1,873.60", "£842.11", "£748.95"]],
            font=F, size=17, row_h=[30, 28, 34], style="rules", header_rows=2, header_font=FB,
            spans={(0, 0): (1, 4)}, align="l", pad=4, line_w=1)
    return [p]


Q_PAYSLIP = [
    Q("What was the net pay for August?", "£2,442.54", "kv", "number", aliases=("2442.54", "2,442.54")),
    Q("How many overtime hours were paid?", "12.50", "table", "number", aliases=("12.5",), cell=(0, 2, 1)),
    Q("How much was deducted for the pension?", "150.40", "table", "number", aliases=("£150.40", "150.4"),
      cell=(1, 3, 1)),
    Q("What is the hourly rate for basic pay?", "16.85", "table", "number", aliases=("£16.85",), cell=(0, 1, 2)),
    Q("How much income tax was taken off?", "380.20", "table", "number", aliases=("£380.20", "380.2"), cell=(1, 1, 1)),
    Q("What is the gross pay so far this tax year?", "£15,712.40", "table", "number", aliases=("15712.40",),
      cell=(2, 2, 0)),
    Q("What is the employee's tax code?", "1257L", "kv", "code"),
    Q("When was the salary paid?", "29 Aug 2025", "kv", "date", aliases=("2025-08-29", "29 August 2025")),
]
U_PAYSLIP = ["How many days of annual leave does Siobhan have left?"]


# --------------------------------------------------------------------------------------------
# 18. Hotel booking confirmation (en) -- multi-page TIFF; the second page was scanned sideways
# --------------------------------------------------------------------------------------------
def d_hotel() -> list[Page]:
    F, FB, FS = "serif", "serif_b", "sans"
    W, H, M = 990, 1400, 80
    green = (40, 80, 60)
    p1 = Page(W, H, paper=(255, 255, 253))
    p1.text(W / 2, 50, "HOTEL LINDENHOF AM SEE", FB, 30, align="c", color=green)
    p1.text(W / 2, 96, "Seestraße 12 · 82467 Garmisch-Partenkirchen · Germany", F, 16, align="c")
    p1.line(M, 130, W - M, 130, 1, green)
    p1.text(M, 160, "Booking Confirmation", FB, 26)
    p1.text(W - M, 166, "Confirmation no. LH-25-77314", FS, 17, align="r")
    y = 220
    p1.text(M, y, "Dear Mr. Tomasz Wiśniewski,", F, 18)
    y += 40
    y = p1.para(M, y, W - 2 * M, "Thank you for choosing Hotel Lindenhof am See. We are pleased to confirm your reservation "
                                 "as follows. Please present this confirmation and a valid photo ID at check-in.", F, 18,
                leading=1.55) + 22
    pairs = [[("Arrival", "Thursday, 14.08.2025"), ("Departure", "Sunday, 17.08.2025")],
             [("Nights", "3"), ("Guests", "2 adults")],
             [("Room type", "Superior Double, lake view"), ("Rate plan", "Flexible, breakfast incl.")],
             [("Check-in from", "15:00"), ("Check-out by", "11:00")]]
    for row in pairs:
        for i, (k, v) in enumerate(row):
            p1.kv(M + i * 420, y, k, v, F, 18, sep=":", split=True, label_font=FB, value_x=M + i * 420 + 170)
        y += 38
    y += 20
    y = p1.table(M, y, [220, 190, 190, 230],
                 [["Night of", "Room rate", "City tax", "Total"],
                  ["14.08.2025", "€189.00", "€4.50", "€193.50"],
                  ["15.08.2025", "€189.00", "€4.50", "€193.50"],
                  ["16.08.2025", "€215.00", "€4.50", "€219.50"],
                  ["Total", "€593.00", "€13.50", "€606.50"]],
                 font=F, size=18, row_h=40, style="grid", header_font=FB, header_fill=(228, 238, 232),
                 align=["l", "r", "r", "r"], bold_rows=(4,), bold_font=FB, line_w=1.2) + 26
    y = p1.para(M, y, W - 2 * M, "A deposit of €189.00 was charged to your Visa card ending 4421 on 02.07.2025. The remaining "
                                 "balance is payable on departure.", F, 18, leading=1.55) + 30
    p1.text(M, y, "We look forward to welcoming you.", F, 18)
    p1.text(M, y + 60, "Katharina Bauer-Lindner", "serif_i", 22)
    p1.text(M, y + 94, "Reservations Manager", F, 16)
    _footer(p1, "reservations@lindenhof-see.example · +49 8821 7730-0", "1/2", FS, 13, margin=56)

    p2 = Page(W, H, paper=(255, 255, 253))
    p2.text(M, 60, "Cancellation policy and useful information", FB, 24, color=green)
    p2.line(M, 100, W - M, 100, 1, green)
    y = 124
    for head, body in [
        ("Cancellation", "Free cancellation until 18:00 local time on 11.08.2025 (three days before arrival). Later "
                         "cancellations and no-shows are charged the first night."),
        ("Breakfast", "Served from 07:00 to 10:30 in the Seeterrasse restaurant; early breakfast boxes on request."),
        ("Parking", "Underground garage at €14 per day, subject to availability. Two EV charging points (11 kW)."),
        ("Pets", "Dogs are welcome for €20 per night, including a blanket and bowls."),
        ("Getting here", "The hotel is 600 m from Garmisch-Partenkirchen station; a free shuttle runs every 30 "
                         "minutes from 08:00 to 20:00."),
        ("Spa", "The lake-view spa with sauna and indoor pool is open daily 09:00-21:00 for hotel guests."),
    ]:
        p2.text(M, y, head, FB, 19)
        y += 32
        y = p2.para(M, y, W - 2 * M, body, F, 18, leading=1.55) + 18
    y += 10
    p2.text(M, y, "Reception: +49 8821 7730-0", FS, 17)
    p2.text(M, y + 30, "E-mail: reservations@lindenhof-see.example", FS, 17)
    _footer(p2, "Hotel Lindenhof am See GmbH · VAT ID DE 318 224 907", "2/2", FS, 13, margin=56)
    return [p1, p2]


Q_HOTEL = [
    Q("What is the confirmation number of the booking?", "LH-25-77314", "kv", "code"),
    Q("On which date does the guest check out?", "17.08.2025", "kv", "date",
      aliases=("2025-08-17", "17 August 2025", "Sunday, 17.08.2025")),
    Q("What is the total price of the stay?", "€606.50", "table", "number", aliases=("606.50", "606.5"),
      cell=(0, 4, 3)),
    Q("What was the room rate for the night of 16 August?", "€215.00", "table", "number", aliases=("215", "215.00"),
      cell=(0, 3, 1)),
    Q("How much city tax is charged in total?", "€13.50", "table", "number", aliases=("13.50", "13.5"),
      cell=(0, 4, 2)),
    Q("What room type was booked?", "Superior Double, lake view", "kv", "text", aliases=("Superior Double",)),
    Q("Until which date can the booking be cancelled free of charge?", "11.08.2025", "text", "date", page=2,
      aliases=("2025-08-11", "11 August 2025")),
    Q("How much does the underground garage cost per day?", "€14", "text", "number", page=2, aliases=("14",)),
    Q("How far is the hotel from the railway station?", "600 m", "text", "number", page=2,
      aliases=("600 metres", "600")),
]
U_HOTEL = ["What is the Wi-Fi password at Hotel Lindenhof am See?"]


# --------------------------------------------------------------------------------------------
# 19. Cafe receipt (en) -- narrow till roll in a monospace font, photographed on a table
# --------------------------------------------------------------------------------------------
def d_receipt() -> list[Page]:
    p = Page(560, 1240, paper=(250, 249, 244))
    F, FB = "mono", "mono_b"
    C = 280
    y = 40
    p.text(C, y, "THE COPPER KETTLE", FB, 30, align="c")
    y += 44
    for ln in ["Café & Bakery", "17 Market Row, Bath BA1 1HQ", "VAT No. GB 284 1937 60"]:
        p.text(C, y, ln, F, 18, align="c")
        y += 28
    y += 10
    p.text(30, y, "-" * 38, F, 18)
    y += 30
    for a, b in [("Table 12", "Server: Aoife"), ("Order #4471", "Covers: 3"), ("Date: 14 Mar 2025", "12:47")]:
        p.text(30, y, a, F, 18)
        p.text(530, y, b, F, 18, align="r")
        y += 30
    p.text(30, y, "-" * 38, F, 18)
    y += 34
    items = [["2 x Flat White", "7.40"], ["1 x Oat Latte", "3.95"], ["1 x Welsh Rarebit", "8.50"],
             ["1 x Soup of the Day", "6.25"], ["3 x Cinnamon Bun", "9.75"], ["1 x Sparkling Water", "2.20"]]
    y = p.table(30, y, [380, 120], [["Item", "GBP"]] + items, font=F, size=19, row_h=34, style="none",
                header_font=FB, align=["l", "r"], pad=2) + 6
    p.text(30, y, "-" * 38, F, 18)
    y += 30
    y = p.table(30, y, [380, 120], [["SUBTOTAL", "38.05"], ["Service 10%", "3.81"], ["TOTAL", "41.86"]],
                font=F, size=20, row_h=36, style="none", header_rows=0, align=["l", "r"], pad=2, bold_rows=(2,),
                bold_font=FB) + 10
    p.text(30, y, "CARD VISA **** 0932", F, 18)
    p.text(530, y, "41.86", F, 18, align="r")
    y += 30
    p.text(30, y, "Auth code: 70815C", F, 18)
    y += 30
    p.text(30, y, "VAT included @20%: 6.98", F, 18)
    y += 40
    p.text(C, y, "Thank you for visiting!", F, 18, align="c")
    y += 30
    p.text(C, y, "Wi-Fi: kettle-guest", F, 18, align="c")
    _barcode(p, 130, y + 50, 300, 60, "4471-20250314")
    return [p]


Q_RECEIPT = [
    Q("How much did the cinnamon buns cost?", "9.75", "table", "number", aliases=("£9.75",), cell=(0, 5, 1)),
    Q("What was the service charge on the bill?", "3.81", "table", "number", aliases=("£3.81",), cell=(1, 1, 1)),
    Q("How much was the bill in total?", "41.86", "table", "number", aliases=("£41.86",), cell=(1, 2, 1)),
    Q("Who was the server?", "Aoife", "kv", "name"),
    Q("At what time was the receipt printed?", "12:47", "kv", "time"),
    Q("How many flat whites were ordered?", "2", "table", "number", aliases=("2 x Flat White",), cell=(0, 1, 0)),
]
U_RECEIPT = ["What is the phone number of The Copper Kettle?"]


DOCS: list[Doc] = [
    Doc("train_timetable_zh.jpg", "zh", "train_timetable", d_train, ["skew"], Q_TRAIN, U_TRAIN,
        [{"angle": -4.6}]),
    Doc("lease_contract_zh.pdf", "zh", "residential_lease", d_lease, ["pdf-text", "pdf-text"], Q_LEASE, U_LEASE),
    Doc("conference_programme_zh.jpg", "zh", "conference_programme", d_conference, ["photo"], Q_CONF, U_CONF,
        [{"tilt": 0.06, "rotate": 2.2, "shadow_angle": 0.6, "desk": (112, 80, 52)}]),
    Doc("regional_sales_zh.png", "zh", "sales_table_merged_header", d_sales, ["clean"], Q_SALES, U_SALES,
        [{"gray": True}]),
    Doc("lab_test_report_zh.jpg", "zh", "medical_lab_report", d_labreport, ["lowres"], Q_LAB, U_LAB,
        [{"factor": 0.56, "quality": 55}]),
    Doc("course_timetable_zh.png", "zh", "course_timetable_grid", d_course, ["rot90"], Q_COURSE, U_COURSE,
        [{"k": 3, "gray": True}]),
    Doc("waybill_zh.jpg", "zh", "shipping_waybill", d_waybill, ["blur"], Q_WAYBILL, U_WAYBILL,
        [{"motion": True, "length": 7, "theta": 14.0}]),
    Doc("utility_bill_zh.pdf", "zh", "utility_bill", d_utility, ["pdf-image"], Q_UTILITY, U_UTILITY),
    Doc("exam_scores_zh.jpg", "zh", "exam_score_sheet", d_exam, ["blur"], Q_EXAM, U_EXAM, [{"sigma": 1.4}]),
    Doc("medicine_leaflet_zh.jpg", "zh", "medicine_leaflet", d_leaflet, ["clean"], Q_LEAFLET, U_LEAFLET,
        [{"quality": 86}]),
    Doc("purchase_order_en.jpg", "en", "purchase_order", d_po, ["skew"], Q_PO, U_PO, [{"angle": 3.1}]),
    Doc("release_notes_en.pdf", "en", "software_release_notes", d_release, ["pdf-text", "pdf-text"], Q_RELEASE,
        U_RELEASE),
    Doc("lab_sop_en.jpg", "en", "lab_procedure_sop", d_sop, ["blur"], Q_SOP, U_SOP, [{"sigma": 1.7}]),
    Doc("model_card_en.jpg", "en", "ml_model_card", d_modelcard, ["skew"], Q_MODEL, U_MODEL, [{"angle": 7.2}]),
    Doc("bank_statement_en.pdf", "en", "bank_statement", d_bank, ["pdf-image", "pdf-image"], Q_BANK, U_BANK),
    Doc("product_comparison_en.jpg", "en", "product_comparison", d_compare, ["photo"], Q_COMPARE, U_COMPARE,
        [{"tilt": 0.04, "rotate": -2.6, "shadow_angle": 3.6, "desk": (70, 74, 80), "cast": (0.95, 1.0, 1.08)}]),
    Doc("payslip_en.jpg", "en", "payslip", d_payslip, ["lowres"], Q_PAYSLIP, U_PAYSLIP,
        [{"factor": 0.58, "quality": 58}]),
    Doc("hotel_booking_en.tiff", "en", "hotel_booking_confirmation", d_hotel, ["clean", "rot90"], Q_HOTEL, U_HOTEL,
        [{"gray": True}, {"k": 1, "gray": True, "noise": 2.0}]),
    Doc("cafe_receipt_en.jpg", "en", "cafe_receipt", d_receipt, ["photo"], Q_RECEIPT, U_RECEIPT,
        [{"tilt": 0.07, "rotate": 4.0, "shadow_angle": 2.2, "desk": (150, 112, 70), "margin": 0.12}]),
]


# ============================================================================================
# Building the set
# ============================================================================================
def normalize(text: str) -> str:
    """NFKC, lower case, no whitespace (how answers are matched to truth lines)."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def _lang(text: str) -> str:
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def page_rng(name: str, page: int) -> np.random.Generator:
    return np.random.default_rng([SEED, zlib.crc32(f"{name}#{page}".encode("utf-8"))])


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def build(docs: list[Doc] | None = None) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """(files, truth pages, qa records) of the whole set, in memory."""
    docs = DOCS if docs is None else docs
    files: dict[str, bytes] = {}
    truth: list[dict] = []
    qa: list[dict] = []
    unans: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="docqa-test-fonts-") as tmp:
        for doc in docs:
            pages = doc.draw()
            if len(pages) != len(doc.slices):
                raise ValueError(f"{doc.name}: {len(pages)} pages but {len(doc.slices)} slices")
            suffix = Path(doc.name).suffix.lower()
            doc_truth: list[dict] = []
            if suffix == ".pdf" and set(doc.slices) == {"pdf-text"}:
                files[doc.name] = render_pdf(pages, Path(doc.name).stem, Path(tmp))
                for pno, pg in enumerate(pages, start=1):
                    doc_truth.append(_truth_page(doc, pno, pg, np.eye(3), (pg.w, pg.h), 1.0, 0.0, "pdf-text", {}))
            else:
                if "pdf-text" in doc.slices:
                    raise ValueError(f"{doc.name}: pdf-text pages must be alone in their PDF")
                outs: list[Degraded] = []
                for pno, pg in enumerate(pages, start=1):
                    opts = doc.opts[pno - 1] if pno <= len(doc.opts) else {}
                    sl = doc.slices[pno - 1]
                    deg = degrade(render_raster(pg), sl, page_rng(doc.name, pno), opts)
                    outs.append(deg)
                    if suffix == ".pdf":
                        scale = PDF_DPI / doc.raster_dpi
                        w, h = deg.image.size
                        size = (w * scale, h * scale)
                        if abs(size[0] - round(size[0])) > 1e-9 or abs(size[1] - round(size[1])) > 1e-9 or \
                                abs(w * 72 / doc.raster_dpi - round(w * 72 / doc.raster_dpi)) > 1e-9:
                            raise ValueError(f"{doc.name}: page size {w}x{h} does not map to whole pixels at {PDF_DPI} dpi")
                        size = (int(round(size[0])), int(round(size[1])))
                    else:
                        scale, size = 1.0, deg.image.size
                    doc_truth.append(_truth_page(doc, pno, pg, deg.H, size, scale, deg.angle, sl, deg.params))
                files[doc.name] = _encode(doc, outs)
            truth.extend(doc_truth)
            for i, q in enumerate(doc.questions, start=1):
                qa.append(_qa_record(doc, i, q, doc_truth))
            for question in doc.unanswerable:
                unans.append({"id": f"unanswerable-{len(unans) + 1:02d}", "question": question, "answer": "",
                              "source": None, "page": None, "answerable": False, "kind": "none",
                              "lang": _lang(question), "aliases": [], "evidence_bbox": None, "evidence_text": None,
                              "qtype": "unanswerable", "slice": None, "about": doc.name})
    return files, truth, qa + unans


def _truth_page(doc: Doc, pno: int, pg: Page, H: np.ndarray, size: tuple[int, int], scale: float, angle: float,
                sl: str, params: dict) -> dict:
    def m(b):
        return map_box(H, b, size, scale)

    lines = []
    for i, ln in enumerate(pg.lines):
        rec = {"text": ln["text"], "bbox": m(ln["bbox"]), "order": i}
        if "cell" in ln:
            rec["cell"] = ln["cell"]
            rec["table"] = ln["table"]
        lines.append(rec)
    tables = []
    for t in pg.tables:
        cells = []
        for c in t["cells"]:
            cells.append({**c, "bbox": m(c["bbox"]) if c["bbox"] else None, "cell_bbox": m(c["cell_bbox"])})
        tables.append({**t, "bbox": m(t["bbox"]), "cells": cells})
    return {"source": doc.name, "page": pno, "width": int(size[0]), "height": int(size[1]), "lang": doc.lang,
            "angle": angle, "slice": sl, "doc_kind": doc.kind, "degradation": params, "lines": lines, "tables": tables}


def _encode(doc: Doc, outs: list[Degraded]) -> bytes:
    suffix = Path(doc.name).suffix.lower()
    buf = io.BytesIO()
    if suffix in (".jpg", ".jpeg"):
        if len(outs) != 1:
            raise ValueError(f"{doc.name}: a JPEG holds one page")
        return _jpeg(outs[0].image, outs[0].quality)
    if suffix == ".png":
        if len(outs) != 1:
            raise ValueError(f"{doc.name}: a PNG holds one page")
        outs[0].image.save(buf, "PNG", optimize=True)
        return buf.getvalue()
    if suffix in (".tif", ".tiff"):
        imgs = [o.image for o in outs]
        imgs[0].save(buf, "TIFF", save_all=True, append_images=imgs[1:], compression="jpeg",
                     quality=outs[0].quality, dpi=(150, 150))
        return buf.getvalue()
    if suffix == ".pdf":
        # A scanner's PDF: every page one JPEG image, no text layer.
        imgs = [Image.open(io.BytesIO(_jpeg(o.image, o.quality))) for o in outs]
        imgs[0].save(buf, "PDF", save_all=True, append_images=imgs[1:], resolution=float(doc.raster_dpi),
                     title=Path(doc.name).stem, author="paddlecamp", producer="paddlecamp", creator="paddlecamp",
                     creationDate=None, modDate=None)
        return buf.getvalue()
    raise ValueError(f"{doc.name}: unsupported suffix {suffix}")


def _qa_record(doc: Doc, i: int, q: Q, pages: list[dict]) -> dict:
    page = pages[q.page - 1]
    want = normalize(q.a)
    if not want:
        raise ValueError(f"{doc.name}: empty answer for {q.q!r}")
    cell_ref = None
    if q.qtype == "table":
        if q.cell is None:
            raise ValueError(f"{doc.name}: table question without a cell: {q.q!r}")
        t, r, c = q.cell
        cell = next((x for x in page["tables"][t]["cells"] if x["row"] == r and x["col"] == c), None)
        if cell is None or want not in normalize(cell["text"]):
            raise ValueError(f"{doc.name} p{q.page}: answer {q.a!r} is not in table {t} cell ({r},{c}) "
                             f"{cell and cell['text']!r}")
        evidence = [ln for ln in page["lines"] if ln.get("table") == t and ln.get("cell") == [r, c]
                    and want in normalize(ln["text"])]
        cell_ref = {"table": t, "row": r, "col": c}
    else:
        evidence = [ln for ln in page["lines"] if want in normalize(ln["text"])]
        if q.near:
            evidence = [ln for ln in evidence if q.near in ln["text"]]
    if not evidence:
        raise ValueError(f"{doc.name} p{q.page}: answer {q.a!r} of {q.q!r} is on no single line of the page")
    ev = evidence[0]
    rec = {"id": f"{Path(doc.name).stem}-{i:02d}", "question": q.q, "answer": q.a, "source": doc.name,
           "page": q.page, "answerable": True, "kind": q.kind, "lang": _lang(q.q), "aliases": list(q.aliases),
           "evidence_bbox": ev["bbox"], "evidence_text": ev["text"], "qtype": q.qtype, "slice": page["slice"]}
    if cell_ref:
        rec["evidence_cell"] = cell_ref
    return rec


def payloads() -> dict[str, bytes]:
    """Every file of the set (relative path -> bytes)."""
    files, truth, qa = build()
    out = {f"pages/{name}": data for name, data in files.items()}
    doc = {"version": VERSION, "seed": SEED, "pdf_dpi": PDF_DPI, "frozen": "2026-12-01",
           "generator": "data/docqa-test/make_testset.py", "pages": truth}
    out["truth.json"] = (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    out["qa.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in qa).encode("utf-8")
    return out


FREEZE_DATE = "2026-12-01"
FREEZE_RECORD = "data/results/docqa-testset.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def combined_hash(hashes: dict[str, str]) -> str:
    """One hash over every file: sha256 of the lines "<path>  <sha256>\n", paths sorted."""
    return _sha("".join(f"{path}  {h}\n" for path, h in sorted(hashes.items())).encode("utf-8"))


def freeze_record(folder: Path) -> dict:
    """The frozen record of the set in ``folder``: hashes of every file and the counts."""
    import collections

    import cv2 as _cv2
    import fontTools
    import matplotlib
    import PIL

    hashes = {"make_testset.py": _sha((folder / "make_testset.py").read_bytes()),
              "qa.jsonl": _sha((folder / "qa.jsonl").read_bytes()),
              "truth.json": _sha((folder / "truth.json").read_bytes())}
    pages_dir = folder / "pages"
    for f in sorted(pages_dir.iterdir()):
        hashes[f"pages/{f.name}"] = _sha(f.read_bytes())
    qa = [json.loads(x) for x in (folder / "qa.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["pages"]
    C = collections.Counter

    def counts(it):
        return dict(sorted(C(it).items()))

    sources = sorted({t["source"] for t in truth})
    size = sum((pages_dir / s).stat().st_size for s in sources)
    return {
        "name": "docqa-testset",
        "frozen": FREEZE_DATE,
        "policy": "Frozen test set for the document-QA track: never tune, select or debug on it; report it once "
                  "per release next to the dev set (data/docqa). Any change to these files is a new set.",
        "folder": "data/docqa-test",
        "generator": {"path": "data/docqa-test/make_testset.py", "sha256": hashes["make_testset.py"],
                      "seed": SEED, "version": VERSION},
        "environment": {"python": sys.version.split()[0], "numpy": np.__version__, "pillow": PIL.__version__,
                        "opencv": _cv2.__version__, "matplotlib": matplotlib.__version__,
                        "fonttools": fontTools.version,
                        "fonts": {k: f"{Path(font_file(k)[0]).name}#{font_file(k)[1]}" for k in FONT_SPECS}},
        "sha256": {"qa.jsonl": hashes["qa.jsonl"], "truth.json": hashes["truth.json"],
                   "pages": {k[6:]: v for k, v in hashes.items() if k.startswith("pages/")}},
        "combined_sha256": combined_hash(hashes),
        "combined_recipe": "sha256 of the lines '<path>  <sha256>\\n' sorted by path, over make_testset.py, "
                           "qa.jsonl, truth.json and pages/<file> (paths relative to data/docqa-test)",
        "counts": {
            "documents": len(sources),
            "pages": len(truth),
            "page_bytes": size,
            "questions": len(qa),
            "answerable": sum(q["answerable"] for q in qa),
            "unanswerable": sum(not q["answerable"] for q in qa),
            "by_qtype": counts(q["qtype"] for q in qa),
            "by_lang": counts(q["lang"] for q in qa),
            "by_lang_qtype": counts(f"{q['lang']}/{q['qtype']}" for q in qa),
            "by_slice": counts(q["slice"] for q in qa if q["answerable"]),
            "by_kind": counts(q["kind"] for q in qa),
            "pages_by_slice": counts(t["slice"] for t in truth),
            "pages_by_lang": counts(t["lang"] for t in truth),
            "pages_by_file_type": counts(Path(t["source"]).suffix.lstrip(".") for t in truth),
            "files_by_type": counts(Path(s).suffix.lstrip(".") for s in sources),
            "documents_by_lang": counts(next(t["lang"] for t in truth if t["source"] == s) for s in sources),
            "lines": sum(len(t["lines"]) for t in truth),
            "tables": sum(len(t["tables"]) for t in truth),
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the files here instead of writing")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent), help="output folder (default: here)")
    ap.add_argument("--freeze", action="store_true",
                    help=f"check the files here, then write the frozen record {FREEZE_RECORD}")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if args.freeze:
        if main(["--check", "--out", str(out)]) != 0:
            print("the files differ from the generator: regenerate first")
            return 1
        record = freeze_record(out)
        dest = out.resolve().parents[1] / FREEZE_RECORD
        dest.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"froze {record['counts']['questions']} questions, {record['counts']['pages']} pages: "
              f"{record['combined_sha256']} -> {dest}")
        return 0
    data = payloads()
    if args.check:
        bad = [rel for rel, b in data.items() if not (out / rel).is_file() or (out / rel).read_bytes() != b]
        extra = sorted(set(f"pages/{p.name}" for p in (out / "pages").glob("*")) - set(data)) \
            if (out / "pages").is_dir() else []
        for rel in bad:
            print(f"differs: {rel}")
        for rel in extra:
            print(f"not made by the generator: {rel}")
        print("identical" if not bad and not extra else "DIFFERENT")
        return 0 if not bad and not extra else 1
    (out / "pages").mkdir(parents=True, exist_ok=True)
    for rel, b in data.items():
        path = out / rel
        if not path.is_file() or path.read_bytes() != b:
            path.write_bytes(b)
    for stale in sorted(set(p.name for p in (out / "pages").glob("*")) - {r[6:] for r in data if r.startswith("pages/")}):
        (out / "pages" / stale).unlink()
        print(f"removed stale pages/{stale}")
    qa = [json.loads(x) for x in data["qa.jsonl"].decode("utf-8").splitlines()]
    n_pages = len(json.loads(data["truth.json"])["pages"])
    size = sum(len(b) for r, b in data.items()) / 2**20
    print(f"{sum(r.startswith('pages/') for r in data)} files, {n_pages} pages, {size:.2f} MiB, {len(qa)} questions "
          f"({sum(not q['answerable'] for q in qa)} unanswerable) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
