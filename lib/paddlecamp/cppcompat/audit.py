"""Audit paddle's C++ compat headers probe by probe: compiles, runs, matches torch.

For each framework (torch is the control) every probe of the catalogue (``probes.py``) is

1. **compiled** syntax-only: all probes go into one translation unit per framework, so the
   headers are parsed once (torch's take ~13 s, paddle's ~3 s), and each compiler error is
   attributed to the probe whose lines it points at (or whose lines the template instantiation
   or macro expansion started from); probes needing a header the framework does not ship fail
   with the compiler's own "No such file" message, without spoiling the batch. Verdicts are
   cached per probe by content hash under ``build.cache_dir()``;
2. **run**: the probes that compile are built into one module per framework
   (``build.build``, cached) and called in a child process, one probe at a time, with progress
   written after each call, so a probe that crashes the process is recorded as a crash and the
   child restarts after it;
3. **compared** with the probe's Python reference computed by torch (values, shape, dtype; or
   the expected error message).

With ``shims=True`` paddle is also audited with ``kernels/cpp/compat_ext`` in front of its
headers (``-I`` first, ``shims.h`` force-included), so the coverage the shims add is measured
by the same probes. A probe that fails on torch is a bad probe, not a gap: ``bad_probes``
lists them.
"""
from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from paddlecamp.cppcompat.probes import Probe

#: The header every probe translation unit starts with.
PRELUDE = "#include <torch/extension.h>\n#include <cstdint>\n#include <string>\n#include <vector>\n"

#: Name of the batched runner module (one per framework and probe set; the cache key differs).
RUNNER_NAME = "paddlecamp_probes"

#: Bumped when verdict semantics change, so cached verdicts are recomputed.
VERDICT_FORMAT = 2

#: The probes are tiny: compile the runner module unoptimised (about a third faster to build).
RUNNER_OPTIMIZE = ("-O0",)

#: Seconds a runner child may take in total before the probe it is on counts as hung.
RUN_TIMEOUT_S = 300

STATUSES = ("pass", "compile-only", "mismatch", "runtime-error", "crash", "link-error", "compile-error", "n/a")

_LOCATION = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?:(?P<col>\d+):)?\s*(?P<rest>.*)$")
_ERROR = re.compile(r"^(?:fatal error|error): (?P<message>.*)$")
_IN_FUNCTION = re.compile(r"In (?:member )?function .*?\b(probe_[A-Za-z0-9_]+)\(")


# --------------------------------------------------------------------------- shims / variants

def shims_dir() -> Path:
    """``kernels/cpp/compat_ext``: the project's header-only additions to paddle's compat layer."""
    from paddlecamp.kernels import KERNELS_DIR

    return KERNELS_DIR / "cpp" / "compat_ext"


def shim_flags() -> list[str]:
    """Compiler flags that put the shims in front of paddle's compat headers and force-include them."""
    folder = shims_dir()
    return [f"-I{folder}", "-include", str(folder / "shims.h")]


def shim_headers() -> list[Path]:
    """Every shim header (their contents are part of the verdict cache key)."""
    return sorted(shims_dir().rglob("*.h"))


@dataclass(frozen=True)
class Variant:
    """One column of the matrix: a framework, with or without the shims."""

    framework: str
    shims: bool = False

    @property
    def name(self) -> str:
        return self.framework + ("+shims" if self.shims else "")

    def extra_flags(self) -> list[str]:
        return shim_flags() if self.shims else []


def variants(shims: bool) -> list[Variant]:
    """torch (control), paddle, and with ``shims`` also paddle+shims."""
    found = [Variant("torch"), Variant("paddle")]
    if shims:
        found.append(Variant("paddle", True))
    return found


# --------------------------------------------------------------------------- records

@dataclass
class Outcome:
    """One cell of the matrix: a probe on one variant."""

    compiles: bool
    runs: bool | None = None       # None: not executed (compile-only probe, or did not compile)
    matches: bool | None = None    # None: not compared
    status: str = "compile-error"
    error: str | None = None       # first compiler error (file:line: message), or the runtime failure
    value: object = None           # what the call returned (serialised), for mismatches


@dataclass
class AuditResult:
    """The matrix plus what produced it."""

    probes: list[Probe]
    outcomes: dict[str, dict[str, Outcome]] = field(default_factory=dict)   # variant -> probe id -> outcome
    timings: dict[str, dict[str, float]] = field(default_factory=dict)      # variant -> stage -> seconds
    versions: dict[str, dict[str, str]] = field(default_factory=dict)

    def counts(self, variant: str, category: str | None = None) -> dict[str, int]:
        """compiles / runs / matches / runnable / probes counts for one variant (optionally one category)."""
        chosen = [p for p in self.probes if category is None or p.category == category]
        cells = [self.outcomes[variant][p.id] for p in chosen]
        return {"probes": len(chosen),
                "compiles": sum(c.compiles for c in cells),
                "runnable": sum(p.runnable for p in chosen),
                "runs": sum(bool(c.runs) for c in cells),
                "matches": sum(bool(c.matches) for c in cells),
                "not_applicable": sum(c.status == "n/a" for c in cells)}

    def bad_probes(self) -> list[str]:
        """Probes that fail on torch itself (the catalogue must be fixed, not paddle)."""
        torch = self.outcomes.get("torch", {})
        return [p.id for p in self.probes if p.id in torch and torch[p.id].status not in ("pass", "compile-only", "n/a")]

    def gaps(self, variant: str = "paddle") -> list[tuple[Probe, Outcome]]:
        """Probes that pass on torch and fail on ``variant``: what upstream should close."""
        bad = set(self.bad_probes())
        return [(p, self.outcomes[variant][p.id]) for p in self.probes
                if p.id not in bad and self.outcomes[variant][p.id].status not in ("pass", "compile-only", "n/a")]

    def to_json(self) -> dict:
        return {"versions": self.versions, "timings_s": self.timings,
                "probes": [{"id": p.id, "category": p.category, "api": p.api, "runnable": p.runnable} for p in self.probes],
                "matrix": {v: {pid: asdict(o) for pid, o in cells.items()} for v, cells in self.outcomes.items()},
                "counts": {v: self.counts(v) for v in self.outcomes},
                "bad_probes": self.bad_probes()}


# --------------------------------------------------------------------------- translation units

@dataclass(frozen=True)
class Span:
    """Lines a probe occupies in a generated translation unit (1-based, inclusive)."""

    first: int
    last: int


def translation_unit(probes: Sequence[Probe], headers: Sequence[str] = ()) -> tuple[str, dict[str, Span]]:
    """C++ text holding every probe, and where each one is."""
    lines = PRELUDE.splitlines() + [f"#include <{h}>" for h in headers]
    spans = {}
    for probe in probes:
        lines.append(f"// probe {probe.id}")
        first = len(lines) + 1
        lines.extend(probe.cpp().rstrip("\n").splitlines())
        spans[probe.id] = Span(first, len(lines))
    return "\n".join(lines) + "\n", spans


def _probe_at(line: int, spans: dict[str, Span]) -> str | None:
    for probe_id, span in spans.items():
        if span.first <= line <= span.last:
            return probe_id
    return None


def _short_path(path: str) -> str:
    for marker in ("/vendor/", "/compat/", "/compat_ext/", "/include/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return Path(path).name


def first_errors(log: str, unit: str, spans: dict[str, Span],
                 header_users: dict[str, list[str]] | None = None, unit_text: str = "") -> dict[str, str]:
    """The first compiler error of each probe in a gcc log of a batched translation unit.

    An error inside the unit belongs to the probe on that line; an error inside a header
    belongs to the probe named by the nearest unit location: a macro-expansion note after it
    (``in expansion of macro``), else the instantiation context before it (``required from``),
    else the enclosing ``In function 'probe_<id>'``. An error that none of these places, inside
    a header the unit includes for some probes (``header_users``: header -> probe ids, with the
    unit's text to read its ``#include`` lines), belongs to every probe that asked for that
    header: a header that does not compile breaks each of its users. Messages read ``file:line: message`` with
    header paths shortened and unit lines given as lines of ``Probe.cpp()`` (``probe:2`` is the
    first body line of a function probe; ``probe:0`` marks a missing header).
    """
    lines = log.splitlines()
    unit_name = Path(unit).name
    parsed = []
    for text in lines:
        match = None if _INCLUDED_FROM.match(text) else _LOCATION.match(text)
        if match and (match.group("file") == unit or Path(match.group("file")).name == unit_name):
            parsed.append(("unit", int(match.group("line")), match.group("rest"), text))
        elif match:
            parsed.append(("header", int(match.group("line")), match.group("rest"), match.group("file")))
        else:
            parsed.append((None, 0, text, text))
    errors: dict[str, str] = {}
    function_owner = None
    context_owner = None
    included_header = None   # the unit's #include <...> that the current header diagnostics come through
    unit_lines = unit_text.splitlines()
    for index, (where, line, rest, extra) in enumerate(parsed):
        if where is None:
            included = _INCLUDED_FROM.match(extra)
            if included and Path(included.group("file")).name == unit_name and unit_lines:
                found = re.search(r"#include <([^>]+)>", unit_lines[int(included.group("line")) - 1])
                included_header = found.group(1) if found else None
        elif where == "unit":
            included_header = None
        named = _IN_FUNCTION.search(rest if where else extra)
        if named:
            function_owner = named.group(1)[len("probe_"):]
            context_owner = None
        is_error = bool(_ERROR.match(rest)) if where else False
        if where == "unit" and not is_error:
            context_owner = _probe_at(line, spans) or context_owner
        if not is_error:
            continue
        message = _ERROR.match(rest).group("message").strip()
        if where == "unit":
            owner = _probe_at(line, spans)
            label = f"probe:{line - spans[owner].first + 1}" if owner else f"unit:{line}"
        else:
            owner = None
            for later_where, later_line, later_rest, _ in parsed[index + 1:]:
                if later_where is not None and _ERROR.match(later_rest):
                    break
                if later_where == "unit" and "in expansion of macro" in later_rest:
                    owner = _probe_at(later_line, spans)
                    break
            owner = owner or context_owner or function_owner
            label = f"{_short_path(extra)}:{line}"
            if owner is None and included_header and header_users:
                for user in header_users.get(included_header, []):
                    errors.setdefault(user, f"{label}: {message}")
        context_owner = None
        if owner and owner in spans and owner not in errors:
            errors[owner] = f"{label}: {message}"
    return errors


# --------------------------------------------------------------------------- compiling

_INCLUDED_FROM = re.compile(r"^(?:In file included from|\s+from) (?P<file>[^:]+):(?P<line>\d+)")
_FATAL = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?:\d+:)? fatal error: (?P<message>.*)$")


def _fatal_header(log: str, unit: str, text: str) -> tuple[str | None, str]:
    """For a fatal error inside an included header: (the unit's ``#include <...>`` it came through,
    the fatal message as ``header:line: message``)."""
    unit_name = Path(unit).name
    header, message = None, "fatal error"
    unit_lines = text.splitlines()
    for line in log.splitlines():
        included = _INCLUDED_FROM.match(line)
        if included and Path(included.group("file")).name == unit_name:
            source = unit_lines[int(included.group("line")) - 1]
            found = re.search(r"#include <([^>]+)>", source)
            header = found.group(1) if found else header
        fatal = _FATAL.match(line)
        if fatal:
            message = f"{_short_path(fatal.group('file'))}:{fatal.group('line')}: {fatal.group('message').strip()}"
            break
    return header, message


def _resolve_header(header: str, include_dirs: Sequence[str]) -> bool:
    return any((Path(d) / header).is_file() for d in include_dirs)


def _environment_key(variant: Variant) -> str:
    from paddlecamp.cppcompat import toolchain

    digest = hashlib.sha256()
    digest.update(json.dumps([VERDICT_FORMAT, variant.name, toolchain.versions(variant.framework),
                              toolchain.compiler_version(), _compile_command(variant, "unit.cpp")[1:]]).encode())
    if variant.shims:
        for header in shim_headers():
            digest.update(header.read_bytes())
    if variant.framework == "paddle":
        digest.update(toolchain.caster_header().read_bytes())
    return digest.hexdigest()[:20]


def _compile_command(variant: Variant, unit: str) -> list[str]:
    from paddlecamp.cppcompat import toolchain

    # the shims' -I must come before the framework's include dirs (they shadow two headers)
    includes = [f"-I{d}" for d in toolchain.include_dirs(variant.framework)]
    return ([toolchain.compiler(), "-fsyntax-only", "-fmax-errors=0", "-w", unit] + variant.extra_flags() + includes
            + toolchain.compile_flags(variant.framework, name=RUNNER_NAME))


def build_module(name: str, sources: Sequence[Path], variant: Variant, quiet: bool = True,
                 optimize: Sequence[str] = ()) -> tuple[Path, bool, float]:
    """Compile and link ``sources`` for ``variant`` through ``build.build`` (its cache and lock):
    the shims' folder goes in front of paddle's include dirs (so their headers shadow paddle's)
    and ``shims.h`` is force-included. Returns (path, cached, seconds the build took when made).
    Raises ``build.CompileError``."""
    from paddlecamp.cppcompat import build

    shims = [shims_dir()] if variant.shims else []
    result = build.build(name, sources, variant.framework, extra_cflags=list(optimize), quiet=quiet,
                         extra_include_paths=shims, force_includes=[d / "shims.h" for d in shims])
    return result.path, result.cached, _recorded_seconds(result.path.parent, result.seconds)


def _recorded_seconds(folder: Path, fallback: float) -> float:
    """How long the build in ``folder`` took when it was made (a cache hit reports that, not
    the lookup time), from its ``build.json``."""
    meta = folder / "build.json"
    try:
        return float(json.loads(meta.read_text())["seconds"])
    except (OSError, ValueError, KeyError):
        return fallback


def _include_dirs(variant: Variant) -> list[str]:
    from paddlecamp.cppcompat import toolchain

    return ([str(shims_dir())] if variant.shims else []) + toolchain.include_dirs(variant.framework)


def _verdict_dir() -> Path:
    from paddlecamp.cppcompat.build import cache_dir

    path = cache_dir() / "audit-verdicts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _syntax_check_unit(variant: Variant, probes: Sequence[Probe], headers: Sequence[str]) -> dict[str, str | None]:
    """Compile ``probes`` in one unit; returns probe id -> first error (None: compiles).

    A fatal error (a header that breaks the whole unit) is charged to the probe that caused
    it, and the rest is compiled again without it.
    """
    remaining = list(probes)
    verdicts: dict[str, str | None] = {}
    while remaining:
        with tempfile.TemporaryDirectory(prefix="pcaudit-") as folder:
            unit = str(Path(folder) / "probes.cpp")
            needed = [h for h in headers if any(h in p.includes for p in remaining)]
            text, spans = translation_unit(remaining, needed)
            Path(unit).write_text(text)
            process = subprocess.run(_compile_command(variant, unit), capture_output=True, text=True)
        log = process.stdout + process.stderr
        users = {h: [p.id for p in remaining if h in p.includes] for h in needed}
        errors = first_errors(log, unit, spans, users, text)
        fatal = "compilation terminated" in log
        if fatal:
            culprits = [pid for pid, msg in errors.items() if "No such file" in msg or "#error" in msg] or list(errors)
            if not culprits:  # the fatal error sits in an extra header: blame the probes that asked for it
                header, message = _fatal_header(log, unit, text)
                culprits = [p.id for p in remaining if header in p.includes]
                errors = {pid: message for pid in culprits}
            if not culprits:  # a fatal error we cannot place: judge each probe on its own
                if len(remaining) == 1:
                    verdicts[remaining[0].id] = (log.strip().splitlines() or ["compilation terminated"])[0]
                    return verdicts
                for probe in remaining:
                    verdicts.update(_syntax_check_unit(variant, [probe], headers))
                return verdicts
            for pid in culprits:
                verdicts[pid] = errors[pid]
            remaining = [p for p in remaining if p.id not in verdicts]
            continue
        if process.returncode != 0 and not errors:
            raise RuntimeError(f"{variant.name}: compiler failed without a placeable error:\n{log[-2000:]}")
        for probe in remaining:
            verdicts[probe.id] = errors.get(probe.id)
        remaining = []
    return verdicts


def syntax_check(variant: Variant, probes: Sequence[Probe], use_cache: bool = True,
                 on_done: Callable[[int], None] | None = None) -> dict[str, str | None]:
    """Probe id -> first compiler error (None when it compiles) for ``variant``."""
    include_dirs = _include_dirs(variant)
    env = _environment_key(variant)
    folder = _verdict_dir()
    verdicts: dict[str, str | None] = {}
    todo = []
    for probe in probes:
        cached = folder / f"{env}-{probe.digest()}.json"
        if use_cache and cached.is_file():
            verdicts[probe.id] = json.loads(cached.read_text())["error"]
        else:
            todo.append(probe)
    if on_done and len(verdicts):
        on_done(len(verdicts))
    missing_header = {}
    for probe in todo:
        for header in probe.includes:
            if not _resolve_header(header, include_dirs):
                missing_header[probe.id] = f"probe:0: {header}: No such file or directory"
                break
    verdicts.update(missing_header)
    ordinary = [p for p in todo if p.id not in missing_header and not p.cuda]
    cuda = [p for p in todo if p.id not in missing_header and p.cuda]
    headers = sorted({h for p in ordinary + cuda for h in p.includes})
    for group in (ordinary, cuda):
        if group:
            verdicts.update(_syntax_check_unit(variant, group, headers))
    for probe in todo:
        cached = folder / f"{env}-{probe.digest()}.json"
        partial = cached.with_name(f".{cached.name}.{os.getpid()}")
        partial.write_text(json.dumps({"probe": probe.id, "variant": variant.name, "error": verdicts[probe.id]}))
        os.replace(partial, cached)
    if on_done and todo:
        on_done(len(todo))
    return verdicts


# --------------------------------------------------------------------------- running

def runner_source(probes: Sequence[Probe]) -> str:
    """The batched module: every probe plus a ``PYBIND11_MODULE`` binding the function probes."""
    text, _ = translation_unit(probes, sorted({h for p in probes for h in p.includes}))
    binds = "\n".join(f'  m.def("{p.function}", &{p.function});' for p in probes if p.scope == "function")
    return text + f"\nPYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {{\n{binds}\n}}\n"


def _sources_dir() -> Path:
    from paddlecamp.cppcompat.build import cache_dir

    path = cache_dir() / "audit-sources"
    path.mkdir(parents=True, exist_ok=True)
    return path


_UNDEFINED = re.compile(r"undefined symbol: (\S+)")


def _demangle(symbol: str) -> str:
    filt = shutil.which("c++filt")
    if not filt:
        return symbol
    return subprocess.run([filt, symbol], capture_output=True, text=True).stdout.strip() or symbol


def _suspects(symbol: str, probes: Sequence[Probe]) -> list[Probe]:
    """Probes whose text names the undefined function (``at::TensorBase::const_data_ptr<...>`` ->
    ``const_data_ptr``)."""
    readable = _demangle(symbol)
    head = readable.split("(", 1)[0]
    name = re.sub(r"<.*", "", head.rsplit("::", 1)[-1]) if "::" in head else re.sub(r"<.*", "", head)
    name = name.split()[-1] if name.split() else name
    return [p for p in probes if re.search(rf"\b{re.escape(name)}\b", p.body)]


def build_runner(variant: Variant, probes: Sequence[Probe], log: Callable[[str], None] = print
                 ) -> tuple[Path | None, dict[str, str], float]:
    """Build the runner module for ``probes``; returns (module path, probe id -> link/build error
    for probes dropped on the way, seconds spent building).

    A probe whose code passes the syntax check but breaks the build or the import (a symbol the
    headers declare and the library lacks) is dropped with that error and the module rebuilt.
    """
    from paddlecamp.cppcompat import build

    dropped: dict[str, str] = {}
    kept = list(probes)
    spent = 0.0
    for _ in range(12):
        if not kept:
            return None, dropped, spent
        source = runner_source(kept)
        path = _sources_dir() / f"probes-{hashlib.sha256(source.encode()).hexdigest()[:16]}.cpp"
        if not path.is_file():
            path.write_text(source)
        started = time.monotonic()
        try:
            module_path, cached, _ = build_module(RUNNER_NAME, [path], variant, optimize=RUNNER_OPTIMIZE)
        except build.CompileError as error:
            spent += time.monotonic() - started
            _, spans = translation_unit(kept, sorted({h for p in kept for h in p.includes}))
            errors = first_errors(error.log, str(path), spans)
            if not errors:
                raise
            dropped.update({pid: f"build: {msg}" for pid, msg in errors.items()})
            kept = [p for p in kept if p.id not in errors]
            continue
        spent += 0.0 if cached else time.monotonic() - started
        problem = _import_problem(variant.framework, module_path)
        if problem is None:
            return module_path, dropped, spent
        symbol = _UNDEFINED.search(problem)
        culprits = _suspects(symbol.group(1), kept) if symbol else []
        reason = f"link: undefined symbol {_demangle(symbol.group(1))}" if symbol else f"link: module does not import: {problem}"
        if not culprits:
            culprits = [_bisect_import_failure(variant, kept, log)]
        log(f"  {variant.name}: dropping {len(culprits)} probe(s): {reason[:160]}")
        for probe in culprits:
            dropped[probe.id] = reason
        kept = [p for p in kept if p.id not in dropped]
    raise RuntimeError(f"{variant.name}: runner module still fails to import after 12 rebuilds")


def _bisect_import_failure(variant: Variant, probes: Sequence[Probe], log: Callable[[str], None]) -> Probe:
    """One probe whose presence makes the runner module fail to import, by halving the set
    (each half is a cached build)."""
    candidates = list(probes)
    while len(candidates) > 1:
        half = candidates[: len(candidates) // 2]
        source = runner_source(half)
        path = _sources_dir() / f"probes-{hashlib.sha256(source.encode()).hexdigest()[:16]}.cpp"
        path.write_text(source)
        log(f"  {variant.name}: bisecting an import failure over {len(candidates)} probes")
        module_path, _, _ = build_module(RUNNER_NAME, [path], variant, optimize=RUNNER_OPTIMIZE)
        candidates = half if _import_problem(variant.framework, module_path) else candidates[len(half):]
    return candidates[0]


def _import_problem(framework: str, path: Path) -> str | None:
    """Import the module in a child process; the error text, or None when it imports."""
    code = ("import sys, importlib.machinery, importlib.util, warnings\n"
            "warnings.simplefilter('ignore')\n"
            f"import {framework}\n"
            f"loader = importlib.machinery.ExtensionFileLoader({RUNNER_NAME!r}, sys.argv[1])\n"
            f"spec = importlib.util.spec_from_file_location({RUNNER_NAME!r}, sys.argv[1], loader=loader)\n"
            "loader.exec_module(importlib.util.module_from_spec(spec))\n")
    process = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    if process.returncode == 0:
        return None
    tail = [line for line in process.stderr.strip().splitlines() if line.strip()]
    return tail[-1] if tail else f"exit code {process.returncode}"


def _call_plan(probes: Sequence[Probe]) -> list[dict]:
    return [{"id": p.id, "function": p.function if p.scope == "function" else None, "call": p.call,
             "call_args": p.call_args} for p in probes]


def run_probes(variant: Variant, module: Path, probes: Sequence[Probe],
               on_done: Callable[[int], None] | None = None) -> dict[str, dict]:
    """Call each probe in a child process; probe id -> {"value": ...} or {"error": ...} or
    {"crash": ...}. A crash or hang costs only the probe it happened in."""
    plan = _call_plan(probes)
    results: dict[str, dict] = {}
    start = 0
    with tempfile.TemporaryDirectory(prefix="pcaudit-run-") as folder:
        spec = Path(folder) / "plan.json"
        spec.write_text(json.dumps({"framework": variant.framework, "module": str(module), "plan": plan}))
        while start < len(plan):
            out = Path(folder) / f"out-{start}.jsonl"
            command = [sys.executable, "-m", "paddlecamp.cppcompat.audit", "--run-plan", str(spec), str(out), str(start)]
            env = dict(os.environ, OMP_NUM_THREADS="1", GLOG_minloglevel="3")
            child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
            seen = 0
            deadline = time.monotonic() + RUN_TIMEOUT_S
            while True:
                try:
                    child.wait(timeout=0.5)
                    finished = True
                except subprocess.TimeoutExpired:
                    finished = False
                    if time.monotonic() > deadline:
                        child.kill()
                        child.wait()
                        finished = True
                records = _read_records(out)
                done_now = sum(1 for r in records if "start" not in r)
                if on_done and done_now > seen:
                    on_done(done_now - seen)
                    seen = done_now
                if finished:
                    break
            stderr = child.stderr.read() if child.stderr else ""
            current = None
            for record in records:
                if "start" in record:
                    current = record["start"]
                else:
                    results[record["id"]] = record
                    current = None
            if current is not None:  # died inside this probe
                reason = f"signal {-child.returncode}" if child.returncode and child.returncode < 0 else f"exit {child.returncode}"
                tail = [line for line in stderr.strip().splitlines() if line.strip()][-1:] or [""]
                results[current] = {"id": current, "crash": f"process died ({reason}) {tail[0][:200]}".strip()}
                if on_done:
                    on_done(1)
                start = next(i for i, p in enumerate(plan) if p["id"] == current) + 1
                continue
            if child.returncode != 0:
                missing = [p["id"] for p in plan[start:] if p["id"] not in results]
                tail = [line for line in stderr.strip().splitlines() if line.strip()][-1:] or [""]
                for pid in missing:
                    results[pid] = {"id": pid, "crash": f"runner failed before the probe ran: {tail[0][:300]}"}
            break
    return results


def _read_records(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    records = []
    for line in path.read_text().splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            break  # a line being written
    return records


# --------------------------------------------------------------------------- values

def standard_inputs_numpy() -> dict:
    """The probes' inputs x, y, i as numpy arrays (converted to each framework's tensors)."""
    import numpy as np

    return {"x": ((np.arange(12, dtype=np.float32) - 5) / 4).reshape(3, 4),
            "y": (np.arange(12, dtype=np.float32) / 2 + 1).reshape(3, 4),
            "i": np.array([2, 0, 1], dtype=np.int64)}


def serialise(value: object) -> object:
    """A JSON-able form of a probe's result (torch or paddle tensors, lists, scalars)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [serialise(v) for v in value]
    module = type(value).__module__
    if module.startswith("torch"):
        dtype = str(value.dtype).split(".")[-1]
        data = value.detach().cpu()
        data = data.float() if dtype in ("bfloat16", "float16") else data
        if data.is_complex():
            data = data.abs()
        return {"tensor": True, "dtype": dtype, "shape": list(value.shape), "values": data.reshape(-1).tolist()}
    if module.startswith("paddle"):
        dtype = str(value.dtype).split(".")[-1]
        dtype = {"float16": "float16", "bfloat16": "bfloat16"}.get(dtype, dtype)
        data = value.astype("float32") if dtype in ("bfloat16", "float16") else value
        array = data.numpy()
        return {"tensor": True, "dtype": dtype, "shape": list(value.shape), "values": array.reshape(-1).tolist()}
    return repr(value)


def same_value(got: object, want: object, rtol: float = 1e-4, atol: float = 1e-5) -> bool:
    """Whether two serialised results agree: tensors by dtype, shape and values (NaN == NaN)."""
    import math

    if isinstance(want, dict) and want.get("tensor"):
        if not (isinstance(got, dict) and got.get("tensor")):
            return False
        if got["dtype"] != want["dtype"] or got["shape"] != want["shape"]:
            return False
        return len(got["values"]) == len(want["values"]) and all(
            _close(a, b, rtol, atol) for a, b in zip(got["values"], want["values"]))
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(same_value(a, b, rtol, atol) for a, b in zip(got, want))
    if isinstance(want, bool) or isinstance(got, bool):
        return type(got) is type(want) and got == want
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(got, want, rel_tol=rtol, abs_tol=atol)
    return got == want


def _close(a: object, b: object, rtol: float, atol: float) -> bool:
    import math

    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, rel_tol=rtol, abs_tol=atol))


def references(probes: Sequence[Probe]) -> dict[str, object]:
    """Probe id -> serialised value of its Python reference, computed with torch."""
    import torch

    found = {}
    for probe in probes:
        if probe.reference is None:
            continue
        names = {k: torch.from_numpy(v.copy()) for k, v in standard_inputs_numpy().items()}
        found[probe.id] = serialise(eval(probe.reference, {"torch": torch}, names))  # noqa: S307 - catalogue data
    return found


_ABSOLUTE_PATH = re.compile(r"(?<![\w.+\-/])/[\w.+\-]+(?:/[\w.+\-]+)+")  # not the tail of a relative path


def scrub_paths(text: str | None) -> str | None:
    """A message with every absolute path shortened to its part under the include root (or its
    file name), so recorded results name headers, not the machine they ran on."""
    if text is None:
        return None
    return _ABSOLUTE_PATH.sub(lambda m: _short_path(m.group(0)), text)


def _judge(probe: Probe, compile_error: str | None, run: dict | None, reference: object) -> Outcome:
    outcome = _judge_unscrubbed(probe, compile_error, run, reference)
    outcome.error = scrub_paths(outcome.error)
    return outcome


def _judge_unscrubbed(probe: Probe, compile_error: str | None, run: dict | None, reference: object) -> Outcome:
    if compile_error is not None:
        status = "link-error" if compile_error.startswith(("link:", "build:")) else "compile-error"
        return Outcome(compiles=not compile_error.startswith("probe:0:") and status == "link-error", status=status,
                       error=compile_error)
    if not probe.runnable:
        return Outcome(compiles=True, status="compile-only")
    if run is None:
        return Outcome(compiles=True, runs=False, status="crash", error="not run")
    if "crash" in run:
        return Outcome(compiles=True, runs=False, status="crash", error=run["crash"])
    if "error" in run:
        message = run["error"]
        if probe.raises is not None:
            ok = probe.raises in message
            return Outcome(compiles=True, runs=True, matches=ok, status="pass" if ok else "mismatch",
                           error=None if ok else f"raised, but without {probe.raises!r}: {message[:300]}")
        return Outcome(compiles=True, runs=False, status="runtime-error", error=message[:400])
    if probe.raises is not None:
        return Outcome(compiles=True, runs=True, matches=False, status="mismatch",
                       error=f"expected an error containing {probe.raises!r}, got a value", value=run.get("value"))
    ok = same_value(run.get("value"), reference)
    return Outcome(compiles=True, runs=True, matches=ok, status="pass" if ok else "mismatch",
                   error=None if ok else "result differs from torch's", value=None if ok else run.get("value"))


# --------------------------------------------------------------------------- the audit

def audit(probes: Sequence[Probe], shims: bool = False, jobs: int = 1, progress: bool = True,
          use_cache: bool = True, only_variants: Iterable[str] | None = None) -> AuditResult:
    """Compile, run and compare every probe on torch, paddle (and paddle+shims with ``shims``)."""
    from tqdm.auto import tqdm

    from paddlecamp.cppcompat import toolchain

    chosen = [v for v in variants(shims) if only_variants is None or v.name in set(only_variants)]
    result = AuditResult(list(probes))
    result.versions = {fw: toolchain.versions(fw) for fw in sorted({v.framework for v in chosen})}
    result.versions["compiler"] = {"version": toolchain.compiler_version()}
    wanted_refs = references([p for p in probes if p.runnable])
    bar = tqdm(total=len(probes) * len(chosen) * 2, desc="cppcompat audit", unit="step", disable=not progress)

    def check(variant: Variant) -> tuple[Variant, dict[str, str | None], float]:
        started = time.monotonic()
        verdicts = syntax_check(variant, probes, use_cache=use_cache, on_done=bar.update)
        return variant, verdicts, time.monotonic() - started

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        checked = list(pool.map(check, chosen))
    for variant, verdicts, seconds in checked:
        result.timings[variant.name] = {"syntax_check_s": round(seconds, 1)}
        compiling = [p for p in probes if verdicts[p.id] is None and (p.runnable or p.scope == "namespace")]
        bar.set_postfix_str(f"building {variant.name}")
        module, dropped, build_s = build_runner(variant, compiling, log=lambda m: bar.write(m))
        result.timings[variant.name]["runner_build_s"] = round(build_s, 1)
        verdicts = {**verdicts, **dropped}
        runnable = [p for p in compiling if p.runnable and p.id not in dropped]
        bar.update(len(probes) - len(runnable))
        bar.set_postfix_str(f"running {variant.name}")
        started = time.monotonic()
        runs = run_probes(variant, module, runnable, on_done=bar.update) if module and runnable else {}
        result.timings[variant.name]["run_s"] = round(time.monotonic() - started, 1)
        result.outcomes[variant.name] = {
            p.id: _not_applicable(p, verdicts[p.id], result) or _judge(p, verdicts[p.id], runs.get(p.id), wanted_refs.get(p.id))
            for p in probes}
    bar.close()
    return result


def _not_applicable(probe: Probe, error: str | None, result: AuditResult) -> Outcome | None:
    """CUDA-only probes on a CPU machine: torch's own headers need the CUDA toolkit there, so the
    probe cannot be checked against the control; what paddle's compiler said is kept."""
    if not probe.cuda or error is None:
        return None
    return Outcome(compiles=False, status="n/a", error=f"not applicable on CPU: {error}")


# --------------------------------------------------------------------------- runner child

def _run_plan_main(spec_path: str, out_path: str, start: int) -> int:
    """Child process: import the module, call probes from ``start`` on, append JSON lines."""
    import importlib.machinery
    import importlib.util
    import warnings

    warnings.simplefilter("ignore")
    spec = json.loads(Path(spec_path).read_text())
    framework = spec["framework"]
    if framework == "torch":
        import torch as fw

        def tensor(array):
            return fw.from_numpy(array.copy())
    else:
        import paddle as fw

        def tensor(array):
            return fw.to_tensor(array.copy())
    loader = importlib.machinery.ExtensionFileLoader(RUNNER_NAME, spec["module"])
    module_spec = importlib.util.spec_from_file_location(RUNNER_NAME, spec["module"], loader=loader)
    module = importlib.util.module_from_spec(module_spec)
    loader.exec_module(module)
    with open(out_path, "a", buffering=1) as out:
        for entry in spec["plan"][start:]:
            out.write(json.dumps({"start": entry["id"]}) + "\n")
            out.flush()
            names = {k: tensor(v) for k, v in standard_inputs_numpy().items()}
            try:
                if entry["function"]:
                    value = getattr(module, entry["function"])(names["x"], names["y"], names["i"])
                else:
                    namespace, op = entry["call"].split(".")
                    function = getattr(getattr(fw.ops, namespace), op)
                    value = function(*eval(f"({entry['call_args']},)", {}, names))  # noqa: S307 - catalogue data
                record = {"id": entry["id"], "value": serialise(value)}
            except Exception as error:  # noqa: BLE001 - every failure is a verdict
                first = str(error).strip().splitlines()
                record = {"id": entry["id"], "error": f"{type(error).__name__}: " + " ".join(first[:6])[:600]}
            out.write(json.dumps(record) + "\n")
            out.flush()
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--run-plan":
        sys.exit(_run_plan_main(sys.argv[2], sys.argv[3], int(sys.argv[4])))
    print("usage: python -m paddlecamp.cppcompat.audit --run-plan SPEC OUT START", file=sys.stderr)
    sys.exit(2)
