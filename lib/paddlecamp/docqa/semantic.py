"""Semantic closeness of a question and an evidence label, for paraphrased questions.

Words fail when a user paraphrases ("How cold can it get?" for "Operating temperature, Min";
"How much do I owe?" for "freight charge"). The sentence embedder the index already uses
(all-MiniLM-L6-v2, English-centric) scores the question against each candidate's label
(a cell's row and column headers, a pair's key, a sentence). The embedder does not read
Chinese, so Chinese questions and labels are compared through their English word glosses
(``paddlecamp.docqa.gloss``), with a higher floor: glosses share words by chance more often.

Embeddings of labels are cached per process (pages repeat across questions), so a warm
question costs one query embedding plus the labels it has not seen yet.
"""
from __future__ import annotations

import os
from collections import OrderedDict

import numpy as np

from paddlecamp.docqa.llm.prompt import is_chinese

#: Cosine similarities at or below FLOOR say nothing; at or above FLOOR + SPAN they are a full match.
FLOOR, SPAN = 0.30, 0.40
#: Word-by-word glosses share more words by chance than real English does: a higher floor
#: (measured on the dev paraphrases: 0.30 and 0.40 answered more unanswerable questions).
GLOSS_FLOOR = 0.45
_CACHE: "OrderedDict[str, np.ndarray]" = OrderedDict()
_CACHE_SIZE = 20000


def enabled() -> bool:
    """``PADDLECAMP_SEMANTIC=0`` turns semantic matching off (lexical matching only)."""
    return os.environ.get("PADDLECAMP_SEMANTIC", "1").strip().lower() not in ("0", "off", "false", "no")


def applicable(question: str) -> bool:
    """Semantic scores when enabled: English questions, and Chinese ones when the dictionary
    that glosses them into English is installed (``paddlecamp.docqa.gloss``)."""
    if not enabled():
        return False
    from paddlecamp.docqa import gloss

    return not is_chinese(question) or gloss.available()


def _english(text: str) -> str:
    """The text the embedder reads: English as it is, Chinese through its word glosses."""
    if not is_chinese(text):
        return text
    from paddlecamp.docqa import gloss

    return gloss.gloss(text)


def _embed(texts: list[str]) -> np.ndarray:
    from paddlecamp.docqa.api import shared_embedder

    todo = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if todo:
        vecs = shared_embedder().embed(todo)
        for t, v in zip(todo, vecs):
            _CACHE[t] = v
            if len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
    return np.stack([_CACHE[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)


def similarities(question: str, labels: list[str]) -> list[float]:
    """Match strength in [0, 1] of ``question`` against each label (0 for empty labels);
    Chinese on either side is compared through its English glosses."""
    keep = [i for i, l in enumerate(labels) if l.strip()]
    out = [0.0] * len(labels)
    if not keep:
        return out
    vecs = _embed([_english(question)] + [_english(labels[i]) for i in keep])
    cos = vecs[1:] @ vecs[0]
    zh_q = is_chinese(question)
    for i, c in zip(keep, cos):
        floor = GLOSS_FLOOR if zh_q or is_chinese(labels[i]) else FLOOR
        out[i] = float(np.clip((c - floor) / SPAN, 0.0, 1.0))
    return out
