"""A loopback stand-in for a RAGFlow server: the ``/api/v1`` routes our connector uses.

RAGFlow is a remote service (MySQL, Elasticsearch, MinIO, an embedding model), so tests and
the chapter talk to this stand-in instead. It speaks RAGFlow 0.22's documented HTTP API
the way the server answers it, not the way a friendly mock would:

* every route checks ``Authorization: Bearer <key>`` like RAGFlow's ``token_required``: no
  header or a header without a token answers ``code 0, data false`` with RAGFlow's message
  (a quirk of the real server, kept so the connector must not trust ``code`` alone), a
  wrong key answers ``code 109`` "Authentication error: API key is invalid!";
* answers use RAGFlow's envelope ``{"code": 0, "data": ...}`` / ``{"code": N, "message":
  ...}`` with its codes (101 argument error, 102 data error, 108 permission error, 109
  authentication error) and messages, always with HTTP 200 like RAGFlow;
* request bodies are checked as RAGFlow checks them: dataset creation like its pydantic
  model (unknown fields, wrong types, an empty name or an unknown ``chunk_method`` are
  refused with ``Field: <...> - Message: <...>``), ``content`` of a chunk must be
  non-empty, keyword and question fields must be lists, ``meta_fields`` must be an object,
  chunk ``positions`` must be lists of 5 integers (RAGFlow's chunk model), uploads need a
  ``file`` part with a file type RAGFlow takes (``.tiff`` is refused, as there); stricter
  than RAGFlow on two points, so a malformed client fails loudly: every JSON route refuses
  a body that is not JSON (RAGFlow checks the content type only for datasets), and
  positions are checked when written (RAGFlow fails later, when listing the chunk);
* names behave as in RAGFlow: a second dataset or document with a taken name is renamed
  ``name(1)``; a manually added chunk's id is a hash of its content and document id, so
  the same text added twice to a document is one chunk.

What it does not do: no embedding model, so retrieval scores by term overlap alone
(``vector_similarity`` is 0; ``similarity`` is the term similarity), and it never parses
uploaded files (RAGFlow's DeepDoc would; our connector adds its own chunks instead).
Every request is recorded in ``requests`` (method, path, query, body, answer code), which
is how the chapter shows what went over the wire.

    python -m paddlecamp.docqa.ragflow_fake --port 9380 [--api-key KEY]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

DEFAULT_API_KEY = "ragflow-standin-key"
#: RAGFlow's return codes (``common.constants.RetCode``).
SUCCESS, ARGUMENT_ERROR, DATA_ERROR, PERMISSION_ERROR, AUTHENTICATION_ERROR = 0, 101, 102, 108, 109
CHUNK_METHODS = ("naive", "book", "email", "laws", "manual", "one", "paper", "picture", "presentation", "qa",
                 "table", "tag")
DATASET_NAME_LIMIT = 128
FILE_NAME_LEN_LIMIT = 255
_PDF = re.compile(r".*\.pdf$")
_DOC = re.compile(r".*\.(msg|eml|doc|docx|ppt|pptx|yml|xml|htm|json|jsonl|ldjson|csv|txt|ini|xls|xlsx|wps|rtf|hlp|"
                  r"pages|numbers|key|md|py|js|java|c|cpp|h|php|go|ts|sh|cs|kt|html|sql)$")
_VISUAL = re.compile(r".*\.(jpg|jpeg|png|tif|gif|pcx|tga|exif|fpx|svg|psd|cdr|pcd|dxf|ufo|eps|ai|raw|wmf|webp|avif|"
                     r"apng|icon|ico|mpg|mpeg|avi|rm|rmvb|mov|wmv|asf|dat|asx|wvx|mpe|mpa|mp4|mkv)$")


def file_type(name: str) -> str:
    """RAGFlow's ``filename_type``: ``pdf``, ``doc``, ``visual`` or ``other`` (refused)."""
    name = name.lower()
    if _PDF.match(name):
        return "pdf"
    if _DOC.match(name):
        return "doc"
    if _VISUAL.match(name):
        return "visual"
    return "other"


#: Question words that carry no topic (RAGFlow's query analysis drops stop words too).
STOP_WORDS = frozenset("a an and are as at be by did do does for from how in is it of on or the to was what when "
                       "where which who whom why with 的 了 是 在 和 吗 呢".split())


def _tokens(text: str) -> list[str]:
    """Words for Latin text, characters and character pairs for CJK (no dictionary needed)."""
    out: list[str] = []
    for run in re.findall(r"[A-Za-z0-9]+|[\u3400-\u9fff]+", text.lower()):
        if run[0].isascii():
            if run not in STOP_WORDS:
                out.append(run)
        else:
            out.extend(ch for ch in run if ch not in STOP_WORDS)
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


def term_similarity(question: str, text: str) -> float:
    """Share of the question's distinct tokens found in ``text`` (rarer, longer tokens weigh more)."""
    q = set(_tokens(question))
    if not q:
        return 0.0
    have = set(_tokens(text))
    weight = {t: 1.0 + math.log(1 + len(t)) for t in q}
    return sum(w for t, w in weight.items() if t in have) / sum(weight.values())


class ApiError(Exception):
    """An answer in RAGFlow's error envelope."""

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.code, self.message, self.data = code, message, data


@dataclass
class WireRecord:
    """One request as the stand-in saw it, and the ``code`` it answered."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    code: int
    message: str = ""


@dataclass
class _State:
    datasets: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc id -> document
    chunks: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # doc id -> chunk id -> chunk


def _now() -> tuple[int, str]:
    t = time.time()
    return int(t * 1000), time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(t))


def _dedupe(name: str, taken: set[str]) -> str:
    """RAGFlow's ``duplicate_name``: ``a.pdf`` -> ``a(1).pdf`` -> ``a(2).pdf``."""
    if name not in taken:
        return name
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    for i in range(1, 1000):
        cand = f"{stem}({i}){dot}{ext}"
        if cand not in taken:
            return cand
    raise ApiError(DATA_ERROR, f"too many documents named {name}")


class RagflowStandIn:
    """The server's state and routes (no sockets: ``handle`` maps a request to an answer)."""

    def __init__(self, api_keys: set[str]) -> None:
        self.api_keys = set(api_keys)
        self.state = _State()
        self.requests: list[WireRecord] = []
        self.lock = threading.Lock()
        self.tenant_id = uuid.uuid5(uuid.NAMESPACE_URL, "paddlecamp-ragflow-standin").hex

    # dispatch -----------------------------------------------------------------------------
    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        url = urlsplit(target)
        query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        path = url.path
        shown: Any = None
        try:
            if not path.startswith("/api/v1/"):
                raise ApiError(404, f"Not Found: {path}")
            route = path[len("/api/v1"):].rstrip("/")
            self._authorize(headers)
            shown, args = self._parse_body(headers, body)
            with self.lock:
                data = self._route(method, route, query, args)
            answer = {"code": SUCCESS, "data": data} if data is not None else {"code": SUCCESS}
        except ApiError as exc:
            answer = {"code": exc.code, "message": exc.message}
            if exc.data is not None:
                answer["data"] = exc.data
        if shown is None and body:
            shown = f"<{len(body)} bytes>"
        self.requests.append(WireRecord(method, path, query, shown, answer["code"], answer.get("message", "")))
        return answer

    def _authorize(self, headers: dict[str, str]) -> None:
        auth = headers.get("authorization")
        if not auth:
            raise ApiError(SUCCESS, "`Authorization` can't be empty", data=False)
        parts = auth.split()
        if len(parts) < 2:
            raise ApiError(SUCCESS, "Please check your authorization format.", data=False)
        if parts[1] not in self.api_keys:
            raise ApiError(AUTHENTICATION_ERROR, "Authentication error: API key is invalid!", data=False)

    @staticmethod
    def _parse_body(headers: dict[str, str], body: bytes) -> tuple[Any, Any]:
        """``(what the wire log shows, the parsed body)``; multipart uploads become file lists."""
        ctype = headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            msg = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
            files = []
            for part in msg.iter_parts():
                if part.get_param("name", header="content-disposition") == "file":
                    files.append((part.get_filename() or "", part.get_payload(decode=True) or b""))
            return {"file": [f"{name} ({len(blob)} bytes)" for name, blob in files]}, {"__files__": files}
        if not body:
            return None, None
        if "json" not in ctype:
            return f"<{len(body)} bytes of {ctype or 'no content type'}>", {"__not_json__": ctype}
        try:
            parsed = json.loads(body)
        except ValueError:
            return body[:200].decode("utf-8", "replace"), {"__bad_json__": True}
        return parsed, parsed

    def _route(self, method: str, route: str, query: dict[str, str], body: Any) -> Any:
        parts = route.strip("/").split("/")
        if parts == ["datasets"]:
            if method == "POST":
                return self.create_dataset(body)
            if method == "GET":
                return self.list_datasets(query)
            if method == "DELETE":
                return self.delete_datasets(_json(body))
        if parts == ["retrieval"] and method == "POST":
            return self.retrieval(_json(body))
        if len(parts) >= 3 and parts[0] == "datasets" and parts[2] == "documents":
            kb = self._dataset(parts[1])
            if len(parts) == 3:
                if method == "POST":
                    return self.upload(kb, body)
                if method == "GET":
                    return self.list_documents(kb, query)
                if method == "DELETE":
                    return self.delete_documents(kb, _json(body))
            elif len(parts) == 4 and method == "PUT":
                return self.update_document(kb, parts[3], _json(body))
            elif len(parts) >= 5 and parts[4] == "chunks":
                doc = self._document(kb, parts[3])
                if len(parts) == 5:
                    if method == "POST":
                        return self.add_chunk(kb, doc, _json(body))
                    if method == "GET":
                        return self.list_chunks(kb, doc, query)
                    if method == "DELETE":
                        return self.delete_chunks(doc, _json(body))
                elif len(parts) == 6 and method == "PUT":
                    return self.update_chunk(doc, parts[5], _json(body))
        return self._no_route(method, route)

    @staticmethod
    def _no_route(method: str, route: str) -> Any:
        raise ApiError(404, f"the stand-in does not serve {method} /api/v1{route}")

    # datasets -----------------------------------------------------------------------------
    def _dataset(self, dataset_id: str) -> dict[str, Any]:
        kb = self.state.datasets.get(dataset_id)
        if kb is None:
            raise ApiError(DATA_ERROR, f"You don't own the dataset {dataset_id}.")
        return kb

    def create_dataset(self, body: Any) -> dict[str, Any]:
        req = _json(body, validated=True)
        errors = []
        allowed = {"name", "avatar", "description", "embedding_model", "permission", "chunk_method", "parser_config"}
        for key in req:
            if key not in allowed:
                errors.append((key, "Extra inputs are not permitted", req[key]))
        name = req.get("name")
        if "name" not in req:
            errors.append(("name", "Field required", req))
        elif not isinstance(name, str):
            errors.append(("name", "Input should be a valid string", name))
        elif not name.strip():
            errors.append(("name", "String should have at least 1 character", name))
        elif len(name.strip()) > DATASET_NAME_LIMIT:
            errors.append(("name", f"String should have at most {DATASET_NAME_LIMIT} characters", name))
        for key in ("avatar", "description", "embedding_model"):
            if req.get(key) is not None and not isinstance(req[key], str):
                errors.append((key, "Input should be a valid string", req[key]))
        emb = req.get("embedding_model")
        if isinstance(emb, str) and emb.strip() and "@" not in emb:
            errors.append(("embedding_model", "Embedding model identifier must follow <model_name>@<provider> format",
                           emb))
        if req.get("permission", "me") not in ("me", "team"):
            errors.append(("permission", "Input should be 'me' or 'team'", req.get("permission")))
        if req.get("chunk_method", "naive") not in CHUNK_METHODS:
            errors.append(("chunk_method", "Input should be " + ", ".join(f"'{m}'" for m in CHUNK_METHODS),
                           req.get("chunk_method")))
        if req.get("parser_config") is not None and not isinstance(req["parser_config"], dict):
            errors.append(("parser_config", "Input should be a valid dictionary or instance of ParserConfig",
                           req["parser_config"]))
        if errors:
            raise ApiError(ARGUMENT_ERROR, "\n".join(f"Field: <{k}> - Message: <{m}> - Value: <{str(v)[:125]}>"
                                                     for k, m, v in errors))
        ms, date = _now()
        name = _dedupe(name.strip(), {d["name"] for d in self.state.datasets.values()})
        kb = {"id": uuid.uuid1().hex, "name": name, "avatar": req.get("avatar"), "description": req.get("description"),
              "embedding_model": (emb or "").strip() or "BAAI/bge-large-zh-v1.5@BAAI", "permission": req.get("permission", "me"),
              "chunk_method": req.get("chunk_method", "naive"), "parser_config": req.get("parser_config") or
              {"chunk_token_num": 512, "delimiter": "\\n", "layout_recognize": "DeepDOC"},
              "chunk_count": 0, "document_count": 0, "token_num": 0, "language": "English", "pagerank": 0,
              "similarity_threshold": 0.2, "vector_similarity_weight": 0.3, "status": "1",
              "tenant_id": self.tenant_id, "created_by": self.tenant_id,
              "create_time": ms, "create_date": date, "update_time": ms, "update_date": date}
        self.state.datasets[kb["id"]] = kb
        return dict(kb)

    def list_datasets(self, query: dict[str, str]) -> list[dict[str, Any]]:
        allowed = {"id", "name", "page", "page_size", "orderby", "desc"}
        extra = [k for k in query if k not in allowed]
        if extra:
            raise ApiError(ARGUMENT_ERROR, "\n".join(f"Field: <{k}> - Message: <Extra inputs are not permitted> - "
                                                     f"Value: <{query[k]}>" for k in extra))
        page, size = _positive_int(query, "page", 1), _positive_int(query, "page_size", 30)
        if query.get("orderby", "create_time") not in ("create_time", "update_time"):
            raise ApiError(ARGUMENT_ERROR, f"Field: <orderby> - Message: <Input should be 'create_time' or "
                                           f"'update_time'> - Value: <{query['orderby']}>")
        kbs = list(self.state.datasets.values())
        if query.get("id"):
            kbs = [k for k in kbs if k["id"] == query["id"]]
            if not kbs:
                raise ApiError(PERMISSION_ERROR, f"User '{self.tenant_id}' lacks permission for dataset "
                                                 f"'{query['id']}'")
        if query.get("name"):
            kbs = [k for k in kbs if k["name"].lower() == query["name"].lower()]
            if not kbs:
                raise ApiError(PERMISSION_ERROR, f"User '{self.tenant_id}' lacks permission for dataset "
                                                 f"'{query['name']}'")
        desc = query.get("desc", "true").lower() != "false"
        kbs.sort(key=lambda k: (k[query.get("orderby", "create_time")], k["id"]), reverse=desc)
        return [self._dataset_view(k) for k in kbs[(page - 1) * size: page * size]]

    def _dataset_view(self, kb: dict[str, Any]) -> dict[str, Any]:
        docs = [d for d in self.state.documents.values() if d["dataset_id"] == kb["id"]]
        return {**kb, "document_count": len(docs), "chunk_count": sum(d["chunk_count"] for d in docs)}

    def delete_datasets(self, req: dict[str, Any]) -> None:
        ids = req.get("ids")
        if ids is None:
            return None
        if not isinstance(ids, list):
            raise ApiError(ARGUMENT_ERROR, "Field: <ids> - Message: <Input should be a valid list> - "
                                           f"Value: <{ids}>")
        for i in ids:
            self._dataset(i)
        for i in ids:
            for doc_id in [d["id"] for d in self.state.documents.values() if d["dataset_id"] == i]:
                self._drop_document(doc_id)
            del self.state.datasets[i]
        return None

    # documents ----------------------------------------------------------------------------
    def _document(self, kb: dict[str, Any], document_id: str) -> dict[str, Any]:
        doc = self.state.documents.get(document_id)
        if doc is None or doc["dataset_id"] != kb["id"]:
            raise ApiError(DATA_ERROR, f"You don't own the document {document_id}.")
        return doc

    def upload(self, kb: dict[str, Any], body: Any) -> list[dict[str, Any]]:
        files = (body or {}).get("__files__") if isinstance(body, dict) else None
        if not files:
            raise ApiError(ARGUMENT_ERROR, "No file part!")
        for name, _ in files:
            if name == "":
                raise ApiError(ARGUMENT_ERROR, "No file selected!")
            if len(name.encode("utf-8")) > FILE_NAME_LEN_LIMIT:
                raise ApiError(ARGUMENT_ERROR, f"File name must be {FILE_NAME_LEN_LIMIT} bytes or less.")
        out, errors = [], []
        for name, blob in files:
            taken = {d["name"] for d in self.state.documents.values() if d["dataset_id"] == kb["id"]}
            name = _dedupe(name, taken)
            kind = file_type(name)
            if kind == "other":
                errors.append(f"{name}: This type of file has not been supported yet!")
                continue
            ms, date = _now()
            doc = {"id": uuid.uuid1().hex, "name": name, "dataset_id": kb["id"], "type": kind,
                   "suffix": name.rsplit(".", 1)[-1], "location": name, "size": len(blob), "thumbnail": "",
                   "chunk_method": "picture" if kind == "visual" else kb["chunk_method"],
                   "parser_config": kb["parser_config"], "source_type": "local", "created_by": self.tenant_id,
                   "chunk_count": 0, "token_count": 0, "progress": 0.0, "progress_msg": "", "process_begin_at": None,
                   "process_duration": 0.0, "run": "UNSTART", "status": "1", "meta_fields": {},
                   "create_time": ms, "create_date": date, "update_time": ms, "update_date": date}
            self.state.documents[doc["id"]] = doc
            self.state.chunks[doc["id"]] = {}
            out.append(dict(doc))
        if errors:
            raise ApiError(500, "\n".join(errors))
        return out

    def list_documents(self, kb: dict[str, Any], query: dict[str, str]) -> dict[str, Any]:
        docs = [d for d in self.state.documents.values() if d["dataset_id"] == kb["id"]]
        if query.get("id"):
            if not any(d["id"] == query["id"] for d in docs):
                raise ApiError(DATA_ERROR, f"You don't own the document {query['id']}.")
            docs = [d for d in docs if d["id"] == query["id"]]
        if query.get("name"):
            if not any(d["name"] == query["name"] for d in docs):
                raise ApiError(DATA_ERROR, f"You don't own the document {query['name']}.")
            docs = [d for d in docs if d["name"] == query["name"]]
        if query.get("keywords"):
            docs = [d for d in docs if query["keywords"].lower() in d["name"].lower()]
        page, size = _positive_int(query, "page", 1), _positive_int(query, "page_size", 30)
        desc = query.get("desc", "true").strip().lower() != "false"
        orderby = query.get("orderby", "create_time")
        docs.sort(key=lambda d: (d.get(orderby, 0), d["id"]), reverse=desc)
        return {"total": len(docs), "docs": [json.loads(json.dumps(d)) for d in docs[(page - 1) * size: page * size]]}

    def update_document(self, kb: dict[str, Any], document_id: str, req: dict[str, Any]) -> Any:
        doc = self.state.documents.get(document_id)
        if doc is None or doc["dataset_id"] != kb["id"]:
            raise ApiError(DATA_ERROR, "The dataset doesn't own the document.")
        for key, field_name in (("chunk_count", "chunk_count"), ("token_count", "token_count"), ("progress", "progress")):
            if key in req and req[key] != doc[field_name]:
                raise ApiError(DATA_ERROR, f"Can't change `{key}`.")
        if "meta_fields" in req:
            if not isinstance(req["meta_fields"], dict):
                raise ApiError(DATA_ERROR, "meta_fields must be a dictionary")
            doc["meta_fields"] = json.loads(json.dumps(req["meta_fields"]))
        if "name" in req and req["name"] != doc["name"]:
            if not isinstance(req["name"], str) or len(req["name"].encode("utf-8")) > FILE_NAME_LEN_LIMIT:
                raise ApiError(ARGUMENT_ERROR, f"File name must be {FILE_NAME_LEN_LIMIT} bytes or less.")
            if req["name"].lower().rpartition(".")[2] != doc["name"].lower().rpartition(".")[2]:
                raise ApiError(ARGUMENT_ERROR, "The extension of file can't be changed")
            if any(d["name"] == req["name"] and d["dataset_id"] == kb["id"] for d in self.state.documents.values()):
                raise ApiError(DATA_ERROR, "Duplicated document name in the same dataset.")
            doc["name"] = req["name"]
        if "enabled" in req:
            doc["status"] = str(int(req["enabled"]))
        doc["update_time"], doc["update_date"] = _now()
        return json.loads(json.dumps(doc))

    def delete_documents(self, kb: dict[str, Any], req: dict[str, Any]) -> None:
        ids = req.get("ids")
        if not ids:
            return None
        missing = [i for i in ids if i not in self.state.documents or self.state.documents[i]["dataset_id"] != kb["id"]]
        for i in ids:
            if i not in missing:
                self._drop_document(i)
        if missing:
            raise ApiError(DATA_ERROR, f"Documents not found: {missing}")
        return None

    def _drop_document(self, doc_id: str) -> None:
        self.state.documents.pop(doc_id, None)
        self.state.chunks.pop(doc_id, None)

    # chunks -------------------------------------------------------------------------------
    def add_chunk(self, kb: dict[str, Any], doc: dict[str, Any], req: dict[str, Any]) -> dict[str, Any]:
        if not str(req.get("content", "")).strip():
            raise ApiError(DATA_ERROR, "`content` is required")
        if "important_keywords" in req and not isinstance(req["important_keywords"], list):
            raise ApiError(DATA_ERROR, "`important_keywords` is required to be a list")
        if "questions" in req and not isinstance(req["questions"], list):
            raise ApiError(DATA_ERROR, "`questions` is required to be a list")
        content = str(req["content"])
        # RAGFlow: xxhash64(content + document_id); the same text in one document is one chunk.
        chunk_id = hashlib.blake2b((content + doc["id"]).encode("utf-8"), digest_size=8).hexdigest()
        ms, date = _now()
        chunk = {"id": chunk_id, "content": content, "document_id": doc["id"], "docnm_kwd": doc["name"],
                 "important_keywords": [str(k) for k in req.get("important_keywords", [])],
                 "questions": [str(q).strip() for q in req.get("questions", []) if str(q).strip()],
                 "dataset_id": kb["id"], "create_time": date[5:25], "create_timestamp": ms / 1000,
                 "image_id": "", "available": True, "positions": []}
        self.state.chunks[doc["id"]][chunk_id] = chunk
        doc["chunk_count"] = len(self.state.chunks[doc["id"]])
        doc["token_count"] = sum(len(_tokens(c["content"])) for c in self.state.chunks[doc["id"]].values())
        view = {k: chunk[k] for k in ("id", "content", "document_id", "important_keywords", "questions", "dataset_id",
                                      "create_time", "create_timestamp")}
        return {"chunk": view}

    def list_chunks(self, kb: dict[str, Any], doc: dict[str, Any], query: dict[str, str]) -> dict[str, Any]:
        chunks = list(self.state.chunks[doc["id"]].values())
        if query.get("id"):
            chunks = [c for c in chunks if c["id"] == query["id"]]
            if not chunks:
                raise ApiError(404, f"Chunk not found: {kb['id']}/{query['id']}")
        if query.get("keywords"):
            chunks = [c for c in chunks if query["keywords"].lower() in c["content"].lower()]
        page, size = _positive_int(query, "page", 1), _positive_int(query, "page_size", 30)
        view = [{k: c[k] for k in ("id", "content", "document_id", "docnm_kwd", "important_keywords", "questions",
                                   "dataset_id", "image_id", "available", "positions")}
                for c in chunks[(page - 1) * size: page * size]]
        return {"total": len(chunks), "chunks": json.loads(json.dumps(view)), "doc": json.loads(json.dumps(doc))}

    def update_chunk(self, doc: dict[str, Any], chunk_id: str, req: dict[str, Any]) -> None:
        chunk = self.state.chunks[doc["id"]].get(chunk_id)
        if chunk is None:
            raise ApiError(DATA_ERROR, f"Can't find this chunk {chunk_id}")
        if "content" in req and not str(req["content"] or "").strip():
            raise ApiError(DATA_ERROR, "`content` is required")
        for key in ("important_keywords", "questions", "positions"):
            if key in req and not isinstance(req[key], list):
                raise ApiError(DATA_ERROR, f"`{key}` should be a list")
        if "positions" in req:
            for pos in req["positions"]:
                # RAGFlow's chunk model: each position is [page, left, right, top, bottom].
                if not isinstance(pos, list) or len(pos) != 5 or not all(isinstance(v, int) for v in pos):
                    raise ApiError(DATA_ERROR, "Each sublist in positions must have a length of 5 "
                                               f"(integers [page, left, right, top, bottom]); got {pos!r}")
            chunk["positions"] = [list(p) for p in req["positions"]]
        if "content" in req:
            chunk["content"] = str(req["content"])
        if "important_keywords" in req:
            chunk["important_keywords"] = [str(k) for k in req["important_keywords"]]
        if "questions" in req:
            chunk["questions"] = [str(q).strip() for q in req["questions"] if str(q).strip()]
        if "available" in req:
            chunk["available"] = bool(int(req["available"]))
        return None

    def delete_chunks(self, doc: dict[str, Any], req: dict[str, Any]) -> None:
        ids = req.get("chunk_ids")
        if not ids:
            return None
        have = self.state.chunks[doc["id"]]
        gone = [i for i in ids if have.pop(i, None) is not None]
        doc["chunk_count"] = len(have)
        if len(gone) != len(set(ids)):
            raise ApiError(DATA_ERROR, f"rm_chunk deleted chunks {len(gone)}, expect {len(set(ids))}")
        return None

    # retrieval ----------------------------------------------------------------------------
    def retrieval(self, req: dict[str, Any]) -> dict[str, Any]:
        if not req.get("dataset_ids"):
            raise ApiError(DATA_ERROR, "`dataset_ids` is required.")
        kb_ids = req["dataset_ids"]
        if not isinstance(kb_ids, list):
            raise ApiError(DATA_ERROR, "`dataset_ids` should be a list")
        for i in kb_ids:
            if i not in self.state.datasets:
                raise ApiError(DATA_ERROR, f"You don't own the dataset {i}.")
        if "question" not in req:
            raise ApiError(DATA_ERROR, "`question` is required.")
        doc_ids = req.get("document_ids") or []
        if not isinstance(doc_ids, list):
            raise ApiError(DATA_ERROR, "`documents` should be a list")
        for d in doc_ids:
            if d not in self.state.documents or self.state.documents[d]["dataset_id"] not in kb_ids:
                raise ApiError(DATA_ERROR, f"The datasets don't own the document {d}")
        question = str(req["question"] or "").strip()
        if not question:
            return {"total": 0, "chunks": [], "doc_aggs": {}}
        try:
            page, size = int(req.get("page") or 1), int(req.get("page_size") or 30)
            threshold = float(req["similarity_threshold"]) if req.get("similarity_threshold") is not None else 0.2
            top = int(req.get("top_k") or 1024)
        except (TypeError, ValueError) as exc:
            raise ApiError(500, f"bad retrieval parameter: {exc}") from exc
        scored = []
        for doc in self.state.documents.values():
            if doc["dataset_id"] not in kb_ids or (doc_ids and doc["id"] not in doc_ids) or doc["status"] != "1":
                continue
            for c in self.state.chunks[doc["id"]].values():
                if not c["available"]:
                    continue
                sim = term_similarity(question, c["content"] + " " + " ".join(c["important_keywords"]))
                if sim >= threshold:
                    scored.append((sim, doc, c))
        scored.sort(key=lambda t: (-t[0], t[2]["id"]))
        scored = scored[:top]
        chunks, aggs = [], {}
        for sim, doc, c in scored[(page - 1) * size: page * size]:
            chunks.append({"id": c["id"], "content": c["content"], "content_ltks": " ".join(_tokens(c["content"])),
                           "document_id": doc["id"], "document_keyword": doc["name"], "dataset_id": doc["dataset_id"],
                           "important_keywords": list(c["important_keywords"]), "image_id": "",
                           "similarity": round(sim, 6), "vector_similarity": 0.0, "term_similarity": round(sim, 6),
                           "positions": [list(p) for p in c["positions"]], "doc_type_kwd": ""})
        for _, doc, _c in scored:
            agg = aggs.setdefault(doc["name"], {"doc_name": doc["name"], "doc_id": doc["id"], "count": 0})
            agg["count"] += 1
        return {"total": len(scored), "chunks": chunks,
                "doc_aggs": sorted(aggs.values(), key=lambda a: -a["count"])}


def _json(body: Any, *, validated: bool = False) -> dict[str, Any]:
    """The JSON object of a request, refused the way RAGFlow refuses it."""
    if isinstance(body, dict) and "__not_json__" in body:
        raise ApiError(ARGUMENT_ERROR if validated else DATA_ERROR,
                       f"Unsupported content type: Expected application/json, got {body['__not_json__'] or 'none'}")
    if isinstance(body, dict) and ("__bad_json__" in body or "__files__" in body):
        raise ApiError(ARGUMENT_ERROR if validated else DATA_ERROR,
                       "Malformed JSON syntax: Missing commas/brackets or invalid encoding")
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ApiError(ARGUMENT_ERROR if validated else DATA_ERROR,
                       f"Invalid request payload: expected object, got {type(body).__name__}")
    return body


def _positive_int(query: dict[str, str], key: str, default: int) -> int:
    raw = query.get(key, default)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ApiError(ARGUMENT_ERROR, f"Field: <{key}> - Message: <Input should be a valid integer, unable to parse "
                                       f"string as an integer> - Value: <{raw}>") from None
    if value < 1:
        raise ApiError(ARGUMENT_ERROR, f"Field: <{key}> - Message: <Input should be greater than or equal to 1> - "
                                       f"Value: <{raw}>")
    return value


class _Handler(BaseHTTPRequestHandler):
    server_version = "RAGFlowStandIn/0.22"
    standin: RagflowStandIn  # set per server class

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        answer = self.standin.handle(self.command, self.path, headers, body)
        raw = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        self.send_response(404 if answer["code"] == 404 else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # the wire log replaces stderr chatter
        pass


class FakeRagflow:
    """The stand-in served on ``127.0.0.1:port`` from a background thread.

    ``with FakeRagflow() as rf: RAGFlow(rf.api_key, rf.url)``; ``rf.requests`` is the wire log.
    ``port=0`` picks a free port.
    """

    def __init__(self, port: int = 0, *, api_key: str = DEFAULT_API_KEY, host: str = "127.0.0.1") -> None:
        self.standin = RagflowStandIn({api_key})
        self.api_key = api_key
        handler = type("Handler", (_Handler,), {"standin": self.standin})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        self._thread: threading.Thread | None = None

    @property
    def requests(self) -> list[WireRecord]:
        return self.standin.requests

    def start(self) -> "FakeRagflow":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="ragflow-standin", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "FakeRagflow":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m paddlecamp.docqa.ragflow_fake",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("--port", type=int, default=9380, help="port on 127.0.0.1 (default 9380, RAGFlow's API port)")
    p.add_argument("--api-key", default=DEFAULT_API_KEY, help=f"the one accepted API key (default {DEFAULT_API_KEY})")
    args = p.parse_args(argv)
    fake = FakeRagflow(args.port, api_key=args.api_key)
    print(f"RAGFlow stand-in (not RAGFlow) on {fake.url}  API key: {fake.api_key}", flush=True)
    try:
        fake.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        fake.httpd.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
