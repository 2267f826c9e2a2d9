"""Typography and layout variety for the third document-QA development set (``data/docqa-dev3``).

``paddlecamp.docqa.dataset_extra`` draws dev2's pages almost only in Noto Sans CJK SC at
comfortable sizes, black on white. This module draws what real documents also look like, and
reuses dev2's capture conditions and truth format unchanged:

* font families found through fontconfig (``fc-list``), with a clean fallback to dev2's fonts
  when one is not installed (``font_source`` says which file a family resolved to and whether it
  fell back): ``dejavu-sans``, ``dejavu-condensed``, ``dejavu-serif``, ``dejavu-mono``, ``wqy``
  (WenQuanYi Micro Hei), ``wqy-mono`` (its monospaced face), ``noto-serif`` (Noto Serif CJK SC),
  plus dev2's ``sans``, ``serif`` and ``mono``;
* text: any size (13-16 px small print included), grey and coloured ink, letter spacing
  (``tracking``), white text on a dark bar (``Line(bar=...)``), runs of different sizes on one
  baseline (``Runs``: a small label and a large value);
* blocks: ``Line``, ``Runs``, ``Leaders`` (receipt lines ``item ...... price`` drawn as text in
  a monospaced face or with graphic dots, prices right-aligned), ``CharRule`` (a separator of
  ``-`` or ``=`` characters), ``Rule`` (solid or dashed), ``Form`` (label/value pairs on an
  underline, in boxes, stacked label-above-value, or in a ruled grid of cells, in 1-3 columns),
  ``Table`` (multi-line cells, merged cells, shaded or inverse headers, coloured zebra rows,
  totals rows; ruled, horizontal rules only, row lines, or no rules at all), ``Panel`` (a shaded
  or bordered box around blocks), ``Split`` (side-by-side frames: sidebars, two columns of short
  lines, cards), ``Logo`` (a logo-like mark with a name and contact lines) and ``Space``; for
  ``data/docqa-dev6`` also ``Para`` (running text wrapped to its frame) and ``Checks`` (a choice
  field with drawn boxes, the chosen ones ticked);
* pages (``StylePage``) with their own paper colour, size and a footer anchored at the bottom.

Layout produces ``dataset_extra.Rendered`` (drawing operations plus truth lines and tables in
page pixels); ``paint`` replays it with Pillow, ``capture`` applies dev2's capture conditions
(``dataset_extra.SLICES``) through ``paint``, and ``text_layer_pdf`` writes a born-digital PDF whose
text layer holds every drawn line. Printed filler (``----``, ``====``, leader dots) is text and
stays in the truth; lines made only of filler carry ``"filler": true``.

Everything is deterministic: the same specification gives the same bytes on the same fonts.
"""
from __future__ import annotations

import functools
import math
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from paddlecamp.docqa.dataset_extra import INK, PAPER, Captured, Color, Rendered, _rule_pieces
from paddlecamp.docqa.dataset_extra import capture as _capture
from paddlecamp.docqa.dataset_extra import font_file as _extra_font_file
from paddlecamp.docqa.dataset_extra import paint as _extra_paint
from paddlecamp.docqa.dataset_extra import text_layer_pdf as _extra_text_layer_pdf

# --------------------------------------------------------------------------------------------
# Colours
# --------------------------------------------------------------------------------------------
WHITE: Color = (255, 255, 255)
GREY_444: Color = (68, 68, 68)
GREY_666: Color = (102, 102, 102)
GREY_888: Color = (136, 136, 136)
NAVY: Color = (26, 42, 84)
BLUE: Color = (30, 82, 160)
TEAL: Color = (0, 110, 120)
RED: Color = (196, 32, 38)
GREEN: Color = (22, 118, 62)
ORANGE: Color = (206, 98, 16)
PANEL_GREY: Color = (234, 234, 231)
PANEL_BLUE: Color = (223, 233, 247)
ZEBRA_BLUE: Color = (226, 236, 250)
ZEBRA_GREEN: Color = (222, 241, 224)
ZEBRA_YELLOW: Color = (251, 243, 212)
HEADER_BLUE: Color = (200, 216, 238)
THERMAL: Color = (251, 251, 248)
WHITE_PAPER: Color = (253, 253, 251)


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Family:
    """A font family as fontconfig names it, the file names to look for without fontconfig and
    the family used when it is not installed."""

    name: str
    regular: str
    bold: str | None
    files: tuple[str, str | None]
    fallback: str


#: Families beyond dev2's ``sans`` / ``serif`` / ``mono`` (which ``dataset_extra.font_file`` resolves).
FAMILIES: dict[str, _Family] = {
    "dejavu-sans": _Family("DejaVu Sans", "Book", "Bold", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), "sans"),
    "dejavu-condensed": _Family("DejaVu Sans Condensed", "Book", "Bold",
                                ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"), "sans"),
    "dejavu-serif": _Family("DejaVu Serif", "Book", "Bold", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"), "serif"),
    "dejavu-mono": _Family("DejaVu Sans Mono", "Book", "Bold", ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
                           "mono"),
    "wqy": _Family("WenQuanYi Micro Hei", "Regular", None, ("wqy-microhei.ttc", None), "sans"),
    "wqy-mono": _Family("WenQuanYi Micro Hei Mono", "Regular", None, ("wqy-microhei.ttc", None), "sans"),
    "noto-serif": _Family("Noto Serif CJK SC", "Regular", "Bold",
                          ("NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc"), "sans"),
}
#: Where to look for font files when fontconfig is not available.
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".local/share/fonts"),
             str(Path.home() / ".fonts"))


@dataclass(frozen=True)
class FontSource:
    """The file (and face index in a collection) a family resolved to; ``fallback`` is True when
    the family is not installed and another one stands in (the pages then differ from the
    committed ones); ``bold_face`` is False when the family has no bold face (regular is used)."""

    family: str
    path: str
    index: int
    fallback: bool = False
    bold_face: bool = True


@functools.lru_cache(maxsize=1)
def _fontconfig() -> tuple[tuple[str, int, tuple[str, ...], tuple[str, ...]], ...]:
    """(file, face index, family names, style names) of every font fontconfig lists; empty when
    ``fc-list`` is missing or fails."""
    exe = shutil.which("fc-list")
    if not exe:
        return ()
    try:
        out = subprocess.run([exe, "--format", "%{file}\t%{index}\t%{family}\t%{style}\n"], capture_output=True,
                             text=True, timeout=60, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    rows = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or not parts[1].isdigit():
            continue
        rows.append((parts[0], int(parts[1]), tuple(s.strip() for s in parts[2].split(",")),
                     tuple(s.strip() for s in parts[3].split(","))))
    return tuple(sorted(rows))


def _face_index(path: str, name: str) -> int | None:
    """The face of the collection ``path`` whose family name is ``name``."""
    for i in range(16):
        try:
            if ImageFont.truetype(path, 12, index=i).getname()[0] == name:
                return i
        except OSError:
            return None
    return None


def _find_face(fam: _Family, bold: bool) -> tuple[str, int] | None:
    style = fam.bold if bold else fam.regular
    if style is None:
        return None
    hits = [(len(families), path, index) for path, index, families, styles in _fontconfig()
            if fam.name in families and style in styles and Path(path).is_file()]
    if hits:
        _, path, index = min(hits)
        return path, index
    name = fam.files[1] if bold else fam.files[0]
    if not name:
        return None
    for root in FONT_DIRS:
        base = Path(root)
        if not base.is_dir():
            continue
        for p in sorted(base.rglob(name)):
            idx = _face_index(str(p), fam.name)
            if idx is not None:
                return str(p), idx
    return None


@functools.lru_cache(maxsize=None)
def font_source(family: str = "sans", bold: bool = False) -> FontSource:
    """Where the font of ``family`` (one of ``FAMILIES`` or ``sans``/``serif``/``mono``) comes from."""
    if family in ("sans", "serif", "mono"):
        path, index = _extra_font_file(family, bold)
        stand_in = (family == "serif" and "Serif" not in path) or (family == "mono" and "Mono" not in path)
        return FontSource(family, path, index, stand_in)
    fam = FAMILIES.get(family)
    if fam is None:
        raise ValueError(f"unknown font family {family!r}; one of sans, serif, mono, {', '.join(FAMILIES)}")
    found = _find_face(fam, bold)
    if found is not None:
        return FontSource(family, found[0], found[1])
    if bold:
        regular = _find_face(fam, False)
        if regular is not None:
            return FontSource(family, regular[0], regular[1], bold_face=False)
    back = font_source(fam.fallback, bold)
    return FontSource(family, back.path, back.index, True)


def font_file(family: str = "sans", bold: bool = False) -> tuple[str, int]:
    """(file, face index) of ``family`` (see ``font_source``)."""
    src = font_source(family, bold)
    return src.path, src.index


_FONTS: dict[tuple[str, int, bool], ImageFont.FreeTypeFont] = {}


def get_font(size: int, bold: bool = False, family: str = "sans") -> ImageFont.FreeTypeFont:
    """A font of ``family`` at ``size`` pixels (cached)."""
    key = (family, size, bold)
    if key not in _FONTS:
        path, index = font_file(family, bold)
        _FONTS[key] = ImageFont.truetype(path, size, index=index)
    return _FONTS[key]


@functools.lru_cache(maxsize=None)
def _cmap(family: str, bold: bool) -> frozenset[int]:
    """Code points the font of ``family`` has glyphs for."""
    from fontTools.ttLib import TTCollection, TTFont

    path, index = font_file(family, bold)
    if path.lower().endswith((".ttc", ".otc")):
        font = TTCollection(path, lazy=True).fonts[index]
    else:
        font = TTFont(path, lazy=True)
    return frozenset(font.getBestCmap() or {})


def missing_glyphs(s: str, family: str = "sans", bold: bool = False) -> str:
    """The characters of ``s`` the font of ``family`` cannot draw (they would print as boxes)."""
    have = _cmap(family, bold)
    return "".join(sorted({ch for ch in s if not ch.isspace() and ord(ch) not in have}))


def families_in(rendered: Iterable[Rendered]) -> set[str]:
    """The font families the drawing operations of ``rendered`` use."""
    return {op[6] for r in rendered for op in r.ops if op[0] == "text"}


# --------------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """One line of text. ``tracking`` adds pixels between characters (letter spacing); ``bar``
    fills the frame's width behind the line (white ``color`` on a dark ``bar`` is an inverse
    header); ``align`` is ``left`` (at ``indent``), ``center`` or ``right`` (``indent`` from the
    right); the next block starts ``size * lead`` lower."""

    text: str
    size: int = 22
    bold: bool = False
    family: str = "sans"
    color: Color = INK
    align: str = "left"
    indent: int = 0
    tracking: float = 0.0
    bar: Color | None = None
    bar_pad: int = 8
    lead: float = 1.55


@dataclass(frozen=True)
class Run:
    """A piece of a ``Runs`` line in its own size, weight, family and colour."""

    text: str
    size: int = 22
    bold: bool = False
    family: str = "sans"
    color: Color = INK
    tracking: float = 0.0


@dataclass(frozen=True)
class Runs:
    """Runs of text on one baseline (a small label and a large value). One truth line (the runs
    joined by a space) unless ``separate``, then one per run."""

    runs: tuple[Run, ...]
    align: str = "left"
    gap: int = 12
    indent: int = 0
    separate: bool = False
    lead: float = 1.45


@dataclass(frozen=True)
class Leaders:
    """Receipt lines: ``item`` on the left, ``price`` right-aligned, filler between.

    ``mode="text"``: the filler is ``dots`` characters in the line's own font (a monospaced
    receipt); the truth line is the whole printed line ``item ...... price``.
    ``mode="graphic"``: the filler is drawn dots; item and price are separate truth lines.
    Rows listed in ``big`` are drawn at ``big_size`` (totals)."""

    rows: tuple[tuple[str, str], ...]
    size: int = 20
    family: str = "mono"
    color: Color = INK
    mode: str = "text"
    dots: str = "."
    big: tuple[int, ...] = ()
    big_size: int = 26
    bold_big: bool = True
    lead: float = 1.5
    indent: int = 0


@dataclass(frozen=True)
class CharRule:
    """A separator printed with a repeated character (``-``, ``=``, ``*``) across the frame
    (a truth line marked ``filler``)."""

    char: str = "-"
    size: int = 18
    family: str = "mono"
    color: Color = INK
    lead: float = 1.3


@dataclass(frozen=True)
class Rule:
    """A horizontal rule across the frame; ``dash`` > 0 draws dashes of that length."""

    width: int = 2
    color: Color = INK
    dash: int = 0
    gap: int = 6
    space: int = 14


@dataclass(frozen=True)
class Form:
    """Label/value fields in ``cols`` columns. Styles: ``underline`` (the value sits on a line
    after its label), ``box`` (the value inside a box after its label), ``stacked`` (label above
    the value), ``stacked-line`` (stacked, a line under the value), ``cells`` (a ruled grid,
    each cell with a small label at the top and the value below). Labels and values are
    separate truth lines; an empty value leaves the field blank."""

    fields: tuple[tuple[str, str], ...]
    cols: int = 2
    style: str = "underline"
    label_size: int = 16
    value_size: int = 22
    family: str = "sans"
    value_family: str = ""
    label_color: Color = GREY_666
    value_color: Color = INK
    value_bold: bool = False
    label_w: float = 0.36
    gap: int = 28
    row_gap: int = 14
    line_color: Color = INK


@dataclass(frozen=True)
class Table:
    """A table. ``rows`` hold one string per grid cell ("" under a span); a ``\\n`` in a cell
    breaks it over several lines (the row grows). ``spans`` are ``(row, col, rowspan, colspan)``.
    Styles: ``ruled`` (all borders, broken at spans), ``hrules`` (rules at the top, under the
    header and at the bottom), ``lines`` (a thin rule under every row), ``none`` (no rules: the
    columns are held by whitespace only). ``header_fill``/``header_color`` shade the header
    (white on a dark fill is an inverse header); ``zebra`` shades every other body row;
    the last ``total_rows`` rows are bold under a double rule. ``align``: per column
    ``l``/``r``/``c``. Style ``vrules`` draws only the vertical rules (between columns and at both
    edges); ``row_header_fill``/``row_header_bold`` mark the first column as a row header,
    ``section_rows`` are bold body rows on ``section_fill`` and ``group_rules`` underlines each
    header cell that spans several columns."""

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    spans: tuple[tuple[int, int, int, int], ...] = ()
    header_rows: int = 1
    style: str = "ruled"
    size: int = 20
    header_size: int = 0
    family: str = "sans"
    align: str = ""
    pad: int = 9
    min_row_h: int = 0
    line_step: float = 1.3
    header_fill: Color | None = None
    header_color: Color = INK
    header_bold: bool = True
    zebra: Color | None = None
    total_rows: int = 0
    color: Color = INK
    rule_color: Color = INK
    space_before: int = 6
    space_after: int = 22
    # Additions for data/docqa-dev5 (the defaults draw exactly what the earlier sets drew):
    #: shade the body cells of the first column (a row header) and/or draw them bold
    row_header_fill: Color | None = None
    row_header_bold: bool = False
    #: body rows drawn bold on ``section_fill`` (a section row spanning the table inside the body)
    section_rows: tuple[int, ...] = ()
    section_fill: Color | None = None
    #: a short rule under every header cell spanning several columns (a group header)
    group_rules: bool = False


@dataclass(frozen=True)
class Panel:
    """A shaded (``fill``) and/or bordered box around ``blocks``, ``pad`` pixels inside."""

    blocks: tuple["Block", ...]
    fill: Color | None = PANEL_GREY
    border: Color | None = None
    border_width: int = 1
    pad: int = 14
    space_after: int = 14


@dataclass(frozen=True)
class Split:
    """Frames side by side (``widths`` are shares of the frame, equal by default): a sidebar
    beside the main text, two columns of short lines, a row of cards. ``fills``/``borders`` per
    part shade or outline it (``pad`` inside); ``rule`` draws a vertical line between parts
    (dashed, like a perforation, when ``rule_dash`` > 0).
    Truth lines are read part by part and carry ``column``."""

    parts: tuple[tuple["Block", ...], ...]
    widths: tuple[float, ...] = ()
    gap: int = 28
    fills: tuple[Color | None, ...] = ()
    borders: tuple[Color | None, ...] = ()
    pad: int = 0
    rule: bool = False
    rule_dash: int = 0
    space_after: int = 10


@dataclass(frozen=True)
class Logo:
    """A logo-like mark (initials on a filled square or circle), the organisation's name and
    tagline beside it, and optional contact lines right-aligned on the same band."""

    mark: str
    name: str
    tagline: str = ""
    side: int = 66
    shape: str = "square"
    fill: Color = NAVY
    mark_color: Color = WHITE
    mark_size: int = 28
    name_size: int = 28
    name_color: Color = NAVY
    tagline_size: int = 15
    tagline_color: Color = GREY_666
    family: str = "sans"
    right: tuple[str, ...] = ()
    right_size: int = 14
    right_color: Color = GREY_666
    space_after: int = 18


@dataclass(frozen=True)
class Space:
    """Vertical space in pixels."""

    px: int = 16


# Additions for data/docqa-dev6 (blocks the earlier sets never draw):
@dataclass(frozen=True)
class Para:
    """Running text wrapped to the frame: English breaks at spaces, Chinese between any two
    characters (not before closing or after opening punctuation, not inside a run of Latin
    letters and digits); ``keep`` lists substrings never broken over two lines (each must occur
    in ``text``). ``indent`` indents the first line. One truth line per drawn line; the next
    block starts ``space_after`` pixels below the last line's pitch (``size * lead``)."""

    text: str
    size: int = 16
    bold: bool = False
    family: str = "sans"
    color: Color = INK
    indent: int = 0
    lead: float = 1.55
    keep: tuple[str, ...] = ()
    space_after: int = 6


@dataclass(frozen=True)
class Checks:
    """A form's choice field: ``label``, then each option after a drawn square, the ``chosen``
    ones ticked (``mark`` ``tick`` or ``cross``). The label and every option are truth lines;
    option lines carry ``checked`` (True or False)."""

    label: str
    options: tuple[str, ...]
    chosen: tuple[int, ...] = (0,)
    size: int = 16
    family: str = "sans"
    label_color: Color = GREY_666
    color: Color = INK
    mark: str = "tick"
    label_w: int = 0
    gap: int = 30
    lead: float = 1.75


Block = Union[Line, Runs, Leaders, CharRule, Rule, Form, Table, Panel, Split, Logo, Space, Para, Checks]


@dataclass(frozen=True)
class StylePage:
    """One page: ``blocks`` top to bottom, a ``footer`` anchored at the bottom margin, its size,
    paper colour and capture condition (one of ``dataset_extra.SLICES``)."""

    blocks: tuple[Block, ...]
    slice: str = "clean"
    size: tuple[int, int] = (1000, 1300)
    margin: int = 64
    footer: tuple[Block, ...] = ()
    paper: Color = PAPER


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------
_MEASURE = ImageDraw.Draw(Image.new("RGB", (8, 8)))
_REF = "Hg国Ay|"


@functools.lru_cache(maxsize=None)
def _vbox(size: int, bold: bool, family: str) -> tuple[int, int, int]:
    """(ink top, ink bottom, ascent) of a reference string drawn at y = 0 (Pillow's ``la`` anchor)."""
    fnt = get_font(size, bold, family)
    _, t, _, b = _MEASURE.textbbox((0, 0), _REF, font=fnt)
    return int(t), int(math.ceil(b)), fnt.getmetrics()[0]


def _join_wrapped(parts: Sequence[str]) -> str:
    """Lines of a wrapped cell as one string: no space between two CJK characters."""
    out = ""
    for p in parts:
        if out and not (_is_cjk(out[-1]) and _is_cjk(p[:1])):
            out += " "
        out += p
    return out


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")


class _Canvas:
    """Drawing operations and truth lines of one page (a scratch canvas measures a block)."""

    def __init__(self, size: tuple[int, int]):
        self.w, self.h = size
        self.out = Rendered(size)

    def advance(self, s: str, size: int, bold: bool = False, family: str = "sans", tracking: float = 0.0) -> float:
        """Horizontal advance of ``s`` (letter spacing included)."""
        fnt = get_font(size, bold, family)
        if not tracking:
            return fnt.getlength(s)
        return sum(fnt.getlength(ch) for ch in s) + tracking * max(len(s) - 1, 0)

    def text(self, x: float, y: float, s: str, size: int, bold: bool = False, family: str = "sans",
             color: Color = INK, *, tracking: float = 0.0, truth: bool = True,
             frame: tuple[float, float] | None = None, **extra: Any) -> list[int]:
        """Draw ``s`` with its ascender top at ``y`` (letter-spaced character by character when
        ``tracking``); returns its ink box and records it as a truth line unless ``truth`` is False."""
        fnt = get_font(size, bold, family)
        missing = missing_glyphs(s, family, bold)
        if missing:
            raise ValueError(f"font {family!r} has no glyph for {missing!r}: {s!r}")
        if tracking:
            pieces, cx = [], float(x)
            for ch in s:
                if not ch.isspace():
                    pieces.append((cx, ch))
                cx += fnt.getlength(ch) + tracking
        else:
            pieces = [(float(x), s)]
        boxes = [_MEASURE.textbbox((px, y), p, font=fnt) for px, p in pieces]
        box = [int(min(b[0] for b in boxes)), int(min(b[1] for b in boxes)),
               int(math.ceil(max(b[2] for b in boxes))), int(math.ceil(max(b[3] for b in boxes)))]
        if box[0] < 0 or box[1] < 0 or box[2] > self.w or box[3] > self.h:
            raise ValueError(f"text runs off the page ({box}): {s!r}")
        if frame is not None and (box[0] < frame[0] - 2 or box[2] > frame[1] + 2):
            raise ValueError(f"text wider than its frame {frame} ({box}): {s!r}")
        for px, p in pieces:
            self.out.ops.append(("text", float(px), float(y), p, size, bold, family, color))
        if truth:
            self.record(s, box, **extra)
        return box

    def record(self, s: str, box: Sequence[int], **extra: Any) -> None:
        self.out.lines.append({"text": s, "bbox": [int(v) for v in box], **extra})

    def line(self, x0: float, y0: float, x1: float, y1: float, width: int = 2, color: Color = INK) -> None:
        self.out.ops.append(("line", float(x0), float(y0), float(x1), float(y1), width, color))

    def fill(self, box: Sequence[float], color: Color) -> None:
        self.out.ops.append(("fill", *[float(v) for v in box], color))

    def rect(self, box: Sequence[float], width: int = 1, color: Color = INK) -> None:
        x0, y0, x1, y1 = box
        for a in ((x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)):
            self.line(*a, width, color)

    def dashed(self, x0: float, x1: float, y: float, dash: int, gap: int, width: int, color: Color) -> None:
        x = x0
        while x < x1:
            self.line(x, y, min(x + dash, x1), y, width, color)
            x += dash + gap

    def ellipse(self, box: Sequence[float], width: int, color: Color) -> None:
        self.out.ops.append(("ellipse", *[float(v) for v in box], width, color))


def _measure(blocks: Sequence[Block], x0: float, x1: float, size: tuple[int, int]) -> int:
    """Height the blocks take in a frame from ``x0`` to ``x1`` (a dry layout)."""
    cv = _Canvas(size)
    return _flow(cv, blocks, x0, x1, 0, {})


def _flow(cv: _Canvas, blocks: Sequence[Block], x0: float, x1: float, y: int, extra: dict) -> int:
    """Lay ``blocks`` out top to bottom in the frame [``x0``, ``x1``] from ``y``; returns the y below."""
    frame = (x0, x1)
    for b in blocks:
        if isinstance(b, Space):
            y += b.px
        elif isinstance(b, Line):
            y = _line(cv, b, x0, x1, y, extra)
        elif isinstance(b, Runs):
            y = _runs(cv, b, x0, x1, y, extra)
        elif isinstance(b, Leaders):
            y = _leaders(cv, b, x0, x1, y, extra)
        elif isinstance(b, CharRule):
            n = int((x1 - x0) // cv.advance(b.char, b.size, False, b.family))
            cv.text(x0, y, b.char * n, b.size, False, b.family, b.color, frame=frame, filler=True, **extra)
            y += int(b.size * b.lead)
        elif isinstance(b, Rule):
            yy = y + b.space // 2
            if b.dash:
                cv.dashed(x0, x1, yy, b.dash, b.gap, b.width, b.color)
            else:
                cv.line(x0, yy, x1, yy, b.width, b.color)
            y += b.space
        elif isinstance(b, Form):
            y = _form(cv, b, x0, x1, y, extra)
        elif isinstance(b, Table):
            y = _table(cv, b, x0, x1, y, extra)
        elif isinstance(b, Panel):
            inner = _measure(b.blocks, x0 + b.pad, x1 - b.pad, (cv.w, cv.h))
            box = (x0, y, x1, y + inner + 2 * b.pad)
            if b.fill is not None:
                cv.fill(box, b.fill)
            if b.border is not None:
                cv.rect(box, b.border_width, b.border)
            _flow(cv, b.blocks, x0 + b.pad, x1 - b.pad, y + b.pad, extra)
            y = int(box[3]) + b.space_after
        elif isinstance(b, Split):
            y = _split(cv, b, x0, x1, y, extra)
        elif isinstance(b, Logo):
            y = _logo(cv, b, x0, x1, y, extra)
        elif isinstance(b, Para):
            y = _para(cv, b, x0, x1, y, extra)
        elif isinstance(b, Checks):
            y = _checks(cv, b, x0, x1, y, extra)
        else:
            raise TypeError(f"unknown block {b!r}")
    return y


def _line(cv: _Canvas, b: Line, x0: float, x1: float, y: int, extra: dict) -> int:
    adv = cv.advance(b.text, b.size, b.bold, b.family, b.tracking)
    x = {"left": x0 + b.indent, "center": (x0 + x1 - adv) / 2, "right": x1 - adv - b.indent}[b.align]
    ty = y
    if b.bar is not None:
        t, bot, _ = _vbox(b.size, b.bold, b.family)
        ty = y + b.bar_pad
        cv.fill((x0, ty + t - b.bar_pad, x1, ty + bot + b.bar_pad), b.bar)
        if b.align == "left" and not b.indent:
            x += 12
        elif b.align == "right" and not b.indent:
            x -= 12
    cv.text(x, ty, b.text, b.size, b.bold, b.family, b.color, tracking=b.tracking, frame=(x0, x1), **extra)
    if b.bar is not None:  # below the bar, a gap like the one between two lines
        return ty + _vbox(b.size, b.bold, b.family)[1] + b.bar_pad + max(8, int(b.size * (b.lead - 1)))
    return y + int(b.size * b.lead)


def _runs(cv: _Canvas, b: Runs, x0: float, x1: float, y: int, extra: dict) -> int:
    advs = [cv.advance(r.text, r.size, r.bold, r.family, r.tracking) for r in b.runs]
    total = sum(advs) + b.gap * (len(b.runs) - 1)
    x = {"left": x0 + b.indent, "center": (x0 + x1 - total) / 2, "right": x1 - total - b.indent}[b.align]
    base = y + max(_vbox(r.size, r.bold, r.family)[2] for r in b.runs)
    boxes = []
    for r, adv in zip(b.runs, advs):
        asc = _vbox(r.size, r.bold, r.family)[2]
        boxes.append(cv.text(x, base - asc, r.text, r.size, r.bold, r.family, r.color, tracking=r.tracking,
                             truth=b.separate, frame=(x0, x1), **extra))
        x += adv + b.gap
    if not b.separate:
        cv.record(" ".join(r.text for r in b.runs),
                  [min(v[0] for v in boxes), min(v[1] for v in boxes), max(v[2] for v in boxes),
                   max(v[3] for v in boxes)], **extra)
    return y + int(max(r.size for r in b.runs) * b.lead)


_NO_LINE_START = frozenset("，。、；：？！）》」』”’,.;:?!)%")
_NO_LINE_END = frozenset("（《「『“‘(")


def _wrap(cv: _Canvas, b: Para, first: float, rest: float) -> list[str]:
    """The lines of ``b.text`` filling widths ``first`` (the first line) and ``rest``."""
    s = b.text
    n = len(s)
    held = [False] * (n + 1)  # held[i]: no break between s[i - 1] and s[i]
    for k in b.keep:
        at = s.find(k)
        if at < 0:
            raise ValueError(f"keep {k!r} is not in the paragraph: {s[:40]!r}")
        while at >= 0:
            for i in range(at + 1, at + len(k)):
                held[i] = True
            at = s.find(k, at + 1)

    def breakable(i: int) -> bool:
        if i >= n:
            return True
        a, c = s[i - 1], s[i]
        if held[i] or a == " ":
            return False
        if c == " ":
            return True
        return (_is_cjk(a) or _is_cjk(c)) and c not in _NO_LINE_START and a not in _NO_LINE_END

    lines, start = [], 0
    while start < n:
        avail = first if not lines else rest
        best = None
        for j in range(start + 1, n + 1):
            if not breakable(j):
                continue
            if cv.advance(s[start:j].rstrip(), b.size, b.bold, b.family) > avail:
                break
            best = j
        if best is None:
            raise ValueError(f"a word is wider than the paragraph's frame: {s[start:start + 30]!r}")
        lines.append(s[start:best].rstrip())
        start = best
        while start < n and s[start] == " ":
            start += 1
    return lines


def _para(cv: _Canvas, b: Para, x0: float, x1: float, y: int, extra: dict) -> int:
    step = int(b.size * b.lead)
    for k, text in enumerate(_wrap(cv, b, x1 - x0 - b.indent, x1 - x0)):
        cv.text(x0 + (b.indent if k == 0 else 0), y, text, b.size, b.bold, b.family, b.color, frame=(x0, x1),
                **extra)
        y += step
    return y + b.space_after


def _checks(cv: _Canvas, b: Checks, x0: float, x1: float, y: int, extra: dict) -> int:
    t, bot, _ = _vbox(b.size, False, b.family)
    box = int(round(b.size * 0.85))
    by = y + (t + bot - box) / 2  # the square centred on the text's ink
    x = x0
    if b.label:
        lb = cv.text(x0, y, b.label, b.size, False, b.family, b.label_color, frame=(x0, x1), **extra)
        x = max(x0 + b.label_w, lb[2] + 14)
    for i, opt in enumerate(b.options):
        cv.rect((x, by, x + box, by + box), 2, b.color)
        if i in b.chosen:
            if b.mark == "cross":
                cv.line(x + 3, by + 3, x + box - 3, by + box - 3, 2, b.color)
                cv.line(x + box - 3, by + 3, x + 3, by + box - 3, 2, b.color)
            else:
                cv.line(x + 2, by + box * 0.5, x + box * 0.4, by + box - 2, 3, b.color)
                cv.line(x + box * 0.4, by + box - 2, x + box + 3, by - 4, 3, b.color)
        tb = cv.text(x + box + 8, y, opt, b.size, False, b.family, b.color, frame=(x0, x1),
                     checked=i in b.chosen, **extra)
        x = tb[2] + b.gap
    return y + int(b.size * b.lead)


def _leaders(cv: _Canvas, b: Leaders, x0: float, x1: float, y: int, extra: dict) -> int:
    for i, (item, price) in enumerate(b.rows):
        big = i in b.big
        size, bold = (b.big_size, b.bold_big) if big else (b.size, False)
        left, right = x0 + b.indent, x1
        pw = cv.advance(price, size, bold, b.family)
        if b.mode == "text":
            sp = cv.advance(" ", size, bold, b.family)
            n = int((right - left - cv.advance(item, size, bold, b.family) - pw - 2 * sp)
                    // cv.advance(b.dots, size, bold, b.family))
            if n < 2:
                raise ValueError(f"no room for leaders: {item!r} {price!r}")
            head = f"{item} {b.dots * n}"
            box_l = cv.text(left, y, head, size, bold, b.family, b.color, truth=False, frame=(x0, x1))
            box_r = cv.text(right - pw, y, price, size, bold, b.family, b.color, truth=False, frame=(x0, x1))
            cv.record(f"{head} {price}", [box_l[0], min(box_l[1], box_r[1]), box_r[2], max(box_l[3], box_r[3])],
                      **extra)
        elif b.mode == "graphic":
            box_l = cv.text(left, y, item, size, bold, b.family, b.color, frame=(x0, x1), **extra)
            box_r = cv.text(right - pw, y, price, size, bold, b.family, b.color, frame=(x0, x1), **extra)
            dy = y + _vbox(size, bold, b.family)[2] - 3  # on the baseline
            dx = box_l[2] + 10
            if dx > box_r[0] - 16:
                raise ValueError(f"no room for leaders: {item!r} {price!r}")
            while dx < box_r[0] - 10:
                cv.fill((dx, dy, dx + 2.5, dy + 2.5), b.color)
                dx += 8
        else:
            raise ValueError(f"unknown leader mode {b.mode!r}")
        y += int(size * b.lead)
    return y


def _form(cv: _Canvas, b: Form, x0: float, x1: float, y: int, extra: dict) -> int:
    vf = b.value_family or b.family
    cw = (x1 - x0 - (b.cols - 1) * b.gap) / b.cols
    lt, lb, lasc = _vbox(b.label_size, False, b.family)
    vt, vb, vasc = _vbox(b.value_size, b.value_bold, vf)
    rows = math.ceil(len(b.fields) / b.cols)
    if b.style in ("underline", "box"):
        base_off = max(vasc, lasc) + 6          # baseline below the row top
        row_h = base_off + (vb - vasc) + 8 + b.row_gap
    elif b.style in ("stacked", "stacked-line"):
        row_h = (lb - lt) + 6 + (vb - vt) + (10 if b.style == "stacked-line" else 0) + b.row_gap
    elif b.style == "cells":
        row_h = 8 + (lb - lt) + 8 + (vb - vt) + 10
    else:
        raise ValueError(f"unknown form style {b.style!r}")
    if b.style == "cells":
        cw = (x1 - x0) / b.cols
    for i, (label, value) in enumerate(b.fields):
        r, c = divmod(i, b.cols)
        top = y + r * row_h
        if b.style == "cells":
            cx0, cx1 = x0 + c * cw, x0 + (c + 1) * cw
        else:
            cx0 = x0 + c * (cw + b.gap)
            cx1 = cx0 + cw
        frame = (cx0, cx1)
        if b.style in ("underline", "box"):
            base = top + base_off
            cv.text(cx0, base - lasc, label, b.label_size, False, b.family, b.label_color, frame=frame, **extra)
            vx = cx0 + b.label_w * cw
            if b.style == "underline":
                cv.line(vx, base + (vb - vasc) + 4, cx1, base + (vb - vasc) + 4, 1, b.line_color)
                tx = vx + 6
            else:
                cv.rect((vx, base - vasc + vt - 7, cx1, base - vasc + vb + 7), 1, b.line_color)
                tx = vx + 9
            if value:
                cv.text(tx, base - vasc, value, b.value_size, b.value_bold, vf, b.value_color, frame=(vx, cx1 - 4),
                        **extra)
        else:
            pad = 8 if b.style == "cells" else 0
            ly = top + pad - lt
            cv.text(cx0 + pad, ly, label, b.label_size, False, b.family, b.label_color, frame=frame, **extra)
            vy = top + pad + (lb - lt) + (8 if b.style == "cells" else 6) - vt
            if value:
                cv.text(cx0 + pad, vy, value, b.value_size, b.value_bold, vf, b.value_color,
                        frame=(cx0, cx1 - 4), **extra)
            if b.style == "stacked-line":
                uy = vy + vb + 5
                cv.line(cx0, uy, cx1, uy, 1, b.line_color)
    if b.style == "cells":
        for r in range(rows + 1):
            cv.line(x0, y + r * row_h, x1, y + r * row_h, 1, b.line_color)
        for c in range(b.cols + 1):
            cv.line(x0 + c * cw, y, x0 + c * cw, y + rows * row_h, 1, b.line_color)
        return y + rows * row_h + 14
    return y + rows * row_h + 4


def _table(cv: _Canvas, g: Table, x0: float, x1: float, y: int, extra: dict) -> int:
    n_cols = len(g.widths)
    if abs(sum(g.widths) - 1.0) > 1e-6 or any(len(r) != n_cols for r in g.rows):
        raise ValueError(f"table widths/rows do not match: {g.rows[0]!r}")
    tw = x1 - x0
    xs = [float(x0)]
    for frac in g.widths:
        xs.append(xs[-1] + round(frac * tw))
    xs[-1] = float(x1)
    n = len(g.rows)
    hsize = g.header_size or g.size
    y += g.space_before
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

    def style_of(r: int) -> tuple[int, bool, Color]:
        if r < g.header_rows:
            return hsize, g.header_bold, g.header_color
        return g.size, r >= n - g.total_rows, g.color

    def bold_of(r: int, c: int, bold: bool) -> bool:
        if r < g.header_rows:
            return bold
        return bold or (g.row_header_bold and c == 0) or r in g.section_rows

    # Row heights: the tallest single-row cell (wrapped lines) decides.
    heights = []
    for r, row in enumerate(g.rows):
        size, bold, _ = style_of(r)
        t, bot, _ = _vbox(size, bold, g.family)
        step = int(size * g.line_step)
        need = (bot - t) + 2 * g.pad
        for c, s in enumerate(row):
            if (r, c) in covered or span_of.get((r, c), (1, 1))[0] > 1 or not s:
                continue
            k = s.count("\n") + 1
            ct, cb = (t, bot) if bold_of(r, c, bold) == bold else _vbox(size, True, g.family)[:2]
            need = max(need, (cb - ct) + (k - 1) * step + 2 * g.pad)
        heights.append(max(need, g.min_row_h))
    ys = [y]
    for hgt in heights:
        ys.append(ys[-1] + hgt)
    body0, total0 = g.header_rows, n - g.total_rows
    if g.header_fill is not None:
        cv.fill((xs[0], ys[0], xs[-1], ys[g.header_rows]), g.header_fill)
    if g.zebra is not None:
        for r in range(body0, total0):
            if (r - body0) % 2 == 1:
                cv.fill((xs[0], ys[r], xs[-1], ys[r + 1]), g.zebra)
    if g.row_header_fill is not None:
        cv.fill((xs[0], ys[body0], xs[1], ys[n]), g.row_header_fill)
    if g.section_fill is not None:
        for r in g.section_rows:
            cv.fill((xs[0], ys[r], xs[-1], ys[r + 1]), g.section_fill)
    cells = []
    for r, row in enumerate(g.rows):
        size, row_bold, color = style_of(r)
        step = int(size * g.line_step)
        for c, s in enumerate(row):
            if (r, c) in covered or not s:
                continue
            bold = bold_of(r, c, row_bold)
            t, bot, _ = _vbox(size, bold, g.family)
            rs, cs = span_of.get((r, c), (1, 1))
            cx0, cx1, cy0, cy1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
            parts = s.split("\n")
            block = (bot - t) + (len(parts) - 1) * step
            if block + 2 * g.pad > cy1 - cy0 + 1:
                raise ValueError(f"cell text taller than its cell: {s!r}")
            top = (cy0 + cy1 - block) / 2 - t
            if r < g.header_rows:
                a = "c" if cs > 1 else (g.align[c] if c < len(g.align) else "l")
            else:
                a = g.align[c] if c < len(g.align) else "l"
            boxes = []
            for k, part in enumerate(parts):
                adv = cv.advance(part, size, bold, g.family)
                tx = {"r": cx1 - 10 - adv, "c": (cx0 + cx1 - adv) / 2}.get(a, cx0 + 10)
                boxes.append(cv.text(tx, top + k * step, part, size, bold, g.family, color,
                                     frame=(cx0 + 2, cx1 - 2), cell=[r, c], **extra))
            box = [min(v[0] for v in boxes), min(v[1] for v in boxes), max(v[2] for v in boxes),
                   max(v[3] for v in boxes)]
            cell = {"row": r, "col": c, "text": _join_wrapped(parts), "bbox": box,
                    "cell_bbox": [int(cx0), int(cy0), int(cx1), int(cy1)]}
            if len(parts) > 1:
                cell["lines"] = parts
            if (rs, cs) != (1, 1):
                cell["rowspan"], cell["colspan"] = rs, cs
            cells.append(cell)
    top_y, bottom = ys[0], ys[-1]
    rc = g.rule_color
    if g.style == "ruled":
        def h_cross(r: int, c: int) -> bool:
            return 0 < r < n and any(rr < r < rr + rs and cc <= c < cc + cs for rr, cc, rs, cs in g.spans)

        def v_cross(c: int, r: int) -> bool:
            return 0 < c < n_cols and any(cc < c < cc + cs and rr <= r < rr + rs for rr, cc, rs, cs in g.spans)

        for r, a, b_ in _rule_pieces(n, n_cols, h_cross):
            cv.line(xs[a], ys[r], xs[b_], ys[r], 2 if r in (0, n) else 1, rc)
        for c, a, b_ in _rule_pieces(n_cols, n, v_cross):
            cv.line(xs[c], ys[a], xs[c], ys[b_], 2 if c in (0, n_cols) else 1, rc)
    elif g.style == "hrules":
        cv.line(xs[0], top_y, xs[-1], top_y, 3, rc)
        cv.line(xs[0], ys[g.header_rows], xs[-1], ys[g.header_rows], 2, rc)
        cv.line(xs[0], bottom, xs[-1], bottom, 3, rc)
    elif g.style == "lines":
        cv.line(xs[0], ys[g.header_rows], xs[-1], ys[g.header_rows], 2, rc)
        for r in range(g.header_rows + 1, n + 1):
            cv.line(xs[0], ys[r], xs[-1], ys[r], 1, rc)
    elif g.style == "vrules":
        for c in range(n_cols + 1):
            cv.line(xs[c], top_y, xs[c], bottom, 2 if c in (0, n_cols) else 1, rc)
    elif g.style != "none":
        raise ValueError(f"unknown table style {g.style!r}")
    if g.group_rules:
        for r, c, rs, cs in g.spans:
            if r < g.header_rows and cs > 1 and r + rs <= g.header_rows:
                cv.line(xs[c] + 6, ys[r + rs] - 1, xs[c + cs] - 6, ys[r + rs] - 1, 1, rc)
    if g.total_rows and g.style != "none":
        cv.line(xs[0], ys[total0] - 3, xs[-1], ys[total0] - 3, 1, rc)
        cv.line(xs[0], ys[total0], xs[-1], ys[total0], 1, rc)
    cv.out.tables.append({"bbox": [int(xs[0]), int(top_y), int(xs[-1]), int(bottom)], "n_rows": n,
                          "n_cols": n_cols, "rows": [[_join_wrapped(c.split("\n")) for c in r] for r in g.rows],
                          "cells": cells, "style": g.style, "header_rows": g.header_rows,
                          "total_rows": g.total_rows, "spans": [list(s) for s in g.spans]})
    return int(bottom) + g.space_after


def _split(cv: _Canvas, b: Split, x0: float, x1: float, y: int, extra: dict) -> int:
    k = len(b.parts)
    widths = b.widths or tuple(1.0 / k for _ in range(k))
    if len(widths) != k or abs(sum(widths) - 1.0) > 1e-6:
        raise ValueError("split widths must match its parts and add up to 1")
    avail = x1 - x0 - (k - 1) * b.gap
    frames, x = [], float(x0)
    for wd in widths:
        frames.append((x, x + wd * avail))
        x += wd * avail + b.gap
    shaded = [i < len(b.fills) and b.fills[i] is not None or i < len(b.borders) and b.borders[i] is not None
              for i in range(k)]
    pads = [b.pad if shaded[i] else 0 for i in range(k)]
    heights = [_measure(p, fx0 + pd, fx1 - pd, (cv.w, cv.h)) + 2 * pd
               for p, (fx0, fx1), pd in zip(b.parts, frames, pads)]
    tallest = max(heights)
    for i, (fx0, fx1) in enumerate(frames):
        if i < len(b.fills) and b.fills[i] is not None:
            cv.fill((fx0, y, fx1, y + tallest), b.fills[i])
        if i < len(b.borders) and b.borders[i] is not None:
            cv.rect((fx0, y, fx1, y + tallest), 1, b.borders[i])
    if b.rule:
        for fx0, _ in frames[1:]:
            rx = fx0 - b.gap / 2
            if b.rule_dash:  # a perforation
                yy = float(y)
                while yy < y + tallest:
                    cv.line(rx, yy, rx, min(yy + b.rule_dash, y + tallest), 2, GREY_666)
                    yy += 2 * b.rule_dash
            else:
                cv.line(rx, y, rx, y + tallest, 1, GREY_888)
    for i, (part, (fx0, fx1), pd) in enumerate(zip(b.parts, frames, pads)):
        _flow(cv, part, fx0 + pd, fx1 - pd, y + pd, {**extra, "column": i})
    return y + tallest + b.space_after


def _logo(cv: _Canvas, b: Logo, x0: float, x1: float, y: int, extra: dict) -> int:
    s = b.side
    box = (x0, y, x0 + s, y + s)
    if b.shape == "circle":
        # A filled disc: concentric ellipse outlines (paint has no filled ellipse).
        r = s / 2
        for k in range(int(r)):
            cv.ellipse((x0 + k, y + k, x0 + s - k, y + s - k), 2, b.fill)
    else:
        cv.fill(box, b.fill)
    t, bot, _ = _vbox(b.mark_size, True, b.family)
    adv = cv.advance(b.mark, b.mark_size, True, b.family)
    cv.text(x0 + (s - adv) / 2, y + (s - (bot - t)) / 2 - t, b.mark, b.mark_size, True, b.family, b.mark_color,
            frame=(x0, x0 + s), **extra)
    nt, nb, _ = _vbox(b.name_size, True, b.family)
    nx = x0 + s + 16
    if b.tagline:
        tt, tb, _ = _vbox(b.tagline_size, False, b.family)
        block = (nb - nt) + 8 + (tb - tt)
        ny = y + (s - block) / 2 - nt
        cv.text(nx, ny, b.name, b.name_size, True, b.family, b.name_color, frame=(x0, x1), **extra)
        cv.text(nx, ny + nt + (nb - nt) + 8 - tt, b.tagline, b.tagline_size, False, b.family, b.tagline_color,
                frame=(x0, x1), **extra)
    else:
        cv.text(nx, y + (s - (nb - nt)) / 2 - nt, b.name, b.name_size, True, b.family, b.name_color,
                frame=(x0, x1), **extra)
    if b.right:
        rt, rb, _ = _vbox(b.right_size, False, b.family)
        step = int(b.right_size * 1.45)
        ry = y + (s - ((rb - rt) + (len(b.right) - 1) * step)) / 2 - rt
        for i, s_ in enumerate(b.right):
            adv = cv.advance(s_, b.right_size, False, b.family)
            cv.text(x1 - adv, ry + i * step, s_, b.right_size, False, b.family, b.right_color, frame=(x0, x1),
                    **extra)
    return y + s + b.space_after


def render_page(spec: StylePage) -> Rendered:
    """Lay out ``spec``: drawing operations plus truth lines (text, box, reading order, ``cell``,
    ``column``, ``filler``) and tables, in page pixels.

    Raises ``ValueError`` when text leaves the page, its frame or its cell, or the body runs into
    the footer, so a document that does not fit is caught when the set is generated.
    """
    cv = _Canvas(spec.size)
    w, h = spec.size
    m = spec.margin
    cv.fill((0, 0, w, h), spec.paper)
    y = _flow(cv, spec.blocks, m, w - m, m, {})
    limit = h - int(m * 0.6)
    if spec.footer:
        fh = _measure(spec.footer, m, w - m, spec.size)
        limit -= fh
        _flow(cv, spec.footer, m, w - m, limit, {})
    if y > limit:
        raise ValueError(f"page content runs past the bottom margin or into the footer (y={y} > {limit})")
    for i, ln in enumerate(cv.out.lines):
        ln["order"] = i
    return cv.out


# --------------------------------------------------------------------------------------------
# Pixels, PDFs and captures
# --------------------------------------------------------------------------------------------
def paint(rendered: Rendered, scale: float = 1.0) -> Image.Image:
    """``dataset_extra.paint`` with this module's fonts (fills first, then rules and text in order)."""
    return _extra_paint(rendered, scale, font_of=get_font)


def capture(rendered: Rendered, slice_name: str, rng: np.random.Generator) -> Captured:
    """``dataset_extra.capture`` (dev2's capture conditions and the harsher ``HARSH_SLICES``) with
    this module's fonts."""
    return _capture(rendered, slice_name, rng, painter=paint)


def text_layer_pdf(pages: Sequence[Rendered], *, title: str = "") -> bytes:
    """The pages as a born-digital PDF (``PDF_DPI``): every text operation becomes real text in
    an embedded TrueType font (a PDF reader gets the exact characters), rules and fills vectors.

    Matplotlib opens a font collection at its first face, so a page meant for a text layer
    should use single-face families (DejaVu) or collections whose faces share their glyphs
    (Noto CJK); ``wqy-mono`` would print in the proportional face.
    """
    return _extra_text_layer_pdf(pages, title=title, fonts=(font_file, get_font))


# --------------------------------------------------------------------------------------------
# Building a set (data/docqa-dev3, data/docqa-dev4)
# --------------------------------------------------------------------------------------------
def build_set(documents: Iterable[Any], *, seed: int, one_face: Iterable[str] = ("wqy-mono",)
              ) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """(files by name, truth pages, qa records) of ``documents`` (``devset.Doc``) drawn by this
    renderer; raises when an answer is not on its page, its evidence is not of its question
    type, or a text-layer PDF draws with a ``one_face`` family (the second face of a font
    collection, which ``text_layer_pdf`` cannot embed)."""
    from paddlecamp.docqa.devset import capture_pages, file_bytes, record

    files: dict[str, bytes] = {}
    truth: list[dict] = []
    qa: list[dict] = []
    for doc in documents:
        rendered, images, pages = capture_pages(doc, render_page, capture, seed,
                                                extra=lambda r: {"fonts": sorted(families_in([r]))})
        second = families_in(rendered) & set(one_face)
        if {p.slice for p in doc.pages} == {"pdf-text"} and second:
            raise ValueError(f"{doc.name}: a text-layer PDF cannot use {', '.join(sorted(second))} "
                             "(the second face of a font collection, see text_layer_pdf)")
        files[doc.name] = file_bytes(doc, rendered, images, text_layer_pdf)
        truth.extend(pages)
        qa.extend(record(doc, i, q, pages, same_lang=True) for i, q in enumerate(doc.questions, start=1))
    return files, truth, qa


def fonts_used(documents: Iterable[Any], *, note_bold: bool = False) -> dict[str, str]:
    """Font family -> ``file#face`` for every family the documents draw with (recorded in the
    truth, so a machine with other fonts is told why its pages differ); ``note_bold`` also
    marks a family without a bold face."""
    fams = sorted(families_in(render_page(p) for d in documents for p in d.pages))
    out = {}
    for fam in fams:
        for bold in (False, True):
            src = font_source(fam, bold)
            out[f"{fam}{'-bold' if bold else ''}"] = f"{Path(src.path).name}#{src.index}" + (
                " (fallback)" if src.fallback else "") + (
                " (no bold face)" if note_bold and bold and not src.bold_face else "")
    return out


def write_styled_set(out_dir: Path, documents: Iterable[Any], *, version: int, seed: int,
                     one_face: Iterable[str] = ("wqy-mono",), note_bold: bool = False
                     ) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """Build the set (``build_set``) and write it under ``out_dir`` (only files whose bytes change)."""
    from paddlecamp.docqa.devset import write_set

    documents = tuple(documents)
    files, truth, qa = build_set(documents, seed=seed, one_face=one_face)
    write_set(out_dir, files, {"version": version, "seed": seed, "pdf_dpi": 100,
                               "fonts": fonts_used(documents, note_bold=note_bold), "pages": truth}, qa)
    return files, truth, qa


def set_generator(documents: Iterable[Any], *, version: int, seed: int, one_face: Iterable[str] = ("wqy-mono",),
                  note_bold: bool = False) -> tuple[Any, Any, Any]:
    """``(build, write, main)`` of a set's generator script (``data/docqa-dev4/make_dev4.py``):
    ``build(documents=..., *, seed=...)`` gives (files by name, truth pages, qa records) and
    raises where ``build_set`` does; ``write(out_dir, documents=...)`` writes the set there
    (only files whose bytes change); ``main(here)`` writes it into ``here`` and says what it wrote."""
    from paddlecamp.docqa.devset import summary_line

    documents = tuple(documents)
    one_face = tuple(one_face)

    def build(docs: Iterable[Any] = documents, *, seed: int = seed) -> tuple[dict[str, bytes], list[dict], list[dict]]:
        return build_set(docs, seed=seed, one_face=one_face)

    def write(out_dir: Path, docs: Iterable[Any] = documents) -> tuple[dict[str, bytes], list[dict], list[dict]]:
        return write_styled_set(out_dir, docs, version=version, seed=seed, one_face=one_face, note_bold=note_bold)

    def main(here: Path) -> None:
        print(summary_line(here, *write(here)))

    return build, write, main


def stand_in_fonts(documents: Iterable[Any]) -> list[str]:
    """Families (and bold faces) the documents draw with that this machine lacks, so a stand-in
    face is used and the pages differ from the committed ones."""
    fams = families_in(render_page(p) for d in documents for p in d.pages)
    return sorted(f for f in fams for bold in (False, True) if font_source(f, bold).fallback)
