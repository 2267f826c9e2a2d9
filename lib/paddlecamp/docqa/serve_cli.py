"""Serve a store over HTTP as a Dify External Knowledge API (``POST /retrieval``), also at RAGFlow's
Dify-compatible route ``/api/v1/dify/retrieval``; ``GET /health``, ``/docs``, ``/openapi.json``.

    paddlecamp docqa serve --store DIR [--host 127.0.0.1] [--port 8765] [--api-key KEY ...]
                           [--collection NAME ...] [--max-concurrent N] [--no-auth]

In Dify: Knowledge -> External Knowledge API -> Add: API Endpoint ``http://HOST:PORT`` (Dify
appends ``/retrieval``) and one of the keys; then "Connect to an External Knowledge Base" with
the collection name as External Knowledge ID. Keys come from ``--api-key`` (repeatable) and
``$PADDLECAMP_DOCQA_API_KEYS`` (comma-separated); with no key the server refuses to start
unless ``--no-auth`` is given. ``$MILVUS_URI`` serves a Milvus server's collections instead
of the store's Milvus Lite file.
"""
from __future__ import annotations

import argparse
import os
import sys

#: Environment variable with comma-separated API keys (added to ``--api-key``).
KEYS_ENV = "PADDLECAMP_DOCQA_API_KEYS"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", required=True, metavar="DIR", help="store folder (as given to `docqa index`)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    parser.add_argument("--api-key", action="append", default=[], metavar="KEY",
                        help=f"accepted bearer key (repeatable; also ${KEYS_ENV}=key1,key2)")
    parser.add_argument("--collection", action="append", default=None, metavar="NAME",
                        help="serve only these collections as knowledge ids (repeatable; default: all)")
    parser.add_argument("--max-concurrent", type=int, default=None, metavar="N",
                        help="retrievals running at once (default: one per CPU core; 1 = strictly one at a time)")
    parser.add_argument("--no-auth", action="store_true",
                        help="serve without any key (local experiments only; refused unless given explicitly)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"],
                        help="uvicorn log level (debug also logs every request)")


def api_keys(given: list[str], environ: dict[str, str] | None = None) -> list[str]:
    """Keys from the command line, then from ``$PADDLECAMP_DOCQA_API_KEYS``; blanks dropped."""
    env = (environ if environ is not None else os.environ).get(KEYS_ENV, "")
    keys = [k.strip() for k in list(given) + env.split(",")]
    return list(dict.fromkeys(k for k in keys if k))


def main(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa.cli import _quiet

    keys = api_keys(args.api_key)
    if not keys and not args.no_auth:
        raise CliError(f"no API key: pass --api-key KEY (repeatable) or set {KEYS_ENV}=key1,key2; "
                       "--no-auth serves without one (local experiments only)")
    if keys and args.no_auth:
        raise CliError("--no-auth and API keys contradict each other; give one or the other")
    if any(" " in k or "," in k for k in keys):
        raise CliError("an API key may not contain spaces or commas")
    if args.max_concurrent is not None and args.max_concurrent < 1:
        raise CliError(f"--max-concurrent must be at least 1, not {args.max_concurrent}")
    if not 0 <= args.port <= 65535:
        raise CliError(f"--port {args.port} is not a TCP port (0-65535)")
    _quiet()
    from paddlecamp.docqa.serve import RETRIEVAL_PATHS, bind_socket, create_app
    from paddlecamp.docqa.store import StoreError, check_collection_name

    try:
        for name in args.collection or ():
            check_collection_name(name)
        app = create_app(args.store, keys, args.collection, allow_no_auth=args.no_auth,
                         max_concurrent=args.max_concurrent)
        health = app.state.service.health()
    except (StoreError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    missing = [c for c in args.collection or () if c not in health["collections"]]
    if missing:
        raise CliError(f"store {args.store} has no collection {', '.join(missing)}; "
                       f"it has {', '.join(health['collections']) or 'none'}")
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from exc
    host, port = sock.getsockname()[:2]
    base = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    counts = ", ".join(f"{n} ({c} chunks)" for n, c in health["collections"].items()) or "none"
    print(f"serving {args.store} ({health['milvus']}, {health['max_concurrent']} retrieval(s) at once): "
          f"knowledge ids {counts}", file=sys.stderr)
    print(f"Dify API endpoint: {base}  (POST {base}{RETRIEVAL_PATHS[0]}; RAGFlow route {RETRIEVAL_PATHS[1]}; "
          f"docs {base}/docs)", file=sys.stderr)
    if args.no_auth:
        print("warning: --no-auth: anyone who can reach this port can search the store", file=sys.stderr)
    import uvicorn

    config = uvicorn.Config(app, log_level=args.log_level, access_log=args.log_level == "debug")
    uvicorn.Server(config).run(sockets=[sock])
    return 0
