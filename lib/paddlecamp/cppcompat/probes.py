"""The probe catalogue: ATen/c10/torch C++ API usages, each as a compilable snippet.

A probe is one usage that real operator libraries write (``x.sum(1)``, ``AT_DISPATCH_FLOATING_TYPES``,
``x.accessor<float, 2>()``, ``TORCH_LIBRARY``...), stated as the body of a C++ function

    RETURNS probe_<id>(at::Tensor x, at::Tensor y, at::Tensor i)

over three fixed inputs (``x`` float32 [3, 4] with negatives, ``y`` float32 [3, 4] positive, ``i``
int64 ``[2, 0, 1]``), with a Python ``reference`` computed by torch. Compiling the snippet
against paddle's compat headers tells whether the spelling exists; running it and comparing
with the reference tells whether it behaves like torch. The catalogue is data
(``data/cppcompat/probes.yaml``) so that adding a usage needs no code.
"""
from __future__ import annotations

import fnmatch
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

#: C++ return type for each ``returns`` kind of a probe.
RETURN_TYPES: dict[str, str] = {
    "tensor": "at::Tensor",
    "int": "int64_t",
    "float": "double",
    "bool": "bool",
    "ints": "std::vector<int64_t>",
    "str": "std::string",
    "tensors": "std::vector<at::Tensor>",
    "none": "void",
}

#: The parameter list every function-scope probe has.
PARAMETERS = "at::Tensor x, at::Tensor y, at::Tensor i"

#: ~25 probes across the categories that CI audits (compile + run on both frameworks).
CI_SUBSET: tuple[str, ...] = (
    "zeros", "arange_start_end", "options_dtype", "scalar_type_eq", "device_is_cpu",
    "sizes_vec", "numel", "view", "transpose", "index_slice_range", "index_select",
    "data_ptr_float", "accessor_2d", "op_add", "op_scalar_affine", "method_add", "at_add",
    "exp", "sum_all", "sum_dim", "at_matmul", "to_double", "at_cat", "clone",
    "dispatch_floating", "torch_check_fail", "std_optional_tensor", "parallel_for",
    "cuda_guard", "library_def_impl",
)

_ID = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_FIELDS = {"id", "category", "api", "body", "returns", "scope", "includes", "reference", "raises", "run", "why",
           "cuda", "call", "call_args"}


class ProbeCatalogueError(ValueError):
    """The probe catalogue is malformed; the message names the file, the probe and the field."""


@dataclass(frozen=True)
class Probe:
    """One API usage: where it belongs, the C++ to compile, and what running it must give."""

    id: str
    category: str
    api: str
    body: str
    returns: str = "tensor"
    scope: str = "function"          # "function" (body of probe_<id>) or "namespace" (file scope)
    includes: tuple[str, ...] = ()
    reference: str | None = None     # Python expression over torch, x, y, i
    raises: str | None = None        # or: the call must raise with this in its message
    run: bool = True
    why: str = ""                    # why a probe is compile-only
    cuda: bool = False
    call: str | None = None          # namespace-scope probes: "ns.op" registered with TORCH_LIBRARY
    call_args: str = "x"             # Python arguments of that op call

    @property
    def function(self) -> str:
        """The C++ function name of a function-scope probe."""
        return f"probe_{self.id}"

    @property
    def runnable(self) -> bool:
        """Whether the audit executes it on CPU (and compares with the reference)."""
        if not self.run or self.cuda:
            return False
        return self.scope == "function" or self.call is not None

    def cpp(self) -> str:
        """The probe as C++ text (no includes): a function definition or file-scope code."""
        if self.scope == "namespace":
            return self.body.rstrip() + "\n"
        body = "\n".join("  " + line for line in self.body.strip().splitlines())
        return f"{RETURN_TYPES[self.returns]} {self.function}({PARAMETERS}) {{\n{body}\n}}\n"

    def digest(self) -> str:
        """Content hash of everything that decides whether it compiles (cache key part)."""
        text = "\n".join([self.cpp(), *self.includes, str(self.cuda)])
        return hashlib.sha256(text.encode()).hexdigest()[:20]


def catalogue_path() -> Path:
    """``data/cppcompat/probes.yaml`` in the repository."""
    from paddlecamp import repo_path

    return repo_path("data", "cppcompat", "probes.yaml")


def _probe_from(entry: object, index: int, path: str) -> Probe:
    where = f"{path}: probe #{index + 1}"
    if not isinstance(entry, dict):
        raise ProbeCatalogueError(f"{where}: expected a mapping, got {type(entry).__name__}")
    probe_id = entry.get("id")
    if not isinstance(probe_id, str) or not _ID.fullmatch(probe_id):
        raise ProbeCatalogueError(f"{where}: field 'id' must be a C identifier, got {probe_id!r}")
    where = f"{path}: probe {probe_id!r}"
    unknown = set(entry) - _FIELDS
    if unknown:
        raise ProbeCatalogueError(f"{where}: unknown field(s) {sorted(unknown)}")
    for name in ("category", "api", "body"):
        if not isinstance(entry.get(name), str) or not entry[name].strip():
            raise ProbeCatalogueError(f"{where}: field {name!r} is required (a non-empty string)")
    returns = entry.get("returns", "tensor")
    if returns not in RETURN_TYPES:
        raise ProbeCatalogueError(f"{where}: field 'returns' must be one of {sorted(RETURN_TYPES)}, got {returns!r}")
    scope = entry.get("scope", "function")
    if scope not in ("function", "namespace"):
        raise ProbeCatalogueError(f"{where}: field 'scope' must be 'function' or 'namespace', got {scope!r}")
    includes = entry.get("includes", [])
    if not isinstance(includes, list) or not all(isinstance(h, str) for h in includes):
        raise ProbeCatalogueError(f"{where}: field 'includes' must be a list of header names")
    probe = Probe(id=probe_id, category=entry["category"], api=entry["api"], body=entry["body"], returns=returns,
                  scope=scope, includes=tuple(includes), reference=entry.get("reference"), raises=entry.get("raises"),
                  run=bool(entry.get("run", True)), why=str(entry.get("why", "")), cuda=bool(entry.get("cuda", False)),
                  call=entry.get("call"), call_args=str(entry.get("call_args", "x")))
    if probe.runnable and probe.reference is None and probe.raises is None:
        raise ProbeCatalogueError(f"{where}: a runnable probe needs 'reference' or 'raises' (or run: false + why)")
    if not probe.run and not probe.why and not probe.cuda:
        raise ProbeCatalogueError(f"{where}: a compile-only probe (run: false) needs 'why'")
    return probe


def load_probes(path: str | Path | None = None) -> list[Probe]:
    """All probes of the catalogue (default ``data/cppcompat/probes.yaml``), in file order.

    Raises ``ProbeCatalogueError`` naming the file and probe for a malformed entry or a
    duplicate id.
    """
    import yaml

    source = Path(path) if path is not None else catalogue_path()
    try:
        entries = yaml.safe_load(source.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ProbeCatalogueError(f"{source}: not valid YAML: {error}") from error
    if not isinstance(entries, list):
        raise ProbeCatalogueError(f"{source}: expected a list of probes at the top level")
    probes, seen = [], set()
    for index, entry in enumerate(entries):
        probe = _probe_from(entry, index, str(source))
        if probe.id in seen:
            raise ProbeCatalogueError(f"{source}: probe {probe.id!r}: duplicate id")
        seen.add(probe.id)
        probes.append(probe)
    return probes


def categories(probes: Iterable[Probe]) -> list[str]:
    """Category names in catalogue order."""
    return list(dict.fromkeys(p.category for p in probes))


def select(probes: Sequence[Probe], subset: str = "all", only: str | None = None) -> list[Probe]:
    """The probes of ``subset`` ("ci" or "all"), narrowed to ids or categories matching the glob
    ``only`` (e.g. ``"at_*"``, ``"reductions"``)."""
    if subset not in ("ci", "all"):
        raise ValueError(f"subset must be 'ci' or 'all', got {subset!r}")
    chosen = list(probes)
    if subset == "ci":
        wanted = set(CI_SUBSET)
        chosen = [p for p in chosen if p.id in wanted]
    if only:
        chosen = [p for p in chosen if fnmatch.fnmatchcase(p.id, only) or fnmatch.fnmatchcase(p.category, only)]
    return chosen
