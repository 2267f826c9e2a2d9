"""Chapter 02 of Track 4: one source, two builds, and the CPU caster gap (cells for cppcompat_chapters.py)."""

FILE = "02-one-source-two-builds.ipynb"

CELLS = [
    ("md", """\
# 02 · One source, two builds

Chapter 01 showed that a build switches dependency by switching include paths, flags and
libraries. Now we do it: **one torch-style C++ file, compiled unchanged against PyTorch and
against Paddle, called from each framework with its own tensors. Do the two builds compute the
same thing, and what does it take to get there?**

The file is `kernels/cpp/examples/portable_ops.cpp`: seven CPU operators of the kind operator
libraries contain (broadcasting add, a row reduction, fused bias+GELU, RMSNorm forward and
backward, argument checks with `TORCH_CHECK`, and an op dispatched over float/double/half).
`paddlecamp.cppcompat.load` compiles it with one compiler call per framework and caches the
result, because a build takes 10–45 s."""),
    ("params", """\
SMOKE = True
# rebuild the module without the caster header and call it (one extra paddle build, 10-40 s);
# otherwise the recorded result from data/results is shown
LIVE_GAP = not SMOKE
SEED = 0
"""),
    ("code", """\
import inspect
import json
import re
import warnings

warnings.filterwarnings("ignore")  # paddle prints "No ccache found" on import
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import paddle
import torch
from IPython.display import Markdown, display

from paddlecamp import repo_path
from paddlecamp.cppcompat import build, examples, toolchain

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
RESULTS = json.loads(repo_path("data", "results", "cppcompat_build_2026-12-01.json").read_text())
source_text = examples.sources("portable_ops")[0].read_text()
print("torch", torch.__version__, "| paddle", paddle.__version__)
"""),
    ("md", """\
## 1. The source

A torch user's code: `at::Tensor` arguments, `at::empty(sizes, x.options())` for the output,
`data_ptr<scalar_t>()` loops, accumulation in `at::acc_type`, `TORCH_CHECK` for every
precondition. Here is the fused bias+GELU op:"""),
    ("code", """\
def cpp_function(text, name):
    start = text.index(f"at::Tensor {name}(")
    start = text.rindex("\\n\\n", 0, start) + 2  # include the comment above it
    return text[start:text.index("\\n}\\n", start) + 2]

print(cpp_function(source_text, "bias_gelu"))
"""),
    ("md", """\
## 2. Two builds

`build.build` returns where the module is and whether it came from the cache; `import_built`
loads it. The same module name can be loaded for both frameworks in one process (each build is
its own file and gets its own import name)."""),
    ("code", """\
results = {fw: build.build("portable_ops", examples.sources("portable_ops"), fw) for fw in toolchain.FRAMEWORKS}
modules = {fw: build.import_built(r) for fw, r in results.items()}
for fw, r in results.items():
    print(f"{fw:<7} {'cache hit' if r.cached else f'built in {r.seconds:.0f} s'}  {r.path.name}  "
          f"{r.path.stat().st_size / 1024:.0f} KiB  key {r.key[:12]}")
assert results["torch"].path != results["paddle"].path
"""),
    ("code", """\
rng = np.random.default_rng(SEED)
x = rng.standard_normal((2, 4)).astype("float32")
bias = rng.standard_normal(4).astype("float32")
outputs = {fw: modules[fw].bias_gelu(examples.to_framework(x, fw), examples.to_framework(bias, fw))
           for fw in toolchain.FRAMEWORKS}
for fw, out in outputs.items():
    print(fw, type(out).__module__ + "." + type(out).__name__, out.numpy().astype("float64").round(4).tolist())
assert np.array_equal(outputs["torch"].numpy(), outputs["paddle"].numpy())
"""),
    ("md", """\
Each build takes and returns its own framework's tensor type, and on this input the two results
are bit-identical: the kernel code is the same, only the tensor wrapper differs.

## 3. Parity on every op

`examples.parity` runs every op (three dtypes where the op supports them) on both builds and
compares with a float64 reference written with torch ops (`torch.nn.functional.gelu`,
autograd for the RMSNorm backward, ...)."""),
    ("code", """\
print(inspect.getsource(examples.parity))
"""),
    ("code", """\
loaded = {("portable_ops", fw): modules[fw] for fw in toolchain.FRAMEWORKS}
rows = examples.parity(examples.cases(seed=SEED), toolchain.FRAMEWORKS, loaded)
table = pd.DataFrame([{"op": r.op, "dtype": r.dtype, **r.max_abs, "tolerance": r.tolerance, "ok": r.ok} for r in rows])
assert table["ok"].all()
identical = int((table["torch_vs_paddle"] == 0).sum())
print(f"{len(table)} cases, all within tolerance; torch build == paddle build bit for bit in {identical}")
table
"""),
    ("code", """\
pivot = table.pivot_table(index="op", columns="dtype", values="paddle").clip(lower=1e-18)
ax = pivot.plot.barh(logx=True, figsize=(7, 4), title="paddle build: max |output - float64 reference|")
ax.set_xlabel("max abs error (log; 1e-18 = exact)")
plt.tight_layout()
plt.show()
"""),
    ("md", """\
The errors are the rounding of each dtype (about 1e-3 for float16, 1e-7 for float32,
1e-15 for float64), the same for both builds. Numerics are not where the two builds differ.
Getting them to run at all is.

## 4. The CPU caster gap

For a pybind11-bound function, pybind11 needs a `type_caster<at::Tensor>` that turns a Python
tensor into an `at::Tensor`. torch defines one in its headers. Paddle defines one in
`paddle/utils/pybind.h`, which `torch/extension.h` includes, but look at the guard around it
(the real header text, read from the installed wheel):"""),
    ("code", """\
pybind_h = toolchain.resolve_include("paddle/utils/pybind.h", "paddle")
lines = pybind_h.read_text().splitlines()
caster = next(i for i, line in enumerate(lines) if "struct type_caster<at::Tensor>" in line)
guard = max(i for i in range(caster) if lines[i].startswith("#if"))
end = next(i for i in range(caster, len(lines)) if lines[i].startswith("#endif"))
print(f"{pybind_h.name}, lines {guard + 1}-{end + 1} (of {len(lines)}):")
for i in list(range(guard, caster + 4)) + [end]:
    print(f"{i + 1:4d}  {lines[i]}")
assert "PADDLE_WITH_CUDA" in lines[guard] and "PADDLE_WITH_HIP" in lines[guard]
"""),
    ("md", """\
The caster exists only when `PADDLE_WITH_CUDA` or `PADDLE_WITH_HIP` is defined, and a CPU build
defines neither. Nothing fails at compile time: without a specialization, pybind11 falls back
to its generic caster for a C++ class it does not know. The failure comes when the function is
called:"""),
    ("code", """\
if LIVE_GAP:
    bare = build.load("portable_ops", examples.sources("portable_ops"), "paddle",
                      extra_cflags=["-DPADDLECAMP_NO_CPU_CASTER"])
    try:
        bare.row_sum(paddle.ones([2, 3]))
        gap = "works"
    except TypeError as error:
        gap = f"TypeError: {error}"
else:
    gap = RESULTS["caster_gap"]["call"]
    print("(recorded by bench/cppcompat_build.py; set LIVE_GAP = True to rebuild and rerun)")
print(gap)
assert gap.startswith("TypeError") and "incompatible function arguments" in gap
"""),
    ("md", """\
## 5. The fix: a force-included caster

`kernels/cpp/paddle_cpu_caster.h` supplies the missing specialization. It uses what the CUDA
caster uses: `at::Tensor` converts implicitly from `paddle::Tensor` and back with
`_PD_GetInner()`, and `paddle::pybind::PyCheckTensor` / `CastPyArg2Tensor` / `ToPyObject`
(declared in the same header, defined in `libpaddle.so`) move a `paddle::Tensor` across the
Python boundary:"""),
    ("code", """\
header = toolchain.caster_header().read_text()
print(header[header.index("#pragma once"):])
"""),
    ("code", """\
flags = toolchain.compile_flags("paddle")
print("paddle flags:", " ".join(flags[flags.index("-include"):]).replace(str(repo_path()), "<repo>"))
print("torch flags contain -include:", "-include" in toolchain.compile_flags("torch"))
"""),
    ("md", """\
`-include` makes the compiler read the header before the first line of every source, so the
specialization exists before any `m.def(...)` instantiates a caster, and the sources stay
untouched. `TORCH_LIBRARY` ops (chapter 03) do not need it: their arguments cross into Python
through Paddle's registry, not through pybind11 code compiled into the extension.

## 6. What the examples could not use

The examples are written with the idioms that compile on both sides. The benchmark also
compiled common torch idioms one by one against Paddle's headers (all of them build and run on
torch):"""),
    ("code", """\
idioms = pd.DataFrame(RESULTS["idioms"])[["idiom", "paddle", "error"]].fillna("")
idioms["error"] = idioms["error"].str.slice(0, 90)
working = int((idioms["paddle"] == "runs, matches torch").sum())
print(f"{working} of {len(idioms)} idioms work against paddle {RESULTS['versions']['paddle']['version']}")
with pd.option_context("display.max_colwidth", 100):
    display(idioms)
"""),
    ("md", """\
Tensor arithmetic (`x * 2 + 1`, `x.add(y)`, `x.sum()`, `at::add`, `at::matmul`) and the
`AT_DISPATCH_*` macros are the gaps a kernel author meets first. `portable_ops.cpp` works
around them the way kernel code usually does anyway: explicit loops over `data_ptr<T>()`, and a
small `switch` on `scalar_type()` (`floating_dispatch.h`) in place of
`AT_DISPATCH_FLOATING_TYPES_AND_HALF`. The coverage audit (chapter 04) measures these gaps over
a much larger catalogue, and chapter 05 closes some with shims.

## Summary

- One unmodified torch-style source builds against both frameworks; the paddle build's outputs
  match the torch build's (bit for bit here) and a float64 reference within each dtype's rounding.
- On CPU wheels, Paddle's pybind11 caster for `at::Tensor` sits behind
  `#if defined(PADDLE_WITH_CUDA) || defined(PADDLE_WITH_HIP)`: pybind-bound ops compile and
  then raise `TypeError: incompatible function arguments`.
- A short force-included header (about 30 lines of code) fixes that without touching the sources.
- Missing tensor arithmetic and dispatch macros limit which torch idioms a portable source can use.

## Exercises

1. Add an op that takes a `c10::optional<at::Tensor>` bias to `portable_ops.cpp`. Does the
   caster header also cover the optional? (pybind11 builds optional casters on top of the
   value caster.)
2. Build `portable_ops` for paddle with `extra_cflags=["-std=c++20"]` and compare build times.
3. Write an `AT_DISPATCH_FLOATING_TYPES_AND_HALF` replacement as a macro instead of the
   `dispatch_floating_and_half` function. What does the macro form need that the function form does not?"""),
]
