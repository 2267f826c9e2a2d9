"""ERNIE as a grounded answerer, through Qianfan's OpenAI-compatible API or ``erniebot``.

Configuration comes from environment variables (``ErnieConfig.from_env``):

==========================  ==========================================================
``QIANFAN_API_KEY``         Qianfan API key; selects the ``openai`` client backend
``QIANFAN_BASE_URL``        OpenAI-compatible endpoint (default ``https://qianfan.baidubce.com/v2``)
``EB_ACCESS_TOKEN``         erniebot access token (``AISTUDIO_ACCESS_TOKEN`` also works);
                            selects the ``erniebot`` backend when no Qianfan key is set
``EB_API_TYPE``             erniebot API type: ``aistudio`` (default) or ``custom``
``EB_BASE_URL``             erniebot base URL (default: the API type's own)
``ERNIE_BACKEND``           force ``openai`` or ``erniebot`` when both kinds of key are set
``ERNIE_MODEL``             model name (default ``ernie-3.5-8k`` on Qianfan, ``ernie-3.5`` on erniebot)
``ERNIE_TIMEOUT``           seconds per request (default 30)
``ERNIE_MAX_RETRIES``       retries on rate limits and server errors (default 1)
==========================  ==========================================================

Every failure of the remote side (no network, bad key, rate limit, server error, timeout, a
malformed reply, erniebot's raw ``KeyError`` when a proxy answers instead of the API) becomes
an ``LLMError`` whose message names the endpoint and says what to do.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from paddlecamp.docqa.llm.prompt import LLMAnswer, build_messages, parse_answer

QIANFAN_DEFAULT_URL = "https://qianfan.baidubce.com/v2"
AISTUDIO_DEFAULT_URL = "https://aistudio.baidu.com/llm/lmapi/v1"
DEFAULT_MODELS = {"openai": "ernie-3.5-8k", "erniebot": "ernie-3.5"}

_FALLBACK_HINT = "or answer offline with `--llm extractive`"


class LLMError(RuntimeError):
    """A remote LLM call failed; ``kind`` is config | auth | rate_limit | network | timeout |
    server | bad_request | response, ``endpoint`` the URL tried, ``status`` the HTTP status."""

    def __init__(self, message: str, *, kind: str, endpoint: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.endpoint = endpoint
        self.status = status


@dataclass(frozen=True)
class ErnieConfig:
    """Where and how to call ERNIE. ``backend`` is ``openai`` or ``erniebot``."""

    backend: str
    api_key: str
    model: str
    base_url: str | None = None
    api_type: str = "aistudio"
    timeout: float = 30.0
    max_retries: int = 1

    @property
    def endpoint(self) -> str:
        """The URL requests go to (for messages)."""
        if self.backend == "openai":
            return f"{(self.base_url or QIANFAN_DEFAULT_URL).rstrip('/')}/chat/completions"
        base = self.base_url or (AISTUDIO_DEFAULT_URL if self.api_type == "aistudio" else "(EB_BASE_URL)")
        return f"{base.rstrip('/')}/chat/... (erniebot, api_type={self.api_type})"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, model: str | None = None) -> "ErnieConfig":
        """Read the variables in this module's docstring; raises ``LLMError`` (kind config)."""
        env = os.environ if env is None else env
        qianfan_key = env.get("QIANFAN_API_KEY", "").strip()
        eb_token = (env.get("EB_ACCESS_TOKEN", "") or env.get("AISTUDIO_ACCESS_TOKEN", "")).strip()
        backend = env.get("ERNIE_BACKEND", "").strip().lower()
        if backend and backend not in ("openai", "erniebot"):
            raise LLMError(f"ERNIE_BACKEND={backend!r} is not one of openai, erniebot", kind="config")
        if not backend:
            backend = "openai" if qianfan_key else ("erniebot" if eb_token else "")
        if not backend:
            raise LLMError(
                "no ERNIE credentials in the environment: set QIANFAN_API_KEY (Qianfan's OpenAI-compatible "
                "/v2 API) or EB_ACCESS_TOKEN / AISTUDIO_ACCESS_TOKEN (erniebot), " + _FALLBACK_HINT,
                kind="config")
        key = qianfan_key if backend == "openai" else eb_token
        if not key:
            need = "QIANFAN_API_KEY" if backend == "openai" else "EB_ACCESS_TOKEN or AISTUDIO_ACCESS_TOKEN"
            raise LLMError(f"ERNIE_BACKEND={backend} needs {need}", kind="config")
        api_type = env.get("EB_API_TYPE", "aistudio").strip().lower() or "aistudio"
        if backend == "erniebot" and api_type not in ("aistudio", "custom"):
            raise LLMError(f"EB_API_TYPE={api_type!r}: use aistudio or custom (qianfan needs EB_AK/EB_SK "
                           "signing; use QIANFAN_API_KEY with the OpenAI-compatible API instead)", kind="config")
        base_url = (env.get("QIANFAN_BASE_URL") if backend == "openai" else env.get("EB_BASE_URL")) or None
        if backend == "erniebot" and api_type == "custom" and not base_url:
            raise LLMError("EB_API_TYPE=custom needs EB_BASE_URL (the gateway's base URL)", kind="config")
        try:
            timeout = float(env.get("ERNIE_TIMEOUT", "30"))
            retries = int(env.get("ERNIE_MAX_RETRIES", "1"))
        except ValueError as exc:
            raise LLMError(f"ERNIE_TIMEOUT / ERNIE_MAX_RETRIES must be numbers ({exc})", kind="config") from None
        return cls(backend=backend, api_key=key, model=model or env.get("ERNIE_MODEL") or DEFAULT_MODELS[backend],
                   base_url=base_url, api_type=api_type, timeout=timeout, max_retries=retries)


class ErnieAnswerer:
    """Answer a question from numbered contexts with ERNIE; the reply is parsed into ``LLMAnswer``.

    ``answer(question, contexts)`` takes contexts with ``.text``, ``.source`` and ``.page``
    (objects or dicts) and returns ``LLMAnswer(answer, answerable, cited)`` where ``cited``
    indexes ``contexts`` (0-based).
    """

    def __init__(self, config: ErnieConfig) -> None:
        if config.backend not in ("openai", "erniebot"):
            raise LLMError(f"unknown backend {config.backend!r}", kind="config")
        self.config = config
        self._client: Any = None

    @classmethod
    def from_env(cls, model: str | None = None, *, env: Mapping[str, str] | None = None) -> "ErnieAnswerer":
        """Configured from environment variables (see the module docstring)."""
        return cls(ErnieConfig.from_env(env, model=model))

    def with_model(self, model: str) -> "ErnieAnswerer":
        return ErnieAnswerer(replace(self.config, model=model))

    # -- the call ------------------------------------------------------------------------------
    def chat(self, messages: list[dict[str, str]]) -> str:
        """One chat-completions call; returns the reply text or raises ``LLMError``."""
        if self.config.backend == "openai":
            return self._chat_openai(messages)
        return self._chat_erniebot(messages)

    def answer(self, question: str, contexts: Sequence[Any]) -> LLMAnswer:
        """Ask ERNIE to answer ``question`` from ``contexts`` only, with numbered citations."""
        messages = build_messages(question, contexts)
        t0 = time.perf_counter()
        text = self.chat(messages)
        out = parse_answer(text, len(contexts))
        out.model = self.config.model
        out.timings = {"llm_s": time.perf_counter() - t0}
        return out

    # -- openai ---------------------------------------------------------------------------------
    def _chat_openai(self, messages: list[dict[str, str]]) -> str:
        import openai

        cfg = self.config
        endpoint = cfg.endpoint
        if self._client is None:
            self._client = openai.OpenAI(api_key=cfg.api_key, base_url=cfg.base_url or QIANFAN_DEFAULT_URL,
                                         timeout=cfg.timeout, max_retries=cfg.max_retries)
        try:
            resp = self._client.chat.completions.create(model=cfg.model, messages=messages, temperature=0.1)
        except openai.APITimeoutError:
            raise LLMError(f"ERNIE at {endpoint} did not answer within {cfg.timeout:g} s: retry, raise "
                           f"ERNIE_TIMEOUT, {_FALLBACK_HINT}", kind="timeout", endpoint=endpoint) from None
        except openai.APIConnectionError as exc:
            raise LLMError(f"cannot reach ERNIE at {endpoint} ({_cause(exc)}): check the network or "
                           f"QIANFAN_BASE_URL, {_FALLBACK_HINT}", kind="network", endpoint=endpoint) from None
        except openai.AuthenticationError as exc:
            raise LLMError(f"ERNIE at {endpoint} rejected the API key (HTTP {exc.status_code}): check "
                           "QIANFAN_API_KEY", kind="auth", endpoint=endpoint, status=exc.status_code) from None
        except openai.PermissionDeniedError as exc:
            raise LLMError(f"ERNIE at {endpoint} refused access to model {cfg.model!r} (HTTP 403): enable the "
                           "model for this key or set ERNIE_MODEL", kind="auth", endpoint=endpoint,
                           status=403) from None
        except openai.RateLimitError as exc:
            raise LLMError(f"ERNIE at {endpoint} is rate limiting this key (HTTP 429): wait and retry, "
                           f"ask fewer questions at once, {_FALLBACK_HINT}", kind="rate_limit",
                           endpoint=endpoint, status=exc.status_code) from None
        except openai.APIStatusError as exc:
            kind = "server" if exc.status_code >= 500 else "bad_request"
            what = "had a server error" if kind == "server" else "refused the request"
            raise LLMError(f"ERNIE at {endpoint} {what} (HTTP {exc.status_code}: {_short(exc.message)}); "
                           + ("retry later, " + _FALLBACK_HINT if kind == "server"
                              else f"check ERNIE_MODEL={cfg.model!r}"),
                           kind=kind, endpoint=endpoint, status=exc.status_code) from None
        except openai.OpenAIError as exc:
            raise LLMError(f"ERNIE at {endpoint} sent a reply the client could not read ({_short(str(exc))})",
                           kind="response", endpoint=endpoint) from None
        try:
            content = resp.choices[0].message.content
        except (AttributeError, IndexError, TypeError):
            content = None
        if not isinstance(content, str):
            raise LLMError(f"ERNIE at {endpoint} returned no message content", kind="response", endpoint=endpoint)
        return content

    # -- erniebot -------------------------------------------------------------------------------
    def _chat_erniebot(self, messages: list[dict[str, str]]) -> str:
        import erniebot
        import erniebot.errors as eb_errors

        cfg = self.config
        endpoint = cfg.endpoint
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        # erniebot takes the system prompt as a separate field; messages alternate user/assistant.
        chat = [m for m in messages if m["role"] != "system"]
        config: dict[str, Any] = {"api_type": cfg.api_type, "access_token": cfg.api_key,
                                  "max_retries": cfg.max_retries}
        if cfg.base_url:
            config["api_base_url"] = cfg.base_url.rstrip("/")
        kwargs: dict[str, Any] = {"model": cfg.model, "messages": chat, "system": system, "temperature": 0.1,
                                  "request_timeout": cfg.timeout, "_config_": config}
        if cfg.api_type == "custom":
            # erniebot's custom backend adds the token only on async calls; send it on sync calls too.
            kwargs["headers"] = {"Authorization": cfg.api_key}
        try:
            resp = erniebot.ChatCompletion.create(**kwargs)
        except eb_errors.TimeoutError:
            raise LLMError(f"ERNIE at {endpoint} did not answer within {cfg.timeout:g} s: retry, raise "
                           f"ERNIE_TIMEOUT, {_FALLBACK_HINT}", kind="timeout", endpoint=endpoint) from None
        except eb_errors.ConnectionError as exc:
            raise LLMError(f"cannot reach ERNIE at {endpoint} ({_short(str(exc))}): check the network or "
                           f"EB_BASE_URL, {_FALLBACK_HINT}", kind="network", endpoint=endpoint) from None
        except (eb_errors.InvalidTokenError, eb_errors.TokenExpiredError) as exc:
            raise LLMError(f"ERNIE at {endpoint} rejected the access token ({_short(str(exc))}): check "
                           "EB_ACCESS_TOKEN / AISTUDIO_ACCESS_TOKEN", kind="auth", endpoint=endpoint) from None
        except (eb_errors.RateLimitError, eb_errors.RequestLimitError) as exc:
            raise LLMError(f"ERNIE at {endpoint} is rate limiting this token ({_short(str(exc))}): wait and "
                           f"retry, {_FALLBACK_HINT}", kind="rate_limit", endpoint=endpoint, status=429) from None
        except (eb_errors.InvalidArgumentError, eb_errors.BadRequestError) as exc:
            raise LLMError(f"ERNIE at {endpoint} refused the request ({_short(str(exc))}): check "
                           f"ERNIE_MODEL={cfg.model!r} (erniebot knows e.g. ernie-3.5, ernie-4.0, ernie-speed)",
                           kind="bad_request", endpoint=endpoint) from None
        except eb_errors.APIError as exc:
            raise LLMError(f"ERNIE at {endpoint} reported an error ({_short(str(exc))}): retry later, "
                           f"{_FALLBACK_HINT}", kind="server", endpoint=endpoint) from None
        except eb_errors.HTTPRequestError as exc:
            # erniebot keeps the status only inside the message ("code: 500").
            found = re.search(r"code: (\d+)", str(exc))
            status = int(found.group(1)) if found else None
            kind = {401: "auth", 403: "auth", 429: "rate_limit"}.get(status, "server" if (status or 0) >= 500
                                                                     else "bad_request")
            hint = {"auth": "check EB_ACCESS_TOKEN / AISTUDIO_ACCESS_TOKEN", "rate_limit": "wait and retry",
                    "server": "retry later, " + _FALLBACK_HINT,
                    "bad_request": f"check ERNIE_MODEL={cfg.model!r} and EB_BASE_URL"}[kind]
            raise LLMError(f"ERNIE at {endpoint} answered HTTP {status}: {hint}", kind=kind, endpoint=endpoint,
                           status=status) from None
        except eb_errors.EBError as exc:
            raise LLMError(f"ERNIE at {endpoint} failed: {_short(str(exc)) or type(exc).__name__}",
                           kind="server", endpoint=endpoint) from None
        except KeyError as exc:
            # erniebot indexes the reply without checking it; a reply that is not the API's
            # (a captive portal, a proxy error page, no network behind a gateway) ends here.
            raise LLMError(f"ERNIE at {endpoint} sent an unexpected reply (missing {exc}): is the network up "
                           f"and EB_BASE_URL right? {_FALLBACK_HINT}", kind="response", endpoint=endpoint) from None
        except RuntimeError as exc:
            raise LLMError(f"erniebot is not configured: {exc}", kind="config", endpoint=endpoint) from None
        content = getattr(resp, "result", None)
        if not isinstance(content, str):
            raise LLMError(f"ERNIE at {endpoint} returned no result text", kind="response", endpoint=endpoint)
        return content


def _short(text: str, n: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _cause(exc: BaseException) -> str:
    inner = exc.__cause__ or exc.__context__
    return _short(str(inner) if inner else str(exc), 120)
