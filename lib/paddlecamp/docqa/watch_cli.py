"""Keep a store current with a folder: files added, changed or deleted there are indexed or removed as it happens.

    paddlecamp docqa watch FOLDER --store DIR [--collection C] [--interval S]

Pathway's streaming file connector sees the changes; each batch goes through the same path
as ``paddlecamp docqa index FOLDER`` (same keys, OCR cache, moved files re-used), so
``paddlecamp docqa ask --store DIR`` answers from what is in the folder now. One line per
event (indexed, added, updated, moved, removed, error, ignored); an unreadable file is
reported and skipped. The store is released between batches, so ``ask`` can run from
another terminal. Ctrl-C stops; what was indexed stays.
"""
from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="FOLDER", help="the folder to watch (sub-folders included)")
    parser.add_argument("--store", required=True, metavar="DIR", help="store folder (Milvus Lite file + OCR cache)")
    parser.add_argument("--collection", default="default", help="collection name (default: default)")
    parser.add_argument("--interval", type=float, default=0.5, metavar="S",
                        help="seconds the folder must be quiet (and changed files stop growing) before a batch "
                             "is indexed (default 0.5)")
    parser.add_argument("--engine", default="default", help="OCR engine: onnx (default) or paddleocr")
    parser.add_argument("--force-ocr", action="store_true",
                        help="OCR every PDF page even when it has a text layer (also $PADDLECAMP_FORCE_OCR=1)")
    parser.add_argument("--keep-store-open", action="store_true",
                        help="hold the store between batches (faster; `ask` from another process cannot open it)")


def main(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa.cli import _quiet
    from paddlecamp.docqa.store import StoreError
    from paddlecamp.docqa.watch import WatchError, watch

    _quiet()
    _sigterm_stops()
    if args.interval < 0:
        raise CliError(f"--interval must be >= 0 seconds, not {args.interval}")
    if not Path(args.folder).is_dir():
        raise CliError(f"{args.folder}: no such folder")
    print(f"watching {args.folder} -> store {args.store}, collection {args.collection} (Ctrl-C stops)", flush=True)
    try:
        watch(args.folder, args.store, args.collection, interval=args.interval, engine=args.engine,
              force_ocr=True if args.force_ocr else None, on_event=lambda e: print(e.line(), flush=True),
              release_store_between=not args.keep_store_open)
    except (WatchError, StoreError) as exc:
        raise CliError(str(exc)) from exc
    except KeyboardInterrupt:
        print("stopped; the index holds every change reported above", flush=True)
    return 0


def _sigterm_stops() -> None:
    """SIGTERM (``kill``, ``docker stop``, systemd) stops the watch like Ctrl-C does."""
    import signal
    import threading

    def stop(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
