"""Words of the question that the page prints misread: found and read as the question spells them.

OCR of a blurred, photographed or low-resolution page misreads letters and characters, most
often in the small print of a table's headers: "Pomberton" for Pemberton, "蒸麦中餐奶" for
燕麦早餐奶. The question names the column by its true spelling, so no header matches it and
the answerer takes another column's cell. Before the evidence is scored, each evidence text
(labels, headers, a cell's row, a sentence) that holds a near-copy of a word or phrase the
question names, and not the word itself, gets the question's spelling there.

What counts as a misreading:

* English: a word of ``MIN_LETTERS`` letters or more of the question, and a word of the text
  one edit away from it (two from ``TWO_EDITS`` letters), as ``answer.misread_in`` judges a
  missing word; a name the question capitalises may be two edits off from ``NAME_TWO_EDITS``
  letters when its first letter is right ("Marweed"), and a word of a two-word name one
  letter off when the other word is right ("Castle till" for Castle Hill);
* Chinese: a piece of ``MIN_HAN`` or more Han characters of the question, and a whole run of
  Han characters of the text standing alone (a header, a label: "蒸麦中餐奶", not a stretch of
  a sentence, nor the tail of a date or number: "20日审议通过") of
  the same length that differs in at most ``MAX_HAN_SHARE`` of its characters (at least one),
  in no numeral (第三季度 is not a misread 第四季度), and keeps two neighbouring characters.

Only the question's own words are ever written into the text, and only words that the evidence
prints nowhere (``absent``): a word printed right somewhere makes its near-copies other words
("一等奖学金" beside 国家奖学金). An English word that differs only in its last two letters is
another form of the word ("renter", "finishers"), not a misreading.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: Shortest English question word repaired, and the length from which two edits are allowed
#: (the same limits as ``answer.misread_in``).
MIN_LETTERS = 5
TWO_EDITS = 8
#: A name (a capitalised word of the question) of this many letters may be two edits off when
#: its first letter is read right ("Marweed" for Marwood).
NAME_TWO_EDITS = 7
#: Shortest word of a two-word name repaired when its other word is read right ("Castle till").
MIN_NAME_LETTERS = 4
#: Shortest run of Han characters repaired, and the largest share of its characters that may differ.
MIN_HAN = 5
MAX_HAN_SHARE = 0.4

_HAN = r"\u4e00-\u9fff"
_HAN_RUN = re.compile(f"[{_HAN}]+")
#: Han numerals differ in meaning, not by misreading (第三季度, 第四季度).
_HAN_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
_WORD = re.compile(r"[A-Za-z]+")


def question_words(question: str) -> tuple[str, ...]:
    """The English words of the question long enough to be repaired, longest first: lower
    case, but a name (capitalised after the question's first word) as the question writes it."""
    words = {w if w[0].isupper() and m.start() > 0 else w.lower()
             for m in _WORD.finditer(question) if len(w := m.group(0)) >= MIN_LETTERS}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def question_name_pairs(question: str) -> tuple[tuple[str, str], ...]:
    """Pairs of neighbouring capitalised words of the question after its first word (a place
    or a person: "Castle Hill"), lower case, each word of ``MIN_NAME_LETTERS`` letters or more."""
    caps = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(question)]
    return tuple((a[2].lower(), b[2].lower()) for a, b in zip(caps, caps[1:])
                 if a[0] > 0 and a[2][0].isupper() and b[2][0].isupper() and question[a[1]:b[0]] == " "
                 and min(len(a[2]), len(b[2])) >= MIN_NAME_LETTERS)


def question_phrases(question: str) -> tuple[str, ...]:
    """The Han phrases of the question that may be repaired: every piece of ``MIN_HAN`` to
    eight characters of its Han runs, longest first."""
    out: list[str] = []
    for run in _HAN_RUN.findall(question):
        for n in range(min(len(run), 8), MIN_HAN - 1, -1):
            out += [run[i:i + n] for i in range(len(run) - n + 1)]
    return tuple(dict.fromkeys(out))


def absent(words: tuple[str, ...], phrases: tuple[str, ...], names: tuple[tuple[str, str], ...],
           texts: list[str]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The ``words``, ``phrases`` and ``names`` that none of ``texts`` prints: only those can
    have been misread. One the evidence prints somewhere is printed right; a near-copy
    elsewhere is then another thing ("一等奖学金" beside 国家奖学金, "现汇" beside 现钞)."""
    joined = "\n".join(texts)
    low = {w.lower() for w in _WORD.findall(joined)}
    spaced = " ".join(_WORD.findall(joined.lower()))
    return (tuple(w for w in words if w.lower() not in low), tuple(p for p in phrases if p not in joined),
            tuple(n for n in names if f" {n[0]} {n[1]} " not in f" {spaced} "))


def _same_start(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ only in their last two letters: another form of one
    word ("finishers", "finished"; "renter", "rented"), not a misreading of it ("Marweed")."""
    n = min(len(a), len(b)) - 2
    return a[:n] == b[:n]


def _one_letter_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _fix_name(text: str, first: str, second: str) -> str:
    """``text`` with a two-word name one of whose words is read right and the other misread
    in one letter ("Castle till") spelled as the question's name ("Castle Hill")."""
    toks = list(_WORD.finditer(text))
    found = []
    for a, b in zip(toks, toks[1:]):
        x, y = a.group(0).lower(), b.group(0).lower()
        if text[a.end():b.start()] != " " or (x, y) == (first, second):
            continue
        if x == first and _one_letter_off(y, second):
            found.append((b, second))
        elif y == second and _one_letter_off(x, first):
            found.append((a, first))
    if len(found) != 1:  # two near-copies ("Castle Mill", "Castle till"): which one is misread is unknown
        return text
    m, word = found[0]
    return text[:m.start()] + word.capitalize() + text[m.end():]


def _han_misread(phrase: str, run: str) -> bool:
    if len(phrase) != len(run):
        return False
    diff = [i for i, (a, b) in enumerate(zip(phrase, run)) if a != b]
    if not diff or len(diff) > MAX_HAN_SHARE * len(phrase):
        return False
    if any(phrase[i] in _HAN_NUMERALS or run[i] in _HAN_NUMERALS for i in diff):
        return False
    same = [i for i in range(len(phrase)) if i not in diff]
    return any(b - a == 1 for a, b in zip(same, same[1:]))


@lru_cache(maxsize=16384)
def repair(text: str, words: tuple[str, ...], phrases: tuple[str, ...],
           names: tuple[tuple[str, str], ...] = ()) -> str:
    """``text`` with the near-copies of the question's ``words`` (``question_words``),
    ``phrases`` (``question_phrases``) and ``names`` (``question_name_pairs``) spelled as the
    question spells them."""
    if not text:
        return text
    if words:
        from paddlecamp.docqa.evaluate import edit_distance

        low = {w.lower() for w in _WORD.findall(text)}

        def fix(m: re.Match) -> str:
            tok = m.group(0)
            t = tok.lower()
            if len(t) < MIN_LETTERS - 1 or any(t == w.lower() for w in words):
                return tok
            for w in words:
                lw = w.lower()
                if lw in low or _same_start(t, lw):
                    continue
                named = w[0].isupper() and len(w) >= NAME_TWO_EDITS and t[0] == lw[0]
                limit = 2 if len(w) >= TWO_EDITS or named else 1
                if abs(len(t) - len(lw)) <= limit and edit_distance(t, lw) <= limit:
                    return lw.capitalize() if tok[0].isupper() else lw
            return tok

        text = _WORD.sub(fix, text)
    for first, second in names:
        text = _fix_name(text, first, second)
    if phrases:
        def fix_run(m: re.Match) -> str:
            run, before, after = m.group(0), text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
            if before.isalnum() or after.isalnum():  # "20日审议通过": a date's tail, not a label
                return run
            return next((p for p in phrases if _han_misread(p, run)), run)

        text = _HAN_RUN.sub(fix_run, text)
    return text
