"""Make text fit its box: measure, wrap, shrink, or fail the build.

PowerPoint and LibreOffice wrap text themselves but never tell the builder when it
overflows. So the builder measures every paragraph with the font the deck names (the Noto
CJK collection when it is installed, found with ``fc-match``; otherwise a conservative
estimate: a CJK character one em wide, a Latin one 0.62 em), wraps it the way the viewers do
(Latin words stay whole, CJK breaks between characters), and lowers the size step by step
until the wrapped lines fit the box's height. When even ``min_size`` does not fit,
``FitError`` names the slide and the field, and the build stops.
"""
from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

#: Line height as a multiple of the font size (single spacing in both viewers, measured).
LINE_SPACING = 1.2
_POINT_SCALE = 10  # measure at 10x the point size for sub-point precision


class FitError(ValueError):
    """Text that cannot fit its box at the smallest allowed size; the message says where."""


@dataclass(frozen=True)
class Fitted:
    """The size chosen for a text box and its wrapped lines (per paragraph)."""

    size: float
    lines: list[list[str]]

    @property
    def line_count(self) -> int:
        return sum(len(p) for p in self.lines)


@functools.lru_cache(maxsize=None)
def font_file(family: str, bold: bool = False) -> tuple[str, int] | None:
    """``(path, face index)`` of an installed font family, or ``None`` when it is missing."""
    if shutil.which("fc-match") is None:
        return None
    style = "Bold" if bold else "Regular"
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}\t%{index}\t%{family}", f"{family}:style={style}"],
                             capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    parts = out.split("\t")
    if len(parts) < 3 or family.lower() not in parts[2].lower():
        return None  # fc-match substituted another family: measure with the estimate instead
    return parts[0], int(parts[1] or 0)


@functools.lru_cache(maxsize=None)
def _pil_font(family: str, size10: int, bold: bool):
    found = font_file(family, bold)
    if found is None:
        return None
    try:
        from PIL import ImageFont

        return ImageFont.truetype(found[0], size10, index=found[1])
    except (OSError, ImportError):
        return None


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def text_width(text: str, size: float, family: str, bold: bool = False) -> float:
    """Width of ``text`` in points at ``size`` points."""
    font = _pil_font(family, int(round(size * _POINT_SCALE)), bold)
    if font is not None:
        return font.getlength(text) / _POINT_SCALE
    return sum(size * (1.0 if _is_wide(c) else 0.62) for c in text)


def _tokens(text: str) -> list[str]:
    """Break opportunities: each CJK character alone, Latin words with their trailing space."""
    out: list[str] = []
    word = ""
    for ch in text:
        if _is_wide(ch):
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
            if ch == " ":
                out.append(word)
                word = ""
    if word:
        out.append(word)
    return out


def wrap(text: str, width: float, size: float, family: str, bold: bool = False) -> list[str]:
    """Greedy wrap of one paragraph into lines no wider than ``width`` points.

    A single token wider than the box (a long identifier) is cut between characters.
    """
    lines: list[str] = []
    cur = ""
    for tok in _tokens(text):
        if text_width((cur + tok).rstrip(), size, family, bold) <= width:
            cur += tok
            continue
        if cur.strip():
            lines.append(cur.rstrip())
            cur = ""
        tok = tok.lstrip()  # a break swallows the space before it
        while text_width(tok.rstrip(), size, family, bold) > width and len(tok) > 1:
            cut = len(tok) - 1
            while cut > 1 and text_width(tok[:cut], size, family, bold) > width:
                cut -= 1
            lines.append(tok[:cut])
            tok = tok[cut:]
        cur = tok
    if cur.strip() or not lines:
        lines.append(cur.rstrip())
    return lines


def fit(paragraphs: list[str], width: float, height: float, *, size: float, min_size: float,
        family: str, bold: bool = False, where: str = "text", no_wrap: bool = False,
        paragraph_gap: float = 0.0) -> Fitted:
    """The largest size from ``size`` down to ``min_size`` (0.5 pt steps) at which the
    paragraphs, wrapped to ``width`` points, fit ``height`` points.

    ``no_wrap``: each paragraph must fit on one line (code). ``paragraph_gap`` is extra space
    after each paragraph, in multiples of the size. Raises ``FitError`` naming ``where``.
    """
    s = size
    while s >= min_size - 1e-9:
        if no_wrap:
            ok = all(text_width(p, s, family, bold) <= width for p in paragraphs)
            lines = [[p] for p in paragraphs]
        else:
            lines = [wrap(p, width, s, family, bold) for p in paragraphs]
            ok = True
        needed = sum(len(ls) for ls in lines) * s * LINE_SPACING + len(paragraphs) * paragraph_gap * s
        if ok and needed <= height:
            return Fitted(s, lines)
        s -= 0.5
    widest = max(paragraphs, key=lambda p: text_width(p, min_size, family, bold), default="")
    raise FitError(f"{where}: does not fit a {width:.0f} x {height:.0f} pt box even at {min_size:g} pt "
                   f"({len(paragraphs)} paragraph(s), longest {len(widest)} characters: {widest[:40]!r}...); "
                   "shorten it or split the slide")
