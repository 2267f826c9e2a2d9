"""Quantized attention inside real models: a small GPT in torch and a small transformer in Paddle.

Both are ordinary decoder-only language models (token + position embeddings, pre-norm blocks,
grouped-query attention with half as many key/value heads as query heads, a GELU MLP, a tied
output head). Their attention is one call that a flag swaps:

* the torch GPT calls ``torch.nn.functional.scaled_dot_product_attention`` (the fp32 baseline)
  or :func:`paddlecamp.attention.scaled_dot_product_attention` with a recipe;
* the Paddle model calls ``paddle.nn.functional.scaled_dot_product_attention`` (baseline) or
  :func:`paddlecamp.attention.paddle_sdpa` with a recipe (torch's kernels behind a PyLayer,
  tensors exchanged through DLPack).

:func:`run_models` trains each model on the character-level corpus of the convergence study
(``data/attention/corpus.txt``), once with the framework's own attention and once per recipe,
from the same initial weights on the same batches, and reports the final training loss (mean
of the last 10% of steps), the held-out loss and their ratios to the baseline.
:meth:`ModelConfig.gpu` is a larger size for a GPU (``device="cuda"``: the torch model with our
attention on the Triton kernels, or on the emulator with ``backend="emulate"``).
"""
from __future__ import annotations

import datetime as _dt
import math
import time
from dataclasses import asdict, dataclass, replace

import torch

FRAMEWORKS = ("torch", "paddle")
BASELINE = "native-fp32"


@dataclass(frozen=True)
class ModelConfig:
    steps: int = 300
    seed: int = 0
    batch: int = 16
    seq_len: int = 64
    d_model: int = 64
    n_heads: int = 4
    n_kv_heads: int = 2
    n_layers: int = 2
    lr: float = 3e-3
    warmup: int = 30
    eval_batches: int = 8

    @classmethod
    def smoke(cls) -> "ModelConfig":
        return cls(steps=3, batch=4, seq_len=32, d_model=32, n_heads=2, n_kv_heads=1,
                   n_layers=1, warmup=1, eval_batches=1)

    @classmethod
    def gpu(cls) -> "ModelConfig":
        """A size for the GPU run: head dim 64 (the Triton kernels' size), 4 layers, 512 tokens."""
        return cls(batch=16, seq_len=512, d_model=512, n_heads=8, n_kv_heads=4, n_layers=4,
                   lr=1e-3)


def _lr(step: int, cfg: ModelConfig) -> float:
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    t = (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup)
    return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * t)))


# -- torch ----------------------------------------------------------------------------------------

class GPTBlock(torch.nn.Module):
    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        d, self.h, self.hk = cfg.d_model, cfg.n_heads, cfg.n_kv_heads
        self.hd = d // cfg.n_heads
        self.ln1, self.ln2 = torch.nn.LayerNorm(d), torch.nn.LayerNorm(d)
        self.q = torch.nn.Linear(d, d)
        self.kv = torch.nn.Linear(d, 2 * self.hk * self.hd)
        self.proj = torch.nn.Linear(d, d)
        self.mlp = torch.nn.Sequential(torch.nn.Linear(d, 4 * d), torch.nn.GELU(),
                                       torch.nn.Linear(4 * d, d))

    def forward(self, x: torch.Tensor, recipe: str | None, backend: str = "auto") -> torch.Tensor:
        b, n, d = x.shape
        y = self.ln1(x)
        q = self.q(y).view(b, n, self.h, self.hd).transpose(1, 2)
        k, v = self.kv(y).view(b, n, 2, self.hk, self.hd).permute(2, 0, 3, 1, 4)
        if recipe is None:
            o = torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True,
                                                                 enable_gqa=True)
        else:
            from paddlecamp.attention.sdpa import scaled_dot_product_attention

            o = scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True,
                                             recipe=recipe, backend=backend)
        x = x + self.proj(o.transpose(1, 2).reshape(b, n, d))
        return x + self.mlp(self.ln2(x))


class TinyGPT(torch.nn.Module):
    """A small GPT whose attention is torch's SDPA (``recipe=None``) or ours with a recipe."""

    def __init__(self, vocab: int, cfg: ModelConfig) -> None:
        super().__init__()
        self.tok = torch.nn.Embedding(vocab, cfg.d_model)
        self.pos = torch.nn.Embedding(cfg.seq_len, cfg.d_model)
        self.blocks = torch.nn.ModuleList(GPTBlock(cfg) for _ in range(cfg.n_layers))
        self.ln = torch.nn.LayerNorm(cfg.d_model)
        torch.nn.init.normal_(self.tok.weight, std=0.02)
        torch.nn.init.normal_(self.pos.weight, std=0.02)

    def forward(self, idx: torch.Tensor, recipe: str | None = None, backend: str = "auto"
                ) -> torch.Tensor:
        x = self.tok(idx) + self.pos(torch.arange(idx.shape[1], device=idx.device))
        for blk in self.blocks:
            x = blk(x, recipe, backend)
        return self.ln(x) @ self.tok.weight.T


def _train_torch(cfg: ModelConfig, task, recipe: str | None, device: str = "cpu",
                 backend: str = "auto") -> dict:
    import torch.nn.functional as F

    torch.manual_seed(cfg.seed)
    model = TinyGPT(task.vocab, cfg).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.01)
    g = torch.Generator().manual_seed(cfg.seed + 1)
    curve = []
    for step in range(cfg.steps):
        for grp in opt.param_groups:
            grp["lr"] = _lr(step, cfg)
        x, y = (t.to(device) for t in task.batch(g, cfg.batch))
        logits = model(x, recipe, backend)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), y.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        curve.append(loss.item())
    ge = torch.Generator().manual_seed(10_000 + cfg.seed)
    with torch.no_grad():
        ev = []
        for _ in range(cfg.eval_batches):
            x, y = (t.to(device) for t in task.batch(ge, cfg.batch, split="val"))
            logits = model(x, recipe, backend)
            ev.append(float(F.cross_entropy(logits.reshape(-1, logits.shape[-1]), y.reshape(-1))))
    return {"loss_curve": curve, "eval_loss": sum(ev) / len(ev)}


# -- Paddle ---------------------------------------------------------------------------------------

def _paddle_model(vocab: int, cfg: ModelConfig):
    """The same architecture as :class:`TinyGPT` in ``paddle.nn`` (built lazily: paddle is
    imported only when a Paddle run is asked for)."""
    import paddle
    import paddle.nn as pnn

    class Block(pnn.Layer):
        def __init__(self) -> None:
            super().__init__()
            d = cfg.d_model
            self.h, self.hk, self.hd = cfg.n_heads, cfg.n_kv_heads, d // cfg.n_heads
            self.ln1, self.ln2 = pnn.LayerNorm(d), pnn.LayerNorm(d)
            self.q = pnn.Linear(d, d)
            self.kv = pnn.Linear(d, 2 * self.hk * self.hd)
            self.proj = pnn.Linear(d, d)
            self.mlp = pnn.Sequential(pnn.Linear(d, 4 * d), pnn.GELU(), pnn.Linear(4 * d, d))

        def forward(self, x, recipe):
            b, n, d = x.shape
            y = self.ln1(x)
            q = self.q(y).reshape([b, n, self.h, self.hd])          # Paddle: [batch, seq, heads, dim]
            kv = self.kv(y).reshape([b, n, 2, self.hk, self.hd])
            k, v = kv[:, :, 0], kv[:, :, 1]
            if recipe is None:
                o = paddle.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True)
            else:
                from paddlecamp.attention.sdpa import paddle_sdpa

                o = paddle_sdpa(q, k, v, is_causal=True, recipe=recipe)
            x = x + self.proj(o.reshape([b, n, d]))
            return x + self.mlp(self.ln2(x))

    class Model(pnn.Layer):
        def __init__(self) -> None:
            super().__init__()
            init = paddle.nn.initializer.Normal(std=0.02)
            self.tok = pnn.Embedding(vocab, cfg.d_model, weight_attr=paddle.ParamAttr(initializer=init))
            self.pos = pnn.Embedding(cfg.seq_len, cfg.d_model, weight_attr=paddle.ParamAttr(initializer=init))
            self.blocks = pnn.LayerList([Block() for _ in range(cfg.n_layers)])
            self.ln = pnn.LayerNorm(cfg.d_model)

        def forward(self, idx, recipe=None):
            x = self.tok(idx) + self.pos(paddle.arange(idx.shape[1]))
            for blk in self.blocks:
                x = blk(x, recipe)
            return paddle.matmul(self.ln(x), self.tok.weight, transpose_y=True)

    return Model()


def _train_paddle(cfg: ModelConfig, task, recipe: str | None) -> dict:
    import paddle
    import paddle.nn.functional as F

    paddle.seed(cfg.seed)
    model = _paddle_model(task.vocab, cfg)
    sched_lr = [cfg.lr]
    opt = paddle.optimizer.AdamW(learning_rate=cfg.lr, parameters=model.parameters(),
                                 weight_decay=0.01, grad_clip=paddle.nn.ClipGradByGlobalNorm(1.0))
    g = torch.Generator().manual_seed(cfg.seed + 1)
    curve = []
    for step in range(cfg.steps):
        sched_lr[0] = _lr(step, cfg)
        opt.set_lr(sched_lr[0])
        x, y = task.batch(g, cfg.batch)
        logits = model(paddle.to_tensor(x.numpy()), recipe)
        loss = F.cross_entropy(logits.reshape([-1, logits.shape[-1]]), paddle.to_tensor(y.numpy()).reshape([-1]))
        loss.backward()
        opt.step()
        opt.clear_grad()
        curve.append(float(loss))
    ge = torch.Generator().manual_seed(10_000 + cfg.seed)
    ev = []
    with paddle.no_grad():
        for _ in range(cfg.eval_batches):
            x, y = task.batch(ge, cfg.batch, split="val")
            logits = model(paddle.to_tensor(x.numpy()), recipe)
            ev.append(float(F.cross_entropy(logits.reshape([-1, logits.shape[-1]]),
                                            paddle.to_tensor(y.numpy()).reshape([-1]))))
    return {"loss_curve": curve, "eval_loss": sum(ev) / len(ev)}


# -- study ----------------------------------------------------------------------------------------

def run_models(cfg: ModelConfig = ModelConfig(), recipes: "tuple[str, ...] | list[str]" = ("fp8-train",),
               frameworks: "tuple[str, ...] | list[str]" = FRAMEWORKS, progress: bool = False,
               device: str = "cpu", backend: str = "auto") -> dict:
    """Train each framework's model with its own fp32 attention and with each recipe.

    Returns ``{"config", "meta", "runs": {framework: {name: run}}, "summary": [rows]}`` where a
    row holds ``final_loss`` (mean of the last 10% of steps), ``eval_loss`` and, for recipes,
    their ratios to the framework's own fp32 attention (``native-fp32``). ``device="cuda"``
    trains the torch model on the GPU, where our attention runs the Triton kernels (the Paddle
    model stays on the CPU path and is refused there). ``backend`` goes to the torch model's
    attention (``"emulate"`` on a GPU runs the PyTorch emulator there: the recipe without the
    kernels).
    """
    from paddlecamp.attention.recipes import get_recipe
    from paddlecamp.attention.train import CharTask, TrainConfig

    for r in recipes:
        get_recipe(r)
    bad = [f for f in frameworks if f not in FRAMEWORKS]
    if bad:
        raise ValueError(f"unknown framework(s) {bad}; known: {', '.join(FRAMEWORKS)}")
    if device != "cpu" and "paddle" in frameworks:
        raise ValueError(f"device {device!r} trains the torch model only; "
                         "leave paddle out of the frameworks")
    task = CharTask(replace(TrainConfig(task="charlm"), seq_len=cfg.seq_len))
    runs: dict = {}
    summary = []
    for fw in frameworks:
        runs[fw] = {}
        for name in (BASELINE, *recipes):
            t0 = time.perf_counter()
            recipe = None if name == BASELINE else name
            run = (_train_torch(cfg, task, recipe, device, backend) if fw == "torch"
                   else _train_paddle(cfg, task, recipe))
            run["seconds"] = time.perf_counter() - t0
            tail = max(1, len(run["loss_curve"]) // 10)
            run["final_loss"] = sum(run["loss_curve"][-tail:]) / tail
            runs[fw][name] = run
            row = {"framework": fw, "attention": name, "final_loss": run["final_loss"],
                   "eval_loss": run["eval_loss"], "seconds": run["seconds"]}
            base = runs[fw][BASELINE]
            if name != BASELINE:
                row["final_loss_ratio"] = run["final_loss"] / base["final_loss"]
                row["eval_loss_ratio"] = run["eval_loss"] / base["eval_loss"]
            summary.append(row)
            if progress:
                print(format_row(row), flush=True)
    return {"config": asdict(cfg), "summary": summary, "runs": runs,
            "meta": {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                     "hardware": torch.cuda.get_device_name(0) if device == "cuda" else "CPU",
                     "torch": torch.__version__,
                     "backend": backend if backend != "auto" else
                     ("triton" if device == "cuda" else "emulate"),
                     "threads": torch.get_num_threads(),
                     "task": "charlm (data/attention/corpus.txt)",
                     "baseline": "each framework's own scaled_dot_product_attention in fp32"}}


def format_row(r: dict) -> str:
    ratio = (f"{r['final_loss_ratio']:>7.4f} {r['eval_loss_ratio']:>7.4f}"
             if "final_loss_ratio" in r else f"{'-':>7} {'-':>7}")
    return (f"{r['framework']:<7} {r['attention']:<16} {r['final_loss']:>10.4f} "
            f"{r['eval_loss']:>10.4f} {ratio} {r['seconds']:>7.1f}")


def format_summary(result: dict) -> str:
    c = result["config"]
    lines = [f"charlm: {c['steps']} steps, batch {c['batch']}, seq {c['seq_len']}, d_model "
             f"{c['d_model']}, {c['n_layers']} layers, {c['n_heads']} heads / {c['n_kv_heads']} kv heads",
             "", f"{'fw':<7} {'attention':<16} {'final loss':>10} {'eval loss':>10} "
             f"{'ratio':>7} {'ratio':>7} {'time s':>7}"]
    lines += [format_row(r) for r in result["summary"]]
    return "\n".join(lines)
