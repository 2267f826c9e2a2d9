"""Paddle GraphNet samples: parse without running, serialize back, run with Paddle, compare.

The fixtures are 16 published samples (see fixtures/graphnet/README.md for origin and licence).
"""
from __future__ import annotations

import operator
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from paddlecamp.graphs.equal import graph_equal
from paddlecamp.graphs.paddle_parse import PaddlePlace, as_outputs, import_paddle, parse_paddle_model
from paddlecamp.graphs.paddle_roundtrip import (
    compare_outputs, flatten_outputs, input_names, make_arrays, read_paddle_sample,
    roundtrip_paddle_sample, run_paddle_graph, semantics_paddle_sample, to_paddle,
)
from paddlecamp.graphs.paddle_serialize import serialize_paddle
from paddlecamp.graphs.parse import ParseError
from paddlecamp.graphs.sample import TensorMeta

paddle = import_paddle()

FIXTURES = Path(__file__).parent / "fixtures" / "graphnet" / "paddle"
SAMPLES = sorted(p.parent for p in FIXTURES.rglob("model.py"))
SLOW = {"PaddleX/FasterRCNN-Swin-Tiny-FPN/subgraph_19", "PaddleX/PP-OCRv3_mobile_rec/subgraph_4"}


def _id(p: Path) -> str:
    return p.relative_to(FIXTURES).as_posix()


def _param(p: Path):
    return pytest.param(p, id=_id(p), marks=[pytest.mark.slow] if _id(p) in SLOW else [])


def _graph(rel: str):
    f = FIXTURES / rel / "model.py"
    return parse_paddle_model(f.read_text(encoding="utf-8"), f)


def test_fixture_set_covers_three_sources():
    assert len(SAMPLES) == 16
    assert {_id(p).split("/")[0] for p in SAMPLES} == {"PaddleX", "PaddleNLP", "PaddleScience"}


@pytest.mark.parametrize("path", [_param(p) for p in SAMPLES])
def test_published_sample_round_trips_bitwise(path):
    res = roundtrip_paddle_sample(path, timeout=120)
    assert res.error is None, res.error
    assert res.structural_equal and res.fixed_point and res.hash_stable
    assert res.max_abs_err == 0.0 and res.ok


def test_lambda_idiom_becomes_as_outputs_and_getitem_and_comes_back():
    g = _graph("PaddleX/Mask-RT-DETR-S/subgraph_3")
    outs = [n for n in g.nodes if n.target is as_outputs]
    assert outs and all(n.args[1] == 5 for n in outs)  # batch_norm: (out, None x 5)
    first = outs[0]
    assert first.args[0].target is paddle._C_ops.batch_norm
    assert [u.target for u in first.users] == [operator.getitem] * 6
    assert [u.name for u in first.users][:2] == ["batch_norm__0", "batch_norm__1"]
    text = serialize_paddle(g)
    assert ("= (lambda x, f: f(x))(paddle._C_ops.batch_norm(" in text
            and "else (out, None, None, None, None, None))" in text)
    assert graph_equal(parse_paddle_model(text, "again.py"), g)


def test_lambda_idiom_with_trailing_none_tuple():
    g = _graph("PaddleX/PP-OCRv3_mobile_rec/subgraph_4")
    pads = [n for n in g.nodes if n.target is operator.add and isinstance(n.args[0], type(n))
            and n.args[0].target is as_outputs]
    assert len(pads) == 1 and pads[0].args[1] == (None,)
    text = serialize_paddle(g)
    assert "else (out, None, None, None)) + (None,)" in text
    assert graph_equal(parse_paddle_model(text, "again.py"), g)


def test_places_fold_to_constants_and_dtypes_stay_paddle_dtypes():
    g = _graph("PaddleX/FasterRCNN-ResNet50/subgraph_6")
    consts = [a for n in g.nodes for a in n.args if isinstance(a, PaddlePlace)]
    assert PaddlePlace("paddle.core.CPUPlace") in consts
    g2 = _graph("PaddleX/PP-YOLOE-R-L/subgraph_2")
    full = next(n for n in g2.nodes if n.target is paddle._C_ops.full)
    assert full.args[1:] == (0.0, paddle.int64, PaddlePlace("paddle.framework._current_expected_place"))
    assert "paddle.framework._current_expected_place()" in serialize_paddle(g2)


def test_del_alias_unpack_and_expressions():
    g = _graph("PaddleX/DETR-R50/subgraph_4")  # `assign_0 = full_int_array_0`: constants, no nodes
    assert [n.op for n in g.nodes].count("call_function") == 2
    text = serialize_paddle(g)
    assert "del data_0\n" in text and "assign_0" not in text
    g = _graph("PaddleX/PicoDet-S/subgraph_21")  # (split_0, ..., split_3) = split_4
    items = [n for n in g.nodes if n.target is operator.getitem]
    assert [n.name for n in items] == ["split_0", "split_1", "split_2", "split_3"]
    assert "split_0, split_1, split_2, split_3 = split_4" in serialize_paddle(g)
    g = _graph("PaddleX/PP-YOLOE_plus-S/subgraph_4")
    text = serialize_paddle(g)
    assert " % paddle.cast(" in text and ".dtype)" in text


def test_serialize_is_fixed_point_and_graph_equal_catches_changes():
    g = _graph("PaddleX/SOLOv2/subgraph_5")
    t1 = serialize_paddle(g)
    assert serialize_paddle(parse_paddle_model(t1, "t1.py")) == t1
    assert 'float("100.0")' in t1
    changed = parse_paddle_model(t1.replace('float("100.0")', 'float("101.0")'), "t2.py")
    diff = graph_equal(g, changed)
    assert not diff and "args" in diff.difference


def test_numeric_check_sees_a_changed_op():
    f = FIXTURES / "PaddleX/SOLOv2/subgraph_5/model.py"
    sample = read_paddle_sample(f.parent)
    g1 = parse_paddle_model(sample.model_source, f)
    g2 = parse_paddle_model(sample.model_source.replace("argsort(data_1, -1, True", "argsort(data_1, -1, False"), f)
    names = input_names(g1)
    arrays = make_arrays(names, sample.all_meta(), seed=0)
    dtypes = {n: sample.all_meta()[n].dtype for n in names}
    a = flatten_outputs(run_paddle_graph(g1, to_paddle(arrays, dtypes)))
    b = flatten_outputs(run_paddle_graph(g2, to_paddle(arrays, dtypes)))
    assert compare_outputs(a, a) == (True, 0.0)
    same, err = compare_outputs(a, b)
    assert not same and err > 0


def test_inputs_follow_meta_and_seed():
    metas = {
        "w": TensorMeta("w", [1000], "float32", mean=0.5, std=0.1, extra={"min_val": 0.3, "max_val": 0.6}),
        "ids": TensorMeta("ids", [4, 50], "int64", extra={"min_val": 3, "max_val": 7}),
        "d": TensorMeta("d", [2, 2], "int32", data=[1, 2, 3, 4]),
        "m": TensorMeta("m", [8], "bool"),
    }
    a = make_arrays(list(metas), metas, seed=1)
    assert a["w"].dtype == np.float32 and a["w"].min() >= 0.3 and a["w"].max() <= 0.6
    assert abs(float(a["w"].mean()) - 0.5) < 0.02
    assert a["ids"].dtype == np.int64 and a["ids"].min() == 3 and a["ids"].max() == 7
    assert a["d"].tolist() == [[1, 2], [3, 4]] and a["d"].dtype == np.int32
    assert a["m"].dtype == bool
    b = make_arrays(list(metas), metas, seed=1)
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not np.array_equal(a["w"], make_arrays(["w"], metas, seed=2)["w"])


def test_paddle_meta_reads_float_strings_and_data():
    s = read_paddle_sample(FIXTURES / "PaddleNLP/uer_chinese-roberta-tiny")
    m = s.all_meta()
    assert m["data_0"].dtype == "int64" and m["data_0"].data[:2] == [101, 3614]
    p = next(x for x in s.weight_meta if x.mean is not None)
    assert isinstance(p.mean, float) and isinstance(p.extra["min_val"], float)


@pytest.mark.parametrize("rel", [pytest.param("PaddleX/DETR-R50/subgraph_4", marks=pytest.mark.slow),
                                 "PaddleX/TimesNet_cls/subgraph_1"])
def test_semantics_match_the_original_model(rel):
    # TimesNet_cls runs dropout with is_test=False: both sides seed Paddle before the forward.
    res = semantics_paddle_sample(FIXTURES / rel, timeout=120)
    assert res["error"] is None, res["error"]
    assert res["semantic_ok"] and res["max_abs_err"] == 0.0


@pytest.mark.slow
@pytest.mark.parametrize("path", [pytest.param(p, id=_id(p)) for p in SAMPLES])
def test_semantics_match_on_every_fixture(path):
    res = semantics_paddle_sample(path, timeout=240)
    assert res["semantic_ok"], res["error"]


# --------------------------------------------------------------------------- refusals

BASE = '''import paddle


class GraphModule(paddle.nn.Layer):
    def __init__(self):
        super().__init__()

    def forward(self, data_0):
        relu_0 = paddle._C_ops.relu(data_0)
        {line}
        return relu_0
'''
LINE = 10  # the line {line} lands on


@pytest.mark.parametrize("line,message", [
    ('x = paddle.load("w.pdparams")', "'paddle.load' is not allowed"),
    ('x = __import__("os")', "'__import__' is not allowed"),
    ("x = (lambda y: y)(relu_0)", "lambda is only allowed"),
    ("x, y = (lambda x, f: f(x))(paddle._C_ops.relu(relu_0), lambda out: (out, None))",
     "lambda is only allowed"),
    ("x, y = (lambda x, f: f(x))(paddle._C_ops.relu(relu_0), "
     "lambda out: out if isinstance(out, (list, tuple)) else (out, 1))", "lambda is only allowed"),
    ("x = [y for y in relu_0]", "unsupported expression ListComp"),
    ('x = getattr(relu_0, "numpy")()', "getattr(relu_0, 'numpy')"),
    ("x = relu_0.numpy()", "'relu_0.numpy' is not allowed"),
    ("x = relu_0.__class__", "attribute '__class__' is not allowed"),
    ('x = paddle._C_ops.read_file("/etc/passwd")', "'paddle._C_ops.read_file' is not an allowed"),
    ("x = paddle._C_ops.no_such_op(relu_0)", "'paddle._C_ops.no_such_op' is not an allowed"),
    ("x = paddle._C_ops.__dict__", "not allowed"),
    ("x = paddle.core.CPUPlace(1)", "takes 0 int constant"),
    ('x = float("abc")', "float(...) takes one number"),
    ("del relu_0", "'relu_0' is used after `del`"),
    ("if relu_0:\n            pass", "unsupported statement If"),
    ("paddle = relu_0", "would shadow"),
])
def test_refused_constructs_name_file_and_line(line, message):
    with pytest.raises(ParseError) as exc:
        parse_paddle_model(BASE.format(line=line), "bad/model.py")
    text = str(exc.value)
    assert message in text
    want = LINE + 1 if line.startswith("del") else LINE
    assert text.startswith(f"bad/model.py:{want}:"), text


@pytest.mark.parametrize("src,line,message", [
    (BASE.format(line="pass").replace("import paddle\n", "import paddle\nimport os\n"), 2, "import of 'os' is not allowed"),
    (BASE.format(line="pass").replace("import paddle\n", "from paddle.vision.models import squeezenet1_1\n"),
     1, "import from 'paddle.vision.models'"),
    (BASE.format(line="pass").replace("paddle.nn.Layer", "torch.nn.Module"), 4, "derive from paddle.nn.Layer"),
    (BASE.format(line="pass").replace("super().__init__()", "super().__init__()\n        self.m = 1"), 7,
     "__init__ may only call"),
    (BASE.format(line="pass").replace("def forward(self, data_0)", "def forward(self, *args)"), 8,
     "plain positional arguments"),
])
def test_refused_module_shapes(src, line, message):
    with pytest.raises(ParseError) as exc:
        parse_paddle_model(src, "bad/model.py")
    assert str(exc.value).startswith(f"bad/model.py:{line}:") and message in str(exc.value)


META = 'class Program_weight_tensor_data_0:\n    name = "data_0"\n    shape = [2]\n    dtype = "float32"\n    data = None\n'


def _hostile_sample(tmp_path: Path, model: str) -> Path:
    d = tmp_path / "hostile"
    d.mkdir()
    (d / "model.py").write_text(model, encoding="utf-8")
    (d / "weight_meta.py").write_text(META, encoding="utf-8")
    (d / "input_meta.py").write_text("", encoding="utf-8")
    return d


@pytest.mark.parametrize("body,line", [
    ('x = __import__("pathlib").Path(r"{marker}").touch()', LINE),
    ('x = (lambda: open(r"{marker}", "w").close())()', LINE),
    ('x = paddle.load(r"{marker}")', LINE),
])
def test_hostile_forward_is_refused_and_never_run(tmp_path, body, line):
    marker = tmp_path / "marker"
    d = _hostile_sample(tmp_path, BASE.format(line=body.format(marker=marker)))
    rt = roundtrip_paddle_sample(d)
    sem = semantics_paddle_sample(d)
    assert not rt.ok and f"model.py:{line}:" in rt.error
    assert not sem["semantic_ok"] and f"model.py:{line}:" in sem["error"]
    assert not marker.exists()


def test_hostile_module_level_code_is_refused_and_never_run(tmp_path):
    marker = tmp_path / "marker"
    src = f'open(r"{marker}", "w").close()\nraise SystemExit(0)\n' + BASE.format(line="pass")
    d = _hostile_sample(tmp_path, src)
    sem = semantics_paddle_sample(d)
    assert not sem["semantic_ok"] and "model.py:1: unsupported top-level statement Expr" in sem["error"]
    assert not marker.exists()
    # Control: running the file does create the marker, so the check above can fail.
    subprocess.run([sys.executable, str(d / "model.py")], check=True, timeout=60)
    assert marker.exists()


# --------------------------------------------------------------------------- op preconditions

ROI_MODEL = '''import paddle


class GraphModule(paddle.nn.Layer):
    def __init__(self):
        super().__init__()

    def forward(self, data_0, data_1, data_2, data_3):
        full_0 = paddle._C_ops.full(
            [1], float("0"), paddle.int32, paddle.core.CPUPlace()
        )
        combine_0 = [data_0, data_1]
        del data_0, data_1
        concat_0 = paddle._C_ops.concat(combine_0, full_0)
        del combine_0, full_0
        cast_0 = paddle._C_ops.cast(data_2, paddle.int32)
        del data_2
        roi_align_0 = paddle._C_ops.roi_align(
            data_3, concat_0, cast_0, 2, 2, float("0.5"), -1, True
        )
        del data_3, concat_0, cast_0
        return roi_align_0
'''
ROI_META = "".join(
    f'class Program_weight_tensor_{n}:\n    name = "{n}"\n    shape = {shape}\n    dtype = "{dt}"\n{extra}'
    f"    data = {data}\n\n\n"
    for n, shape, dt, extra, data in (
        ("data_0", [6, 4], "float32", '    max_val = float("15.0")\n    mean = float("7.0")\n    std = float("5.0")\n', None),
        ("data_1", [6, 4], "float32", '    max_val = float("15.0")\n    mean = float("8.0")\n    std = float("5.0")\n', None),
        ("data_2", [2], "int64", "", [6, 6]),
        ("data_3", [2, 3, 8, 8], "float32", '    mean = float("0.0")\n    std = float("1.0")\n', None)))


def _sample_dir(tmp_path: Path, model: str, meta: str) -> Path:
    d = tmp_path / "sample"
    d.mkdir()
    (d / "model.py").write_text(model, encoding="utf-8")
    (d / "input_meta.py").write_text(meta, encoding="utf-8")
    (d / "weight_meta.py").write_text("", encoding="utf-8")
    (d / "graph_net.json").write_text('{"framework": "paddle"}', encoding="utf-8")
    return d


def test_boxes_reaching_roi_align_are_drawn_in_order(tmp_path):
    from paddlecamp.graphs.paddle_roundtrip import box_inputs, graph_arrays, valid_boxes

    d = _sample_dir(tmp_path, ROI_MODEL, ROI_META)
    graph = parse_paddle_model(ROI_MODEL, d / "model.py")
    assert box_inputs(graph) == ["data_0", "data_1"]   # through concat; not the image or counts
    metas = read_paddle_sample(d).all_meta()
    names = input_names(graph)
    raw = make_arrays(names, metas, seed=0)
    # N(7, 5) draws: unordered boxes (x2 < x1), which Paddle's CPU roi_align aborts on
    assert any((raw[n][:, 2] < raw[n][:, 0]).any() for n in ("data_0", "data_1"))
    fixed = graph_arrays(graph, names, metas, seed=0)
    for n in ("data_0", "data_1"):
        a, b = raw[n], fixed[n]
        assert (b[:, 0] <= b[:, 2]).all() and (b[:, 1] <= b[:, 3]).all()
        assert np.array_equal(np.sort(a[:, [0, 2]], 1), b[:, [0, 2]])   # the same values, in order
        assert np.array_equal(np.sort(a[:, [1, 3]], 1), b[:, [1, 3]])
    assert np.array_equal(raw["data_3"], fixed["data_3"]) and np.array_equal(raw["data_2"], fixed["data_2"])
    assert valid_boxes({"x": np.ones((2, 3))}, ["x"])["x"].shape == (2, 3)   # not boxes: untouched
    res = semantics_paddle_sample(d, timeout=120)
    assert res["semantic_ok"] and res["max_abs_err"] == 0.0, res["error"]


SYNC_BN_MODEL = '''import paddle


class GraphModule(paddle.nn.Layer):
    def __init__(self):
        super().__init__()

    def forward(self, parameter_0, parameter_1, parameter_2, parameter_3, data_0):
        (
            sync_batch_norm__0,
            sync_batch_norm__1,
            sync_batch_norm__2,
            sync_batch_norm__3,
            sync_batch_norm__4,
            sync_batch_norm__5,
        ) = (lambda x, f: f(x))(
            paddle._C_ops.sync_batch_norm_(
                data_0,
                parameter_3,
                parameter_2,
                parameter_1,
                parameter_0,
                True,
                float("0.9"),
                float("1e-05"),
                "NCHW",
                False,
                False,
            ),
            lambda out: out
            if isinstance(out, (list, tuple))
            else (out, None, None, None, None, None),
        )
        del data_0, parameter_0, parameter_1, parameter_2, parameter_3
        return sync_batch_norm__0
'''
SYNC_BN_META = "".join(
    f'class Program_weight_tensor_{n}:\n    name = "{n}"\n    shape = {shape}\n    dtype = "float32"\n'
    f'    min_val = float("{lo}")\n    max_val = float("{hi}")\n    data = None\n\n\n'
    for n, shape, lo, hi in (("parameter_0", [3], -1, 1), ("parameter_1", [3], 0.5, 2),
                             ("parameter_2", [3], 0.5, 2), ("parameter_3", [3], -1, 1),
                             ("data_0", [2, 3, 4, 4], -3, 3)))


def test_sync_batch_norm_runs_as_batch_norm_on_the_cpu(tmp_path):
    # No CPU kernel for sync_batch_norm: on one device it is batch norm, on both sides.
    d = _sample_dir(tmp_path, SYNC_BN_MODEL, SYNC_BN_META)
    graph = parse_paddle_model(SYNC_BN_MODEL, d / "model.py")
    metas = read_paddle_sample(d).all_meta()
    names = input_names(graph)
    arrays = make_arrays(names, metas, seed=0)
    ins = to_paddle(arrays, {n: "float32" for n in names})
    with pytest.raises(Exception, match="sync_batch_norm"):
        paddle._C_ops.sync_batch_norm_(ins["data_0"], ins["parameter_3"], ins["parameter_2"],
                                       ins["parameter_1"], ins["parameter_0"], True, 0.9, 1e-5,
                                       "NCHW", False, False)
    got = flatten_outputs(run_paddle_graph(graph, ins))[0]
    x, mean, var = arrays["data_0"], arrays["parameter_3"], arrays["parameter_2"]
    scale, bias = arrays["parameter_1"], arrays["parameter_0"]
    want = (x - mean[:, None, None]) / np.sqrt(var[:, None, None] + 1e-5) * scale[:, None, None] + bias[:, None, None]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)   # inference batch norm, by hand
    res = semantics_paddle_sample(d, timeout=120)
    assert res["semantic_ok"] and res["max_abs_err"] == 0.0, res["error"]


def test_input_cap_of_the_corpus_runner_reaches_paddle_samples():
    # --max-input-gib caps Paddle samples as it caps torch ones (through roundtrip_sample and
    # semantics_sample): over the cap, no numeric check runs and the sample does not pass.
    from paddlecamp.graphs.roundtrip import roundtrip_sample
    from paddlecamp.graphs.semantics import semantics_sample

    path = FIXTURES / "PaddleX/TimesNet_cls/subgraph_1"
    sem = semantics_sample(path, timeout=120, max_input_gib=1e-9)
    rt = roundtrip_sample(path, timeout=120, numeric=True, max_input_gib=1e-9)
    assert not sem.semantic_ok and sem.skipped and "semantics check skipped" in sem.error
    assert not rt.ok and "skipped" in rt.error and "limit 0.0 GB" in rt.error
    assert roundtrip_sample(path, timeout=120, numeric=True, max_input_gib=1.0).ok
