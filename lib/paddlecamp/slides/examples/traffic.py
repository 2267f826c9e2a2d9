"""Measure what fusion buys: memory traffic of a schedule, and what TorchInductor generated.

Two kinds of measurement for the fusion slides:

- a **traffic model** over an fx graph. The graph is captured by Dynamo (so shape-dependent
  Python such as ``q.shape[-1]`` traces) and run once with ``ShapeProp``-style propagation that
  records each value's shape, dtype and whether it aliases an input (a view moves no bytes).
  A *schedule* groups the compute nodes into kernels; each kernel reads every value it needs
  from outside the group once and writes every value used outside the group once. One node per
  group is eager PyTorch; one group for everything is the ideal fused kernel.
- **what Inductor did**: compile with ``torch.compile`` (CPU, C++ backend), keep the generated
  wrapper code and list the launches in its ``call()`` (``cpp_fused_*`` kernels, extern GEMMs,
  ATen fallbacks such as SDPA), the buffers it allocates, and how often a kernel loads an input
  (passes over memory). Eager launches are counted at the ATen dispatch level.

Numbers are bytes, counts and seconds; timing is for ``metrics`` only (never asserted).
"""
from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

__all__ = [
    "InductorRun",
    "Traffic",
    "capture_graph",
    "compile_with_inductor",
    "compute_nodes",
    "eager_kernels",
    "fuse_between",
    "graph_traffic",
    "kernel_source",
    "loads_of",
    "median_seconds",
    "one_kernel",
    "one_kernel_per_op",
    "read_generated_code",
    "split_reduction_partials",
]

# Pure allocations: eager runs them but they move no data.
_ALLOCATION_OPS = ("aten.empty", "aten.empty_strided", "aten.empty_like", "aten.new_empty")


@dataclass(frozen=True)
class Traffic:
    """Bytes a schedule moves between memory and its kernels."""

    read_bytes: int
    written_bytes: int
    kernels: int

    @property
    def total_bytes(self) -> int:
        return self.read_bytes + self.written_bytes


# --------------------------------------------------------------------------- fx graph + shapes


def _storage_ptrs(value: Any) -> set[int]:
    import torch

    ptrs: set[int] = set()
    if isinstance(value, torch.Tensor):
        ptrs.add(value.untyped_storage().data_ptr())
    elif isinstance(value, (list, tuple)):
        for item in value:
            ptrs |= _storage_ptrs(item)
    elif isinstance(value, dict):
        for item in value.values():
            ptrs |= _storage_ptrs(item)
    return ptrs


def _propagate(gm: Any, args: Sequence[Any]) -> None:
    """Run ``gm`` once, storing ``tensor_meta`` and ``is_view`` (output aliases an input) per node."""
    import torch
    from torch.fx.passes.shape_prop import ShapeProp

    class AliasShapeProp(ShapeProp):
        def run_node(self, n):  # noqa: ANN001 - torch.fx signature
            inputs = [self.env[a] for a in n.all_input_nodes]
            out = super().run_node(n)
            if n.op in ("call_function", "call_method", "call_module") and isinstance(out, torch.Tensor):
                n.meta["is_view"] = bool(_storage_ptrs(out) & _storage_ptrs(inputs))
            return out

    AliasShapeProp(gm).propagate(*args)


def capture_graph(fn: Callable[..., Any], *args: Any) -> Any:
    """The fx graph Dynamo captures for ``fn(*args)`` (whole graph), with shapes and dtypes.

    Dynamo rather than ``torch.fx.symbolic_trace`` because example code reads shapes
    (``q.shape[-1]``) and calls factories (``torch.ones(n, n)``), which symbolic tracing cannot.
    """
    import torch

    captured: list[Any] = []

    def keep(gm, example_inputs):  # noqa: ANN001 - Dynamo backend signature
        captured.append(gm)
        return gm.forward

    torch._dynamo.reset()
    torch.compile(fn, backend=keep, fullgraph=True, dynamic=False)(*args)
    torch._dynamo.reset()
    gm = captured[0]
    placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
    if len(placeholders) != len(args):
        raise ValueError(f"{getattr(fn, '__name__', fn)}: Dynamo lifted {len(placeholders)} inputs for "
                         f"{len(args)} arguments; pass every tensor as an argument")
    _propagate(gm, args)
    return gm


def _nbytes(node: Any) -> int:
    meta = node.meta.get("tensor_meta")
    if meta is None or not hasattr(meta, "shape"):
        return 0
    import torch

    numel = 1
    for dim in meta.shape:
        numel *= int(dim)
    return numel * torch.empty((), dtype=meta.dtype).element_size()


def _is_tensor(node: Any) -> bool:
    meta = node.meta.get("tensor_meta")
    return meta is not None and hasattr(meta, "shape")


def compute_nodes(gm: Any) -> list[Any]:
    """Nodes that run a kernel in eager mode: tensor-producing calls that are not views."""
    return [n for n in gm.graph.nodes
            if n.op in ("call_function", "call_method", "call_module")
            and _is_tensor(n) and not n.meta.get("is_view", False)]


def _source(node: Any) -> Any:
    """Follow views back to the value that owns the bytes."""
    while node.meta.get("is_view", False) and node.all_input_nodes:
        tensors = [a for a in node.all_input_nodes if _is_tensor(a)]
        if not tensors:
            break
        node = tensors[0]
    return node


def _readers(node: Any) -> list[Any]:
    """Users of ``node``, looking through views to the ops that read the data."""
    found: list[Any] = []
    for user in node.users:
        if user.op != "output" and user.meta.get("is_view", False):
            found.extend(_readers(user))
        else:
            found.append(user)
    return found


def one_kernel_per_op(gm: Any) -> list[list[Any]]:
    """Eager PyTorch: every compute node is its own kernel."""
    return [[n] for n in compute_nodes(gm)]


def one_kernel(gm: Any) -> list[list[Any]]:
    """The ideal: the whole graph in one kernel."""
    return [compute_nodes(gm)]


def fuse_between(gm: Any, is_anchor: Callable[[Any], bool]) -> list[list[Any]]:
    """Anchors (e.g. GEMMs) stay alone; each run of other nodes between them is one kernel.

    This is the schedule TorchInductor's C++ backend produces by default around extern GEMMs.
    """
    groups: list[list[Any]] = []
    run: list[Any] = []
    for node in compute_nodes(gm):
        if is_anchor(node):
            if run:
                groups.append(run)
                run = []
            groups.append([node])
        else:
            run.append(node)
    if run:
        groups.append(run)
    return groups


def graph_traffic(gm: Any, groups: Iterable[Sequence[Any]] | None = None) -> Traffic:
    """Bytes read and written when ``gm`` runs as the given kernels (default: eager, one per op).

    A kernel reads each value produced outside it once (through views, at the view's size) and
    writes each value it produces that is used outside it or returned.
    """
    groups = [list(g) for g in (one_kernel_per_op(gm) if groups is None else groups) if g]
    covered = [n for g in groups for n in g]
    missing = set(compute_nodes(gm)) - set(covered)
    if missing or len(covered) != len(set(covered)):
        raise ValueError(f"schedule must place every compute node exactly once; "
                         f"missing {sorted(n.name for n in missing)}")
    read = written = 0
    for group in groups:
        members = set(group)
        inputs: dict[Any, int] = {}
        for node in group:
            for arg in node.all_input_nodes:
                if _is_tensor(arg) and _source(arg) not in members:
                    inputs.setdefault(arg, _nbytes(arg))
        read += sum(inputs.values())
        for node in group:
            if any(r.op == "output" or r not in members for r in _readers(node)):
                written += _nbytes(node)
    return Traffic(read_bytes=read, written_bytes=written, kernels=len(groups))


# --------------------------------------------------------------------------- eager + inductor


def eager_kernels(fn: Callable[..., Any], *args: Any) -> list[str]:
    """ATen ops that eager ``fn(*args)`` launches, in order (views and bare allocations left out)."""
    import torch
    from torch.utils._python_dispatch import TorchDispatchMode

    class Record(TorchDispatchMode):
        def __init__(self) -> None:
            super().__init__()
            self.ops: list[str] = []

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # noqa: ANN001
            out = func(*args, **(kwargs or {}))
            name = str(func)
            aliases = bool(_storage_ptrs(out) & _storage_ptrs((args, kwargs or {})))
            if not func.is_view and not name.startswith(_ALLOCATION_OPS) \
                    and (func._schema.is_mutable or not aliases):
                self.ops.append(name)
            return out

    with torch.no_grad(), Record() as rec:
        fn(*args)
    return rec.ops


_LAUNCH = re.compile(r"^\s+(?:\w+ = )?(cpp_fused_\w+|extern_kernels\.\w+|torch\.ops\.[\w.]+|aten\.[\w.]+)\(", re.M)
_ALLOC = re.compile(r"empty_strided_cpu\(\(([\d, ]*)\), \([\d, ]*\), torch\.(\w+)\)")


@dataclass
class InductorRun:
    """One ``torch.compile`` (Inductor, CPU) of a function, run once."""

    output: Any
    code: str
    launches: list[str] = field(default_factory=list)
    buffers: list[tuple[tuple[int, ...], str]] = field(default_factory=list)
    loop_nests: int = 0
    seconds: float | None = None

    @property
    def fused_kernels(self) -> list[str]:
        return [k for k in self.launches if k.startswith("cpp_fused_")]

    @property
    def extern_calls(self) -> list[str]:
        return [k for k in self.launches if not k.startswith("cpp_fused_")]

    def buffer_bytes(self) -> list[int]:
        import torch

        sizes = []
        for shape, dtype in self.buffers:
            numel = 1
            for dim in shape:
                numel *= dim
            sizes.append(numel * torch.empty((), dtype=getattr(torch, dtype)).element_size())
        return sizes


def _call_body(code: str) -> str:
    start = code.find("def call(")
    if start < 0:
        raise ValueError("generated code has no call() function")
    end = code.find("\nrunner = ", start)
    return code[start:end if end > 0 else len(code)]


def compile_with_inductor(fn: Callable[..., Any], *args: Any, options: dict[str, Any] | None = None,
                          repeats: int = 0) -> InductorRun:
    """Compile ``fn`` with Inductor from a clean Dynamo cache, run it once and read the code.

    ``options`` patch ``torch._inductor.config`` for this compile; ``repeats > 0`` also times
    the compiled function (median seconds, for metrics only).
    """
    import torch
    import torch._inductor.config as inductor_config
    from torch._inductor import metrics
    from torch._inductor.utils import run_and_get_code

    torch._dynamo.reset()
    metrics.reset()
    with inductor_config.patch(options or {}), torch.no_grad():
        compiled = torch.compile(fn, dynamic=False)
        output, codes = run_and_get_code(compiled, *args)
        loop_nests = int(metrics.generated_kernel_count)
        seconds = median_seconds(compiled, *args, repeats=repeats) if repeats > 0 else None
    torch._dynamo.reset()
    if len(codes) != 1:
        raise ValueError(f"{getattr(fn, '__name__', fn)}: expected one compiled graph, got {len(codes)}")
    run = read_generated_code(codes[0])
    run.output, run.loop_nests, run.seconds = output, loop_nests, seconds
    return run


def read_generated_code(code: str) -> InductorRun:
    """Launches and buffer allocations in the ``call()`` of Inductor's generated wrapper module."""
    body = _call_body(code)
    launches = _LAUNCH.findall(body)
    buffers = [(tuple(int(d) for d in dims.split(",") if d.strip()), dtype)
               for dims, dtype in _ALLOC.findall(body)]
    return InductorRun(output=None, code=code, launches=launches, buffers=buffers)


def kernel_source(code: str, kernel: str) -> str:
    """The C++ source of one ``cpp_fused_*`` kernel in Inductor's generated module."""
    match = re.search(rf"^{re.escape(kernel)} = async_compile\.cpp_pybinding\(.*?r'''(.*?)'''", code,
                      re.M | re.S)
    if match is None:
        raise ValueError(f"kernel {kernel!r} not found in the generated code")
    return match.group(1)


def loads_of(kernel_src: str, pointer: str = "in_ptr0") -> int:
    """How many load sites of ``pointer`` a kernel has: its passes over that input in memory."""
    vector = len(re.findall(rf"::loadu\({re.escape(pointer)} ", kernel_src))
    scalar = len(re.findall(rf"=\s*{re.escape(pointer)}\[", kernel_src))
    return vector + scalar


def split_reduction_partials(kernel_src: str) -> int:
    """Per-thread partial accumulators a C++ reduction kernel keeps (0: the reduction is not split).

    Inductor's C++ backend splits a long reduction across OpenMP threads inside one kernel,
    each thread summing a slice into ``tmp_acc*_arr[t]`` before the partials are combined.
    """
    sizes = [int(n) for n in re.findall(r"\btmp_acc\d+_arr\[(\d+)\];", kernel_src)]
    return max(sizes, default=0)


def median_seconds(fn: Callable[..., Any], *args: Any, repeats: int = 20,
                   min_sample_s: float = 0.005) -> float:
    """Median seconds per call of ``fn(*args)`` (for metrics, never asserted).

    Each sample times a batch of calls lasting at least ``min_sample_s``, so that one
    descheduling on a busy machine does not decide the result.
    """
    import torch

    with torch.no_grad():
        start = time.perf_counter()
        fn(*args)
        once = max(time.perf_counter() - start, 1e-7)
        batch = max(1, int(min_sample_s / once))
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            for _ in range(batch):
                fn(*args)
            times.append((time.perf_counter() - start) / batch)
    return statistics.median(times)
