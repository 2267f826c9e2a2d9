"""Push our OCR'd, provenance-keeping chunks into a RAGFlow dataset, and map its hits back.

RAGFlow parses uploads with its own DeepDoc pipeline. This connector skips that: the chunks
PaddleOCR and our layout step already made (text blocks, table cells, key-value pairs) go
in as they are through ``ragflow-sdk`` (``Document.add_chunk``), so RAGFlow's retrieval and
chat answer from our chunks, and every hit maps back to file, page and box.

Where the provenance lives, in RAGFlow's own fields (nothing kept on the side):

* one RAGFlow document per source file, the file itself uploaded (a PDF or image RAGFlow
  accepts; other files, or a file that changed since indexing, as a Markdown rendition of
  its text), never parsed by RAGFlow;
* the document's ``meta_fields``: ``paddlecamp_source``, ``paddlecamp_collection``,
  ``paddlecamp_doc_hash`` (the file's content hash), ``paddlecamp_chunks`` (how many of our
  chunks it should hold) and ``paddlecamp_provenance``, a JSON string mapping each RAGFlow
  chunk id to our chunks (``chunk_id``, ``page``, ``bbox``, ``kind``, ``chunk_no``). It is
  a JSON string, not an object, because RAGFlow's metadata filters stringify values;
* each chunk's ``positions`` (RAGFlow's ``[page, left, right, top, bottom]``, what its UI
  highlights; PDF boxes in PDF points, image boxes in pixels), set with ``Chunk.update``.

``add_chunk`` takes only ``content``, ``important_keywords`` and ``questions``; putting
ids or coordinates into keywords would feed them to RAGFlow's keyword matching (keywords
weigh most there), so the mapping is kept per document instead. RAGFlow derives a
manually added chunk's id from its text and document, so chunks of one file with the same
text become one RAGFlow chunk that maps back to all of their boxes.

Idempotent: a document whose hash and chunk count match is skipped; a changed file gets a
new document, and the old one is deleted only after the new one is complete; so does a
document that RAGFlow parsed (its parser replaces our chunks) or whose chunks were edited
there (its chunk count no longer matches); an interrupted push resumes (chunks already
mapped are skipped, chunks already in RAGFlow are found by their text). A chunk or document that fails is reported (dataset, document,
chunk) and the rest goes on.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from paddlecamp.docqa.records import Chunk, Citation

ENV_BASE_URL = "RAGFLOW_BASE_URL"
ENV_API_KEY = "RAGFLOW_API_KEY"
META_SOURCE = "paddlecamp_source"
META_COLLECTION = "paddlecamp_collection"
META_HASH = "paddlecamp_doc_hash"
META_COUNT = "paddlecamp_chunks"
META_PROVENANCE = "paddlecamp_provenance"
#: File types RAGFlow 0.22 accepts that our indexer reads (RAGFlow refuses ``.tiff``, ``.bmp``).
UPLOADABLE = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".gif", ".webp"}
#: Write the provenance map after this many chunks, so an interrupted push loses little.
SAVE_EVERY = 32
PAGE_SIZE = 100


class RagflowError(RuntimeError):
    """RAGFlow is unreachable, refused the key, or answered an error; the message says which."""


# connection ----------------------------------------------------------------------------------
def connect(base_url: str | None = None, api_key: str | None = None, *,
            wire: list[dict[str, Any]] | None = None):
    """A ``ragflow_sdk.RAGFlow`` client, checked with one request.

    ``base_url``/``api_key`` default to ``$RAGFLOW_BASE_URL``/``$RAGFLOW_API_KEY``. With
    ``wire`` (a list), every request the client sends is appended to it (method, path,
    body, answer code): how the chapter shows the traffic, against any server.
    """
    from ragflow_sdk import RAGFlow

    base_url = (base_url or os.environ.get(ENV_BASE_URL) or "").strip().rstrip("/")
    api_key = (api_key or os.environ.get(ENV_API_KEY) or "").strip()
    if not base_url:
        raise RagflowError(f"no RAGFlow address: pass --base-url or set ${ENV_BASE_URL} (e.g. http://localhost:9380)")
    if not api_key:
        raise RagflowError(f"no RAGFlow API key: pass --api-key or set ${ENV_API_KEY} (RAGFlow: avatar > API > "
                           "create new key)")
    if base_url.endswith("/api/v1"):
        base_url = base_url[: -len("/api/v1")]
    rag = RAGFlow(api_key, base_url)
    if wire is not None:
        _record_wire(rag, wire)
    res = _send(rag, "get", "/datasets", params={"page": 1, "page_size": 1})
    answer = _answer(res, f"RAGFlow at {base_url}")
    if answer.get("code") == 109 or answer.get("data") is False:
        raise RagflowError(f"RAGFlow at {base_url} refused the API key: {answer.get('message')} "
                           f"(code {answer.get('code')})")
    if answer.get("code") != 0:
        raise RagflowError(f"RAGFlow at {base_url}: {answer.get('message')} (code {answer.get('code')})")
    return rag


def _send(rag, verb: str, path: str, **kwargs):
    import requests

    try:
        return getattr(rag, verb)(path, **kwargs)
    except requests.ConnectionError as exc:
        raise RagflowError(f"cannot reach RAGFlow at {rag.api_url}: {exc.__class__.__name__} "
                           "(is the server running, is the address right?)") from exc


def _answer(res, who: str) -> dict[str, Any]:
    try:
        answer = res.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict) or "code" not in answer:
        raise RagflowError(f"{who} did not answer like RAGFlow's API (HTTP {res.status_code}, "
                           f"{res.headers.get('Content-Type', 'no content type')}); check the base URL")
    return answer


def _record_wire(rag, wire: list[dict[str, Any]]) -> None:
    """Wrap the client's four verbs (the SDK's objects all call them) to log each request."""
    for verb in ("get", "post", "put", "delete"):
        original = getattr(rag, verb)

        def logged(path, *args, _verb=verb, _original=original, **kwargs):
            res = _original(path, *args, **kwargs)
            body = kwargs.get("json", args[0] if args else None)
            if kwargs.get("files"):
                body = {"file": [f"{name} ({len(blob)} bytes)" for _, (name, blob) in kwargs["files"]]}
            if _verb == "get":
                body = kwargs.get("params", args[0] if args else None)
                body = {k: v for k, v in (body or {}).items() if v is not None} or None
            try:
                code = res.json().get("code")
            except (ValueError, AttributeError):
                code = None
            wire.append({"method": _verb.upper(), "path": "/api/v1" + path, "body": body, "code": code})
            return res

        setattr(rag, verb, logged)


def _sdk(what: str, call: Callable[[], Any]) -> Any:
    """Run an SDK call; its bare ``Exception(message)`` becomes a ``RagflowError`` naming ``what``."""
    import requests

    try:
        return call()
    except RagflowError:
        raise
    except requests.ConnectionError as exc:
        raise RagflowError(f"{what}: cannot reach RAGFlow ({exc.__class__.__name__})") from exc
    except Exception as exc:  # the SDK raises plain Exception with RAGFlow's message
        raise RagflowError(f"{what}: {exc}") from exc


# reading our store ---------------------------------------------------------------------------
@dataclass
class StoredDocument:
    """One indexed file as the store holds it: its chunks with provenance, and where it was."""

    source: str
    doc_hash: str
    chunks: list[Chunk]
    path: str | None = None
    complete: bool = True


def stored_documents(store: str | Path, collection: str = "default") -> list[StoredDocument]:
    """Every document of a store collection with its chunks in page and reading order.

    A document is one indexed file (its root and key); ``complete`` is false when fewer
    chunks are stored than it was indexed with (an interrupted ``index`` run).
    """
    from paddlecamp.docqa.api import open_store
    from paddlecamp.docqa.store import _chunk

    st = open_store(store)
    st.require_collection(collection)
    # The store has no public "all rows" reader; its paging query is what this needs.
    rows = st.query_all(collection, 'id != ""', ["doc_key", "doc_hash", "n_chunks", "source", "page", "chunk_no",
                                                  "kind", "text", "meta"])
    docs: dict[tuple[str | None, str, str], list[dict[str, Any]]] = {}
    for r in rows:
        root = (r.get("meta") or {}).get("root")
        docs.setdefault((root, r["doc_key"], r["doc_hash"]), []).append(r)
    out = []
    for (root, key, doc_hash), group in docs.items():
        chunks = sorted((_chunk(r) for r in group), key=lambda c: (c.page, c.chunk_no))
        path = key if root is None else f"{root.rstrip('/')}/{key}"
        out.append(StoredDocument(source=group[0]["source"], doc_hash=doc_hash, chunks=chunks, path=path,
                                  complete=len(group) == int(group[0]["n_chunks"])))
    return sorted(out, key=lambda d: (d.source, d.doc_hash))


# datasets and documents ----------------------------------------------------------------------
def find_dataset(rag, name: str):
    """The dataset called ``name`` (RAGFlow names are case-insensitive), or ``None``.

    Pages through the list: asking RAGFlow for an absent name answers a permission error,
    not an empty list.
    """
    page = 1
    while True:
        batch = _sdk("listing datasets", lambda: rag.list_datasets(page=page, page_size=PAGE_SIZE))
        for ds in batch:
            if ds.name.lower() == name.lower():
                return ds
        if len(batch) < PAGE_SIZE:
            return None
        page += 1


def ensure_dataset(rag, name: str, *, embedding_model: str | None = None) -> tuple[Any, bool]:
    """``(dataset, created)``: the dataset called ``name``, created when missing."""
    ds = find_dataset(rag, name)
    if ds is not None:
        return ds, False
    return _sdk(f"creating dataset {name!r}", lambda: rag.create_dataset(name=name, embedding_model=embedding_model)), True


def document_meta(doc) -> dict[str, Any]:
    """A RAGFlow document's ``meta_fields`` as a plain dict (the SDK wraps dicts in objects)."""
    meta = getattr(doc, "meta_fields", None) or {}
    if isinstance(meta, dict):
        return dict(meta)
    return meta.to_json() if hasattr(meta, "to_json") else {}


def provenance_of(doc) -> dict[str, list[dict[str, Any]]]:
    """``{RAGFlow chunk id: [our chunk refs]}`` recorded on a document (empty when none)."""
    raw = document_meta(doc).get(META_PROVENANCE)
    try:
        prov = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return {}
    return prov if isinstance(prov, dict) else {}


def list_documents(dataset) -> list[Any]:
    """Every document of a dataset (paged)."""
    docs, page = [], 1
    while True:
        batch = _sdk(f"listing documents of dataset {dataset.name!r}",
                     lambda: dataset.list_documents(page=page, page_size=PAGE_SIZE))
        docs.extend(batch)
        if len(batch) < PAGE_SIZE:
            return docs
        page += 1


def _list_chunks(doc) -> list[Any]:
    chunks, page = [], 1
    while True:
        batch = _sdk(f"listing chunks of document {doc.name!r}", lambda: doc.list_chunks(page=page, page_size=PAGE_SIZE))
        chunks.extend(batch)
        if len(batch) < PAGE_SIZE:
            return chunks
        page += 1


# pushing -------------------------------------------------------------------------------------
@dataclass
class PushReport:
    """What a push did, per source file; ``errors`` name dataset, document and chunk."""

    dataset: str
    dataset_id: str = ""
    dataset_created: bool = False
    uploaded: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    chunks_added: int = 0
    chunks_kept: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"dataset {self.dataset!r}{' (created)' if self.dataset_created else ''}: "
                f"{len(self.uploaded)} new, {len(self.replaced)} replaced, {len(self.resumed)} resumed, "
                f"{len(self.unchanged)} unchanged document(s); {self.chunks_added} chunk(s) added, "
                f"{self.chunks_kept} already there; {len(self.errors)} error(s)")
        if self.pruned:
            text += f"; pruned {len(self.pruned)}"
        if self.stale:
            text += f"; {len(self.stale)} no longer in the store (--prune deletes them)"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def ragflow_positions(chunk: Chunk, *, pdf: bool) -> list[list[int]]:
    """RAGFlow's ``[page, left, right, top, bottom]`` for a chunk: PDF points for a PDF page
    (what RAGFlow's viewer draws in), pixels for an image."""
    from paddlecamp.docqa.ingest import PDF_DPI

    box = chunk.bbox
    if box and isinstance(box[0], (list, tuple)):
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        box = [min(xs), min(ys), max(xs), max(ys)]
    if len(box) != 4:
        return []
    scale = 72.0 / PDF_DPI if pdf else 1.0
    x0, y0, x1, y1 = (float(v) * scale for v in box)
    return [[int(chunk.page), int(round(x0)), int(round(x1)), int(round(y0)), int(round(y1))]]


def _ref(c: Chunk) -> dict[str, Any]:
    return {"chunk_id": c.chunk_id, "page": int(c.page), "bbox": [round(float(v), 1) for v in _flat_box(c.bbox)],
            "kind": c.kind, "chunk_no": int(c.chunk_no)}


def _flat_box(box) -> list[float]:
    if box and isinstance(box[0], (list, tuple)):
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        return [min(xs), min(ys), max(xs), max(ys)]
    return list(box)


def markdown_rendition(doc: StoredDocument) -> bytes:
    """The document's text as Markdown, one section per page (uploaded when the file can't be)."""
    lines = [f"# {doc.source}", ""]
    page = None
    for c in doc.chunks:
        if c.page != page:
            page = c.page
            lines += [f"## Page {page}", ""]
        lines += [c.text, ""]
    return "\n".join(lines).encode("utf-8")


def _upload_blob(doc: StoredDocument) -> tuple[str, bytes, str | None]:
    """``(display name, bytes, note)``: the file itself when RAGFlow takes it and it is the
    version that was indexed, else the Markdown rendition."""
    from paddlecamp.docqa.ingest import content_hash

    name = doc.source.replace("/", "__")
    suffix = Path(name).suffix.lower()
    why = None
    if suffix not in UPLOADABLE:
        why = f"RAGFlow does not take {suffix or 'extensionless'} files"
    elif not doc.path or not os.path.isfile(doc.path):
        why = "the file is no longer where it was indexed"
    elif content_hash(Path(doc.path)) != doc.doc_hash:
        why = "the file changed since it was indexed"
    if why is None:
        return name, Path(doc.path).read_bytes(), None
    return f"{name}.md", markdown_rendition(doc), f"{doc.source}: uploaded as Markdown text ({why})"


def push(rag, dataset: str, documents: list[StoredDocument], *, collection: str = "default",
         prune: bool = False, positions: bool = True, embedding_model: str | None = None,
         progress: bool = False) -> PushReport:
    """Push stored documents into the RAGFlow dataset ``dataset`` (created when missing).

    One RAGFlow document per source; see the module docstring for where provenance goes and
    how re-pushing stays idempotent. ``prune`` deletes this collection's documents whose
    source is gone from ``documents``; ``positions=False`` skips the per-chunk
    ``positions`` update (one request less per chunk, no boxes in RAGFlow's own viewer).
    """
    report = PushReport(dataset=dataset)
    ds, report.dataset_created = ensure_dataset(rag, dataset, embedding_model=embedding_model)
    report.dataset_id = ds.id
    ours: dict[str, list[Any]] = {}
    for d in list_documents(ds):
        meta = document_meta(d)
        if meta.get(META_SOURCE) and meta.get(META_COLLECTION, collection) == collection:
            ours.setdefault(str(meta[META_SOURCE]), []).append(d)
    seen: set[str] = set()
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=sum(len(d.chunks) for d in documents), desc=f"push to {dataset}", unit="chunk")
    try:
        for sd in documents:
            where = f"dataset {dataset!r}, document {sd.source!r}"
            if sd.source in seen:
                report.errors.append(f"{where}: two stored files have this source (indexed from two folders); "
                                     f"pushed the first, skipped the one at {sd.path}")
                continue
            seen.add(sd.source)
            if not sd.complete:
                report.errors.append(f"{where}: not fully indexed in the store (run `paddlecamp docqa index` again); "
                                     "skipped")
                continue
            try:
                _push_document(rag, ds, sd, ours.get(sd.source, []), report, collection=collection,
                               positions=positions, bar=bar)
            except RagflowError as exc:
                report.errors.append(f"{where}: {exc}")
        for source, docs in sorted(ours.items()):
            if source in seen:
                continue
            if prune:
                ids = [d.id for d in docs]
                try:
                    _sdk(f"deleting documents of {source!r}", lambda: ds.delete_documents(ids=ids))
                    report.pruned.append(source)
                except RagflowError as exc:
                    report.errors.append(f"dataset {dataset!r}, document {source!r}: {exc}")
            else:
                report.stale.append(source)
    finally:
        if bar is not None:
            bar.close()
    return report


def _push_document(rag, ds, sd: StoredDocument, existing: list[Any], report: PushReport, *, collection: str,
                   positions: bool, bar) -> None:
    where = f"dataset {ds.name!r}, document {sd.source!r}"
    current = [d for d in existing if document_meta(d).get(META_HASH) == sd.doc_hash]
    others = [d for d in existing if d not in current]
    expected = len(sd.chunks)
    if current and not _holds_only_ours(current[0]):
        report.notes.append(f"{sd.source}: RAGFlow document {current[0].name!r} no longer holds exactly our chunks "
                            "(parsed by RAGFlow, or chunks edited there); pushed a fresh copy")
        others += current
        current = []
    if current:
        doc = current[0]
        others += current[1:]  # a duplicate of the same version (two racing pushes): keep one
        prov = provenance_of(doc)
        mapped = {ref["chunk_id"] for refs in prov.values() for ref in refs}
        if str(document_meta(doc).get(META_COUNT)) == str(expected) and all(c.chunk_id in mapped for c in sd.chunks):
            report.unchanged.append(sd.source)
            report.chunks_kept += expected
            if bar is not None:
                bar.update(expected)
            _delete_others(ds, others, sd.source, report)
            return
        report.resumed.append(sd.source)
        # Chunks added before an interruption but not yet mapped: find them by their text.
        by_text = {c.content: c for c in _list_chunks(doc)}
    else:
        name, blob, note = _upload_blob(sd)
        if note:
            report.notes.append(note)
        doc = _sdk(f"{where}: uploading {name}", lambda: ds.upload_documents([{"display_name": name, "blob": blob}]))[0]
        prov, mapped, by_text = {}, set(), {}
        (report.replaced if others else report.uploaded).append(sd.source)
    meta = {META_SOURCE: sd.source, META_COLLECTION: collection, META_HASH: sd.doc_hash, META_COUNT: expected}

    def save() -> None:
        body = {**meta, META_PROVENANCE: json.dumps(prov, ensure_ascii=False, separators=(",", ":"))}
        _sdk(f"{where}: saving provenance", lambda: doc.update({"meta_fields": body}))

    save()  # the document is ours from the start, so a rerun finds and resumes it
    groups: dict[str, list[Chunk]] = {}
    for c in sd.chunks:
        groups.setdefault(c.text, []).append(c)
    pdf = sd.source.lower().endswith(".pdf")
    failed, since_save = 0, 0
    for text, members in groups.items():
        todo = [c for c in members if c.chunk_id not in mapped]
        if not todo:
            report.chunks_kept += len(members)
            if bar is not None:
                bar.update(len(members))
            continue
        what = f"{where}, chunk {todo[0].chunk_id} (page {todo[0].page}, {todo[0].kind})"
        try:
            if not text.strip():
                raise RagflowError("the chunk has no text; RAGFlow requires `content`")
            chunk = by_text.get(text) or _sdk("adding", lambda: doc.add_chunk(content=text))
            if positions:
                boxes = [p for c in members for p in ragflow_positions(c, pdf=pdf)]
                _sdk("setting positions", lambda: chunk.update({"positions": boxes}))
            refs = prov.setdefault(chunk.id, [])
            known = {r["chunk_id"] for r in refs}
            refs.extend(_ref(c) for c in members if c.chunk_id not in known)
            report.chunks_added += len(todo)
            report.chunks_kept += len(members) - len(todo)
            since_save += 1
        except RagflowError as exc:
            failed += 1
            report.errors.append(f"{what}: {exc}")
        if bar is not None:
            bar.update(len(members))
        if since_save >= SAVE_EVERY:
            save()
            since_save = 0
    save()
    if failed:
        report.notes.append(f"{sd.source}: {failed} chunk(s) failed; the older version (if any) is kept until a "
                            "push completes this one")
        return
    _delete_others(ds, others, sd.source, report)


def _holds_only_ours(doc) -> bool:
    """False when RAGFlow parsed the document (its parser replaces chunks) or its chunk count
    differs from our complete mapping (chunks deleted or added there)."""
    if str(getattr(doc, "run", "UNSTART")).upper() not in ("UNSTART", "0", ""):
        return False
    prov = provenance_of(doc)
    expected = document_meta(doc).get(META_COUNT)
    mapped = sum(len(refs) for refs in prov.values())
    if str(expected) != str(mapped):
        return True  # an interrupted push: chunks beyond the mapping are resumed, not a sign of edits
    return int(getattr(doc, "chunk_count", 0) or 0) == len(prov)


def _delete_others(ds, others: list[Any], source: str, report: PushReport) -> None:
    if not others:
        return
    ids = [d.id for d in others]
    try:
        _sdk(f"deleting the older version of {source!r}", lambda: ds.delete_documents(ids=ids))
    except RagflowError as exc:
        report.errors.append(f"dataset {ds.name!r}, document {source!r}: {exc}")


# retrieval -----------------------------------------------------------------------------------
@dataclass
class RagflowHit:
    """A RAGFlow retrieval hit mapped back to our provenance.

    ``mapped`` is false for a chunk our push did not make (say, one RAGFlow's DeepDoc parsed);
    then ``source`` is RAGFlow's document name and ``page``/``bbox`` come from its
    ``positions`` (in RAGFlow's units) when it has any. ``also`` lists further places with
    the same text (chunks RAGFlow merged because their text is identical).
    """

    source: str
    page: int
    bbox: list[float]
    text: str
    similarity: float
    kind: str = "text"
    chunk_id: str = ""
    ragflow_chunk_id: str = ""
    document_id: str = ""
    mapped: bool = True
    also: list[dict[str, Any]] = field(default_factory=list)

    def citation(self) -> Citation:
        return Citation(source=self.source, page=self.page, bbox=self.bbox, text=self.text, score=self.similarity,
                        chunk_id=self.chunk_id)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def retrieve(rag, dataset: str, question: str, *, top_k: int = 5, similarity_threshold: float = 0.2,
             vector_similarity_weight: float = 0.3) -> list[RagflowHit]:
    """RAGFlow's retrieval (``POST /api/v1/retrieval``) for a question, mapped back to our chunks."""
    if not question or not question.strip():
        raise ValueError("the question is empty")
    ds = find_dataset(rag, dataset)
    if ds is None:
        raise RagflowError(f"RAGFlow has no dataset {dataset!r}; push chunks into it first")
    chunks = _sdk(f"retrieving from dataset {dataset!r}", lambda: rag.retrieve(
        [ds.id], question=question.strip(), page=1, page_size=top_k, similarity_threshold=similarity_threshold,
        vector_similarity_weight=vector_similarity_weight))
    docs: dict[str, Any] = {}
    hits = []
    for ch in chunks:
        if ch.document_id not in docs:
            found = _sdk(f"reading document {ch.document_id}", lambda: ds.list_documents(id=ch.document_id))
            docs[ch.document_id] = found[0] if found else None
        doc = docs[ch.document_id]
        refs = provenance_of(doc).get(ch.id, []) if doc is not None else []
        source = document_meta(doc).get(META_SOURCE) if doc is not None else None
        if refs and source:
            first = refs[0]
            hits.append(RagflowHit(source=str(source), page=int(first["page"]), bbox=list(first["bbox"]), text=ch.content,
                                   similarity=float(ch.similarity), kind=first.get("kind", "text"),
                                   chunk_id=first["chunk_id"], ragflow_chunk_id=ch.id, document_id=ch.document_id,
                                   also=refs[1:]))
        else:
            pos = ch.positions[0] if ch.positions else None
            hits.append(RagflowHit(source=doc.name if doc is not None else ch.document_id,
                                   page=int(pos[0]) if pos else 0,
                                   bbox=[pos[1], pos[3], pos[2], pos[4]] if pos else [], text=ch.content,
                                   similarity=float(ch.similarity), ragflow_chunk_id=ch.id,
                                   document_id=ch.document_id, mapped=False))
    return hits


@dataclass
class _Scored:
    chunk: Chunk
    score: float


def answer(rag, dataset: str, question: str, *, store: str | Path, collection: str = "default", top_k: int = 3,
           llm: str = "extractive", fallback: str | None = None) -> dict[str, Any]:
    """Answer from RAGFlow's retrieval with our answerer: each hit is resolved to the chunk in
    our store (its table cells and key-value pairs included), so the answer cites the cell or
    line, not only the chunk. Returns ``Answer.to_dict()`` like ``docqa ask``; hits RAGFlow
    holds that our push did not make are left out."""
    from paddlecamp.docqa.api import load_labels, open_store
    from paddlecamp.docqa.qa import RETRIEVE_K, answer_question, evidence

    st = open_store(store)
    hits = retrieve(rag, dataset, question, top_k=max(top_k, RETRIEVE_K))
    scored = []
    for h in hits:
        if not h.mapped:
            continue
        ours = {c.chunk_id: c for c in st.page_chunks(collection, h.source, h.page)}
        chunk = ours.get(h.chunk_id) or Chunk(source=h.source, page=h.page, text=h.text, bbox=h.bbox, kind=h.kind)
        scored.append(_Scored(chunk, h.similarity))
    ev = evidence(question, scored, lambda source, page: st.page_chunks(collection, source, page),
                  lambda: st.sources(collection))
    load_labels(st, [h.chunk for h in ev])
    return answer_question(question, ev, llm=llm, top_k=top_k, fallback=fallback).to_dict()
