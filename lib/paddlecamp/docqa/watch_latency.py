"""How long a live index takes to catch up: from a file landing in (or leaving) the watched
folder until retrieval returns (or stops returning) its chunks.

The clock starts just before the file is copied in (or deleted) and stops when
``paddlecamp.docqa.api.retrieve`` first sees the change; retrieval is polled every 50 ms in
the process that runs the watcher. The span covers everything a user waits for: Pathway
noticing the file, the quiet ``interval``, reading (text layer or OCR), chunking, embedding
and writing. Every run uses a document with new content, so nothing comes from the OCR cache
or from a moved file's chunks.

Two documents (``DOCUMENTS``): a one-page PDF with a text layer (no OCR: the pipeline's own
cost) and the same page followed by a scanned image page (one page of OCR).

    python -m paddlecamp.docqa.watch_latency --runs 5 --warmup 1 --out data/results/docqa_watch_2026-12-01.json
"""
from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from paddlecamp.docqa.sample_pages import PageSpec

#: What each measured document is.
DOCUMENTS = {
    "text": "1-page PDF with a text layer (an English memo with a 3-row table): read from the layer, no OCR",
    "text+scan": "2-page PDF: the text-layer memo page, then a scanned image page (a Chinese report with a "
                 "table, 1240x1754 px): one page of OCR",
}
POLL_S = 0.05
#: Pause between a document becoming retrievable and its deletion (the watcher goes idle).
IDLE_S = 2.0


def _memo(run: str) -> PageSpec:
    return PageSpec(title=f"Inspection Memo {run}",
                    lines=[f"Inspection {run} of the Riverside pump station found two worn valves.",
                           f"Reference number {run} was assigned by inspector Laura Chen.",
                           "Replacement parts cost 1,275 dollars in total."],
                    table=[["Part", "Quantity", "Cost"], ["Valve", "2", "900"], ["Seal", "1", "375"]])


def _report(run: str) -> PageSpec:
    return PageSpec(title=f"第三季度经营报告 {run}",
                    lines=[f"本季度公司实现营业收入 4,820 万元，编号 {run}。", "报告由财务部张伟编制。"],
                    table=[["区域", "收入（万元）"], ["华东", "2,150"], ["华南", "1,430"]])


def make_document(kind: str, run: str, folder: Path) -> Path:
    """Write a fresh document of ``kind`` (see ``DOCUMENTS``) whose content names ``run``."""
    from paddlecamp.docqa.born_digital_pdf import write_text_pdf
    from paddlecamp.docqa.sample_pages import render_page

    if kind not in DOCUMENTS:
        raise ValueError(f"unknown document kind {kind!r}; use one of {sorted(DOCUMENTS)}")
    scans = [render_page(_report(run))] if kind == "text+scan" else []
    return write_text_pdf(folder / f"{kind.replace('+', '_')}_{run}.pdf", _memo(run), image_pages=scans)


def _sources(store: Path, question: str) -> set[str]:
    from paddlecamp.docqa import api

    hits, _ = api.retrieve(question, store=store, top_k=5)
    return {h.chunk.source for h in hits}


def _until(condition, timeout: float) -> float:
    """Seconds until ``condition()`` holds (polled); raises TimeoutError after ``timeout``."""
    t0 = time.perf_counter()
    while not condition():
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError(f"not seen within {timeout:g} s")
        time.sleep(POLL_S)
    return time.perf_counter() - t0


def measure_once(watcher, kind: str, run: str, staging: Path, *, timeout: float = 300) -> dict[str, Any]:
    """Copy a fresh ``kind`` document into the watched folder, time until retrievable, delete it,
    time until gone. Returns seconds per step (see ``measure``'s ``definitions``) and the file name."""
    src = make_document(kind, run, staging)
    name = src.name
    question = f"Who assigned reference number {run}?"
    mark, wall0 = len(watcher.events), time.time()
    shutil.copy(src, watcher.folder / name)
    add_s = _until(lambda: name in _sources(watcher.store, question), timeout)
    added = watcher.wait_for(("added", "moved"), name, since=mark, timeout=timeout)
    add_event_s, wall_add = added.at - wall0, wall0
    # Let the watcher go idle first: Pathway may have seen the file while it was being copied
    # and report the finished file as a modification one scan later (a no-op re-index, by hash).
    time.sleep(IDLE_S)

    mark, wall0 = len(watcher.events), time.time()
    (watcher.folder / name).unlink()
    delete_s = _until(lambda: name not in _sources(watcher.store, question), timeout)
    removed = watcher.wait_for("removed", name, since=mark, timeout=timeout)
    delete_event_s = removed.at - wall0
    src.unlink()
    return {"document": kind, "file": name, "add_s": round(add_s, 3), "delete_s": round(delete_s, 3),
            "add_event_s": round(add_event_s, 3), "delete_event_s": round(delete_event_s, 3),
            "add_noticed_s": None if added.noticed is None else round(added.noticed - wall_add, 3),
            "delete_noticed_s": None if removed.noticed is None else round(removed.noticed - wall0, 3),
            "index_event": added.kind}


def measure(runs: int = 5, kinds: tuple[str, ...] = ("text", "text+scan"), *, interval: float = 0.5,
            warmup: int = 1, workdir: str | Path | None = None, progress: bool = True) -> dict[str, Any]:
    """Start a watcher on an empty folder and time ``runs`` add/delete cycles per document kind.

    ``warmup`` untimed cycles per kind go first: the first document loads the OCR, layout and
    tokenizer models (seconds, once per process), which is start-up cost, not update latency.

    Returns the result record (runs, medians per kind, hardware, versions, the settings).
    """
    from importlib.metadata import version

    from tqdm.auto import tqdm

    from paddlecamp.docqa.evaluate import hardware
    from paddlecamp.docqa.watch import Watcher

    base = Path(tempfile.mkdtemp(prefix="watch-latency-", dir=workdir))
    folder, staging, store = base / "watched", base / "staging", base / "store"
    folder.mkdir()
    staging.mkdir()
    rows: list[dict[str, Any]] = []
    warm: list[dict[str, Any]] = []
    t_start = time.perf_counter()
    with Watcher(folder, store, interval=interval) as w:
        startup_s = time.perf_counter() - t_start
        with tqdm(total=(warmup + runs) * len(kinds), desc="add/delete cycles", disable=not progress) as bar:
            for i in range(warmup + runs):
                for kind in kinds:
                    row = measure_once(w, kind, f"R{i:02d}{kind[:1].upper()}{int(time.time()) % 10000}", staging)
                    if i >= warmup:
                        rows.append(row)
                    else:
                        warm.append(row)
                    bar.update(1)
        errors = [e.line() for e in w.events if e.kind == "error"]
    shutil.rmtree(base, ignore_errors=True)
    medians = {kind: {key: round(statistics.median(r[key] for r in rows if r["document"] == kind), 3)
                      for key in ("add_s", "delete_s", "add_event_s", "delete_event_s", "add_noticed_s",
                                  "delete_noticed_s")}
               for kind in kinds}
    return {"created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "command": f"python -m paddlecamp.docqa.watch_latency --runs {runs} --interval {interval} --warmup {warmup}",
            "hardware": hardware(),
            "versions": {p: version(p) for p in ("pathway", "pymilvus", "milvus-lite", "onnxruntime", "sentence-transformers")},
            "setup": {"interval_s": interval, "poll_s": POLL_S, "idle_before_delete_s": IDLE_S, "store": "Milvus Lite, held by the watcher's process",
                      "retrieval": "api.retrieve (hybrid) polled in the watcher's process",
                      "watcher_startup_s": round(startup_s, 2), "warmup_cycles_per_document": warmup},
            "documents": {k: DOCUMENTS[k] for k in kinds},
            "definitions": {"add_s": "file copied in -> api.retrieve returns one of its chunks",
                            "delete_s": "file deleted -> api.retrieve returns none of its chunks",
                            "add_event_s": "file copied in -> the watcher reports it indexed",
                            "delete_event_s": "file deleted -> the watcher reports it removed",
                            "add_noticed_s": "file copied in -> Pathway reports the change (the rest of add_s is "
                                             "the quiet interval, reading, chunking, embedding, writing)",
                            "delete_noticed_s": "file deleted -> Pathway reports the change"},
            "median": medians, "runs": rows, "warmup_runs": warm, "errors": errors}


def plot_latency(result: dict[str, Any], ax=None):
    """Each run's add and delete latency per document kind (dots), medians as bars."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.6))
    kinds = list(result["median"])
    width = 0.38
    for j, (key, label, color) in enumerate((("add_s", "added → retrievable", "tab:blue"),
                                             ("delete_s", "deleted → gone", "tab:orange"))):
        xs = [i + (j - 0.5) * width for i in range(len(kinds))]
        ax.bar(xs, [result["median"][k][key] for k in kinds], width, color=color, alpha=0.45, label=f"{label} (median)")
        for x, kind in zip(xs, kinds):
            vals = [r[key] for r in result["runs"] if r["document"] == kind]
            ax.scatter([x] * len(vals), vals, color=color, s=14, zorder=3)
    ax.set_xticks(range(len(kinds)), [f"{k}\n({'no OCR' if k == 'text' else '1 page OCR'})" for k in kinds])
    ax.set_ylabel("seconds")
    ax.set_title(f"Live index update latency (interval {result['setup']['interval_s']} s, "
                 f"{result['hardware'].get('cores', '?')} CPU cores)")
    ax.legend(fontsize=8)
    return ax


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--warmup", type=int, default=1, help="untimed cycles per document first (model loading)")
    parser.add_argument("--out", type=Path, help="write the result JSON here")
    args = parser.parse_args(argv)
    from paddlecamp.docqa.cli import _quiet

    _quiet()
    result = measure(args.runs, interval=args.interval, warmup=args.warmup)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(json.dumps(result["median"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
