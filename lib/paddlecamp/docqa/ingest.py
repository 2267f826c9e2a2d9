"""Files to page images: png/jpg/tiff (every frame) and PDF (every page, rendered).

Each page comes out as a ``PageImage`` (BGR ``uint8`` array, the source name and the 1-based
page number). Problems a user can fix (unsupported type, empty or corrupt file, a PDF
without pages) raise ``IngestError`` naming the file; a huge image is downscaled and the
page carries a note saying so.

PDF pages that carry a usable text layer (born-digital pages, or scans with an invisible OCR
layer) also come with ``text_lines``: the embedded text grouped into lines with boxes in
pixels of the rendered image, so the page needs no OCR. A layer is used when it has a few
real characters, is not mostly unmapped glyphs (fonts without ToUnicode come out as
U+FFFD, private-use or control codes) and, on a page that is mostly
one big image (a scan), actually covers that image rather than being a stamp or a header.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

from paddlecamp.docqa.records import Line

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES

#: Longest side a page keeps; larger pages are downscaled (OCR gains nothing above this).
MAX_SIDE = 4096
#: PDF rendering resolution: 150 dpi keeps 10 pt text at about 20 px high, enough for PP-OCR.
PDF_DPI = 150
#: A text layer needs at least this many readable (non-space, mapped) characters.
MIN_TEXT_CHARS = 3
#: Above this share of unmapped glyphs (U+FFFD, private use, control codes) the layer is garbled.
MAX_BAD_SHARE = 0.2
#: Two glyphs on one row further apart than this many line heights start a new "line" (table
#: cells, side-by-side label:value fields), as an OCR detector would box them separately.
SPLIT_GAP = 1.0


class IngestError(ValueError):
    """A file cannot be read as pages; the message names the file and the reason."""


@dataclass
class PageImage:
    """One page: the image (BGR ``uint8``), and for PDF pages with a usable text layer its lines.

    ``text_lines`` (``None``: OCR the image) are ``Line`` records in pixels of ``image``, not yet
    in reading order (``order`` is 0).
    """

    source: str
    page: int
    image: np.ndarray
    notes: list[str] = field(default_factory=list)
    text_lines: list[Line] | None = None


def display_name(path: Path) -> str:
    """The file name as text, even when the name is not valid UTF-8 (bad bytes become U+FFFD)."""
    raw = os.fsencode(path.name)
    return raw.decode("utf-8", errors="replace")


def content_hash(path: Path) -> str:
    """SHA-256 of the file's bytes (identifies a version of a document)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def expand_paths(paths: list[str | Path]) -> tuple[list[Path], list[dict[str, str]]]:
    """Files to index: files as given, folders walked recursively for supported types.

    Returns ``(files, errors)``; a missing path is an error entry, not an exception.
    """
    files: list[Path] = []
    errors: list[dict[str, str]] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                errors.append({"path": str(p), "error": "folder holds no supported files "
                               f"({', '.join(sorted(SUPPORTED_SUFFIXES))})"})
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            errors.append({"path": os.fsdecode(p), "error": "no such file or folder"})
    return files, errors


@dataclass
class SourceFile:
    """A file to index and the root its key is relative to.

    ``root`` is the folder given on the command line when the file was found by walking it
    (``folder=True``), else the file's own folder (a file given directly is keyed by its name).
    """

    path: Path
    root: Path
    folder: bool = False


def expand_documents(paths: list[str | Path]) -> tuple[list[SourceFile], list[Path], list[dict[str, str]]]:
    """Like ``expand_paths``, keeping each file's root: ``(files, folders, errors)``.

    ``folders`` are the folders given (they exist), whose vanished files an index run may drop.
    """
    files: list[SourceFile] = []
    folders: list[Path] = []
    errors: list[dict[str, str]] = []
    for p in map(Path, paths):
        if p.is_dir():
            found, errs = expand_paths([p])
            errors.extend(errs)
            folders.append(p)
            files.extend(SourceFile(f, p, True) for f in found)
        else:
            found, errs = expand_paths([p])
            errors.extend(errs)
            files.extend(SourceFile(f, f.parent, False) for f in found)
    return files, folders, errors


def _to_bgr(img) -> np.ndarray:
    rgb = np.asarray(img.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _limit(arr: np.ndarray, notes: list[str]) -> np.ndarray:
    h, w = arr.shape[:2]
    if max(h, w) <= MAX_SIDE:
        return arr
    import cv2

    scale = MAX_SIDE / max(h, w)
    out = cv2.resize(arr, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)
    notes.append(f"downscaled from {w}x{h} to {out.shape[1]}x{out.shape[0]} (longest side {MAX_SIDE})")
    return out


def _image_pages(path: Path, name: str) -> Iterator[PageImage]:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    # Huge scans are legitimate input: allow them past Pillow's bomb guard, then downscale.
    Image.MAX_IMAGE_PIXELS = 400_000_000
    try:
        img = Image.open(path)
        pages = []
        # The iterator re-seeks one image object: convert each frame before moving on.
        for i, frame in enumerate(ImageSequence.Iterator(img), start=1):
            notes: list[str] = []
            pages.append(PageImage(name, i, _limit(_to_bgr(frame), notes), notes))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise IngestError(f"{name}: cannot decode image ({exc})") from exc
    except Image.DecompressionBombError as exc:
        raise IngestError(f"{name}: image too large to decode safely ({exc})") from exc
    yield from pages


def _pdf_pages(path: Path, name: str, dpi: int, text_layer: bool = True) -> Iterator[PageImage]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise IngestError(f"{name}: cannot open PDF ({exc})") from exc
    try:
        if len(pdf) == 0:
            raise IngestError(f"{name}: PDF has no pages")
        for i in range(len(pdf)):
            notes: list[str] = []
            try:
                page = pdf[i]
                bitmap = page.render(scale=dpi / 72)
                img = bitmap.to_pil()
            except pdfium.PdfiumError as exc:
                raise IngestError(f"{name}: cannot render page {i + 1} ({exc})") from exc
            arr = _limit(_to_bgr(img), notes)
            lines = None
            if text_layer:
                try:
                    lines = pdf_text_lines(page, img.width, img.height, notes)
                except pdfium.PdfiumError as exc:  # a broken text layer: OCR the page instead
                    notes.append(f"text layer unreadable ({exc}); page OCR'd")
                if lines is not None and arr.shape[1] != img.width:
                    lines = _scale_lines(lines, arr.shape[1] / img.width)
            yield PageImage(name, i + 1, arr, notes, lines)
    finally:
        pdf.close()


# PDF text layer -------------------------------------------------------------------------------
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}


def _is_bad_char(ch: str) -> bool:
    """A glyph whose font had no usable unicode mapping (what garbled text layers are made of).

    pdfium's own ``FPDFText_HasUnicodeMapError`` is not used: it also flags fonts without
    ToUnicode whose codes are plain ASCII, which pdfium then reads correctly.
    """
    import unicodedata

    o = ord(ch)
    if ch == "\ufffd" or 0xE000 <= o <= 0xF8FF or o >= 0xF0000:
        return True
    return unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")


def _device_transform(page, width: int, height: int) -> np.ndarray:
    """2x3 affine matrix from PDF page space to pixels of the page rendered ``width x height``.

    Built with pdfium's own page-to-device mapping (crop box, ``/Rotate``), evaluated on a
    64x larger virtual canvas so its integer output is exact to 1/64 pixel.
    """
    import ctypes

    import pypdfium2.raw as pdfium_c

    k = 64
    l, b, r, t = page.get_cropbox()

    def dev(x: float, y: float) -> tuple[float, float]:
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, width * k, height * k, 0, x, y,
                                   ctypes.byref(dx), ctypes.byref(dy))
        return dx.value / k, dy.value / k

    p0, px, py = np.array(dev(l, b)), np.array(dev(r, b)), np.array(dev(l, t))
    a = np.column_stack([(px - p0) / max(r - l, 1e-6), (py - p0) / max(t - b, 1e-6)])  # 2x2 linear part
    return np.column_stack([a, p0 - a @ np.array([l, b])])


def _to_pixels(m: np.ndarray, box: tuple[float, float, float, float]) -> list[float]:
    left, bottom, right, top = box
    pts = m @ np.array([[left, right, left, right], [bottom, bottom, top, top], [1, 1, 1, 1]], dtype=float)
    return [float(pts[0].min()), float(pts[1].min()), float(pts[0].max()), float(pts[1].max())]


def _image_boxes(page, m: np.ndarray) -> list[list[float]]:
    import pypdfium2.raw as pdfium_c

    boxes = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        boxes.append(_to_pixels(m, obj.get_bounds()))
    return boxes


@dataclass
class _Glyph:
    ch: str
    index: int  # position in the text page's character stream
    box: list[float]  # x0, y0, x1, y1 in pixels (y down)

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


def pdf_text_lines(page, width: int, height: int, notes: list[str] | None = None) -> list[Line] | None:
    """The page's text layer as lines with pixel boxes, or ``None`` when it is unusable.

    ``page`` is a ``pypdfium2.PdfPage`` rendered at ``width x height`` pixels. Characters are
    taken with their loose boxes (advance width x font ascent/descent, like an OCR box),
    grouped into rows by vertical overlap, and each row is split at gaps wider than
    ``SPLIT_GAP`` line heights. ``notes`` receives a remark when the layer is present but
    rejected as garbled, or when sideways characters were left out.
    """
    import math

    import pypdfium2.raw as pdfium_c

    notes = notes if notes is not None else []
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return None
        m = _device_transform(page, width, height)
        rot = m[:, :2]
        glyphs: list[_Glyph] = []
        spaces: set[int] = set()
        bad = sideways = 0
        for i in range(n):
            code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
            ch = chr(code) if 0 < code < 0x110000 else "\ufffd"
            if ch.isspace() or ch in "\u200b\u00ad":
                # Control codes that happen to be whitespace (tab, form feed...) from a font
                # without a unicode map are garbage, not spacing.
                if not (ch in " \u3000\u00a0\u200b\u00ad" or pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1
                        or pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, i) != 1):
                    bad += 1
                spaces.add(i)
                continue
            if _is_bad_char(ch):
                bad += 1
                continue
            angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, i)
            if angle >= 0:  # -1: unknown
                dx, dy = rot @ np.array([math.cos(angle), math.sin(angle)])
                if abs(math.atan2(dy, dx)) > math.radians(10):
                    sideways += 1
                    continue
            box = _to_pixels(m, textpage.get_charbox(i, loose=True))
            if box[2] - box[0] <= 0 or box[3] - box[1] <= 0:
                box = _to_pixels(m, textpage.get_charbox(i))
            if box[3] - box[1] <= 0:
                continue
            glyphs.append(_Glyph(_LIGATURES.get(ch, ch), i, box))
    finally:
        textpage.close()
    total = len(glyphs) + bad + sideways
    if total and bad > MAX_BAD_SHARE * total:
        notes.append(f"text layer looks garbled ({bad} of {total} characters unmapped); page OCR'd")
        return None
    if len(glyphs) < MIN_TEXT_CHARS:
        return None
    if sideways > 0.2 * total:
        return None  # mostly rotated text: leave it to OCR like a scan
    if not _covers_big_images(glyphs, _image_boxes(page, m), width * height):
        return None
    if sideways:
        notes.append(f"{sideways} sideways character(s) of the text layer left out")
    return _glyph_lines(glyphs, spaces)


def _covers_big_images(glyphs: list[_Glyph], images: list[list[float]], page_area: float) -> bool:
    """On a page that is mostly one image (a scan) the text must cover that image.

    An invisible OCR layer spreads over the scan; a page number, a stamp or a digital header
    on a scanned page does not, and such a page is OCR'd (the text layer would miss the scan).
    """
    big = [b for b in images if (b[2] - b[0]) * (b[3] - b[1]) >= 0.5 * page_area]
    if not big:
        return True
    x0, y0, x1, y1 = max(big, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    inside = [g for g in glyphs if x0 <= (g.box[0] + g.box[2]) / 2 <= x1 and y0 <= (g.box[1] + g.box[3]) / 2 <= y1]
    if len(inside) < max(MIN_TEXT_CHARS, 0.5 * len(glyphs)):
        return False
    spread = max(g.box[3] for g in inside) - min(g.box[1] for g in inside)
    return spread >= 0.3 * (y1 - y0)


#: glyphs of one row have box bottoms within this share of the smaller glyph height
BASELINE_TOL = 0.35
#: A gap between glyphs wider than this share of the line height is a space between words ...
WORD_GAP = 0.25
#: ... unless the row is letter-spaced: its median gap (over at least ``LETTER_SPACED_MIN``
#: gaps) is wider than this share of the height, and a word gap is that much wider again.
LETTER_SPACED = 0.15
LETTER_SPACED_MIN = 4


def _glyph_lines(glyphs: list[_Glyph], spaces: set[int]) -> list[Line]:
    """Glyphs to lines: rows by vertical overlap and a shared baseline, split at wide gaps,
    spaces where the PDF had them.

    Overlap alone is not enough: beside a large letterhead name, two small address lines
    both lie inside the tall glyphs' band and would interleave into one row. Glyphs of one
    line also sit on one baseline (their box bottoms agree to a fraction of the smaller
    height, also when a small label and a large value share the line), so a row takes only
    glyphs whose bottom is near its own.
    """
    rows: list[list[_Glyph]] = []
    extents: list[list[float]] = []  # per row: top, bottom (union of its glyphs), first glyph's bottom and height
    for g in sorted(glyphs, key=lambda g: (g.box[1] + g.box[3]) / 2):
        best, best_ov = None, 0.5
        for r in range(len(rows) - 1, max(-1, len(rows) - 8), -1):  # only the nearest rows can overlap
            top, bottom, base, h = extents[r]
            ov = (min(bottom, g.box[3]) - max(top, g.box[1])) / max(1e-6, min(bottom - top, g.height))
            if ov > best_ov and abs(g.box[3] - base) <= BASELINE_TOL * min(h, g.height):
                best, best_ov = r, ov
        if best is None:
            rows.append([g])
            extents.append([g.box[1], g.box[3], g.box[3], g.height])
        else:
            rows[best].append(g)
            e = extents[best]
            extents[best] = [min(e[0], g.box[1]), max(e[1], g.box[3]), e[2], e[3]]
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda g: (g.box[0], g.index))
        height = float(np.median([g.height for g in row]))
        # a letter-spaced row ("C E R T I F I C A T E") spaces every glyph: a word gap there is
        # the letter gap plus a space's width, not any gap over a quarter of the height
        gaps = [max(0.0, b.box[0] - a.box[2]) for a, b in zip(row, row[1:]) if b.box[0] - a.box[2] <= SPLIT_GAP * height]
        letter_gap = float(np.median(gaps)) if len(gaps) >= LETTER_SPACED_MIN else 0.0
        spaced_row = letter_gap > LETTER_SPACED * height  # the PDF's (or pdfium's) spaces there mark letters
        word_gap = WORD_GAP * height + (letter_gap if spaced_row else 0.0)
        segment: list[_Glyph] = []
        text = ""
        for g in row:
            if segment:
                prev = segment[-1]
                gap = g.box[0] - prev.box[2]
                width = min(g.box[2] - g.box[0], prev.box[2] - prev.box[0])
                if prev.ch == g.ch and abs(g.box[0] - prev.box[0]) < 0.3 * width:
                    continue  # the same glyph drawn twice (fake bold, shadows)
                if gap > SPLIT_GAP * height:
                    lines.append(_segment_line(segment, text))
                    segment, text = [], ""
                else:
                    lo, hi = sorted((prev.index, g.index))
                    if gap > word_gap or (not spaced_row and hi - lo < 64
                                          and any(j in spaces for j in range(lo + 1, hi))):
                        text += " "
            segment.append(g)
            text += g.ch
        if segment:
            lines.append(_segment_line(segment, text))
    return lines


def _segment_line(segment: list[_Glyph], text: str) -> Line:
    x0 = min(g.box[0] for g in segment)
    y0 = min(g.box[1] for g in segment)
    x1 = max(g.box[2] for g in segment)
    y1 = max(g.box[3] for g in segment)
    box = [[round(x0, 1), round(y0, 1)], [round(x1, 1), round(y0, 1)], [round(x1, 1), round(y1, 1)],
           [round(x0, 1), round(y1, 1)]]
    text = text.strip()
    if _SPACED_CJK.fullmatch(text):  # "物 业 服 务 费 通 知 单": a letter-spaced Chinese title
        text = text.replace(" ", "")
    return Line(text=text, score=1.0, box=box)


#: A line of single Chinese characters each followed by one space (four or more characters).
_SPACED_CJK = re.compile(r"(?:[\u3400-\u9fff] ){3,}[\u3400-\u9fff]")


def _scale_lines(lines: list[Line], f: float) -> list[Line]:
    return [Line(text=l.text, score=l.score, box=[[x * f, y * f] for x, y in l.box]) for l in lines]


def iter_pages(path: str | Path, *, dpi: int = PDF_DPI, text_layer: bool = True) -> Iterator[PageImage]:
    """The pages of one file one at a time (a long PDF is not held in memory at once).

    Raises ``IngestError`` with a clear reason. ``text_layer=False`` skips reading PDF text
    layers (every page is then left to OCR).
    """
    path = Path(path)
    name = display_name(path)
    if not path.is_file():
        raise IngestError(f"{name}: no such file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{name}: unsupported file type {suffix or '(none)'!r}; "
                          f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    if path.stat().st_size == 0:
        raise IngestError(f"{name}: file is empty")
    if suffix in PDF_SUFFIXES:
        yield from _pdf_pages(path, name, dpi, text_layer)
    else:
        yield from _image_pages(path, name)


def load_pages(path: str | Path, *, dpi: int = PDF_DPI, text_layer: bool = True) -> list[PageImage]:
    """All pages of one file as images; raises ``IngestError`` with a clear reason."""
    return list(iter_pages(path, dpi=dpi, text_layer=text_layer))


def count_pages(path: str | Path) -> int:
    """How many pages a file has, cheaply (for progress bars); 1 when it cannot be told."""
    path = Path(path)
    try:
        if path.suffix.lower() in PDF_SUFFIXES:
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(str(path))
            try:
                return max(1, len(pdf))
            finally:
                pdf.close()
        from PIL import Image

        with Image.open(path) as img:
            return max(1, int(getattr(img, "n_frames", 1)))
    except Exception:
        return 1
