"""Every chapter runs top to bottom in SMOKE mode, through the same runner as `make run`."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from paddlecamp.chapters import discover
from paddlecamp.chapters.execute import run_chapter

REPO = Path(__file__).resolve().parents[2]
CHAPTERS = discover(REPO / "notebooks")
PLOT_CALL = re.compile(r"\b(plt\.(figure|subplots|show|plot|bar|barh|imshow|hist|scatter|semilogy)|plots\.\w+)\(")


@pytest.mark.notebook
@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.id for c in CHAPTERS])
def test_chapter_runs_in_smoke_mode(chapter, tmp_path):
    result = run_chapter(chapter, tmp_path, {"SMOKE": True, "DEVICE": "auto"}, timeout=600)
    if result.status != "passed":
        err = result.error or {}
        pytest.fail(f"{chapter.id}: {result.status} at cell {err.get('cell')}: {err.get('ename')}: "
                    f"{err.get('evalue')}\n--- cell source ---\n{err.get('source')}\n--- traceback ---\n"
                    f"{err.get('traceback', '')[-3000:]}")

    # A chapter that plots must show its figures (a forced headless backend would hide them).
    source = chapter.path.read_text(encoding="utf-8")
    if PLOT_CALL.search(source):
        executed = json.loads(Path(result.output).read_text(encoding="utf-8"))
        images = [o for c in executed["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
                  if "image/png" in o.get("data", {})]
        assert images, f"{chapter.id} draws figures but none reached the executed notebook"
