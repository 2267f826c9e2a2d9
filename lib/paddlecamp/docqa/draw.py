"""Draw OCR boxes and cited regions on page images (for ``docqa show`` and the chapters)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw


def page_image(path: str | Path, page: int) -> Image.Image:
    """The page as an RGB image, rendered exactly as it was for OCR (boxes line up)."""
    from paddlecamp.docqa.ingest import IngestError, load_pages

    pages = load_pages(path)
    if not 1 <= page <= len(pages):
        raise IngestError(f"{Path(path).name}: has {len(pages)} page(s), not page {page}")
    return Image.fromarray(np.ascontiguousarray(pages[page - 1].image[:, :, ::-1]))


def draw_boxes(img: Image.Image, boxes: list[list[float]], *, color: str = "red", width: int = 4,
               labels: list[str] | None = None) -> Image.Image:
    """A copy of ``img`` with ``[x0, y0, x1, y1]`` boxes (or 4-point polygons) outlined."""
    out = img.convert("RGB").copy()
    draw = ImageDraw.Draw(out)
    for i, box in enumerate(boxes):
        if box and isinstance(box[0], (list, tuple)):
            draw.polygon([tuple(p) for p in box], outline=color, width=width)
            x0, y0 = box[0]
        else:
            draw.rectangle(box, outline=color, width=width)
            x0, y0 = box[0], box[1]
        if labels:
            draw.text((x0, max(0, y0 - 14)), labels[i], fill=color)
    return out
