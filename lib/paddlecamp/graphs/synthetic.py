"""Generated graphs of any size, for benchmarks and chapters (no model needed)."""
from __future__ import annotations

import operator

import torch
import torch.fx as fx


def transformer_like_graph(n_nodes: int) -> fx.Graph:
    """About ``n_nodes`` nodes of a transformer-ish op mix: linear, GELU, scale, view/transpose/
    reshape, a reduction, a division and an in-place residual add, repeated."""
    g = fx.Graph()
    x = g.placeholder("L_x_", type_expr=torch.Tensor)
    w = g.placeholder("L_w_", type_expr=torch.nn.parameter.Parameter)
    b = g.placeholder("L_b_", type_expr=torch.nn.parameter.Parameter)
    h, made = x, 0
    while made < n_nodes:
        lin = g.call_function(torch._C._nn.linear, (h, w, b))
        act = g.call_function(torch.nn.functional.gelu, (lin,))
        sc = g.call_function(operator.mul, (act, 0.5))
        v = g.call_method("view", (sc, 2, 4, 8))
        t = g.call_method("transpose", (v, 1, 2))
        r = g.call_method("reshape", (t, 2, 32))
        s = g.call_method("sum", (r, -1), {"keepdim": True})
        d = g.call_function(operator.truediv, (r, s))
        h = g.call_function(operator.iadd, (d, h))
        made += 9
    g.output((h,))
    return g
