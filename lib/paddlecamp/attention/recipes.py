"""Quantization recipes: which operands of attention are quantized, to what, with which scales.

A :class:`Recipe` is data; :func:`paddlecamp.attention.quant.prepare` and the emulator give it
behaviour. Named recipes live in :data:`RECIPES`; :func:`get_recipe` looks them up.

Granularities (one scale per ...): ``tensor`` (the whole tensor: one scale shared by every
batch and head of the call), ``block`` (``scale_block`` rows of
tokens), ``token`` (one row), ``channel`` (V only: one column over all tokens), and the
microscaled FP4 groups ``mxfp4`` (32 elements along D, power-of-two e8m0 scales) and ``nvfp4``
(16 elements along D, e4m3 scales under a per-tensor fp32 scale).

Backward (``bwd_fp8_dots``): the three gradient products run as 8-bit dots with fp32
accumulation and every scale applied to the fp32 result, never inside the dot. The stored
operands enter as they are: Q and K (the forward's grids) and dO (rounded per token to
``do_format``). A scale that varies along a dot's reduction index cannot leave the dot, so it
is folded into the operand the backward computes fresh, which is then rounded once with one
scale per output index and ``block_n``-wide tile of the reduction:

* ``dV = Pᵀ·dO``: ``P·diag(s_dO)`` rounded to ``do_format``, one scale per key and query tile;
* ``dK = dSᵀ·Q``: ``diag(s_Q)·dS`` rounded to ``ds_format``, one scale per key and query tile;
* ``dQ = dS·K``: ``dS·diag(s_K)`` rounded to ``ds_format``, one scale per query and key tile.

``dP = dO·Vᵀ`` and the recomputed scores stay in fp32 (as SageAttention's backward keeps
``dO·Vᵀ`` in 16 bits): dS is a difference of nearly equal terms. The emulator
(:func:`paddlecamp.attention.emulate.attention_prepared_backward`) defines these semantics and
the Triton kernels reproduce them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

QK_GRANULARITIES = ("tensor", "block", "token", "mxfp4", "nvfp4")
V_GRANULARITIES = ("tensor", "block", "channel")
OPERAND_FORMATS = ("e4m3", "e5m2", "int8", "e2m1", "fp16", "bf16")
P_FORMATS = ("e4m3", "e5m2", "int8", "uint8")


@dataclass(frozen=True)
class Recipe:
    """How one attention call is quantized. ``None`` format = operand left in float32."""

    name: str
    description: str = ""
    q_format: str | None = None
    k_format: str | None = None
    v_format: str | None = None
    p_format: str | None = None
    do_format: str | None = None          # backward: per-token quantization of dO
    ds_format: str | None = None          # backward: dS per (query row, key tile of block_n)
    qk_granularity: str = "tensor"
    v_granularity: str = "tensor"
    scale_block: int = 64                 # rows per scale for "block" granularity
    p_scale: float | None = None          # P is multiplied by this before rounding; None = format max
    hadamard_qk: bool = False
    hadamard_v: bool = False
    smooth_k: bool = False                # subtract K's per-channel mean (softmax-invariant)
    smooth_q: bool = False                # subtract Q's mean; adds back mean_q·Kᵀ as a bias (emulator only)
    p_tile_scale: bool = False            # P scaled per key tile by the tile's own row max
    bwd_fp8_dots: bool = False            # backward: dV, dK, dQ as 8-bit dots (see below)
    block_n: int = 64                     # key tile size of the online softmax
    hadamard_seed: int = 0
    tags: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for op in ("q", "k", "v"):
            fmt = getattr(self, f"{op}_format")
            if fmt is not None and fmt not in OPERAND_FORMATS:
                raise ValueError(f"recipe {self.name!r}: {op}_format {fmt!r} not in {OPERAND_FORMATS}")
        for op in ("p", "do", "ds"):
            fmt = getattr(self, f"{op}_format")
            if fmt is not None and fmt not in P_FORMATS:
                raise ValueError(f"recipe {self.name!r}: {op}_format {fmt!r} not in {P_FORMATS}")
        if self.qk_granularity not in QK_GRANULARITIES:
            raise ValueError(f"recipe {self.name!r}: qk_granularity {self.qk_granularity!r} "
                             f"not in {QK_GRANULARITIES}")
        if self.v_granularity not in V_GRANULARITIES:
            raise ValueError(f"recipe {self.name!r}: v_granularity {self.v_granularity!r} "
                             f"not in {V_GRANULARITIES}")
        fp4 = self.qk_granularity in ("mxfp4", "nvfp4")
        if fp4 != ((self.q_format == "e2m1") or (self.k_format == "e2m1")):
            raise ValueError(f"recipe {self.name!r}: e2m1 Q/K goes with mxfp4/nvfp4 granularity")
        if self.ds_format == "uint8":
            raise ValueError(f"recipe {self.name!r}: dS takes both signs; uint8 cannot hold it")
        if self.block_n <= 0 or self.scale_block <= 0:
            raise ValueError(f"recipe {self.name!r}: block_n and scale_block must be positive")
        if self.bwd_fp8_dots:
            fp8 = ("e4m3", "e5m2")
            fmts = {op: getattr(self, f"{op}_format") for op in ("q", "k", "do", "ds")}
            if any(f not in fp8 for f in fmts.values()):
                raise ValueError(f"recipe {self.name!r}: bwd_fp8_dots needs e4m3/e5m2 Q, K, dO "
                                 f"and dS formats, got {fmts}")
            if not (self.q_format == self.k_format == self.ds_format):
                raise ValueError(f"recipe {self.name!r}: bwd_fp8_dots multiplies dS by Q and K in "
                                 "one 8-bit format: q_format, k_format and ds_format must agree")
            if self.qk_granularity not in ("tensor", "block", "token") or self.smooth_q:
                raise ValueError(f"recipe {self.name!r}: bwd_fp8_dots needs per-token "
                                 "(or coarser) Q/K scales and no Q-smoothing")

    @property
    def effective_p_scale(self) -> float:
        """What P is multiplied by before rounding (1.0 when P is not quantized)."""
        if self.p_format is None:
            return 1.0
        if self.p_scale is not None:
            return float(self.p_scale)
        from paddlecamp.attention.formats import get_format

        return get_format(self.p_format).max

    @property
    def kernel_compatible(self) -> bool:
        """True when the Triton kernel can run it (everything but Q-smoothing's score bias)."""
        return not self.smooth_q

    @property
    def fast_compatible(self) -> bool:
        """True when the GPU fast forward can run it: e4m3 Q, K, V and P, no per-tile P scale,
        per-token (or coarser) Q/K scales, V scaled per channel or tensor (a per-block V scale is
        folded into V's values, off the e4m3 grid), and no Q-smoothing."""
        return (self.kernel_compatible and not self.p_tile_scale
                and {self.q_format, self.k_format, self.v_format, self.p_format} == {"e4m3"}
                and self.qk_granularity in ("tensor", "block", "token")
                and self.v_granularity in ("tensor", "channel"))

    def only(self, *operands: str, name: str | None = None) -> "Recipe":
        """This recipe with every operand not in ``operands`` ("q","k","v","p") left unquantized.

        Used by the error-source ablation; transforms (Hadamard, smoothing) are kept.
        """
        unknown = set(operands) - {"q", "k", "v", "p"}
        if unknown:
            raise ValueError(f"unknown operands {sorted(unknown)}; use q, k, v, p")
        changes = {f"{op}_format": None for op in ("q", "k", "v", "p") if op not in operands}
        if "q" not in operands and "k" not in operands and self.qk_granularity in ("mxfp4", "nvfp4"):
            changes["qk_granularity"] = "tensor"
        if not {"q", "k"} <= set(operands):
            changes["bwd_fp8_dots"] = False   # the 8-bit backward dots need 8-bit Q and K
        return replace(self, name=name or f"{self.name}[{'+'.join(operands) or 'none'}]", **changes)

    def with_formats(self, fmt: str, name: str | None = None) -> "Recipe":
        """This recipe with every quantized Q/K/V/P operand switched to ``fmt`` (e.g. e5m2)."""
        changes = {f"{op}_format": fmt for op in ("q", "k", "v", "p")
                   if getattr(self, f"{op}_format") is not None}
        changes["p_scale"] = None if self.p_scale not in (None, 1.0) else self.p_scale
        if self.bwd_fp8_dots:
            changes.update(do_format=fmt, ds_format=fmt)
        return replace(self, name=name or f"{self.name}-{fmt}", **changes)


def _registry() -> dict[str, Recipe]:
    r = [
        Recipe("fp32", "no quantization: fp32 inputs, fp32 P and accumulation (the reference kernel)"),
        Recipe("fp16", "Q, K, V rounded to fp16 (FlashAttention-2 style); P and accumulation in fp32",
               q_format="fp16", k_format="fp16", v_format="fp16"),
        Recipe("bf16", "Q, K, V rounded to bf16; P and accumulation in fp32",
               q_format="bf16", k_format="bf16", v_format="bf16"),
        Recipe("fp8-tensor", "baseline FP8: per-tensor e4m3 Q, K, V; P cast to e4m3 unscaled",
               q_format="e4m3", k_format="e4m3", v_format="e4m3", p_format="e4m3", p_scale=1.0,
               qk_granularity="tensor", v_granularity="tensor"),
        Recipe("fp8-block", "per-block e4m3 Q, K, V (no rotation); P cast to e4m3 unscaled",
               q_format="e4m3", k_format="e4m3", v_format="e4m3", p_format="e4m3", p_scale=1.0,
               qk_granularity="block", v_granularity="block"),
        Recipe("fp8-fa3", "FlashAttention-3: per-block e4m3 Q, K, V + Hadamard on Q, K; "
               "P cast to e4m3 unscaled",
               q_format="e4m3", k_format="e4m3", v_format="e4m3", p_format="e4m3", p_scale=1.0,
               qk_granularity="block", v_granularity="block", hadamard_qk=True),
        Recipe("fp8", "recommended FP8: Hadamard + K-smoothing, per-token e4m3 Q, K; Hadamard + "
               "per-channel e4m3 V; P scaled to 448 and cast to e4m3; dO per-token e4m3",
               q_format="e4m3", k_format="e4m3", v_format="e4m3", p_format="e4m3",
               do_format="e4m3", qk_granularity="token", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True),
        Recipe("fp8-train", "the fp8 recipe with an 8-bit backward too: dV = Pᵀ·dO, dK = dSᵀ·Q "
               "and dQ = dS·K are e4m3 dots with fp32 accumulation (dO per token; P·diag(s_dO) and "
               "dS with Q's or K's per-token scale folded in, rounded per output index and 64-wide "
               "tile; scales applied to the fp32 results); dP = dO·Vᵀ in fp32 (per-tile scales "
               "leave e5m2's range unneeded; e4m3's extra mantissa bit measured better)",
               q_format="e4m3", k_format="e4m3", v_format="e4m3", p_format="e4m3",
               do_format="e4m3", ds_format="e4m3", qk_granularity="token", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True, bwd_fp8_dots=True),
        Recipe("fp8-train-e5m2", "fp8-train in e5m2 throughout: e5m2 Q, K, V, P forward and e5m2 "
               "dO and dS in the 8-bit backward dots (range over precision)",
               q_format="e5m2", k_format="e5m2", v_format="e5m2", p_format="e5m2",
               do_format="e5m2", ds_format="e5m2", qk_granularity="token", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True, bwd_fp8_dots=True),
        Recipe("fp8-e5m2", "the fp8 recipe with e5m2 everywhere (range over precision)",
               q_format="e5m2", k_format="e5m2", v_format="e5m2", p_format="e5m2",
               do_format="e5m2", qk_granularity="token", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True),
        Recipe("int8", "all-integer 8-bit: Hadamard + K-smoothing, per-token int8 Q, K; Hadamard + "
               "per-channel int8 V; P of each key tile divided by that tile's row max and "
               "rounded to the full unsigned 8-bit range (255); dO per-token int8",
               q_format="int8", k_format="int8", v_format="int8", p_format="uint8",
               do_format="int8", qk_granularity="token", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True, p_tile_scale=True),
        Recipe("int8-running", "the int8 recipe with P taken against the running row max (as "
               "the online softmax hands it over) instead of each tile's own: tiles far below "
               "the running max use few of P's 256 levels",
               q_format="int8", k_format="int8", v_format="int8", p_format="uint8",
               do_format="int8", qk_granularity="token", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True),
        Recipe("fp4", "NVFP4 Q·K (e2m1, 16-element groups along D, e4m3 group scales) after "
               "Hadamard + K-smoothing; per-channel e4m3 V after Hadamard; P e4m3 scaled to 448",
               q_format="e2m1", k_format="e2m1", v_format="e4m3", p_format="e4m3",
               do_format="e4m3", qk_granularity="nvfp4", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True),
        Recipe("fp4-mx", "MXFP4 Q·K (e2m1, 32-element groups along D, e8m0 power-of-two scales) "
               "after Hadamard + K-smoothing; per-channel e4m3 V after Hadamard; P e4m3 scaled to 448",
               q_format="e2m1", k_format="e2m1", v_format="e4m3", p_format="e4m3",
               do_format="e4m3", qk_granularity="mxfp4", v_granularity="channel",
               hadamard_qk=True, hadamard_v=True, smooth_k=True),
    ]
    return {x.name: x for x in r}


#: Named recipes, in the order tables list them.
RECIPES: dict[str, Recipe] = _registry()


def get_recipe(name: "str | Recipe") -> Recipe:
    """Look up a named recipe (a :class:`Recipe` passes through); the error lists known names."""
    if isinstance(name, Recipe):
        return name
    try:
        return RECIPES[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown attention recipe {name!r}; known recipes: "
                         f"{', '.join(RECIPES)}") from None
