"""Write the Track-5 chapters (notebooks/05-checkpoint/*.ipynb) from the cells below.

    .venv/bin/python scripts/chapters/checkpoint_chapters.py          # all chapters
    .venv/bin/python scripts/chapters/checkpoint_chapters.py 03 05    # some

The notebooks are committed without outputs; edit the cells here, re-run this script,
and run ``pytest tests/notebooks -k 05-checkpoint``.
"""
from __future__ import annotations

import sys
from pathlib import Path

from paddlecamp.chapters.authoring import write_chapters

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "notebooks" / "05-checkpoint"

SETUP = """\
import warnings
warnings.filterwarnings("ignore")
import inspect
import matplotlib.pyplot as plt
from IPython.display import display
"""

# ============================================================================= 01
CH01 = [
    ("md", """\
# 01 · What a training checkpoint contains

A pre-training run lasts weeks on thousands of accelerators; a node fails every few hours.
The run survives only if it can stop at any step and **continue as if it had never stopped**:
the next loss after a restart must be the loss the uninterrupted run would have computed,
to the last bit. Question: **what exactly must be written to disk for that, and how much of
it is there?**

We train a small GPT-2 (a real `transformers.GPT2LMHeadModel`, built from a `GPT2Config`,
with AdamW and dropout), collect everything a resumed run needs, and weigh it first."""),
    ("params", """\
SMOKE = True
STEPS = 3          # steps before the checkpoint, and again after it
"""),
    ("code", SETUP + """\
import json, random, tempfile
from pathlib import Path
import numpy as np
import pandas as pd
import torch
import transformers
transformers.logging.set_verbosity_error()
from paddlecamp.checkpoint import demos, plots, save, load, open_index
from paddlecamp.checkpoint import values as V
from paddlecamp.checkpoint.entries import TORCH_DTYPES

CONFIG = dict(n_layer=2, n_embd=64) if SMOKE else dict(n_layer=6, n_embd=256, vocab_size=8192, n_positions=128)
_TMP = tempfile.TemporaryDirectory(prefix="ckpt-01-")      # removed when the kernel exits
WORK = Path(_TMP.name)
"""),
    ("md", """\
## 1. Weighing a training state

`demos.training_state` gathers what a resumed run needs, as one flat dictionary: the model's
`state_dict`, AdamW's per-parameter state (keyed by parameter *name*, chapter 02 says why),
the three random number generators (torch, Python, NumPy), the data loader's position and the
step counter. `bytes_by_category` weighs each part: a tensor by its raw bytes, anything else by
the JSON text it is saved as."""),
    ("code", """\
model, opt = demos.tiny_gpt2(seed=0, **CONFIG)
loader = demos.TokenLoader(model.config.vocab_size)
losses_before = demos.train_steps(model, opt, loader, STEPS)
state = demos.training_state(model, opt, loader, step=STEPS)
cats = demos.bytes_by_category(state)
fig = plots.plot_category_bytes(cats, f"A GPT-2 ({model.num_parameters():,} parameters) after {STEPS} AdamW steps")
display(fig); plt.close(fig)
pd.DataFrame(cats).T
"""),
    ("md", """\
The picture is the first lesson of checkpointing: **the optimizer is bigger than the model.**
AdamW keeps two moments (`exp_avg`, `exp_avg_sq`) per parameter in fp32, so model + optimizer
is three times the weights, before any mixed-precision master copy. Everything that is *not*
a tensor (RNG states, the loader position, the hyperparameters) is a rounding error in bytes,
but, as section 4 shows, the run is not reproducible without it."""),
    ("code", """\
w, m = cats["model weights"]["bytes"], cats["optimizer moments"]["bytes"]
total = sum(c["bytes"] for c in cats.values())
assert m == 2 * w                                   # two fp32 moments per fp32 weight
small = total - w - m - cats["optimizer step counters"]["bytes"]
assert small < 0.05 * total
print(f"weights {w / 2**20:.2f} MiB, whole checkpoint {total / 2**20:.2f} MiB = {total / w:.2f} x the weights; "
      f"non-tensor state {small / 1024:.1f} KiB")
"""),
    ("md", """\
## 2. The entries, one by one

A few of each kind. Note `lm_head.weight` is missing: GPT-2 ties it to the token embedding
`transformer.wte.weight`, and `training_state` keeps a tied tensor once. AdamW's `step` is a
0-d float tensor per parameter; `param_groups` (learning rate, betas, weight decay) are plain
numbers."""),
    ("code", """\
rows = []
for k, v in state.items():
    t = isinstance(v, torch.Tensor)
    rows.append({"key": k, "category": demos.category_of(k), "type": str(v.dtype) if t else type(v).__name__,
                 "shape": tuple(v.shape) if t else "", "bytes": demos.nbytes_of(v)})
table = pd.DataFrame(rows)
table.groupby("category", sort=False).head(3)
"""),
    ("md", """\
## 3. What is not a tensor is saved without pickle

`torch.save` pickles; unpickling a file can run any code it names, which is why `torch.load`
now defaults to `weights_only=True`. A checkpoint should be data. `paddlecamp.checkpoint.values`
writes non-tensor state as JSON, tagging what JSON lacks (tuples, bytes, non-string keys,
NumPy arrays inside a tuple such as `numpy.random.get_state()`) so that it comes back as the same
types, and refuses everything else with the path of the offending value."""),
    ("code", """\
print(inspect.getsource(V.encode))
"""),
    ("code", """\
enc = V.encode(state["rng.python"])
print("python RNG state:", json.dumps(enc)[:160], "...")
print("loader position: ", json.dumps(V.encode(state["loader"])))
print("hyperparameters: ", json.dumps(V.encode(state["optim.param_groups"]))[:160], "...")
for key in ("rng.python", "rng.numpy", "loader", "optim.param_groups"):
    back = V.decode(json.loads(json.dumps(V.encode(state[key]))))
    assert repr(back) == repr(state[key]), key          # same values, same types
try:
    V.encode({"schedule": lambda step: 0.1}, "config")
except TypeError as e:
    print("refused:", e)
"""),
    ("md", """\
## 4. Save, load, resume: the same losses

Run A trains `2 × STEPS` steps without stopping. Run B trains `STEPS` steps (the model above),
saves, and is "killed". Run C starts from a model with **different** initial weights (and a
re-seeded global RNG), loads the checkpoint, restores every part, and trains `STEPS` more.
If the checkpoint is complete, C's losses are A's last `STEPS` losses, bit for bit."""),
    ("code", """\
ck = WORK / "ck"
res = save(state, ck, save_id=f"step{STEPS}")
print(f"wrote {res.bytes_written:,} bytes in {res.seconds * 1000:.1f} ms, committed={res.committed}")
for name, size in demos.list_files(ck):
    print(f"  {name:40s} {size:>10,d} bytes")
"""),
    ("md", """\
A new process knows the model's code but not its values. The checkpoint's index (read from
the small metadata file, no tensor data) says the name, dtype and shape of every tensor, so
the load template, the destination buffers, can be allocated from it; `None` marks a
non-tensor value to be read back."""),
    ("code", """\
index = open_index(ck)
template = {k: torch.empty(m.global_shape, dtype=getattr(torch, TORCH_DTYPES[m.dtype])) for k, m in index.tensors.items()}
template.update({k: None for k in index.values})
loaded = load(ck, template)
assert all(torch.equal(loaded[k], v) for k, v in state.items() if isinstance(v, torch.Tensor))
assert loaded["loader"] == state["loader"] and loaded["rng.python"] == state["rng.python"]

model_a, opt_a = demos.tiny_gpt2(seed=0, **CONFIG)          # run A, never stops
losses_a = demos.train_steps(model_a, opt_a, demos.TokenLoader(model_a.config.vocab_size), 2 * STEPS)

def resume(parts=demos.PARTS):
    m, o = demos.tiny_gpt2(seed=99, **CONFIG)              # run C: other weights, other RNG
    ld = demos.TokenLoader(m.config.vocab_size)
    demos.restore_training_state(m, o, ld, loaded, parts)
    return demos.train_steps(m, o, ld, STEPS)

losses_c = resume()
assert losses_before == losses_a[:STEPS]
assert losses_c == losses_a[STEPS:]                     # exact float equality, not allclose
fig, ax = plt.subplots(figsize=(7, 3))
ax.plot(range(1, 2 * STEPS + 1), losses_a, "o-", label="A: never stopped")
ax.plot(range(STEPS + 1, 2 * STEPS + 1), losses_c, "x", ms=12, label="C: resumed from the checkpoint")
ax.axvline(STEPS + 0.5, color="grey", ls="--"); ax.text(STEPS + 0.55, max(losses_a), "save / load", fontsize=8)
ax.set_xlabel("step"); ax.set_ylabel("loss"); ax.legend(fontsize=8, loc="best"); ax.set_title("Resuming reproduces the run")
plt.show()
"""),
    ("md", """\
### What each part buys

Leave one part out of the restore and train again. Without the optimizer state AdamW restarts
with zero moments and a step count of 0 (bias correction starts over); without the RNG state
dropout draws other masks; without the loader position the model sees the first batches again."""),
    ("code", """\
rows = []
for left_out in demos.PARTS:
    got = resume(tuple(p for p in demos.PARTS if p != left_out))
    rows.append({"left out": left_out, "same losses": got == losses_a[STEPS:],
                 "largest loss difference": max(abs(a - b) for a, b in zip(got, losses_a[STEPS:]))})
effects = pd.DataFrame(rows)
assert not effects["same losses"].any()                 # every part is needed
effects
"""),
    ("md", """\
## 5. The data file is a safetensors file

The tensors went into one file per rank with a safetensors layout (8-byte header length, a
JSON header, then raw bytes), so any safetensors reader opens it, and the tensor bytes can be
memory-mapped or read with one `pread` per range, which is what resharding loads need
(chapter 04)."""),
    ("code", """\
from safetensors import safe_open
(data_file,) = index.files
with safe_open(str(ck / data_file), framework="pt") as f:
    names = list(f.keys())
    wte = f.get_tensor("model.transformer.wte.weight")
assert torch.equal(wte, state["model.transformer.wte.weight"]) and len(names) == len(index.tensors)
print(data_file, len(names), "tensors, e.g.", names[:3])
"""),
    ("md", """\
## Summary

* A training checkpoint is the model, the optimizer state (for AdamW twice the weights), the
  RNG states, the data loader's position and the step, plus the hyperparameters.
* By bytes it is almost all tensors; by importance every small part counts: leaving out any of
  optimizer, RNG or loader changes the losses after a restart.
* Non-tensor state is saved as tagged JSON, so loading a checkpoint never runs code.
* A resumed run reproduces the uninterrupted one exactly (CPU, same threads): the test of a
  complete checkpoint is an `==` on the losses, not `allclose`.

## Exercises

1. Train with `torch.optim.SGD(momentum=0.9)` instead of AdamW. How do the categories change?
2. Add a learning-rate scheduler (`torch.optim.lr_scheduler.CosineAnnealingLR`). What must
   the checkpoint hold for it, and what happens if you leave it out?
3. Keep a bf16 copy of the weights for the forward pass and the fp32 master weights in the
   optimizer (mixed precision). Redraw the figure: how many bytes per parameter now?
4. Replace `TokenLoader` by a `torch.utils.data.DataLoader(shuffle=True)`. What is its
   "position", and how would you restore it without replaying the epoch?"""),
]

# ============================================================================= 02
CH02 = [
    ("md", """\
# 02 · The vocabulary of sharding: TP, DP, PP and ZeRO as boxes

A model that does not fit one device is cut, and every parallel scheme cuts differently:
tensor parallelism splits a weight matrix, data parallelism copies it, pipeline parallelism
gives whole layers to different devices, ZeRO splits the optimizer state by element count.
A checkpoint saved under one scheme must load under another (more GPUs, fewer GPUs, a new
pipeline). Question: **is there one description that covers all of them?**

There is: what a rank holds of a tensor is always a **box** of the global tensor (offsets and
lengths per axis), possibly held by several ranks, or a **flat range**, which is a short list of
boxes. Here is one `[10, 14]` weight matrix (GPT-2's `mlp.c_fc.weight`, stored `[in, out]`) under
several layouts; every box is coloured by the first rank that holds it and labelled with all of
them."""),
    ("params", """\
SMOKE = True
SHAPE = (10, 14)      # the weight drawn below: small enough to see every box
"""),
    ("code", SETUP + """\
import numpy as np
import pandas as pd
import torch
import transformers
transformers.logging.set_verbosity_error()
from paddlecamp.checkpoint import demos, plots, plan_save
from paddlecamp.checkpoint.boxes import flat_to_boxes, volume
from paddlecamp.checkpoint.entries import spec_of
from paddlecamp.checkpoint.layouts import GPT2_TP, Layout, placement, shard_state, stage_of

W = "h.0.mlp.c_fc.weight"             # a layer-0 weight; the optimizer's moment of it:
M = "optim.exp_avg.h.0.mlp.c_fc.weight"
PANELS = [
    ("one device", W, SHAPE, Layout()),
    ("TP4: columns (uneven 4,4,3,3)", W, SHAPE, Layout(tp=4)),
    ("DP2: two full copies", W, SHAPE, Layout(dp=2)),
    ("TP2 x DP2", W, SHAPE, Layout(tp=2, dp=2)),
    ("TP2 x PP2: layer 0 on stage 0", W, SHAPE, Layout(tp=2, pp=2)),
    ("TP2 x PP2: layer 1 on stage 1", W.replace("h.0", "h.1"), SHAPE, Layout(tp=2, pp=2)),
    ("TP2 x DP3 + ZeRO: the weight", W, SHAPE, Layout(tp=2, dp=3, zero=True)),
    ("TP2 x DP3 + ZeRO: its exp_avg", M, SHAPE, Layout(tp=2, dp=3, zero=True)),
]
fig = plots.plot_layouts(PANELS, n_layers=2, ncols=4)
display(fig); plt.close(fig)
"""),
    ("md", """\
Read the figure as a set of answers to "who holds which box":

* **TP** (tensor parallelism) cuts the matrix along one axis; with 14 columns and 4 ranks the
  cut is uneven (4, 4, 3, 3), and nothing about it assumes equal parts.
* **DP** (data parallelism) gives every rank the same full box: `r0,1` means ranks 0 and 1 hold
  identical bytes. A checkpoint must write them **once**.
* **TP x DP** combines both: two column halves, each held by two ranks (`r0,2` and `r1,3`).
* **PP** (pipeline parallelism) places layer 0 on stage 0 (ranks 0 and 1) and layer 1 on stage 1
  (ranks 2 and 3); the other stage holds nothing of it.
* **ZeRO** (stage 1) keeps the weights as TP x DP does, but cuts the optimizer state of each TP
  shard by element count across the data-parallel ranks. A flat range of a row-major matrix is
  not a box, but it is at most `2·ndim − 1` boxes: a partial row, full rows, a partial row.

Every scheme, and every combination, is a list of `(box, ranks)` pairs. The check: in every
panel, the distinct boxes tile the tensor exactly once: no gap, no overlap."""),
    ("code", """\
for title, key, shape, layout in PANELS:
    pieces = plots.layout_pieces(key, shape, layout, n_layers=2)
    assert plots.covered_once(shape, [p["box"] for p in pieces]), title
print("every panel tiles the", SHAPE, "tensor exactly once")
"""),
    ("md", """\
## 1. Ranks and their coordinates

A `Layout(tp, dp, pp)` numbers `tp · dp · pp` ranks with tensor parallelism fastest, then data
parallelism, then pipeline stages (Megatron's order), so the TP ranks of a layer are neighbours
(in practice: the GPUs of one node, joined by the fastest links)."""),
    ("code", """\
lay = Layout(tp=2, dp=2, pp=2)
coords = pd.DataFrame([dict(zip(("pp", "dp", "tp"), lay.coords(r)), rank=r) for r in range(lay.world_size)])
assert all(lay.rank_of(*lay.coords(r)) == r for r in range(lay.world_size))
coords.set_index("rank").T
"""),
    ("md", """\
## 2. One function decides the box: `placement`

Which axis a tensor is split along comes from name rules (`GPT2_TP`): Hugging Face's GPT-2 uses
`Conv1D`, which stores weights as `[in, out]`, so the column-parallel `c_attn`/`c_fc` split axis 1
and the row-parallel `c_proj` split axis 0 (a Llama `nn.Linear`, stored `[out, in]`, is the other
way round: `LLAMA_TP`). Which stage owns a tensor comes from its layer number. Everything else is
box arithmetic:"""),
    ("code", """\
print(inspect.getsource(placement))
pd.DataFrame(GPT2_TP, columns=["parameter name pattern", "TP axis"])
"""),
    ("md", """\
## 3. Data-parallel copies are written once

A real state: our tiny GPT-2 with AdamW after one step, cut for `TP2 x DP2 + ZeRO` by
`shard_state`. Each rank's `SavePlan` lists what it writes; a piece held by several ranks is
assigned to one of them, and every holder computes the same assignment without talking to the
others (largest piece first, to the least loaded holder). The plans are pure data, computed
here for all four ranks in one process."""),
    ("code", """\
model, opt = demos.tiny_gpt2(seed=0)
loader = demos.TokenLoader(model.config.vocab_size)
demos.train_steps(model, opt, loader, 1)
full = demos.training_state(model, opt, loader, step=1)
tensor_bytes = sum(v.numel() * v.element_size() for v in full.values() if isinstance(v, torch.Tensor))

lay = Layout(tp=2, dp=2, zero=True)
rows = []
for r in range(lay.world_size):
    mine = shard_state(full, lay, r)
    specs = [spec_of(k, e, lay.world_size, r) for k, e in mine.items() if hasattr(e, "global_shape") or hasattr(e, "tensor")]
    plan = plan_save(specs, r, lay.world_size)
    rows.append({"rank": r, "holds": sum(s.nbytes for s in specs), "writes": plan.nbytes,
                 "pieces written": len(plan.items), "left to another rank": len(plan.delegated)})
per_rank = pd.DataFrame(rows).set_index("rank")
assert per_rank["writes"].sum() == tensor_bytes            # every byte once
assert per_rank["holds"].sum() > tensor_bytes              # although some are held twice
fig, ax = plt.subplots(figsize=(6, 2.8))
ax.bar(np.arange(4) - 0.2, per_rank["holds"] / 1024, 0.4, label="holds")
ax.bar(np.arange(4) + 0.2, per_rank["writes"] / 1024, 0.4, label="writes")
ax.set_xticks(range(4), [f"rank {r}" for r in range(4)]); ax.set_ylabel("KiB")
ax.set_ylim(0, 1.35 * per_rank["holds"].max() / 1024); ax.legend(ncol=2, loc="upper center")
ax.set_title(f"{lay}: each byte is written once, balanced across ranks", fontsize=10)
plt.show()
per_rank
"""),
    ("md", """\
## 4. ZeRO's flat ranges are boxes

ZeRO flattens each tensor (here: each TP shard of it) and gives rank `d` of `D` data-parallel
ranks the `d`-th slice of elements. `flat_to_boxes` cuts a flat range of a row-major tensor into
the largest aligned blocks, so every planner downstream only ever sees boxes."""),
    ("code", """\
print(inspect.getsource(flat_to_boxes))
"""),
    ("code", """\
shape = (4, 5, 6)                                   # a 3-D tensor, 120 elements
start, stop = 7, 101
boxes = flat_to_boxes(shape, start, stop)
idx = np.arange(volume(shape)).reshape(shape)
got = np.concatenate([idx[tuple(slice(o, o + n) for o, n in zip(off, ln))].reshape(-1) for (off, ln), _ in boxes])
assert got.tolist() == list(range(start, stop)) and len(boxes) <= 2 * len(shape) - 1
pd.DataFrame([{"offsets": off, "lengths": ln, "first element": s, "elements": volume(ln)} for (off, ln), s in boxes])
"""),
    ("md", """\
## 5. Pipeline stages by name

`stage_of` gives layers to stages evenly (uneven when they do not divide), embeddings to the first
stage, everything else (final norm, head) to the last; per-parameter optimizer state follows its
parameter."""),
    ("code", """\
keys = [k for k in full if isinstance(full[k], torch.Tensor)]
n_layers = model.config.n_layer
for pp in (1, 2):
    stages = {}
    for k in keys:
        stages.setdefault(stage_of(k, n_layers, pp), []).append(k)
    print(f"PP{pp}:", {s: len(v) for s, v in sorted(stages.items(), key=lambda kv: str(kv[0]))})
assert stage_of("model.transformer.wte.weight", n_layers, 2) == 0
assert stage_of("optim.exp_avg.transformer.h.1.mlp.c_fc.weight", n_layers, 2) == 1
assert stage_of("model.transformer.ln_f.weight", n_layers, 2) == 1
"""),
    ("md", """\
## 6. 中文术语 · Glossary

| English | 中文 | here |
| --- | --- | --- |
| checkpoint | 检查点 | the files a run can resume from |
| tensor parallelism (TP) | 张量并行 | a weight cut along one axis |
| data parallelism (DP) | 数据并行 | identical copies (副本, replicas) |
| pipeline parallelism (PP) | 流水线并行 | layers placed on stages (阶段) |
| ZeRO optimizer sharding | ZeRO 优化器状态切分 | flat element ranges of the optimizer state |
| shard / box | 分片 / 张量块 | `(offsets, lengths)` of the global tensor |
| resharding | 重切分 | loading a checkpoint under another layout |
| global shape | 全局形状 | the shape before any cut |

## Summary

* TP, DP, PP and ZeRO all say, for each tensor, which **box** each rank holds and which ranks
  hold the same box; a ZeRO flat range is at most `2·ndim − 1` boxes.
* A layout is data (`Layout(tp, dp, pp, zero)` plus name rules for the TP axis and the stage);
  `placement` turns it into boxes, `shard_state` into a rank's entries.
* Replicated boxes are written once, by a writer every holder agrees on without communication.
* Because every layout is boxes, a load is "intersect the boxes I want with the boxes on disk"
  (chapter 04).

## Exercises

1. Draw `attn.c_attn.weight` (`[64, 192]`) under `Layout(tp=3)`. Why would a real TP3 split of a
   *fused* QKV weight be wrong, and what does chapter 05 do about it?
2. Under `Layout(tp=2, dp=4, zero=True)`, how many boxes does the largest rank's piece of
   `optim.exp_avg.<wte>` have? Check with `layout_pieces`.
3. Change `GPT2_TP` so that the embedding `wte` is split along the hidden axis instead of the
   vocabulary. Which panel changes, and does the save still write every byte once?
4. Use `LLAMA_TP` with a Llama-shaped state (`q_proj`, `o_proj`, ...). Which weights are split by
   rows and which by columns?"""),
]

# ============================================================================= 03
CH03 = [
    ("md", """\
# 03 · Saving safely: the commit protocol and crash safety

A large run's save takes minutes and involves every rank. Anything can happen meanwhile: a
node dies, the job is pre-empted, the disk fills up. Two rules follow. **A crash during a save
must never damage the last good checkpoint**, and **a half-written save must never be loaded as
if it were complete**. Question: **how do ranks that share only a file system agree that a save
is complete, and what exactly survives a `kill -9`?**

First, a two-rank save as it happens: each rank writes its data file, then a small metadata
piece; the rank that finds all pieces present writes the commit record."""),
    ("params", """\
SMOKE = True
MIB_PER_RANK = 32      # the two-rank save drawn below
KILL_MIB = 128         # the save we kill half-way
ASYNC_MIB = 64         # the async-save comparison
"""),
    ("code", SETUP + """\
import json, os, tempfile, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import numpy as np
import pandas as pd
import torch
from paddlecamp.checkpoint import CheckpointError, Shard, demos, load, open_index, plots, save
from paddlecamp.checkpoint import api, storage

if not SMOKE:
    MIB_PER_RANK, KILL_MIB, ASYNC_MIB = 256, 1024, 1024
_TMP = tempfile.TemporaryDirectory(prefix="ckpt-03-")      # removed when the kernel exits
WORK = Path(_TMP.name)
COLS = 1024
ROWS = 2 * MIB_PER_RANK * 2**20 // (4 * COLS)
torch.manual_seed(0)
FULL = torch.randn(ROWS, COLS)

def rank_state(rank, world=2):
    h = ROWS // world
    return {"w": Shard(FULL[rank * h:(rank + 1) * h].clone(), (ROWS, COLS), (rank * h, 0)), "step": 10}

ck = WORK / "two-ranks"
t0 = time.time_ns()
with ThreadPoolExecutor(2) as pool:      # two ranks at once, sharing nothing but the directory
    results = list(pool.map(lambda r: save(rank_state(r), ck, rank=r, world_size=2, save_id="10"), range(2)))

def when(p):
    return (p.stat().st_mtime_ns - t0) / 1e9

events = [{"rank": r, "what": what, "t": when(ck / "data-10" / f"rank{r:05d}.{ext}")}
          for r in range(2) for what, ext in (("data file", "safetensors"), ("metadata piece", "json"))]
events.append({"rank": None, "what": "commit record", "t": when(ck / ".metadata.json")})
fig = plots.plot_save_timeline(events, f"Two ranks save {2 * MIB_PER_RANK} MiB: when each file was complete")
display(fig); plt.close(fig)
assert [r.committed for r in results].count(True) >= 1
assert max(e["t"] for e in events if e["rank"] is not None) <= events[-1]["t"]
"""),
    ("md", """\
(File times come from the file system's clock, which ticks every few milliseconds, so events
closer than that share a time.) The gap between a data file's last byte and its metadata piece is
`fdatasync`: the bytes reaching the disk before anything points at them. The commit record is written after the last metadata piece; it is
the only thing `load` trusts. Let us take the protocol apart.

## 1. Step by step: one rank finished, then both

Rank 0 saves alone. Its files are there, but the checkpoint is not: `load` refuses and says what
is missing."""),
    ("code", """\
ck = WORK / "step-by-step"
save(rank_state(0), ck, rank=0, world_size=2, save_id="10")
for name, size in demos.list_files(ck):
    print(f"  {name:36s} {size:>12,d} bytes")
try:
    load(ck, {"w": torch.zeros(ROWS, COLS)})
    raise AssertionError("loaded an uncommitted save")
except CheckpointError as e:
    message = str(e)
print(message)
assert "not committed" in message and "1 of 2 ranks finished" in message
"""),
    ("code", """\
res = save(rank_state(1), ck, rank=1, world_size=2, save_id="10")
assert res.committed
for name, size in demos.list_files(ck):
    print(f"  {name:36s} {size:>12,d} bytes")
out = load(ck, {"w": torch.zeros(ROWS, COLS)})
assert torch.equal(out["w"], FULL)
record = json.loads((ck / ".metadata.json").read_text())
print({k: (v if k != "ranks" else f"[{len(v)} rank pieces]") for k, v in record.items()})
"""),
    ("md", """\
The rank that completes the set writes the commit record. It checks that every metadata piece
belongs to this save, and that every replicated piece some rank left to another was in fact
written (a rank that listed different tensors would otherwise leave a hole):"""),
    ("code", """\
print(inspect.getsource(api.try_commit))
"""),
    ("md", """\
## 2. Atomic replacement

Every file is written under a temporary name, flushed to the disk (`fsync`), and then
**renamed** to its final name. On POSIX file systems `rename` within one file system is
atomic: a reader sees either no file or the whole file, never half of one. The directory is
synced too, so that the rename itself survives a power cut. The commit record goes through the
same path, so replacing it is atomic as well."""),
    ("code", """\
print(inspect.getsource(storage.write_json_atomic))
"""),
    ("md", """\
A new save never writes into the files of the committed one: it goes to a new directory
`data-<save_id>` (the step is a good id), and saving the committed id again is refused. So at
every moment the commit record names a complete set of files.

## 3. A save killed mid-write

Now the real test. The checkpoint above holds `w` (committed as save `10`). A child process starts
a much larger save into **the same directory** with save id `11`, and we `SIGKILL` it while its
data file is being written: no `finally`, no cleanup, exactly what a dying node does."""),
    ("code", """\
before = demos.list_files(ck)
crash = demos.kill_during_save(ck, "11", KILL_MIB * 2**20, at=0.3)
print({k: v for k, v in crash.items() if k != "left_behind"})
print("left behind in data-11/:", crash["left_behind"])
assert crash["killed"] and crash["returncode"] == -9
assert crash["committed_before"] == crash["committed_after"] == "10"
assert 0 < crash["bytes_on_disk"] < crash["bytes_planned"]
"""),
    ("code", """\
after = demos.list_files(ck)
new = sorted(set(after) - set(before))
print("new files:", new)
out = load(ck, {"w": torch.zeros(ROWS, COLS), "step": None})
assert torch.equal(out["w"], FULL) and out["step"] == 10        # the old checkpoint, bit for bit
print(f"save 10 still loads: {FULL.numel() * 4 / 2**20:.0f} MiB identical to what was saved")
"""),
    ("md", """\
The killed save left only a temporary file nobody will read: the commit record still names save
`10`. The next successful save commits and then removes the directory of the save it replaces;
the crashed attempt's directory is simply never committed."""),
    ("code", """\
res = save({"w": FULL.clone(), "step": 12}, ck, save_id="12")
assert res.committed and open_index(ck).world_size == 1
names = sorted({n.split("/")[0] for n, _ in demos.list_files(ck)})
print(names)
assert "data-10" not in names and "data-12" in names
"""),
    ("md", """\
Note that `data-11/` is still there: the library removes the generation it replaces, not the
debris of crashed attempts (exercise 2).

## 4. Torn or flipped bytes are caught

Every data file carries a crc32c per 4 MiB block in the metadata, and a load checks the blocks
it reads. Flip one byte in the middle of the data file:"""),
    ("code", """\
(data_file,) = open_index(ck).files
f = ck / data_file
size = f.stat().st_size
with open(f, "r+b") as fh:
    fh.seek(size // 2); b = fh.read(1); fh.seek(size // 2); fh.write(bytes([b[0] ^ 0x01]))
try:
    load(ck, {"w": torch.zeros(ROWS, COLS)})
    raise AssertionError("a corrupted file loaded")
except CheckpointError as e:
    print(e)
    assert "checksum mismatch" in str(e) and "tensor w" in str(e)
with open(f, "r+b") as fh:
    fh.seek(size // 2); fh.write(b)
assert torch.equal(load(ck, {"w": torch.zeros(ROWS, COLS)})["w"], FULL)
"""),
    ("md", """\
## 5. Async save: block training only for a copy

While a synchronous save writes, training waits. An asynchronous save copies the tensors into host
buffers (kept and reused between saves: fresh memory costs much more to write the first time) and
returns; a background thread writes and commits. The caller waits only for the copy."""),
    ("code", """\
n = ASYNC_MIB * 2**20 // 4
big = {"w": torch.randn(n // 1024, 1024), "step": 1}
rows = []
t = time.perf_counter(); r = save(big, WORK / "sync", save_id="1"); rows.append({"name": "sync save", "seconds": time.perf_counter() - t})
for i in (1, 2, 3):
    fut = save(big, WORK / f"async{i}", save_id="1", async_=True)
    rows.append({"name": f"async save #{i}: blocking", "seconds": fut.blocking_seconds})
    done = fut.result()
rows.append({"name": "async save #3: until committed", "seconds": done.seconds})
fig = plots.plot_seconds(rows, f"Saving {ASYNC_MIB} MiB: what the training loop waits for")
display(fig); plt.close(fig)
sync_s, first, reused = rows[0]["seconds"], rows[1]["seconds"], rows[2]["seconds"]
assert reused < sync_s
print(f"the loop waits {reused / sync_s:.0%} of a synchronous save once the buffers are reused "
      f"(first async save: {first / sync_s:.0%})")
"""),
    ("md", """\
The snapshot is taken before `save` returns, so training may change the tensors at once:"""),
    ("code", """\
w = torch.ones(256, 256)
fut = save({"w": w}, WORK / "snapshot", save_id="1", async_=True)
w.add_(1.0)                                   # the next optimizer step, while the write goes on
fut.result()
assert torch.equal(load(WORK / "snapshot", {"w": torch.zeros(256, 256)})["w"], torch.ones(256, 256))
"""),
    ("md", """\
## Summary

* Each rank writes its data file and then its metadata piece, each atomically (temporary name,
  `fsync`, `rename`, directory `fsync`); the rank that completes the set writes the commit record,
  atomically too. Until then `load` refuses and names the missing ranks.
* A save goes to a new `data-<save_id>` directory, so a crash at any moment (we used `SIGKILL`
  mid-write) leaves the previous commit and its files intact: it loads bit for bit.
* Per-block crc32c turns silent corruption into an error that names the file, the byte range and
  the tensor.
* An async save blocks only for a copy into reused host buffers.

## Exercises

1. Kill the child *after* its data file is renamed but before the commit (hint: poll for
   `data-11/rank00000.safetensors`). What does `load` do, and what does `api.pending_status` say?
2. Write `cleanup(path)` that removes `data-*` directories the commit record does not name. When
   is it *unsafe* to run it while other ranks are saving?
3. The commit record is written by whichever rank finishes last. What happens if two ranks finish
   at the same instant? Read `write_json_atomic`'s `tag` argument.
4. Measure the async save's blocking time with `ASYNC_MIB = 1024`. What limits it: memory
   bandwidth or page faults? Compare the first save with the second."""),
]

# ============================================================================= 04
CH04 = [
    ("md", """\
# 04 · Loading under another layout: plans, boxes and real processes

Four ranks trained a GPT-2 as `TP2 x DP2 + ZeRO` and saved. The run now resumes on two ranks,
data parallel with ZeRO: each new rank holds every weight and half of the optimizer state, cut
by element count over the *whole* tensor rather than over a TP half. No saved file matches what a
new rank holds: each of its pieces is put together from boxes that four other ranks wrote. Question: **how does a new rank find exactly the bytes it needs, read nothing else, and
how do we know it got them right?**

Four real processes (`torch.distributed`, gloo on the CPU) save; then we ask for the load plan
of the first new rank and draw, for one optimizer tensor, where each of its boxes comes from."""),
    ("params", """\
SMOKE = True
SAVE_LAYOUT = dict(tp=2, dp=2, zero=True)    # 4 processes save
LOAD_LAYOUT = dict(dp=2, zero=True)          # 2 processes load
"""),
    ("code", SETUP + """\
import tempfile
from pathlib import Path
import numpy as np
import pandas as pd
import torch
import transformers
transformers.logging.set_verbosity_error()
from paddlecamp.checkpoint import demos, load, open_index, plan_for, plan_load, plots
from paddlecamp.checkpoint.entries import spec_of
from paddlecamp.checkpoint.layouts import Layout, empty_state, shard_state
from paddlecamp.checkpoint.plan import describe

CONFIG = dict(n_layer=2, n_embd=64) if SMOKE else dict(n_layer=8, n_embd=256, vocab_size=8192, n_positions=128)
_TMP = tempfile.TemporaryDirectory(prefix="ckpt-04-")      # removed when the kernel exits
WORK = Path(_TMP.name)
model, opt = demos.tiny_gpt2(seed=0, **CONFIG)
loader = demos.TokenLoader(model.config.vocab_size)
demos.train_steps(model, opt, loader, 2)
full = demos.training_state(model, opt, loader, step=2)
shapes = {k: (tuple(v.shape), v.dtype) for k, v in full.items() if isinstance(v, torch.Tensor)}

src, dst = Layout(**SAVE_LAYOUT), Layout(**LOAD_LAYOUT)
ck = WORK / "ck"
saved = demos.run_ranks(src.world_size, "save", ck, src, full, save_id="2")   # real processes

KEY = "optim.exp_avg.transformer.h.0.attn.c_attn.weight"
tmpl0 = empty_state(shapes, dst, 0)
index, plan0 = plan_for(ck, tmpl0, rank=0, world_size=dst.world_size)
(box0, _), = spec_of(KEY, tmpl0[KEY], dst.world_size, 0).boxes      # the box rank 0 wants
fig = plots.plot_load_plan(index, plan0, KEY, wanted=box0, title=f"{KEY}: saved by {src}, read by rank 0 of {dst}")
display(fig); plt.close(fig)
"""),
    ("md", """\
On the left, the tensor as it lies on disk: ZeRO cut each TP column half into two flat ranges,
so four ranks wrote one box each. (Here the ranges happen to fall on row boundaries; chapter 02
shows ranges that do not.) On the right, what the new rank 0 wants (dashed: the first half of the
tensor's elements, which is its top rows) and what its plan reads: the two saved boxes that
overlap it, one byte range each, from two different files. The other two files are not opened
for this tensor.

## 1. The save: four processes, every byte once"""),
    ("code", """\
report = pd.DataFrame(saved).set_index("rank")[["pid", "bytes_written", "items", "delegated", "committed"]]
tensor_bytes = sum(v.numel() * v.element_size() for v in full.values() if isinstance(v, torch.Tensor))
files = {f: (ck / f).stat().st_size for f in index.files}
assert report["committed"].all() and len(set(report["pid"])) == src.world_size
assert report["bytes_written"].sum() == sum(files.values())
print(f"{len(files)} data files, {sum(files.values()):,} bytes for {tensor_bytes:,} bytes of tensors "
      f"({sum(files.values()) - tensor_bytes:,} bytes of safetensors headers)")
report
"""),
    ("md", """\
## 2. What the checkpoint says it holds

`open_index` reads only the commit record: for every tensor its global shape, dtype and pieces,
each piece a box with the file and byte offset of its data. This is all a planner needs."""),
    ("code", """\
meta = index.tensors[KEY]
print(KEY, meta.global_shape, meta.dtype, f"{len(meta.pieces)} pieces")
pd.DataFrame([{"file": p.file, "offsets": p.offsets, "lengths": p.lengths, "byte offset": p.byte_offset}
              for p in meta.pieces])
"""),
    ("md", """\
## 3. The plan: intersect what I want with what was saved

`plan_load` takes each box this rank wants and intersects it with every saved piece of the same
tensor; each non-empty intersection becomes a `ReadItem`: a file, a byte range, and where the
bytes go. If the pieces do not cover a wanted box, it says which region is missing. A read is
*direct* when the bytes are contiguous on disk and in the destination: then they go straight into
the tensor's memory with `preadv`, with no intermediate copy. No file is opened while planning."""),
    ("code", """\
print(inspect.getsource(plan_load))
"""),
    ("code", """\
table = pd.DataFrame(describe(plan0))
print(f"rank 0 of {dst}: {len(table)} reads from {table['file'].nunique()} files, "
      f"{table['bytes'].sum():,} bytes, {table['direct'].mean():.0%} direct")
table[table["key"].str.contains("h.0.attn.c_attn")]
"""),
    ("md", """\
## 4. Loading with two real processes

Each loading process builds its template with `empty_state` (buffers of its own shapes only;
no full tensor is ever built), loads, and compares every tensor with the piece `shard_state`
cuts from the original state."""),
    ("code", """\
loaded = demos.run_ranks(dst.world_size, "load", ck, dst, full, save_id="2")
print(pd.DataFrame(loaded).set_index("rank")[["pid", "tensors", "elements", "wrong"]])
assert all(r["wrong"] == [] for r in loaded)                 # bit-exact on both ranks
n_tensors = sum(1 for v in full.values() if isinstance(v, torch.Tensor))
assert all(r["tensors"] == n_tensors for r in loaded)         # every rank holds (a part of) every tensor
"""),
    ("md", """\
## 5. Bytes read against bytes in the checkpoint

Each new rank needs all weights (a data-parallel copy) but only half of the optimizer moments,
which are two thirds of the checkpoint: it should read about two thirds of the files, not all of
them, and exactly the bytes it holds."""),
    ("code", """\
plans = [plan_for(ck, empty_state(shapes, dst, r), rank=r, world_size=dst.world_size)[1] for r in range(dst.world_size)]
reads = [p.nbytes for p in plans]
total = sum(files.values())
fig, ax = plt.subplots(figsize=(7, 2.4))
ax.barh(["checkpoint"] + [f"rank {r} reads" for r in range(len(reads))], [total] + reads,
        color=["grey"] + [plots.rank_color(r) for r in range(len(reads))])
for i, v in enumerate([total] + reads):
    ax.text(v, i, f" {v / 1024:.0f} KiB ({v / total:.0%})", va="center", fontsize=8)
ax.invert_yaxis(); ax.set_xlim(0, total * 1.3); ax.set_xlabel("bytes")
ax.set_title(f"Loading {src} as {dst}: bytes read per rank", fontsize=10)
plt.show()
needed = [sum(e.local_tensor.nbytes if hasattr(e, "local_tensor") else e.tensor.nbytes
              for e in empty_state(shapes, dst, r).values()) for r in range(dst.world_size)]
assert reads == needed                                        # exactly the bytes each rank holds
assert all(r < 0.75 * total for r in reads)
"""),
    ("md", """\
## 6. The same checkpoint under other layouts

Plans are cheap (metadata only), so we can compare target layouts before loading anything:
how many bytes each one reads in all, relative to what its ranks need, and how many reads are
direct. Then we load each one for real, in this process (ranks one after another), and check
every tensor."""),
    ("code", """\
def expected(layout, r):
    return shard_state(full, layout, r, copy=False)

rows = []
for lay in (Layout(), Layout(tp=3), Layout(pp=2), Layout(dp=2, zero=True), Layout(tp=2, pp=2), Layout(tp=4, zero=True)):
    n_read = n_need = n_items = n_direct = 0
    for r in range(lay.world_size):
        tmpl = empty_state(shapes, lay, r)
        _, plan = plan_for(ck, tmpl, rank=r, world_size=lay.world_size)
        n_read += plan.nbytes
        n_need += sum(getattr(e, "local_tensor", getattr(e, "tensor", None)).nbytes for e in tmpl.values())
        n_items += len(plan.items); n_direct += sum(i.direct for i in plan.items)
        out = load(ck, tmpl, rank=r, world_size=lay.world_size)
        for k, e in expected(lay, r).items():
            if k in out:
                want = getattr(e, "local_tensor", getattr(e, "tensor", e))
                assert torch.equal(out[k], want), (str(lay), r, k)
    rows.append({"layout": str(lay), "ranks": lay.world_size, "reads": n_items, "direct": f"{n_direct / n_items:.0%}",
                 "bytes needed": n_need, "bytes read": n_read, "read / needed": round(n_read / n_need, 3)})
layouts = pd.DataFrame(rows).set_index("layout")
assert (layouts["read / needed"] >= 1).all()
layouts
"""),
    ("md", """\
Every layout loads bit-exactly. Two things show in the table. Replicated layouts (`DP2`, the
TP-replicated norms) *need* more bytes in all, because several ranks hold the same tensor, but
no rank reads more than it holds, and a pipeline (`PP2`) reads each byte once in all. And a target that cuts **columns** differently from the saved
pieces (`TP3`, `TP4` on the column-parallel weights) reads somewhat more than it needs: a column
slice of a row-major piece is not contiguous on disk, so the plan reads the smallest contiguous
span that holds it and the reader copies the wanted part out. Rows and flat ranges read exactly.

## Summary

* A load is planned before any file is opened: intersect each wanted box with the saved pieces;
  each intersection is one byte range of one file. Missing regions are named, not discovered
  half-way through.
* Four processes saved `TP2 x DP2 + ZeRO`; two processes loaded it as `DP2 + ZeRO`, each reading
  exactly the bytes it holds, every tensor bit-exact.
* The same checkpoint loads under any layout (TP3 with uneven splits, ZeRO over a different
  number of ranks, TP x PP). Read amplification appears only where a wanted box is not
  contiguous in a saved piece.

## Exercises

1. Save with `SAVE_LAYOUT = dict(tp=4)` and load with `Layout(tp=2)`. How many files does each new
   rank open, and are all reads direct?
2. Which tensors cause the read amplification of `TP3`? Group `describe(plan)` rows by key and
   compare each row's bytes with the bytes of its box.
3. Make the loading ranks read less for column cuts: what would the saver have to do differently
   (hint: store column-parallel weights transposed, and what does that cost the saver)?
4. Kill one of the loading processes' files (delete `rank00003.safetensors`). What does the error
   say, and which ranks of which layouts can still load?"""),
]

# ============================================================================= 05
CH05 = [
    ("md", """\
# 05 · Structural transforms at load time: split, re-stage, transpose, cast

Resharding (chapter 04) changes *who holds which box* of a tensor. Real conversions also change
*the tensors themselves*. Megatron, PaddleNLP (`fuse_attention_qkv`) and GPT-2's `c_attn` store
query, key and value as one fused matrix, other code wants three. A pipeline stage saves its
layers numbered from 0, the full model numbers them from where the stage starts. GPT-2's `Conv1D`
keeps weights as `[in, out]`, `nn.Linear` as `[out, in]`. Training keeps fp32, serving wants bf16.
The usual answer is a conversion script that reads everything and writes a second checkpoint.
Question: **can the load itself do these transforms, reading only the bytes each rank needs?**

`paddlecamp.checkpoint.rules` rewrites the checkpoint's *index*, never its data: a transformed
tensor is a set of virtual pieces, each a window (and possibly a transpose) of bytes already on
disk. Below, a GPT-2's fused `c_attn.weight` (`[64, 192]` = `[in, q|k|v]`) saved by two
tensor-parallel ranks (dashed: one file each) is loaded as separate `q_proj`, `k_proj`,
`v_proj` weights in `nn.Linear` layout, split over **three** ranks. Each coloured box is what one
new rank reads for one projection."""),
    ("params", """\
SMOKE = True
NEW_TP = 3           # tensor-parallel degree of the loading side (the saver used 2)
"""),
    ("code", SETUP + """\
import tempfile
from pathlib import Path
import numpy as np
import pandas as pd
import torch
import transformers
transformers.logging.set_verbosity_error()
from paddlecamp import repo_path
from paddlecamp.checkpoint import CheckpointError, Shard, demos, load, open_index, plan_for, plots, save
from paddlecamp.checkpoint import rules as R
from paddlecamp.checkpoint.boxes import even_split
from paddlecamp.checkpoint.layouts import Layout, shard_state

CONFIG = dict(n_layer=4, n_embd=64) if SMOKE else dict(n_layer=8, n_embd=256, vocab_size=8192, n_positions=128)
_TMP = tempfile.TemporaryDirectory(prefix="ckpt-05-")      # removed when the kernel exits
WORK = Path(_TMP.name)
model, _ = demos.tiny_gpt2(seed=0, **CONFIG)
H = model.config.n_embd
sd = {k: v.detach().clone() for k, v in model.state_dict().items() if k != "lm_head.weight"}   # tied to wte
ck = WORK / "tp2"
for r in range(2):                                     # saved by TP2, Conv1D layout, fp32
    save(shard_state(sd, Layout(tp=2), r), ck, rank=r, world_size=2, save_id="1")
index = open_index(ck)

QKV = ("transformer.h.{i}.attn.c_attn.weight^T -> transformer.h.{i}.attn.q_proj.weight, "
       "transformer.h.{i}.attn.k_proj.weight, transformer.h.{i}.attn.v_proj.weight, axis=0")

def linear_shard(key, r, world):                      # rank r's rows of an [out, in] weight
    o, n = even_split(H, world, r)
    return Shard(torch.zeros(n, H), (H, H), (o, 0))

reads, loaded = [], {}
for r in range(NEW_TP):
    tmpl = {f"transformer.h.0.attn.{p}_proj.weight": linear_shard(p, r, NEW_TP) for p in "qkv"}
    _, plan = plan_for(ck, tmpl, rank=r, world_size=NEW_TP, rules=QKV)
    reads += plots.source_boxes(plan, index)
    loaded[r] = load(ck, tmpl, rank=r, world_size=NEW_TP, rules=QKV)
fig = plots.plot_source_reads(index, "transformer.h.0.attn.c_attn.weight", reads,
                              f"c_attn.weight as saved by TP2 ([in, q|k|v]); what each of {NEW_TP} new ranks reads for q, k and v")
display(fig); plt.close(fig)
"""),
    ("md", """\
Each new rank's rows of `q_proj.weight` (`[out, in]`) are columns of the stored `[in, out]`
matrix, so its boxes are vertical strips. The strips of `k` that straddle the saved column
boundary are read from both files. Nobody rewrote the checkpoint. First, is it right?"""),
    ("code", """\
W = sd["transformer.h.0.attn.c_attn.weight"]            # [in, 3H]
for r in range(NEW_TP):
    o, n = even_split(H, NEW_TP, r)
    for j, p in enumerate("qkv"):
        want = W[:, j * H:(j + 1) * H].T[o:o + n]          # nn.Linear layout, rank r's rows
        assert torch.equal(loaded[r][f"transformer.h.0.attn.{p}_proj.weight"], want), (r, p)
print(f"q, k, v of layer 0 loaded bit-exactly by {NEW_TP} ranks from a TP2 checkpoint of the fused weight")
"""),
    ("md", """\
## 1. Rules are data

A rule set is plain text, YAML, or a list of dicts, in the spirit of PaddlePaddle
FlexCheckpoint's AOA statements. One rule a line:

```text
transformer.h.{i}.attn.c_attn.weight^T -> transformer.h.{i}.attn.q_proj.weight, ..k_proj.., ..v_proj.., axis=0   # split
transformer.h.{i} -> transformer.h.{i+2}                                   # layer offset (pipeline re-staging)
transpose transformer.h.{i}.mlp.c_fc.weight                                # [in, out] -> [out, in]
cast transformer.h.{i}.mlp.c_fc.weight, dtype=BF16                         # dtype
model.layers.(\\d+).attn.(.*) -> blocks.\\1.attention.\\2                    # rename, regex groups
drop optimizer\\..*                                                        # skip
```

`{i}` is an integer placeholder, patterns match whole leading components of a key (so one rule
covers a weight and its bias), and errors name the rule, its line and the tensor.
`describe_rules` shows what every resulting key is made of, before anything is read:"""),
    ("code", """\
rows = R.describe_rules(index, QKV, changed_only=True)
print(R.format_mapping([r for r in rows if ".h.0." in r["key"]]))
virtual = R.apply_rules(index, QKV)
q = virtual.tensors["transformer.h.0.attn.q_proj.weight"]
assert len(q.pieces) == 1 and len(virtual.tensors["transformer.h.0.attn.k_proj.weight"].pieces) == 2
pd.DataFrame([{"file": p.file, "byte offset": p.byte_offset, "stored shape": p.stored_shape, "window": p.window,
               "perm": p.perm, "global box of q": (p.offsets, p.lengths)} for p in q.pieces])
"""),
    ("md", """\
`q_proj.weight` in the virtual index is one piece: the bytes of rank 0's saved half of `c_attn`
(`stored shape` `[in, 96]`), seen through `perm` `(1, 0)` (logical axis 0 is stored axis 1: the
transpose). `k_proj.weight` has two pieces, one per file, each with a `window` into its stored
array. The planner of chapter 04 treats them like any other piece.

### What a column strip costs

A rank's rows of `q_proj` are a column strip of a row-major stored piece, which is not contiguous
on disk. The plan reads the smallest contiguous byte range that holds it, and the reader copies
the strip out:"""),
    ("code", """\
rows = []
for r in range(NEW_TP):
    tmpl = {f"transformer.h.0.attn.{p}_proj.weight": linear_shard(p, r, NEW_TP) for p in "qkv"}
    _, plan = plan_for(ck, tmpl, rank=r, world_size=NEW_TP, rules=QKV)
    need = sum(e.local_tensor.nbytes for e in tmpl.values())
    rows.append({"rank": r, "reads": len(plan.items), "bytes needed": need, "bytes read": plan.nbytes,
                 "read / needed": round(plan.nbytes / need, 2)})
cost = pd.DataFrame(rows).set_index("rank")
assert (cost["bytes read"] >= cost["bytes needed"]).all()
cost
"""),
    ("md", """\
Reading a span instead of one small read per row is one large sequential request, which is what
disks and file systems serve best; the price is bytes. A saver that expects column-parallel
loaders could store these weights transposed (exercise 3).

## 2. Pipeline re-staging: a layer-index offset

A two-stage pipeline saved each stage separately, and each stage numbered its layers from 0
(what per-stage model code sees). Loading into a single full model, stage 1's `h.0` is the model's
`h.2`. Without a rule the load fails and says why; with one rule (`{i+2}`) it works."""),
    ("code", """\
L = model.config.n_layer
half = L // 2
stage0 = {k: v for k, v in sd.items() if not any(f".h.{i}." in k for i in range(half, L)) and "ln_f" not in k}
stage1 = {}
for k, v in sd.items():
    for i in range(half, L):
        if f".h.{i}." in k:
            stage1[k.replace(f".h.{i}.", f".h.{i - half}.")] = v     # local numbering
    if "ln_f" in k:
        stage1[k] = v
save(stage0, WORK / "stage0", save_id="1"); save(stage1, WORK / "stage1", save_id="1")
fresh, _ = demos.tiny_gpt2(seed=7, **CONFIG)
target = {k: v for k, v in fresh.state_dict().items() if k != "lm_head.weight"}
want1 = {k: v for k, v in target.items() if k not in stage0}
try:
    load(WORK / "stage1", want1)
except CheckpointError as e:
    print("without a rule:", str(e)[:230], "...")
OFFSET = f"transformer.h.{{i}} -> transformer.h.{{i+{half}}}"
print(R.format_mapping([r for r in R.describe_rules(open_index(WORK / "stage1"), OFFSET) if "c_fc.weight" in r["key"]]))
load(WORK / "stage0", {k: v for k, v in target.items() if k in stage0})
load(WORK / "stage1", want1, rules=OFFSET)
assert all(torch.equal(target[k], sd[k]) for k in sd)
ids = torch.randint(0, model.config.vocab_size, (2, 16), generator=torch.Generator().manual_seed(0))
model.eval(); fresh.eval()
with torch.no_grad():
    assert torch.equal(fresh(ids).logits, model(ids).logits)
print("a fresh model assembled from two stage checkpoints computes the original logits")
"""),
    ("md", """\
## 3. Transposes: GPT-2 `Conv1D` into `nn.Linear` layout

The project ships a rule file for exactly this
(`data/checkpoint/rules/gpt2_conv1d_transpose.yaml`): transpose the four projections of every
block, split `c_attn` (weight and bias) into q/k/v, drop the `transformer.` prefix. We load the TP2
checkpoint with it into a model written with `nn.Linear` layouts and compare what a `Linear`
computes with what GPT-2's `Conv1D` computes."""),
    ("code", """\
RULES_FILE = repo_path("data", "checkpoint", "rules", "gpt2_conv1d_transpose.yaml")
print(RULES_FILE.read_text().split("description:")[0])
mapping = R.describe_rules(index, RULES_FILE)
linear_state = {r["key"]: torch.zeros(r["shape"]) for r in mapping}
out = load(ck, linear_state, rules=RULES_FILE)
x = torch.randn(5, H)
blk = model.transformer.h[0]
conv_fc = blk.mlp.c_fc(x)                                    # GPT-2's Conv1D: x @ W + b
lin_fc = torch.nn.functional.linear(x, out["h.0.mlp.c_fc.weight"], out["h.0.mlp.c_fc.bias"])
q = torch.nn.functional.linear(x, out["h.0.attn.q_proj.weight"], out["h.0.attn.q_proj.bias"])
assert torch.equal(out["h.0.mlp.c_fc.weight"], blk.mlp.c_fc.weight.T)
assert torch.allclose(lin_fc, conv_fc, atol=1e-6) and torch.allclose(q, blk.attn.c_attn(x)[:, :H], atol=1e-6)
print(f"{len(mapping)} tensors; Linear(x) matches Conv1D(x) for c_fc and for the q part of c_attn")
"""),
    ("md", """\
## 4. Casting on the way

A cast rule converts in the reader, from each piece's stored dtype, once (a chain of casts does
not round twice). fp32 to bf16 rounds to nearest even, exactly as `tensor.to(torch.bfloat16)` does.
The reader still reads the fp32 bytes: a cast halves the memory of the destination, not the
bytes read."""),
    ("code", """\
CAST = "cast .*, dtype=BF16"                                   # every tensor
bf16 = {k: torch.zeros(v.shape, dtype=torch.bfloat16) for k, v in sd.items()}
_, plan = plan_for(ck, bf16, rules=CAST)
out = load(ck, bf16, rules=CAST)
assert all(torch.equal(out[k], v.to(torch.bfloat16)) for k, v in sd.items())
dest = sum(t.nbytes for t in bf16.values())
assert plan.nbytes == 2 * dest
print(f"read {plan.nbytes:,} bytes of fp32, filled {dest:,} bytes of bf16")
"""),
    ("md", """\
## 5. All at once

Split, transpose, cast and a new TP degree in one load: layer `h.1`'s fused weight becomes bf16
`q/k/v` Linear weights on `NEW_TP` ranks. Options combine in one rule."""),
    ("code", """\
ALL = QKV + ", dtype=BF16"
Wb = sd["transformer.h.1.attn.c_attn.weight"].T.to(torch.bfloat16)     # [3H, in]
for r in range(NEW_TP):
    o, n = even_split(H, NEW_TP, r)
    tmpl = {f"transformer.h.1.attn.{p}_proj.weight": Shard(torch.zeros(n, H, dtype=torch.bfloat16), (H, H), (o, 0))
            for p in "qkv"}
    got = load(ck, tmpl, rank=r, world_size=NEW_TP, rules=ALL)
    for j, p in enumerate("qkv"):
        assert torch.equal(got[f"transformer.h.1.attn.{p}_proj.weight"], Wb[j * H + o:j * H + o + n])
print("ok:", ALL)
"""),
    ("md", """\
## Summary

* Structural changes (split, fuse, rename, layer offsets, transposes, casts) are rules applied to
  the checkpoint's index; the data on disk is never rewritten, and no second copy is made.
* A transformed tensor is a set of virtual pieces: windows and axis permutations of saved pieces.
  The load planner of chapter 04 handles them unchanged, so a rule composes with any resharding.
* Every load here is bit-exact against the same transform done in torch (the bf16 cast included);
  a model assembled from per-stage checkpoints with a layer offset computes the original logits.
* The cost is visible: a column strip of a row-major piece is read as its contiguous span, and a
  cast reads the source dtype's bytes.

## Exercises

1. Llama with grouped-query attention: read `data/checkpoint/rules/llama_qkv_split.yaml`. Why does
   it need `groups=8, parts=[4, 1, 1]`, and what would a plain three-way split load instead?
2. Write the inverse rule (a `fuse`): load three separately saved `q/k/v` Linear weights into a
   fused `c_attn` of a Conv1D GPT-2, and check `Conv1D(x)` against the three `Linear(x)`.
3. Store the column-parallel weights transposed when saving (`[out, in]`), then load them with
   `NEW_TP = 3` and a `^T` rule. How do the bytes read compare with the table in section 1?
4. Re-stage a 3-stage pipeline into 2 stages: which offsets do the rules need, and what does
   `describe_rules` show for a layer that moves between stages?"""),
]

# ============================================================================= 06
CH06 = [
    ("md", """\
# 06 · Performance against the physical limit

A 70-billion-parameter model with Adam state is about a terabyte of checkpoint. Every second a
save blocks training is paid by every accelerator of the run, and every second a restart spends
loading is idle cluster time. Question: **how close does a save come to what the disk can do,
and how does it compare with the tools people use?**

The yardstick is not another library but the disk: `dd` writing one buffer and syncing it
(`conv=fdatasync`), the usual measure of how fast bytes reach a disk. Every writer below is timed until its
bytes are durable (`fsync` included for the writers that do not sync themselves), into a fresh
directory, median of a few runs; bars are fractions of the `dd`-like limit. (In SMOKE mode the
state is small, so fixed costs weigh more and the numbers move from run to run; the recorded
full-size run is at the end.)"""),
    ("params", """\
SMOKE = True
MIB = 64          # size of the state written
REPEATS = 3
"""),
    ("code", SETUP + """\
import os, tempfile, time
from pathlib import Path
import numpy as np
import pandas as pd
import torch
from paddlecamp.checkpoint import measure, plots, storage

if not SMOKE:
    MIB, REPEATS = 2048, 5
_TMP = tempfile.TemporaryDirectory(prefix="ckpt-06-")      # removed when the kernel exits
WORK = Path(_TMP.name)
torch.manual_seed(0)
n = MIB * 2**20 // 4                                          # fp32 elements in all
state = {"big.weight": torch.randn(n // 2 // 1024, 1024)}     # half in one tensor,
state |= {f"mid{i}.weight": torch.randn(n // 16 // 512, 512) for i in range(4)}        # a quarter in 4,
state |= {f"small{i}.weight": torch.randn(n // 256 // 256, 256) for i in range(64)}    # a quarter in 64
nbytes = measure.tensor_bytes(state)

limit = measure.write_limit(WORK, nbytes, REPEATS)
rows = measure.compare_saves(state, WORK, REPEATS)
fig = plots.plot_bandwidth(rows, limit["gbps"], f"Saving {nbytes / 2**20:.0f} MiB ({len(state)} tensors), "
                           f"median of {REPEATS}, as a fraction of the disk's write limit", "dd-like limit")
display(fig); plt.close(fig)
pd.DataFrame(rows).drop(columns="runs").set_index("name")
"""),
    ("code", """\
ours = next(r for r in rows if r["name"] == "paddlecamp save")
overhead = ours["bytes_on_disk"] - nbytes
assert 0 < overhead < 0.01 * nbytes                      # headers + metadata: under 1% of the data
assert all(r["bytes_on_disk"] >= nbytes for r in rows)
print(f"ours: {ours['gbps'] / limit['gbps']:.0%} of the limit; {overhead:,} bytes of headers and metadata "
      f"({overhead / nbytes:.3%})")
"""),
    ("md", """\
## 1. What a save has to do, and what it can avoid

All four writers move the same bytes. The differences are in what else they do:

* `torch.save` pickles the dict into a zip archive (one record per tensor);
* `safetensors.save_file` builds a JSON header and writes the tensors after it;
* torch DCP plans the save (even for one process), writes `.distcp` files and a pickled
  `.metadata`, and syncs each file;
* ours writes the safetensors layout straight from each tensor's memory, in 8 MiB `os.write`
  calls with no intermediate copy, computing the crc32c of every 4 MiB block on a second thread;
  it starts the disk writing each chunk as soon as it is written (`sync_file_range`) and drops
  pages already on disk, so at most 32 MiB waits in the page cache; then `fdatasync` and an
  atomic rename. `dd conv=fdatasync` instead fills the page cache with the whole file first and
  only then writes it, so on a machine where filling fresh page-cache memory is slow (this one,
  a VM) ours runs *faster* than the `dd` yardstick, closer to `dd oflag=direct`, which bypasses
  the cache (the recorded run below has both):"""),
    ("code", """\
print(inspect.getsource(storage.write_data_file))
"""),
    ("md", """\
The checksum is the only extra work per byte. It costs little because crc32c runs in hardware
(SSE4.2) and touches bytes that are about to be written anyway:"""),
    ("code", """\
buf = memoryview(state["big.weight"].numpy()).cast("B")
t = time.perf_counter(); storage.crc(buf); crc_s = time.perf_counter() - t
crc_gbps = len(buf) / crc_s / 1e9
print(f"crc32c: {crc_gbps:.1f} GB/s on one core, against {limit['gbps']:.2f} GB/s for the disk")
assert crc_gbps > 0
"""),
    ("md", """\
## 2. A resharding load: two ranks saved, three load

Two row-sharded ranks save the state; three ranks load their row blocks (one after another in
this process, every block checked). The files were just written, so they are in the page cache:
the limit for this load is reading the same bytes from the cache (`preadv` into one buffer), not
the disk."""),
    ("code", """\
load_res = measure.reshard_load(state, WORK, src=2, dst=3, repeats=REPEATS)
no_crc = measure.reshard_load(state, WORK, src=2, dst=3, repeats=REPEATS, verify=False)
lim = load_res["limit"]
fig = plots.plot_bandwidth([load_res, no_crc, lim], lim["gbps"],
                           f"Loading {nbytes / 2**20:.0f} MiB saved by 2 ranks into 3 (warm page cache)",
                           "page-cache read")
display(fig); plt.close(fig)
print(f"verified: {load_res['gbps'] / lim['gbps']:.0%} of a plain read; without checksums: "
      f"{no_crc['gbps'] / lim['gbps']:.0%}")
print(f"the verifying load hashed {load_res['hashed_bytes'] / 2**20:.0f} MiB to deliver {nbytes / 2**20:.0f} MiB "
      f"({load_res['hashed_bytes'] / nbytes:.1f}x)")
assert load_res["hashed_bytes"] >= nbytes and lim["bytes"] >= nbytes
"""),
    ("md", """\
The gap between the two loads is verification: each read checks every 4 MiB block it touches,
so a rank hashes whole blocks even where it needs only part of one (its first and last rows sit
in blocks shared with its neighbours). The reader remembers which blocks it has verified, so
the 64 small tensors that share blocks cost one hash per block, not one per tensor; the hashed
bytes above count exactly that. With fewer ranks or larger shards the factor approaches 1
(exercise 2).

torch DCP's resharding load needs a process group with `DTensor` templates, which is too heavy
for a SMOKE run; the benchmark below runs it with three gloo processes and cold caches.

## 3. The recorded full-size run

`bench/checkpoint_io.py` (`make bench`) measures a GPT-2-shaped state (bf16 weights, fp32 norms
and Adam moments) of about 2 GiB on a cold page cache: the saves against `dd`, and the resharding
load 2 → 3 against torch DCP with three processes at once. Its results are committed as
`data/results/checkpoint_io_<date>.json`; here is the newest one, if this checkout has it."""),
    ("code", """\
recorded = plots.load_results()
if recorded:
    path, result = recorded[-1]
    rec = plots.recorded_rows(result)
    print(f"{path.name}: recorded {rec['date']} on {rec['machine'].get('cores')} cores "
          f"({rec['machine'].get('cpu')}), state {rec['state_gib']} GiB")
    fig = plots.plot_recorded_io(result)
    display(fig); plt.close(fig)
    if "save" in rec:
        print(pd.DataFrame(rec["save"]).set_index("name").round(3))
    if "load" in rec:
        print(pd.DataFrame(rec["load"]).pivot(index="scenario", columns="method", values="seconds").round(2))
    if "async" in rec:
        print(f"async save blocks for {rec['async']['warm']:.1%} of a synchronous save (reused buffers), "
              f"{rec['async']['cold']:.1%} the first time")
else:
    print("no recorded results in data/results/ yet: run `.venv/bin/python bench/checkpoint_io.py`")
"""),
    ("md", """\
## Summary

* The yardstick for a checkpoint writer is the disk: a `dd`-like write of the same number of
  bytes, synced. A writer that streams tensors from their own memory, checksums them on another
  core and keeps the disk busy while it writes (write-behind) reaches the device's own speed,
  which on this machine is above buffered `dd` and near `dd oflag=direct`.
* All writers must be measured to the same point (bytes durable, `fsync`), into fresh
  directories, more than once: a virtual disk's speed drifts from run to run.
* Loads are limited by reading (and verifying) the bytes each rank needs; planning them first
  means no rank reads what it does not hold.

## Exercises

1. Run with `SMOKE = False` (2 GiB, 5 repeats). Which writers keep up with the limit as the state
   grows, and which fixed costs vanish?
2. Replace the 64 small tensors by one large one and rerun section 2. How do the hashed bytes
   and the gap between the verified and unverified loads change?
3. Write the state from two threads at once (two ranks on one host) into one directory. Does the
   total bandwidth go up on this disk? Why might it on a parallel file system?
4. Drop the page cache before each load (`echo 3 > /proc/sys/vm/drop_caches`, as root) and
   compare the load with `dd if=FILE of=/dev/null bs=64M`."""),
]

CHAPTERS: dict[str, tuple[str, list]] = {
    "01": ("01-what-a-checkpoint-contains.ipynb", CH01),
    "02": ("02-the-vocabulary-of-sharding.ipynb", CH02),
    "03": ("03-the-commit-protocol.ipynb", CH03),
    "04": ("04-loading-under-another-layout.ipynb", CH04),
    "05": ("05-structural-transforms.ipynb", CH05),
    "06": ("06-performance-against-the-limit.ipynb", CH06),
}


if __name__ == "__main__":
    for path in write_chapters(FOLDER, CHAPTERS, sys.argv[1:]):
        print(path.relative_to(REPO))
