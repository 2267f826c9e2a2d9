"""Files to page images, and the clear errors for bad input."""
from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image

from paddlecamp.docqa.ingest import IngestError, MAX_SIDE, expand_paths, load_pages


def test_pdf_gives_one_image_per_page(page_files):
    pages = load_pages(page_files["pdf"])
    assert [p.page for p in pages] == [1, 2]
    assert all(p.source == "both.pdf" for p in pages)
    # Rendered at 150 dpi from a 150-dpi page: same size as the source image.
    assert abs(pages[0].image.shape[1] - 1240) <= 2 and pages[0].image.shape[2] == 3


def test_multi_frame_tiff(tmp_path):
    frames = [Image.new("RGB", (200, 100), c) for c in ("white", "gray", "black")]
    frames[0].save(tmp_path / "scan.tiff", save_all=True, append_images=frames[1:])
    pages = load_pages(tmp_path / "scan.tiff")
    assert [p.page for p in pages] == [1, 2, 3]
    assert pages[2].image.mean() < 5 < pages[0].image.mean()


@pytest.mark.parametrize("name, content, message", [
    ("empty.png", b"", "empty"),
    ("broken.jpg", b"\xff\xd8\xff\xe0 this is not a jpeg", "cannot decode"),
    ("broken.pdf", b"%PDF-1.4 garbage", "cannot open PDF"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type"),
])
def test_bad_files_raise_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message) as info:
        load_pages(path)
    assert name in str(info.value)


def test_huge_image_is_downscaled_with_a_note(tmp_path):
    Image.new("RGB", (MAX_SIDE * 2, 300), "white").save(tmp_path / "wide.png")
    (page,) = load_pages(tmp_path / "wide.png")
    assert page.image.shape[1] == MAX_SIDE
    assert any("downscaled" in n for n in page.notes)


def test_non_utf8_file_name_is_readable_and_reported(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"scan-\xff\xfe.png")
    Image.new("RGB", (50, 50), "white").save(raw.decode("utf-8", "surrogateescape"))
    (page,) = load_pages(raw.decode("utf-8", "surrogateescape"))
    assert page.source == "scan-\ufffd\ufffd.png"
    page.source.encode("utf-8")  # valid text for the index and JSON


def test_folders_expand_and_missing_paths_are_errors(tmp_path, page_files):
    (tmp_path / "sub").mkdir()
    Image.new("RGB", (10, 10)).save(tmp_path / "sub" / "a.png")
    (tmp_path / "readme.txt").write_text("x")
    files, errors = expand_paths([tmp_path, tmp_path / "missing.pdf", page_files["en"]])
    assert [f.name for f in files] == ["a.png", "memo_en.jpg"]
    assert errors == [{"path": str(tmp_path / "missing.pdf"), "error": "no such file or folder"}]
