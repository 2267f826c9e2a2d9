"""The three calls everything else uses: ``ocr``, ``index`` and ``ask``.

The CLI, the notebooks, the Haystack components and the evaluation all go through these,
so their behaviour (and the ``ask`` JSON schema) is defined in one place::

    pages = ocr("scan.png")                                  # list[Page]
    report = index(["docs/"], store="store")                 # IndexReport
    result = ask("发票总金额是多少？", store="store")           # dict, the --json schema

``ask`` returns ``{"answer", "answerable", "citations": [{"source", "page", "bbox", "text",
"score"}], "timings": {...}}``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paddlecamp.docqa.records import Page


@dataclass
class IndexReport:
    """What an ``index`` run did: files indexed, skipped (unchanged), failed, and chunk count."""

    indexed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    chunks: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"indexed {len(self.indexed)} file(s), skipped {len(self.skipped)} unchanged, "
                f"{len(self.errors)} error(s), {self.chunks} chunk(s) written")


def ocr(path: str | Path, *, engine: str = "default") -> list[Page]:
    """OCR every page of one file (image or PDF) into ``Page`` records."""
    raise NotImplementedError("docqa.api.ocr is being built")


def index(paths: list[str | Path], *, store: str | Path, collection: str = "default",
          progress: bool = True) -> IndexReport:
    """OCR, chunk and index files or folders into a store; per-file errors are reported."""
    raise NotImplementedError("docqa.api.index is being built")


def ask(question: str, *, store: str | Path, collection: str = "default", llm: str = "extractive",
        top_k: int = 3, fallback: str | None = None) -> dict[str, Any]:
    """Answer a question from the store with citations (the ``--json`` schema)."""
    raise NotImplementedError("docqa.api.ask is being built")
