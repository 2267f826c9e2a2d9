"""Semantics check: does the parsed graph compute what the published ``model.py`` computes?

The round trip compares our parse with our own serialization; it cannot see a parser that
misreads the original consistently. This check runs the ORIGINAL ``model.py`` the way
GraphNet loads it (import the file, ``GraphModule()``, call ``forward`` by keyword) and
compares its outputs with the parsed graph's on the same seeded inputs.

Running a downloaded file runs its code, so that half happens in a child process forked from
an isolated fork server (``originals``), with a timeout (killed with its process group when it
runs over); the calling process never imports sample code. Inputs and outputs cross through
``torch.save`` files in a private temporary directory, loaded with ``weights_only=True``. The
child compiles the text of ``model.py`` itself (never a cached ``.pyc``), and on a machine
without a GPU it maps the sample's ``device(type='cuda', ...)`` constants to the CPU, as
``roundtrip.on_available_device`` does for the graph.

Both sides run on the CPU with the same thread count and RNG seed; fp32 on the CPU is
deterministic there, so equal programs give bitwise-equal outputs (``bitwise``). Outputs
within ``allclose(rtol=1e-5, atol=1e-6)`` still count as ``semantic_ok`` (a different but
equivalent kernel choice), and ``max_abs_err`` says by how much.
"""
from __future__ import annotations

import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from paddlecamp.graphs.sample import sample_framework

RTOL, ATOL = 1e-5, 1e-6


@dataclass
class SemanticsResult:
    """Original ``model.py`` against the parsed graph on one sample."""

    sample: str
    semantic_ok: bool
    bitwise: bool | None = None
    max_abs_err: float | None = None
    error: str | None = None
    seconds: float = 0.0
    original_seconds: float | None = None
    graph_seconds: float | None = None
    #: every float output of the original is constant: a match that says little (see outputs_constant)
    constant_outputs: bool | None = None
    #: which graph met the original: "parsed" (``parse(model.py)``) or "reparsed"
    #: (``parse(serialize(parse(model.py)))``, the text ``graphs roundtrip`` writes)
    graph: str = "parsed"
    #: not run by design (inputs over the size cap): neither a pass nor a failure
    skipped: bool = False

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        if d["max_abs_err"] is not None and d["max_abs_err"] == float("inf"):
            d["max_abs_err"] = "inf"
        return d


def paddle_module() -> Any:
    """``paddlecamp.graphs.paddle_roundtrip`` when it is importable, else ``None``."""
    try:
        from paddlecamp.graphs import paddle_roundtrip
    except ImportError:
        return None
    return paddle_roundtrip


class OriginalRunError(RuntimeError):
    """The original ``model.py`` failed, timed out or crashed in its subprocess."""


def run_original(path: Path | str, inputs: dict[str, Any], timeout: float = 120.0, seed: int = 0,
                 threads: int | None = None) -> Any:
    """Run ``path/model.py``'s ``GraphModule()(**inputs)`` in a forked child and return its outputs.

    The child comes from ``originals``' torch fork server. Raises ``OriginalRunError`` with
    the child's last error line, ``timed out after N s`` or the signal that killed it.
    """
    import torch

    from paddlecamp.graphs.originals import ChildError, run_child

    path = Path(path).resolve()
    threads = threads or torch.get_num_threads()
    with tempfile.TemporaryDirectory(prefix="paddlecamp-sem-") as tmp:
        tin, tout = Path(tmp) / "inputs.pt", Path(tmp) / "outputs.pt"
        torch.save(inputs, tin)
        try:
            done = run_child("torch", [str(path), str(tin), str(tout), str(seed), str(threads)], timeout, tmp)
        except ChildError as exc:
            raise OriginalRunError(f"original model.py not run: {exc}") from None
        why = done.failure(timeout)
        if why:
            raise OriginalRunError(f"original model.py {why}")
        return torch.load(tout, weights_only=True)


def compare(original: Any, graph: Any) -> tuple[bool, bool, float, str | None]:
    """(semantic_ok, bitwise, max_abs_err, reason) for two output structures."""
    import torch

    from paddlecamp.graphs.roundtrip import flatten_outputs, max_abs_diff

    fo, fg = flatten_outputs(original), flatten_outputs(graph)
    if len(fo) != len(fg):
        return False, False, float("inf"), f"output count: original {len(fo)}, graph {len(fg)}"
    for i, (a, b) in enumerate(zip(fo, fg)):
        if isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor):
            if a.shape != b.shape:
                return False, False, float("inf"), f"output {i}: shape {tuple(a.shape)} vs {tuple(b.shape)}"
            if a.dtype != b.dtype:
                return False, False, float("inf"), f"output {i}: dtype {a.dtype} vs {b.dtype}"
    err = max_abs_diff(original, graph)
    if err == 0.0:
        return True, True, 0.0, None
    if err == float("inf"):
        return False, False, err, "outputs differ (non-tensor value or nan/inf placement)"
    for i, (a, b) in enumerate(zip(fo, fg)):
        if isinstance(a, torch.Tensor) and a.is_floating_point():
            if not torch.allclose(a.double(), b.double(), rtol=RTOL, atol=ATOL, equal_nan=True):
                return False, False, err, f"output {i}: max abs err {err:.3g} beyond rtol={RTOL}, atol={ATOL}"
        elif isinstance(a, torch.Tensor) and not torch.equal(a, b):
            return False, False, err, f"output {i}: integer/bool values differ"
    return True, False, err, None


def semantics_sample(path: Path | str, timeout: float = 120.0, seed: int = 0,
                     reparse: bool = False, max_input_gib: float | None = None) -> SemanticsResult:
    """Original ``model.py`` (subprocess) against the parsed graph (here); never raises.

    With ``reparse`` the graph compared is the one parsed back from our own serialization.
    When that graph is structurally equal to the first parse (the round trip checks this),
    one comparison covers both claims: the serialized text computes what the published file
    computes, and so does the first parse. The corpus runner uses it in place of running both
    parses on the same inputs, which halves the graph runs per sample.

    Paddle samples (``graph_net.json`` framework ``paddle``) go to
    ``paddle_roundtrip.semantics_paddle_sample`` when that module is importable; otherwise the
    result's error is ``paddle-unsupported``; ``max_input_gib`` caps their inputs (default
    ``paddle_roundtrip.MAX_INPUT_BYTES``; the corpus runner passes its ``--max-input-gib``).
    """
    path = Path(path)
    t0 = time.perf_counter()
    if sample_framework(path) == "paddle":
        mod = paddle_module()
        if mod is None:
            return SemanticsResult(sample=str(path), semantic_ok=False, error="paddle-unsupported: "
                                   "paddlecamp.graphs.paddle_roundtrip is not available")
        try:
            from paddlecamp.graphs.roundtrip import paddle_input_cap

            d = mod.semantics_paddle_sample(path, timeout, seed, reparse=reparse,
                                            **paddle_input_cap(max_input_gib))
        except Exception as exc:  # noqa: BLE001 - one sample never stops a batch
            d = {"semantic_ok": False, "error": f"{type(exc).__name__}: {exc}"}
        return SemanticsResult(sample=str(path), semantic_ok=bool(d.get("semantic_ok")),
                               max_abs_err=d.get("max_abs_err"), error=d.get("error"),
                               graph=d.get("graph", "parsed"), skipped=bool(d.get("skipped")),
                               bitwise=d.get("max_abs_err") == 0.0 if d.get("max_abs_err") is not None else None,
                               seconds=float(d.get("seconds") or time.perf_counter() - t0))
    res = SemanticsResult(sample=str(path), semantic_ok=False)
    try:
        from paddlecamp.graphs.parse import parse_model
        from paddlecamp.graphs.roundtrip import make_inputs, outputs_constant, run_graph, time_limit
        from paddlecamp.graphs.sample import read_sample

        sample = read_sample(path)
        graph = parse_model(sample.model_source, sample.model_file)
        if reparse:
            from paddlecamp.graphs.serialize import serialize

            graph = parse_model(serialize(graph), f"{sample.model_file} (serialized)")
            res.graph = "reparsed"
        inputs = make_inputs(graph, sample.all_meta(), seed, sample.model_file)
        from paddlecamp.graphs.parse import placeholders

        named = {ph.target: x for ph, x in zip(placeholders(graph), inputs)}
        t1 = time.perf_counter()
        original = run_original(path, named, timeout=timeout, seed=seed)
        res.original_seconds = time.perf_counter() - t1
        t2 = time.perf_counter()
        with time_limit(max(1.0, timeout - (t2 - t0))):
            ours = run_graph(graph, inputs, seed)
        res.graph_seconds = time.perf_counter() - t2
        res.semantic_ok, res.bitwise, res.max_abs_err, res.error = compare(original, ours)
        res.constant_outputs = outputs_constant(original)
        if res.error:
            res.error = f"semantics mismatch: {res.error}"
    except OriginalRunError as exc:
        res.error = str(exc)
    except Exception as exc:  # noqa: BLE001 - one sample never stops a batch
        from paddlecamp.graphs.sample import SampleError

        res.error = str(exc) if isinstance(exc, SampleError) else f"{type(exc).__name__}: {exc}"
    res.seconds = time.perf_counter() - t0
    return res
