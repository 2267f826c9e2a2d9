"""Column roles: which column of a table a question means when it does not name it.

Users rarely repeat a column header. They say "how cold can it get" for the *Min* column,
"加起来花了多少钱" for the line *amount* rather than the *unit price*, "涨了多少" for the
*year-on-year* column and "占了几成" for the *share* column. Tables, for their part, use a
small generic vocabulary for these roles in both languages. ``column_role`` reads a header
(and, for running numbers, the column's values); ``question_roles`` reads the cues in a
question; the answerer prefers cells whose column role the question asks for.

The vocabulary is generic document language (datasheets, invoices, financial statements,
packing lists); no entry comes from an evaluation document.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

#: Roles a header can play, most specific first (a "Unit price" header is a unit price, not a total).
_HEADER_ROLES: list[tuple[str, str]] = [
    ("unit_price", r"unit ?price|price ?per|per ?unit|\bu/?p\b|单价|单位价格|每[台个件箱只]价"),
    ("change", r"change|growth|increase|decrease|\byoy\b|y/y|\bvs\.?\b|\bdelta\b|同比|环比|增长|增幅|增减|变动|变化|"
               r"涨幅|跌幅|较上年|较上期|增速"),
    ("share", r"share|proportion|% of|percentage of|mix\b|占比|比重|份额|构成|占收入"),
    ("min", r"^\s*min\.?\s*$|minimum|\bmin\b|lowest|最小|最低|下限"),
    ("max", r"^\s*max\.?\s*$|maximum|\bmax\b|highest|最大|最高|上限"),
    ("typ", r"^\s*typ\.?\s*$|typical|nominal|\btyp\b|典型|标称|额定|常规"),
    ("total", r"total|amount|\bsum\b|subtotal|ext(?:ended)?\.? ?price|line value|金额|合计|总计|总额|总价|小计|价税合计"),
    ("quantity", r"\bqty\b|quantity|\bcount\b|\bpcs\b|\bunits?\b(?! price)|数量|件数|个数|台数|人数|只数"),
    # troubleshooting and fault tables: symptom, cause, remedy
    ("cause", r"cause|reason|原因|起因"),
    ("remedy", r"remedy|solution|\baction|what to do|corrective|\bfix\b|处理|解决|排除|措施|对策|办法"),
    ("symptom", r"symptom|problem|\bfault\b|现象|症状|故障描述|问题描述|表现"),
    # the two sides of a change notice or a price tag: before and after
    ("before", r"before|\bold\b|previous|original|\bwas\b|prior|regular price|list price|\brrp\b|"
               r"调整前|变更前|改[线造革]?前|以前|之前|^原|^旧|原价|门市价|标价|定价"),
    ("after", r"after|\bnew\b|current|\bnow\b|revised|sale price|offer|promo|"
              r"调整后|变更后|改[线造革]?后|以后|之后|^现|^新|活动价|优惠价|折后价?|促销价|会员价"),
]
#: Cues in a question for each role.
_QUESTION_ROLES: list[tuple[str, str]] = [
    ("unit_price", r"\bper (?:unit|piece|item|pack|box|each)\b|\beach\b|apiece|a piece|a unit|one unit|单价|每[台个件箱只盒瓶套张包袋]|"
                   r"(?:钱|价格?)一[台个件箱只盒瓶套张包袋]|一[台个件箱只盒瓶套张包袋](?:多少|要|是|的价|[？?]?$)|单个"),
    ("total", r"in total|altogether|all together|combined|\btotal\b|in all\b|加起来|一共|总共|合计|总计|总额|总价|共计|总金额"),
    ("change", r"\bchange[ds]?\b|\bgr[eo]w|growth|increase|decrease|\brise\b|\brose\b|\bfell\b|\bfall\b|up by|down by|"
               r"compared (?:with|to)|than (?:last|the previous|a year)|year[- ]on[- ]year|\byoy\b|涨|跌|增长|增加|减少|"
               r"下降|上升|同比|环比|比.{0,10}(?:多|少|高|低|增|减|涨|降)了"),
    ("share", r"\bshare\b|proportion|fraction|what percent(?:age)? of|\bof (?:the )?total\b|占|几成|比重|百分之几"),
    ("min", r"lowest|least|minimum|at least|smallest|coldest|how (?:cold|low)\b|\bmin\b|最低|最少|最小|至少|下限|最冷|多冷|多低"),
    ("max", r"highest|\bmost\b|maximum|at most|largest|up to|hottest|warmest|how (?:hot|warm|high)\b|\bmax\b|最高|最多|最大|"
            r"至多|上限|不超过|最热|多热|多高"),
    ("typ", r"usually|typically|normally|nominal|typical|on average|通常|一般|正常情况|典型|平时|标称|额定"),
    ("quantity", r"how many|number of|多少[个台件箱只人套张包袋瓶盒]|几[个台件箱只人套张包袋瓶盒]|数量|多少件"),
    ("cause", r"\bwhy\b|\bcause[sd]?\b|reason|what does .{1,30} mean|怎么回事|为什么|为何|原因|什么意思|咋回事"),
    ("remedy", r"what (?:should|can|do) (?:i|we|you)|how (?:do|can|should) (?:i|we|you) (?:fix|solve|resolve|clear)|"
               r"\bfix\b|\bremedy\b|solution|怎么办|如何处理|怎么处理|怎样处理|怎么解决|如何解决|怎么弄|该怎么"),
    ("symptom", r"what (?:happens|do you see|does it look)|\bsymptom|有什么(?:现象|表现)|什么现象|什么症状|表现为"),
    ("before", r"\bbefore the (?:change|sale|discount|adjustment|increase|update)|originally|\bused to\b|previously|"
               r"\bregular price|\blist price|\bfull price|\bold\b|原来|原先|本来|以前|之前|调整前|改[线造革]?前|原价|"
               r"不打折|没打折"),
    ("after", r"\bafter the (?:change|adjustment|increase|update)|\bnow\b|currently|\bon sale\b|\bsale price|"
              r"\bnew\b|现在|目前|如今|以后|之后|调整后|改[线造革]?后|活动价|优惠价|打折|折后|促销"),
]


@lru_cache(maxsize=4096)
def header_role(header: str) -> str | None:
    """The role a column header plays, or None (a header naming a thing, a year, a region)."""
    h = header.strip().lower()
    if not h:
        return None
    for role, pattern in _HEADER_ROLES:
        if re.search(pattern, h):
            return role
    return None


def is_running_number(values: Sequence[str]) -> bool:
    """True for a column of consecutive whole numbers (1, 2, 3 ... or a piece of it: 4, 5, 6)."""
    vals = [v.strip().rstrip(".") for v in values if v.strip()]
    if len(vals) < 2 or not all(v.isdigit() and len(v) <= 3 for v in vals):
        return False
    nums = [int(v) for v in vals]
    return nums == list(range(nums[0], nums[0] + len(nums)))


def column_role(header: str, values: Sequence[str] = ()) -> str | None:
    """The column's role: ``index`` for a running number column, else ``header_role``."""
    if values and is_running_number(values) and re.fullmatch(
            r"\s*(?:no\.?|#|item|line|序号|编号|行号|项次|s/?n)?\s*", header.strip().lower()):
        return "index"
    return header_role(header)


@lru_cache(maxsize=4096)
def question_roles(question: str) -> frozenset[str]:
    """The column roles a question's wording asks for (possibly several, possibly none)."""
    q = question.lower()
    return frozenset(role for role, pattern in _QUESTION_ROLES if re.search(pattern, q))


def role_bonus(question: str, role: str | None, table_roles: set[str]) -> float:
    """Score adjustment of a cell in a column with ``role``, in a table whose columns have
    ``table_roles``: +1 when the question asks for this role, -1 when it asks for another
    role that the table has, 0 otherwise."""
    wanted = question_roles(question) & table_roles
    if not wanted:
        return 0.0
    return 1.0 if role in wanted else -1.0
