"""Form grids read as tables: ``label | value | label | value`` rows.

The layout model often boxes a form and the table under it as one region (a registration
slip: patient, card number, department, doctor... over the fee table), and the table model
then reads the form's fields as the table's first rows, so the fee table's column names are
no longer its header and the form's labels look like column headers ("接诊医生" becomes the
value of the row "就诊科室" under the column "性别/年龄").

``split_form(table)`` finds such a *form band*: the table's leading rows in which, read left
to right (a spanning cell once, empty cells skipped), every other cell is a label (short, no
digit) and the cell after it is its value. The band needs a row of two pairs side by side,
digits in at least a third of its values, and digits in more than one pair's place: a band of
column names alone is a header, and a people table's "Name | Dept | Role | Phone" has its
numbers in one column. A last row of labels only, right above rows that are not a form,
names the columns of the table below and stays with it. The band's pairs become key-value
items; the rows below become a table of their own (columns empty there dropped, header rows
counted again). Leading rows whose cells are each a pair already ("Invoice number: NV-17 |
Due date: 12 Dec 2025", a boxed field's label over its value read as one cell) are a form
band too (``pair_rows``).

A form can also stack its labels over its values: a row of labels, a row of their values, a
row of other labels, theirs ("所选卡种 | 开卡日期 | 到期日期" over "年卡 | 2025-11-01 | …", then
"会籍顾问 | 付款方式 | 会员卡号" over "慕容斌 | 支付宝 | PF-…"). Read as a table, only the first
row names the columns and the second row of labels reads as data. ``stacked_band`` finds
such leading rows: two label rows or more, each over a row of values in the same columns with
a digit in it, the value rows below different label rows differing in kind (a date over a
name, an amount over a code) in at least half their columns somewhere down the band, and no
row of values alike in kind to the row under it; a table's rows hold the same kinds row after
row, so "Name | Dept" over "Alice | 2F" over "Bob | Sales" stays a table, and so does a table
under the fields.

The layout model can also box a letterhead and an account's fields with the schedule under
them. ``header_below`` finds the row that names the schedule's columns there: a row of three
labels or more, below rows that hold values, over two rows alike in kind with numbers or
dates in two columns at least, and covering most of their columns; the rows above it are a
table of their own, so the schedule's cells are read under their own column names.
"""
from __future__ import annotations

import re
from typing import Any

from paddlecamp.docqa.records import BBox, Cell, Table, union_bbox

#: The most text units (CJK character 1, other character 0.25) a label may have.
LABEL_UNITS = 10
#: Share of the columns of the first row under a header found below the top that it must name.
HEADER_COVER = 0.6
#: The most characters of a column group's name that has a digit ("20' GP", "2025年").
HEADER_CHARS = 8
#: Share of a form band's values that must carry a digit (card numbers, dates, rooms, amounts).
DIGIT_SHARE = 1 / 3


def label_like(text: str) -> bool:
    """A form label: no digit, at most four words and ``LABEL_UNITS`` units, not a sentence
    (``患者姓名``, ``Date of birth``, ``性别/年龄``, ``Payment method:``)."""
    from paddlecamp.docqa.chunking import text_units

    t = text.strip().rstrip(":：").strip()
    if not t or re.search(r"[\d:：]", t) or not re.search(r"[A-Za-z\u3400-\u9fff]", t):
        return False  # a colon inside: a label with its value ("Overall status: Amber")
    if re.search(r"[。！？!?；;]|[.,，]\s*\S", t):
        return False
    return len(t.split()) <= 4 and text_units(t) <= LABEL_UNITS


def row_cells(table: Table, r: int) -> list[tuple[int, str]]:
    """``(column, text)`` of row ``r`` read left to right: a spanning cell once, empty skipped."""
    out: list[tuple[int, str]] = []
    prev = None
    for c, text in enumerate(table.cells[r]):
        t = text.strip()
        if t and t != prev:
            out.append((c, t))
        prev = t
    return out


def _pairs_of_row(cells: list[tuple[int, str]]) -> list[tuple[tuple[int, str], tuple[int, str]]] | None:
    if len(cells) < 2 or len(cells) % 2:
        return None
    pairs = list(zip(cells[0::2], cells[1::2]))
    if not all(label_like(k) for (_, k), _ in pairs):
        return None
    return pairs


#: A form box's printed number before its label ("10 Total gross weight: 68.7 kg").
_BOX_NUMBER = re.compile(r"^\d{1,2}\s+(?=\D)")


#: Where a numbered box's value starts when no colon marks it: the first word with a digit, or a
#: currency sign or code before one ("Insured value USD 50,985.00", "Air waybill 724-33019485").
_BOX_VALUE = re.compile(r"(?<!\S)(?:[A-Z]{3}\s?(?=\d)|[£$€¥￥]\s?(?=\d)|\S*\d)")


def cell_pairs(text: str) -> list[tuple[str, str]]:
    """The ``label: value`` pairs a cell's text is made of from its first character (a box
    number before the label skipped), or ``[]`` when the cell is anything else. A numbered box
    is a form's field, so its value may follow the label without a colon when it starts with a
    digit or a currency ("13 Insured value USD 50,985.00")."""
    from paddlecamp.docqa.chunking import kv_pairs

    t = _BOX_NUMBER.sub("", text.strip())
    pairs = kv_pairs(t)
    if pairs and pairs[0][2] == 0:
        return [(k, v) for k, v, _, _ in pairs]
    m = _BOX_VALUE.search(t) if t != text.strip() else None
    if m and m.start() > 0 and label_like(t[:m.start()]):
        return [(t[:m.start()].strip(), t[m.start():].strip())]
    return []


def pair_rows(table: Table) -> int:
    """How many leading rows hold only cells that are themselves label-value pairs ("Invoice
    number: NV-17 | Due date: 12 Dec 2025"), with two such cells side by side in one of them."""
    n = 0
    wide = False
    while n < table.n_rows:
        cells = row_cells(table, n)
        if not cells or not all(cell_pairs(t) for _, t in cells):
            break
        wide = wide or len(cells) >= 2
        n += 1
    return n if wide else 0


def form_band(table: Table) -> int:
    """How many leading rows of ``table`` are a form band (0: none; see the module docstring)."""
    n = 0
    values: list[list[str]] = []
    while n < table.n_rows:
        pairs = _pairs_of_row(row_cells(table, n))
        if pairs is None:
            break
        values.append([v for _, (_, v) in pairs])
        n += 1
    if 0 < n < table.n_rows and all(label_like(v) for v in values[-1]):
        n -= 1  # labels only, right above rows that are not a form: the column names of the table below
        values.pop()
    wide = any(len(v) >= 2 for v in values)
    digit_at = {j for row in values for j, v in enumerate(row) if re.search(r"\d", v)}
    flat = [v for row in values for v in row]
    if n < 2 or not wide or len(digit_at) < 2:  # a table's column of numbers is in one place
        return 0
    if sum(bool(re.search(r"\d", v)) for v in flat) < DIGIT_SHARE * len(flat):
        return 0
    return n


def value_kind(text: str) -> str:
    """A coarse kind of a cell's value: ``date`` (digits with date separators or 年月日),
    ``number`` (digits, separators, a currency or unit sign), ``code`` (letters with
    digits), ``text`` (no digit) or ``""`` (empty)."""
    t = text.strip()
    if not t:
        return ""
    if not re.search(r"\d", t):
        return "text"
    if re.fullmatch(r"\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}日?", t):
        return "date"
    if re.fullmatch(r"(?:[A-Z]{3}\s?)?[^\w]{0,2}\s*[\d\s.,]+\s*[^\w\s]{0,2}\w{0,3}", t):
        return "number"
    return "code" if re.search(r"[A-Za-z]", t) else "text"


def _stacked_pair(labels: list[tuple[int, str]], values: list[tuple[int, str]]) -> bool:
    return (len(labels) >= 2 and all(label_like(t) for _, t in labels)
            and [c for c, _ in labels] == [c for c, _ in values]
            and any(re.search(r"\d", t) for _, t in values) and not all(label_like(t) for _, t in values))


def _alike(a: list[str] | None, b: list[str]) -> bool:
    """Two rows of value kinds that agree in more than half their columns."""
    return bool(a) and len(a) == len(b) and 2 * sum(x != y for x, y in zip(a, b)) < len(b)


def stacked_band(table: Table) -> int:
    """How many leading rows of ``table`` are labels stacked over their values (0: none; see
    the module docstring)."""
    r, kinds, pairs, alike = 0, None, 0, []
    while r + 1 < table.n_rows:
        labels, values = row_cells(table, r), row_cells(table, r + 1)
        if not _stacked_pair(labels, values):
            break
        now = [value_kind(t) for _, t in values]
        below = row_cells(table, r + 2) if r + 2 < table.n_rows else []
        after = [] if all(label_like(t) for _, t in below) else [value_kind(t) for _, t in below]
        if _alike(now, after):
            break  # values of the kinds below them: a table's header and rows, not fields
        if kinds is not None:
            alike.append(_alike(kinds, now))
        kinds, pairs, r = now, pairs + 1, r + 2
    # value rows all of one kind, row after row, are a table's rows under text-only rows; a
    # form's fields differ somewhere down the band (a plate and a model over two dates and a
    # reading, though the first two rows agree in two of three columns)
    return r if pairs >= 2 and not all(alike) else 0


def stacked_items(table: Table, rows: int) -> list[dict[str, Any]]:
    """Key-value items of the first ``rows`` rows of a stacked band: each label with the value
    in its column on the row below."""
    items: list[dict[str, Any]] = []
    for r in range(0, rows - 1, 2):
        for (c, key), (_, value) in zip(row_cells(table, r), row_cells(table, r + 1)):
            items.append(_item(key, value, union_bbox([cell_box(table, r, c), cell_box(table, r + 1, c)])))
    return items


def _item(key: str, value: str, box: BBox) -> dict[str, Any]:
    key = key.rstrip(":：").strip()
    sep = "：" if re.search(r"[\u3400-\u9fff]", key) else ": "
    return {"key": key, "value": value, "bbox": [round(float(v), 1) for v in box], "line": f"{key}{sep}{value}"}


def cell_box(table: Table, r: int, c: int) -> BBox:
    """The box of the printed cell covering grid position (``r``, ``c``), else its row's box."""
    for cell in table.cell_list:
        if cell.row <= r < cell.row + cell.row_span and cell.col <= c < cell.col + cell.col_span and cell.bbox:
            return list(cell.bbox)
    return list(table.row_bboxes[r]) if r < len(table.row_bboxes) else list(table.bbox)


def form_items(table: Table, rows: int) -> list[dict[str, Any]]:
    """Key-value items of the first ``rows`` rows (a pair repeated by a spanning row once):
    from ``label | value`` cells, or from cells that are pairs themselves."""
    items: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(key: str, value: str, box: BBox) -> None:
        item = _item(key, value, box)
        if (item["key"], value) not in seen:
            seen.add((item["key"], value))
            items.append(item)

    for r in range(rows):
        cells = row_cells(table, r)
        pairs = _pairs_of_row(cells)
        if pairs is not None:
            for (kc, key), (vc, value) in pairs:
                add(key, value, union_bbox([cell_box(table, r, kc), cell_box(table, r, vc)]))
            continue
        for c, text in cells:
            for key, value in cell_pairs(text):
                add(key, value, cell_box(table, r, c))
    return items


def leading_header_rows(table: Table, most: int = 3) -> int:
    """Leading rows with no digit in any cell (column names, group headers): at least 1,
    at most ``most`` and always leaving a body row."""
    n = 0
    while n < min(most, table.n_rows - 1) and not any(re.search(r"\d", t) for t in table.cells[n]):
        n += 1
    return max(1, n) if table.n_rows > 1 else table.n_rows


def sub_table(table: Table, a: int, b: int, *, header_rows: int | None = None,
              line_orders: list[int] | None = None, drop_empty_columns: bool = False) -> Table:
    """Rows ``a`` to ``b - 1`` of ``table`` as a table of their own (cells cut to those rows;
    ``header_rows`` None counts them with ``leading_header_rows``; ``drop_empty_columns``
    removes the columns with no text in those rows)."""
    grid = [list(r) + [""] * (table.n_cols - len(r)) for r in table.cells[a:b]]
    keep = [c for c in range(table.n_cols) if not drop_empty_columns or any(row[c].strip() for row in grid)]
    new_col = {c: i for i, c in enumerate(keep)}
    cells = []
    for c in table.cell_list:
        if a <= c.row < b and c.col in new_col:
            span = sum(1 for x in range(c.col, c.col + c.col_span) if x in new_col)
            cells.append(Cell(row=c.row - a, col=new_col[c.col], text=c.text, bbox=c.bbox, col_span=max(1, span),
                              row_span=min(c.row_span, b - c.row), header=c.header))
    boxes = table.row_bboxes[a:b]
    part = Table(cells=[[row[c] for c in keep] for row in grid], bbox=union_bbox(boxes) if boxes else list(table.bbox),
                 row_bboxes=boxes, line_orders=list(line_orders if line_orders is not None else table.line_orders),
                 cell_list=cells, header_rows=1, header_cols=table.header_cols, method=table.method)
    part.header_rows = leading_header_rows(part) if header_rows is None else header_rows
    return part


def split_form(table: Table) -> tuple[list[dict[str, Any]], Table | None]:
    """The form band's key-value items and the table under it (``None`` when the band is the
    whole table); ``([], table)`` for a table without a form band."""
    n = form_band(table) or pair_rows(table)
    if n:
        items = form_items(table, n)
    elif n := stacked_band(table):
        items = stacked_items(table, n)
    else:
        return [], table
    rest = sub_table(table, n, table.n_rows, drop_empty_columns=True) if n < table.n_rows else None
    if rest is not None and _values_row(rest, 0):
        rest.header_rows = 0  # more of the form's fields ("Serial no. | WM94-2207-55813"), no column names
    return items, rest


def _header_like(text: str) -> bool:
    """A label, or a short name with a digit that is no number or date ("20' GP", "Q3", "2025年")."""
    t = text.strip()
    return label_like(t) or (len(t) <= HEADER_CHARS and ":" not in t and value_kind(t) not in ("number", "date"))


def header_below(table: Table) -> int:
    """The row below the first that names the columns of the rows under it while the rows
    above hold values of another kind (see the module docstring); 0 when there is none."""
    for r in range(1, table.n_rows - 2):
        cells = row_cells(table, r)
        if len(cells) < 3 or not all(label_like(t) for _, t in cells):
            continue
        first, second = ([value_kind(t) for t in table.cells[i]] for i in (r + 1, r + 2))
        if not _alike(first, second) or sum(k in ("number", "date") for k in first) < 2:
            continue
        body = {c for c, _ in row_cells(table, r + 1)}
        if len(body & {c for c, _ in cells}) < HEADER_COVER * len(body):
            continue
        if _alike([value_kind(t) for t in table.cells[r - 1]], first):
            return 0  # rows of the same kinds above it: a header repeated inside the table
        if all(_header_like(t) for i in range(r) for _, t in row_cells(table, i)):
            return 0  # labels only above it ("Charge | 20' GP | 40' HC"): the upper level of a two-level header
        return r
    return 0


def _values_row(table: Table, r: int) -> bool:
    """Row ``r`` names no column: none of its cells reads as a label and one holds a value with
    a digit (a date, an amount, a code)."""
    cells = row_cells(table, r)
    return (bool(cells) and not any(label_like(t) for _, t in cells)
            and any(value_kind(t) in ("date", "number", "code") for _, t in cells))
