"""Push OCR'd, provenance-keeping chunks from a store into a RAGFlow dataset; retrieve from it.

    paddlecamp docqa ragflow push --store DIR [--collection C] --dataset NAME [--prune]
    paddlecamp docqa ragflow ask "QUESTION" --dataset NAME [--top-k 5] [--store DIR] [--json]
    paddlecamp docqa ragflow list --dataset NAME

The server and key come from ``--base-url``/``--api-key`` or ``$RAGFLOW_BASE_URL``/
``$RAGFLOW_API_KEY``. ``push`` is idempotent (unchanged files are skipped, changed ones
replaced); ``ask`` maps each RAGFlow hit back to file, page and box, and with ``--store``
answers from those hits, citing the cell or line. To try it without a
RAGFlow server, run the stand-in: ``python -m paddlecamp.docqa.ragflow_fake --port 9380``.
"""
from __future__ import annotations

import argparse
import json
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = __doc__.split("\n\n", 1)[1]
    acts = parser.add_subparsers(dest="ragflow_action", metavar="ACTION")

    def server(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dataset", required=True, help="RAGFlow dataset name (push creates it when missing)")
        p.add_argument("--base-url", help="RAGFlow address, e.g. http://localhost:9380 (default $RAGFLOW_BASE_URL)")
        p.add_argument("--api-key", help="RAGFlow API key (default $RAGFLOW_API_KEY)")

    push = acts.add_parser("push", help="push a store collection's chunks into a RAGFlow dataset")
    push.add_argument("--store", required=True, metavar="DIR")
    push.add_argument("--collection", default="default")
    server(push)
    push.add_argument("--prune", action="store_true",
                      help="delete this collection's documents that are no longer in the store")
    push.add_argument("--no-positions", action="store_true",
                      help="do not set RAGFlow chunk positions (one request less per chunk; no boxes in RAGFlow's viewer)")
    push.add_argument("--embedding-model", help="for a new dataset: <model>@<provider> (default: the tenant's)")
    push.add_argument("--no-progress", action="store_true")
    push.add_argument("--json", action="store_true", help="print the report as JSON")

    ask = acts.add_parser("ask", help="retrieve from a RAGFlow dataset, cited by file, page and box")
    ask.add_argument("question")
    server(ask)
    ask.add_argument("--top-k", type=int, default=5)
    ask.add_argument("--threshold", type=float, default=0.2, help="RAGFlow similarity_threshold (default 0.2)")
    ask.add_argument("--store", metavar="DIR",
                     help="also answer: resolve RAGFlow's hits to this store's chunks and cite the cell or line")
    ask.add_argument("--collection", default="default")
    ask.add_argument("--json", action="store_true")

    lst = acts.add_parser("list", help="the dataset's documents and how much provenance each carries")
    server(lst)


def main(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa import ragflow

    action = getattr(args, "ragflow_action", None)
    if action is None:
        raise CliError("choose an action: push, ask or list (see `paddlecamp docqa ragflow --help`)")
    try:
        rag = ragflow.connect(args.base_url, args.api_key)
        if action == "push":
            return _push(rag, args)
        if action == "ask":
            return _ask(rag, args)
        return _list(rag, args)
    except ragflow.RagflowError as exc:
        raise CliError(str(exc)) from exc


def _push(rag, args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa import ragflow
    from paddlecamp.docqa.cli import _quiet
    from paddlecamp.docqa.store import StoreError

    _quiet()
    try:
        docs = ragflow.stored_documents(args.store, args.collection)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    report = ragflow.push(rag, args.dataset, docs, collection=args.collection, prune=args.prune,
                          positions=not args.no_positions, embedding_model=args.embedding_model,
                          progress=not args.no_progress)
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print(report.summary())
    done = report.uploaded or report.replaced or report.resumed or report.unchanged
    return 1 if report.errors and not done else 0


def _ask(rag, args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa import ragflow

    if args.store:
        from paddlecamp.docqa.cli import _print_answer, _quiet
        from paddlecamp.docqa.store import StoreError

        _quiet()
        try:
            result = ragflow.answer(rag, args.dataset, args.question, store=args.store, collection=args.collection,
                                    top_k=min(args.top_k, 3))
        except (StoreError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            _print_answer(result)
        return 0
    try:
        hits = ragflow.retrieve(rag, args.dataset, args.question, top_k=args.top_k,
                                similarity_threshold=args.threshold)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print(json.dumps({"question": args.question, "hits": [h.to_dict() for h in hits]}, ensure_ascii=False))
        return 0
    if not hits:
        print("no chunk passed the similarity threshold")
    for i, h in enumerate(hits, 1):
        box = ", ".join(f"{v:.0f}" for v in h.bbox)
        where = f"{h.source} p.{h.page} [{box}]" if h.mapped else f"{h.source} (not pushed by paddlecamp)"
        print(f"  [{i}] {h.similarity:.3f} {where} {h.text.replace(chr(10), ' ')[:80]}")
    return 0


def _list(rag, args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.docqa import ragflow

    ds = ragflow.find_dataset(rag, args.dataset)
    if ds is None:
        raise CliError(f"RAGFlow has no dataset {args.dataset!r}")
    for doc in ragflow.list_documents(ds):
        meta = ragflow.document_meta(doc)
        mapped = sum(len(refs) for refs in ragflow.provenance_of(doc).values())
        if meta.get(ragflow.META_SOURCE):
            print(f"{doc.name}: source {meta[ragflow.META_SOURCE]} ({meta.get(ragflow.META_COLLECTION)}), "
                  f"{mapped}/{meta.get(ragflow.META_COUNT)} chunk(s) mapped, hash {str(meta.get(ragflow.META_HASH))[:12]}")
        else:
            print(f"{doc.name}: not pushed by paddlecamp ({doc.chunk_count} chunk(s))")
    return 0
