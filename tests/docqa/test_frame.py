"""Pages read turned: chunking lays out the upright lines, citations keep the file's boxes."""
import numpy as np

from paddlecamp.docqa.chunking import chunk_page
from paddlecamp.docqa.ocr.frame import frame_matrix, reading_view
from paddlecamp.docqa.ocr.orientation import turn_matrix
from paddlecamp.docqa.ocr.page import refresh_layout
from paddlecamp.docqa.ocr.preprocess import map_back, map_points
from paddlecamp.docqa.records import Line, Page, bbox_of

W, H = 900, 400  # the upright ticket; the file holds it turned a quarter, H x W


def _upright_lines() -> list[Line]:
    rows = [("MUSEUM OF MARITIME HISTORY", 30, 30, 500, 52),
            ("DATE", 30, 100, 70, 112), ("SLOT", 300, 100, 345, 112),
            ("Sat 14 Mar 2026", 30, 116, 190, 136), ("10:30-11:00", 300, 116, 420, 136),
            ("Valid only for the date and entry slot shown. Last entry 16:15. No re-entry.", 30, 300, 640, 318)]
    return [Line(text=t, score=0.99, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], order=i)
            for i, (t, x0, y0, x1, y1) in enumerate(rows)]


def _as_scanned() -> tuple[Page, list[Line]]:
    """The page as the OCR path leaves it: laid out upright, boxes mapped back to the file
    (turned counter-clockwise: the file is the upright page turned clockwise)."""
    upright = _upright_lines()
    page = Page(source="ticket.jpg", page=1, width=W, height=H, lines=[Line(l.text, l.score, l.box, order=l.order)
                                                                        for l in upright])
    # the file is H wide and W high; reading it took a ccw turn of the file
    turn = turn_matrix("ccw", H, W)
    return map_back(page, turn, H, W), upright


def test_map_back_records_the_reading_frame():
    page, upright = _as_scanned()
    m = frame_matrix(page)
    assert m is not None
    for l, u in zip(page.lines, upright):
        assert np.allclose(bbox_of(map_points(l.box, m)), u.bbox, atol=0.2)
    assert page.width == H and page.height == W
    round_trip = Page.from_dict(page.to_dict())
    assert np.allclose(round_trip.frame, page.frame)
    assert frame_matrix(Page(source="a", page=1, width=1, height=1)) is None


def test_chunks_of_a_turned_page_read_like_the_upright_page_and_cite_the_file():
    page, upright = _as_scanned()
    file_boxes = {l.order: l.bbox for l in page.lines}
    chunks = chunk_page(page)
    pairs = {it["key"]: it for c in chunks if c.kind == "kv" for it in c.items}
    assert pairs["DATE"]["value"] == "Sat 14 Mar 2026" and pairs["SLOT"]["value"] == "10:30-11:00"
    # the pair cites the file's boxes of its two lines
    assert pairs["DATE"]["bbox"] == [min(file_boxes[1][0], file_boxes[3][0]), min(file_boxes[1][1], file_boxes[3][1]),
                                     max(file_boxes[1][2], file_boxes[3][2]), max(file_boxes[1][3], file_boxes[3][3])]
    text = "\n".join(c.text for c in chunks)
    assert "Last entry 16:15" in text  # a long line is body text, not a tall "heading"
    # the same chunks as the upright page, boxes apart
    flat = chunk_page(Page(source="ticket.jpg", page=1, width=W, height=H, lines=upright))
    assert [c.text for c in chunks] == [c.text for c in flat]


def test_the_view_of_an_upright_page_is_the_page():
    lines = _upright_lines()
    page = Page(source="a.jpg", page=1, width=W, height=H, lines=lines)
    view, back = reading_view(page)
    assert view is page and back([1, 2, 3, 4]) == [1, 2, 3, 4]


def test_tables_found_again_on_a_cached_turned_page_are_found_upright():
    rows = [("Item", "Price"), ("General admission", "£12.00"), ("Exhibition supplement", "£6.50"),
            ("Booking fee", "£0.00"), ("Audio guide", "£3.00")]
    upright = [Line(text=t, score=0.99, box=[[x, 40 + 30 * r], [x + 8 * len(t), 40 + 30 * r],
                                              [x + 8 * len(t), 58 + 30 * r], [x, 58 + 30 * r]], order=2 * r + c)
               for r, row in enumerate(rows) for c, (t, x) in enumerate(zip(row, (30, 600)))]
    page = Page(source="t.jpg", page=1, width=W, height=H, lines=[Line(l.text, l.score, l.box, order=l.order)
                                                                   for l in upright])
    page = map_back(page, turn_matrix("ccw", H, W), H, W)
    refresh_layout(page)
    assert len(page.tables) == 1 and page.tables[0].cells[2] == ["Exhibition supplement", "£6.50"]
    # its boxes are the file's: the cell box of "£6.50" is that line's box in the file
    cell = next(c for c in page.tables[0].cell_list if c.text == "£6.50")
    line = next(l for l in page.lines if l.text == "£6.50")
    assert cell.bbox == [round(v, 1) for v in line.bbox]


def test_tables_of_a_cached_turned_page_come_in_reading_order():
    # Two tables, one under the other on the upright page; in the file (turned a quarter) the
    # upper one lies to the right, so the file's top-to-bottom, left-to-right order would put
    # it second.
    def table(rows, y0):
        return [(t, x, y0 + 30 * r) for r, row in enumerate(rows) for t, x in zip(row, (30, 600))]
    cells = (table([("Item", "Price"), ("General admission", "£12.00"), ("Booking fee", "£0.00"),
                    ("Audio guide", "£3.00")], 30)
             + table([("Room", "Opens"), ("East gallery", "10:00"), ("West gallery", "11:30"),
                      ("Map room", "12:15")], 220))
    lines = [Line(text=t, score=0.99, box=[[x, y], [x + 8 * len(t), y], [x + 8 * len(t), y + 18],
                                           [x, y + 18]], order=i) for i, (t, x, y) in enumerate(cells)]
    page = map_back(Page(source="t.jpg", page=1, width=W, height=H, lines=lines),
                    turn_matrix("ccw", H, W), H, W)
    refresh_layout(page)
    assert [t.cells[0][0] for t in page.tables] == ["Item", "Room"]
