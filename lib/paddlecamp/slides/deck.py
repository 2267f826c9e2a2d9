"""Write an editable .pptx with python-pptx: one consistent template, native text and tables.

The template (16:9, sizes in points): a title with an accent rule, the body, and a footer
with the deck's footer text and the slide number on every slide but the title slide.
Section dividers fill the slide with the accent colour. Every text box goes through
``paddlecamp.slides.fit`` first, so the size written is one at which the text fits, and the
CJK font is set on the East Asian and Latin typefaces of every run (viewers otherwise fall
back to a Japanese glyph shape for Chinese text).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paddlecamp.slides.fit import Fitted, fit

SLIDE_W, SLIDE_H = 960.0, 540.0
MARGIN = 40.0
INSET = 4.0
ACCENT = (0x1F, 0x4E, 0x9E)
DARK = (0x22, 0x22, 0x22)
GREY = (0x70, 0x70, 0x70)
CODE_BG = (0xF3, 0xF4, 0xF6)
CATEGORY_COLORS = {"graph": (0x2E, 0x7D, 0x32), "dataflow": (0x6A, 0x1B, 0x9A),
                   "fusion": (0xC6, 0x28, 0x28), "memory": (0xEF, 0x6C, 0x00)}
CATEGORY_NAMES = {"graph": "图优化", "dataflow": "数据流与调度", "fusion": "算子融合", "memory": "内存管理"}


@dataclass
class Box:
    """A text box to place: paragraphs (``(text, level)``), its frame and its style."""

    x: float
    y: float
    w: float
    h: float
    paragraphs: list[tuple[str, int]]
    size: float = 18.0
    min_size: float = 10.0
    bold: bool = False
    color: tuple[int, int, int] = DARK
    mono: bool = False
    align: str = "left"
    fill: tuple[int, int, int] | None = None
    no_wrap: bool = False
    where: str = "text"
    fitted: Fitted | None = field(default=None, repr=False)


class DeckWriter:
    """Builds the presentation slide by slide; ``save`` writes it."""

    def __init__(self, font: str, mono: str, footer: str = "") -> None:
        from pptx import Presentation
        from pptx.util import Pt

        self.prs = Presentation()
        self.prs.slide_width = Pt(SLIDE_W)
        self.prs.slide_height = Pt(SLIDE_H)
        self.font, self.mono, self.footer = font, mono, footer
        self.boxes: list[list[Box]] = []  # what each slide holds, for the manifest and the tests

    # -- primitives -------------------------------------------------------------------------
    def new_slide(self):
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[6])  # blank
        self.boxes.append([])
        return slide

    def _style(self, run, size: float, bold: bool, color, family: str) -> None:
        from pptx.dml.color import RGBColor
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = RGBColor(*color)
        run.font.name = family
        rpr = run._r.get_or_add_rPr()
        for tag in ("a:ea", "a:cs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = rpr.makeelement(qn(tag), {})
                rpr.append(el)
            el.set("typeface", family)

    def text(self, slide, box: Box) -> Box:
        """Fit and place a text box (raises ``FitError`` naming ``box.where``)."""
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        family = self.mono if box.mono else self.font
        indent = 18.0
        texts = [t for t, _ in box.paragraphs]
        # Deeper levels are indented: measure each against its own width by padding the box.
        width = box.w - 2 * INSET - indent * max((lvl for _, lvl in box.paragraphs), default=0)
        box.fitted = fit(texts, width, box.h - 2 * INSET, size=box.size, min_size=box.min_size, family=family,
                         bold=box.bold, where=box.where, no_wrap=box.no_wrap, paragraph_gap=0.25)
        shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
        if box.fill is not None:
            from pptx.dml.color import RGBColor

            shape.fill.solid()
            shape.fill.fore_color.rgb = RGBColor(*box.fill)
        tf = shape.text_frame
        tf.word_wrap = not box.no_wrap
        tf.auto_size = None
        tf.vertical_anchor = MSO_ANCHOR.TOP
        for attr in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(tf, attr, Pt(INSET))
        for i, (t, level) in enumerate(box.paragraphs):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}[box.align]
            p.level = 0
            if level:
                p._p.get_or_add_pPr().set("marL", str(int(Pt(indent * level))))
            p.space_after = Pt(box.fitted.size * 0.25)
            run = p.add_run()
            run.text = t
            self._style(run, box.fitted.size, box.bold, box.color, family)
        self.boxes[-1].append(box)
        return box

    def rect(self, slide, x: float, y: float, w: float, h: float, color) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(w), Pt(h))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor(*color)
        shape.line.fill.background()

    def picture(self, slide, path: str | Path, x: float, y: float, w: float, h: float) -> None:
        """Place an image inside the frame, keeping its aspect ratio, centred."""
        from PIL import Image
        from pptx.util import Pt

        with Image.open(path) as im:
            iw, ih = im.size
        scale = min(w / iw, h / ih)
        pw, ph = iw * scale, ih * scale
        slide.shapes.add_picture(str(path), Pt(x + (w - pw) / 2), Pt(y + (h - ph) / 2), Pt(pw), Pt(ph))

    def table(self, slide, rows: list[list[str]], x: float, y: float, w: float, h: float, *,
              size: float = 14.0, min_size: float = 9.0, where: str = "table",
              col_widths: list[float] | None = None) -> None:
        """A native table; the font size is the largest at which every cell fits its share."""
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        if not rows:
            raise ValueError(f"{where}: an empty table")
        ncols = max(len(r) for r in rows)
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        widths = col_widths or [w / ncols] * ncols
        # the header row needs one line; the body rows share the rest of the height
        header_h = min(32.0, h / len(rows))
        body_h = (h - header_h) / (len(rows) - 1) if len(rows) > 1 else h
        heights = [header_h] + [body_h] * (len(rows) - 1)
        s = size
        while True:  # one size for the whole table
            try:
                for r, row_h in zip(rows, heights):
                    for c, cell in enumerate(r):
                        fit([str(cell)], widths[c] - 2 * INSET - 2, row_h - 2 * INSET, size=s, min_size=s,
                            family=self.font, where=f"{where}, cell {cell[:20]!r}")
                break
            except ValueError:
                s -= 0.5
                if s < min_size:
                    raise
        gt = slide.shapes.add_table(len(rows), ncols, Pt(x), Pt(y), Pt(w), Pt(h)).table
        for c, cw in enumerate(widths):
            gt.columns[c].width = Pt(cw)
        for r_i, r in enumerate(rows):
            gt.rows[r_i].height = Pt(heights[r_i])
            for c, val in enumerate(r):
                cell = gt.cell(r_i, c)
                cell.margin_left = cell.margin_right = Pt(INSET)
                cell.margin_top = cell.margin_bottom = Pt(INSET / 2)
                tf = cell.text_frame
                tf.word_wrap = True
                run = tf.paragraphs[0].add_run()
                run.text = str(val)
                self._style(run, s, r_i == 0, (0xFF, 0xFF, 0xFF) if r_i == 0 else DARK, self.font)
                if r_i == 0:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor(*ACCENT)
        self.boxes[-1].append(Box(x, y, w, h, [(" | ".join(r), 0) for r in rows], size=s, where=where))

    def notes(self, slide, text: str) -> None:
        slide.notes_slide.notes_text_frame.text = text

    # -- template parts ---------------------------------------------------------------------
    def title(self, slide, text: str, where: str, tag: str | None = None, tag_color=ACCENT) -> None:
        x = MARGIN
        if tag:
            self.text(slide, Box(MARGIN, 26, 110, 30, [(tag, 0)], size=13, min_size=9, bold=True,
                                 color=(0xFF, 0xFF, 0xFF), fill=tag_color, align="center", where=f"{where}: tag"))
            x = MARGIN + 120
        self.text(slide, Box(x, 18, SLIDE_W - MARGIN - x, 46, [(text, 0)], size=26, min_size=16, bold=True,
                             color=ACCENT, no_wrap=True, where=f"{where}: title"))
        self.rect(slide, MARGIN, 68, SLIDE_W - 2 * MARGIN, 2, ACCENT)

    def footer_line(self, slide, number: int, where: str) -> None:
        if self.footer:
            self.text(slide, Box(MARGIN, SLIDE_H - 30, 700, 22, [(self.footer, 0)], size=10, min_size=7,
                                 color=GREY, no_wrap=True, where=f"{where}: footer"))
        self.text(slide, Box(SLIDE_W - MARGIN - 80, SLIDE_H - 30, 80, 22, [(str(number), 0)], size=10, min_size=8,
                             color=GREY, align="right", where=f"{where}: slide number"))

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".part")
        self.prs.save(str(tmp))
        tmp.replace(path)  # an interrupted build leaves the previous deck intact
        return path


def bullet_paragraphs(items: list[Any]) -> list[tuple[str, int]]:
    """YAML bullets (strings, with a nested list for sub-bullets) as ``(text, level)``."""
    out: list[tuple[str, int]] = []
    for item in items:
        if isinstance(item, list):
            out += [("– " + str(sub), 1) for sub in item]
        else:
            out.append(("• " + str(item), 0))
    return out


def slide_text(writer: DeckWriter, index: int) -> list[str]:
    """Every paragraph placed on slide ``index`` (0-based), for checks."""
    return [t for b in writer.boxes[index] for t, _ in b.paragraphs]


def describe(writer: DeckWriter) -> list[dict[str, Any]]:
    """Per slide: the boxes with their fitted sizes (the manifest's layout part)."""
    return [{"boxes": [{"where": b.where, "size": b.fitted.size if b.fitted else b.size,
                        "lines": b.fitted.line_count if b.fitted else len(b.paragraphs)} for b in boxes]}
            for boxes in writer.boxes]
