"""Convergence study: a small decoder-only transformer whose attention runs through a recipe.

Two tasks, both generated here (no downloads):

* ``recall``: multi-query associative recall. A sequence lists key→value pairs, then asks for
  the keys again in a random order; the model must copy each key's value. It needs precise
  attention (an induction-style lookup) and is scored by answer accuracy.
* ``charlm``: character-level language modelling on ``data/attention/corpus.txt`` (written by
  ``data/attention/make_corpus.py`` from a small grammar); scored by held-out loss.

Every recipe starts from the same initial weights and sees the same batches in the same order,
so differences in the loss curves are the recipe's doing. Forward AND backward go through
:func:`paddlecamp.attention.api.attention` (emulator backend).
"""
from __future__ import annotations

import datetime as _dt
import math
import time
from dataclasses import asdict, dataclass, replace

import torch
import torch.nn as nn
import torch.nn.functional as F

from paddlecamp.attention.api import attention

TASKS = ("recall", "charlm")
#: Full-mode training steps per task. Recall needs the induction-style lookup to form: with
#: d_model 128 and 4 heads it appears after about 1,500-2,000 steps (fp32 reached 93% answer
#: accuracy at 3,000; at 500 steps, or with d_model 64, models stayed near 25-55%).
DEFAULT_STEPS = {"recall": 3000, "charlm": 500}


@dataclass(frozen=True)
class TrainConfig:
    """Model, data and optimisation settings of one study."""

    task: str = "recall"
    steps: int = 500
    seed: int = 0
    batch: int = 32
    seq_len: int = 32
    d_model: int = 64
    n_heads: int = 2
    n_layers: int = 2
    lr: float = 3e-3
    warmup: int = 50
    n_pairs: int = 8           # recall: key/value pairs per sequence
    n_keys: int = 16           # recall: key alphabet size (values use another 16 symbols)
    eval_batches: int = 8
    smoke: bool = False

    @classmethod
    def for_task(cls, task: str, *, steps: int, seed: int = 0, smoke: bool = False) -> "TrainConfig":
        if task not in TASKS:
            raise ValueError(f"unknown task {task!r}; known: {', '.join(TASKS)}")
        cfg = cls(task=task, steps=steps, seed=seed, smoke=smoke)
        if task == "charlm":
            cfg = replace(cfg, seq_len=96)
        else:
            cfg = replace(cfg, d_model=128, n_heads=4, lr=1e-3)
        if smoke:
            cfg = replace(cfg, batch=8, eval_batches=2, warmup=2)
        return cfg


class Block(nn.Module):
    """Pre-norm transformer block; attention goes through a quantization recipe."""

    def __init__(self, d: int, heads: int) -> None:
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.mlp = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def forward(self, x: torch.Tensor, recipe: str) -> torch.Tensor:
        b, n, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, n, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        o = attention(q, k, v, recipe=recipe, causal=True)
        x = x + self.proj(o.transpose(1, 2).reshape(b, n, d))
        return x + self.mlp(self.ln2(x))


class TinyDecoder(nn.Module):
    """Token + position embeddings, a few blocks, a tied output head."""

    def __init__(self, vocab: int, cfg: TrainConfig) -> None:
        super().__init__()
        self.tok = nn.Embedding(vocab, cfg.d_model)
        self.pos = nn.Embedding(cfg.seq_len, cfg.d_model)
        self.blocks = nn.ModuleList(Block(cfg.d_model, cfg.n_heads) for _ in range(cfg.n_layers))
        self.ln = nn.LayerNorm(cfg.d_model)
        # Small embeddings: the head is tied, so N(0, 1) embeddings would start with huge logits.
        nn.init.normal_(self.tok.weight, std=0.02)
        nn.init.normal_(self.pos.weight, std=0.02)

    def forward(self, idx: torch.Tensor, recipe: str) -> torch.Tensor:
        x = self.tok(idx) + self.pos(torch.arange(idx.shape[1], device=idx.device))
        for blk in self.blocks:
            x = blk(x, recipe)
        return self.ln(x) @ self.tok.weight.T


# -- data -------------------------------------------------------------------------------------

class RecallTask:
    """Multi-query associative recall: ``k1 v1 ... kP vP q1 a1 ... qP aP`` (+ padding)."""

    def __init__(self, cfg: TrainConfig) -> None:
        self.cfg = cfg
        self.vocab = 2 * cfg.n_keys + 1          # keys, values, pad
        self.pad = 2 * cfg.n_keys
        if 4 * cfg.n_pairs > cfg.seq_len + 1:
            raise ValueError("seq_len too short for n_pairs")

    def batch(self, g: torch.Generator, size: int) -> tuple[torch.Tensor, torch.Tensor]:
        c = self.cfg
        keys = torch.argsort(torch.rand(size, c.n_keys, generator=g), dim=1)[:, : c.n_pairs]
        vals = torch.randint(0, c.n_keys, (size, c.n_pairs), generator=g) + c.n_keys
        order = torch.argsort(torch.rand(size, c.n_pairs, generator=g), dim=1)
        qk, qv = keys.gather(1, order), vals.gather(1, order)
        seq = torch.full((size, c.seq_len + 1), self.pad, dtype=torch.long)
        p = c.n_pairs
        seq[:, 0:2 * p:2], seq[:, 1:2 * p:2] = keys, vals
        seq[:, 2 * p:4 * p:2], seq[:, 2 * p + 1:4 * p:2] = qk, qv
        x, y = seq[:, :-1], seq[:, 1:].clone()
        # Only the answers to the queries are scored.
        target_mask = torch.zeros_like(y, dtype=torch.bool)
        target_mask[:, 2 * p:4 * p:2] = True
        y[~target_mask] = -100
        return x, y


class CharTask:
    """Character-level LM on the shipped corpus; the last 10% is held out."""

    def __init__(self, cfg: TrainConfig, text: str | None = None) -> None:
        self.cfg = cfg
        if text is None:
            from paddlecamp import repo_path

            path = repo_path("data", "attention", "corpus.txt")
            if not path.exists():
                raise FileNotFoundError(f"{path} is missing; run data/attention/make_corpus.py")
            text = path.read_text(encoding="ascii")
        chars = sorted(set(text))
        self.vocab = len(chars)
        index = {ch: i for i, ch in enumerate(chars)}
        data = torch.tensor([index[ch] for ch in text], dtype=torch.long)
        cut = int(len(data) * 0.9)
        self.train_data, self.val_data = data[:cut], data[cut:]

    def batch(self, g: torch.Generator, size: int, split: str = "train"):
        data = self.train_data if split == "train" else self.val_data
        starts = torch.randint(0, len(data) - self.cfg.seq_len - 1, (size,), generator=g)
        idx = starts[:, None] + torch.arange(self.cfg.seq_len + 1)
        seq = data[idx]
        return seq[:, :-1], seq[:, 1:]


def make_task(cfg: TrainConfig):
    return RecallTask(cfg) if cfg.task == "recall" else CharTask(cfg)


# -- training ---------------------------------------------------------------------------------

def _lr(step: int, cfg: TrainConfig) -> float:
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    t = (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup)
    return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * t)))


def train_one(cfg: TrainConfig, recipe: str, task=None, progress: bool = False) -> dict:
    """Train one model with ``recipe``; returns its loss curve and final metrics."""
    task = task or make_task(cfg)
    torch.manual_seed(cfg.seed)                    # same initial weights for every recipe
    model = TinyDecoder(task.vocab, cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.01)
    g = torch.Generator().manual_seed(cfg.seed + 1)  # same batches, same order
    curve: list[float] = []
    steps = range(cfg.steps)
    if progress:
        from tqdm.auto import tqdm

        steps = tqdm(steps, desc=f"{cfg.task}/{recipe}", leave=False)
    t0 = time.perf_counter()
    for step in steps:
        for grp in opt.param_groups:
            grp["lr"] = _lr(step, cfg)
        x, y = task.batch(g, cfg.batch)
        logits = model(x, recipe)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), y.reshape(-1), ignore_index=-100)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        curve.append(loss.item())
    seconds = time.perf_counter() - t0
    tail = max(1, len(curve) // 10)
    out = {"recipe": recipe, "loss_curve": curve, "final_loss": sum(curve[-tail:]) / tail,
           "seconds": seconds}
    out.update(evaluate(model, task, cfg, recipe))
    return out


@torch.no_grad()
def evaluate(model: TinyDecoder, task, cfg: TrainConfig, recipe: str) -> dict:
    """Held-out loss (and recall accuracy) with the same recipe, on fixed held-out batches."""
    g = torch.Generator().manual_seed(10_000 + cfg.seed)
    losses, correct, total = [], 0, 0
    for _ in range(cfg.eval_batches):
        if isinstance(task, CharTask):
            x, y = task.batch(g, cfg.batch, split="val")
        else:
            x, y = task.batch(g, cfg.batch)
        logits = model(x, recipe)
        losses.append(float(F.cross_entropy(logits.reshape(-1, logits.shape[-1]), y.reshape(-1),
                                            ignore_index=-100)))
        m = y != -100
        correct += int((logits.argmax(-1)[m] == y[m]).sum())
        total += int(m.sum())
    res = {"eval_loss": sum(losses) / len(losses)}
    if isinstance(task, RecallTask):
        res["accuracy"] = correct / total
    return res


def run_study(cfg: TrainConfig, recipes: list[str], progress: bool = False) -> dict:
    """Train one model per recipe (fp32 first if present) and compare against fp32."""
    task = make_task(cfg)
    runs = {r: train_one(cfg, r, task, progress) for r in recipes}
    return {"task": cfg.task, "config": asdict(cfg), "summary": summarize(runs), "runs": runs,
            "meta": {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                     "hardware": "CPU", "torch": torch.__version__, "backend": "emulate",
                     "threads": torch.get_num_threads()}}


def summarize(runs: dict[str, dict]) -> list[dict]:
    """One row per run: final/eval loss (and recall accuracy), and their ratios to fp32's."""
    base = runs.get("fp32")
    summary = []
    for r, run in runs.items():
        row = {"recipe": r, "final_loss": run["final_loss"], "eval_loss": run["eval_loss"],
               "seconds": run["seconds"]}
        if "accuracy" in run:
            row["accuracy"] = run["accuracy"]
        if base is not None:
            row["final_loss_ratio"] = run["final_loss"] / base["final_loss"]
            row["eval_loss_ratio"] = run["eval_loss"] / base["eval_loss"]
            if "accuracy" in run:
                row["accuracy_delta_points"] = 100 * (run["accuracy"] - base["accuracy"])
        summary.append(row)
    return summary


def record_result(path, result: dict) -> dict:
    """Merge one task's study into a results file ``{"meta": ..., "tasks": {task: result}}``.

    When the file already holds that task with the same config, the new runs replace or join
    the recorded ones recipe by recipe (so one recipe can be re-run alone) and the ratios to
    fp32 are recomputed. When the configs differ only in the seed, the new study's summary rows
    (no curves) join the entry's ``other_seeds`` (see :func:`seed_table`). Otherwise the task's
    entry is replaced.
    """
    import json
    from pathlib import Path

    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"tasks": {}}
    old = data.setdefault("tasks", {}).get(result["task"])
    if old is not None and old.get("config") == result["config"]:
        runs = {**old["runs"], **result["runs"]}
        result = {**old, **result, "runs": runs, "summary": summarize(runs)}
    elif old is not None and {**old["config"], "seed": None} == {**result["config"], "seed": None}:
        seeds = old.setdefault("other_seeds", {})
        rows = {r["recipe"]: r for r in seeds.get(str(result["config"]["seed"]), [])}
        rows.update({r["recipe"]: r for r in summarize(result["runs"])})
        seeds[str(result["config"]["seed"])] = list(rows.values())
        result = old
    data["tasks"][result["task"]] = result
    data["meta"] = {**result["meta"], "note": "one entry per task; see each task's config"}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return data


def seed_table(result: dict) -> dict[str, list[dict]]:
    """Per recipe, one row per seed (the main study's seed first): final loss, eval loss and,
    for recall, accuracy. Ratios across seeds are not computed: every seed has its own fp32."""
    table: dict[str, list[dict]] = {}
    seeds = [(result["config"]["seed"], result["summary"])]
    seeds += [(int(k), rows) for k, rows in sorted(result.get("other_seeds", {}).items())]
    for seed, rows in seeds:
        for r in rows:
            keep = {k: r[k] for k in ("final_loss", "eval_loss", "accuracy") if k in r}
            table.setdefault(r["recipe"], []).append({"seed": seed, **keep})
    return table


def format_summary(result: dict) -> str:
    """A table of final losses, ratios to fp32 and recall accuracy."""
    c = result["config"]
    lines = [f"task {result['task']}: {c['steps']} steps, batch {c['batch']}, seq {c['seq_len']}, "
             f"d_model {c['d_model']}, {c['n_layers']} layers, {c['n_heads']} heads", "",
             f"{'recipe':<13} {'final loss':>11} {'ratio':>7} {'eval loss':>10} {'ratio':>7} "
             f"{'accuracy':>9} {'Δ pts':>6} {'time s':>7}"]

    def opt(row: dict, key: str, width: int, fmt: str) -> str:
        return f"{row[key]:>{width}{fmt}}" if key in row else f"{'-':>{width}}"

    for r in result["summary"]:
        lines.append(f"{r['recipe']:<13} {r['final_loss']:>11.4f} {opt(r, 'final_loss_ratio', 7, '.4f')} "
                     f"{r['eval_loss']:>10.4f} {opt(r, 'eval_loss_ratio', 7, '.4f')} "
                     f"{opt(r, 'accuracy', 9, '.3f')} {opt(r, 'accuracy_delta_points', 6, '.1f')} "
                     f"{r['seconds']:>7.1f}")
    if result.get("other_seeds"):
        table = seed_table(result)
        seeds = sorted({row["seed"] for rows in table.values() for row in rows})
        key = "accuracy" if any("accuracy" in row for rows in table.values() for row in rows) \
            else "eval_loss"
        lines += ["", f"{key} per seed", f"{'recipe':<13}" + "".join(f"{'seed ' + str(x):>10}" for x in seeds)]
        for recipe, rows in table.items():
            by_seed = {row["seed"]: row.get(key) for row in rows}
            lines.append(f"{recipe:<13}" + "".join(
                f"{by_seed[x]:>10.3f}" if by_seed.get(x) is not None else f"{'-':>10}" for x in seeds))
    return "\n".join(lines)
