"""Drop-in SDPA: torch's and Paddle's conventions, gradients across DLPack, bad arguments."""
from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F

import paddlecamp.attention as pa

warnings.filterwarnings("ignore", message=".*ccache.*")


def _t(*shape, seed=0):
    return torch.randn(*shape, generator=torch.Generator().manual_seed(seed))


def _grads(fn, *xs):
    xs = [x.detach().clone().requires_grad_() for x in xs]
    out = fn(*xs)
    out.backward(torch.ones_like(out) + _t(*out.shape, seed=9))
    return out.detach(), [x.grad for x in xs]


@pytest.mark.parametrize("n,m,causal", [(24, 24, True), (16, 40, True), (40, 16, True), (24, 40, False)])
def test_fp32_recipe_matches_torch_sdpa_with_its_causal_alignment(n, m, causal):
    q, k, v = _t(2, 3, n, 32, seed=1), _t(2, 3, m, 32, seed=2), _t(2, 3, m, 32, seed=3)
    want, wg = _grads(lambda a, b, c: F.scaled_dot_product_attention(a, b, c, is_causal=causal), q, k, v)
    got, gg = _grads(lambda a, b, c: pa.scaled_dot_product_attention(a, b, c, is_causal=causal,
                                                                     recipe="fp32"), q, k, v)
    assert (got - want).abs().max() < 1e-5
    for a, b in zip(gg, wg):
        assert (a - b).abs().max() < 1e-5


def test_gqa_scale_and_3d_inputs_match_torch():
    q, k, v = _t(1, 4, 20, 16, seed=4), _t(1, 2, 20, 16, seed=5), _t(1, 2, 20, 16, seed=6)
    kw = dict(is_causal=True, scale=0.3, enable_gqa=True)
    want, wg = _grads(lambda a, b, c: F.scaled_dot_product_attention(a, b, c, **kw), q, k, v)
    got, gg = _grads(lambda a, b, c: pa.scaled_dot_product_attention(a, b, c, recipe="fp32", **kw),
                     q, k, v)
    assert (got - want).abs().max() < 1e-5
    for a, b in zip(gg, wg):                           # dK, dV summed over each key head's group
        assert a.shape == b.shape and (a - b).abs().max() < 1e-5
    out3 = pa.scaled_dot_product_attention(q[0], k[0], v[0], recipe="fp32", **kw)
    assert out3.shape == (4, 20, 16) and torch.allclose(out3, got[0], atol=1e-6)


def test_fp8_recipe_is_close_to_torch_and_auto_is_the_emulator_on_cpu():
    q, k, v = _t(1, 2, 64, 64, seed=7), _t(1, 2, 64, 64, seed=8), _t(1, 2, 64, 64, seed=9)
    want = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    got = pa.scaled_dot_product_attention(q, k, v, is_causal=True, recipe="fp8-train")
    emu = pa.attention(q, k, v, recipe="fp8-train", causal=True, backend="emulate")
    assert torch.equal(got, emu)
    rel = ((got - want).norm() / want.norm()).item()
    assert 1e-3 < rel < 0.05                         # 8-bit error, not fp32's


@pytest.mark.parametrize("kwargs,match", [
    (dict(attn_mask=torch.ones(8, 8, dtype=torch.bool)), "attn_mask"),
    (dict(dropout_p=0.1), "dropout_p"),
    (dict(backend="cuda"), "backend"),
    (dict(scale=-1.0), "scale"),
    (dict(recipe="fp7"), "known recipes"),
])
def test_bad_arguments_name_the_argument(kwargs, match):
    q = _t(1, 2, 8, 16)
    with pytest.raises(ValueError, match=match):
        pa.scaled_dot_product_attention(q, q, q, **kwargs)


def test_bad_shapes_name_the_tensor():
    q, kv = _t(1, 4, 8, 16), _t(1, 2, 8, 16)
    with pytest.raises(ValueError, match="enable_gqa"):
        pa.scaled_dot_product_attention(q, kv, kv)
    with pytest.raises(ValueError, match="multiple"):
        pa.scaled_dot_product_attention(_t(1, 3, 8, 16), kv, kv, enable_gqa=True)
    with pytest.raises(ValueError, match="value has head dim 8"):
        pa.scaled_dot_product_attention(q, q, _t(1, 4, 8, 8))
    with pytest.raises(ValueError, match="query must have 3 or 4 dims"):
        pa.scaled_dot_product_attention(_t(8, 16), q, q)


# -- Paddle ---------------------------------------------------------------------------------------

paddle = pytest.importorskip("paddle")


def _pd(x: torch.Tensor):
    t = paddle.to_tensor(x.numpy())
    t.stop_gradient = False
    return t


@pytest.mark.parametrize("n,m,causal,hk", [(24, 24, True, 2), (16, 30, True, 1), (30, 20, False, 2)])
def test_paddle_sdpa_matches_paddles_own_forward_and_gradients(n, m, causal, hk):
    # Paddle's layout [batch, seq, heads, dim]; Paddle's own SDPA is the reference.
    q, k, v = _t(2, n, 2, 16, seed=1), _t(2, m, hk, 16, seed=2), _t(2, m, hk, 16, seed=3)
    go = _t(2, n, 2, 16, seed=4)
    outs, grads = {}, {}
    for impl in ("paddle", "ours"):
        pq, pk, pv = _pd(q), _pd(k), _pd(v)
        if impl == "paddle":
            o = paddle.nn.functional.scaled_dot_product_attention(pq, pk, pv, is_causal=causal, scale=0.2)
        else:
            o = pa.paddle_sdpa(pq, pk, pv, is_causal=causal, scale=0.2, recipe="fp32")
        (o * paddle.to_tensor(go.numpy())).sum().backward()
        outs[impl] = o.numpy()
        grads[impl] = [t.grad.numpy() for t in (pq, pk, pv)]
    assert isinstance(o, paddle.Tensor) and list(o.shape) == [2, n, 2, 16]
    assert np.abs(outs["ours"] - outs["paddle"]).max() < 1e-5
    for a, b in zip(grads["ours"], grads["paddle"]):
        assert a.shape == b.shape and np.abs(a - b).max() < 1e-5


def test_paddle_tensors_cross_to_torch_without_copies():
    from paddlecamp.attention.sdpa import _to_paddle, _to_torch

    p = paddle.randn([2, 5, 3, 8])
    t = _to_torch(p)
    assert t.data_ptr() == p.data_ptr()
    assert _to_paddle(t).data_ptr() == t.data_ptr()


def test_paddle_sdpa_bad_arguments_name_the_argument():
    q = paddle.randn([1, 8, 2, 16])
    for kwargs, match in ((dict(attn_mask=paddle.ones([8, 8])), "attn_mask"),
                          (dict(dropout_p=0.2), "dropout_p"), (dict(backend="p2p"), "backend"),
                          (dict(recipe="nope"), "known recipes")):
        with pytest.raises(ValueError, match=match):
            pa.paddle_sdpa(q, q, q, **kwargs)
    with pytest.raises(ValueError, match="query must be a paddle.Tensor"):
        pa.paddle_sdpa(torch.zeros(1, 8, 2, 16), q, q)
    # Dropout is off outside training, as in Paddle: no error then.
    assert list(pa.paddle_sdpa(q, q, q, dropout_p=0.2, training=False, recipe="fp32").shape) == [1, 8, 2, 16]


def test_paddle_sdpa_shares_memory_with_the_paddle_inputs():
    from paddlecamp.attention.sdpa import _to_torch

    p = paddle.randn([1, 4, 2, 8])
    p.stop_gradient = False                           # a tensor that records gradients, too
    assert _to_torch(p).data_ptr() == p.data_ptr()
