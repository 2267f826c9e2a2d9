"""Serve a document-QA store over HTTP as a Dify External Knowledge API (FastAPI).

Dify (and any other client of the same contract) connects an *external knowledge base* by
calling ``POST {endpoint}/retrieval`` with ``Authorization: Bearer KEY`` and
``{"knowledge_id", "query", "retrieval_setting": {"top_k", "score_threshold"},
"metadata_condition"?}``; the service answers ``{"records": [{"content", "score", "title",
"metadata"}]}``. This module is that service over our store, so a Dify app can cite scanned
pages with their page number and box:

* ``knowledge_id`` is a collection of the store (``paddlecamp docqa index --collection``);
* retrieval is the library's own path, ``paddlecamp.docqa.api.retrieve`` (hybrid dense + BM25);
* ``score`` is the hybrid score Milvus's ``WeightedRanker`` returns, which already lies in
  [0, 1]: ``0.3 * (1 + cos) / 2 + 0.7 * (2 / pi) * arctan(bm25)`` (``store.HYBRID_WEIGHTS``;
  a side that did not return the chunk contributes 0). It is clamped to [0, 1] against rounding;
  a chunk only the dense side finds scores at most 0.3, so under Dify's threshold 0.5 only chunks
  that share words with the query can pass;
* ``metadata`` is always an object: ``source``, ``page``, ``bbox`` ([x0, y0, x1, y1] in page
  pixels at 150 dpi), ``chunk_id``, ``chunk_no``, ``kind`` (text, table or kv), ``section``;
  ``title`` is the source (the document's path relative to its indexed folder);
* ``metadata_condition`` filters those fields (``paddlecamp.docqa.metadata_condition``), after
  retrieval, on the best ``FILTER_POOL`` candidates;
* errors are ``{"error_code", "error_msg"}``: 1001 malformed ``Authorization`` header and 1002
  unknown key (HTTP 403, as Dify's page says and as its "save API" check expects), 2001 unknown
  ``knowledge_id`` (HTTP 404), 3001 an invalid request body (HTTP 422, or 413 when over
  ``MAX_BODY_BYTES``), 5001 an internal failure (HTTP 500). Authorization is checked before the
  body is read, so Dify's check (a POST without a body) gets 403 for a wrong key and 422 otherwise.

The same contract is served at ``/api/v1/dify/retrieval``, RAGFlow's Dify-compatible route,
so a client configured for RAGFlow can switch to this service. ``GET /health`` reports the
store, its collections and chunk counts; ``/openapi.json`` and ``/docs`` describe the API.

Concurrency: at most ``max_concurrent`` retrievals (embedding + search) run at once, by default
one per CPU core; the others wait. Milvus Lite answers concurrent searches correctly (measured:
0 errors in 256 overlapping requests from 16 clients with no limit at all), so the limit is there
for the CPU: each embedding already uses torch's threads, and more retrievals in flight than cores
only adds switching. ``max_concurrent=1`` serves strictly one at a time. With ``$MILVUS_URI`` the
store lives in a Milvus server instead and nothing here changes.
"""
from __future__ import annotations

import hmac
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from paddlecamp.docqa.metadata_condition import OPERATORS, PRESENCE_OPERATORS, matches

#: The Dify route and RAGFlow's Dify-compatible route; both serve the same contract.
RETRIEVAL_PATHS = ("/retrieval", "/api/v1/dify/retrieval")
#: ``top_k`` above this is served as this many (a Dify UI slider goes to 10).
MAX_TOP_K = 100
#: Candidates retrieved before a ``metadata_condition`` filter is applied.
FILTER_POOL = 40
#: Queries longer than this are refused (the embedder reads 256 tokens anyway).
MAX_QUERY_CHARS = 4096
#: Request bodies larger than this are refused with HTTP 413 before they are read.
MAX_BODY_BYTES = 1 << 20
#: ``top_k`` when Dify sends ``null`` (a knowledge base created without retrieval settings).
DEFAULT_TOP_K = 5

ERR_AUTH_HEADER = 1001
ERR_AUTH_FAILED = 1002
ERR_UNKNOWN_KNOWLEDGE = 2001
ERR_INVALID_REQUEST = 3001
ERR_INTERNAL = 5001

log = logging.getLogger(__name__)


# request and response models -------------------------------------------------------------
class RetrievalSetting(BaseModel):
    """How many records, and the lowest score worth returning."""

    model_config = ConfigDict(extra="ignore")
    top_k: int | None = Field(..., description=f"maximum number of records (>= 1; null means {DEFAULT_TOP_K}; "
                                               f"more than {MAX_TOP_K} is served as {MAX_TOP_K})")
    score_threshold: float | None = Field(..., ge=0.0, le=1.0, allow_inf_nan=False,
                                          description="lowest score returned, 0..1 (Dify sends 0.0 when disabled)")

    @field_validator("top_k")
    @classmethod
    def _positive(cls, v: int | None) -> int | None:
        if v is not None and v < 1:
            raise ValueError("top_k must be at least 1")
        return v


class Condition(BaseModel):
    """One metadata condition: ``name`` (a field, or a list of fields: any may match)."""

    model_config = ConfigDict(extra="ignore")
    name: str | list[str] = Field(..., description="metadata field name, or a list of names (any may match)")
    comparison_operator: Literal[OPERATORS] = Field(..., description="one of Dify's operators")  # type: ignore[valid-type]
    value: str | int | float | list[str | int | float] | None = Field(
        None, description="comparison value; omitted for empty / not empty")

    @field_validator("name")
    @classmethod
    def _names(cls, v: str | list[str]) -> str | list[str]:
        if (isinstance(v, str) and not v) or (isinstance(v, list) and not v):
            raise ValueError("name must name at least one metadata field")
        return v

    @model_validator(mode="after")
    def _value_needed(self) -> "Condition":
        if self.value is None and self.comparison_operator not in PRESENCE_OPERATORS:
            raise ValueError(f"value is required for the operator {self.comparison_operator!r}")
        return self


class MetadataCondition(BaseModel):
    """Dify's metadata filter: conditions joined by ``and`` (default) or ``or``."""

    model_config = ConfigDict(extra="ignore")
    logical_operator: Literal["and", "or"] | None = "and"
    conditions: list[Condition] | None = None


class RetrievalRequest(BaseModel):
    """The body Dify posts to ``{endpoint}/retrieval``."""

    model_config = ConfigDict(extra="ignore")
    knowledge_id: str = Field(..., description="the collection of the store to search")
    query: str = Field(..., description="the user's question")
    retrieval_setting: RetrievalSetting
    metadata_condition: MetadataCondition | None = None

    @field_validator("query")
    @classmethod
    def _query(cls, v: str) -> str:
        v = v.replace("\x00", " ").strip()
        if not v:
            raise ValueError("query is empty")
        if len(v) > MAX_QUERY_CHARS:
            raise ValueError(f"query is {len(v)} characters long; the limit is {MAX_QUERY_CHARS}")
        try:
            v.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate escaped in the JSON ("\\ud800")
            raise ValueError("query is not valid Unicode (lone surrogate)") from exc
        return v


class Record(BaseModel):
    content: str
    score: float = Field(..., ge=0.0, le=1.0)
    title: str
    metadata: dict[str, Any]


class RetrievalResponse(BaseModel):
    records: list[Record]


class ErrorResponse(BaseModel):
    error_code: int
    error_msg: str


# the service --------------------------------------------------------------------------------
def hit_to_record(hit) -> dict[str, Any]:
    """A store hit (``Hit``: chunk + hybrid score) as a Dify record."""
    c = hit.chunk
    score = min(1.0, max(0.0, float(hit.score)))
    return {
        "content": c.text,
        "score": score,
        "title": c.source,
        "metadata": {"source": c.source, "page": int(c.page), "bbox": [float(v) for v in c.bbox],
                     "chunk_id": c.chunk_id, "chunk_no": int(c.chunk_no), "kind": c.kind, "section": c.section or ""},
    }


@dataclass
class KnowledgeService:
    """The store behind the API: which collections it serves, and how many retrievals may run
    at once (``slots``, a semaphore of ``max_concurrent``)."""

    store: Path
    collections: tuple[str, ...] | None = None
    max_concurrent: int = field(default_factory=lambda: os.cpu_count() or 2)

    def __post_init__(self) -> None:
        if self.max_concurrent < 1:
            raise ValueError(f"max_concurrent must be at least 1, not {self.max_concurrent}")
        self.slots = threading.BoundedSemaphore(self.max_concurrent)

    def _open(self):
        from paddlecamp.docqa.api import open_store

        return open_store(self.store)

    def known(self, knowledge_id: str) -> bool:
        from paddlecamp.docqa.store import _NAME_RE

        if not _NAME_RE.match(knowledge_id):
            return False
        if self.collections is not None and knowledge_id not in self.collections:
            return False
        return self._open().has_collection(knowledge_id)

    def retrieve(self, req: RetrievalRequest) -> list[dict[str, Any]]:
        from paddlecamp.docqa.api import retrieve

        top_k = min(req.retrieval_setting.top_k or DEFAULT_TOP_K, MAX_TOP_K)
        threshold = req.retrieval_setting.score_threshold or 0.0
        cond = req.metadata_condition.model_dump() if req.metadata_condition is not None else None
        filtering = bool(cond and cond.get("conditions"))
        with self.slots:
            hits, _ = retrieve(req.query, store=self.store, collection=req.knowledge_id,
                               top_k=max(top_k, FILTER_POOL) if filtering else top_k)
        records = [hit_to_record(h) for h in hits]
        records = [r for r in records if r["score"] >= threshold and matches(r["metadata"], cond)]
        return records[:top_k]

    def health(self) -> dict[str, Any]:
        st = self._open()
        names = sorted(st.client.list_collections())
        if self.collections is not None:
            names = [n for n in names if n in self.collections]
        counts = {n: st.count(n) for n in names if st.has_collection(n)}
        return {"status": "ok", "store": str(self.store), "milvus": "server" if st.uri.startswith(("http", "tcp"))
                else "lite", "collections": counts, "max_concurrent": self.max_concurrent}


def _error(status: int, code: int, msg: str):
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=status, content={"error_code": code, "error_msg": msg})


def _check_auth(header: str | None, keys: tuple[str, ...]) -> tuple[int, str] | None:
    """``None`` when authorized, else ``(error_code, message)``."""
    if header is None:
        return ERR_AUTH_HEADER, "Invalid Authorization header format. Expected 'Bearer <api-key>' format."
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or " " in token:
        return ERR_AUTH_HEADER, "Invalid Authorization header format. Expected 'Bearer <api-key>' format."
    given = token.encode("utf-8", "surrogateescape")
    # compare_digest against every key: the time taken does not reveal which key is closest.
    ok = False
    for key in keys:
        ok |= hmac.compare_digest(given, key.encode("utf-8"))
    return None if ok else (ERR_AUTH_FAILED, "Authorization failed: the API key is not valid.")


def _validation_message(errors: list[dict[str, Any]]) -> str:
    """One line naming each bad field (``retrieval_setting.top_k: ...``), at most five."""
    parts = []
    for e in errors[:5]:
        loc = tuple(e.get("loc", ()))
        kind = e.get("type", "")
        if kind == "json_invalid":
            at = f" (at character {loc[1]})" if len(loc) > 1 else ""
            parts.append(f"the body is not valid JSON{at}")
            continue
        where = ".".join(str(p) for p in loc if p != "body")
        if not where:
            parts.append("the body is missing: send a JSON object {knowledge_id, query, retrieval_setting}"
                         if kind == "missing" else "the body must be a JSON object (Content-Type: application/json)")
            continue
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    if len(errors) > 5:
        parts.append(f"... {len(errors) - 5} more")
    return "; ".join(parts) or "invalid request"


def create_app(store: str | Path, api_keys: list[str] | tuple[str, ...] | None,
               collections: list[str] | None = None, *, allow_no_auth: bool = False,
               max_concurrent: int | None = None):
    """The FastAPI app serving ``store`` (a store folder; ``$MILVUS_URI`` points it at a server).

    ``api_keys``: the accepted bearer keys. An empty list refuses to build the app unless
    ``allow_no_auth=True`` (then any request, with or without a key, is served).
    ``collections``: the collections served as knowledge ids (default: every one in the store).
    ``max_concurrent``: retrievals running at once (default: the number of CPU cores).
    """
    from fastapi import Depends, FastAPI, Request
    from fastapi.exception_handlers import http_exception_handler
    from fastapi.exceptions import RequestValidationError
    from fastapi.security import HTTPBearer
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from paddlecamp.docqa.store import StoreError

    keys = tuple(k for k in (api_keys or ()) if k)
    if not keys and not allow_no_auth:
        raise ValueError("no API key given: pass api_keys, or allow_no_auth=True to serve without authorization")
    service = KnowledgeService(Path(store), tuple(collections) if collections is not None else None,
                               **({"max_concurrent": max_concurrent} if max_concurrent is not None else {}))
    service._open()  # fail now, not at the first request, when the store folder is missing

    app = FastAPI(
        title="paddlecamp document QA: Dify External Knowledge API",
        version="1.0",
        description=(__doc__ or "").split("\n\n")[0] + "\n\nKnowledge ids are collections of the store; records "
                    "cite source, page and box in `metadata`. The same contract is served at "
                    "`/api/v1/dify/retrieval` (RAGFlow's route).",
    )
    app.state.service = service
    bearer = HTTPBearer(auto_error=False, description="one of the server's API keys")  # documents the scheme

    @app.middleware("http")
    async def authorize_first(request: Request, call_next):
        # Before routing and body parsing: Dify's "save" check posts without a body and must
        # see 403 for a wrong key, and a client never learns what a body error would say.
        if request.url.path in RETRIEVAL_PATHS and request.method == "POST":
            if keys:
                denied = _check_auth(request.headers.get("authorization"), keys)
                if denied is not None:
                    return _error(403, *denied)
            length = request.headers.get("content-length", "")
            if length.isdigit() and int(length) > MAX_BODY_BYTES:
                return _error(413, ERR_INVALID_REQUEST, f"the body is {length} bytes; the limit is {MAX_BODY_BYTES}")
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError):
        return _error(422, ERR_INVALID_REQUEST, _validation_message(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        # FastAPI answers a body it cannot decode at all (say, over-deep nesting) with a 400
        # {"detail"}; on the API's own routes every error keeps Dify's shape.
        if request.url.path in RETRIEVAL_PATHS and 400 <= exc.status_code < 500:
            return _error(exc.status_code, ERR_INVALID_REQUEST, str(exc.detail))
        return await http_exception_handler(request, exc)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("retrieval failed")
        return _error(500, ERR_INTERNAL, f"internal error: {type(exc).__name__}")

    errors = {403: {"model": ErrorResponse, "description": "1001 malformed Authorization header, 1002 wrong key"},
              404: {"model": ErrorResponse, "description": "2001 unknown knowledge_id"},
              413: {"model": ErrorResponse, "description": "3001 body too large"},
              422: {"model": ErrorResponse, "description": "3001 invalid body"}}

    def retrieval(body: RetrievalRequest, _auth=Depends(bearer)):
        """Dify's External Knowledge API: the best chunks of collection ``knowledge_id`` for ``query``."""
        if not service.known(body.knowledge_id):
            return _error(404, ERR_UNKNOWN_KNOWLEDGE, f"The knowledge does not exist: {body.knowledge_id[:200]!r}")
        try:
            return {"records": service.retrieve(body)}
        except StoreError as exc:  # dropped between the check and the search
            return _error(404, ERR_UNKNOWN_KNOWLEDGE, str(exc))

    for path, name in zip(RETRIEVAL_PATHS, ("retrieval", "ragflow_dify_retrieval")):
        app.add_api_route(path, retrieval, methods=["POST"], response_model=RetrievalResponse, responses=errors,
                          name=name, tags=["retrieval"],
                          summary="Dify External Knowledge API" if path == "/retrieval"
                          else "The same, at RAGFlow's Dify-compatible route")

    @app.get("/health", tags=["service"])
    def health() -> dict[str, Any]:
        """The store, its backend (Milvus Lite file or server) and the chunks per collection."""
        return service.health()

    return app


# running it -----------------------------------------------------------------------------------
def bind_socket(host: str, port: int):
    """A listening TCP socket (``port=0``: a free one), so callers know the port before serving."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say so, and
    # without it every response waits ~40 ms for the client's delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(store: str | Path, *, host: str = "127.0.0.1", port: int = 8765, api_keys: list[str] | None = None,
          collections: list[str] | None = None, allow_no_auth: bool = False, max_concurrent: int | None = None,
          log_level: str = "info") -> None:
    """Run the service with uvicorn until interrupted (Ctrl-C). Raises ``OSError`` when the
    address is taken, ``StoreError`` when the store cannot be opened."""
    import uvicorn

    app = create_app(store, api_keys, collections, allow_no_auth=allow_no_auth, max_concurrent=max_concurrent)
    sock = bind_socket(host, port)
    config = uvicorn.Config(app, log_level=log_level, access_log=log_level == "debug")
    uvicorn.Server(config).run(sockets=[sock])


class BackgroundServer:
    """The app on a loopback port in a thread of this process (tests, notebooks)::

        with BackgroundServer(create_app(store, ["key"])) as srv:
            httpx.post(srv.url + "/retrieval", ...)
    """

    def __init__(self, app, host: str = "127.0.0.1", port: int = 0) -> None:
        import uvicorn

        self.sock = bind_socket(host, port)
        self.host, self.port = self.sock.getsockname()[:2]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> "BackgroundServer":
        import time

        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> "BackgroundServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
