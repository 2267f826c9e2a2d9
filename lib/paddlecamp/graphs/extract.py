"""Extract GraphNet samples from a model: ``torch.compile`` with a capturing backend.

Dynamo hands each captured graph (one per graph break) to the backend together with the
real example inputs, with every parameter and buffer lifted to a forward argument. Each
graph becomes one sample; several graphs become ``subgraph_0/``, ``subgraph_1/``, ...
The text written is ``serialize(parse(serialize(graph)))``, i.e. already the fixed point
our parser reads back unchanged, so ``graph_hash.txt`` never changes on a second pass.

Weights are stored as metadata (mean/std) unless small (``data_limit`` elements); integer
tensors always store their data (they are indices). With ``dynamic=True`` the symbolic
sizes dynamo found go to ``input_tensor_constraints.py``.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any, Sequence

import torch
import torch.fx as fx

from paddlecamp.graphs.parse import parse_model, placeholders
from paddlecamp.graphs.sample import Constraints, TensorMeta, write_sample
from paddlecamp.graphs.serialize import serialize

_WEIGHT_RE = re.compile(r"_(parameters|buffers)_")


class OutputExistsError(FileExistsError):
    """An output directory the user named holds files and ``force`` was not given."""


def check_output_dir(path: Path | str, force: bool = False) -> None:
    """Refuse a non-empty output directory (or a file in its place) unless ``force``.

    Nothing is deleted here: callers replace the directory only after this check passes.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputExistsError(f"output {path} exists and is not a directory; choose another path")
    if path.is_dir() and any(path.iterdir()) and not force:
        raise OutputExistsError(f"output directory {path} exists and is not empty; "
                                f"pass --force (force=True) to replace it, or choose another path")


def replace_output_dir(path: Path | str, force: bool = False) -> Path:
    """Make ``path`` an empty directory: refused when it holds files, unless ``force``."""
    path = Path(path)
    check_output_dir(path, force)
    if path.is_dir() and any(path.iterdir()):
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def tensor_meta(name: str, value: Any, data_limit: int = 64, int_data_limit: int = 1 << 16) -> TensorMeta:
    """GraphNet meta for one forward argument (SymInts become 0-d int64 with their value)."""
    if isinstance(value, (int, torch.SymInt)) and not isinstance(value, bool):
        return TensorMeta(name=name, shape=[], dtype="torch.int64", device="cpu", data=[int(value)])
    if not isinstance(value, torch.Tensor):
        raise TypeError(f"argument {name}: cannot describe a {type(value).__name__}")
    t = value.detach()
    dtype = str(t.dtype)
    meta = TensorMeta(name=name, shape=list(t.shape), dtype=dtype, device=str(t.device).split(":")[0])
    if t.dtype.is_floating_point:
        if t.numel():
            tf = t.to(torch.float64)
            meta.mean = float(tf.mean())
            meta.std = float(tf.std()) if t.numel() > 1 else 0.0
        if t.numel() <= data_limit:
            meta.data = [float(v) for v in t.reshape(-1).tolist()]
    else:
        if t.numel() > int_data_limit:
            raise ValueError(f"argument {name}: integer tensor with {t.numel()} elements is too "
                             f"large to store inline (limit {int_data_limit})")
        meta.data = [bool(v) if t.dtype == torch.bool else int(v) for v in t.reshape(-1).tolist()]
    return meta


def _constraints(graph: fx.GraphModule, metas: dict[str, TensorMeta]) -> Constraints | None:
    """Symbolic dims from placeholder example values (only plain symbols like ``s0``)."""
    sym_names: dict[str, str] = {}
    examples: dict[str, int] = {}
    shapes: list[tuple[list[int | str], str]] = []
    any_symbolic = False
    for ph in placeholders(graph.graph):
        sym_shape = ph.meta.get("symbolic_shape")
        meta = metas[ph.target]
        if sym_shape is not None:
            dims: list[int | str] = []
            for d, concrete in zip(sym_shape, meta.shape):
                if isinstance(d, str) and re.fullmatch(r"s\d+", d):
                    key = d
                    if key not in sym_names:
                        sym_names[key] = f"S{len(sym_names)}"
                        examples[sym_names[key]] = int(concrete)
                    dims.append(sym_names[key])
                    any_symbolic = True
                else:
                    dims.append(int(concrete))
            shapes.append((dims, ph.target))
    if not any_symbolic:
        return None
    return Constraints(symbols=list(sym_names.values()), example_values=examples, relations=[],
                       input_shapes=shapes)


def capture_graphs(model: torch.nn.Module, example_inputs: Sequence[Any], dynamic: bool = False
                   ) -> list[tuple[fx.GraphModule, list[Any]]]:
    """Run ``model`` once under ``torch.compile`` and return every captured graph with its inputs."""
    captured: list[tuple[fx.GraphModule, list[Any]]] = []

    def backend(gm: fx.GraphModule, inputs: list[Any]):
        # Symbolic sizes print as their symbol only while the shape env is live: record now.
        for ph in placeholders(gm.graph):
            ev = ph.meta.get("example_value")
            if isinstance(ev, torch.Tensor):
                ph.meta["symbolic_shape"] = [str(getattr(d, "node", d).expr) if isinstance(d, torch.SymInt)
                                             else int(d) for d in ev.shape]
        captured.append((gm, list(inputs)))
        return gm.forward

    torch._dynamo.reset()
    compiled = torch.compile(model, backend=backend, dynamic=dynamic, fullgraph=False)
    with torch.no_grad():
        compiled(*example_inputs)
    torch._dynamo.reset()
    return captured


def extract(model: torch.nn.Module, example_inputs: Sequence[Any], out_dir: Path | str, *,
            name: str | None = None, source: str = "paddlecamp", heuristic_tag: str = "other",
            dynamic: bool = False, data_limit: int = 64, force: bool = False) -> list[Path]:
    """Write ``model``'s graphs as GraphNet samples under ``out_dir``; returns the sample dirs.

    One captured graph is written to ``out_dir`` itself; several (graph breaks) to
    ``out_dir/subgraph_N``. Inputs that are parameters or buffers go to ``weight_meta.py``,
    the rest (real inputs, SymInt sizes) to ``input_meta.py``. A non-empty ``out_dir`` is
    refused (``OutputExistsError``) unless ``force``, which replaces it.
    """
    out_dir = Path(out_dir)
    check_output_dir(out_dir, force)
    model = model.eval()
    graphs = capture_graphs(model, example_inputs, dynamic=dynamic)
    if not graphs:
        raise RuntimeError("torch.compile captured no graph (the model ran no tensor ops)")
    replace_output_dir(out_dir, force)
    written: list[Path] = []
    for i, (gm, inputs) in enumerate(graphs):
        dest = out_dir if len(graphs) == 1 else out_dir / f"subgraph_{i}"
        phs = placeholders(gm.graph)
        if len(phs) != len(inputs):
            raise RuntimeError(f"graph {i}: {len(phs)} placeholders but {len(inputs)} inputs")
        metas = {ph.target: tensor_meta(ph.target, v, data_limit) for ph, v in zip(phs, inputs)}
        text = serialize(parse_model(serialize(gm.graph), "captured graph"))
        weights = [m for n, m in metas.items() if _WEIGHT_RE.search(n)]
        others = [m for n, m in metas.items() if not _WEIGHT_RE.search(n)]
        gn = {"dynamic": bool(dynamic), "source": source, "heuristic_tag": heuristic_tag,
              "model_name": name or type(model).__name__}
        if len(graphs) > 1:
            gn["subgraph_index"] = i
            gn["num_subgraphs"] = len(graphs)
        write_sample(dest, text, weights, others, gn, _constraints(gm, metas) if dynamic else None)
        written.append(dest)
    return written
