"""Scales, quantization of Q/K/V, and :class:`Prepared`: what an attention kernel consumes.

``prepare(q, k, v, recipe)`` runs the recipe's PyTorch-side preprocessing (zero-padding the head
dim to a power of two when a Hadamard rotation needs it, the rotation itself, K/Q smoothing) and
then quantizes Q, K and V onto their grids with per-tensor / per-block / per-token / per-channel /
microscaled scales. The emulator (:mod:`paddlecamp.attention.emulate`) and the Triton backend
both consume the resulting :class:`Prepared`, so they can be compared value for value.

Dequantized values are ``stored.float() * scale`` with ``q_scale``/``k_scale`` per token
(``[B, H, N]``, broadcast over D) and ``v_scale`` per channel (``[B, H, D]``, broadcast over
tokens). Coarser scales are expanded by repetition.

Contract notes (additions to the contract shared with the Triton kernel, all backwards
compatible):

* FP4 recipes (``mxfp4``/``nvfp4`` granularity) have one scale per 16/32 elements along D,
  which the per-token ``q_scale`` cannot express. Their ``q``/``k`` hold float32
  ``e2m1 value × group scale`` (exactly representable; what the emulator and the backward
  read), ``q_scale``/``k_scale`` carry the remaining per-tensor scale (NVFP4's fp32 second
  level; ones for MXFP4), and ``q_fp4``/``k_fp4`` hold the same values packed as 4-bit codes
  plus e4m3/e8m0 group scales (:mod:`paddlecamp.attention.fp4pack`), which is what the Triton
  forward kernel reads.
* ``s_bias`` (``[B, H, M]`` or ``None``): a per-key term added to ``q·kᵀ`` before scaling, used
  only by Q-smoothing (``mean(q)·kᵀ``); the Triton backend does not support it and the API
  refuses such recipes there.
* ``p_scale`` is whatever the recipe says (FA3-style recipes cast P unscaled: ``p_scale=1``).
* ``p_tile_scale`` (default False): P of each key tile is normalised by its own row max
  before rounding, ``P_q = round(exp(S - m_tile) · p_scale)``, and the tile's row sum and
  product are scaled back by ``exp(m_tile - m_new)`` (the ``int8`` recipe; kernel and emulator).
* ``p_format`` may also be ``"uint8"`` (P in [0, 255], ``p_scale=255``): P is non-negative, so
  the unsigned range doubles its resolution. An int8 MMA computes it exactly as
  ``(P_u8 - 128)·V + 128·colsum(V)``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from paddlecamp.attention import fp4pack
from paddlecamp.attention.formats import get_format, round_to_format, to_storage
from paddlecamp.attention.fp4pack import Fp4Tensor
from paddlecamp.attention.hadamard import HadamardRotation, is_power_of_two
from paddlecamp.attention.recipes import Recipe, get_recipe

#: Elements per scale group along D for the microscaled FP4 granularities.
FP4_GROUP = {"mxfp4": 32, "nvfp4": 16}


@dataclass
class Prepared:
    """What the kernel consumes, after recipe preprocessing (Hadamard, smoothing) in PyTorch."""

    q: torch.Tensor        # [B, H, N, D] grid values (float8/int8 storage) or float32/float16
    k: torch.Tensor        # [B, H, M, D]
    v: torch.Tensor        # [B, H, M, D]
    q_scale: torch.Tensor  # [B, H, N] float32 per query token; ones when unquantized
    k_scale: torch.Tensor  # [B, H, M] float32 per key token
    v_scale: torch.Tensor  # [B, H, D] float32 per channel; ones when unquantized
    p_format: str | None   # "e4m3", "e5m2", "int8", "uint8" or None (P not quantized)
    p_scale: float         # P is multiplied by this before rounding (1.0 for None)
    do_format: str | None  # backward: format for per-token quantization of dO, or None
    s_bias: torch.Tensor | None = None   # [B, H, M] added to q·kᵀ (Q-smoothing only)
    p_tile_scale: bool = False           # P normalised by its per-tile row max
    recipe_name: str = ""
    ds_format: str | None = None         # backward: dS rounded per (row, key tile of ds_block)
    ds_block: int = 64                   # keys per dS scale (the recipe's block_n)
    q_fp4: Fp4Tensor | None = None       # FP4 recipes: packed e2m1 codes + group scales of q
    k_fp4: Fp4Tensor | None = None       # (the kernel reads these; q/k hold their values)
    bwd_fp8_dots: bool = False           # backward: dV, dK, dQ as 8-bit dots (recipes.py)

    def dequantized(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """float32 ``(q, k, v)`` as the kernel sees them (grid values times scales)."""
        q = self.q.float() * self.q_scale[..., None]
        k = self.k.float() * self.k_scale[..., None]
        v = self.v.float() * self.v_scale[..., None, :]
        return q, k, v


@dataclass
class Transforms:
    """The PyTorch-side pre/post-processing a recipe applied (to undo on the output)."""

    d_orig: int
    d_padded: int
    qk_rotation: HadamardRotation | None = None
    v_rotation: HadamardRotation | None = None
    q_mean: torch.Tensor | None = None   # [B, H, 1, D] removed from Q (smooth_q)

    def finish_output(self, o: torch.Tensor) -> torch.Tensor:
        """Map the kernel's output back: undo V's rotation, drop padded channels."""
        if self.v_rotation is not None:
            o = self.v_rotation.inverse(o)
        return o[..., : self.d_orig]


def _safe_scale(amax: torch.Tensor, fmt_max: float) -> torch.Tensor:
    # An all-zero group quantizes to zeros with any scale; 1.0 avoids 0/0.
    s = amax.float() / fmt_max
    return torch.where(amax > 0, s, torch.ones_like(s))


def _expand_block_amax(x: torch.Tensor, block: int) -> torch.Tensor:
    """amax over blocks of ``block`` rows (dim -2) and all of D, expanded back to [.., N]."""
    n = x.shape[-2]
    nb = math.ceil(n / block)
    pad = nb * block - n
    xa = x.abs()
    if pad:
        xa = torch.nn.functional.pad(xa, (0, 0, 0, pad))
    amax = xa.reshape(*x.shape[:-2], nb, block * x.shape[-1]).amax(-1)
    return amax.repeat_interleave(block, dim=-1)[..., :n]


def quantize_tokens(x: torch.Tensor, fmt: str | None, granularity: str, *,
                    block: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
    """Quantize Q or K (``[B, H, N, D]``) with one scale per tensor/block/token or FP4 group.

    Returns ``(grid, scale)``: ``grid`` float32 values on the grid (for FP4: ``e2m1 × group
    scale``) and ``scale`` float32 ``[B, H, N]``; ``grid * scale[..., None]`` dequantizes.
    """
    x = x.float()
    lead = x.shape[:-1]
    if fmt is None:
        return x, torch.ones(lead, dtype=torch.float32, device=x.device)
    f = get_format(fmt)
    if fmt in ("fp16", "bf16"):
        return round_to_format(x, f), torch.ones(lead, dtype=torch.float32, device=x.device)
    if granularity in FP4_GROUP:
        return _quantize_fp4(x, granularity)[:2]
    if granularity == "tensor":
        amax = x.abs().amax().expand(lead)
    elif granularity == "block":
        amax = _expand_block_amax(x, block)
    elif granularity == "token":
        amax = x.abs().amax(-1)
    else:
        raise ValueError(f"granularity {granularity!r} is not valid for Q/K")
    scale = _safe_scale(amax, f.max).contiguous()
    return round_to_format(x / scale[..., None], f), scale


def quantize_channels(v: torch.Tensor, fmt: str | None, granularity: str, *,
                      block: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
    """Quantize V (``[B, H, M, D]``) per tensor or per channel; scales are ``[B, H, D]``.

    Per-block V (scales along tokens) is handled by :func:`_quantize_v_block`.
    """
    v = v.float()
    shape_c = (*v.shape[:-2], v.shape[-1])
    if fmt is None:
        return v, torch.ones(shape_c, dtype=torch.float32, device=v.device)
    f = get_format(fmt)
    if fmt in ("fp16", "bf16"):
        return round_to_format(v, f), torch.ones(shape_c, dtype=torch.float32, device=v.device)
    if granularity == "tensor":
        scale = _safe_scale(v.abs().amax(), f.max).expand(shape_c).contiguous()
        return round_to_format(v / scale[..., None, :], f), scale
    if granularity == "channel":
        scale = _safe_scale(v.abs().amax(-2), f.max).contiguous()
        return round_to_format(v / scale[..., None, :], f), scale
    raise ValueError(f"granularity {granularity!r} is not valid for V here")


def _quantize_fp4(x: torch.Tensor, granularity: str, *, pack_as: str | None = None
                  ) -> tuple[torch.Tensor, torch.Tensor, Fp4Tensor | None]:
    """``(values, tensor_scale, packed)``: float32 ``e2m1 × group scale``, the per-token view of
    the per-tensor scale, and, when ``pack_as`` names the tensor (for error messages), its
    packed codes (``None`` otherwise, or when D is not a multiple of the group)."""
    g = FP4_GROUP[granularity]
    d = x.shape[-1]
    pad = (-d) % g
    xp = torch.nn.functional.pad(x, (0, pad)) if pad else x
    groups = xp.reshape(*xp.shape[:-1], -1, g)
    gmax = groups.abs().amax(-1, keepdim=True)
    lead = x.shape[:-1]
    if granularity == "mxfp4":
        # OCP MX: shared scale 2**(floor(log2 amax) - emax(e2m1)=2); values above 6 saturate.
        _, e = torch.frexp(gmax)
        scale = torch.ldexp(torch.ones_like(gmax), (e - 1 - 2).to(torch.int32))
        scale = torch.where(gmax > 0, scale, torch.ones_like(scale))
        tensor_scale = torch.ones(lead, dtype=torch.float32, device=x.device)
    else:
        # NVFP4: group scale amax/6 stored in e4m3 under a per-tensor fp32 scale chosen so the
        # largest group scale lands on e4m3's max (448).
        tmax = x.abs().amax()
        glob = _safe_scale(tmax, 6.0 * 448.0)
        scale = round_to_format(gmax / 6.0 / glob, "e4m3")
        scale = torch.where(scale > 0, scale, torch.ones_like(scale))
        tensor_scale = glob.expand(lead).contiguous()
        groups = groups / glob
    codes = round_to_format(groups / scale, "e2m1")
    q = (codes * scale).reshape(xp.shape)[..., :d]
    packed = None
    if pack_as is not None and not pad and d % 2 == 0:
        packed = fp4pack.pack(codes.reshape(xp.shape), scale.squeeze(-1), granularity, name=pack_as)
    return q.contiguous(), tensor_scale, packed


def preprocess(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, recipe: Recipe
               ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor | None, Transforms]:
    """Apply the recipe's transforms in float32 with autograd: pad, rotate, smooth.

    Returns ``(q', k', v', s_bias, transforms)`` where ``softmax(q'k'ᵀ + s_bias)`` equals
    ``softmax(q kᵀ)`` up to rounding and ``O = transforms.finish_output(P v')``.
    """
    q, k, v = q.float(), k.float(), v.float()
    d = q.shape[-1]
    d_pad = d
    if (recipe.hadamard_qk or recipe.hadamard_v) and not is_power_of_two(d):
        # Zero channels change neither q·kᵀ nor the kept output channels.
        d_pad = 1 << (d - 1).bit_length()
        q, k, v = (torch.nn.functional.pad(t, (0, d_pad - d)) for t in (q, k, v))
    t = Transforms(d_orig=d, d_padded=d_pad)
    if recipe.hadamard_qk:
        t.qk_rotation = HadamardRotation(d_pad, recipe.hadamard_seed)
        q, k = t.qk_rotation.forward(q), t.qk_rotation.forward(k)
    if recipe.hadamard_v:
        t.v_rotation = HadamardRotation(d_pad, recipe.hadamard_seed + 1)
        v = t.v_rotation.forward(v)
    if recipe.smooth_k:
        # Subtracting a per-channel mean over keys shifts each score row by a constant.
        k = k - k.mean(dim=-2, keepdim=True)
    s_bias = None
    if recipe.smooth_q:
        t.q_mean = q.mean(dim=-2, keepdim=True)
        q = q - t.q_mean
        s_bias = (t.q_mean @ k.transpose(-1, -2)).squeeze(-2)   # [B, H, M], kept in fp32
    return q, k, v, s_bias, t


def quantize_operands(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, recipe: Recipe, *,
                      s_bias: torch.Tensor | None = None) -> Prepared:
    """Quantize already-preprocessed ``q, k, v`` (no autograd) into a :class:`Prepared`."""
    with torch.no_grad():
        q_fp4 = k_fp4 = None
        if recipe.qk_granularity in FP4_GROUP:
            qg, qs, q_fp4 = _quantize_fp4(q.float(), recipe.qk_granularity, pack_as="q")
            kg, ks, k_fp4 = _quantize_fp4(k.float(), recipe.qk_granularity, pack_as="k")
        else:
            qg, qs = quantize_tokens(q, recipe.q_format, recipe.qk_granularity, block=recipe.scale_block)
            kg, ks = quantize_tokens(k, recipe.k_format, recipe.qk_granularity, block=recipe.scale_block)
        if recipe.v_granularity == "block" and recipe.v_format is not None:
            vg, vs = _quantize_v_block(v, recipe)
        else:
            vg, vs = quantize_channels(v, recipe.v_format, recipe.v_granularity)

        v_folded = recipe.v_granularity == "block"

        def store(g: torch.Tensor, fmt: str | None, folded: bool = False) -> torch.Tensor:
            if fmt is None or fmt == "e2m1" or folded:
                return g.float().contiguous()
            return to_storage(g, fmt).contiguous()

        return Prepared(
            q=store(qg, recipe.q_format), k=store(kg, recipe.k_format), v=store(vg, recipe.v_format, v_folded),
            q_scale=qs.float().contiguous(), k_scale=ks.float().contiguous(),
            v_scale=vs.float().contiguous(),
            p_format=recipe.p_format, p_scale=recipe.effective_p_scale,
            do_format=recipe.do_format, p_tile_scale=recipe.p_tile_scale,
            s_bias=None if s_bias is None else s_bias.detach().float().contiguous(),
            recipe_name=recipe.name, q_fp4=q_fp4, k_fp4=k_fp4,
            ds_format=recipe.ds_format, ds_block=recipe.block_n, bwd_fp8_dots=recipe.bwd_fp8_dots,
        )


def _quantize_v_block(v: torch.Tensor, recipe: Recipe) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-block V (FA3): one scale per ``scale_block`` tokens.

    The per-channel ``v_scale`` cannot hold scales that vary along tokens, so the block scale is
    folded into the stored values: ``v`` is float32 ``grid × block_scale`` (one fp32 rounding of
    an exact product) and ``v_scale`` is ones. A kernel sees it as an unquantized float32 V.
    """
    f = get_format(recipe.v_format)
    amax_blk = _expand_block_amax(v, recipe.scale_block)          # [B, H, M]
    scale_blk = _safe_scale(amax_blk, f.max)
    grid = round_to_format(v / scale_blk[..., None], f)
    # Fold block scales into the values (float32, exact product of grid value and fp32 scale
    # up to one rounding); v_scale stays ones.
    vals = grid * scale_blk[..., None]
    ones = torch.ones((*v.shape[:-2], v.shape[-1]), dtype=torch.float32, device=v.device)
    return vals, ones


def prepare(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, recipe: "str | Recipe" = "fp8"
            ) -> Prepared:
    """Preprocess and quantize ``q, k, v`` (``[B, H, N|M, D]``) for ``recipe``."""
    r = get_recipe(recipe)
    with torch.no_grad():
        qp, kp, vp, s_bias, _ = preprocess(q, k, v, r)
        return quantize_operands(qp, kp, vp, r, s_bias=s_bias)
