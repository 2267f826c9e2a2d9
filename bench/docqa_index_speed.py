"""docqa: indexing time per page, by stage, against the goal of 3 s per page on 2 cores.

    .venv/bin/python bench/docqa_index_speed.py [--data data/docqa] [--repeat 3] [--out FILE]

For each page image of the set (PDF pages rendered as the pipeline renders them):

1. the bare OCR engine (``engine.recognize``), the peer;
2. ``ocr_image``: OCR + reading order + sideways check + layout and table models;
3. the structure models alone (``analyze_page`` on the OCR lines);

then one ``index`` run of the whole set into a fresh store (decode, OCR, structure, chunking,
embedding, Milvus writes, label embeddings) divided by the number of pages, and the share of
it that embedding the answerer's labels takes (``api.cache_labels``, timed again from a cold
cache). Medians over ``--repeat`` runs; the
machine's load average is recorded with the figures (a shared machine is noisy).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    from tqdm.auto import tqdm

    from paddlecamp import repo_path
    from paddlecamp.docqa import api, semantic
    from paddlecamp.docqa.evaluate import hardware
    from paddlecamp.docqa.ingest import expand_paths, load_pages
    from paddlecamp.docqa.ocr.engine import get_engine
    from paddlecamp.docqa.ocr.layout import order_lines
    from paddlecamp.docqa.ocr.page import ocr_image
    from paddlecamp.docqa.structure import analyze_page

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=repo_path("data", "docqa"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=repo_path("data", "results", "docqa-index-speed-cpu.json"))
    args = ap.parse_args(argv)

    files, _ = expand_paths([args.data / "pages"])
    pages = [p for f in files for p in load_pages(f)]
    engine = get_engine("default")
    engine.recognize(pages[0].image)  # load the sessions once
    rows = []
    for p in tqdm(pages, desc="pages", unit="page"):
        lines, rows_ = order_lines(engine.recognize(p.image))
        rows.append({"page": f"{p.source}#{p.page}", "pixels": int(p.image.shape[0] * p.image.shape[1]),
                     "engine_s": _median(lambda: engine.recognize(p.image), args.repeat),
                     "ocr_image_s": _median(lambda: ocr_image(p.image, source=p.source, page=p.page), args.repeat),
                     "structure_s": _median(lambda: analyze_page(p.image, lines, rows_), args.repeat)})
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        report = api.index([args.data / "pages"], store=Path(tmp) / "store", progress=False)
        index_s = time.perf_counter() - t
        st = api.open_store(Path(tmp) / "store")
        docs = [st.document_chunks("default", source) for source in st.sources("default")]
        shutil.rmtree(st.path / "labels", ignore_errors=True)
        semantic.clear_cache()
        t = time.perf_counter()
        n_labels = sum(api.cache_labels(st, d[0].doc_hash, d) for d in docs if d)
        labels_s = time.perf_counter() - t
        st.close()
    med = {k: statistics.median(r[k] for r in rows) for k in ("engine_s", "ocr_image_s", "structure_s")}
    out = {"created": datetime.now(timezone.utc).isoformat(timespec="seconds"), "hardware": hardware(),
           "pages": len(pages), "median_per_page_s": med,
           "index_whole_set_s": round(index_s, 2), "index_per_page_s": round(index_s / len(pages), 2),
           "labels": n_labels, "labels_per_page_s": round(labels_s / len(pages), 2),
           "index_errors": report.errors, "goal_index_per_page_s": 3.0, "per_page": rows}
    out["hardware"]["load_avg_at_end"] = hardware()["load_avg_1_5_15"]
    print(f"{len(pages)} pages: engine {med['engine_s']:.2f} s, ocr_image {med['ocr_image_s']:.2f} s "
          f"(x{med['ocr_image_s'] / med['engine_s']:.2f} of the engine), structure {med['structure_s']:.2f} s; "
          f"index {out['index_per_page_s']:.2f} s/page (goal 3.0; load {out['hardware']['load_avg_1_5_15']}), "
          f"of which label embeddings {out['labels_per_page_s']:.2f} s/page ({n_labels} labels)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
