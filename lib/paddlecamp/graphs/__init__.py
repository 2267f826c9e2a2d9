"""Computation-graph samples in GraphNet's format: read, parse without executing, write.

Modules, one idea each:

- ``sample``: a sample directory (``model.py``, meta files, ``graph_net.json``, hash).
- ``parse``: ``model.py`` text -> ``torch.fx.Graph`` through ``ast`` and an allow-list.
- ``serialize``: ``torch.fx.Graph`` -> ``model.py`` text (the exact inverse of ``parse``).
- ``equal``: structural graph equality with the first difference.
- ``roundtrip``: per-sample structural + numeric round-trip check.
- ``extract``: model + example inputs -> samples (graph breaks become ``subgraph_N``).
- ``dtype``: AMP-style float16/bfloat16 generalization validated with GraphNet's tolerance.
- ``stats``: op histograms and fusible-pattern counts.
"""
from __future__ import annotations

from paddlecamp.graphs.sample import GraphSample, SampleError, TensorMeta, read_sample, write_sample

__all__ = ["GraphSample", "SampleError", "TensorMeta", "read_sample", "write_sample"]
