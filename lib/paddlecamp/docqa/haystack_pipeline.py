"""The docqa pipeline as Haystack 3 components and two declared pipelines.

Components (each a small ``@component`` class with a typed ``run()`` returning a dict):

* ``OcrConverter``          file paths -> one ``Document`` per page (the ``Page`` record in meta)
* ``ProvenanceSplitter``    page documents -> chunk documents (page, union box, line boxes)
* ``DenseTextDocumentEmbedder`` / ``DenseTextEmbedder``  chunks / question -> embeddings
* ``ExtractiveAnswerer``    query + retrieved documents -> the ``ask`` result (offline)
* ``ErnieChatGenerator``    query + retrieved documents -> the same result from ERNIE

Pipelines (serialize with ``pipeline.dumps()`` to YAML and load back with ``Pipeline.loads``):

* indexing: converter -> splitter -> dense-text document embedder -> Milvus writer
* query:    dense-text embedder -> Milvus hybrid retriever (dense + BM25/jieba, weighted) -> answerer

The two embedders are sentence-transformers embedders that read what ``index`` and ``ask``
embed (``paddlecamp.docqa.dense_text``: Chinese through its English gloss), so both paths
retrieve alike.

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
    # Milvus dynamic fields take scalars and flat lists: nested boxes and items travel as JSON text.
    return {"source": c.source, "page": c.page, "bbox": c.bbox, "kind": c.kind, "chunk_no": c.chunk_no,
            "line_bboxes_json": json.dumps(c.line_bboxes), "doc_hash": c.doc_hash, "section": c.section,
            "items_json": json.dumps(c.items, ensure_ascii=False)}


def document_to_chunk(doc: Document) -> Chunk:
    """The chunk a retrieved Document stands for (provenance and structure from its meta)."""
    m = doc.meta
    return Chunk(source=m.get("source", ""), page=int(m.get("page", 0)), text=doc.content or "",
                 bbox=list(m.get("bbox") or []), kind=m.get("kind", "text"), chunk_no=int(m.get("chunk_no", 0)),
                 line_bboxes=json.loads(m.get("line_bboxes_json") or "[]"), doc_hash=m.get("doc_hash", ""),
                 section=m.get("section", ""), items=json.loads(m.get("items_json") or "[]"))


#: Most chunks in a document store whose documents are listed to find the one a question
#: points at by its kind (``qa.documents_of_kind``).
SOURCES_SCAN = 20000


def _hits(query: str, documents: list[Document], document_store: Any = None) -> list[Any]:
    """Retrieved documents as scored chunks, plus the other chunks of the best two pages when
    the document store is at hand (as ``ask`` does), so both paths see the same evidence."""
    from paddlecamp.docqa.qa import evidence, rerank, scored

    hits = scored([document_to_chunk(d) for d in documents], [d.score or 0.0 for d in documents])
    if document_store is None:
        return rerank(query, hits)

    def page_chunks(source: str, page: int) -> list[Chunk]:
        docs = document_store.filter_documents(filters={"operator": "AND", "conditions": [
            {"field": "meta.source", "operator": "==", "value": source},
            {"field": "meta.page", "operator": "==", "value": page}]})
        return sorted((document_to_chunk(d) for d in docs), key=lambda c: c.chunk_no)

    def sources() -> list[str]:  # the store's documents, read only for a store of modest size
        if document_store.count_documents() > SOURCES_SCAN:
            return []
        return sorted({d.meta.get("source", "") for d in document_store.filter_documents()} - {""})

    return evidence(query, hits, page_chunks, sources)


@component
class ExtractiveAnswerer:
    """The offline answerer: ``Answer.to_dict()`` from the retrieved chunks (``answerable`` False
    and the refusal sentence when the evidence does not answer), exactly as ``ask`` answers."""

    def __init__(self, top_k: int = 3, document_store: Any = None) -> None:
        self.top_k = top_k
        self.document_store = document_store

    @component.output_types(answer=dict)
    def run(self, query: str, documents: list[Document]) -> dict[str, Any]:
        from paddlecamp.docqa.qa import answer_question

        hits = _hits(query, documents, self.document_store)
        return {"answer": answer_question(query, hits, llm="extractive", top_k=self.top_k).to_dict()}

    def to_dict(self) -> dict[str, Any]:
        from haystack import default_to_dict

        store = self.document_store.to_dict() if self.document_store is not None else None
        return default_to_dict(self, top_k=self.top_k, document_store=store)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ExtractiveAnswerer":
        return cls(**_with_store(data["init_parameters"]))


def _with_store(params: dict[str, Any]) -> dict[str, Any]:
    params = dict(params)
    if params.get("document_store"):
        from milvus_haystack import MilvusDocumentStore

        params["document_store"] = MilvusDocumentStore.from_dict(params["document_store"])
    return params


@component
class ErnieChatGenerator:
    """ERNIE (Qianfan's OpenAI-compatible endpoint or erniebot) over numbered contexts.

    Credentials come from the environment (see ``paddlecamp.docqa.llm``); with
    ``fallback="extractive"`` a network or key error, or an answer no cited chunk supports,
    falls back to the offline answerer. Same path as ``ask(..., llm="ernie")``.
    """

    def __init__(self, model: str | None = None, top_k: int = 3, fallback: str | None = None,
                 document_store: Any = None) -> None:
        self.model = model
        self.top_k = top_k
        self.fallback = fallback
        self.document_store = document_store

    @component.output_types(answer=dict, replies=list[str])
    def run(self, query: str, documents: list[Document]) -> dict[str, Any]:
        from paddlecamp.docqa.llm import ErnieAnswerer
        from paddlecamp.docqa.qa import answer_question

        hits = _hits(query, documents, self.document_store)
        llm = ErnieAnswerer.from_env(model=self.model)
        ans = answer_question(query, hits, llm="ernie", top_k=self.top_k, fallback=self.fallback, answerer=llm)
        return {"answer": ans.to_dict(), "replies": [ans.answer] if ans.answerer == "ernie" else []}

    def to_dict(self) -> dict[str, Any]:
        from haystack import default_to_dict

        store = self.document_store.to_dict() if self.document_store is not None else None
        return default_to_dict(self, model=self.model, top_k=self.top_k, fallback=self.fallback,
                               document_store=store)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ErnieChatGenerator":
        return cls(**_with_store(data["init_parameters"]))


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


def _scheme(scheme: str | None) -> str:
    from paddlecamp.docqa.dense_text import check_scheme, default_scheme

    return check_scheme(scheme or default_scheme())


class _DenseText:
    """What the two dense-text embedders share: the scheme, and a sentence-transformers
    embedder (``_inner_name``) underneath that reads the dense text."""

    _inner_name = ""

    def __init__(self, model: str, scheme: str | None = None) -> None:
        from haystack_integrations.components.embedders import sentence_transformers

        self.model, self.scheme = model, _scheme(scheme)
        self._inner = getattr(sentence_transformers, self._inner_name)(model=model, progress_bar=False,
                                                                        normalize_embeddings=True)

    def warm_up(self) -> None:
        self._inner.warm_up()


@component
class DenseTextEmbedder(_DenseText):
    """question -> its embedding, computed on the text ``ask`` embeds for it (Chinese through
    its English gloss, ``paddlecamp.docqa.dense_text``)."""

    _inner_name = "SentenceTransformersTextEmbedder"

    @component.output_types(embedding=list[float])
    def run(self, text: str) -> dict[str, Any]:
        from paddlecamp.docqa.dense_text import dense_text

        return self._inner.run(text=dense_text(text, self.scheme))


@component
class DenseTextDocumentEmbedder(_DenseText):
    """chunk documents -> the same documents with embeddings of the text ``index`` embeds for
    them (Chinese through its English gloss); their content, and so BM25, is unchanged."""

    _inner_name = "SentenceTransformersDocumentEmbedder"

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        from dataclasses import replace

        from paddlecamp.docqa.dense_text import dense_texts

        texts = dense_texts([d.content or "" for d in documents], self.scheme)
        embedded = self._inner.run(documents=[Document(content=t) for t in texts])["documents"]
        return {"documents": [replace(d, embedding=e.embedding) for d, e in zip(documents, embedded)]}


def indexing_pipeline(uri: str, collection: str = "haystack_docqa", *, cache_dir: str | None = None,
                      drop_old: bool = False) -> Pipeline:
    """converter -> splitter -> document embedder -> writer (overwrite by chunk id)."""
    from haystack.components.writers import DocumentWriter
    from haystack.document_stores.types import DuplicatePolicy

    p = Pipeline()
    p.add_component("converter", OcrConverter(cache_dir=cache_dir))
    p.add_component("splitter", ProvenanceSplitter())
    p.add_component("embedder", DenseTextDocumentEmbedder(model=_embedder_model()))
    p.add_component("writer", DocumentWriter(document_store=milvus_document_store(uri, collection,
                                                                                  drop_old=drop_old),
                                             policy=DuplicatePolicy.OVERWRITE))
    p.connect("converter.documents", "splitter.documents")
    p.connect("splitter.documents", "embedder.documents")
    p.connect("embedder.documents", "writer.documents")
    return p


def query_pipeline(uri: str, collection: str = "haystack_docqa", *, llm: str = "extractive",
                   top_k: int | None = None) -> Pipeline:
    """text embedder -> hybrid retriever (dense + BM25, RRF) -> answerer."""
    from milvus_haystack import MilvusHybridRetriever

    from paddlecamp.docqa.qa import RETRIEVE_K

    top_k = top_k or RETRIEVE_K  # as many as ``ask`` retrieves, so both answer alike
    store = milvus_document_store(uri, collection)
    p = Pipeline()
    p.add_component("embedder", DenseTextEmbedder(model=_embedder_model()))
    from paddlecamp.docqa.store import hybrid_ranker

    p.add_component("retriever", MilvusHybridRetriever(document_store=store, top_k=top_k, reranker=hybrid_ranker()))
    p.add_component("answerer", ErnieChatGenerator(fallback="extractive", document_store=store) if llm == "ernie"
                    else ExtractiveAnswerer(document_store=store))
    p.connect("embedder.embedding", "retriever.query_embedding")
    p.connect("retriever.documents", "answerer.documents")
    return p


def run_query(pipeline: Pipeline, question: str) -> dict[str, Any]:
    """Feed the question to the embedder, the BM25 side and the answerer; the answer dict."""
    from paddlecamp.docqa.answer import expand_query

    out = pipeline.run({"embedder": {"text": question}, "retriever": {"query_text": expand_query(question)},
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
