"""Convert torch code to paddle: the project's matchers, then PaConvert, then a refusal to
write anything that is not valid Python.

**Why the matchers run before PaConvert, on the torch AST.** PaConvert's output of a call it
cannot convert is the torch line prefixed ``>>>>>>``: the file no longer parses, the imports
that named the call are already rewritten to paddle, and black has reflowed the lines. A
post-pass would have to re-parse marked text and guess what ``nn`` or ``optim`` meant. Before
PaConvert the file is still torch: the import table resolves every alias, the arguments are AST
nodes, and a matcher can *lower* a construct to torch that PaConvert already converts with
its own, tested mapping (``torch.kl_div(x, y, 1)`` -> ``F.kl_div(x, y, reduction="mean")``),
which keeps the project's rules small and checkable in torch alone. Where torch has no
convertible spelling the matcher writes paddle directly (PaConvert leaves ``paddle.*`` calls
alone). The rewritten calls are spliced into the original text with their line count kept,
so every line PaConvert reports still names a line of the user's file.

**Never write a broken file silently.** After conversion each output is checked: a line that
still starts with ``>>>>>>`` or code that does not compile is reported with the source file,
the line and the torch text there (and a matcher's reason, when one refused the call), and
that file is not written unless ``keep_unsupported`` (then with a marker line at the top, and
the run fails). A file that does not parse as Python is reported with its line and skipped;
the others are converted. A written file is also checked for ``paddle.*`` names the installed
Paddle lacks (PaConvert 3.3.1 targets Paddle's development line, e.g. ``paddle.nn.MaxPool2d``):
a warning, since the file is valid and Track 2's compat layer supplies many of them.
"""
from __future__ import annotations

import ast
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from paddlecamp.convert.matchers import HELPERS, Refusal, Rewrite, matcher_for, tensor_methods
from paddlecamp.convert.testscan import dotted

UNSUPPORTED_MARK = ">>>>>>"
KEEP_MARKER = "# paddlecamp: NOT CONVERTED, lines marked >>>>>> are torch code PaConvert could not convert; this file is not valid Python"
_START = re.compile(r"Start convert file: (?P<path>.+?) --> ")
_NOT_SUPPORT = re.compile(r"^\[(?P<file>.+?):(?P<line>\d+)\] \[Not Support\] [Cc]onvert (?:Class Attribute: |Class Method: )?(?P<api>\S+) to Paddle")


class ConvertInputError(ValueError):
    """SRC does not exist or is not Python."""


@dataclass
class Applied:
    line: int
    torch_api: str
    matcher: str


@dataclass
class Problem:
    line: int | None          # line in the torch source (None when it cannot be traced back)
    torch_line: str
    message: str


@dataclass
class FileReport:
    path: str                 # relative to SRC (the file name for a single file)
    status: str               # converted | unsupported | invalid_output | syntax_error | copied
    written: bool = False
    applied: list[Applied] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refusals: list[Problem] = field(default_factory=list)   # matcher declined: reason per line
    missing_apis: list[tuple[int, str]] = field(default_factory=list)  # (output line, paddle name) absent here

    def describe(self) -> list[str]:
        out = [f"{self.path}: warning: output line {ln} uses {name}, which the installed paddle does not have"
               for ln, name in self.missing_apis]
        for p in self.problems:
            where = f"{self.path}:{p.line}" if p.line else self.path
            out.append(f"{where}: {p.message}" + (f"\n    {p.torch_line}" if p.torch_line else ""))
        return out


@dataclass
class RunReport:
    src: str
    out: str
    files: list[FileReport]

    @property
    def ok(self) -> bool:
        return all(f.status in ("converted", "copied") for f in self.files)

    def counts(self) -> dict[str, int]:
        c: dict[str, int] = {}
        for f in self.files:
            c[f.status] = c.get(f.status, 0) + 1
        return c

    def to_json(self) -> dict:
        return {"src": self.src, "out": self.out, "counts": self.counts(), "files": [asdict(f) for f in self.files]}


# --------------------------------------------------------------------------- the pre-pass

def import_table(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted torch path, from every ``import``/``from ... import`` of torch."""
    table: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "torch" or a.name.startswith("torch."):
                    if a.asname:
                        table[a.asname] = a.name
                    else:
                        table["torch"] = "torch"
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                and (node.module == "torch" or node.module.startswith("torch.")):
            for a in node.names:
                if a.name != "*":
                    table[a.asname or a.name] = f"{node.module}.{a.name}"
    return table


def resolve_call(call: ast.Call, table: dict[str, str], methods: set[str]) -> tuple[str, ast.expr | None] | None:
    """``(torch_api, receiver)`` for a call of a torch API (receiver set for tensor methods)."""
    name = dotted(call.func)
    if name is not None:
        head, _, rest = name.partition(".")
        if head in table:
            return (table[head] + ("." + rest if rest else "")), None
    if isinstance(call.func, ast.Attribute) and call.func.attr in methods:
        recv = call.func.value
        recv_name = dotted(recv)
        if recv_name is None or recv_name.split(".")[0] not in table:
            return f"torch.Tensor.{call.func.attr}", recv
    return None


@dataclass
class Prepass:
    source: str
    line_map: list[int]             # prepass line i (0-based) -> torch line (1-based), 0 for inserted lines
    applied: list[Applied]
    refusals: list[Problem]


class _Rewriter(ast.NodeTransformer):
    def __init__(self, table, lines):
        self.table, self.lines = table, lines
        self.methods = tensor_methods()
        self.applied: list[Applied] = []
        self.refusals: list[Problem] = []
        self.helpers: list[str] = []
        self.needs: set[str] = set()

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        hit = resolve_call(node, self.table, self.methods)
        if hit is None:
            return node
        api, receiver = hit
        matcher = matcher_for(api)
        if matcher is None:
            return node
        result = matcher.rewrite(node, receiver)
        if isinstance(result, Refusal):
            self.refusals.append(Problem(node.lineno, self.lines[node.lineno - 1].strip(),
                                         result.reason))
            return node
        if not isinstance(result, Rewrite):
            return node
        new = result.node
        new._pc_span = (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        for h in result.helpers:
            if h not in self.helpers:
                self.helpers.append(h)
        self.needs.update(result.needs)
        self.applied.append(Applied(node.lineno, api, result.matcher or type(matcher).__name__))
        return new


def _outermost_rewrites(tree: ast.AST) -> list[ast.AST]:
    found = []

    def walk(n):
        if hasattr(n, "_pc_span"):
            found.append(n)
            return
        for c in ast.iter_child_nodes(n):
            walk(c)
    walk(tree)
    return found


def prepass(source: str, filename: str = "<torch>") -> Prepass:
    """Apply the project's matchers to torch source; raises SyntaxError for unparsable input."""
    tree = ast.parse(source, filename)
    lines = source.splitlines()
    table = import_table(tree)
    rw = _Rewriter(table, lines)
    new_tree = rw.visit(ast.parse(source, filename))
    spans = sorted(_outermost_rewrites(new_tree), key=lambda n: n._pc_span)
    # splice from the end so earlier offsets stay valid; offsets are in UTF-8 bytes
    src_lines = source.splitlines(keepends=True)
    line_start = [0]
    for ln in src_lines:
        line_start.append(line_start[-1] + len(ln.encode("utf-8")))
    data = source.encode("utf-8")
    for n in reversed(spans):
        l0, c0, l1, c1 = n._pc_span
        a, b = line_start[l0 - 1] + c0, line_start[l1 - 1] + c1
        text = ast.unparse(n)
        pad = (l1 - l0) - text.count("\n")
        text = "(" + text + "\n" * max(pad, 0) + ")"
        data = data[:a] + text.encode("utf-8") + data[b:]
    out = data.decode("utf-8")
    line_map = list(range(1, len(out.splitlines()) + 1))
    header = []
    if "torch" in rw.needs and (table.get("torch") != "torch" or rw.helpers):
        header.append("import torch")   # helpers run where they are inserted, before the file's imports
    # "paddle" in rw.needs needs no import: PaConvert adds ``import paddle`` to every file that imports torch
    for h in rw.helpers:
        header += HELPERS[h].splitlines()
    if header:
        body_lines = out.splitlines(keepends=True)
        at = _insert_point(new_tree)
        out = "".join(body_lines[:at]) + "\n".join(header) + "\n" + "".join(body_lines[at:])
        line_map = line_map[:at] + [0] * len(header) + line_map[at:]
    return Prepass(out, line_map, rw.applied, rw.refusals)


def _insert_point(tree: ast.Module) -> int:
    """Line index after the module docstring and ``from __future__`` imports."""
    at = 0
    for n in tree.body:
        if isinstance(n, ast.ImportFrom) and n.module == "__future__":
            at = n.end_lineno
        elif isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str) and at == 0 \
                and n is tree.body[0]:
            at = n.end_lineno
        else:
            break
    return at


# --------------------------------------------------------------------------- PaConvert

def paconvert_files(sources: dict[str, str], workdir: Path, single: bool) -> tuple[dict[str, str], dict[str, list[tuple[int, str]]], dict[str, str]]:
    """Run PaConvert in-process over ``{relative path: torch source}``.

    Returns (converted text per path, [(line, api)] PaConvert could not convert per path,
    extra files PaConvert wrote (``paddle_utils.py`` in directory mode))."""
    from paconvert.converter import Converter

    src_dir, out_dir, log = workdir / "in", workdir / "out", workdir / "paconvert.log"
    for rel, text in sources.items():
        p = src_dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    conv = Converter(log_dir=str(log), log_level="INFO")
    try:
        if single:
            (rel,) = sources
            conv.run(str(src_dir / rel), str(out_dir / rel))
        else:
            conv.run(str(src_dir), str(out_dir))
    finally:
        for h in conv.logger.handlers[:]:
            h.close()
            conv.logger.removeHandler(h)
    failed: dict[str, list[tuple[int, str]]] = {}
    current = None     # PaConvert logs base names only; "Start convert file: PATH -->" says which file
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        start = _START.search(line)
        if start:
            current = Path(start["path"]).resolve().relative_to(src_dir.resolve()).as_posix()
            continue
        m = _NOT_SUPPORT.match(line)
        if m and current is not None:
            failed.setdefault(current, []).append((int(m["line"]), m["api"]))
    converted = {rel: (out_dir / rel).read_text(encoding="utf-8") for rel in sources if (out_dir / rel).exists()}
    extra = {p.relative_to(out_dir).as_posix(): p.read_text(encoding="utf-8")
             for p in out_dir.rglob("*.py") if p.relative_to(out_dir).as_posix() not in sources}
    return converted, failed, extra


def output_problems(code: str) -> list[tuple[int, str, str]]:
    """``(output line, text, message)`` for each ``>>>>>>`` line, or the syntax error."""
    found = [(i + 1, ln[len(UNSUPPORTED_MARK):].strip(), "PaConvert could not convert this line")
             for i, ln in enumerate(code.splitlines()) if ln.startswith(UNSUPPORTED_MARK)]
    if found:
        return found
    try:
        compile(code, "<converted>", "exec", dont_inherit=True)
    except SyntaxError as e:
        text = (e.text or "").strip()
        return [(e.lineno or 0, text, f"converted code is not valid Python: {e.msg}")]
    return []


def missing_paddle_apis(code: str) -> list[tuple[int, str]]:
    """``(line, dotted name)`` for each ``paddle.x.y`` the converted code names that the
    installed paddle lacks: PaConvert maps to the Paddle API of its own release line, which
    can be newer than the installed wheel (3.3.1 has no ``paddle.nn.MaxPool2d``)."""
    tree = ast.parse(code)
    aliases = {a.asname or a.name.split(".")[0]: (a.name if a.asname else a.name.split(".")[0])
               for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
               if a.name == "paddle" or a.name.startswith("paddle.")}
    if not aliases:
        return []
    import importlib
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        importlib.import_module("paddle")
    found, seen = [], set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(getattr(node, "_pc_parent", None), ast.Attribute):
            continue
        name = dotted(node)
        if name is None or name.split(".")[0] not in aliases:
            continue
        full = aliases[name.split(".")[0]] + name[len(name.split(".")[0]):]
        for child in ast.iter_child_nodes(node):
            child._pc_parent = node
        if full in seen:
            continue
        seen.add(full)
        obj, parts = importlib.import_module("paddle"), full.split(".")
        for i, part in enumerate(parts[1:], start=1):
            if hasattr(obj, part):
                obj = getattr(obj, part)
                continue
            try:
                obj = importlib.import_module(".".join(parts[:i + 1]))
            except ImportError:
                found.append((node.lineno, ".".join(parts[:i + 1])))
                break
    return sorted({(ln, n) for ln, n in found})


# --------------------------------------------------------------------------- the run

def python_files(src: Path) -> tuple[list[str], list[str]]:
    """(.py files, other files) under ``src`` relative to it, hidden entries and caches skipped."""
    py, other = [], []
    for p in sorted(src.rglob("*")):
        rel = p.relative_to(src)
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts) or not p.is_file():
            continue
        (py if p.suffix == ".py" else other).append(rel.as_posix())
    return py, other


def convert(src: str | Path, out: str | Path, keep_unsupported: bool = False, progress: bool = True) -> RunReport:
    """Convert a torch file or directory ``src`` into ``out`` (a file or directory path)."""
    src, out = Path(src), Path(out)
    if not src.exists():
        raise ConvertInputError(f"{src}: no such file or directory")
    single = src.is_file()
    if single:
        if src.suffix != ".py":
            raise ConvertInputError(f"{src}: not a .py file (PaConvert converts Python sources only)")
        rels, others = [src.name], []
        root = src.parent
        target = out / src.name if out.is_dir() else out
    else:
        rels, others = python_files(src)
        root = src
        if out.exists() and not out.is_dir():
            raise ConvertInputError(f"{out}: exists and is not a directory")
        target = out
    if out.resolve() == src.resolve():
        raise ConvertInputError("OUT must differ from SRC")

    from tqdm import tqdm

    reports: dict[str, FileReport] = {}
    passes: dict[str, Prepass] = {}
    originals: dict[str, str] = {}
    for rel in tqdm(rels, desc="matchers", unit="file", disable=not progress or len(rels) < 2):
        path = root / rel
        try:
            text = path.read_text(encoding="utf-8")
            passes[rel] = prepass(text, str(path))
            originals[rel] = text
        except SyntaxError as e:
            reports[rel] = FileReport(rel, "syntax_error", problems=[Problem(
                e.lineno, (e.text or "").strip(), f"not valid Python, skipped: {e.msg}")])
        except UnicodeDecodeError as e:
            reports[rel] = FileReport(rel, "syntax_error", problems=[Problem(None, "", f"not UTF-8 text, skipped: {e.reason}")])

    extra: dict[str, str] = {}
    if passes:
        with tempfile.TemporaryDirectory(prefix="paddlecamp-convert-") as tmp:
            converted, failed, extra = paconvert_files({r: p.source for r, p in passes.items()}, Path(tmp), single)
    else:
        converted, failed = {}, {}

    def write(rel_out: str, text: str):
        dest = target if single else target / rel_out
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")

    for rel in tqdm(list(passes), desc="checking", unit="file", disable=not progress or len(passes) < 2):
        pp, code = passes[rel], converted.get(rel)
        rep = FileReport(rel, "converted", applied=pp.applied, refusals=pp.refusals)
        reports[rel] = rep
        torch_lines = originals[rel].splitlines()
        if code is None:
            rep.status = "invalid_output"
            rep.problems.append(Problem(None, "", "PaConvert wrote no output for this file"))
            continue
        found = output_problems(code)
        if not found:
            write(rel, code)
            rep.written = True
            rep.missing_apis = missing_paddle_apis(code)
            continue
        rep.status = "unsupported" if found[0][2].startswith("PaConvert") else "invalid_output"
        refusal_by_line = {p.line: p.message for p in pp.refusals}
        traced = []
        for line, api in failed.get(rel, []):
            orig = pp.line_map[line - 1] if 0 < line <= len(pp.line_map) else 0
            msg = f"{api}: PaConvert cannot convert it"
            if orig in refusal_by_line:
                msg += f"; the project's matcher declined: {refusal_by_line[orig]}"
            traced.append(Problem(orig or None, torch_lines[orig - 1].strip() if orig else "", msg))
        if rep.status == "unsupported" and traced:
            rep.problems += traced
        else:
            rep.problems += [Problem(None, text, f"output line {line}: {msg}") for line, text, msg in found]
        if keep_unsupported:
            write(rel, KEEP_MARKER + "\n" + code)
            rep.written = True

    for name, text in extra.items():
        if any(r.written for r in reports.values()):
            write(name, text)
    for rel in others:
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, dest)
        reports[rel] = FileReport(rel, "copied", written=True)
    order = {r: i for i, r in enumerate(rels + others)}
    return RunReport(str(src), str(out), sorted(reports.values(), key=lambda f: order.get(f.path, 0)))


