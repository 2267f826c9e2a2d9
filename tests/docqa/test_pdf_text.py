"""PDF pages with a text layer are read from it, not OCR'd; image-only pages still are.

Text PDFs are drawn with matplotlib's PDF backend (TrueType fonts embedded, so the text is
real text with a ToUnicode map); image-only PDFs are Pillow images saved as PDF; scans with
an invisible OCR layer are built with pdfium.
"""
from __future__ import annotations

import ctypes
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from paddlecamp.docqa import api
from paddlecamp.docqa.ingest import PDF_DPI, load_pages
from paddlecamp.docqa.records import Line, Page
from paddlecamp.docqa.sample_pages import EN_MEMO, ZH_REPORT, PageSpec, cjk_font_file, page_layout, render_page

A4 = (1240, 1754)  # pixels at 150 dpi, like the rendered sample pages


def draw_text_pdf(path: Path, items, *, size=A4, rects=()) -> list[tuple[str, list[float]]]:
    """Write a PDF whose text is a real text layer; return each item's drawn box in pixels.

    ``items`` are ``(x, y_top, text, font_px)`` in pixels of the page at 150 dpi, ``rects``
    ruled boxes ``[x0, y0, x1, y1]``. Boxes come from matplotlib's own layout (font ascent to
    descent, advance widths), which is what a PDF text layer's loose character boxes give.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Rectangle

    w, h = size
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = Figure(figsize=(w / PDF_DPI, h / PDF_DPI), dpi=PDF_DPI)
        canvas = FigureCanvasAgg(fig)
        texts = [fig.text(x / w, 1 - y / h, s, va="top",
                          fontproperties=FontProperties(fname=cjk_font_file(), size=px * 72 / PDF_DPI))
                 for x, y, s, px in items]
        for x0, y0, x1, y1 in rects:
            fig.add_artist(Rectangle((x0 / w, 1 - y1 / h), (x1 - x0) / w, (y1 - y0) / h, transform=fig.transFigure,
                                     fill=False, linewidth=1))
        renderer = canvas.get_renderer()
        drawn = []
        for t in texts:
            e = t.get_window_extent(renderer)
            drawn.append((t.get_text(), [e.x0, h - e.y1, e.x1, h - e.y0]))
        fig.savefig(path, format="pdf")
    return drawn


def spec_pdf(spec: PageSpec, path: Path) -> list[tuple[str, list[float]]]:
    """The sample page ``spec`` as a text PDF, laid out like ``render_page`` draws it."""
    items, rects = page_layout(spec)
    return draw_text_pdf(path, items, size=spec.size, rects=rects)


def image_pdf(path: Path, text: str, size=(1000, 260)) -> Path:
    """An image-only PDF (no text layer): one line of text drawn into a picture."""
    img = Image.new("RGB", size, "white")
    ImageDraw.Draw(img).text((40, 90), text, font=ImageFont.truetype(cjk_font_file(), 48), fill="black")
    img.save(path, "PDF", resolution=PDF_DPI)
    return path


def merge_pdfs(out: Path, *parts: Path) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for part in parts:
        pdf.import_pages(pdfium.PdfDocument(str(part)))
    pdf.save(str(out))
    return out


def scan_pdf(path: Path, image: Image.Image, texts, *, invisible: bool = True) -> Path:
    """A scanned page (one full-page image) plus text objects ``(x, y_baseline, text, px)``
    (invisible: an OCR layer as scanners write it; visible: a stamp or page number)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument.new()
    w, h = image.width * 72 / PDF_DPI, image.height * 72 / PDF_DPI
    page = pdf.new_page(w, h)
    picture = pdfium.PdfImage.new(pdf)
    picture.set_bitmap(pdfium.PdfBitmap.from_pil(image))
    picture.set_matrix(pdfium.PdfMatrix().scale(w, h))
    page.insert_obj(picture)
    for x, y, text, px in texts:
        obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", px * 72 / PDF_DPI)
        buf = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x * 72 / PDF_DPI, h - y * 72 / PDF_DPI)
        if invisible:
            pdfium_c.FPDFTextObj_SetTextRenderMode(obj, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    page.gen_content()
    pdf.save(str(path))
    return path


FIELDS = [(90, 90, "Inspection Report", 42),
          (90, 250, "Name: Laura Chen", 30), (700, 250, "Date: March 3, 2025", 30),  # side by side
          (90, 400, "报告由财务部张伟编制。", 30),
          (90, 480, "本季度营业收入：4,820万元", 30)]


@pytest.fixture(scope="module")
def fields_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdftext") / "fields.pdf"
    return path, draw_text_pdf(path, FIELDS)


class CountingOcr:
    """Stands in for ``ocr_image``: records the pages it is asked for, optionally runs the real one."""

    def __init__(self, real=None):
        self.real = real
        self.pages: list[int] = []

    def __call__(self, image, *, source="", page=1, engine="default", notes=None):
        self.pages.append(page)
        if self.real is not None:
            return self.real(image, source=source, page=page, engine=engine, notes=notes)
        return Page(source=source, page=page, width=int(image.shape[1]), height=int(image.shape[0]),
                    lines=[Line("ocr text", 0.9, [[0, 0], [10, 0], [10, 10], [0, 10]])], notes=list(notes or []))


def count_ocr(monkeypatch, *, real: bool = False) -> CountingOcr:
    from paddlecamp.docqa.ocr import page as page_mod

    counter = CountingOcr(page_mod.ocr_image if real else None)
    monkeypatch.setattr(page_mod, "ocr_image", counter)
    return counter


def test_text_layer_lines_equal_the_drawn_text_with_boxes_where_drawn(fields_pdf):
    path, drawn = fields_pdf
    (page,) = load_pages(path)
    assert page.image.shape[0] == A4[1] and abs(page.image.shape[1] - A4[0]) <= 1
    got = {l.text: l.bbox for l in page.text_lines}
    assert sorted(got) == sorted(t for t, _ in drawn)  # English and Chinese, one line per item
    for text, box in drawn:  # same left/right edges and centre line; the font box is a little taller
        x0, y0, x1, y1 = got[text]
        assert abs(x0 - box[0]) <= 6 and abs(x1 - box[2]) <= 6, (text, got[text], box)
        assert abs((y0 + y1) / 2 - (box[1] + box[3]) / 2) <= 6 and 0.8 < (y1 - y0) / (box[3] - box[1]) < 1.6


def test_text_layer_page_is_not_ocrd_and_reads_in_order(fields_pdf, monkeypatch):
    counter = count_ocr(monkeypatch)
    (page,) = api.ocr(fields_pdf[0])
    assert counter.pages == []
    assert page.origin == "pdf-text" and (page.width, page.height) == load_pages(fields_pdf[0])[0].image.shape[1::-1]
    # The two fields side by side come left to right, between the title and the next row.
    assert page.text.splitlines() == [t for _, _, t, _ in FIELDS]


def test_image_only_pdf_has_no_text_layer(page_files):
    assert all(p.text_lines is None for p in load_pages(page_files["pdf"]))


def test_mixed_pdf_ocrs_only_the_image_page(fields_pdf, tmp_path, monkeypatch):
    scan = image_pdf(tmp_path / "scan.pdf", "Total: 1,275 dollars")
    mixed = merge_pdfs(tmp_path / "mixed.pdf", fields_pdf[0], scan)
    assert [p.text_lines is None for p in load_pages(mixed)] == [False, True]
    counter = count_ocr(monkeypatch, real=True)
    pages = api.ocr(mixed)
    assert counter.pages == [2]
    assert [p.origin for p in pages] == ["pdf-text", "ocr"]
    assert "Laura Chen" in pages[0].text
    assert "1,275" in pages[1].text.replace(" ", "")


def test_garbled_text_layer_falls_back_to_ocr(tmp_path, monkeypatch):
    """A font without ToUnicode: pdfium reads the CJK glyphs as control codes."""
    path = tmp_path / "garbled.pdf"
    draw_text_pdf(path, [(40, 60, "报告由财务部张伟编制", 40), (40, 150, "华东区域新签客户", 40)], size=(900, 260))
    data = path.read_bytes()
    assert b"/ToUnicode" in data
    path.write_bytes(data.replace(b"/ToUnicode", b"/XoUnicode"))  # same length: offsets stay valid
    (image_page,) = load_pages(path)
    assert image_page.text_lines is None
    assert any("garbled" in n for n in image_page.notes)
    counter = count_ocr(monkeypatch, real=True)
    (page,) = api.ocr(path)
    assert counter.pages == [1] and page.origin == "ocr"
    assert "张伟" in page.text


def test_scan_with_an_invisible_ocr_layer_uses_it_but_a_stamped_scan_is_ocrd(tmp_path):
    scan = render_page(EN_MEMO)
    layer = [(90, 90 + 30 + i * 57, t, 30) for i, t in enumerate(EN_MEMO.lines)]
    (page,) = load_pages(scan_pdf(tmp_path / "ocr_layer.pdf", scan, layer + [(90, 1700, "Page 1 of 1", 20)]))
    assert [l.text for l in page.text_lines][:4] == EN_MEMO.lines
    # A page number printed on a scan is a text layer that does not cover the scan: OCR it.
    (stamped,) = load_pages(scan_pdf(tmp_path / "stamped.pdf", scan, [(90, 1700, "Page 1 of 1", 20)],
                                     invisible=False))
    assert stamped.text_lines is None


def test_force_ocr_and_the_cache_keeps_the_two_paths_apart(fields_pdf, tmp_path, monkeypatch):
    counter = count_ocr(monkeypatch)
    store = tmp_path / "store"
    assert api.ocr(fields_pdf[0], store=store)[0].origin == "pdf-text"
    assert api.ocr(fields_pdf[0], store=store)[0].origin == "pdf-text"  # cached
    assert counter.pages == []
    assert api.ocr(fields_pdf[0], store=store, force_ocr=True)[0].origin == "ocr"
    assert counter.pages == [1]
    assert len(list((store / "ocr").glob("*.json"))) == 2
    monkeypatch.setenv("PADDLECAMP_FORCE_OCR", "1")
    assert api.ocr(fields_pdf[0])[0].origin == "ocr"
    assert counter.pages == [1, 1]


def test_index_and_ask_text_pdfs_without_ocr(tmp_path, monkeypatch, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    drawn = spec_pdf(EN_MEMO, docs / "memo_en.pdf")
    spec_pdf(ZH_REPORT, docs / "report_zh.pdf")
    counter = count_ocr(monkeypatch)
    store = tmp_path / "store"
    report = api.index([docs], store=store, collection="pdftext", progress=True)
    assert not report.errors and counter.pages == []
    assert (report.pages_text, report.pages_ocr) == (2, 0) and "2/2" in capsys.readouterr().err  # pages
    hits, _ = api.retrieve("Who inspected the pump station?", store=store, collection="pdftext", top_k=1)
    top = hits[0].chunk
    assert (top.source, top.page) == ("memo_en.pdf", 1) and "Laura Chen" in top.text
    line = next(box for text, box in drawn if "Laura Chen" in text)  # its box is where it was drawn
    assert any(abs(b[0] - line[0]) < 8 and abs((b[1] + b[3]) / 2 - (line[1] + line[3]) / 2) < 8
               for b in top.line_bboxes + [c["bbox"] for c in top.items if c.get("bbox")])
    hits, _ = api.retrieve("华南区域的增长率", store=store, collection="pdftext", top_k=1)
    assert hits[0].chunk.source == "report_zh.pdf" and "9.8%" in hits[0].chunk.text
    res = api.ask("Who inspected the pump station?", store=store, collection="pdftext")
    assert {c["source"] for c in res["citations"]} <= {"memo_en.pdf", "report_zh.pdf"}
    # A user who distrusts the text layer re-indexes with OCR: the PDFs are redone, not skipped.
    again = api.index([docs], store=store, collection="pdftext", progress=False, force_ocr=True)
    assert sorted(again.indexed) == ["memo_en.pdf", "report_zh.pdf"] and counter.pages == [1, 1]
    assert api.index([docs], store=store, collection="pdftext", progress=False, force_ocr=True).skipped


def test_text_layer_is_much_faster_than_ocr(tmp_path, monkeypatch):
    """Reading the text layer against OCR (the layout/table models, run by both, left out).

    Measured on 2 cores: about 0.05-0.07 s against 3.5-4.5 s per A4 page (60-80x); with
    the structure models on, both paths add about 0.5-1 s per page (about 5x).
    """
    from paddlecamp.docqa.ocr.engine import get_engine

    monkeypatch.setenv("PADDLECAMP_STRUCTURE", "0")
    path = tmp_path / "memo.pdf"
    spec_pdf(EN_MEMO, path)
    get_engine(api._engine_key("default"))  # models loaded outside the timing
    t0 = time.perf_counter()
    text = api.ocr(path)
    t1 = time.perf_counter()
    ocred = api.ocr(path, force_ocr=True)
    t2 = time.perf_counter()
    assert text[0].origin == "pdf-text" and ocred[0].origin == "ocr"
    print(f"text layer {t1 - t0:.2f} s, OCR {t2 - t1:.2f} s per page ({(t2 - t1) / (t1 - t0):.0f}x)")
    assert (t2 - t1) > 3 * (t1 - t0)


def test_letter_spaced_titles_read_as_words(tmp_path):
    """Titles typed with a space after every letter ("C E R T I F I C A T E  O F", "物 业 服 务
    费 通 知 单") read as their words; ordinary lines keep their word spaces."""
    pdf = tmp_path / "spaced.pdf"
    draw_text_pdf(pdf, [(100, 100, "C E R T I F I C A T E    O F", 40),
                        (100, 200, "Unit 14, Brindley Park, Coventry CV3 4FJ", 28),
                        (100, 300, "物 业 服 务 费 缴 费 通 知 单", 40)])
    texts = [l.text for l in load_pages(pdf)[0].text_lines]
    assert "CERTIFICATE OF" in texts
    assert "Unit 14, Brindley Park, Coventry CV3 4FJ" in texts
    assert "物业服务费缴费通知单" in texts
