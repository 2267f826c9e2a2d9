"""Compare retrieval modes on QA pairs: dense only, BM25 only (jieba or another analyzer), hybrid.

A question counts as retrieved at ``k`` when one of the top-``k`` chunks comes from the
page that holds its answer (``source`` and ``page`` of the QA pair).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable


def load_qa(path: str | Path) -> list[dict]:
    """QA pairs from a JSON-lines file (``question``, ``source``, ``page``, ``answerable``, ``lang``)."""
    import json

    return [json.loads(l) for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]


def recall_at_k(qa: Iterable[dict], *, store: str | Path, collection: str = "default", mode: str = "hybrid",
                k: int = 3) -> float:
    """Share of answerable questions whose answer page is among the top ``k`` chunks."""
    from paddlecamp.docqa.api import retrieve

    hits_total = n = 0
    for item in qa:
        if not item.get("answerable", True):
            continue
        hits, _ = retrieve(item["question"], store=store, collection=collection, mode=mode, top_k=k)
        n += 1
        hits_total += any(h.chunk.source == item["source"] and h.chunk.page == item["page"] for h in hits)
    return hits_total / n if n else float("nan")


def recall_table(qa: list[dict], *, store: str | Path, setups: dict[str, tuple[str, str]], k: int = 3,
                 langs: tuple[str, ...] = ("zh", "en")) -> dict[str, dict[str, float]]:
    """``{setup: {lang: recall@k}}`` where each setup is ``(collection, mode)``."""
    return {name: {lang: recall_at_k([q for q in qa if q.get("lang") == lang], store=store, collection=coll,
                                     mode=mode, k=k) for lang in langs}
            for name, (coll, mode) in setups.items()}
