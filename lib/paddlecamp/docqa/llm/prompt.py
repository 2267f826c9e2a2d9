"""The grounded-answer prompt and the parsing of what comes back.

The model sees numbered contexts ``[1] (source, page) text`` and must answer only from them,
putting ``[n]`` after what it took from context ``n``. It says a fixed phrase when the
contexts do not hold the answer, so "unanswerable" can be read back reliably. Both sides live
here so the loopback server and the tests parse the same format the client writes.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Sequence

#: What the model is told to say when the contexts do not hold the answer.
REFUSAL_ZH = "无法从资料中回答"
REFUSAL_EN = "Cannot be answered from the contexts"

#: Phrases (normalized: NFKC, lower case, no spaces) that mark a refusal in either language.
REFUSAL_MARKERS: tuple[str, ...] = (
    "无法从资料中回答", "无法根据资料回答", "资料中没有", "资料中未", "无法回答", "未提及", "没有提到",
    "cannotbeansweredfromthecontexts", "cannotbeanswered", "cannotanswer", "notmentioned",
    "noinformation", "notinthecontexts", "thecontextsdonot", "doesnotcontain",
)

#: Longest context text put into a prompt (characters); longer chunks are cut with a mark.
MAX_CONTEXT_CHARS = 1500

SYSTEM_PROMPT = (
    "你是一个严谨的文档问答助手。You are a careful document question-answering assistant.\n"
    "规则 / Rules:\n"
    "1. 只能根据用户给出的编号资料回答，不得使用资料以外的知识。"
    "Answer only from the numbered contexts; never use outside knowledge.\n"
    "2. 在答案中用到某条资料的内容时，紧跟着写出它的编号，例如 [1] 或 [2]。"
    "After every fact you take from a context, write its number, e.g. [1] or [2].\n"
    f"3. 如果资料中没有答案，只回答“{REFUSAL_ZH}”。"
    f"If the contexts do not contain the answer, reply only \"{REFUSAL_EN}\".\n"
    "4. 答案要简短，直接给出数值、日期、名称或原文短语；用问题的语言作答。"
    "Keep the answer short (the number, date, name or phrase itself) and in the question's language."
)


@dataclass
class LLMAnswer:
    """A parsed model answer.

    ``cited`` holds 0-based indices into the ``contexts`` list the prompt was built from
    (``[1]`` in the text is ``0``), sorted and unique; ``raw`` is the model text as returned.
    """

    answer: str
    answerable: bool
    cited: list[int] = field(default_factory=list)
    raw: str = ""
    model: str = ""
    timings: dict[str, float] = field(default_factory=dict)


def _field(ctx: Any, name: str, default: Any = None) -> Any:
    if isinstance(ctx, dict):
        return ctx.get(name, default)
    return getattr(ctx, name, default)


def is_chinese(text: str) -> bool:
    """True when the text holds any CJK ideograph (questions are answered in their language)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def format_contexts(contexts: Sequence[Any]) -> str:
    """Number the contexts ``[1]..[n]`` with their source and page (objects or dicts)."""
    parts = []
    for i, ctx in enumerate(contexts, start=1):
        text = str(_field(ctx, "text", "") or "").strip()
        if len(text) > MAX_CONTEXT_CHARS:
            text = text[:MAX_CONTEXT_CHARS] + " …"
        source = _field(ctx, "source", "?")
        page = _field(ctx, "page", "?")
        parts.append(f"[{i}] (source: {source}, page {page})\n{text}")
    return "\n\n".join(parts)


def build_messages(question: str, contexts: Sequence[Any]) -> list[dict[str, str]]:
    """System + user messages for the chat-completions protocol."""
    question = question.strip()
    if not question:
        raise ValueError("the question is empty")
    refusal = REFUSAL_ZH if is_chinese(question) else REFUSAL_EN
    user = (
        "资料 / Contexts:\n"
        f"{format_contexts(contexts) if contexts else '(none)'}\n\n"
        f"问题 / Question: {question}\n"
        f"请只根据上面的资料作答并标注编号；资料中没有答案时回答“{refusal}”。"
    )
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


_CITE = re.compile(r"\[(\d+(?:\s*[,，、]\s*\d+)*)\]")


def _nfkc(text: str) -> str:
    # Full-width brackets and digits (［１］, 【1】) become ASCII before matching.
    return unicodedata.normalize("NFKC", text).replace("【", "[").replace("】", "]")


def parse_citations(text: str, n_contexts: int) -> list[int]:
    """0-based context indices cited as ``[n]``, ``[1, 2]`` or ``【1】``; out-of-range ones dropped."""
    out: set[int] = set()
    for m in _CITE.finditer(_nfkc(text)):
        for num in re.split(r"\s*[,，、]\s*", m.group(1)):
            k = int(num)
            if 1 <= k <= n_contexts:
                out.add(k - 1)
    return sorted(out)


def strip_citations(text: str) -> str:
    """The answer text without the ``[n]`` marks."""
    plain = _CITE.sub("", _nfkc(text))
    return re.sub(r"\s+([,.;:!?，。；：！？])", r"\1", re.sub(r"[ \t]{2,}", " ", plain)).strip()


def is_refusal(text: str) -> bool:
    """True when the text says the contexts do not answer the question."""
    norm = "".join(_nfkc(text).lower().split())
    return not norm or any(marker in norm for marker in REFUSAL_MARKERS)


def parse_answer(text: str, n_contexts: int) -> LLMAnswer:
    """Read a model reply back into an ``LLMAnswer``."""
    raw = text or ""
    if is_refusal(raw):
        return LLMAnswer(answer=strip_citations(raw), answerable=False, cited=[], raw=raw)
    return LLMAnswer(answer=strip_citations(raw), answerable=True, cited=parse_citations(raw, n_contexts), raw=raw)


_CONTEXT_BLOCK = re.compile(r"^\[(\d+)\] \(source: (.*?), page (.*?)\)\n(.*?)(?=\n\n\[\d+\] \(source: |\Z)",
                            re.S | re.M)


def parse_prompt(user_message: str) -> tuple[str, list[dict[str, Any]]]:
    """Inverse of ``build_messages`` for the user message: (question, contexts).

    The loopback server uses it to answer from what the client actually sent.
    """
    head, sep, tail = user_message.partition("\n\n问题 / Question: ")
    if not sep:
        raise ValueError("no '问题 / Question:' line in the prompt")
    question = tail.split("\n", 1)[0].strip()
    body = head.split("资料 / Contexts:\n", 1)[-1]
    contexts = [{"n": int(m.group(1)), "source": m.group(2), "page": m.group(3), "text": m.group(4).strip()}
                for m in _CONTEXT_BLOCK.finditer(body)]
    return question, contexts
