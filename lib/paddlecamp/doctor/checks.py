"""What is installed, what works together, and what to do about anything missing.

Every check returns a ``CheckResult``. ``required`` results decide the exit code of
``paddlecamp doctor``: the curriculum cannot run without them. Optional ones (a GPU, keys
for remote services) only inform.
"""
from __future__ import annotations

import importlib
import importlib.metadata as md
import os
import subprocess
import sys
import textwrap
import warnings
from dataclasses import asdict, dataclass
from typing import Callable

OK, MISSING, WARN, INFO = "ok", "missing", "warn", "info"


@dataclass
class CheckResult:
    """One line of the doctor's table."""

    group: str
    name: str
    status: str  # ok | missing | warn | info
    detail: str
    fix: str = ""
    required: bool = True

    @property
    def failed(self) -> bool:
        return self.required and self.status == MISSING

    def to_dict(self) -> dict:
        return asdict(self)


#: (distribution, import name, required). Versions are read from package metadata.
PACKAGES: tuple[tuple[str, str, bool], ...] = (
    ("paddlepaddle", "paddle", True),
    ("torch", "torch", True),
    ("triton", "triton", True),
    ("numpy", "numpy", True),
    ("paconvert", "paconvert", True),
    ("paddleocr", "paddleocr", True),
    ("onnxruntime", "onnxruntime", True),
    ("pypdfium2", "pypdfium2", True),
    ("haystack-ai", "haystack", True),
    ("milvus-haystack", "milvus_haystack", True),
    ("pymilvus", "pymilvus", True),
    ("milvus-lite", "milvus_lite", True),
    ("jieba", "jieba", True),
    ("sentence-transformers", "sentence_transformers", True),
    ("erniebot", "erniebot", True),
    ("openai", "openai", True),
    ("pathway", "pathway", True),
    ("fastapi", "fastapi", True),
    ("papermill", "papermill", True),
    ("jupyterlab", "jupyterlab", True),
    ("python-pptx", "pptx", True),
    ("matplotlib", "matplotlib", True),
)

SETUP_FIX = "run `make setup` (creates .venv from constraints.txt)"


def check_python() -> list[CheckResult]:
    v = sys.version_info
    ok = v >= (3, 10)
    return [CheckResult("python", "python", OK if ok else MISSING, sys.version.split()[0],
                        "" if ok else "use Python 3.10 or newer")]


def check_packages(import_modules: bool = False) -> list[CheckResult]:
    """Installed versions (from metadata; ``import_modules`` also imports each one)."""
    out = []
    for dist, module, required in PACKAGES:
        try:
            version = md.version(dist)
        except md.PackageNotFoundError:
            out.append(CheckResult("packages", dist, MISSING, "not installed", SETUP_FIX, required))
            continue
        if import_modules:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    importlib.import_module(module)
            except Exception as exc:  # an installed package that does not import is broken
                out.append(CheckResult("packages", dist, MISSING, f"{version}, import failed: {exc!r:.200}",
                                       SETUP_FIX, required))
                continue
        out.append(CheckResult("packages", dist, OK, version, required=required))
    return out


def check_frameworks() -> list[CheckResult]:
    """paddle and torch in one process: a tiny op each and a dlpack exchange both ways."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import paddle
            import torch
        t = torch.arange(6, dtype=torch.float32).reshape(2, 3)
        p = paddle.to_tensor([[1.0, 2.0, 3.0]])
        t_sum = float((t * 2).sum())
        p_sum = float((p * 2).sum())
        p_from_t = paddle.utils.dlpack.from_dlpack(torch.utils.dlpack.to_dlpack(t))
        t_from_p = torch.utils.dlpack.from_dlpack(paddle.utils.dlpack.to_dlpack(p))
        good = (t_sum == 30.0 and p_sum == 12.0 and float(p_from_t.sum()) == 15.0
                and float(t_from_p.sum()) == 6.0)
        detail = "tiny ops and dlpack torch<->paddle agree" if good else "dlpack exchange gave wrong values"
        return [CheckResult("frameworks", "paddle + torch", OK if good else MISSING, detail,
                            "" if good else "reinstall with `make setup`")]
    except Exception as exc:
        return [CheckResult("frameworks", "paddle + torch", MISSING, f"{type(exc).__name__}: {exc}"[:300],
                            SETUP_FIX)]


def check_devices() -> list[CheckResult]:
    out = []
    try:
        import torch

        if torch.cuda.is_available():
            out.append(CheckResult("devices", "torch", INFO, f"CUDA: {torch.cuda.get_device_name(0)}",
                                   required=False))
        else:
            out.append(CheckResult("devices", "torch", INFO, "CPU only", "GPU chapters show recorded results",
                                   required=False))
    except Exception as exc:
        out.append(CheckResult("devices", "torch", MISSING, repr(exc)[:200], SETUP_FIX))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import paddle
        cuda = paddle.device.is_compiled_with_cuda() and paddle.device.cuda.device_count() > 0
        out.append(CheckResult("devices", "paddle", INFO, f"{paddle.device.get_device()}"
                               + (" (CUDA build)" if paddle.device.is_compiled_with_cuda() else " (CPU build)"),
                               "" if cuda else "CPU build: fine for every chapter", required=False))
    except Exception as exc:
        out.append(CheckResult("devices", "paddle", MISSING, repr(exc)[:200], SETUP_FIX))
    return out


_TRITON_PROBE = textwrap.dedent("""
    import torch, triton, triton.language as tl
    @triton.jit
    def add(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
        offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
        mask = offs < n
        tl.store(out_ptr + offs, tl.load(x_ptr + offs, mask=mask) + tl.load(y_ptr + offs, mask=mask), mask=mask)
    dev = "cuda" if torch.cuda.is_available() and __import__("os").environ.get("TRITON_INTERPRET") != "1" else "cpu"
    x = torch.arange(100, dtype=torch.float32, device=dev); y = torch.ones(100, device=dev)
    out = torch.empty_like(x)
    add[(triton.cdiv(100, 32),)](x, y, out, 100, BLOCK=32)
    assert torch.equal(out.cpu(), (x + y).cpu()), "wrong result"
    print(dev, triton.__version__)
""")


def check_triton() -> list[CheckResult]:
    """Run a tiny Triton kernel in a child process (the interpreter flag must precede import)."""
    env = dict(os.environ)
    try:
        import torch

        gpu = torch.cuda.is_available()
    except Exception:
        gpu = False
    if not gpu:
        env["TRITON_INTERPRET"] = "1"
    try:
        proc = subprocess.run([sys.executable, "-c", _TRITON_PROBE], env=env, capture_output=True, text=True,
                              timeout=180)
    except subprocess.TimeoutExpired:
        return [CheckResult("triton", "kernel", MISSING, "tiny kernel timed out", SETUP_FIX)]
    if proc.returncode == 0:
        dev, version = proc.stdout.split()[-2:]
        mode = "GPU" if dev == "cuda" else "CPU interpreter (TRITON_INTERPRET=1)"
        return [CheckResult("triton", "kernel", OK, f"triton {version} ran a kernel on the {mode}")]
    return [CheckResult("triton", "kernel", MISSING, proc.stderr.strip().splitlines()[-1][:300] if proc.stderr
                        else "failed", "install numpy and triton 3.9 (`make setup`)")]


#: Fonts that render Simplified Chinese; any one is enough.
CJK_FONTS = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")


def find_cjk_font() -> str | None:
    """Family name of an installed CJK font matplotlib can use, or ``None``."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FONTS:
        if family in names:
            return family
    return None


def check_fonts() -> list[CheckResult]:
    try:
        family = find_cjk_font()
    except Exception as exc:
        return [CheckResult("fonts", "CJK font", MISSING, repr(exc)[:200], SETUP_FIX)]
    if family:
        return [CheckResult("fonts", "CJK font", OK, family)]
    return [CheckResult("fonts", "CJK font", MISSING, "no Chinese font found by matplotlib",
                        "apt-get install fonts-noto-cjk fonts-wqy-microhei, then "
                        "rm -rf ~/.cache/matplotlib")]


def check_models() -> list[CheckResult]:
    from paddlecamp.models.store import MissingModelError, embedder_path, ocr_models

    out = []
    try:
        paths = ocr_models()
        size = sum(p.stat().st_size for p in paths.values()) / 2**20
        out.append(CheckResult("models", "PP-OCR ONNX (det/rec/cls)", OK,
                               f"{paths['det'].parent} ({size:.0f} MiB)"))
    except MissingModelError as exc:
        out.append(CheckResult("models", "PP-OCR ONNX (det/rec/cls)", MISSING, str(exc).split(";")[0],
                               "paddlecamp models fetch"))
    try:
        out.append(CheckResult("models", "embedder all-MiniLM-L6-v2", OK, str(embedder_path())))
    except MissingModelError as exc:
        out.append(CheckResult("models", "embedder all-MiniLM-L6-v2", MISSING, str(exc), SETUP_FIX))
    return out


#: (name, environment variables (any one configures it), what it enables)
SERVICES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("ERNIE", ("QIANFAN_API_KEY", "EB_ACCESS_TOKEN", "AISTUDIO_ACCESS_TOKEN"),
     "answers from ERNIE; without it the offline extractive answerer is used"),
    ("Milvus server", ("MILVUS_URI",), "a Milvus server; without it Milvus Lite files are used"),
    ("RAGFlow", ("RAGFLOW_BASE_URL",), "a live RAGFlow; without it the loopback stand-in is used"),
    ("Dify", ("DIFY_BASE_URL",), "a live Dify; without it the loopback stand-in is used"),
)


def check_services(environ: dict[str, str] | None = None) -> list[CheckResult]:
    environ = dict(os.environ if environ is None else environ)
    out = []
    for name, keys, what in SERVICES:
        set_keys = [k for k in keys if environ.get(k)]
        if set_keys:
            out.append(CheckResult("services", name, OK, f"configured by {set_keys[0]}", required=False))
        else:
            out.append(CheckResult("services", name, INFO, "not configured (optional)",
                                   f"set {' or '.join(keys)} for {what}", required=False))
    return out


ALL_CHECKS: tuple[Callable[[], list[CheckResult]], ...] = (
    check_python, check_packages, check_frameworks, check_devices, check_triton, check_fonts, check_models,
    check_services,
)


def run_checks(checks: tuple[Callable[[], list[CheckResult]], ...] = ALL_CHECKS) -> list[CheckResult]:
    """Run every check; a check that crashes becomes a failed row, never an exception."""
    results: list[CheckResult] = []
    for check in checks:
        try:
            results.extend(check())
        except Exception as exc:
            results.append(CheckResult(check.__name__.removeprefix("check_"), "check", MISSING,
                                       f"check crashed: {type(exc).__name__}: {exc}"[:300], SETUP_FIX))
    return results


_MARK = {OK: "ok", MISSING: "MISSING", WARN: "warn", INFO: "-"}


def summary_table(results: list[CheckResult]) -> str:
    """A plain-text table: group, name, status, detail, and what to do."""
    rows = [("group", "check", "status", "detail", "what to do")]
    for r in results:
        status = _MARK.get(r.status, r.status)
        if r.status == MISSING and not r.required:
            status = "missing (optional)"
        rows.append((r.group, r.name, status, r.detail, r.fix))
    widths = [min(max(len(row[i]) for row in rows), cap) for i, cap in enumerate((10, 26, 18, 60, 80))]
    lines = []
    for j, row in enumerate(rows):
        cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(row, widths)]
        lines.append("  ".join(cells).rstrip())
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    failed = [r for r in results if r.failed]
    lines.append("")
    lines.append("all required checks passed" if not failed else
                 f"{len(failed)} required check(s) failed: " + ", ".join(r.name for r in failed))
    return "\n".join(lines)
