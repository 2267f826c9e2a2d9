"""torch -> paddle prefix swap: tokens only, line numbers kept, errors located."""
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from paddlecamp.apicompat.swap import SwapSyntaxError, compare, compare_results, describe_error, run_swapped, snapshot, swap_source


def test_imports_and_aliases():
    src = textwrap.dedent("""\
        import torch
        import torch.nn as nn
        import torch.nn.functional as F
        from torch import nn
        from torch.nn import functional as F
        import torchvision, numpy as np
        """)
    assert swap_source(src) == textwrap.dedent("""\
        import paddle
        import paddle.nn as nn
        import paddle.nn.functional as F
        from paddle import nn
        from paddle.nn import functional as F
        import torchvision, numpy as np
        """)


def test_attribute_chains_strings_and_comments_untouched():
    src = ('y = torch.nn.functional.relu(torch.abs(x))  # torch.abs here\n'
           's = "torch.max"; t = f"{torch.__name__} torch"\n'
           'z = obj.torch + my_torch + torch_x\n')
    out = swap_source(src)
    lines = out.splitlines()
    assert lines[0] == 'y = paddle.nn.functional.relu(paddle.abs(x))  # torch.abs here'
    assert lines[1].startswith('s = "torch.max"; t = f"{paddle.__name__} torch"') or lines[1].startswith('s = "torch.max"')
    assert lines[2] == 'z = obj.torch + my_torch + torch_x'


def test_line_numbers_kept_for_multiline_code():
    src = "import torch\nx = torch.ones(\n    2,\n    3)\n\n# comment\ny = torch.zeros(1)\n"
    out = swap_source(src)
    assert out.count("\n") == src.count("\n")
    assert out.splitlines()[6] == "y = paddle.zeros(1)"


def test_syntax_error_names_file_and_line():
    with pytest.raises(SwapSyntaxError, match=r"case\.py:3: syntax error"):
        swap_source("import torch\nx = 1\ny = (torch.ones(2)\n", "case.py")


def test_run_swapped_returns_numpy_with_meta():
    r = run_swapped("import torch\nx = torch.tensor([1.0, -2.0])\nx.stop_gradient = False\ny = torch.abs(x)\n", ["y"])
    assert r["ok"], r["error"]
    y = r["results"]["y"]
    assert y["lib"] == "paddle" and y["dtype"] == "float32" and y["shape"] == [2]
    np.testing.assert_array_equal(y["array"], [1.0, 2.0])
    assert y["requires_grad"] is True


def test_run_swapped_reports_api_argument_and_line():
    r = run_swapped("import torch\nx = torch.tensor([[1, 2], [3, 4]])\n\ny = torch.max(x, dim=1)\n", ["y"], filename="m.py")
    assert not r["ok"]
    e = r["error"]
    assert (e["api"], e["arg"], e["line"], e["file"]) == ("paddle.max", "dim", 4, "m.py")


def test_describe_error_tensor_method():
    code = "x = 1\nx.foo(3)\n"
    try:
        exec(compile(code, "f.py", "exec"), {})
    except Exception as e:  # noqa: BLE001
        d = describe_error(e, code, "f.py")
    assert d["line"] == 2 and d["api"] == "paddle.Tensor.foo" and d["exc_type"] == "AttributeError"


def _t(a, rg=False, dtype=None):
    a = np.asarray(a)
    return {"kind": "tensor", "lib": "x", "array": a, "dtype": dtype or str(a.dtype), "shape": list(a.shape), "requires_grad": rg}


def test_compare_semantics_like_apibase():
    compare(_t([1.0, 2.0]), _t([1.0, 2.0 + 1e-7]))
    with pytest.raises(AssertionError, match="value"):
        compare(_t([1.0, 2.0]), _t([1.0, 2.1]))
    compare(_t([1.0, 2.0]), _t([1.0, 2.1]), check_value=False)
    with pytest.raises(AssertionError, match="dtype"):
        compare(_t(np.array([1], np.int64)), _t(np.array([1], np.int32)))
    compare(_t(np.array([1], np.int64)), _t(np.array([1], np.int32)), check_dtype=False)
    with pytest.raises(AssertionError, match="shape"):
        compare(_t([[1.0, 2.0]]), _t([1.0, 2.0]))
    compare(_t([[1.0, 2.0]]), _t([1.0, 2.0]), check_shape=False)
    with pytest.raises(AssertionError, match="stop_gradient"):
        compare(_t([1.0], rg=True), _t([1.0], rg=False))
    compare(_t([1.0], rg=True), _t([1.0], rg=False), check_stop_gradient=False)
    seq = {"kind": "seq", "type": "tuple", "items": [_t([1.0]), _t([2])]}
    compare(seq, {"kind": "seq", "type": "list", "items": [_t([1.0]), _t([2])]})
    with pytest.raises(AssertionError, match="list/tuple"):
        compare(seq, _t([1.0]))
    compare(snapshot(True), snapshot(True))
    with pytest.raises(AssertionError, match="type"):
        compare(snapshot(1), snapshot(1.0))
    recs = compare_results({"a": _t([1.0])}, {})
    assert recs[0]["kind"] == "missing"


CLI = "import sys; from paddlecamp.cli import main; sys.exit(main(sys.argv[1:]))"


def test_cli_swap_run_compare(tmp_path):
    ok = tmp_path / "ok.py"
    ok.write_text("import torch\nx = torch.tensor([1.0, -2.0, 3.0])\ny = torch.abs(x) * 2\nz = torch.sum(y)\n")
    p = subprocess.run([sys.executable, "-c", CLI, "apicompat", "swap-run", str(ok), "--compare"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "3/3 tensors agree" in p.stdout
    bad = tmp_path / "bad.py"
    bad.write_text("import torch\nx = torch.tensor([[1, 2], [3, 4]])\n\nv = torch.max(x, dim=1)\n")
    p = subprocess.run([sys.executable, "-c", CLI, "apicompat", "swap-run", str(bad)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    assert f"{bad}:4" in p.stdout and "api: paddle.max" in p.stdout and "argument: dim" in p.stdout


def test_pick_api_prefers_what_the_message_names():
    from paddlecamp.apicompat.swap import pick_api
    line = "result = paddle.tensor([1.0, 2.0]).cauchy_(median=0.0)"
    assert pick_api(line, "cauchy_() got an unexpected keyword argument 'median'") == "paddle.Tensor.cauchy_"
    assert pick_api("y = paddle.linalg.foo(x)", "module 'paddle.linalg' has no attribute 'foo'") == "paddle.linalg.foo"
    assert pick_api("y = paddle.max(paddle.tensor([1]), dim=0)", "bad dim") == "paddle.max"
    assert pick_api("y = 1 + 2", "boom") is None


def test_pick_api_through_module_aliases():
    from paddlecamp.apicompat.swap import import_aliases, pick_api
    assert pick_api("m = nn.LogSoftmax(dim=1)", "__init__() got an unexpected keyword argument 'dim'") == "paddle.nn.LogSoftmax"
    code = "import paddle\nimport paddle.nn.functional as G\nfrom paddle import linalg as la\n"
    al = import_aliases(code)
    assert al == {"G": "paddle.nn.functional", "la": "paddle.linalg"}
    assert pick_api("y = G.relu(x)", "boom", al) == "paddle.nn.functional.relu"


def test_pick_api_property_called_as_method():
    from paddlecamp.apicompat.swap import pick_api
    line = "x = paddle.arange(15).reshape([3, 5]).type(paddle.float32)"
    assert pick_api(line, "'paddle.base.libpaddle.VarType' object is not callable") == "paddle.Tensor.type"


def test_strict_shape_compares_shapes_without_values():
    import numpy as np
    from paddlecamp.apicompat.swap import Mismatch, compare
    a = {"kind": "ndarray", "array": np.zeros((2, 3))}
    b = {"kind": "ndarray", "array": np.ones((3, 2))}
    compare(a, b, check_value=False)  # apibase: shapes only with values
    with pytest.raises(Mismatch, match="shape"):
        compare(a, b, check_value=False, strict_shape=True)
