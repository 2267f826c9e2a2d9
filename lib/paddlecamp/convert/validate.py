"""Check mapping docs against the installed torch and paddle and PaConvert's ``api_mapping.json``.

Each rule has a stable id (``DOC000`` ... ``DOC009``, see :data:`RULES`). A :class:`Finding`
says file, line, rule, severity, message, whether it looks like a real doc error or version
drift (the official docs describe the torch and paddle of their day; a parameter that torch 2.13
has and the doc lacks is "doc outdated", not a mistake), and, when the repair is unambiguous, a
:class:`Fix` (replace a line range). :func:`fix_file` applies only those fixes and writes the file
atomically (temporary file + rename), then validates again.

Signatures come from :mod:`paddlecamp.apicompat.audit` / :mod:`paddlecamp.apicompat.signatures`
(inspect, docstrings, ATen schemas; nothing is called). The category rule uses
:mod:`paddlecamp.convert.categories` (``derive`` / ``consistent``).
"""
from __future__ import annotations

import ast
import difflib
import functools
import importlib
import os
import re
import tempfile
import warnings
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from paddlecamp.apicompat import signatures as S
from paddlecamp.textsplit import split_top_level
from paddlecamp.convert import mapdoc
from paddlecamp.convert.mapdoc import DocParseError, MappingDoc, Signature

RULES: dict[str, str] = {
    "DOC000": "the file parses as a mapping doc",
    "DOC001": "the title's category is a known category and agrees with the computed difference",
    "DOC002": "the torch signature matches the installed torch (names, order, defaults)",
    "DOC003": "the paddle signature matches the installed paddle (names, order, defaults)",
    "DOC004": "the paddle API exists in the installed paddle",
    "DOC005": "the parameter table lists every torch parameter exactly once, and no unknown one",
    "DOC006": "every paddle parameter named in the table exists",
    "DOC007": "links are well formed and point at the named API; title, heading and code name the same API",
    "DOC008": "the doc agrees with PaConvert's api_mapping.json (paddle_api, kwargs_change, unsupport_args)",
    "DOC009": "the required sections are present and in the template's order",
}
ERROR, WARNING, INFO = "error", "warning", "info"
DOC_ERROR, DRIFT = "doc error", "version drift"

NO_PADDLE = ("组合替代实现", "可删除", "功能缺失")  # categories whose doc has no paddle API
NO_TABLE = ("无参数", "组合替代实现", "可删除", "功能缺失")  # categories that need no parameter table
TYPE_CATEGORIES = ("输入参数类型不一致", "返回参数类型不一致")
NEED_EXAMPLE = ("torch 参数更多", "输入参数用法不一致", "输入参数类型不一致", "返回参数类型不一致", "组合替代实现")
TORCH_DOCS = "https://pytorch.org/docs/stable/generated/{api}.html"
PADDLE_DOCS = "https://www.paddlepaddle.org.cn/documentation/docs/zh/develop/api/"
ADD_ROW_NOTE = "待补充。"  # the note of a row --fix adds; a person writes the real one


@dataclass(frozen=True)
class Fix:
    """Replace lines ``start``..``end`` (1-based, inclusive) by ``lines``; ``end = start - 1``
    inserts before ``start``."""
    start: int
    end: int
    lines: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    rule: str
    severity: str
    message: str
    kind: str = DOC_ERROR  # DOC_ERROR or DRIFT
    fix: Fix | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["fix"] = None if self.fix is None else {"start": self.fix.start, "end": self.fix.end,
                                                  "lines": list(self.fix.lines), "description": self.fix.description}
        return d

    def format(self) -> str:
        tail = f" [fix: {self.fix.description}]" if self.fix else ""
        return f"{self.path}:{self.line}: {self.rule} {self.severity} ({self.kind}): {self.message}{tail}"


# --- the installed libraries ----------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _frameworks() -> None:
    os.environ.setdefault("GLOG_minloglevel", "2")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        importlib.import_module("paddle")
        importlib.import_module("torch")


def versions() -> dict[str, str]:
    """Versions of what the rules compare against."""
    _frameworks()
    import paconvert
    import paddle
    import torch
    return {"torch": torch.__version__, "paddle": paddle.__version__,
            "paconvert": getattr(paconvert, "__version__", "3.3.1")}


@dataclass
class Installed:
    """What the installed library says about one API; ``found`` False when it does not exist
    (``importable`` False when even its top-level package is missing, e.g. torchvision)."""
    api: str
    found: bool
    importable: bool
    sigs: list[S.Sig] = field(default_factory=list)  # first: the audit's choice; then docstring overloads
    aliases: dict[str, str] = field(default_factory=dict)

    @property
    def names(self) -> set[str]:
        return {p.name for s in self.sigs for p in s.params} | set(self.aliases)

    @property
    def informative(self) -> bool:
        return bool(self.sigs) and not S.is_bare(self.sigs[0])


def _docstring_overloads(obj, api: str) -> list[S.Sig]:
    """Every ``name(params)`` line of a builtin's docstring (first line, ``.. function::``)."""
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return []
    short = api.rsplit(".", 1)[-1]
    pat = re.compile(r"^\s*(?:\.\.\s+(?:function|method)::\s*)?(?:[\w.]+\.)?" + re.escape(short) + r"\((.*)\)")
    out = []
    for i, line in enumerate(doc.strip().splitlines()):
        if i > 0 and ".. function::" not in line and ".. method::" not in line:
            continue
        m = pat.match(line)
        if m:
            text = m.group(1).rsplit(")", 1)[0] if "->" in m.group(1) else m.group(1)
            params = S.parse_params(text)
            if params is not None:
                out.append(S.Sig(params, "docstring"))
    return out


def _schema_overloads(api: str) -> list[S.Sig]:
    """Every ATen overload of a torch builtin (names only matter: ``self`` -> ``input``, out= left
    out as :func:`paddlecamp.apicompat.signatures.from_schema` does for its one choice)."""
    best = S.from_schema(api)
    if best is None:
        return []
    import torch
    prefix = next((p for p in ("torch.special.", "torch.linalg.", "torch.fft.", "torch.nn.functional.",
                               "torch.Tensor.", "torch.") if api.startswith(p)), "torch.")
    aten = {"torch.special.": "special_", "torch.linalg.": "linalg_", "torch.fft.": "fft_"}.get(prefix, "")
    try:
        schemas = torch._C._jit_get_schemas_for_operator("aten::" + aten + api[len(prefix):])
    except Exception:  # noqa: BLE001
        return [best]
    out = [best]
    method = api.startswith("torch.Tensor.")
    for sch in schemas:
        args = [a for a in sch.arguments if a.name != "out" and not getattr(a, "is_out", False)]
        if not args or args[0].name != "self":
            continue
        params = [S.Param("input" if i == 0 else a.name, S.KW_ONLY if a.kwarg_only else S.POS,
                          "None" if a.has_default_value() else None)
                  for i, a in enumerate(args) if not (i == 0 and method)]
        # Python binds the keyword-only ones by name only: list them last, as from_schema does
        out.append(S.Sig([p for p in params if p.kind != S.KW_ONLY] + [p for p in params if p.kind == S.KW_ONLY],
                         "aten schema"))
    return out


@functools.lru_cache(maxsize=None)
def installed(api: str) -> Installed:
    """Signatures of ``api`` (a torch or paddle dotted name) in the installed library."""
    from paddlecamp.apicompat import audit
    _frameworks()
    top = api.split(".", 1)[0]
    try:
        importlib.import_module(top)
    except Exception:  # noqa: BLE001 - a third-party package that is not installed
        return Installed(api, False, False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        obj = audit.resolve(api)
        if audit.kind_of(obj) == "absent":
            return Installed(api, False, True)
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
        if top == "paddle":
            sig = audit.paddle_signature(api, obj)
            aliases = S.paddle_aliases(obj)[0] if callable(obj) else {}
        else:
            sig = audit.torch_signature(api, obj, None)
            aliases = {}
        sigs = [sig] if sig is not None else []
        method = ".Tensor." in api
        extras = _docstring_overloads(obj, api)
        if top == "torch":
            # the ATen schemas name what torch's argument parser binds (a docstring may say
            # ``sparseDims`` where the keyword is ``sparse_dim``); their defaults are not Python's
            extras.extend(_schema_overloads(api))
        for extra in extras:
            if extra is None:
                continue
            extra = S.drop_self(extra) if method else extra
            if extra.render() not in {s.render() for s in sigs}:
                sigs.append(extra)
    # a method looked up on its class (torch.nn.Module.add_module) carries ``self`` (``cls`` for a
    # classmethod): docs drop it (a class is CamelCase; torch._foreach_tan_(self) is a function)
    if len(api.split(".")) >= 3 and api.split(".")[-2][:1].isupper():
        sigs = [S.Sig(s.params[1:], s.source, s.overloads)
                if s.params and s.params[0].name in ("self", "cls") and s.params[0].kind in (S.POS, S.POS_ONLY) else s
                for s in sigs]
    return Installed(api, True, True, sigs, aliases)


@functools.lru_cache(maxsize=1)
def mapping() -> dict[str, dict]:
    """PaConvert's api_mapping.json, with api_alias_mapping.json's aliases pointing at their targets."""
    import json

    import paconvert
    folder = Path(paconvert.__file__).parent
    data = json.loads((folder / "api_mapping.json").read_text(encoding="utf-8"))
    alias_path = folder / "api_alias_mapping.json"
    if alias_path.exists():
        for alias, target in json.loads(alias_path.read_text(encoding="utf-8")).items():
            if alias not in data and target in data:
                data[alias] = data[target]
    return data


def existence(api: str) -> str:
    """"found"; "missing" (its parent module or class exists and lacks it); "not in this build"
    (the parent is a compiled module, e.g. ``paddle.framework.core``, whose members depend on how
    paddle was built); "unknown" (the name runs through an instance or property, as
    ``paddle.Tensor.place.gpu_device_id``, which static lookup cannot follow)."""
    import inspect

    from paddlecamp.apicompat import audit
    _frameworks()
    parts = api.split(".")
    none = object()  # "no parent yet" (a parent may itself be None: a module global set at run time)
    parent, parent_name = none, None
    for i in range(1, len(parts) + 1):
        name = ".".join(parts[:i])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            obj = audit.resolve(name)
        if audit.kind_of(obj) == "absent":
            break
        parent, parent_name = obj, name
    else:
        return "found"
    if parent is none:
        return "missing"
    if inspect.ismodule(parent):
        compiled = not str(getattr(parent, "__file__", "") or "").endswith(".py")
        return "not in this build" if compiled and parent_name.count(".") >= 1 and "core" in parent_name else "missing"
    if inspect.isclass(parent):
        return "missing"
    return "unknown"


def _categories():
    """The categories module, or None while it is not there (DOC001 is then skipped)."""
    try:
        return importlib.import_module("paddlecamp.convert.categories")
    except ModuleNotFoundError:
        return None


def expected_paddle_api(torch_api: str, entry: dict | None) -> str | None:
    """The paddle API PaConvert maps ``torch_api`` to: ``paddle_api``, or the prefix swap for
    ``ChangePrefixMatcher``; None when a custom matcher decides in code."""
    if not entry:
        return None
    if entry.get("paddle_api"):
        return entry["paddle_api"]
    if entry.get("Matcher") == "ChangePrefixMatcher" and torch_api.startswith("torch."):
        return "paddle" + torch_api[len("torch"):]
    return None


# --- signature comparison ----------------------------------------------------------------------------

def _arith(node: ast.AST):
    """Value of a constant arithmetic expression (``1.0 / 3``, ``-2``, ``1./8.``); ValueError otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _arith(node.operand)
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
        a, b = _arith(node.left), _arith(node.right)
        return {ast.Add: a + b, ast.Sub: a - b, ast.Mult: a * b, ast.Div: a / b if b else float("nan"),
                ast.Pow: a ** b if abs(b) < 64 else float("nan")}[type(node.op)]
    raise ValueError("not constant arithmetic")


def _norm_default(text: str | None):
    if text is None:
        return None
    t = text.strip()
    try:
        return ("v", float(_arith(ast.parse(t, mode="eval").body)))
    except (ValueError, SyntaxError, TypeError, ZeroDivisionError, OverflowError):
        pass
    try:
        v = ast.literal_eval(t)
        if isinstance(v, list):
            v = tuple(v)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = float(v)
        return ("v", v)
    except Exception:  # noqa: BLE001
        return ("s", re.sub(r"^(torch|paddle)\.", "", t).strip("'\""))


def _is_name_param(p: S.Param) -> bool:
    return p.name == "name" and p.default == "None"


@dataclass(frozen=True)
class SigDiff:
    message: str
    kind: str  # DOC_ERROR or DRIFT
    severity: str = ERROR


def compare_signature(doc_params: list[S.Param], sig: S.Sig, ignore_name: bool = False,
                      library: str = "torch") -> list[SigDiff]:
    """How a signature written in a doc differs from the installed one.

    Parameters the installed library has and the doc lacks are drift (the doc is older); a
    parameter the doc has and the library lacks, a different order or default is a doc error.
    PaConvert's ``args_list`` (source "paconvert args_list") carries no defaults, so they are not
    compared then. Keyword-only marks are compared only when the doc writes a ``*``."""
    keep = (lambda p: not _is_name_param(p)) if ignore_name else (lambda p: True)
    doc = [p for p in doc_params if keep(p)]
    inst = [p for p in sig.params if keep(p)]
    dnames = [p.name for p in doc]
    inames = [p.name for p in inst]
    diffs: list[SigDiff] = []
    # positional-only parameters cannot be named by a caller (list's iterable): a doc may leave them out
    missing = [p.name for p in inst if p.name not in dnames and p.kind != S.POS_ONLY]
    # a doc's (*args, **kwargs) says "takes anything", and ATen schemas leave out out=
    generic = {p.name for p in doc if p.kind in (S.VAR_POS, S.VAR_KW) and p.name in ("args", "kwargs")}
    if sig.source == "aten schema":
        generic.add("out")
    extra = [n for n in dnames if n not in inames and n not in generic]
    if missing:
        diffs.append(SigDiff(f"{library} has {', '.join(missing)}, the doc does not (doc outdated)", DRIFT, WARNING))
    if extra:
        diffs.append(SigDiff(f"the doc has {', '.join(extra)}, which installed {library} does not take", DOC_ERROR))
    # only positional parameters have an order a caller depends on
    positional = {p.name for p in inst if p.kind in (S.POS, S.POS_ONLY)}
    common_d = [n for n in dnames if n in positional]
    common_i = [n for n in inames if n in dnames and n in positional]
    if common_d != common_i:
        diffs.append(SigDiff(f"parameter order differs: doc ({', '.join(common_d)}), {library} ({', '.join(common_i)})",
                             DOC_ERROR))
    by_name = {p.name: p for p in inst}
    for p in doc:
        q = by_name.get(p.name)
        star = {S.VAR_POS: "*", S.VAR_KW: "**"}
        if q is not None and (p.kind in star or q.kind in star) and p.kind != q.kind:
            diffs.append(SigDiff(f"{star.get(p.kind, '')}{p.name} in the doc, {star.get(q.kind, '')}{q.name} in {library}",
                                 DOC_ERROR))
    if sig.source in ("inspect", "docstring", "paddle docstring"):  # schemas and args_list carry no Python defaults
        for p in doc:
            q = by_name.get(p.name)
            if q is None or p.kind in (S.VAR_POS, S.VAR_KW) or q.kind in (S.VAR_POS, S.VAR_KW):
                continue
            if q.default is not None and ("..." in q.default or "<" in q.default) or \
                    p.default is not None and "<" in p.default:
                continue  # an object's repr (<Generator at 0x...>) or an abbreviation: nothing to compare
            if p.default is None and q.default is not None:
                # paddle 3 made many parameters optional for torch's sake (drift); torch's
                # signatures are stable, so a missing default there is the doc's
                drift = library == "paddle"
                diffs.append(SigDiff(f"{p.name}: required in the doc, default {q.default} in {library}",
                                     DRIFT if drift else DOC_ERROR, WARNING if drift else ERROR))
            elif p.default is not None and q.default is None:
                diffs.append(SigDiff(f"{p.name}: default {p.default} in the doc, required in {library}", DOC_ERROR))
            elif p.default is not None and _norm_default(p.default) != _norm_default(q.default):
                diffs.append(SigDiff(f"{p.name}: default {p.default} in the doc, {q.default} in {library}", DOC_ERROR))
        doc_star = any(p.kind == S.KW_ONLY for p in doc)
        if doc_star:
            kw_doc = {p.name for p in doc if p.kind == S.KW_ONLY}
            kw_inst = {p.name for p in inst if p.kind == S.KW_ONLY}
            wrong = sorted((kw_doc ^ kw_inst) & set(dnames) & set(inames))
            if wrong:
                diffs.append(SigDiff(f"keyword-only differs for {', '.join(wrong)}", DOC_ERROR, WARNING))
    return diffs


def _name_distance(doc_params: list[S.Param], sig: S.Sig, ignore_name: bool) -> tuple[int, int]:
    keep = (lambda p: not _is_name_param(p)) if ignore_name else (lambda p: True)
    d = [p.name for p in doc_params if keep(p)]
    i = [p.name for p in sig.params if keep(p)]
    positional = {p.name for p in sig.params if p.kind in (S.POS, S.POS_ONLY)}
    common_d, common_i = [n for n in d if n in positional], [n for n in i if n in d and n in positional]
    return len(set(d) - set(i)) + (common_d != common_i), len(set(i) - set(d))


def _closest(doc_params: list[S.Param], sigs: list[S.Sig], ignore_name: bool, library: str) -> tuple[S.Sig, list[SigDiff]]:
    """The installed overload the doc's signature is closest to: fewest names the library lacks
    (and order), then fewest names the doc lacks, then a source with Python defaults, then the
    fewest default differences. A "required in torch" that another overload leaves out is
    dropped (the parameter is optional across the overloads)."""
    scored = []
    for i, s in enumerate(sigs):
        d = compare_signature(doc_params, s, ignore_name, library)
        python = s.source in ("inspect", "docstring", "paddle docstring")
        scored.append((_name_distance(doc_params, s, ignore_name), not python, len(d), i, s, d))
    scored.sort(key=lambda t: t[:4])
    best, diffs = scored[0][4], scored[0][5]
    if len(sigs) > 1:
        optional = {p.name for s in sigs for p in s.params} - set.intersection(*({p.name for p in s.params} for s in sigs))
        diffs = [x for x in diffs if not (x.message.endswith(f"required in {library}")
                                          and x.message.split(":", 1)[0] in optional)]
    return best, diffs


def render_signature(api: str, sig: S.Sig, width: int = 80) -> list[str]:
    """``api(p1, p2=...)`` on one line, or one parameter a line aligned under the first."""
    inner = sig.render()[1:-1]
    one = f"{api}({inner})"
    if len(one) <= width:
        return [one]
    parts = [p.strip() for p in split_top_level(inner, ",")]
    pad = " " * (len(api) + 1)
    return [f"{api}({parts[0]},"] + [f"{pad}{p}," for p in parts[1:-1]] + [f"{pad}{parts[-1]})"] if len(parts) > 1 else [one]


# --- the rules -------------------------------------------------------------------------------------

class _Doc:
    """One doc under validation: its findings and a few derived facts."""

    def __init__(self, doc: MappingDoc, rules: set[str] | None):
        self.doc = doc
        self.path = doc.path or "<text>"
        self.rules = rules
        self.findings: list[Finding] = []
        self.skipped: Counter = Counter()
        self.errors: list[str] = []  # rule failures (a bug here, not in the doc)

    def on(self, rule: str) -> bool:
        return self.rules is None or rule in self.rules

    def add(self, line: int, rule: str, severity: str, message: str, kind: str = DOC_ERROR, fix: Fix | None = None) -> None:
        if self.on(rule):
            self.findings.append(Finding(self.path, line, rule, severity, message, kind, fix))


def _code_fix(block: mapdoc.CodeBlock | None, api: str, sig: S.Sig, what: str) -> Fix | None:
    if block is None or block.end <= block.start:
        return None
    if any(p.default is not None and ("..." in p.default or "<" in p.default) for p in sig.params):
        return None  # a default with no faithful source text
    return Fix(block.start + 1, block.end - 1, tuple(render_signature(api, sig)), f"replace the {what} signature with the installed one")


def _check_signature(v: _Doc, rule: str, api: str | None, sigs: list[Signature], block, library: str) -> list[SigDiff]:
    """DOC002 / DOC003 for one side; returns the differences (for the drift judgement)."""
    if not api or not sigs:
        return []
    unspecified = [s for s in sigs if s.params_text.strip() in ("...", "\u2026")]  # api(...): no signature given
    if unspecified:
        v.skipped[rule] += 1
        sigs = [s for s in sigs if s not in unspecified]
    bad = [s for s in sigs if s.params is None or _FULLWIDTH.search(s.params_text)]
    for s in bad:
        wide = sorted(set(_FULLWIDTH.findall(s.params_text)))
        v.add(s.line, rule, ERROR, f"the {library} signature of {s.api} "
              + (f"has full-width punctuation {' '.join(wide)}" if wide else "does not parse (unbalanced brackets or quotes?)"))
    good = [s for s in sigs if s not in bad]
    if not good:
        return []
    inst = installed(api)
    if not inst.importable:
        v.skipped[rule] += 1
        return []
    if not inst.found:
        if library == "torch":
            v.add(good[0].line, rule, WARNING, f"{api} is not in the installed {api.split('.')[0]}", DRIFT)
        return []  # a missing paddle API is DOC004's
    if not inst.informative:
        v.skipped[rule] += 1
        return []
    out: list[SigDiff] = []
    for s in good:
        best, diffs = _closest(s.params, inst.sigs, library == "paddle", api.split(".")[0])
        for d in diffs:
            fix = None
            # drift is left to a person: a newer signature alone would leave the category and the
            # table describing the old one
            if d.kind == DOC_ERROR and len(sigs) == 1 and len(inst.sigs) == 1 and best.source in ("inspect", "docstring") \
                    and not bad:
                fix = _code_fix(block, s.api, best, library)
            v.add(s.line, rule, d.severity, f"{s.api}: {d.message}", d.kind, fix)
        out.extend(diffs)
    return out


_FULLWIDTH = re.compile("[\uff0c\uff08\uff09\u201c\u201d\u2018\u2019\uff1d\uff1a]")  # ，（）“”‘’＝：


def _return_row(row: mapdoc.TableRow, torch_names: list[str]) -> bool:
    """A row about the return value (``| Tensor | GeneratorState | 返回类型不一致 ... |``), not a parameter."""
    return "返回" in row.note and not any(_norm(n) in torch_names for n in row.torch_names)


def _norm(name: str) -> str:
    return name.lstrip("*")


def _check_table(v: _Doc, torch_sig: Signature | None, pinst: Installed | None) -> None:
    """DOC005 (torch column) and DOC006 (paddle column)."""
    doc = v.doc
    if doc.table_heading is None or torch_sig is None or torch_sig.params is None:
        return
    all_params = [p for s in doc.torch_signatures for p in s.params or []]
    # rows may name what **kwargs (or a *kwargs written for it) takes, and need no row for it
    var_kw = any(p.kind == S.VAR_KW or p.kind == S.VAR_POS and p.name in ("args", "kwargs") for p in all_params)
    torch_names: list[str] = []
    for p in all_params:
        generic = p.kind == S.VAR_KW or p.kind == S.VAR_POS and p.name in ("args", "kwargs")
        if not generic and _norm(p.name) not in torch_names:
            torch_names.append(_norm(p.name))
    seen: dict[str, int] = {}
    order: list[str] = []
    for row in doc.rows:
        if _return_row(row, torch_names):
            continue
        for n in row.torch_names:
            n = _norm(n)
            if n in seen:
                fix = None
                if doc.lines[row.line - 1].strip() == doc.lines[seen[n] - 1].strip():
                    fix = Fix(row.line, row.line, (), f"drop the repeated row of {n}")
                v.add(row.line, "DOC005", ERROR, f"torch parameter {n} has a second row (first at line {seen[n]})", fix=fix)
                continue
            seen[n] = row.line
            if n not in torch_names and n != "self" and not (var_kw or n in ("kwargs", "args")):
                v.add(row.line, "DOC005", ERROR, f"the table names torch parameter {n}, which the torch signature does not have")
            elif n in torch_names:
                order.append(n)
    for i, n in enumerate(torch_names):
        if n in seen or n.startswith("_"):  # a private parameter (_stacklevel) needs no row
            continue
        prev = [seen[m] for m in torch_names[:i] if m in seen]
        at = (max(prev) + 1) if prev else (doc.rows[0].line if doc.rows else (doc.table_header.line + 2 if doc.table_header else None))
        fix = None
        if at is not None and doc.table_header is not None:
            fix = Fix(at, at - 1, (f"| {n} | - | {ADD_ROW_NOTE} |",), f"add a row for {n} with '-'")
        line = doc.table_header.line if doc.table_header else doc.table_heading.line
        v.add(line, "DOC005", ERROR, f"torch parameter {n} has no row in the parameter table", fix=fix)
    expected = [n for n in torch_names if n in order]
    if order != expected and len(set(order)) == len(order):
        v.add(doc.table_header.line if doc.table_header else doc.table_heading.line, "DOC005", WARNING,
              "the rows do not follow the torch signature's order")

    if pinst is None or not pinst.found or not pinst.informative:
        return
    known = pinst.names
    if any(p.kind == S.VAR_KW for s in pinst.sigs for p in s.params):
        return  # **kwargs may take any name the table gives
    doc_paddle = {p.name for s in doc.paddle_signatures for p in s.params or []}
    # a *args name is never written by a caller: *tensors in the doc and *args in paddle are the same
    doc_varpos = {p.name for s in doc.paddle_signatures for p in s.params or [] if p.kind == S.VAR_POS}
    if any(p.kind == S.VAR_POS for s in pinst.sigs for p in s.params):
        known = known | doc_varpos
    entry = mapping().get(doc.torch_api) or {}
    renames = entry.get("kwargs_change") if entry.get("paddle_api") == doc.paddle_api else None
    for row in doc.rows:
        if _return_row(row, torch_names):
            continue
        for n in row.paddle_names:
            name = _norm(n)
            if name in known:
                continue
            fix = None
            close = difflib.get_close_matches(name, sorted(known), n=2, cutoff=0.85)
            if len(close) == 1 and len(row.paddle_names) == 1:
                # a misspelling (full_matrics): a doc error even where the doc's signature repeats it
                v.add(row.line, "DOC006", ERROR, f"{doc.paddle_api} has no parameter {name}; did the doc mean {close[0]}?",
                      DOC_ERROR, _cell_fix(doc, row, 1, close[0]))
                continue
            if isinstance(renames, dict) and len(row.torch_names) == 1 and len(row.paddle_names) == 1:
                target = renames.get(_norm(row.torch_names[0]))
                if isinstance(target, str) and target in known:
                    fix = _cell_fix(doc, row, 1, target)
            kind = DRIFT if name in doc_paddle else DOC_ERROR
            v.add(row.line, "DOC006", ERROR, f"{doc.paddle_api} has no parameter {name}"
                  + (" (the doc's signature does: paddle changed)" if kind == DRIFT else ""), kind, fix)


def _cell_fix(doc: MappingDoc, row: mapdoc.TableRow, column: int, text: str) -> Fix | None:
    """Replace one table cell's content, keeping the row's other cells as written."""
    line = doc.lines[row.line - 1]
    parts = re.split(r"(?<!\\)\|", line)
    offset = 1 if line.strip().startswith("|") else 0
    if len(parts) <= column + offset:
        return None
    old = parts[column + offset]
    width = len(old)
    parts[column + offset] = (" " + text).ljust(max(width, len(text) + 2))
    return Fix(row.line, row.line, ("|".join(parts),), f"set the paddle cell of {row.torch.strip()} to {text}")


_URL = re.compile(r"^https?://[^\s<>\"'()]+$")


def canonical_torch_url(api: str) -> str | None:
    if not api.startswith("torch.") or api.startswith(("torch.distributions.", "torch.distributed.")):
        return None
    return TORCH_DOCS.format(api=api)


def canonical_paddle_url(api: str) -> str | None:
    """Paddle's docs: ``api/paddle/<module path>/<Name>_cn.html``; Tensor methods share one page."""
    if not api.startswith("paddle.") or api.count(".") < 1:
        return None
    parts = api.split(".")
    if len(parts) == 3 and parts[1] == "Tensor":
        return PADDLE_DOCS + "paddle/Tensor_cn.html#" + parts[2].lower()
    if "Tensor" in parts[:-1]:
        return None
    return PADDLE_DOCS + "/".join(parts[:-1]) + f"/{parts[-1]}_cn.html"


def _check_links(v: _Doc) -> None:
    """DOC007."""
    doc = v.doc
    for which, head, canonical, host in (("torch", doc.torch_heading, canonical_torch_url, "pytorch.org"),
                                         ("paddle", doc.paddle_heading, canonical_paddle_url, "paddlepaddle.org.cn")):
        if head is None:
            continue
        good = canonical(head.name)
        fix = None if good is None else Fix(head.line, head.line, (f"### [{head.name}]({good})",), f"link {head.name} to {good}")
        if head.url is None:
            empty = "]()" in head.raw.replace(" ", "")
            v.add(head.line, "DOC007", ERROR, f"the {which} heading {head.name} has "
                  + ("an empty link" if empty else "no link"), fix=fix)
            continue
        url = head.url
        if not _URL.match(url):
            v.add(head.line, "DOC007", ERROR, f"malformed {which} link {url!r}", fix=fix)
            continue
        if url.startswith("http://"):
            v.add(head.line, "DOC007", WARNING, f"the {which} link uses http://",
                  fix=Fix(head.line, head.line, (doc.lines[head.line - 1].replace("http://", "https://", 1),), "use https"))
            continue
        hostname = re.match(r"https?://([^/]+)", url).group(1)
        source_link = hostname == "github.com" and "/PaddlePaddle/" in url and which == "paddle"  # an API the site lacks
        if head.name.startswith(which + ".") and not hostname.endswith(host) and not source_link:
            v.add(head.line, "DOC007", ERROR, f"the {which} link of {head.name} is not on {host}: {url}", fix=fix)
            continue
        m = re.search(r"/generated/([\w.]+?)\.html", url) if which == "torch" else None
        fragment = url.split("#", 1)[1] if "#" in url else ""
        # a method documented on its class's page (generated/torch.nn.Module.html#torch.nn.Module.train) is fine
        # the same function documented under another namespace (torch.alpha_dropout has no page of
        # its own; torch.nn.functional.alpha_dropout's is the right one to read) is fine too
        if m and m.group(1).lower() != head.name.lower() and not head.name.startswith(m.group(1) + ".") \
                and fragment != head.name and m.group(1).rsplit(".", 1)[-1].lower() != head.name.rsplit(".", 1)[-1].lower():
            v.add(head.line, "DOC007", ERROR, f"the torch link points at {m.group(1)}, the heading names {head.name}", fix=fix)

    # the same API in the title, the torch heading, the torch code (and the file name as a tie-break)
    names = []
    if doc.torch_heading:
        names.append(("heading", doc.torch_heading.name, doc.torch_heading.line))
    names.insert(0, ("title", doc.title_api, doc.title_line))
    if doc.torch_signatures:
        names.append(("code", doc.torch_signatures[0].api, doc.torch_signatures[0].line))
    stem = Path(doc.path).stem if doc.path else None
    votes = Counter(n for _, n, _ in names)
    if stem and re.fullmatch(r"[\w.]+", stem):
        votes[stem] += 1
    if len(set(n for _, n, _ in names)) > 1:
        top, count = votes.most_common(1)[0]
        odd = [(w, n, line) for w, n, line in names if n != top]
        total = sum(votes.values())
        for w, n, line in odd:
            fix = None
            if count >= 2 and count == total - 1:  # all but this one agree
                old = doc.lines[line - 1]
                if w == "code":
                    new = re.sub(r"(^\s*)" + re.escape(n) + r"(?=\s*\()", lambda m: m.group(1) + top, old, count=1)
                else:
                    new = old.replace(n, top, 1) if n in old else None
                if new and new != old:
                    fix = Fix(line, line, (new,), f"name {top} in the {w}")
            v.add(line, "DOC007", ERROR, f"the {w} names {n}, the doc is about {top}", fix=fix)
    if doc.paddle_heading and doc.paddle_signatures:
        ps = doc.paddle_signatures[0]
        if ps.api != doc.paddle_heading.name:
            v.add(ps.line, "DOC007", ERROR, f"the paddle heading names {doc.paddle_heading.name}, its code {ps.api}")


def _check_mapping(v: _Doc) -> bool:
    """DOC008; returns whether the mapping moved on from the doc (drift)."""
    doc = v.doc
    entry = mapping().get(doc.torch_api)
    if entry is None:
        v.skipped["DOC008"] += 1
        return False
    drift = False
    want = expected_paddle_api(doc.torch_api, entry)
    line = doc.paddle_heading.line if doc.paddle_heading else doc.title_line
    pinst = installed(doc.paddle_api) if doc.paddle_api else None
    if pinst is not None and pinst.importable and not pinst.found:
        return False  # a paddle API that does not exist is DOC004's; comparing it says nothing more
    if want is not None and doc.paddle_api is not None and want != doc.paddle_api:
        # PaConvert 3.3.1 is newer than the docs: a prefix swap or a paddle.compat API means
        # paddle grew torch's interface since the doc was written
        drift = entry.get("Matcher") == "ChangePrefixMatcher" or want.startswith("paddle.compat.") \
            or want.rsplit(".", 1)[-1] == doc.paddle_api.rsplit(".", 1)[-1]  # the same API, moved (paddlenlp -> paddleformers)
        v.add(line, "DOC008", WARNING, f"api_mapping.json maps {doc.torch_api} to {want}, the doc to {doc.paddle_api}",
              DRIFT if drift else DOC_ERROR)
    elif want is not None and doc.paddle_api is None and doc.category in NO_PADDLE \
            and entry.get("Matcher") in ("ChangePrefixMatcher", "ChangeAPIMatcher", "GenericMatcher") \
            and installed(want).found:
        # only a plain matcher makes it a one-to-one mapping; others write code around paddle_api
        drift = True
        v.add(doc.title_line, "DOC008", WARNING, f"api_mapping.json now maps {doc.torch_api} to {want}; the doc says "
              f"{doc.category}", DRIFT)
    if entry.get("paddle_api") != doc.paddle_api or doc.paddle_api is None:
        return drift
    rows = {_norm(n): r for r in doc.rows for n in r.torch_names}
    changes = entry.get("kwargs_change") or {}
    for t, p in changes.items() if isinstance(changes, dict) else ():
        row = rows.get(t)
        if row is None or not isinstance(p, str):
            continue
        got = [_norm(n) for n in row.paddle_names]
        if pinst is not None and pinst.informative and any(n not in pinst.names for n in got):
            continue  # a paddle name that does not exist is DOC006's (with this rename as its fix)
        if p == "":
            if got:
                v.add(row.line, "DOC008", WARNING, f"api_mapping.json drops {t} (kwargs_change ''), the table maps it to {', '.join(got)}")
        elif p not in got:
            fix = None
            if len(row.torch_names) == 1 and len(got) <= 1 and (got or mapdoc.plain_cell(row.paddle) in ("-", "")):
                fix = _cell_fix(doc, row, 1, p)
            v.add(row.line, "DOC008", ERROR, f"api_mapping.json renames {t} to {p} (kwargs_change), the table says "
                  f"{mapdoc.plain_cell(row.paddle) or '(empty)'}", fix=fix)
    for t in entry.get("unsupport_args") or ():
        row = rows.get(t)
        if row is not None and row.paddle_names:
            v.add(row.line, "DOC008", WARNING, f"api_mapping.json lists {t} as unsupported, the table maps it to "
                  f"{', '.join(row.paddle_names)}")
    return drift


def _check_structure(v: _Doc) -> None:
    """DOC009."""
    doc = v.doc
    cat = doc.category or ""
    first = doc.headings[0] if doc.headings else None
    if first is not None and first.line != doc.title_line:
        v.add(first.line, "DOC009", WARNING, "the title is not the first heading")
    if doc.torch_heading is None:
        v.add(doc.title_line, "DOC009", ERROR, "no torch heading '### [torch.<api>](<url>)'")
    elif doc.torch_code is None:
        v.add(doc.torch_heading.line, "DOC009", ERROR, "no code block under the torch heading")
    if doc.paddle_heading is None and cat not in NO_PADDLE:
        v.add(doc.title_line, "DOC009", ERROR, f"no paddle heading (category {cat or '?'} needs one)")
    elif doc.paddle_heading is not None and doc.paddle_code is None:
        v.add(doc.paddle_heading.line, "DOC009", ERROR, "no code block under the paddle heading")
    torch_params = any(s.params for s in doc.torch_signatures)
    if doc.table_heading is None and cat not in NO_TABLE and torch_params:
        v.add(doc.title_line, "DOC009", ERROR, f"no '### 参数映射' section (category {cat} needs one)")
    elif doc.table_heading is not None and doc.table_header is None:
        v.add(doc.table_heading.line, "DOC009", ERROR, "the '参数映射' section has no table")
    elif doc.table_header is not None and len(doc.table_header.cells) < 3:
        v.add(doc.table_header.line, "DOC009", WARNING, "the parameter table has fewer than 3 columns")
    if cat in NEED_EXAMPLE and doc.examples_heading is None:
        droppable = [r for r in doc.rows if not r.paddle_names and r.torch_names]
        if cat != "torch 参数更多" or any(not any(w in r.note for w in ("删除", "暂无", "不支持")) for r in droppable):
            v.add(doc.title_line, "DOC009", WARNING, f"no '### 转写示例' section (category {cat} needs one)")
    order = [("torch heading", doc.torch_heading.line if doc.torch_heading else None),
             ("paddle heading", doc.paddle_heading.line if doc.paddle_heading else None),
             ("参数映射", doc.table_heading.line if doc.table_heading else None),
             ("转写示例", doc.examples_heading.line if doc.examples_heading else None)]
    present = [(n, line) for n, line in order if line is not None]
    for (a, la), (b, lb) in zip(present, present[1:]):
        if lb < la:
            v.add(lb, "DOC009", ERROR, f"the {b} section comes before the {a} section")


def _check_category(v: _Doc, drifted: bool) -> None:
    """DOC001."""
    doc = v.doc
    cats = _categories()
    if cats is None:
        v.skipped["DOC001"] += 1
        return
    known = tuple(cats.CATEGORIES)
    if doc.category is None or doc.category not in known:
        squashed = {re.sub(r"\s+", "", c).lower(): c for c in known}
        guess = squashed.get(re.sub(r"\s+", "", doc.category or "").lower())
        fix = None
        if guess:
            old = doc.lines[doc.title_line - 1]
            fix = Fix(doc.title_line, doc.title_line, (old.replace(doc.category_raw, f" {guess} ", 1),), f"category {guess}")
        v.add(doc.title_line, "DOC001", ERROR, f"unknown category {doc.category_raw!r}", fix=fix)
        return
    if not doc.torch_api.startswith("torch."):
        v.skipped["DOC001"] += 1
        return
    entry = mapping().get(doc.torch_api)
    if entry is None:
        v.skipped["DOC001"] += 1  # no PaConvert entry: nothing to derive a category from
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            derived = cats.derive(doc.torch_api, entry)
            ok = cats.consistent(doc.category, derived)
    except Exception as exc:  # noqa: BLE001 - one API that the derivation cannot handle
        v.skipped["DOC001"] += 1
        v.errors.append(f"{v.path}: DOC001 derive failed: {type(exc).__name__}: {exc}")
        return
    if derived.paddle_api != doc.paddle_api and not (derived.category in NO_PADDLE and doc.paddle_api is None):
        v.skipped["DOC001"] += 1  # another pair than the doc's (DOC008 says so): its category says nothing here
        return
    if not ok and doc.category in TYPE_CATEGORIES and derived.evidence == "signature":
        v.skipped["DOC001"] += 1  # types are invisible to signatures: only a run could refute the doc
        return
    if not ok:
        why = "; ".join(derived.reasons[:3])
        v.add(doc.title_line, "DOC001", WARNING,
              f"the title says {doc.category}, the installed libraries give {derived.category}"
              + (f" ({why})" if why else "") + f" [evidence: {derived.evidence}]",
              DRIFT if drifted else DOC_ERROR)


def validate_doc(doc: MappingDoc, rules: Iterable[str] | None = None) -> tuple[list[Finding], Counter]:
    """All findings for one parsed doc, sorted by line; and per rule how often it could not check."""
    v = _Doc(doc, set(rules) if rules is not None else None)
    _check_structure(v)
    _check_links(v)
    torch_diffs = _check_signature(v, "DOC002", doc.torch_api if doc.torch_signatures else None,
                                   doc.torch_signatures, doc.torch_code, "torch")
    pinst = None
    if doc.paddle_api:
        pinst = installed(doc.paddle_api)
        if pinst.importable and not pinst.found:
            state = existence(doc.paddle_api)
            if state == "missing":
                v.add(doc.paddle_heading.line, "DOC004", ERROR, f"{doc.paddle_api} does not exist in the installed paddle")
            else:  # "not in this build" (GPU builds may have it) or "unknown": nothing to say about the doc
                v.skipped["DOC004"] += 1
    paddle_diffs = []
    if pinst is not None and pinst.found:
        paddle_diffs = _check_signature(v, "DOC003", doc.paddle_api, doc.paddle_signatures, doc.paddle_code, "paddle")
    _check_table(v, doc.torch_signatures[0] if doc.torch_signatures else None, pinst)
    map_drift = _check_mapping(v)
    drifted = map_drift or any(d.kind == DRIFT for d in torch_diffs + paddle_diffs)
    if v.on("DOC001"):
        _check_category(v, drifted)
    return sorted(v.findings, key=lambda f: (f.line, f.rule)), v.skipped


# --- files and batches ------------------------------------------------------------------------------

@dataclass
class Report:
    files: list[str] = field(default_factory=list)
    parsed: int = 0
    unparseable: list[Finding] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)

    def by_rule(self) -> Counter:
        return Counter(f.rule for f in self.findings + self.unparseable)

    def to_dict(self) -> dict:
        return {"files": len(self.files), "parsed": self.parsed, "unparseable": len(self.unparseable),
                "by_rule": dict(sorted(self.by_rule().items())), "skipped": dict(sorted(self.skipped.items())),
                "findings": [f.to_dict() for f in self.unparseable + self.findings]}


def doc_files(paths: Iterable[str | Path]) -> list[Path]:
    """Markdown files under the given files/folders, sorted; a missing path raises FileNotFoundError."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*.md") if q.is_file()))
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(str(p))
    return out


def validate_file(path: str | Path, rules: Iterable[str] | None = None) -> tuple[list[Finding], Counter]:
    """Findings for one file; a file that is not a mapping doc gives one DOC000 finding."""
    try:
        doc = mapdoc.parse_file(path)
    except DocParseError as exc:
        return [Finding(str(path), exc.line, "DOC000", ERROR, exc.reason)], Counter()
    return validate_doc(doc, rules)


def validate_paths(paths: Iterable[str | Path], rules: Iterable[str] | None = None, progress: bool = False) -> Report:
    """Validate every doc under ``paths``; bad files are reported and the batch goes on."""
    files = doc_files(paths)
    report = Report(files=[str(f) for f in files])
    it: Iterable[Path] = files
    if progress:
        from tqdm import tqdm
        it = tqdm(files, desc="validate-docs", unit="doc")
    rules = None if rules is None else set(rules)
    for f in it:
        found, skipped = validate_file(f, rules)
        if found and found[0].rule == "DOC000":
            report.unparseable.extend(found)
            continue
        report.parsed += 1
        report.findings.extend(found)
        report.skipped.update(skipped)
    return report


def apply_fixes(lines: list[str], fixes: Iterable[Fix]) -> tuple[list[str], list[Fix]]:
    """Apply non-overlapping fixes (bottom-up, so line numbers stay valid); returns the new lines
    and the fixes applied. Of two fixes on the same lines, the first is kept."""
    chosen: list[Fix] = []
    for fx in fixes:
        lo, hi = fx.start, max(fx.end, fx.start - 1)
        if any(not (hi < c.start - (c.end < c.start) or lo > max(c.end, c.start - 1)) for c in chosen):
            continue
        if any(fx == c for c in chosen):
            continue
        chosen.append(fx)
    out = list(lines)
    for fx in sorted(chosen, key=lambda f: (f.start, f.end), reverse=True):
        out[fx.start - 1:fx.end] = list(fx.lines)
    return out, chosen


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and a rename: readers see the old or the new file."""
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def fix_file(path: str | Path, rules: Iterable[str] | None = None, passes: int = 3) -> tuple[list[Fix], list[Finding]]:
    """Apply the unambiguous fixes to ``path`` (several passes: a fixed signature can call for a
    new table row); returns the fixes applied and the findings that remain."""
    path = Path(path)
    applied: list[Fix] = []
    rules = None if rules is None else set(rules)
    for _ in range(passes):
        found, _skipped = validate_file(path, rules)
        fixes = [f.fix for f in found if f.fix is not None]
        if not fixes:
            return applied, found
        raw = path.read_bytes().decode("utf-8-sig")
        newline = "\r\n" if "\r\n" in raw else "\n"
        lines = raw.splitlines()
        new_lines, done = apply_fixes(lines, fixes)
        text = newline.join(new_lines) + (newline if raw.endswith(("\n", "\r")) else "")
        try:
            mapdoc.parse(text, path=str(path))
        except DocParseError:
            return applied, found  # never write a file the parser would reject
        write_atomic(path, text)
        applied.extend(done)
    return applied, validate_file(path, rules)[0]


def signature_params(sig: S.Sig) -> list[str]:
    """The rendered parameters of a signature (for tables and tests)."""
    return [p.render() for p in sig.params]


def describe_rules() -> str:
    return "\n".join(f"{k}  {v}" for k, v in RULES.items())


__all__ = ["RULES", "Finding", "Fix", "Report", "validate_doc", "validate_file", "validate_paths", "fix_file",
           "apply_fixes", "installed", "mapping", "compare_signature", "render_signature", "versions",
           "canonical_torch_url", "canonical_paddle_url", "expected_paddle_api"]
