"""Document QA: scanned pages to cited answers (PaddleOCR + Milvus + ERNIE, and Haystack).

The pipeline, one module per step:

* ``ingest``    files (png/jpg/tiff/PDF) -> page images with source and page number
* ``ocr``       page images -> ``Page`` records (lines with boxes, reading order, tables)
* ``chunking``  pages -> chunks that keep provenance (page, union box), never cross pages
* ``store``     Milvus (Lite file or server): dense + BM25 (jieba) hybrid search with RRF
* ``answer``    extractive offline answerer; ERNIE lives in ``llm`` (same contract)
* ``api``       ``ocr``, ``index``, ``ask``: what the CLI, notebooks and evaluation call
* ``haystack``  the same pipeline as Haystack components and YAML-serializable pipelines

Heavy imports (onnxruntime, pymilvus, sentence-transformers) happen inside the modules
that need them, so ``import paddlecamp.docqa`` stays cheap.
"""
from __future__ import annotations

from paddlecamp.docqa.records import Chunk, Line, Page, Table

__all__ = ["Chunk", "Line", "Page", "Table"]
