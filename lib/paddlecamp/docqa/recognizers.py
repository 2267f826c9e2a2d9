"""Typed entity recognizers for OCR'd document text, Chinese and English.

The offline extractive answerer asks "where in this line, cell or value is a date / an
amount / a person ...?". ``find_spans`` answers with :class:`Span` records: the exact
substring, its offsets, its kind and a normalized value, so that answers can be compared
across writings ("2025年3月14日" == "03/14/2025" == "14 Mar 2025").

Design
------
* Every recognizer proposes *candidates* (kind, offsets, value, rank). Most are regular
  expressions compiled once at import time; number words (Chinese numerals, capital
  numerals on invoices) are parsed by small hand-written functions.
* Candidates are resolved into non-overlapping spans greedily: the **longest** candidate
  wins; among equally long ones the **more specific** kind wins, by rank:

  ``email > url > date > time > phone > amount > percent > quantity > identifier > org >
  place (gazetteer) > person > place (after "in"/"near") > number``

  with one contextual exception: a code right after an identifier label ("Invoice No.",
  "订单号：", "SKU") ranks above date and phone, so "订单号：20250314" is an identifier.
  So "¥12,800.00" is one amount (not a number), "PO-2025-0381" is one identifier (the year
  inside is not a date), "+86 138 1234 5678" is one phone (not four numbers).
* Most recognizers skip a line at once when a cheap hint is missing (no digit, no month
  name, no 年/月), so a typical 40-character line costs well under a millisecond.
* Names, organisations and places need word segmentation for Chinese: jieba is imported
  lazily, only when the text has CJK characters and one of those kinds is wanted. Words come
  from jieba's HMM segmenter and their tags from its dictionary (``jieba.posseg``'s own HMM
  tagger is about ten times slower); words the dictionary lacks are tagged ``oov`` and, when
  led by a surname, read as names. Results are memoised per text, so asking for several
  kinds costs one pass.

Conventions (documented defaults for ambiguous input)
-----------------------------------------------------
* Dates: values are ISO strings ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Qn``,
  ``YYYY-Hn``; a date without a year is ``--MM-DD`` (``--MM`` for a bare Chinese month such
  as "5月"). Numeric dates: with "/" the default is month first (03/04/2025 -> 2025-03-04),
  with "." or "-" day first (03.04.2025 -> 2025-04-03); a first field above 12 forces day
  first and a second field above 12 forces month first. Two-digit years only with "/" or a
  month name (00-69 -> 20xx, 70-99 -> 19xx). A bare 8-digit run (20250314) is a date only
  when it is a valid date of 1900-2099 and not part of a longer digit/letter run. A range
  ("14-16 March 2025", "2025年3月14日至16日") is one span whose value is the start date. An
  English weekday before the date and a Chinese weekday after it ("（星期五）") are part of
  the span. Invalid dates (2025-13-40) are rejected.
* Times: ``HH:MM`` (24-hour), ``HH:MM:SS`` when seconds are written.
* Amounts: ``(float, ISO code or None)``; arithmetic is done in ``Decimal`` so 1.28万元 is
  exactly 12800.0. "¥"/"￥" is read as CNY and a bare "$" as USD. A single "." followed by
  three digits is a thousands separator only for euro amounts ("€1.200" -> 1200). A leading
  minus or accounting parentheses make the amount negative; a trailing "DR" (debit) makes
  it negative, "CR" (credit) keeps it positive.
* Percent: ``float`` in percent units ("12.5%" -> 12.5, "5‰" -> 0.5); percentage points
  ("3.2个百分点") are read as percent values too.
* Quantity: ``(float, canonical unit)``; aliases map to one unit ("公斤"/"kgs" -> "kg",
  "个月"/"months" -> "month").
* Phone: the digits as written (country code kept); an extension is appended as
  ``;ext=204``.
* Person: English names need two name tokens (an initial counts: "J. Miller") unless a
  title precedes them; the title ("Dr.", "Mr") is kept out of both text and value. Common
  function and document words ("The", "Please", "Total", "Invoice") split a run of
  capitalised words and never start or end a name; nothing is stripped from a name word
  itself, so "Walter", "Vincent", "Brent" and "Homer" stay first names. Chinese honorifics after a name
  (先生, 女士, 经理 ...) are kept out of the text and value when the name itself has two or
  more characters; a bare surname with an honorific ("张先生") keeps the honorific in the
  text and has the surname as value.
* Identifier value: the code as written; ``same_value`` compares identifiers ignoring case,
  spaces and separators.

Not covered: Roman numerals, lunar-calendar dates (正月), relative dates ("next Friday",
"明天"), spelled-out English numbers ("twelve"), English names written in all capitals (they
cannot be told from headers without a name list), "Surname, Given" name order, and Title-Case
phrases of uncommon words ("Stainless Steel Bolts"), which read as names. "9点开始" (no 上午/
下午, no minutes) stays a number, because "以下3点" means "three points".
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Callable, Iterable, Iterator

__all__ = ["KINDS", "Span", "find_spans", "find", "parse_date", "normalize_amount", "same_value"]

KINDS: tuple[str, ...] = ("date", "time", "amount", "percent", "quantity", "phone", "email", "url",
                          "identifier", "person", "org", "place", "number")
_NER_KINDS = frozenset({"person", "org", "place"})


@dataclass(frozen=True)
class Span:
    """One recognized entity: ``text == source[start:end]`` and a normalized ``value``."""

    kind: str
    text: str
    start: int
    end: int
    value: object | None = None


# ---------------------------------------------------------------------------------------
# Shared character classes and small helpers
# ---------------------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_RB = r"(?![0-9])"
_ASCII_WORD_END = r"(?![A-Za-z])"

_RANK: dict[str, float] = {"email": 0, "url": 1, "date": 2, "time": 3, "phone": 4, "amount": 5,
                           "percent": 6, "quantity": 7, "identifier": 8, "org": 9, "place": 10,
                           "person": 11, "number": 13}
_RANK_LABELLED_ID = 1.5
_RANK_WEAK_PLACE = 12.0


class _Cand:
    """A proposed span before overlap resolution."""

    __slots__ = ("span", "rank")

    def __init__(self, span: Span, rank: float) -> None:
        """A candidate ``span`` with its ``rank`` (lower wins among equally long candidates)."""
        self.span = span
        self.rank = rank


def _cand(text: str, kind: str, start: int, end: int, value: object, rank: float | None = None) -> _Cand:
    """A candidate for ``text[start:end]``; the rank defaults to the kind's rank."""
    return _Cand(Span(kind, text[start:end], start, end, value), _RANK[kind] if rank is None else rank)


def _alt(words: Iterable[str], word_end: bool = False) -> str:
    """A regex alternation of literal ``words``, longest first (so "个月" wins over "个")."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w)
        if word_end and w[-1].isascii() and w[-1].isalpha():
            p += _ASCII_WORD_END
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


def _digits(s: str) -> str:
    """ASCII digits of ``s`` (full-width and other Unicode decimal digits folded)."""
    return "".join(str(unicodedata.decimal(c)) for c in s if c.isdecimal())


_FOLD = str.maketrans("０１２３４５６７８９．，－：", "0123456789.,-:")


def _fold(s: str) -> str:
    """Full-width digits and separators as ASCII."""
    return s.translate(_FOLD)


def _parse_num(s: str, eu: bool = False) -> Decimal | None:
    """Arabic number with grouping: "1,234.5", "1.234,5", "1 234"; ``eu`` reads "1.200" as 1200."""
    s = _fold(s).replace(" ", "").replace("'", "").replace("\u00a0", "")
    if not s:
        return None
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s) else s.replace(",", ".")
    elif s.count(".") > 1 or (eu and re.fullmatch(r"\d{1,3}\.\d{3}", s)):
        s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _as_float(d: Decimal) -> float:
    """The float of an exactly computed Decimal (so 1.28万 is exactly 12800.0)."""
    return float(d)


# A pattern table row: (name, hint, regex). The regex runs only when the cheap ``hint`` search
# finds something (or the hint is None), which keeps lines without digits, months or CJK fast.
_Pat = tuple[str, "re.Pattern[str] | None", "re.Pattern[str]"]
_H_DIGIT = re.compile(r"\d")
_H_MONTH = re.compile(r"(?i)(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_H_CN_DATE = re.compile("[年月]")
_H_QUARTER = re.compile(r"[QqH][1-4]|[Qq]uarter|QUARTER")
_H_COLON = re.compile(r"\d[:：]\d")
_H_AMPM = re.compile(r"\d\s?[AaPp]\.?[Mm]|o['’]clock")
_H_CN_TIME = re.compile("[点时點時午晚夜]|凌晨|早上|早晨|清晨")
_H_CN_MONEY = re.compile("[元圆块]")
_H_PERCENT = re.compile("[%％‰‱]|percent|per cent|pct|Percent|百分点")
_H_CN_PERCENT = re.compile("分之")


def _typed(text: str, kind: str, patterns: list[_Pat],
           value: Callable[[str, re.Match[str], str], object | None]) -> Iterator[_Cand]:
    """Candidates of ``kind`` from a pattern table; ``value(name, match, text)`` None rejects."""
    for name, hint, rx in patterns:
        if hint is not None and hint.search(text) is None:
            continue
        for m in rx.finditer(text):
            v = value(name, m, text)
            if v is None:
                continue
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            yield _cand(text, kind, s, e, v)


# ---------------------------------------------------------------------------------------
# Chinese numerals
# ---------------------------------------------------------------------------------------

_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "貳": 2, "两": 2,
             "兩": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
             "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
_CN_NUM_CHARS = "".join(_CN_DIGIT) + "".join(_CN_SMALL) + "".join(_CN_BIG)
_CN_NUM = f"[{_CN_NUM_CHARS}]"


def _cn_int(s: str) -> int | None:
    """Integer from Chinese numerals: "一百零五", "十二", "二〇二五" (digit by digit), "壹万贰仟",
    "一千二" (colloquial 1200). Arabic digit runs may be mixed in ("3万5千")."""
    if not s:
        return None
    if all(c in _CN_DIGIT or c.isdecimal() for c in s):
        return int("".join(str(_CN_DIGIT[c]) if c in _CN_DIGIT else _digits(c) for c in s))
    total, section, number = 0, 0, None
    prev: str = ""          # "digit", "zero", "unit"
    last_unit = 0
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdecimal():
            j = i
            while j < len(s) and s[j].isdecimal():
                j += 1
            number, prev, i = int(_digits(s[i:j])), "digit", j
            continue
        if c in _CN_DIGIT:
            d = _CN_DIGIT[c]
            if prev == "digit":
                return None
            number, prev = (None, "zero") if d == 0 else (d, "digit")
        elif c in _CN_SMALL:
            u = _CN_SMALL[c]
            if number is None and not (u == 10 and prev in ("", "zero", "unit")):
                return None
            section += (number if number is not None else 1) * u
            number, prev, last_unit = None, "unit", u
        elif c in _CN_BIG:
            u = _CN_BIG[c]
            if section == 0 and number is None and total == 0:
                return None
            if u == 10 ** 8:
                total = (total + section + (number or 0)) * u
            else:
                total += (section + (number or 0)) * u
            section, number, prev, last_unit = 0, None, "unit", u
        else:
            return None
        i += 1
    if number is not None and prev == "digit" and len(s) >= 2 and s[-2] in _CN_SMALL.keys() | _CN_BIG.keys():
        number *= last_unit // 10 if last_unit >= 100 else 1        # "一千二" = 1200, "三万五" = 35000
    return total + section + (number or 0)


def _cn_number(s: str) -> Decimal | None:
    """Decimal from Chinese numerals with an optional decimal part: "十二点五" -> 12.5."""
    neg = s.startswith("负")
    s = s[1:] if neg else s
    if "点" in s:
        ip, fp = s.split("点", 1)
        whole = _cn_int(ip) if ip else 0
        if whole is None or not fp or not all(c in _CN_DIGIT or c.isdecimal() for c in fp):
            return None
        frac = "".join(str(_CN_DIGIT[c]) if c in _CN_DIGIT else _digits(c) for c in fp)
        val = Decimal(f"{whole}.{frac}")
    else:
        n = _cn_int(s)
        if n is None:
            return None
        val = Decimal(n)
    return -val if neg else val


# ---------------------------------------------------------------------------------------
# Numbers (Arabic, grouped either way, with Chinese multipliers)
# ---------------------------------------------------------------------------------------

_NUM = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"           # 1,234,567.89
        r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"           # 1.234.567,89
        r"|\d{1,3}(?:\.\d{3})+,\d+"                   # 1.234,5
        r"|\d+(?:\.\d+)?)")                           # 1234.5
_ANUM = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})*,\d{1,2}"
         r"|\d+(?:\.\d+)?)")                          # amounts also take a decimal comma: 12,50 €
_NUM_END = r"(?![0-9]|[.,][0-9])"
_CN_MULT = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "亿": Decimal(10) ** 8,
            "億": Decimal(10) ** 8, "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "千": Decimal(1000)}
_EN_MULT = {"k": Decimal(1000), "K": Decimal(1000), "m": Decimal(10) ** 6, "M": Decimal(10) ** 6,
            "mn": Decimal(10) ** 6, "bn": Decimal(10) ** 9, "B": Decimal(10) ** 9,
            "thousand": Decimal(1000), "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
            "trillion": Decimal(10) ** 12}
_MULT = {**_CN_MULT, **_EN_MULT}
_MULT_RE = _alt(_CN_MULT) + "|" + _alt(["k", "K", "m", "M", "mn", "bn", "B"], word_end=True) \
    + r"|\s?" + _alt(["thousand", "million", "billion", "trillion"], word_end=True)

_NUMBER_RE = re.compile(rf"(?<![A-Za-z0-9.,_\-])(?P<sign>[-−](?=\d))?(?P<num>{_NUM}){_NUM_END}"
                        rf"(?P<mult>{_alt(_CN_MULT)}(?![元块]))?(?![A-Za-z])")
_NUMBER_SIGN_OK = re.compile(r"(?:^|[\s(:：=])$")
_CN_NUMBER_RE = re.compile(rf"负?(?:[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾〇零]{_CN_NUM}*)(?:点[{''.join(_CN_DIGIT)}]+)?")
_CN_UNIT_CHARS = frozenset(_CN_SMALL) | frozenset(_CN_BIG) | {"点"}


def _numbers(text: str) -> Iterator[_Cand]:
    """Plain numbers, the fallback kind: Arabic (either grouping, 12.5万) and Chinese numerals."""
    for m in _NUMBER_RE.finditer(text) if _H_DIGIT.search(text) else ():
        val = _parse_num(m["num"])
        if val is None:
            continue
        start = m.start()
        if m["sign"] and not _NUMBER_SIGN_OK.search(text[:start]):
            start += 1          # "温度-5": a dash glued to a word is not a minus sign
        elif m["sign"]:
            val = -val
        if m["mult"]:
            val *= _MULT[m["mult"]]
        yield _cand(text, "number", start, m.end(), _as_float(val))
    for m in _CN_NUMBER_RE.finditer(text) if _HAS_CJK.search(text) else ():
        s = m.group()
        core = s.lstrip("负")
        # "一", "十" and digit pairs like "五一" are words far more often than numbers
        if len(core) < 2 or (not _CN_UNIT_CHARS.intersection(core) and len(core) < 3):
            continue
        val = _cn_number(s)
        if val is not None:
            yield _cand(text, "number", m.start(), m.end(), _as_float(val))


# ---------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------

_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
           "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]


def month_names() -> frozenset[str]:
    """English month names and their abbreviations ("march", "mar")."""
    return frozenset(_MONTHS)


def calendar_groups() -> list[tuple[str, ...]]:
    """Each month's and weekday's spellings as one group ("thursday", "thu", "thur", "thurs",
    "周四", "星期四", "礼拜四"): what a question may say for what a page prints."""
    months: dict[int, list[str]] = {}
    for name, n in _MONTHS.items():
        months.setdefault(n, []).append(name)
    full = _WEEKDAYS[:7]
    days = [[d] + [a for a in _WEEKDAYS[7:] if d.startswith(a)] for d in full]
    zh = "一二三四五六"
    for i, group in enumerate(days):
        marks = [zh[i]] if i < 6 else ["日", "天"]
        group += [f"{p}{m}" for m in marks for p in ("周", "星期", "礼拜")]
    return [tuple(g) for g in months.values() if len(g) > 1] + [tuple(g) for g in days]


_MON = "(?P<mon>" + _alt([v for k in _MONTHS for v in (k.title(), k.upper())], word_end=True) + r")\.?"
_WD = r"(?:" + _alt([v for k in _WEEKDAYS for v in (k.title(), k.upper())], word_end=True) + r"\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_DASH = r"\s*[-–—~～]\s*"
_DATE_LB = r"(?<![A-Za-z0-9.\-/_])"
_DATE_RB = r"(?![0-9]|[.\-/][0-9])"
_CN_D = f"[{''.join(_CN_DIGIT)}]"
_CN_YEAR = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})"
_CN_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_CN_DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_DAY_RANGE = rf"(?:\s*[-–—~～至到]\s*(?:{_CN_DAY})\s*[日号])?"
_CN_WEEKDAY = r"(?:\s*[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[）)]?)?"
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# (Friday,) March 14(-16)
_MONTH_DAY = rf"{_WD}{_MON}\s*(?P<d>\d{{1,2}}){_ORD}(?:{_DASH}(?P<d2>\d{{1,2}}){_ORD})?"
_CN_FULL = rf"(?:\s*(?P<d>{_CN_DAY})\s*[日号]{_CN_DAY_RANGE}{_CN_WEEKDAY})"
_DATE_PATTERNS: list[_Pat] = [
    ("ymd", _H_DIGIT, re.compile(
        rf"{_DATE_LB}(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}){_DATE_RB}")),
    ("ym", _H_DIGIT, re.compile(rf"{_DATE_LB}(?P<y>\d{{4}})(?P<s>[-/])(?P<m>\d{{1,2}}){_DATE_RB}")),
    ("my", _H_DIGIT, re.compile(rf"{_DATE_LB}(?P<m>\d{{1,2}})/(?P<y>\d{{4}}){_DATE_RB}")),
    ("abY", _H_DIGIT, re.compile(
        rf"{_DATE_LB}(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>\d{{4}}){_DATE_RB}")),
    ("aby", _H_DIGIT, re.compile(rf"{_DATE_LB}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{2}}){_DATE_RB}")),
    ("ymd8", _H_DIGIT, re.compile(
        r"(?<![A-Za-z0-9.\-/_])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?![A-Za-z0-9\-/_]|\.\d)")),
    ("mdy", _H_MONTH, re.compile(rf"(?<![A-Za-z]){_MONTH_DAY}(?:,\s*|\s+)(?P<y>\d{{4}}){_RB}")),
    ("dmy", _H_MONTH, re.compile(
        rf"(?<![A-Za-z0-9.,:/\-]){_WD}(?P<d>\d{{1,2}}){_ORD}(?:{_DASH}(?P<d2>\d{{1,2}}){_ORD})?"
        rf"(?:\s+(?:of\s+)?|[-/])(?:{_MON})(?:(?:,?\s+|[-/])(?P<y>\d{{4}})|-(?P<yy>\d{{2}}))?(?![0-9A-Za-z])")),
    ("md", _H_MONTH, re.compile(rf"(?<![A-Za-z]){_MONTH_DAY}(?![0-9]|[.:,]\d|\s?%)")),
    ("mony", _H_MONTH, re.compile(rf"(?<![A-Za-z0-9]){_MON}(?:,?\s+|-)(?P<y>\d{{4}}){_RB}")),
    ("cn", _H_CN_DATE, re.compile(rf"(?<![0-9])(?P<y>{_CN_YEAR})\s*年\s*(?P<m>{_CN_MONTH})\s*月{_CN_FULL}?")),
    ("cnmd", _H_CN_DATE, re.compile(rf"(?<![0-9])(?P<m>{_CN_MONTH})\s*月{_CN_FULL}")),
    ("cnm", _H_CN_DATE, re.compile(r"(?<![0-9.年])(?P<m>\d{1,2})\s*月份?(?![0-9])")),
    ("cny", _H_CN_DATE, re.compile(rf"(?<![0-9])(?P<y>{_CN_YEAR})\s*(?:年度?|财年)(?!\s*{_CN_MONTH}\s*月)")),
    ("cnq", _H_CN_DATE, re.compile(
        r"(?P<y>\d{4})\s*年?\s*(?:第\s*(?P<q>[一二三四1-4])\s*季度|[Qq](?P<q2>[1-4])(?![0-9])|(?P<h>[上下])半年)")),
    ("qy", _H_QUARTER, re.compile(r"(?<![A-Za-z0-9])[Qq](?P<q>[1-4])[\s\-/]*(?:FY\s*)?'?(?P<y>\d{4}|\d{2})(?![0-9])")),
    ("yq", _H_QUARTER, re.compile(r"(?<![A-Za-z0-9])(?P<y>\d{4})\s*[-/]?\s*Q(?P<q>[1-4])(?![0-9A-Za-z])")),
    ("hy", _H_QUARTER, re.compile(
        r"(?<![A-Za-z0-9])(?:H(?P<h>[12])\s*(?:FY\s*)?(?P<y>\d{4})|(?P<y2>\d{4})\s*[-/]?\s*H(?P<h2>[12]))"
        r"(?![0-9A-Za-z])")),
    ("qw", _H_QUARTER, re.compile(
        r"(?i)(?<![A-Za-z])(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?"
        r"(?:FY\s*)?(?P<y>\d{4})(?![0-9])")),
]
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid(y: int | None, m: int, d: int | None) -> bool:
    """Whether (year, month, day) exists; year and day may be missing."""
    if not 1 <= m <= 12:
        return False
    if y is not None and not 1000 <= y <= 2999:
        return False
    if d is None:
        return True
    if not 1 <= d <= _DAYS_IN_MONTH[m - 1]:
        return False
    return not (m == 2 and d == 29 and y is not None and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)))


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    """ISO value for a validated (year, month, day); parts may be missing."""
    if m is None:
        return f"{y:04d}" if y is not None and 1000 <= y <= 2999 else None
    if not _valid(y, m, d):
        return None
    if y is None:
        return f"--{m:02d}" + (f"-{d:02d}" if d is not None else "")
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else "")


def _num_part(s: str | None) -> int | None:
    """An integer date field written in Arabic or Chinese digits."""
    if s is None:
        return None
    s = s.strip()
    return int(_digits(s)) if s.isdecimal() else _cn_int(s)


def _year2(yy: str) -> int:
    """Two-digit year: 00-69 -> 20xx, 70-99 -> 19xx."""
    y = int(_digits(yy))
    return 2000 + y if y < 70 else 1900 + y


def _month(name: str) -> int:
    """Month number of an English month name or abbreviation."""
    return _MONTHS[name.lower().rstrip(".")]


def _date_value(kind: str, m: re.Match[str], text: str) -> str | None:
    """ISO value of a date match of pattern ``kind`` (None when the date does not exist)."""
    g = m.groupdict()
    if kind in ("ymd", "ym", "my", "ymd8"):
        return _iso(int(_digits(g["y"])), int(_digits(g["m"])), _num_part(g.get("d")))
    if kind in ("abY", "aby"):
        a, b = int(_digits(g["a"])), int(_digits(g["b"]))
        y = int(_digits(g["y"])) if kind == "abY" else _year2(g["y"])
        sep = g.get("s") or "/"
        month_first = sep == "/"
        if a > 12 and b <= 12:
            month_first = False
        elif b > 12 and a <= 12:
            month_first = True
        return _iso(y, a, b) if month_first else _iso(y, b, a)
    if kind in ("mdy", "dmy", "md", "mony"):
        y = int(_digits(g["y"])) if g.get("y") else (_year2(g["yy"]) if g.get("yy") else None)
        d = int(_digits(g["d"])) if g.get("d") else None
        if g.get("d2") and (d is None or not _valid(y, _month(g["mon"]), int(_digits(g["d2"])))):
            return None
        return _iso(y, _month(g["mon"]), d)
    if kind in ("cn", "cnmd", "cnm"):
        y = _num_part(g.get("y"))
        return _iso(y, _num_part(g["m"]), _num_part(g.get("d")))
    if kind == "cny":
        y = _num_part(g["y"])
        return _iso(y, None, None) if y is not None and (1900 <= y <= 2099 or not g["y"].isdecimal()) else None
    if kind in ("cnq", "qy", "yq"):
        q = g.get("q") or g.get("q2")
        y = _year2(g["y"]) if len(g["y"]) == 2 else int(_digits(g["y"]))
        if g.get("h"):
            return f"{y:04d}-H{1 if g['h'] == '上' else 2}"
        return f"{y:04d}-Q{_num_part(q)}" if 1000 <= y <= 2999 else None
    if kind == "hy":
        y, h = (g["y"], g["h"]) if g.get("y") else (g["y2"], g["h2"])
        return f"{int(y):04d}-H{h}"
    if kind == "qw":
        return f"{int(g['y']):04d}-Q{_QUARTER_WORDS[g['ord'].lower()]}"
    return None


def _dates(text: str) -> Iterator[_Cand]:
    """Date candidates (numeric, English month names, Chinese, quarters and halves)."""
    return _typed(text, "date", _DATE_PATTERNS, _date_value)


# ---------------------------------------------------------------------------------------
# Times
# ---------------------------------------------------------------------------------------

_AMPM = r"(?P<ap>[AaPp]\.?[Mm]\.?(?![A-Za-z]))"
_CN_PERIOD = "(?P<per>凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|夜里|夜间|晚间|深夜|午夜)"
_CN_PM = frozenset({"中午", "午后", "下午", "傍晚", "晚上", "夜里", "夜间", "晚间", "深夜"})
_CN_HOUR = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3}|二十[一二三四]?|十[一二])"
_CN_MIN = r"(?:\d{1,2}|[一二三四五六七八九十零〇]{1,3})"
_TIME_PATTERNS: list[_Pat] = [
    ("colon", _H_COLON, re.compile(
        rf"(?<![0-9:：.])(?P<h>\d{{1,2}})[:：](?P<mi>\d{{2}})(?:[:：](?P<s>\d{{2}}))?(?![0-9]|[:：]\d)(?:\s?{_AMPM})?")),
    ("dot", _H_AMPM, re.compile(rf"(?<![0-9:.])(?P<h>\d{{1,2}})\.(?P<mi>\d{{2}})\s?{_AMPM}")),
    ("hour", _H_AMPM, re.compile(rf"(?<![0-9:.,])(?P<h>\d{{1,2}})\s?(?:{_AMPM}|o['’]clock(?![A-Za-z]))")),
    ("cn", _H_CN_TIME, re.compile(rf"{_CN_PERIOD}?\s*(?<![0-9.])(?P<h>{_CN_HOUR})\s*(?:[:：](?P<mi>\d{{2}})(?![0-9])"
                      rf"|(?P<unit>点|时|點|時)(?:\s*(?P<half>半|一刻|三刻)"
                      rf"|\s*(?P<mi2>{_CN_MIN})\s*分(?:\s*(?P<s>{_CN_MIN})\s*秒)?)?(?P<zh>钟|整)?)")),
]


def _time_value(kind: str, m: re.Match[str], text: str) -> str | None:
    """``HH:MM`` (24-hour) of a time match, or None when it is not a time of day."""
    g = m.groupdict()
    h = _num_part(g["h"])
    if kind == "cn":
        sure = bool(g["per"] or g["mi2"] or g["half"] or g["zh"] or g["mi"])
        if not g["h"].isdecimal() and not sure:
            return None          # "三点" alone means "three points" as often as 3 o'clock
        if g["unit"] in ("点", "點") and not sure and text[m.end():m.end() + 1] not in ("-", "~", "～", "至", "到"):
            return None          # "以下3点" (three points); "9点开始" needs 上午/下午 or minutes
        if g["unit"] and not g["mi2"] and text[m.end():m.end() + 1].isdecimal():
            return None          # "3点5" is a spoken decimal
        mi = {"半": 30, "一刻": 15, "三刻": 45}.get(g["half"] or "", None)
        if mi is None:
            mi = _num_part(g["mi"] or g["mi2"]) or 0
        if g["per"] in _CN_PM and h is not None and h < 12 and not (g["per"] == "中午" and h >= 11):
            h += 12
        elif g["per"] in ("凌晨", "午夜") and h == 12:
            h = 0
    else:
        mi = int(_digits(g["mi"])) if g.get("mi") else 0
        ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
        if ap:
            if h is None or not 1 <= h <= 12:
                return None
            h = (h % 12) + (12 if ap == "pm" else 0)
    sec = _num_part(g.get("s")) if g.get("s") else None
    if h is None or mi is None or not (0 <= h <= 23 or (h == 24 and mi == 0)) or not 0 <= mi <= 59:
        return None
    if sec is not None and not 0 <= sec <= 59:
        return None
    return f"{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "")


def _times(text: str) -> Iterator[_Cand]:
    """Time-of-day candidates: 09:30, 9:30 am, 9.30 p.m., 下午2:30, 14时30分."""
    return _typed(text, "time", _TIME_PATTERNS, _time_value)


# ---------------------------------------------------------------------------------------
# Amounts and percentages
# ---------------------------------------------------------------------------------------

_CUR_PREFIX = {"US$": "USD", "USD": "USD", "U.S.$": "USD", "HK$": "HKD", "HKD": "HKD", "NT$": "TWD",
               "TWD": "TWD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD",
               "CAD": "CAD", "S$": "SGD", "SGD": "SGD", "RMB": "CNY", "CNY": "CNY", "EUR": "EUR",
               "GBP": "GBP", "JPY": "JPY", "JP¥": "JPY", "CHF": "CHF", "KRW": "KRW", "INR": "INR",
               "人民币": "CNY", "¥": "CNY", "￥": "CNY", "$": "USD", "＄": "USD", "€": "EUR", "£": "GBP",
               "￡": "GBP", "₩": "KRW", "₹": "INR", "Rs.": "INR", "Rs": "INR"}
_CUR_SUFFIX = {"元": "CNY", "圆": "CNY", "块": "CNY", "块钱": "CNY", "元人民币": "CNY", "人民币": "CNY",
               "美元": "USD", "美金": "USD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "港元": "HKD",
               "港币": "HKD", "澳元": "AUD", "加元": "CAD", "新元": "SGD", "韩元": "KRW", "円": "JPY",
               "USD": "USD", "CNY": "CNY", "RMB": "CNY", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
               "HKD": "HKD", "CHF": "CHF", "€": "EUR", "£": "GBP", "dollars": "USD", "dollar": "USD",
               "euros": "EUR", "euro": "EUR", "yuan": "CNY", "Yuan": "CNY", "pounds sterling": "GBP"}
_CUR_PRE_RE = r"(?<![A-Za-z])" + _alt(_CUR_PREFIX, word_end=True)
_CUR_SUF_RE = _alt(_CUR_SUFFIX, word_end=True)
_CRDR = r"(?:\s?(?P<crdr>CR|DR|Cr|Dr)(?![A-Za-z]))?"
_ZHENG = r"(?:整(?![理齐个体数改顿]))?"
_AMOUNT_PATTERNS: list[_Pat] = [
    ("pre", _H_DIGIT, re.compile(rf"(?<![A-Za-z0-9])(?P<neg>[-−–]\s?)?(?P<cur>{_CUR_PRE_RE})\s?(?P<neg2>[-−])?\s?"
                       rf"(?P<num>{_ANUM}){_NUM_END}(?:\s?(?P<mult>{_MULT_RE}))?(?:\s?(?P<suf>{_CUR_SUF_RE}))?"
                       rf"{_ZHENG}{_CRDR}")),
    ("suf", _H_DIGIT, re.compile(
        rf"(?<![A-Za-z0-9.,])(?P<neg>[-−])?(?P<num>{_ANUM}){_NUM_END}(?:\s?(?P<mult>{_MULT_RE}))?"
        rf"\s?(?P<cur>{_CUR_SUF_RE}){_ZHENG}{_CRDR}")),
    ("paren", _H_DIGIT, re.compile(
        rf"\(\s?(?P<cur>{_CUR_PRE_RE})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{2}})?|\d+\.\d{{2}})\s?\)")),
    ("cn", _H_CN_MONEY, re.compile(rf"(?P<cur>人民币|RMB|[¥￥])?\s*(?P<num>{_CN_NUM}+)(?P<suf>元|圆|块|美元|欧元|英镑|日元|港元|港币)"
                      rf"(?:\s*零?(?P<jiao>{_CN_D})角)?(?:\s*零?(?P<fen>{_CN_D})分)?{_ZHENG}")),
]


#: Pay in thousands after a word for pay, no currency printed ("月薪15k~22k", "Salary: 42K"):
#: one amount per end of the range.
_PAY_K = re.compile(r"(?:月薪|年薪|日薪|时薪|底薪|薪资|薪酬|薪水|工资|待遇|(?<![A-Za-z])(?:salary|pay|wage)s?(?![A-Za-z]))"
                    r"\s*[:：]?\s*(?P<num>\d{1,4}(?:\.\d+)?)\s?(?P<k>[kK])(?![A-Za-z0-9])"
                    r"(?:\s*[-~～–—至到]\s*(?P<num2>\d{1,4}(?:\.\d+)?)\s?(?P<k2>[kK])(?![A-Za-z0-9]))?", re.I)


def _pay_amounts(text: str) -> Iterator[_Cand]:
    """Pay in thousands (``_PAY_K``): each end of the range an amount without a currency."""
    for m in _PAY_K.finditer(text):
        for num, k in (("num", "k"), ("num2", "k2")):
            if m[num]:
                yield _cand(text, "amount", m.start(num), m.end(k), (_as_float(Decimal(m[num]) * 1000), None))


def _amount_value(kind: str, m: re.Match[str]) -> tuple[float, str | None] | None:
    """(value, currency code) of an amount match; None rejects it."""
    g = m.groupdict()
    cur = g.get("cur")
    code = _CUR_PREFIX.get(cur) if kind in ("pre", "paren") else _CUR_SUFFIX.get(cur) if kind == "suf" else None
    if kind == "pre" and g.get("suf") and _CUR_SUFFIX[g["suf"]] != code:
        if cur not in ("¥", "￥", "$", "＄") or not _HAS_CJK.match(g["suf"]):
            return None     # "US$ 20 €": the trailing symbol starts the next amount (re-read without it)
        code = _CUR_SUFFIX[g["suf"]]        # "$100美元", "¥500日元": the word names the currency
    if kind == "cn":
        code = _CUR_SUFFIX[g["suf"]] if g["suf"] not in ("元", "圆", "块") else "CNY"
        val = _cn_number(g["num"])
        if val is None or (len(g["num"]) == 1 and not cur and not g["jiao"]):
            return None
        for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
            if g[part]:
                val += _CN_DIGIT[g[part]] * scale
    else:
        val = _parse_num(g["num"], eu=code == "EUR")
        if val is None:
            return None
        if g.get("mult"):
            val *= _MULT[g["mult"].strip()]
        if kind == "paren" or g.get("neg") or g.get("neg2") or (g.get("crdr") or "").upper() == "DR":
            val = -val
    return _as_float(val), code


def _amounts(text: str) -> Iterator[_Cand]:
    """Money: a currency before or after the number, multipliers, capital numerals, signs."""
    for kind, hint, rx in _AMOUNT_PATTERNS:
        if hint is not None and hint.search(text) is None:
            continue
        pos = 0
        while (m := rx.search(text, pos)) is not None:
            pos = m.end()
            value = _amount_value(kind, m)
            if value is None and kind == "pre" and m["suf"]:
                # "US$ 20 €89": read "US$ 20" alone and let "€" start the next amount
                pos = m.start("suf")
                m = rx.match(text[:pos].rstrip(), m.start()) or m
                value = _amount_value(kind, m) if m["suf"] is None else None
            if value is not None:
                s = m.start() + len(m.group()) - len(m.group().lstrip())
                yield _cand(text, "amount", s, m.end(), value)
    yield from _pay_amounts(text)


_PERCENT_PATTERNS: list[_Pat] = [
    ("sym", _H_PERCENT, re.compile(rf"(?<![A-Za-z0-9.,])(?P<sign>[-−+])?(?P<num>{_NUM}){_NUM_END}\s?"
                       r"(?P<sym>%|％|‰|‱|(?:percent|per cent|pct|Percent)(?![A-Za-z])|个百分点|百分点)")),
    ("cn", _H_CN_PERCENT, re.compile(
        rf"(?P<sign>负)?(?P<sym>百分之|千分之|万分之)(?P<num>\d+(?:\.\d+)?|{_CN_NUM}+(?:点{_CN_D}+)?)")),
]
_PERMILLE = {"‰": Decimal(10), "千分之": Decimal(10), "‱": Decimal(100), "万分之": Decimal(100)}


def _percent_value(name: str, m: re.Match[str], text: str) -> float | None:
    """Percent value of a match (per mille and 千分之 divided by ten)."""
    num = m["num"]
    val = _parse_num(num) if num[0].isdecimal() else _cn_number(num)
    if val is None:
        return None
    val /= _PERMILLE.get(m["sym"], Decimal(1))
    return _as_float(-val if m["sign"] in ("-", "−", "负") else val)


def _percents(text: str) -> Iterator[_Cand]:
    """Percent candidates: 12.5%, 12.5 percent, 5‰, 百分之十二点五, 3.2个百分点."""
    return _typed(text, "percent", _PERCENT_PATTERNS, _percent_value)


# ---------------------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------------------

# canonical unit -> spellings
_UNITS: dict[str, list[str]] = {
    "mg": ["mg", "毫克"], "g": ["g", "gram", "grams", "克"],
    "kg": ["kg", "kgs", "Kg", "KG", "kilogram", "kilograms", "公斤", "千克"],
    "t": ["tonne", "tonnes", "ton", "tons", "吨"], "lb": ["lb", "lbs"], "oz": ["oz"], "斤": ["斤"],
    "ml": ["ml", "mL", "ML", "millilitre", "millilitres", "milliliter", "milliliters", "毫升"],
    "L": ["L", "litre", "litres", "liter", "liters", "升"], "gal": ["gal", "gallon", "gallons"],
    "tsp": ["tsp", "tsps", "teaspoon", "teaspoons", "茶匙"], "tbsp": ["tbsp", "tbsps", "tablespoon", "tablespoons", "汤匙"],
    "cup": ["cup", "cups"],
    "nm": ["nm"], "μm": ["μm", "µm", "um"], "mm": ["mm", "毫米"], "cm": ["cm", "厘米"],
    "m": ["m", "metre", "metres", "meter", "meters", "米"], "km": ["km", "kilometre", "kilometres", "kilometer",
                                                                 "kilometers", "公里", "千米"],
    "in": ["inch", "inches", "英寸", "寸"], "ft": ["ft", "feet", "foot"], "mi": ["mile", "miles"],
    "m²": ["m²", "m2", "sqm", "sq m", "sq. m", "square metres", "square meters", "平方米", "平米", "㎡"],
    "km²": ["km²", "km2", "平方公里", "平方千米"], "ft²": ["sq ft", "sq. ft.", "sq.ft.", "square feet", "ft²"],
    "m³": ["m³", "m3", "立方米"], "亩": ["亩"], "ha": ["ha", "hectares", "公顷"],
    "km/h": ["km/h", "kph", "km/hr", "公里/小时", "千米/小时", "公里每小时"], "mph": ["mph"], "m/s": ["m/s", "米/秒"],
    "°C": ["°C", "° C", "℃", "ºC", "degrees Celsius", "degrees C", "deg C", "摄氏度"],
    "°F": ["°F", "° F", "℉", "degrees Fahrenheit", "degrees F", "deg F"],
    "B": ["bytes", "byte", "字节"], "KB": ["KB", "kB", "Kb"], "MB": ["MB", "Mb"], "GB": ["GB", "Gb"],
    "TB": ["TB", "Tb"], "PB": ["PB"], "KiB": ["KiB"], "MiB": ["MiB"], "GiB": ["GiB"], "TiB": ["TiB"],
    "bps": ["bps"], "Kbps": ["Kbps", "kbps"], "Mbps": ["Mbps", "Mb/s", "mbps"], "Gbps": ["Gbps", "Gb/s"],
    "MB/s": ["MB/s"], "Hz": ["Hz", "赫兹"], "kHz": ["kHz", "KHz"], "MHz": ["MHz", "兆赫"], "GHz": ["GHz", "Ghz"],
    "W": ["W", "watts", "瓦"], "kW": ["kW", "KW", "千瓦"], "MW": ["MW", "兆瓦"], "kWh": ["kWh", "KWh", "kwh", "千瓦时", "度电"],
    "Wh": ["Wh"], "mAh": ["mAh", "毫安时"], "V": ["V", "volts", "伏"], "kV": ["kV"], "mA": ["mA"], "μA": ["μA", "µA", "uA"],
    "A": ["amps", "amp", "ampere", "amperes"],
    "ms": ["ms", "毫秒"], "s": ["s", "sec", "secs", "second", "seconds", "秒", "秒钟"],
    "min": ["min", "mins", "minute", "minutes", "分钟"], "h": ["h", "hr", "hrs", "hour", "hours", "小时", "个小时", "钟头"],
    "day": ["day", "days", "天", "日历天"], "working day": ["working days", "working day", "business days",
                                                          "business day", "工作日", "个工作日"],
    "week": ["week", "weeks", "wk", "wks", "周", "星期", "个星期", "个礼拜"],
    "month": ["month", "months", "mo", "mos", "个月"], "year": ["year", "years", "yr", "yrs", "年"],
    "岁": ["岁", "周岁"], "pcs": ["pcs", "pc", "piece", "pieces", "PCS", "Pcs", "件"], "unit": ["unit", "units"],
    "item": ["item", "items", "项"], "set": ["set", "sets", "套"], "box": ["box", "boxes", "箱", "盒"],
    "page": ["page", "pages", "页"], "copy": ["copy", "copies", "份"],
    "person": ["people", "persons", "person", "人", "名", "位"],
    "employee": ["employees", "staff"], "user": ["users"], "seat": ["seats"], "room": ["rooms", "间"],
    "night": ["nights", "晚"], "time": ["times", "次"], "个": ["个"], "台": ["台"], "张": ["张"], "本": ["本"],
    "包": ["包"], "只": ["只"], "条": ["条"], "家": ["家"], "辆": ["辆"], "瓶": ["瓶"], "支": ["支"], "双": ["双"],
    "袋": ["袋"], "栋": ["栋"], "株": ["株"], "头": ["头"], "篇": ["篇"], "款": ["款"], "批": ["批"], "片": ["片"],
    "枚": ["枚"], "颗": ["颗"], "粒": ["粒"], "kcal": ["kcal", "kcals", "kilocalories", "calories", "千卡", "大卡"], "cal": ["cal"],
    "mmHg": ["mmHg"], "Pa": ["Pa"], "kPa": ["kPa"], "MPa": ["MPa"], "dpi": ["dpi", "DPI"], "px": ["px"],
}
_UNIT_CANON = {v: k for k, vs in _UNITS.items() for v in vs}


#: Units of weight, volume, length, area and temperature (not counters or durations): a question
#: that names one ("in teaspoons", "多少公斤") asks for a value in it.
_MEASURE_UNITS = ("mg", "g", "kg", "t", "lb", "oz", "斤", "ml", "L", "gal", "tsp", "tbsp", "cup", "nm", "μm", "mm",
                  "cm", "m", "km", "in", "ft", "mi", "m²", "km²", "亩", "ha", "°C", "°F")


def measure_units() -> tuple[str, ...]:
    """The canonical units of measure (``_MEASURE_UNITS``) whose spellings a question may name."""
    return _MEASURE_UNITS


def unit_spellings(unit: str) -> list[str]:
    """The spellings of a canonical unit ("km" -> km, kilometre, ..., 公里, 千米); [] if unknown."""
    return list(_UNITS.get(unit, []))
# short units that are also words are only read when written right after the number: "5s", "24h", "3本"
_ATTACHED_ONLY = frozenset({"s", "h", "V", "W", "mo", "寸", "晚", "头", "片", "包", "本", "只", "条", "家", "支", "双", "张"})
# Chinese numerals are read with measures and durations, not with every counter ("一个", "一家")
_CN_NUM_UNITS = [u for u in _UNIT_CANON if _HAS_CJK.search(u) and _UNIT_CANON[u] in {
    "mg", "g", "kg", "t", "斤", "ml", "L", "mm", "cm", "m", "km", "m²", "km²", "亩", "ha", "°C", "s", "min", "h",
    "day", "working day", "week", "month", "year", "岁", "W", "kW", "kWh"}]
_QUANTITY_RE = re.compile(rf"(?<![A-Za-z0-9.,])(?P<sign>[-−])?(?P<num>{_NUM}){_NUM_END}(?P<mult>万|亿)?"
                          rf"(?P<sp>\s?)(?P<unit>{_alt(_UNIT_CANON, word_end=True)})(?![A-Za-z0-9²³])")
_CN_QUANTITY_RE = re.compile(rf"(?P<num>[{''.join(_CN_DIGIT)}十百千万半]+)(?P<unit>{_alt(_CN_NUM_UNITS)})")


#: A duration in two or more parts, largest first: "3小时25分", "2 h 15 min", "1天6小时",
#: "1年6个月", "4 min 30 s" (the parts' units: day, hour, minute, second; year, month).
_DURATION_PARTS = (("day", r"天|days?|d"), ("h", r"个?小时|钟头|hours?|hrs?|h"),
                   ("min", r"分钟|分(?!之|钟)|minutes?|mins?|m"), ("s", r"秒钟?|seconds?|secs?|s"))
_DURATION_PART_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?:"
                               + "|".join(f"(?P<{name}>{unit})" for name, unit in _DURATION_PARTS) + r")(?![A-Za-z])\s*")
#: Two or more parts in a row (a pattern that cannot match empty text, so the scan is quick).
_COMPOUND_DURATION_RE = re.compile(r"(?<![\d.])(?:\d+(?:\.\d+)?\s*(?:"
                                   + "|".join(unit for _, unit in _DURATION_PARTS) + r")(?![A-Za-z])\s*){2,}")
_YEARS_MONTHS_RE = re.compile(r"(?<![\d.])(?P<y>\d{1,2})\s*(?:年|years?)\s*(?:and\s*)?(?P<mo>\d+)\s*(?:个月|months?)(?![A-Za-z])")
_IN_MINUTES = {"day": 1440.0, "h": 60.0, "min": 1.0, "s": 1.0 / 60.0}
_PART_RANK = {name: i for i, (name, _) in enumerate(_DURATION_PARTS)}


def _compound_durations(text: str) -> Iterator[_Cand]:
    """Durations printed in two or more parts ("3小时25分" is 205 minutes; "1年6个月" 18 months),
    valued in the smallest part's unit (min when it is seconds: 4 min 30 s is 4.5 min). The
    parts run from larger to smaller units; a run that turns back ends the duration there."""
    for m in _COMPOUND_DURATION_RE.finditer(text):
        parts: list[tuple[str, float]] = []
        end = m.start()
        for p in _DURATION_PART_RE.finditer(text, m.start(), m.end()):
            name = p.lastgroup
            if parts and _PART_RANK[name] <= _PART_RANK[parts[-1][0]]:
                break
            parts.append((name, float(p["num"])))
            end = p.end()
        if len(parts) < 2:
            continue
        smallest = parts[-1][0] if parts[-1][0] != "s" else "min"
        total = sum(v * _IN_MINUTES[name] for name, v in parts) / _IN_MINUTES[smallest]
        end -= len(text[m.start():end]) - len(text[m.start():end].rstrip())
        yield _cand(text, "quantity", m.start(), end, (round(total, 4), smallest))
    for m in _YEARS_MONTHS_RE.finditer(text):
        yield _cand(text, "quantity", m.start(), m.end(), (float(int(m["y"]) * 12 + int(m["mo"])), "month"))


#: Days counted with 日 ("十五日内", "30日以内"), which is otherwise a day of the month: a count of
#: days when 内, 以内 or 之内 follows and no month precedes ("15日前" may be the 15th: not read).
_CN_DAYS_RE = re.compile(rf"(?<![月\d{''.join(_CN_DIGIT)}十])(?P<num>\d{{1,3}}|[{''.join(_CN_DIGIT)}十百]+)(?P<unit>日)"
                         r"(?=以内|之内|内)")


def _quantities(text: str) -> Iterator[_Cand]:
    """A number with a unit of measure, duration or count."""
    yield from _compound_durations(text)
    for m in _CN_DAYS_RE.finditer(text) if "日" in text else ():
        val = _parse_num(m["num"]) if m["num"].isdigit() else _cn_number(m["num"])
        if val is not None:
            yield _cand(text, "quantity", m.start(), m.end(), (_as_float(val), "day"))
    for m in _QUANTITY_RE.finditer(text) if _H_DIGIT.search(text) else ():
        unit = m["unit"]
        if m["sp"] and unit in _ATTACHED_ONLY:
            continue
        val = _parse_num(m["num"])
        if val is None:
            continue
        if m["mult"]:
            val *= _MULT[m["mult"]]
        if m["sign"]:
            val = -val
        yield _cand(text, "quantity", m.start(), m.end(), (_as_float(val), _UNIT_CANON[unit]))
    for m in _CN_QUANTITY_RE.finditer(text) if _HAS_CJK.search(text) else ():
        num = m["num"]
        if num == "半" and m.start() > 0 and text[m.start() - 1] in "上下前后多大过":
            continue        # 下半年 is a time of year, not half a year
        val = Decimal("0.5") if num == "半" else _cn_number(num)
        if val is None:
            continue
        yield _cand(text, "quantity", m.start(), m.end(), (_as_float(val), _UNIT_CANON[m["unit"]]))


# ---------------------------------------------------------------------------------------
# Phones, e-mail, URLs
# ---------------------------------------------------------------------------------------

_EXT = r"(?P<extall>\s*,?\s*(?:ext\.?|Ext\.?|EXT\.?|x|X|extension|转|分机)\s*(?P<ext>\d{1,6}))?"
_PH_LB = r"(?<![A-Za-z0-9.,/\-+])"
_PH_RB = r"(?![A-Za-z0-9]|[.,/\-]\d)"
_PHONE_PATTERNS: list[re.Pattern[str]] = [
    # international: +86 138 1234 5678, +1 (415) 555-0123, +44 20 7946 0958, +86-10-6543-2100
    re.compile(rf"(?<![A-Za-z0-9])\+\s?(?P<cc>\d{{1,3}})[\s.\-]?(?:\(\s?0?\d{{1,4}}\s?\)[\s.\-]?)?\d{{1,4}}"
               rf"(?:[\s.\-]?\d{{2,4}}){{1,4}}{_PH_RB}{_EXT}"),
    # Chinese mobile: 138-1234-5678, 138 1234 5678, 13812345678
    re.compile(rf"{_PH_LB}1[3-9]\d(?P<s>[\s\-]?)\d{{4}}(?P=s)\d{{4}}{_PH_RB}{_EXT}"),
    # Chinese landline with area code: 010-65432100, (010) 6543-2100, 0755 8601 3388
    re.compile(rf"{_PH_LB}(?:\(0\d{{2,3}}\)\s?|（0\d{{2,3}}）\s?|0\d{{2,3}}[\s\-])\d{{3,4}}[\s\-]?\d{{4}}{_PH_RB}{_EXT}"),
    # British national: 01632 960 555, 01223 555 0147 (a four- or five-digit area code)
    re.compile(rf"{_PH_LB}0\d{{3,4}}\s\d{{3}}\s?\d{{3,4}}{_PH_RB}{_EXT}"),
    # service numbers: 400-820-8820, 800 820 8820
    re.compile(rf"{_PH_LB}[48]00[\s\-]?\d{{3}}[\s\-]?\d{{4}}{_PH_RB}{_EXT}"),
    # North American: (415) 555-0123, 415.555.0123, 415-555-0123, 1-800-555-0199
    re.compile(rf"{_PH_LB}(?:1[\s.\-])?(?:\(\d{{3}}\)\s?|\d{{3}}(?P<s>[\s.\-]))\d{{3}}(?(s)(?P=s)|[\s.\-])\d{{4}}"
               rf"{_PH_RB}{_EXT}"),
    # a number after a phone label: 电话：65432100, Tel: 2345 6789
    re.compile(rf"(?:电话|手机|联系电话|座机|传真|热线|Tel|TEL|Phone|PHONE|Mobile|Mob|Cell|Fax|FAX)\.?\s*(?:号码)?\s*[:：]?\s*"
               rf"(?P<lab>\+?\d[\d\-]{{5,16}}\d){_PH_RB}{_EXT}"),
]
#: An extension printed alone after its label ("Lab phone: ext. 4471", "分机：8306").
_EXT_ALONE = re.compile(r"(?<![A-Za-z])(?P<lab>ext\.?|extension|分机号?)\s*(?P<colon>[:：]\s*)?(?P<ext>\d{2,6})(?![\d.,\-])",
                        re.I)
_PH_GROUP = re.compile(r"\d+")
# longest national number (with the country code) for common codes; others up to the ITU maximum of 15
_PH_MAX_DIGITS = {"1": 11, "86": 13, "44": 12, "852": 11, "853": 11, "886": 12, "81": 12, "82": 12, "65": 10,
                  "61": 11, "49": 14, "33": 11, "91": 12, "7": 11}


def _phones(text: str) -> Iterator[_Cand]:
    """Phone numbers: international, Chinese mobile/landline/400, North American, after a label."""
    if not _H_DIGIT.search(text):
        return
    taken: list[tuple[int, int]] = []
    for i, rx in enumerate(_PHONE_PATTERNS):
        for m in rx.finditer(text):
            s, e = (m.start("lab"), m.end()) if i == len(_PHONE_PATTERNS) - 1 else (m.start(), m.end())
            ext = m["ext"]
            main_end = m.start("extall") if ext else e
            if i == 0:
                # an international number may have run into a following number: drop trailing groups
                groups = list(_PH_GROUP.finditer(text, s, main_end))
                cc = m["cc"]
                limit = _PH_MAX_DIGITS.get(cc, _PH_MAX_DIGITS.get(cc[:2], _PH_MAX_DIGITS.get(cc[:1], 15)))
                while len(groups) > 3 and sum(len(g.group()) for g in groups) > limit:
                    groups.pop()
                    ext, main_end = None, groups[-1].end()
                    e = main_end
            main = text[s:main_end].rstrip(" ,")
            digits = _digits(main)
            if not 7 <= len(digits) <= 15 or main[-1:] in "-.":
                continue
            yield _cand(text, "phone", s, e, digits + (f";ext={ext}" if ext else ""))
            taken.append((s, e))
    for m in _EXT_ALONE.finditer(text):
        if not any(a <= m.start("ext") < b for a, b in taken):  # not the extension of a number before it
            yield _cand(text, "phone", m.start("ext") if m["colon"] else m.start(), m.end(), f";ext={m['ext']}")


_EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
                       r"\.[A-Za-z]{2,}(?![A-Za-z0-9\-])")
_TLDS = ["com", "cn", "org", "net", "edu", "gov", "io", "ai", "co", "uk", "de", "jp", "fr", "info", "biz", "me",
         "app", "dev", "tv", "us", "hk", "tw", "sg", "au", "ca", "in", "ru", "eu", "nl", "ch", "kr", "top", "xyz"]
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_URL_RE = re.compile(
    rf"(?:(?:https?|ftp)://{_URL_CHARS}+"
    rf"|(?<![A-Za-z0-9@.\-])www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:/{_URL_CHARS}*)?"
    rf"|(?<![A-Za-z0-9@.\-/])[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.{_alt(_TLDS)}(?![A-Za-z0-9\-@])"
    rf"(?:/{_URL_CHARS}*)?)")


def _emails_urls(text: str) -> Iterator[_Cand]:
    """E-mail addresses (value lower-cased) and URLs (trailing punctuation left out)."""
    if "." not in text:
        return
    for m in _EMAIL_RE.finditer(text) if "@" in text else ():
        yield _cand(text, "email", m.start(), m.end(), m.group().lower())
    for m in _URL_RE.finditer(text):
        url = m.group()
        while url and (url[-1] in ".,;:!?'\"]}" or (url[-1] == ")" and url.count("(") < url.count(")"))):
            url = url[:-1]
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
        if "." not in host or re.fullmatch(r"[\d.]+", host) and host.count(".") != 3:
            continue
        yield _cand(text, "url", m.start(), m.start() + len(url), url)


# ---------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------

_ID_TOKEN = r"[A-Za-z0-9](?:[A-Za-z0-9\-_/.·]*[A-Za-z0-9])?"
_ID_RE = re.compile(r"(?<![A-Za-z0-9\-_/.#@])(?!(?:No|NO|no|Nr|NR|Tel|TEL|Fax)\.)[A-Za-z0-9]+(?:[\-_/.·][A-Za-z0-9]+)*"
                    r"(?![A-Za-z0-9@]|[\-_/][A-Za-z0-9]|\.[A-Za-z0-9])")
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)(?:-[A-Za-z]+)?", re.I)
_NUM_COMPOUND_RE = re.compile(r"\d+(?:\.\d+)?(?:-[a-z]+)+")     # 45-year-old, 3-day, 24-hour
_ISO_DT_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}T\d{1,2}")
_EN_ID_LABELS = ["Order", "Invoice", "Inv", "PO", "P.O.", "Purchase Order", "Ref", "Reference", "Serial", "Tracking",
                 "Account", "Acct", "A/C", "Policy", "Claim", "Case", "Ticket", "Contract", "Customer", "Client",
                 "Item", "Part", "Model", "Batch", "Lot", "SKU", "Receipt", "Booking", "Confirmation", "Transaction",
                 "Txn", "Shipment", "Waybill", "Registration", "Reg", "License", "Licence", "Certificate", "Patent",
                 "Document", "Doc", "Quote", "Quotation", "Employee", "Student", "Member", "Passport", "Voucher",
                 "Job", "Work Order", "Bill", "Delivery Note", "ID", "No.", "No", "Nr.", "#", "Nº", "S/N", "SN",
                 "Serial No.", "VAT", "Tax ID", "EIN", "IBAN", "SWIFT", "Version", "version", "Ver.", "Build"]
_CN_ID_LABELS = ["编号", "单号", "订单号", "订单编号", "发票号码", "发票号", "发票代码", "合同编号", "合同号", "流水号", "序列号",
                 "序号", "批号", "批次号", "工号", "学号", "证件号码", "证件号", "身份证号码", "身份证号", "护照号码", "护照号",
                 "账号", "帐号", "账户", "卡号", "运单号", "快递单号", "案号", "档案号", "凭证号", "型号", "货号", "编码", "代码",
                 "统一社会信用代码", "信用代码", "纳税人识别号", "税号", "注册号", "许可证号", "登记号", "版本号", "版本",
                 "车牌号码", "车牌号", "车牌", "房号", "工单号", "报告编号", "项目编号", "采购单号", "物料编码", "产品编号",
                 "客户编号", "会员号", "保单号", "票号", "车次", "航班号", "航班"]
#: Labels of five letters or more also count in lower case ("Air waybill", "tracking number"):
#: the short ones ("No", "Ref", "Inv") in lower case are words as often as labels.
_EN_ID_LABELS += [w.lower() for w in _EN_ID_LABELS if len(w) >= 5 and re.fullmatch(r"[A-Za-z ]+", w)]
_EN_ID_LABELS += ["AWB", "Air Waybill", "Bill of Lading", "B/L", "Container", "Declaration", "MRN", "Permit",
                  "Reservation", "Membership", "Card", "Application", "Enrolment", "Enrollment", "Appointment",
                  "Consignment", "Parcel", "Flight", "Vessel", "Voyage", "Seal"]
_EN_ID_LABEL_RE = (r"(?<![A-Za-z])" + _alt(_EN_ID_LABELS, word_end=True)
                   + r"\.?\s*(?:No\.?|Nr\.?|Number|number|#|ID|Code|code)?\s*[:：#.]?\s*")
#: An IBAN as printed, in groups of four ("IE64 HRBR 9911 0234 5678 01").
_IBAN = r"[A-Z]{2}\d{2}(?:\s[A-Z0-9]{4}){2,7}(?:\s[A-Z0-9]{1,3})?(?![A-Za-z0-9])"
_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])" + _IBAN)
_LABELLED_ID_RE = re.compile(
    rf"(?P<label>{_EN_ID_LABEL_RE}|{_alt(_CN_ID_LABELS)}\s*[:：#]?\s*(?:No\.?\s*)?)"
    rf"(?P<tok>{_IBAN}|\d{{3,6}}(?:\s\d{{2,6}}){{2,5}}(?!\s?\d)|[A-Za-z]{{1,4}}\d+(?:\.\d+)+|{_ID_TOKEN})"
    r"(?![A-Za-z0-9])")
_PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]"
                       r"[A-HJ-NP-Z][·•・\-\s]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳](?![A-Za-z0-9])")
_CN_ID_CARD_RE = re.compile(r"(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
                            r"(?![0-9A-Za-z])")
_DECIMAL_RE = re.compile(r"\d+\.\d+")
#: A number printed in four or more groups of digits joined by hyphens ("0418-2297-6310-2926-5504",
#: a certificate or card number): one code, no date (three groups) and no phone (three at most).
_DIGIT_GROUPS_RE = re.compile(r"(?<![\w.\-])\d{2,6}(?:-\d{2,6}){3,}(?![\w.\-])")
_DATE_IN_GROUPS_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)")
_VERSION_LABEL_RE = re.compile(r"(?i)ver|build|版本|型号")
_VERSION_RE = re.compile(r"(?<![A-Za-z0-9.])[vV]\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.]+)?(?![A-Za-z0-9])")


def _id_ok(tok: str) -> bool:
    """A free-standing code: letters and digits mixed, three or more characters, not an ordinal."""
    if len(tok) < 3 or not any(c.isdigit() for c in tok) or not any(c.isalpha() for c in tok):
        return False
    return not (_ORDINAL_RE.fullmatch(tok) or _ISO_DT_RE.match(tok) or _NUM_COMPOUND_RE.fullmatch(tok))


def _identifiers(text: str) -> Iterator[_Cand]:
    """Codes: mixed letters and digits, codes after an ID label, plates, ID cards, versions,
    digits in four or more hyphenated groups."""
    if not _H_DIGIT.search(text):
        return
    for m in _ID_RE.finditer(text):
        if _id_ok(m.group()):
            yield _cand(text, "identifier", m.start(), m.end(), m.group())
    for m in _LABELLED_ID_RE.finditer(text):
        tok = m["tok"]
        if len(tok.replace(" ", "")) < 3 or not any(c.isdigit() for c in tok) or _ORDINAL_RE.fullmatch(tok):
            continue
        if tok.isdecimal() and len(tok) < 4:
            continue        # "Order 12", "Item 305" read as counts as often as codes
        if _DECIMAL_RE.fullmatch(tok) and not _VERSION_LABEL_RE.search(m["label"]):
            continue        # "VAT 130.00" is a number, "Version 2.3" a version
        yield _cand(text, "identifier", m.start("tok"), m.end("tok"), tok, _RANK_LABELLED_ID)
    for rx in (_PLATE_RE, _CN_ID_CARD_RE, _VERSION_RE, _IBAN_RE):
        for m in rx.finditer(text):
            yield _cand(text, "identifier", m.start(), m.end(), m.group())
    for m in _DIGIT_GROUPS_RE.finditer(text):
        if not _DATE_IN_GROUPS_RE.search(m.group()):  # "2025-03-14-2025-04-01" is a range of dates
            yield _cand(text, "identifier", m.start(), m.end(), m.group())


# ---------------------------------------------------------------------------------------
# English persons, organisations and places
# ---------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_NAME_WORD = (rf"(?:(?<![A-Za-zÀ-ÿ0-9'’\-])(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LO}]+(?:[-'’][{_UP}]?[{_LO}]+)*"
              rf"(?![A-Za-zÀ-ÿ0-9]))")
_INITIAL = rf"(?:(?<![A-Za-zÀ-ÿ0-9])[{_UP}]\.(?:[{_UP}]\.)*(?=\s))"
# endings of common nouns that are (almost) never surnames; -er, -ent, -ence, -ing are names too
_NOUN_ENDINGS = ("tion", "sion", "ness", "ology", "ware", "ship", "ities", "ism", "ative", "ures", "ments")
_PARTICLES = frozenset("van von der den de del della di da du la le dos das bin ibn al ter ten zu "
                       "Van Von De Del Di Da Du La Le".split())
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord", "rev",
                     "reverend", "fr", "hon", "judge", "justice", "capt", "captain", "col", "gen", "lt", "sgt", "sen",
                     "senator", "gov", "governor", "mayor", "president", "madam", "mme", "mlle", "herr", "frau"})
_TITLE_ABBR = r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|Capt|Col|Gen|Lt|Sgt|Sen|Gov|Mme|Mlle|Fr)\.(?=\s)"
_EN_NAME_TOKEN_RE = re.compile(rf"{_TITLE_ABBR}|{_INITIAL}|{_NAME_WORD}"
                               rf"|(?<![A-Za-z])(?:{'|'.join(sorted(_PARTICLES))})(?=\s)")
# Capitalised words that open sentences, head forms or name things in documents: never part of a name.
_EN_STOP = frozenset("""
a an the and or but nor of to in on at for by with from as into onto upon about above after against along among
around before behind below beneath beside between beyond during except inside near off outside over past since
through throughout till toward towards under until unto up via within without per is are was were be been being am
do does did done have has had having will would shall should can could might must ought this that these those
it its we you he she they them our your his her their my mine yours ours theirs me us him who whom whose which
what when where why how all any each every some no not none both either neither other another such same own only
very also just than too so then there here if else yes ok okay please dear hi hello hey thanks thank regards best
sincerely cheers kind warm welcome congratulations note notes nb ps attn attention re fw fwd cc bcc subject
date time day week month year today tomorrow yesterday total subtotal sum amount balance due paid payment payments
pay payable receivable price prices cost costs fee fees charge charges tax taxes vat gst discount net gross rate
rates qty quantity unit units item items description details detail summary invoice invoices order orders receipt
ship shipping delivery deliver delivered address addresses phone tel telephone fax mobile email e-mail
mail website web page pages table figure fig chapter section part appendix annex schedule exhibit article clause
number no name names first last middle full signature signed sign approved approval prepared reviewed checked
verified issued received sent dated contact contacts customer customers client clients vendor vendors supplier
suppliers buyer seller account accounts bank banking reference ref contract contracts agreement terms term
conditions condition company companies corporation department dept office division team group project projects
report reports meeting meetings agenda minutes memo memorandum letter notice statement statements policy policies
manager managers director directors chief president chairman chairwoman chair ceo cfo cto coo vp head lead officer staff
employee employees member members board committee council street st road rd avenue ave boulevard blvd lane ln drive
way place court square suite floor building room city state province country county district region zip
postal code postcode north south east west northern southern eastern western central new old great greater upper
lower university college school institute academy hospital clinic center centre inc ltd llc corp co plc
gmbh holdings limited national international global general annual quarterly monthly weekly daily second third
final draft revised version model product products service services support sales marketing finance financial
human resources research development operations administration admin management legal compliance security
information technology engineering production quality public private federal republic united kingdom
states america american chinese english french german china japan asia europe africa monday tuesday wednesday
thursday friday saturday sunday january february march july september october november december ask call send see
visit write let make take give get check review approve submit confirm attach attached enclosed find
remember ensure use click go read open close start end begin stop continue apply register login
important urgent confidential original grand estimated actual expected planned budget
purchase sale import export shipment tracking status pending completed cancelled rejected
closed active inactive true false tbd mr mrs ms dr prof sir madam plan plans launch overview introduction
background conclusion conclusions objective objectives scope results result analysis data update updates guide
manual instructions procedure process requirements specification specifications proposal timeline milestones
risk risks issue issues action actions contents index list form application request response feedback survey
training workshop conference seminar event events program programme course class lesson module step phase stage
level grade score test exam system systems platform tool tools software hardware network server database file
files folder document documents record records log history key main major minor current previous next upcoming
recent early late partial standard basic advanced premium free special regular sample example question answer
questions answers yours truly faithfully best wishes street avenue highway author authors editor editors
reviewer reviewers approver owner speaker speakers presenter host recipient sender applicant patient doctor teacher
student students attendee attendees participant participants witness landlord tenant guarantor borrower lender
holder cardholder passenger consignee shipper payee payer agent representative sponsor coordinator assistant
secretary treasurer engineer analyst consultant specialist supervisor inspector auditor accountant lawyer attorney
""".split())
_ORG_SUFFIX = ["Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Co., Ltd.", "Co., Ltd", "Co. Ltd.",
               "Co. Ltd", "Co.,Ltd.", "Ltd.", "Ltd", "Limited", "LLC", "L.L.C.", "LLP", "PLC", "plc", "GmbH", "AG",
               "S.A.", "SA", "N.V.", "B.V.", "Pty Ltd", "Pty. Ltd.", "S.p.A.", "S.r.l.", "Company", "Co.",
               "Group", "Holdings", "Bank", "University", "College", "Institute", "Hospital", "Foundation",
               "Association", "Society", "Laboratories", "Labs", "Partners", "Technologies", "Systems",
               # legal forms of other countries
               "OÜ", "Oy", "Oyj", "AB", "A/S", "ApS", "KG", "SAS", "S.L.", "Ltda", "K.K.", "Pte Ltd",
               "Pte. Ltd.", "Sdn Bhd", "Sp. z o.o.", "s.r.o.", "a.s.", "Kft.", "d.o.o."]
#: Head nouns of trading names without a legal suffix ("Harbor Light Logistics", "Greenfield Foods");
#: a legal suffix after them still ends the name ("Northwind Instruments Ltd").
_ORG_TRADE = ["Logistics", "Foods", "Solutions", "Industries", "Enterprises", "Consulting", "Associates", "Trading",
              "Imports", "Exports", "Motors", "Studios", "Airways", "Airlines", "Shipping", "Insurance", "Ventures",
              "Pharmaceuticals", "Instruments", "Electronics", "Services", "Software", "Therapeutics", "Biosciences",
              "Pharma", "Media", "Publishing", "Construction", "Engineering", "Energy", "Telecom"]
_ORG_HEAD = ["University", "Bank", "Ministry", "Department", "Institute", "College", "Museum", "Bureau", "Academy",
             "School", "Hospital", "Board", "Council", "Commission", "Agency", "Federation", "Union"]
_ORG_WORD = r"(?:[A-Z][A-Za-z0-9&'’.]*(?:-[A-Za-z0-9&'’.]+)*|&)"
_ORG_SUFFIX_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<name>{_ORG_WORD}(?:\s+(?:{_ORG_WORD}|of|and|for|the|de))*?)(?:,?\s+)"
                            rf"(?P<suf>{_alt(_ORG_SUFFIX, word_end=True)})(?![A-Za-z])")
_ORG_TRADE_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<name>{_ORG_WORD}(?:\s+(?:{_ORG_WORD}|of|and|for|the|de))*?)\s+"
                           rf"(?P<suf>{_alt(_ORG_TRADE, word_end=True)})(?![A-Za-z])"
                           rf"(?!,?\s+(?:{_alt(_ORG_SUFFIX, word_end=True)})(?![A-Za-z]))")
_ORG_HEAD_RE = re.compile(rf"(?<![A-Za-z])(?P<pre>(?:[A-Z][A-Za-z'’\-]*\s+){{0,3}})(?P<head>{_alt(_ORG_HEAD)})\s+of\s+"
                          rf"(?:the\s+)?(?P<obj>[A-Z][A-Za-z'’\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z'’\-]*){{0,3}})")
# words that introduce an organisation name rather than belong to it
_ORG_LEFT_STOP = frozenset("""please contact dear to from by with at for and or of the in on attn attention bill ship
sold vendor supplier customer client payee payer buyer seller issued prepared sent paid signed between party
beneficiary employer company name address re subject cc this our your their its see call email visit note""".split())
_ORG_NAME_WORDS = frozenset({"national", "international", "federal", "general", "central", "state", "public", "first",
                             "united", "global", "new", "great", "royal", "american", "chinese", "european"})
_PLACE_LIST = """London, Paris, Berlin, Madrid, Rome, Tokyo, Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou,
Chengdu, Wuhan, Nanjing, Tianjin, Chongqing, Suzhou, Xiamen, Qingdao, Dalian, Xi'an, Hong Kong, Macau, Macao, Taipei,
Singapore, Seoul, Busan, Osaka, Kyoto, Yokohama, Bangkok, Jakarta, Manila, Hanoi, Ho Chi Minh City, Kuala Lumpur,
Mumbai, Delhi, New Delhi, Bangalore, Bengaluru, Chennai, Kolkata, Hyderabad, Karachi, Lahore, Dhaka, Kathmandu,
Colombo, Dubai, Abu Dhabi, Doha, Riyadh, Tehran, Baghdad, Istanbul, Ankara, Tel Aviv, Jerusalem, Cairo, Nairobi,
Lagos, Johannesburg, Cape Town, Casablanca, Moscow, Saint Petersburg, Kyiv, Kiev, Warsaw, Prague, Vienna, Budapest,
Bucharest, Sofia, Athens, Belgrade, Zagreb, Amsterdam, Rotterdam, Brussels, Antwerp, Luxembourg, Zurich, Geneva, Bern,
Munich, Frankfurt, Hamburg, Cologne, Stuttgart, Milan, Turin, Naples, Venice, Florence, Barcelona, Valencia, Seville,
Lisbon, Porto, Dublin, Edinburgh, Glasgow, Manchester, Birmingham, Liverpool, Bristol, Oxford, Cambridge, Stockholm,
Oslo, Copenhagen, Helsinki, Reykjavik, New York, Los Angeles, San Francisco, Chicago, Boston, Seattle, Washington,
Philadelphia, Houston, Dallas, Austin, Atlanta, Miami, Denver, San Diego, San Jose, Las Vegas, Detroit, Minneapolis,
Pittsburgh, Portland, Baltimore, Toronto, Vancouver, Montreal, Ottawa, Calgary, Mexico City, Guadalajara, Havana,
Bogota, Bogotá, Lima, Quito, Santiago, Buenos Aires, Montevideo, Caracas, São Paulo, Sao Paulo, Rio de Janeiro,
Brasília, Brasilia, Sydney, Melbourne, Brisbane, Perth, Adelaide, Canberra, Auckland, Wellington, Ulaanbaatar,
Astana, Tashkent, Palo Alto, Mountain View, Cupertino, Redmond, Silicon Valley, China, Japan, Korea, South Korea,
North Korea, India, Pakistan, Bangladesh, Vietnam, Thailand, Malaysia, Indonesia, Philippines, Australia,
New Zealand, Canada, Mexico, Brazil, Argentina, Chile, Peru, Colombia, France, Germany, Italy, Spain, Portugal,
Ireland, Netherlands, Belgium, Switzerland, Austria, Sweden, Norway, Denmark, Finland, Poland, Russia, Ukraine,
Turkey, Greece, Egypt, Israel, Iran, Iraq, Saudi Arabia, United Arab Emirates, Qatar, Kenya, Nigeria, South Africa,
United States, USA, United Kingdom, UK, England, Scotland, Wales, Taiwan, Mongolia, Kazakhstan, California, Texas,
Florida, Massachusetts, Ontario, Quebec, Bavaria"""
_WORLD_PLACES = frozenset(p.strip() for p in _PLACE_LIST.replace("\n", " ").split(","))
_PLACE_MAX_WORDS = max(len(p.split()) for p in _WORLD_PLACES)
_CAP_WORD_RE = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-zÀ-ÿ'’]*|de)(?![A-Za-z])")
_EN_PLACE_AFTER_RE = re.compile(r"(?<![A-Za-z])(?:in|near)\s+(?P<p>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![A-Za-z'’])")
_STREET = ["Street", "St.", "St", "Road", "Rd.", "Rd", "Avenue", "Ave.", "Ave", "Boulevard", "Blvd.", "Blvd", "Lane",
           "Ln.", "Drive", "Dr.", "Way", "Place", "Pl.", "Court", "Ct.", "Square", "Sq.", "Terrace", "Parkway",
           "Pkwy", "Highway", "Hwy", "Close", "Crescent", "Row", "Alley", "Plaza"]
_EN_ADDRESS_RE = re.compile(
    rf"(?<![A-Za-z0-9])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?,?\s+(?:[{_UP}][{_LO}]+\.?\s+){{1,4}}"
    rf"{_alt(_STREET, word_end=True)}"
    rf"(?:\s+(?:NE|NW|SE|SW|N|S|E|W)\.?(?![A-Za-z]))?"
    rf"(?:,?\s+(?:Suite|Ste\.?|Apt\.?|Unit|Floor|Fl\.?|Room|Rm\.?)\s*#?\s*[A-Za-z0-9\-]+)?"
    rf"(?:,\s*[{_UP}][{_LO}]+(?:\s+[{_UP}][{_LO}]+){{0,2}}){{0,2}}"
    rf"(?:,?\s+[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?|,?\s+[A-Z]{{1,2}}\d[A-Z\d]?\s+\d[A-Z]{{2}})?(?![A-Za-z])")


def _en_name_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of name tokens separated only by spaces (a line break or punctuation ends a run)."""
    run: list[re.Match[str]] = []
    for tok in _EN_NAME_TOKEN_RE.finditer(text):
        if run:
            gap = text[run[-1].end():tok.start()]
            if not gap or not gap.isspace() or "\n" in gap or len(gap) > 3:
                yield run
                run = []
        run.append(tok)
    if run:
        yield run


def _en_name_segments(run: list[re.Match[str]]) -> Iterator[tuple[list[re.Match[str]], bool]]:
    """A run split at stop words and titles: (tokens, preceded by a title)."""
    seg: list[re.Match[str]] = []
    titled = False
    for tok in run:
        w = tok.group().rstrip(".").lower()
        if w in _TITLES or w in _EN_STOP or w.split("-")[0] in _EN_STOP or w.endswith(_NOUN_ENDINGS) \
                or (w.endswith("s") and w[:-1].endswith(_NOUN_ENDINGS)):  # "Subscriptions", "Departures"
            yield seg, titled
            seg, titled = [], w in _TITLES
        else:
            seg.append(tok)
    yield seg, titled


def _en_name_span(seg: list[re.Match[str]], titled: bool) -> tuple[int, int] | None:
    """Offsets of the name in a segment: two name words, or one after a title or an initial."""
    while seg and seg[0].group() in _PARTICLES and seg[0].group()[0].islower() and not titled:
        seg = seg[1:]
    while seg and (seg[-1].group() in _PARTICLES or seg[-1].group().endswith(".")):
        seg = seg[:-1]
    words = [t for t in seg if t.group() not in _PARTICLES and not t.group().endswith(".")]
    if not words or not (len(words) >= 2 or titled or len(seg) >= 2):
        return None
    return seg[0].start(), seg[-1].end()


def _en_persons(text: str) -> Iterator[_Cand]:
    """English names: capitalised name tokens, split at stop words, two or more (or titled)."""
    for run in _en_name_runs(text):
        for seg, titled in _en_name_segments(run):
            span = _en_name_span(seg, titled)
            if span is None:
                continue
            name = " ".join(text[span[0]:span[1]].split())
            if name not in _WORLD_PLACES:
                yield _cand(text, "person", span[0], span[1], name)


def _first_kept(words: list[re.Match[str]], drop: Callable[[str], bool]) -> int | None:
    """Index of the first word not dropped by ``drop`` (words that introduce a name)."""
    return next((i for i, w in enumerate(words) if not drop(w.group().strip(",:"))), None)


def _en_orgs(text: str) -> Iterator[_Cand]:
    """English organisations: capitalised words before a suffix (Inc., GmbH, University) or
    "University/Bank/Ministry of ..."."""
    for m in [*_ORG_SUFFIX_RE.finditer(text), *_ORG_TRADE_RE.finditer(text)]:
        words = list(re.finditer(r"\S+", m["name"]))
        k = _first_kept(words, lambda w: w.lower() in _ORG_LEFT_STOP or not (w[0].isupper() or w == "&"))
        if k is None:
            continue
        s = m.start("name") + words[k].start()
        yield _cand(text, "org", s, m.end(), " ".join(text[s:m.end()].split()))
    for m in _ORG_HEAD_RE.finditer(text):
        words = list(re.finditer(r"\S+", m["pre"]))
        k = _first_kept(words, lambda w: w.lower() in _ORG_LEFT_STOP
                        or (w.lower() in _EN_STOP and w.lower() not in _ORG_NAME_WORDS))
        s = m.start("pre") + words[k].start() if k is not None else m.start("head")
        yield _cand(text, "org", s, m.end(), " ".join(text[s:m.end()].split()))


def _en_places(text: str) -> Iterator[_Cand]:
    """Street addresses, known cities/countries, and capitalised words after "in"/"near"."""
    for m in _EN_ADDRESS_RE.finditer(text):
        yield _cand(text, "place", m.start(), m.end(), " ".join(m.group().split()))
    caps = list(_CAP_WORD_RE.finditer(text))
    for i in range(len(caps)):
        for n in range(min(_PLACE_MAX_WORDS, len(caps) - i), 0, -1):
            s, e = caps[i].start(), caps[i + n - 1].end()
            if text[s:e] in _WORLD_PLACES:
                yield _cand(text, "place", s, e, text[s:e])
                break
    for m in _EN_PLACE_AFTER_RE.finditer(text):
        p = m["p"]
        if any(w.lower() in _EN_STOP for w in p.split()) or text[m.end():m.end() + 2] in ("'s", "’s"):
            continue
        yield _cand(text, "place", m.start("p"), m.end(), p, _RANK_WEAK_PLACE)


# ---------------------------------------------------------------------------------------
# Chinese persons, organisations and places (jieba, imported lazily)
# ---------------------------------------------------------------------------------------

_SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄"
    "聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅"
    "屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鄂蓟衣双印庹")
_SURNAMES_2 = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 "
                        "闻人 万俟 赫连 澹台 濮阳 太史 申屠 百里 呼延 东郭 公冶 仲孙 拓跋 第五 左丘 司空".split())
_HONORIFICS = sorted(["先生", "女士", "小姐", "太太", "夫人", "教授", "副教授", "老师", "经理", "总经理", "副总经理", "主任",
                      "副主任", "博士", "医生", "医师", "大夫", "总监", "院长", "副院长", "校长", "律师", "会计师", "工程师",
                      "同志", "总", "董", "部长", "处长", "科长", "局长", "厅长", "书记", "主席", "董事长", "秘书", "专员",
                      "师傅", "同学", "阿姨"], key=len, reverse=True)
_HONORIFIC_SET = frozenset(_HONORIFICS)
_HONORIFIC_RE = re.compile(_alt(_HONORIFICS))
_CN_PERSON_LABELS = ["联系人", "经办人", "负责人", "申请人", "收件人", "收货人", "发件人", "寄件人", "签收人", "审批人", "批准人",
                     "审核人", "制表人", "制单人", "开票人", "复核人", "收款人", "付款人", "法定代表人", "法人代表", "代表人",
                     "姓名", "客户姓名", "联系人姓名", "患者", "患者姓名", "病人", "主治医师", "主治医生", "医师", "医生",
                     "教师", "作者", "主讲人", "讲师", "联络人", "对接人", "项目经理", "经理", "主任", "签字", "签名",
                     "领款人", "报销人", "借款人", "担保人", "出租人", "承租人", "甲方代表", "乙方代表", "业主", "委托人",
                     "受托人", "被告", "原告", "证人", "指导教师", "导师", "记录人", "主持人", "参会人", "出席人", "检验员",
                     "质检员", "操作员", "销售代表", "业务员", "采购员", "仓管员", "验收人", "交款人", "缴款人", "购买人",
                     "乘客", "旅客", "持卡人", "户名", "户主", "学生", "学生姓名", "员工", "员工姓名", "编辑", "记者", "译者",
                     "讲者", "报告人", "汇报人", "起草人", "拟稿人", "审稿人", "核稿人", "签发人", "承办人", "受理人"]
_CN_PERSON_LABEL_RE = re.compile(rf"{_alt(_CN_PERSON_LABELS)}(?P<sep>\s*[:：]\s*|\s*)(?P<run>[{_CJK}·]{{2,12}})")
_NOT_GIVEN_NAME = frozenset("的了是在和与及或等为对把被从向给到于也都就还又很更最先后前上下中内外电话手机地址邮箱职务部门"
                            "公司单位签字日期时间号人员者章证单表款费额率件局处厂店"
                            # things and places a common noun ends with ("双肩包", "马车站")
                            "包袋箱盒瓶罐车站机器货物价钱厅室楼层路街县市省窗床柜")
_NAME_FLAGS = frozenset({"nr", "nrfg", "nrt", "oov"})
# jieba flags a noun phrase does not continue through: verbs of one character, prepositions,
# conjunctions, particles, pronouns, adverbs, numerals, measure words, times, punctuation
_WALK_STOP_FLAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "y", "e", "o", "m", "q",
                              "mq", "t", "tg", "zg", "x", "w", "f"})
_WALK_STOP_WORDS = frozenset("与 和 及 由 向 在 是 为 经 被 对 从 给 于 至 到 将 把 签订 签署 委托 授权 任职于 就职于 供职于 来自 "
                             "位于 地处 坐落 坐落于 属于 收到 支付 付给 转账 通过 联系 代表 甲方 乙方 丙方 单位 名称 地址 供应商 "
                             "客户 开户行 开户银行 收款人 付款人 发货人 收货人 购买方 销售方 买方 卖方 工作 就读 毕业 毕业于 "
                             # period words: "本季度公司实现..." is not an organisation named 季度公司
                             "本季度 上季度 下季度 季度 本年度 年度 本月 上月 下月 本年 今年 去年 明年 本期 上期 同期 当期 "
                             "全年 上半年 下半年".split())
# an address ("上地十街10号", "科技南十二路") runs through numerals and locatives a name does not
_ADDRESS_STOP_FLAGS = frozenset({"p", "c", "r", "uj", "ul", "uz", "ud", "ug", "y", "e", "o", "d", "x", "w", "v"})
_CN_ORG_SUFFIX = ["集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "分公司", "公司", "集团",
                  "职业技术学院", "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", "研究院", "研究所", "研究中心",
                  "实验室", "银行", "分行", "支行", "事务所", "委员会", "协会", "学会", "基金会", "出版社", "报社", "电视台",
                  "法院", "检察院", "公安局", "税务局", "管理局", "人民政府", "工作室", "合作社", "商会", "联合会", "酒店",
                  "俱乐部", "研究会", "促进会", "医科大学", "科技园", "工厂", "制造厂"]
_CN_ORG_RE = re.compile(_alt(_CN_ORG_SUFFIX))
_CN_ORG_BAD_PREFIX = sorted("本 该 贵 我 我们 你 你们 您 子 总 母 此 各 这 那 这家 那家 一家 其 他 她 它 他们 原 新 老 大 小 全 "
                            "同 前 上述 下属 所属 相关 有关 合作 其他 各家 多家 两家".split(), key=len, reverse=True)
_PROVINCES = frozenset("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
                       "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())
_CITIES = frozenset("""
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦
铁岭 朝阳 葫芦岛 长春 四平 辽源 通化 白山 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河
牡丹江 黑河 绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 张家港 杭州 宁波 温州
嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州
池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南
青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作
濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 长沙
株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆
惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池
来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中
资阳 贵阳 六盘水 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 大理 西双版纳 拉萨 日喀则 昌都 林芝 山南
那曲 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 伊犁 阿克苏 和田 库尔勒 石河子 台北 高雄 台中
台南 新北 基隆 新竹 浦东 雄安""".split())
# names that are ordinary words as often as places: a place only with a 市/省/区 suffix
_AMBIGUOUS_PLACES = frozenset("来宾 安康 白银 中山 朝阳 山南 北海 日照 长治 宜春 中卫 资阳 巴中 海东 普洱 阳江 黄山 大理 吉安 "
                              "通化 本溪 白山 白城 黑河 金昌 丽水 新余 玉林 定西 平凉 和田 衡水 大同 常德 江门 铜仁 永州 保山 "
                              "泰安 东营 延安 吉林 南平 三明 安顺 遵义 东方 西方 南方 北方 中方 外地 本地 当地".split())
_GAZETTEER = _PROVINCES | _CITIES
_NOT_PLACE_START = frozenset("之的于在和与及以其此本该各每")
_CN_ADMIN_SUFFIX = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "开发区", "新区", "园区",
                    "街道", "地区", "社区", "省", "市", "区", "县", "镇", "乡", "村", "州", "旗", "盟")
_CN_ROAD = r"(?:路|街|大道|大街|道|巷|弄|胡同|里)"
_CN_ADDRESS_RE = re.compile(
    rf"[{_CJK}]{_CN_ROAD}\s*[0-9０-９]+(?:\s*[-－之]\s*[0-9]+)?\s*号(?:院|楼)?"
    rf"(?:\s*[{_CJK}A-Za-z0-9\-]{{0,12}}?(?:[0-9０-９]+\s*(?:号楼|栋|幢|座|单元|层|楼|室|F|f)|[A-Za-z]\s*座|大厦|广场))*")


@lru_cache(maxsize=1)
def _jieba() -> tuple[Callable[[str], list[str]], dict[str, str]]:
    """jieba's segmenter and its dictionary's POS tags, imported on first use (jieba loads its
    dictionary then, about a second)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.lcut, jieba.posseg.dt.word_tag_tab


_Tok = tuple[str, str, int, int]
_OOV = "oov"        # a word jieba's HMM put together that its dictionary does not know (often a name)


@lru_cache(maxsize=4096)
def _cjk_tokens(text: str) -> tuple[_Tok, ...]:
    """(word, POS flag, start, end) for every jieba token of ``text``.

    Segmentation uses jieba's HMM (so unknown names such as 赵子涵 stay whole) and the tags come
    from jieba's dictionary; ``jieba.posseg`` with its HMM tagger gives the same words but is
    about ten times slower. Words the dictionary lacks are tagged ``oov``."""
    cut, tags = _jieba()
    out, pos = [], 0
    for w in cut(text):
        flag = tags.get(w)
        if flag is None:
            flag = _OOV if _HAS_CJK.match(w) else "m" if w.isdecimal() else "eng" if w.isalnum() else "x"
        out.append((w, flag, pos, pos + len(w)))
        pos += len(w)
    return tuple(out)


def _surname_len(name: str) -> int:
    """Length of the surname ``name`` starts with (2 for compound surnames), 0 when none."""
    if name[:2] in _SURNAMES_2:
        return 2
    return 1 if name[:1] in _SURNAMES_1 else 0


def surname_len(name: str) -> int:
    """Length of the Chinese surname ``name`` starts with (2 for compound surnames such as
    欧阳), 0 when it starts with none."""
    return _surname_len(name)


def _cn_name_ok(name: str) -> bool:
    """Surname plus one or two given-name characters that are not function or label characters."""
    sl = _surname_len(name)
    return bool(sl) and sl + 1 <= len(name) <= sl + 2 and not any(c in _NOT_GIVEN_NAME for c in name[sl:])


def _honorific_at(s: str) -> str:
    """The honorific ``s`` starts with ("" when none)."""
    return next((h for h in _HONORIFICS if s.startswith(h)), "")


def _cn_person_cand(text: str, s: int, name: str, hon: str) -> _Cand:
    """A person span for ``name`` at ``s``; a bare surname keeps its honorific in the text."""
    if len(name) > _surname_len(name):
        return _cand(text, "person", s, s + len(name), name)
    return _cand(text, "person", s, s + len(name) + len(hon), name)


def _cn_label_name(run: str, trusted: bool) -> tuple[str, str] | None:
    """The name at the start of ``run`` (the text after a person label) and the honorific after it.

    After "标签：" (``trusted``) a surname-led run of 2-4 characters is taken as it is; without
    the colon jieba must agree that the run starts with a name."""
    toks = _cjk_tokens(run)
    if not toks:
        return None
    if not trusted and not (toks[0][1] in _NAME_FLAGS or len(toks[0][0]) == _surname_len(toks[0][0])):
        return None
    for n in range(min(len(run), 4), 0, -1):
        name, rest = run[:n], run[n:]
        hon = _honorific_at(rest)
        if n == _surname_len(name) and hon:
            return name, hon
        if _cn_name_ok(name) and (not rest or hon) and (trusted or any(t[3] == n for t in toks)):
            return name, hon
    name, i = toks[0][0], 1
    while _surname_len(name) >= len(name) and i < len(toks) and len(toks[i][0]) <= 2:
        name += toks[i][0]
        i += 1
    return (name, _honorific_at(run[len(name):])) if _cn_name_ok(name) else None


#: Function characters the fast segmenter glues to an unknown name ("张伟于 2025年..." = 张伟 + 于).
_TRAILING_FUNCTION = frozenset("于在和与及的是为将被给向从对等")


def _cn_persons(text: str, toks: tuple[_Tok, ...]) -> Iterator[_Cand]:
    """Chinese names: after person labels, jieba name/unknown words led by a surname, a surname
    before an honorific, and a compound surname followed by a given name."""
    for m in _CN_PERSON_LABEL_RE.finditer(text):
        got = _cn_label_name(m["run"], trusted=bool(m["sep"].strip()))
        if got:
            yield _cn_person_cand(text, m.start("run"), *got)
    for i, (w, flag, s, e) in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ("", "x", e, e)
        hon = nxt[0] if nxt[0] in _HONORIFIC_SET else ""
        sl = _surname_len(w)
        after_numeral = i > 0 and toks[i - 1][1] in ("m", "mq")
        glued = 2 <= len(w) <= 5 and sl and flag in _NAME_FLAGS and _HONORIFIC_RE.search(w, sl)
        if glued and glued.end() == len(w) and (glued.start() == sl or _cn_name_ok(w[:glued.start()])):
            yield _cn_person_cand(text, s, w[:glued.start()], glued.group())        # 王经理 as one token
        elif flag in _NAME_FLAGS and len(w) == sl + 1 and len(nxt[0]) == 1 and nxt[1] in _NAME_FLAGS \
                and _cn_name_ok(w + nxt[0]):
            after = toks[i + 2][0] if i + 2 < len(toks) else ""
            yield _cn_person_cand(text, s, w + nxt[0], after if after in _HONORIFIC_SET else "")  # 欧阳明 + 轩
        elif flag in _NAME_FLAGS and _cn_name_ok(w):
            yield _cn_person_cand(text, s, w, hon)
        elif sl and 3 <= len(w) <= sl + 3 and w[-1] in _TRAILING_FUNCTION and _cn_name_ok(w[:-1]) \
                and flag not in _WALK_STOP_FLAGS - {"x"}:
            yield _cn_person_cand(text, s, w[:-1], "")                              # 张伟于: the segmenter glued 于
        elif hon and sl and (len(w) == sl or (_cn_name_ok(w) and flag in _NAME_FLAGS)) and not after_numeral:
            yield _cn_person_cand(text, s, w, hon)                                  # 张 + 先生
        elif len(w) == sl and (sl == 2 or flag in _NAME_FLAGS) and 1 <= len(nxt[0]) <= 2 \
                and _cn_name_ok(w + nxt[0]) and nxt[1] not in _WALK_STOP_FLAGS | {"v"}:
            after = toks[i + 2][0] if i + 2 < len(toks) else ""
            yield _cn_person_cand(text, s, w + nxt[0], after if after in _HONORIFIC_SET else "")  # 欧阳 + 娜娜


def _walk_back(toks: tuple[_Tok, ...], anchor: int, limit: int, stop_flags: frozenset[str] = _WALK_STOP_FLAGS) -> int:
    """Start of the noun phrase that ends at ``anchor``: jieba tokens are taken right to left while
    they are contiguous CJK/Latin words whose flags are not in ``stop_flags`` and that are not
    label or linking words (地址, 位于, 与 ...)."""
    start = anchor
    idx = len(toks) - 1
    while idx >= 0 and toks[idx][2] >= anchor:
        idx -= 1
    if idx >= 0 and toks[idx][3] > anchor:        # the anchor falls inside a token: take its head
        start = toks[idx][2]
        idx -= 1
    while idx >= 0:
        w, flag, s, e = toks[idx]
        if e != start or anchor - s > limit or (flag in stop_flags and w not in ("某", "某某")) \
                or w in _WALK_STOP_WORDS \
                or (flag == "v" and len(w) == 1) or not re.fullmatch(f"[{_CJK}A-Za-z0-9（）()]+", w) \
                or w in _CN_PERSON_LABELS:
            break
        start = s
        idx -= 1
    return start


def _cn_orgs(text: str, toks: tuple[_Tok, ...]) -> Iterator[_Cand]:
    """Chinese organisations: the noun phrase before a suffix (有限公司, 大学, 医院 ...)."""
    for m in _CN_ORG_RE.finditer(text):
        s = _walk_back(toks, m.start(), 30)
        while True:
            bad = next((b for b in _CN_ORG_BAD_PREFIX if text.startswith(b, s, m.start())), None)
            if bad is None:
                break
            s += len(bad)
        if m.start() - s < 2 and not (m.start() - s == 1 and m.group() in ("大学", "银行")):
            continue
        yield _cand(text, "org", s, m.end(), text[s:m.end()])
    for w, flag, s, e in toks:
        if flag == "nt" and len(w) >= 4:
            yield _cand(text, "org", s, e, w)
    yield from _cn_departments(text, toks)


#: The last character of a department's name (财务部, 教务处, 检验科, 住建局, 农业农村厅).
_CN_DEPT_END = "部处科局厅"
#: Words that end like a department and are none (directions, "the whole", "shortcomings").
_CN_NOT_DEPT = frozenset("全部 内部 外部 局部 部分 总部 本部 总局 本处 之处 到处 此处 好处 用处 出处 住处 结局 布局 格局 "
                         "大局 开局 平局 棋局 骗局 饭局 不足之处 相似之处 可取之处".split())


def is_department(org: str) -> bool:
    """Whether an organisation's name ends as a department's does (财务部, 教务处, 住建局)."""
    return bool(org) and org[-1] in _CN_DEPT_END


def _cn_departments(text: str, toks: tuple[_Tok, ...]) -> Iterator[_Cand]:
    """Chinese departments: a word ending in 部, 处, 科, 局 or 厅 (环保部, 教务处) or such a
    character after a noun (粮油 + 处), with the noun phrase before it (安全 + 环保部, 省农业农村厅 +
    粮油处); a direction (东北部) or a common word (全部, 好处) is none."""
    for i, (w, flag, s, e) in enumerate(toks):
        if w[-1] not in _CN_DEPT_END or flag in ("f", "i", "l") or len(w) > 8 \
                or any(w.endswith(x) for x in _CN_NOT_DEPT):  # "公司总部" is a place, no department
            continue
        if len(w) == 1:  # a bare 处 or 厅 names a department only after a noun ("粮油" + "处")
            prev = toks[i - 1] if i else None
            if prev is None or prev[3] != s or len(prev[0]) < 2 or not prev[1].startswith("n"):
                continue
        elif len(w) == 2 or w[-2] in "东西南北中内外上下前后":
            continue  # 总部, 西南部: too short or a direction
        start = _walk_back(toks, s, 20, _WALK_STOP_FLAGS | {"v", "vn", "vd"})  # not "发给" in "发给教务处"
        if e - start >= 3:
            yield _cand(text, "org", start, e, text[start:e])


def known_place(text: str) -> bool:
    """Whether ``text`` is a place of the gazetteer (广州, 广州市, 深圳), with or without its suffix."""
    return _admin_base(text) in _GAZETTEER


def _admin_base(w: str) -> str:
    """``w`` without an administrative suffix ("广州市" -> "广州"); ``w`` itself when it has none."""
    suf = next((x for x in _CN_ADMIN_SUFFIX if w.endswith(x) and len(w) > len(x) + 1), "")
    return w[:len(w) - len(suf)] if suf else w


def _cn_places(text: str, toks: tuple[_Tok, ...]) -> Iterator[_Cand]:
    """Chinese places: gazetteer and jieba place words with their administrative suffixes, adjacent
    ones merged (广东省深圳市南山区), and street addresses (…路88号…室)."""
    spans: list[tuple[int, int]] = []
    for i, (w, flag, s, e) in enumerate(toks):
        base = _admin_base(w)
        if base in _GAZETTEER and (base != w or w not in _AMBIGUOUS_PLACES):
            spans.append((s, e))
        elif flag == "ns" and len(w) >= 2 and w not in _AMBIGUOUS_PLACES and w[0] not in _NOT_PLACE_START:
            spans.append((s, e))
        elif base != w and spans and spans[-1][1] == s:     # 天河区 right after 广州市
            spans.append((s, e))
        # a place followed by a bare suffix token ("天河" + "区") takes the suffix
        if spans and spans[-1][1] == e and i + 1 < len(toks) and toks[i + 1][0] in _CN_ADMIN_SUFFIX:
            spans[-1] = (spans[-1][0], toks[i + 1][3])
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        yield _cand(text, "place", s, e, text[s:e])
    for m in _CN_ADDRESS_RE.finditer(text):
        s = _walk_back(toks, m.start() + 1, 30, _ADDRESS_STOP_FLAGS)
        # the street joins the district right before it: 北京市海淀区 + 上地十街10号
        s = next((ps for ps, pe in merged if ps < s <= pe), s)
        if s <= m.start():
            yield _cand(text, "place", s, m.end(), text[s:m.end()])


# ---------------------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------------------

_REGEX_RECOGNIZERS: tuple[Callable[[str], Iterator[_Cand]], ...] = (
    _emails_urls, _dates, _times, _phones, _amounts, _percents, _quantities, _identifiers, _numbers)


def _ner_candidates(text: str) -> Iterator[_Cand]:
    """Person, organisation and place candidates (jieba only for text with CJK characters)."""
    yield from _en_persons(text)
    yield from _en_orgs(text)
    yield from _en_places(text)
    if _HAS_CJK.search(text):
        toks = _cjk_tokens(text)
        yield from _cn_persons(text, toks)
        yield from _cn_orgs(text, toks)
        yield from _cn_places(text, toks)


@lru_cache(maxsize=8192)
def _resolve(text: str, ner: bool) -> tuple[Span, ...]:
    """All kinds at once: candidates from every recognizer, longest first, then by rank."""
    cands: list[_Cand] = []
    for rec in _REGEX_RECOGNIZERS:
        cands.extend(rec(text))
    if ner:
        cands.extend(_ner_candidates(text))
    cands = [c for c in cands if c.span.end > c.span.start]
    cands.sort(key=lambda c: (c.span.start - c.span.end, c.rank, c.span.start))
    taken = bytearray(len(text))
    chosen: list[Span] = []
    for c in cands:
        s, e = c.span.start, c.span.end
        if 1 in taken[s:e]:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(c.span)
    chosen.sort(key=lambda sp: sp.start)
    return tuple(_range_starts(text, chosen))


#: What joins the two ends of a range ("-10 to 85 °C", "12 至 15 元", "3-5 个工作日").
_RANGE_JOIN_RE = re.compile(r"\s*(?:to|至|到|~|～|-|–|—)\s*")


def _range_starts(text: str, spans: list[Span]) -> list[Span]:
    """A bare number that starts a range whose end carries a unit or currency takes the end's
    kind and unit: "-10" in "-10 to 85 degrees C" is a temperature, not a count or a price."""
    out = list(spans)
    for i in range(len(out) - 1):
        sp, end = out[i], out[i + 1]
        if (sp.kind == "number" and end.kind in ("quantity", "amount") and isinstance(end.value, tuple)
                and isinstance(sp.value, (int, float)) and _RANGE_JOIN_RE.fullmatch(text[sp.end:end.start])):
            out[i] = Span(end.kind, sp.text, sp.start, sp.end, (float(sp.value), end.value[1]))
    return out


def find_spans(text: str, kinds: Iterable[str] | None = None) -> list[Span]:
    """Typed spans in ``text``: non-overlapping, left to right; the longest candidate wins and,
    at equal length, the more specific kind (see the module docstring for the order).

    ``kinds`` filters the result (spans of other kinds still take their place, so the year in
    "PO-2025-0381" is never returned as a date). Person/org/place recognition (and jieba) runs
    only when ``kinds`` is None or asks for one of them.
    """
    wanted = None if kinds is None else frozenset(kinds)
    if wanted is not None and not wanted <= set(KINDS):
        raise ValueError(f"unknown kinds {sorted(wanted - set(KINDS))}; known: {KINDS}")
    if not text:
        return []
    ner = wanted is None or bool(wanted & _NER_KINDS)
    spans = _resolve(text, ner)
    return [s for s in spans if wanted is None or s.kind in wanted]


def find(text: str, kind: str) -> list[Span]:
    """Spans of one ``kind`` in ``text`` (``find_spans(text, [kind])``)."""
    return find_spans(text, [kind])


# ---------------------------------------------------------------------------------------
# Whole-string helpers and comparison
# ---------------------------------------------------------------------------------------

_TRIM = " \t\r\n\u3000。，,;；:：!！?？"


def _clean(text: str) -> str:
    """``text`` without surrounding spaces and sentence punctuation."""
    return text.strip().strip(_TRIM).strip()


def _whole(text: str, ner: bool = False) -> Span | None:
    """The single span that covers all of ``text`` (after trimming), if there is one."""
    t = _clean(text)
    if not t:
        return None
    spans = _resolve(t, ner)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(t):
        return spans[0]
    return None


def parse_date(text: str) -> str | None:
    """Normalized ISO value of ``text`` when the whole string is a date, else None.

    ``parse_date("2025年3月14日") == parse_date("14 Mar 2025") == "2025-03-14"``; a bare
    four-digit year (1000-2999) counts as a date here ("2025" -> "2025").
    """
    t = _clean(text)
    if re.fullmatch(r"\d{4}", _fold(t)) and 1000 <= int(_fold(t)) <= 2999:
        return _fold(t)
    sp = _whole(t)
    return sp.value if sp is not None and sp.kind == "date" else None  # type: ignore[return-value]


def normalize_amount(text: str) -> tuple[float, str | None] | None:
    """``(value, currency code or None)`` for an amount or a bare number; None otherwise.

    The whole string is read when it is one amount or number ("¥12,800.00" -> (12800.0,
    "CNY"), "12800" -> (12800.0, None)); otherwise the single amount inside it, if exactly one.
    """
    t = _clean(text)
    sp = _whole(t)
    if sp is not None and sp.kind == "amount":
        return sp.value  # type: ignore[return-value]
    if sp is not None and sp.kind == "number":
        return sp.value, None  # type: ignore[return-value]
    amounts = [s for s in _resolve(t, False) if s.kind == "amount"] if t else []
    return amounts[0].value if len(amounts) == 1 else None  # type: ignore[return-value]


_COUNTRY_CODES = ("1", "7", "33", "44", "49", "61", "65", "81", "82", "86", "852", "853", "886", "91")


def _phone_same(a: str, b: str) -> bool:
    """Same phone: equal digits, or equal after a country code and the trunk 0 are dropped."""
    (da, _, xa), (db, _, xb) = a.partition(";ext="), b.partition(";ext=")
    if xa != xb:
        return False
    if da == db:
        return True
    long_, short = (da, db) if len(da) >= len(db) else (db, da)
    short = short[1:] if short.startswith("0") and not long_.startswith("0") else short
    return len(short) >= 7 and long_.endswith(short) and long_[:-len(short)] in _COUNTRY_CODES


def _close(x: float, y: float) -> bool:
    """Equal up to float rounding."""
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def _comparable(a: Span, b: Span) -> bool:
    """Whether two whole-string spans denote the same value."""
    ka, kb = a.kind, b.kind
    va, vb = a.value, b.value
    if ka in ("amount", "number") and kb in ("amount", "number"):
        (xa, ca) = va if ka == "amount" else (va, None)  # type: ignore[misc]
        (xb, cb) = vb if kb == "amount" else (vb, None)  # type: ignore[misc]
        return _close(xa, xb) and (ca is None or cb is None or ca == cb)
    if {ka, kb} <= {"percent", "number"}:
        return _close(va, vb)  # type: ignore[arg-type]
    if {ka, kb} == {"date", "number"}:          # "2025" ~ "2025年"
        year, num = (va, vb) if ka == "date" else (vb, va)
        return len(str(year)) == 4 and _close(float(str(year)), num)  # type: ignore[arg-type]
    if ka != kb:
        return False
    if ka == "phone":
        return _phone_same(va, vb)  # type: ignore[arg-type]
    if ka == "quantity":
        return va[1] == vb[1] and _close(va[0], vb[0])  # type: ignore[index]
    if ka == "identifier":
        return re.sub(r"[^0-9A-Za-z]", "", str(va)).upper() == re.sub(r"[^0-9A-Za-z]", "", str(vb)).upper()
    if ka in ("person", "org", "place", "email", "url"):
        return str(va).casefold() == str(vb).casefold()
    return va == vb


def same_value(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` denote the same date, time, amount, percent, quantity, number,
    phone or identifier (or are the same text up to width, case and spacing).

    "2025年3月14日" ~ "03/14/2025" ~ "14 Mar 2025"; "¥12,800.00" ~ "12800元" ~ "1.28万元";
    "12.5%" ~ "百分之十二点五"; "+86 138 1234 5678" ~ "138-1234-5678". Amounts in different
    currencies differ; an amount without a currency matches any currency; a percent matches
    the bare number with the same value.
    """
    na = " ".join(unicodedata.normalize("NFKC", _clean(a)).casefold().split())
    nb = " ".join(unicodedata.normalize("NFKC", _clean(b)).casefold().split())
    if na and na == nb:
        return True
    sa, sb = _whole(a, ner=True), _whole(b, ner=True)
    if sa is None or sb is None:
        return False
    return _comparable(sa, sb)
