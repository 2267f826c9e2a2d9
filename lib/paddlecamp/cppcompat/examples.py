"""The example extensions in ``kernels/cpp/examples`` and their Python references.

Two modules cover every example op, so that tests, chapters and the benchmark share two
cached builds per framework: ``portable_ops`` (pybind11-bound: broadcasting add, a reduction,
fused bias+GELU, RMSNorm forward and backward, TORCH_CHECK error paths, a float/double/half
ScalarType dispatch) and ``library_ops`` (``TORCH_LIBRARY`` ops called through
``torch.ops.paddlecamp_ex`` / ``paddle.ops.paddlecamp_ex``).

``parity`` runs each op on the same inputs through the torch-built and the paddle-built module
and compares both with a float64 reference written with torch ops.
"""
from __future__ import annotations

import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from paddlecamp.cppcompat import build
from paddlecamp.kernels import KERNELS_DIR

EXAMPLES_DIR = KERNELS_DIR / "cpp" / "examples"

#: module name -> its sources (relative to EXAMPLES_DIR)
MODULES: dict[str, tuple[str, ...]] = {
    "portable_ops": ("portable_ops.cpp",),
    "library_ops": ("library_ops.cpp",),
}

#: the TORCH_LIBRARY namespace of library_ops.cpp
LIBRARY_NAMESPACE = "paddlecamp_ex"

#: max |built - reference| accepted per dtype (the reference is float64)
TOLERANCE: dict[str, float] = {"float64": 1e-10, "float32": 1e-5, "float16": 2e-2}


def sources(module: str) -> list[Path]:
    """The source files of an example module."""
    if module not in MODULES:
        raise KeyError(f"unknown example module {module!r}; known: {sorted(MODULES)}")
    return [EXAMPLES_DIR / name for name in MODULES[module]]


def load_example(module: str, framework: str, quiet: bool = False) -> types.ModuleType:
    """Build (or take from the cache) and load an example module for ``framework``."""
    return build.load(module, sources(module), framework=framework, quiet=quiet)


def library_op(framework: str, name: str) -> Callable:
    """``torch.ops.paddlecamp_ex.<name>`` or ``paddle.ops.paddlecamp_ex.<name>`` (load library_ops first)."""
    if framework == "torch":
        import torch

        return getattr(getattr(torch.ops, LIBRARY_NAMESPACE), name)
    import paddle

    return getattr(getattr(paddle.ops, LIBRARY_NAMESPACE), name)


def to_framework(array: np.ndarray, framework: str):
    """A numpy array as a tensor of ``framework`` (a copy for paddle, a view for torch)."""
    if framework == "torch":
        import torch

        return torch.from_numpy(np.ascontiguousarray(array))
    import paddle

    return paddle.to_tensor(array)


def to_numpy(tensor) -> np.ndarray:
    return np.asarray(tensor.numpy())


@dataclass(frozen=True)
class Case:
    """One op call: which module and op, tensor inputs (numpy), scalar arguments."""

    module: str
    op: str
    dtype: str
    tensors: tuple[np.ndarray, ...]
    scalars: tuple[float, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.op}[{self.dtype}]"


def cases(seed: int = 0, dtypes: Sequence[str] = ("float32", "float64", "float16")) -> list[Case]:
    """The parity cases: every example op on small random inputs, per dtype it supports."""
    rng = np.random.default_rng(seed)

    def randn(*shape: int, dtype: str) -> np.ndarray:
        return rng.standard_normal(shape).astype(dtype)

    found = []
    for dtype in dtypes:
        found += [
            Case("portable_ops", "broadcast_add", dtype, (randn(3, 1, 5, dtype=dtype), randn(4, 1, dtype=dtype))),
            Case("portable_ops", "row_sum", dtype, (randn(4, 7, dtype=dtype),)),
            Case("portable_ops", "bias_gelu", dtype, (randn(3, 8, dtype=dtype), randn(8, dtype=dtype))),
            Case("portable_ops", "rms_norm_forward", dtype, (randn(5, 16, dtype=dtype), randn(16, dtype=dtype)), (1e-6,)),
            Case("portable_ops", "rms_norm_backward", dtype,
                 (randn(5, 16, dtype=dtype), randn(5, 16, dtype=dtype), randn(16, dtype=dtype)), (1e-6,)),
            Case("portable_ops", "axpby", dtype, (randn(6, 3, dtype=dtype), randn(6, 3, dtype=dtype)), (2.0, -0.5)),
        ]
        if dtype in ("float32", "float64"):
            found.append(Case("library_ops", "soft_clip", dtype, (3 * randn(4, 5, dtype=dtype),), (1.5,)))
    found.append(Case("portable_ops", "checked_scale", "float32", (randn(3, 4, dtype="float32"),), (0.25,)))
    found.append(Case("library_ops", "row_mean", "float32", (randn(4, 6, dtype="float32"),)))
    return found


def reference(case: Case) -> tuple[np.ndarray, ...]:
    """What the op should return, computed with torch ops in float64."""
    import torch

    t = [torch.from_numpy(a.astype("float64")) for a in case.tensors]
    s = case.scalars
    if case.op == "broadcast_add":
        out = (t[0] + t[1],)
    elif case.op == "row_sum":
        out = (t[0].sum(-1),)
    elif case.op == "bias_gelu":
        out = (torch.nn.functional.gelu(t[0] + t[1]),)
    elif case.op in ("rms_norm_forward", "rms_norm_backward"):
        x = t[0] if case.op == "rms_norm_forward" else t[1].clone().requires_grad_(True)
        weight = t[1] if case.op == "rms_norm_forward" else t[2].clone().requires_grad_(True)
        rstd = torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + s[0])
        y = x * rstd * weight
        if case.op == "rms_norm_forward":
            out = (y, rstd.squeeze(-1))
        else:
            grad_x, grad_weight = torch.autograd.grad(y, (x, weight), t[0])
            out = (grad_x, grad_weight)
    elif case.op == "axpby":
        out = (s[0] * t[0] + s[1] * t[1],)
    elif case.op == "checked_scale":
        out = (t[0] * s[0],)
    elif case.op == "soft_clip":
        out = (s[0] * torch.tanh(t[0] / s[0]),)
    elif case.op == "row_mean":
        out = (t[0].mean(-1),)
    else:
        raise KeyError(f"no reference for op {case.op!r}")
    return tuple(o.detach().numpy() for o in out)


def run(case: Case, framework: str, module: types.ModuleType | None = None) -> tuple[np.ndarray, ...]:
    """Run one case on the module built for ``framework``; outputs as float64 numpy arrays."""
    if case.module == "library_ops":
        if module is None:
            load_example("library_ops", framework, quiet=True)
        fn = library_op(framework, case.op)
    else:
        fn = getattr(module or load_example(case.module, framework, quiet=True), case.op)
    tensors = [to_framework(a, framework) for a in case.tensors]
    if case.op == "rms_norm_backward":
        # backward needs forward's rstd: take it from the same build
        forward = getattr(module or load_example(case.module, framework, quiet=True), "rms_norm_forward")
        _, rstd = forward(tensors[1], tensors[2], case.scalars[0])
        result = fn(tensors[0], tensors[1], tensors[2], rstd)
    else:
        result = fn(*tensors, *case.scalars)
    outputs = result if isinstance(result, (tuple, list)) else (result,)
    return tuple(to_numpy(o).astype("float64") for o in outputs)


@dataclass
class ParityRow:
    """Max absolute differences for one case: each build vs the reference, and between builds."""

    op: str
    dtype: str
    max_abs: dict[str, float] = field(default_factory=dict)  # "torch", "paddle", "torch_vs_paddle"
    tolerance: float = 0.0

    @property
    def ok(self) -> bool:
        return all(value <= self.tolerance for value in self.max_abs.values())


def _max_abs(left: Sequence[np.ndarray], right: Sequence[np.ndarray]) -> float:
    if len(left) != len(right):
        return float("inf")
    worst = 0.0
    for a, b in zip(left, right):
        if a.shape != b.shape:
            return float("inf")
        if a.size:
            worst = max(worst, float(np.max(np.abs(a - b))))
    return worst


def parity(case_list: Sequence[Case] | None = None, frameworks: Sequence[str] = ("torch", "paddle"),
           modules: dict[tuple[str, str], types.ModuleType] | None = None) -> list[ParityRow]:
    """Run every case on every framework's build and compare (see ``ParityRow``).

    ``modules`` maps ``(module, framework)`` to already loaded modules (else they are loaded).
    """
    rows = []
    for case in case_list if case_list is not None else cases():
        expected = reference(case)
        got = {fw: run(case, fw, (modules or {}).get((case.module, fw))) for fw in frameworks}
        row = ParityRow(case.op, case.dtype, tolerance=TOLERANCE[case.dtype])
        for fw in frameworks:
            row.max_abs[fw] = _max_abs(got[fw], expected)
        if len(frameworks) == 2:
            row.max_abs[f"{frameworks[0]}_vs_{frameworks[1]}"] = _max_abs(got[frameworks[0]], got[frameworks[1]])
        rows.append(row)
    return rows
