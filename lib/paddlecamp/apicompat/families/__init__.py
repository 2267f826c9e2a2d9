"""The compat layer's patches, one module per family; importing this registers them all.

Families: ``namespaces`` (torch module paths paddle lacks), ``tensor`` (Tensor methods and
dtypes), ``functions`` (torch.* and nn.functional calls: argument names, missing functions,
torch return types), ``modules`` (nn layers: torch class names and constructor arguments),
``newapis`` (torch APIs paddle has no counterpart for: distributions, signal windows,
utils.data, nn.utils.rnn). Each patch names the gap it closes; ``paddlecamp apicompat
patches`` lists them.
"""
from __future__ import annotations

import importlib

FAMILIES = ("namespaces", "tensor", "functions", "modules", "newapis")

for _f in FAMILIES:
    try:
        importlib.import_module(f"{__name__}.{_f}")
    except ModuleNotFoundError as e:  # a family not written yet
        if e.name != f"{__name__}.{_f}":
            raise
