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
    """What an ``index`` run did, per document key (its path relative to the indexed root).

    ``indexed``: read (OCR or PDF text layer), chunked, embedded and written; ``moved``: an
    identical file was already in the store (moved, renamed or copied), its chunks and
    vectors were copied under the new key, no OCR, no embedding; ``skipped``: unchanged;
    ``removed``: dropped from the index because the file is gone from a folder that was
    indexed; ``errors``: ``{"path", "error"}`` per failed file (the path as given).
    ``pages_text``/``pages_ocr``: pages read from a PDF text layer / OCR'd (cached or not).
    """

    indexed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    chunks: int = 0
    notes: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    pages_text: int = 0
    pages_ocr: int = 0

    def summary(self) -> str:
        text = (f"indexed {len(self.indexed)} file(s), moved {len(self.moved)} (chunks re-used), "
                f"skipped {len(self.skipped)} unchanged, removed {len(self.removed)} (file gone), "
                f"{len(self.errors)} error(s), {self.chunks} chunk(s) written")
        if self.pages_text:
            text += f"; {self.pages_text} page(s) read from PDF text layers, {self.pages_ocr} OCR'd"
        return text


def _engine_key(engine: str) -> str:
    import os

    from paddlecamp.docqa.ocr.engine import DEFAULT_ENGINE

    return os.environ.get("PADDLECAMP_OCR_ENGINE", DEFAULT_ENGINE) if engine == "default" else engine


#: Bumped when the PDF text-layer extraction changes, so cached results of the old one are redone
#: (pdftext3: letter-spaced rows read as words; pdftext4: check boxes marked from the rendered page).
TEXT_LAYER_VERSION = "pdftext4"
#: Bumped when the structure step changes what it keeps in a cached page (model tables are kept
#: as found; geometry is redone on every load) or the reading of a page image changes (struct6:
#: blurred pages also read sharpened; struct7: skewed pages read again upright; struct8: table
#: lines moved to the row they line up with, two-level headers regrouped, regions cut at numbered
#: headings, tables found in a page-sized figure; struct9: line crops recognized at 144 px, a
#: label alone over a row of column names is a section bar; struct10: a line alone across a column
#: gutter spans columns, stacked rows split, numbers joined to the next column's words moved to
#: their empty column; struct11: a glued count keeps its measure word; struct12: a header over no
#: values names the values beside it; struct13: a section row inside a table, fields over a
#: table and captions between tables no longer cut or head the table, stacked rows of words
#: split, a row of sub-labels joins the header; struct14: columns the model read askew are
#: rebuilt from the text though it read more of them; struct15: a table with a full grid of
#: printed rules takes its cells from the rules, ``structure.ruled``; struct16: lines read with
#: low confidence are read again smoothed; struct17: faint detector boxes kept when they read
#: clearly, cut to their words: a line of leader dots thins the map; struct18: a choice field's
#: check boxes marked ticked or empty in its line, ``structure.checkboxes``), so pages cached
#: before are read again.
STRUCTURE_VERSION = "struct18"


def pipeline_version() -> str:
    """What made a document's stored chunks: the page reading (``STRUCTURE_VERSION``), the PDF
    text layer (``TEXT_LAYER_VERSION``) and the chunking (``chunking.CHUNKING_VERSION``). An
    unchanged file whose chunks another version made is read again (from the OCR cache when
    only the chunking changed) and re-chunked, and its stored chunks are not re-used for a
    moved copy. Rows written before this mark existed carry none and are taken as they are."""
    from paddlecamp.docqa.chunking import CHUNKING_VERSION

    return f"{STRUCTURE_VERSION}+{TEXT_LAYER_VERSION}+{CHUNKING_VERSION}"


def _force_ocr(force_ocr: bool | None) -> bool:
    """``force_ocr`` if given, else ``$PADDLECAMP_FORCE_OCR`` (1/true/yes/on)."""
    import os

    if force_ocr is not None:
        return bool(force_ocr)
    return os.environ.get("PADDLECAMP_FORCE_OCR", "").strip().lower() in ("1", "true", "yes", "on")


def _text_layer_page(p) -> Page:
    """A ``Page`` from a PDF page's own text layer: rows, regions and tables, then reading order."""
    from paddlecamp.docqa.ocr.engine import RawLine
    from paddlecamp.docqa.ocr.layout import order_lines
    from paddlecamp.docqa.ocr.reading_order import apply_reading_order
    from paddlecamp.docqa.structure import analyze_page

    from paddlecamp.docqa.structure.checkboxes import mark_checkboxes

    # a choice field's squares are drawn, not printed: read from the rendered page
    lines, rows = order_lines(mark_checkboxes(p.image, [RawLine(l.text, l.score, l.box) for l in p.text_lines]))
    regions, tables = analyze_page(p.image, lines, rows)
    lines = apply_reading_order(lines, tables)  # columns one after the other, tables kept whole
    return Page(source=p.source, page=p.page, width=int(p.image.shape[1]), height=int(p.image.shape[0]),
                lines=lines, tables=tables, notes=list(p.notes), regions=regions, origin="pdf-text")


def _refresh_cached(pages: list[Page]) -> None:
    """Layout is cheap and may improve between versions: recompute it on cached lines."""
    from paddlecamp.docqa.ocr.page import refresh_layout

    for page in pages:
        refresh_layout(page)


def ocr(path: str | Path, *, engine: str = "default", store: str | Path | None = None,
        force_ocr: bool | None = None, on_page: Any = None) -> list[Page]:
    """OCR every page of one file (image or PDF) into ``Page`` records.

    PDF pages with a usable text layer are not OCR'd: their embedded text becomes the lines
    (``Page.origin == "pdf-text"``); image-only pages (scans) go through the OCR engine.
    ``force_ocr=True`` (or ``$PADDLECAMP_FORCE_OCR=1``) OCRs every page, for PDFs whose text
    layer is wrong. Raises ``IngestError`` for files that cannot be read. With ``store``,
    results are cached there by content hash, engine and text-layer use (OCR is the slow
    step; a cached file costs milliseconds). ``on_page(page)``, when given, is called with
    each finished page (progress bars).
    """
    from paddlecamp.docqa.ingest import PDF_SUFFIXES, content_hash, display_name, iter_pages

    path = Path(path)
    force = _force_ocr(force_ocr)
    key = _engine_key(engine)
    cache_key = f"{key}+{STRUCTURE_VERSION}"
    if not force and path.suffix.lower() in PDF_SUFFIXES:
        cache_key += f"+{TEXT_LAYER_VERSION}"
    cache = None
    if store is not None:
        from paddlecamp.docqa.store import Store

        cache = Store(store, create=True)
        doc_hash = content_hash(path)
        hit = cache.ocr_cache_get(doc_hash, cache_key)
        if hit is not None:
            _refresh_cached(hit)
            name = display_name(path)  # the cache is by content: an identical copy has another name
            for page in hit:
                page.source = name
                if on_page is not None:
                    on_page(page)
            return hit
    pages: list[Page] = []
    ocr_image = None
    for p in iter_pages(path, text_layer=not force):
        if p.text_lines is not None:
            page = _text_layer_page(p)
        else:
            if ocr_image is None:
                from paddlecamp.docqa.ocr.page import ocr_image
            page = ocr_image(p.image, source=p.source, page=p.page, engine=key, notes=p.notes)
        pages.append(page)
        if on_page is not None:
            on_page(page)
    if cache is not None:
        cache.ocr_cache_put(doc_hash, cache_key, pages)
    return pages


def doc_key(path: Path, root: Path | None = None) -> str:
    """A document's key: its path relative to the indexed ``root`` with POSIX separators
    (``sub/scan.png``); a file given directly (``root=None``) is keyed by its name.

    The key is also the chunks' ``source``, what citations show; together with the root
    (``root_key``) and the content hash it identifies a document in the store.
    """
    import os

    rel = Path(path.name) if root is None else Path(path).relative_to(root)
    # Valid UTF-8 even for file names that are not: Milvus stores text fields as UTF-8.
    return os.fsencode(rel.as_posix()).decode("utf-8", errors="backslashreplace")


def root_key(root: Path) -> str:
    """The indexed root as stored: absolute, symlinks resolved, POSIX separators."""
    import os

    return os.fsencode(Path(root).resolve().as_posix()).decode("utf-8", errors="backslashreplace")


def _gone(path: str) -> bool:
    """True only when there is surely no file at ``path`` (a stored document's file)."""
    if "\\x" in path:  # an undecodable name, escaped: cannot tell which file it was
        return False
    try:
        return not Path(path).is_file()
    except OSError:
        return False


def _changed(path: str, doc_hash: str) -> bool:
    """True when the file at ``path`` now has other content than ``doc_hash``."""
    from paddlecamp.docqa.ingest import content_hash

    try:
        return content_hash(Path(path)) != doc_hash
    except OSError:
        return False


def _reuse(st, collection: str, doc_hash: str, root: str, key: str, roots_now: set[str], *,
           ocr_only: bool, pipeline: str) -> tuple[Any, bool] | None:
    """A complete stored copy of this content to re-use, and whether to consume it (delete it
    after copying: its file is gone or changed in a root indexed now, or it is this very file
    in the old absolute-path layout). Prefers what would be consumed (a move over a copy)."""
    best = None
    for ref in st.find_by_hash(collection, doc_hash):
        if not ref.complete or (ref.root, ref.doc_key) == (root, key) or (ocr_only and ref.text_layer) \
                or ref.pipeline not in (None, pipeline):  # another reading or chunking made them
            continue
        if ref.root is None and ref.doc_key == f"{root.rstrip('/')}/{key}":
            return ref, True  # this file, indexed by an earlier version: migrate it
        consume = _gone(ref.path) or (ref.root in roots_now and _changed(ref.path, doc_hash))
        if best is None or (consume and not best[1]):
            best = (ref, consume)
    return best


def index(paths: list[str | Path], *, store: str | Path, collection: str = "default",
          progress: bool = True, engine: str = "default", embedder: str | None = None,
          max_units: float = 120, analyzer: dict | None = None, force_ocr: bool | None = None) -> IndexReport:
    """OCR, chunk and index files or folders into a store; per-file errors are reported.

    Documents are keyed by their path relative to the indexed root (a folder given in
    ``paths``; a file given directly is keyed by its name), plus their content hash:

    * unchanged files are skipped (unless another reading or chunking made their chunks:
      ``pipeline_version``); a changed file's chunks are replaced (new rows are written
      before the old ones are deleted, so an interrupted run leaves the last good state and
      running it again completes it);
    * a file whose content is already in the store under another key (moved, renamed,
      copied, or the whole root folder moved) re-uses those chunks and vectors: no OCR, no
      embedding (``moved``); the old key is dropped when its file is gone;
    * files that vanished from a folder given in ``paths`` are removed from the index
      (``removed``); documents of other roots are never touched.

    PDF pages with a text layer are read from it, not OCR'd (``force_ocr=True`` or
    ``$PADDLECAMP_FORCE_OCR=1`` OCRs every page, and re-does PDFs indexed from their text
    layer). ``analyzer`` (for a new collection) overrides the BM25 analyzer, jieba by default.
    The progress bar counts pages.
    """
    from tqdm.auto import tqdm

    from paddlecamp.docqa.chunking import chunk_pages
    from paddlecamp.docqa.dense_text import default_scheme, dense_texts
    from paddlecamp.docqa.ingest import PDF_SUFFIXES, IngestError, content_hash, count_pages, expand_documents
    from paddlecamp.docqa.ocr.engine import OcrEngineError

    report = IndexReport()
    files, folders, errors = expand_documents(paths)
    report.errors.extend(errors)
    st = open_store(store, create=True)
    emb = shared_embedder(embedder)
    st.ensure_collection(check_collection_name(collection), emb.dim, analyzer=analyzer)
    scheme, current = st.dense_scheme(collection), default_scheme()
    if scheme != current:
        report.notes.append(f"collection {collection!r} embeds {scheme!r} text, not the current "
                            f"{current!r}: `paddlecamp docqa reembed` moves it (no OCR)")
    force = _force_ocr(force_ocr)
    pipeline = pipeline_version()
    roots_now = {root_key(f) for f in folders}
    n_pages = [count_pages(f.path) for f in files] if progress else [1] * len(files)
    bar = tqdm(total=sum(n_pages), desc="indexing", unit="page", disable=not progress)

    def fail(f, exc: Exception) -> None:
        msg = str(exc) if isinstance(exc, (IngestError, OcrEngineError, StoreError, OSError)) \
            else f"{type(exc).__name__}: {exc}"
        report.errors.append({"path": str(f.path), "error": msg})

    # 1. What each file needs: nothing (unchanged), its chunks copied, or reading.
    seen: set[tuple[str, str]] = set()
    todo = []  # (file, pages, root, key, hash, may re-use stored chunks)
    for f, n in zip(files, n_pages):
        try:
            root = root_key(f.root)
            key = doc_key(f.path, f.root if f.folder else None)
            if (root, key) in seen:  # the same file given twice (a folder and a file in it)
                bar.update(n)
                continue
            seen.add((root, key))
            doc_hash = content_hash(f.path)
            redo = force and f.path.suffix.lower() in PDF_SUFFIXES and st.uses_text_layer(collection, key, root)
            if not redo and st.is_current(collection, key, doc_hash, root, pipeline=pipeline):
                report.skipped.append(key)
                bar.update(n)
                continue
            todo.append((f, n, root, key, doc_hash, not redo))
        except Exception as exc:  # one bad file never stops the batch
            fail(f, exc)
            bar.update(n)
    # 2. Copies first (before any rewrite deletes a version they could re-use), then reading.
    todo.sort(key=lambda t: not (t[5] and st.find_by_hash(collection, t[4])))
    for f, n, root, key, doc_hash, may_reuse in todo:
        bar.set_postfix_str(key[-40:], refresh=False)
        done = 0
        try:
            ocr_only = force and f.path.suffix.lower() in PDF_SUFFIXES
            src = _reuse(st, collection, doc_hash, root, key, roots_now, ocr_only=ocr_only,
                         pipeline=pipeline) if may_reuse else None
            if src is not None and st.copy_document(collection, src[0], doc_key=key, root=root, source=key):
                if src[1]:
                    st.delete_document(collection, src[0].doc_key, src[0].root, doc_hash=doc_hash)
                report.moved.append(key)
                continue

            def tick(page) -> None:
                nonlocal done
                done += 1
                bar.update(1)
                if page.origin == "pdf-text":
                    report.pages_text += 1
                else:
                    report.pages_ocr += 1

            pages = ocr(f.path, engine=engine, store=st.path, force_ocr=force, on_page=tick)
            for p in pages:
                p.source = key  # citations show the path relative to the indexed root
                report.notes.extend(f"{key} page {p.page}: {note}" for note in p.notes)
            chunks = chunk_pages(pages, max_units=max_units, doc_hash=doc_hash)
            if not chunks:
                raise IngestError(f"{f.path.name}: no text found on any page")
            vectors = emb.embed(dense_texts([c.text for c in chunks], scheme))
            st.write_document(collection, key, doc_hash, chunks, vectors, root=root,
                              text_layer=any(p.origin == "pdf-text" for p in pages), pipeline=pipeline)
            try:
                cache_labels(st, doc_hash, chunks)
            except Exception as exc:  # the document is indexed; its questions embed the labels instead
                report.notes.append(f"{key}: label embeddings not stored ({exc}); questions will embed them")
            report.indexed.append(key)
            report.chunks += len(chunks)
        except Exception as exc:  # one bad file never stops the batch
            fail(f, exc)
        finally:
            bar.update(max(0, n - done))
    bar.close()
    # 3. Files gone from the folders indexed now (after everything new is written).
    for folder in folders:
        root = root_key(folder)
        present = {k for r, k in seen if r == root}
        try:
            for key, stored_root in st.documents_under(collection, root).items():
                if key in present or not _gone(f"{root.rstrip('/')}/{key}"):
                    continue
                st.delete_document(collection, key if stored_root is not None else f"{root.rstrip('/')}/{key}",
                                   stored_root)
                report.removed.append(key)
        except Exception as exc:  # what was written stays; the next run retries the clean-up
            report.errors.append({"path": str(folder), "error": f"removing vanished files: {exc}"})
    return report


def keep_only(files: list[str | Path], *, store: str | Path, collection: str = "default") -> list[str]:
    """Drop every document of the collection that is not one of ``files`` (each keyed as
    ``index`` keys a file given directly); returns the dropped keys.

    For a collection that must hold exactly one set of documents, such as an evaluation's: pages
    of another set or of an earlier, larger run would otherwise compete in retrieval. Their OCR
    stays cached in the store, so indexing them again costs only the embedding.
    """
    st = open_store(store)
    if not st.has_collection(collection):
        return []
    wanted = {(doc_key(Path(f)), root_key(Path(f).parent)) for f in files}
    dropped = []
    for key, root in sorted(st.documents(collection) - wanted, key=lambda d: (d[0], d[1] or "")):
        st.delete_document(collection, key, root)
        dropped.append(key)
    return dropped


def reembed(*, store: str | Path, collection: str = "default", scheme: str | None = None,
            progress: bool = True, batch: int = 256) -> dict[str, Any]:
    """Re-embed a collection's chunks under ``scheme`` (default: the current one): no OCR, no
    re-chunking, BM25 untouched. Rows are rewritten in batches, each marked with the scheme,
    and the collection's scheme flips only when every row is done, so an interrupted run
    leaves every chunk searchable and running it again finishes the rest."""
    from tqdm.auto import tqdm

    from paddlecamp.docqa.dense_text import check_scheme, default_scheme, dense_texts

    st = open_store(store)
    st.require_collection(collection)
    target = check_scheme(scheme or default_scheme())
    before = st.dense_scheme(collection)
    if before == target:
        return {"collection": collection, "scheme": target, "before": before, "rows": 0}
    rows = st.rows_to_reembed(collection, target)
    emb = shared_embedder()
    with tqdm(total=len(rows), desc="re-embedding", unit="chunk", disable=not progress) as bar:
        for start in range(0, len(rows), batch):
            part = rows[start:start + batch]
            vectors = emb.embed(dense_texts([r["text"] for r in part], target))
            st.upsert_vectors(collection, part, vectors, target)
            bar.update(len(part))
    st.set_dense_scheme(collection, target)
    return {"collection": collection, "scheme": target, "before": before, "rows": len(rows)}


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


def shared_embedder(name: str | None = None):
    """The process-wide sentence embedder (loading the model takes seconds, so it is kept)."""
    from paddlecamp.docqa.embedder import Embedder

    key = name or ""
    if key not in _EMBEDDERS:
        _EMBEDDERS[key] = Embedder(name)
    return _EMBEDDERS[key]


def check_collection_name(name: str) -> str:
    from paddlecamp.docqa.store import check_collection_name as check

    return check(name)



def _lang(text: str) -> str:
    from paddlecamp.docqa.qa import lang

    return lang(text)


def retrieve(question: str, *, store: str | Path, collection: str = "default", top_k: int = 5,
             mode: str = "hybrid"):
    """The ``top_k`` hits for a question (``mode``: hybrid, dense or bm25) and timings in ms."""
    import time

    if not question or not question.strip():
        raise ValueError("the question is empty")
    st = open_store(store)
    st.require_collection(collection)
    t0 = time.perf_counter()
    from paddlecamp.docqa.dense_text import dense_texts

    from paddlecamp.docqa import semantic

    # through the semantic matcher's cache: the answerer embeds the same text to compare labels
    vec = semantic.embed_texts(dense_texts([question.strip()], st.dense_scheme(collection)))[0]
    t1 = time.perf_counter()
    from paddlecamp.docqa.answer import expand_query

    hits = st.search(collection, expand_query(question.strip()), vec, top_k=top_k, mode=mode)
    t2 = time.perf_counter()
    return hits, {"embed_ms": (t1 - t0) * 1000, "search_ms": (t2 - t1) * 1000}


def gather(question: str, *, store: str | Path, collection: str = "default", top_k: int = 3):
    """What the answerer reads for a question, and the retrieval timings in ms: the hybrid
    hits (a few more than ``top_k``: the answer's line may sit in the 4th or 5th chunk),
    reranked, then the other chunks of the best pages. The label embeddings indexing stored
    for their documents are loaded for the answerer's semantic match."""
    from paddlecamp.docqa.qa import RETRIEVE_K, evidence

    hits, timings = retrieve(question, store=store, collection=collection, top_k=max(top_k, RETRIEVE_K))
    st = open_store(store)
    ev = evidence(question, hits, lambda source, page: st.page_chunks(collection, source, page),
                  lambda: st.sources(collection))
    load_labels(st, [h.chunk for h in ev])
    return ev, timings


_LABELS_LOADED: set[tuple[str, str, str]] = set()


def cache_labels(st, doc_hash: str, chunks: list) -> int:
    """Embed the evidence labels of a document's chunks ahead (``semantic.label_texts``) and keep
    them in the store, so questions do not embed them; labels stored before are re-used.
    Returns how many were embedded now."""
    from paddlecamp.docqa import semantic

    texts = semantic.label_texts(chunks)
    if not texts:
        return 0
    model = semantic.model_key()
    old = st.label_cache_get(doc_hash, model)
    if old is not None:
        semantic.remember(*old)
    have = set(old[0]) if old is not None else set()
    todo = [t for t in texts if t not in have]
    vectors = semantic.embed_texts(texts)
    if todo or len(have) != len(texts):
        st.label_cache_put(doc_hash, model, texts, vectors)
    _LABELS_LOADED.add((str(st.path), doc_hash, model))
    return len(todo)


def load_labels(st, chunks: list) -> None:
    """Load the stored label embeddings of the chunks' documents into the semantic matcher
    (once per document and process; a document without them is embedded when asked)."""
    from paddlecamp.docqa import semantic

    if not semantic.enabled():
        return
    model = semantic.model_key()
    for doc_hash in dict.fromkeys(c.doc_hash for c in chunks if c.doc_hash):
        key = (str(st.path), doc_hash, model)
        if key in _LABELS_LOADED:
            continue
        _LABELS_LOADED.add(key)
        found = st.label_cache_get(doc_hash, model)
        if found is not None:
            semantic.remember(*found)


def ask(question: str, *, store: str | Path, collection: str = "default", llm: str = "extractive",
        top_k: int = 3, fallback: str | None = None) -> dict[str, Any]:
    """Answer a question from the store with citations (the ``--json`` schema).

    Retrieval (hybrid, plus the other chunks of the best two pages), then the one answer
    path every entry point shares (``paddlecamp.docqa.qa.answer_question``):
    ``llm="extractive"`` (offline) picks a span from the structured chunks; ``llm="ernie"``
    asks ERNIE with the chunks as numbered contexts and keeps its answer only when a cited
    chunk contains it. With ``fallback="extractive"`` an ERNIE failure (network, key, rate
    limit, unsupported answer) falls back to the extractive answer, noted in
    ``timings["fallback"]``. Returns ``Answer.to_dict()``: answer, answerable, citations
    (source, page, bbox, text, score, chunk_id), answerer, reason (when declined), timings.
    """
    import time

    from paddlecamp.docqa.qa import answer_question

    if llm not in ("extractive", "ernie"):
        raise ValueError(f"unknown answerer {llm!r}; use 'extractive' or 'ernie'")
    t_start = time.perf_counter()
    hits, timings = gather(question, store=store, collection=collection, top_k=top_k)
    t0 = time.perf_counter()
    result = answer_question(question, hits, llm=llm, top_k=top_k, fallback=fallback)
    t1 = time.perf_counter()
    timings.update(result.timings)
    timings["answer_ms"] = (t1 - t0) * 1000
    timings["total_ms"] = (t1 - t_start) * 1000
    result.timings = timings
    return result.to_dict()
