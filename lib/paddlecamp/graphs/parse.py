"""``model.py`` text -> ``torch.fx.Graph``, through ``ast``, without running a line of it.

GraphNet's own loader imports ``model.py`` and re-traces it with dynamo, so loading a
downloaded sample runs its code, and the re-trace renames placeholders and rewrites ops
(the source of its round-trip failures). Here every statement of ``forward`` maps to
graph nodes directly:

- each forward argument becomes a placeholder, in signature order, typed by its annotation;
- ``a = f(...)`` becomes a node named ``a``; ``l_x_ = L_x_`` renames the placeholder
  (dynamo's ``name``/``target`` pair), ``x += y; x_1 = x`` is ``operator.iadd`` named
  ``x_1`` and ``x[i] = v; setitem = x`` is ``operator.setitem`` named ``setitem``;
- calls resolve only against an allow-list built by rule (``is_operator``): torch's native
  functions, ``torch.functional``, ``torch.nn.functional``, the fft/linalg/special and
  ``torch._C._nn`` namespaces, aten operators, pure ``operator``/``math`` functions, tensor
  methods that are aten operators (``is_tensor_method``), data-only tensor attributes, a few
  builtins, and the ``CURATED`` names dynamo emits; anything else is a ``ParseError`` naming
  the file, line and name;
- state changes dynamo writes (grad mode, autocast, vmap levels) are accepted only as matched
  pairs within one forward (``_Scopes``), and constant folding and factory sizes are bounded.

Resolving ``torch.nn.functional.relu`` walks attributes of the already-imported torch
modules: that is trusted library code, never sample code.
"""
from __future__ import annotations

import ast
import builtins
import functools
import math
import operator
from pathlib import Path
from typing import Any, Callable

import torch
import torch.fx as fx

from paddlecamp.graphs.sample import SampleError


class ParseError(SampleError):
    """``model.py`` uses syntax or a name outside what a sample may contain."""


BINOPS: dict[type, Any] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
    ast.MatMult: operator.matmul, ast.BitAnd: operator.and_, ast.BitOr: operator.or_,
    ast.BitXor: operator.xor, ast.LShift: operator.lshift, ast.RShift: operator.rshift,
}
INPLACE: dict[type, Any] = {
    ast.Add: operator.iadd, ast.Sub: operator.isub, ast.Mult: operator.imul,
    ast.Div: operator.itruediv, ast.FloorDiv: operator.ifloordiv, ast.Mod: operator.imod,
    ast.Pow: operator.ipow, ast.MatMult: operator.imatmul, ast.BitAnd: operator.iand,
    ast.BitOr: operator.ior, ast.BitXor: operator.ixor, ast.LShift: operator.ilshift,
    ast.RShift: operator.irshift,
}
UNARYOPS: dict[type, Any] = {ast.USub: operator.neg, ast.UAdd: operator.pos,
                             ast.Invert: operator.invert, ast.Not: operator.not_}
CMPOPS: dict[type, Any] = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt,
                           ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge}

#: Modules whose public functions a sample may call (dotted paths).
ALLOWED_MODULES: dict[str, Any] = {
    "torch": torch,
    "torch.functional": torch.functional,
    "torch.nn.functional": torch.nn.functional,
    "torch._C._nn": torch._C._nn,
    "torch.fft": torch.fft,
    "torch.linalg": torch.linalg,
    "torch.special": torch.special,
    "torch._C._fft": torch._C._fft,
    "torch._C._linalg": torch._C._linalg,
    "torch._C._special": torch._C._special,
    "operator": operator,
    "math": math,
}
#: Intermediate paths that may be walked through to reach an allowed module or type.
_PASS_THROUGH = {"torch.nn", "torch.ops", "torch.nn.parameter"}
#: Names outside the operator namespaces that a sample may still call, each for a reason:
#: dynamo's guards and asserts, ops torch keeps private, and the scoped state changes that
#: dynamo writes in matched pairs (grad mode, autocast, vmap levels; see ``_Scopes``).
CURATED: dict[str, Any] = {
    # asserts and size hints dynamo emits for dynamic shapes
    "torch._assert": torch._assert, "torch._check": torch._check,
    "torch._check_is_size": torch._check_is_size, "torch._sym_sqrt": torch._sym_sqrt,
    "torch._C._log_api_usage_once": torch._C._log_api_usage_once,
    # symbolic-size arithmetic (pure functions of ints and SymInts)
    **{f"torch.{n}": getattr(torch, n) for n in ("sym_sum", "sym_int", "sym_float", "sym_max", "sym_min",
                                                  "sym_not", "sym_ite")},
    # private operators (pure tensor functions) that published samples call
    "torch._weight_norm": torch._weight_norm,
    "torch._native_multi_head_attention": torch._native_multi_head_attention,
    # scoped state: allowed only as balanced pairs inside one forward
    "torch._C._set_grad_enabled": torch._C._set_grad_enabled,
    "torch.amp.autocast_mode._enter_autocast": torch.amp.autocast_mode._enter_autocast,
    "torch.amp.autocast_mode._exit_autocast": torch.amp.autocast_mode._exit_autocast,
    "torch._C._functorch._vmap_increment_nesting": torch._C._functorch._vmap_increment_nesting,
    "torch._C._functorch._vmap_decrement_nesting": torch._C._functorch._vmap_decrement_nesting,
    "torch._C._functorch._add_batch_dim": torch._C._functorch._add_batch_dim,
    "torch._C._functorch._remove_batch_dim": torch._C._functorch._remove_batch_dim,
    "torch._functorch.predispatch._vmap_increment_nesting":
        torch._functorch.predispatch._vmap_increment_nesting,
    "torch._functorch.predispatch._vmap_decrement_nesting":
        torch._functorch.predispatch._vmap_decrement_nesting,
    "torch._functorch.predispatch._add_batch_dim": torch._functorch.predispatch._add_batch_dim,
    "torch._functorch.predispatch._remove_batch_dim": torch._functorch.predispatch._remove_batch_dim,
    "torch._functorch.predispatch.lazy_load_decompositions":
        torch._functorch.predispatch.lazy_load_decompositions,
    "torch._functorch.vmap.lazy_load_decompositions": torch._functorch.vmap.lazy_load_decompositions,
    # an inert context object dynamo creates for autograd.Function bodies
    "torch.autograd.function.FunctionCtx": torch.autograd.function.FunctionCtx,
}
#: Every prefix of a curated path (``torch._functorch``, ``torch.amp``...): walkable, not usable.
_CURATED_PREFIXES = {k.rsplit(".", i)[0] for k in CURATED for i in range(1, k.count("."))} - set(ALLOWED_MODULES)
#: Operator namespaces whose every public function is a pure tensor function.
_OP_MODULES = {"torch.fft", "torch.linalg", "torch.special", "torch._C._nn", "torch._C._fft",
               "torch._C._linalg", "torch._C._special"}
#: Functions in the operator namespaces that touch files or process state: never callable.
DENIED: set[str] = {"torch.from_file", "operator.call", "operator.attrgetter", "operator.methodcaller",
                    "operator.itemgetter", "math.factorial", "math.comb", "math.perm", "math.prod"}
#: aten overload packets that are not pure tensor functions.
DENIED_ATEN = {"from_file", "_print", "set_", "record_stream", "resize_", "_resize_output_",
               "save", "load", "seed", "manual_seed", "_local_scalar_dense_out"}
#: Factory functions whose size arguments are bounded, so a sample cannot ask for 10**12 elements.
_FACTORIES = {"empty", "zeros", "ones", "full", "rand", "randn", "randint", "empty_strided", "new_empty",
              "new_zeros", "new_ones", "new_full", "expand", "repeat", "tile"}
MAX_ELEMENTS = 1 << 32
#: Types allowed in forward annotations.
ANNOTATION_TYPES: dict[str, Any] = {
    "torch.Tensor": torch.Tensor, "torch.nn.parameter.Parameter": torch.nn.parameter.Parameter,
    "torch.nn.Parameter": torch.nn.parameter.Parameter, "torch.SymInt": torch.SymInt,
    "torch.SymFloat": torch.SymFloat, "torch.SymBool": torch.SymBool,
    "int": int, "float": float, "bool": bool,
}
#: Builtins a sample may call; the constant constructors are folded when their args are constants.
BUILTIN_CALLS: dict[str, Any] = {n: getattr(builtins, n) for n in (
    "getattr", "len", "int", "float", "bool", "abs", "min", "max", "round", "divmod", "pow", "slice")}
_CONSTANT_CTORS = {torch.device, torch.Size, slice, builtins.float, builtins.int, builtins.bool}
#: Free names FX's code generator uses for constants.
SPECIAL_NAMES: dict[str, Any] = {"inf": math.inf, "nan": math.nan, "device": torch.device,
                                 "Ellipsis": Ellipsis}
#: Tensor methods that are not aten operators but convert or describe a tensor.
TENSOR_CONVERSIONS = {"float", "double", "half", "bfloat16", "int", "long", "short", "bool", "byte",
                      "char", "cpu", "type", "to", "size", "dim", "numel", "element_size",
                      "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__and__", "__or__",
                      "__xor__", "__invert__", "__add__", "__sub__", "__mul__", "__truediv__",
                      "__floordiv__", "__mod__", "__pow__", "__matmul__", "__neg__", "__radd__",
                      "__rsub__", "__rmul__", "__rtruediv__", "__getitem__"}
#: Tensor methods that take callables, leak memory, touch autograd state or resize storage.
DENIED_METHODS = {"apply_", "map_", "map2_", "register_hook", "register_post_accumulate_grad_hook",
                  "backward", "share_memory_", "storage", "untyped_storage", "data_ptr", "tolist",
                  "numpy", "pin_memory", "retain_grad", "requires_grad_", "set_", "resize_",
                  "resize_as_", "record_stream", "detach_", "tofile"} | DENIED_ATEN
#: Tensor attributes a sample may read (data, never bound methods).
TENSOR_ATTRS = {"shape", "dtype", "device", "T", "mT", "H", "mH", "real", "imag", "ndim", "is_cuda",
                "layout", "requires_grad", "is_leaf", "is_sparse", "is_quantized", "is_meta"}
#: Names a node may not take, because generated code refers to them as globals.
RESERVED_NAMES = {"torch", "operator", "math", "self", "inf", "nan", "device", "builtins", "Ellipsis"} | set(BUILTIN_CALLS)


class _Ref:
    """A resolved dotted name from an allowed module (``torch.nn.functional.relu``)."""

    __slots__ = ("path", "obj")

    def __init__(self, path: str, obj: Any):
        self.path, self.obj = path, obj


class _SelfRef:
    """``self`` inside ``forward``."""


_SELF = _SelfRef()


_VF = torch._C._VariableFunctions


def is_operator(module: str, name: str, obj: Any) -> bool:
    """Whether ``module.name`` (public, resolved to ``obj``) is a pure tensor operator.

    An allow-list by construction: torch's native functions (``torch._C._VariableFunctions``),
    functions defined in ``torch.functional`` and ``torch.nn.functional``, the ``fft``,
    ``linalg``, ``special`` and ``_C._nn`` namespaces, and the pure ``operator``/``math``
    functions. Python-level torch functions (``torch.manual_seed``, ``torch.load``,
    ``torch.set_default_dtype``, ``torch.compile``...) are none of these, so they are refused
    without being listed anywhere.
    """
    if not callable(obj) or f"{module}.{name}" in DENIED:
        return False
    if obj in (torch.device, torch.Size):
        return True
    if isinstance(obj, type):
        return False
    origin = getattr(obj, "__module__", None)
    if module == "torch":
        return getattr(_VF, name, None) is obj or origin == "torch.functional"
    if module == "torch.nn.functional":
        return origin in ("torch.nn.functional", "torch._C._nn") or getattr(_VF, name, None) is obj
    if module == "torch.functional":
        return origin == "torch.functional"
    if module in _OP_MODULES:
        return origin is None or origin.startswith(("torch._C", "torch.fft", "torch.linalg", "torch.special"))
    return module in ("operator", "math")


@functools.lru_cache(maxsize=None)
def is_tensor_method(name: str) -> bool:
    """Whether ``tensor.name(...)`` is allowed: an aten operator or a listed conversion."""
    if name in DENIED_METHODS or not hasattr(torch.Tensor, name):
        return False
    if name in TENSOR_CONVERSIONS:
        return True
    return not name.startswith("_") and isinstance(getattr(torch.ops.aten, name, None), torch._ops.OpOverloadPacket)


def _is_constant_value(v: Any) -> bool:
    return isinstance(v, (int, float, complex, str, bool, type(None), slice, type(Ellipsis),
                          torch.dtype, torch.device, torch.layout, torch.memory_format))


def _contains_node(v: Any) -> bool:
    if isinstance(v, fx.Node):
        return True
    if isinstance(v, (tuple, list)):
        return any(_contains_node(x) for x in v)
    if isinstance(v, dict):
        return any(_contains_node(x) for x in v.values())
    if isinstance(v, slice):
        return any(_contains_node(x) for x in (v.start, v.stop, v.step))
    return False


#: Largest constant a folded expression may produce (bits), and longest repeated sequence.
_MAX_INT_BITS = 128
_MAX_REPEAT = 1 << 16


def _check_bounded(fn: Any, args: tuple, b: "_Builder", node: ast.AST) -> None:
    """Refuse constant arithmetic whose result would be huge (``10 ** 10 ** 10``, ``'a' * 10**10``)."""
    consts = [a for a in args if not _contains_node(a)]
    if len(consts) != 2 or len(args) != 2:
        return
    x, y = args
    if fn in (operator.pow, operator.lshift) and isinstance(x, int) and isinstance(y, int):
        bits = abs(y) if fn is operator.lshift else abs(y) * max(abs(x), 1).bit_length()
        if bits > _MAX_INT_BITS:
            raise b.error("constant expression is too large", node)
    if fn is operator.mul and any(isinstance(a, (str, bytes, list, tuple)) for a in args):
        seq, n = (x, y) if isinstance(x, (str, bytes, list, tuple)) else (y, x)
        if not isinstance(n, int) or len(seq) * max(n, 0) > _MAX_REPEAT:
            raise b.error("repeated constant sequence is too long", node)


class _Scopes:
    """State changes a sample may make only in matched pairs within one forward.

    Dynamo writes grad-mode changes as ``_set_grad_enabled(False) ... (True)``, autocast as
    ``_enter_autocast(...) ... _exit_autocast(enter)`` and vmap as increment/decrement of the
    nesting level. Anything else (a lone ``_set_grad_enabled(True)``, an unbalanced level)
    would leave the process changed after the graph returns, so it is refused.
    """

    GRAD = {"torch._C._set_grad_enabled"}
    ENTER = {"torch.amp.autocast_mode._enter_autocast"}
    EXIT = {"torch.amp.autocast_mode._exit_autocast"}
    VMAP_UP = {"torch._C._functorch._vmap_increment_nesting",
               "torch._functorch.predispatch._vmap_increment_nesting"}
    VMAP_DOWN = {"torch._C._functorch._vmap_decrement_nesting",
                 "torch._functorch.predispatch._vmap_decrement_nesting"}

    def __init__(self) -> None:
        self.grad_off = 0
        self.autocast: list[fx.Node] = []
        self.vmap = 0

    def call(self, b: "_Builder", path: str, args: tuple, kwargs: dict, result: fx.Node, node: ast.AST) -> None:
        if path in self.GRAD:
            if len(args) != 1 or kwargs or not isinstance(args[0], bool):
                raise b.error("_set_grad_enabled takes one constant bool", node)
            if args[0] is False:
                self.grad_off += 1
            elif self.grad_off == 0:
                raise b.error("_set_grad_enabled(True) without a preceding (False) changes the process", node)
            else:
                self.grad_off -= 1
        elif path in self.ENTER:
            self.autocast.append(result)
        elif path in self.EXIT:
            if not self.autocast or args != (self.autocast[-1],) or kwargs:
                raise b.error("_exit_autocast must close the innermost _enter_autocast", node)
            self.autocast.pop()
        elif path in self.VMAP_UP:
            self.vmap += 1
        elif path in self.VMAP_DOWN:
            if self.vmap == 0:
                raise b.error("vmap level decremented below the graph's own", node)
            self.vmap -= 1

    def close(self, b: "_Builder", node: ast.AST) -> None:
        if self.grad_off or self.autocast or self.vmap:
            raise b.error("forward returns with grad mode, autocast or vmap level still changed", node)


class _Builder:
    """Walks one ``forward`` and builds the graph (one instance per parse)."""

    def __init__(self, file: Path):
        self.file = file
        self.graph = fx.Graph()
        self.env: dict[str, Any] = {}
        self.pending: tuple[fx.Node, Any] | None = None  # in-place node awaiting `name = base`
        self.fresh_placeholders: set[fx.Node] = set()
        self.created: list[fx.Node] = []
        self.scopes = _Scopes()

    # ------------------------------------------------------------------ helpers
    def error(self, msg: str, node: ast.AST) -> ParseError:
        return ParseError(msg, self.file, getattr(node, "lineno", None))

    def new_node(self, op: str, target: Any, args: tuple, kwargs: dict, name: str | None = None,
                 spelling: str | None = None) -> fx.Node:
        # Args are attached after creation: create_node walks them with pytree looking for raw
        # SymInts (which a parsed graph never holds), and that walk was half the parse time.
        node = self.graph.create_node(op, target, (), {}, name=self._safe(name) if name else None)
        if args or kwargs:
            node.args, node.kwargs = args, kwargs
        if node.name in RESERVED_NAMES:
            node._rename(node.name + "_1")
        if spelling is not None:
            node.meta["spelling"] = spelling
        self.created.append(node)
        return node

    @staticmethod
    def _safe(name: str) -> str:
        return name + "_1" if name in RESERVED_NAMES else name

    def rename(self, node: fx.Node, name: str) -> None:
        # Free the provisional name so that a later statement can use it verbatim
        # (otherwise `mul_1 = ...` in the source would come back as `mul_3`).
        old = node.name
        node._rename(self._safe(name))
        used = getattr(getattr(self.graph, "_graph_namespace", None), "_used_names", None)
        if node.name != old and used is not None:
            used.discard(old)

    # ------------------------------------------------------------------ names
    def resolve_name(self, node: ast.Name) -> Any:
        name = node.id
        if name in self.env:
            return self.env[name]
        if name == "device":
            return _Ref("torch.device", torch.device)
        if name in SPECIAL_NAMES:
            return SPECIAL_NAMES[name]
        if name in ("torch", "operator", "math"):
            return _Ref(name, ALLOWED_MODULES[name])
        if name in BUILTIN_CALLS:
            return _Ref(name, BUILTIN_CALLS[name])
        raise self.error(f"name {name!r} is not defined or not allowed", node)

    def resolve_attr(self, ref: _Ref, attr: str, node: ast.AST) -> _Ref:
        path = f"{ref.path}.{attr}"
        if path in CURATED:
            return _Ref(path, CURATED[path])
        if path in _CURATED_PREFIXES or path in _PASS_THROUGH:
            return _Ref(path, None)
        if ref.path.startswith("torch.ops.aten") or path == "torch.ops.aten":
            return self._resolve_aten(ref, attr, path, node)
        if path in ALLOWED_MODULES:
            return _Ref(path, ALLOWED_MODULES[path])
        if path in ANNOTATION_TYPES:
            return _Ref(path, ANNOTATION_TYPES[path])
        if ref.path not in ALLOWED_MODULES or ref.obj is None:
            raise self.error(f"name {path!r} is not allowed", node)
        if path in DENIED or attr.startswith("_"):
            raise self.error(f"name {path!r} is not allowed", node)
        obj = getattr(ref.obj, attr, None)
        if obj is None:
            raise self.error(f"name {path!r} does not exist", node)
        if isinstance(obj, (torch.dtype, torch.layout, torch.memory_format, int, float)):
            return _Ref(path, obj)
        if not is_operator(ref.path, attr, obj):
            raise self.error(f"name {path!r} is not an allowed operator or constant", node)
        return _Ref(path, obj)

    def _resolve_aten(self, ref: _Ref, attr: str, path: str, node: ast.AST) -> _Ref:
        if path == "torch.ops.aten":
            return _Ref(path, torch.ops.aten)
        depth = path.count(".") - 2  # aten op (1) and overload (2)
        if depth > 2 or (depth == 1 and attr in DENIED_ATEN) or (depth == 2 and attr.startswith("_")):
            raise self.error(f"name {path!r} is not allowed", node)
        obj = getattr(ref.obj, attr, None)
        if obj is None or not isinstance(obj, (torch._ops.OpOverloadPacket, torch._ops.OpOverload)):
            raise self.error(f"name {path!r} is not an aten operator", node)
        return _Ref(path, obj)

    # ------------------------------------------------------------------ expressions
    def value(self, v: Any, node: ast.AST) -> Any:
        """Turn a resolved reference into a graph argument (constants only)."""
        if isinstance(v, _Ref):
            if isinstance(v.obj, (torch.dtype, torch.layout, torch.memory_format, int, float)):
                return v.obj
            raise self.error(f"{v.path!r} cannot be used as a value", node)
        if v is _SELF:
            raise self.error("`self` can only be used as `self.<attribute>`", node)
        return v

    def expr(self, node: ast.expr) -> Any:
        meth = getattr(self, "expr_" + type(node).__name__, None)
        if meth is None:
            raise self.error(f"unsupported expression {type(node).__name__}", node)
        return meth(node)

    def arg(self, node: ast.expr) -> Any:
        return self.value(self.expr(node), node)

    def expr_Constant(self, node: ast.Constant) -> Any:
        return node.value

    def expr_Name(self, node: ast.Name) -> Any:
        return self.resolve_name(node)

    def expr_Tuple(self, node: ast.Tuple) -> tuple:
        return tuple(self.arg(e) for e in node.elts)

    def expr_List(self, node: ast.List) -> list:
        return [self.arg(e) for e in node.elts]

    def expr_Dict(self, node: ast.Dict) -> dict:
        if any(k is None for k in node.keys):
            raise self.error("dict unpacking is not supported", node)
        return {self.arg(k): self.arg(v) for k, v in zip(node.keys, node.values)}

    def expr_Slice(self, node: ast.Slice) -> slice:
        part = lambda e: None if e is None else self.arg(e)  # noqa: E731
        return slice(part(node.lower), part(node.upper), part(node.step))

    def expr_Attribute(self, node: ast.Attribute) -> Any:
        base = self.expr(node.value)
        if isinstance(base, _Ref):
            return self.resolve_attr(base, node.attr, node)
        if base is _SELF:
            if node.attr.startswith("_") and not node.attr.startswith("_tensor_constant"):
                raise self.error(f"attribute self.{node.attr} is not allowed", node)
            return self.new_node("get_attr", node.attr, (), {}, name=node.attr)
        if isinstance(base, fx.Node):
            if node.attr not in TENSOR_ATTRS:
                raise self.error(f"tensor attribute {node.attr!r} is not allowed", node)
            return self.new_node("call_function", builtins.getattr, (base, node.attr), {})
        raise self.error(f"attribute {node.attr!r} of a constant is not allowed", node)

    def expr_Subscript(self, node: ast.Subscript) -> Any:
        base = self.arg(node.value)
        index = self.arg(node.slice)
        if isinstance(base, fx.Node):
            return self.new_node("call_function", operator.getitem, (base, index), {})
        if _contains_node(index) or not isinstance(base, (tuple, list)):
            raise self.error("subscript of a constant must be constant", node)
        try:
            return base[index]
        except Exception as exc:  # noqa: BLE001 - any indexing error is bad input
            raise self.error(f"bad constant subscript: {exc}", node) from None

    def _fold_or_node(self, fn: Any, args: tuple, node: ast.AST) -> Any:
        _check_bounded(fn, args, self, node)
        if not any(_contains_node(a) for a in args) and all(
                isinstance(a, (int, float, complex, bool)) for a in args):
            try:
                return fn(*args)
            except Exception as exc:  # noqa: BLE001
                raise self.error(f"constant expression fails: {exc}", node) from None
        return self.new_node("call_function", fn, args, {})

    def expr_BinOp(self, node: ast.BinOp) -> Any:
        fn = BINOPS.get(type(node.op))
        if fn is None:
            raise self.error(f"unsupported operator {type(node.op).__name__}", node)
        return self._fold_or_node(fn, (self.arg(node.left), self.arg(node.right)), node)

    def expr_UnaryOp(self, node: ast.UnaryOp) -> Any:
        return self._fold_or_node(UNARYOPS[type(node.op)], (self.arg(node.operand),), node)

    def expr_Compare(self, node: ast.Compare) -> Any:
        if len(node.ops) != 1 or type(node.ops[0]) not in CMPOPS:
            raise self.error("only single ==, !=, <, <=, >, >= comparisons are supported", node)
        return self._fold_or_node(CMPOPS[type(node.ops[0])],
                                  (self.arg(node.left), self.arg(node.comparators[0])), node)

    def expr_IfExp(self, node: ast.IfExp) -> Any:
        cond = self.arg(node.test)
        if _contains_node(cond) or not isinstance(cond, (bool, int, float, type(None))):
            raise self.error("a conditional expression needs a constant condition "
                             "(a tensor condition is data-dependent control flow)", node)
        return self.expr(node.body if cond else node.orelse)

    def expr_Call(self, node: ast.Call) -> Any:
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            raise self.error("*args/**kwargs in calls are not supported", node)
        func = node.func
        if isinstance(func, ast.Attribute):
            base = self.expr(func.value)
            if isinstance(base, fx.Node):
                name = func.attr
                if not is_tensor_method(name):
                    raise self.error(f"tensor method {name!r} is not allowed", node)
                args = (base, *[self.arg(a) for a in node.args])
                kwargs = {k.arg: self.arg(k.value) for k in node.keywords}
                if name in _FACTORIES:
                    self._check_size(args[1:], kwargs, node)
                return self.new_node("call_method", name, args, kwargs)
            ref = self.resolve_attr(base, func.attr, func) if isinstance(base, _Ref) else base
        else:
            ref = self.expr(func)
        if not isinstance(ref, _Ref) or not callable(ref.obj):
            raise self.error("only allowed functions and tensor methods can be called", node)
        if isinstance(ref.obj, (torch.dtype, torch.layout, torch.memory_format)):
            raise self.error(f"{ref.path!r} is not callable", node)
        args = tuple(self.arg(a) for a in node.args)
        kwargs = {k.arg: self.arg(k.value) for k in node.keywords}
        target = ref.obj
        if target in _CONSTANT_CTORS and not _contains_node((args, kwargs)):
            try:
                return target(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                raise self.error(f"bad constant {ref.path}(...): {exc}", node) from None
        if target is slice:
            return slice(*args)
        if target is builtins.pow and len(args) == 2:
            _check_bounded(operator.pow, args, self, node)
        if target is builtins.getattr:
            if len(args) < 2 or not isinstance(args[1], str) or not isinstance(args[0], fx.Node):
                raise self.error("getattr needs a tensor and a constant attribute name", node)
            if args[1] not in TENSOR_ATTRS:
                raise self.error(f"tensor attribute {args[1]!r} is not allowed", node)
        if _FACTORIES & set(ref.path.split(".")[-2:]):
            self._check_size(args, kwargs, node)
        res = self.new_node("call_function", target, args, kwargs, spelling=ref.path)
        self.scopes.call(self, ref.path, args, kwargs, res, node)
        return res

    def _check_size(self, args: tuple, kwargs: dict, node: ast.AST) -> None:
        """Refuse constant sizes past ``MAX_ELEMENTS`` elements (``torch.empty(10**12)``)."""
        dims = [a for a in (*args, kwargs.get("size")) if isinstance(a, int) and not isinstance(a, bool)]
        for a in (*args, kwargs.get("size")):
            if isinstance(a, (tuple, list, torch.Size)):
                dims += [d for d in a if isinstance(d, int) and not isinstance(d, bool)]
        total = 1
        for d in dims:
            total *= max(d, 1)
        if total > MAX_ELEMENTS:
            raise self.error(f"constant size of {total} elements is too large", node)

    # ------------------------------------------------------------------ statements
    def stmt(self, node: ast.stmt) -> bool:
        """Handle one statement; True when it was ``return``."""
        pending, self.pending = self.pending, None
        if isinstance(node, ast.Assign):
            self.assign(node, pending)
        elif isinstance(node, ast.AugAssign):
            self.aug_assign(node)
        elif isinstance(node, ast.Delete):
            for t in node.targets:
                if not isinstance(t, ast.Name) or t.id not in self.env or t.id == "self":
                    raise self.error("del only removes names the forward assigned", node)
                del self.env[t.id]
        elif isinstance(node, ast.Expr):
            if not isinstance(node.value, ast.Constant):
                self.expr(node.value)
        elif isinstance(node, ast.Return):
            out = None if node.value is None else self.arg(node.value)
            self.scopes.close(self, node)
            self.graph.output(out)
            return True
        elif isinstance(node, ast.Pass):
            pass
        else:
            raise self.error(f"unsupported statement {type(node).__name__} in forward", node)
        return False

    def aug_assign(self, node: ast.AugAssign) -> None:
        """``x += y`` is ``operator.iadd`` rebinding ``x``; ``x[i] += y`` reads, adds in place, writes back."""
        fn = INPLACE.get(type(node.op))
        if fn is None:
            raise self.error(f"unsupported operator {type(node.op).__name__}=", node)
        t = node.target
        if isinstance(t, ast.Name):
            base = self.arg(ast.Name(id=t.id, ctx=ast.Load(), lineno=node.lineno))
            res = self.new_node("call_function", fn, (base, self.arg(node.value)), {})
            self.env[t.id] = res
            self.pending = (res, res)
            return
        if not isinstance(t, ast.Subscript):
            raise self.error(f"augmented assignment to {type(t).__name__} is not supported", node)
        base = self.arg(t.value)
        if not isinstance(base, fx.Node):
            raise self.error("augmented item assignment is only supported on tensors", node)
        index = self.arg(t.slice)
        item = self.new_node("call_function", operator.getitem, (base, index), {})
        res = self.new_node("call_function", fn, (item, self.arg(node.value)), {})
        self.new_node("call_function", operator.setitem, (base, index, res), {})

    def assign(self, node: ast.Assign, pending: tuple[fx.Node, Any] | None) -> None:
        targets = node.targets
        if len(targets) == 1 and isinstance(targets[0], (ast.Tuple, ast.List)):
            self.unpack(targets[0], self.arg(node.value), node)
            return
        if len(targets) == 1 and isinstance(targets[0], ast.Subscript):
            t = targets[0]
            base = self.arg(t.value)
            if not isinstance(base, fx.Node):
                raise self.error("item assignment is only supported on tensors", node)
            res = self.new_node("call_function", operator.setitem,
                                (base, self.arg(t.slice), self.arg(node.value)), {})
            self.pending = (res, base)
            return
        for t in targets:
            if not isinstance(t, ast.Name):
                raise self.error(f"unsupported assignment target {type(t).__name__}", node)
        if isinstance(node.value, ast.Constant) and node.value.value is None:
            # `a = b = None`: the generated code freeing dead values (about half the lines).
            for t in targets:
                self.env[t.id] = None
            return
        first = targets[0].id
        if isinstance(node.value, ast.Name) and len(targets) == 1:
            src = self.resolve_name(node.value)
            if pending is not None and src is pending[1]:
                self.rename(pending[0], first)
                self.env[first] = pending[0]
                return
            if isinstance(src, fx.Node) and src in self.fresh_placeholders and not src.users:
                self.fresh_placeholders.discard(src)
                self.rename(src, first)
                self.env[first] = src
                return
            self.env[first] = self.value(src, node.value)
            return
        before = len(self.created)
        val = self.arg(node.value)
        if isinstance(val, fx.Node) and val in self.created[before:]:
            self.rename(val, first)
        for t in targets:
            self.env[t.id] = val

    def unpack(self, target: ast.Tuple | ast.List, val: Any, node: ast.AST) -> None:
        """``a, b = v``: one ``getitem`` node per name (constants are unpacked directly)."""
        names = target.elts
        if not all(isinstance(e, ast.Name) for e in names):
            raise self.error("only names can be unpacked into", node)
        if isinstance(val, fx.Node):
            for i, e in enumerate(names):
                self.env[e.id] = self.new_node("call_function", operator.getitem, (val, i), {}, name=e.id)
            return
        if not isinstance(val, (tuple, list)) or len(val) != len(names):
            raise self.error(f"cannot unpack {type(val).__name__} into {len(names)} names", node)
        for e, v in zip(names, val):
            self.env[e.id] = v

    # ------------------------------------------------------------------ signature
    def signature(self, fn: ast.FunctionDef) -> None:
        a = fn.args
        if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
            raise self.error("forward may only take plain positional arguments", fn)
        if not a.args or a.args[0].arg != "self":
            raise self.error("forward's first argument must be self", fn)
        self.env["self"] = _SELF
        params = a.args[1:]
        defaults = [None] * (len(params) - len(a.defaults)) + list(a.defaults)
        for p, d in zip(params, defaults):
            type_ = None
            if p.annotation is not None:
                key = ast.unparse(p.annotation)
                if key not in ANNOTATION_TYPES:
                    raise self.error(f"argument {p.arg}: annotation {key!r} is not allowed", p)
                type_ = ANNOTATION_TYPES[key]
            default_args: tuple = ()
            if d is not None:
                dv = self.arg(d)
                if _contains_node(dv):
                    raise self.error(f"argument {p.arg}: default must be a constant", p)
                default_args = (dv,)
            if p.arg in RESERVED_NAMES:
                raise self.error(f"argument name {p.arg!r} shadows a name the code needs", p)
            ph = self.graph.create_node("placeholder", p.arg, default_args, {}, name=p.arg,
                                        type_expr=type_)
            if ph.name != p.arg:
                raise self.error(f"argument {p.arg!r} cannot be used as a graph name", p)
            self.env[p.arg] = ph
            self.fresh_placeholders.add(ph)


_ALLOWED_IMPORTS = {"torch", "operator", "math", "torch.nn", "torch.nn.functional"}


def _torch_import_ok(stmt: ast.Import | ast.ImportFrom) -> bool:
    if isinstance(stmt, ast.Import):
        return all(a.name in _ALLOWED_IMPORTS and not a.asname for a in stmt.names)
    return not any(a.asname for a in stmt.names) and (
        (stmt.module == "torch" and all(a.name in ("device", "inf", "nan") for a in stmt.names))
        or (stmt.module == "math" and all(a.name in ("inf", "nan") for a in stmt.names)))


def find_forward(tree: ast.Module, file: Path, *, import_ok: Callable[[ast.Import | ast.ImportFrom], bool],
                 bases: tuple[str, ...]) -> ast.FunctionDef:
    """The ``forward`` of the one ``class GraphModule(<base>)`` a ``model.py`` may hold.

    Shared by the torch and Paddle parsers: the module holds imports that ``import_ok``
    accepts, docstrings and the class; the class derives from one of ``bases``, has no
    decorators or metaclass, and holds only ``forward`` and an ``__init__`` that calls
    ``super().__init__()``. Every refusal names the offending line.
    """
    cls: ast.ClassDef | None = None
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            if not import_ok(stmt):
                what = stmt.names[0].name if isinstance(stmt, ast.Import) else stmt.module
                kind = "import of" if isinstance(stmt, ast.Import) else "import from"
                raise ParseError(f"{kind} {what!r} is not allowed", file, stmt.lineno)
        elif isinstance(stmt, ast.ClassDef):
            if stmt.name != "GraphModule":
                raise ParseError(f"class {stmt.name!r}: model.py holds one class, GraphModule", file, stmt.lineno)
            if cls is not None:
                raise ParseError(f"a second class {stmt.name!r}: model.py holds one GraphModule",
                                 file, stmt.lineno)
            cls = stmt
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue
        else:
            raise ParseError(f"unsupported top-level statement {type(stmt).__name__}", file, stmt.lineno)
    if cls is None:
        raise ParseError("no GraphModule class", file, 1)
    if cls.decorator_list or cls.keywords:
        first = (cls.decorator_list or cls.keywords)[0]
        raise ParseError("decorators/metaclasses on the class are not allowed", file, first.lineno)
    if len(cls.bases) != 1 or ast.unparse(cls.bases[0]) not in bases:
        raise ParseError(f"the class must derive from {bases[0]}", file, cls.lineno)
    forward = None
    for item in cls.body:
        if isinstance(item, ast.FunctionDef) and item.name in ("forward", "__init__") and item.decorator_list:
            raise ParseError(f"decorators on {item.name} are not allowed", file, item.decorator_list[0].lineno)
        if isinstance(item, ast.FunctionDef) and item.name == "forward":
            if forward is not None:
                raise ParseError("a second forward", file, item.lineno)
            forward = item
        elif isinstance(item, ast.FunctionDef) and item.name == "__init__":
            if ast.unparse(item.args) != "self":
                raise ParseError("__init__ takes only self", file, item.lineno)
            body = [s for s in item.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            bad = [s for s in body if ast.unparse(s) != "super().__init__()"]
            if bad:
                raise ParseError("__init__ may only call super().__init__()", file, bad[0].lineno)
        elif isinstance(item, ast.Pass) or (isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant)):
            continue
        else:
            raise ParseError(f"unsupported class member {type(item).__name__}", file, item.lineno)
    if forward is None:
        raise ParseError("the class has no forward method", file, cls.lineno)
    return forward


def parse_model(source: str, file: Path | str = "model.py") -> fx.Graph:
    """Parse ``model.py`` text into an FX graph without executing it.

    Raises ``ParseError`` (a ``SampleError``) naming the file and line for malformed Python,
    unsupported syntax and names outside the allow-list.
    """
    file = Path(file)
    try:
        tree = ast.parse(source, filename=str(file))
    except SyntaxError as exc:
        raise ParseError(f"malformed Python: {exc.msg}", file, exc.lineno) from None
    forward = find_forward(tree, file, import_ok=_torch_import_ok, bases=("torch.nn.Module", "nn.Module"))
    b = _Builder(file)
    b.signature(forward)
    body = forward.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # a docstring
    return build_body(b, body, forward, file)


def build_body(builder: Any, body: list[ast.stmt], forward: ast.FunctionDef, file: Path) -> fx.Graph:
    """Feed ``body`` to ``builder.stmt`` up to its ``return`` and check the graph (both parsers)."""
    returned = False
    for stmt in body:
        if returned:
            raise ParseError("statement after return", file, stmt.lineno)
        returned = builder.stmt(stmt)
    if not returned:
        raise ParseError("forward has no return statement", file, forward.lineno)
    try:
        builder.graph.lint()
    except Exception as exc:  # noqa: BLE001 - lint failures are bad input
        raise ParseError(f"inconsistent graph: {exc}", file, forward.lineno) from None
    return builder.graph


def to_module(graph: fx.Graph, attributes: dict[str, Any] | None = None) -> fx.GraphModule:
    """Wrap a parsed graph in a ``GraphModule`` (``get_attr`` targets come from ``attributes``)."""
    root = torch.nn.Module()
    for name, value in (attributes or {}).items():
        if isinstance(value, torch.Tensor):
            root.register_buffer(name, value)
        else:
            setattr(root, name, value)
    return fx.GraphModule(root, graph, class_name="GraphModule")


def placeholders(graph: fx.Graph) -> list[fx.Node]:
    """Placeholders in signature order."""
    return [n for n in graph.nodes if n.op == "placeholder"]
