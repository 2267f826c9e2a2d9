"""One answer path: retrieved chunks to an ``Answer``, for ``ask``, the CLI and Haystack.

Everything that answers a question goes through ``answer_question``; the entry points only
differ in how they retrieve (our Milvus ``Store`` or Haystack's retriever) and how they
fetch a page's other chunks. So the same retrieved chunks give the same answer, the same
refusal sentence and the same citations everywhere.

* ``with_page_siblings`` adds the other chunks of the best pages (the answer often sits in a
  sibling of the chunk that matched the question's subject).
* The extractive answerer (``paddlecamp.docqa.answer.extract``) cites the cell, pair or
  paragraph box it took the answer from.
* The ERNIE answerer gets the structured chunks (tables as Markdown, label: value lines,
  section headings) as numbered contexts. Its answer stands only when it cites contexts that
  exist and one of them contains the answer; otherwise it falls back to the extractive
  answer (``fallback="extractive"``) or declines.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Callable, Protocol, Sequence

from paddlecamp.docqa.records import Answer, Chunk, Citation

REFUSAL = {"zh": "根据已索引的文档无法回答这个问题。", "en": "The indexed documents do not answer this question."}


class ScoredChunk(Protocol):
    chunk: Chunk
    score: float


class _Scored:
    def __init__(self, chunk: Chunk, score: float = 0.0) -> None:
        self.chunk = chunk
        self.score = score


def lang(text: str) -> str:
    """``zh`` when the text holds a CJK ideograph, else ``en``."""
    from paddlecamp.docqa.llm.prompt import is_chinese

    return "zh" if is_chinese(text) else "en"


#: How many chunks retrieval returns for answering (the reranker then orders them).
RETRIEVE_K = 10


def rerank(question: str, hits: Sequence[ScoredChunk]) -> list[ScoredChunk]:
    """The hits reordered by retrieval rank and the answerer's own fuzzy, bilingual match.

    BM25 and the English-centric embedder miss paraphrases the answerer's matching catches
    (synonyms, Chinese character bigrams, dates in any writing); the best pages, whose other
    chunks are then added, should be chosen with both.
    """
    from paddlecamp.docqa.answer import analyze, coverage

    q = analyze(question)
    scored = [(1.0 / (2 + i) + coverage(q, f"{h.chunk.section} {h.chunk.text}"), i, h) for i, h in enumerate(hits)]
    return [h for _, _, h in sorted(scored, key=lambda t: (-t[0], t[1]))]


def with_page_siblings(hits: Sequence[ScoredChunk], page_chunks: Callable[[str, int], list[Chunk]],
                       pages: int = 2) -> list[ScoredChunk]:
    """The hits, then the other chunks of the top ``pages`` pages (after them, score 0)."""
    seen = {(h.chunk.source, h.chunk.page, h.chunk.chunk_no) for h in hits}
    top_pages = list(dict.fromkeys((h.chunk.source, h.chunk.page) for h in hits))[:pages]
    extra: list[ScoredChunk] = []
    for source, page in top_pages:
        for c in page_chunks(source, page):
            if (c.source, c.page, c.chunk_no) not in seen:
                seen.add((c.source, c.page, c.chunk_no))
                extra.append(_Scored(c, 0.0))
    return list(hits) + extra


#: Most documents whose first page is read to find the one a question points at by its kind.
KIND_SCAN = 200


def documents_of_kind(question: str, hits: Sequence[ScoredChunk], page_chunks: Callable[[str, int], list[Chunk]],
                      sources: Callable[[], list[str]]) -> list[ScoredChunk]:
    """First-page chunks of the documents the question points at by their kind ("the letter",
    "这份通知"; ``answer.document_kinds``) when no retrieved document is of that kind: the
    words of "Which company sent this letter?" may match another document better than a
    letter that never says "letter". Empty when the question names no kind, a hit's document
    is of it, or the collection holds more than ``KIND_SCAN`` documents."""
    from paddlecamp.docqa.answer import document_kinds, is_of_kind

    kinds = document_kinds(question)
    if not kinds:
        return []
    hit_docs = list(dict.fromkeys(h.chunk.source for h in hits))
    if any(is_of_kind(kinds, page_chunks(src, 1)) for src in hit_docs):
        return []
    names = sources()
    if len(names) > KIND_SCAN:
        return []
    found: list[ScoredChunk] = []
    for src in names:
        if src not in hit_docs:
            first = page_chunks(src, 1)
            if is_of_kind(kinds, first):
                found.extend(_Scored(c, 0.0) for c in first)
    return found


def evidence(question: str, hits: Sequence[ScoredChunk], page_chunks: Callable[[str, int], list[Chunk]],
             sources: Callable[[], list[str]] | None = None) -> list[ScoredChunk]:
    """What the answerer reads: the retrieved hits reranked, then the other chunks of the best
    pages (``ask`` and the Haystack components both gather evidence this way); with
    ``sources`` (the collection's documents), the first pages of the documents the question
    points at by their kind when no hit is of it (``documents_of_kind``)."""
    ranked = rerank(question, hits)
    pages: dict[tuple[str, int], list[Chunk]] = {}  # each page read once (siblings, then kinds)

    def read(source: str, page: int) -> list[Chunk]:
        if (source, page) not in pages:
            pages[source, page] = page_chunks(source, page)
        return pages[source, page]

    out = with_page_siblings(ranked, read)
    if sources is not None:
        seen = {(h.chunk.source, h.chunk.page, h.chunk.chunk_no) for h in out}
        out += [h for h in documents_of_kind(question, ranked, read, sources)
                if (h.chunk.source, h.chunk.page, h.chunk.chunk_no) not in seen]
    return out


def _citation(chunk: Chunk, bbox: list[float], text: str, score: float) -> Citation:
    return Citation(source=chunk.source, page=int(chunk.page), bbox=list(bbox or chunk.bbox), text=text,
                    score=float(score or 0.0), chunk_id=chunk.chunk_id)


def refusal(question: str, reason: str = "", answerer: str = "extractive") -> Answer:
    """The declined answer, in the question's language."""
    return Answer(REFUSAL[lang(question)], False, [], reason, answerer)


def extractive_answer(question: str, hits: Sequence[ScoredChunk], *, top_k: int = 3) -> Answer:
    """The offline answer: a span and the box it came from, then the other top chunks."""
    from paddlecamp.docqa.answer import extract

    ex = extract(question, [h.chunk for h in hits])
    if not ex.answerable or ex.evidence is None:
        return refusal(question, ex.reason)
    ev = ex.evidence
    citations = [_citation(ev.chunk, ev.bbox, ev.value, hits[ev.rank].score)]
    for h in hits[:top_k]:
        if h.chunk is not ev.chunk and len(citations) < top_k:
            citations.append(_citation(h.chunk, h.chunk.bbox, h.chunk.text, h.score))
    return Answer(ex.answer, True, citations)


def _squash(text: str) -> str:
    return re.sub(r"[\s,，。.;；:：、'\"“”()（）]+", "", unicodedata.normalize("NFKC", text).lower())


def supported(answer: str, text: str) -> bool:
    """True when ``text`` contains ``answer``: literally (spacing and punctuation aside), as the
    same date/amount/number, or (for a sentence) most of its words."""
    from paddlecamp.docqa import recognizers

    a, t = _squash(answer), _squash(text)
    if not a:
        return False
    # Literal, at word boundaries ("7" is not in "INV-7"; "4" is in "| 4 |").
    la = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", answer).lower()).strip(" .。,，;；")
    lt = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).lower())
    if la and re.search(r"(?<![0-9a-z\-])" + re.escape(la) + r"(?![0-9a-z])", lt):
        return True
    if len(a) >= 4 and a in t:
        return True
    spans = recognizers.find_spans(answer)
    if spans:
        others = recognizers.find_spans(text)
        return all(any(recognizers.same_value(s.text, o.text) for o in others) for s in spans)
    words = [w for w in re.findall(r"\w+", answer.lower()) if len(w) > 1]
    return bool(words) and sum(w in text.lower() for w in words) / len(words) >= 0.7


def ernie_answer(question: str, hits: Sequence[ScoredChunk], *, top_k: int = 3, answerer: Any = None) -> Answer:
    """ERNIE over the top chunks; its answer must cite an existing chunk that contains it.

    Raises ``LLMError`` when the service fails (the caller decides about fallback); returns
    a declined ``Answer`` with the reason when the reply cites nothing that supports it.
    """
    from paddlecamp.docqa.llm import ErnieAnswerer

    top = list(hits[:top_k])
    llm = answerer or ErnieAnswerer.from_env(model=None)
    reply = llm.answer(question, [h.chunk for h in top])
    if not reply.answerable:
        return refusal(question, "ERNIE found no answer in the contexts", "ernie")
    cited = [i for i in reply.cited if 0 <= i < len(top)]
    good = [i for i in cited if supported(reply.answer, top[i].chunk.text)]
    if not good:
        why = "ERNIE cited no context" if not cited else "no cited context contains ERNIE's answer"
        return Answer(reply.answer, False, [], why, "ernie")
    citations = [_citation(top[i].chunk, top[i].chunk.bbox, top[i].chunk.text, top[i].score) for i in good]
    return Answer(reply.answer, True, citations, "", "ernie")


def answer_question(question: str, hits: Sequence[ScoredChunk], *, llm: str = "extractive", top_k: int = 3,
                    fallback: str | None = None, answerer: Any = None) -> Answer:
    """The answer to ``question`` from retrieved ``hits`` (best first; page siblings included).

    ``llm``: ``extractive`` (offline) or ``ernie``. With ``fallback="extractive"``, an ERNIE
    service error or an unsupported ERNIE answer gives the extractive answer instead, and
    ``Answer.timings["fallback"]`` says why.
    """
    if llm not in ("extractive", "ernie"):
        raise ValueError(f"unknown answerer {llm!r}; use 'extractive' or 'ernie'")
    if llm == "extractive":
        return extractive_answer(question, hits, top_k=top_k)
    from paddlecamp.docqa.llm import LLMError

    try:
        ans = ernie_answer(question, hits, top_k=top_k, answerer=answerer)
    except LLMError as exc:
        if fallback != "extractive":
            raise
        out = extractive_answer(question, hits, top_k=top_k)
        out.timings["fallback"] = f"extractive ({exc})"
        return out
    if ans.answerable or fallback != "extractive" or ans.reason == "ERNIE found no answer in the contexts":
        if not ans.answerable:
            ans.answer = REFUSAL[lang(question)]
        return ans
    out = extractive_answer(question, hits, top_k=top_k)
    out.timings["fallback"] = f"extractive ({ans.reason})"
    return out


def scored(chunks: Sequence[Chunk], scores: Sequence[float] | None = None) -> list[ScoredChunk]:
    """Wrap plain chunks (with optional scores) for ``answer_question``."""
    scores = list(scores) if scores is not None else [0.0] * len(chunks)
    return [_Scored(c, s) for c, s in zip(chunks, scores)]
