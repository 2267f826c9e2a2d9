"""Chapter 01 of Track 4: the compat layers and how a build switches dependency (cells for cppcompat_chapters.py)."""

FILE = "01-the-compat-layers.ipynb"

CELLS = [
    ("md", """\
# 01 · The compat layers

High-performance operator libraries (DeepGEMM, FlashInfer, FlashMLA, ...) ship C++ and CUDA
sources written against PyTorch's C++ API: `#include <torch/extension.h>`, `at::Tensor`,
`TORCH_CHECK`, `TORCH_LIBRARY`. Porting such a library to Paddle used to mean rewriting every
kernel's glue. Paddle 3 takes another route: it ships **PyTorch-aligned C++ declarations** inside
its wheel, so that the same source compiles against Paddle when the build points the compiler
at Paddle's headers and libraries instead of torch's. Migration becomes a change of build
dependency rather than of source.

Question of this chapter: **what exactly is in that compatibility layer, where does it live in
the installed wheel, and what changes in a build when the dependency switches?**

Three layers are involved:

1. **C++ API compat headers**: `ATen/`, `c10/` and `torch/` headers whose `at::Tensor` wraps a
   `paddle::Tensor`;
2. **operator registration**: `TORCH_LIBRARY` / `TORCH_LIBRARY_IMPL` register into Paddle's own
   operator registry, callable from Python as `paddle.ops.<namespace>.<op>`;
3. **the Python proxy**: `paddle.enable_compat()` lets Python code that says `torch.` run on
   Paddle (the subject of Track 2; here it only matters that the three layers are separate)."""),
    ("params", """\
SMOKE = True
# how many header paths to print per folder
SHOW_PER_FOLDER = 4
"""),
    ("code", """\
import inspect
import re
import warnings
from collections import Counter
from pathlib import Path

warnings.filterwarnings("ignore")  # paddle prints "No ccache found" on import
import matplotlib.pyplot as plt
import pandas as pd
import paddle
from IPython.display import display
import torch

from paddlecamp.cppcompat import toolchain

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
print("torch", torch.__version__, "| paddle", paddle.__version__, "| compiler:", toolchain.compiler_version())
"""),
    ("md", """\
## 1. Where the headers live

`paddle.utils.cpp_extension` decides the include path of an extension build. We do not
hard-code it: `toolchain.include_dirs("paddle")` asks Paddle's own `find_paddle_includes`, and
`toolchain.include_dirs("torch")` asks `torch.utils.cpp_extension.include_paths`."""),
    ("code", """\
print(inspect.getsource(toolchain.include_dirs))
"""),
    ("code", """\
for framework in toolchain.FRAMEWORKS:
    print(framework)
    for folder in toolchain.include_dirs(framework):
        print("   ", folder)
"""),
    ("md", """\
The two Paddle folders ending in `compat` and `compat/torch/csrc/api/include` are the C++ API
compat layer; the same two relative paths exist in torch's wheel (`include/` and
`include/torch/csrc/api/include`), which is why `#include <torch/extension.h>` finds a file in
both builds. Let us list what the compat folder holds."""),
    ("code", """\
compat_root = Path(next(d for d in toolchain.include_dirs("paddle") if d.endswith("compat")))
headers = sorted(p.relative_to(compat_root) for p in compat_root.rglob("*.h"))
by_folder = Counter(h.parts[0] if len(h.parts) > 1 else "(top)" for h in headers)
print(f"{len(headers)} headers under {compat_root.relative_to(Path(paddle.__file__).parent)}")
for folder in sorted(by_folder):
    sample = [str(h) for h in headers if h.parts[0] == folder][:SHOW_PER_FOLDER]
    print(f"  {folder:<6} {by_folder[folder]:>3}  e.g. {', '.join(sample)}")
assert {"ATen", "c10", "torch"} <= set(by_folder)
"""),
    ("code", """\
torch_root = Path(toolchain.include_dirs("torch")[0])
torch_counts = Counter(p.relative_to(torch_root).parts[0] for p in torch_root.rglob("*.h")
                       if p.relative_to(torch_root).parts[0] in ("ATen", "c10", "torch"))
table = pd.DataFrame({"paddle compat": {k: by_folder.get(k, 0) for k in ("ATen", "c10", "torch")},
                      "torch": torch_counts})
ax = table.plot.bar(logy=True, figsize=(6, 3.5), rot=0, title="header files per top-level folder (log scale)")
ax.set_ylabel("headers")
plt.tight_layout()
plt.show()
assert table["torch"].sum() > 20 * table["paddle compat"].sum()
table
"""),
    ("md", """\
Paddle's compat layer is small next to the real thing: a few dozen headers where torch ships
thousands. It declares the parts of the API that operator glue code touches most (tensor
metadata, `data_ptr<T>()`, factories such as `at::empty`, `TensorOptions`, `ScalarType`,
`TORCH_CHECK`, `TORCH_LIBRARY`) and leaves out most of ATen's operator library. Chapter 02 finds
which torch idioms are therefore missing.

## 2. `at::Tensor` is a `paddle::Tensor` in a torch-shaped wrapper

The same include resolves to a different file per build:"""),
    ("code", """\
for framework in toolchain.FRAMEWORKS:
    print(f"{framework:<7}", toolchain.resolve_include("torch/extension.h", framework))
body = toolchain.resolve_include("ATen/core/TensorBody.h", "paddle").read_text()
wrapper = [line.strip() for line in body.splitlines()
           if re.search(r"using PaddleTensor|Tensor\\(const PaddleTensor|_PD_GetInner\\(\\) const", line)]
print("\\n".join(wrapper))
assert any("paddle::Tensor" in line for line in wrapper)
"""),
    ("md", """\
`at::Tensor` holds a `paddle::Tensor` (`tensor_`), converts implicitly from one, and gives it back
with `_PD_GetInner()`. Every method the header declares is written on top of Paddle's C++ API
(`paddle::experimental::...`), so the extension links against `libpaddle.so` and never touches
torch.

pybind11 is part of the story too: torch ships its own copy, Paddle ships another, and an
extension module must be built with the one its framework was built with."""),
    ("code", """\
def pybind11_version(framework):
    text = toolchain.resolve_include("pybind11/detail/common.h", framework).read_text()
    parts = [re.search(rf"#define PYBIND11_VERSION_{p}\\s+(\\S+)", text).group(1) for p in ("MAJOR", "MINOR", "(?:PATCH|MICRO)")]
    return ".".join(parts)

versions = {fw: pybind11_version(fw) for fw in toolchain.FRAMEWORKS}
print(versions)
assert versions["torch"].split(".")[0] != versions["paddle"].split(".")[0]
"""),
    ("md", """\
## 3. What a build switches

Besides the include path, three things differ: compile flags (language standard, ABI and
framework defines, and for Paddle CPU builds a force-included header explained in chapter 02),
and the libraries the module links. Side by side, for a module named `demo`:"""),
    ("code", """\
def side_by_side(values):
    longest = max(len(v) for v in values.values())
    return pd.DataFrame({fw: v + [""] * (longest - len(v)) for fw, v in values.items()})

site = str(Path(torch.__file__).parent.parent)
shorten = lambda flags: [f.replace(site, "<site-packages>") for f in flags]
with pd.option_context("display.max_colwidth", 90):
    display(side_by_side({fw: shorten(toolchain.compile_flags(fw, name="demo")) for fw in toolchain.FRAMEWORKS}))
    display(side_by_side({fw: shorten(toolchain.link_flags(fw)) for fw in toolchain.FRAMEWORKS}))
"""),
    ("code", """\
print(inspect.getsource(toolchain.compile_flags))
"""),
    ("md", """\
Most of these values come from the frameworks' own `cpp_extension` modules: Paddle's
`_get_pybind11_abi_build_flags()` (pybind11's ABI tag must match the one `libpaddle.so` was
built with, or the extension cannot exchange types with it), `find_paddle_libraries()`,
`_get_core_name()`; torch's `library_paths()`. The rest (`-std=c++17` vs `-std=c++20`,
`-DPADDLE_WITH_CUSTOM_KERNEL`, `-D_GLIBCXX_USE_CXX11_ABI=1`) are what their builders add inside
their setuptools classes, restated in `toolchain`.

One difference matters for what a source may use: Paddle's builder compiles with C++17 and
torch's with C++20, so a torch extension that relies on C++20 features would need a flag override.

## 4. The other two layers, briefly

`TORCH_LIBRARY` in Paddle's `torch/library.h` expands to a static initializer that registers the
schema and the function in Paddle's `OperatorRegistry`; `paddle.ops.<ns>.<op>` looks the
operator up there (chapter 03). The Python proxy is a Python-level mechanism and involves no
C++ at all:"""),
    ("code", """\
library_h = toolchain.resolve_include("torch/library.h", "paddle").read_text()
print([line.strip() for line in library_h.splitlines() if "OperatorRegistry::instance().register" in line][:2])
print("paddle.enable_compat:", (inspect.getdoc(paddle.enable_compat) or "").splitlines()[0])
"""),
    ("md", """\
## Summary

- Paddle's wheel carries a C++ API compat layer at
  `paddle/include/paddle/phi/api/include/compat/` (`ATen/`, `c10/`, `torch/`, `utils/`): a few
  dozen headers whose `at::Tensor` wraps `paddle::Tensor`.
- A build switches dependency by switching the include path, the flags and the libraries; the
  source stays the same. `paddlecamp.cppcompat.toolchain` computes all three from each
  framework's `cpp_extension` module.
- The frameworks use different pybind11 versions and C++ standards; an extension is built with
  its framework's.
- Operator registration (`TORCH_LIBRARY`) and the Python proxy are separate layers.

## Exercises

1. Which `ATen/ops/*.h` headers does Paddle provide? Pick one torch function that is missing
   and find a real extension that calls it.
2. `toolchain.compile_flags("paddle")` passes `-std=c++17`. Build the chapter 02 example with
   `extra_cflags=["-std=c++20"]`: does Paddle's compat layer compile under C++20?
3. Paddle's `find_paddle_includes(use_cuda=True)` adds the CUDA include directory. What else
   would change in `compile_flags` for a CUDA build (hint: the `#if` guard in chapter 02)?"""),
]
