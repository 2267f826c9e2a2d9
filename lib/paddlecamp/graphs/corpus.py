"""The project's sample corpus: small real architectures, randomly initialized, no downloads.

Each entry builds ``(model, example_inputs, info)`` deterministically (seeded). Transformers
models come from configs (random init, small sizes); CNNs are written here (torchvision is
not a dependency). Some models graph-break on purpose (data-dependent control flow,
``.item()``), some are extracted with dynamic shapes, and a few reproduce the failure
classes seen in GraphNet's published samples (constant factories in ``forward``, in-place
item assignment, ``x += x``, ``F.pad``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import torch
import torch.nn as nn
import torch.nn.functional as F

from paddlecamp.graphs.extract import extract

Builder = Callable[[], tuple[nn.Module, tuple, dict[str, Any]]]
MODELS: dict[str, Builder] = {}


def _model(name: str, tag: str = "computer_vision", dynamic: bool = False, source: str = "paddlecamp"):
    def deco(fn: Callable[[], tuple[nn.Module, tuple]]) -> Builder:
        def build() -> tuple[nn.Module, tuple, dict[str, Any]]:
            torch.manual_seed(0)
            model, inputs = fn()
            return model.eval(), inputs, {"heuristic_tag": tag, "dynamic": dynamic, "source": source}
        MODELS[name] = build
        return build
    return deco


def _ids(batch: int, seq: int, vocab: int) -> torch.Tensor:
    return torch.randint(0, vocab, (batch, seq), generator=torch.Generator().manual_seed(1))


# ------------------------------------------------------------------ transformers (random init)
def _hf(cls_name: str, config_name: str, **cfg: Any) -> nn.Module:
    import transformers

    config = getattr(transformers, config_name)(**cfg)
    return getattr(transformers, cls_name)(config)


_SMALL = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64,
              max_position_embeddings=64, vocab_size=128)


@_model("bert_tiny", "nlp", source="transformers")
def _bert_tiny():
    return _hf("BertModel", "BertConfig", **_SMALL), (_ids(1, 16, 128),)


@_model("bert_tiny_dynamic", "nlp", dynamic=True, source="transformers")
def _bert_tiny_dynamic():
    return _hf("BertModel", "BertConfig", **_SMALL), (_ids(2, 12, 128),)


@_model("bert_mlm", "nlp", source="transformers")
def _bert_mlm():
    return _hf("BertForMaskedLM", "BertConfig", **_SMALL), (_ids(1, 8, 128),)


@_model("roberta_tiny", "nlp", source="transformers")
def _roberta():
    return _hf("RobertaModel", "RobertaConfig", **{**_SMALL, "max_position_embeddings": 72}), (_ids(1, 16, 128),)


@_model("distilbert_tiny", "nlp", source="transformers")
def _distilbert():
    return _hf("DistilBertModel", "DistilBertConfig", dim=32, n_layers=2, n_heads=4, hidden_dim=64,
               max_position_embeddings=64, vocab_size=128), (_ids(1, 16, 128),)


@_model("albert_tiny", "nlp", source="transformers")
def _albert():
    return _hf("AlbertModel", "AlbertConfig", embedding_size=16, **_SMALL), (_ids(1, 16, 128),)


@_model("gpt2_tiny", "nlp", source="transformers")
def _gpt2():
    return _hf("GPT2Model", "GPT2Config", n_embd=32, n_layer=2, n_head=4, n_positions=64,
               vocab_size=128), (_ids(1, 16, 128),)


@_model("gpt2_lm_dynamic", "nlp", dynamic=True, source="transformers")
def _gpt2_lm():
    return _hf("GPT2LMHeadModel", "GPT2Config", n_embd=32, n_layer=2, n_head=4, n_positions=64,
               vocab_size=128), (_ids(2, 10, 128),)


@_model("t5_tiny", "nlp", source="transformers")
def _t5():
    m = _hf("T5Model", "T5Config", d_model=32, d_kv=8, d_ff=64, num_layers=2, num_heads=4, vocab_size=128)
    return m, (_ids(1, 12, 128), None, _ids(1, 6, 128))


@_model("llama_tiny", "nlp", source="transformers")
def _llama():
    return _hf("LlamaModel", "LlamaConfig", hidden_size=32, intermediate_size=64, num_hidden_layers=2,
               num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64,
               vocab_size=128), (_ids(1, 16, 128),)


@_model("mistral_tiny", "nlp", source="transformers")
def _mistral():
    return _hf("MistralModel", "MistralConfig", hidden_size=32, intermediate_size=64, num_hidden_layers=2,
               num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64,
               vocab_size=128), (_ids(1, 16, 128),)


@_model("vit_tiny", source="transformers")
def _vit():
    return _hf("ViTModel", "ViTConfig", hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
               intermediate_size=64, image_size=32, patch_size=8), (torch.randn(1, 3, 32, 32),)


@_model("convnext_tiny", source="transformers")
def _convnext():
    return _hf("ConvNextModel", "ConvNextConfig", hidden_sizes=[8, 16, 24, 32], depths=[1, 1, 1, 1],
               image_size=32), (torch.randn(1, 3, 32, 32),)


@_model("resnet_hf_tiny", source="transformers")
def _resnet_hf():
    return _hf("ResNetModel", "ResNetConfig", embedding_size=8, hidden_sizes=[8, 16, 24, 32],
               depths=[1, 1, 1, 1]), (torch.randn(1, 3, 32, 32),)


@_model("whisper_encoder_tiny", "audio", source="transformers")
def _whisper():
    import transformers

    cfg = transformers.WhisperConfig(d_model=32, encoder_layers=2, encoder_attention_heads=4,
                                     encoder_ffn_dim=64, num_mel_bins=16, max_source_positions=16,
                                     decoder_layers=1, decoder_attention_heads=4, decoder_ffn_dim=64,
                                     vocab_size=128, pad_token_id=0, bos_token_id=1, eos_token_id=2,
                                     decoder_start_token_id=1)
    return transformers.WhisperModel(cfg).get_encoder(), (torch.randn(1, 16, 32),)


# ------------------------------------------------------------------ CNNs written here
class ConvBNReLU(nn.Sequential):
    def __init__(self, cin: int, cout: int, k: int = 3, stride: int = 1, groups: int = 1):
        super().__init__(nn.Conv2d(cin, cout, k, stride, k // 2, groups=groups, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class BasicBlock(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int = 1):
        super().__init__()
        self.c1 = ConvBNReLU(cin, cout, 3, stride)
        self.c2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn = nn.BatchNorm2d(cout)
        self.down = None if stride == 1 and cin == cout else nn.Sequential(
            nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        idt = x if self.down is None else self.down(x)
        out = self.bn(self.c2(self.c1(x)))
        out += idt
        return F.relu(out)


class TinyResNet(nn.Module):
    def __init__(self, widths=(8, 16, 32), classes: int = 10):
        super().__init__()
        self.stem = ConvBNReLU(3, widths[0])
        layers, cin = [], widths[0]
        for i, w in enumerate(widths):
            layers.append(BasicBlock(cin, w, 1 if i == 0 else 2))
            cin = w
        self.layers = nn.Sequential(*layers)
        self.fc = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.layers(self.stem(x))
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


class InvertedResidual(nn.Module):
    def __init__(self, c: int, expand: int = 4):
        super().__init__()
        h = c * expand
        self.block = nn.Sequential(ConvBNReLU(c, h, 1), ConvBNReLU(h, h, 3, groups=h),
                                   nn.Conv2d(h, c, 1, bias=False), nn.BatchNorm2d(c))

    def forward(self, x):
        return x + self.block(x)


class SqueezeExcite(nn.Module):
    def __init__(self, c: int, r: int = 4):
        super().__init__()
        self.fc1, self.fc2 = nn.Conv2d(c, c // r, 1), nn.Conv2d(c // r, c, 1)

    def forward(self, x):
        s = F.adaptive_avg_pool2d(x, 1)
        return x * torch.sigmoid(self.fc2(F.silu(self.fc1(s))))


class DenseBlock(nn.Module):
    def __init__(self, c: int, growth: int = 4, n: int = 3):
        super().__init__()
        self.layers = nn.ModuleList(ConvBNReLU(c + i * growth, growth) for i in range(n))

    def forward(self, x):
        feats = [x]
        for layer in self.layers:
            feats.append(layer(torch.cat(feats, 1)))
        return torch.cat(feats, 1)


class TinyUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.d1, self.d2 = ConvBNReLU(3, 8), ConvBNReLU(8, 16, stride=2)
        self.up = nn.ConvTranspose2d(16, 8, 2, 2)
        self.out = nn.Conv2d(16, 2, 1)

    def forward(self, x):
        a = self.d1(x)
        b = self.up(self.d2(a))
        return self.out(torch.cat([a, b], 1))


def _img(c: int = 3, s: int = 32, b: int = 1) -> torch.Tensor:
    return torch.randn(b, c, s, s)


@_model("lenet")
def _lenet():
    m = nn.Sequential(nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2), nn.Conv2d(6, 16, 5), nn.Tanh(),
                      nn.AvgPool2d(2), nn.Flatten(), nn.Linear(16 * 4 * 4, 32), nn.Tanh(), nn.Linear(32, 10))
    return m, (torch.randn(2, 1, 28, 28),)


@_model("vgg_tiny")
def _vgg():
    m = nn.Sequential(ConvBNReLU(3, 8), ConvBNReLU(8, 8), nn.MaxPool2d(2), ConvBNReLU(8, 16),
                      nn.MaxPool2d(2), nn.Flatten(), nn.Linear(16 * 8 * 8, 10))
    return m, (_img(),)


@_model("resnet_tiny")
def _resnet():
    return TinyResNet(), (_img(),)


@_model("resnet_tiny_dynamic", dynamic=True)
def _resnet_dyn():
    return TinyResNet(), (_img(b=2),)


@_model("resnet_block")
def _resnet_block():
    return BasicBlock(8, 16, 2), (_img(8, 16),)


@_model("mobilenet_block")
def _mobile():
    return nn.Sequential(ConvBNReLU(3, 8, stride=2), InvertedResidual(8), InvertedResidual(8)), (_img(),)


@_model("se_block")
def _se():
    return nn.Sequential(ConvBNReLU(3, 16), SqueezeExcite(16)), (_img(),)


@_model("densenet_block")
def _dense():
    return nn.Sequential(ConvBNReLU(3, 8), DenseBlock(8)), (_img(s=16),)


@_model("unet_tiny", "segmentation")
def _unet():
    return TinyUNet(), (_img(s=16),)


@_model("groupnorm_convnet")
def _gn():
    m = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.GroupNorm(2, 8), nn.GELU(),
                      nn.Conv2d(8, 8, 3, padding=1), nn.GroupNorm(2, 8), nn.Hardswish())
    return m, (_img(s=16),)


# ------------------------------------------------------------------ small sequence / MLP models
class MLP(nn.Module):
    def __init__(self, d: int = 16, h: int = 32):
        super().__init__()
        self.ln = nn.LayerNorm(d)
        self.fc1, self.fc2 = nn.Linear(d, h), nn.Linear(h, d)

    def forward(self, x):
        return x + self.fc2(F.gelu(self.fc1(self.ln(x))))


class AttentionBlock(nn.Module):
    def __init__(self, d: int = 32, heads: int = 4, causal: bool = False):
        super().__init__()
        self.heads, self.causal = heads, causal
        self.qkv, self.proj = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.norm = nn.LayerNorm(d)

    def forward(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(self.norm(x)).view(b, t, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        o = F.scaled_dot_product_attention(q, k, v, is_causal=self.causal)
        return x + self.proj(o.transpose(1, 2).reshape(b, t, d))


class ManualAttention(nn.Module):
    def __init__(self, d: int = 32):
        super().__init__()
        self.q, self.k, self.v = nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d)

    def forward(self, x):
        s = self.q(x) @ self.k(x).transpose(-1, -2) / (x.shape[-1] ** 0.5)
        return torch.softmax(s, dim=-1) @ self.v(x)


class RMSNormMLP(nn.Module):
    def __init__(self, d: int = 32):
        super().__init__()
        self.w = nn.Parameter(torch.ones(d))
        self.gate, self.up, self.down = nn.Linear(d, 64, bias=False), nn.Linear(d, 64, bias=False), nn.Linear(64, d, bias=False)

    def forward(self, x):
        h = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * self.w
        return x + self.down(F.silu(self.gate(h)) * self.up(h))


@_model("mlp_block", "other")
def _mlp():
    return MLP(), (torch.randn(2, 8, 16),)


@_model("mlp_block_dynamic", "other", dynamic=True)
def _mlp_dyn():
    return MLP(), (torch.randn(3, 5, 16),)


@_model("attention_block", "nlp")
def _attn():
    return AttentionBlock(), (torch.randn(1, 16, 32),)


@_model("causal_attention_block", "nlp")
def _cattn():
    return AttentionBlock(causal=True), (torch.randn(2, 8, 32),)


@_model("manual_attention", "nlp")
def _mattn():
    return ManualAttention(), (torch.randn(1, 8, 32),)


@_model("rmsnorm_swiglu", "nlp")
def _swiglu():
    return RMSNormMLP(), (torch.randn(1, 8, 32),)


class UnrolledLSTM(nn.Module):
    """An LSTM written with cells, so dynamo unrolls it over time (nn.LSTM is not captured)."""

    def __init__(self, vocab: int = 50, d: int = 16, tags: int = 5):
        super().__init__()
        self.emb, self.cell, self.out = nn.Embedding(vocab, d), nn.LSTMCell(d, d), nn.Linear(d, tags)

    def forward(self, ids):
        x = self.emb(ids)
        h = c = x.new_zeros(x.shape[0], x.shape[2])
        outs = []
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
            outs.append(h)
        return F.log_softmax(self.out(torch.stack(outs, 1)), -1)


class UnrolledGRU(nn.Module):
    def __init__(self, d_in: int = 8, d: int = 16):
        super().__init__()
        self.cell = nn.GRUCell(d_in, d)
        self.d = d

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.d)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return h


@_model("lstm_tagger", "nlp")
def _lstm():
    return UnrolledLSTM(), (_ids(2, 5, 50),)


@_model("gru_encoder", "nlp")
def _gru():
    return UnrolledGRU(), (torch.randn(2, 4, 8),)


@_model("conv1d_audio", "audio")
def _conv1d():
    m = nn.Sequential(nn.Conv1d(1, 8, 9, stride=4), nn.BatchNorm1d(8), nn.ReLU(), nn.Conv1d(8, 16, 5, stride=2),
                      nn.ReLU(), nn.AdaptiveMaxPool1d(1), nn.Flatten(), nn.Linear(16, 4))
    return m, (torch.randn(2, 1, 256),)


@_model("embedding_bag_classifier", "nlp")
def _embbag():
    class C(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb, self.fc = nn.Embedding(64, 16), nn.Linear(16, 3)

        def forward(self, ids):
            return self.fc(self.emb(ids).mean(1))
    return C(), (_ids(4, 6, 64),)


# ------------------------------------------------------------------ graph breaks and failure classes
class DataDependentBranch(nn.Module):
    """``if x.sum() > 0`` depends on data: dynamo breaks the graph in two."""

    def __init__(self):
        super().__init__()
        self.a, self.b = nn.Linear(16, 16), nn.Linear(16, 16)

    def forward(self, x):
        h = torch.relu(self.a(x))
        if h.sum() > 0:
            h = h * 2
        return self.b(h)


class ItemBreak(nn.Module):
    """``.item()`` feeding Python control flow: two graphs."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        n = int(x.abs().max().item() * 2) % 3 + 1
        for _ in range(n):
            x = torch.tanh(self.fc(x))
        return x


class LoopMoE(nn.Module):
    """Top-1 routing over experts with an explicit graph break between router and experts."""

    def __init__(self, d: int = 16, experts: int = 3):
        super().__init__()
        self.router = nn.Linear(d, experts)
        self.experts = nn.ModuleList(nn.Linear(d, d) for _ in range(experts))

    def forward(self, x):
        choice = self.router(x).argmax(-1)
        torch._dynamo.graph_break()
        out = torch.zeros_like(x)
        for i, e in enumerate(self.experts):
            out = out + e(x) * (choice == i).unsqueeze(-1)
        return out


class FailureClasses(nn.Module):
    """GraphNet's round-trip failure classes in one forward: constants, in-place ops, pad."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        y = self.fc(x)
        y += y                                   # in-place add that must stay in-place
        y[:, 0] = torch.tensor(1.0)              # in-place item assignment with a constant tensor
        scale = torch.full((1, 8), 0.5)          # constant factory call inside forward
        pos = torch.arange(8, dtype=torch.float32)
        z = F.pad(y * scale + pos, (1, 2))       # pad (torch._C._nn.pad in dynamo's graph)
        return z, y


@_model("branch_graph_break", "other")
def _branch():
    return DataDependentBranch(), (torch.randn(2, 16),)


@_model("item_graph_break", "other")
def _item():
    return ItemBreak(), (torch.randn(2, 8),)


@_model("moe_loop_graph_break", "nlp")
def _moe():
    return LoopMoE(), (torch.randn(4, 16),)


@_model("failure_classes", "other")
def _fail():
    return FailureClasses(), (torch.randn(2, 8),)


@_model("failure_classes_dynamic", "other", dynamic=True)
def _fail_dyn():
    return FailureClasses(), (torch.randn(3, 8),)


@_model("masked_fill_mask", "nlp")
def _masked():
    class M(nn.Module):
        def forward(self, s):
            mask = torch.triu(torch.ones(s.shape[-1], s.shape[-1], dtype=torch.bool), 1)
            return torch.softmax(s.masked_fill(mask, float("-inf")), -1)
    return M(), (torch.randn(1, 2, 8, 8),)


@_model("layout_heavy", "other")
def _layout():
    class M(nn.Module):
        def forward(self, x):
            a, b = x.chunk(2, dim=-1)
            y = torch.stack([a.transpose(1, 2), b.transpose(1, 2)], 0).flatten(0, 1)
            return y.contiguous().view(y.shape[0], -1).unsqueeze(1).expand(-1, 2, -1)
    return M(), (torch.randn(2, 4, 6),)


@_model("pixel_shuffle_upsampler")
def _pixshuf():
    m = nn.Sequential(nn.Conv2d(3, 12, 3, padding=1), nn.PixelShuffle(2), nn.Upsample(scale_factor=2, mode="nearest"),
                      nn.Conv2d(3, 3, 3, padding=1), nn.Sigmoid())
    return m, (_img(s=8),)


def extract_model(name: str, out_dir: Path | str, dynamic: bool | None = None,
                  force: bool = False) -> list[Path]:
    """Build corpus model ``name`` and extract it to ``out_dir`` (replaced only with ``force``)."""
    model, inputs, info = MODELS[name]()
    dyn = info["dynamic"] if dynamic is None else dynamic
    return extract(model, inputs, out_dir, name=name, source=info["source"],
                   heuristic_tag=info["heuristic_tag"], dynamic=dyn, force=force)
