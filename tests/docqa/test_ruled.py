"""Ruled tables: the cell grid read from the printed rules (``structure.ruled``), on drawn pages."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from paddlecamp.docqa.structure.ruled import header_rows, level_angle, rule_masks, ink, ruled_structure
from paddlecamp.docqa.structure.table_model import parse_cells

#: Column and row boundaries of the drawn grid (px) and its cells (row, col, row_span, col_span):
#: a group header over two columns, a row label spanning two rows, a total row spanning two columns.
XS = [20, 140, 260, 380, 500]
YS = [20, 56, 92, 128, 164, 200]
CELLS = [(0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 2, 1), (1, 1, 1, 1), (1, 2, 1, 1),
         (2, 0, 2, 1), (2, 1, 1, 1), (2, 2, 1, 1), (2, 3, 1, 1),
         (3, 1, 1, 1), (3, 2, 1, 1), (3, 3, 1, 1),
         (4, 0, 1, 2), (4, 2, 1, 1), (4, 3, 1, 1)]


def _draw(cells=CELLS, xs=XS, ys=YS, *, vertical=True, text=True) -> np.ndarray:
    """A white page with the grid's rules (each cell's outline) and a number in each cell."""
    img = np.full((ys[-1] + 40, xs[-1] + 40), 250, np.uint8)
    for k, (r, c, rs, cs) in enumerate(cells):
        x0, y0, x1, y1 = xs[c], ys[r], xs[c + cs], ys[r + rs]
        cv2.line(img, (x0, y0), (x1, y0), 30, 2)
        cv2.line(img, (x0, y1), (x1, y1), 30, 2)
        if vertical:
            cv2.line(img, (x0, y0), (x0, y1), 30, 2)
            cv2.line(img, (x1, y0), (x1, y1), 30, 2)
        if text:
            cv2.putText(img, str(100 + k), ((x0 + x1) // 2 - 20, (y0 + y1) // 2 + 7), cv2.FONT_HERSHEY_SIMPLEX,
                        0.6, 20, 1)
    return img


def _grid(structure):
    cells, n_rows, n_cols = parse_cells(structure.tokens, structure.cell_boxes)
    return sorted((c.row, c.col, c.row_span, c.col_span) for c in cells), n_rows, n_cols, cells


def test_the_grid_and_its_spans_come_from_the_rules():
    structure = ruled_structure(_draw(), text_height=16)
    got, n_rows, n_cols, cells = _grid(structure)
    assert (n_rows, n_cols) == (5, 4) and got == sorted(CELLS)
    # each cell's box is its outline (within the rules' width)
    for c in cells:
        assert np.allclose(c.box, [XS[c.col], YS[c.row], XS[c.col + c.col_span], YS[c.row + c.row_span]], atol=4)
    # the group header makes two header rows
    assert [c.header for c in cells if c.row < 2] == [True] * 5 and not any(c.header for c in cells if c.row >= 2)


def test_a_table_ruled_only_between_rows_or_not_at_all_is_left_to_the_model():
    assert ruled_structure(_draw(vertical=False), text_height=16) is None
    blank = np.full((240, 540), 250, np.uint8)
    cv2.putText(blank, "no table here", (20, 120), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 20, 2)
    assert ruled_structure(blank, text_height=24) is None


def test_a_tilted_fax_with_broken_rules_reads_the_same_grid():
    """Turned 1.2 degrees (over the 880 px of the table the rules fall 18 px, broken into a
    staircase of level pieces), thresholded like a fax, with a white streak down the page
    across every horizontal rule: the rules are levelled and bridged."""
    xs = [20, 240, 460, 680, 900]
    page = _draw(xs=xs)
    page[:, 560:578] = 250  # a dropout streak down the page
    h, w = page.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), 1.2, 1.0)
    tilted = cv2.warpAffine(page, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=250)
    fax = np.where(tilted < 170, 0, 255).astype(np.uint8)
    horiz, _ = rule_masks(ink(fax), 16)
    assert abs(level_angle(horiz) + 1.2) <= 0.15
    got, n_rows, n_cols, _ = _grid(ruled_structure(fax, text_height=16))
    assert (n_rows, n_cols) == (5, 4) and got == sorted(CELLS)


def test_stacked_values_whose_rule_was_lost_stay_two_cells():
    """A rule the print lost between two numbers leaves them two cells; without values to
    tell, the cells the missing rule joins are one."""
    page = _draw()
    page[125:132, 264:376] = 250  # the rule between the rows 2 and 3 of column 2, erased
    joined, *_ = _grid(ruled_structure(page, text_height=16))
    assert (2, 2, 2, 1) in joined
    values = [[XS[2] + 30, YS[2] + 8, XS[3] - 30, YS[3] - 8], [XS[2] + 30, YS[3] + 8, XS[3] - 30, YS[4] - 8]]
    apart, *_ = _grid(ruled_structure(page, text_height=16, values=values))
    assert apart == sorted(CELLS)


@pytest.mark.parametrize("cells, rows", [
    ([(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)], 1),  # one row of column names
    (CELLS, 2),  # a group header over two columns
    ([(0, 0, 1, 3), (1, 0, 1, 2), (1, 2, 1, 1), (2, 0, 1, 1), (2, 1, 1, 1), (2, 2, 1, 1), (3, 0, 1, 3)], 3),
])
def test_header_rows_end_under_the_last_group_header_from_the_top(cells, rows):
    assert header_rows(cells) == rows


def _banded(separators: bool) -> np.ndarray:
    """A grid whose header row is a dark band with white labels (left-aligned) and,
    when ``separators``, thin white rules between its cells."""
    cells = [(0, c, 1, 1) for c in range(4)] + [(r, c, 1, 1) for r in range(1, 5) for c in range(4)]
    page = _draw(cells, ys=YS[:-1] + [200], text=False)
    page[YS[0]:YS[1] + 1, XS[0]:XS[-1] + 1] = 40
    for c in range(4):
        cv2.putText(page, f"Col{c}", (XS[c] + 10, YS[0] + 25), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 245, 1)
        if separators and c:
            page[YS[0]:YS[1], XS[c] - 1:XS[c] + 1] = 200
    for r in range(1, 5):
        for c in range(4):
            cv2.putText(page, str(10 * r + c), (XS[c] + 40, YS[r] + 24), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 20, 1)
    return page


def test_a_dark_header_band_keeps_its_columns():
    """White rules on a dark band are rules; the fill between two white labels is no rule; and
    where the band's rules do not read, labels well apart in the header are two cells."""
    labels = [[XS[c] + 10, YS[0] + 10, XS[c] + 60, YS[0] + 26] for c in range(4)]
    expected = sorted([(0, c, 1, 1) for c in range(4)] + [(r, c, 1, 1) for r in range(1, 5) for c in range(4)])
    got, n_rows, n_cols, _ = _grid(ruled_structure(_banded(True), text_height=16))
    assert (n_rows, n_cols) == (5, 4) and got == expected
    merged, *_ = _grid(ruled_structure(_banded(False), text_height=16))
    assert (0, 0, 1, 4) in merged  # no rule read, no text to tell: one band
    got, _, _, cells = _grid(ruled_structure(_banded(False), text_height=16, words=labels))
    assert got == expected
    assert all(c.header == (c.row == 0) for c in cells)  # one header row: the band read as one cell is no group
    # the words of one label over two columns stand a word space apart: still one cell
    words = [[XS[1] + 50, YS[0] + 10, XS[2] - 3, YS[0] + 26], [XS[2] + 3, YS[0] + 10, XS[2] + 60, YS[0] + 26]]
    joined, *_ = _grid(ruled_structure(_banded(False), text_height=16, words=words))
    assert (0, 1, 1, 2) in joined or (0, 0, 1, 4) in joined


def test_a_ruled_header_joins_a_label_cut_by_a_rule_and_names_a_group_over_its_columns():
    """In a ruled table "Error after" over "adjustment" (cells of the same width) is one label,
    "Reading" over "As found | As left" a group over its columns."""
    from paddlecamp.docqa.chunking import table_items
    from paddlecamp.docqa.records import Cell, Table

    spans = [(0, 0, 1, 1, "Pressure"), (0, 1, 1, 2, "Reading"), (0, 3, 1, 1, "Error after"),
             (1, 0, 1, 1, "(bar)"), (1, 1, 1, 1, "As found"), (1, 2, 1, 1, "As left"), (1, 3, 1, 1, "adjustment"),
             (2, 0, 1, 1, "300.00"), (2, 1, 1, 1, "302.4"), (2, 2, 1, 1, "300.1"), (2, 3, 1, 1, "+0.1")]
    grid = [["Pressure", "Reading", "Reading", "Error after"], ["(bar)", "As found", "As left", "adjustment"],
            ["300.00", "302.4", "300.1", "+0.1"]]
    cells = [Cell(row=r, col=c, text=t, bbox=[0, 0, 1, 1], row_span=rs, col_span=cs, header=r < 2)
             for r, c, rs, cs, t in spans]
    heads = {}
    for method, joined in (("ruled", "Error after adjustment"), ("slanet", "Error after / adjustment")):
        table = Table(cells=grid, bbox=[0, 0, 400, 120], cell_list=cells, header_rows=2, header_cols=0, method=method)
        heads[method] = [it["col_header"] for it in table_items(table)]
        assert heads[method][3] == joined
    assert heads["ruled"] == ["Pressure (bar)", "Reading / As found", "Reading / As left", "Error after adjustment"]


def test_a_line_read_across_a_column_rule_is_cut_at_the_rule():
    from paddlecamp.docqa.records import Line
    from paddlecamp.docqa.structure.table_model import cut_at_rules

    glued = Line(text="612.4 512", score=0.9, box=[[100, 10], [260, 10], [260, 30], [100, 30]], order=3)
    alone = Line(text="645.1", score=0.9, box=[[300, 10], [350, 10], [350, 30], [300, 30]], order=4)
    out = cut_at_rules([glued, alone], [40, 190, 290, 400])
    assert [l.text for l in out] == ["612.4", "512", "645.1"]
    centres = [(l.bbox[0] + l.bbox[2]) / 2 for l in out[:2]]
    assert centres[0] < 190 < centres[1] < 290 and out[0].order == out[1].order == 3  # each in its column


def test_text_beside_the_ruled_grid_means_the_rules_missed_part_of_the_table():
    """A column of values to the right of the grid along its rows (an edge the photograph bent),
    or a row of labels just over it (a header band whose rules did not read): the grid is not
    the whole table. A title well above it, or a note far below, is not the table's."""
    from paddlecamp.docqa.records import Line
    from paddlecamp.docqa.structure import _text_outside

    structure = ruled_structure(_draw(), text_height=16)
    frame = [XS[0], YS[0], XS[-1], YS[-1]]

    def line(x0, y0, x1, y1):
        return Line(text="x", score=1.0, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], order=0)

    inside = [line(XS[0] + 10, YS[r] + 8, XS[0] + 60, YS[r] + 26) for r in range(5)]
    assert not _text_outside(frame, inside + [line(200, -80, 300, -60), line(40, 320, 200, 338)], structure)
    column = [line(XS[-1] + 20, YS[r] + 8, XS[-1] + 70, YS[r] + 26) for r in (2, 3)]
    assert _text_outside(frame, inside + column, structure)
    header = [line(XS[c] + 10, YS[0] - 30, XS[c] + 60, YS[0] - 12) for c in (0, 1, 2)]
    assert _text_outside(frame, inside + header, structure)
