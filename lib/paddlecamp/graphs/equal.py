"""Structural equality of FX graphs, reporting the first difference.

Two graphs are equal when they have the same nodes in the same order with the same op,
name, target, placeholder type, args and kwargs, and the same output. Node arguments are
compared by position in the graph, so a rewired edge is a difference even if the names
happen to match; ``operator.iadd`` and ``operator.add`` are different targets, so an
in-place op silently turned out-of-place is caught.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch.fx as fx


@dataclass
class GraphDiff:
    """Result of ``graph_equal``: ``equal`` and, when not, where and what differs."""

    equal: bool
    difference: str | None = None
    node_index: int | None = None

    def __bool__(self) -> bool:
        return self.equal


def _same_value(a: Any, b: Any, ia: dict, ib: dict) -> bool:
    if isinstance(a, fx.Node) or isinstance(b, fx.Node):
        return isinstance(a, fx.Node) and isinstance(b, fx.Node) and ia.get(a) == ib.get(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same_value(x, y, ia, ib) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same_value(a[k], b[k], ia, ib) for k in a)
    if isinstance(a, slice):
        return all(_same_value(x, y, ia, ib) for x, y in
                   ((a.start, b.start), (a.stop, b.stop), (a.step, b.step)))
    if isinstance(a, float):
        # Bitwise-identical constants: nan equals nan, 0.0 differs from -0.0.
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    return a == b


def _describe(n: fx.Node) -> str:
    return f"{n.op} {n.name} ({getattr(n.target, '__name__', n.target)})"


def graph_equal(a: fx.Graph | fx.GraphModule, b: fx.Graph | fx.GraphModule,
                compare_names: bool = True) -> GraphDiff:
    """Compare two graphs node by node; the result names the first difference.

    ``compare_names=False`` ignores node names (placeholder targets are still compared),
    which is the weaker check a re-tracing loader can hope to pass.
    """
    ga = a.graph if isinstance(a, fx.GraphModule) else a
    gb = b.graph if isinstance(b, fx.GraphModule) else b
    na, nb = list(ga.nodes), list(gb.nodes)
    ia = {n: i for i, n in enumerate(na)}
    ib = {n: i for i, n in enumerate(nb)}
    pa = [n for n in na if n.op == "placeholder"]
    pb = [n for n in nb if n.op == "placeholder"]
    key = (lambda n: (n.target, n.name)) if compare_names else (lambda n: (n.target,))
    if [key(n) for n in pa] != [key(n) for n in pb]:
        for i, (x, y) in enumerate(zip(pa, pb)):
            if key(x) != key(y):
                return GraphDiff(False, f"placeholder {i}: {x.target}/{x.name} vs {y.target}/{y.name}", i)
        return GraphDiff(False, f"placeholder count {len(pa)} vs {len(pb)}", min(len(pa), len(pb)))
    for i, (x, y) in enumerate(zip(na, nb)):
        if x.op != y.op:
            return GraphDiff(False, f"node {i}: op {_describe(x)} vs {_describe(y)}", i)
        if x.op == "call_function":
            if x.target is not y.target:
                return GraphDiff(False, f"node {i} ({x.name}): target {x.target!r} vs {y.target!r}", i)
        elif x.target != y.target:
            return GraphDiff(False, f"node {i} ({x.name}): target {x.target!r} vs {y.target!r}", i)
        if compare_names and x.name != y.name:
            return GraphDiff(False, f"node {i}: name {x.name!r} vs {y.name!r}", i)
        if x.op == "placeholder" and x.type != y.type:
            return GraphDiff(False, f"placeholder {x.name}: type {x.type} vs {y.type}", i)
        if not _same_value(x.args, y.args, ia, ib):
            return GraphDiff(False, f"node {i} ({x.name}): args {x.args} vs {y.args}", i)
        if not _same_value(x.kwargs, y.kwargs, ia, ib):
            return GraphDiff(False, f"node {i} ({x.name}): kwargs {x.kwargs} vs {y.kwargs}", i)
    if len(na) != len(nb):
        extra = na[len(nb)] if len(na) > len(nb) else nb[len(na)]
        return GraphDiff(False, f"node count {len(na)} vs {len(nb)} (first extra: {_describe(extra)})",
                         min(len(na), len(nb)))
    return GraphDiff(True)
