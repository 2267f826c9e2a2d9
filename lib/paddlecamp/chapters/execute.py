"""Execute chapters with papermill, each in its own process, a few at a time.

Each chapter runs in a child process (``python -m paddlecamp.chapters.worker``) so that a
hung kernel can be killed at the timeout and one chapter's crash never takes down the
others. The executed notebook is kept even when a cell fails; the first failing cell is
read back from it and reported with its index, source and error.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from paddlecamp.chapters.conventions import cell_source, load_notebook
from paddlecamp.chapters.discover import Chapter
from paddlecamp.devices import gpu_visible

ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

#: Environment every chapter runs with: offline model hubs, a headless plot backend, no telemetry.
CHAPTER_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HAYSTACK_TELEMETRY_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    "TQDM_MININTERVAL": "5",
}


@dataclass
class ChapterResult:
    """What happened when one chapter ran."""

    id: str
    track: str
    title: str
    source: str
    status: str  # "passed" | "failed" | "timeout" | "invalid"
    seconds: float
    output: str | None = None
    html: str | None = None
    error: dict[str, Any] | None = None
    parameters: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "passed"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def chapter_env(parameters: dict[str, Any]) -> dict[str, str]:
    """The environment of a chapter's process."""
    env = dict(os.environ)
    for key, value in CHAPTER_ENV.items():
        env.setdefault(key, value)
    # Figures must land in the executed notebook: a headless backend inherited from the caller
    # (MPLBACKEND=Agg in tests and CI) would swallow every plt.show().
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    device = str(parameters.get("DEVICE", "auto"))
    if device == "cpu" or (device == "auto" and not gpu_visible()):
        # Triton kernels run on CPU only through its interpreter; it must be set before import.
        env.setdefault("TRITON_INTERPRET", "1")
    return env


#: Cells papermill adds to the executed copy; they do not exist in the chapter itself.
_PAPERMILL_TAGS = {"injected-parameters", "papermill-error-cell-tag"}


def first_error(nb: dict) -> dict[str, Any] | None:
    """The first cell whose outputs contain an error.

    ``cell`` is the index in the chapter as committed (what a reader sees in JupyterLab);
    ``executed_cell`` is the index in the executed copy, which papermill extends with an
    injected-parameters cell and an error banner.
    """
    source_index = -1
    for i, cell in enumerate(nb.get("cells", [])):
        tags = set(cell.get("metadata", {}).get("tags", []))
        if not tags & _PAPERMILL_TAGS:
            source_index += 1
        if cell.get("cell_type") != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                tb = "\n".join(ANSI_RE.sub("", line) for line in out.get("traceback", []))
                return {
                    "cell": source_index,
                    "executed_cell": i,
                    "source": cell_source(cell),
                    "ename": out.get("ename", ""),
                    "evalue": out.get("evalue", ""),
                    "traceback": tb[-6000:],
                }
    return None


def run_chapter(chapter: Chapter, out_dir: Path, parameters: dict[str, Any], timeout: float,
                cell_timeout: float | None = None) -> ChapterResult:
    """Run one chapter into ``out_dir/<track>/<name>.ipynb``; never raises for chapter errors."""
    # Absolute paths: the worker runs in the chapter's own folder, not the caller's.
    out_path = Path(out_dir).resolve() / "notebooks" / chapter.track_dir / chapter.path.name
    out_path.parent.mkdir(parents=True, exist_ok=True)
    base = dict(id=chapter.id, track=chapter.track_dir, title=chapter.title, source=str(chapter.path),
                parameters=dict(parameters))
    start = time.perf_counter()
    try:
        load_notebook(chapter.path)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        return ChapterResult(**base, status="invalid", seconds=0.0,
                             error={"cell": None, "ename": type(exc).__name__, "evalue": str(exc),
                                    "source": "", "traceback": ""})
    if out_path.exists():
        out_path.unlink()
    cmd = [sys.executable, "-m", "paddlecamp.chapters.worker", str(chapter.path.resolve()), str(out_path),
           json.dumps(parameters), json.dumps(cell_timeout)]
    try:
        proc = subprocess.run(cmd, env=chapter_env(parameters), capture_output=True, text=True,
                              timeout=timeout, cwd=str(chapter.path.parent))
        status = "passed" if proc.returncode == 0 else "failed"
        log = (proc.stderr or "")[-4000:]
    except subprocess.TimeoutExpired as exc:
        status = "timeout"
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        log = err[-4000:]
    seconds = time.perf_counter() - start
    error = None
    if status != "passed":
        if out_path.exists():
            try:
                error = first_error(load_notebook(out_path))
            except ValueError:
                error = None
        if error is None:
            error = {"cell": None, "ename": "Timeout" if status == "timeout" else "ExecutionFailed",
                     "evalue": (f"chapter did not finish within {timeout:.0f} s" if status == "timeout"
                                else "the kernel failed before any cell reported an error"),
                     "source": "", "traceback": ANSI_RE.sub("", log)}
    return ChapterResult(**base, status=status, seconds=round(seconds, 2),
                         output=str(out_path) if out_path.exists() else None, error=error)


def run_chapters(chapters: list[Chapter], out_dir: Path | str, parameters: dict[str, Any] | None = None,
                 *, jobs: int = 2, timeout: float = 600.0, cell_timeout: float | None = None,
                 progress: bool = True, html: bool = True,
                 on_result: Callable[[ChapterResult], None] | None = None) -> list[ChapterResult]:
    """Run chapters ``jobs`` at a time; returns results in chapter order.

    ``parameters`` are injected into every chapter (``SMOKE`` and ``DEVICE`` by default).
    With ``html`` each executed notebook is rendered next to it and ``out_dir/index.html``
    and ``out_dir/results.json`` are written.
    """
    from tqdm.auto import tqdm

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    params = {"SMOKE": True, "DEVICE": "auto"}
    params.update(parameters or {})
    results: dict[str, ChapterResult] = {}
    bar = tqdm(total=len(chapters), desc="chapters", unit="nb", disable=not progress)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(run_chapter, c, out_dir, params, timeout, cell_timeout): c for c in chapters}
        for fut in as_completed(futures):
            res = fut.result()
            if html and res.output:
                from paddlecamp.chapters.site import render_html

                try:
                    res.html = str(render_html(Path(res.output)))
                except Exception as exc:  # a render failure must not hide the run's result
                    res.html = None
                    res.error = res.error or {"cell": None, "ename": "HTMLRenderError", "evalue": str(exc),
                                              "source": "", "traceback": ""}
            results[res.id] = res
            bar.set_postfix_str(f"{res.id}: {res.status} {res.seconds:.0f}s")
            bar.update(1)
            if on_result:
                on_result(res)
    bar.close()
    ordered = [results[c.id] for c in chapters]
    if html:
        from paddlecamp.chapters.site import write_index

        write_index(ordered, out_dir)
    (out_dir / "results.json").write_text(json.dumps([r.to_dict() for r in ordered], indent=2,
                                                     ensure_ascii=False), encoding="utf-8")
    return ordered
