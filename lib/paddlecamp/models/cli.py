"""``paddlecamp models``: fetch and list the offline models."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="fetch and list the offline models (OCR, embedder)")
    p.set_defaults(_group_parser=p)
    msub = p.add_subparsers(dest="models_command", metavar="ACTION")
    f = msub.add_parser("fetch", help="extract the PP-OCR ONNX models from the rapidocr wheel")
    f.add_argument("--force", action="store_true", help="fetch again even when present")
    f.set_defaults(func=_cmd_fetch)
    ls = msub.add_parser("list", help="show where each offline model is")
    ls.set_defaults(func=_cmd_list)


def _cmd_fetch(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.models.store import MissingModelError, fetch_ocr_models

    try:
        folder = fetch_ocr_models(force=args.force)
    except MissingModelError as exc:
        raise CliError(str(exc)) from exc
    print(f"OCR models in {folder}")
    return 0


def _cmd_list(args) -> int:
    from paddlecamp.models.store import MissingModelError, embedder_path, ocr_models

    status = 0
    try:
        for role, path in ocr_models().items():
            print(f"ocr-{role:4s} {path}")
    except MissingModelError as exc:
        print(f"ocr      missing: {exc}")
        status = 1
    try:
        print(f"embedder {embedder_path()}")
    except MissingModelError as exc:
        print(f"embedder missing: {exc}")
        status = 1
    return status
