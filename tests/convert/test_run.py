"""``convert run``: never writes invalid Python, reports file and line, continues past bad files."""
from __future__ import annotations

import json
import textwrap

import pytest

from paddlecamp.convert.run import KEEP_MARKER, UNSUPPORTED_MARK, convert, import_table, output_problems

UNSUPPORTED = textwrap.dedent("""\
    import torch
    x = torch.ones(3)
    opt = torch.optim.SGD([x], 0.1, 0.9, 0.5)
    y = x * 2
    """)
GOOD = "import torch\nx = torch.ones(2, 3)\ny = torch.kl_div(x, x, 2)\n"
BAD_SYNTAX = "import torch\nx = torch.ones(2)\ny = (x +\n"


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """One directory run (one PaConvert call): a good file, a syntax error, an unsupported line,
    a nested file and a data file."""
    src = tmp_path_factory.mktemp("src")
    (src / "pkg").mkdir()
    (src / "good.py").write_text(GOOD)
    (src / "bad.py").write_text(BAD_SYNTAX)
    (src / "pkg" / "uns.py").write_text(UNSUPPORTED)
    (src / "pkg" / "also_good.py").write_text("import torch.nn as nn\nlayer = nn.Linear(2, 3)\n")
    (src / "notes.txt").write_text("not python")
    out = tmp_path_factory.mktemp("out") / "converted"
    return src, out, convert(src, out, progress=False)


def test_directory_run_converts_the_rest(tree):
    src, out, report = tree
    status = {f.path: f.status for f in report.files}
    assert status == {"good.py": "converted", "bad.py": "syntax_error", "pkg/uns.py": "unsupported",
                      "pkg/also_good.py": "converted", "notes.txt": "copied"}
    assert not report.ok
    good = (out / "good.py").read_text()
    assert "paddle.nn.functional.kl_div" in good and "torch" not in good
    compile(good, "good.py", "exec")
    assert "paddle.nn.Linear" in (out / "pkg" / "also_good.py").read_text() or \
        "paddle.compat.nn.Linear" in (out / "pkg" / "also_good.py").read_text()
    assert (out / "notes.txt").read_text() == "not python"


def test_syntax_error_reported_with_file_and_line(tree):
    _, out, report = tree
    bad = next(f for f in report.files if f.path == "bad.py")
    assert not bad.written and not (out / "bad.py").exists()
    (p,) = bad.problems
    assert p.line == 3 and p.torch_line == "y = (x +" and "never closed" in p.message
    assert bad.describe()[0].startswith("bad.py:3: not valid Python")


def test_unsupported_line_reported_and_not_written(tree):
    _, out, report = tree
    uns = next(f for f in report.files if f.path == "pkg/uns.py")
    assert not uns.written and not (out / "pkg" / "uns.py").exists()
    (p,) = uns.problems
    assert p.line == 3 and p.torch_line == "opt = torch.optim.SGD([x], 0.1, 0.9, 0.5)"
    assert "torch.optim.SGD" in p.message and "dampening" in p.message


def test_keep_unsupported_writes_a_marked_file(tmp_path):
    src = tmp_path / "uns.py"
    src.write_text(UNSUPPORTED)
    report = convert(src, tmp_path / "out.py", keep_unsupported=True, progress=False)
    assert not report.ok and report.files[0].written
    text = (tmp_path / "out.py").read_text()
    assert text.splitlines()[0] == KEEP_MARKER
    assert [ln for ln in text.splitlines() if ln.startswith(UNSUPPORTED_MARK)] == [
        ">>>>>>opt = torch.optim.SGD([x], 0.1, 0.9, 0.5)"]


def test_output_problems_finds_marks_and_syntax_errors():
    assert output_problems("import paddle\nx = paddle.ones([2])\n") == []
    marked = output_problems("import paddle\n>>>>>>y = torch.foo(x)\n")
    assert marked == [(2, "y = torch.foo(x)", "PaConvert could not convert this line")]
    (line, text, msg), = output_problems("x = (1,\n")
    assert line == 1 and "not valid Python" in msg


def test_import_table_resolves_aliases():
    import ast
    tree = ast.parse("import torch\nimport torch.nn.functional as F\nfrom torch import optim as o\nfrom torch.special import entr\nimport numpy as np\n")
    assert import_table(tree) == {"torch": "torch", "F": "torch.nn.functional", "o": "torch.optim",
                                  "entr": "torch.special.entr"}


def test_cli_reports_and_exit_status(tmp_path, capsys):
    from paddlecamp.cli import main
    src = tmp_path / "uns.py"
    src.write_text(UNSUPPORTED)
    assert main(["convert", "run", str(src), str(tmp_path / "o.py"), "--json", "--no-progress"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {"unsupported": 1}
    assert data["files"][0]["problems"][0]["line"] == 3
    assert not (tmp_path / "o.py").exists()
    assert main(["convert", "run", str(tmp_path / "missing.py"), str(tmp_path / "o.py")]) == 2
    assert "missing.py: no such file" in capsys.readouterr().err


def test_paddle_names_the_installed_wheel_lacks_are_reported():
    from paddlecamp.convert.run import missing_paddle_apis
    code = "import paddle\nx = paddle.nn.MaxPool2d(2)\ny = paddle.nn.functional.relu\nz = paddle.compat.nn.Linear(2, 3).weight\n"
    assert missing_paddle_apis(code) == [(2, "paddle.nn.MaxPool2d")]
    assert missing_paddle_apis("import numpy as np\nx = np.zeros(2)\n") == []
