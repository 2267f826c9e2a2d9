"""Pages to structured chunks that keep provenance.

A page is read as blocks, in reading order (layout regions first when a layout model ran,
so a two-column page is read column by column):

* **headings** (a layout ``title`` region, a line much taller than the body, or a short
  numbered line such as "3. Results" / "第二条" / "二、") are not chunks of their own; the
  nearest heading above a chunk becomes its ``section`` and is repeated at the top of its
  text, so a retrieved chunk still says what it is about;
* **key-value lines** ("Invoice No.: 123", "联系人：王芳", several pairs side by side) become
  ``kv`` chunks whose ``items`` are the pairs (key, value, the pair's box);
* **form grids** read as a table's first rows (``label | value | label | value``,
  ``structure.forms``) become a ``kv`` chunk of their pairs, and the rows under them a table;
* **tables** become ``table`` chunks: Markdown (header rows repeated in every piece) for the
  index, and one item per body cell with its row header, column header (multi-level headers
  joined with " / ") and box, so an answer can cite the cell;
* **running text** becomes ``text`` chunks whose items are paragraphs, merged across line
  wraps (English lines joined with a space, Chinese without).

A chunk never crosses a page. Sizes are counted in "units" that treat Chinese fairly: a CJK
character is one unit, other text a quarter unit per character.
"""
from __future__ import annotations

import re
from statistics import median
from typing import Any

from paddlecamp.docqa.records import BBox, Chunk, Line, Page, Region, Table, union_bbox
from paddlecamp.docqa.ocr.frame import reading_view
from paddlecamp.docqa.structure.forms import cell_box, header_below, split_form, sub_table
from paddlecamp.docqa.structure.table_header import split_glued_columns


#: Bumped when chunking changes what a stored chunk holds, so unchanged documents are
#: re-chunked on their next indexing (``api.pipeline_version``; chunks2: a value glued to the
#: next label is split at the label; chunks3: fields left under a form band are rows, not
#: column names; chunks4: a numbered box's value without a colon; chunks6: a schedule's column
#: names found below a letterhead and fields boxed with it, ``forms.header_below``; columns the
#: reading glued split, ``table_header.split_glued_columns``).
CHUNKING_VERSION = "chunks6"


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF


def text_units(text: str) -> float:
    """Size of ``text`` in units (CJK char = 1, other char = 0.25)."""
    return sum(1.0 if _is_cjk(c) else 0.25 for c in text)


# --------------------------------------------------------------------------------------------
# Key-value pairs
# --------------------------------------------------------------------------------------------
#: A label: letters/CJK (digits allowed inside, not alone), up to four words, then a colon.
_LABEL = r"[^\s\d:：|][^\s:：|]{0,23}(?:\s[^\s:：|]{1,16}){0,3}"
#: The label that ends a value is shorter (at most three words), so values keep their words.
_NEXT = r"[^\s\d:：|][^\s:：|]{0,23}(?:\s[^\s:：|]{1,16}){0,2}"
_PAIR_RE = re.compile(rf"(?P<key>{_LABEL})\s*[:：]\s*(?P<val>.*?)(?=\s+{_NEXT}\s*[:：]\s*\S|\s{{3,}}|$)")


def _valid_key(key: str) -> bool:
    if not re.search(r"[A-Za-z\u3400-\u9fff]", key):
        return False  # "09:30", "1:2"
    if key.lower().endswith(("http", "https", "ftp")):
        return False
    if key.count("(") + key.count("（") > key.count(")") + key.count("）"):
        return False  # a colon inside brackets: "总额 ¥2,402.87（大写：贰仟…）" is one value, not a pair
    return text_units(key) <= 12


#: "Label ........ value": a run of leader dots (receipts, price lists, contents pages)
#: (four or more dots: three are an ellipsis in running text)
_LEADER_RE = re.compile(r"^(?P<key>\S.*?)\s*(?:(?:[.·⋯‥_]\s?){4,}|(?:…\s?){2,})\s*(?P<val>[^\s.·…⋯‥_].*)$")


def kv_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """``(key, value, start, end)`` of every ``label: value`` pair in one line of text.

    Several pairs may share a line ("Date: 3 May 2025   Ref: A-17"); a value runs to the
    next label or a wide gap. Times ("09:30") and URLs are not labels. A run of leader dots
    separates a label from its value as a colon does ("1st place ........ $15,000").
    """
    m = _LEADER_RE.match(text)
    if m and _valid_key(m.group("key").strip()) and ":" not in m.group("key") and "：" not in m.group("key"):
        return [(m.group("key").strip(), m.group("val").strip().rstrip("。；;，,"), m.start("key"), m.end("val"))]
    out = []
    pos = 0
    while pos < len(text):
        m = _PAIR_RE.search(text, pos)
        if m is None:
            break
        key, val = m.group("key").strip(), m.group("val").strip()
        clock = key[-1:].isdigit() and val[:1].isdigit()  # "at 09:30", "ratio 1:2"
        if _valid_key(key) and val and not val.startswith("//") and not clock:
            out.append((key, val.rstrip("。；;，,"), m.start("key"), m.end("val")))
            pos = m.end()
        else:
            pos = m.start() + max(1, len(m.group("key")))
    return _glued_labels(text, _names_before_labels(text, out))


#: A value glued to the next label, no gap between them ("陈建国开票人：王芳"): a short run of Han
#: characters, then a colon and the next value.
_GLUED = re.compile(r"(?P<run>[\u4e00-\u9fff]{3,16})\s*[:：]\s*(?P<rest>\S.*)")


def _glued_labels(text: str, pairs: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Split a value that runs on into the next label without a gap ("复核：陈建国开票人：王芳",
    OCR having closed the space): the run before the colon ends in the label, its last word as
    jieba cuts it (with the word before when that is one character: 开票 + 人), and the rest
    of the run is the value. A label left with nothing before it is left as read."""
    out: list[tuple[str, str, int, int]] = []
    for key, val, start, end in pairs:
        while (m := _GLUED.fullmatch(val)) is not None:
            import jieba

            words = jieba.lcut(m.group("run"))
            label = words[-1] if len(words[-1]) > 1 or len(words) < 2 else words[-2] + words[-1]
            value = m.group("run")[:-len(label)]
            if len(label) < 2 or not value or not _valid_key(label):
                break
            at = text.find(m.group("run"), start) + len(value)
            out.append((key, value, start, at))
            key, val, start = label, m.group("rest").rstrip("。；;，,"), at
        out.append((key, val, start, end))
    return out


def _capital(word: str) -> bool:
    return word[:1].isascii() and word[:1].isupper() and word.isalpha()


def _names_before_labels(text: str, pairs: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Give the words of a name back to its value when a later label took them.

    OCR joins a row of a form into one line and squeezes the gap between pairs to one space:
    "Project manager: Skyler Abernathy Sponsor: City of Northport". The pattern reads the
    longest label it can ("Abernathy Sponsor"). When the line's first label is in sentence case
    (a capital, then lower-case words: "Project manager"), a later label of capitalized words
    is not one of its labels: its leading capitalized words continue the previous value if that
    ends in a capitalized word (a name), until one word is left. Lines whose first label is one
    word or in title case ("Invoice Number") are left as read (there the text cannot tell).
    """
    if len(pairs) < 2:
        return pairs
    ref = pairs[0][0].split()
    if not (len(ref) >= 2 and _capital(ref[0]) and all(w[:1].islower() for w in ref[1:])):
        return pairs
    out = [list(p) for p in pairs]
    for i in range(1, len(out)):
        words = out[i][0].split()
        prev = out[i - 1][1].split()
        if len(words) < 2 or not prev or not _capital(prev[-1]) or not all(_capital(w) for w in words):
            continue
        moved, key = words[:-1], words[-1]
        start = text.find(key, out[i][2] + len(" ".join(moved)))
        if start < 0:
            continue
        out[i - 1][1] = f"{out[i - 1][1]} {' '.join(moved)}"
        out[i - 1][3] = text.rfind(moved[-1], out[i][2], start) + len(moved[-1])
        out[i][0], out[i][2] = key, start
    return [tuple(p) for p in out]


#: A label printed above its value is smaller than it: at most this share of its height.
STACKED_LABEL_RATIO = 0.85
#: A label's value printed beside it starts within this many label heights of the label's end
#: (a line further along the row belongs to another column: a ticket's stub, a sidebar).
BESIDE_GAP = 8.0


def stacked_label(upper: Line, lower: Line) -> bool:
    """Whether ``upper`` is a small label printed right above its value ``lower`` ("DATE" over
    "Sat 14 Mar 2026", "5 Country of destination" over "Canada (CA)"): clearly smaller, short,
    no colon or sentence end, starting near the value's left edge, and no wider gap between
    them than the value's height."""
    hu, hl = upper.bbox[3] - upper.bbox[1], lower.bbox[3] - lower.bbox[1]
    text = upper.text.strip()
    if not text or hu > STACKED_LABEL_RATIO * hl or text_units(text) > 12 or re.search(r"[:：。.!?！？;；,，、]$", text):
        return False
    if len(text.split()) > 4:  # a title over a line in larger type is no label
        return False
    if kv_pairs(text) or not re.search(r"[A-Za-z\u3400-\u9fff]", text):
        return False
    gap = lower.bbox[1] - upper.bbox[3]
    return -0.3 * hu <= gap <= hl and abs(upper.bbox[0] - lower.bbox[0]) <= 1.5 * hl


def stacked_text(upper: Line, lower: Line) -> str:
    """The label and value of a stacked pair as one ``label: value`` line."""
    sep = "：" if _is_cjk(upper.text[-1:]) else ": "
    return f"{upper.text.strip()}{sep}{lower.text.strip()}"


def _sub_bbox(bbox: BBox, text: str, start: int, end: int) -> BBox:
    """The part of a line's box holding ``text[start:end]`` (by text units; OCR keeps no char boxes)."""
    total = text_units(text) or 1.0
    x0, x1 = bbox[0], bbox[2]
    a = x0 + (x1 - x0) * text_units(text[:start]) / total
    b = x0 + (x1 - x0) * text_units(text[:end]) / total
    return [round(a, 1), bbox[1], round(b, 1), bbox[3]]


# --------------------------------------------------------------------------------------------
# Headings, reading order, paragraphs
# --------------------------------------------------------------------------------------------
_NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节条部分篇]|[一二三四五六七八九十]+[、.]|"
                       r"[（(][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)*\.?\s+[A-Z\u3400-\u9fff]|"
                       r"(?:Section|Chapter|Part|Article)\s+\w+)")


def _overlap(a: BBox, b: BBox) -> float:
    """Share of ``a``'s area inside ``b``."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(1e-6, (a[2] - a[0]) * (a[3] - a[1]))


def _region_of(line: Line, regions: list[Region]) -> Region | None:
    best = max(regions, key=lambda r: _overlap(line.bbox, r.bbox), default=None)
    return best if best is not None and _overlap(line.bbox, best.bbox) > 0.5 else None


def is_heading(line: Line, body_height: float, region: Region | None = None, *, alone: bool = True) -> bool:
    """A title or section heading: a title region, a tall short line, or a short numbered line
    alone on its row (``alone=False``: other lines beside it, as a boxed form's "3 Date" has)."""
    text = line.text.strip()
    if not text or kv_pairs(text) or text_units(text) > 20:
        return False
    if region is not None and region.label == "title":
        return True
    height = line.bbox[3] - line.bbox[1]
    if height >= 1.35 * body_height:
        return True
    if alone and _NUMBERED.match(text) and not re.search(r"[.。;；,，]$", text) and len(text.split()) <= 8:
        from paddlecamp.docqa.recognizers import find_spans

        dated = find_spans(text, ("date",))
        return not (dated and dated[0].start == 0)  # "9 June 2025" is a date line, not "9. June"
    return False


def reading_order(lines: list[Line], regions: list[Region]) -> list[Line]:
    """Lines in reading order: by layout region (columns read top to bottom) when regions exist."""
    ordered = sorted(lines, key=lambda l: l.order)
    if not regions:
        return ordered
    blocks = [r for r in regions if r.label not in ("figure",)]
    # Bands: regions that overlap vertically form one band (a two-column stretch of the page).
    bands: list[list[Region]] = []
    for r in sorted(blocks, key=lambda r: r.bbox[1]):
        if bands and r.bbox[1] < max(x.bbox[3] for x in bands[-1]) - 2:
            bands[-1].append(r)
        else:
            bands.append([r])
    rank: dict[int, tuple[int, float, float]] = {}
    for bi, band in enumerate(bands):
        for r in band:
            rank[id(r)] = (bi, round(r.bbox[0] / 50), r.bbox[1])
    keyed = []
    for line in ordered:
        reg = _region_of(line, blocks)
        key = rank[id(reg)] if reg is not None else None
        keyed.append((key, line))
    # Lines outside any region keep their place relative to the previous line.
    out: list[tuple[tuple, int, Line]] = []
    last: tuple = (-1, 0, 0.0)
    for i, (key, line) in enumerate(keyed):
        if key is None:
            key = last
        last = key
        out.append((key, i, line))
    out.sort(key=lambda t: (t[0], t[1]))
    return [line for _, _, line in out]


def _joiner(a: str, b: str) -> str:
    if a and b and (_is_cjk(a[-1]) or _is_cjk(b[0])):
        return ""
    if a.endswith("-") and b[:1].islower():
        return "\b"  # hyphenated wrap: drop the hyphen
    return " "


def join_wrapped(texts: list[str]) -> str:
    """Lines of one paragraph as one string (hyphenated English wraps rejoined)."""
    out = ""
    for t in texts:
        t = t.strip()
        if not out:
            out = t
            continue
        j = _joiner(out, t)
        out = out[:-1] + t if j == "\b" else out + j + t
    return out


def wraps_on(first: Line, prev: Line, line: Line, widest: float, h: float) -> bool:
    """Whether ``line`` continues the paragraph that starts with ``first`` and whose last line
    ``prev`` runs to the right margin and breaks off mid-sentence: a small gap, the left edge
    of ``first`` (within 2.5 line heights), ``prev`` over 0.6 of the ``widest`` line and not
    ending in sentence or clause punctuation."""
    gap = line.bbox[1] - prev.bbox[3]
    return (0 <= gap + 0.25 * h < 0.9 * h and abs(line.bbox[0] - first.bbox[0]) < 2.5 * h
            and prev.bbox[2] - prev.bbox[0] > 0.6 * widest
            and re.search(r"[.。!！?？:：;；]$", prev.text.strip()) is None)


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Consecutive body lines grouped into paragraphs: small gaps, aligned left edges."""
    if not lines:
        return []
    h = median(l.bbox[3] - l.bbox[1] for l in lines)
    widest = max(l.bbox[2] - l.bbox[0] for l in lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if wraps_on(groups[-1][0], prev, line, widest, h):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------
#: A run of two or more leader characters at a cell's start or end ("搬运师傅×3人..", ".. 450.00").
_LEADERS = ".·…⋯‥_"
_LEADER_EDGE = re.compile(rf"^\s*(?:[{_LEADERS}]\s?){{2,}}\s*|\s*(?:[{_LEADERS}]\s?){{2,}}\s*$")


def _header_spans(table: Table, hr: int) -> dict[tuple[int, int], tuple[int, int]]:
    """``(row, col) -> (first, last column)`` of the header cells of a ruled table (empty for
    other tables: their header cells' extents are the model's guess)."""
    if table.method != "ruled":
        return {}
    out = {}
    for cell in table.cell_list:
        if cell.row < hr:
            for r in range(cell.row, min(cell.row + cell.row_span, hr)):
                for c in range(cell.col, cell.col + cell.col_span):
                    out[(r, c)] = (cell.col, cell.col + cell.col_span - 1)
    return out


def _column_header(table: Table, hr: int, c: int, spans: dict[tuple[int, int], tuple[int, int]]) -> str:
    """The header rows' texts over column ``c``: a group's name over its columns' names joined
    by " / " ("Instrument reading (bar) / As found"); in a ruled table a label the rules cut
    over two rows of the same width joined by a space ("Error after adjustment")."""
    out = ""
    prev = None
    for h in range(hr):
        text = table.cells[h][c] if c < len(table.cells[h]) else ""
        if not text or text == prev:
            continue
        same = prev is not None and spans.get((h, c)) is not None and spans.get((h, c)) == spans.get((h - 1, c))
        out = f"{out} {text}" if same else (f"{out} / {text}" if out else text)
        prev = text
    return out


def table_items(table: Table) -> list[dict[str, Any]]:
    """One item per body cell: text, grid position, row header, column header and box (leader
    dots a reading left at a cell's edges dropped)."""
    hr = max(0, min(table.header_rows, table.n_rows - 1))
    hc = max(0, min(table.header_cols, table.n_cols - 1))
    spans = _header_spans(table, hr)
    items = []
    for r in range(hr, table.n_rows):
        row = [_LEADER_EDGE.sub("", t) for t in table.cells[r]] + [""] * (table.n_cols - len(table.cells[r]))
        row_header = " ".join(dict.fromkeys(t for t in row[:hc] if t))
        for c in range(hc, table.n_cols):
            if not row[c]:
                continue
            col_header = _column_header(table, hr, c, spans)
            items.append({"row": r, "col": c, "text": row[c], "row_header": row_header, "col_header": col_header,
                          "bbox": [round(float(v), 1) for v in cell_box(table, r, c)]})
    return items


def _table_pieces(table: Table, max_units: float) -> list[tuple[str, list[BBox], list[dict]]]:
    """Markdown pieces of a table: header rows + as many whole body rows as fit, header repeated."""
    if table.n_rows == 0:
        return []
    hr = max(0, min(table.header_rows, table.n_rows))
    # a table without a header row (a list of label | value rows) gets an empty one: Markdown
    # needs it, and every row stays a body row
    header = "\n".join([table.row_markdown(r) for r in range(hr)] if hr else ["|" + " |" * table.n_cols]) \
        + "\n|" + "---|" * table.n_cols
    hboxes = [table.row_bboxes[r] if r < len(table.row_bboxes) else table.bbox for r in range(hr)]
    items = table_items(table)
    pieces = []
    rows: list[int] = []
    size = text_units(header)

    def flush() -> None:
        text = "\n".join([header] + [table.row_markdown(r) for r in rows])
        boxes = hboxes + [table.row_bboxes[r] if r < len(table.row_bboxes) else table.bbox for r in rows]
        keep = set(rows) if rows else set(range(hr))
        pieces.append((text, boxes, [it for it in items if it["row"] in keep]))

    for r in range(hr, table.n_rows):
        md = table.row_markdown(r)
        if rows and size + text_units(md) > max_units:
            flush()
            rows, size = [], text_units(header)
        rows.append(r)
        size += text_units(md)
    if rows or table.n_rows <= hr:
        flush()
    return pieces


# --------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------
def _with_section(section: str, text: str) -> str:
    return f"{section}\n{text}" if section and not text.startswith(section) else text


def _merge_stacked(lines: list[Line], in_table: dict[int, Table], in_rows: set[int], body_height: float) -> list[Line]:
    """Body lines with each small label and the value printed right under it (the nearest
    such line below, ``stacked_label``) made one ``label: value`` line. A label with a line
    beside it on its row is an inline pair and stays as it is. A label right above a table
    (one of a row of labels, or a line that does not read as a heading) may take its value
    from the table's top row (a boxed form whose first row of labels the layout model left
    out of the table's box); that value stays in the table too. ``in_rows`` holds the lines
    with another line beside them (``_beside_others``), ``body_height`` the body's median line
    height."""
    from paddlecamp.docqa.ocr.orientation import looks_sideways

    body = [l for l in lines if l.order not in in_table]
    if looks_sideways([l.bbox for l in body]):
        return lines  # boxes of a page read turned are the file's: "above" is sideways there
    tops = [l for l in lines if l.order in in_table and _top_row(l, in_table[l.order])]
    over = {l.order: [m for m in body + (tops if l.order in in_rows or not is_heading(l, body_height) else [])
                      if m is not l and stacked_label(l, m)
                      and (m.order not in in_table or l.bbox[3] <= in_table[m.order].bbox[1] + 2)] for l in body}
    over = {k: v for k, v in over.items() if v}
    if not over:
        return lines

    def beside(l: Line) -> bool:
        """A label with its value to its right ("经营范围  餐饮管理…"): a line on its row that is
        not itself a stacked label (a row of stacked fields has its labels side by side)."""
        h = l.bbox[3] - l.bbox[1]
        return any(m is not l and l.bbox[2] - 2 <= m.bbox[0] <= l.bbox[2] + BESIDE_GAP * h and m.order not in over
                   and abs((m.bbox[1] + m.bbox[3]) - (l.bbox[1] + l.bbox[3])) < h for m in body)

    partner: dict[int, Line] = {}
    used: set[int] = set()
    for l in body:
        if l.order in used or beside(l):
            continue
        below = [m for m in over.get(l.order, []) if m.order not in used and m.order not in partner]
        if below:
            m = min(below, key=lambda m: (m.bbox[1], abs(m.bbox[0] - l.bbox[0])))
            partner[l.order] = m
            used.add(l.order)
            if m.order not in in_table:
                used.add(m.order)
    if not partner:
        return lines
    out = []
    for l in lines:
        if l.order in partner:
            m = partner[l.order]
            box = union_bbox([l.bbox, m.bbox])
            out.append(Line(text=stacked_text(l, m), score=min(l.score, m.score),
                            box=[[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]],
                            bbox=box, order=l.order))
        elif l.order not in used:
            out.append(l)
    return out


#: A label beside its value is at most this many units long and no taller than this share of
#: the body's line height (a larger line is a title, whose neighbour is not its value).
BESIDE_LABEL_UNITS = 8
BESIDE_LABEL_HEIGHT = 1.3
#: "名称  苏州青禾餐饮管理有限公司": a Chinese label of 2-6 characters and its value in one OCR
#: line, apart by spaces instead of a colon.
_SPACED_PAIR = re.compile(r"^(?P<key>[\u3400-\u9fff]{2,6})[ \u3000]+(?P<val>\S.*)$")


#: Characters that do not end a label glued to its value ("成立于2016年" is a sentence).
_NOT_LABEL_END = frozenset("于在是的了为和与及共约达将被从向对按至到")


def _loose_pair(text: str) -> tuple[str, str] | None:
    """``(label, value)`` of a Chinese line that is a label and its value without a colon: apart
    by spaces ("名称  苏州青禾餐饮管理有限公司") or glued, the value being typed spans that run
    to the line's end ("法定代表人上官婉清", "营业时间6:00—23:00"); None otherwise."""
    m = _SPACED_PAIR.match(text)
    if m:
        return m["key"], m["val"]
    if not re.match(r"[\u3400-\u9fff]{2}", text):
        return None
    from paddlecamp.docqa.recognizers import find_spans

    spans = [sp for sp in find_spans(text) if sp.kind != "place"]
    if not spans or not 2 <= spans[0].start <= 8:
        return None
    label, rest = text[:spans[0].start], text[spans[0].start:]
    if not re.fullmatch(r"[\u3400-\u9fff]+", label) or label[-1] in _NOT_LABEL_END:
        return None
    for sp in spans:
        rest = rest.replace(sp.text, " ", 1)
    return (label, text[spans[0].start:]) if re.fullmatch(r"[\s\-–—~～至到、,，/]*", rest) else None


#: Leader characters a reading leaves at the end of a label or the start of its value.
_LEADER_CHARS = " " + _LEADERS


def _label_like(line: Line, body_height: float, text: str | None = None) -> bool:
    """A short label (``text``, default the line's): words without digits, no colon or
    sentence end, not taller than body text."""
    text = line.text.strip() if text is None else text
    return (bool(re.search(r"[A-Za-z\u3400-\u9fff]", text)) and not re.search(r"\d|[:：。.!?！？;；,，]$", text)
            and text_units(text) <= BESIDE_LABEL_UNITS and not kv_pairs(text)
            and line.bbox[3] - line.bbox[1] <= BESIDE_LABEL_HEIGHT * body_height)


def _pair_line(label: Line, value: Line, text: str) -> Line:
    box = union_bbox([label.bbox, value.bbox])
    return Line(text=text, score=min(label.score, value.score),
                box=[[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]], bbox=box, order=label.order)


def _merge_beside(lines: list[Line], in_table: dict[int, Table], regions: list[Region], body_height: float
                  ) -> list[Line]:
    """Label–value pairs printed without a colon made ``label：value`` lines, so they index and
    answer as pairs: a short label with its value beside it as the only two lines of their row
    ("营业期限" | "2019年08月26日至长期"; in one layout region, the value within ``BESIDE_GAP``
    label heights) or in a row of such pairs set apart (``_paired_row``), and, next to other
    pairs, a Chinese label and its value in one OCR line without a colon (``_loose_pair``)."""
    from paddlecamp.docqa.ocr.orientation import looks_sideways

    body = [l for l in lines if l.order not in in_table]
    if looks_sideways([l.bbox for l in body]):
        return lines
    rows: dict[int, list[Line]] = {}
    for l in body:
        rows[l.order] = [m for m in body if min(l.bbox[3], m.bbox[3]) - max(l.bbox[1], m.bbox[1])
                         > 0.5 * min(l.bbox[3] - l.bbox[1], m.bbox[3] - m.bbox[1])]
    merged: dict[int, Line] = {}
    dropped: set[int] = set()
    for l in body:
        row = sorted(rows[l.order], key=lambda m: m.bbox[0])
        if len(row) % 2 or row[0] is not l or l.order in dropped or l.order in merged:
            continue
        if len(row) > 2 and not _paired_row(row):
            continue
        pairs = [(row[i], row[i + 1], _beside_pair(row[i], row[i + 1], regions, body_height))
                 for i in range(0, len(row), 2)]
        if all(text for _, _, text in pairs):
            for a, b, text in pairs:
                merged[a.order] = _pair_line(a, b, text)
                dropped.add(b.order)
    kept = [l for l in body if l.order not in dropped]
    loose = {l.order: _loose_pair(l.text.strip()) for l in kept if len(rows[l.order]) == 1 and l.order not in merged}
    for i, l in enumerate(kept):  # pairs without a separator next to other pairs (or to each other)
        pair = loose.get(l.order)
        near = kept[max(0, i - 1):i] + kept[i + 1:i + 2]
        if pair and any(n.order in merged or kv_pairs(n.text) or loose.get(n.order) for n in near):
            merged[l.order] = _pair_line(l, l, f"{pair[0]}：{pair[1]}")
    if not merged:
        return lines
    return [merged.get(l.order, l) for l in lines if l.order not in dropped]


def _beside_pair(l: Line, v: Line, regions: list[Region], body_height: float) -> str | None:
    """``label：value`` when ``v`` is the value printed beside the label ``l`` (in one layout
    region, within ``BESIDE_GAP`` label heights, or led to by leader dots); None otherwise."""
    h = l.bbox[3] - l.bbox[1]
    label, value = l.text.strip().rstrip(_LEADER_CHARS), v.text.strip().lstrip(_LEADER_CHARS)
    # leader dots the reading split ("报价单号.." | "... SA-2603-0258") join across any gap
    led = label != l.text.strip() or value != v.text.strip()
    if not (l.bbox[2] - 2 <= v.bbox[0] <= l.bbox[2] + BESIDE_GAP * h or (led and v.bbox[0] >= l.bbox[2] - 2)) \
            or not label or not value or not _label_like(l, body_height, label) \
            or kv_pairs(value) or (_SPACED_PAIR.match(value) and not led):
        return None
    if regions and _region_of(l, regions) is not _region_of(v, regions):
        return None
    sep = "：" if _is_cjk(label[-1:]) else ": "
    return f"{label}{sep}{value}"


#: In a row of label, value, label, value ... a label's value starts closer to it than the
#: next label does to that value, by this share of the gap at least (a signature block:
#: "单位负责人  慕容书亭______    财务负责人  宇文佩兰______"); evenly spaced words are the
#: column names of a table, no pairs.
PAIR_GAP_SHARE = 0.7


def _paired_row(row: list[Line]) -> bool:
    """Whether the lines of a row (left to right, an even number) group in twos: every gap
    inside a pair is under ``PAIR_GAP_SHARE`` of the gaps between pairs next to it."""
    gaps = [row[i + 1].bbox[0] - row[i].bbox[2] for i in range(len(row) - 1)]
    inner, outer = gaps[0::2], gaps[1::2]
    return all(g < PAIR_GAP_SHARE * o for i, g in enumerate(inner)
               for o in outer[max(0, i - 1):i + 1])


def _beside_others(lines: list[Line]) -> set[int]:
    """Orders of the lines that share their row with another line (overlapping vertically by
    more than half the shorter one's height)."""
    out: set[int] = set()
    by_top = sorted(lines, key=lambda l: l.bbox[1])
    for i, a in enumerate(by_top):
        for b in by_top[i + 1:]:
            if b.bbox[1] >= a.bbox[3]:
                break
            inter = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
            if inter > 0.5 * min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]):
                out.update((a.order, b.order))
    return out


def _top_row(line: Line, table: Table) -> bool:
    """Whether ``line`` is in the first row of ``table``."""
    top = table.row_bboxes[0] if table.row_bboxes else table.bbox
    return line.bbox[1] < top[3] and (line.bbox[1] + line.bbox[3]) / 2 <= top[3]


def chunk_page(page: Page, *, max_units: float = 120, doc_hash: str = "", start_no: int = 0) -> list[Chunk]:
    """Structured chunks of one page in reading order (see the module docstring). A page read
    turned (``Page.frame``) is laid out on its upright lines; the chunks' boxes refer to the file."""
    page, back = reading_view(page)
    in_table = {o: t for t in page.tables for o in t.line_orders}
    body = [l for l in page.lines if l.order not in in_table]
    body_height = median([l.bbox[3] - l.bbox[1] for l in body] or [1.0])
    chunks: list[Chunk] = []
    section = ""
    pending_text: list[Line] = []
    pending_kv: list[Line] = []
    emitted: set[int] = set()
    heading_box: BBox = [0.0, 0.0, 0.0, 0.0]
    first_of_section = 0

    def add(kind: str, text: str, boxes: list[BBox], items: list[dict], *, upright: bool = True) -> None:
        if upright:  # boxes of the (upright) lines, back to the file; a table's boxes already are
            boxes = [back(b) for b in boxes]
            items = [{**it, "bbox": back(it["bbox"])} if "bbox" in it else it for it in items]
        chunks.append(Chunk(source=page.source, page=page.page, text=_with_section(section, text),
                            bbox=union_bbox(boxes), kind=kind, line_bboxes=boxes, doc_hash=doc_hash,
                            section=section, items=items))

    def flush_text() -> None:
        paras = paragraphs(pending_text)
        group: list[list[Line]] = []
        size = 0.0
        for para in paras + [None]:  # type: ignore[list-item]
            u = sum(text_units(l.text) for l in para) if para else 0.0
            if group and (para is None or size + u > max_units):
                boxes = [l.bbox for p in group for l in p]
                items = [{"text": join_wrapped([l.text for l in p]), "bbox": union_bbox([l.bbox for l in p])}
                         for p in group]
                add("text", "\n".join(it["text"] for it in items), boxes, items)
                group, size = [], 0.0
            if para is not None:
                group.append(para)
                size += u
        pending_text.clear()

    def flush_kv() -> None:
        if pending_kv:
            items = [{"key": k, "value": v, "bbox": _sub_bbox(l.bbox, l.text, a, b), "line": l.text}
                     for l in pending_kv for k, v, a, b in kv_pairs(l.text)]
            add("kv", "\n".join(l.text for l in pending_kv), [l.bbox for l in pending_kv], items)
        pending_kv.clear()

    widest = max([l.bbox[2] - l.bbox[0] for l in body] or [1.0])
    kv_tail: Line | None = None  # the last line read into pending_kv[-1] (a value may wrap on)
    side_by_side = _beside_others(page.lines)
    ordered = _merge_stacked(reading_order(page.lines, page.regions), in_table, side_by_side, body_height)
    ordered = _merge_beside(ordered, in_table, page.regions, body_height)
    for line in ordered:
        table = in_table.get(line.order)
        if table is not None:
            if id(table) in emitted:
                continue
            flush_text()
            flush_kv()
            emitted.add(id(table))
            pairs, rest = split_form(split_glued_columns(table))
            if pairs:  # a form read as the table's first rows: its fields are pairs
                add("kv", "\n".join(it["line"] for it in pairs), [it["bbox"] for it in pairs], pairs, upright=False)
            parts = [rest] if rest is not None else []
            if rest is not None and (r := header_below(rest)):  # a letterhead and fields over a schedule
                parts = [sub_table(rest, 0, r, header_rows=0, drop_empty_columns=True),
                         sub_table(rest, r, rest.n_rows)]
            for part in parts:
                for text, boxes, items in _table_pieces(part, max_units):
                    add("table", text, boxes, items, upright=False)
            continue
        region = _region_of(line, page.regions) if page.regions else None
        if is_heading(line, body_height, region, alone=line.order not in side_by_side):
            flush_text()
            flush_kv()
            # a heading right under a heading (a title over its first section) stays in the
            # section, above it, so no line of the page is lost
            orphan = section and not any(c.section == section for c in chunks[first_of_section:])
            section = f"{section}\n{line.text.strip()}" if orphan else line.text.strip()
            heading_box = union_bbox([heading_box, line.bbox]) if orphan else line.bbox
            first_of_section = len(chunks)
            continue
        if kv_pairs(line.text):
            flush_text()
            if pending_kv and text_units(" ".join(l.text for l in pending_kv)) > max_units:
                flush_kv()
            pending_kv.append(line)
            kv_tail = line
        elif pending_kv and kv_tail is not None and wraps_on(pending_kv[-1], kv_tail, line, widest, body_height):
            # a field's value wrapped onto the next line ("说明：……其中文化遗产保护项目因" over
            # "城南窑址考古勘探延期，……"): the line joins the value instead of starting a paragraph
            head = pending_kv[-1]
            box = union_bbox([head.bbox, line.bbox])
            pending_kv[-1] = Line(text=join_wrapped([head.text, line.text]), score=min(head.score, line.score),
                                  box=[[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]],
                                  bbox=box, order=head.order)
            kv_tail = line
        else:
            flush_kv()
            kv_tail = None
            pending_text.append(line)
    flush_text()
    flush_kv()
    if section and not any(c.section == section for c in chunks[first_of_section:]):
        # the page's last line is a heading, or the page holds only headings: still indexed
        add("text", section, [heading_box], [{"text": section, "bbox": heading_box}])
    for i, c in enumerate(chunks):
        c.chunk_no = start_no + i
    return chunks


def chunk_pages(pages: list[Page], *, max_units: float = 120, doc_hash: str = "") -> list[Chunk]:
    """Chunks of every page; numbering runs on across pages so ids stay unique per file."""
    out: list[Chunk] = []
    for page in pages:
        out.extend(chunk_page(page, max_units=max_units, doc_hash=doc_hash, start_no=len(out)))
    return out
