"""The offline extractive answerer: pick the answer span from the retrieved chunks.

1. Classify the question (number, date, person, place, or general) from its wording,
   Chinese or English.
2. Split the retrieved chunks into candidates: text lines, and table cells addressed by
   their row key and column header.
3. Score candidates by how many of the question's keywords they contain (keywords are
   jieba words minus question words; a keyword counts when it occurs as a substring, which
   tolerates different word splits between question and page).
4. From the best candidate, extract a span of the wanted type (regex for numbers and dates,
   jieba's part-of-speech tags or capitalised words for names and places); a general
   question gets the whole line.
5. ``answerable`` is false when the best candidate covers too few keywords (retrieval found
   nothing that talks about the question) or a typed question finds no span of its type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from paddlecamp.docqa.records import Chunk

_ZH_Q_WORDS = {"多少", "几", "什么", "哪", "哪个", "哪些", "哪里", "哪儿", "哪天", "哪年", "谁", "何时", "怎么",
               "如何", "是否", "吗", "呢", "的", "是", "了", "在", "和", "与", "及", "请问", "为", "有", "时候",
               "一", "个", "哪一年", "哪一天", "什么时候", "多少钱", "共", "？", "?", "，", "。", "、", "：", ":",
               "被", "由", "将", "把", "给", "对", "中", "上", "下", "年", "月", "日", "位"}
_EN_STOP = {"what", "which", "who", "whom", "whose", "when", "where", "how", "many", "much", "is", "are", "was",
            "were", "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "did", "does", "do", "and", "or",
            "with", "from", "that", "this", "it", "its", "be", "been", "there", "their", "as", "per", "any", "total",
            "name", "date", "day", "year", "amount", "number", "value"}

_NUM = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_RE = re.compile(rf"(?:[¥$€£]\s?)?{_NUM}\s?(?:%|‰|万元|亿元|万|亿|元|美元|dollars?|USD|RMB|CNY|kg|km|m²|㎡|"
                       rf"家|个|人|台|件|次|天|小时|hours?|days?|units?|pcs|percent)?", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|" \
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE_RE = re.compile(
    rf"\d{{4}}\s?年\s?\d{{1,2}}\s?月(?:\s?\d{{1,2}}\s?[日号])?|\d{{1,2}}\s?月\s?\d{{1,2}}\s?[日号]|\d{{4}}\s?年|"
    rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{4}}|(?:Q[1-4]|第[一二三四]季度)\s?\d{{0,4}}",
    re.I)


def question_type(question: str) -> str:
    """``number``, ``date``, ``person``, ``place`` or ``general``."""
    q = question.lower()
    if re.search(r"什么时候|何时|哪一?天|哪一?年|几月|日期|时间是|when\b|what date|which date|what year|which year|"
                 r"what day|what time|scheduled for", q):
        return "date"
    if re.search(r"谁|姓名|负责人|who\b|whom|whose|which person|what is the name|name of the", q):
        return "person"
    if re.search(r"哪里|哪儿|在哪|哪个城市|哪座城市|什么地方|地点|where\b|which city|what city|location", q):
        return "place"
    if re.search(r"多少|几[个家人台件次天位项]|数量|金额|价格|比例|百分之|增长率|率是|how many|how much|what percentage|"
                 r"what is the (?:total|amount|price|cost|number|rate|percentage|growth)|how long|how far|"
                 r"\bcost\b|\bprice\b|\btotal\b", q):
        return "number"
    return "general"


def _is_cjk(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def keywords(question: str) -> list[str]:
    """Content words of the question (jieba for Chinese, words for English)."""
    import jieba

    jieba.setLogLevel(60)
    out: list[str] = []
    for tok in jieba.lcut(question):
        t = tok.strip().lower()
        if not t or t in _ZH_Q_WORDS or t in _EN_STOP or re.fullmatch(r"\W+", t):
            continue
        if _is_cjk(t) and len(t) == 1:
            continue  # single characters match everywhere in Chinese text
        out.append(t)
    return list(dict.fromkeys(out))


def coverage(words: list[str], text: str) -> float:
    """Share of keywords found in ``text`` (substring match, case-insensitive; long words weigh more)."""
    if not words:
        return 0.0
    low = text.lower()
    weights = [min(len(w), 4) for w in words]
    hit = sum(wt for w, wt in zip(words, weights) if w in low)
    return hit / sum(weights)


@dataclass
class Candidate:
    text: str  # what is searched for the span
    context: str  # what is scored against the question
    chunk: Chunk
    bbox: list[float]
    rank: int
    cell: str | None = None  # for table cells: the cell text itself


@dataclass
class Extracted:
    answer: str
    answerable: bool
    evidence: Candidate | None
    score: float
    qtype: str
    used: list[int] = field(default_factory=list)  # indices of hits that support the answer


def _table_rows(chunk: Chunk) -> list[list[str]]:
    rows = []
    for line in chunk.text.splitlines():
        line = line.strip()
        if not line.startswith("|") or re.fullmatch(r"\|(?:\s*-+\s*\|)+", line):
            continue
        rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line.strip("|"))])
    return rows


def candidates(hits: list[Chunk]) -> list[Candidate]:
    out: list[Candidate] = []
    for rank, chunk in enumerate(hits):
        if chunk.kind == "table":
            rows = _table_rows(chunk)
            if not rows:
                continue
            header = rows[0]
            boxes = chunk.line_bboxes or [chunk.bbox] * len(rows)
            # The table's header-row text (a title often sits in the first column) is context too.
            for r, row in enumerate(rows[1:], start=1):
                box = boxes[r] if r < len(boxes) else chunk.bbox
                for c, cell in enumerate(row):
                    if not cell or c == 0:
                        continue
                    col = header[c] if c < len(header) else ""
                    context = f"{row[0]} {col} {' '.join(row)}"
                    out.append(Candidate(text=cell, context=context, chunk=chunk, bbox=box, rank=rank, cell=cell))
        else:
            lines = chunk.text.splitlines()
            boxes = chunk.line_bboxes if len(chunk.line_bboxes) == len(lines) else [chunk.bbox] * len(lines)
            for i, line in enumerate(lines):
                # A line is scored with its neighbours: sentences often wrap across lines.
                context = " ".join(lines[max(0, i - 1):i + 2])
                out.append(Candidate(text=line, context=f"{line} {line} {context}", chunk=chunk, bbox=boxes[i],
                                     rank=rank))
    return out


def _span(qtype: str, text: str, question: str) -> str | None:
    if qtype == "date":
        m = DATE_RE.findall(text)
        return m[0].strip() if m else None
    if qtype == "number":
        dates = " ".join(DATE_RE.findall(text))
        qnums = set(re.findall(r"\d+(?:\.\d+)?", question))
        for m in NUMBER_RE.finditer(text):
            s = m.group(0).strip()
            digits = re.findall(r"\d+(?:\.\d+)?", s)
            # Skip numbers that are part of a date or that the question itself mentions.
            if not digits or (dates and digits[0] in dates and not s.endswith("%")) or s in qnums:
                continue
            return s
        return None
    if qtype in ("person", "place"):
        import jieba.posseg as pseg

        want = "nr" if qtype == "person" else "ns"
        if _is_cjk(text):
            words = [w for w, flag in pseg.lcut(text) if flag.startswith(want) and w not in question]
            if words:
                return words[0]
        caps = re.findall(r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)|(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b", text)
        caps = [c for c in caps if c.lower() not in question.lower() and c.lower() not in _EN_STOP]
        if caps:
            return max(caps, key=len)
        if _is_cjk(text):
            m = re.search(r"由(.{2,4}?)(?:于|负责|编制|签)", text) if qtype == "person" else None
            if m:
                return m.group(1).lstrip("财务部人事部技术部")
        return None
    return text.strip()


def extract(question: str, hits: list[Chunk], *, min_coverage: float = 0.5) -> Extracted:
    """Best answer span among the hits, or ``answerable=False``."""
    qtype = question_type(question)
    words = keywords(question)
    cands = candidates(hits)
    if not cands:
        return Extracted("", False, None, 0.0, qtype)
    scored = []
    for cand in cands:
        cov = coverage(words, cand.context)
        # Prefer higher-ranked chunks a little, and candidates that hold a span of the wanted type.
        span = _span(qtype, cand.text, question)
        bonus = 0.15 if (span is not None and qtype != "general") else 0.0
        scored.append((cov + bonus - 0.02 * cand.rank, cov, span, cand))
    scored.sort(key=lambda t: t[0], reverse=True)
    best_total, best_cov, span, cand = scored[0]
    answerable = best_cov >= min_coverage and span is not None
    answer = span if span is not None else cand.text
    return Extracted(answer if answerable else "", answerable, cand, best_cov, qtype, [cand.rank])
