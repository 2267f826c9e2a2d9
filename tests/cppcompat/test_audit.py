"""The audit: error attribution in a batched unit, value comparison, and a real run on paddle
(the CI subset: syntax check, one batched module, a crash that costs only its own probe)."""
from __future__ import annotations

import json

import pytest

from paddlecamp import repo_path
from paddlecamp.cppcompat import audit, audit_report, probes
from paddlecamp.cppcompat.audit import Span

UNIT = "/build/pcaudit-x/probes.cpp"
SPANS = {"a": Span(5, 7), "b": Span(9, 11), "c": Span(13, 15)}
LOG = f"""\
{UNIT}: In function 'at::Tensor probe_a(at::Tensor, at::Tensor, at::Tensor)':
{UNIT}:6:12: error: 'class at::Tensor' has no member named 'sum'
    6 |   return x.sum();
      |            ^~~
{UNIT}:6:20: error: a second error of the same probe
/site/paddle/include/ATen/core/TensorBase.h: In instantiation of 'T* at::TensorBase::data_ptr() const [with T = foo]':
{UNIT}:10:20:   required from here
/site/paddle/include/ATen/core/TensorBase.h:80:5: error: no matching function for call to 'bar'
/site/paddle/include/c10/util/Exception.h:40:3: error: 'scalar_t' was not declared in this scope
{UNIT}:14:3: note: in expansion of macro 'AT_DISPATCH_FLOATING_TYPES'
"""


def test_first_error_per_probe_follows_unit_lines_instantiations_and_macros():
    errors = audit.first_errors(LOG, UNIT, SPANS)
    assert errors == {
        "a": "probe:2: 'class at::Tensor' has no member named 'sum'",
        "b": "ATen/core/TensorBase.h:80: no matching function for call to 'bar'",
        "c": "c10/util/Exception.h:40: 'scalar_t' was not declared in this scope",
    }


def test_translation_unit_spans_point_at_each_probe():
    catalogue = {p.id: p for p in probes.load_probes()}
    chosen = [catalogue["zeros"], catalogue["library_def_impl"]]
    text, spans = audit.translation_unit(chosen, ["ATen/Parallel.h"])
    lines = text.splitlines()
    assert "#include <ATen/Parallel.h>" in lines
    assert lines[spans["zeros"].first - 1].startswith("at::Tensor probe_zeros(")
    assert lines[spans["library_def_impl"].last - 1].startswith("TORCH_LIBRARY(pcp_lib_def")


def test_same_value_compares_dtype_shape_and_values():
    t = {"tensor": True, "dtype": "float32", "shape": [2], "values": [1.0, float("nan")]}
    assert audit.same_value(dict(t), t)
    assert not audit.same_value(dict(t, dtype="float64"), t)
    assert not audit.same_value(dict(t, shape=[2, 1]), t)
    assert not audit.same_value(dict(t, values=[1.1, float("nan")]), t)
    assert audit.same_value([3, 4], [3, 4]) and not audit.same_value([3, 4], [4, 3])
    assert not audit.same_value(1, True)


def test_expected_errors_match_on_the_message():
    probe = probes.Probe(id="p", category="c", api="a", body="TORCH_CHECK(false, \"boom\");", returns="none",
                         raises="boom 7")
    assert audit._judge(probe, None, {"error": "RuntimeError: boom 7 at x.cpp:3"}, None).status == "pass"
    assert audit._judge(probe, None, {"error": "RuntimeError: other"}, None).status == "mismatch"
    assert audit._judge(probe, None, {"value": None}, None).status == "mismatch"


def ci_probes_with_a_crash() -> list[probes.Probe]:
    """The CI subset plus a probe that dereferences null and one after it (same list in
    test_shims.py, so the paddle module is built once for both files)."""
    crash = probes.Probe(id="crash_here", category="test", api="null dereference", returns="int", reference="0",
                         body="volatile int* p = nullptr; *p = 1; return 0;")
    after = probes.Probe(id="fine_after_crash", category="test", api="clone", body="return y.clone();", reference="y")
    return probes.select(probes.load_probes(), "ci") + [crash, after]


@pytest.fixture(scope="module")
def paddle_ci():
    return audit.audit(ci_probes_with_a_crash(), only_variants=["paddle"], progress=False)


def test_paddle_ci_subset_finds_the_known_gaps(paddle_ci):
    cells = paddle_ci.outcomes["paddle"]
    for passing in ("zeros", "index_select", "accessor_2d", "to_double", "at_cat"):
        assert cells[passing].status == "pass", (passing, cells[passing])
    assert cells["op_add"].status == "compile-error" and "operator+" in cells["op_add"].error
    assert cells["at_matmul"].status == "compile-error" and "matmul" in cells["at_matmul"].error
    assert cells["sum_all"].error.startswith("probe:2:")   # line 2 of Probe.cpp(): the body
    assert cells["parallel_for"].error == "probe:0: ATen/Parallel.h: No such file or directory"
    # the TORCH_CHECK message crosses into Python intact
    assert cells["torch_check_fail"].status == "pass"
    # paddle's Tensor::index hard-codes two axes: compiles, fails at run time
    assert cells["index_slice_range"].status == "runtime-error"
    assert "op_add" in {p.id for p, _ in paddle_ci.gaps("paddle")}


def test_a_crashing_probe_costs_only_itself(paddle_ci):
    cells = paddle_ci.outcomes["paddle"]
    assert cells["crash_here"].status == "crash" and "process died" in cells["crash_here"].error
    assert cells["fine_after_crash"].status == "pass"


def test_committed_full_audit_is_consistent():
    data = json.loads(repo_path("data", "results", "cppcompat_audit_2026-12-01.json").read_text())
    assert data["bad_probes"] == []          # torch, the control, passes every probe it can
    assert len(data["probes"]) >= 150
    assert {"torch", "paddle", "paddle+shims"} <= set(data["variants"])
    total = {v: audit_report.counts(data, v) for v in data["variants"]}
    assert total["torch"]["matches"] == total["torch"]["runnable"]
    assert total["paddle+shims"]["matches"] > total["paddle"]["matches"]
    assert set(audit_report.closed_by_shims(data)) >= {"op_add", "at_matmul", "sum_all"}


def test_errors_inside_an_extra_header_belong_to_the_probes_that_include_it():
    unit_text = "#include <torch/extension.h>\n#include <c10/cuda/CUDAGuard.h>\n" + "\n" * 20
    log = (f"In file included from /site/compat/c10/cuda/CUDAGuard.h:20,\n"
           f"                 from {UNIT}:2:\n"
           "/site/paddle/include/paddle/phi/core/platform/cuda_device_guard.h:35:24: error: 'phi::backends' has not been declared\n"
           "/site/compat/c10/cuda/CUDAGuard.h:49:41: error: 'backends' is not a member of 'phi'\n")
    errors = audit.first_errors(log, UNIT, SPANS, {"c10/cuda/CUDAGuard.h": ["b", "c"]}, unit_text)
    assert errors == {"b": "paddle/phi/core/platform/cuda_device_guard.h:35: 'phi::backends' has not been declared",
                      "c": "paddle/phi/core/platform/cuda_device_guard.h:35: 'phi::backends' has not been declared"}


def test_recorded_messages_name_headers_not_machine_paths():
    message = ("NotImplementedError: not supported (at /opt/env/site-packages/paddle/include/paddle/phi/api/include/"
               "compat/ATen/core/TensorBase.h:155) [/home/u/.cache/paddlecamp/cpp/audit-sources/probes-1a2b.cpp:9]")
    assert audit.scrub_paths(message) == "NotImplementedError: not supported (at ATen/core/TensorBase.h:155) [probes-1a2b.cpp:9]"
