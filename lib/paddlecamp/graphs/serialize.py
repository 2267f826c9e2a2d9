"""``torch.fx.Graph`` -> GraphNet-compatible ``model.py`` text: the exact inverse of ``parse``.

The output looks like dynamo's ``gm.code`` wrapped in ``class GraphModule(torch.nn.Module)``
(so GraphNet's tools can run it), with three deliberate differences that make
``parse(serialize(g))`` equal to ``g`` and ``serialize(parse(text))`` a fixed point:

- functions are spelled the way the source spelled them (``node.meta["spelling"]``) when
  that spelling resolves to the same object, so ``torch.nn.functional.pad`` does not turn
  into ``torch._C._nn.pad``;
- an in-place op whose input is still used afterwards is written ``n = operator.iadd(a, b)``
  instead of ``a += b; n = a``, because the latter rebinds ``a`` and a re-parse would
  connect later uses to the wrong node;
- constants are written in one canonical form (``float('inf')``, ``torch.device('cpu')``).
"""
from __future__ import annotations

import builtins
import math
import operator
from typing import Any

import torch
import torch.fx as fx

from paddlecamp.graphs.parse import (
    ALLOWED_MODULES, BINOPS, BUILTIN_CALLS, CMPOPS, CURATED, INPLACE, UNARYOPS, ParseError, _Builder,
)


class SerializeError(ValueError):
    """A graph node that GraphNet's format cannot express."""


_INFIX: dict[Any, str] = {}
for _ast_op, _fn in BINOPS.items():
    _INFIX[_fn] = {"Add": "+", "Sub": "-", "Mult": "*", "Div": "/", "FloorDiv": "//", "Mod": "%",
                   "Pow": "**", "MatMult": "@", "BitAnd": "&", "BitOr": "|", "BitXor": "^",
                   "LShift": "<<", "RShift": ">>"}[_ast_op.__name__]
for _ast_op, _fn in CMPOPS.items():
    _INFIX[_fn] = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">="}[_ast_op.__name__]
_UNARY = {operator.neg: "-", operator.pos: "+", operator.invert: "~", operator.not_: "not "}
_INPLACE_SYM = {fn: _INFIX[BINOPS[op]] + "=" for op, fn in INPLACE.items()}
# Search order for a function without a recorded spelling: public names first.
_SPELLING_ORDER = ("torch.nn.functional", "torch", "torch.functional", "torch._C._nn", "torch.fft", "torch.linalg",
                   "torch.special", "torch._C._fft", "torch._C._linalg", "torch._C._special",
                   "operator", "math")


def format_arg(a: Any) -> str:
    """A graph argument as Python source that ``parse`` reads back to the same value."""
    if isinstance(a, fx.Node):
        return a.name
    if isinstance(a, bool) or a is None or isinstance(a, (int, str)):
        return repr(a)
    if isinstance(a, float):
        if math.isnan(a):
            return "float('nan')"
        if math.isinf(a):
            return "float('inf')" if a > 0 else "float('-inf')"
        return repr(a)
    if isinstance(a, complex):
        return f"complex({format_arg(a.real)}, {format_arg(a.imag)})"
    if isinstance(a, tuple):
        if len(a) == 1:
            return f"({format_arg(a[0])},)"
        return "(" + ", ".join(format_arg(x) for x in a) + ")"
    if isinstance(a, torch.Size):
        return f"torch.Size([{', '.join(format_arg(x) for x in a)}])"
    if isinstance(a, list):
        return "[" + ", ".join(format_arg(x) for x in a) + "]"
    if isinstance(a, dict):
        return "{" + ", ".join(f"{format_arg(k)}: {format_arg(v)}" for k, v in a.items()) + "}"
    if isinstance(a, slice):
        return f"slice({format_arg(a.start)}, {format_arg(a.stop)}, {format_arg(a.step)})"
    if a is Ellipsis:
        return "..."
    if isinstance(a, (torch.dtype, torch.layout, torch.memory_format)):
        return str(a)
    if isinstance(a, torch.device):
        return f"torch.device({a.type!r})" if a.index is None else f"torch.device({a.type!r}, {a.index})"
    raise SerializeError(f"cannot write constant {a!r} of type {type(a).__name__}")


def _operand(a: Any) -> str:
    s = format_arg(a)
    # A negative literal next to ** or unary minus would change meaning: parenthesize it.
    if not isinstance(a, fx.Node) and s.startswith("-"):
        return f"({s})"
    return s


_RESOLVED: dict[tuple[str, int], bool] = {}


def _resolves_to(path: str, target: Any) -> bool:
    key = (path, id(target))
    if key not in _RESOLVED:
        _RESOLVED[key] = _resolves_to_uncached(path, target)
    return _RESOLVED[key]


def _resolves_to_uncached(path: str, target: Any) -> bool:
    b = _Builder.__new__(_Builder)
    b.file = "<spelling>"  # type: ignore[assignment]
    parts = path.split(".")
    try:
        if parts[0] in BUILTIN_CALLS and len(parts) == 1:
            return BUILTIN_CALLS[parts[0]] is target
        from paddlecamp.graphs.parse import _Ref
        ref = _Ref(parts[0], ALLOWED_MODULES.get(parts[0]))
        if ref.obj is None:
            return False
        for p in parts[1:]:
            ref = b.resolve_attr(ref, p, None)  # type: ignore[arg-type]
        return ref.obj is target
    except (ParseError, AttributeError):
        return False


_SPELLING_CACHE: dict[int, str] = {}


def spell_target(target: Any, hint: str | None = None) -> str:
    """The dotted name to write for a ``call_function`` target."""
    if hint and _resolves_to(hint, target):
        return hint
    key = id(target)
    if key in _SPELLING_CACHE:
        return _SPELLING_CACHE[key]
    for name, fn in BUILTIN_CALLS.items():
        if fn is target:
            return name
    for path, obj in CURATED.items():
        if obj is target:
            return path
    if isinstance(target, torch._ops.OpOverload):
        path = "torch.ops." + str(target)
    elif isinstance(target, torch._ops.OpOverloadPacket):
        path = "torch.ops.aten." + target.__name__
    else:
        path = None
        name = getattr(target, "__name__", None)
        if name:
            for mod in _SPELLING_ORDER:
                if getattr(ALLOWED_MODULES[mod], name, None) is target and _resolves_to(f"{mod}.{name}", target):
                    path = f"{mod}.{name}"
                    break
    if path is None:
        raise SerializeError(f"call target {target!r} is outside the allow-list and cannot be written")
    _SPELLING_CACHE[key] = path
    return path


def _call_args(args: tuple, kwargs: dict) -> str:
    parts = [format_arg(a) for a in args]
    parts += [f"{k} = {format_arg(v)}" for k, v in kwargs.items()]
    return ", ".join(parts)


def _annotation(t: Any) -> str:
    if t is None:
        return ""
    if t is torch.nn.parameter.Parameter:
        return " : torch.nn.parameter.Parameter"
    if t in (torch.Tensor, torch.SymInt, torch.SymFloat, torch.SymBool):
        return f" : torch.{t.__name__}"
    if t in (int, float, bool):
        return f" : {t.__name__}"
    raise SerializeError(f"cannot write placeholder annotation {t!r}")


def serialize(graph: fx.Graph | fx.GraphModule, class_name: str = "GraphModule") -> str:
    """GraphNet-compatible ``model.py`` text for ``graph``; ``parse`` reads it back equal."""
    if isinstance(graph, fx.GraphModule):
        graph = graph.graph
    nodes = list(graph.nodes)
    order = {n: i for i, n in enumerate(nodes)}
    last_use: dict[fx.Node, fx.Node] = {}
    for n in nodes:
        for inp in n.all_input_nodes:
            last_use[inp] = n
    frees: dict[fx.Node, list[str]] = {}
    for n in nodes:
        if n.op == "output":
            continue
        user = last_use.get(n)
        if user is None:
            frees.setdefault(n, []).append(n.name)
        elif user.op != "output":
            frees.setdefault(user, []).append(n.name)

    sig, body = ["self"], []
    for n in nodes:
        if n.op == "placeholder":
            default = f" = {format_arg(n.args[0])}" if n.args else ""
            sig.append(f"{n.target}{_annotation(n.type)}{default}")
            if n.name != n.target:
                body.append(f"{n.name} = {n.target}")
            continue
        if n.op == "output":
            body.append(f"return {format_arg(n.args[0])}")
            continue
        line = _statement(n, order)
        dead = frees.get(n)
        if dead:
            line += ";  " + " = ".join(dead) + " = None"
        body.append(line)
    if not nodes or nodes[-1].op != "output":
        raise SerializeError("graph has no output node")
    head = "import torch\n\n"
    if any(n.op == "call_function" and _needs_module(n, "operator.") for n in nodes):
        head = "import torch\nimport operator\n\n"
    if any(n.op == "call_function" and _needs_module(n, "math.") for n in nodes):
        head = head.rstrip("\n") + "\nimport math\n\n"
    text = head + f"class {class_name}(torch.nn.Module):\n\n"
    text += f"    def forward({', '.join(sig)}):\n"
    text += "".join(f"        {line}\n" for line in body)
    return text


def _needs_module(n: fx.Node, prefix: str) -> bool:
    if n.target in _INFIX or n.target in _UNARY or n.target in (operator.getitem, operator.setitem):
        return False
    if n.target in _INPLACE_SYM:
        return _inplace_functional(n)
    try:
        return spell_target(n.target, n.meta.get("spelling")).startswith(prefix)
    except SerializeError:
        return False


def _inplace_functional(n: fx.Node) -> bool:
    """In-place op that must be written as a call: its input is not a node, or is used later."""
    base = n.args[0] if n.args else None
    if not isinstance(base, fx.Node) or len(n.args) != 2 or n.kwargs:
        return True
    order = _order_of(n.graph)
    if n not in order or any(u not in order for u in base.users):
        _ORDER_CACHE.clear()
        order = _order_of(n.graph)
    return any(order[u] > order[n] for u in base.users if u is not n)


_ORDER_CACHE: dict[int, tuple[int, dict[fx.Node, int]]] = {}


def _order_of(graph: fx.Graph) -> dict[fx.Node, int]:
    # Node positions, cached per graph and invalidated when the node count changes.
    key = id(graph)
    cached = _ORDER_CACHE.get(key)
    if cached is None or cached[0] != len(graph.nodes):
        cached = (len(graph.nodes), {x: i for i, x in enumerate(graph.nodes)})
        _ORDER_CACHE.clear()
        _ORDER_CACHE[key] = cached
    return cached[1]


def _statement(n: fx.Node, order: dict[fx.Node, int]) -> str:
    name = n.name
    if n.op == "get_attr":
        return f"{name} = self.{n.target}"
    if n.op == "call_method":
        if not n.args or not isinstance(n.args[0], fx.Node):
            raise SerializeError(f"node {name}: method call needs a tensor receiver")
        return f"{name} = {n.args[0].name}.{n.target}({_call_args(n.args[1:], n.kwargs)})"
    if n.op != "call_function":
        raise SerializeError(f"node {name}: unsupported op {n.op}")
    t, args = n.target, n.args
    if t in _INFIX and len(args) == 2 and not n.kwargs:
        return f"{name} = {_operand(args[0])} {_INFIX[t]} {_operand(args[1])}"
    if t in _UNARY and len(args) == 1 and not n.kwargs:
        return f"{name} = {_UNARY[t]}{_operand(args[0])}"
    if t is operator.getitem and len(args) == 2 and isinstance(args[0], fx.Node) and not n.kwargs:
        return f"{name} = {args[0].name}[{format_arg(args[1])}]"
    if t is builtins.getattr and len(args) == 2 and isinstance(args[0], fx.Node) \
            and isinstance(args[1], str) and args[1].isidentifier() and not n.kwargs:
        return f"{name} = {args[0].name}.{args[1]}"
    if t is operator.setitem and len(args) == 3 and isinstance(args[0], fx.Node) and not n.kwargs:
        return f"{args[0].name}[{format_arg(args[1])}] = {format_arg(args[2])};  {name} = {args[0].name}"
    if t in _INPLACE_SYM and not _inplace_functional(n):
        return f"{args[0].name} {_INPLACE_SYM[t]} {format_arg(args[1])};  {name} = {args[0].name}"
    return f"{name} = {spell_target(t, n.meta.get('spelling'))}({_call_args(args, n.kwargs)})"
