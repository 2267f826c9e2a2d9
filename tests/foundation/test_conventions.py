"""Every committed chapter follows the conventions; the checker catches each violation."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from paddlecamp.chapters import discover
from paddlecamp.chapters.authoring import write_chapter
from paddlecamp.chapters.conventions import check_notebook, strip_outputs

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
CHAPTERS = discover(NOTEBOOKS)


def test_there_are_chapters():
    ids = [c.id for c in CHAPTERS]
    assert "00-start/01-environment" in ids and "00-start/02-map" in ids


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.id for c in CHAPTERS])
def test_committed_chapter_follows_conventions(chapter):
    assert check_notebook(chapter.path, root=NOTEBOOKS) == []


def test_no_stray_notebooks_outside_chapter_folders():
    stray = [p for p in NOTEBOOKS.rglob("*.ipynb")
             if ".ipynb_checkpoints" not in p.parts and p.parent.parent != NOTEBOOKS]
    assert stray == []


def _good(path: Path) -> Path:
    return write_chapter(path, [("md", "# T"), ("params", "SMOKE = True"), ("code", "print(1)")])


def test_checker_accepts_a_good_chapter(tmp_path):
    path = _good(tmp_path / "01-track" / "01-good.ipynb")
    assert check_notebook(path, root=tmp_path) == []


@pytest.mark.parametrize("mutate, expected", [
    (lambda nb: nb["cells"][1]["metadata"].update(tags=[]), "not tagged 'parameters'"),
    (lambda nb: nb["cells"][1].update(source=["FAST = True\n"]), "does not define SMOKE"),
    (lambda nb: nb["cells"][2].update(outputs=[{"output_type": "stream", "name": "stdout", "text": ["1\n"]}]),
     "cell 2 has outputs"),
    (lambda nb: nb["cells"][2].update(execution_count=3), "cell 2 has an execution count"),
    (lambda nb: nb["metadata"]["kernelspec"].update(name="venv-paddle"), "kernelspec name is 'venv-paddle'"),
    (lambda nb: nb["cells"][1].update(source=["SMOKE = (\n"]), "parameters cell (cell 1) line"),
])
def test_checker_reports_each_violation(tmp_path, mutate, expected):
    path = _good(tmp_path / "01-track" / "01-good.ipynb")
    nb = json.loads(path.read_text())
    mutate(nb)
    path.write_text(json.dumps(nb))
    problems = check_notebook(path, root=tmp_path)
    assert any(expected in p for p in problems), problems


def test_checker_reports_bad_names_and_invalid_json(tmp_path):
    path = _good(tmp_path / "track" / "Good Name.ipynb")
    problems = check_notebook(path)
    assert any("NN-title.ipynb" in p for p in problems) and any("NN-track" in p for p in problems)
    bad = tmp_path / "01-track" / "02-bad.ipynb"
    bad.parent.mkdir()
    bad.write_text("{not json", encoding="utf-8")
    (problem,) = check_notebook(bad)
    assert "02-bad.ipynb: invalid notebook JSON at line 1" in problem


def test_strip_outputs(tmp_path):
    path = _good(tmp_path / "01-track" / "01-good.ipynb")
    nb = json.loads(path.read_text())
    nb["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["1\n"]}]
    nb["cells"][2]["execution_count"] = 1
    path.write_text(json.dumps(nb))
    assert strip_outputs(path) is True
    assert check_notebook(path, root=tmp_path) == []
    assert strip_outputs(path) is False
