"""What the document-QA set generators share: questions, documents, records and writing.

``data/docqa-dev2/make_dev2.py`` and ``data/docqa-dev3/make_dev3.py`` differ in what they draw
(``dataset_extra`` and ``dataset_styles``) and what they write about it; the question records,
the checks that every answer is on its page in the right kind of place, the file type of each
document and the byte-stable writing of the set are the same, and live here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from paddlecamp.docqa.dataset_extra import HARSH_SLICES, encode_jpeg, find_evidence, image_pdf

QTYPES = ("table", "kv", "text", "unanswerable")


@dataclass(frozen=True)
class Q:
    """A question; ``answer`` "" marks it unanswerable. ``ev`` picks the evidence line when the
    answer text occurs on several lines (a substring of the wanted line, or of another cell of
    the answer's table row)."""

    question: str
    answer: str
    qtype: str
    kind: str
    aliases: tuple[str, ...] = ()
    page: int = 1
    ev: str = ""


def U(question: str, kind: str = "text", page: int = 1) -> Q:
    """An unanswerable question about the document (its answer is on no page)."""
    return Q(question, "", "unanswerable", kind, page=page)


@dataclass(frozen=True)
class Doc:
    """One source file (its suffix picks the format), its page specs and the questions about it."""

    name: str
    lang: str
    pages: tuple[Any, ...]
    questions: tuple[Q, ...]


def lang_of(text: str) -> str:
    """``zh`` when the text has a CJK ideograph, else ``en``."""
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


#: Slices a PDF delivers as page images: a scan, or a photographed or faxed sheet.
IMAGE_PDF_SLICES = frozenset({"pdf-image", *HARSH_SLICES})


def check_slices(doc: Doc) -> set[str]:
    """The capture slices of ``doc``'s pages; raises when they do not fit its file type (a PDF
    holds pdf-text pages or image pages, ``IMAGE_PDF_SLICES``; an image file one page of
    another slice than pdf-text and pdf-image)."""
    suffix = Path(doc.name).suffix.lower()
    slices = {p.slice for p in doc.pages}
    if suffix == ".pdf" and not (slices == {"pdf-text"} or slices <= IMAGE_PDF_SLICES) or suffix != ".pdf" and (
            len(doc.pages) != 1 or slices & {"pdf-text", "pdf-image"}):
        raise ValueError(f"{doc.name}: slices {sorted(slices)} do not fit the file type")
    return slices


def capture_pages(doc: Doc, render: Callable[[Any], Any], capture: Callable[..., Any], seed: int,
                  extra: Callable[[Any], dict] | None = None) -> tuple[list[Any], list[Any], list[dict]]:
    """Draw and capture every page of ``doc``: ``(rendered pages, captured images, truth
    pages)``. ``render`` draws a page spec, ``capture(rendered, slice, rng)`` applies its
    capture condition; ``extra(rendered)`` adds fields to a truth page before its lines."""
    from paddlecamp.docqa.dataset_extra import page_rng, transform_truth

    rendered, images, pages = [], [], []
    for pno, spec in enumerate(doc.pages, start=1):
        r = render(spec)
        cap = capture(r, spec.slice, page_rng(doc.name, pno, seed))
        lines, tables = transform_truth(r, cap.hmat)
        pages.append({"source": doc.name, "page": pno, "width": cap.image.width, "height": cap.image.height,
                      "lang": doc.lang, "angle": cap.angle, "slice": spec.slice, "capture": cap.params,
                      **(extra(r) if extra else {}), "lines": lines, "tables": tables})
        rendered.append(r)
        images.append(cap.image)
    return rendered, images, pages


def file_bytes(doc: Doc, rendered: Sequence[Any], images: Sequence[Any],
               text_layer: Callable[..., bytes]) -> bytes:
    """The file of ``doc``: a text-layer PDF (``text_layer(rendered, title=...)``), an
    image-only PDF, or a JPEG of its one page."""
    slices = check_slices(doc)
    title = Path(doc.name).stem
    if Path(doc.name).suffix.lower() == ".pdf":
        if slices == {"pdf-text"}:
            return text_layer(rendered, title=title)
        return image_pdf(images, title=title)  # check_slices allows no other mix
    return encode_jpeg(images[0], 85)


def record(doc: Doc, i: int, q: Q, pages: list[dict], *, same_lang: bool = False) -> dict:
    """The qa.jsonl record of question ``i`` of ``doc`` with its evidence line; raises when the
    answer is not on its page, or a table answer is outside a table cell (another answer inside
    one), or (``same_lang``) the question is not in the document's language."""
    if q.qtype not in QTYPES:
        raise ValueError(f"{doc.name}: unknown qtype {q.qtype!r}")
    if same_lang and lang_of(q.question) != doc.lang:
        raise ValueError(f"{doc.name}: question {q.question!r} is not in the document's language")
    page = pages[q.page - 1]
    rec = {"id": f"{Path(doc.name).stem}-{i:02d}", "question": q.question, "answer": q.answer,
           "source": doc.name, "page": q.page, "answerable": bool(q.answer), "kind": q.kind,
           "lang": lang_of(q.question), "aliases": list(q.aliases), "evidence_bbox": None, "evidence_text": None,
           "qtype": q.qtype, "slice": page["slice"]}
    if not q.answer:
        if q.qtype != "unanswerable":
            raise ValueError(f"{doc.name}: {q.question!r} has no answer but qtype {q.qtype}")
        return rec
    lines = [ln for ln in page["lines"] if q.ev in ln["text"]] if q.ev else page["lines"]
    ev = find_evidence(lines, q.answer, prefer_cell=(q.qtype == "table"))
    if ev is None and q.ev:  # ``ev`` names another cell of the answer's row
        row_cells = [ln for ln in page["lines"] if "cell" in ln]
        anchors = [ln for ln in row_cells if q.ev in ln["text"]]
        if anchors:
            same_row = [ln for ln in row_cells if ln["cell"][0] == anchors[0]["cell"][0]]
            ev = find_evidence(same_row, q.answer, prefer_cell=True)
    if ev is None:
        raise ValueError(f"{doc.name} p{q.page}: answer {q.answer!r} of {q.question!r} is not on the page")
    if q.qtype == "table" and "cell" not in ev:
        raise ValueError(f"{doc.name}: table question {q.question!r} has its answer outside a table")
    if q.qtype != "table" and "cell" in ev:
        raise ValueError(f"{doc.name}: {q.qtype} question {q.question!r} has its answer in a table cell")
    rec["evidence_bbox"], rec["evidence_text"] = ev["bbox"], ev["text"]
    return rec


def write_set(out_dir: Path, files: dict[str, bytes], truth_doc: dict, qa: list[dict]) -> None:
    """Write ``pages/``, ``truth.json`` (``truth_doc``) and ``qa.jsonl`` under ``out_dir``,
    rewriting only the files whose bytes change."""
    payloads = {f"pages/{name}": data for name, data in files.items()}
    payloads["truth.json"] = (json.dumps(truth_doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    payloads["qa.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in qa).encode("utf-8")
    (out_dir / "pages").mkdir(parents=True, exist_ok=True)
    for rel, data in payloads.items():
        path = out_dir / rel
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)


def summary_line(out_dir: Path, files: dict[str, bytes], truth: list[dict], qa: list[dict]) -> str:
    """One line about a written set: files, pages, size, questions by type."""
    size = sum(len(b) for b in files.values()) / 2**20
    counts = {t: sum(q["qtype"] == t for q in qa) for t in QTYPES}
    return f"{len(files)} files, {len(truth)} pages ({size:.1f} MiB), {len(qa)} questions {counts} -> {out_dir}"


def load_generator(script: Path) -> Any:
    """A set's generator script (``data/docqa-dev3/make_dev3.py``) imported as a module."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(script.stem, script)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[script.stem] = mod  # dataclasses look their module up while the file runs
    spec.loader.exec_module(mod)
    return mod


def placement_errors(qa: Sequence[dict], truth: dict[tuple[str, int], dict]) -> list[str]:
    """Question ids whose record is inconsistent with its page: an answer not printed on its page
    or not on its evidence line, a table answer outside a drawn cell (or a cell line under
    another type), an unanswerable question with an answer or evidence, or an answer the
    question gives away."""
    from paddlecamp.docqa.dataset import normalize

    bad = []
    for q in qa:
        page = truth[(q["source"], q["page"])]
        answer = normalize(q["answer"])
        if not q["answerable"]:
            if q["answer"] != "" or q["evidence_bbox"] is not None or q["qtype"] != "unanswerable":
                bad.append(q["id"])
            continue
        line = next((ln for ln in page["lines"]
                     if ln["bbox"] == q["evidence_bbox"] and ln["text"] == q["evidence_text"]), None)
        ok = line is not None and answer in normalize("\n".join(ln["text"] for ln in page["lines"])) \
            and answer in normalize(line["text"]) and ("cell" in line) == (q["qtype"] == "table") \
            and answer not in normalize(q["question"])
        if ok and q["qtype"] == "table":  # inside a drawn cell of a recorded table
            r, c = line["cell"]
            ok = any(answer in normalize(cell["text"]) for t in page["tables"] for cell in t["cells"]
                     if (cell["row"], cell["col"]) == (r, c))
        if not ok:
            bad.append(q["id"])
    return bad


def committed_set(out_dir: Path) -> tuple[list[dict], dict[tuple[str, int], dict]]:
    """A written set's questions and its truth pages by ``(source, page)``."""
    qa = [json.loads(x) for x in (out_dir / "qa.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    truth = json.loads((out_dir / "truth.json").read_text(encoding="utf-8"))
    return qa, {(p["source"], p["page"]): p for p in truth["pages"]}


def regeneration_diffs(build: Callable[[Sequence[Doc]], tuple[dict[str, bytes], list[dict], list[dict]]],
                       docs: Sequence[Doc], out_dir: Path) -> list[str]:
    """What a fresh ``build(docs)`` gives differently from the set written in ``out_dir``
    (questions, truth pages, file bytes); empty when it reproduces them exactly."""
    files, truth, qa = build(docs)
    qa_all, truth_all = committed_set(out_dir)
    names = {d.name for d in docs}
    diffs = [] if qa == [q for q in qa_all if q["source"] in names] else ["questions"]
    diffs += [f"truth of {p['source']} page {p['page']}" for p in truth
              if json.loads(json.dumps(p, ensure_ascii=False)) != truth_all.get((p["source"], p["page"]))]
    diffs += [name for name, data in files.items() if (out_dir / "pages" / name).read_bytes() != data]
    return diffs


def text_layer_misses(out_dir: Path, truth: dict[tuple[str, int], dict], source: str) -> list[str]:
    """What the text layer of the written PDF ``source`` lacks against its truth pages (page
    count, page size at 100 dpi, any truth line not in the page's text); empty when it holds
    them all."""
    import pypdfium2 as pdfium

    from paddlecamp.docqa.dataset import normalize

    pdf = pdfium.PdfDocument(str(out_dir / "pages" / source))
    try:
        pages = sum(1 for s, _ in truth if s == source)
        if len(pdf) != pages:
            return [f"{source}: {len(pdf)} pages, the truth has {pages}"]
        out = []
        for i in range(len(pdf)):
            page = truth[(source, i + 1)]
            w, h = pdf[i].get_size()
            if (round(w * 100 / 72), round(h * 100 / 72)) != (page["width"], page["height"]):
                out.append(f"{source} page {i + 1}: size")
            text = normalize(pdf[i].get_textpage().get_text_range())
            out += [f"{source} page {i + 1}: {ln['text']}" for ln in page["lines"] if normalize(ln["text"]) not in text]
        return out
    finally:
        pdf.close()


def lines_off_ink(out_dir: Path, truth: dict[tuple[str, int], dict], *, contrast: float = 40.0) -> list[str]:
    """Truth lines of the written image pages whose box leaves the page or holds no pixel
    ``contrast`` grey levels darker than the paper (the page's median); empty when all land on ink."""
    import numpy as np
    from PIL import Image

    out = []
    for (source, _), page in truth.items():
        if source.endswith(".pdf"):
            continue
        a = np.asarray(Image.open(out_dir / "pages" / source).convert("L"), dtype=np.float32)
        paper = float(np.median(a))
        for ln in page["lines"]:
            x0, y0, x1, y1 = ln["bbox"]
            inside = 0 <= x0 < x1 <= page["width"] and 0 <= y0 < y1 <= page["height"]
            if not inside or a[y0:y1, x0:x1].min() >= paper - contrast:
                out.append(f"{source}: {ln['text']}")
    return out


def image_pdf_misses(out_dir: Path, truth: dict[tuple[str, int], dict], sources: Sequence[str], work: Path
                     ) -> list[str]:
    """What is wrong with the written image-only PDFs ``sources`` (``lines_off_ink`` skips PDFs):
    a page count or size unlike the truth's, a text layer, or truth lines off the ink of the
    rendered page (rendered into ``work``/pages). Empty when all is right."""
    import pypdfium2 as pdfium

    (work / "pages").mkdir(parents=True, exist_ok=True)
    out: list[str] = []
    rendered = {}
    for source in sources:
        pdf = pdfium.PdfDocument(str(out_dir / "pages" / source))
        try:
            if len(pdf) != sum(1 for s, _ in truth if s == source):
                out.append(f"{source}: {len(pdf)} pages")
            for i in range(len(pdf)):
                page = truth[(source, i + 1)]
                w, h = pdf[i].get_size()
                if (round(w * 100 / 72), round(h * 100 / 72)) != (page["width"], page["height"]):
                    out.append(f"{source} page {i + 1}: size {w} x {h} pt")
                if pdf[i].get_textpage().get_text_range().strip():
                    out.append(f"{source} page {i + 1}: has a text layer")
                img = pdf[i].render(scale=100 / 72).to_pil().convert("RGB")
                if abs(img.width - page["width"]) > 1 or abs(img.height - page["height"]) > 1:
                    out.append(f"{source} page {i + 1}: renders at {img.width} x {img.height}")
                name = f"{Path(source).stem}-{i + 1}.png"
                img.resize((page["width"], page["height"])).save(work / "pages" / name)  # a pixel of rounding
                rendered[(name, 1)] = page
        finally:
            pdf.close()
    return out + lines_off_ink(work, rendered)
