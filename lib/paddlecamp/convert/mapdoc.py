"""Parse one PyTorch -> Paddle mapping doc (the official Markdown format) into a :class:`MappingDoc`.

The official docs in PaddlePaddle/docs (``docs/guides/model_convert/convert_from_pytorch/
api_difference/``) follow one template: a title ``## [ <category> ]torch.<api>``, a torch
heading ``### [torch.<api>](<url>)`` with the signature in a code block, the same for paddle, a
one-sentence summary, ``### 参数映射`` with a ``| PyTorch | PaddlePaddle | 备注 |`` table, and for
some categories ``### 转写示例`` with code. Real docs vary: spaces inside the category brackets,
a missing paddle part (组合替代实现), tables with extra columns or ``<font>`` wrappers, several
signatures in one code block, Chinese or English punctuation. The parser keeps what it finds with
line numbers (1-based) and leaves judging to :mod:`paddlecamp.convert.validate`; it raises
:class:`DocParseError` (file + line) only when a text is not a mapping doc at all (empty, not
UTF-8, no title).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from paddlecamp.apicompat import signatures as S


class DocParseError(ValueError):
    """A text that is not a mapping doc; ``path`` and ``line`` say where."""

    def __init__(self, path: str | None, line: int, message: str):
        self.path, self.line, self.reason = path, line, message
        super().__init__(f"{path or '<text>'}:{line}: {message}")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str  # without the leading #s, stripped
    line: int


@dataclass(frozen=True)
class ApiHeading:
    """``### [name](url)``; ``url`` is None when the heading carries no link."""
    name: str
    url: str | None
    line: int
    raw: str


@dataclass(frozen=True)
class CodeBlock:
    lang: str
    text: str
    start: int  # line of the opening fence
    end: int  # line of the closing fence (== start when unclosed: the block runs to the end)


@dataclass(frozen=True)
class Signature:
    """One ``api(params)`` call written in a signature code block."""
    api: str
    params_text: str
    params: list[S.Param] | None  # None: the parameter list does not parse
    line: int

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.params or []]


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]  # raw cell texts, stripped
    line: int

    @property
    def torch(self) -> str:
        return self.cells[0] if self.cells else ""

    @property
    def paddle(self) -> str:
        return self.cells[1] if len(self.cells) > 1 else ""

    @property
    def note(self) -> str:
        return " | ".join(self.cells[2:])

    @property
    def torch_names(self) -> list[str]:
        return cell_names(self.torch)

    @property
    def paddle_names(self) -> list[str]:
        return cell_names(self.paddle)


@dataclass
class MappingDoc:
    path: str | None
    lines: list[str]
    title_line: int
    category: str | None  # spaces normalised ("torch 参数更多"); None when the brackets are missing
    category_raw: str
    title_api: str
    headings: list[Heading] = field(default_factory=list)
    torch_heading: ApiHeading | None = None
    torch_code: CodeBlock | None = None
    torch_signatures: list[Signature] = field(default_factory=list)
    paddle_heading: ApiHeading | None = None
    paddle_code: CodeBlock | None = None
    paddle_signatures: list[Signature] = field(default_factory=list)
    description: str = ""
    description_line: int | None = None
    table_heading: Heading | None = None
    table_header: TableRow | None = None
    rows: list[TableRow] = field(default_factory=list)
    examples_heading: Heading | None = None
    code_blocks: list[CodeBlock] = field(default_factory=list)

    @property
    def torch_api(self) -> str:
        """The torch API the doc is about: the torch heading's name, else the title's."""
        return self.torch_heading.name if self.torch_heading else self.title_api

    @property
    def paddle_api(self) -> str | None:
        return self.paddle_heading.name if self.paddle_heading else None


# --- small text helpers ---------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]*>")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NAME_TOKEN = re.compile(r"\*{0,2}[A-Za-z_]\w*")


def plain_cell(cell: str) -> str:
    """A table cell without HTML tags, backticks, bold marks and outer spaces."""
    text = _TAG.sub("", cell).replace("`", "").replace("**", "").replace("&nbsp;", " ")
    return text.strip()


def cell_names(cell: str) -> list[str]:
    """Parameter names written in a PyTorch/PaddlePaddle cell: ``input``, ``*size``,
    ``dim0、dim1``, ``<font color='red'>x</font>``; empty for ``-`` and prose (``返回值``)."""
    text = plain_cell(cell)
    if text in ("", "-", "—", "–") or _CJK.search(text):
        return []
    parts = [p.strip() for p in re.split(r"[、,，/;；]|\s+(?:or|and|或)\s+", text) if p.strip()]
    names = []
    for p in parts:
        p = re.sub(r"\s*=.*$", "", p)  # "always_call=False": the name with its default written in
        m = _NAME_TOKEN.fullmatch(p)
        if not m:
            return []  # an expression such as x.shape[0], not a name
        names.append(p)
    return names


def normalize_category(text: str) -> str:
    """``torch 参数更多 `` / ``torch参数更多`` -> ``torch 参数更多``: one space between Latin and CJK."""
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"([A-Za-z])\s*([\u3400-\u9fff])", r"\1 \2", text)
    text = re.sub(r"([\u3400-\u9fff])\s*([A-Za-z])", r"\1 \2", text)
    return text


def unescape(text: str) -> str:
    """Markdown's backslash escapes (``torch.Tensor.ceil\\_`` renders as ``torch.Tensor.ceil_``)."""
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text)


def decode(data: bytes, path: str | None = None) -> str:
    """UTF-8 text (a BOM is dropped); :class:`DocParseError` at the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DocParseError(path, line, f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


# --- parsing -----------------------------------------------------------------------------------------

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
_TITLE = re.compile(r"^\[\s*([^\]]*?)\s*\]\s*(.*)$")
_LINK_HEADING = re.compile(r"^\[\s*([^\]]+?)\s*\]\s*\(\s*([^)\s]*)\s*\)\s*(.*)$")
_FENCE = re.compile(r"^\s*(```+|~~~+)\s*([\w+-]*)")
_CALL = re.compile(r"(?<![\w.])([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)\s*\(")


def _scan(lines: list[str]) -> tuple[list[Heading], list[CodeBlock]]:
    """Headings outside code fences, and the fenced code blocks."""
    headings, blocks = [], []
    fence, lang, start, body = None, "", 0, []
    for i, line in enumerate(lines, 1):
        m = _FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip()[len(m.group(1)):].strip():
                blocks.append(CodeBlock(lang, "\n".join(body), start, i))
                fence = None
            else:
                body.append(line)
            continue
        if m:
            fence, lang, start, body = m.group(1), m.group(2).lower(), i, []
            rest = line.strip()[len(m.group(1)):]
            if rest.endswith(m.group(1)) and len(rest) > len(m.group(1)):  # ```one line```
                blocks.append(CodeBlock("", rest[:-len(m.group(1))], i, i))
                fence = None
            continue
        h = _HEADING.match(line)
        if h and (len(h.group(1)) < len(line.lstrip()) or line.strip() == h.group(1)):
            headings.append(Heading(len(h.group(1)), h.group(2).strip(), i))
    if fence is not None:
        blocks.append(CodeBlock(lang, "\n".join(body), start, start))
    return headings, blocks


def _balanced(text: str, open_at: int) -> int | None:
    """Index of the ')' matching the '(' at ``open_at``; None if unbalanced. Skips strings."""
    depth, quote, i = 0, None, open_at
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def signatures_in(block: CodeBlock) -> list[Signature]:
    """Every top-level ``name(params)`` that starts a line of the block (multi-line allowed)."""
    text = block.text
    found: list[Signature] = []
    pos = 0
    line_starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            line_starts.append(i + 1)
    for ls in line_starts:
        if ls < pos:
            continue
        line_end = text.find("\n", ls)
        line = text[ls:] if line_end < 0 else text[ls:line_end]
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        m = _CALL.match(stripped)
        if not m:
            continue
        open_at = ls + (len(line) - len(stripped)) + m.end() - 1
        close = _balanced(text, open_at)
        lineno = block.start + 1 + text.count("\n", 0, ls)
        if close is None:
            found.append(Signature(m.group(1), text[open_at + 1:], None, lineno))
            break
        params_text = text[open_at + 1:close]
        flat = re.sub(r"\s*\n\s*", " ", params_text)
        params = S.parse_params(flat)
        found.append(Signature(m.group(1), params_text, params, lineno))
        pos = close
    return found


def _api_heading(h: Heading) -> ApiHeading | None:
    m = _LINK_HEADING.match(h.text)
    if m:
        return ApiHeading(unescape(m.group(1).strip().strip("`")), m.group(2) or None, h.line, h.text)
    name = unescape(h.text.strip().strip("`[]").strip())
    if re.fullmatch(r"[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+", name):
        return ApiHeading(name, None, h.line, h.text)
    return None


def _split_row(line: str) -> tuple[str, ...]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = re.split(r"(?<!\\)\|", body)
    return tuple(c.strip().replace("\\|", "|") for c in cells)


def _is_separator(cells: tuple[str, ...]) -> bool:
    return bool(cells) and all(re.fullmatch(r":?-{2,}:?", c.replace(" ", "")) for c in cells if c) and any(cells)


def parse(path_or_text: str | Path | bytes, path: str | None = None) -> MappingDoc:
    """Parse a mapping doc from a file path (``Path``, or a ``str`` naming an existing
    ``.md`` file), from Markdown text, or from raw bytes. ``path`` names the text in messages."""
    if isinstance(path_or_text, Path) or (isinstance(path_or_text, str) and "\n" not in path_or_text
                                          and path_or_text.endswith(".md") and Path(path_or_text).is_file()):
        p = Path(path_or_text)
        path = path or str(p)
        text = decode(p.read_bytes(), path)
    elif isinstance(path_or_text, bytes):
        text = decode(path_or_text, path)
    else:
        text = path_or_text
    lines = text.splitlines()
    if not text.strip():
        raise DocParseError(path, 1, "empty file")
    headings, blocks = _scan(lines)
    title = None
    for h in headings:
        m = _TITLE.match(h.text)
        if m and not _LINK_HEADING.match(h.text):
            title = (h, m)
            break
    if title is None:
        first = next((i for i, line in enumerate(lines, 1) if line.strip()), 1)
        raise DocParseError(path, first, "no title heading '## [ <category> ]<torch api>': not a mapping doc")
    th, tm = title
    category_raw = tm.group(1)
    doc = MappingDoc(path=path, lines=lines, title_line=th.line, category=normalize_category(category_raw) or None,
                     category_raw=category_raw, title_api=unescape(tm.group(2).strip().strip("`")), headings=headings,
                     code_blocks=blocks)

    after = [h for h in headings if h.line > th.line]
    api_heads = [(h, a) for h in after if (a := _api_heading(h)) is not None and h.level >= 2]
    table_h = next((h for h in after if "参数映射" in h.text), None)
    examples_h = next((h for h in after if "转写示例" in h.text and h.level <= 3), None)
    limit = min([h.line for h in (table_h, examples_h) if h is not None], default=len(lines) + 1)
    api_heads = [(h, a) for h, a in api_heads if h.line < limit]
    torch_h = paddle_h = None
    for h, a in api_heads[:2]:
        if a.name.startswith("paddle") and not doc.title_api.startswith("paddle"):
            paddle_h = paddle_h or (h, a)
        elif torch_h is None:
            torch_h = (h, a)
        elif paddle_h is None:
            paddle_h = (h, a)
    doc.table_heading, doc.examples_heading = table_h, examples_h

    def section_end(h: Heading) -> int:
        nxt = [g.line for g in headings if g.line > h.line]
        return min(nxt, default=len(lines) + 1)

    def first_block(h: Heading) -> CodeBlock | None:
        end = section_end(h)
        return next((b for b in blocks if h.line < b.start < end), None)

    if torch_h:
        doc.torch_heading = torch_h[1]
        doc.torch_code = first_block(torch_h[0])
        doc.torch_signatures = signatures_in(doc.torch_code) if doc.torch_code else []
    if paddle_h:
        doc.paddle_heading = paddle_h[1]
        doc.paddle_code = first_block(paddle_h[0])
        doc.paddle_signatures = signatures_in(doc.paddle_code) if doc.paddle_code else []

    # the summary: the first prose line after the last signature block, before the table
    anchor = max([b.end for b in (doc.torch_code, doc.paddle_code) if b is not None], default=th.line)
    in_block = {i for b in blocks for i in range(b.start, max(b.end, b.start) + 1)}
    for i in range(anchor + 1, (table_h.line if table_h else len(lines) + 1)):
        if i in in_block:
            continue
        s = lines[i - 1].strip()
        if s and not s.startswith(("#", "|", "```")):
            doc.description, doc.description_line = s, i
            break

    if table_h:
        end = section_end(table_h)
        table_lines = [i for i in range(table_h.line + 1, end) if i not in in_block and lines[i - 1].strip().startswith("|")]
        rows = [TableRow(_split_row(lines[i - 1]), i) for i in table_lines]
        if rows:
            doc.table_header = rows[0]
            doc.rows = [r for r in rows[1:] if not _is_separator(r.cells)]
    return doc


def parse_file(path: str | Path) -> MappingDoc:
    """Parse the doc at ``path`` (raises :class:`DocParseError`, also for unreadable files)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocParseError(str(p), 1, f"cannot read: {exc.strerror or exc}") from None
    return parse(data, path=str(p))
