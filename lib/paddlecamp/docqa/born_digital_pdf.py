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

from paddlecamp.docqa.sample_pages import PageSpec, cjk_font_file

#: Resolution the page sizes of ``PageSpec`` are meant at (A4 = 1240 x 1754 pixels).
DPI = 150


def _text_page_pdf(spec: PageSpec, path: Path) -> None:
    """One page with the spec's title, lines and table as text (ruled table cells as lines)."""
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Rectangle
    from PIL import ImageFont

    w, h = spec.size
    font_file = cjk_font_file()
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = Figure(figsize=(w / DPI, h / DPI), dpi=DPI)

        def text(x: float, y: float, s: str, px: float) -> None:
            fig.text(x / w, 1 - y / h, s, va="top", fontproperties=FontProperties(fname=font_file, size=px * 72 / DPI))

        margin, y = 90, 90
        if spec.title:
            text(margin, y, spec.title, spec.font_px * 1.4)
            y += int(spec.font_px * 2.6)
        for line in spec.lines:
            text(margin, y, line, spec.font_px)
            y += int(spec.font_px * 1.9)
        if spec.table:
            measure = ImageFont.truetype(font_file, spec.font_px)
            y += spec.font_px
            n_cols = max(len(r) for r in spec.table)
            col_w = [max(measure.getlength(r[c]) if c < len(r) else 0 for r in spec.table) + 60 for c in range(n_cols)]
            row_h = int(spec.font_px * 2.0)
            for row in spec.table:
                x = margin
                for c in range(n_cols):
                    fig.add_artist(Rectangle((x / w, 1 - (y + row_h) / h), col_w[c] / w, row_h / h,
                                             transform=fig.transFigure, fill=False, linewidth=1))
                    if c < len(row):
                        text(x + 30, y + int(spec.font_px * 0.45), row[c], spec.font_px)
                    x += col_w[c]
                y += row_h
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
