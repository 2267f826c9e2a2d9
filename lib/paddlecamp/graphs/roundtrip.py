"""Per-sample round trip: parse -> serialize -> parse, checked structurally and numerically.

For each sample: ``g1 = parse(model.py)``, ``t1 = serialize(g1)``, ``g2 = parse(t1)``,
``t2 = serialize(g2)``. It passes when ``graph_equal(g1, g2)``, ``t1 == t2`` (so
``graph_hash.txt`` is stable) and both graphs give bitwise-identical outputs on the same
random inputs built from the meta (fp32 on CPU is deterministic, so "identical" is exact).
Running the graphs runs only allow-listed torch ops, never the sample's own code.

A batch never stops on one sample: each result carries its own error, and each sample
has a wall-clock timeout.
"""
from __future__ import annotations

import contextlib
import copy
import signal
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import torch
import torch.fx as fx

from paddlecamp.graphs.equal import graph_equal
from paddlecamp.graphs.parse import parse_model, placeholders, to_module
from paddlecamp.graphs.sample import (
    GraphSample, SampleError, TensorMeta, model_hash, read_sample, sample_framework,
)
from paddlecamp.graphs.serialize import serialize


class SampleTimeout(TimeoutError):
    """A sample took longer than its time budget."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``SampleTimeout`` after ``seconds`` (main thread only; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum: int, frame: Any) -> None:
        raise SampleTimeout(f"timed out after {seconds:g} s")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def make_tensor(meta: TensorMeta, generator: torch.Generator, as_int: bool = False) -> Any:
    """A tensor (or Python int for SymInt arguments) from its meta: data if stored, else random."""
    dtype = meta.torch_dtype()
    if meta.data is not None:
        t = torch.tensor(meta.data, dtype=dtype).reshape(meta.shape)
    elif dtype.is_floating_point:
        t = torch.randn(meta.shape, generator=generator, dtype=torch.float32)
        t = t * (meta.std if meta.std is not None else 1.0) + (meta.mean or 0.0)
        t = t.to(dtype)
    elif dtype == torch.bool:
        t = torch.randint(0, 2, meta.shape, generator=generator).bool()
    else:
        lo = int(meta.extra.get("min_val", 0))
        hi = int(meta.extra.get("max_val", lo + 1))
        t = torch.randint(lo, hi + 1, meta.shape, generator=generator, dtype=torch.int64).to(dtype)
    if as_int and t.dim() == 0 and not dtype.is_floating_point:
        return int(t.item())
    return t


def make_inputs(graph: fx.Graph, metas: dict[str, TensorMeta], seed: int = 0,
                file: Path | str | None = None) -> list[Any]:
    """Inputs for ``graph``'s placeholders (signature order) from the sample's meta."""
    gen = torch.Generator().manual_seed(seed)
    out = []
    for ph in placeholders(graph):
        meta = metas.get(ph.target)
        if meta is None:
            raise SampleError(f"forward argument {ph.target!r} has no entry in weight_meta.py "
                              f"or input_meta.py", file)
        out.append(make_tensor(meta, gen, as_int=ph.type in (torch.SymInt, int)))
    return out


def _clone(x: Any) -> Any:
    return x.clone() if isinstance(x, torch.Tensor) else x


def _cpu_device(a: Any) -> Any:
    if isinstance(a, torch.device) and a.type == "cuda":
        return torch.device("cpu")
    return a


def on_available_device(graph: fx.Graph) -> fx.Graph:
    """A copy of ``graph`` whose CUDA device constants point at the CPU when there is no GPU.

    Published samples were mostly extracted on ``cuda:0`` and spell that device in factory
    calls (``torch.arange(4, device=device(type='cuda', index=0))``); on a CPU-only machine
    both sides of a numeric comparison run on the CPU instead.
    """
    if torch.cuda.is_available():
        return graph
    g = copy.deepcopy(graph)
    for n in g.nodes:
        if n.op in ("call_function", "call_method"):
            n.args = fx.node.map_aggregate(n.args, _cpu_device)
            kwargs = dict(fx.node.map_aggregate(n.kwargs, _cpu_device))
            if isinstance(kwargs.get("device"), str) and kwargs["device"].startswith("cuda"):
                kwargs["device"] = "cpu"
            n.kwargs = kwargs
    return g


def run_graph(graph: fx.Graph, inputs: list[Any], seed: int = 0) -> Any:
    """Run a parsed graph on (cloned) inputs with a fixed RNG seed, without autograd."""
    gm = to_module(on_available_device(graph))
    torch.manual_seed(seed)
    with torch.no_grad():
        return gm(*[_clone(x) for x in inputs])


def flatten_outputs(out: Any) -> list[Any]:
    if isinstance(out, (tuple, list)):
        return [y for x in out for y in flatten_outputs(x)]
    if isinstance(out, dict):
        return [y for k in out for y in flatten_outputs(out[k])]
    return [out]


def outputs_constant(out: Any) -> bool:
    """True when the outputs hold floats and every float tensor is constant (finite part).

    Inputs drawn from rounded meta statistics can zero a whole path (a cls token or a
    layer-scale gamma recorded as mean 0.000, std 0.000); a comparison of such outputs says
    nothing about the computation, so callers report it instead of counting a pass.
    """
    floats = [x for x in flatten_outputs(out) if isinstance(x, torch.Tensor) and x.is_floating_point()]
    for x in floats:
        finite = x[torch.isfinite(x)]
        if finite.numel() and bool(finite.max() != finite.min()):
            return False
    return bool(floats)


def max_abs_diff(a: Any, b: Any) -> float:
    """Largest absolute difference between two output structures (inf if they don't match)."""
    fa, fb = flatten_outputs(a), flatten_outputs(b)
    if len(fa) != len(fb):
        return float("inf")
    worst = 0.0
    for x, y in zip(fa, fb):
        if isinstance(x, torch.Tensor) and isinstance(y, torch.Tensor):
            if x.shape != y.shape or x.dtype != y.dtype:
                return float("inf")
            if x.numel() == 0:
                continue
            xd, yd = x.detach().to(torch.float64), y.detach().to(torch.float64)
            both_nan = torch.isnan(xd) & torch.isnan(yd)
            same_inf = torch.isinf(xd) & (xd == yd)
            diff = (xd - yd).abs().masked_fill(both_nan | same_inf, 0.0)
            if torch.isnan(diff).any():
                return float("inf")
            worst = max(worst, float(diff.max()))
        elif x != y and not (isinstance(x, float) and x != x and y != y):
            return float("inf")
    return worst


@dataclass
class RoundTripResult:
    """One line of ``paddlecamp graphs roundtrip --json``."""

    sample: str
    ok: bool
    structural_equal: bool | None = None
    max_abs_err: float | None = None
    error: str | None = None
    fixed_point: bool | None = None
    hash_stable: bool | None = None
    nodes: int | None = None
    seconds: float = 0.0
    difference: str | None = field(default=None)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        if d["max_abs_err"] is not None and d["max_abs_err"] == float("inf"):
            d["max_abs_err"] = "inf"
        return d


def roundtrip_source(source: str, metas: dict[str, TensorMeta] | None, name: str = "<source>",
                     file: Path | str = "model.py", numeric: bool = True, seed: int = 0) -> RoundTripResult:
    """Round-trip one ``model.py`` text (no timeout; errors propagate)."""
    t0 = time.perf_counter()
    g1 = parse_model(source, file)
    t1 = serialize(g1)
    g2 = parse_model(t1, f"{file} (serialized)")
    diff = graph_equal(g1, g2)
    t2 = serialize(g2)
    res = RoundTripResult(sample=name, ok=False, structural_equal=diff.equal, fixed_point=t1 == t2,
                          hash_stable=model_hash(t1) == model_hash(t2), nodes=len(g1.nodes),
                          difference=diff.difference)
    if numeric and metas is not None:
        inputs = make_inputs(g1, metas, seed, file)
        res.max_abs_err = max_abs_diff(run_graph(g1, inputs, seed), run_graph(g2, inputs, seed))
    res.ok = bool(diff.equal and res.fixed_point and (not numeric or res.max_abs_err == 0.0))
    if not res.ok and res.error is None:
        res.error = diff.difference or ("serialize is not a fixed point" if not res.fixed_point
                                        else f"outputs differ by {res.max_abs_err}")
    res.seconds = time.perf_counter() - t0
    return res


def paddle_input_cap(max_input_gib: float | None) -> dict[str, int]:
    """Keyword arguments that cap a Paddle sample's inputs at ``max_input_gib`` (none: its default)."""
    return {} if max_input_gib is None else {"max_input_bytes": int(max_input_gib * 2**30)}


def roundtrip_sample(path: Path | str, timeout: float | None = 60.0, numeric: bool = True,
                     seed: int = 0, max_input_gib: float | None = None) -> RoundTripResult:
    """Round-trip one sample directory; any failure is reported in the result, never raised.

    Paddle samples (``graph_net.json`` framework ``paddle``) go to
    ``paddle_roundtrip.roundtrip_paddle_sample``, their numeric check capped at
    ``max_input_gib`` of inputs when given (else its ``MAX_INPUT_BYTES``); the corpus runner
    skips the numeric check of a torch sample over its cap before calling this.
    """
    path = Path(path)
    if sample_framework(path) == "paddle":
        from paddlecamp.graphs.paddle_roundtrip import roundtrip_paddle_sample

        return roundtrip_paddle_sample(path, timeout, numeric, seed, **paddle_input_cap(max_input_gib))
    t0 = time.perf_counter()
    try:
        with time_limit(timeout):
            sample: GraphSample = read_sample(path)
            res = roundtrip_source(sample.model_source, sample.all_meta(), str(path),
                                   sample.model_file, numeric=numeric, seed=seed)
    except (SampleError, SampleTimeout) as exc:
        return RoundTripResult(sample=str(path), ok=False, error=str(exc),
                               seconds=time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - one bad sample must not stop a batch
        return RoundTripResult(sample=str(path), ok=False, error=f"{type(exc).__name__}: {exc}",
                               seconds=time.perf_counter() - t0)
    return res


def roundtrip_many(paths: Iterable[Path | str], timeout: float | None = 60.0, numeric: bool = True,
                   progress: bool = True) -> list[RoundTripResult]:
    """Round-trip many samples with a progress bar; failures are collected, not raised."""
    paths = list(paths)
    it: Iterable = paths
    if progress and len(paths) > 1:
        from tqdm.auto import tqdm

        it = tqdm(paths, desc="roundtrip", unit="sample")
    return [roundtrip_sample(p, timeout=timeout, numeric=numeric) for p in it]
