"""The shims in kernels/cpp/compat_ext, verified by the audit itself: the CI subset on paddle
with and without them (same probes, same references)."""
from __future__ import annotations

import pytest

from paddlecamp.cppcompat import audit, probes

CLOSED_BY_SHIMS = ("op_add", "op_scalar_affine", "method_add", "at_add", "exp", "sum_all", "sum_dim", "at_matmul",
                   "dispatch_floating", "std_optional_tensor", "parallel_for", "library_def_impl")


def ci_probes_with_a_crash() -> list[probes.Probe]:
    """Exactly test_audit.py's probe list, so that the paddle module built there is reused here."""
    crash = probes.Probe(id="crash_here", category="test", api="null dereference", returns="int", reference="0",
                         body="volatile int* p = nullptr; *p = 1; return 0;")
    after = probes.Probe(id="fine_after_crash", category="test", api="clone", body="return y.clone();", reference="y")
    return probes.select(probes.load_probes(), "ci") + [crash, after]


@pytest.fixture(scope="module")
def both():
    return audit.audit(ci_probes_with_a_crash(), shims=True, only_variants=["paddle", "paddle+shims"], progress=False)


def test_shims_close_the_arithmetic_reduction_matmul_dispatch_gaps(both):
    plain, shimmed = both.outcomes["paddle"], both.outcomes["paddle+shims"]
    for probe_id in CLOSED_BY_SHIMS:
        assert plain[probe_id].status != "pass", probe_id
        assert shimmed[probe_id].status == "pass", (probe_id, shimmed[probe_id])


def test_shims_keep_what_already_passed(both):
    plain, shimmed = both.outcomes["paddle"], both.outcomes["paddle+shims"]
    regressions = [pid for pid, cell in plain.items() if cell.status == "pass" and shimmed[pid].status != "pass"]
    assert regressions == []


def test_gain_is_counted_per_measure(both):
    before, after = both.counts("paddle"), both.counts("paddle+shims")
    assert after["compiles"] - before["compiles"] >= len(CLOSED_BY_SHIMS) - 1   # parallel_for: header, not code
    assert after["matches"] - before["matches"] >= len(CLOSED_BY_SHIMS)


def test_paddle_bug_the_shims_cannot_reach_stays_visible(both):
    # at::Tensor::index (paddle's own member) slices two axes whatever it is given
    assert both.outcomes["paddle+shims"]["index_slice_range"].status == "runtime-error"


def test_shim_flags_put_the_shadow_headers_first():
    flags = audit.shim_flags()
    assert flags[0] == f"-I{audit.shims_dir()}"
    assert flags[1:] == ["-include", str(audit.shims_dir() / "shims.h")]
    shadowed = {p.relative_to(audit.shims_dir()).as_posix() for p in audit.shim_headers()}
    assert {"ATen/core/TensorBase.h", "ATen/core/TensorBody.h", "ATen/Dispatch.h", "ATen/Parallel.h"} <= shadowed
