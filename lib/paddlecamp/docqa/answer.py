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

_ZH_Q_WORDS = {"多少", "多久", "多长", "几", "什么", "哪", "哪个", "哪些", "哪里", "哪儿", "哪天", "哪年", "谁", "何时", "怎么",
               "如何", "是否", "吗", "呢", "的", "是", "了", "在", "和", "与", "及", "请问", "为", "有", "时候",
               "一", "个", "哪一年", "哪一天", "什么时候", "多少钱", "共", "？", "?", "，", "。", "、", "：", ":",
               "被", "由", "将", "把", "给", "对", "中", "上", "下", "年", "月", "日", "位"}
_EN_STOP = {"what", "which", "who", "whom", "whose", "when", "where", "how", "many", "much", "is", "are", "was",
            "were", "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "did", "does", "do", "and", "or",
            "with", "from", "that", "this", "it", "its", "be", "been", "there", "their", "as", "per", "any", "total",
            "name", "date", "day", "year", "amount", "number", "value"}

_NUM = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_RE = re.compile(rf"(?:[¥$€£]\s?)?{_NUM}\s?(?:%|‰|万元|亿元|万|亿|元|美元|dollars?|USD|RMB|CNY|kg|km|m²|㎡|"
                       rf"家|个|人|台|件|次|项|名|天|小时|个月|月|年|hours?|days?|months?|years?|units?|pcs|percent|"
                       rf"million yuan|million|billion|EUR|yuan|元)?", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|" \
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE_RE = re.compile(
    rf"\d{{4}}\s?年\s?\d{{1,2}}\s?月(?:\s?\d{{1,2}}\s?[日号])?|\d{{1,2}}\s?月\s?\d{{1,2}}\s?[日号]|\d{{4}}\s?年|"
    rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|(?:{_MONTHS})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}|"
    rf"\d{{1,2}}\s*(?:{_MONTHS})\.?\s*\d{{4}}|(?:{_MONTHS})\.?\s+\d{{4}}|(?:Q[1-4]|第[一二三四]季度)\s?\d{{0,4}}",
    re.I)


def question_type(question: str) -> str:
    """``number``, ``date``, ``person``, ``place`` or ``general``."""
    q = question.lower()
    if re.search(r"什么时候|何时|哪一?天|哪一?年|几月|日期|时间是|when\b|what date|which date|what year|which year|"
                 r"what day|what time|scheduled for|\bdate\b|deadline|几点|什么时间", q):
        return "date"
    if re.search(r"谁|姓名|负责人|who\b|whom|whose|which person|what is the name|name of the", q):
        return "person"
    if re.search(r"哪里|哪儿|在哪|哪个城市|哪座城市|什么地方|地点|where\b|which city|what city|location", q):
        return "place"
    if re.search(r"多少|多久|多长|几[个家人台件次天位项]|数量|金额|价格|比例|百分之|增长率|率是|how many|how much|what percentage|"
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


def _stem(w: str) -> str:
    """A crude English stem for substring matching (manufactures ~ manufacturer, screws ~ screw)."""
    if not w.isascii() or len(w) <= 4:
        return w
    if len(w) > 6:
        return w[:6]
    for suffix in ("ed", "es", "s"):
        if w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def coverage(words: list[str], text: str) -> float:
    """Share of keywords found in ``text`` (substring match, case-insensitive; long words weigh more)."""
    if not words:
        return 0.0
    low = text.lower()
    weights = [min(len(w), 4) for w in words]
    hit = 0.0
    for w, wt in zip(words, weights):
        if _stem(w) in low:
            hit += wt
        elif _is_cjk(w) and len(w) >= 4:
            # 联系电话 vs 联系人…电话: credit the two-character parts found.
            parts = [w[i:i + 2] for i in range(0, len(w) - 1, 2)]
            hit += wt * sum(p in low for p in parts) / len(parts)
    return hit / sum(weights)


def _cell_bonus(cand: "Candidate", question: str) -> float:
    """Reward a cell whose row key and column header the question names (``Max`` ~ maximum)."""
    q = question.lower()
    qwords = re.findall(r"[a-z]+", q)
    bonus = 0.0
    if cand.row_key and cand.row_key.lower() in q:
        bonus += 0.3
    head = (cand.header or "").lower().strip()
    if head and head in q:
        # The attribute asked for comes last ("2025年第三季度净利润同比变动多少"): later wins ties.
        bonus += 0.2 + 0.05 * q.rindex(head) / max(1, len(q))
    elif head.isascii() and len(head) >= 3 and any(w.startswith(head) for w in qwords):
        bonus += 0.2
    return bonus


@dataclass
class Candidate:
    text: str  # what is searched for the span
    context: str  # what is scored against the question
    chunk: Chunk
    bbox: list[float]
    rank: int
    cell: str | None = None  # for table cells: the cell text itself
    row_key: str = ""  # for table cells: the first cell of the row
    header: str = ""  # for table cells: the column header


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
                    out.append(Candidate(text=cell, context=context, chunk=chunk, bbox=box, rank=rank, cell=cell,
                                         row_key=row[0], header=col))
        else:
            lines = chunk.text.splitlines()
            boxes = chunk.line_bboxes if len(chunk.line_bboxes) == len(lines) else [chunk.bbox] * len(lines)
            for i, line in enumerate(lines):
                # A line is scored with its neighbours: sentences often wrap across lines.
                context = " ".join(lines[max(0, i - 1):i + 2])
                out.append(Candidate(text=line, context=f"{line} {line} {context}", chunk=chunk, bbox=boxes[i],
                                     rank=rank))
    return out


_KV_RE = re.compile(r"([^\s:：,，;；。]{1,16}?)\s*[:：]\s*(.+?)(?=\s{2,}|[，,；;。]\s*[^\s:：]{1,8}[:：]|"
                    r"\s+[^\s:：]{1,8}[:：]|(?<=\S)[，；;]|$)")
_TYPE_KEYS = {"date": r"日期|时间|date|issued|time", "person": r"人|者|姓名|主管|总监|经理|董事长|name|by|signed",
              "place": r"地点|地址|地|place|address|location|venue", "number": r"号|数|额|价|量|电话|金额|率|no\.|number|"
              r"phone|total|amount"}


_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Madam", "Captain", "Director", "Manager", "Engineer"}


def kv_pairs(text: str) -> list[tuple[str, str]]:
    """``key: value`` pairs in a line (forms, letters, spec sheets)."""
    return [(k.strip(), v.strip()) for k, v in _KV_RE.findall(text) if v.strip()]


def _numbers(text: str, question: str) -> list[tuple[int, str]]:
    dates = [m.span() for m in DATE_RE.finditer(text)]
    qnums = set(re.findall(r"\d+(?:\.\d+)?", question))
    out = []
    for m in NUMBER_RE.finditer(text):
        s = m.group(0).strip()
        start = m.start()
        digits = re.findall(r"\d+(?:\.\d+)?", s)
        if not digits:
            continue
        # Part of a code (HT-520, GF-77310, TS-200): not a quantity.
        prev = text[start - 1] if start > 0 else " "
        if (prev.isascii() and prev.isalpha()) or (s[0] in "-+" and prev.isascii() and prev.isalnum()):
            continue
        if start > 1 and prev == "-" and text[start - 2].isascii() and text[start - 2].isalnum():
            continue
        # List enumerators ("1. ", "2、") are not quantities.
        if re.match(r"\d{1,2}\s*[.、]\s*\D", text[start:]) and not text[:start].strip():
            continue
        if any(a <= start < b for a, b in dates) and not s.endswith("%"):
            continue
        if digits[0] in qnums and len(digits) == 1 and not s.endswith("%"):
            continue
        out.append((start, s))
    return out


def _nearest(items: list[tuple[int, str]], text: str, words: list[str]) -> str | None:
    """The item preceded by the most question keywords within a short window (values follow
    their labels: 累计拥有专利215项), ties broken by the distance to the closest keyword."""
    if not items:
        return None
    low = text.lower()
    anchors = [(m.start(), m.end(), w) for w in words for m in re.finditer(re.escape(w), low)]
    if not anchors:
        return items[0][1]

    def key(item):
        pos = item[0]
        window = [a for a in anchors if pos - 16 <= a[0] and a[1] <= pos]
        after = [pos - a[1] for a in anchors if a[1] <= pos]
        before = [a[0] - pos for a in anchors if a[0] > pos]
        dist = min(after) if after else 1000 + min(before)
        return (-len({a[2] for a in window}), dist)

    return min(items, key=key)[1]


def _span(qtype: str, text: str, question: str, words: list[str] | None = None) -> str | None:
    words = words if words is not None else keywords(question)
    if qtype == "date":
        items = [(m.start(), m.group(0).strip()) for m in DATE_RE.finditer(text)]
        return _nearest(items, text, words)
    if qtype == "number":
        return _nearest(_numbers(text, question), text, words)
    if qtype in ("person", "place"):
        import jieba.posseg as pseg

        want = "nr" if qtype == "person" else "ns"
        if _is_cjk(text):
            words_pos = [w for w, flag in pseg.lcut(text) if flag.startswith(want) and w not in question]
            if words_pos:
                return words_pos[0]
        caps = re.findall(r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|de|van))*(?:\s+[A-Z][a-z]+)", text)
        caps = [c for c in caps if c.lower() not in question.lower()]
        if caps:
            words = caps[0].split()
            # "Inspector Laura Chen", "Dr Wang Li": drop a leading title or role word.
            if len(words) >= 3 and (words[0] in _TITLES or re.search(r"(?:or|er|ist|ent)$", words[0])):
                words = words[1:]
            return " ".join(words)
        return None
    return text.strip()


def _kv_answer(qtype: str, cand_text: str, question: str, words: list[str]) -> tuple[float, str] | None:
    """The value of the ``key: value`` pair whose key best matches the question."""
    best = None
    pairs = kv_pairs(cand_text)
    # A label the question names, followed by a colon, anchors its value even when OCR glued
    # two pairs together ("复核：陈建国开票人：王芳").
    for w in words:
        for m in re.finditer(r"(" + re.escape(w) + r"[^:：，,；;。]{0,5}?)\s*[:：]\s*(.+?)"
                             r"(?=\s{2,}|[，,；;。]|\s+\S+(?:\s\S+)?[:：]|$)",
                             cand_text, flags=re.I):
            pairs.append((m.group(1), m.group(2)))
    for key, value in pairs:
        kl = re.sub(r"[\s()（）【】\[\]、.一二三四五六七八九十0-9]", "", key.lower())
        score = coverage(words, key) if words else 0.0
        if kl and kl in question.lower() and kl not in _EN_STOP and len(kl) >= 2:
            score += 1.0
        elif any(kl in w or w in kl for w in words):
            score += 0.5
        if qtype in _TYPE_KEYS and re.search(_TYPE_KEYS[qtype], kl):
            score += 0.4
        if score < 0.5:
            continue
        if qtype == "date":
            value = _span("date", value, question, words)
            if value is None:
                continue
        elif qtype == "number" and not re.search(r"\d", value):
            continue
        elif qtype in ("person", "place") and sum(ch.isdigit() for ch in value) > len(value) / 2:
            continue  # a code or an amount is never a name
        elif qtype == "person":
            value = re.split(r"[,，;；]", value)[0]  # "Baltic Tools GmbH, Hamburg": the name, not the address
        elif qtype == "number":
            nums = _numbers(value, question)
            if nums and len(value) > 24:
                value = nums[0][1]
        if best is None or score > best[0]:
            best = (score, value.rstrip("。.，,;；"))
    return best


def extract(question: str, hits: list[Chunk], *, min_coverage: float = 0.5) -> Extracted:
    """Best answer span among the hits, or ``answerable=False``."""
    qtype = question_type(question)
    words = keywords(question)
    cands = candidates(hits)
    if not cands:
        return Extracted("", False, None, 0.0, qtype)
    scored = []
    pool = " ".join(h.text for h in hits[:5])
    for cand in cands:
        own = cand.cell and cand.context or cand.text
        cov = 0.6 * coverage(words, own) + 0.4 * coverage(words, cand.context)
        span = None
        kv = _kv_answer(qtype, cand.text, question, words) if cand.cell is None else None
        if kv is not None:
            span = kv[1]
            cov = max(cov, kv[0])
        elif cand.cell is not None:
            # A table cell addressed by row key and column header is the answer as printed.
            span = cand.cell if (qtype != "number" or re.search(r"\d", cand.cell)) else None
            cov += _cell_bonus(cand, question)
            if qtype == "number" and span is not None and NUMBER_RE.fullmatch(span.strip()):
                cov += 0.05  # a bare quantity beats a label that happens to hold digits
        else:
            span = _span(qtype, cand.text, question, words)
        # A typed question wants a span of its type: candidates without one rank far lower.
        bonus = 0.0 if qtype == "general" else (0.15 if span is not None else -0.5)
        scored.append((cov + bonus - 0.02 * cand.rank, cov, span, cand))
    scored.sort(key=lambda t: t[0], reverse=True)
    _, best_cov, span, cand = scored[0]
    # Retrieval confidence: the question's keywords must show up around the answer and in
    # the retrieved chunks as a whole (titles and headers often carry the subject).
    # Keywords must be covered by the answer's own page, not by unrelated retrieved pages.
    page_pool = " ".join(h.text for h in hits if (h.source, h.page) == (cand.chunk.source, cand.chunk.page))
    pooled = coverage(words, page_pool + " " + cand.context)
    # Identifiers with digits (a year, a model number, a quarter) must appear somewhere: a
    # question about 2026 is not answered by the 2025 figures.
    pool_low = (pool + " " + cand.context).lower()
    hard_missing = [w for w in words if re.search(r"\d|第[一二三四]季度|q[1-4]", w) and w not in pool_low]
    answerable = span is not None and best_cov >= 0.3 and pooled >= min_coverage and not hard_missing
    answer = span if span is not None else cand.text
    return Extracted(answer if answerable else "", answerable, cand, best_cov, qtype, [cand.rank])
