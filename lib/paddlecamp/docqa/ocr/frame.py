"""The reading frame of a page: its lines as laid out upright, and their boxes mapped back.

A page scanned sideways or skewed is read turned upright (``orientation``, ``preprocess``);
its boxes are then mapped back so citations point at the file's pixels, and the page keeps
the map in ``Page.frame``. Geometry that needs rows and columns (which line is a heading, a
label over its value, the rows of a table found by geometry) must work upright: on the file's
boxes a sideways line is tall and narrow, and a skewed line's box grows a slope's height.

``reading_view(page)`` is a copy of the page with its lines (and layout regions) in the
reading frame, and a ``BoxMapper`` that takes a box computed there back to the file: the union
of the file boxes of the lines it holds (exact, unlike mapping the box's corners, which grows
a box on every turn that is not a quarter turn).
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from paddlecamp.docqa.records import BBox, Line, Page, Region, Table, bbox_of, union_bbox


def frame_matrix(page: Page) -> np.ndarray | None:
    """The page's file -> reading frame map as a 3 × 3 matrix, or ``None`` for the identity.
    ``Page.frame`` holds two rows (affine: turned, skewed) or three (projective: a photographed
    sheet rectified)."""
    if not page.frame:
        return None
    m = np.asarray(page.frame, dtype=np.float64)
    if m.shape[0] == 2:
        m = np.vstack([m, [0.0, 0.0, 1.0]])
    return None if np.allclose(m, np.eye(3)) else m


def map_points(points, matrix: np.ndarray) -> list[list[float]]:
    """Points through a 3×3 ``matrix``, affine or projective (divided by the third coordinate)."""
    p = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    q = p @ matrix[:2, :2].T + matrix[:2, 2]
    if not np.allclose(matrix[2], [0.0, 0.0, 1.0]):
        q = q / (p @ matrix[2, :2] + matrix[2, 2])[:, None]
    return [[float(x), float(y)] for x, y in q]


def map_box(box: BBox, m: np.ndarray) -> BBox:
    """The box around ``box``'s four corners mapped through the 3×3 matrix ``m``."""
    x0, y0, x1, y1 = box
    return bbox_of(map_points([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], m))


class BoxMapper:
    """Boxes of the reading frame back to the file (see the module docstring)."""

    def __init__(self, upright: list[Line], original: dict[int, BBox], inverse: np.ndarray | None) -> None:
        self._upright = upright
        self._original = original
        self._inverse = inverse

    def __call__(self, box: BBox) -> BBox:
        if self._inverse is None or not box:
            return box
        x0, y0, x1, y1 = box
        inside = [self._original[l.order] for l in self._upright
                  if l.bbox[0] >= x0 - 1 and l.bbox[1] >= y0 - 1 and l.bbox[2] <= x1 + 1 and l.bbox[3] <= y1 + 1]
        if inside:
            return [round(v, 1) for v in union_bbox(inside)]
        # part of one line (a pair's value): the line's file box, where the part lies
        def overlap(l: Line) -> float:
            return max(0.0, min(x1, l.bbox[2]) - max(x0, l.bbox[0])) * max(0.0, min(y1, l.bbox[3]) - max(y0, l.bbox[1]))
        best = max(self._upright, key=overlap, default=None)
        if best is not None and overlap(best) > 0:
            return list(self._original[best.order])
        return [round(v, 1) for v in map_box(box, self._inverse)]


def map_table_back(table: Table, back: BoxMapper) -> Table:
    """A table found on the upright lines with its boxes (table, rows, cells) back in the file."""
    table.bbox = back(table.bbox)
    table.row_bboxes = [back(b) for b in table.row_bboxes]
    for c in table.cell_list:
        c.bbox = back(c.bbox)
    return table


def reading_view(page: Page) -> tuple[Page, BoxMapper]:
    """A copy of ``page`` whose lines and regions are in its reading frame (tables are left as
    they are: their boxes already refer to the file), and the mapper back; the page itself
    and an identity mapper when the frame is the file's."""
    m = frame_matrix(page)
    if m is None:
        return page, BoxMapper([], {}, None)
    upright = [Line(text=l.text, score=l.score, box=map_points(l.box, m), order=l.order) for l in page.lines]
    regions = [Region(label=r.label, bbox=map_box(r.bbox, m), score=r.score) for r in page.regions]
    view = replace(page, lines=upright, regions=regions, frame=[])
    return view, BoxMapper(upright, {l.order: list(l.bbox) for l in page.lines}, np.linalg.inv(m))
