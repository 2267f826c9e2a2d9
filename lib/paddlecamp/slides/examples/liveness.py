"""How much memory a schedule of a graph needs: liveness, peak, buffer reuse.

The memory examples of the deck (scheduling order, recomputation, buffer reuse, in-place,
peak memory of a transformer block) all ask the same question of an fx graph run in some
order: which tensors are alive at each step, and how many bytes is that? This module answers
it from a real run, not from guessed shapes:

* ``storage_map`` runs the graph once with real tensors, keeping every value, and records which
  storage each node's output lives in, so views and in-place results count as aliases of their
  base (no new bytes) and extend its life instead;
* ``buffer_lifetimes`` turns that into one ``Lifetime`` per storage for a given schedule (a
  topological order of the graph's compute nodes): alive from its producer's step to the step of
  its last user, to the end when returned, for the whole run when it is an input or a parameter;
* ``peak_live_bytes`` / ``live_bytes_timeline`` sum the live bytes per step;
* ``shared_buffers_greedy_by_size`` and ``arena_greedy_by_size`` are the two classic reuse
  allocators (greedy by size, as in TFLite's memory planner): tensors onto a few shared buffers,
  or onto offsets in one arena;
* ``measured_peak_bytes`` cross-checks the model: it executes the graph node by node in the same
  order, dropping each value after its last use, under ``torch.profiler`` with
  ``profile_memory=True`` and returns the allocator's high-water mark;
* ``inductor_wrapper_code`` / ``wrapper_allocation_stats`` read what TorchInductor itself
  plans: its generated wrapper's ``empty_strided_cpu`` allocations, ``# reuse`` lines, kernel
  calls, and the peak of its buffers.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

COMPUTE_OPS = ("call_function", "call_method", "call_module")


@dataclass(frozen=True)
class Lifetime:
    """One storage: its bytes and the schedule steps (inclusive) during which it is alive."""

    name: str
    nbytes: int
    start: int
    end: int
    is_input: bool = False

    def overlaps(self, other: "Lifetime") -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True)
class StorageInfo:
    """What ``storage_map`` learned about one node's output: its storages and their sizes."""

    storages: tuple[int, ...]
    nbytes: tuple[int, ...]
    shapes: tuple[tuple[int, ...], ...]


def _tensors(value: Any) -> list:
    import torch

    if isinstance(value, torch.Tensor):
        return [value]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _tensors(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _tensors(v)]
    return []


def compute_nodes(gm) -> list:
    """The nodes a schedule orders: calls, in the graph's own order."""
    return [n for n in gm.graph.nodes if n.op in COMPUTE_OPS]


def storage_map(gm, *args) -> dict[str, StorageInfo]:
    """Run ``gm`` on ``args`` keeping every value alive; ``{node name: StorageInfo}``.

    Keeping all values alive makes a storage's address a unique identity for the run, so a view
    or an in-place result is recognised as sharing its base's storage.
    """
    import torch.fx

    values: dict[str, Any] = {}

    class Recorder(torch.fx.Interpreter):
        def run_node(self, n):
            out = super().run_node(n)
            values[n.name] = out
            return out

    Recorder(gm, garbage_collect_values=False).run(*args)
    info: dict[str, StorageInfo] = {}
    for name, value in values.items():
        ts = _tensors(value)
        info[name] = StorageInfo(
            storages=tuple(t.untyped_storage().data_ptr() for t in ts),
            nbytes=tuple(t.untyped_storage().nbytes() for t in ts),
            shapes=tuple(tuple(t.shape) for t in ts),
        )
    return info


def check_schedule(gm, order: Sequence[str]) -> None:
    """Raise ``ValueError`` unless ``order`` lists every compute node once, operands first."""
    names = [n.name for n in compute_nodes(gm)]
    if sorted(order) != sorted(names):
        raise ValueError(f"schedule must list each compute node once: got {list(order)}, nodes {names}")
    step = {name: i for i, name in enumerate(order)}
    for n in compute_nodes(gm):
        for a in n.all_input_nodes:
            if a.op in COMPUTE_OPS and step[a.name] > step[n.name]:
                raise ValueError(f"schedule runs {n.name} before its operand {a.name}")


def buffer_lifetimes(gm, info: dict[str, StorageInfo], order: Sequence[str] | None = None,
                     count_inputs: bool = True) -> list[Lifetime]:
    """One ``Lifetime`` per storage for the schedule ``order`` (default: the graph's order).

    Steps are positions in ``order``. Inputs and parameters (placeholders, ``get_attr``) live
    for the whole run (the caller holds them) and are left out with ``count_inputs=False``;
    a storage reachable from the graph's output lives to the last step.
    """
    order = list(order) if order is not None else [n.name for n in compute_nodes(gm)]
    check_schedule(gm, order)
    step = {name: i for i, name in enumerate(order)}
    last = len(order) - 1
    nodes = {n.name: n for n in gm.graph.nodes}
    producer: dict[int, tuple[str, int, bool]] = {}
    end: dict[int, int] = {}
    for n in gm.graph.nodes:
        if n.op == "output":
            continue
        is_input = n.op in ("placeholder", "get_attr")
        at = -1 if is_input else step[n.name]
        s = info[n.name]
        # graph order is topological and every other holder of a storage (a view, an
        # in-place result) depends on its producer, so the first holder produced it
        ends = [last if u.op == "output" else step[u.name] for u in nodes[n.name].users]
        for ptr, nb in zip(s.storages, s.nbytes):
            producer.setdefault(ptr, (n.name, nb, is_input))
            end[ptr] = max([end.get(ptr, at), at, *ends])
    out: list[Lifetime] = []
    for ptr, (name, nb, is_input) in producer.items():
        if nb == 0 or (is_input and not count_inputs):
            continue
        if is_input:
            out.append(Lifetime(name, nb, 0, last, True))
        else:
            out.append(Lifetime(name, nb, step[name], end[ptr]))
    return out


def live_bytes_timeline(lifetimes: Iterable[Lifetime], steps: int) -> list[int]:
    """Bytes alive at each of ``steps`` schedule steps."""
    live = [0] * steps
    for lt in lifetimes:
        for i in range(max(lt.start, 0), min(lt.end, steps - 1) + 1):
            live[i] += lt.nbytes
    return live


def peak_live_bytes(lifetimes: Sequence[Lifetime]) -> int:
    """The most bytes alive at any one step."""
    if not lifetimes:
        return 0
    steps = max(lt.end for lt in lifetimes) + 1
    return max(live_bytes_timeline(lifetimes, steps))


def depth_first_order(gm) -> list[str]:
    """Finish each operand's whole subgraph before starting the next (post-order from outputs).

    On a graph of independent branches that each shrink their result (e.g. a reduction), this
    keeps one branch's big intermediates alive at a time.
    """
    seen: set[str] = set()
    order: list[str] = []
    out = next(n for n in gm.graph.nodes if n.op == "output")

    def visit(n) -> None:
        if n.name in seen:
            return
        seen.add(n.name)
        for a in n.all_input_nodes:
            visit(a)
        if n.op in COMPUTE_OPS:
            order.append(n.name)

    visit(out)
    for n in compute_nodes(gm):  # nodes not reaching the output still run
        visit(n)
    return order


@dataclass(frozen=True)
class SharedBuffers:
    """Tensors assigned to shared buffers: ``assignment[i]`` is the buffer of tensor ``i``."""

    sizes: tuple[int, ...]
    assignment: tuple[int, ...]

    @property
    def total_bytes(self) -> int:
        return sum(self.sizes)


def shared_buffers_greedy_by_size(lifetimes: Sequence[Lifetime]) -> SharedBuffers:
    """Largest tensor first, each onto the smallest existing buffer free for its whole life.

    Buffers are created in decreasing size, so any free buffer is big enough; a tensor opens a
    new buffer only when every buffer is busy during some step of its life.
    """
    order = sorted(range(len(lifetimes)), key=lambda i: (-lifetimes[i].nbytes, lifetimes[i].start))
    sizes: list[int] = []
    users: list[list[Lifetime]] = []
    assignment = [0] * len(lifetimes)
    for i in order:
        lt = lifetimes[i]
        free = [b for b in range(len(sizes)) if not any(lt.overlaps(o) for o in users[b])]
        if free:
            b = min(free, key=lambda b: sizes[b])
        else:
            b = len(sizes)
            sizes.append(lt.nbytes)
            users.append([])
        users[b].append(lt)
        assignment[i] = b
    return SharedBuffers(tuple(sizes), tuple(assignment))


def arena_greedy_by_size(lifetimes: Sequence[Lifetime]) -> tuple[int, list[int]]:
    """Place tensors at offsets in one arena, largest first, in the lowest gap that fits.

    Returns ``(arena bytes, offsets)``; the arena is never smaller than the peak live bytes.
    """
    order = sorted(range(len(lifetimes)), key=lambda i: (-lifetimes[i].nbytes, lifetimes[i].start))
    offsets = [0] * len(lifetimes)
    placed: list[int] = []
    for i in order:
        lt = lifetimes[i]
        busy = sorted((offsets[j], offsets[j] + lifetimes[j].nbytes) for j in placed if lt.overlaps(lifetimes[j]))
        at = 0
        for lo, hi in busy:
            if at + lt.nbytes <= lo:
                break
            at = max(at, hi)
        offsets[i] = at
        placed.append(i)
    arena = max((offsets[i] + lifetimes[i].nbytes for i in placed), default=0)
    return arena, offsets


def allocation_events(fn: Callable[[], Any]) -> list[int]:
    """Signed bytes of every CPU allocation (+) and free (-) while ``fn()`` runs, in time order."""
    import gc

    from torch.profiler import ProfilerActivity, profile

    # Garbage left by earlier work (reference cycles holding tensors) must not be freed by a
    # collection that happens to run inside the measured window: collect first, then hold off.
    gc.collect()
    gc.disable()
    try:
        with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
            fn()
    finally:
        gc.enable()
    found: list[tuple[int, int]] = []

    def walk(node) -> None:
        size = getattr(node.extra_fields, "alloc_size", None)
        if node.name == "[memory]" and size is not None:
            found.append((node.start_time_ns, int(size)))
        for child in node.children:
            walk(child)

    for root in prof.profiler.kineto_results.experimental_event_tree():
        walk(root)
    return [size for _, size in sorted(found)]


def measured_peak_bytes(gm, args: Sequence[Any], order: Sequence[str] | None = None) -> int:
    """Allocator high-water mark (bytes above the start) running ``gm`` in ``order``.

    Each value is dropped right after its last user in the schedule, as the liveness model
    assumes; the bytes come from the profiler's allocation events, not from the model. The
    inputs are allocated before the run and so are not included.
    """
    order = list(order) if order is not None else [n.name for n in compute_nodes(gm)]
    check_schedule(gm, order)
    nodes = {n.name: n for n in gm.graph.nodes}
    step = {name: i for i, name in enumerate(order)}
    out_node = next(n for n in gm.graph.nodes if n.op == "output")
    last_use: dict[str, int] = {}
    for name in order:
        for a in nodes[name].all_input_nodes:
            if a.op in COMPUTE_OPS:
                last_use[a.name] = max(last_use.get(a.name, -1), step[name])
    for a in out_node.all_input_nodes:
        last_use[a.name] = len(order)
    result: list[Any] = []

    def run() -> None:
        import torch.fx

        interp = torch.fx.Interpreter(gm, garbage_collect_values=False)
        env: dict = {}
        it = iter(args)
        for n in gm.graph.nodes:
            if n.op == "placeholder":
                env[n] = next(it)
            elif n.op == "get_attr":
                env[n] = interp.fetch_attr(n.target)
        interp.env = env
        free_at: dict[int, list] = {}
        for name, i in last_use.items():
            free_at.setdefault(i, []).append(nodes[name])
        for i, name in enumerate(order):
            n = nodes[name]
            env[n] = interp.run_node(n)
            if name not in last_use:  # nothing reads it
                env.pop(n)
            for dead in free_at.get(i, []):
                env.pop(dead, None)
        result.append(torch.fx.node.map_arg(out_node.args[0], lambda a: env[a]))
        env.clear()

    events = allocation_events(run)
    total = peak = 0
    for size in events:
        total += size
        peak = max(peak, total)
    return peak


def inductor_wrapper_code(fn: Callable[..., Any], *args: Any, **options: Any) -> str:
    """TorchInductor's generated wrapper (the Python ``call`` that allocates and launches).

    Code generation only: the C++ kernels are not compiled, so this is cheap after the first
    call. ``options`` are inductor config settings patched for this call (e.g. freezing=True).
    """
    import torch
    from torch._inductor import config
    from torch._inductor.utils import get_code

    # a cache hit would skip code generation (and get_code's dummy module cannot be cached)
    with config.patch({"force_disable_caches": True, **options}), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="dynamo_pgo force disabled")
        codes = get_code(torch.compile(fn, backend="inductor"), *args)
    calls = [c for c in codes if "def call(" in c]
    if not calls:
        raise RuntimeError("inductor produced no wrapper code (did the graph break or run eagerly?)")
    return calls[0]


def wrapper_call_body(code: str) -> str:
    """Only the ``call`` function of a wrapper: where allocations and launches happen."""
    start = code.index("def call(")
    stop = code.find("\nrunner =", start)
    if stop < 0:
        stop = code.find("\ndef ", start + 1)
    return code[start:stop if stop > 0 else len(code)]


_ALLOC = re.compile(r"^\s*(buf\d+) = empty_strided_cpu\(\(([^)]*)\), \(([^)]*)\), torch\.(\w+)\)")
_REUSE = re.compile(r"^\s*(buf\d+) = (buf\d+); del \2\s+# reuse")
_DEL = re.compile(r"^\s*del (buf\d+)\s*$")
_KERNEL = re.compile(r"^\s*(cpp_fused_\w+)\(")
# an ATen fallback allocates its own outputs; their sizes appear only in the asserts that follow
_FALLBACK = re.compile(r"^\s*(buf\d+) = torch\.ops\.aten\.\w+")
_ASSERT = re.compile(r"^\s*assert_size_stride\((buf\d+), \(([^)]*)\), \(([^)]*)\)")
_EXTERN = re.compile(r"^\s*(?:\w+ = )?extern_kernels\.(\w+)\(")
_KERNEL_DEF = re.compile(r"^(cpp_fused_\w+) = async_compile\.cpp_pybinding\([^\n]*\n(.*?)\)\s*$", re.S | re.M)
_ITEMSIZE = {"float32": 4, "float64": 8, "float16": 2, "bfloat16": 2, "int64": 8, "int32": 4, "bool": 1, "uint8": 1, "int8": 1}


@dataclass(frozen=True)
class WrapperStats:
    """What inductor's wrapper does with memory and kernels."""

    allocations: int       # empty_strided_cpu calls
    reuses: int            # "bufB = bufA; del bufA  # reuse" lines
    kernels: int           # generated C++ kernel launches (cpp_fused_*)
    extern_calls: int      # library calls (mm, convolution, ATen fallbacks such as attention)
    allocated_bytes: int   # sum over allocations
    peak_bytes: int        # most bytes held by its own buffers at once (inputs excluded;
    #                        fallback outputs counted from their asserts, as fp32)
    inplace_launches: int  # launches of kernels that update a buffer in place (in_out_ptr)


def _nbytes(shape: str, stride: str, dtype: str) -> int:
    dims = [int(s) for s in shape.split(",") if s.strip()]
    strides = [int(s) for s in stride.split(",") if s.strip()]
    if any(d == 0 for d in dims):
        return 0
    elems = 1 + sum((d - 1) * s for d, s in zip(dims, strides))
    return elems * _ITEMSIZE[dtype]


def wrapper_allocation_stats(code: str) -> WrapperStats:
    """Count allocations, reuses and launches in the wrapper's ``call`` and simulate its peak."""
    # CPU kernels are defined in the same module: name = async_compile.cpp_pybinding(..., r"""source""")
    inplace_kernels = {m.group(1) for m in _KERNEL_DEF.finditer(code) if "in_out_ptr" in m.group(2)}
    allocations = reuses = kernels = externs = allocated = inplace = 0
    size: dict[str, int] = {}
    live = peak = 0
    for line in wrapper_call_body(code).splitlines():
        if m := _ALLOC.match(line):
            nb = _nbytes(m.group(2), m.group(3), m.group(4))
            allocations += 1
            allocated += nb
            size[m.group(1)] = nb
            live += nb
            peak = max(peak, live)
        elif m := _REUSE.match(line):
            reuses += 1
            size[m.group(1)] = size.pop(m.group(2), 0)
        elif m := _DEL.match(line):
            live -= size.pop(m.group(1), 0)
        elif m := _KERNEL.match(line):
            kernels += 1
            inplace += m.group(1) in inplace_kernels
        elif _EXTERN.match(line) or _FALLBACK.match(line):
            externs += 1
        elif (m := _ASSERT.match(line)) and m.group(1) not in size:
            nb = _nbytes(m.group(2), m.group(3), "float32")
            size[m.group(1)] = nb
            live += nb
            peak = max(peak, live)
    return WrapperStats(allocations, reuses, kernels, externs, allocated, peak, inplace)
