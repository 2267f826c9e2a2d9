"""Check a conversion by running both programs: the torch original and the converted paddle
code, each in its own subprocess with a timeout (paddle on CPU), then compare named results.

Which names: the ones asked for, else those listed in a ``# paddlecamp: check a, b`` comment of
the torch file, else every top-level tensor the torch run defines (the reference; a name the
paddle run lacks is reported ``missing``). Each name gets one verdict:

* ``equal``    same kind, shape, dtype and values (``rtol``/``atol``, NaN equal to NaN);
* ``mismatch`` with what differs (shape, dtype, value with the largest absolute difference);
* ``missing``  the paddle run does not define it;
* ``error``    a run failed: the last line of its traceback (and which side).

Snapshots and the comparison rules are those of ``paddlecamp.apicompat.swap`` (PaConvert's
``apibase`` semantics), so a verdict here means what it means in Track 2.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path

_CHECK_COMMENT = re.compile(r"^\s*#\s*paddlecamp:\s*check\s+(.+?)\s*$", re.M)


@dataclass
class NameResult:
    name: str
    verdict: str              # equal | mismatch | missing | error
    detail: str = ""
    max_abs_diff: float | None = None


def names_from_comment(source: str) -> list[str] | None:
    """Names listed in ``# paddlecamp: check a, b`` comments (None when there is none)."""
    found = [n.strip() for m in _CHECK_COMMENT.finditer(source) for n in m.group(1).split(",") if n.strip()]
    return found or None


def run_file(path: str | Path, names: list[str] | None, timeout: float = 120.0, compat: bool = False) -> dict:
    """Execute ``path`` in a fresh interpreter (cwd = its folder, no GPU) and return
    ``{"ok", "results": {name: snapshot}, "error"}``. ``compat``: Track 2's compatibility layer
    (``paddlecamp.apicompat.enable()``) is switched on before the file runs."""
    return _run_batch([(path, names)], timeout, compat, Path(path).resolve().parent)[0]


def run_files(jobs: list[tuple[str, list[str] | None]], timeout: float = 600.0, compat: bool = False) -> list[dict]:
    """Run many files in one fresh interpreter, one after the other (for corpus runs where an
    interpreter start per file would dominate); a timeout or crash fails the rest of the batch."""
    return _run_batch(jobs, timeout, compat, Path(jobs[0][0]).resolve().parent)


def _run_batch(jobs, timeout: float, compat: bool, cwd: Path) -> list[dict]:
    """One child interpreter for ``jobs``. Results come back through a file, one pickle per
    job (snapshots hold numpy arrays; a 30M-element result as JSON would be a gigabyte); what the programs print goes nowhere (a program printing without end must not fill
    the parent's memory), and stderr goes to a file whose last line explains a crash."""
    import tempfile

    import pickle
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="", PYTHONWARNINGS="ignore")
    with tempfile.TemporaryDirectory(prefix="paddlecamp-check-") as tmp:
        results, errors, spec = Path(tmp) / "results.pkl", Path(tmp) / "stderr.txt", Path(tmp) / "jobs.json"
        spec.write_text(json.dumps([[str(Path(p).resolve()), n] for p, n in jobs]), encoding="utf-8")
        cmd = [sys.executable, "-m", "paddlecamp.convert.check", "--children", str(spec), str(results)] + (
            ["--compat"] if compat else [])
        with open(errors, "wb") as err:
            try:
                proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL,
                                      timeout=timeout, cwd=cwd, env=env)
                why = f"exit status {proc.returncode}"
            except subprocess.TimeoutExpired:
                why = f"timed out after {timeout:g} s"
        with open(errors, "rb") as f:
            f.seek(max(0, errors.stat().st_size - 4096))
            tail = [ln for ln in f.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        if tail and not why.startswith("timed out"):
            why = tail[-1].strip()
        done = []
        if results.exists():
            with open(results, "rb") as f:
                while True:
                    try:
                        done.append(pickle.load(f))   # written by our own child process
                    except (EOFError, pickle.UnpicklingError):
                        break
    return done + [{"ok": False, "results": {}, "error": why}] * (len(jobs) - len(done))


class CaseTimeout(Exception):
    """One program of a batch ran past ``PER_PROGRAM_S``."""


PER_PROGRAM_S = 60


def _children(spec: str, results: str) -> None:
    import pickle
    import signal

    def expire(signum, frame):
        raise CaseTimeout(f"ran past {PER_PROGRAM_S} s")
    signal.signal(signal.SIGALRM, expire)   # a program that hangs fails alone, the batch goes on
    jobs = json.loads(Path(spec).read_text(encoding="utf-8"))
    with open(results, "ab") as out:
        for file, wanted in jobs:
            signal.alarm(PER_PROGRAM_S)
            try:
                res = _execute(file, wanted)
            finally:
                signal.alarm(0)
            try:
                pickle.dump(res, out)
            except Exception as e:  # noqa: BLE001 - an unpicklable snapshot fails this program only
                pickle.dump({"ok": False, "results": {}, "error": f"result not transferable: {e}"}, out)
            out.flush()


def _execute(path: str, names: list[str] | None) -> dict:
    from paddlecamp.apicompat.swap import _is_paddle_tensor, _is_torch_tensor, snapshot
    code = Path(path).read_text(encoding="utf-8")
    ns: dict = {"__name__": "__main__", "__file__": path}
    sys.path.insert(0, str(Path(path).parent))
    try:
        exec(compile(code, path, "exec", dont_inherit=True), ns)
    except BaseException as e:  # noqa: BLE001 - reported to the parent as the run's error
        if isinstance(e, KeyboardInterrupt):
            raise
        last = traceback.format_exception_only(type(e), e)[-1].strip()
        line = next((fr.lineno for fr in reversed(traceback.extract_tb(e.__traceback__)) if fr.filename == path), None)
        res = {"ok": False, "results": {}, "error": (f"line {line}: " if line else "") + last}
    else:
        if names is None:
            names = [k for k, v in ns.items() if not k.startswith("_") and (_is_torch_tensor(v) or _is_paddle_tensor(v))]
        res = {"ok": True, "error": None,
               "results": {n: snapshot(ns[n]) if n in ns else {"kind": "missing"} for n in names}}
    sys.path.remove(str(Path(path).parent))
    return res


def _max_abs_diff(a: dict, b: dict) -> float | None:
    import numpy as np
    if a.get("kind") in ("tensor", "ndarray") and b.get("kind") == a.get("kind"):
        x, y = np.asarray(a["array"]), np.asarray(b["array"])
        if x.shape == y.shape and x.size and x.dtype.kind in "fciub" and y.dtype.kind in "fciub":
            with np.errstate(invalid="ignore"):
                d = np.abs(x.astype(np.complex128 if x.dtype.kind == "c" else np.float64)
                           - y.astype(np.complex128 if y.dtype.kind == "c" else np.float64))
            both_nan = np.isnan(x.astype(np.complex128)) & np.isnan(y.astype(np.complex128)) if x.dtype.kind in "fc" else False
            d = np.where(both_nan, 0.0, d)
            return float(np.nanmax(np.where(np.isnan(d), np.inf, d)))
    if a.get("kind") == "scalar" and b.get("kind") == "scalar":
        try:
            return abs(float(a["value"]) - float(b["value"]))
        except (TypeError, ValueError):
            return None
    return None


def _floats_as_arrays(snap: dict) -> dict:
    """Python floats compared with the tolerances, like tensors (``loss.item()`` differs in the last bits)."""
    import numpy as np
    k = snap.get("kind")
    if k == "scalar" and snap["type"] == "float":
        return {"kind": "ndarray", "array": np.asarray(snap["value"], dtype=np.float64)}
    if k == "seq":
        return dict(snap, items=[_floats_as_arrays(x) for x in snap["items"]])
    if k == "dict":
        return dict(snap, keys=[_floats_as_arrays(x) for x in snap["keys"]], values=[_floats_as_arrays(x) for x in snap["values"]])
    return snap


def compare_runs(ref: dict, got: dict, names: list[str] | None = None, rtol: float = 1e-5, atol: float = 1e-6,
                 check_dtype: bool = True, check_value: bool = True) -> list[NameResult]:
    """Verdict per name for a torch run ``ref`` and a paddle run ``got``."""
    from paddlecamp.apicompat.swap import Mismatch, compare

    wanted = names if names is not None else list(ref.get("results", {}))
    if not ref["ok"] or not got["ok"]:
        side = "torch" if not ref["ok"] else "paddle"
        err = ref["error"] if not ref["ok"] else got["error"]
        return [NameResult(n, "error", f"{side} run failed: {err}") for n in (wanted or ["<run>"])]
    out = []
    for n in wanted:
        r, g = ref["results"].get(n, {"kind": "missing"}), got["results"].get(n, {"kind": "missing"})
        if r["kind"] == "missing":
            out.append(NameResult(n, "error", "torch run does not define it"))
            continue
        if g["kind"] == "missing":
            out.append(NameResult(n, "missing", "paddle run does not define it"))
            continue
        r, g = _floats_as_arrays(r), _floats_as_arrays(g)
        try:
            compare(r, g, path=n, rtol=rtol, atol=atol, check_dtype=check_dtype, check_value=check_value,
                    check_stop_gradient=False)
            out.append(NameResult(n, "equal"))
        except Mismatch as e:
            out.append(NameResult(n, "mismatch", f"{e.kind}: {e.detail}", _max_abs_diff(r, g)))
    return out


def check(torch_file: str | Path, paddle_file: str | Path, names: list[str] | None = None,
          timeout: float = 120.0, rtol: float = 1e-5, atol: float = 1e-6, compat: bool = False) -> list[NameResult]:
    """Run both files (in parallel subprocesses) and compare their named results; ``compat``
    runs the paddle side with Track 2's compatibility layer on."""
    from concurrent.futures import ThreadPoolExecutor

    if names is None:
        names = names_from_comment(Path(torch_file).read_text(encoding="utf-8"))
    with ThreadPoolExecutor(2) as pool:
        f_ref = pool.submit(run_file, torch_file, names, timeout)
        f_got = pool.submit(run_file, paddle_file, names, timeout, compat)
        ref, got = f_ref.result(), f_got.result()
    return compare_runs(ref, got, names, rtol=rtol, atol=atol)


def format_results(results: list[NameResult]) -> list[str]:
    lines = []
    for r in results:
        extra = f" (max abs diff {r.max_abs_diff:.3g})" if r.max_abs_diff is not None else ""
        lines.append(f"  {r.verdict:<8} {r.name}{extra}" + (f": {r.detail}" if r.detail and r.verdict != "equal" else ""))
    return lines


def as_dicts(results: list[NameResult]) -> list[dict]:
    return [asdict(r) for r in results]


if __name__ == "__main__":
    import warnings
    warnings.filterwarnings("ignore")
    if "--compat" in sys.argv:
        sys.argv.remove("--compat")
        from paddlecamp.apicompat import enable
        enable()
    if len(sys.argv) == 4 and sys.argv[1] == "--children":
        _children(sys.argv[2], sys.argv[3])
