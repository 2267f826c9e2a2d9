"""torch module paths that paddle lacks, as aliases that resolve at access time.

``torch.nn.modules.loss.L1Loss`` is ``torch.nn.L1Loss`` under another path; the alias
modules answer every name from ``paddle.nn`` when it is asked for, so they also see the
torch-style layers other families add.
"""
from __future__ import annotations

from ..patch import Patcher, patch, resolve

NN_MODULES = ("activation", "batchnorm", "channelshuffle", "container", "conv", "distance", "dropout", "flatten",
              "fold", "instancenorm", "linear", "loss", "module", "normalization", "padding", "pixelshuffle",
              "pooling", "rnn", "sparse", "transformer", "upsampling", "utils")


def _from(dotted: str):
    def get(name: str):
        return getattr(resolve(dotted), name)
    return get


@patch("nn-modules-paths", [f"torch.nn.modules.{m}" for m in NN_MODULES] + ["torch.nn.modules"],
       "paddle.nn.modules.*", "module alias",
       "torch layers are also reached as torch.nn.modules.<file>.<Layer> (e.g. nn.modules.loss: 158 suite cases); "
       "paddle.nn.modules has only module/container")
def nn_modules(p: Patcher) -> None:
    p.module("paddle.nn.modules", fallback=_from("paddle.nn"))  # exists: gains the fallback only
    for m in NN_MODULES:
        if m in ("module", "container"):
            continue  # paddle has these two
        p.module(f"paddle.nn.modules.{m}", fallback=_from("paddle.nn"))


@patch("distributions-module", "torch.distributions", "paddle.distributions", "module alias",
       "torch.distributions is paddle.distribution (458 suite cases fail on the missing name)")
def distributions(p: Patcher) -> None:
    import paddle
    p.module("paddle.distributions", fallback=_from("paddle.distribution"))
    for sub in ("kl", "transforms", "constraints", "distribution"):
        if hasattr(paddle.distribution, sub) or sub == "kl":
            p.module(f"paddle.distributions.{sub}", fallback=_from("paddle.distribution"))
