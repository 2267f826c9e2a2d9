"""Regenerate the document-QA evaluation set in this folder (deterministic).

    python data/docqa/make_dataset.py

Writes pages/ (degraded scans: JPEG, PNG and a multi-page PDF), truth.json (every drawn line
and table cell with its box) and qa.jsonl (questions with answers, source and page). The
content and the recipe live in ``paddlecamp.docqa.dataset``.
"""
from __future__ import annotations

from pathlib import Path

from paddlecamp.docqa.dataset import write_dataset


def main() -> None:
    here = Path(__file__).resolve().parent
    built = write_dataset(here)
    n_pages = len(built.truth)
    n_unans = sum(not q["answerable"] for q in built.qa)
    size = sum(len(b) for b in built.files.values()) / 2**20
    print(f"{len(built.files)} files, {n_pages} pages ({size:.1f} MiB), "
          f"{len(built.qa)} questions ({n_unans} unanswerable) -> {here}")


if __name__ == "__main__":
    main()
