"""Compile one torch-style C++ extension source against torch or paddle, cached, and import it.

``load(name, sources, framework)`` is this track's ``torch.utils.cpp_extension.load``: the same
unmodified sources (``#include <torch/extension.h>``, ``PYBIND11_MODULE(TORCH_EXTENSION_NAME, m)``,
``TORCH_LIBRARY``) build against either framework, because only the include path, flags and
libraries change (``toolchain``). It drives the compiler itself, one ``g++`` call per module,
so it needs no ninja and gives the same command every time.

A build takes 5–45 s, so builds are cached under ``cache_dir()``, keyed by a hash of everything
that decides the binary: source texts, the local headers they include, the paddle caster
header, framework versions, flags and the compiler version. Builders of the same key take an
``fcntl`` lock, so parallel test workers and chapters wait for one build instead of racing, and
the ``.so`` is installed with an atomic rename, so a reader never sees half a file.

Compiler errors raise ``CompileError``, whose message is a summary (first error with
``file:line:col``, the source line, how many more errors) rather than a page of template
backtrace; the full log is ``.log``.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.machinery
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from paddlecamp.cppcompat import toolchain

#: Bumped when the layout of the cache or of the build command changes.
CACHE_FORMAT = 1

_INCLUDE_LOCAL = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)
_DIAGNOSTIC = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:(?P<column>\d+):)? (?P<kind>fatal error|error): (?P<message>.*)$")
_SOURCE_LINE = re.compile(r"^\s*\d+\s\|(?P<text>.*)$")
_CONTEXT_LOCATION = re.compile(r"(?P<file>[^\s:]+):(?P<line>\d+)(?::(?P<column>\d+))?")


def cache_dir() -> Path:
    """Where built modules live: ``$PADDLECAMP_CPP_CACHE`` or ``~/.cache/paddlecamp/cpp``."""
    configured = os.environ.get("PADDLECAMP_CPP_CACHE")
    path = Path(configured).expanduser() if configured else Path.home() / ".cache" / "paddlecamp" / "cpp"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def build_lock(path: Path, on_wait: str | None = None) -> Iterator[None]:
    """Hold an exclusive ``fcntl`` lock on ``path`` (created if missing) for the block.

    If another process holds it, print ``on_wait`` (when given) once and block until it is
    released; the lock dies with its process, so a killed builder never leaves it stuck.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                print(on_wait, file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Diagnostic:
    """One compiler error: where, what, and the offending source line (if the compiler showed it)."""

    file: str
    line: int
    column: int | None
    message: str
    source_line: str | None = None

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" + (f":{self.column}" if self.column else "")


def parse_diagnostics(log: str) -> list[Diagnostic]:
    """The ``error:`` diagnostics of a gcc/clang log, in order, each with its quoted source line."""
    lines = log.splitlines()
    found = []
    for index, text in enumerate(lines):
        match = _DIAGNOSTIC.match(text)
        if not match:
            continue
        quoted = None
        if index + 1 < len(lines):
            source = _SOURCE_LINE.match(lines[index + 1])
            quoted = source.group("text").strip() if source else None
        column = match.group("column")
        found.append(Diagnostic(match.group("file"), int(match.group("line")), int(column) if column else None,
                                match.group("message").strip(), quoted))
    return found


def _link_failure(log: str) -> str | None:
    for text in log.splitlines():
        if "undefined reference to" in text or text.startswith("/usr/bin/ld:") and "cannot find" in text:
            return text.strip()
    return None


class CompileError(RuntimeError):
    """The compiler (or linker) rejected the sources; ``str()`` is a short readable summary.

    Attributes: ``diagnostics`` (all errors, in order), ``first`` (or None), ``file``/``line``/
    ``column`` of the first error, ``log`` (the complete compiler output), ``log_path`` (the
    saved copy), ``command``.
    """

    def __init__(self, name: str, framework: str, log: str, command: Sequence[str], sources: Sequence[str] = ()):
        self.name = name
        self.framework = framework
        self.log = log
        self.command = list(command)
        self.diagnostics = parse_diagnostics(log)
        self.first = self.diagnostics[0] if self.diagnostics else None
        self.file = self.first.file if self.first else None
        self.line = self.first.line if self.first else None
        self.column = self.first.column if self.first else None
        self.reached_from = _reached_from(log, self.first, sources) if self.first else None
        self.log_path: Path | None = None  # where build() saved the log
        super().__init__(self.summary)

    @property
    def summary(self) -> str:
        head = f"{self.name} does not compile against {self.framework}"
        if self.first is None:
            link = _link_failure(self.log)
            detail = link or (self.log.strip().splitlines() or ["(no compiler output)"])[-1]
            return f"{head}: {detail}"
        parts = [f"{head}: {self.first.location}: error: {self.first.message}"]
        if self.first.source_line:
            parts.append(f"    {self.first.source_line}")
        if self.reached_from:
            parts.append(f"  (reached from {self.reached_from})")
        more = len(self.diagnostics) - 1
        if more:
            parts.append(f"  ... and {more} more error{'s' if more > 1 else ''} (full log: .log)")
        return "\n".join(parts)


def _reached_from(log: str, first: Diagnostic, sources: Sequence[str]) -> str | None:
    """When the first error sits in a framework header, the user-source line that led there."""
    names = {str(Path(s)) for s in sources} | {Path(s).name for s in sources}
    if first.file in names or Path(first.file).name in names:
        return None
    for text in log.splitlines():
        if text.startswith(first.location):
            break
        for match in _CONTEXT_LOCATION.finditer(text):
            if match.group("file") in names or Path(match.group("file")).name in names:
                return f"{match.group('file')}:{match.group('line')}"
    return None


class LoadError(ImportError):
    """A built module failed to import (typically a symbol the framework declares but does not define)."""


@dataclass
class BuildResult:
    """What ``build`` produced: the module file, whether it came from the cache, and how long it took."""

    name: str
    framework: str
    path: Path
    key: str
    cached: bool
    seconds: float
    command: list[str] = field(default_factory=list)


def local_headers(sources: Sequence[Path], include_dirs: Sequence[Path] = ()) -> list[Path]:
    """Headers reached through ``#include "..."`` from ``sources`` (recursively), resolved against
    the including file's folder and then ``include_dirs``; framework headers (``<...>``) are
    covered by the version part of the cache key instead."""
    seen: dict[Path, None] = {}
    pending = [Path(s).resolve() for s in sources]
    visited: set[Path] = set()
    while pending:
        current = pending.pop()
        if current in visited:
            continue
        visited.add(current)
        for included in _INCLUDE_LOCAL.findall(current.read_text(encoding="utf-8", errors="replace")):
            for base in (current.parent, *map(Path, include_dirs)):
                candidate = (base / included).resolve()
                if candidate.is_file():
                    if candidate not in seen:
                        seen[candidate] = None
                        pending.append(candidate)
                    break
    return sorted(seen)


def _user_include_dirs(extra_cflags: Sequence[str]) -> list[Path]:
    dirs, flags = [], list(extra_cflags)
    for index, flag in enumerate(flags):
        if flag == "-I" and index + 1 < len(flags):
            dirs.append(Path(flags[index + 1]))
        elif flag.startswith("-I"):
            dirs.append(Path(flag[2:]))
    return dirs


def build_command(name: str, sources: Sequence[Path], framework: str, output: Path,
                  extra_cflags: Sequence[str] = (), extra_include_paths: Sequence[str | os.PathLike] = (),
                  force_includes: Sequence[str | os.PathLike] = ()) -> list[str]:
    """The single compiler call that compiles and links ``sources`` into ``output``.

    ``extra_include_paths`` come before the framework's include dirs, so headers there shadow
    the framework's (how header-only shims replace or extend compat headers); ``force_includes``
    are included before everything else, the framework's own force-included headers too."""
    includes = [f"-I{d}" for d in extra_include_paths] + [f"-I{d}" for d in toolchain.include_dirs(framework)]
    forced = [flag for header in force_includes for flag in ("-include", str(header))]
    # extra_cflags after the framework's flags, so that a caller's -O0 or -std wins (as in torch's load)
    return ([toolchain.compiler(), *map(str, sources), "-o", str(output)] + includes + forced
            + toolchain.compile_flags(framework, name=name) + list(extra_cflags) + toolchain.link_flags(framework))


def cache_key(name: str, sources: Sequence[Path], framework: str, extra_cflags: Sequence[str] = (),
              extra_include_paths: Sequence[str | os.PathLike] = (),
              force_includes: Sequence[str | os.PathLike] = ()) -> str:
    """Hex digest of everything that decides the built binary (see the module docstring).

    Every file under ``extra_include_paths`` is part of the key (keep those folders small)."""
    digest = hashlib.sha256()

    def add(label: str, value: str | bytes) -> None:
        data = value.encode() if isinstance(value, str) else value
        digest.update(f"{label}:{len(data)}:".encode())
        digest.update(data)

    add("format", str(CACHE_FORMAT))
    add("name", name)
    add("framework", framework)
    add("versions", json.dumps(toolchain.versions(framework), sort_keys=True))
    add("compiler", toolchain.compiler_version())
    add("command", json.dumps(build_command(name, [Path(s.name) for s in sources], framework, Path("out.so"),
                                            extra_cflags, extra_include_paths, force_includes)[1:]))
    for source in [*sources, *map(Path, force_includes)]:
        add("source", source.read_bytes())
    for header in local_headers(sources, [*map(Path, extra_include_paths), *_user_include_dirs(extra_cflags)]):
        add("header", header.read_bytes())
    for folder in extra_include_paths:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            add(f"include:{path.relative_to(folder)}", path.read_bytes())
    if framework == "paddle":
        add("caster", toolchain.caster_header().read_bytes())
    return digest.hexdigest()


class _Ticker:
    """Prints "still building" every ``every`` seconds while a build runs (builds take 5–45 s)."""

    def __init__(self, label: str, every: float = 10.0, enabled: bool = True):
        self.label, self.every, self.enabled = label, every, enabled
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._start = time.monotonic()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            print(f"  ... still building {self.label} ({time.monotonic() - self._start:.0f} s)",
                  file=sys.stderr, flush=True)

    def __enter__(self) -> "_Ticker":
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()


def build(name: str, sources: Sequence[str | os.PathLike], framework: str = "torch",
          extra_cflags: Sequence[str] | None = None, verbose: bool = False, quiet: bool = False,
          extra_include_paths: Sequence[str | os.PathLike] | None = None,
          force_includes: Sequence[str | os.PathLike] | None = None) -> BuildResult:
    """Compile ``sources`` into ``<cache>/<name>-<framework>-<key>/<name>.so`` unless it is cached.

    Raises ``CompileError`` on compiler errors, ``toolchain.ToolchainError`` without a compiler,
    ``FileNotFoundError`` for a missing source.
    """
    if framework not in toolchain.FRAMEWORKS:
        raise ValueError(f"framework must be one of {toolchain.FRAMEWORKS}, got {framework!r}")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"extension name must be a C identifier (it becomes PyInit_<name>), got {name!r}")
    paths = [Path(s).resolve() for s in sources]
    if not paths:
        raise ValueError("no sources given")
    for path in paths:
        if not path.is_file():
            raise FileNotFoundError(f"C++ source not found: {path}")
    extra = list(extra_cflags or [])
    include_paths = [str(Path(p).resolve()) for p in extra_include_paths or []]
    forced = [str(Path(p).resolve()) for p in force_includes or []]
    started = time.monotonic()
    key = cache_key(name, paths, framework, extra, include_paths, forced)
    folder = cache_dir() / f"{name}-{framework}-{key[:16]}"
    target = folder / f"{name}.so"
    if target.is_file():
        return BuildResult(name, framework, target, key, True, time.monotonic() - started)
    lock = cache_dir() / f"{name}-{framework}-{key[:16]}.lock"
    with build_lock(lock, None if quiet else f"waiting for another build of {name} for {framework}…"):
        if target.is_file():  # built by whoever held the lock
            return BuildResult(name, framework, target, key, True, time.monotonic() - started)
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{name}.so.partial-{os.getpid()}"
        command = build_command(name, paths, framework, partial, extra, include_paths, forced)
        if not quiet:
            print(f"building {name} for {framework} (cache miss)…", file=sys.stderr, flush=True)
        if verbose:
            print(" ".join(command), file=sys.stderr, flush=True)
        with _Ticker(f"{name} for {framework}", enabled=not quiet):
            # LC_ALL=C: plain ASCII quotes and English messages, which parse_diagnostics reads
            process = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
        log = process.stdout + process.stderr
        if verbose and log:
            print(log, file=sys.stderr, flush=True)
        (folder / "build.log").write_text(log)
        if process.returncode != 0:
            partial.unlink(missing_ok=True)
            error = CompileError(name, framework, log, command, [str(p) for p in paths])
            error.log_path = folder / "build.log"
            raise error
        seconds = time.monotonic() - started
        meta = {"name": name, "framework": framework, "key": key, "seconds": round(seconds, 2),
                "sources": [str(p) for p in paths], "versions": toolchain.versions(framework),
                "compiler": toolchain.compiler_version(), "command": command}
        _write_atomic(folder / "build.json", json.dumps(meta, indent=1))
        os.replace(partial, target)  # last step: the .so existing means the build is complete
    if not quiet:
        print(f"built {name} for {framework} in {seconds:.1f} s", file=sys.stderr, flush=True)
    return BuildResult(name, framework, target, key, False, seconds, command)


def _write_atomic(path: Path, text: str) -> None:
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    partial.write_text(text)
    os.replace(partial, path)


def _defines_python_module(sources: Sequence[Path]) -> bool:
    return any("PYBIND11_MODULE" in Path(s).read_text(encoding="utf-8", errors="replace") for s in sources)


def _demangled(message: str) -> str:
    symbol = re.search(r"undefined symbol: (\S+)", message)
    filt = shutil.which("c++filt")
    if not symbol or not filt:
        return message
    readable = subprocess.run([filt, symbol.group(1)], capture_output=True, text=True).stdout.strip()
    return f"{message}\n  ({readable}: declared by the compat headers, not defined in the framework's library)"


def import_built(result: BuildResult, sources: Sequence[str | os.PathLike] = ()) -> types.ModuleType:
    """Import a built module, or, for a library without ``PYBIND11_MODULE`` (``TORCH_LIBRARY``
    only), load it for its registrations and return a module object describing it."""
    _import_framework(result.framework)
    if sources and not _defines_python_module([Path(s) for s in sources]):
        import ctypes

        try:
            ctypes.CDLL(str(result.path))  # RTLD_LOCAL: keep torch's and paddle's symbols apart
        except OSError as error:
            raise LoadError(_demangled(str(error))) from error
        module = types.ModuleType(result.name, f"{result.name}: TORCH_LIBRARY registrations loaded from {result.path}")
        module.__file__ = str(result.path)
        module.framework = result.framework
        return module
    # A unique dotted spec name per build: pybind11 3 (torch's) caches modules by spec name, so
    # a rebuilt "tiny" imported as "tiny" would silently come back as the old module. CPython
    # looks up PyInit_<last component>, which stays PyInit_<name>.
    spec_name = f"paddlecamp_cpp_{result.framework}_{result.key[:16]}.{result.name}"
    loader = importlib.machinery.ExtensionFileLoader(spec_name, str(result.path))
    spec = importlib.util.spec_from_file_location(spec_name, result.path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    try:
        loader.exec_module(module)
    except ImportError as error:
        raise LoadError(_demangled(str(error))) from error
    module.framework = result.framework
    return module


def _import_framework(framework: str) -> None:
    # The framework's libraries must be loaded (and, for paddle, its Python types registered)
    # before a module built against them is imported.
    import importlib
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # paddle's "No ccache found"
        importlib.import_module(framework)


def load(name: str, sources: Sequence[str | os.PathLike], framework: str = "torch",
         extra_cflags: Sequence[str] | None = None, verbose: bool = False, quiet: bool = False,
         extra_include_paths: Sequence[str | os.PathLike] | None = None) -> types.ModuleType:
    """Build (or reuse from the cache) and import a torch-style extension for ``framework``.

    The returned module's pybind11 functions take and return the framework's own tensors
    (``torch.Tensor`` or ``paddle.Tensor``); ``TORCH_CHECK`` failures raise ``RuntimeError`` (or
    the mapped Python exception) with the message. The same ``name`` may be loaded for both
    frameworks in one process: each build is a different file.
    """
    result = build(name, sources, framework, extra_cflags, verbose=verbose, quiet=quiet,
                   extra_include_paths=extra_include_paths)
    return import_built(result, sources)
