"""Files to page images: png/jpg/tiff (every frame) and PDF (every page, rendered).

Each page comes out as a ``PageImage`` (BGR ``uint8`` array, the source name and the 1-based
page number). Problems a user can fix (unsupported type, empty or corrupt file, a PDF
without pages) raise ``IngestError`` naming the file; a huge image is downscaled and the
page carries a note saying so.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES

#: Longest side a page keeps; larger pages are downscaled (OCR gains nothing above this).
MAX_SIDE = 4096
#: PDF rendering resolution: 150 dpi keeps 10 pt text at about 20 px high, enough for PP-OCR.
PDF_DPI = 150


class IngestError(ValueError):
    """A file cannot be read as pages; the message names the file and the reason."""


@dataclass
class PageImage:
    source: str
    page: int
    image: np.ndarray
    notes: list[str] = field(default_factory=list)


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


def _pdf_pages(path: Path, name: str, dpi: int) -> Iterator[PageImage]:
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
                bitmap = pdf[i].render(scale=dpi / 72)
                img = bitmap.to_pil()
            except pdfium.PdfiumError as exc:
                raise IngestError(f"{name}: cannot render page {i + 1} ({exc})") from exc
            yield PageImage(name, i + 1, _limit(_to_bgr(img), notes), notes)
    finally:
        pdf.close()


def load_pages(path: str | Path, *, dpi: int = PDF_DPI) -> list[PageImage]:
    """All pages of one file as images; raises ``IngestError`` with a clear reason."""
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
        return list(_pdf_pages(path, name, dpi))
    return list(_image_pages(path, name))
