"""The evaluation set: deterministic, complete, and its truth is exactly what was drawn."""
from __future__ import annotations

import io
import json

import numpy as np
import pytest
from PIL import Image

from paddlecamp.docqa import dataset as ds

DATA = "data/docqa"


@pytest.fixture(scope="module")
def built() -> ds.BuiltDataset:
    return ds.build_dataset()


def test_two_builds_are_byte_identical(built):
    again = ds.build_dataset()
    assert again.files.keys() == built.files.keys()
    for name in built.files:
        assert again.files[name] == built.files[name], name
    assert again.truth_json() == built.truth_json()
    assert again.qa == built.qa


def test_committed_files_match_the_generator(built, repo_root):
    data = repo_root / DATA
    committed_truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    assert committed_truth == json.loads(json.dumps(built.truth_json(), ensure_ascii=False))
    committed_qa = [json.loads(x) for x in (data / "qa.jsonl").read_text(encoding="utf-8").splitlines()]
    assert committed_qa == built.qa
    assert sorted(p.name for p in (data / "pages").iterdir()) == sorted(built.files)
    total = sum((data / "pages" / n).stat().st_size for n in built.files)
    assert total < 5 * 2**20


def test_set_has_the_promised_shape(built):
    assert len(built.truth) >= 10
    langs = {t.lang for t in built.truth}
    assert {"zh", "en"} <= langs
    assert sum(len(t.tables) for t in built.truth) >= 5
    assert len(built.qa) >= 40
    unanswerable = [q for q in built.qa if not q["answerable"]]
    assert len(unanswerable) >= 8
    assert {q["lang"] for q in unanswerable} == {"zh", "en"}
    kinds = {q["kind"] for q in built.qa if q["answerable"]}
    assert {"number", "date", "name", "cell"} <= kinds
    ids = [q["id"] for q in built.qa]
    assert len(ids) == len(set(ids))
    pdfs = [n for n in built.files if n.endswith(".pdf")]
    assert pdfs and max(t.page for t in built.truth if t.source == pdfs[0]) >= 3


def test_every_answer_is_on_its_page(built):
    truth = {(t.source, t.page): t for t in built.truth}
    for q in built.qa:
        if not q["answerable"]:
            assert q["source"] is None and q["answer"] == ""
            continue
        page = truth[(q["source"], q["page"])]
        assert ds.normalize(q["answer"]) in ds.normalize(q["evidence_text"])
        assert q["evidence_text"] in [ln["text"] for ln in page.lines]


def test_pdf_pages_have_the_truth_size(built):
    import pypdfium2 as pdfium

    name = next(n for n in built.files if n.endswith(".pdf"))
    pdf = pdfium.PdfDocument(built.files[name])
    pages = [t for t in built.truth if t.source == name]
    assert len(pdf) == len(pages)
    for i, t in enumerate(pages):
        w_pt, h_pt = pdf[i].get_size()
        # PDF points at PDF_DPI pixels per inch give back the truth's pixel size.
        assert round(w_pt / 72 * ds.PDF_DPI) == t.width
        assert round(h_pt / 72 * ds.PDF_DPI) == t.height


def _ink(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L")) < 160


@pytest.mark.parametrize("doc", ds.DOCUMENTS, ids=lambda d: d.name)
def test_clean_page_has_ink_only_inside_truth_boxes(doc):
    for blocks in doc.pages:
        img, lines, tables = ds.render_page(blocks)
        ink = _ink(img)
        assert ink.any()
        for line in lines:
            x0, y0, x1, y1 = line["bbox"]
            assert ink[y0:y1, x0:x1].sum() > 10, line["text"]  # something was drawn there
            ink[max(0, y0 - 1):y1 + 1, max(0, x0 - 1):x1 + 1] = False
        for table in tables:
            # Every grid line is an edge of some non-empty cell (each row and column has one).
            tx0, ty0, tx1, ty1 = table["bbox"]
            for cell in table["cells"]:
                x0, y0, x1, y1 = cell["cell_bbox"]
                for x in (x0, x1):
                    ink[ty0 - 2:ty1 + 3, x - 2:x + 3] = False
                for y in (y0, y1):
                    ink[y - 2:y + 3, tx0 - 2:tx1 + 3] = False
        # Anything left would be text the truth does not know about.
        assert ink.sum() == 0, f"{doc.name}: {ink.sum()} ink pixels outside truth boxes"


def test_degraded_boxes_follow_the_rotation(built):
    for t in built.truth:
        img = Image.open(io.BytesIO(built.files[t.source])) if t.source.endswith((".jpg", ".png", ".tiff")) else None
        if img is None:
            continue
        dark = np.asarray(img.convert("L")).astype(np.float32)
        for line in t.lines:
            x0, y0, x1, y1 = line["bbox"]
            inside = dark[y0:y1, x0:x1].mean()
            below = dark[y1 + 2:y1 + 8, x0:x1].mean() if y1 + 8 < t.height else 255.0
            # Text boxes are darker than paper; a box off by a line height would not be.
            assert inside < 225, (t.source, line["text"], inside)
            assert inside < below - 5 or line.get("cell"), (t.source, line["text"])


def test_rotate_box_matches_pillow():
    img = Image.new("L", (200, 100), 255)
    img.paste(0, (150, 20, 156, 26))
    out = np.asarray(img.rotate(10, center=(100, 50), fillcolor=255))
    ys, xs = np.nonzero(out < 128)
    box = ds.rotate_box([150, 20, 156, 26], 10, (200, 100))
    assert box[0] <= xs.min() and xs.max() <= box[2]
    assert box[1] <= ys.min() and ys.max() <= box[3]
    assert ds.rotate_box([10, 10, 20, 20], 0.0, (100, 100)) == [10, 10, 20, 20]


def test_bad_specs_are_refused():
    with pytest.raises(ValueError, match="too wide"):
        ds.render_page([ds.Line("宽" * 80)])
    doc = ds.Document("x.jpg", "zh", ((ds.Line("发票号码：123"),),), (ds.QA("金额？", "999"),))
    with pytest.raises(ValueError, match="not on the page"):
        ds.build_dataset([doc])


def test_load_qa_names_the_bad_line(tmp_path):
    (tmp_path / "qa.jsonl").write_text('{"id": "a", "question": "q", "answer": "", "source": null, '
                                       '"page": null, "answerable": false}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"qa.jsonl:2"):
        ds.load_qa(tmp_path)
    with pytest.raises(FileNotFoundError, match="make_dataset"):
        ds.load_truth(tmp_path)
