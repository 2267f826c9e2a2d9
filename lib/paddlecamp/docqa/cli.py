"""``paddlecamp docqa``: index scanned documents, ask questions with cited answers, show pages.

    paddlecamp docqa index PATH... --store DIR [--collection NAME] [--force-ocr]
    paddlecamp docqa ask "QUESTION" --store DIR [--collection NAME] [--llm ernie|extractive] [--json]
    paddlecamp docqa ask --batch QUESTIONS.jsonl --store DIR [--json]
    paddlecamp docqa show --store DIR SOURCE --page N --out PNG
    paddlecamp docqa reembed --store DIR [--collection NAME] [--scheme raw|gloss-1]

Heavy libraries (onnxruntime, pymilvus, sentence-transformers) are imported inside the
actions so ``paddlecamp --help`` stays fast.
"""
from __future__ import annotations

import argparse
import json
import os
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("docqa", help="document QA: OCR scanned pages, index in Milvus, cited answers")
    p.set_defaults(_group_parser=p)
    dsub = p.add_subparsers(dest="docqa_command", metavar="ACTION")

    ix = dsub.add_parser("index", help="OCR, chunk and index files or folders (png/jpg/tiff/pdf)")
    ix.add_argument("paths", nargs="+", metavar="PATH")
    ix.add_argument("--store", required=True, metavar="DIR", help="store folder (Milvus Lite file + OCR cache)")
    ix.add_argument("--collection", default="default", help="collection name (default: default)")
    ix.add_argument("--engine", default="default", help="OCR engine: onnx (default) or paddleocr")
    ix.add_argument("--no-progress", action="store_true", help="no progress bar")
    ix.add_argument("--force-ocr", action="store_true",
                    help="OCR every PDF page even when it has a text layer (for PDFs whose embedded text is wrong; "
                         "also $PADDLECAMP_FORCE_OCR=1)")
    ix.set_defaults(func=_cmd_index)

    ask = dsub.add_parser("ask", help="answer a question from the store, citing page and region")
    ask.add_argument("question", nargs="?", help="the question (or use --batch)")
    ask.add_argument("--batch", metavar="QUESTIONS.jsonl", help='JSON lines {"id", "question"}; one answer line each')
    ask.add_argument("--store", required=True, metavar="DIR")
    ask.add_argument("--collection", default="default")
    ask.add_argument("--llm", choices=["extractive", "ernie"], default="extractive",
                     help="answerer: extractive (offline, default) or ernie (needs credentials)")
    ask.add_argument("--fallback", choices=["extractive"], default=None,
                     help="when ERNIE fails (network, key, rate limit), answer extractively instead")
    ask.add_argument("--top-k", type=int, default=3, help="citations to return (default 3)")
    ask.add_argument("--json", action="store_true", help="print JSON (one object, or one line per question)")
    ask.set_defaults(func=_cmd_ask)

    re_ = dsub.add_parser("reembed", help="re-embed a collection's chunks under the current dense-text scheme "
                                          "(Chinese read through its English gloss); no OCR")
    re_.add_argument("--store", required=True, metavar="DIR")
    re_.add_argument("--collection", default="default")
    re_.add_argument("--scheme", default=None, help="raw or gloss-1 (default: the current scheme)")
    re_.add_argument("--no-progress", action="store_true", help="no progress bar")
    re_.set_defaults(func=_cmd_reembed)

    show = dsub.add_parser("show", help="draw the cited (or all indexed) boxes of a page into a PNG")
    show.add_argument("source", metavar="SOURCE", help="file name as indexed (or a path to it)")
    show.add_argument("--store", required=True, metavar="DIR")
    show.add_argument("--collection", default="default")
    show.add_argument("--page", type=int, default=1)
    show.add_argument("--out", required=True, metavar="PNG")
    show.add_argument("--question", help="draw only the boxes cited for this question")
    show.set_defaults(func=_cmd_show)

    try:
        from paddlecamp.docqa import eval_cli

        eval_cli.register(dsub)
    except ImportError:
        pass
    _register_integrations(dsub)


#: Ecosystem actions, one module each with ``configure(parser)`` and ``main(args) -> int``
#: (see ``paddlecamp._subcommands``); a module that has not landed yet is skipped.
INTEGRATION_ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("serve", "paddlecamp.docqa.serve_cli",
     "serve the store over HTTP: Dify's External Knowledge API (and RAGFlow's Dify-compatible route)"),
    ("ragflow", "paddlecamp.docqa.ragflow_cli",
     "push OCR'd, provenance-keeping chunks into a RAGFlow dataset and retrieve from it"),
    ("watch", "paddlecamp.docqa.watch_cli",
     "keep an index current as files appear, change or disappear in a folder (Pathway)"),
)


def _register_integrations(dsub: argparse._SubParsersAction) -> None:
    from paddlecamp._subcommands import add_actions

    add_actions(dsub, INTEGRATION_ACTIONS)


def _quiet() -> None:
    import logging

    # pymilvus and Milvus Lite's embedded gRPC server log tracebacks for errors we report
    # ourselves in one line (a locked store, an unsupported call): keep the terminal readable.
    for name in ("pymilvus", "grpc._server", "milvus_lite"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")
    try:
        import jieba

        jieba.setLogLevel(60)
    except ImportError:  # pragma: no cover
        pass


def _cmd_index(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa.api import StoreError, index

    _quiet()
    try:
        report = index(args.paths, store=args.store, collection=args.collection, engine=args.engine,
                       progress=not args.no_progress, force_ocr=True if args.force_ocr else None)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    for err in report.errors:
        print(f"error: {err['path']}: {err['error']}", file=sys.stderr)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for key in report.removed:
        print(f"removed: {key} (file gone)")
    print(report.summary())
    return 1 if report.errors and not (report.indexed or report.skipped or report.moved) else 0


def _cmd_reembed(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa.api import StoreError, reembed

    _quiet()
    try:
        out = reembed(store=args.store, collection=args.collection, scheme=args.scheme, progress=not args.no_progress)
    except StoreError as exc:  # a missing store or collection, or a scheme this installation cannot produce
        raise CliError(str(exc)) from exc
    if out["before"] == out["scheme"]:
        print(f"{args.collection}: already {out['scheme']!r}, nothing to do")
    else:
        print(f"{args.collection}: {out['rows']} chunks re-embedded, {out['before']!r} -> {out['scheme']!r}")
    return 0


def _print_answer(result: dict) -> None:
    print(result["answer"])
    for i, c in enumerate(result["citations"], 1):
        box = ", ".join(f"{v:.0f}" for v in c["bbox"])
        snippet = c["text"].replace("\n", " ")
        print(f"  [{i}] {c['source']} p.{c['page']} [{box}] {snippet[:80]}")


def _cmd_ask(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa.api import StoreError, ask

    _quiet()
    if args.batch and args.question:
        raise CliError("give a question or --batch, not both")
    if not args.batch:
        if args.question is None or not args.question.strip():
            raise CliError("the question is empty")
        try:
            result = ask(args.question, store=args.store, collection=args.collection, llm=args.llm,
                         top_k=args.top_k, fallback=args.fallback)
        except (StoreError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        except Exception as exc:
            if type(exc).__name__ == "LLMError":
                raise CliError(f"ERNIE failed: {exc} (add --fallback extractive to answer offline)") from exc
            raise
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            _print_answer(result)
        return 0
    try:
        with open(args.batch, encoding="utf-8") as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {args.batch}: {exc}") from exc
    failures = 0
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not str(item.get("question", "")).strip():
                raise ValueError('expected an object with a non-empty "question"')
            result = ask(str(item["question"]), store=args.store, collection=args.collection, llm=args.llm,
                         top_k=args.top_k, fallback=args.fallback)
            result = {"id": item.get("id", no), **result}
        except StoreError as exc:
            raise CliError(str(exc)) from exc
        except Exception as exc:  # one bad line never stops the batch
            failures += 1
            item_id = item.get("id", no) if isinstance(locals().get("item"), dict) else no
            result = {"id": item_id, "error": f"{args.batch} line {no}: {exc}"}
            print(f"error: {result['error']}", file=sys.stderr)
        if args.json or "error" in result:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(f"[{result['id']}] ", end="")
            _print_answer(result)
        item = None
    return 1 if failures and failures == len([l for l in lines if l.strip()]) else 0


def _cmd_show(args) -> int:
    from pathlib import Path

    from paddlecamp.cli import CliError
    from paddlecamp.docqa.api import StoreError, ask, open_store
    from paddlecamp.docqa.draw import draw_boxes, page_image
    from paddlecamp.docqa.ingest import IngestError

    _quiet()
    try:
        store = open_store(args.store)
        if not store.has_collection(args.collection):
            raise StoreError(f"store {args.store} has no collection {args.collection!r}")
        # Sources are paths relative to the indexed folder: try the SOURCE given, then its
        # trailing parts ("docs/sub/a.png" -> "sub/a.png" -> "a.png").
        parts = Path(args.source).parts
        name, chunks = Path(args.source).name, []
        for i in range(len(parts)):
            name = Path(*parts[i:]).as_posix()
            chunks = store.page_chunks(args.collection, name, args.page)
            if chunks:
                break
        if not chunks:
            raise CliError(f"nothing indexed for {name} page {args.page} in {args.store}")
        path = _source_path(store, args.collection, name, args.source)
        img = page_image(path, args.page)
        if args.question:
            res = ask(args.question, store=args.store, collection=args.collection)
            boxes = [c["bbox"] for c in res["citations"] if c["source"] == name and c["page"] == args.page]
            labels = [f"[{i + 1}]" for i in range(len(boxes))]
        else:
            boxes = [c.bbox for c in chunks]
            labels = [f"{c.kind} {c.chunk_no}" for c in chunks]
        draw_boxes(img, boxes, labels=labels).save(args.out)
    except (StoreError, IngestError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    print(f"wrote {args.out} ({len(boxes)} box(es))")
    return 0


def _source_path(store, collection: str, name: str, given: str) -> str:
    """The file to render: the path given if it exists, else the path recorded at indexing."""
    if os.path.isfile(given):
        return given
    from paddlecamp.docqa.store import _esc

    rows = store.client.query(collection, filter=f'source == "{_esc(name)}"', output_fields=["doc_key", "meta"],
                              limit=16)
    for row in rows:  # new layout: root + relative key; old layout: doc_key is the absolute path
        root = (row.get("meta") or {}).get("root")
        path = f"{root.rstrip('/')}/{row['doc_key']}" if root else row["doc_key"]
        if os.path.isfile(path):
            return path
    from paddlecamp.cli import CliError

    raise CliError(f"cannot find the file {name}; pass its path as SOURCE")
