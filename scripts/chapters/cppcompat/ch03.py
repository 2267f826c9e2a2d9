"""Chapter 03 of Track 4: TORCH_LIBRARY ops called from both frameworks (cells for cppcompat_chapters.py)."""

FILE = "03-torch-library-ops.ipynb"

CELLS = [
    ("md", """\
# 03 · `TORCH_LIBRARY` ops from both frameworks

pybind11 is one way to expose a C++ operator to Python. Most operator libraries use the other
one: they register their ops with the dispatcher through `TORCH_LIBRARY(ns, m) { m.def(schema); }`
and `TORCH_LIBRARY_IMPL(ns, CPU, m) { m.impl(name, fn); }`, and users call
`torch.ops.<ns>.<op>(...)`. The schema string is the op's contract: argument names and types,
return type. **Does this registration path survive the switch to Paddle: can the same library be
loaded into Paddle and called as `paddle.ops.<ns>.<op>`, with the same results and the same
error messages?**"""),
    ("params", """\
SMOKE = True
# limit of the soft clip plotted in section 3
LIMIT = 1.5
"""),
    ("code", """\
import inspect
import re
import warnings

warnings.filterwarnings("ignore")  # paddle prints "No ccache found" on import
import matplotlib.pyplot as plt
import numpy as np
import paddle
import torch

from paddlecamp.cppcompat import build, examples, toolchain

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
print("torch", torch.__version__, "| paddle", paddle.__version__)
"""),
    ("md", """\
## 1. The library

`kernels/cpp/examples/library_ops.cpp` defines two ops in the namespace `paddlecamp_ex` and has
no `PYBIND11_MODULE` at all:"""),
    ("code", """\
source = examples.sources("library_ops")[0].read_text()
print(source[source.index("TORCH_LIBRARY("):])
print(source[source.index("at::Tensor soft_clip"):source.index("  const at::Tensor x")])
"""),
    ("md", """\
## 2. Loading it into each framework

With no Python module to import, `load` opens the shared library (as `torch.ops.load_library`
does); its static initializers run the `TORCH_LIBRARY` blocks and register the ops. For the
torch build they land in torch's dispatcher, for the paddle build in Paddle's
`OperatorRegistry`."""),
    ("code", """\
libraries = {fw: build.load("library_ops", examples.sources("library_ops"), fw) for fw in toolchain.FRAMEWORKS}
for fw, library in libraries.items():
    print(f"{fw:<7}", library.__doc__.split(":")[1].strip())
ops = {fw: examples.library_op(fw, "soft_clip") for fw in toolchain.FRAMEWORKS}
print(ops)
"""),
    ("md", """\
On the Paddle side, `paddle.ops` is a small Python module (`paddle/_ops.py`): attribute access
builds `OpNameSpace` and `OverloadedOpFunction` objects, and the first call looks the qualified
name up in the C++ registry:"""),
    ("code", """\
import paddle._ops as paddle_ops

print(inspect.getsource(paddle_ops.OverloadedOpFunction.callable_fn.func))
"""),
    ("md", """\
## 3. Same op, both frameworks"""),
    ("code", """\
grid = np.linspace(-6, 6, 241).astype("float32")
curves = {fw: ops[fw](examples.to_framework(grid, fw), LIMIT).numpy() for fw in toolchain.FRAMEWORKS}
expected = LIMIT * np.tanh(grid.astype("float64") / LIMIT)
for fw, curve in curves.items():
    print(f"{fw:<7} max |op - reference| = {np.abs(curve - expected).max():.2e}")
assert np.array_equal(curves["torch"], curves["paddle"])
assert np.abs(curves["paddle"] - expected).max() < 1e-6

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(grid, grid, ":", color="gray", label="identity")
ax.plot(grid, curves["torch"], lw=4, alpha=0.4, label="torch.ops.paddlecamp_ex.soft_clip")
ax.plot(grid, curves["paddle"], "--", label="paddle.ops.paddlecamp_ex.soft_clip")
ax.axhline(LIMIT, color="gray", lw=0.5)
ax.axhline(-LIMIT, color="gray", lw=0.5)
ax.set(xlabel="x", ylabel="soft_clip(x)", title=f"one TORCH_LIBRARY op, two registries (limit={LIMIT})")
ax.legend(fontsize=8)
plt.tight_layout()
plt.show()
"""),
    ("md", """\
The two curves coincide: same kernel, same numbers. Unlike the pybind11 path of chapter 02,
this path needed no caster header: Paddle's `torch_compat` layer inside `libpaddle.so` converts
the Python arguments into IValues and the C++ function's arguments from those, so nothing
framework-specific is compiled into the extension for the Python boundary.

The full parity table (every op, float32 and float64) is part of `examples.parity`:"""),
    ("code", """\
rows = examples.parity([c for c in examples.cases() if c.module == "library_ops"])
for r in rows:
    print(f"{r.op:<10} {r.dtype:<8}", {k: f"{v:.1e}" for k, v in r.max_abs.items()}, "ok" if r.ok else "FAIL")
assert all(r.ok for r in rows)
"""),
    ("md", """\
## 4. The schema

torch parses the schema string and keeps it with the op; it checks calls against it and shows
it to users:"""),
    ("code", """\
schema = torch.ops.paddlecamp_ex.soft_clip.default._schema
print(schema)
print([(a.name, str(a.type)) for a in schema.arguments], "->", [str(r.type) for r in schema.returns])
assert str(schema) == "paddlecamp_ex::soft_clip(Tensor x, float limit) -> Tensor"
try:
    torch.ops.paddlecamp_ex.soft_clip(torch.ones(2), "wide")
except RuntimeError as error:
    print("torch, wrong argument type:", str(error).splitlines()[0])
"""),
    ("md", """\
Paddle's `torch/library.h` stores the schema too (`OperatorRegistry::register_schema`), but its
Python side exposes no schema object: `paddle.base.core.torch_compat` offers `_get_operation`
and the custom-class helpers, nothing that returns the schema:"""),
    ("code", """\
public = [name for name in dir(paddle.base.core.torch_compat) if not name.startswith("__")]
print(public)
assert not any("schema" in name.lower() for name in public)
try:
    ops["paddle"](paddle.ones([2]), "wide")
    paddle_error = "paddle accepted a str for `float limit`"
except RuntimeError as error:
    paddle_error = str(error).splitlines()[0]
print("paddle, wrong argument type:", paddle_error[:170])
assert "Cannot convert argument 1 from String to d" in paddle_error
"""),
    ("md", """\
Both reject the string, at different levels: torch checks the call against the schema before
the kernel runs and names the schema's type (`float`); Paddle fails while converting the
argument for the C++ function and names the C++ type by its mangled name (`d`, for `double`).

## 5. `TORCH_CHECK` reaches Python

`soft_clip` checks `limit > 0`; `row_mean` checks that its input is 2-D. A failed check throws a
C++ exception inside the kernel; each framework turns it into a Python `RuntimeError` whose text
contains the message:"""),
    ("code", """\
messages = {}
for fw in toolchain.FRAMEWORKS:
    for op, args in (("soft_clip", (np.ones(3, "float32"), -1.0)), ("row_mean", (np.ones(3, "float32"),))):
        tensor_args = [examples.to_framework(a, fw) if isinstance(a, np.ndarray) else a for a in args]
        try:
            examples.library_op(fw, op)(*tensor_args)
        except RuntimeError as error:
            messages[(fw, op)] = str(error)
for (fw, op), text in messages.items():
    print(f"--- {fw} {op}\\n{text.strip()}")
for op, expected_text in (("soft_clip", "soft_clip: limit must be > 0, got -1"),
                          ("row_mean", "row_mean: expected a 2-D tensor, got 1-D")):
    assert all(expected_text in messages[(fw, op)] for fw in toolchain.FRAMEWORKS)
"""),
    ("md", """\
Both frameworks keep the message intact. Paddle wraps it: the error category
(`PreconditionNotMet`), the op's qualified name, the C++ file and line of the failed check, and
where the registry caught it. Code that matches on the message text should therefore search
for it (`in`), not compare the whole string.

## Summary

- `TORCH_LIBRARY` / `TORCH_LIBRARY_IMPL` sources load into Paddle unchanged; the ops are called
  as `paddle.ops.<ns>.<op>` and compute what `torch.ops.<ns>.<op>` computes.
- This path needs no pybind11 caster: Paddle's registry converts arguments inside `libpaddle.so`.
- torch exposes the parsed schema (and checks calls against it); Paddle stores the schema but
  does not expose it to Python.
- `TORCH_CHECK` messages reach Python as `RuntimeError` in both; Paddle adds context around them.

## Exercises

1. Register a third op with `TORCH_LIBRARY_FRAGMENT(paddlecamp_ex, m)` in a second source file
   and build both files into one library. Does Paddle's registry merge the fragment?
2. Give `soft_clip` a default (`float limit=1.0`) in the schema. Which framework applies the
   default when the argument is omitted?
3. Call `paddle.ops.paddlecamp_ex.soft_clip` with a float64 tensor and with a float16 tensor. Compare the
   errors with torch's."""),
]
