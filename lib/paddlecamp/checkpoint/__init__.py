"""Track 5: distributed checkpoints with automatic resharding.

A state entry is a full tensor (:class:`Replicated`), a box of a global tensor
(:class:`Shard`) or a flat range of one (:class:`FlatShard`); torch, paddle and numpy
tensors are all accepted. :func:`save` writes each rank's part in a safetensors layout
and commits atomically when the last rank finishes; :func:`load` reads into any other
layout, planning the byte ranges first (:func:`plan_for`).
"""
from .api import AsyncSave, SaveResult, load, open_index, plan_for, save
from .entries import FlatShard, Replicated, Shard
from .rules import apply_rules, describe_rules
from .plan import CheckpointError, LoadPlan, ReadItem, SavedIndex, SavedPiece, SavePlan, plan_load, plan_save

__all__ = ["apply_rules", "describe_rules", "AsyncSave", "CheckpointError", "FlatShard", "LoadPlan", "ReadItem", "Replicated", "SavePlan",
           "SaveResult", "SavedIndex", "SavedPiece", "Shard", "load", "open_index", "plan_for", "plan_load",
           "plan_save", "save"]
