"""Render a .pptx to PDF and PNG pages with LibreOffice, to check that every slide renders.

Needs ``soffice`` (Debian ``libreoffice-impress``) and ``pdftoppm`` (``poppler-utils``);
``render_available()`` says whether both are there. LibreOffice runs with a private user
profile in the output folder, so it neither reads nor writes the user's own profile and two
renders at once do not collide.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


class RenderError(RuntimeError):
    """LibreOffice or pdftoppm failed, or the PDF has a different number of pages than slides."""


@dataclass
class Rendered:
    pdf: Path
    pngs: list[Path]
    pages: int


def render_available() -> bool:
    return shutil.which("soffice") is not None and shutil.which("pdftoppm") is not None


def pdf_pages(pdf: Path) -> int:
    """Number of pages, from ``pdfinfo`` (poppler)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise RenderError(f"{pdf}: pdfinfo reports no page count")


def render(pptx: str | Path, out: str | Path, *, expected_slides: int | None = None, dpi: int = 60,
           timeout: float = 300.0) -> Rendered:
    """``pptx`` -> ``out/<name>.pdf`` and ``out/png/<name>-NN.png``; checks the page count."""
    pptx, out = Path(pptx).resolve(), Path(out).resolve()
    if not render_available():
        raise RenderError("rendering needs LibreOffice (soffice) and poppler (pdftoppm): "
                          "apt-get install libreoffice-impress poppler-utils")
    out.mkdir(parents=True, exist_ok=True)
    profile = out / ".lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
           "--outdir", str(out), str(pptx)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RenderError(f"{pptx.name}: LibreOffice did not finish in {timeout:g} s") from None
    pdf = out / (pptx.stem + ".pdf")
    if proc.returncode != 0 or not pdf.is_file():
        raise RenderError(f"{pptx.name}: LibreOffice failed ({proc.returncode}): {(proc.stderr or proc.stdout)[-400:]}")
    pages = pdf_pages(pdf)
    if expected_slides is not None and pages != expected_slides:
        raise RenderError(f"{pdf.name}: {pages} page(s) rendered for {expected_slides} slide(s)")
    png_dir = out / "png"
    if png_dir.is_dir():
        for old in png_dir.glob(pptx.stem + "-*.png"):
            old.unlink()
    png_dir.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(png_dir / pptx.stem)], check=True,
                   capture_output=True, timeout=timeout)
    pngs = sorted(png_dir.glob(pptx.stem + "-*.png"))
    if len(pngs) != pages:
        raise RenderError(f"{pdf.name}: {len(pngs)} PNG page(s) for {pages} PDF page(s)")
    return Rendered(pdf, pngs, pages)
