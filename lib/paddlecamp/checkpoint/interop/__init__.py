"""Readers (and writers) for checkpoints written by other tools.

Importing this package registers a reader per format in :data:`paddlecamp.checkpoint.api.READERS`,
tried in this order by :func:`paddlecamp.checkpoint.open_index` after the project's own format:

- ``torch-dcp``: torch.distributed.checkpoint directories (a pickled ``.metadata``), :mod:`.dcp`;
- ``paddle-flex``: ``paddle.distributed.flex_checkpoint`` saves (``<id>.metadata`` + ``<rank>_<id>.distcp``),
  :mod:`.paddle_flex`;
- ``hf-safetensors``: Hugging Face safetensors files and sharded directories (also torch DCP's
  ``HuggingFaceStorageWriter`` output), :mod:`.hf`.

Nothing here imports torch or paddle at import time.
"""
from __future__ import annotations

from ..api import READERS
from . import dcp, hf, paddle_flex
from .dcp import save_dcp
from .hf import save_hf

READERS.setdefault(dcp.FORMAT, (dcp.detect, dcp.read_index))
READERS.setdefault(paddle_flex.FORMAT, (paddle_flex.detect, paddle_flex.read_index))
READERS.setdefault(hf.FORMAT, (hf.detect, hf.read_index))

__all__ = ["dcp", "hf", "paddle_flex", "save_dcp", "save_hf"]
