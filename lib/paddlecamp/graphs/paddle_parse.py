"""Paddle ``model.py`` text -> ``torch.fx.Graph``, through ``ast``, without running a line of it.

GraphNet's Paddle samples are a ``class GraphModule(paddle.nn.Layer)`` whose ``forward`` is a
straight line of ``paddle._C_ops.<op>(...)`` calls written out of a PIR program. The graph
holds the real Paddle functions as ``call_function`` targets, so it can be run with Paddle,
while the parser only ever reads the text. What a sample may contain (everything the 982
published samples use, and nothing more):

- ``import paddle`` and one ``GraphModule(paddle.nn.Layer)`` whose ``__init__`` only calls
  ``super().__init__()``; ``forward(self, <names>)`` with plain arguments;
- ``name = paddle._C_ops.<op>(...)`` for ops that exist in ``paddle._C_ops`` and are not
  file, program or collective ops (``DENIED_OPS``); ``paddle.arange`` / ``paddle.cast``;
- constants: literals, lists, tuples, ``-1``, ``float("0.2")``, ``paddle.<dtype>``, and the
  place constructors ``paddle.core.CPUPlace()`` (and CUDA/XPU/pinned places) and
  ``paddle.framework._current_expected_place()``, folded to ``PaddlePlace`` constants;
- ``x.detach()`` and ``x.dtype`` on tensors; ``+ - * / // % **`` between values;
- ``a = b`` (an alias: no node), ``del a, b`` (drops names, records nothing),
  ``a, b = c`` (``getitem`` nodes), and the multi-output idiom, matched by its exact shape::

      a, b = (lambda x, f: f(x))(paddle._C_ops.op(...), lambda out: out if isinstance(out, (list, tuple)) else (out, None))

  with one or more ``None`` after ``out``, optionally followed by ``+ (None, ...)``; it becomes
  ``op -> as_outputs(op, <number of Nones>) [-> add] -> getitem``.
- ``return x`` or ``return (x, y)``.

Anything else raises ``ParseError`` naming the file and line. Nodes are named after the
variables they are assigned to; nested sub-expressions get ``_t<N>`` names.
"""
from __future__ import annotations

import ast
import operator
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch.fx as fx

from paddlecamp.graphs.parse import ParseError, build_body, find_forward


def import_paddle() -> Any:
    """``import paddle`` with its "No ccache found" import warning silenced."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*ccache.*")
        import paddle
    return paddle


paddle = import_paddle()


@dataclass(frozen=True)
class PaddlePlace:
    """A folded place constructor: ``spelling`` is the dotted function, ``args`` its int args."""

    spelling: str
    args: tuple[int, ...] = ()

    def source(self) -> str:
        return f"{self.spelling}({', '.join(repr(a) for a in self.args)})"

    def to_paddle(self) -> Any:
        """The place to run on: always the CPU here (samples were extracted on GPUs)."""
        return paddle.CPUPlace()


#: Place constructors a sample may call, with how many int arguments each takes.
PLACE_CTORS: dict[str, int] = {
    "paddle.core.CPUPlace": 0, "paddle.core.CUDAPlace": 1, "paddle.core.CUDAPinnedPlace": 0,
    "paddle.core.XPUPlace": 1, "paddle.CPUPlace": 0, "paddle.CUDAPlace": 1,
    "paddle.CUDAPinnedPlace": 0, "paddle.XPUPlace": 1,
    "paddle.framework._current_expected_place": 0,
}
#: ``paddle.<name>`` dtype constants.
DTYPES: dict[str, Any] = {n: getattr(paddle, n) for n in (
    "float32", "float16", "bfloat16", "float64", "int64", "int32", "int16", "int8", "uint8",
    "bool", "complex64", "complex128", "float8_e4m3fn", "float8_e5m2") if hasattr(paddle, n)}
DTYPE_NAMES: dict[Any, str] = {v: k for k, v in DTYPES.items()}
#: Public ``paddle.*`` functions a sample may call (the published samples use these two).
PUBLIC_FUNCTIONS: dict[str, Any] = {"paddle.arange": paddle.arange, "paddle.cast": paddle.cast}
#: ``paddle._C_ops`` names that touch files, run programs, print, or talk to other processes.
DENIED_OPS = re.compile(
    r"(read_file|decode_jpeg|print|run_program|save\w*|load\w*|barrier|broadcast_?|all_reduce_?"
    r"|all_gather\w*|all_to_all\w*|reduce_scatter\w*|send_v2|recv_v2|p_send|p_recv|partial_\w+"
    r"|memcpy\w*|sync_calc_stream_?|sync_comm_stream_?|set_parameter|set_persistable_value|set_"
    r"|c_\w+|mp_allreduce\w*|global_scatter|global_gather|distributed_\w+|dgc\w*|\w+_grad_?)")
#: Tensor methods and attributes a sample may use.
TENSOR_METHODS = frozenset({"detach"})
TENSOR_ATTRS = frozenset({"dtype"})
BINOPS: dict[type, Any] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
}
#: Names the generated code needs as globals: no argument or variable may take them.
RESERVED_NAMES = frozenset({"paddle", "float", "self", "isinstance", "list", "tuple"})
TEMP_PREFIX = "_t"

_LAMBDA_APPLY = ast.dump(ast.parse("(lambda x, f: f(x))", mode="eval").body)
#: The idiom's second lambda with ``k`` Nones, by ``k`` (samples use 1 to 5).
_LAMBDA_TUPLE = {k: ast.dump(ast.parse(
    "lambda out: out if isinstance(out, (list, tuple)) else (out, " + ", ".join(["None"] * k) + ")",
    mode="eval").body) for k in range(1, 17)}
_LAMBDA_TUPLE_K = {v: k for k, v in _LAMBDA_TUPLE.items()}


def as_outputs(out: Any, nones: int) -> Any:
    """The multi-output idiom as a graph target: a list/tuple as is, else ``(out,) + (None,) * nones``."""
    return out if isinstance(out, (list, tuple)) else (out,) + (None,) * nones


def op_name(fn: Any) -> str | None:
    """``"matmul"`` when ``fn`` is ``paddle._C_ops.matmul``, else ``None``."""
    name = getattr(fn, "__name__", None)
    if isinstance(name, str) and getattr(paddle._C_ops, name, None) is fn:
        return name
    return None


def resolve_op(name: str) -> Any | None:
    """``paddle._C_ops.<name>`` when it exists and is allowed, else ``None``."""
    if name.startswith("_") or DENIED_OPS.fullmatch(name):
        return None
    fn = getattr(paddle._C_ops, name, None)
    if fn is None or not callable(fn) or isinstance(fn, type):
        return None
    return fn


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


class _Deleted:
    """Marker for a name removed by ``del``."""


_DELETED = _Deleted()


class _Builder:
    """Walks one ``forward`` and builds the graph (one instance per parse)."""

    def __init__(self, file: Path):
        self.file = file
        self.graph = fx.Graph()
        self.env: dict[str, Any] = {}
        self.temps = 0

    def error(self, msg: str, node: ast.AST) -> ParseError:
        return ParseError(msg, self.file, getattr(node, "lineno", None))

    def node(self, op: str, target: Any, args: tuple, kwargs: dict | None = None,
             name: str | None = None) -> fx.Node:
        if name is None:
            name = f"{TEMP_PREFIX}{self.temps}"
            self.temps += 1
        n = self.graph.create_node(op, target, (), {}, name=name)
        n.args, n.kwargs = args, kwargs or {}
        return n

    # ------------------------------------------------------------------ expressions
    def expr(self, e: ast.expr, name: str | None = None) -> Any:
        """Value of ``e``: a constant, an ``fx.Node`` or a list/tuple of them.

        ``name`` names the node this expression creates at its top (the assignment target).
        """
        if isinstance(e, ast.Constant):
            if not isinstance(e.value, (int, float, str, bool, type(None))):
                raise self.error(f"constant of type {type(e.value).__name__} is not allowed", e)
            return e.value
        if isinstance(e, ast.Name):
            return self.name(e)
        if isinstance(e, ast.List):
            return [self.expr(x) for x in e.elts]
        if isinstance(e, ast.Tuple):
            return tuple(self.expr(x) for x in e.elts)
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.UAdd)):
            v = self.expr(e.operand)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return -v if isinstance(e.op, ast.USub) else +v
            raise self.error("unary minus/plus only applies to number constants", e)
        if isinstance(e, ast.BinOp):
            fn = BINOPS.get(type(e.op))
            if fn is None:
                raise self.error(f"operator {type(e.op).__name__} is not allowed", e)
            left, right = self.expr(e.left), self.expr(e.right)
            if not (isinstance(left, fx.Node) or isinstance(right, fx.Node)):
                raise self.error("operators apply only to tensors", e)
            return self.node("call_function", fn, (left, right), name=name)
        if isinstance(e, ast.Attribute):
            return self.attribute(e, name)
        if isinstance(e, ast.Call):
            return self.call(e, name)
        raise self.error(f"unsupported expression {type(e).__name__}", e)

    def name(self, e: ast.Name) -> Any:
        v = self.env.get(e.id)
        if v is _DELETED:
            raise self.error(f"name {e.id!r} is used after `del`", e)
        if v is None and e.id not in self.env:
            raise self.error(f"name {e.id!r} is not defined or not allowed", e)
        return v

    def attribute(self, e: ast.Attribute, name: str | None) -> Any:
        path = _dotted(e)
        if path is not None and path.startswith("paddle."):
            attr = path[len("paddle."):]
            if attr in DTYPES:
                return DTYPES[attr]
            raise self.error(f"name {path!r} is not allowed here", e)
        base = self.expr(e.value)
        if isinstance(base, fx.Node) and e.attr in TENSOR_ATTRS:
            return self.node("call_function", getattr, (base, e.attr), name=name)
        raise self.error(f"attribute {e.attr!r} is not allowed", e)

    def call(self, e: ast.Call, name: str | None) -> Any:
        if any(isinstance(a, ast.Starred) for a in e.args) or any(k.arg is None for k in e.keywords):
            raise self.error("*args/**kwargs in calls are not allowed", e)
        func = e.func
        path = _dotted(func)
        if path == "float":
            if (len(e.args) == 1 and not e.keywords and isinstance(e.args[0], ast.Constant)
                    and isinstance(e.args[0].value, (str, int)) and not isinstance(e.args[0].value, bool)):
                try:
                    return float(e.args[0].value)
                except ValueError:
                    pass
            raise self.error('float(...) takes one number or number string, e.g. float("0.2")', e)
        if path in PLACE_CTORS:
            n = PLACE_CTORS[path]
            args = [a.value for a in e.args if isinstance(a, ast.Constant)]
            if (e.keywords or len(e.args) != n or len(args) != n
                    or not all(isinstance(a, int) and not isinstance(a, bool) for a in args)):
                raise self.error(f"{path}() takes {n} int constant argument(s)", e)
            return PaddlePlace(path, tuple(args))
        if path is not None and path.startswith("paddle._C_ops."):
            op = path[len("paddle._C_ops."):]
            fn = resolve_op(op) if "." not in op else None
            if fn is None:
                raise self.error(f"name {path!r} is not an allowed Paddle op", e)
            return self.node("call_function", fn, *self.arguments(e), name=name)
        if path in PUBLIC_FUNCTIONS:
            return self.node("call_function", PUBLIC_FUNCTIONS[path], *self.arguments(e), name=name)
        if isinstance(func, ast.Attribute) and func.attr in TENSOR_METHODS:
            base = self.expr(func.value)
            if isinstance(base, fx.Node):
                args, kwargs = self.arguments(e)
                return self.node("call_method", func.attr, (base, *args), kwargs, name=name)
        shown = path or ast.unparse(func)
        raise self.error(f"call of {shown[:80]!r} is not allowed", e)

    def arguments(self, e: ast.Call) -> tuple[tuple, dict]:
        args = tuple(self.expr(a) for a in e.args)
        kwargs = {k.arg: self.expr(k.value) for k in e.keywords}
        return args, kwargs

    # ------------------------------------------------------------------ statements
    def target_name(self, t: ast.expr, stmt: ast.stmt) -> str:
        if not isinstance(t, ast.Name):
            raise self.error(f"unsupported assignment target {type(t).__name__}", stmt)
        if t.id in RESERVED_NAMES:
            raise self.error(f"variable name {t.id!r} would shadow a name the code needs", stmt)
        return t.id

    def lambda_unpack(self, v: ast.expr) -> tuple[ast.Call, int, int] | None:
        """``(call, nones, extra_nones)`` when ``v`` is the exact multi-output idiom, else ``None``."""
        extra = 0
        if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add):
            right = v.right
            if not (isinstance(right, ast.Tuple) and right.elts and all(
                    isinstance(x, ast.Constant) and x.value is None for x in right.elts)):
                return None
            extra, v = len(right.elts), v.left
        if not (isinstance(v, ast.Call) and isinstance(v.func, ast.Lambda)):
            return None
        nones = _LAMBDA_TUPLE_K.get(ast.dump(v.args[1])) if len(v.args) == 2 else None
        if (ast.dump(v.func) != _LAMBDA_APPLY or nones is None or v.keywords
                or not isinstance(v.args[0], ast.Call)):
            raise self.error("lambda is only allowed in GraphNet's multi-output idiom "
                             "`(lambda x, f: f(x))(op(...), lambda out: out if isinstance(out, "
                             "(list, tuple)) else (out, None))`", v)
        return v.args[0], nones, extra

    def assign(self, s: ast.Assign) -> None:
        if len(s.targets) != 1:
            raise self.error("chained assignment is not allowed", s)
        target, value = s.targets[0], s.value
        if isinstance(target, ast.Tuple):
            names = [self.target_name(t, s) for t in target.elts]
            if not names:
                raise self.error("empty unpacking target", s)
            idiom = self.lambda_unpack(value) if isinstance(value, (ast.Call, ast.BinOp)) else None
            if idiom is not None:
                call, nones, extra = idiom
                src = self.node("call_function", as_outputs, (self.call(call, None), nones))
                if extra:
                    src = self.node("call_function", operator.add, (src, (None,) * extra))
            elif isinstance(value, ast.Name):
                src = self.name(value)
            else:
                raise self.error("tuple unpacking is only allowed from a name or the "
                                 "multi-output idiom", s)
            if isinstance(src, (list, tuple)):
                if len(src) != len(names):
                    raise self.error(f"cannot unpack {len(src)} values into {len(names)} names", s)
                for n, v in zip(names, src):
                    self.env[n] = v
                return
            if not isinstance(src, fx.Node):
                raise self.error("only tensors and lists can be unpacked", s)
            for i, n in enumerate(names):
                self.env[n] = self.node("call_function", operator.getitem, (src, i), name=n)
            return
        name = self.target_name(target, s)
        if isinstance(value, (ast.Lambda,)) or (isinstance(value, ast.Call) and isinstance(value.func, ast.Lambda)):
            raise self.error("lambda is only allowed in GraphNet's multi-output idiom", s)
        self.env[name] = self.expr(value, name=name)

    def stmt(self, s: ast.stmt) -> bool:
        """Handle one statement of ``forward``; True when it was ``return``."""
        if isinstance(s, ast.Assign):
            self.assign(s)
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                for n in (t.elts if isinstance(t, ast.Tuple) else [t]):
                    if not isinstance(n, ast.Name):
                        raise self.error("`del` only takes names", s)
                    self.name(n)
                    self.env[n.id] = _DELETED
        elif isinstance(s, ast.Return):
            if s.value is None:
                raise self.error("forward must return a value", s)
            out = self.expr(s.value)
            self.graph.output(out)
            return True
        elif isinstance(s, ast.Pass):
            pass
        elif isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
            pass
        else:
            raise self.error(f"unsupported statement {type(s).__name__} in forward", s)
        return False

    def signature(self, fn: ast.FunctionDef) -> None:
        a = fn.args
        if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs or a.defaults:
            raise self.error("forward may only take plain positional arguments without defaults", fn)
        if not a.args or a.args[0].arg != "self":
            raise self.error("forward's first argument must be self", fn)
        for p in a.args[1:]:
            if p.annotation is not None:
                raise self.error(f"argument {p.arg}: annotations are not allowed", p)
            if p.arg in RESERVED_NAMES or p.arg.startswith(TEMP_PREFIX):
                raise self.error(f"argument name {p.arg!r} is reserved", p)
            ph = self.graph.create_node("placeholder", p.arg, (), {}, name=p.arg)
            if ph.name != p.arg:
                raise self.error(f"argument {p.arg!r} cannot be used as a graph name", p)
            self.env[p.arg] = ph


def _paddle_import_ok(stmt: ast.Import | ast.ImportFrom) -> bool:
    return isinstance(stmt, ast.Import) and [(a.name, a.asname) for a in stmt.names] == [("paddle", None)]


def parse_paddle_model(source: str, file: Path | str = "model.py") -> fx.Graph:
    """Parse a Paddle sample's ``model.py`` text into an FX graph without executing it.

    Raises ``ParseError`` naming the file and line for malformed Python and for any
    construct outside the allow-list described in this module's docstring.
    """
    file = Path(file)
    try:
        tree = ast.parse(source, filename=str(file))
    except SyntaxError as exc:
        raise ParseError(f"malformed Python: {exc.msg}", file, exc.lineno) from None
    forward = find_forward(tree, file, import_ok=_paddle_import_ok, bases=("paddle.nn.Layer",))
    b = _Builder(file)
    b.signature(forward)
    return build_body(b, forward.body, forward, file)
