"""Semantic closeness of a question and an evidence label, for paraphrased questions.

Words fail when a user paraphrases ("How cold can it get?" for "Operating temperature, Min";
"How much do I owe?" for "freight charge"). The sentence embedder the index already uses
(all-MiniLM-L6-v2, English-centric) scores the question against each candidate's label
(a cell's row and column headers, a pair's key, a sentence). The embedder does not read
Chinese, so Chinese questions and labels are compared through their English word glosses
(``paddlecamp.docqa.gloss``), with a higher floor: glosses share words by chance more often.

Embeddings of labels are cached per process (pages repeat across questions), so a warm
question costs one query embedding plus the labels it has not seen yet. Indexing embeds the
labels of every page ahead (``label_texts``) and the store keeps them beside the chunks, so
even a document's first question only embeds itself (``remember`` loads them back).
"""
from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

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


def remember(texts: Sequence[str], vectors: np.ndarray) -> None:
    """Put embeddings computed elsewhere (the store's label cache) into the process cache.
    ``texts`` are what the embedder read (``label_texts``); a count mismatch is an error."""
    if len(texts) != len(vectors):
        raise ValueError(f"{len(texts)} label texts but {len(vectors)} vectors")
    for t, v in zip(texts, vectors):
        if t not in _CACHE:
            _CACHE[t] = np.asarray(v, dtype=np.float32)
            if len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)


def clear_cache() -> None:
    """Forget the embeddings kept in this process (benchmarks time a cold start with it)."""
    _CACHE.clear()


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Embeddings of ``texts`` as the semantic matcher computes them (cached per process)."""
    return _embed(list(texts))


def label_texts(chunks: Iterable) -> list[str]:
    """What the embedder reads for the evidence units of ``chunks`` (grouped by page, as a
    question's evidence groups them), without the question: indexing embeds these ahead.
    Empty when semantic matching is off; Chinese labels only when they can be glossed."""
    if not enabled():
        return []
    from paddlecamp.docqa.answer import semantic_label, units
    from paddlecamp.docqa import gloss

    glossed = gloss.available()
    by_page: dict[tuple[str, int], list] = {}
    for c in chunks:
        by_page.setdefault((c.source, c.page), []).append(c)
    out: list[str] = []
    for page_chunks in by_page.values():
        for u in units(page_chunks):
            label = semantic_label(u)
            if label.strip() and (glossed or not is_chinese(label)):
                out.append(_english(label))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=8)
def _model_key(name: str) -> str:
    folder = Path(name)
    ident = name.encode()
    if folder.is_dir():  # the same model installed elsewhere has the same key
        ident = b"".join((folder / f).read_bytes() for f in ("config.json", "modules.json") if (folder / f).is_file())
        weights = next((folder / f for f in ("model.safetensors", "pytorch_model.bin") if (folder / f).is_file()), None)
        if weights is not None:
            ident += str(weights.stat().st_size).encode()
    return hashlib.sha1(ident).hexdigest()[:12]


def model_key() -> str:
    """A short key of the embedder the semantic matcher uses (label caches are per model)."""
    from paddlecamp.docqa.api import shared_embedder

    return _model_key(shared_embedder().name)


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
