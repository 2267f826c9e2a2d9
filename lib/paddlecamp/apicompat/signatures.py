"""Signatures of torch and paddle APIs without calling them.

A signature here is a list of :class:`Param` (name, kind, default as source text). Sources, in
order of trust: ``inspect.signature`` (Python functions and classes), the first line of a
builtin's docstring (torch writes ``abs(input, *, out=None) -> Tensor`` there, plus
``.. function::`` lines for overloads), and PaConvert's ``args_list`` (torch's parameter
names in order, ``*`` for keyword-only, no defaults).

Paddle accepts some torch names as aliases; :func:`paddle_aliases` finds them statically in
the decorator closures (``ParamAliasDecorator``, ``param_one_alias``, ...), in wrapper
source (``kwargs["x"] = kwargs.pop("input")``) and in the docstring (``alias: ``input``.``,
which documents the C++ argument parser's aliases).
"""
from __future__ import annotations

import ast
import functools
import inspect
import re
from dataclasses import dataclass

from ..textsplit import split_top_level

POS_ONLY, POS, VAR_POS, KW_ONLY, VAR_KW = "posonly", "pos", "*args", "kwonly", "**kwargs"
_KIND = {
    inspect.Parameter.POSITIONAL_ONLY: POS_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: POS,
    inspect.Parameter.VAR_POSITIONAL: VAR_POS,
    inspect.Parameter.KEYWORD_ONLY: KW_ONLY,
    inspect.Parameter.VAR_KEYWORD: VAR_KW,
}
_NO_DEFAULT = None  # Param.default is None when there is no default; "None" when it is None


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = POS
    default: str | None = _NO_DEFAULT  # source text of the default, None: required

    @property
    def has_default(self) -> bool:
        return self.default is not None

    def render(self) -> str:
        if self.kind == VAR_POS:
            return "*" + self.name
        if self.kind == VAR_KW:
            return "**" + self.name
        return self.name + ("" if self.default is None else "=" + self.default)


@dataclass
class Sig:
    params: list[Param]
    source: str  # "inspect", "docstring", "paconvert args_list", "paddle docstring"
    overloads: int = 1

    def render(self) -> str:
        out: list[str] = []
        star = False
        for i, p in enumerate(self.params):
            if p.kind == KW_ONLY and not star:
                out.append("*")
                star = True
            if p.kind == VAR_POS:
                star = True
            out.append(p.render())
            if p.kind == POS_ONLY and (i + 1 == len(self.params) or self.params[i + 1].kind != POS_ONLY):
                out.append("/")
        return "(" + ", ".join(out) + ")"


def _default_text(value) -> str:
    if isinstance(value, str):
        return repr(value)
    if (inspect.isfunction(value) or inspect.isclass(value) or inspect.isbuiltin(value)) and hasattr(value, "__qualname__"):
        return f"{(value.__module__ or '').split('.')[0]}.{value.__qualname__}"  # no addresses in the record
    if inspect.ismodule(value):
        return f"<module '{value.__name__}'>"  # no install paths in the record
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - some defaults have broken reprs
        return "<?>"
    return text if len(text) <= 60 else text[:57] + "..."


def from_inspect(obj, drop_self: bool = False) -> Sig | None:
    """``inspect.signature`` (follows ``__wrapped__``), or None when there is none."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    params = []
    for p in sig.parameters.values():
        default = _NO_DEFAULT if p.default is inspect.Parameter.empty else _default_text(p.default)
        params.append(Param(p.name, _KIND[p.kind], default))
    if drop_self and params and params[0].kind in (POS, POS_ONLY):
        params = params[1:]
    return Sig(params, "inspect")


def _split_top(text: str, sep: str = ",") -> list[str]:
    return split_top_level(text, sep)


_IDENT = re.compile(r"[A-Za-z_]\w*")


def parse_params(text: str) -> list[Param] | None:
    """Parse a parameter list as torch's docstrings write it: ``input, *, out=None``,
    ``*size, *, dtype=None`` (two stars), annotations ``input: Tensor``. None if unparsable."""
    params: list[Param] = []
    kind = POS
    for raw in _split_top(text):
        piece = raw.strip()
        if not piece:
            continue
        if piece == "/":
            params = [Param(p.name, POS_ONLY, p.default) if p.kind == POS else p for p in params]
            continue
        if piece == "*":
            kind = KW_ONLY
            continue
        default = _NO_DEFAULT
        eq = _split_top(piece, "=")
        if len(eq) >= 2:
            piece, default = eq[0].strip(), "=".join(eq[1:]).strip()
        ann = _split_top(piece, ":")
        if len(ann) >= 2 and default is _NO_DEFAULT and kind == KW_ONLY and ann[1].strip().startswith("Optional"):
            default = "None"  # torch's annotated first lines drop `= None` of optional keywords
        star = len(piece) - len(piece.lstrip("*"))
        m = _IDENT.match(piece.lstrip("*"))
        if not m:
            return None
        name = m.group(0)
        if star == 2:
            params.append(Param(name, VAR_KW))
        elif star == 1:
            params.append(Param(name, VAR_POS))
            kind = KW_ONLY
        else:
            params.append(Param(name, kind, default))
    return params


def _params_text(line: str, start: int) -> str | None:
    """The text between the '(' at ``start`` and its matching ')'; None if unbalanced."""
    depth = 0
    for i in range(start, len(line)):
        if line[i] in "([{":
            depth += 1
        elif line[i] in ")]}":
            depth -= 1
            if depth == 0:
                return line[start + 1:i]
    return None


def _sig_lines(doc: str, name: str) -> list[str]:
    """The ``name(...)`` lines of a docstring: its first line and ``.. function::`` overloads."""
    short = name.rsplit(".", 1)[-1]
    pat = re.compile(r"^\s*(?:\.\.\s+(?:function|method)::\s*)?(?:[\w.]+\.)?" + re.escape(short) + r"\(")
    lines = doc.strip().splitlines()
    found = []
    for i, line in enumerate(lines):
        if i > 0 and ".. function::" not in line and ".. method::" not in line:
            continue
        m = pat.match(line)
        if m:
            text = _params_text(line, m.end() - 1)
            if text is not None:
                found.append(text)
    return found


def from_docstring(obj, name: str) -> Sig | None:
    """Parse ``name(params) -> T`` from the docstring; with overloads, keep the one with the
    most parameters (the others are usually its prefixes, as ``max(input)`` of
    ``max(input, dim, keepdim=False)``)."""
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str) or not doc.strip():
        return None
    best = None
    lines = _sig_lines(doc, name)
    for text in lines:
        params = parse_params(text)
        if params is not None and (best is None or len(params) > len(best)):
            best = params
    return None if best is None else Sig(best, "docstring", overloads=len(lines))


def from_args_list(args_list: list[str]) -> Sig:
    """PaConvert's ``args_list``: names in order, ``*`` marks keyword-only; no defaults known."""
    params, kind = [], POS
    for a in args_list:
        if a == "*":
            kind = KW_ONLY
        elif a.startswith("**"):
            params.append(Param(a[2:], VAR_KW))
        elif a.startswith("*"):
            params.append(Param(a[1:], VAR_POS))
            kind = KW_ONLY
        else:
            params.append(Param(a, kind, "?" if kind == KW_ONLY else _NO_DEFAULT))
    return Sig(params, "paconvert args_list")


# --- paddle's aliases -------------------------------------------------------------------------

_ALIAS_DOC = re.compile(r"parameter name ``(\w+)`` can be used as an alias for ``(\w+)``")
_ARG_LINE = re.compile(r"^\s*(\**\w+)\s*(?:\([^)]*\)?)?\s*:")
_ALIAS_LINE = re.compile(r"alias(?:es)?\s*:\s*((?:``\w+``(?:\s*(?:,|or|and)\s*)?)+)", re.I)


def _doc_aliases(doc: str | None) -> dict[str, str]:
    if not isinstance(doc, str):
        return {}
    out = {alias: orig for alias, orig in _ALIAS_DOC.findall(doc)}
    current = None
    for line in doc.splitlines():
        m = _ARG_LINE.match(line)
        if m and not line.strip().startswith(("alias", "Alias")):
            current = m.group(1).lstrip("*")
        for a in _ALIAS_LINE.finditer(line):
            if current:
                for alias in re.findall(r"``(\w+)``", a.group(1)):
                    if alias != current:
                        out.setdefault(alias, current)
    return out


@functools.lru_cache(maxsize=None)
def _source_aliases(code) -> tuple[tuple[str, str], ...]:
    """``kwargs["A"] = kwargs.pop("B")`` in a function's source: B is an alias of A."""
    try:
        src = inspect.getsource(code)
        tree = ast.parse(inspect.cleandoc("\n" + src) if src.startswith((" ", "\t")) else src)
    except (OSError, TypeError, SyntaxError, IndentationError):
        return ()
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript)
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute)
                and node.value.func.attr == "pop" and node.value.args):
            key = node.targets[0].slice
            arg = node.value.args[0]
            if isinstance(key, ast.Constant) and isinstance(arg, ast.Constant) and isinstance(key.value, str) \
                    and isinstance(arg.value, str) and key.value != arg.value:
                found.append((arg.value, key.value))
    return tuple(found)


def paddle_aliases(obj) -> tuple[dict[str, str], list[str]]:
    """Alias -> paddle parameter name, and the decorators seen (by name), found statically."""
    aliases: dict[str, str] = {}
    decorators: list[str] = []
    seen = 0
    f = obj.__init__ if inspect.isclass(obj) else obj
    while f is not None and seen < 8:
        seen += 1
        aliases.update({k: v for k, v in _doc_aliases(getattr(f, "__doc__", None)).items() if k not in aliases})
        code = getattr(f, "__code__", None)
        wrapped = getattr(f, "__wrapped__", None)
        if code is not None and wrapped is not None:
            qual = getattr(code, "co_qualname", code.co_name)
            decorators.append(qual.split(".<locals>")[0])
            for alias, orig in _source_aliases(code):
                aliases.setdefault(alias, orig)
            for var, cell in zip(code.co_freevars, getattr(f, "__closure__", None) or ()):
                try:
                    val = cell.cell_contents
                except ValueError:
                    continue
                amap = getattr(val, "alias_mapping", None)
                if isinstance(amap, dict):
                    decorators[-1] = type(val).__name__
                    for alias, orig in amap.items():
                        if isinstance(alias, str) and isinstance(orig, str):
                            aliases.setdefault(alias, orig)
                    process = getattr(type(val), "process", None)
                    if process is not None and hasattr(process, "__code__"):
                        for alias, orig in _source_aliases(process.__code__):
                            aliases.setdefault(alias, orig)
                elif var.startswith("alias_list") and isinstance(val, (list, tuple)) and len(val) >= 2 \
                        and all(isinstance(v, str) for v in val):
                    for alias in val[1:]:
                        aliases.setdefault(alias, val[0])
                elif hasattr(val, "process") and hasattr(type(val), "process"):
                    decorators[-1] = type(val).__name__
                    for alias, orig in _source_aliases(type(val).process.__code__):
                        aliases.setdefault(alias, orig)
        f = wrapped
    return aliases, decorators


# --- torch's operator schemas -----------------------------------------------------------------

_ATEN_PREFIX = {"torch.special.": "special_", "torch.linalg.": "linalg_", "torch.fft.": "fft_",
                "torch.nn.functional.": "", "torch.Tensor.": "", "torch.": ""}


def from_schema(api: str) -> Sig | None:
    """The registered ATen schema of a torch builtin (``aten::name``): the overload with the
    most arguments that is not an out= variant (those are not always bound in Python), ``self``
    renamed ``input`` (dropped for Tensor methods). Read, never called."""
    import torch
    prefix = next((p for p in _ATEN_PREFIX if api.startswith(p)), None)
    if prefix is None:
        return None
    short = api[len(prefix):]
    if "." in short:
        return None
    try:
        schemas = torch._C._jit_get_schemas_for_operator("aten::" + _ATEN_PREFIX[prefix] + short)
    except Exception:  # noqa: BLE001
        return None
    if not schemas:
        return None
    def is_out(a) -> bool:
        return bool(getattr(a, "is_out", False)) or a.name == "out"

    # tensor overloads only (TorchScript also registers scalar maths such as log(int a))
    tensor = [s for s in schemas if s.arguments and s.arguments[0].name == "self"]
    if api.startswith("torch.Tensor.") and not tensor:
        return None
    schemas = tensor or list(schemas)
    plain = [s for s in schemas if not any(is_out(a) for a in s.arguments)] or list(schemas)
    best = max(plain, key=lambda s: len(s.arguments))
    method = api.startswith("torch.Tensor.")
    params = []
    for i, a in enumerate(best.arguments):
        if is_out(a):
            continue
        name = a.name
        if i == 0 and name == "self":
            if method:
                continue
            name = "input"
        default = _default_text(a.default_value) if a.has_default_value() else _NO_DEFAULT
        params.append(Param(name, KW_ONLY if a.kwarg_only else POS, default))
    kw = [p for p in params if p.kind == KW_ONLY]
    params = [p for p in params if p.kind != KW_ONLY] + kw
    return Sig(params, "aten schema", overloads=len(schemas))


def n_named(sig: Sig | None) -> int:
    return 0 if sig is None else sum(p.kind not in (VAR_POS, VAR_KW) for p in sig.params)


def is_bare(sig: Sig | None) -> bool:
    """``(*args, **kwargs)`` (or one of them) and nothing else: says nothing."""
    return sig is not None and bool(sig.params) and n_named(sig) == 0 and any(p.kind == VAR_KW for p in sig.params)


def drop_self(sig: Sig | None) -> Sig | None:
    if sig is not None and sig.params and sig.params[0].name == "self" and sig.params[0].kind in (POS, POS_ONLY):
        return Sig(sig.params[1:], sig.source, sig.overloads)
    return sig
