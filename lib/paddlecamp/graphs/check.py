"""Corpus runner: round trip, semantics and dtype generalization of every sample, resumable.

``check_corpus`` finds the samples under a corpus directory and hands each one to a pool of
long-lived worker processes (torch is imported once per worker). A worker that runs past a
sample's deadline is killed and replaced, a worker that dies (a crash, the OOM killer) is
replaced, and the sample gets the class ``timeout`` or ``crash``: one sample never stops a
run. Each result is appended to a JSONL file as one flushed line, so an interrupted run
resumes where it stopped (``resume``). The summary counts ``ok`` per column, failures by
class and by source, and timing medians.

A sample is ``ok`` when its round trip passes and, when semantics run, its outputs match the
original ``model.py``. dtype generalization writes into a temporary directory; the sample
directories are only read.
"""
from __future__ import annotations

import json
import math
import multiprocessing as mp
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

#: Samples whose forward arguments take more memory than this skip the numeric comparisons
#: (structure and text are still checked): two workers each hold the inputs about three times.
DEFAULT_MAX_INPUT_GIB = 2.0
SUMMARY_VERSION = 1


@dataclass
class CheckOptions:
    """What to run per sample (pickled to the workers)."""

    root: str
    semantics: bool = True
    numeric: bool = True
    dtypes: tuple[str, ...] = ()
    timeout: float = 120.0
    seed: int = 0
    max_input_gib: float = DEFAULT_MAX_INPUT_GIB
    threads: int = 1


# --------------------------------------------------------------------------- classification

_PREFIX = re.compile(r"^\S*?(?:\.py|\.json|\.txt|<[^>]*>)(?: \([^)]*\))?(?::\d+)?: ")


def strip_location(message: str) -> str:
    """``'a/model.py:12: name ...'`` -> ``'name ...'``."""
    return _PREFIX.sub("", message.strip(), count=1)


_RULES: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(r"timed out after"), lambda m: "timeout"),
    (re.compile(r"^name '([^']+)' is not defined or not allowed"), lambda m: f"parse:name-not-allowed:{m[1]}"),
    (re.compile(r"^name '([^']+)' is not allowed"), lambda m: f"parse:name-not-allowed:{m[1]}"),
    (re.compile(r"^name '([^']+)' is not an allowed (?:function|operator)"),
     lambda m: f"parse:name-not-allowed:{m[1]}"),
    (re.compile(r"^name '([^']+)' does not exist"), lambda m: f"parse:name-missing:{m[1]}"),
    (re.compile(r"^unsupported statement (\w+)"), lambda m: f"parse:unsupported-statement:{m[1]}"),
    (re.compile(r"^unsupported top-level statement (\w+)"), lambda m: f"parse:unsupported-statement:{m[1]}"),
    (re.compile(r"^unsupported expression (\w+)"), lambda m: f"parse:unsupported-expression:{m[1]}"),
    (re.compile(r"^unsupported operator (\w+)"), lambda m: f"parse:unsupported-operator:{m[1]}"),
    (re.compile(r"^unsupported assignment target (\w+)"), lambda m: f"parse:unsupported-assignment:{m[1]}"),
    (re.compile(r"^unsupported class member (\w+)"), lambda m: f"parse:unsupported-class-member:{m[1]}"),
    (re.compile(r"^tensor method '([^']+)' is not allowed"), lambda m: f"parse:method-not-allowed:{m[1]}"),
    (re.compile(r"^tensor attribute '([^']+)' is not allowed"), lambda m: f"parse:attribute-not-allowed:{m[1]}"),
    (re.compile(r"^attribute (self\.\w+) is not allowed"), lambda m: f"parse:attribute-not-allowed:{m[1]}"),
    (re.compile(r"^import (?:of|from) '([^']+)' is not allowed"), lambda m: f"parse:import-not-allowed:{m[1]}"),
    (re.compile(r"^argument \w+: annotation '([^']+)'"), lambda m: f"parse:annotation-not-allowed:{m[1]}"),
    (re.compile(r"^malformed Python"), lambda m: "parse:syntax"),
    (re.compile(r"^inconsistent graph"), lambda m: "parse:inconsistent-graph"),
    (re.compile(r"^forward argument '[^']+' has no entry"), lambda m: "meta:missing-entry"),
    (re.compile(r"^no weight_meta.py or input_meta.py"), lambda m: "meta:missing-file"),
    (re.compile(r"^missing model.py"), lambda m: "sample:missing-model"),
    (re.compile(r"^outputs differ by"), lambda m: "roundtrip:numeric-mismatch"),
    (re.compile(r"^node count"), lambda m: "roundtrip:structural-diff:node-count"),
    (re.compile(r"^node \d+(?: \([^)]*\))?: (\w+)"), lambda m: f"roundtrip:structural-diff:{m[1]}"),
    (re.compile(r"^placeholder"), lambda m: "roundtrip:structural-diff:placeholder"),
    (re.compile(r"^serialize is not a fixed point"), lambda m: "roundtrip:not-fixed-point"),
    (re.compile(r"^semantics mismatch: output count"), lambda m: "semantics-mismatch:output-count"),
    (re.compile(r"^semantics mismatch: output \d+: (shape|dtype)"), lambda m: f"semantics-mismatch:{m[1]}"),
    (re.compile(r"^semantics mismatch"), lambda m: "semantics-mismatch"),
    (re.compile(r"^original model.py crashed: killed by signal (\w+)"), lambda m: f"original:crash:{m[1]}"),
    (re.compile(r"^original model.py failed: (?:[\w.]*\.)?(\w+(?:Error|Exception|Interrupt))\b"),
     lambda m: f"original:failed:{m[1]}"),
    (re.compile(r"^original model.py failed"), lambda m: "original:failed"),
    (re.compile(r"^paddle-unsupported"), lambda m: "paddle-unsupported"),
    (re.compile(r"^crash"), lambda m: "crash"),
    (re.compile(r"^runtime: (\w+)"), lambda m: f"dtype:runtime:{m[1]}"),
    (re.compile(r"; cause: (fp32-range|selection)\b"), lambda m: f"dtype:{m[1]}"),
    (re.compile(r"^accuracy"), lambda m: "dtype:accuracy"),
    (re.compile(r"^inconclusive"), lambda m: "dtype:inconclusive"),
    (re.compile(r"nan/inf .* \(overflow\)"), lambda m: "dtype:overflow"),
    (re.compile(r"^(\w+(?:Error|Exception)): "), lambda m: f"error:{m[1]}"),
]


def classify(error: str | None, sample_dir: Path | str | None = None) -> str | None:
    """A short, stable class name for an error message (``None`` for no error)."""
    if not error:
        return None
    msg = strip_location(error)
    if sample_dir is not None and msg.startswith(("no weight_meta.py or input_meta.py",
                                                  "forward argument")):
        # Our snapshot lacks a few weight_meta.py files that the published repository keeps
        # out of band (over 4 MiB): a missing input, not a parser failure.
        if not (Path(sample_dir) / "weight_meta.py").is_file():
            return "snapshot-missing-file"
    for rx, name in _RULES:
        m = rx.search(msg)
        if m:
            return name(m)
    return "other"


# --------------------------------------------------------------------------- one sample

def sample_source(sample: Path, root: Path) -> str:
    """The directory right under ``samples/`` (or under the corpus root): timm, mmseg, ..."""
    try:
        parts = sample.resolve().relative_to(root.resolve()).parts
    except ValueError:
        return sample.parent.name
    if not parts:
        return root.name
    for marker in ("samples", "paddle_samples"):
        if marker in parts[:-1]:
            i = parts.index(marker)
            return parts[i + 1] if i + 1 < len(parts) - 1 else parts[i]
    return parts[0] if len(parts) > 1 else root.name


_SHAPE_RE = re.compile(r"^\s*shape\s*=\s*\[([^\]]*)\]", re.M)
_DTYPE_RE = re.compile(r"^\s*dtype\s*=\s*[\"']torch\.(\w+)[\"']", re.M)
_DTYPE_BYTES = {"float64": 8, "int64": 8, "complex64": 8, "complex128": 16, "float16": 2, "bfloat16": 2,
                "int16": 2, "int8": 1, "uint8": 1, "bool": 1, "float8_e4m3fn": 1, "float8_e5m2": 1}


def input_gib(sample_dir: Path | str) -> float:
    """Memory of every forward argument the meta files describe, in GiB (a text scan, for the cap).

    The meta files are read fully (with ``ast``) by the round trip; this estimate only pairs
    each ``shape = [...]`` line with the next ``dtype = "torch.X"`` line.
    """
    total = 0
    for fname in ("weight_meta.py", "input_meta.py"):
        f = Path(sample_dir) / fname
        if not f.is_file():
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        dtypes = [(m.start(), m[1]) for m in _DTYPE_RE.finditer(text)]
        j = 0
        for m in _SHAPE_RE.finditer(text):
            try:
                numel = math.prod(int(d) for d in m[1].split(",") if d.strip())
            except ValueError:
                continue
            while j < len(dtypes) - 1 and dtypes[j][0] < m.start():
                j += 1
            total += numel * (_DTYPE_BYTES.get(dtypes[j][1], 4) if dtypes else 4)
    return total / 2 ** 30


def _jsonable(x: Any) -> Any:
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    return x


def check_sample(path: Path | str, opts: CheckOptions) -> dict[str, Any]:
    """Every check on one sample, as one JSONL record (runs in a worker; never raises)."""
    from paddlecamp.graphs.sample import sample_framework
    from paddlecamp.graphs.semantics import semantics_sample

    path = Path(path)
    root = Path(opts.root)
    t0 = time.perf_counter()
    rec: dict[str, Any] = {"sample": _rel(path, root), "source": sample_source(path, root),
                           "framework": sample_framework(path)}
    numeric = opts.numeric
    try:
        gib = input_gib(path) if numeric and rec["framework"] != "paddle" else 0.0
        if gib:
            rec["input_gib"] = round(gib, 4)
        if numeric and gib > opts.max_input_gib:
            numeric = False
            rec["numeric_skipped"] = f"inputs take {gib:.2f} GiB > {opts.max_input_gib:g} GiB"
    except Exception:  # noqa: BLE001 - the round trip below reports the bad meta
        pass
    # semantics on the re-parsed graph stands in for running both parses (see semantics_sample)
    by_semantics = opts.semantics and numeric
    rec["roundtrip"] = _roundtrip(path, opts, numeric and not by_semantics)
    if by_semantics:
        rec["roundtrip"]["numeric_by"] = "semantics"
    if opts.semantics:
        if "numeric_skipped" in rec:
            rec["semantics"] = {"ok": None, "error": None, "class": "skipped:too-large", "seconds": 0.0}
        else:
            r = semantics_sample(path, timeout=opts.timeout, seed=opts.seed, reparse=by_semantics,
                                 max_input_gib=opts.max_input_gib).to_json()
            too_large = r["skipped"]  # Paddle's own input cap
            rec["semantics"] = {"ok": None if too_large else r["semantic_ok"], "bitwise": r["bitwise"],
                                "max_abs_err": r["max_abs_err"], "error": r["error"],
                                "class": "skipped:too-large" if too_large else classify(r["error"], path),
                                "seconds": round(r["seconds"], 4), "graph": r["graph"],
                                "original_seconds": r["original_seconds"], "graph_seconds": r["graph_seconds"],
                                "constant_outputs": r["constant_outputs"]}
    if opts.dtypes:
        rec["dtype"] = {}
        for dt in opts.dtypes:
            rec["dtype"][dt] = _dtype(path, rec["framework"], dt, opts, numeric)
    rt_ok = rec["roundtrip"]["ok"]
    sem_ok = rec["semantics"]["ok"] if "semantics" in rec else True
    rec["ok"] = bool(rt_ok and sem_ok is not False)
    rec["class"] = None if rec["ok"] else (rec["roundtrip"]["class"] if not rt_ok else rec["semantics"]["class"])
    rec["seconds"] = round(time.perf_counter() - t0, 4)
    return _jsonable(rec)


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _roundtrip(path: Path, opts: CheckOptions, numeric: bool) -> dict[str, Any]:
    from paddlecamp.graphs.roundtrip import roundtrip_sample  # dispatches Paddle samples itself

    d = roundtrip_sample(path, timeout=opts.timeout, numeric=numeric, seed=opts.seed,
                         max_input_gib=opts.max_input_gib).to_json()
    out = {"ok": d["ok"], "error": d["error"], "class": classify(d["error"], path) if not d["ok"] else None,
           "max_abs_err": d["max_abs_err"], "nodes": d["nodes"], "numeric": numeric,
           "seconds": round(d["seconds"], 4)}
    for k in ("parse_seconds", "serialize_seconds"):
        if d.get(k) is not None:
            out[k] = d[k]
    return out


def _dtype(path: Path, framework: str, dt: str, opts: CheckOptions, numeric: bool) -> dict[str, Any]:
    if framework == "paddle":
        # GraphNet's dtype generalization is a torch sample pass only
        # (graph_net/torch/sample_pass/dtype_generalizer.py); it defines none for Paddle samples.
        return {"ok": None, "class": "skipped:no-graphnet-pass",
                "error": "GraphNet defines dtype generalization for torch samples only"}
    if not numeric:
        return {"ok": None, "class": "skipped:too-large" if opts.numeric else "skipped:no-numeric", "error": None}
    from paddlecamp.graphs.dtype import generalize_sample

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="paddlecamp-dtype-") as tmp:
        r = generalize_sample(path, dt, Path(tmp) / "out", seed=opts.seed, timeout=opts.timeout,
                              update_source=False)
    return {"ok": r.ok, "min_t": r.min_t, "error": r.reason, "class": classify(r.reason, path) if not r.ok else None,
            "max_abs_err": r.max_abs_err, "ref_max_abs": r.ref_max_abs,
            "seconds": round(time.perf_counter() - t0, 4)}


# --------------------------------------------------------------------------- worker pool

def _worker_main(conn: Any, func: Callable[[Any, Any], Any], arg: Any, threads: int,
                 preload: tuple[str, ...]) -> None:
    import importlib

    os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    for name in preload:  # the imports every task needs, paid once per worker
        importlib.import_module(name)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(threads)
    conn.send("ready")
    while True:
        try:
            task = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        try:
            result = func(task, arg)
        except BaseException as exc:  # noqa: BLE001 - report and stay alive for the next task
            result = {"__error__": f"{type(exc).__name__}: {exc}"}
        conn.send(result)


@dataclass
class _Worker:
    proc: Any
    conn: Any
    ready: bool = False
    task: Any = None
    deadline: float = 0.0
    started: float = 0.0
    done: int = 0


@dataclass
class PoolEvent:
    """A task's outcome: ``result`` from the function, or ``error`` ('timeout ...'/'crash ...')."""

    task: Any
    result: Any = None
    error: str | None = None
    seconds: float = 0.0


@dataclass
class WorkerPool:
    """``jobs`` long-lived processes running ``func(task, arg)``; stuck ones are killed and replaced.

    Workers start with the ``spawn`` method (no copied torch threads or locks), import what
    the tasks need once and say so; a task's ``timeout`` starts when a ready worker gets it.
    A worker serves tasks until the pool closes, after ``max_tasks`` tasks (memory held by
    the allocator goes back), or until a task overruns its time (killed and replaced).
    """

    func: Callable[[Any, Any], Any]
    arg: Any = None
    jobs: int = 1
    timeout: float = 600.0
    threads: int = 1
    max_tasks: int = 200
    startup_failures_allowed: int = 3
    preload: tuple[str, ...] = ("torch", "paddlecamp.graphs.roundtrip")
    replaced: int = field(default=0, init=False)
    _workers: list[_Worker] = field(default_factory=list, init=False)

    def _start(self) -> _Worker:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child, self.func, self.arg, self.threads, self.preload),
                           daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _stop(self, w: _Worker, kill: bool = False) -> None:
        if kill:
            w.proc.kill()
        else:
            try:
                w.conn.send(None)
            except (BrokenPipeError, OSError):
                w.proc.kill()
        w.proc.join(timeout=10)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join()
        w.conn.close()

    def run(self, tasks: Iterable[Any]) -> Iterator[PoolEvent]:
        """Yield one event per task, in completion order."""
        pending = list(tasks)
        pending.reverse()
        self._workers = [self._start() for _ in range(max(1, min(self.jobs, len(pending))))]
        startup_failures = 0
        try:
            while pending or any(w.task is not None for w in self._workers):
                for i, w in enumerate(self._workers):
                    if w.ready and w.task is None and pending:
                        if w.done >= self.max_tasks:
                            self._stop(w)
                            self._workers[i] = self._start()
                            continue
                        w.task = pending.pop()
                        w.started = time.monotonic()
                        w.deadline = w.started + self.timeout
                        w.conn.send(w.task)
                watched = [w for w in self._workers if w.task is not None or not w.ready]
                busy = [w for w in watched if w.task is not None]
                limit = max(0.0, min(w.deadline for w in busy) - time.monotonic()) if busy else None
                ready = wait([w.conn for w in watched] + [w.proc.sentinel for w in watched], timeout=limit)
                now = time.monotonic()
                for i, w in enumerate(self._workers):
                    if w.task is None and w.ready:
                        continue
                    if w.conn in ready:
                        try:
                            msg = w.conn.recv()
                        except (EOFError, OSError):
                            msg = None
                        else:
                            if not w.ready:
                                w.ready = msg == "ready"
                                continue
                            if isinstance(msg, dict) and "__error__" in msg:
                                event = PoolEvent(w.task, error=msg["__error__"], seconds=now - w.started)
                            else:
                                event = PoolEvent(w.task, result=msg, seconds=now - w.started)
                            w.done += 1
                            w.task = None
                            yield event
                            continue
                    event = None
                    if w.proc.sentinel in ready or not w.proc.is_alive():
                        w.proc.join(timeout=5)
                        code = w.proc.exitcode
                        why = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
                        self._stop(w, kill=True)
                        if w.task is None:  # died while starting
                            startup_failures += 1
                            if startup_failures > self.startup_failures_allowed:
                                raise RuntimeError(f"worker processes fail to start ({why})")
                            self._workers[i] = self._start()
                            continue
                        event = PoolEvent(w.task, error=f"crash: worker died ({why})", seconds=now - w.started)
                    elif w.task is not None and now >= w.deadline:
                        event = PoolEvent(w.task, error=f"timeout: timed out after {self.timeout:g} s (worker killed)",
                                          seconds=now - w.started)
                        self._stop(w, kill=True)
                    if event is not None:
                        self.replaced += 1
                        self._workers[i] = self._start()
                        yield event
        finally:
            for w in self._workers:
                self._stop(w, kill=w.task is not None or not w.ready)
            self._workers = []


# --------------------------------------------------------------------------- corpus

def read_done(jsonl: Path | str) -> dict[str, dict[str, Any]]:
    """Records already in a JSONL file, by sample (a torn last line is ignored)."""
    done: dict[str, dict[str, Any]] = {}
    f = Path(jsonl)
    if not f.is_file():
        return done
    for line in f.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and "sample" in rec:
            done[rec["sample"]] = rec
    return done


def record_classes(rec: dict[str, Any]) -> list[str]:
    """Every failure class a record carries: the sample's, the round trip's, semantics', each dtype's."""
    parts = [rec, rec.get("roundtrip") or {}, rec.get("semantics") or {}, *(rec.get("dtype") or {}).values()]
    return [p["class"] for p in parts if isinstance(p, dict) and p.get("class")]


def _failed_record(path: Path, opts: CheckOptions, error: str, seconds: float) -> dict[str, Any]:
    from paddlecamp.graphs.sample import sample_framework

    root = Path(opts.root)
    cls = classify(error, path)
    rec = {"sample": _rel(path, root), "source": sample_source(path, root), "framework": sample_framework(path),
           "roundtrip": {"ok": False, "error": error, "class": cls}, "ok": False, "class": cls,
           "seconds": round(seconds, 4)}
    if opts.semantics:
        rec["semantics"] = {"ok": False, "error": error, "class": cls}
    if opts.dtypes:
        rec["dtype"] = {dt: {"ok": False, "error": error, "class": cls} for dt in opts.dtypes}
    return rec


def _check_task(task: str, opts: CheckOptions) -> dict[str, Any]:
    return check_sample(Path(task), opts)


def sample_order(paths: Iterable[Path], shuffle: int | None = None) -> list[Path]:
    """``paths`` as given, or sorted and shuffled with ``random.Random(shuffle)``."""
    paths = list(paths)
    if shuffle is not None:
        paths.sort()
        random.Random(shuffle).shuffle(paths)
    return paths


def check_corpus(root: Path | str, out: Path | str, *, semantics: bool = True, numeric: bool = True,
                 dtypes: Iterable[str] = (),
                 jobs: int = 1, timeout: float = 120.0, limit: int | None = None, resume: Path | str | None = None,
                 samples: list[Path] | None = None, max_input_gib: float = DEFAULT_MAX_INPUT_GIB,
                 progress: bool = True, seed: int = 0, shuffle: int | None = None,
                 retry: Iterable[str] = (),
                 task_func: Callable[[Any, Any], Any] | None = None) -> list[dict[str, Any]]:
    """Check every sample under ``root``; append one JSONL line per sample to ``out``.

    Samples already recorded in ``resume`` (which may be ``out`` itself) are skipped and
    their records returned with the new ones. The hard deadline per sample is ``timeout``
    per phase (round trip, semantics, each dtype) plus 30 s. With ``shuffle`` (a seed) the
    samples are checked in a seeded random order, before ``limit`` applies: a run stopped
    (or limited) early has checked a uniform random subset, and ``--resume`` completes it.
    ``retry`` (class prefixes such as ``timeout`` or ``skipped:too-large``) checks again the
    resumed samples with a matching class in any column; the new record is appended and,
    being the later line, replaces the old one for the next resume.
    """
    from paddlecamp.graphs.sample import find_samples

    root = Path(root)
    dtypes = tuple(dtypes)
    for dt in dtypes:
        if dt not in ("float16", "bfloat16"):
            raise ValueError(f"dtype must be float16 or bfloat16, got {dt!r}")
    paths = sample_order(samples if samples is not None else find_samples([root]), shuffle)
    if limit is not None:
        paths = paths[:limit]
    cores = os.cpu_count() or 1
    opts = CheckOptions(root=str(root), semantics=semantics, numeric=numeric, dtypes=dtypes, timeout=timeout, seed=seed,
                        max_input_gib=max_input_gib, threads=max(1, cores // max(1, jobs)))
    done = read_done(resume) if resume else {}
    retry = tuple(retry)
    if retry:
        done = {k: r for k, r in done.items() if not any(c.startswith(retry) for c in record_classes(r))}
    records = [done[_rel(p, root)] for p in paths if _rel(p, root) in done]
    todo = [str(p) for p in paths if _rel(p, root) not in done]
    phases = 1 + int(semantics) + len(dtypes)
    pool = WorkerPool(task_func or _check_task, opts, jobs=jobs, timeout=timeout * phases + 30,
                      threads=opts.threads)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    bar = None
    if progress and todo:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(todo), desc="check", unit="sample")
    if out.is_file() and out.stat().st_size:
        with out.open("rb") as fh:
            fh.seek(-1, os.SEEK_END)
            torn = fh.read(1) != b"\n"
        if torn:  # an interrupted run's last line: start ours on a fresh line
            with out.open("a", encoding="utf-8") as fh:
                fh.write("\n")
    events = pool.run(todo)
    try:
        with out.open("a", encoding="utf-8") as fh:
            for ev in events:
                rec = ev.result if ev.error is None else _failed_record(Path(ev.task), opts, ev.error, ev.seconds)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                fh.flush()
                records.append(rec)
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(ok=sum(bool(r.get("ok")) for r in records), refresh=False)
    finally:
        events.close()  # kills the workers, also on Ctrl-C and SIGTERM
    if bar is not None:
        bar.close()
    return records


# --------------------------------------------------------------------------- summary

def _median(xs: list[float]) -> float | None:
    return round(statistics.median(xs), 4) if xs else None


def summarize(records: list[dict[str, Any]], dtypes: Iterable[str] = ()) -> dict[str, Any]:
    """ok counts per column, failure classes per column and by source, timing medians."""
    dtypes = tuple(dtypes)
    n = len(records)
    s: dict[str, Any] = {"samples": n, "ok": sum(bool(r.get("ok")) for r in records)}
    columns: dict[str, list[dict[str, Any]]] = {"roundtrip": [r["roundtrip"] for r in records if "roundtrip" in r]}
    sem = [r["semantics"] for r in records if "semantics" in r]
    if sem:
        columns["semantics"] = sem
    for dt in dtypes:
        columns[dt] = [r["dtype"][dt] for r in records if dt in r.get("dtype", {})]
    s["columns"] = {}
    for name, cells in columns.items():
        ran = [c for c in cells if c.get("ok") is not None]
        col = {"ok": sum(c.get("ok") is True for c in cells), "ran": len(ran),
               "skipped": len(cells) - len(ran),
               "failures": dict(Counter(c.get("class") or "other" for c in ran if not c.get("ok")).most_common()),
               "median_seconds": _median([c["seconds"] for c in ran if isinstance(c.get("seconds"), (int, float))])}
        if name == "semantics":
            col["bitwise"] = sum(c.get("bitwise") is True for c in cells)
            col["constant_outputs"] = sum(c.get("constant_outputs") is True for c in cells)
        s["columns"][name] = col
    s["numeric_skipped"] = sum(1 for r in records if r.get("numeric_skipped"))
    s["failures"] = dict(Counter(r.get("class") or "other" for r in records if not r.get("ok")).most_common())
    by_source: dict[str, dict[str, Any]] = defaultdict(lambda: {"samples": 0, "ok": 0, "failures": Counter()})
    for r in records:
        b = by_source[r.get("source", "?")]
        b["samples"] += 1
        b["ok"] += bool(r.get("ok"))
        if not r.get("ok"):
            b["failures"][r.get("class") or "other"] += 1
    s["by_source"] = {k: {"samples": v["samples"], "ok": v["ok"], "failures": dict(v["failures"].most_common())}
                      for k, v in sorted(by_source.items())}
    # per-sample worker time summed: comparable across resumed runs, unlike one run's wall time
    s["sample_seconds_total"] = round(sum(r["seconds"] for r in records if isinstance(r.get("seconds"), (int, float))), 1)
    s["median_seconds"] = {"sample": _median([r["seconds"] for r in records if isinstance(r.get("seconds"), (int, float))])}
    for name, cells in columns.items():
        s["median_seconds"][name] = s["columns"][name]["median_seconds"]
    return s


def corpus_commit(root: Path | str) -> str | None:
    """The git commit of the checkout holding ``root``, if it is inside one."""
    try:
        out = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def summary_document(records: list[dict[str, Any]], root: Path | str, *, dtypes: Iterable[str] = (),
                     semantics: bool = True, numeric: bool = True, commit: str | None = None, wall_seconds: float | None = None,
                     jobs: int = 1, timeout: float | None = None, shuffle: int | None = None) -> dict[str, Any]:
    """The ``--summary`` JSON: corpus, commit, date, machine and the figures."""
    import torch

    return {
        "version": SUMMARY_VERSION,
        "corpus": str(Path(root).name),
        "graphnet_commit": corpus_commit(root) or commit,
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": {"cores": os.cpu_count(), "arch": platform.machine(), "python": platform.python_version(),
                    "torch": torch.__version__, "load_average_1min_at_end": round(os.getloadavg()[0], 2)},
        "options": {"semantics": semantics, "numeric": numeric, "dtypes": list(dtypes), "jobs": jobs,
                "timeout": timeout, "shuffle": shuffle},
        "wall_seconds": None if wall_seconds is None else round(wall_seconds, 2),
        **summarize(records, dtypes),
    }


def format_summary(doc: dict[str, Any], top: int = 15) -> str:
    """The human-readable summary printed at the end of ``paddlecamp graphs check``."""
    lines = [f"{doc['ok']}/{doc['samples']} samples ok"
             + (f" in {doc['wall_seconds']:.0f} s" if doc.get("wall_seconds") is not None else "")]
    for name, col in doc["columns"].items():
        extra = f", {col['skipped']} skipped" if col["skipped"] else ""
        bit = f", {col['bitwise']} bitwise" if "bitwise" in col else ""
        if col.get("constant_outputs"):
            bit += f" ({col['constant_outputs']} on constant outputs)"
        med = f", median {col['median_seconds']:.3f} s" if col["median_seconds"] is not None else ""
        lines.append(f"  {name:10s} {col['ok']}/{col['ran']} ok{bit}{extra}{med}")
    if doc.get("numeric_skipped"):
        lines.append(f"  {doc['numeric_skipped']} samples over the memory cap: structure and text checked only")
    if doc["failures"]:
        lines.append("failures by class:")
        for cls, k in list(doc["failures"].items())[:top]:
            lines.append(f"  {k:6d}  {cls}")
        if len(doc["failures"]) > top:
            lines.append(f"  ... {len(doc['failures']) - top} more classes")
    lines.append("by source (ok/samples):")
    for src, b in doc["by_source"].items():
        lines.append(f"  {src:28s} {b['ok']}/{b['samples']}")
    return "\n".join(lines)
