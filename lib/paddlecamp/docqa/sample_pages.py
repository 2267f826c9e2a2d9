"""Render small demo pages (Chinese/English text and a grid table) with Pillow.

Tests and chapters need pages whose ground truth is known without shipping scans: this
draws them. Text uses the system CJK font found by ``paddlecamp.doctor.checks``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont


@lru_cache(maxsize=1)
def cjk_font_file() -> str:
    """Path of a font file that covers Chinese (Noto Sans CJK SC or WenQuanYi)."""
    from matplotlib import font_manager

    from paddlecamp.doctor.checks import find_cjk_font

    family = find_cjk_font()
    if family:
        path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
        if path:
            return path
    raise FileNotFoundError("no CJK font found; install fonts-noto-cjk (or fonts-wqy-microhei)")


@dataclass
class PageSpec:
    """What to draw: paragraphs (each one line of text) and an optional grid table."""

    lines: list[str]
    table: list[list[str]] = field(default_factory=list)
    title: str = ""
    size: tuple[int, int] = (1240, 1754)  # A4 at 150 dpi
    font_px: int = 30


def page_layout(spec: PageSpec) -> tuple[list[tuple[int, int, str, int]], list[list[int]]]:
    """Where the page's pieces go, in pixels: text items ``(x, y, text, font_px)`` (top-left
    corners) and the table's cell rectangles ``[x0, y0, x1, y1]``. The one layout that the
    scanned image (``render_page``) and the born-digital PDF draw."""
    font = ImageFont.truetype(cjk_font_file(), spec.font_px)
    items: list[tuple[int, int, str, int]] = []
    rects: list[list[int]] = []
    margin, y = 90, 90
    if spec.title:
        items.append((margin, y, spec.title, int(spec.font_px * 1.4)))
        y += int(spec.font_px * 2.6)
    for text in spec.lines:
        items.append((margin, y, text, spec.font_px))
        y += int(spec.font_px * 1.9)
    if spec.table:
        y += spec.font_px
        n_cols = max(len(r) for r in spec.table)
        col_w = [max(font.getlength(r[c]) if c < len(r) else 0 for r in spec.table) + 60 for c in range(n_cols)]
        row_h = int(spec.font_px * 2.0)
        for row in spec.table:
            x = margin
            for c in range(n_cols):
                rects.append([x, y, x + col_w[c], y + row_h])
                if c < len(row):
                    items.append((x + 30, y + int(spec.font_px * 0.45), row[c], spec.font_px))
                x += col_w[c]
            y += row_h
    return items, rects


def render_page(spec: PageSpec) -> Image.Image:
    """Draw the page: title, text lines, then the table with ruled cells."""
    img = Image.new("RGB", spec.size, "white")
    draw = ImageDraw.Draw(img)
    items, rects = page_layout(spec)
    for rect in rects:
        draw.rectangle(rect, outline="black", width=2)
    fonts: dict[int, ImageFont.FreeTypeFont] = {}
    for x, y, text, px in items:
        font = fonts.setdefault(px, ImageFont.truetype(cjk_font_file(), px))
        draw.text((x, y), text, font=font, fill="black")
    return img


def save_page(spec: PageSpec, path: str | Path) -> Path:
    """Render and save (format from the suffix: .png, .jpg, .tiff)."""
    path = Path(path)
    render_page(spec).save(path)
    return path


#: A Chinese page with a table (an invoice-like report) and an English one.
ZH_REPORT = PageSpec(
    title="二〇二五年第三季度经营报告",
    lines=[
        "本季度公司实现营业收入 4,820 万元，同比增长 12.5%。",
        "报告由财务部张伟于 2025年10月15日 编制。",
        "华东区域贡献最大，新签客户 36 家。",
        "下季度计划在成都设立新的研发中心。",
    ],
    table=[["区域", "收入（万元）", "增长率"], ["华东", "2,150", "15.2%"], ["华南", "1,430", "9.8%"],
           ["华北", "1,240", "11.0%"]],
)
EN_MEMO = PageSpec(
    title="Maintenance Memo",
    lines=[
        "The pump station at Riverside was inspected on March 3, 2025.",
        "Inspector Laura Chen found two worn valves and one leaking seal.",
        "Replacement parts cost 1,275 dollars in total.",
        "The next inspection is scheduled for September 2025.",
    ],
    table=[["Part", "Quantity", "Cost"], ["Valve", "2", "900"], ["Seal", "1", "375"]],
)


def chapter_pages(names: list[str] | None = None) -> list[Path]:
    """Pages the chapters use: the evaluation set's files (``data/docqa/pages``) by name, or
    all of them; rendered demo pages when the evaluation set is absent."""
    import tempfile

    from paddlecamp import repo_path

    folder = repo_path("data", "docqa", "pages")
    files = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    if files:
        if names:
            by_name = {p.name: p for p in files}
            return [by_name[n] for n in names if n in by_name]
        return files
    out = Path(tempfile.gettempdir()) / "paddlecamp-docqa-demo"
    out.mkdir(exist_ok=True)
    return [save_page(ZH_REPORT, out / "report_zh.png"), save_page(EN_MEMO, out / "memo_en.png")]


def chapter_store(name: str = "store") -> Path:
    """A store folder ``build/docqa/<name>`` for one chapter.

    Each chapter passes its own name: a Milvus Lite file can be open in one process at a
    time, and chapters run two at a time. OCR results are shared instead, through one cache
    folder linked into every store, so each page is recognized once for all chapters.
    """
    from paddlecamp import repo_path

    path = repo_path("build", "docqa", name)
    path.mkdir(parents=True, exist_ok=True)
    shared = repo_path("build", "docqa", "ocr-cache")
    shared.mkdir(parents=True, exist_ok=True)
    link = path / "ocr"
    if not link.exists() and not link.is_symlink():
        try:
            link.symlink_to(shared, target_is_directory=True)
        except OSError:
            link.mkdir(exist_ok=True)  # no symlinks here: a private cache still works
    return path
