"""``torch.fx.Graph`` (from ``paddle_parse``) -> ``model.py`` text in GraphNet's Paddle layout.

The inverse of ``parse_paddle_model``: ``parse_paddle_model(serialize_paddle(g))`` is
structurally equal to ``g``, and ``serialize_paddle`` of that is the same text (a fixed point,
so ``graph_hash.txt`` is stable). The text keeps GraphNet's idioms:

- one ``name = paddle._C_ops.<op>(...)`` statement per node, named after the node;
- ``_t<N>`` nodes (sub-expressions the parser named) are written inline where they are used;
- ``as_outputs`` followed by ``getitem`` nodes becomes the multi-output lambda idiom, and plain
  ``getitem`` runs over one value become ``a, b = value``;
- a ``del`` line after each statement names the variables it used for the last time
  (GraphNet frees values the same way); ``float("0.2")``, ``paddle.float32`` and place
  constructors are written the way the samples spell them.
"""
from __future__ import annotations

import json
import math
import operator
from typing import Any

import torch.fx as fx

from paddlecamp.graphs.paddle_parse import (
    BINOPS, DTYPE_NAMES, PUBLIC_FUNCTIONS, TEMP_PREFIX, PaddlePlace, as_outputs, op_name,
)

_INFIX = {fn: {"Add": "+", "Sub": "-", "Mult": "*", "Div": "/", "FloorDiv": "//", "Mod": "%",
               "Pow": "**"}[op.__name__] for op, fn in BINOPS.items()}
_PUBLIC_NAMES = {id(fn): path for path, fn in PUBLIC_FUNCTIONS.items()}
_LAMBDA = ("(lambda x, f: f(x))({call}, lambda out: out if isinstance(out, (list, tuple)) "
           "else (out, {nones}))")
HEADER = ("import paddle\n\n\nclass GraphModule(paddle.nn.Layer):\n"
          "    def __init__(self):\n        super().__init__()\n\n")


class PaddleSerializeError(ValueError):
    """A graph that GraphNet's Paddle ``model.py`` cannot express."""


def format_constant(a: Any) -> str:
    """A constant as source text that ``parse_paddle_model`` reads back to the same value."""
    if a is None or isinstance(a, bool) or isinstance(a, int):
        return repr(a)
    if isinstance(a, float):
        if math.isnan(a):
            return 'float("nan")'
        if math.isinf(a):
            return 'float("inf")' if a > 0 else 'float("-inf")'
        return f'float("{a!r}")'
    if isinstance(a, str):
        return json.dumps(a)
    if isinstance(a, PaddlePlace):
        return a.source()
    if a in DTYPE_NAMES if _hashable(a) else False:
        return f"paddle.{DTYPE_NAMES[a]}"
    raise PaddleSerializeError(f"constant {a!r} of type {type(a).__name__} has no spelling")


def _hashable(a: Any) -> bool:
    try:
        hash(a)
    except TypeError:
        return False
    return True


def _is_temp(n: fx.Node) -> bool:
    return n.name.startswith(TEMP_PREFIX) and n.name[len(TEMP_PREFIX):].isdigit()


class _Writer:
    def __init__(self, graph: fx.Graph):
        self.graph = graph
        self.nodes = list(graph.nodes)

    def arg(self, a: Any) -> str:
        if isinstance(a, fx.Node):
            if _is_temp(a) and a.op != "placeholder":
                return self.inline(a)
            return a.name
        if isinstance(a, list):
            return "[" + ", ".join(self.arg(x) for x in a) + "]"
        if isinstance(a, tuple):
            if len(a) == 1:
                return f"({self.arg(a[0])},)"
            return "(" + ", ".join(self.arg(x) for x in a) + ")"
        return format_constant(a)

    def call_text(self, n: fx.Node) -> str:
        """The right-hand side for one node (without the multi-output idiom)."""
        args = [self.arg(a) for a in n.args]
        kwargs = [f"{k}={self.arg(v)}" for k, v in n.kwargs.items()]
        if n.op == "call_method":
            if n.kwargs or not n.args:
                raise PaddleSerializeError(f"method call {n.name} needs a receiver and no kwargs")
            return f"{args[0]}.{n.target}({', '.join(args[1:])})"
        if n.op != "call_function":
            raise PaddleSerializeError(f"node {n.name}: op {n.op} cannot be written")
        t = n.target
        if t is getattr:
            if len(n.args) != 2 or not isinstance(n.args[1], str) or n.kwargs:
                raise PaddleSerializeError(f"node {n.name}: getattr needs a tensor and a name")
            return f"{args[0]}.{n.args[1]}"
        if t in _INFIX:
            if len(n.args) != 2 or n.kwargs:
                raise PaddleSerializeError(f"node {n.name}: binary operator needs two arguments")
            return f"{self.operand(n.args[0])} {_INFIX[t]} {self.operand(n.args[1])}"
        name = op_name(t)
        if name is not None:
            fn = f"paddle._C_ops.{name}"
        elif id(t) in _PUBLIC_NAMES:
            fn = _PUBLIC_NAMES[id(t)]
        else:
            raise PaddleSerializeError(f"node {n.name}: target {t!r} has no Paddle spelling")
        return f"{fn}({', '.join(args + kwargs)})"

    def operand(self, a: Any) -> str:
        text = self.arg(a)
        if isinstance(a, fx.Node) and _is_temp(a) and a.target in _INFIX:
            return f"({text})"
        return text

    def inline(self, n: fx.Node) -> str:
        if len(n.users) != 1:
            raise PaddleSerializeError(f"sub-expression {n.name} is used {len(n.users)} times")
        if n.target is as_outputs or (n.target is operator.add and isinstance(n.args[0], fx.Node)
                                      and n.args[0].target is as_outputs):
            raise PaddleSerializeError(f"multi-output node {n.name} can only be unpacked")
        return self.call_text(n)

    def outputs_source(self, src: fx.Node, group: list[fx.Node]) -> str:
        """Text of the idiom for ``as_outputs`` (optionally ``+ (None, ...)``) node ``src``."""
        if set(src.users) != set(group):
            raise PaddleSerializeError(f"node {src.name}: a multi-output value is unpacked once")
        extra = ""
        if src.target is operator.add:
            pad = src.args[1]
            if not (isinstance(pad, tuple) and pad and all(x is None for x in pad)) or not _is_temp(src):
                raise PaddleSerializeError(f"node {src.name}: only `+ (None, ...)` may follow the idiom")
            extra = " + " + self.arg(pad)
            src = src.args[0]
            if not isinstance(src, fx.Node) or len(src.users) != 1:
                raise PaddleSerializeError("`+ (None, ...)` must follow the multi-output idiom")
        if not (_is_temp(src) and src.target is as_outputs and len(src.args) == 2
                and not src.kwargs and isinstance(src.args[0], fx.Node) and _is_temp(src.args[0])
                and src.args[0].op == "call_function" and op_name(src.args[0].target)
                and isinstance(src.args[1], int) and 1 <= src.args[1] <= 16):
            raise PaddleSerializeError(f"node {src.name}: the multi-output idiom wraps one op call")
        nones = ", ".join(["None"] * src.args[1])
        return _LAMBDA.format(call=self.call_text(src.args[0]), nones=nones) + extra

    def statements(self) -> list[tuple[str, list[fx.Node]]]:
        """``(line, nodes it defines)`` for every statement of ``forward`` (output last)."""
        out: list[tuple[str, list[fx.Node]]] = []
        i, nodes = 0, self.nodes
        while i < len(nodes):
            n = nodes[i]
            if n.op == "placeholder" or (_is_temp(n) and n.op != "output"):
                i += 1
                continue
            if n.op == "output":
                if n.args[0] is None:
                    raise PaddleSerializeError("forward must return a value")
                out.append((f"return {self.arg(n.args[0])}", []))
                i += 1
                continue
            if n.op == "call_function" and n.target is operator.getitem:
                src = n.args[0]
                group = [n]
                while (i + len(group) < len(nodes) and nodes[i + len(group)].target is operator.getitem
                       and nodes[i + len(group)].op == "call_function"
                       and nodes[i + len(group)].args[0] is src):
                    group.append(nodes[i + len(group)])
                if [g.args[1] for g in group] != list(range(len(group))) or any(g.kwargs for g in group):
                    raise PaddleSerializeError(f"node {n.name}: getitem must unpack indices 0..n-1 in order")
                targets = ", ".join(g.name for g in group) + ("," if len(group) == 1 else "")
                if isinstance(src, fx.Node) and _is_temp(src):
                    rhs = self.outputs_source(src, group)
                elif isinstance(src, fx.Node):
                    rhs = src.name
                else:
                    raise PaddleSerializeError(f"node {n.name}: getitem of a constant")
                out.append((f"{targets} = {rhs}", group))
                i += len(group)
                continue
            if n.target is as_outputs:
                raise PaddleSerializeError(f"node {n.name}: multi-output node must be a sub-expression")
            out.append((f"{n.name} = {self.call_text(n)}", [n]))
            i += 1
        return out


def _used_names(a: Any, acc: list[fx.Node]) -> None:
    if isinstance(a, fx.Node):
        if _is_temp(a) and a.op != "placeholder":
            for x in (*a.args, *a.kwargs.values()):
                _used_names(x, acc)
        elif a not in acc:
            acc.append(a)
    elif isinstance(a, (list, tuple)):
        for x in a:
            _used_names(x, acc)
    elif isinstance(a, dict):
        for x in a.values():
            _used_names(x, acc)


def serialize_paddle(graph: fx.Graph | fx.GraphModule) -> str:
    """``model.py`` text for a graph built by ``parse_paddle_model`` (raises ``PaddleSerializeError``)."""
    g = graph.graph if isinstance(graph, fx.GraphModule) else graph
    w = _Writer(g)
    stmts = w.statements()
    # Which named values each statement reads (through inlined sub-expressions).
    reads: list[list[fx.Node]] = []
    for _, defined in stmts:
        acc: list[fx.Node] = []
        for d in defined:
            if d.target is operator.getitem:
                _used_names(d.args[0], acc)
            else:
                _used_names((d.args, d.kwargs), acc)
        reads.append(acc)
    out_node = next(n for n in reversed(w.nodes) if n.op == "output")
    returned: list[fx.Node] = []
    _used_names(out_node.args, returned)
    reads[-1] = returned
    last: dict[fx.Node, int] = {}
    for k, acc in enumerate(reads):
        for r in acc:
            last[r] = k
    params = [n.name for n in w.nodes if n.op == "placeholder"]
    lines = [HEADER, "    def forward(\n        self,\n"]
    lines += [f"        {p},\n" for p in params]
    lines.append("    ):\n")
    for k, (text, _) in enumerate(stmts):
        lines.append(f"        {text}\n")
        if k == len(stmts) - 1:
            break
        dead = [r.name for r in reads[k] if last[r] == k and r not in returned]
        if dead:
            lines.append(f"        del {', '.join(dead)}\n")
        lines.append("\n")
    return "".join(lines)
