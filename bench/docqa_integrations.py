"""docqa: the five integrations measured side by side on the same documents, in one run.

    .venv/bin/python bench/docqa_integrations.py [--docs 12] [--repeats 5] [--updates 5] [--out FILE]

Writes ``--docs`` two-page PDFs with a text layer (``paddlecamp.docqa.integrations.write_documents``:
an English inspection memo and a Chinese branch report per file, our own documents, no OCR)
into ``build/docqa/integrations-bench``, two questions per document, then runs
``measure_integrations``: the library (``api.index``/``ask``), the Dify External Knowledge API
on loopback, the RAGFlow connector against the loopback stand-in (its ranking is term overlap,
not RAGFlow's), the Pathway live index (``--updates`` add/delete cycles) and the Haystack
pipelines. Writes ``data/results/docqa_integrations_2026-12-01.json`` and ``.md``: per
integration the indexing time per page, warm query latency (p50, p95 over every question x
repeat), update latency medians, whether each question's best citation named the page that
answers it, with the date, machine, load average and versions.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")

COMMAND = "python bench/docqa_integrations.py"


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0]}
    for name in ("pymilvus", "milvus-lite", "sentence-transformers", "torch", "fastapi", "uvicorn", "httpx",
                 "ragflow-sdk", "pathway", "haystack-ai", "milvus-haystack"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def _p95(values: list[float]) -> float | None:
    if len(values) < 2:
        return values[0] if values else None
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def markdown(result: dict) -> str:
    hw = result["hardware"]
    lines = [f"# docqa integrations side by side ({result['date']})", "",
             f"`{result['command']}` on {hw['cpu']} ({hw['cores']} cores, load average before "
             f"{result['load_avg_before']}, after {hw['load_avg_1_5_15']}).",
             f"Documents: {result['documents']} (our own), {result['pages']} pages, {result['questions']} questions; "
             f"{result['repeats']} warm queries per question after {result['warmup']} untimed.", "",
             "| integration | index ms/page | query p50 ms | query p95 ms | add p50 s | delete p50 s | cited page right |",
             "|---|---|---|---|---|---|---|"]
    for r in result["integrations"]:
        def f(v, nd=1):
            return "" if v is None else f"{v:.{nd}f}"
        index = f(r["index_s_per_page"] * 1000) if r["index_s_per_page"] is not None else f"= {r['shares']}"
        lines.append(f"| {r['name']} | {index} | {f(r['query_p50_ms'])} | {f(r['query_p95_ms'])} | "
                     f"{f(r['add_p50_s'], 2)} | {f(r['delete_p50_s'], 2)} | {r['cited_right']}/{result['questions']} |")
    lines += ["", "Notes:"] + [f"* {r['name']}: {n}" for r in result["integrations"] for n in r["notes"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from paddlecamp import repo_path
    from paddlecamp.docqa import integrations as I
    from paddlecamp.docqa.evaluate import hardware

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=12, help=f"documents, 2 pages each (1..{len(I.SITES)})")
    p.add_argument("--repeats", type=int, default=5, help="timed queries per question")
    p.add_argument("--warmup", type=int, default=1, help="untimed queries per question first")
    p.add_argument("--updates", type=int, default=5, help="Pathway add/delete cycles")
    p.add_argument("--out", type=Path, default=repo_path("data", "results", "docqa_integrations_2026-12-01.json"))
    args = p.parse_args(argv)

    load_before = [round(x, 2) for x in os.getloadavg()]
    work = repo_path("build", "docqa", "integrations-bench")
    docs, questions = I.write_documents(work / "docs", args.docs)
    t0 = time.perf_counter()
    results = I.measure_integrations(docs, questions, work / "stores", repeats=args.repeats, warmup=args.warmup,
                                     updates=args.updates,
                                     progress=lambda name: print(f"measuring {name} "
                                                                 f"({time.perf_counter() - t0:.0f} s)", flush=True))
    right = I.agreement(results, questions)
    rows = []
    for r in results:
        d = r.to_dict()
        d["query_p95_ms"] = _p95(r.query_ms)
        d["cited_right"] = sum(right[r.name].values())
        d["answers_same_as_library"] = (r.answers == results[0].answers) if r.answers and r.name != "library" else None
        rows.append(d)
    result = {
        "what": "the five docqa integrations on the same documents in one run: indexing time per page, warm query "
                "latency, live-update latency, best citation per question",
        "provenance": "our own documents (generated text-layer PDFs, paddlecamp.docqa.integrations.write_documents); "
                      "RAGFlow is the loopback stand-in (paddlecamp.docqa.ragflow_fake), not a RAGFlow server",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": f"{COMMAND} --docs {args.docs} --repeats {args.repeats} --warmup {args.warmup} "
                   f"--updates {args.updates}",
        "hardware": hardware(), "load_avg_before": load_before, "versions": _versions(),
        "documents": len(docs), "pages": I.count_pages(docs), "questions": len(questions),
        "repeats": args.repeats, "warmup": args.warmup, "updates": args.updates,
        "wall_s": round(time.perf_counter() - t0, 1),
        "integrations": rows, "features": I.FEATURES,
        "questions_list": [q.__dict__ for q in questions],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
