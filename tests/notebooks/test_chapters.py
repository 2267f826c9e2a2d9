"""Every chapter runs top to bottom in SMOKE mode, through the same runner as `make run`."""
from __future__ import annotations

from pathlib import Path

import pytest

from paddlecamp.chapters import discover
from paddlecamp.chapters.execute import run_chapter

REPO = Path(__file__).resolve().parents[2]
CHAPTERS = discover(REPO / "notebooks")


@pytest.mark.notebook
@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.id for c in CHAPTERS])
def test_chapter_runs_in_smoke_mode(chapter, tmp_path):
    result = run_chapter(chapter, tmp_path, {"SMOKE": True, "DEVICE": "auto"}, timeout=600)
    if result.status != "passed":
        err = result.error or {}
        pytest.fail(f"{chapter.id}: {result.status} at cell {err.get('cell')}: {err.get('ename')}: "
                    f"{err.get('evalue')}\n--- cell source ---\n{err.get('source')}\n--- traceback ---\n"
                    f"{err.get('traceback', '')[-3000:]}")
