"""Why a low-precision graph misses its fp32 reference: range, first overflow, or near-ties.

A dtype verdict ("needs t=3", "nan/inf where fp32 is finite") says *that* a sample fails, not
*why*. :func:`diagnose` runs the fp32 graph and its float16/bfloat16 generalization node by
node on the same inputs and names the cause:

``fp32-range``
    an fp32 activation already lies beyond the target dtype's largest finite value (float16:
    65504), so no cast placement can represent it. GraphNet samples carry weight statistics,
    not weights: random weights drawn from them can drive a network without its trained
    normalization far outside the range it runs in with real weights.
``overflow``
    the first node whose low-precision value is inf/nan while every fp32 value stays in range
    (an intermediate that only overflows in the low dtype: a sum of squares, an exp).
``selection``
    a ``topk``/``sort`` picks other indices while the values it selects agree within the
    t = 1 tolerance: the scores are near-ties, the order among them is decided by rounding,
    and everything gathered by those indices (boxes, tokens) differs. The low-precision
    scores are right; the comparison of what they select is not a test of precision.

Only node summaries are kept (largest finite magnitude, finiteness) plus the outputs of the
selection nodes, so the extra runs cost two forward passes and little memory.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import torch
from torch import fx

from paddlecamp.graphs.parse import to_module
from paddlecamp.graphs.roundtrip import on_available_device

#: ops whose output is a choice of indices by value; (values, indices) pairs are compared
SELECTION_OPS = frozenset({"topk", "sort"})


@dataclass(frozen=True)
class Diagnosis:
    """The cause of a low-precision miss: ``kind`` is fp32-range, overflow or selection."""

    kind: str
    node: str
    op: str
    detail: str

    def __str__(self) -> str:
        return f"cause: {self.kind} at node {self.node} ({self.op}): {self.detail}"


def _op_name(n: fx.Node) -> str:
    t = n.target
    return t if isinstance(t, str) else getattr(t, "__name__", str(t))


class _Recorder(fx.Interpreter):
    """Runs a graph, keeping per node the largest finite |value| and whether all are finite."""

    def __init__(self, module: torch.nn.Module) -> None:
        super().__init__(module)
        self.stats: dict[str, tuple[float, bool]] = {}
        self.order: list[str] = []
        self.ops: dict[str, str] = {}
        self.selected: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}

    def run_node(self, n: fx.Node) -> Any:
        out = super().run_node(n)
        if isinstance(out, torch.Tensor) and out.is_floating_point() and out.numel():
            x = out.detach().float()
            fin = torch.isfinite(x)
            big = float(x[fin].abs().max()) if fin.any() else float("inf")
            self.stats[n.name] = (big, bool(fin.all()))
            self.order.append(n.name)
            self.ops[n.name] = _op_name(n)
        elif _op_name(n) in SELECTION_OPS and isinstance(out, tuple) and len(out) == 2:
            values, indices = out
            if isinstance(values, torch.Tensor) and isinstance(indices, torch.Tensor):
                self.selected[n.name] = (values.detach().float().clone(), indices.detach().clone())
                self.ops[n.name] = _op_name(n)
        return out


def _run(graph: fx.Graph, inputs: list[Any], ctx: Any) -> _Recorder:
    rec = _Recorder(to_module(on_available_device(graph)))
    torch.manual_seed(0)
    with torch.no_grad(), ctx:
        rec.run(*[x.clone() if isinstance(x, torch.Tensor) else x for x in inputs])
    return rec


def diagnose(graph: fx.Graph, low_graph: fx.Graph, inputs: list[Any], low_inputs: list[Any],
             target: str, low_context: Any = None) -> Diagnosis | None:
    """The cause of ``low_graph`` (``graph`` generalized to ``target``) missing the fp32 result.

    ``low_context`` is the context the low graph runs under (the fp32-accumulation mode on CPU
    for float16). ``None`` when no cause is found: then the error is spread rounding.
    """
    limit = float(torch.finfo(getattr(torch, target)).max)
    ref = _run(graph, inputs, contextlib.nullcontext())
    low = _run(low_graph, low_inputs, low_context if low_context is not None else contextlib.nullcontext())

    first_bad = next((name for name in low.order
                      if name in ref.stats and ref.stats[name][1] and not low.stats[name][1]), None)
    if first_bad is not None:
        # an fp32 activation up to that point beyond the low dtype's range explains it
        upto = ref.order[:ref.order.index(first_bad) + 1]
        for name in upto:
            big, finite = ref.stats[name]
            if finite and big > limit:
                return Diagnosis("fp32-range", name, ref.ops[name],
                                 f"fp32 reaches {big:.3g}, beyond {target}'s largest value {limit:.5g}")
        return Diagnosis("overflow", first_bad, low.ops[first_bad],
                         f"first inf/nan in {target}; fp32 stays within {ref.stats[first_bad][0]:.3g}")

    from paddlecamp.graphs.dtype import tolerance

    rtol, atol = tolerance(1, target)
    for name, (values, indices) in ref.selected.items():
        if name not in low.selected:
            continue
        lvalues, lindices = low.selected[name]
        if lindices.shape != indices.shape or torch.equal(lindices, indices):
            continue
        if torch.allclose(lvalues, values, rtol=rtol, atol=atol, equal_nan=True):
            same = float((lindices == indices).float().mean())
            diff = float((lvalues - values).abs().max())
            return Diagnosis("selection", name, ref.ops[name],
                             f"{same:.0%} of the selected indices agree while the selected values agree "
                             f"within the t=1 tolerance (max diff {diff:.3g} of {float(values.abs().max()):.3g}): "
                             "near-ties reordered by rounding; what is gathered by those indices differs")
    return None
