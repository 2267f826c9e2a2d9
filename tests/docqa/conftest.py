"""Shared fixtures for the docqa tests: rendered pages, their OCR, and one indexed store.

OCR and indexing are the slow steps, so they run once per session and every test that
needs them shares the results.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from paddlecamp.docqa.sample_pages import EN_MEMO, ZH_REPORT, render_page


@pytest.fixture(scope="session")
def page_files(tmp_path_factory) -> dict[str, Path]:
    """A Chinese PNG, an English JPEG, and a two-page PDF made of both."""
    d = tmp_path_factory.mktemp("pages")
    zh, en = render_page(ZH_REPORT), render_page(EN_MEMO)
    zh.save(d / "report_zh.png")
    en.save(d / "memo_en.jpg", quality=92)
    zh.save(d / "both.pdf", save_all=True, append_images=[en], resolution=150)
    return {"zh": d / "report_zh.png", "en": d / "memo_en.jpg", "pdf": d / "both.pdf"}


@pytest.fixture(scope="session")
def ocr_pages(page_files, tmp_path_factory):
    """OCR of the two image pages (cached in a store folder so ``index`` reuses it)."""
    from paddlecamp.docqa.api import ocr

    store = tmp_path_factory.mktemp("store")
    return {"zh": ocr(page_files["zh"], store=store)[0], "en": ocr(page_files["en"], store=store)[0],
            "store": store}


@pytest.fixture(scope="session")
def indexed_store(page_files, ocr_pages):
    """The store with both image pages indexed (OCR already cached there)."""
    from paddlecamp.docqa.api import index

    report = index([page_files["zh"], page_files["en"]], store=ocr_pages["store"], progress=False)
    assert not report.errors, report.errors
    return ocr_pages["store"]
