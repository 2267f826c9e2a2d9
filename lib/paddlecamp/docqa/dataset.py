"""The document-QA evaluation set: pages the project draws itself, with exact ground truth.

Why draw our own pages: the text of every line, its box and every table cell are known exactly
(they are what we asked Pillow to draw), so OCR error, retrieval and citations can be scored
without hand labelling, and the whole set regenerates bit-for-bit from this module.

A document is a list of pages; a page is a list of blocks (``Title``, ``Line``, ``Pair``,
``Table``, ``Gap``) laid out top to bottom. Each page is rendered on white paper, then degraded
like a scan (small rotation, blur, noise, JPEG) with a seed derived from its name, and its
truth boxes are carried through the same rotation. Questions are written next to the documents
they ask about; the generator finds the evidence line (and its box) for each answer.

Outputs (``write_dataset(out_dir)``)::

    pages/<source>            the degraded pages (JPEG/PNG) and one multi-page PDF
    truth.json                per source and page: size, lines (text, bbox, order), tables
    qa.jsonl                  {"id","question","answer","source","page","answerable",...}
"""
from __future__ import annotations

import io
import json
import math
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Union

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

#: Version of the layout and degradation recipe; bump when the generated files change on purpose.
DATASET_VERSION = 1
#: Base seed of the degradation; each page mixes in a CRC of its name.
SEED = 20250601

PAGE_W, PAGE_H = 1000, 1300
MARGIN = 70
PAPER = (250, 248, 242)
INK = (25, 25, 30)
PDF_DPI = 100


# --------------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Title:
    """A centred, bold heading."""

    text: str
    size: int = 40


@dataclass(frozen=True)
class Line:
    """One left-aligned line of body text (no wrapping: authors break lines themselves)."""

    text: str
    size: int = 26
    indent: int = 0
    bold: bool = False


@dataclass(frozen=True)
class Pair:
    """Two lines on the same row: one at the left margin, one starting at mid-page."""

    left: str
    right: str
    size: int = 26


@dataclass(frozen=True)
class Table:
    """A grid table; ``widths`` are column fractions of the text width (sum to 1)."""

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    size: int = 24
    row_h: int = 46


@dataclass(frozen=True)
class Gap:
    """Vertical space in pixels."""

    px: int = 20


Block = Union[Title, Line, Pair, Table, Gap]


@dataclass(frozen=True)
class QA:
    """A question about a document; ``page`` is 1-based. ``answer`` must appear on that page."""

    question: str
    answer: str
    page: int = 1
    kind: str = "text"  # number | date | name | cell | text
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """One source file: ``name`` is the file name the pipeline indexes (its suffix picks the format)."""

    name: str
    lang: str
    pages: tuple[tuple[Block, ...], ...]
    questions: tuple[QA, ...] = ()
    gray: bool = False


@dataclass
class PageTruth:
    """What was drawn on one page, in pixel coordinates of the saved (degraded) image."""

    source: str
    page: int
    width: int
    height: int
    lang: str
    angle: float
    lines: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All lines in reading order, one per line."""
        return "\n".join(line["text"] for line in self.lines)

    def to_dict(self) -> dict:
        return {"source": self.source, "page": self.page, "width": self.width, "height": self.height,
                "lang": self.lang, "angle": self.angle, "lines": self.lines, "tables": self.tables}


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------
_FONT_CACHE: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}


def cjk_font_file(bold: bool = False) -> tuple[str, int, str]:
    """(file, face index, family) of the CJK font the doctor picked; raises with a fix if none.

    Collections (``.ttc``) hold the JP/KR/SC/TC faces of one design; the face index is chosen
    by family name so Chinese glyphs get the Simplified Chinese shapes.
    """
    from matplotlib import font_manager

    from paddlecamp.doctor.checks import find_cjk_font

    family = find_cjk_font()
    if family is None:
        raise FileNotFoundError("no CJK font installed: apt-get install fonts-noto-cjk, "
                                "then rm -rf ~/.cache/matplotlib")
    want = 700 if bold else 400
    entries = [f for f in font_manager.fontManager.ttflist if f.name == family]
    entries.sort(key=lambda f: (abs(int(f.weight) - want) if str(f.weight).isdigit() else 500, f.fname))
    path = entries[0].fname
    index = 0
    if path.lower().endswith(".ttc"):
        for i in range(16):
            try:
                if ImageFont.truetype(path, 12, index=i).getname()[0] == family:
                    index = i
                    break
            except OSError:
                break
    return path, index, family


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The CJK font at ``size`` pixels (cached)."""
    key = (size, bold)
    if key not in _FONT_CACHE:
        path, index, _ = cjk_font_file(bold)
        _FONT_CACHE[key] = ImageFont.truetype(path, size, index=index)
    return _FONT_CACHE[key]


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
def _draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, fnt, lines: list,
               **extra) -> list[int]:
    draw.text(xy, text, font=fnt, fill=INK)
    x0, y0, x1, y1 = draw.textbbox(xy, text, font=fnt)
    box = [int(x0), int(y0), int(math.ceil(x1)), int(math.ceil(y1))]
    if box[2] > PAGE_W - MARGIN // 2:
        raise ValueError(f"line too wide for the page ({box[2]}px): {text!r}")
    lines.append({"text": text, "bbox": box, **extra})
    return box


def render_page(blocks: Iterable[Block]) -> tuple[Image.Image, list[dict], list[dict]]:
    """Draw ``blocks`` on a clean page; return (image, lines, tables) in page pixels.

    Lines are listed in reading order: top to bottom, left before right within a row, table
    cells row by row.
    """
    img = Image.new("RGB", (PAGE_W, PAGE_H), PAPER)
    draw = ImageDraw.Draw(img)
    lines: list[dict] = []
    tables: list[dict] = []
    y = MARGIN
    text_w = PAGE_W - 2 * MARGIN
    for block in blocks:
        if isinstance(block, Gap):
            y += block.px
        elif isinstance(block, Title):
            fnt = font(block.size, bold=True)
            w = draw.textlength(block.text, font=fnt)
            _draw_text(draw, ((PAGE_W - w) / 2, y), block.text, fnt, lines)
            y += int(block.size * 1.8)
        elif isinstance(block, Line):
            fnt = font(block.size, bold=block.bold)
            _draw_text(draw, (MARGIN + block.indent, y), block.text, fnt, lines)
            y += int(block.size * 1.7)
        elif isinstance(block, Pair):
            fnt = font(block.size)
            left = _draw_text(draw, (MARGIN, y), block.left, fnt, lines)
            if left[2] > PAGE_W // 2 - 10:
                raise ValueError(f"left half of a pair runs into the right half: {block.left!r}")
            _draw_text(draw, (PAGE_W // 2, y), block.right, fnt, lines)
            y += int(block.size * 1.7)
        elif isinstance(block, Table):
            if abs(sum(block.widths) - 1.0) > 1e-6 or any(len(r) != len(block.widths) for r in block.rows):
                raise ValueError(f"table widths/rows do not match: {block.rows[0]!r}")
            fnt = font(block.size)
            xs = [MARGIN]
            for frac in block.widths:
                xs.append(xs[-1] + int(round(frac * text_w)))
            xs[-1] = MARGIN + text_w
            top = y
            cells = []
            for r, row in enumerate(block.rows):
                cy0 = top + r * block.row_h
                for c, text in enumerate(row):
                    if not text:
                        continue
                    # Centre the ink (not the font's line box) vertically in the cell.
                    ink = draw.textbbox((0, 0), text, font=fnt)
                    ty = cy0 + (block.row_h - (ink[3] - ink[1])) / 2 - ink[1]
                    box = _draw_text(draw, (xs[c] + 12, ty), text, fnt, lines, cell=[r, c])
                    if box[2] > xs[c + 1] - 4:
                        raise ValueError(f"table cell text wider than its column: {text!r}")
                    cells.append({"row": r, "col": c, "text": text, "bbox": box,
                                  "cell_bbox": [xs[c], cy0, xs[c + 1], cy0 + block.row_h]})
            bottom = top + len(block.rows) * block.row_h
            for r in range(len(block.rows) + 1):
                draw.line([(xs[0], top + r * block.row_h), (xs[-1], top + r * block.row_h)], fill=INK, width=2)
            for x in xs:
                draw.line([(x, top), (x, bottom)], fill=INK, width=2)
            tables.append({"bbox": [xs[0], top, xs[-1], bottom], "n_rows": len(block.rows),
                           "n_cols": len(block.widths), "rows": [list(r) for r in block.rows],
                           "cells": cells})
            y = bottom + 30
        else:
            raise TypeError(f"unknown block {block!r}")
        if y > PAGE_H - MARGIN:
            raise ValueError("page content runs past the bottom margin")
    for i, line in enumerate(lines):
        line["order"] = i
    return img, lines, tables


# --------------------------------------------------------------------------------------------
# Degradation
# --------------------------------------------------------------------------------------------
def page_rng(name: str, page: int, seed: int = SEED) -> np.random.Generator:
    """A generator seeded from the page's identity (stable across runs and Python versions)."""
    return np.random.default_rng([seed, zlib.crc32(f"{name}#{page}".encode("utf-8"))])


def rotate_box(box: list[int], angle: float, size: tuple[int, int]) -> list[int]:
    """Axis-aligned box of ``box`` after ``Image.rotate(angle)`` about the page centre."""
    cx, cy = size[0] / 2, size[1] / 2
    t = math.radians(angle)
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = x - cx, y - cy
        xs.append(cx + dx * math.cos(t) + dy * math.sin(t))
        ys.append(cy - dx * math.sin(t) + dy * math.cos(t))
    return [int(math.floor(min(xs))), int(math.floor(min(ys))), int(math.ceil(max(xs))), int(math.ceil(max(ys)))]


@dataclass(frozen=True)
class Degradation:
    """Scan-like damage applied to one page."""

    angle: float
    blur: float
    noise: float
    quality: int

    @classmethod
    def sample(cls, rng: np.random.Generator) -> "Degradation":
        return cls(angle=round(float(rng.uniform(-1.2, 1.2)), 3), blur=round(float(rng.uniform(0.5, 0.9)), 3),
                   noise=round(float(rng.uniform(5.0, 9.0)), 3), quality=int(rng.integers(72, 86)))


def degrade(img: Image.Image, how: Degradation, rng: np.random.Generator, gray: bool = False) -> Image.Image:
    """Rotate, blur and add Gaussian noise (JPEG happens when saving)."""
    out = img.rotate(how.angle, resample=Image.BICUBIC, expand=False, fillcolor=PAPER)
    out = out.filter(ImageFilter.GaussianBlur(how.blur))
    if gray:
        out = out.convert("L")
    arr = np.asarray(out, dtype=np.float32)
    arr = arr + rng.normal(0.0, how.noise, size=arr.shape[:2] + ((1,) if arr.ndim == 3 else ())).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).round().astype(np.uint8))


def _encode(img: Image.Image, fmt: str, quality: int) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=quality, optimize=True)
    else:
        img.save(buf, fmt, optimize=True)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Building the set
# --------------------------------------------------------------------------------------------
def normalize(text: str) -> str:
    """NFKC, lower case, no whitespace: the form answers and evidence are compared in."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


@dataclass
class BuiltDataset:
    """Everything ``write_dataset`` writes, in memory."""

    files: dict[str, bytes]
    truth: list[PageTruth]
    qa: list[dict]

    def truth_json(self) -> dict:
        return {"version": DATASET_VERSION, "seed": SEED, "pdf_dpi": PDF_DPI,
                "pages": [t.to_dict() for t in self.truth]}


def build_dataset(documents: Iterable[Document] | None = None, *, seed: int = SEED) -> BuiltDataset:
    """Render, degrade and encode every page; derive the truth and the question list."""
    docs = list(documents if documents is not None else DOCUMENTS)
    files: dict[str, bytes] = {}
    truth: list[PageTruth] = []
    qa: list[dict] = []
    for doc in docs:
        suffix = Path(doc.name).suffix.lower()
        degraded_pages = []
        doc_truth: list[PageTruth] = []
        for pno, blocks in enumerate(doc.pages, start=1):
            clean, lines, tables = render_page(blocks)
            rng = page_rng(doc.name, pno, seed)
            how = Degradation.sample(rng)
            img = degrade(clean, how, rng, gray=doc.gray)
            size = img.size
            for line in lines:
                line["bbox"] = rotate_box(line["bbox"], how.angle, size)
            for table in tables:
                table["bbox"] = rotate_box(table["bbox"], how.angle, size)
                for cell in table["cells"]:
                    cell["bbox"] = rotate_box(cell["bbox"], how.angle, size)
                    cell["cell_bbox"] = rotate_box(cell["cell_bbox"], how.angle, size)
            t = PageTruth(doc.name, pno, size[0], size[1], doc.lang, how.angle, lines, tables)
            doc_truth.append(t)
            degraded_pages.append((img, how))
        if suffix in (".jpg", ".jpeg"):
            if len(degraded_pages) != 1:
                raise ValueError(f"{doc.name}: an image file holds one page")
            img, how = degraded_pages[0]
            files[doc.name] = _encode(img, "JPEG", how.quality)
        elif suffix == ".png":
            files[doc.name] = _encode(degraded_pages[0][0], "PNG", 0)
        elif suffix in (".tif", ".tiff"):
            # Scanners write multi-page TIFFs with JPEG-compressed strips; so do we.
            imgs = [im for im, _ in degraded_pages]
            buf = io.BytesIO()
            imgs[0].save(buf, "TIFF", save_all=True, append_images=imgs[1:], compression="jpeg",
                         quality=degraded_pages[0][1].quality)
            files[doc.name] = buf.getvalue()
        elif suffix == ".pdf":
            # Pages go through JPEG first (like a scanner's PDF), then into the PDF as JPEG streams.
            imgs = [Image.open(io.BytesIO(_encode(im, "JPEG", how.quality))) for im, how in degraded_pages]
            buf = io.BytesIO()
            imgs[0].save(buf, "PDF", save_all=True, append_images=imgs[1:], resolution=float(PDF_DPI),
                         title=Path(doc.name).stem, producer="paddlecamp", creationDate=None, modDate=None)
            files[doc.name] = buf.getvalue()
        else:
            raise ValueError(f"{doc.name}: unsupported suffix {suffix}")
        truth.extend(doc_truth)
        for i, q in enumerate(doc.questions):
            qa.append(_qa_record(doc, i, q, doc_truth))
    qa.extend(_unanswerable_records())
    return BuiltDataset(files, truth, qa)


def _qa_record(doc: Document, i: int, q: QA, pages: list[PageTruth]) -> dict:
    page = pages[q.page - 1]
    want = normalize(q.answer)
    evidence = [ln for ln in page.lines if want in normalize(ln["text"])]
    if not evidence:
        raise ValueError(f"{doc.name} p{q.page}: answer {q.answer!r} of {q.question!r} is not on the page")
    return {"id": f"{Path(doc.name).stem}-{i + 1:02d}", "question": q.question, "answer": q.answer,
            "source": doc.name, "page": q.page, "answerable": True, "kind": q.kind,
            "lang": "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in q.question) else "en",
            "aliases": list(q.aliases), "evidence_bbox": evidence[0]["bbox"],
            "evidence_text": evidence[0]["text"]}


def _unanswerable_records() -> list[dict]:
    out = []
    for i, question in enumerate(UNANSWERABLE):
        out.append({"id": f"unanswerable-{i + 1:02d}", "question": question, "answer": "",
                    "source": None, "page": None, "answerable": False, "kind": "none",
                    "lang": "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "en",
                    "aliases": [], "evidence_bbox": None, "evidence_text": None})
    return out


def write_dataset(out_dir: Path | str, documents: Iterable[Document] | None = None, *, seed: int = SEED) -> BuiltDataset:
    """Build the set and write ``pages/``, ``truth.json`` and ``qa.jsonl`` under ``out_dir``.

    Files are written only when their bytes change, so regenerating an unchanged set leaves
    the tree (and git) untouched.
    """
    out = Path(out_dir)
    built = build_dataset(documents, seed=seed)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    payloads = {f"pages/{name}": data for name, data in built.files.items()}
    payloads["truth.json"] = (json.dumps(built.truth_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    payloads["qa.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in built.qa).encode("utf-8")
    for rel, data in payloads.items():
        path = out / rel
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    return built


def load_truth(data_dir: Path | str) -> dict[tuple[str, int], dict]:
    """``truth.json`` as {(source, page): page dict}."""
    path = Path(data_dir) / "truth.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; run `python data/docqa/make_dataset.py`")
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {(p["source"], int(p["page"])): p for p in doc["pages"]}


def load_qa(data_dir: Path | str) -> list[dict]:
    """``qa.jsonl`` as a list of dicts; a malformed line raises naming the file and line."""
    path = Path(data_dir) / "qa.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; run `python data/docqa/make_dataset.py`")
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
        missing = [k for k in ("id", "question", "answer", "source", "page", "answerable") if k not in rec]
        if missing:
            raise ValueError(f"{path}:{n}: missing field(s) {', '.join(missing)}")
        out.append(rec)
    return out


# --------------------------------------------------------------------------------------------
# The documents (content is invented; names, numbers and companies are fictitious)
# --------------------------------------------------------------------------------------------
DOCUMENTS: tuple[Document, ...] = (
    Document(
        name="invoice_zh.jpg", lang="zh",
        pages=((
            Title("增值税电子普通发票"),
            Pair("发票代码：044031900111", "发票号码：28416307"),
            Pair("开票日期：2025年03月18日", "校验码：61532 84790"),
            Gap(10),
            Line("购买方名称：杭州云帆信息技术有限公司"),
            Line("纳税人识别号：91330106MA2H7QK35X"),
            Line("销售方名称：深圳市星河电子科技有限公司"),
            Gap(10),
            Table((("货物或服务名称", "规格型号", "数量", "单价", "金额"),
                   ("无线路由器", "AX3000", "20", "329.00", "6580.00"),
                   ("千兆交换机", "SG-1024", "4", "860.00", "3440.00"),
                   ("网线（六类）", "305米/箱", "3", "420.00", "1260.00"),
                   ("安装调试服务", "次", "1", "800.00", "800.00")),
                  (0.30, 0.20, 0.12, 0.18, 0.20)),
            Line("合计金额：¥12080.00"),
            Line("税额：¥1570.40"),
            Line("价税合计（大写）：壹万叁仟陆佰伍拾元肆角整"),
            Line("价税合计（小写）：¥13650.40"),
            Gap(10),
            Line("收款人：林晓梅    复核：陈建国    开票人：王芳"),
        ),),
        questions=(
            QA("这张发票的发票号码是多少？", "28416307", kind="number"),
            QA("发票的开票日期是哪天？", "2025年03月18日", kind="date", aliases=("2025-03-18", "2025年3月18日")),
            QA("购买方是哪家公司？", "杭州云帆信息技术有限公司", kind="name"),
            QA("无线路由器的单价是多少？", "329.00", kind="cell", aliases=("329",)),
            QA("价税合计小写金额是多少元？", "13650.40", kind="number"),
            QA("这张发票的开票人是谁？", "王芳", kind="name"),
        ),
    ),
    Document(
        name="spec_sheet_zh.jpg", lang="zh",
        pages=((
            Title("产品规格书：HT-520 智能温控器"),
            Line("型号：HT-520    版本：V2.3    发布日期：2025年01月06日"),
            Line("适用场景：住宅地暖、中央空调末端、商业楼宇"),
            Gap(10),
            Table((("参数", "数值", "备注"),
                   ("工作电压", "AC 220V ±10%", "50/60Hz"),
                   ("控温范围", "5℃ ～ 35℃", "可设定"),
                   ("控温精度", "±0.5℃", "标准环境"),
                   ("待机功耗", "0.8W", "无背光"),
                   ("通信方式", "Wi-Fi 2.4GHz", "支持 Modbus"),
                   ("外形尺寸", "86×86×14mm", "标准底盒"),
                   ("防护等级", "IP30", "室内使用"),
                   ("工作湿度", "10% ～ 90%RH", "无凝露")),
                  (0.30, 0.40, 0.30)),
            Line("注意事项："),
            Line("1. 安装前请断开电源，接线须由专业人员完成。", indent=20),
            Line("2. 请勿安装在阳光直射或靠近热源的位置。", indent=20),
            Line("3. 质保期为自购买之日起24个月。", indent=20),
        ),),
        questions=(
            QA("HT-520温控器的控温精度是多少？", "±0.5℃", kind="cell", aliases=("0.5℃", "0.5°C", "0.5")),
            QA("温控器的待机功耗是多少？", "0.8W", kind="cell", aliases=("0.8",)),
            QA("HT-520的防护等级是什么？", "IP30", kind="cell"),
            QA("温控器的质保期是多久？", "24个月", kind="number"),
            QA("HT-520支持什么通信方式？", "Wi-Fi 2.4GHz", kind="cell", aliases=("Wi-Fi",)),
        ),
    ),
    Document(
        name="meeting_notice_zh.jpg", lang="zh",
        pages=((
            Title("关于召开2025年度安全生产工作会议的通知"),
            Line("各部门、各分公司："),
            Line("为总结上一年度安全生产工作，部署2025年重点任务，", indent=52),
            Line("经公司研究，决定召开年度安全生产工作会议。现将有关事项通知如下："),
            Gap(8),
            Line("一、会议时间：2025年4月12日（星期六）上午9:00", bold=True),
            Line("二、会议地点：公司总部三楼第一会议室", bold=True),
            Line("三、参会人员：各部门负责人及安全员，共约60人", bold=True),
            Line("四、会议议程：", bold=True),
            Line("1. 总经理赵立新作年度安全生产工作报告；", indent=52),
            Line("2. 安全环保部通报2024年事故隐患排查情况；", indent=52),
            Line("3. 签订2025年安全生产目标责任书。", indent=52),
            Line("五、其他事项：请参会人员于4月10日前报名，", bold=True),
            Line("联系人：刘慧敏，电话：0571-86523710。", indent=52),
            Gap(40),
            Line("华东精密机械股份有限公司办公室", indent=420),
            Line("2025年3月28日", indent=540),
        ),),
        questions=(
            QA("安全生产工作会议在哪里召开？", "公司总部三楼第一会议室", kind="text"),
            QA("会议什么时候召开？", "2025年4月12日", kind="date", aliases=("2025-04-12",)),
            QA("会议联系人是谁？", "刘慧敏", kind="name"),
            QA("会议联系电话是多少？", "0571-86523710", kind="number"),
            QA("参会人员大约有多少人？", "60人", kind="number", aliases=("60",)),
        ),
    ),
    Document(
        name="financial_summary_zh.jpg", lang="zh",
        pages=((
            Title("2025年第三季度财务摘要"),
            Line("单位：人民币万元    编制单位：南方新材料集团财务部"),
            Gap(10),
            Table((("项目", "2025年第三季度", "2024年第三季度", "同比变动"),
                   ("营业收入", "48,630", "41,275", "+17.8%"),
                   ("营业成本", "33,912", "29,804", "+13.8%"),
                   ("毛利润", "14,718", "11,471", "+28.3%"),
                   ("销售费用", "3,205", "2,986", "+7.3%"),
                   ("研发投入", "2,874", "2,150", "+33.7%"),
                   ("净利润", "6,942", "5,108", "+35.9%"),
                   ("经营现金流", "8,317", "6,620", "+25.6%")),
                  (0.25, 0.27, 0.27, 0.21)),
            Line("说明："),
            Line("1. 营业收入增长主要来自新能源电池隔膜业务。", indent=20),
            Line("2. 本季度毛利率为30.3%，较上年同期提高2.5个百分点。", indent=20),
            Line("3. 以上数据未经审计。", indent=20),
            Gap(20),
            Line("财务总监：周文涛", indent=560),
        ),),
        questions=(
            QA("2025年第三季度的营业收入是多少万元？", "48,630", kind="cell", aliases=("48630",)),
            QA("2025年第三季度净利润同比变动多少？", "+35.9%", kind="cell", aliases=("35.9%",)),
            QA("2024年第三季度的研发投入是多少？", "2,150", kind="cell", aliases=("2150",)),
            QA("本季度的毛利率是多少？", "30.3%", kind="number"),
            QA("财务总监是谁？", "周文涛", kind="name"),
        ),
    ),
    Document(
        name="expense_report_zh.png", lang="zh", gray=True,
        pages=((
            Title("差旅费报销单"),
            Pair("报销人：孙浩然", "部门：市场部"),
            Pair("出差事由：参加深圳电子展", "单据张数：7"),
            Gap(10),
            Table((("日期", "起止地点", "交通费", "住宿费", "补助"),
                   ("2025-05-20", "上海—深圳", "1,280.00", "0.00", "150.00"),
                   ("2025-05-21", "深圳", "86.00", "520.00", "150.00"),
                   ("2025-05-22", "深圳", "64.00", "520.00", "150.00"),
                   ("2025-05-23", "深圳—上海", "1,160.00", "0.00", "150.00")),
                  (0.22, 0.24, 0.18, 0.18, 0.18)),
            Line("报销总额：4,430.00元"),
            Line("预借差旅费：3,000.00元    应补付：1,430.00元"),
            Gap(10),
            Pair("部门主管：郑雅琴", "财务审核：何志强"),
        ),),
        questions=(
            QA("报销人是谁？", "孙浩然", kind="name"),
            QA("这次出差的报销总额是多少？", "4,430.00", kind="number", aliases=("4430",)),
            QA("5月21日的住宿费是多少？", "520.00", kind="cell", aliases=("520",)),
            QA("出差事由是什么？", "参加深圳电子展", kind="text"),
        ),
    ),
    Document(
        name="datasheet_en.jpg", lang="en",
        pages=((
            Title("TS-200 Digital Temperature Sensor"),
            Line("Datasheet revision C, issued 14 February 2025"),
            Line("Manufacturer: Northwind Instruments Ltd."),
            Gap(10),
            Line("Key features", bold=True),
            Line("- I2C interface with selectable address (0x48 to 0x4B)", indent=20),
            Line("- Accuracy of 0.25 degrees C from -10 to 85 degrees C", indent=20),
            Line("- Supply current of 45 uA in continuous mode", indent=20),
            Gap(10),
            Table((("Parameter", "Min", "Typ", "Max", "Unit"),
                   ("Supply voltage", "1.8", "3.3", "5.5", "V"),
                   ("Operating temperature", "-40", "", "125", "C"),
                   ("Resolution", "", "0.0625", "", "C"),
                   ("Conversion time", "", "26", "35", "ms"),
                   ("Shutdown current", "", "0.1", "1.0", "uA")),
                  (0.40, 0.14, 0.16, 0.14, 0.16)),
            Line("Package: SOT-23-6, 2.9 x 2.8 mm"),
            Line("Ordering code: TS-200-SOT-R (reel of 3000 units)"),
        ),),
        questions=(
            QA("What is the maximum supply voltage of the TS-200?", "5.5", kind="cell", aliases=("5.5 V", "5.5V")),
            QA("What is the typical conversion time of the TS-200 sensor?", "26", kind="cell", aliases=("26 ms",)),
            QA("Who manufactures the TS-200?", "Northwind Instruments Ltd.", kind="name",
               aliases=("Northwind Instruments",)),
            QA("What package does the TS-200 come in?", "SOT-23-6", kind="text"),
            QA("How many units are on a reel of the TS-200?", "3000", kind="number"),
        ),
    ),
    Document(
        name="letter_en.jpg", lang="en",
        pages=((
            Line("Harbor Light Logistics"),
            Line("88 Wharf Street, Portsmouth PO1 3AX"),
            Gap(20),
            Line("9 June 2025"),
            Gap(10),
            Line("Ms. Elena Marsh"),
            Line("Procurement Manager, Greenfield Foods"),
            Gap(10),
            Line("Dear Ms. Marsh,"),
            Line("Thank you for your order number GF-77310 placed on 2 June 2025."),
            Line("We confirm that 14 pallets of packaged rice will be shipped"),
            Line("from our Portsmouth depot on 16 June 2025 by vessel Northern Star."),
            Line("The expected arrival date in Rotterdam is 19 June 2025."),
            Line("The total freight charge is 4,860 EUR, payable within 30 days."),
            Line("Please contact our coordinator, David Okafor, on +44 23 9210 4471"),
            Line("if you need to change the delivery address."),
            Gap(10),
            Line("Yours sincerely,"),
            Line("Margaret Lin"),
            Line("Operations Director"),
        ),),
        questions=(
            QA("How many pallets of rice will be shipped?", "14", kind="number", aliases=("14 pallets",)),
            QA("What is the total freight charge?", "4,860 EUR", kind="number", aliases=("4860", "4,860")),
            QA("When is the shipment expected to arrive in Rotterdam?", "19 June 2025", kind="date",
               aliases=("2025-06-19",)),
            QA("Who signed the letter from Harbor Light Logistics?", "Margaret Lin", kind="name"),
            QA("What is the order number mentioned in the letter?", "GF-77310", kind="text"),
        ),
    ),
    Document(
        name="packing_list_en.tiff", lang="en", gray=True,
        pages=((
            Title("PACKING LIST"),
            Pair("Invoice No.: EX-2025-0417", "Date: 22 April 2025"),
            Line("Shipper: Lianhe Precision Parts Co., Ltd., Ningbo, China"),
            Line("Consignee: Baltic Tools GmbH, Hamburg, Germany"),
            Line("Container No.: MSKU 7305512    Seal No.: 884216"),
            Gap(10),
            Table((("Item", "Description", "Cartons", "Qty (pcs)", "Gross kg"),
                   ("1", "Ball bearing 6204-2RS", "40", "8,000", "412.0"),
                   ("2", "Shaft coupling D25", "25", "1,500", "268.5"),
                   ("3", "Hex socket screw M8x30", "60", "60,000", "655.2"),
                   ("4", "Steel pulley 120 mm", "18", "360", "301.8")),
                  (0.10, 0.42, 0.14, 0.17, 0.17)),
            Line("Total: 143 cartons, gross weight 1,637.5 kg"),
            Line("Port of loading: Ningbo    Port of discharge: Hamburg"),
            Line("Marks: BT-HAM / Made in China"),
        ),),
        questions=(
            QA("What is the container number on the packing list?", "MSKU 7305512", kind="text",
               aliases=("MSKU7305512",)),
            QA("How many hex socket screws are packed?", "60,000", kind="cell", aliases=("60000",)),
            QA("What is the total gross weight of the shipment?", "1,637.5 kg", kind="number",
               aliases=("1637.5",)),
            QA("Who is the consignee of the shipment?", "Baltic Tools GmbH", kind="name"),
        ),
    ),
    Document(
        name="annual_report_zh.pdf", lang="zh",
        pages=(
            (
                Title("青禾农业科技有限公司 2024年度报告"),
                Line("第一部分  公司概况", bold=True),
                Line("青禾农业科技有限公司成立于2012年，总部位于成都市高新区，"),
                Line("主要从事智慧灌溉设备、土壤传感器和农业数据服务。"),
                Line("截至2024年12月31日，公司共有员工1,326人，其中研发人员412人。"),
                Line("公司在四川、云南和甘肃设有三个生产基地，"),
                Line("产品销往全国28个省份及东南亚地区。"),
                Gap(10),
                Line("第二部分  年度要点", bold=True),
                Line("1. 智慧灌溉系统覆盖农田面积达到86万亩。", indent=20),
                Line("2. 全年新增发明专利37项，累计拥有专利215项。", indent=20),
                Line("3. 公司董事长：吴静怡；总经理：马晓东。", indent=20),
                Line("4. 2024年被评为国家级专精特新“小巨人”企业。", indent=20),
            ),
            (
                Title("第三部分  主要经营数据"),
                Line("单位：人民币万元"),
                Table((("指标", "2024年", "2023年", "增长率"),
                       ("营业收入", "125,480", "98,360", "27.6%"),
                       ("净利润", "18,935", "13,702", "38.2%"),
                       ("研发费用", "9,820", "7,415", "32.4%"),
                       ("总资产", "210,600", "176,300", "19.5%"),
                       ("资产负债率", "41.3%", "45.8%", "-4.5个百分点")),
                      (0.28, 0.24, 0.24, 0.24)),
                Line("分业务收入：", bold=True),
                Table((("业务", "收入", "占比"),
                       ("智慧灌溉设备", "71,520", "57.0%"),
                       ("土壤传感器", "31,370", "25.0%"),
                       ("农业数据服务", "22,590", "18.0%")),
                      (0.40, 0.30, 0.30)),
            ),
            (
                Title("Part 4  Outlook for 2025"),
                Line("In 2025 the company plans to invest 150 million yuan in a new"),
                Line("research centre in Chengdu, to be completed by October 2026."),
                Line("The target for irrigated farmland coverage is 120 million mu."),
                Line("Qinghe will expand sales in Vietnam and Thailand."),
                Gap(10),
                Line("第五部分  风险提示", bold=True),
                Line("1. 极端天气可能影响农业客户的采购节奏。", indent=20),
                Line("2. 原材料价格波动可能影响产品毛利率。", indent=20),
                Line("3. 应收账款规模较大，存在回款风险。", indent=20),
                Gap(20),
                Line("本报告经董事会于2025年3月20日审议通过。"),
            ),
        ),
        questions=(
            QA("青禾农业截至2024年底共有多少名员工？", "1,326", page=1, kind="number", aliases=("1326",)),
            QA("青禾农业的董事长是谁？", "吴静怡", page=1, kind="name"),
            QA("公司累计拥有多少项专利？", "215", page=1, kind="number", aliases=("215项",)),
            QA("青禾农业2024年的净利润是多少万元？", "18,935", page=2, kind="cell", aliases=("18935",)),
            QA("2024年的资产负债率是多少？", "41.3%", page=2, kind="cell"),
            QA("土壤传感器业务收入占比是多少？", "25.0%", page=2, kind="cell", aliases=("25%",)),
            QA("How much will the company invest in the new research centre?", "150 million yuan", page=3,
               kind="number", aliases=("150",)),
            QA("年度报告是哪天经董事会审议通过的？", "2025年3月20日", page=3, kind="date", aliases=("2025-03-20",)),
        ),
    ),
)

#: Questions whose answer is on no page (some near a document's topic, some off-topic).
UNANSWERABLE: tuple[str, ...] = (
    "这张发票的开票人联系电话是多少？",
    "HT-520温控器的重量是多少克？",
    "安全生产工作会议的茶歇安排在几点？",
    "南方新材料集团2025年第四季度的营业收入是多少？",
    "孙浩然的出差航班号是多少？",
    "What is the warranty period of the TS-200 sensor?",
    "What is the name of the captain of the vessel Northern Star?",
    "青禾农业2026年的净利润预计是多少？",
    "北京明天的天气怎么样？",
    "Who won the 2018 FIFA World Cup?",
)


# --------------------------------------------------------------------------------------------
# Looking at the set
# --------------------------------------------------------------------------------------------
def page_image(data_dir: Path | str, source: str, page: int = 1) -> Image.Image:
    """One page of the set as an RGB image at the truth's resolution (PDFs rendered at ``PDF_DPI``)."""
    path = Path(data_dir) / "pages" / source
    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return pdf[page - 1].render(scale=PDF_DPI / 72).to_pil().convert("RGB")
        finally:
            pdf.close()
    return Image.open(path).convert("RGB")


def draw_truth(image: Image.Image, truth_page: dict, ax=None, *, lines: bool = True, cells: bool = True):
    """Show a page with its truth boxes: text lines in blue, table cells in orange (matplotlib)."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    if ax is None:
        _, ax = plt.subplots(figsize=(6, 6 * image.height / image.width))
    ax.imshow(image)
    for line in truth_page["lines"]:
        in_cell = "cell" in line
        if (in_cell and not cells) or (not in_cell and not lines):
            continue
        x0, y0, x1, y1 = line["bbox"]
        ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, fill=False, lw=0.8,
                               edgecolor="tab:orange" if in_cell else "tab:blue"))
    ax.set_title(f"{truth_page['source']} p{truth_page['page']} (rotated {truth_page['angle']:+.2f}°)", fontsize=9)
    ax.axis("off")
    return ax
