"""The example extensions built against torch and against paddle: same outputs, same errors.

Two builds per framework (portable_ops, library_ops), shared through the session fixture
``example_module`` and the on-disk build cache.
"""
from __future__ import annotations

import numpy as np
import pytest

from paddlecamp.cppcompat import examples

FRAMEWORKS = ("torch", "paddle")
CASES = examples.cases()


@pytest.fixture(scope="module")
def modules(example_module):
    return {(name, fw): example_module(name, fw) for name in examples.MODULES for fw in FRAMEWORKS}


def tensor(array, framework):
    return examples.to_framework(np.asarray(array), framework)


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_both_builds_match_the_reference_and_each_other(case, modules):
    (row,) = examples.parity([case], FRAMEWORKS, modules)
    assert row.max_abs["torch"] <= row.tolerance, row
    assert row.max_abs["paddle"] <= row.tolerance, row
    assert row.max_abs["torch_vs_paddle"] <= row.tolerance, row


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_ops_take_and_return_the_frameworks_own_tensors(framework, modules):
    module = modules[("portable_ops", framework)]
    x = tensor(np.ones((2, 3), "float16"), framework)
    out = module.axpby(x, x, 2.0, 1.0)
    assert type(out) is type(x)
    assert str(out.dtype).endswith("float16")  # the result's TensorOptions come from x
    assert np.array_equal(out.numpy(), np.full((2, 3), 3.0, "float16"))
    y, rstd = module.rms_norm_forward(tensor(np.ones((2, 4), "float16"), framework),
                                      tensor(np.ones(4, "float16"), framework))
    assert str(rstd.dtype).endswith("float32")  # statistics kept in float32 for half inputs


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_the_other_frameworks_tensor_is_rejected_by_pybind(framework, modules):
    other = "paddle" if framework == "torch" else "torch"
    module = modules[("portable_ops", framework)]
    with pytest.raises(TypeError, match="incompatible function arguments"):
        module.row_sum(tensor(np.ones((2, 2), "float32"), other))


BAD_CALLS = [
    ("checked_scale", lambda t: (t(np.ones((2, 2), "float64")), 1.0), "checked_scale: expected dtype float32, got Double"),
    ("checked_scale", lambda t: (t(np.ones((2, 2, 2), "float32")), 1.0),
     "checked_scale: expected a 2-D tensor, got 3-D with shape [2, 2, 2]"),
    ("checked_scale", lambda t: (t(np.ones((2, 2), "float32")), float("inf")), "checked_scale: scale must be finite, got inf"),
    ("broadcast_add", lambda t: (t(np.ones((3, 4), "float32")), t(np.ones((2, 1), "float32"))),
     "broadcast_add: shapes [3, 4] and [2, 1] are not broadcastable (dimension 0: 3 vs 2)"),
    ("row_sum", lambda t: (t(np.ones((2, 2), "int64")),), "row_sum: x must be float32, float64 or float16, got Long"),
    ("bias_gelu", lambda t: (t(np.ones((2, 3), "float32")), t(np.ones(4, "float32"))),
     "bias_gelu: bias must be 1-D with x.size(-1) = 3 elements, got shape [4]"),
    ("rms_norm_backward", lambda t: (t(np.ones((2, 3), "float32")), t(np.ones((2, 3), "float32")),
                                     t(np.ones(3, "float32")), t(np.ones(2, "float64"))),
     "rms_norm_backward: rstd must be Float (as returned by rms_norm_forward), got Double"),
]


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize("op,make_args,message", BAD_CALLS, ids=[m.split(":")[0] + str(i) for i, (_, _, m) in enumerate(BAD_CALLS)])
def test_torch_check_message_reaches_python(framework, op, make_args, message, modules):
    fn = getattr(modules[("portable_ops", framework)], op)
    with pytest.raises(RuntimeError) as caught:
        fn(*make_args(lambda a: tensor(a, framework)))
    assert message in str(caught.value)


def test_device_check_on_torch_meta_tensors(modules):
    import torch

    x = torch.empty(2, 2, device="meta")
    with pytest.raises(RuntimeError, match="checked_scale: expected a CPU tensor, got device meta"):
        modules[("portable_ops", "torch")].checked_scale(x, 1.0)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_torch_library_ops_are_called_through_the_frameworks_registry(framework, modules):
    soft_clip = examples.library_op(framework, "soft_clip")
    x = np.array([[-10.0, 0.0, 10.0]], "float32")
    out = soft_clip(tensor(x, framework), 2.0)
    assert np.allclose(out.numpy(), 2.0 * np.tanh(x / 2.0), atol=1e-6)
    with pytest.raises(RuntimeError, match="soft_clip: limit must be > 0, got -1"):
        soft_clip(tensor(x, framework), -1.0)
    with pytest.raises(RuntimeError, match="row_mean: expected a 2-D tensor, got 1-D"):
        examples.library_op(framework, "row_mean")(tensor(np.ones(3, "float32"), framework))


def test_torch_sees_the_registered_schema(modules):
    import torch

    schema = str(torch.ops.paddlecamp_ex.soft_clip.default._schema)
    assert schema == "paddlecamp_ex::soft_clip(Tensor x, float limit) -> Tensor"


@pytest.mark.slow  # a third paddle build (10-40 s); the chapter 02 claim it checks is recorded by the bench
def test_without_the_caster_header_paddle_cpu_builds_fail_at_call_time():
    from paddlecamp.cppcompat import build

    bare = build.load("portable_ops", examples.sources("portable_ops"), "paddle",
                      extra_cflags=["-DPADDLECAMP_NO_CPU_CASTER"], quiet=True)  # compiles and imports
    with pytest.raises(TypeError, match="incompatible function arguments"):
        bare.row_sum(tensor(np.ones((2, 3), "float32"), "paddle"))
