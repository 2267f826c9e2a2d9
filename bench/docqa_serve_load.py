"""docqa: load test of ``paddlecamp docqa serve`` (Dify External Knowledge API) on loopback.

    .venv/bin/python bench/docqa_serve_load.py [--clients 50] [--seconds 10] [--out FILE]

1. index the evaluation pages (``data/docqa/pages``) into ``build/docqa/serve-bench`` with
   ``paddlecamp docqa index`` (OCR results are shared with the chapters' cache);
2. start ``paddlecamp docqa serve`` on a free loopback port in its own process (the key passed
   through ``$PADDLECAMP_DOCQA_API_KEYS``), wait for ``/health``;
3. one client for a few seconds (the service time of one retrieval, no queueing), then
   ``--clients`` concurrent clients for ``--seconds`` seconds; the bodies cycle through the
   evaluation set's questions (``data/docqa/qa.jsonl``) with ``top_k`` 3 and
   ``score_threshold`` 0.0, as Dify sends them with the threshold disabled;
4. the same load on a server started with ``--max-concurrent 1`` (strictly one retrieval at a
   time), to compare with the default (one per core).

Writes ``data/results/docqa_serve_load_2026-12-01.json`` and ``.md``: requests, errors (must be
0), p50/p95/p99 latency, requests per second, with the date, machine and versions. The
server runs at most one retrieval per core at once, so under load the latency is mostly
queueing: about clients / throughput.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")

KEY = "bench-key"
COMMAND = "python bench/docqa_serve_load.py"


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("fastapi", "uvicorn", "httpx", "pydantic", "pymilvus", "milvus-lite", "sentence-transformers"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def start_server(store: Path, log: list[str], extra: list[str] = ()) -> tuple[subprocess.Popen, str]:
    """``paddlecamp docqa serve`` on a free loopback port; returns the process and its base URL."""
    env = {**os.environ, "PADDLECAMP_DOCQA_API_KEYS": KEY}
    proc = subprocess.Popen([sys.executable, "-m", "paddlecamp.cli", "docqa", "serve", "--store", str(store),
                             "--port", "0", "--log-level", "warning", *extra], env=env, stderr=subprocess.PIPE,
                            text=True)
    found: dict[str, str] = {}
    ready = threading.Event()

    def drain() -> None:  # keep reading: a full stderr pipe would block the server
        for line in proc.stderr:
            log.append(line.rstrip())
            m = re.search(r"Dify API endpoint: (http://\S+)", line)
            if m and not ready.is_set():
                found["url"] = m.group(1)
                ready.set()
        ready.set()

    threading.Thread(target=drain, daemon=True).start()
    if not ready.wait(180) or "url" not in found:
        proc.kill()
        raise RuntimeError("the server did not start:\n" + "\n".join(log[-20:]))
    return proc, found["url"]


def main(argv: list[str] | None = None) -> int:
    import httpx

    from paddlecamp import repo_path
    from paddlecamp.docqa.evaluate import hardware
    from paddlecamp.docqa.sample_pages import chapter_store
    from paddlecamp.docqa.serve_load import run_load

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--out", type=Path, default=repo_path("data", "results", "docqa_serve_load_2026-12-01.json"))
    args = ap.parse_args(argv)

    pages = repo_path("data", "docqa", "pages")
    store = chapter_store("serve-bench")
    print(f"indexing {pages.relative_to(repo_path())} ...", flush=True)
    subprocess.run([sys.executable, "-m", "paddlecamp.cli", "docqa", "index", str(pages), "--store", str(store),
                    "--no-progress"], check=True)
    questions = [json.loads(line)["question"] for line in
                 repo_path("data", "docqa", "qa.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    bodies = [{"knowledge_id": "default", "query": q, "retrieval_setting": {"top_k": 3, "score_threshold": 0.0}}
              for q in questions]

    def measure(extra: list[str]):
        log: list[str] = []
        proc, base = start_server(store, log, extra)
        try:
            health = httpx.get(base + "/health", timeout=60).json()
            url = base + "/retrieval"
            for body in bodies[:5]:  # warm-up: first embedding, first search
                httpx.post(url, json=body, headers={"Authorization": f"Bearer {KEY}"}, timeout=60).raise_for_status()
            single = run_load(url, bodies, api_key=KEY, clients=1, seconds=min(5.0, args.seconds))
            print(f"{' '.join(extra) or 'default'}: 1 client:", single.summary(), flush=True)
            loaded = run_load(url, bodies, api_key=KEY, clients=args.clients, seconds=args.seconds)
            print(f"{' '.join(extra) or 'default'}: {args.clients} clients:", loaded.summary(), flush=True)
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        return health, single, loaded

    health, single, loaded = measure([])
    _, _, one_at_a_time = measure(["--max-concurrent", "1"])

    result = {
        "name": "docqa_serve_load",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "command": COMMAND + (f" --clients {args.clients}" if args.clients != 50 else "")
        + (f" --seconds {args.seconds:g}" if args.seconds != 10 else ""),
        "what": "paddlecamp docqa serve (Dify External Knowledge API, POST /retrieval) in its own process on "
                "loopback, Milvus Lite store; clients post the evaluation questions with top_k 3",
        "data": {"documents": "data/docqa/pages (project-made evaluation pages)", "collections": health["collections"],
                 "questions": len(questions)},
        "max_concurrent": health["max_concurrent"],
        "single_client": single.to_dict(),
        "load": loaded.to_dict(),
        "load_max_concurrent_1": one_at_a_time.to_dict(),
        "errors_zero": loaded.errors == 0 and single.errors == 0 and one_at_a_time.errors == 0,
        "hardware": hardware(),
        "versions": _versions(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    md = args.out.with_suffix(".md")
    hw = result["hardware"]
    md.write_text(
        f"# docqa serve: load test ({result['date']})\n\n"
        f"`{result['command']}` on {hw['cpu']} ({hw['cores']} cores, load average {hw['load_avg_1_5_15']}).\n"
        f"Store: {', '.join(f'{k} ({v} chunks)' for k, v in health['collections'].items())} from "
        f"data/docqa/pages; {len(questions)} questions cycled; top_k 3.\n\n"
        "| server | clients | seconds | requests | errors | p50 ms | p95 ms | p99 ms | req/s |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        + "".join(f"| {name} | {r.clients} | {r.seconds:.1f} | {r.requests} | {r.errors} | {r.p50_ms:.0f} | "
                  f"{r.p95_ms:.0f} | {r.p99_ms:.0f} | {r.req_per_s:.1f} |\n"
                  for name, r in ((f"default ({health['max_concurrent']} at once)", single),
                                  (f"default ({health['max_concurrent']} at once)", loaded),
                                  ("--max-concurrent 1", one_at_a_time)))
        + "\nAt most one retrieval per core runs at once; the rest queue, so under load the latency is "
          "about clients / throughput.\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(repo_path())} and {md.name}")
    return 0 if result["errors_zero"] else 1


if __name__ == "__main__":
    sys.exit(main())
