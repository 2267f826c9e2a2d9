"""The docqa pipeline as Haystack 3 components and two declared pipelines.

Components (each a small ``@component`` class with a typed ``run()`` returning a dict):

* ``OcrConverter``          file paths -> one ``Document`` per page (the ``Page`` record in meta)
* ``ProvenanceSplitter``    page documents -> chunk documents (page, union box, line boxes)
* ``ExtractiveAnswerer``    query + retrieved documents -> the ``ask`` result (offline)
* ``ErnieChatGenerator``    query + retrieved documents -> the same result from ERNIE

Pipelines (serialize with ``pipeline.dumps()`` to YAML and load back with ``Pipeline.loads``):

* indexing: converter -> splitter -> sentence-transformers embedder -> Milvus writer
* query:    text embedder -> Milvus hybrid retriever (dense + BM25/jieba, RRF) -> answerer

Milvus comes through ``milvus-haystack``'s ``MilvusDocumentStore`` with its BM25 built-in
function using the jieba analyzer, so Chinese keywords match as words.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")

from haystack import Document, Pipeline, component  # noqa: E402

from paddlecamp.docqa.records import Chunk, Page  # noqa: E402


@component
class OcrConverter:
    """OCR files (images, PDFs) into one Document per page; bad files are skipped and listed."""

    def __init__(self, engine: str = "default", cache_dir: str | None = None) -> None:
        self.engine = engine
        self.cache_dir = cache_dir

    @component.output_types(documents=list[Document], errors=list[dict])
    def run(self, sources: list[str]) -> dict[str, Any]:
        from paddlecamp.docqa.api import ocr
        from paddlecamp.docqa.ingest import IngestError, content_hash

        docs, errors = [], []
        for src in sources:
            try:
                h = content_hash(Path(src))
                for page in ocr(src, engine=self.engine, store=self.cache_dir):
                    docs.append(Document(content=page.text, meta={"source": page.source, "page": page.page,
                                                                  "doc_hash": h, "page_record": page.to_dict()}))
            except (IngestError, OSError) as exc:
                errors.append({"path": str(src), "error": str(exc)})
        return {"documents": docs, "errors": errors}


@component
class ProvenanceSplitter:
    """Split page documents into chunks that keep page and region (tables kept whole by row)."""

    def __init__(self, max_units: float = 120) -> None:
        self.max_units = max_units

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        from paddlecamp.docqa.chunking import chunk_page

        out = []
        for doc in documents:
            page = Page.from_dict(doc.meta["page_record"])
            h = doc.meta.get("doc_hash", "")
            for c in chunk_page(page, max_units=self.max_units, doc_hash=h, start_no=1000 * page.page):
                out.append(Document(id=c.chunk_id, content=c.text, meta=_chunk_meta(c)))
        return {"documents": out}


def _chunk_meta(c: Chunk) -> dict[str, Any]:
    # Milvus dynamic fields take scalars and flat lists: nested line boxes travel as JSON text.
    return {"source": c.source, "page": c.page, "bbox": c.bbox, "kind": c.kind, "chunk_no": c.chunk_no,
            "line_bboxes_json": json.dumps(c.line_bboxes), "doc_hash": c.doc_hash}


def document_to_chunk(doc: Document) -> Chunk:
    """The chunk a retrieved Document stands for (provenance from its meta)."""
    m = doc.meta
    return Chunk(source=m.get("source", ""), page=int(m.get("page", 0)), text=doc.content or "",
                 bbox=list(m.get("bbox") or []), kind=m.get("kind", "text"), chunk_no=int(m.get("chunk_no", 0)),
                 line_bboxes=json.loads(m.get("line_bboxes_json") or "[]"), doc_hash=m.get("doc_hash", ""))


def _citation(chunk: Chunk, bbox, text: str, score: float | None) -> dict[str, Any]:
    return {"source": chunk.source, "page": chunk.page, "bbox": [round(float(v), 1) for v in bbox], "text": text,
            "score": round(float(score or 0.0), 4)}


@component
class ExtractiveAnswerer:
    """The offline answerer: an answer span from the retrieved chunks, or ``answerable: False``."""

    def __init__(self, top_k: int = 3, min_coverage: float = 0.5) -> None:
        self.top_k = top_k
        self.min_coverage = min_coverage

    @component.output_types(answer=dict)
    def run(self, query: str, documents: list[Document]) -> dict[str, Any]:
        from paddlecamp.docqa.answer import extract

        chunks = [document_to_chunk(d) for d in documents]
        ex = extract(query, chunks, min_coverage=self.min_coverage)
        citations = []
        if ex.answerable and ex.evidence is not None:
            ev = ex.evidence
            citations.append(_citation(ev.chunk, ev.bbox, ev.cell or ev.text, documents[ev.rank].score))
        return {"answer": {"answer": ex.answer, "answerable": ex.answerable, "citations": citations}}


@component
class ErnieChatGenerator:
    """ERNIE (Qianfan's OpenAI-compatible endpoint or erniebot) over numbered contexts.

    Credentials come from the environment (see ``paddlecamp.docqa.llm``); with
    ``fallback="extractive"`` a network or key error falls back to the offline answerer.
    """

    def __init__(self, model: str | None = None, top_k: int = 3, fallback: str | None = None) -> None:
        self.model = model
        self.top_k = top_k
        self.fallback = fallback

    @component.output_types(answer=dict, replies=list[str])
    def run(self, query: str, documents: list[Document]) -> dict[str, Any]:
        from paddlecamp.docqa.llm import ErnieAnswerer, LLMError

        chunks = [document_to_chunk(d) for d in documents[: self.top_k]]
        try:
            ans = ErnieAnswerer.from_env(model=self.model).answer(query, chunks)
        except LLMError:
            if self.fallback != "extractive":
                raise
            return {**ExtractiveAnswerer(top_k=self.top_k).run(query=query, documents=documents), "replies": []}
        cited = [i for i in ans.cited if 0 <= i < len(chunks)]
        citations = [_citation(chunks[i], chunks[i].bbox, chunks[i].text, documents[i].score) for i in cited]
        return {"answer": {"answer": ans.answer, "answerable": bool(ans.answerable),
                           "citations": citations if ans.answerable else []}, "replies": [ans.answer]}


def milvus_document_store(uri: str, collection: str = "haystack_docqa", *, drop_old: bool = False):
    """A ``MilvusDocumentStore`` with dense vectors and BM25 (jieba analyzer) on the text."""
    from milvus_haystack import MilvusDocumentStore
    from milvus_haystack.function import BM25BuiltInFunction

    from paddlecamp.docqa.store import JIEBA

    return MilvusDocumentStore(
        connection_args={"uri": uri}, collection_name=collection, drop_old=drop_old,
        sparse_vector_field="sparse",
        builtin_function=[BM25BuiltInFunction(input_field_names="text", output_field_names="sparse",
                                              analyzer_params=JIEBA,
                                              enable_match=True)],
    )


def _embedder_model() -> str:
    from paddlecamp.docqa.embedder import default_embedder

    return default_embedder()


def indexing_pipeline(uri: str, collection: str = "haystack_docqa", *, cache_dir: str | None = None,
                      drop_old: bool = False) -> Pipeline:
    """converter -> splitter -> document embedder -> writer (overwrite by chunk id)."""
    from haystack.components.writers import DocumentWriter
    from haystack.document_stores.types import DuplicatePolicy
    from haystack_integrations.components.embedders.sentence_transformers import (
        SentenceTransformersDocumentEmbedder,
    )

    p = Pipeline()
    p.add_component("converter", OcrConverter(cache_dir=cache_dir))
    p.add_component("splitter", ProvenanceSplitter())
    p.add_component("embedder", SentenceTransformersDocumentEmbedder(model=_embedder_model(), progress_bar=False,
                                                                     normalize_embeddings=True))
    p.add_component("writer", DocumentWriter(document_store=milvus_document_store(uri, collection,
                                                                                  drop_old=drop_old),
                                             policy=DuplicatePolicy.OVERWRITE))
    p.connect("converter.documents", "splitter.documents")
    p.connect("splitter.documents", "embedder.documents")
    p.connect("embedder.documents", "writer.documents")
    return p


def query_pipeline(uri: str, collection: str = "haystack_docqa", *, llm: str = "extractive",
                   top_k: int = 5) -> Pipeline:
    """text embedder -> hybrid retriever (dense + BM25, RRF) -> answerer."""
    from haystack_integrations.components.embedders.sentence_transformers import SentenceTransformersTextEmbedder
    from milvus_haystack import MilvusHybridRetriever

    p = Pipeline()
    p.add_component("embedder", SentenceTransformersTextEmbedder(model=_embedder_model(), progress_bar=False,
                                                                 normalize_embeddings=True))
    p.add_component("retriever", MilvusHybridRetriever(document_store=milvus_document_store(uri, collection),
                                                       top_k=top_k))
    p.add_component("answerer", ErnieChatGenerator(fallback="extractive") if llm == "ernie" else ExtractiveAnswerer())
    p.connect("embedder.embedding", "retriever.query_embedding")
    p.connect("retriever.documents", "answerer.documents")
    return p


def run_query(pipeline: Pipeline, question: str) -> dict[str, Any]:
    """Feed the question to the embedder, the BM25 side and the answerer; the answer dict."""
    out = pipeline.run({"embedder": {"text": question}, "retriever": {"query_text": question},
                        "answerer": {"query": question}})
    return out["answerer"]["answer"]


#: Modules whose classes our pipeline YAML names; Haystack 3 refuses others unless allowed.
TRUSTED_MODULES = ["paddlecamp.docqa.haystack_pipeline", "milvus_haystack", "milvus_haystack.document_store",
                   "milvus_haystack.milvus_embedding_retriever", "milvus_haystack.function",
                   "haystack_integrations.components.embedders.sentence_transformers",
                   "haystack_integrations.components.embedders.sentence_transformers.sentence_transformers_document_embedder",
                   "haystack_integrations.components.embedders.sentence_transformers.sentence_transformers_text_embedder"]


def load_pipeline(yaml_text: str) -> Pipeline:
    """Load a pipeline serialized with ``dumps()``, trusting only the modules it needs."""
    return Pipeline.loads(yaml_text, allowed_modules=TRUSTED_MODULES)
