"""A loopback ERNIE: a real HTTP server that speaks the protocols the clients use.

Tests and chapters run the real ``openai`` and ``erniebot`` client code against it, offline::

    with FakeErnieServer(api_key="test-key") as srv:
        client = openai.OpenAI(api_key="test-key", base_url=srv.openai_base_url)
        ...
        srv.requests[-1]            # what arrived: path, headers, JSON body

Protocols (all ``POST``, JSON in and out):

* OpenAI chat completions at ``/v1/chat/completions`` and ``/v2/chat/completions`` (Qianfan's
  compatible API): ``Authorization: Bearer KEY``; body ``{"model", "messages": [{"role",
  "content"}], ...}``; reply ``{"id", "object": "chat.completion", "choices": [{"message":
  {"role": "assistant", "content"}}], "usage"}``; errors as ``{"error": {"message", "type",
  "code"}}`` with HTTP 400/401/429/500.
* erniebot ``api_type="aistudio"`` under ``/aistudio`` (``aistudio_base_url``): ``POST
  {base}/chat/{model_id}`` with ``Authorization: token KEY``; body ``{"messages", "system"?,
  "temperature"?, ...}``; reply ``{"errorCode": 0, "errorMsg": "success", "result": {"id",
  "object", "created", "result": TEXT, "is_truncated", "need_clear_history", "usage"}}``; errors
  as HTTP 200 with ``errorCode`` 40401 (bad token) or 40410 (rate limit), which erniebot maps
  to ``InvalidTokenError`` / ``RateLimitError``.
* erniebot ``api_type="custom"`` under ``/custom`` (``custom_base_url``): the same path,
  ``Authorization: KEY`` (no scheme), a flat reply ``{"id", "object", "created", "result",
  "usage"}``, errors as ``{"error_code": 110 | 18, "error_msg"}``.

Failure switches, by API key or by the ``X-Fake-Fault`` header: ``rate-limit`` (429 / rate
code), ``server-error`` (HTTP 500), ``slow`` (sleeps ``slow_s`` before answering: client
timeouts), ``garbage`` (HTTP 200 with an empty JSON object: what sends erniebot into its raw
``KeyError``). Any other key gets 401 / the bad-token code.

The answer is deterministic: the context line sharing the most character bigrams and words
with the question, cited as ``[n]``; below a small overlap it refuses with the prompt's
refusal phrase.
"""
from __future__ import annotations

import argparse
import json
import re
import threading
import time
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from paddlecamp.docqa.llm.prompt import REFUSAL_EN, REFUSAL_ZH, is_chinese, parse_prompt

#: erniebot model ids (the last path segment) this server accepts.
ERNIEBOT_MODEL_IDS = frozenset({"completions", "completions_pro", "eb-instant", "ernie_speed", "ernie-speed-128k",
                                "ernie-4.0-turbo-8k", "ernie-tiny-8k", "ernie-char-8k", "ernie-3.5-128k",
                                "ernie-lite-8k"})
FAULTS = ("rate-limit", "server-error", "slow", "garbage")
_ROLES = {"system", "user", "assistant"}


# ---------------------------------------------------------------------------------------------
# The deterministic answerer
# ---------------------------------------------------------------------------------------------
def _units(text: str) -> set[str]:
    """Character bigrams of CJK runs plus lower-case words/numbers of the rest."""
    text = unicodedata.normalize("NFKC", text).lower()
    out: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        out.update(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    out.update(w for w in re.findall(r"[a-z0-9][a-z0-9.\-]*", text) if len(w) > 1 or w.isdigit())
    return out


_STOP = {"the", "what", "is", "of", "a", "an", "in", "on", "to", "and", "who", "how", "when", "which",
         "does", "do", "for", "are", "many", "much", "多少", "什么", "是多", "是什", "哪天", "是谁"}


def fake_answer(question: str, contexts: list[dict[str, Any]], min_overlap: int = 2) -> str:
    """The reply the fake ERNIE gives: best-overlapping context line plus ``[n]``, or the refusal."""
    q = _units(question) - _STOP
    best: tuple[int, int, int, str] | None = None  # (score, -n, -line_no, line)
    for ctx in contexts:
        for i, line in enumerate(ctx["text"].splitlines()):
            line = line.strip().strip("|").strip()
            if not line:
                continue
            # A shared word says more than a shared pair of CJK characters.
            score = sum(1 if "\u4e00" <= u[0] <= "\u9fff" else 2 for u in q & _units(line))
            key = (score, -int(ctx["n"]), -i, line)
            if best is None or key[:3] > best[:3]:
                best = key
    if best is None or best[0] < min_overlap:
        return (REFUSAL_ZH if is_chinese(question) else REFUSAL_EN) + ("。" if is_chinese(question) else ".")
    return f"{best[3]} [{-best[1]}]"


# ---------------------------------------------------------------------------------------------
# The server
# ---------------------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the clients expect
    server: "_Server"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # tests read ``requests`` instead of stderr noise

    def _send(self, status: int, payload: Any) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (a timeout test): nothing left to tell it

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._send(404, {"error": {"message": f"no route GET {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        owner: FakeErnieServer = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw.decode("utf-8")) if raw else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            body = None
        path = self.path.split("?", 1)[0]
        record = {"path": path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
        with owner._lock:
            owner.requests.append(record)
        if re.fullmatch(r"/v[12]/chat/completions", path):
            self._openai(body, record)
        elif m := re.fullmatch(r"/(aistudio|custom)/v1/chat/([\w.\-]+)", path):
            self._erniebot(m.group(1), m.group(2), body, record)
        else:
            self._send(404, {"error": {"message": f"no route POST {path}", "type": "not_found"}})

    # -- shared --------------------------------------------------------------------------------
    def _fault(self, key: str) -> str | None:
        fault = self.headers.get("X-Fake-Fault") or (key if key in FAULTS else None)
        if fault == "slow":
            time.sleep(self.server.owner.slow_s)
        return fault

    @staticmethod
    def _check_messages(messages: Any, *, allow_system: bool) -> str | None:
        if not isinstance(messages, list) or not messages:
            return "'messages' must be a non-empty list"
        for i, msg in enumerate(messages):
            if not isinstance(msg, dict) or not isinstance(msg.get("content"), str):
                return f"messages[{i}] must be an object with a string 'content'"
            role = msg.get("role")
            if role not in _ROLES or (role == "system" and not allow_system):
                return f"messages[{i}].role {role!r} is not allowed"
        if messages[-1]["role"] != "user":
            return "the last message must come from the user"
        return None

    def _reply_text(self, messages: list[dict], record: dict) -> str:
        user = messages[-1]["content"]
        try:
            question, contexts = parse_prompt(user)
        except ValueError:
            question, contexts = user, []
        text = fake_answer(question, contexts)
        record["question"], record["contexts"], record["reply"] = question, contexts, text
        return text

    # -- OpenAI --------------------------------------------------------------------------------
    def _openai(self, body: Any, record: dict) -> None:
        owner = self.server.owner
        auth = self.headers.get("Authorization", "")
        key = auth[7:] if auth.startswith("Bearer ") else ""
        if key != owner.api_key and key not in FAULTS:
            self._send(401, {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error",
                                       "code": "invalid_api_key"}})
            return
        fault = self._fault(key)
        if fault == "rate-limit":
            self._send(429, {"error": {"message": "Rate limit reached for requests", "type": "rate_limit_error",
                                       "code": "rpm_rate_limit_exceeded"}})
            return
        if fault == "server-error":
            self._send(500, {"error": {"message": "internal error", "type": "server_error", "code": "internal"}})
            return
        if fault == "garbage":
            self._send(200, {})
            return
        if not isinstance(body, dict):
            self._send(400, {"error": {"message": "body must be a JSON object", "type": "invalid_request_error"}})
            return
        problem = None
        if not isinstance(body.get("model"), str) or not body["model"]:
            problem = "'model' must be a non-empty string"
        else:
            problem = self._check_messages(body.get("messages"), allow_system=True)
        if problem is None and body.get("stream"):
            problem = "this server does not stream"
        if problem:
            self._send(400, {"error": {"message": problem, "type": "invalid_request_error", "code": "bad_request"}})
            return
        text = self._reply_text(body["messages"], record)
        owner._count += 1
        prompt_tokens = sum(len(m["content"]) for m in body["messages"])
        self._send(200, {
            "id": f"chatcmpl-fake-{owner._count}", "object": "chat.completion", "created": int(time.time()),
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": len(text),
                      "total_tokens": prompt_tokens + len(text)},
        })

    # -- erniebot ------------------------------------------------------------------------------
    def _erniebot(self, flavour: str, model_id: str, body: Any, record: dict) -> None:
        owner = self.server.owner
        auth = self.headers.get("Authorization", "")
        if flavour == "aistudio":
            key = auth[6:] if auth.startswith("token ") else ""
        else:
            key = auth
        record["flavour"], record["model_id"] = flavour, model_id

        def error(code: int, msg: str, http: int = 200) -> None:
            if flavour == "aistudio":
                self._send(http, {"errorCode": code, "errorMsg": msg})
            else:
                self._send(http, {"error_code": code, "error_msg": msg})

        if key != owner.api_key and key not in FAULTS:
            error(40401 if flavour == "aistudio" else 110, "Access token invalid or no longer valid")
            return
        fault = self._fault(key)
        if fault == "rate-limit":
            error(40410 if flavour == "aistudio" else 18, "Open api qps request limit reached")
            return
        if fault == "server-error":
            self._send(500, {"error_msg": "internal error"})
            return
        if fault == "garbage":
            self._send(200, {})
            return
        if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
            error(336003, "Content-Type must be application/json")
            return
        if model_id not in ERNIEBOT_MODEL_IDS:
            error(336003, f"unknown model id {model_id!r}")
            return
        problem = "body must be a JSON object" if not isinstance(body, dict) else (
            self._check_messages(body.get("messages"), allow_system=False))
        if problem is None and "system" in body and not isinstance(body["system"], str):
            problem = "'system' must be a string"
        if problem:
            error(336003, problem)
            return
        text = self._reply_text(body["messages"], record)
        owner._count += 1
        result = {"id": f"as-fake-{owner._count}", "object": "chat.completion", "created": int(time.time()),
                  "result": text, "is_truncated": False, "need_clear_history": False,
                  "usage": {"prompt_tokens": sum(len(m["content"]) for m in body["messages"]),
                            "completion_tokens": len(text), "total_tokens": 0}}
        if flavour == "aistudio":
            self._send(200, {"errorCode": 0, "errorMsg": "success", "result": result})
        else:
            self._send(200, result)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "FakeErnieServer"


class FakeErnieServer:
    """Start on ``127.0.0.1`` (free port unless given) in a background thread; stop on exit."""

    def __init__(self, api_key: str = "fake-ernie-key", *, port: int = 0, slow_s: float = 2.0) -> None:
        self.api_key = api_key
        self.slow_s = slow_s
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._count = 0
        self._port = port
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the fake ERNIE server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def openai_base_url(self) -> str:
        """Base URL for ``openai.OpenAI(base_url=...)`` (Qianfan-style ``/v2``)."""
        return f"{self.url}/v2"

    @property
    def aistudio_base_url(self) -> str:
        """``EB_BASE_URL`` for erniebot with ``api_type="aistudio"``."""
        return f"{self.url}/aistudio/v1"

    @property
    def custom_base_url(self) -> str:
        """``EB_BASE_URL`` for erniebot with ``api_type="custom"``."""
        return f"{self.url}/custom/v1"

    def env(self, backend: str = "openai", api_key: str | None = None) -> dict[str, str]:
        """Environment variables that point ``ErnieAnswerer.from_env`` at this server."""
        key = self.api_key if api_key is None else api_key
        if backend == "openai":
            return {"QIANFAN_API_KEY": key, "QIANFAN_BASE_URL": self.openai_base_url, "ERNIE_MAX_RETRIES": "0"}
        if backend in ("aistudio", "custom"):
            base = self.aistudio_base_url if backend == "aistudio" else self.custom_base_url
            return {"EB_ACCESS_TOKEN": key, "EB_API_TYPE": backend, "EB_BASE_URL": base, "ERNIE_MAX_RETRIES": "0"}
        raise ValueError(f"backend {backend!r} is not openai, aistudio or custom")

    def start(self) -> "FakeErnieServer":
        if self._httpd is not None:
            return self
        self._httpd = _Server(("127.0.0.1", self._port), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-ernie", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> "FakeErnieServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    """``python -m paddlecamp.docqa.llm.fake_server --port 8765``: serve until Ctrl-C."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--api-key", default="fake-ernie-key")
    args = ap.parse_args(argv)
    srv = FakeErnieServer(args.api_key, port=args.port).start()
    print(f"fake ERNIE on {srv.url}  (QIANFAN_BASE_URL={srv.openai_base_url}  QIANFAN_API_KEY={args.api_key})")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
