"""The project's own conversion matchers: constructs PaConvert 3.3.1 marks ``>>>>>>``.

Shaped like PaConvert: the rules are data (``RULES``, keyed by the torch API, with the
torch ``args_list`` and the rule's options) and the behaviour lives in one class per kind of
rule (``Matcher`` subclasses, looked up by the rule's ``"Matcher"`` name). A matcher works on
the *torch* AST before PaConvert runs (see ``paddlecamp.convert.run`` for why) and returns
either a new expression or ``Refusal(reason)`` when it cannot prove the rewrite exact; a
refused call is left to PaConvert, which marks it, and the reason is reported with the line.

A rewrite is one of three kinds:

* **lowering** to torch code PaConvert already converts (``torch.kl_div`` ->
  ``torch.nn.functional.kl_div``; ``F.upsample`` -> ``F.interpolate``; dropping an argument
  whose value cannot change the result): exactness can be checked in torch alone;
* **direct** paddle code where torch has no convertible spelling (``torch.optim.SGD`` with
  momentum -> ``paddle.optimizer.Momentum``);
* a **helper** function written in torch and inserted once per file (``torch.special.entr``),
  which PaConvert then converts like the rest of the file.
"""
from __future__ import annotations

import ast
import inspect
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

#: torch-side argument flags that choose an implementation, not a result, whatever their value
IMPLEMENTATION_FLAGS = ("foreach", "fused", "capturable")
#: arguments torch documents as ignored ("only_inputs argument is deprecated and is ignored now")
IGNORED_BY_TORCH = ("only_inputs",)
#: defaults that switch a behaviour *on* and that PaConvert's matcher implements when the
#: argument is omitted (SvdMatcher computes U and V). Other "on" defaults are kept: PaConvert
#: lists ``cycle_momentum`` because paddle's schedulers cannot cycle momentum at all, and
#: dropping ``cycle_momentum=True`` would hide that.
DEFAULT_ON_KEPT_BY_MAPPING = {"torch.svd": ("compute_uv",), "torch.Tensor.svd": ("compute_uv",)}

RULES: dict[str, dict[str, Any]] = {
    "torch.optim.SGD": {
        "Matcher": "SgdMomentumMatcher",
        "paddle_api": "paddle.optimizer.Momentum",
        "args_list": ["params", "lr", "momentum", "dampening", "weight_decay", "nesterov", "*",
                      "maximize", "foreach", "differentiable", "fused"],
        "kwargs_change": {"params": "parameters", "lr": "learning_rate", "momentum": "momentum",
                          "weight_decay": "weight_decay", "nesterov": "use_nesterov"},
        "torch_defaults": {"lr": 0.001, "weight_decay": 0, "nesterov": False},
    },
    "torch.kl_div": {
        "Matcher": "EnumLoweringMatcher",
        "torch_api": "torch.nn.functional.kl_div",
        "args_list": ["input", "target", "reduction", "*", "log_target"],
        # torch.kl_div is the ATen op: reduction is the int enum, default 0 ("none")
        "enum": {"reduction": ["none", "mean", "sum"]},
        "torch_defaults": {"reduction": 0},
    },
    "torch.nn.functional.upsample": {
        "Matcher": "RenameMatcher",
        "torch_api": "torch.nn.functional.interpolate",   # torch's upsample calls interpolate
        "args_list": ["input", "size", "scale_factor", "mode", "align_corners"],
        # only where PaConvert's own upsample rule refuses; align_corners=None is torch's default
        "when_given": ["align_corners"], "drop_none": ["align_corners"],
    },
    "torch.resolve_conj": {"Matcher": "IdentityMatcher", "args_list": ["input"]},
    "torch.resolve_neg": {"Matcher": "IdentityMatcher", "args_list": ["input"]},
    "torch.Tensor.resolve_conj": {"Matcher": "IdentityMatcher", "args_list": []},
    "torch.Tensor.resolve_neg": {"Matcher": "IdentityMatcher", "args_list": []},
    # the method is the function with the tensor as input; PaConvert maps torch.median to
    # paddle.compat.median (values and indices) but refuses the method's dim=
    "torch.Tensor.median": {"Matcher": "MethodToFunctionMatcher", "torch_api": "torch.median",
                            "args_list": ["dim", "keepdim"], "when_given": ["dim"]},
    "torch.Tensor.nanmedian": {"Matcher": "MethodToFunctionMatcher", "torch_api": "torch.nanmedian",
                               "args_list": ["dim", "keepdim"], "when_given": ["dim"]},
    "torch.special.entr": {
        "Matcher": "HelperMatcher",
        "helper": "_paddlecamp_entr",
        "args_list": ["input", "*", "out"],
    },
}

#: torch's lazy normalization modules: the module torch materializes them into, and what it
#: must refuse because PaConvert's mapping of that module would drop it silently
LAZY_NORMS = {
    f"torch.nn.Lazy{kind}Norm{d}d": {
        "Matcher": "LazyModuleMatcher",
        "torch_api": f"torch.nn.{kind}Norm{d}d",
        "helper": f"_PaddlecampLazy{kind}Norm{d}d",
        "args_list": ["eps", "momentum", "affine", "track_running_stats", "device", "dtype"],
        "defaults": {"eps": 1e-05, "momentum": 0.1, "affine": kind == "Batch", "track_running_stats": kind == "Batch"},
        # paddle's BatchNorm always tracks running statistics and its InstanceNorm never does
        "refuse": {"track_running_stats": [kind != "Batch"], "momentum": [None]},
    }
    for kind in ("Batch", "Instance") for d in (1, 2, 3)
}
RULES.update(LAZY_NORMS)

#: helper functions, written in torch (PaConvert converts them with the file)
HELPERS = {
    "_paddlecamp_entr": '''\
def _paddlecamp_entr(input, *, out=None):
    """torch.special.entr: -x*ln(x) for x > 0, 0 at 0, -inf for x < 0, nan stays nan."""
    import torch
    if not input.is_floating_point():
        input = input.float()      # torch.special.entr promotes integers to the default float
    positive = torch.where(input > 0, input, torch.ones_like(input))
    result = torch.where(input > 0, -positive * torch.log(positive),
                         torch.where(input == 0, torch.zeros_like(input),
                                     torch.where(input < 0, torch.full_like(input, float("-inf")), input)))
    if out is not None:
        out.copy_(result)
        return out
    return result
''',
}


def _lazy_norm_helper(rule: dict) -> str:
    d = rule["defaults"]
    return f'''\
class {rule["helper"]}(torch.nn.Module):
    """{rule["torch_api"].replace("torch.nn.", "torch.nn.Lazy")}: a {rule["torch_api"]} whose num_features is the
    size of dim 1 of the first input (what torch's lazy module materializes into)."""

    def __init__(self, eps={d["eps"]!r}, momentum={d["momentum"]!r}, affine={d["affine"]!r},
                 track_running_stats={d["track_running_stats"]!r}, device=None, dtype=None):
        super().__init__()
        self.lazy_args = (eps, momentum, affine)
        self.module = None

    def forward(self, input):
        if self.module is None:
            eps, momentum, affine = self.lazy_args
            self.module = {rule["torch_api"]}(input.shape[1], eps=eps, momentum=momentum, affine=affine)
            if not self.training:
                self.module.eval()
        return self.module(input)
'''


HELPERS.update({rule["helper"]: _lazy_norm_helper(rule) for rule in LAZY_NORMS.values()})


@dataclass
class Refusal:
    """A call the matcher will not rewrite, and why (reported next to PaConvert's mark)."""
    reason: str


@dataclass
class Rewrite:
    """A rewritten expression plus what it needs in the file."""
    node: ast.expr
    helpers: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()          # modules the new code names: "torch", "paddle"
    matcher: str = ""                    # the class that wrote it, when it is not the rule's own


@dataclass
class BoundCall:
    """A call's arguments bound to the torch names in ``args_list`` (AST nodes, not values)."""
    args: dict[str, ast.expr] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)      # names in the order written
    positional: int = 0                                  # how many were passed positionally


class Matcher:
    """One kind of rule. ``rewrite`` returns ``Rewrite``, ``Refusal`` or ``None`` (not ours)."""

    def __init__(self, torch_api: str, rule: dict):
        self.torch_api, self.rule = torch_api, rule

    def bind(self, call: ast.Call) -> BoundCall | Refusal:
        names = [a for a in self.rule.get("args_list", []) if a != "*"]
        star = self.rule.get("args_list", []).index("*") if "*" in self.rule.get("args_list", []) else len(names)
        bound = BoundCall()
        for i, a in enumerate(call.args):
            if isinstance(a, ast.Starred):
                return Refusal("arguments unpacked with * cannot be bound statically")
            if i >= star:
                return Refusal(f"{self.torch_api} takes at most {star} positional arguments")
            bound.args[names[i]] = a
            bound.order.append(names[i])
        bound.positional = len(call.args)
        for kw in call.keywords:
            if kw.arg is None:
                return Refusal("arguments unpacked with ** cannot be bound statically")
            if kw.arg not in names:
                return Refusal(f"unknown argument {kw.arg!r} for {self.torch_api}")
            bound.args[kw.arg] = kw.value
            bound.order.append(kw.arg)
        return bound

    def rewrite(self, call: ast.Call, receiver: ast.expr | None) -> Rewrite | Refusal | None:
        raise NotImplementedError


def literal(node: ast.expr | None, default: Any = None) -> tuple[bool, Any]:
    """``(True, value)`` when ``node`` is a literal (or absent: the default), else ``(False, None)``."""
    if node is None:
        return True, default
    try:
        return True, ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False, None


def dotted(name: str) -> ast.expr:
    parts = name.split(".")
    node: ast.expr = ast.Name(parts[0], ast.Load())
    for p in parts[1:]:
        node = ast.Attribute(node, p, ast.Load())
    return node


class SgdMomentumMatcher(Matcher):
    """``torch.optim.SGD(params, lr, momentum>0, dampening=0, weight_decay, nesterov)`` ->
    ``paddle.optimizer.Momentum``.

    torch (dampening 0): ``g = grad + wd*p; b = mu*b + g`` (``b = g`` on the first step);
    ``p -= lr * (g + mu*b if nesterov else b)``. Paddle's Momentum with a float
    ``weight_decay`` (L2Decay, added to the gradient): ``v = mu*v + g`` from ``v = 0``, so
    ``v = g`` on the first step, and ``p -= lr * (g + mu*v if use_nesterov else v)``: the same
    recurrence. torch's dampening scales ``g`` by ``1 - dampening`` from the second step on,
    which Momentum cannot express, so ``dampening != 0`` is refused; so are ``maximize=True``,
    ``differentiable=True`` and parameter groups written as dicts (Paddle's group
    ``learning_rate`` is a multiplier, torch's ``lr`` a value).
    """

    def rewrite(self, call, receiver):
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        ok, mom = literal(b.args.get("momentum"), 0)
        if ok and mom == 0:   # plain SGD: PaConvert's mapping, once the arguments that change nothing are gone
            return NoEffectArgumentMatcher(self.torch_api, paconvert_mapping()[self.torch_api]).rewrite(call, receiver)
        ok, damp = literal(b.args.get("dampening"), 0)
        if not ok or damp != 0:
            return Refusal("dampening != 0 scales the gradient by (1 - dampening) after the first step; "
                           "paddle.optimizer.Momentum has no such term")
        for flag in ("maximize", "differentiable"):
            ok, v = literal(b.args.get(flag), False)
            if not ok or v:
                return Refusal(f"{flag}=True has no paddle.optimizer.Momentum equivalent")
        params = b.args.get("params")
        if params is None:
            return Refusal("params is required")
        if isinstance(params, (ast.List, ast.Tuple)) and any(isinstance(e, ast.Dict) for e in params.elts):
            return Refusal("parameter groups as dicts: paddle's per-group learning_rate is a multiplier, torch's lr a value")
        kwargs = []
        change = self.rule["kwargs_change"]
        defaults = self.rule["torch_defaults"]
        for torch_name in ("params", "lr", "momentum", "weight_decay", "nesterov"):
            value = b.args.get(torch_name)
            if value is None:
                if torch_name not in defaults:
                    continue
                value = ast.Constant(defaults[torch_name])
            kwargs.append(ast.keyword(change[torch_name], value))
        return Rewrite(ast.Call(dotted(self.rule["paddle_api"]), [], kwargs), needs=("paddle",))


class EnumLoweringMatcher(Matcher):
    """An ATen-level op whose enum argument is an int -> the functional that takes the name.

    ``torch.kl_div(x, y, 1)`` is ``F.kl_div(x, y, reduction="mean")``; a str reduction makes
    torch.kl_div raise TypeError, so it is refused rather than turned into working code."""

    def rewrite(self, call, receiver):
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        names = [a for a in self.rule["args_list"] if a != "*"]
        if names[0] not in b.args or names[1] not in b.args:
            return Refusal(f"{self.torch_api} needs {names[0]} and {names[1]}")
        pos = [b.args[names[0]], b.args[names[1]]]
        kws = [ast.keyword(n, b.args[n]) for n in b.order if n not in names[:2] and n not in self.rule["enum"]]
        for name, choices in self.rule["enum"].items():
            ok, v = literal(b.args.get(name), self.rule["torch_defaults"][name])
            if ok:
                if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(choices):
                    return Refusal(f"{self.torch_api}: {name} must be an int in 0..{len(choices) - 1} "
                                   f"({', '.join(f'{i}={c}' for i, c in enumerate(choices))}); got {v!r}, which torch rejects")
                enum_node: ast.expr = ast.Constant(choices[v])
            else:
                enum_node = ast.Subscript(ast.Tuple([ast.Constant(c) for c in choices], ast.Load()),
                                          b.args[name], ast.Load())
            kws.append(ast.keyword(name, enum_node))
        return Rewrite(ast.Call(dotted(self.rule["torch_api"]), pos, kws), needs=("torch",))


class RenameMatcher(Matcher):
    """A deprecated torch alias -> the API it forwards to, same arguments."""

    def rewrite(self, call, receiver):
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        if not any(a in b.args for a in self.rule.get("when_given", b.args)):
            return None
        dropped = [a for a in self.rule.get("drop_none", ()) if a in b.args and literal(b.args[a]) == (True, None)]
        names = [a for a in self.rule["args_list"] if a != "*"]
        keep_pos = names[:min(b.positional, min([names.index(a) for a in dropped], default=len(names)))]
        args = [b.args[n] for n in keep_pos]
        kws = [ast.keyword(n, b.args[n]) for n in b.order if n not in keep_pos and n not in dropped]
        if dropped and not any(a in b.args and a not in dropped for a in self.rule.get("when_given", ())):
            return Rewrite(ast.Call(call.func, args, kws), matcher="NoEffectArgumentMatcher")   # now PaConvert's own rule applies
        return Rewrite(ast.Call(dotted(self.rule["torch_api"]), args, kws), needs=("torch",))


class MethodToFunctionMatcher(Matcher):
    """``x.median(1, keepdim=True)`` -> ``torch.median(x, 1, keepdim=True)``: in torch the
    method is the function with ``self`` as ``input``; used where PaConvert maps the function
    but refuses the method form (only when an argument in ``when_given`` is passed)."""

    def rewrite(self, call, receiver):
        if receiver is None:
            return None
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        if not any(a in b.args for a in self.rule["when_given"]):
            return None
        return Rewrite(ast.Call(dotted(self.rule["torch_api"]), [receiver] + list(call.args), call.keywords),
                       needs=("torch",))


class IdentityMatcher(Matcher):
    """``resolve_conj``/``resolve_neg``: torch materializes a lazy conjugate/negative view;
    Paddle has no lazy views (its ``conj()`` and ``neg()`` compute), so the value is the input."""

    def rewrite(self, call, receiver):
        if receiver is not None:
            if call.args or call.keywords:
                return Refusal(f"{self.torch_api} takes no arguments")
            return Rewrite(receiver)
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        if "input" not in b.args:
            return Refusal("input is required")
        return Rewrite(b.args["input"])


class HelperMatcher(Matcher):
    """A torch API without a mapping whose composite of mapped torch ops is exact -> a call
    of a helper written in torch (inserted once per file; PaConvert converts its body)."""

    def rewrite(self, call, receiver):
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        if receiver is not None:
            return Refusal("method form not handled")
        args = [b.args["input"]] if "input" in b.args else []
        kws = [ast.keyword(n, b.args[n]) for n in b.order if n != "input"]
        return Rewrite(ast.Call(ast.Name(self.rule["helper"], ast.Load()), args, kws),
                       helpers=(self.rule["helper"],), needs=("torch",))


class LazyModuleMatcher(HelperMatcher):
    """``torch.nn.LazyBatchNorm2d(...)`` -> a helper module (in torch) that builds
    ``torch.nn.BatchNorm2d(input.shape[1], ...)`` on the first call, which is what torch's lazy
    module turns into; PaConvert then converts the eager module with its own mapping.
    Differences left: the parameters exist only after the first forward (torch has
    uninitialized placeholders), so build the optimizer after a dry run, as torch advises;
    and whatever PaConvert's eager mapping does (its BatchNorm keeps a running_var that
    differs from torch's, so eval-mode outputs after training differ: found with ``--check``).
    Refused: values that mapping would drop (``track_running_stats`` paddle cannot honour,
    ``momentum=None``) and a ``dtype`` other than float32."""

    def rewrite(self, call, receiver):
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        for name, bad in self.rule["refuse"].items():
            ok, v = literal(b.args.get(name), self.rule["defaults"].get(name))
            if not ok or any(v is x for x in bad):
                shown = ast.unparse(b.args[name]) if name in b.args else repr(v)
                return Refusal(f"{name}={shown} is not kept by the mapping of {self.rule['torch_api']}")
        dtype = b.args.get("dtype")
        if dtype is not None and not (isinstance(dtype, ast.Constant) and dtype.value is None) \
                and ast.unparse(dtype).rsplit(".", 1)[-1] not in ("float32", "float"):
            return Refusal(f"dtype={ast.unparse(dtype)}: only float32 parameters are built")
        return Rewrite(ast.Call(ast.Name(self.rule["helper"], ast.Load()), call.args, call.keywords),
                       helpers=(self.rule["helper"],), needs=("torch",))


class NoEffectArgumentMatcher(Matcher):
    """Drop arguments PaConvert refuses (``unsupport_args``) when their value cannot change
    the result: the torch default written out when it is "off" (``maximize=False``,
    ``momentum=0``, ``foreach=None``; an "on" default only where ``DEFAULT_ON_KEPT_BY_MAPPING``
    says PaConvert's mapping does it), an
    implementation flag (``foreach``, ``fused``, ``capturable``), or an argument torch
    ignores (``only_inputs``). Positional arguments after a dropped one become keywords.
    The rule's ``args_list`` and ``unsupport_args`` come from PaConvert's own mapping, the
    defaults from the installed torch signature."""

    def rewrite(self, call, receiver):
        b = self.bind(call)
        if isinstance(b, Refusal):
            return b
        unsupported = [a for a in self.rule.get("unsupport_args", []) if a in b.args]
        if not unsupported:
            return None
        defaults = torch_defaults(self.torch_api)
        drop = []
        for a in unsupported:
            ok, v = literal(b.args[a])
            if a in IGNORED_BY_TORCH or (a in IMPLEMENTATION_FLAGS and ok and v in (None, True, False)):
                drop.append(a)
            elif ok and a in defaults and _same_literal(v, defaults[a]) and (
                    not defaults[a] or a in DEFAULT_ON_KEPT_BY_MAPPING.get(self.torch_api, ())):
                drop.append(a)
        if len(drop) < len(unsupported):
            return None       # something real is left: PaConvert marks it, as before
        names = [a for a in self.rule.get("args_list", []) if a != "*"]
        keep_pos = []
        for i in range(b.positional):
            if names[i] in drop:
                break
            keep_pos.append(names[i])
        args = [b.args[n] for n in keep_pos]
        kws = [ast.keyword(n, b.args[n]) for n in b.order if n not in keep_pos and n not in drop]
        if receiver is not None:
            func = ast.Attribute(receiver, call.func.attr, ast.Load())
        else:
            func = call.func
        return Rewrite(ast.Call(func, args, kws), matcher=type(self).__name__)


def _same_literal(a: Any, b: Any) -> bool:
    return type(a) in (int, float, bool, type(None)) and type(b) in (int, float, bool, type(None)) \
        and (a is b if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None else a == b)


@lru_cache(maxsize=None)
def torch_defaults(torch_api: str) -> dict[str, Any]:
    """The installed torch's default values for ``torch_api`` (empty when not introspectable)."""
    import importlib
    parts = torch_api.split(".")
    obj = None
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        try:
            for p in parts[i:]:
                obj = getattr(obj, p)
        except AttributeError:
            return {}
        break
    if obj is None:
        return {}
    try:
        sig = inspect.signature(obj.__init__ if inspect.isclass(obj) else obj)
    except (TypeError, ValueError):
        # a C builtin: the signature line of its docstring, else its ATen schema (Track 2's readers)
        from paddlecamp.apicompat import signatures as S
        found = S.from_docstring(obj, parts[-1]) or S.from_schema(torch_api)
        out = {}
        for p in found.params if found else []:
            if p.has_default:
                try:
                    out[p.name] = ast.literal_eval(p.default)
                except (ValueError, SyntaxError):
                    pass
        return out
    return {n: p.default for n, p in sig.parameters.items() if p.default is not inspect.Parameter.empty}


MATCHERS = {cls.__name__: cls for cls in (SgdMomentumMatcher, EnumLoweringMatcher, RenameMatcher, IdentityMatcher,
                                          MethodToFunctionMatcher,
                                          HelperMatcher, LazyModuleMatcher, NoEffectArgumentMatcher)}


@lru_cache(maxsize=1)
def paconvert_mapping() -> dict[str, dict]:
    """PaConvert's ``api_mapping.json`` as shipped in the installed package."""
    import paconvert
    from pathlib import Path
    return json.loads((Path(paconvert.__file__).parent / "api_mapping.json").read_text(encoding="utf-8"))


def matcher_for(torch_api: str) -> Matcher | None:
    """The project's rule for ``torch_api``: ``RULES`` first, then the no-effect-argument rule
    for every PaConvert mapping that lists ``unsupport_args``."""
    rule = RULES.get(torch_api)
    if rule is not None:
        return MATCHERS[rule["Matcher"]](torch_api, rule)
    mapped = paconvert_mapping().get(torch_api)
    if mapped and mapped.get("unsupport_args") and mapped.get("args_list"):
        return NoEffectArgumentMatcher(torch_api, mapped)
    return None


def tensor_methods() -> set[str]:
    """Method names the rules handle on tensors (``x.resolve_conj()``)."""
    out = {api.rsplit(".", 1)[1] for api in RULES if api.startswith("torch.Tensor.")}
    out |= {api.rsplit(".", 1)[1] for api, m in paconvert_mapping().items()
            if api.startswith("torch.Tensor.") and m.get("unsupport_args")}
    return out
