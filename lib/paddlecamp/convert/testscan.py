"""Read PaConvert-style unit tests statically and find which call patterns each API's cases cover.

PaConvert's ``tests/test_*.py`` declare ``obj = APIBase("torch.x")`` and test functions that call
``obj.run(pytorch_code, ["result", ...], rtol=..., unsupport=...)`` over a ``textwrap.dedent``
code string. A good test file calls the API in four ways, because each way exercises a different
part of a conversion rule:

* ``all_positional``   every argument by position: the rule must know the parameter *order*;
* ``all_keyword``      every argument by name: the rule must rename every torch keyword;
* ``keyword_order``    keywords not in signature order: the rule must not map by position;
* ``defaults_omitted`` some defaulted parameter left out: the rule must supply paddle's
  default where it differs from torch's.

Files are parsed, never imported (``ast``); the code strings are resolved the way
:mod:`paddlecamp.apicompat.suite` does, then parsed themselves to find the calls of the API
under test (``torch.x(...)``, import aliases such as ``F.x`` or ``from torch import x``, and
``<expr>.x(...)`` for methods such as ``torch.Tensor.x``). Each call is bound to torch's
signature (:func:`paddlecamp.apicompat.audit.torch_signature`) and classified; a call can count
for several patterns. A file or code string that does not parse is reported with its line and
the scan goes on.
"""
from __future__ import annotations

import ast
import functools
import json
import keyword
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from paddlecamp.apicompat import signatures as S
from paddlecamp.apicompat.suite import _api_objects, _const_str

PATTERNS = ("all_positional", "all_keyword", "keyword_order", "defaults_omitted")
RUN_KW_ORDER = ("pytorch_code", "compared_tensor_names")


@dataclass
class Problem:
    """Something that could not be read: file, 1-based line in that file, message."""
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Binding:
    """A call bound to a signature: which parameter got which argument (source text)."""
    positional: list[tuple[str, str]]          # (param name, arg source) in call order
    keywords: list[tuple[str, str]]            # (param name, arg source) in call order
    star_args: list[str] = field(default_factory=list)    # extra positionals taken by *args
    extra_keywords: list[tuple[str, str]] = field(default_factory=list)  # taken by **kwargs

    @property
    def bound(self) -> set[str]:
        return {n for n, _ in self.positional} | {n for n, _ in self.keywords}


@dataclass
class ApiCall:
    """One call of the API inside a code string (positions are in the code string)."""
    line: int
    col: int
    end_line: int
    end_col: int
    text: str
    func_text: str
    n_positional: int
    keywords: list[str]
    patterns: list[str]
    problem: str | None = None
    binding: Binding | None = None


@dataclass
class ScannedCase:
    file: str
    func: str
    line: int                      # line of ``def`` in the file
    obj: str                       # the API object's variable name (``obj``)
    api: str
    code: str | None
    names: list | None
    skip: str | None               # unsupport | convert_only | unresolved | None (runs)
    run_args: list[str]            # source of obj.run's arguments after code and names
    decorators: list[str]
    custom_compare: bool
    calls: list[ApiCall] = field(default_factory=list)
    note: str | None = None

    @property
    def patterns(self) -> set[str]:
        return {p for c in self.calls for p in c.patterns}


@dataclass
class ApiCoverage:
    api: str
    signature: str | None          # rendered torch signature, None when unknown
    applicable: list[str]
    covered: list[str]
    missing: list[str]
    cases: int                     # cases that run (not unsupport / convert-only / unresolved)
    calls: int                     # calls of the API found in those cases
    unsupport_cases: int = 0
    custom_compare: bool = False
    note: str | None = None
    unbound_calls: int = 0         # calls that do not bind to the signature: a claimed gap may be covered there


@dataclass
class ScannedFile:
    path: str
    apis: list[str]
    cases: list[ScannedCase]
    problems: list[Problem]
    coverage: dict[str, ApiCoverage]
    next_case: int                 # the next free N of test_case_N
    has_textwrap: bool = True


SignatureFn = Callable[[str], "S.Sig | None"]


# --------------------------------------------------------------------------- signatures

def is_method_api(api: str) -> bool:
    """``torch.Tensor.abs``, ``torch.nn.Module.zero_grad``: the part before the last dot is a
    class (capitalised), so the API is called as ``<expr>.name(...)``."""
    parts = api.split(".")
    return len(parts) >= 3 and parts[-2][:1].isupper()


@functools.lru_cache(maxsize=None)
def torch_signature(api: str) -> S.Sig | None:
    """torch's signature of ``api`` (``self`` dropped for methods), None when unknown or bare."""
    from paddlecamp.apicompat import audit
    obj = audit.resolve(api)
    if obj is audit._ABSENT:
        return None
    entry = _mapping().get(api)
    try:
        sig = audit.torch_signature(api, obj, entry)
    except Exception:  # noqa: BLE001 - a signature we cannot read is "unknown", not a crash
        return None
    if sig is not None and is_method_api(api):
        sig = S.drop_self(sig)
    if sig is None or S.is_bare(sig):
        return None
    if sig.source == "docstring":
        sig = _schema_names(api, sig)
    if any(keyword.iskeyword(p.name) for p in sig.params):  # random_(from=0): cannot be written by name
        sig = S.Sig([S.Param(p.name, S.POS_ONLY, p.default) if keyword.iskeyword(p.name) and p.kind == S.POS else p
                     for p in sig.params], sig.source, sig.overloads)
    return sig


def _schema_names(api: str, sig: S.Sig) -> S.Sig:
    """Docstrings sometimes name parameters differently from what the function accepts
    (``torch.linalg.cholesky(A)`` takes ``input=``, ``Tensor.div(value)`` takes ``other=``); the
    ATen schema has the names Python's argument parser accepts. Take them for the parameters
    before the keyword-only ones when both list the same number there, of the same kinds
    (defaults and keyword-only parameters such as ``out`` stay the docstring's)."""
    schema = S.from_schema(api)
    if schema is None:
        return sig
    a = [p for p in sig.params if p.kind in (S.POS_ONLY, S.POS)]
    b = [p for p in schema.params if p.kind in (S.POS_ONLY, S.POS)]
    if not a or len(a) != len(b) or any(p.kind in (S.VAR_POS, S.VAR_KW) for p in sig.params):
        return sig
    names = {x.name: y.name for x, y in zip(a, b) if "self" not in (x.name, y.name) and x.name != y.name}
    if not names or len(set(names.values()) | {p.name for p in sig.params if p.name not in names}) != len(sig.params):
        return sig
    return S.Sig([S.Param(names.get(p.name, p.name), p.kind, p.default) for p in sig.params],
                 "docstring, names from the ATen schema", sig.overloads)


@functools.lru_cache(maxsize=1)
def _mapping() -> dict:
    from paddlecamp.apicompat import audit
    return audit.paconvert_mapping()


@functools.lru_cache(maxsize=1)
def api_aliases() -> dict[str, str]:
    """PaConvert's api_alias_mapping.json: alias -> canonical torch API."""
    import paconvert
    path = os.path.join(os.path.dirname(paconvert.__file__), "api_alias_mapping.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def applicable_patterns(sig: S.Sig) -> list[str]:
    """The patterns a call of an API with this signature can take."""
    ps = sig.params
    pos = [p for p in ps if p.kind in (S.POS_ONLY, S.POS, S.VAR_POS)]
    kw = [p for p in ps if p.kind in (S.POS, S.KW_ONLY)]
    out = []
    if pos:
        out.append("all_positional")
    if kw:
        out.append("all_keyword")
    if len(kw) >= 2:
        out.append("keyword_order")
    if any(p.has_default and p.kind not in (S.VAR_POS, S.VAR_KW) for p in ps):
        out.append("defaults_omitted")
    return out


# --------------------------------------------------------------------------- binding

class BindError(ValueError):
    pass


def bind(call: ast.Call, sig: S.Sig, segment: Callable[[ast.AST], str]) -> Binding:
    """Bind a call to ``sig`` like Python would; ``BindError`` says why it cannot."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        raise BindError("unpacked arguments (*x or **x)")
    ps = sig.params
    positional_params = [p for p in ps if p.kind in (S.POS_ONLY, S.POS)]
    has_var_pos = any(p.kind == S.VAR_POS for p in ps)
    has_var_kw = any(p.kind == S.VAR_KW for p in ps)
    by_name = {p.name: p for p in ps if p.kind not in (S.VAR_POS, S.VAR_KW)}
    b = Binding([], [])
    for i, a in enumerate(call.args):
        if i < len(positional_params):
            b.positional.append((positional_params[i].name, segment(a)))
        elif has_var_pos:
            b.star_args.append(segment(a))
        else:
            raise BindError(f"{len(call.args)} positional arguments, the signature takes {len(positional_params)}")
    seen = {n for n, _ in b.positional}
    for k in call.keywords:
        p = by_name.get(k.arg)
        if p is not None and p.kind == S.POS_ONLY:
            raise BindError(f"positional-only parameter {k.arg!r} passed by keyword")
        if k.arg in seen:
            raise BindError(f"parameter {k.arg!r} passed twice")
        if p is None:
            if not has_var_kw:
                raise BindError(f"unknown keyword {k.arg!r}")
            b.extra_keywords.append((k.arg, segment(k.value)))
            continue
        seen.add(k.arg)
        b.keywords.append((k.arg, segment(k.value)))
    return b


def classify(b: Binding, sig: S.Sig) -> list[str]:
    """The patterns a bound call shows (possibly several, possibly none)."""
    kinds = {p.name: p.kind for p in sig.params}
    order = {p.name: i for i, p in enumerate(sig.params)}
    n_pos = len(b.positional) + len(b.star_args)
    n_kw = len(b.keywords) + len(b.extra_keywords)
    out = []
    if n_pos >= 1 and n_kw == 0:
        out.append("all_positional")
    if n_kw >= 1 and not b.star_args and all(kinds[n] == S.POS_ONLY for n, _ in b.positional):
        out.append("all_keyword")
    idx = [order[n] for n, _ in b.keywords]
    if len(idx) >= 2 and any(x > y for x, y in zip(idx, idx[1:])):
        out.append("keyword_order")
    if any(p.has_default and p.kind not in (S.VAR_POS, S.VAR_KW) and p.name not in b.bound for p in sig.params):
        out.append("defaults_omitted")
    return out


# --------------------------------------------------------------------------- finding calls

def import_aliases(tree: ast.AST) -> dict[str, str]:
    """``import torch.nn.functional as F`` -> {"F": "torch.nn.functional"}; ``from torch import
    max`` -> {"max": "torch.max"}; ``import torch.nn`` -> {"torch": "torch"}."""
    out = {"torch": "torch"}
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            for a in n.names:
                if a.asname:
                    out[a.asname] = a.name
                else:
                    out[a.name.split(".")[0]] = a.name.split(".")[0]
        elif isinstance(n, ast.ImportFrom) and n.module and n.level == 0:
            for a in n.names:
                out[a.asname or a.name] = f"{n.module}.{a.name}"
    return out


def dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def resolve_call(func: ast.AST, aliases: dict[str, str]) -> str | None:
    """The full dotted name a call's function refers to, through import aliases."""
    name = dotted(func)
    if name is None:
        return None
    head, _, rest = name.partition(".")
    if head not in aliases:
        return None
    return aliases[head] + ("." + rest if rest else "")


def _names_for(api: str) -> set[str]:
    names = {api}
    for alias, canon in api_aliases().items():
        if canon == api:
            names.add(alias)
        if alias == api:
            names.add(canon)
    return names


def find_calls(code: str, api: str) -> tuple[list[tuple[ast.Call, str]], ast.Module]:
    """The calls of ``api`` in ``code`` (outer calls first) with the text of their function.
    Raises SyntaxError when the code does not parse."""
    tree = ast.parse(code)
    aliases = import_aliases(tree)
    method = is_method_api(api)
    short = api.rsplit(".", 1)[-1]
    targets = _names_for(api)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        full = resolve_call(node.func, aliases)
        if full in targets:
            found.append(node)
        elif method and isinstance(node.func, ast.Attribute) and node.func.attr == short:
            # a method on a value; not a module function such as torch.abs
            base = resolve_call(node.func.value, aliases)
            if base is None or not _is_module_path(base):
                found.append(node)
    return [(c, ast.get_source_segment(code, c.func) or "") for c in found], tree


def _is_module_path(name: str) -> bool:
    """``torch.nn`` (a module path, lowercase parts) vs ``torch.Tensor`` / a value."""
    return all(part[:1].islower() or part[:1] == "_" for part in name.split("."))


def scan_code(code: str, api: str, sig_fn: SignatureFn = torch_signature) -> list[ApiCall]:
    """Calls of ``api`` in ``code``, classified against torch's signature."""
    calls, _ = find_calls(code, api)
    sig = sig_fn(api)
    out = []
    for c, func_text in calls:
        seg = functools.partial(ast.get_source_segment, code)
        rec = ApiCall(c.lineno, c.col_offset, c.end_lineno, c.end_col_offset, seg(c) or "", func_text,
                      len(c.args), [k.arg or "**" for k in c.keywords], [])
        if sig is None:
            rec.problem = "no torch signature"
        else:
            try:
                rec.binding = bind(c, sig, lambda n: seg(n) or ast.unparse(n))
                rec.patterns = classify(rec.binding, sig)
            except BindError as e:
                rec.problem = str(e)
        out.append(rec)
    return out


# --------------------------------------------------------------------------- files

def _case_number(name: str) -> int | None:
    m = re.fullmatch(r"test_case_(\d+)", name)
    return int(m.group(1)) if m else None


def scan_file(path: str | Path, sig_fn: SignatureFn = torch_signature, api_filter: str | None = None) -> ScannedFile:
    """Scan one test file: its APIs, cases, calls and per-API pattern coverage."""
    path = Path(path)
    name = path.name
    try:
        src = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return ScannedFile(str(path), [], [], [Problem(name, 0, f"cannot read: {e}")], {}, 1)
    try:
        tree = ast.parse(src, str(path))
    except SyntaxError as e:
        return ScannedFile(str(path), [], [], [Problem(name, e.lineno or 0, f"syntax error: {e.msg}")], {}, 1)
    objs = _api_objects(tree)
    problems: list[Problem] = []
    mod_env: dict[str, str] = {}
    for n in tree.body:
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            s = _const_str(n.value, {})
            if s is not None:
                mod_env[n.targets[0].id] = s
    has_textwrap = any(isinstance(n, ast.Import) and any(a.name == "textwrap" and not a.asname for a in n.names)
                       for n in tree.body)
    cases: list[ScannedCase] = []
    numbers = [0]
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        num = _case_number(fn.name)
        if num is not None:
            numbers.append(num)
        if not fn.name.startswith("test"):
            continue
        cases += _scan_function(fn, src, name, objs, mod_env, sig_fn, problems)
    apis = list(dict.fromkeys(a for a, _ in objs.values()))
    if api_filter:
        apis = [a for a in apis if api_filter in a]
        cases = [c for c in cases if c.api in apis]
    coverage = {a: api_coverage(a, [c for c in cases if c.api == a], sig_fn) for a in apis}
    return ScannedFile(str(path), apis, cases, problems, coverage, max(numbers) + 1, has_textwrap)


def _scan_function(fn: ast.FunctionDef, src: str, fname: str, objs: dict, mod_env: dict,
                   sig_fn: SignatureFn, problems: list[Problem]) -> list[ScannedCase]:
    env = dict(mod_env)
    literal_at: dict[str, int] = {}      # variable -> file line of its string literal's first line
    runs: list[tuple[ast.Call, dict, dict]] = []
    for st in fn.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
            s = _const_str(st.value, env)
            if s is not None:
                env[st.targets[0].id] = s
                literal_at[st.targets[0].id] = _literal_line(st.value)
            else:
                env.pop(st.targets[0].id, None)
        for node in ast.walk(st):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in objs):
                runs.append((node, dict(env), dict(literal_at)))
    decorators = [ast.get_source_segment(src, d) or ast.unparse(d) for d in fn.decorator_list]
    out = []
    for k, (call, cenv, cliteral) in enumerate(runs):
        obj = call.func.value.id
        api, custom = objs[obj]
        kw = {a.arg: a for a in call.keywords if a.arg}
        code_node = call.args[0] if call.args else getattr(kw.get("pytorch_code"), "value", None)
        names_node = call.args[1] if len(call.args) > 1 else getattr(kw.get("compared_tensor_names"), "value", None)
        code = _const_str(code_node, cenv) if code_node is not None else None
        names = None
        note = None
        if names_node is not None:
            try:
                names = ast.literal_eval(names_node)
            except ValueError:
                note = "compared names not a literal"
        skip = None
        if call.args[2:3]:
            skip = "convert_only"
        for key, a in kw.items():
            if key == "unsupport":
                try:
                    if ast.literal_eval(a.value):
                        skip = "unsupport"
                except ValueError:
                    note = "unsupport not a literal"
            elif key == "expect_paddle_code" and skip is None:
                skip = "convert_only"
        if code is None:
            skip = skip or "unresolved"
            note = note or "code string not resolvable statically"
        elif note and skip is None:
            skip = "unresolved"
        run_args = [ast.get_source_segment(src, a) or ast.unparse(a) for a in call.args[2:]]
        run_args += [ast.get_source_segment(src, a) or ast.unparse(a) for a in call.keywords
                     if a.arg not in RUN_KW_ORDER]
        func = fn.name + (f"#{k + 1}" if k else "")
        case = ScannedCase(fname, func, fn.lineno, obj, api, code, names, skip, run_args, decorators, custom, note=note)
        if code is not None:
            try:
                case.calls = scan_code(code, api, sig_fn)
            except SyntaxError as e:
                if isinstance(code_node, ast.Name) and code_node.id in cliteral:
                    start = cliteral[code_node.id]
                else:
                    start = _literal_line(code_node)
                # textwrap.dedent keeps line breaks, so line k of the code is k - 1 lines below the quotes
                problems.append(Problem(fname, start + max(0, (e.lineno or 1) - 1),
                                        f"{fn.name}: code string does not parse: {e.msg}"))
                case.skip = case.skip or "unresolved"
                case.note = "code string does not parse"
        out.append(case)
    return out


def _literal_line(node: ast.AST) -> int:
    """File line where the (first) string literal inside ``node`` starts."""
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            return n.lineno
    return getattr(node, "lineno", 0)


def api_coverage(api: str, cases: list[ScannedCase], sig_fn: SignatureFn = torch_signature) -> ApiCoverage:
    sig = sig_fn(api)
    running = [c for c in cases if c.skip is None]
    covered = sorted({p for c in running for p in c.patterns}, key=PATTERNS.index)
    custom = any(c.custom_compare for c in cases)
    if sig is None:
        return ApiCoverage(api, None, [], covered, [], len(running), sum(len(c.calls) for c in running),
                           sum(c.skip == "unsupport" for c in cases), custom, "no torch signature")
    n_calls = sum(len(c.calls) for c in running)
    if n_calls == 0:  # operators (a & b), attributes, base classes, all-unsupport files: nothing to classify
        return ApiCoverage(api, sig.render(), [], [], [], len(running), 0, sum(c.skip == "unsupport" for c in cases),
                           custom, "no call of the API in a running case")
    app = applicable_patterns(sig)
    return ApiCoverage(api, sig.render(), app, covered, [p for p in app if p not in covered], len(running),
                       sum(len(c.calls) for c in running), sum(c.skip == "unsupport" for c in cases), custom,
                       unbound_calls=sum(c.binding is None for case in running for c in case.calls))


def test_files(paths) -> list[Path]:
    """``test_*.py`` of the given folders, plus the given files, in a stable order."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(p.glob("test_*.py"))
        else:
            out.append(p)
    return out


__all__ = ["PATTERNS", "Problem", "ApiCall", "ScannedCase", "ScannedFile", "ApiCoverage", "Binding", "BindError",
           "scan_file", "scan_code", "find_calls", "bind", "classify", "applicable_patterns", "torch_signature",
           "is_method_api", "test_files", "api_coverage"]
