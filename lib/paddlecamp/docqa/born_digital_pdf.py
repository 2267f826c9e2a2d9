"""Write born-digital PDFs: a ``PageSpec`` as a real text layer, optionally followed by scans.

Demos and tests of the live index need documents that index fast and still look like the
real thing. A page with a text layer is read from the layer (no OCR, tens of milliseconds);
an image page (a scan) goes through OCR (seconds). ``write_text_pdf`` makes both kinds in
one file, so a measurement can say exactly what it indexed.

The text is drawn with matplotlib's PDF backend with TrueType fonts embedded (``pdf.fonttype
42``), so each glyph carries its Unicode value and pdfium reads the text back exactly.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from PIL import Image

from paddlecamp.docqa.sample_pages import PageSpec, cjk_font_file, page_layout

#: Resolution the page sizes of ``PageSpec`` are meant at (A4 = 1240 x 1754 pixels).
DPI = 150


def _text_page_pdf(spec: PageSpec, path: Path) -> None:
    """One page with the spec's title, lines and table as text (ruled table cells as lines),
    laid out exactly as the scanned version (``sample_pages.page_layout``)."""
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Rectangle

    w, h = spec.size
    font_file = cjk_font_file()
    items, rects = page_layout(spec)
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = Figure(figsize=(w / DPI, h / DPI), dpi=DPI)
        for x0, y0, x1, y1 in rects:
            fig.add_artist(Rectangle((x0 / w, 1 - y1 / h), (x1 - x0) / w, (y1 - y0) / h,
                                     transform=fig.transFigure, fill=False, linewidth=1))
        for x, y, text, px in items:
            fig.text(x / w, 1 - y / h, text, va="top", fontproperties=FontProperties(fname=font_file, size=px * 72 / DPI))
        fig.savefig(path, format="pdf")


def write_text_pdf(path: str | Path, spec: PageSpec, *, image_pages: Iterable[Image.Image] = ()) -> Path:
    """Write ``spec`` as a text-layer page, then each image of ``image_pages`` as a scanned page.

    The file is written next to ``path`` and renamed into place, so a folder watcher never
    sees a half-written PDF.
    """
    import os
    import tempfile

    import pypdfium2 as pdfium

    path = Path(path)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".text_pdf-") as tmp:
        first = Path(tmp) / "text.pdf"
        _text_page_pdf(spec, first)
        pdf = pdfium.PdfDocument(str(first))
        for i, image in enumerate(image_pages):
            scan = Path(tmp) / f"scan{i}.pdf"
            image.convert("RGB").save(scan, "PDF", resolution=DPI)
            pdf.import_pages(pdfium.PdfDocument(str(scan)))
        out = Path(tmp) / "out.pdf"
        pdf.save(str(out))
        pdf.close()
        os.replace(out, path)
    return path
