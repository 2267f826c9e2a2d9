"""What a C++ extension build needs from each framework: compiler, include dirs, flags, libraries.

One torch-style source (``#include <torch/extension.h>``) builds against PyTorch or against
Paddle's C++ compat layer; the only thing that changes is what this module returns. The
values come from the frameworks' own ``cpp_extension`` modules wherever those expose a
function (``torch.utils.cpp_extension.include_paths`` / ``library_paths``, paddle's
``find_paddle_includes`` / ``find_paddle_libraries`` / ``_get_pybind11_abi_build_flags``), so a
new wheel with moved headers keeps working; the flags those modules add inside their build
classes (language standard, ABI define, paddle's ``PADDLE_WITH_CUSTOM_KERNEL``) are restated
here because no function returns them.

Paddle CPU wheels define pybind11's caster for ``at::Tensor`` only under
``PADDLE_WITH_CUDA``/``PADDLE_WITH_HIP`` (``paddle/utils/pybind.h``), so a CPU build
force-includes ``kernels/cpp/paddle_cpu_caster.h`` (``-include``), which supplies it.

Heavy imports (torch, paddle) happen inside the functions, never at import time.
"""
from __future__ import annotations

import functools
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import warnings
from pathlib import Path

FRAMEWORKS: tuple[str, ...] = ("torch", "paddle")

#: Language standard each framework's own extension builder uses (torch 2.13: c++20 in its
#: ninja rules; paddle 3.3: ``add_std_without_repeat(..., use_std17=True)``).
CXX_STANDARD: dict[str, str] = {"torch": "c++20", "paddle": "c++17"}

#: Optimisation level for every build: both builders leave it to the caller; -O2 keeps the
#: example ops fast without the extra compile time of -O3.
OPTIMIZE = "-O2"

_COMPILER_CANDIDATES = ("g++", "c++", "clang++")


class ToolchainError(RuntimeError):
    """No usable compiler or framework for a C++ extension build."""


def _check_framework(framework: str) -> str:
    if framework not in FRAMEWORKS:
        raise ValueError(f"framework must be one of {FRAMEWORKS}, got {framework!r}")
    return framework


def caster_header() -> Path:
    """The force-included header that gives paddle CPU builds a pybind11 caster for at::Tensor."""
    from paddlecamp.kernels import KERNELS_DIR

    return KERNELS_DIR / "cpp" / "paddle_cpu_caster.h"


def compiler() -> str:
    """The C++ compiler to use: ``$CXX`` if set, else the first of g++, c++, clang++ on PATH.

    Raises ``ToolchainError`` with an install hint when there is none.
    """
    cxx = os.environ.get("CXX")
    if cxx:
        found = shutil.which(cxx)
        if found is None:
            raise ToolchainError(f"CXX={cxx!r} is set but not found on PATH: install it or unset CXX")
        return found
    for name in _COMPILER_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise ToolchainError("no C++ compiler found: install g++ (Debian: apt-get install g++) or set CXX")


@functools.lru_cache(maxsize=None)
def _compiler_version_of(path: str) -> str:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        raise ToolchainError(f"C++ compiler {path} does not run: {error}") from error
    return out.stdout.splitlines()[0].strip() if out.stdout else path


def compiler_version() -> str:
    """First line of ``$(compiler) --version`` (part of the build cache key)."""
    return _compiler_version_of(compiler())


def _import_paddle():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "No ccache found" on import
        import paddle
        from paddle.utils import cpp_extension
        from paddle.utils.cpp_extension import extension_utils
    return paddle, cpp_extension, extension_utils


def python_include_dirs() -> list[str]:
    """Where ``Python.h`` lives (both frameworks' headers include it via pybind11)."""
    return [sysconfig.get_path("include", scheme="posix_prefix")]


def include_dirs(framework: str) -> list[str]:
    """Include directories for a build against ``framework``, in the order its builder uses.

    For paddle this contains the compat roots ``paddle/phi/api/include/compat`` (ATen/, c10/,
    torch/) and ``.../compat/torch/csrc/api/include``; pybind11 comes from
    ``paddle/include/third_party``. For torch, pybind11 ships in ``torch/include``.
    """
    _check_framework(framework)
    if framework == "torch":
        from torch.utils import cpp_extension

        dirs = list(cpp_extension.include_paths("cpu"))
    else:
        _, _, extension_utils = _import_paddle()
        dirs = list(extension_utils.find_paddle_includes(use_cuda=False))
    return dirs + [d for d in python_include_dirs() if d not in dirs]


def _abi_define(framework: str) -> str:
    if framework == "torch":
        import torch

        return f"-D_GLIBCXX_USE_CXX11_ABI={int(torch._C._GLIBCXX_USE_CXX11_ABI)}"
    # paddle's BuildExtension always adds this (libpaddle.so is built with the new ABI).
    return "-D_GLIBCXX_USE_CXX11_ABI=1"


def _paddle_needs_caster() -> bool:
    paddle, _, _ = _import_paddle()
    return not (paddle.is_compiled_with_cuda() or paddle.is_compiled_with_rocm())


def compile_flags(framework: str, name: str | None = None) -> list[str]:
    """Compiler flags (without ``-I``) for a build against ``framework``.

    Contains ``-std``, ``-fPIC``, the optimisation level, the libstdc++ ABI define, the
    framework's own defines, and, for paddle CPU builds, ``-include`` of the caster header.
    With ``name``, also ``-DTORCH_EXTENSION_NAME=name`` (and paddle's ``PADDLE_EXTENSION_NAME``),
    the module name ``PYBIND11_MODULE(TORCH_EXTENSION_NAME, m)`` expands to.
    """
    _check_framework(framework)
    flags = [f"-std={CXX_STANDARD[framework]}", "-fPIC", OPTIMIZE, _abi_define(framework)]
    if name is not None:
        flags.append(f"-DTORCH_EXTENSION_NAME={name}")
    if framework == "torch":
        flags.append("-DTORCH_API_INCLUDE_EXTENSION_H")
        return flags
    _, cpp_extension, _ = _import_paddle()
    # paddle returns the pybind11 ABI defines shell-quoted (\"_gcc\"); we pass argv directly.
    flags += [flag.replace('\\"', '"') for flag in cpp_extension._get_pybind11_abi_build_flags()]
    flags.append("-DPADDLE_WITH_CUSTOM_KERNEL")  # isolates base headers, as paddle's builder does
    if name is not None:
        flags.append(f"-DPADDLE_EXTENSION_NAME={name}")
    if _paddle_needs_caster():
        flags += ["-include", str(caster_header())]
    return flags


def library_dirs(framework: str) -> list[str]:
    """Directories holding the framework's shared libraries (also used as rpath)."""
    _check_framework(framework)
    if framework == "torch":
        from torch.utils import cpp_extension

        return list(cpp_extension.library_paths("cpu"))
    _, _, extension_utils = _import_paddle()
    return list(extension_utils.find_paddle_libraries(use_cuda=False))


def link_flags(framework: str) -> list[str]:
    """Linker flags for a shared module built against ``framework`` (with rpaths, so no
    ``LD_LIBRARY_PATH`` is needed)."""
    _check_framework(framework)
    dirs = library_dirs(framework)
    flags = ["-shared"] + [f"-L{d}" for d in dirs] + [f"-Wl,-rpath,{d}" for d in dirs]
    if framework == "torch":
        # as torch's _prepare_ldflags for a non-standalone CPU extension
        return flags + ["-lc10", "-ltorch_cpu", "-ltorch", "-ltorch_python"]
    _, _, extension_utils = _import_paddle()
    # as paddle's normalize_extension_kwargs: force the link even if only headers are used
    return flags + ["-Wl,--no-as-needed", f"-l:{extension_utils._get_core_name()}", "-Wl,--as-needed"]


def versions(framework: str) -> dict[str, str]:
    """Versions that decide binary compatibility of a build (part of the cache key)."""
    _check_framework(framework)
    if framework == "torch":
        import torch

        found = {"framework": "torch", "version": torch.__version__, "commit": str(torch.version.git_version)}
    else:
        paddle, _, _ = _import_paddle()
        found = {"framework": "paddle", "version": paddle.__version__, "commit": str(paddle.version.commit)}
    found["python"] = platform.python_version()
    found["abi"] = sysconfig.get_config_var("SOABI") or sys.implementation.cache_tag
    return found


def resolve_include(header: str, framework: str) -> Path | None:
    """The file ``#include <header>`` reaches in a build against ``framework`` (first include dir
    that has it, as the compiler searches ``-I`` dirs), or None."""
    for folder in include_dirs(framework):
        candidate = Path(folder) / header
        if candidate.is_file():
            return candidate
    return None
