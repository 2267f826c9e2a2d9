"""The peer round trip we compare against: import ``model.py``, ``fx.symbolic_trace``, ``gm.code``.

This is what a loader that *runs* the sample does (GraphNet re-traces with dynamo; symbolic
tracing shows the same classes of loss and is deterministic). It executes the sample's code,
so use it only on trusted text, such as the project's own corpus; ``parse`` never does.

The classes of loss it exhibits, which ``graph_equal`` against our parse reports:

- constant factories (``torch.tensor(1.0)``) are evaluated during tracing and come back as
  ``_tensor_constantN`` attributes (``get_attr`` nodes) that the text alone cannot restore;
- ``x += y; x_1 = x`` comes back as ``operator.add`` (the in-place op is silently lost);
- shape arithmetic (``x.size()[0] * 2``) is folded into constants;
- placeholder names change (``L_x_`` vs ``l_x_``) and private names are rewritten.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

import torch
import torch.fx as fx

from paddlecamp.graphs.equal import graph_equal
from paddlecamp.graphs.parse import parse_model


def load_module_by_exec(source: str) -> torch.nn.Module:
    """Run ``model.py`` text and instantiate its ``GraphModule`` (TRUSTED TEXT ONLY)."""
    namespace: dict = {"torch": torch, "device": torch.device, "inf": float("inf"), "nan": float("nan")}
    exec(compile(source, "<trusted model.py>", "exec"), namespace)  # noqa: S102 - the peer's method
    cls = namespace["GraphModule"]
    return cls()


def symbolic_trace_code(source: str) -> str:
    """The peer's serialization: ``fx.symbolic_trace(module).code`` wrapped as a sample class."""
    gm = fx.symbolic_trace(load_module_by_exec(source))
    body = gm.code.replace("def forward(self,", "    def forward(self,", 1)
    # gm.code names annotation types through mangled globals; spell them as torch does.
    body = re.sub(r"_torch_nn_parameter_Parameter_\w*", "torch.nn.parameter.Parameter", body)
    body = re.sub(r"_torch_(Tensor|SymInt|SymFloat|SymBool)_\w*", r"torch.\1", body)
    lines = body.strip("\n").splitlines()
    out = ["import torch", "", "class GraphModule(torch.nn.Module):", ""]
    out += [("    " + line) if not line.startswith("    def forward") else line for line in lines]
    return "\n".join(out) + "\n"


@dataclass
class PeerResult:
    """How the peer round trip compares with the source graph."""

    structural_equal: bool
    difference: str | None
    equal_ignoring_names: bool
    seconds: float
    error: str | None = None


def peer_roundtrip(source: str) -> PeerResult:
    """Trace the sample, print ``gm.code``, parse both texts with our parser and compare."""
    t0 = time.perf_counter()
    try:
        code = symbolic_trace_code(source)
        g1, g2 = parse_model(source), parse_model(code, "<symbolic_trace output>")
        d = graph_equal(g1, g2)
        loose = graph_equal(g1, g2, compare_names=False)
        return PeerResult(d.equal, loose.difference or d.difference, loose.equal, time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - the peer failing is a measured outcome
        return PeerResult(False, None, False, time.perf_counter() - t0, f"{type(exc).__name__}: {exc}")
