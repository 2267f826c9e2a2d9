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
from paddlecamp.docqa.store import StoreError  # light: pymilvus is imported lazily


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


def _engine_key(engine: str) -> str:
    import os

    from paddlecamp.docqa.ocr.engine import DEFAULT_ENGINE

    return os.environ.get("PADDLECAMP_OCR_ENGINE", DEFAULT_ENGINE) if engine == "default" else engine


def ocr(path: str | Path, *, engine: str = "default", store: str | Path | None = None) -> list[Page]:
    """OCR every page of one file (image or PDF) into ``Page`` records.

    Raises ``IngestError`` for files that cannot be read. With ``store``, results are cached
    there by content hash and engine (OCR is the slow step; a cached file costs milliseconds).
    """
    from paddlecamp.docqa.ingest import content_hash, load_pages
    from paddlecamp.docqa.ocr.page import ocr_image

    cache = None
    key = _engine_key(engine)
    if store is not None:
        from paddlecamp.docqa.store import Store

        cache = Store(store, create=True)
        doc_hash = content_hash(Path(path))
        hit = cache.ocr_cache_get(doc_hash, key)
        if hit is not None:
            from paddlecamp.docqa.ocr.layout import find_tables, group_rows

            # Layout is cheap and may improve between versions: recompute it on cached lines.
            for page in hit:
                page.tables = find_tables(group_rows(page.lines))
            return hit
    pages = [ocr_image(p.image, source=p.source, page=p.page, engine=key, notes=p.notes) for p in load_pages(path)]
    if cache is not None:
        cache.ocr_cache_put(doc_hash, key, pages)
    return pages


def _doc_key(path: Path) -> str:
    import os

    # Valid UTF-8 even for file names that are not: Milvus stores text fields as UTF-8.
    return os.fsencode(path.resolve()).decode("utf-8", errors="backslashreplace")


def index(paths: list[str | Path], *, store: str | Path, collection: str = "default",
          progress: bool = True, engine: str = "default", embedder: str | None = None,
          max_units: float = 120, analyzer: dict | None = None) -> IndexReport:
    """OCR, chunk and index files or folders into a store; per-file errors are reported.

    Unchanged files (same content hash, fully indexed) are skipped; a changed file's chunks
    are replaced; a run interrupted part-way is completed by running it again. ``analyzer``
    (for a new collection) overrides the BM25 analyzer, jieba by default.
    """
    from tqdm.auto import tqdm

    from paddlecamp.docqa.chunking import chunk_pages
    from paddlecamp.docqa.ingest import IngestError, content_hash, expand_paths
    from paddlecamp.docqa.ocr.engine import OcrEngineError

    report = IndexReport()
    files, errors = expand_paths(paths)
    report.errors.extend(errors)
    st = open_store(store, create=True)
    emb = _embedder(embedder)
    st.ensure_collection(check_collection_name(collection), emb.dim, analyzer=analyzer)
    for path in tqdm(files, desc="indexing", unit="file", disable=not progress):
        name = str(path)
        try:
            name = _doc_key(path)
            doc_hash = content_hash(path)
            if st.is_current(collection, name, doc_hash):
                report.skipped.append(name)
                continue
            pages = ocr(path, engine=engine, store=st.path)
            for p in pages:
                report.notes.extend(f"{p.source} page {p.page}: {n}" for n in p.notes)
            chunks = chunk_pages(pages, max_units=max_units, doc_hash=doc_hash)
            if not chunks:
                raise IngestError(f"{path.name}: no text found on any page")
            vectors = emb.embed([c.text for c in chunks])
            st.write_document(collection, name, doc_hash, chunks, vectors)
            report.indexed.append(name)
            report.chunks += len(chunks)
        except (IngestError, OcrEngineError, StoreError, OSError) as exc:
            report.errors.append({"path": name, "error": str(exc)})
        except Exception as exc:  # one bad file never stops the batch
            report.errors.append({"path": name, "error": f"{type(exc).__name__}: {exc}"})
    return report


_STORES: dict[tuple[str, str], Any] = {}
_EMBEDDERS: dict[str, Any] = {}


def open_store(store: str | Path, *, create: bool = False):
    """A ``Store`` for the folder, reused within the process (opening Milvus Lite is slow)."""
    import os

    from paddlecamp.docqa.store import Store

    key = (str(Path(store).resolve()), os.environ.get("MILVUS_URI", ""))
    st = _STORES.get(key)
    if st is None or not st.path.is_dir():
        st = Store(store, create=create)
        _STORES[key] = st
    return st


def _embedder(name: str | None = None):
    from paddlecamp.docqa.embedder import Embedder

    key = name or ""
    if key not in _EMBEDDERS:
        _EMBEDDERS[key] = Embedder(name)
    return _EMBEDDERS[key]


def check_collection_name(name: str) -> str:
    from paddlecamp.docqa.store import check_collection_name as check

    return check(name)



_REFUSAL = {"zh": "根据已索引的文档无法回答这个问题。", "en": "The indexed documents do not answer this question."}


def _lang(text: str) -> str:
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def retrieve(question: str, *, store: str | Path, collection: str = "default", top_k: int = 5,
             mode: str = "hybrid"):
    """The ``top_k`` hits for a question (``mode``: hybrid, dense or bm25) and timings in ms."""
    import time

    if not question or not question.strip():
        raise ValueError("the question is empty")
    st = open_store(store)
    if not st.has_collection(collection):
        raise StoreError(f"store {st.path} has no collection {collection!r}; index documents into it first")
    t0 = time.perf_counter()
    vec = _embedder().embed([question.strip()])[0]
    t1 = time.perf_counter()
    hits = st.search(collection, question.strip(), vec, top_k=top_k, mode=mode)
    t2 = time.perf_counter()
    return hits, {"embed_ms": (t1 - t0) * 1000, "search_ms": (t2 - t1) * 1000}


def _with_page_siblings(hits, store, collection: str, pages: int = 2):
    """The hits, then the other chunks of the top ``pages`` pages (after them, score 0).

    Retrieval ranks chunks, but the answer often sits in a sibling chunk of the best page
    (a table under the paragraph that matched the question's subject); the answerer should
    see the whole page. Pages are small, so this adds a handful of chunks.
    """
    from paddlecamp.docqa.store import Hit

    seen = {(h.chunk.source, h.chunk.page, h.chunk.chunk_no) for h in hits}
    top_pages = list(dict.fromkeys((h.chunk.source, h.chunk.page) for h in hits))[:pages]
    st = open_store(store)
    extra = []
    for source, page in top_pages:
        for c in st.page_chunks(collection, source, page):
            if (c.source, c.page, c.chunk_no) not in seen:
                seen.add((c.source, c.page, c.chunk_no))
                extra.append(Hit(c, 0.0))
    return list(hits) + extra


def _citation(chunk, bbox, text: str, score: float) -> dict[str, Any]:
    return {"source": chunk.source, "page": int(chunk.page), "bbox": [round(float(v), 1) for v in bbox],
            "text": text, "score": round(float(score), 4)}


def ask(question: str, *, store: str | Path, collection: str = "default", llm: str = "extractive",
        top_k: int = 3, fallback: str | None = None) -> dict[str, Any]:
    """Answer a question from the store with citations (the ``--json`` schema).

    ``llm="extractive"`` (offline) picks a span from the retrieved chunks; ``llm="ernie"``
    asks ERNIE with the chunks as numbered contexts. With ``fallback="extractive"`` an ERNIE
    failure (network, key, rate limit) falls back to the extractive answer, noted in
    ``timings["fallback"]``.
    """
    import time

    from paddlecamp.docqa.answer import extract

    if llm not in ("extractive", "ernie"):
        raise ValueError(f"unknown answerer {llm!r}; use 'extractive' or 'ernie'")
    t_start = time.perf_counter()
    # Retrieve a few more than cited: the answer's line may sit in the 4th or 5th chunk.
    hits, timings = retrieve(question, store=store, collection=collection, top_k=max(top_k, 5))
    hits = _with_page_siblings(hits, store, collection)
    chunks = [h.chunk for h in hits]
    t0 = time.perf_counter()
    result: dict[str, Any] | None = None
    if llm == "ernie":
        try:
            result = _ask_ernie(question, hits[:top_k])
        except Exception as exc:
            from paddlecamp.docqa.llm import LLMError

            if not isinstance(exc, LLMError) or fallback != "extractive":
                raise
            timings["fallback"] = f"extractive ({exc})"
    if result is None:
        ex = extract(question, chunks)
        citations = []
        if ex.answerable and ex.evidence is not None:
            ev = ex.evidence
            citations.append(_citation(ev.chunk, ev.bbox, ev.cell or ev.text, hits[ev.rank].score))
            for h in hits[:top_k]:
                if h.chunk is not ev.chunk and len(citations) < top_k:
                    citations.append(_citation(h.chunk, h.chunk.bbox, h.chunk.text, h.score))
        result = {"answer": ex.answer if ex.answerable else _REFUSAL[_lang(question)],
                  "answerable": ex.answerable, "citations": citations}
    t1 = time.perf_counter()
    timings["answer_ms"] = (t1 - t0) * 1000
    timings["total_ms"] = (t1 - t_start) * 1000
    result["timings"] = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in timings.items()}
    return result


def _ask_ernie(question: str, hits) -> dict[str, Any]:
    from paddlecamp.docqa.llm import ErnieAnswerer

    chunks = [h.chunk for h in hits]
    ans = ErnieAnswerer.from_env(model=None).answer(question, chunks)
    cited = [i for i in ans.cited if 0 <= i < len(hits)] or ([0] if ans.answerable and hits else [])
    citations = [_citation(hits[i].chunk, hits[i].chunk.bbox, hits[i].chunk.text, hits[i].score) for i in cited]
    return {"answer": ans.answer, "answerable": bool(ans.answerable), "citations": citations if ans.answerable else []}
