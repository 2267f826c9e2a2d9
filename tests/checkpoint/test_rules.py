"""Load-time rules (rename, re-stage, split, fuse, transpose, cast, drop) on real checkpoints.

Checkpoints are written by ``save`` with emulated ranks; every load is compared bit for bit
with numpy slicing of the original full tensors (torch for bf16 rounding).
"""
from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
import torch

from paddlecamp.checkpoint import CheckpointError, FlatShard, Replicated, Shard, load, open_index, plan_for, save
from paddlecamp.checkpoint.boxes import even_split
from paddlecamp.checkpoint.rules import apply_rules, describe_rules, format_mapping, parse_rules

REPO = Path(__file__).resolve().parents[2]
RULES_DIR = REPO / "data" / "checkpoint" / "rules"


# ----------------------------------------------------------------------------- helpers
def rand(shape, seed=0, dtype=np.float32):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


def save_ranks(path, states):
    """Save one state per emulated rank (save_id "1"); the last rank commits."""
    for r, st in enumerate(states):
        res = save(st, path, rank=r, world_size=len(states), save_id="1")
    assert res.committed
    return path


def shard(full, axis, r, n):
    """Rank r's Shard of ``full`` cut into n (nearly equal) parts along ``axis``."""
    off, ln = even_split(full.shape[axis], n, r)
    idx = tuple(slice(off, off + ln) if a == axis else slice(None) for a in range(full.ndim))
    goff = tuple(off if a == axis else 0 for a in range(full.ndim))
    return Shard(np.ascontiguousarray(full[idx]), full.shape, goff), idx


def flat(full, r, n):
    """Rank r's FlatShard of ``full`` cut into n flat ranges (rank 0 gets an odd cut)."""
    total = full.size
    cuts = [0] + [min(total, (i + 1) * total // n + (7 if i == 0 and n > 1 else 0)) for i in range(n - 1)] + [total]
    a, b = cuts[r], cuts[r + 1]
    return FlatShard(np.ascontiguousarray(full.reshape(-1)[a:b]), full.shape, a), (a, b)


def load_layout(path, shapes, world, axis=0, rules=None, dtype=np.float32):
    """Load every key of ``shapes`` sharded along ``axis`` over ``world`` ranks; returns full arrays."""
    out = {k: np.empty(s, dtype) for k, s in shapes.items()}
    for r in range(world):
        template, where = {}, {}
        for k, s in shapes.items():
            sh, idx = shard(np.empty(s, dtype), axis, r, world)
            template[k] = Shard(np.zeros_like(sh.local_tensor), s, sh.global_offset)
            where[k] = idx
        got = load(path, template, rank=r, world_size=world, rules=rules)
        for k in shapes:
            out[k][where[k]] = got[k]
    return out


# ----------------------------------------------------------------------------- split
@pytest.mark.parametrize("layout", ["rows", "cols", "flat"])
def test_split_fused_qkv_into_three_rank_layout(tmp_path, layout):
    qkv = rand((24, 10), 1)           # q 12 rows, k 6, v 6 (GQA: parts 2:1:1)
    bias = rand((24,), 2)
    gate_up = rand((10, 16), 3)       # [gate | up] along axis 1
    states = []
    for r in range(2):
        if layout == "rows":
            w = shard(qkv, 0, r, 2)[0]
        elif layout == "cols":
            w = shard(qkv, 1, r, 2)[0]
        else:
            w = flat(qkv, r, 2)[0]
        states.append({"layers.0.attn.qkv.weight": w, "layers.0.attn.qkv.bias": flat(bias, r, 2)[0],
                       "layers.0.mlp.gate_up.weight": flat(gate_up, r, 2)[0], "step": 5})
    path = save_ranks(tmp_path / "ck", states)
    rules = ["layers.{i}.attn.qkv -> layers.{i}.attn.q, layers.{i}.attn.k, layers.{i}.attn.v, axis=0, parts=[2, 1, 1]",
             {"split": "layers.{i}.mlp.gate_up.weight", "into": ["layers.{i}.mlp.gate.weight",
                                                                "layers.{i}.mlp.up.weight"], "axis": 1}]
    shapes = {"layers.0.attn.q.weight": (12, 10), "layers.0.attn.k.weight": (6, 10), "layers.0.attn.v.weight": (6, 10),
              "layers.0.attn.q.bias": (12,), "layers.0.attn.k.bias": (6,), "layers.0.attn.v.bias": (6,),
              "layers.0.mlp.gate.weight": (10, 8), "layers.0.mlp.up.weight": (10, 8)}
    got = load_layout(path, shapes, 3, axis=0, rules=rules)
    want = {"layers.0.attn.q.weight": qkv[:12], "layers.0.attn.k.weight": qkv[12:18],
            "layers.0.attn.v.weight": qkv[18:], "layers.0.attn.q.bias": bias[:12],
            "layers.0.attn.k.bias": bias[12:18], "layers.0.attn.v.bias": bias[18:],
            "layers.0.mlp.gate.weight": gate_up[:, :8], "layers.0.mlp.up.weight": gate_up[:, 8:]}
    for k, w in want.items():
        assert np.array_equal(got[k], w), k
    # the same split with explicit sizes, loaded column-sharded over 3 ranks
    got2 = load_layout(path, {"layers.0.attn.k.weight": (6, 10)}, 3, axis=1,
                       rules="layers.{i}.attn.qkv -> layers.{i}.attn.q, layers.{i}.attn.k, layers.{i}.attn.v, "
                             "axis=0, sizes=[12, 6, 6]\ndrop layers.{i}.mlp")
    assert np.array_equal(got2["layers.0.attn.k.weight"], qkv[12:18])
    # values and untouched keys pass through
    assert load(path, {"step": 0}, rules=rules)["step"] == 5


@pytest.mark.parametrize("layout", ["rows", "cols"])
def test_q_split_reads_only_q_bytes(tmp_path, layout):
    qkv = rand((48, 16), 4)  # q 32 rows, k 8, v 8
    axis = 0 if layout == "rows" else 1
    path = save_ranks(tmp_path / "ck", [{"qkv": shard(qkv, axis, r, 2)[0]} for r in range(2)])
    rules = "qkv -> q, k, v, axis=0, parts=[4, 1, 1]"
    index, plan = plan_for(path, {"q": np.zeros((32, 16), np.float32)}, rules=rules)
    q_bytes = 32 * 16 * 4
    assert plan.nbytes == q_bytes and sum(i.nbytes for i in plan.items) == q_bytes
    raw = open_index(path)
    for it in plan.items:
        src = next(p for p in raw.tensors["qkv"].pieces if p.file == it.piece.file)
        rows = src.stored_shape[0]
        row_bytes = src.stored_shape[1] * 4
        start = it.byte_start - src.byte_offset
        assert start >= 0 and it.byte_stop - src.byte_offset <= rows * row_bytes
        # q's rows are the first 32 of each stored shard (rows layout: rank 0 holds all of them)
        assert (it.byte_stop - src.byte_offset) <= 32 * row_bytes
    # k reads exactly k's bytes, none of q's
    _, plan_k = plan_for(path, {"k": np.zeros((8, 16), np.float32)}, rules=rules)
    assert plan_k.nbytes == 8 * 16 * 4
    if layout == "rows":  # k is rows 32:40, all in rank 1's rows 24:48
        assert plan_k.files() == ["data-1/rank00001.safetensors"]
    q_ranges = {(i.piece.file, i.byte_start, i.byte_stop) for i in plan.items}
    for it in plan_k.items:
        for f, a, b in q_ranges:
            assert f != it.piece.file or it.byte_stop <= a or it.byte_start >= b
    # a whole-q load on one rank is read straight into the destination (rows layout)
    if layout == "rows":
        assert plan.items and all(i.direct for i in plan.items)


# ----------------------------------------------------------------------------- fuse
def test_fuse_q_k_v_from_mixed_layouts(tmp_path):
    q, k, v = rand((8, 6), 5), rand((4, 6), 6), rand((4, 6), 7)
    states = [{"attn.q": shard(q, 1, r, 2)[0], "attn.k": Replicated(k), "attn.v": flat(v, r, 2)[0]}
              for r in range(2)]
    path = save_ranks(tmp_path / "ck", states)
    want = np.concatenate([q, k, v], axis=0)
    got = load_layout(path, {"attn.qkv": (16, 6)}, 2, axis=0, rules="attn.q, attn.k, attn.v -> attn.qkv, axis=0")
    assert np.array_equal(got["attn.qkv"], want)
    got = load_layout(path, {"attn.qkv": (16, 6)}, 3, axis=1,
                      rules=[{"fuse": ["attn.q", "attn.k", "attn.v"], "into": "attn.qkv"}])
    assert np.array_equal(got["attn.qkv"], want)
    # along axis 1, of transposed sources
    got = load_layout(path, {"attn.qkvT": (6, 16)}, 2, axis=1,
                      rules="attn.q^T, attn.k^T, attn.v^T -> attn.qkvT, axis=1")
    assert np.array_equal(got["attn.qkvT"], want.T)


def test_fuse_groups_per_layer_and_grouped_round_trip(tmp_path):
    g, up = {}, {}
    state = {}
    for i in range(2):
        g[i], up[i] = rand((6, 4), 10 + i), rand((6, 4), 20 + i)
        state[f"layers.{i}.mlp.gate.weight"] = g[i]
        state[f"layers.{i}.mlp.up.weight"] = up[i]
    path = save_ranks(tmp_path / "ck", [state])
    rules = "layers.{i}.mlp.gate, layers.{i}.mlp.up -> layers.{i}.mlp.gate_up, axis=0"
    out = load(path, {f"layers.{i}.mlp.gate_up.weight": np.zeros((12, 4), np.float32) for i in range(2)},
               rules=rules)
    for i in range(2):
        assert np.array_equal(out[f"layers.{i}.mlp.gate_up.weight"], np.concatenate([g[i], up[i]]))
    # fuse with groups interleaves (3 blocks of [gate 2 | up 2]); the grouped split undoes it
    inter = np.concatenate([np.concatenate([g[0][2 * b:2 * b + 2], up[0][2 * b:2 * b + 2]]) for b in range(3)])
    out = load(path, {"layers.0.mlp.gu": np.zeros((12, 4), np.float32)},
               rules=[{"fuse": ["layers.0.mlp.gate.weight", "layers.0.mlp.up.weight"], "into": "layers.0.mlp.gu",
                       "groups": 3}, "drop layers.1"])
    assert np.array_equal(out["layers.0.mlp.gu"], inter)
    back = load(path, {"a": np.zeros((6, 4), np.float32), "b": np.zeros((6, 4), np.float32)},
                rules=["layers.0.mlp.gate.weight, layers.0.mlp.up.weight -> gu, groups=3",
                       "gu -> a, b, groups=3"])
    assert np.array_equal(back["a"], g[0]) and np.array_equal(back["b"], up[0])


# ----------------------------------------------------------------------------- transpose
def test_transpose_column_sharded(tmp_path):
    w = rand((8, 12), 30)
    x = rand((3, 4, 5), 31)
    path = save_ranks(tmp_path / "ck", [{"w": shard(w, 1, r, 2)[0], "x": flat(x, r, 2)[0]} for r in range(2)])
    got = load_layout(path, {"w": (12, 8)}, 3, axis=0, rules="w^T -> w")
    assert np.array_equal(got["w"], w.T)
    got = load_layout(path, {"wt": (12, 8)}, 2, axis=1, rules=[{"transpose": "w", "to": "wt"}])
    assert np.array_equal(got["wt"], w.T)
    # a general permutation of a flat-sharded 3-D tensor, loaded sharded along its new axis 1
    got = load_layout(path, {"x": (5, 3, 4)}, 3, axis=1, rules="transpose x, perm=[2, 0, 1]")
    assert np.array_equal(got["x"], x.transpose(2, 0, 1))
    # permutations compose: two of them give the permutation of the permutation
    got = load_layout(path, {"x": (4, 5, 3)}, 2, axis=0, rules=["transpose x, perm=[2, 0, 1]",
                                                                 "transpose x, perm=[2, 0, 1]"])
    assert np.array_equal(got["x"], x.transpose(2, 0, 1).transpose(2, 0, 1))
    # w^T^T is w again: no perm left, reads go straight into place
    idx = apply_rules(open_index(path), ["w^T -> w", "w^T -> w"])
    assert all(p.perm is None for p in idx.tensors["w"].pieces)
    _, plan = plan_for(path, {"w": Shard(np.zeros((8, 6), np.float32), (8, 12), (0, 6))}, rank=1, world_size=2,
                       rules=["w^T -> w", "w^T -> w"])
    assert plan.items and all(i.direct for i in plan.items)


def test_transpose_and_split_compose(tmp_path):
    c_attn = rand((6, 18), 40)   # Conv1D layout [in, out]; out = [q | k | v]
    path = save_ranks(tmp_path / "ck", [{"c_attn": shard(c_attn, 1, r, 2)[0]} for r in range(2)])
    lin = c_attn.T  # [out, in]
    got = load_layout(path, {"q": (6, 6), "k": (6, 6), "v": (6, 6)}, 3, axis=0,
                      rules="c_attn^T -> q, k, v, axis=0")
    for n, name in enumerate("qkv"):
        assert np.array_equal(got[name], lin[6 * n:6 * n + 6])
    # split first (axis 1 of the stored layout), then transpose each part, in two rules
    got = load_layout(path, {"k": (6, 6)}, 2, axis=1, rules=["c_attn -> q, k, v, axis=1", "k^T -> k"])
    assert np.array_equal(got["k"], lin[6:12])
    # split of a transposed tensor, then transpose back: the identity on k's columns
    got = load_layout(path, {"k": (6, 6)}, 2, axis=0, rules=["c_attn^T -> q, k, v", "k^T -> k"])
    assert np.array_equal(got["k"], c_attn[:, 6:12])


# ----------------------------------------------------------------------------- cast
def _special_f32(n):
    t = torch.randn(n, generator=torch.Generator().manual_seed(0)) * 100
    specials = torch.tensor([0.0, -0.0, 1.0, 1.00390625, 1.01171875, 3.4e38, -3.4e38, 1e-40, -1e-41,
                             float("inf"), float("-inf"), 65504.0, 1.0 + 2 ** -8, 1.0 + 3 * 2 ** -8])
    t[:len(specials)] = specials
    return t.reshape(-1, 6)


def test_cast_f32_to_bf16_matches_torch(tmp_path):
    t = _special_f32(60)  # (10, 6), with ties and overflowing values
    a = t.numpy()
    path = save_ranks(tmp_path / "ck", [{"w": shard(a, 0, r, 2)[0]} for r in range(2)])
    want = t.to(torch.bfloat16)
    for rules in ("w -> w, dtype=bfloat16", [{"cast": "w", "dtype": "BF16"}], "cast w, dtype=torch.bfloat16"):
        parts = []
        for r in range(3):
            off, ln = even_split(10, 3, r)
            dst = torch.zeros((ln, 6), dtype=torch.bfloat16)
            got = load(path, {"w": Shard(dst, (10, 6), (off, 0))}, rank=r, world_size=3, rules=rules)
            parts.append(got["w"])
        full = torch.cat(parts)
        assert torch.equal(full.view(torch.int16), want.view(torch.int16))
    # without a cast rule the dtype mismatch is an error that suggests one
    with pytest.raises(CheckpointError, match="cast rule"):
        load(path, {"w": torch.zeros((10, 6), dtype=torch.bfloat16)})
    idx = apply_rules(open_index(path), "cast w, dtype=BF16")
    assert idx.tensors["w"].dtype == "BF16" and {p.dtype for p in idx.tensors["w"].pieces} == {"F32"}


def test_cast_bf16_to_f32_and_fuse_mixed_dtypes(tmp_path):
    t = _special_f32(36).to(torch.bfloat16)  # (6, 6)
    u = torch.randn(2, 6)
    path = save_ranks(tmp_path / "ck", [{"w": Shard(t[3 * r:3 * r + 3].clone(), (6, 6), (3 * r, 0)),
                                         "u": Replicated(u)} for r in range(2)])
    got = load(path, {"w": torch.zeros(6, 6)}, rules="w -> w, dtype=F32")
    assert torch.equal(got["w"], t.float())
    # fusing a bf16 and an f32 tensor needs a target dtype; each piece is cast from its own
    with pytest.raises(CheckpointError, match=r"rule 1 .*tensor w: fuse: dtypes differ: w BF16, u F32"):
        apply_rules(open_index(path), "w, u -> wu, axis=0")
    got = load(path, {"wu": torch.zeros(8, 6, dtype=torch.bfloat16)}, rules="w, u -> wu, axis=0, dtype=BF16")
    assert torch.equal(got["wu"].view(torch.int16), torch.cat([t, u.to(torch.bfloat16)]).view(torch.int16))


# ----------------------------------------------------------------------------- rename, re-stage, drop
def test_rename_regex_groups_and_pass_through(tmp_path):
    state = {f"model.layers.{i}.attn.{p}.weight": rand((4, 4), 50 + 3 * i + n)
             for i in range(2) for n, p in enumerate("qk")}
    state["model.embed.weight"] = rand((5, 4), 60)
    state["model.layers.1.mlp.w"] = rand((3,), 61)
    path = save_ranks(tmp_path / "ck", [state])
    rules = r"model.layers.(\d+).attn.(.*) -> blocks.\1.attention.\2"
    idx = apply_rules(open_index(path), rules)
    assert set(idx.tensors) == {"blocks.0.attention.q.weight", "blocks.0.attention.k.weight",
                                "blocks.1.attention.q.weight", "blocks.1.attention.k.weight",
                                "model.embed.weight", "model.layers.1.mlp.w"}
    template = {k: np.zeros(m.global_shape, np.float32) for k, m in idx.tensors.items()}
    out = load(path, template, rules=rules)
    assert np.array_equal(out["blocks.1.attention.k.weight"], state["model.layers.1.attn.k.weight"])
    assert np.array_equal(out["model.embed.weight"], state["model.embed.weight"])
    # named groups, prefixes and an empty target
    idx = apply_rules(open_index(path), [{"rename": r"model\.layers\.(?P<n>\d+)", "to": r"h.\g<n>"},
                                         {"rename": "model", "to": ""}])
    assert "h.0.attn.q.weight" in idx.tensors and "embed.weight" in idx.tensors
    # a pattern matches whole components only: 'model.layer' is not a prefix of 'model.layers'
    with pytest.raises(CheckpointError, match="matches no tensor"):
        apply_rules(open_index(path), "model.layer -> x")


def test_pipeline_restaging(tmp_path):
    """Stage 0 saved layers 0-1, stage 1 saved its layers 0-1 under its local names: offset those to 2-3."""
    full = {f"layers.{i}.w": rand((6, 4), 70 + i) for i in range(4)}
    embed, head = rand((10, 4), 80), rand((4, 10), 81)
    # each stage is 2-way tensor parallel, and writes its own checkpoint
    stage0 = save_ranks(tmp_path / "stage0", [{"embed": shard(embed, 0, r, 2)[0],
                                               **{f"layers.{i}.w": shard(full[f"layers.{i}.w"], 0, r, 2)[0]
                                                  for i in range(2)}} for r in range(2)])
    stage1 = save_ranks(tmp_path / "stage1", [{"head": shard(head, 1, r, 2)[0],
                                               **{f"layers.{i}.w": shard(full[f"layers.{i + 2}.w"], 1, r, 2)[0]
                                                  for i in range(2)}} for r in range(2)])
    # the new run has one stage holding all four layers, unsharded
    model = {"embed": np.zeros((10, 4), np.float32), "head": np.zeros((4, 10), np.float32),
             **{f"layers.{i}.w": np.zeros((6, 4), np.float32) for i in range(4)}}
    part0 = {k: model[k] for k in ("embed", "layers.0.w", "layers.1.w")}
    part1 = {k: model[k] for k in ("head", "layers.2.w", "layers.3.w")}
    load(stage0, part0)
    for rules in ("layers.{i} -> layers.{i+2}", [{"offset": "layers.{i}", "by": 2}], r"layers\.(\d+) -> layers.{1+2}"):
        for v in part1.values():
            v[...] = 0
        load(stage1, part1, rules=rules)
        for i in range(4):
            assert np.array_equal(model[f"layers.{i}.w"], full[f"layers.{i}.w"]), (rules, i)
        assert np.array_equal(model["head"], head) and np.array_equal(model["embed"], embed)
    # re-staging the other way (stage 1 of 2 -> local names) with a negative offset
    idx = apply_rules(apply_rules(open_index(stage1), "layers.{i} -> layers.{i+2}"), "offset layers.{i}, by=-2")
    assert sorted(idx.tensors) == ["head", "layers.0.w", "layers.1.w"]
    described = describe_rules(open_index(stage1), "layers.{i} -> layers.{i+2}", changed_only=True)
    assert [(r["key"], r["sources"]) for r in described] == [("layers.2.w", ["layers.0.w"]),
                                                             ("layers.3.w", ["layers.1.w"])]
    # collisions are errors naming the rule and both tensors
    with pytest.raises(CheckpointError, match=r"rule 1 \(line 1: layers.1 -> layers.0\): tensor layers.1.w: "
                                              r"would become layers.0.w, which is already a tensor"):
        apply_rules(open_index(stage1), "layers.1 -> layers.0")
    with pytest.raises(CheckpointError, match=r"rule 1 .*both layers.0.w and layers.1.w would become layers.0.w"):
        apply_rules(open_index(stage1), r"layers.(\d+).w -> layers.0.w")
    with pytest.raises(CheckpointError, match=r"tensor layers.0.w: .*negative"):
        apply_rules(open_index(stage1), "layers.{i} -> layers.{i-1}")


def test_drop(tmp_path):
    path = save_ranks(tmp_path / "ck", [{"w": rand((2, 2)), "opt.m.w": rand((2, 2), 1), "opt.v.w": rand((2, 2), 2)}])
    for rules in (r"drop opt\..*", r"opt.(m|v).w -> _", [{"drop": ["opt.m", "opt.v"]}]):
        assert set(apply_rules(open_index(path), rules).tensors) == {"w"}
    with pytest.raises(CheckpointError, match="opt.m.w: not in the checkpoint"):
        load(path, {"opt.m.w": np.zeros((2, 2), np.float32)}, rules="drop opt")


# ----------------------------------------------------------------------------- rule files
def _paddlenlp_llama(tmp_path, layers=2, hidden=16, kv_heads=8, groups=4, head_dim=2, inter=12, vocab=20):
    out = kv_heads * (groups + 2) * head_dim
    full = {"llama.embed_tokens.weight": rand((vocab, hidden), 90), "llama.norm.weight": rand((hidden,), 91),
            "lm_head.weight": rand((hidden, vocab), 92)}
    for i in range(layers):
        full[f"llama.layers.{i}.self_attn.qkv_proj.weight"] = rand((hidden, out), 100 + i)
        full[f"llama.layers.{i}.self_attn.o_proj.weight"] = rand((kv_heads * groups * head_dim, hidden), 110 + i)
        full[f"llama.layers.{i}.mlp.gate_up_fused_proj.weight"] = rand((hidden, 2 * inter), 120 + i)
        full[f"llama.layers.{i}.mlp.down_proj.weight"] = rand((inter, hidden), 130 + i)
        full[f"llama.layers.{i}.input_layernorm.weight"] = rand((hidden,), 140 + i)
    # tensor parallel over 2 ranks as PaddleNLP does: column-parallel qkv/gate_up, row-parallel o/down
    states = []
    for r in range(2):
        st = {}
        for k, v in full.items():
            if k.endswith(("qkv_proj.weight", "gate_up_fused_proj.weight", "lm_head.weight")):
                st[k] = shard(v, 1, r, 2)[0]
            elif k.endswith(("o_proj.weight", "down_proj.weight", "embed_tokens.weight")):
                st[k] = shard(v, 0, r, 2)[0]
            else:
                st[k] = Replicated(v)
        states.append(st)
    return save_ranks(tmp_path / "paddlenlp", states), full


def test_llama_example_rules(tmp_path):
    path, full = _paddlenlp_llama(tmp_path)
    rules = RULES_DIR / "llama_qkv_split.yaml"
    hidden, kv_heads, groups, head_dim, inter = 16, 8, 4, 2, 12
    want = {"model.embed_tokens.weight": full["llama.embed_tokens.weight"],
            "model.norm.weight": full["llama.norm.weight"], "lm_head.weight": full["lm_head.weight"].T}
    for i in range(2):
        # PaddleNLP: out = x @ W, reshaped to [.., kv_heads, (groups + 2) * head_dim] and split [g*hd, hd, hd]
        w = full[f"llama.layers.{i}.self_attn.qkv_proj.weight"].reshape(hidden, kv_heads, (groups + 2) * head_dim)
        q = w[:, :, :groups * head_dim].reshape(hidden, -1)
        k = w[:, :, groups * head_dim:(groups + 1) * head_dim].reshape(hidden, -1)
        v = w[:, :, (groups + 1) * head_dim:].reshape(hidden, -1)
        gu = full[f"llama.layers.{i}.mlp.gate_up_fused_proj.weight"]
        want.update({f"model.layers.{i}.self_attn.q_proj.weight": q.T, f"model.layers.{i}.self_attn.k_proj.weight": k.T,
                     f"model.layers.{i}.self_attn.v_proj.weight": v.T,
                     f"model.layers.{i}.self_attn.o_proj.weight": full[f"llama.layers.{i}.self_attn.o_proj.weight"].T,
                     f"model.layers.{i}.mlp.gate_proj.weight": gu[:, :inter].T,
                     f"model.layers.{i}.mlp.up_proj.weight": gu[:, inter:].T,
                     f"model.layers.{i}.mlp.down_proj.weight": full[f"llama.layers.{i}.mlp.down_proj.weight"].T,
                     f"model.layers.{i}.input_layernorm.weight": full[f"llama.layers.{i}.input_layernorm.weight"]})
    idx = apply_rules(open_index(path), rules)
    assert set(idx.tensors) == set(want)
    got = load_layout(path, {k: v.shape for k, v in want.items()}, 3, axis=0, rules=rules)
    for k, v in want.items():
        assert np.array_equal(got[k], v), k
    # the same file given as a string path, and as its text
    assert set(apply_rules(open_index(path), str(rules)).tensors) == set(want)
    assert set(apply_rules(open_index(path), rules.read_text()).tensors) == set(want)
    rows = {r["key"]: r for r in describe_rules(open_index(path), rules)}
    row = rows["model.layers.1.self_attn.k_proj.weight"]
    assert row["sources"] == ["llama.layers.1.self_attn.qkv_proj.weight"] and row["rules"] == [1]
    assert row["transform"].startswith("transpose (rule 1); axis 0 [8:10] of each of 8 blocks of 12 (rule 1)")
    assert rows["model.norm.weight"]["transform"] == "rename (rule 4)"
    text = format_mapping(rows.values())
    assert "model.layers.0.self_attn.q_proj.weight  <- llama.layers.0.self_attn.qkv_proj.weight" in text


def test_gpt2_example_rules(tmp_path):
    d = 8
    full = {"wte.weight": rand((11, d), 1), "h.0.attn.bias": np.tril(np.ones((4, 4), np.float32)),
            "h.0.attn.c_attn.weight": rand((d, 3 * d), 2), "h.0.attn.c_attn.bias": rand((3 * d,), 3),
            "h.0.attn.c_proj.weight": rand((d, d), 4), "h.0.mlp.c_fc.weight": rand((d, 4 * d), 5),
            "h.0.mlp.c_proj.weight": rand((4 * d, d), 6), "h.0.ln_1.weight": rand((d,), 7)}
    rules = RULES_DIR / "gpt2_conv1d_transpose.yaml"
    for prefix in ("", "transformer."):
        path = save_ranks(tmp_path / f"gpt2{prefix}", [{prefix + k: v for k, v in full.items()}])
        want = {"wte.weight": full["wte.weight"], "h.0.ln_1.weight": full["h.0.ln_1.weight"],
                "h.0.attn.c_proj.weight": full["h.0.attn.c_proj.weight"].T,
                "h.0.mlp.c_fc.weight": full["h.0.mlp.c_fc.weight"].T,
                "h.0.mlp.c_proj.weight": full["h.0.mlp.c_proj.weight"].T}
        for n, p in enumerate("qkv"):
            want[f"h.0.attn.{p}_proj.weight"] = full["h.0.attn.c_attn.weight"][:, n * d:(n + 1) * d].T
            want[f"h.0.attn.{p}_proj.bias"] = full["h.0.attn.c_attn.bias"][n * d:(n + 1) * d]
        assert set(apply_rules(open_index(path), rules).tensors) == set(want)
        got = load(path, {k: np.zeros(v.shape, np.float32) for k, v in want.items()}, rules=rules)
        for k, v in want.items():
            assert np.array_equal(got[k], v), (prefix, k)


# ----------------------------------------------------------------------------- forms and purity
def test_rule_forms_agree_and_index_is_untouched(tmp_path):
    path = save_ranks(tmp_path / "ck", [{"a.qkv": shard(rand((6, 4)), 0, r, 2)[0], "b": shard(rand((4, 6)), 1, r, 2)[0]}
                                        for r in range(2)])
    text = "a.qkv -> a.q, a.k, a.v, axis=0\nb^T -> c, dtype=BF16  # comment\n"
    yaml_text = ("rules:\n  - split: a.qkv\n    into: [a.q, a.k, a.v]\n    axis: 0\n"
                 "  - transpose: b\n    to: c\n    dtype: bfloat16\n")
    as_list = ["a.qkv -> a.q, a.k, a.v, axis=0", {"transpose": "b", "to": "c", "dtype": "BF16"}]
    f = tmp_path / "r.yaml"
    f.write_text(yaml_text)
    t = tmp_path / "r.txt"
    t.write_text(text)
    index = open_index(path)
    before = copy.deepcopy(index)
    results = [describe_rules(index, r) for r in (text, yaml_text, as_list, f, str(f), t, parse_rules(as_list))]
    strip = [[(r["key"], r["shape"], r["dtype"], r["sources"]) for r in rows] for rows in results]
    assert all(s == strip[0] for s in strip)
    assert strip[0] == [("a.q", (2, 4), "F32", ["a.qkv"]), ("a.k", (2, 4), "F32", ["a.qkv"]),
                        ("a.v", (2, 4), "F32", ["a.qkv"]), ("c", (6, 4), "BF16", ["b"])]
    assert index == before  # apply_rules built a new index; the old one is as it was
    new = apply_rules(index, text)
    assert new is not index and new.files == index.files and new.root == index.root
    assert all(p.source_key for m in new.tensors.values() for p in m.pieces)


# ----------------------------------------------------------------------------- errors
@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("errs") / "ck"
    save_ranks(path, [{"layers.0.qkv": rand((12, 4)), "layers.0.q": rand((4, 4)), "layers.0.k": rand((4, 5)),
                       "layers.0.v": rand((4, 4)).astype(np.float16), "x3": rand((2, 3, 4)), "s": rand((5,))}])
    return open_index(path)


@pytest.mark.parametrize("rules, pattern", [
    ("splt layers.0.qkv -> a, b", r"rule 1 \(line 1: splt layers.0.qkv -> a, b\): unknown rule kind 'splt'"),
    ([{"splitt": "layers.0.qkv", "into": ["a", "b"]}], r"rule 1 \(splitt: .*\): unknown rule kind"),
    ("a -> b\nlayers.(\\d+.qkv -> x",
     r"rule 2 \(line 2: .*\): bad pattern 'layers.\(\\d\+.qkv': missing \), unterminated subpattern at position 7"),
    ("layers.0.qkv -> a, b, c, axis=0, sizes=[4, 4, 5]",
     r"rule 1 .*tensor layers.0.qkv: sizes \[4, 4, 5\] add up to 13, but axis 0 has length 12"),
    ("layers.0.qkv -> a, b, c, axis=1", r"tensor layers.0.qkv: axis 1 has length 4, which does not split into 3"),
    ("layers.0.qkv -> a, b, axis=2", r"rule 1 .*tensor layers.0.qkv: axis 2 is out of range for shape \(12, 4\)"),
    ("layers.0.q, layers.0.k -> qk, axis=0",
     r"tensor layers.0.k: fuse along axis 0: shapes must match on every other axis: layers.0.q \(4, 4\), "
     r"layers.0.k \(4, 5\)"),
    ("layers.0.q, layers.0.v -> qv", r"tensor layers.0.q: fuse: dtypes differ: layers.0.q F32, layers.0.v F16"),
    ("layers.0.q, x3 -> qx", r"fuse: ranks differ"),
    ("x3^T -> y", r"tensor x3: \^T needs a 2-D tensor"),
    ("transpose x3, perm=[1, 0]", r"tensor x3: perm \[1, 0\] has 2 axes"),
    ("layers.9.qkv -> a", r"rule 1 \(line 1: layers.9.qkv -> a\): matches no tensor; similar keys: layers.0.qkv"),
    ("layers.{i}.q -> y.\\2", r"target 'y.\\2' refers to '\\2', which source pattern"),
    ("layers.{i}.q, layers.{i}.w -> z", r"tensor layers.0.q: fuse: no partner for it matching 'layers.{i}.w'"),
    ("cast s, dtype=float13", r"unknown dtype 'float13'"),
    ("s -> t, axis=x", r"axis must be an integer"),
    ("s -> t, colour=red", r"unknown option colour"),
    ("s -> a, b, sizes=[5]", r"sizes has 1 entries for 2 targets"),
    ("a, b -> c, d", r"split takes one source|fuse"),
    ("offset layers.{i}.{j}, by=1", r"captures 2 groups; say which with group="),
    ("drop s -> t", r"drop takes no targets"),
])
def test_errors_name_rule_and_tensor(small_index, rules, pattern):
    with pytest.raises(CheckpointError, match=pattern):
        apply_rules(small_index, rules)


def test_error_line_numbers_in_yaml(small_index, tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("# comment\nrules:\n  - rename: layers.0.q\n    to: qq\n\n  - split: layers.0.qkv\n"
                 "    into: [a, b]\n    axis: 0\n    sizes: [6, 7]\n")
    with pytest.raises(CheckpointError, match=r"rule 2 \(bad.yaml line 6: split: layers.0.qkv, into: \[a, b\], "
                                              r"axis: 0, sizes: \[6, 7\]\): tensor layers.0.qkv: sizes \[6, 7\]"):
        apply_rules(small_index, f)
    with pytest.raises(CheckpointError, match=r"rules: .*missing.yaml: no such file"):
        apply_rules(small_index, str(tmp_path / "missing.yaml"))
    g = tmp_path / "broken.yaml"
    g.write_text("rules: [a, {b\n")
    with pytest.raises(CheckpointError, match="broken.yaml: not valid YAML"):
        apply_rules(small_index, g)


def test_unmatched_rules_can_be_allowed(small_index):
    with pytest.raises(CheckpointError, match="matches no tensor"):
        apply_rules(small_index, "nothing.here -> x")
    assert set(apply_rules(small_index, "nothing.here -> x, allow_unmatched=true").tensors) == set(small_index.tensors)
    assert set(apply_rules(small_index, {"rules": ["nothing.here -> x"], "allow_unmatched": True}).tensors) == \
        set(small_index.tensors)
    assert set(apply_rules(small_index, ["drop nothing"], allow_unmatched=True).tensors) == set(small_index.tensors)
