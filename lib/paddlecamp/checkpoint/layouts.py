"""Parallel layouts (TP x DP x PP, optional ZeRO) as entries: which box of each tensor a rank holds.

A :class:`Layout` numbers ranks with tensor parallelism fastest, then data parallelism,
then pipeline stages (Megatron's order). :func:`placement` says, for one tensor, what a
rank holds; :func:`shard_state` cuts a full state dict into a rank's entries and
:func:`empty_state` allocates a rank's template without ever building full tensors.

Which axis a tensor is split along for tensor parallelism, and which pipeline stage owns
it, come from name rules (:data:`GPT2_TP`, :data:`LLAMA_TP`) that callers can replace.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from .boxes import even_split, volume
from .entries import FlatShard, Replicated, Shard

# (pattern on the parameter name, tensor-parallel axis); first match wins, no match = replicated.
GPT2_TP: tuple[tuple[str, int], ...] = (   # HF GPT-2 stores Conv1D weights as [in, out]
    (r"attn\.c_attn\.weight$", 1), (r"attn\.c_attn\.bias$", 0), (r"attn\.c_proj\.weight$", 0),
    (r"mlp\.c_fc\.weight$", 1), (r"mlp\.c_fc\.bias$", 0), (r"mlp\.c_proj\.weight$", 0),
    (r"wte\.weight$", 0), (r"lm_head\.weight$", 0),
)
LLAMA_TP: tuple[tuple[str, int], ...] = (  # nn.Linear weights are [out, in]
    (r"(q|k|v|gate|up)_proj\.weight$", 0), (r"(o|down)_proj\.weight$", 1),
    (r"embed_tokens\.weight$", 0), (r"lm_head\.weight$", 0),
)
_LAYER = re.compile(r"(?:^|\.)(?:h|layers|layer|blocks)\.(\d+)\.")
_FIRST_STAGE = re.compile(r"(wte|wpe|embed_tokens|embeddings)\.")


@dataclass(frozen=True)
class Layout:
    """Degrees of tensor (``tp``), data (``dp``) and pipeline (``pp``) parallelism.

    ``zero=True`` shards optimizer state (keys under ``optim_prefix``) by element count
    across the data-parallel ranks (ZeRO stage 1), inside each tensor-parallel shard.
    """
    tp: int = 1
    dp: int = 1
    pp: int = 1
    zero: bool = False

    def __post_init__(self) -> None:
        for name in ("tp", "dp", "pp"):
            if getattr(self, name) < 1:
                raise ValueError(f"Layout.{name} must be >= 1")

    @property
    def world_size(self) -> int:
        return self.tp * self.dp * self.pp

    def coords(self, rank: int) -> tuple[int, int, int]:
        """``(pp_rank, dp_rank, tp_rank)`` of a global rank."""
        if not 0 <= rank < self.world_size:
            raise ValueError(f"rank {rank} outside {self}")
        return rank // (self.tp * self.dp), (rank // self.tp) % self.dp, rank % self.tp

    def rank_of(self, pp: int, dp: int, tp: int) -> int:
        return (pp * self.dp + dp) * self.tp + tp

    def __str__(self) -> str:
        return f"TP{self.tp}xDP{self.dp}xPP{self.pp}" + ("+ZeRO" if self.zero else "")


@dataclass(frozen=True)
class Placement:
    """What one rank holds of one tensor (``kind`` "none" when its pipeline stage lacks it)."""
    kind: str  # "none" | "full" | "shard" | "flat"
    offsets: tuple[int, ...] = ()
    lengths: tuple[int, ...] = ()
    flat: tuple[int, int] | None = None  # (start, length) inside the box
    holders: tuple[int, ...] = ()


def tp_axis(key: str, shape: Sequence[int], rules: Sequence[tuple[str, int]], optim_prefix: str = "optim.") -> int | None:
    """The tensor-parallel axis of ``key`` by the first matching rule (optimizer keys use their parameter's)."""
    name = key
    if key.startswith(optim_prefix):  # optim.<state name>.<parameter name>
        parts = key[len(optim_prefix):].split(".", 1)
        name = parts[1] if len(parts) == 2 else parts[0]
    for pat, axis in rules:
        if re.search(pat, name) and axis < len(shape):
            return axis
    return None


def stage_of(key: str, n_layers: int, pp: int, optim_prefix: str = "optim.") -> int | None:
    """Pipeline stage owning ``key``: layers split evenly, embeddings first, the rest last, scalars everywhere."""
    name = key.split(".", 2)[2] if key.startswith(optim_prefix) and key.count(".") >= 2 else key
    m = _LAYER.search(name)
    if m:
        layer = int(m.group(1))
        for s in range(pp):
            o, n = even_split(n_layers, pp, s)
            if o <= layer < o + n:
                return s
    if _FIRST_STAGE.search(name):
        return 0
    if key.startswith(optim_prefix) and key.count(".") < 2:
        return None  # e.g. optim.step: on every stage
    return pp - 1


def count_layers(keys: Sequence[str]) -> int:
    """Number of transformer layers named in ``keys`` (``h.N.``/``layers.N.`` patterns)."""
    idx = [int(m.group(1)) for k in keys for m in [_LAYER.search(k)] if m]
    return max(idx) + 1 if idx else 1


def placement(key: str, shape: Sequence[int], layout: Layout, rank: int, *, n_layers: int,
              rules: Sequence[tuple[str, int]] = GPT2_TP, optim_prefix: str = "optim.") -> Placement:
    """What ``rank`` holds of tensor ``key`` of global ``shape`` under ``layout``."""
    shape = tuple(int(n) for n in shape)
    p, d, t = layout.coords(rank)
    stage = stage_of(key, n_layers, layout.pp, optim_prefix)
    if stage is not None and stage != p:
        return Placement("none")
    stages = range(layout.pp) if stage is None else [p]
    axis = tp_axis(key, shape, rules, optim_prefix) if layout.tp > 1 else None
    offsets, lengths = (0,) * len(shape), shape
    if axis is not None:
        o, n = even_split(shape[axis], layout.tp, t)
        offsets = tuple(o if a == axis else 0 for a in range(len(shape)))
        lengths = tuple(n if a == axis else shape[a] for a in range(len(shape)))
    tps = [t] if axis is not None else range(layout.tp)
    if layout.zero and layout.dp > 1 and key.startswith(optim_prefix) and len(shape) > 0:
        fo, fn = even_split(volume(lengths), layout.dp, d)  # same range on the TP ranks of a replicated tensor
        return Placement("flat", offsets, lengths, (fo, fn),
                         tuple(sorted(layout.rank_of(s, d, tt) for s in stages for tt in tps)))
    holders = tuple(sorted(layout.rank_of(s, dd, tt) for s in stages for dd in range(layout.dp) for tt in tps))
    return Placement("shard" if axis is not None else "full", offsets, lengths, None, holders)


def _entry(pl: Placement, shape: tuple[int, ...], local: Any) -> Any:
    if pl.kind == "flat":
        box = None if pl.lengths == shape else (pl.offsets, pl.lengths)
        return FlatShard(local, shape, pl.flat[0], pl.holders if len(pl.holders) > 1 else None, box)
    if pl.kind == "shard":
        return Shard(local, shape, pl.offsets, pl.holders if len(pl.holders) > 1 else None)
    return Replicated(local, pl.holders)


def shard_state(full: Mapping[str, Any], layout: Layout, rank: int, *, rules: Sequence[tuple[str, int]] = GPT2_TP,
                optim_prefix: str = "optim.", copy: bool = True) -> dict[str, Any]:
    """This rank's entries of a flat ``{key: full tensor or value}`` state under ``layout``.

    Non-tensor values are kept as they are (saved per rank). Local pieces are copies by
    default, as a real rank would own them.
    """
    from .entries import is_tensor
    n_layers = count_layers(list(full))
    out: dict[str, Any] = {}
    for key, value in full.items():
        if not is_tensor(value):
            out[key] = value
            continue
        shape = tuple(int(n) for n in value.shape)
        pl = placement(key, shape, layout, rank, n_layers=n_layers, rules=rules, optim_prefix=optim_prefix)
        if pl.kind == "none":
            continue
        local = value[tuple(slice(o, o + n) for o, n in zip(pl.offsets, pl.lengths))]
        if pl.kind == "flat":
            local = local.reshape(-1)[pl.flat[0]:pl.flat[0] + pl.flat[1]]
        if copy:
            local = local.clone() if hasattr(local, "clone") else np.array(local)
        out[key] = _entry(pl, shape, local)
    return out


def empty_state(shapes: Mapping[str, tuple[tuple[int, ...], Any]], layout: Layout, rank: int, *,
                rules: Sequence[tuple[str, int]] = GPT2_TP, optim_prefix: str = "optim.",
                zeros: Callable[[tuple[int, ...], Any], Any] | None = None) -> dict[str, Any]:
    """A load template for ``rank``: ``{key: (global shape, dtype)}`` -> entries with local buffers.

    ``zeros(shape, dtype)`` allocates a local buffer (default: ``torch.zeros``).
    """
    if zeros is None:
        import torch

        def zeros(shape, dtype):
            return torch.zeros(shape, dtype=dtype)
    n_layers = count_layers(list(shapes))
    out: dict[str, Any] = {}
    for key, (shape, dtype) in shapes.items():
        shape = tuple(int(n) for n in shape)
        pl = placement(key, shape, layout, rank, n_layers=n_layers, rules=rules, optim_prefix=optim_prefix)
        if pl.kind == "none":
            continue
        local_shape = (pl.flat[1],) if pl.kind == "flat" else pl.lengths
        out[key] = _entry(pl, shape, zeros(local_shape, dtype))
    return out


def named_optimizer_state(model: Any, optimizer: Any, prefix: str = "optim") -> dict[str, Any]:
    """An optimizer's per-parameter state keyed by parameter name: ``optim.exp_avg.<name>``.

    torch keys optimizer state by parameter index; names survive a change of layout or
    of parameter order, which is what a resharding load needs. Hyperparameters go under
    ``<prefix>.param_groups`` (without the index lists).
    """
    names = {id(p): n for n, p in model.named_parameters()}
    sd = optimizer.state_dict()
    ids = [p for g in optimizer.param_groups for p in g["params"]]
    out: dict[str, Any] = {}
    for idx, st in sd["state"].items():
        name = names[id(ids[idx])]
        for k, v in st.items():
            out[f"{prefix}.{k}.{name}"] = v
    out[f"{prefix}.param_groups"] = [{k: v for k, v in g.items() if k != "params"} for g in sd["param_groups"]]
    return out


def set_named_optimizer_state(model: Any, optimizer: Any, state: Mapping[str, Any], prefix: str = "optim") -> None:
    """The inverse of :func:`named_optimizer_state`: put name-keyed state back into ``optimizer``."""
    names = {id(p): n for n, p in model.named_parameters()}
    ids = [p for g in optimizer.param_groups for p in g["params"]]
    per_param: dict[int, dict[str, Any]] = {}
    head = prefix + "."
    for key, value in state.items():
        if not key.startswith(head) or key == f"{prefix}.param_groups":
            continue
        field_name, pname = key[len(head):].split(".", 1)
        idx = next((i for i, p in enumerate(ids) if names.get(id(p)) == pname), None)
        if idx is None:
            raise KeyError(f"{key}: the model has no parameter {pname!r}")
        per_param.setdefault(idx, {})[field_name] = value
    sd = optimizer.state_dict()
    groups = state.get(f"{prefix}.param_groups")
    if groups is not None:
        if len(groups) != len(sd["param_groups"]):
            raise ValueError(f"{prefix}.param_groups: {len(groups)} saved, optimizer has {len(sd['param_groups'])}")
        for g, saved in zip(sd["param_groups"], groups):
            g.update({k: v for k, v in saved.items() if k != "params"})
    sd["state"] = per_param
    optimizer.load_state_dict(sd)
