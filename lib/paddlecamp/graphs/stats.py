"""Op statistics of parsed graphs: histograms and fusible-pattern counts.

Patterns counted (what a fusing compiler would merge into one kernel):

- ``elementwise_chains``: maximal chains of >= 2 elementwise ops, each the only user of the
  previous one (``chain_ops`` counts the ops inside them);
- ``reduction_elementwise``: a reduction (sum/mean/softmax/norm...) fed by, or feeding only,
  an elementwise op;
- ``matmul_epilogues``: a matmul/linear/conv whose only user is elementwise (bias, activation);
- ``layout_ops``: view/reshape/permute/transpose/expand/... (free or copy-only ops).

Paddle samples (``graph_net.json`` says ``"framework": "paddle"``) are parsed by the Paddle
parser and their ``paddle._C_ops`` names mapped onto the same vocabulary (``multiply`` ->
``mul``, ``swish`` -> ``silu``, ``concat`` -> ``cat``, ...; ``PADDLE_NAMES``), so torch and
Paddle histograms and pattern counts compare; the multi-output bookkeeping nodes of the
Paddle format (``as_outputs`` and the ``getitem`` after it) are not counted as ops.
"""
from __future__ import annotations

import operator
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import torch.fx as fx

from paddlecamp.graphs.parse import parse_model

ELEMENTWISE = {
    "add", "sub", "mul", "truediv", "floordiv", "neg", "pow", "iadd", "isub", "imul", "itruediv",
    "relu", "relu_", "gelu", "silu", "sigmoid", "tanh", "exp", "log", "sqrt", "rsqrt", "abs",
    "clamp", "clamp_min", "clamp_max", "hardtanh", "hardswish", "hardsigmoid", "leaky_relu", "elu",
    "softplus", "dropout", "masked_fill", "where", "erf", "sin", "cos", "reciprocal", "maximum",
    "minimum", "to", "float", "type_as", "mish", "eq", "ne", "lt", "le", "gt", "ge", "logical_not",
    "add_", "mul_", "div", "div_", "sub_", "square", "contiguous",
}
REDUCTIONS = {"sum", "mean", "amax", "amin", "max", "min", "softmax", "log_softmax", "var", "std",
              "norm", "layer_norm", "batch_norm", "group_norm", "logsumexp", "cumsum", "prod",
              "argmax", "rms_norm", "var_mean"}
MATMULS = {"linear", "matmul", "mm", "bmm", "addmm", "baddbmm", "conv1d", "conv2d", "conv3d",
           "conv_transpose1d", "conv_transpose2d", "einsum", "scaled_dot_product_attention"}
LAYOUT = {"view", "reshape", "permute", "transpose", "expand", "flatten", "squeeze", "unsqueeze",
          "contiguous", "cat", "split", "chunk", "unflatten", "stack", "t", "expand_as", "view_as",
          "narrow", "unbind", "repeat", "flip", "roll", "pad"}


#: ``paddle._C_ops`` names that mean a torch-vocabulary op (the rest keep their own names).
PADDLE_NAMES = {
    "multiply": "mul", "divide": "truediv", "subtract": "sub", "scale": "mul", "swish": "silu",
    "relu6": "hardtanh", "elementwise_pow": "pow", "concat": "cat", "depthwise_conv2d": "conv2d",
    "conv2d_transpose": "conv_transpose2d", "depthwise_conv2d_transpose": "conv_transpose2d",
    "clip": "clamp", "cast": "to", "equal": "eq", "not_equal": "ne", "greater_than": "gt",
    "less_than": "lt", "greater_equal": "ge", "less_equal": "le", "split_with_num": "split",
    "floor_divide": "floordiv", "p_norm": "norm", "strided_slice": "slice", "tile": "repeat",
    "linear_interp": "interpolate", "nearest_interp": "interpolate", "bilinear_interp": "interpolate",
    "bicubic_interp": "interpolate", "pool2d": "pool2d", "fused_softmax_mask_upper_triangle": "softmax",
}
#: Nodes of the Paddle format that only unpack multi-output ops.
PADDLE_BOOKKEEPING = {"as_outputs", "getitem"}


def paddle_op_name(n: fx.Node) -> str | None:
    """Short op name of a Paddle-sample node in the torch vocabulary (``None``: not an op)."""
    name = op_name(n)
    if name is None or name in PADDLE_BOOKKEEPING:
        return None
    name = name.rstrip("_")  # in-place variants (batch_norm_, relu_) count as the op
    return PADDLE_NAMES.get(name, name)


def op_name(n: fx.Node) -> str | None:
    """Short op name: ``relu`` for ``torch.nn.functional.relu`` and ``x.relu()`` alike."""
    if n.op == "call_method":
        return str(n.target)
    if n.op == "call_function":
        if n.target is operator.getitem:
            return "getitem"
        return getattr(n.target, "__name__", str(n.target)).lstrip("_")
    return None


@dataclass
class GraphStats:
    """Counts for one graph or a sum over many."""

    samples: int = 0
    nodes: int = 0
    ops: Counter = field(default_factory=Counter)
    elementwise_chains: int = 0
    chain_ops: int = 0
    reduction_elementwise: int = 0
    matmul_epilogues: int = 0
    layout_ops: int = 0

    def __add__(self, other: "GraphStats") -> "GraphStats":
        return GraphStats(self.samples + other.samples, self.nodes + other.nodes, self.ops + other.ops,
                          self.elementwise_chains + other.elementwise_chains,
                          self.chain_ops + other.chain_ops,
                          self.reduction_elementwise + other.reduction_elementwise,
                          self.matmul_epilogues + other.matmul_epilogues,
                          self.layout_ops + other.layout_ops)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["ops"] = dict(self.ops.most_common())
        return d


def graph_stats(graph: fx.Graph, namer: Callable[[fx.Node], str | None] = op_name) -> GraphStats:
    """Histogram and pattern counts for one graph (``namer``: ``op_name``, or
    ``paddle_op_name`` for a graph parsed from a Paddle sample)."""
    s = GraphStats(samples=1)
    names = {n: namer(n) for n in graph.nodes}
    compute = [n for n in graph.nodes if names[n] is not None]
    s.nodes = len(compute)
    s.ops.update(names[n] for n in compute)
    ew = lambda n: names.get(n) in ELEMENTWISE  # noqa: E731
    only_user = lambda n: next(iter(n.users)) if len(n.users) == 1 else None  # noqa: E731
    for n in compute:
        name = names[n]
        if name in LAYOUT:
            s.layout_ops += 1
        if ew(n):
            # Chain heads: elementwise nodes not fed by an elementwise single-user producer.
            prev = [a for a in n.all_input_nodes if ew(a) and only_user(a) is n]
            if not prev:
                length, cur = 1, n
                while (nxt := only_user(cur)) is not None and ew(nxt):
                    length, cur = length + 1, nxt
                if length >= 2:
                    s.elementwise_chains += 1
                    s.chain_ops += length
        if name in REDUCTIONS:
            fed = any(ew(a) for a in n.all_input_nodes)
            feeds = (u := only_user(n)) is not None and ew(u)
            if fed or feeds:
                s.reduction_elementwise += 1
        if name in MATMULS and (u := only_user(n)) is not None and ew(u):
            s.matmul_epilogues += 1
    return s


def sample_stats(path: Path | str) -> GraphStats:
    """Stats of one torch or Paddle sample (by ``graph_net.json``'s framework); never runs it."""
    from paddlecamp.graphs.sample import SampleError, sample_framework

    file = Path(path) / "model.py"
    if not file.is_file():
        raise SampleError("missing model.py", file)
    source = file.read_text(encoding="utf-8")  # only the model: the metas are not needed to count ops
    if sample_framework(path) == "paddle":
        from paddlecamp.graphs.paddle_parse import parse_paddle_model

        return graph_stats(parse_paddle_model(source, file), paddle_op_name)
    return graph_stats(parse_model(source, file))


def corpus_stats(paths: Iterable[Path | str], progress: bool = True) -> tuple[GraphStats, list[str]]:
    """Summed stats over samples, and the errors of samples that could not be read."""
    paths = list(paths)
    it: Iterable = paths
    if progress and len(paths) > 1:
        from tqdm.auto import tqdm

        it = tqdm(paths, desc="stats", unit="sample")
    total, errors = GraphStats(), []
    for p in it:
        try:
            total = total + sample_stats(p)
        except Exception as exc:  # noqa: BLE001 - one bad sample never stops a batch
            errors.append(f"{p}: {exc}")
    return total, errors
