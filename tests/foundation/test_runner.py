"""The chapter runner: papermill execution, failure reporting, timeouts, the HTML index."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from paddlecamp.chapters import discover, run_chapters, select
from paddlecamp.chapters.authoring import write_chapter, write_chapters
from paddlecamp.chapters.discover import UnknownPatternError
from paddlecamp.cli import main as cli_main


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    """A tiny curriculum: one passing, one failing, one invalid and one slow chapter."""
    root = tmp_path_factory.mktemp("book") / "notebooks"
    write_chapter(root / "01-alpha" / "01-pass.ipynb", [
        ("md", "# Passing chapter"),
        ("params", "SMOKE = True\nDEVICE = 'auto'\nLABEL = 'default'"),
        ("code", "import json, pathlib\n"
                 "pathlib.Path('seen.json').write_text(json.dumps({'SMOKE': SMOKE, 'LABEL': LABEL}))"),
    ])
    write_chapter(root / "01-alpha" / "02-fail.ipynb", [
        ("md", "# Failing chapter"),
        ("params", "SMOKE = True"),
        ("code", "x = 1"),
        ("code", "def broken():\n    return {}['missing-key']\nbroken()"),
        ("code", "print('never reached')"),
    ])
    bad = root / "02-beta" / "01-invalid.ipynb"
    bad.parent.mkdir(parents=True)
    bad.write_text('{"cells": [\n  {"cell_type": "code",\n', encoding="utf-8")
    write_chapter(root / "02-beta" / "02-slow.ipynb", [
        ("md", "# Slow chapter"),
        ("params", "SMOKE = True"),
        ("code", "import time\ntime.sleep(120)"),
    ])
    return root


@pytest.fixture(scope="module")
def results(book, tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    chapters = [c for c in discover(book) if c.stem != "02-slow"]
    res = run_chapters(chapters, out, {"LABEL": "injected"}, jobs=2, timeout=300, progress=False)
    return out, {r.id: r for r in res}


def test_discover_and_select(book):
    chapters = discover(book)
    assert [c.id for c in chapters] == ["01-alpha/01-pass", "01-alpha/02-fail", "02-beta/01-invalid",
                                        "02-beta/02-slow"]
    assert [c.id for c in select(chapters, ["02"])] == ["02-beta/01-invalid", "02-beta/02-slow"]
    assert [c.id for c in select(chapters, ["*/01-*"])] == ["01-alpha/01-pass", "02-beta/01-invalid"]
    assert [c.id for c in select(chapters, ["alpha"])] == ["01-alpha/01-pass", "01-alpha/02-fail"]
    with pytest.raises(UnknownPatternError, match="tracks are: 01-alpha, 02-beta"):
        select(chapters, ["gamma"])


def test_passing_chapter_gets_parameters(results, book):
    out, res = results
    r = res["01-alpha/01-pass"]
    assert r.status == "passed", r.error
    seen = json.loads((book / "01-alpha" / "seen.json").read_text())
    assert seen == {"SMOKE": True, "LABEL": "injected"}
    assert Path(r.output).exists() and Path(r.html).exists()


def test_failing_chapter_reports_its_cell(results):
    _, res = results
    r = res["01-alpha/02-fail"]
    assert r.status == "failed"
    assert r.error["ename"] == "KeyError"
    assert "missing-key" in r.error["evalue"]
    assert "broken()" in r.error["source"]
    assert r.error["cell"] == 3  # index in the chapter as committed (md, params, x = 1, broken)
    # papermill adds an error banner and an injected-parameters cell to the executed copy
    executed = json.loads(Path(r.output).read_text())
    assert executed["cells"][r.error["executed_cell"]]["source"][-1].startswith("broken()")


def test_invalid_notebook_is_reported_and_others_still_run(results):
    _, res = results
    r = res["02-beta/01-invalid"]
    assert r.status == "invalid"
    assert "invalid notebook JSON at line" in r.error["evalue"]
    assert "01-invalid.ipynb" in r.error["evalue"]
    assert res["01-alpha/01-pass"].status == "passed"


def test_timeout_is_reported(book, tmp_path):
    (slow,) = select(discover(book), ["02-slow"])
    (r,) = run_chapters([slow], tmp_path, jobs=1, timeout=10, progress=False, html=False)
    assert r.status == "timeout"
    assert r.error["ename"] == "Timeout" and "within 10 s" in r.error["evalue"]
    assert r.seconds < 60


def test_index_lists_every_chapter_with_status(results):
    out, res = results
    html = (out / "index.html").read_text(encoding="utf-8")
    for rid, r in res.items():
        assert rid in html
    assert "1/3 passed" in html
    assert "KeyError" in html and "missing-key" in html
    assert 'href="notebooks/01-alpha/01-pass.html"' in html
    data = json.loads((out / "results.json").read_text())
    assert {d["id"]: d["status"] for d in data} == {k: v.status for k, v in res.items()}


def test_cli_unknown_pattern_lists_tracks(book, capsys):
    code = cli_main(["notebooks", "run", "no-such-track", "--root", str(book)])
    assert code == 2
    err = capsys.readouterr().err
    assert "no chapter matches 'no-such-track'" in err and "01-alpha" in err


def test_cli_run_exit_code_reflects_failures(book, tmp_path, capsys, monkeypatch):
    # relative --root and --out, as `make run` passes them: the chapter runs in its own folder
    monkeypatch.chdir(tmp_path)
    rel_root = Path(os.path.relpath(book, tmp_path))
    assert cli_main(["notebooks", "run", "01-alpha/01-pass", "--root", str(rel_root), "--out", "build",
                     "--no-html"]) == 0
    assert (tmp_path / "build" / "notebooks" / "01-alpha" / "01-pass.ipynb").is_file()
    assert cli_main(["notebooks", "run", "02-fail", "--root", str(book), "--out", str(tmp_path),
                     "--no-html"]) == 1
    out = capsys.readouterr().out
    assert "KeyError" in out and "0/1 chapters passed" in out


def test_figures_land_in_the_executed_chapter(tmp_path, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")  # what tests and CI set; the runner must override it
    path = write_chapter(tmp_path / "nb" / "01-plots" / "01-figure.ipynb", [
        ("params", "SMOKE = True"),
        ("code", "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()"),
    ])
    (chapter,) = discover(path.parent.parent)
    (r,) = run_chapters([chapter], tmp_path / "out", jobs=1, timeout=300, progress=False, html=False)
    assert r.status == "passed", r.error
    executed = json.loads(Path(r.output).read_text())
    outputs = [o for c in executed["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert any("image/png" in o.get("data", {}) for o in outputs)


def test_write_chapters_writes_the_numbers_asked_for(tmp_path):
    chapters = {"01": ("01-a.ipynb", [("md", "# A"), ("params", "SMOKE = True")]),
                "02": ("02-b.ipynb", [("md", "# B")])}
    assert [p.name for p in write_chapters(tmp_path, chapters, ["02"])] == ["02-b.ipynb"]
    assert not (tmp_path / "01-a.ipynb").exists()
    assert [p.name for p in write_chapters(tmp_path, chapters)] == ["01-a.ipynb", "02-b.ipynb"]
    with pytest.raises(KeyError, match="03"):
        write_chapters(tmp_path, chapters, ["03"])
