"""A GraphNet sample directory, read and written without executing any of its files.

A sample is one directory::

    model.py                     class GraphModule(torch.nn.Module) with forward(self, <every tensor>)
    weight_meta.py               one class per forward argument: name, shape, dtype, device, mean, std, data
    input_meta.py                same layout (often empty in published samples)
    input_tensor_constraints.py  optional: symbolic dims (sympy Symbols), example values, shapes
    graph_net.json               framework, source, generalization passes, ...
    graph_hash.txt               sha256 of model.py

Graph breaks are stored as ``subgraph_N/`` directories, each a full sample. The meta files
are Python, but they are downloaded data: we read them with ``ast`` and ``literal_eval``
only, so a hostile file can fail to load but can never run.
"""
from __future__ import annotations

import ast
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

#: dtype strings accepted in meta files (GraphNet writes ``str(torch.dtype)``).
KNOWN_DTYPES: tuple[str, ...] = (
    "torch.float32", "torch.float16", "torch.bfloat16", "torch.float64",
    "torch.int64", "torch.int32", "torch.int16", "torch.int8", "torch.uint8", "torch.bool",
    "torch.complex64", "torch.complex128", "torch.float8_e4m3fn", "torch.float8_e5m2",
)
FLOAT_DTYPES: tuple[str, ...] = ("torch.float32", "torch.float16", "torch.bfloat16", "torch.float64")
#: dtype strings in Paddle samples' meta files (GraphNet writes the Paddle dtype name).
PADDLE_DTYPES: tuple[str, ...] = (
    "float32", "float16", "bfloat16", "float64", "int64", "int32", "int16", "int8", "uint8", "bool",
    "complex64", "complex128",
)
META_FIELDS: tuple[str, ...] = ("name", "shape", "dtype", "device", "mean", "std", "data")
WEIGHT_CLASS_PREFIX = "Program_weight_tensor_meta_"
CONSTRAINTS_FILE = "input_tensor_constraints.py"


class SampleError(ValueError):
    """Bad sample content; ``str()`` names the file and line."""

    def __init__(self, message: str, file: Path | str | None = None, line: int | None = None):
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        where = self.file or "<sample>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


@dataclass
class TensorMeta:
    """One forward argument as GraphNet describes it (``data`` is a flat list or ``None``)."""

    name: str
    shape: list[int]
    dtype: str = "torch.float32"
    device: str = "cpu"
    mean: float | None = None
    std: float | None = None
    data: list | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def numel(self) -> int:
        return math.prod(self.shape)

    @property
    def is_float(self) -> bool:
        return self.dtype in FLOAT_DTYPES

    def torch_dtype(self):
        """The ``torch.dtype`` object (imports torch)."""
        import torch

        return getattr(torch, self.dtype.split(".", 1)[1])


@dataclass
class Constraints:
    """``input_tensor_constraints.py``: symbolic dims and the shapes that use them."""

    symbols: list[str]
    example_values: dict[str, int]
    relations: list[str]
    input_shapes: list[tuple[list[int | str], str]]


@dataclass
class GraphSample:
    """Everything in one sample directory (``model_source`` is text: it is never run)."""

    path: Path
    model_source: str
    weight_meta: list[TensorMeta]
    input_meta: list[TensorMeta]
    graph_net: dict[str, Any]
    graph_hash: str | None = None
    constraints: Constraints | None = None

    @property
    def model_file(self) -> Path:
        return self.path / "model.py"

    def all_meta(self) -> dict[str, TensorMeta]:
        """Every forward argument's meta by name (weight_meta and input_meta merged)."""
        out: dict[str, TensorMeta] = {}
        for m in [*self.weight_meta, *self.input_meta]:
            out[m.name] = m
        return out

    def hash_is_current(self) -> bool:
        return self.graph_hash is not None and self.graph_hash == model_hash(self.model_source)


def model_hash(source: str) -> str:
    """GraphNet's ``graph_hash.txt``: sha256 of the ``model.py`` text."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- reading

_FLOAT_TEXT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _literal(node: ast.expr, file: Path) -> Any:
    # float('nan') / float('inf') appear in stats of degenerate tensors, and Paddle samples write
    # every statistic as float("0.25"); accept only that call, on a string that spells a number.
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "float"
            and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Constant)
            and (str(node.args[0].value).lower() in {"nan", "inf", "-inf", "+inf"}
                 or (isinstance(node.args[0].value, str) and _FLOAT_TEXT.fullmatch(node.args[0].value)))):
        return float(node.args[0].value)
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError) as exc:
        raise SampleError(f"not a literal value ({type(exc).__name__})", file, node.lineno) from None


def _parse_python(text: str, file: Path) -> ast.Module:
    try:
        return ast.parse(text, filename=str(file))
    except SyntaxError as exc:
        raise SampleError(f"malformed Python: {exc.msg}", file, exc.lineno) from None


def parse_meta(text: str, file: Path | str = "weight_meta.py",
               dtypes: tuple[str, ...] = KNOWN_DTYPES) -> list[TensorMeta]:
    """Parse a meta file (one class per tensor) with ``ast``; raise ``SampleError`` on bad input.

    ``dtypes`` are the accepted dtype strings (``PADDLE_DTYPES`` for Paddle samples).
    """
    file = Path(file)
    tree = _parse_python(text, file)
    metas: list[TensorMeta] = []
    seen: dict[str, int] = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # docstring
        if not isinstance(stmt, ast.ClassDef):
            raise SampleError(f"unexpected {type(stmt).__name__} statement (only meta classes allowed)",
                              file, stmt.lineno)
        fields: dict[str, Any] = {}
        for item in stmt.body:
            if isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant):
                continue
            if isinstance(item, ast.Pass):
                continue
            if not (isinstance(item, ast.Assign) and len(item.targets) == 1
                    and isinstance(item.targets[0], ast.Name)):
                raise SampleError(f"class {stmt.name}: only `field = literal` lines are allowed",
                                  file, item.lineno)
            fields[item.targets[0].id] = (_literal(item.value, file), item.lineno)
        metas.append(_meta_from_fields(stmt, fields, file, dtypes))
        if metas[-1].name in seen:
            raise SampleError(f"tensor {metas[-1].name!r} is described twice (first at line "
                              f"{seen[metas[-1].name]})", file, stmt.lineno)
        seen[metas[-1].name] = stmt.lineno
    return metas


def _meta_from_fields(cls: ast.ClassDef, fields: dict[str, tuple[Any, int]], file: Path,
                      dtypes: tuple[str, ...] = KNOWN_DTYPES) -> TensorMeta:
    def get(key: str, default: Any = None) -> Any:
        return fields[key][0] if key in fields else default

    def line(key: str) -> int:
        return fields[key][1] if key in fields else cls.lineno

    for required in ("name", "shape", "dtype"):
        if required not in fields:
            raise SampleError(f"class {cls.name}: missing field {required!r}", file, cls.lineno)
    name, shape, dtype = get("name"), get("shape"), get("dtype")
    if not isinstance(name, str) or not name.isidentifier():
        raise SampleError(f"class {cls.name}: name must be an identifier string, got {name!r}",
                          file, line("name"))
    if not isinstance(shape, (list, tuple)) or not all(isinstance(d, int) and d >= 0 for d in shape):
        raise SampleError(f"tensor {name}: shape must be a list of non-negative ints, got {shape!r}",
                          file, line("shape"))
    if dtype not in dtypes:
        raise SampleError(f"tensor {name}: unknown dtype string {dtype!r}", file, line("dtype"))
    data = get("data")
    if data is not None:
        if not isinstance(data, (list, tuple)):
            data = [data]
        flat = list(_flatten(data))
        if len(flat) != math.prod(shape):
            raise SampleError(f"tensor {name}: data has {len(flat)} values but shape {list(shape)} "
                              f"needs {math.prod(shape)}", file, line("data"))
        data = flat
    for key in ("mean", "std"):
        v = get(key)
        if v is not None and not isinstance(v, (int, float)):
            raise SampleError(f"tensor {name}: {key} must be a number or None", file, line(key))
    extra = {k: v for k, (v, _) in fields.items() if k not in META_FIELDS}
    return TensorMeta(name=name, shape=list(shape), dtype=dtype, device=str(get("device", "cpu")),
                      mean=get("mean"), std=get("std"), data=data, extra=extra)


def _flatten(x: Iterable) -> Iterator:
    for v in x:
        if isinstance(v, (list, tuple)):
            yield from _flatten(v)
        else:
            yield v


def parse_constraints(text: str, file: Path | str, metas: dict[str, TensorMeta]) -> Constraints:
    """Parse ``input_tensor_constraints.py`` with ``ast`` and check it against the meta."""
    file = Path(file)
    tree = _parse_python(text, file)
    symbols: dict[str, int] = {}
    values: dict[str, tuple[Any, int]] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "sympy":
            continue
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            raise SampleError("only `from sympy import ...` may be imported", file, stmt.lineno)
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)):
            raise SampleError("only `NAME = value` statements are allowed", file, stmt.lineno)
        target, value = stmt.targets[0].id, stmt.value
        if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                and value.func.id == "Symbol" and len(value.args) == 1
                and isinstance(value.args[0], ast.Constant)):
            symbols[target] = stmt.lineno
            continue
        values[target] = (_symbolic_literal(value, symbols, file), stmt.lineno)

    def field_(key: str, default: Any) -> tuple[Any, int]:
        return values.get(key, (default, 1))

    sym_list, sym_line = field_("dynamic_dim_constraint_symbols", list(symbols))
    examples, ex_line = field_("dynamic_dim_constraint_symbol2example_value", {})
    relations, _ = field_("dynamic_dim_constraint_relations", [])
    shapes, shp_line = field_("dynamic_dim_constraint_input_shapes", [])
    for s in sym_list:
        if s not in examples:
            raise SampleError(f"symbol {s} has no example value", file, ex_line)
    out_shapes: list[tuple[list[int | str], str]] = []
    for entry in shapes:
        if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], str)):
            raise SampleError(f"input shape entry must be (shape, name), got {entry!r}", file, shp_line)
        shape, name = entry
        meta = metas.get(name)
        if meta is None:
            raise SampleError(f"constraints name tensor {name!r}, which no meta file describes",
                              file, shp_line)
        if len(shape) != len(meta.shape):
            raise SampleError(f"tensor {name}: constraint shape {shape} has rank {len(shape)} but "
                              f"meta shape {meta.shape} has rank {len(meta.shape)}", file, shp_line)
        for d, m in zip(shape, meta.shape):
            concrete = examples.get(d) if isinstance(d, str) else d
            if concrete is None:
                raise SampleError(f"tensor {name}: symbol {d} is not declared", file, shp_line)
            if concrete != m:
                raise SampleError(f"tensor {name}: constraint shape {shape} with example values "
                                  f"gives {concrete} where meta shape {meta.shape} has {m}",
                                  file, shp_line)
        out_shapes.append((list(shape), name))
    return Constraints(symbols=list(sym_list), example_values=dict(examples),
                       relations=list(relations), input_shapes=out_shapes)


def _symbolic_literal(node: ast.expr, symbols: dict[str, int], file: Path) -> Any:
    """A literal where declared symbol names may appear (kept as their names)."""
    if isinstance(node, ast.Name):
        if node.id in symbols:
            return node.id
        raise SampleError(f"unknown name {node.id!r}", file, node.lineno)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [_symbolic_literal(e, symbols, file) for e in node.elts]
        return items if isinstance(node, ast.List) else tuple(items)
    if isinstance(node, ast.Dict):
        return {_symbolic_literal(k, symbols, file): _symbolic_literal(v, symbols, file)
                for k, v in zip(node.keys, node.values)}
    if isinstance(node, (ast.Compare, ast.BinOp, ast.Call, ast.UnaryOp)):
        # Relations (Eq(S0, 2*S1), S0 > 1): kept as text, never evaluated.
        names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        allowed = set(symbols) | {"Eq", "Rel", "Ne", "Lt", "Le", "Gt", "Ge", "Mod"}
        bad = sorted(names - allowed)
        if bad:
            raise SampleError(f"unknown name {bad[0]!r} in relation", file, node.lineno)
        return ast.unparse(node)
    raise SampleError(f"unsupported {type(node).__name__} in constraints", file, node.lineno)


def read_sample(path: Path | str) -> GraphSample:
    """Read one sample directory; raise ``SampleError`` naming the file and line on bad input."""
    path = Path(path)
    model = path / "model.py"
    if not model.is_file():
        raise SampleError("missing model.py", model)
    source = model.read_text(encoding="utf-8")
    weight_meta: list[TensorMeta] = []
    input_meta: list[TensorMeta] = []
    for fname, dest in (("weight_meta.py", weight_meta), ("input_meta.py", input_meta)):
        f = path / fname
        if f.is_file():
            dest.extend(parse_meta(f.read_text(encoding="utf-8"), f))
    if not weight_meta and not input_meta:
        raise SampleError("no weight_meta.py or input_meta.py describes the forward arguments",
                          path / "weight_meta.py")
    overlap = {m.name for m in weight_meta} & {m.name for m in input_meta}
    if overlap:
        raise SampleError(f"tensor {sorted(overlap)[0]!r} is in both weight_meta.py and input_meta.py",
                          path / "input_meta.py")
    gn_file = path / "graph_net.json"
    graph_net: dict[str, Any] = {}
    if gn_file.is_file():
        try:
            graph_net = json.loads(gn_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise SampleError(f"bad JSON: {exc.msg}", gn_file, exc.lineno) from None
    hash_file = path / "graph_hash.txt"
    graph_hash = hash_file.read_text(encoding="utf-8").strip() if hash_file.is_file() else None
    sample = GraphSample(path=path, model_source=source, weight_meta=weight_meta,
                         input_meta=input_meta, graph_net=graph_net, graph_hash=graph_hash)
    cfile = path / CONSTRAINTS_FILE
    if cfile.is_file():
        sample.constraints = parse_constraints(cfile.read_text(encoding="utf-8"), cfile, sample.all_meta())
    return sample


def sample_framework(path: Path | str) -> str:
    """``graph_net.json``'s ``framework``, from the sample or the nearest folder above it that
    has one (nested samples such as ``shape_patches_*`` carry none); ``torch`` when absent."""
    d = Path(path)
    for folder in (d, *list(d.parents)[:3]):
        f = folder / "graph_net.json"
        if f.is_file():
            try:
                fw = json.loads(f.read_text(encoding="utf-8")).get("framework")
            except (OSError, ValueError, AttributeError):
                return "torch"
            if fw:
                return str(fw).lower()
    return "torch"


def find_samples(paths: Iterable[Path | str]) -> list[Path]:
    """Every sample directory (one holding ``model.py``) under ``paths``, sorted."""
    found: set[Path] = set()
    for p in paths:
        p = Path(p)
        if (p / "model.py").is_file():
            found.add(p)
        if p.is_dir():
            found.update(m.parent for m in p.rglob("model.py"))
    return sorted(found)


# --------------------------------------------------------------------------- writing

def format_meta(metas: Iterable[TensorMeta]) -> str:
    """Meta file text in GraphNet's layout (tab-indented classes, one per tensor)."""
    blocks = []
    for m in metas:
        lines = [f"class {WEIGHT_CLASS_PREFIX}{m.name}:",
                 f'\tname = "{m.name}"',
                 f"\tshape = {list(m.shape)}",
                 f'\tdtype = "{m.dtype}"',
                 f'\tdevice = "{m.device}"',
                 f"\tmean = {_num(m.mean)}",
                 f"\tstd = {_num(m.std)}",
                 f"\tdata = {_data(m.data)}"]
        for k, v in m.extra.items():
            lines.append(f"\t{k} = {v!r}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _num(v: float | None) -> str:
    if v is None:
        return "None"
    if isinstance(v, float) and not math.isfinite(v):
        return f"float('{v}')"
    return repr(float(v)) if isinstance(v, float) else repr(v)


def _data(data: list | None) -> str:
    if data is None:
        return "None"
    return "[" + ", ".join(_num(v) if isinstance(v, float) else repr(v) for v in data) + "]"


def format_constraints(c: Constraints) -> str:
    """``input_tensor_constraints.py`` text in GraphNet's layout."""
    lines = ["from sympy import Symbol, Expr, Rel, Eq", ""]
    lines += [f'{s} = Symbol("{s}")' for s in c.symbols]
    lines += ["", f"dynamic_dim_constraint_symbols = [{', '.join(c.symbols)}]", ""]
    ex = ", ".join(f"{s}: {c.example_values[s]}" for s in c.symbols)
    lines += [f"dynamic_dim_constraint_symbol2example_value = {{{ex}}}", ""]
    lines += [f"dynamic_dim_constraint_relations = [{', '.join(c.relations)}]", ""]
    lines.append("dynamic_dim_constraint_input_shapes = [")
    for shape, name in c.input_shapes:
        dims = ", ".join(str(d) for d in shape)
        lines.append(f'    ([{dims}], "{name}"),')
    lines.append("]")
    return "\n".join(lines) + "\n"


def write_sample(path: Path | str, model_source: str, weight_meta: Iterable[TensorMeta],
                 input_meta: Iterable[TensorMeta] = (), graph_net: dict[str, Any] | None = None,
                 constraints: Constraints | None = None) -> Path:
    """Write a sample directory (``graph_hash.txt`` is computed from ``model_source``)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    (path / "model.py").write_text(model_source, encoding="utf-8")
    (path / "weight_meta.py").write_text(format_meta(weight_meta), encoding="utf-8")
    (path / "input_meta.py").write_text(format_meta(input_meta), encoding="utf-8")
    gn = {"framework": "torch", "num_devices_required": 1, "num_nodes_required": 1}
    gn.update(graph_net or {})
    (path / "graph_net.json").write_text(json.dumps(gn, indent=4, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    (path / "graph_hash.txt").write_text(model_hash(model_source), encoding="utf-8")
    cfile = path / CONSTRAINTS_FILE
    if constraints is not None:
        cfile.write_text(format_constraints(constraints), encoding="utf-8")
    elif cfile.exists():
        cfile.unlink()
    return path


def update_graph_net(path: Path | str, **fields: Any) -> dict[str, Any]:
    """Update keys of a sample's ``graph_net.json`` in place and return the new dict."""
    f = Path(path) / "graph_net.json"
    data = json.loads(f.read_text(encoding="utf-8")) if f.is_file() else {}
    data.update(fields)
    f.write_text(json.dumps(data, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")
    return data
