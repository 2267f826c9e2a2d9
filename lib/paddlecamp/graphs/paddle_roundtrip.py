"""Round trip and semantics check of GraphNet's Paddle samples, run with real Paddle on the CPU.

``roundtrip_paddle_sample``: ``g1 = parse(model.py)``, ``t1 = serialize(g1)``, ``g2 = parse(t1)``,
``t2 = serialize(g2)``; it passes when ``graph_equal(g1, g2)``, ``t1 == t2`` and both graphs give
bitwise-identical outputs on the same seeded inputs. Running a graph runs only allow-listed
Paddle functions (``run_paddle_graph``), never the sample's code.

``semantics_paddle_sample``: does the parsed graph compute what the published ``model.py``
computes? The original file is run the way GraphNet runs it (import the file, instantiate
``GraphModule``, call it with the tensors by keyword), but only in a child process forked from
the paddle fork server in ``originals``, with a timeout, and only after the parser accepted the
file: a file the parser refuses is never run.
Both sides get the same inputs (through an ``.npz`` file) and call ``paddle.seed(seed)`` just
before the forward, so random ops (``dropout`` with ``is_test=False``, ``uniform``,
``randint``) draw the same numbers in the same order.

Inputs come from the metas: stored ``data`` as is; floats ``N(mean, std)`` clipped to
``[min_val, max_val]`` (uniform over the range when there is no mean/std); ints and bools
uniform over ``[min_val, max_val]``, all from one ``numpy`` generator seeded with ``seed``.
The metas say nothing of how values relate, and one relation is an op's precondition: boxes
``[x1, y1, x2, y2]`` with ``x1 <= x2`` and ``y1 <= y2``. An input that reaches the boxes of a
region op (``roi_align``, ``roi_pool``, ``psroi_pool``, ``distribute_fpn_proposals``) through
concatenation, casts, splits and the like has each box's coordinates put in order
(``valid_boxes``): the same values, so the same distribution. Drawn unordered, Paddle's CPU
``roi_align`` aborts the process (``std::length_error`` from a negative bin count), in the
original and in our graph alike.

Ops without a CPU kernel run their single-process equivalent on both sides
(``originals.PADDLE_CPU_EQUIVALENTS``: ``sync_batch_norm_`` is batch norm on one device).
"""
from __future__ import annotations

import json
import math
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch.fx as fx

from paddlecamp.graphs.equal import graph_equal
from paddlecamp.graphs.originals import ChildError, paddle_cpu_equivalents, run_child
from paddlecamp.graphs.paddle_parse import PaddlePlace, import_paddle, parse_paddle_model
from paddlecamp.graphs.paddle_serialize import serialize_paddle
from paddlecamp.graphs.roundtrip import RoundTripResult, SampleTimeout, time_limit
from paddlecamp.graphs.sample import (
    PADDLE_DTYPES, GraphSample, SampleError, TensorMeta, model_hash, parse_meta,
)

paddle = import_paddle()

#: Numeric checks are skipped (and the sample not counted as passing) above this input size.
MAX_INPUT_BYTES = 1_500_000_000
_ITEMSIZE = {"float32": 4, "float16": 2, "bfloat16": 2, "float64": 8, "int64": 8, "int32": 4,
             "int16": 2, "int8": 1, "uint8": 1, "bool": 1, "complex64": 8, "complex128": 16}
#: numpy dtype used to hold each Paddle dtype in the ``.npz`` (bfloat16 travels as float32).
_NUMPY = {"bfloat16": "float32"}


def read_paddle_sample(path: Path | str) -> GraphSample:
    """Read a Paddle sample directory (``model.py`` as text, metas with ``ast`` only)."""
    path = Path(path)
    model = path / "model.py"
    if not model.is_file():
        raise SampleError("missing model.py", model)
    metas: dict[str, list[TensorMeta]] = {}
    for fname in ("weight_meta.py", "input_meta.py"):
        f = path / fname
        metas[fname] = parse_meta(f.read_text(encoding="utf-8"), f, PADDLE_DTYPES) if f.is_file() else []
    gn: dict[str, Any] = {}
    if (path / "graph_net.json").is_file():
        try:
            gn = json.loads((path / "graph_net.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise SampleError(f"bad JSON: {exc.msg}", path / "graph_net.json", exc.lineno) from None
    h = path / "graph_hash.txt"
    return GraphSample(path=path, model_source=model.read_text(encoding="utf-8"),
                       weight_meta=metas["weight_meta.py"], input_meta=metas["input_meta.py"],
                       graph_net=gn, graph_hash=h.read_text(encoding="utf-8").strip() if h.is_file() else None)


def input_names(graph: fx.Graph) -> list[str]:
    """Forward argument names in signature order."""
    return [n.target for n in graph.nodes if n.op == "placeholder"]


def input_bytes(names: list[str], metas: dict[str, TensorMeta]) -> int:
    """Bytes the inputs take in memory (unknown names count as zero)."""
    return sum(math.prod(metas[n].shape) * _ITEMSIZE.get(metas[n].dtype, 8) for n in names if n in metas)


def make_arrays(names: list[str], metas: dict[str, TensorMeta], seed: int = 0,
                file: Path | str | None = None) -> dict[str, np.ndarray]:
    """Seeded numpy arrays for ``names`` from their metas (see the module docstring)."""
    rng = np.random.default_rng(seed)
    out: dict[str, np.ndarray] = {}
    for name in names:
        m = metas.get(name)
        if m is None:
            raise SampleError(f"forward argument {name!r} has no entry in weight_meta.py or "
                              f"input_meta.py", file)
        np_dtype = _NUMPY.get(m.dtype, m.dtype)
        lo, hi = m.extra.get("min_val"), m.extra.get("max_val")
        if m.data is not None:
            a = np.asarray(m.data).astype(np_dtype).reshape(m.shape)
        elif m.dtype == "bool":
            a = rng.integers(0, 2, size=m.shape).astype(bool)
        elif np.issubdtype(np.dtype(np_dtype), np.integer):
            lo_i = int(lo) if lo is not None else 0
            hi_i = int(hi) if hi is not None else lo_i + 1
            a = rng.integers(lo_i, max(hi_i, lo_i) + 1, size=m.shape).astype(np_dtype)
        else:
            # float32 draws (big weights make float64 draws the slowest part of a check).
            if m.mean is not None or m.std is not None:
                a = rng.standard_normal(size=m.shape, dtype=np.float32)
                a *= np.float32(m.std if m.std is not None else 1.0)
                a += np.float32(m.mean or 0.0)
            elif lo is not None and hi is not None:
                a = rng.uniform(float(lo), float(hi), size=m.shape).astype(np.float32)
            else:
                a = rng.standard_normal(size=m.shape, dtype=np.float32)
            if lo is not None and hi is not None and math.isfinite(lo) and math.isfinite(hi):
                np.clip(a, np.float32(lo), np.float32(hi), out=a)
            a = a.astype(np_dtype, copy=False)
        out[name] = a
    return out


#: Region ops and the position of their boxes argument ``[N, 4]`` (x1, y1, x2, y2).
BOX_ARGS = {"roi_align": 1, "roi_pool": 1, "psroi_pool": 1, "distribute_fpn_proposals": 0}
#: Ops through which boxes pass unchanged in value (joined, split, cast, reshaped, selected).
_BOX_CARRIERS = {"concat", "cast", "assign", "split", "split_with_num", "reshape", "squeeze",
                 "unsqueeze", "getitem", "gather", "index_select", "distribute_fpn_proposals"}


def box_inputs(graph: fx.Graph) -> list[str]:
    """Names of the graph inputs whose values reach a region op's boxes (``BOX_ARGS``) through
    ops that carry them unchanged, in graph order."""
    found: set[fx.Node] = set()
    todo = []
    for n in graph.nodes:
        pos = BOX_ARGS.get(_name(n)) if n.op == "call_function" else None
        if pos is not None and len(n.args) > pos:
            todo.append(n.args[pos])
    seen: set[int] = set()
    while todo:
        a = todo.pop()
        if isinstance(a, (list, tuple)):
            todo.extend(a)
        elif isinstance(a, fx.Node) and id(a) not in seen:
            seen.add(id(a))
            if a.op == "placeholder":
                found.add(a)
            elif a.op == "call_function" and _name(a) in _BOX_CARRIERS:
                todo.extend(a.args)
    return [n.target for n in graph.nodes if n in found]


def _name(n: fx.Node) -> str:
    return getattr(n.target, "__name__", str(n.target)).rstrip("_")


def valid_boxes(arrays: dict[str, np.ndarray], names: list[str]) -> dict[str, np.ndarray]:
    """``arrays`` with each named ``[..., 4]`` float array's boxes in order: ``x1 <= x2`` and
    ``y1 <= y2`` (the two coordinates of each axis swapped where needed; nothing else moves)."""
    out = dict(arrays)
    for name in names:
        a = out.get(name)
        if a is None or a.ndim < 1 or a.shape[-1] != 4 or not np.issubdtype(a.dtype, np.floating):
            continue
        b = a.copy()
        b[..., 0], b[..., 2] = np.minimum(a[..., 0], a[..., 2]), np.maximum(a[..., 0], a[..., 2])
        b[..., 1], b[..., 3] = np.minimum(a[..., 1], a[..., 3]), np.maximum(a[..., 1], a[..., 3])
        out[name] = b
    return out


def graph_arrays(graph: fx.Graph, names: list[str], metas: dict[str, TensorMeta], seed: int = 0,
                 file: Path | str | None = None) -> dict[str, np.ndarray]:
    """The inputs of ``graph``: :func:`make_arrays`, then :func:`valid_boxes` for its box inputs."""
    return valid_boxes(make_arrays(names, metas, seed, file), box_inputs(graph))


def to_paddle(arrays: dict[str, np.ndarray], dtypes: dict[str, str]) -> dict[str, Any]:
    """CPU Paddle tensors of the given dtypes (the child process does exactly the same)."""
    return {k: paddle.to_tensor(v, dtype=dtypes[k], place=paddle.CPUPlace()) for k, v in arrays.items()}


def _runtime_value(a: Any, env: dict[fx.Node, Any]) -> Any:
    if isinstance(a, fx.Node):
        return env[a]
    if isinstance(a, PaddlePlace):
        return a.to_paddle()
    if isinstance(a, list):
        return [_runtime_value(x, env) for x in a]
    if isinstance(a, tuple):
        return tuple(_runtime_value(x, env) for x in a)
    if isinstance(a, dict):
        return {k: _runtime_value(v, env) for k, v in a.items()}
    return a


def run_paddle_graph(graph: fx.Graph, inputs: dict[str, Any], seed: int = 0) -> Any:
    """Run a parsed graph on Paddle tensors (by argument name), freeing values after last use."""
    nodes = list(graph.nodes)
    last: dict[fx.Node, int] = {}
    for i, n in enumerate(nodes):
        for d in n.all_input_nodes:
            last[d] = i
    env: dict[fx.Node, Any] = {}
    cpu = paddle_cpu_equivalents(paddle._C_ops)
    paddle.seed(seed)
    with paddle.no_grad():
        for i, n in enumerate(nodes):
            if n.op == "placeholder":
                env[n] = inputs[n.target]
            elif n.op == "call_function":
                fn = cpu.get(n.target, n.target) if callable(n.target) else n.target
                env[n] = fn(*_runtime_value(n.args, env), **_runtime_value(n.kwargs, env))
            elif n.op == "call_method":
                args = _runtime_value(n.args, env)
                env[n] = getattr(args[0], n.target)(*args[1:], **_runtime_value(n.kwargs, env))
            elif n.op == "output":
                return _runtime_value(n.args[0], env)
            else:
                raise ValueError(f"node {n.name}: op {n.op} cannot run")
            for d in n.all_input_nodes:
                if last.get(d) == i:
                    env.pop(d, None)
    raise ValueError("graph has no output")


def flatten_outputs(out: Any) -> list[Any]:
    """Output leaves as numpy arrays (``None`` stays ``None``), depth first."""
    if isinstance(out, (list, tuple)):
        return [y for x in out for y in flatten_outputs(x)]
    if out is None:
        return [None]
    if isinstance(out, paddle.Tensor):
        if out.dtype == paddle.bfloat16:
            out = out.astype("float32")
        return [out.numpy()]
    return [np.asarray(out)]


def compare_outputs(a: list[Any], b: list[Any]) -> tuple[bool, float]:
    """``(bitwise_equal, max_abs_diff)`` of two flattened outputs (``inf`` when they don't match)."""
    if len(a) != len(b):
        return False, math.inf
    same, worst = True, 0.0
    for x, y in zip(a, b):
        if x is None or y is None:
            if x is not y:
                return False, math.inf
            continue
        if x.shape != y.shape or x.dtype != y.dtype:
            return False, math.inf
        if x.tobytes() == y.tobytes():
            continue
        same = False
        if x.size == 0:
            continue
        if x.dtype == bool or not np.issubdtype(x.dtype, np.number):
            return False, math.inf
        xd, yd = x.astype(np.complex128 if np.iscomplexobj(x) else np.float64), \
            y.astype(np.complex128 if np.iscomplexobj(y) else np.float64)
        both_nan = np.isnan(xd) & np.isnan(yd)
        same_inf = np.isinf(xd) & (xd == yd)
        diff = np.where(both_nan | same_inf, 0.0, np.abs(xd - yd))
        if np.isnan(diff).any():
            return False, math.inf
        worst = max(worst, float(diff.max()))
    return same, worst


def _check_inputs(names: list[str], metas: dict[str, TensorMeta], limit: int) -> str | None:
    need = input_bytes(names, metas)
    if need > limit:
        return f"numeric check skipped: inputs need {need / 1e9:.1f} GB (limit {limit / 1e9:.1f} GB)"
    return None


def roundtrip_paddle_sample(path: Path | str, timeout: float | None = 60.0, numeric: bool = True,
                            seed: int = 0, max_input_bytes: int = MAX_INPUT_BYTES) -> RoundTripResult:
    """Round-trip one Paddle sample directory; failures are reported in the result, never raised.

    A sample whose inputs exceed ``max_input_bytes`` is not run and does not pass (its
    ``error`` says the numeric check was skipped).
    """
    path = Path(path)
    t0 = time.perf_counter()
    try:
        with time_limit(timeout):
            file = path / "model.py"
            if not file.is_file():
                raise SampleError("missing model.py", file)
            g1 = parse_paddle_model(file.read_text(encoding="utf-8"), file)  # model errors first
            sample = read_paddle_sample(path)
            t1 = serialize_paddle(g1)
            g2 = parse_paddle_model(t1, f"{file} (serialized)")
            diff = graph_equal(g1, g2)
            t2 = serialize_paddle(g2)
            res = RoundTripResult(sample=str(path), ok=False, structural_equal=diff.equal,
                                  fixed_point=t1 == t2, hash_stable=model_hash(t1) == model_hash(t2),
                                  nodes=len(g1.nodes), difference=diff.difference)
            numeric_ok = True
            if numeric:
                metas, names = sample.all_meta(), input_names(g1)
                skipped = _check_inputs(names, metas, max_input_bytes)
                if skipped:
                    res.error, numeric_ok = skipped, False
                else:
                    arrays = graph_arrays(g1, names, metas, seed, file)
                    dtypes = {n: metas[n].dtype for n in names}
                    out1 = flatten_outputs(run_paddle_graph(g1, to_paddle(arrays, dtypes), seed))
                    out2 = flatten_outputs(run_paddle_graph(g2, to_paddle(arrays, dtypes), seed))
                    same, res.max_abs_err = compare_outputs(out1, out2)
                    numeric_ok = same
                    if not same and res.max_abs_err == 0.0:
                        res.error = "outputs differ bitwise (signed zeros or NaN payloads)"
            res.ok = bool(diff.equal and res.fixed_point and numeric_ok)
            if not res.ok and res.error is None:
                res.error = diff.difference or ("serialize is not a fixed point" if not res.fixed_point
                                                else f"outputs differ by {res.max_abs_err}")
    except (SampleError, SampleTimeout) as exc:
        return RoundTripResult(sample=str(path), ok=False, error=str(exc), seconds=time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - one bad sample must not stop a batch
        return RoundTripResult(sample=str(path), ok=False, error=f"{type(exc).__name__}: {exc}",
                               seconds=time.perf_counter() - t0)
    res.seconds = time.perf_counter() - t0
    return res


def semantics_paddle_sample(path: Path | str, timeout: float = 120.0, seed: int = 0,
                            max_input_bytes: int = MAX_INPUT_BYTES, reparse: bool = False) -> dict[str, Any]:
    """Compare the parsed graph with the published ``model.py`` run in a child process.

    Returns ``{"sample", "semantic_ok", "max_abs_err", "error", "seconds", "graph"}``;
    ``semantic_ok`` means bitwise-identical outputs. A file the parser refuses is reported and
    never run. With ``reparse`` the graph compared is ``parse(serialize(parse(model.py)))``
    (``graph`` says which), as in ``semantics.semantics_sample``.
    """
    path = Path(path)
    t0 = time.perf_counter()
    res: dict[str, Any] = {"sample": str(path), "semantic_ok": False, "max_abs_err": None,
                           "error": None, "seconds": 0.0, "graph": "reparsed" if reparse else "parsed"}
    try:
        file = path / "model.py"
        if not file.is_file():
            raise SampleError("missing model.py", file)
        graph = parse_paddle_model(file.read_text(encoding="utf-8"), file)  # refused files never run
        if reparse:
            graph = parse_paddle_model(serialize_paddle(graph), f"{file} (serialized)")
        sample = read_paddle_sample(path)
        metas, names = sample.all_meta(), input_names(graph)
        skipped = _check_inputs(names, metas, max_input_bytes)
        if skipped:
            res["error"], res["skipped"] = skipped.replace("numeric check", "semantics check"), True
            return res
        arrays = graph_arrays(graph, names, metas, seed, sample.model_file)
        dtypes = {n: metas[n].dtype for n in names}
        with tempfile.TemporaryDirectory(prefix="paddle_semantics_") as tmp:
            inp, outp = Path(tmp) / "inputs.npz", Path(tmp) / "outputs.npz"
            np.savez(inp, __dtypes__=np.asarray(json.dumps(dtypes)), **arrays)
            try:
                done = run_child("paddle", [str(sample.model_file.resolve()), str(inp), str(outp), str(seed)],
                                 timeout, tmp)
            except ChildError as exc:
                res["error"] = f"original model.py not run: {exc}"
                return res
            why = done.failure(timeout, prefer="Error")
            if why:
                res["error"] = f"original model.py {why}"
                return res
            with np.load(outp, allow_pickle=False) as z:
                kinds = json.loads(str(z["__kinds__"]))
                original = [None if k == "none" else z[f"o{i}"] for i, k in enumerate(kinds)]
        ours = flatten_outputs(run_paddle_graph(graph, to_paddle(arrays, dtypes), seed))
        same, worst = compare_outputs(original, ours)
        res["semantic_ok"], res["max_abs_err"] = same, worst
        if not same:
            res["error"] = f"outputs differ (max abs diff {worst})"
    except SampleError as exc:
        res["error"] = str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad sample must not stop a batch
        res["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        res["seconds"] = time.perf_counter() - t0
    return res
