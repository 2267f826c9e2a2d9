"""The second document-QA development set (data/docqa-dev2): generator, files and question mix."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from paddlecamp.docqa.dataset import normalize
from paddlecamp.docqa.devset import committed_set, load_generator, regeneration_diffs
from paddlecamp.docqa.dataset_extra import (SLICES, Grid, PageSpec, Rendered, Text, capture, homography, map_box,
                                            page_rng, render_spec)

DEV2 = Path(__file__).resolve().parents[2] / "data" / "docqa-dev2"


def _make_dev2():
    return load_generator(DEV2 / "make_dev2.py")


@pytest.fixture(scope="module")
def committed():
    return committed_set(DEV2)


def test_regenerating_two_documents_gives_the_committed_files(committed):
    mod = _make_dev2()
    docs = [mod.MENU_ZH, mod.OFFER_EN]  # a JPEG page and a text-layer PDF
    assert mod.build(docs) == mod.build(docs)
    assert regeneration_diffs(mod.build, docs, DEV2) == []


def test_answers_are_on_their_page_and_unanswerable_ones_are_not(committed):
    qa, truth = committed
    for q in qa:
        page = truth[(q["source"], q["page"])]
        text = normalize("\n".join(ln["text"] for ln in page["lines"]))
        if q["answerable"]:
            assert normalize(q["answer"]) in text, q["id"]
            assert normalize(q["evidence_text"]) in text and normalize(q["answer"]) in normalize(q["evidence_text"])
        else:
            assert q["answer"] == "" and q["evidence_bbox"] is None


def test_question_mix_meets_the_minimums(committed):
    qa, truth = committed
    by_type = Counter(q["qtype"] for q in qa)
    assert len(qa) >= 180
    assert set(by_type) == {"table", "kv", "text", "unanswerable"}
    assert by_type["table"] * 3 >= len(qa)
    assert by_type["unanswerable"] >= 15
    langs = Counter(q["lang"] for q in qa)
    assert langs["zh"] >= 60 and langs["en"] >= 60
    assert {q["slice"] for q in qa} == set(SLICES)
    assert all(q["kind"] and q["slice"] == truth[(q["source"], q["page"])]["slice"] for q in qa)
    assert len({q["id"] for q in qa}) == len(qa)
    # table questions have their evidence inside a drawn table cell, the others outside
    for q in qa:
        if q["answerable"]:
            page = truth[(q["source"], q["page"])]
            line = next(ln for ln in page["lines"] if ln["bbox"] == q["evidence_bbox"] and ln["text"] == q["evidence_text"])
            assert ("cell" in line) == (q["qtype"] == "table"), q["id"]


def test_page_files_are_small_and_sized_like_the_truth(committed):
    _, truth = committed
    total = sum(p.stat().st_size for p in (DEV2 / "pages").iterdir())
    assert total < 8 * 2**20
    for (source, _), page in truth.items():
        if not source.endswith(".pdf"):
            with Image.open(DEV2 / "pages" / source) as im:
                assert im.size == (page["width"], page["height"])


def test_text_layer_pdf_reads_back_every_line(committed):
    from paddlecamp.docqa.ingest import iter_pages

    _, truth = committed
    source = "job_offer_en.pdf"
    read = "\n".join(ln.text for p in iter_pages(DEV2 / "pages" / source) for ln in (p.text_lines or []))
    want = truth[(source, 1)]["lines"]
    assert read and all(normalize(ln["text"]) in normalize(read) for ln in want)


def _ink_inside(img: Image.Image, box) -> float:
    a = np.asarray(img.convert("L"), dtype=np.float32)
    x0, y0, x1, y1 = box
    return float(a[y0:y1, x0:x1].min())


@pytest.mark.parametrize("slice_name", ["rot90", "photo", "skew", "lowres"])
def test_capture_carries_boxes_with_the_pixels(slice_name):
    from paddlecamp.docqa.dataset_extra import transform_truth

    spec = PageSpec((Text("Heading line", 30, True), Grid((("Key", "Value"), ("alpha", "12.5")), (0.5, 0.5))),
                    slice=slice_name)
    r = render_spec(spec)
    cap = capture(r, slice_name, page_rng("unit", 1))
    lines, _ = transform_truth(r, cap.hmat)
    w, h = cap.image.size
    for ln in lines:
        x0, y0, x1, y1 = ln["bbox"]
        assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
        assert _ink_inside(cap.image, ln["bbox"]) < 110, (slice_name, ln["text"])  # dark ink inside the box
    if slice_name == "rot90":
        assert (w, h) == (r.size[1], r.size[0])


def test_homography_maps_the_four_corners():
    src = [(0, 0), (100, 0), (100, 50), (0, 50)]
    dst = [(10, 5), (90, 12), (95, 60), (3, 55)]
    hm = homography(src, dst)
    assert map_box([0, 0, 100, 50], hm) == [3, 5, 95, 60]


def test_grid_spans_and_overflow():
    g = Grid((("Day", "Weather", ""), ("", "AM", "PM"), ("Mon", "sun", "rain")), (0.3, 0.35, 0.35),
             spans=((0, 0, 2, 1), (0, 1, 1, 2)), header_rows=2)
    r: Rendered = render_spec(PageSpec((g,)))
    cells = {c["text"]: c for c in r.tables[0]["cells"]}
    assert cells["Weather"]["colspan"] == 2 and cells["Day"]["rowspan"] == 2
    assert cells["Weather"]["cell_bbox"][2] == cells["PM"]["cell_bbox"][2]
    with pytest.raises(ValueError):
        render_spec(PageSpec((Grid((("a very long cell text that cannot fit", "b"),), (0.1, 0.9)),)))
    with pytest.raises(ValueError):  # text under a span
        render_spec(PageSpec((Grid((("a", "b"),), (0.5, 0.5), spans=((0, 0, 1, 2),)),)))
