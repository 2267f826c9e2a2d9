"""toolchain: compiler discovery and the per-framework include dirs / flags / libraries."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from paddlecamp.cppcompat import toolchain

# importing paddle warns that ccache is missing; irrelevant to these builds
pytestmark = pytest.mark.filterwarnings("ignore:No ccache found")


def test_compiler_prefers_cxx_env(tmp_path, monkeypatch):
    fake = tmp_path / "my-c++"
    fake.write_text("#!/bin/sh\necho fake 1.0\n")
    fake.chmod(0o755)
    monkeypatch.setenv("CXX", str(fake))
    assert toolchain.compiler() == str(fake)


def test_missing_compiler_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv("CXX", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no g++, c++, clang++
    with pytest.raises(toolchain.ToolchainError, match=r"no C\+\+ compiler found: install g\+\+ .*or set CXX"):
        toolchain.compiler()


def test_cxx_pointing_nowhere_names_the_variable(monkeypatch):
    monkeypatch.setenv("CXX", "no-such-compiler-xyz")
    with pytest.raises(toolchain.ToolchainError, match="CXX='no-such-compiler-xyz'"):
        toolchain.compiler()


def test_unknown_framework_is_rejected():
    with pytest.raises(ValueError, match="framework must be one of"):
        toolchain.include_dirs("jax")


def test_paddle_include_dirs_expose_the_torch_compat_headers():
    dirs = [Path(d) for d in toolchain.include_dirs("paddle")]
    # torch-style includes resolve inside paddle's compat layer, not inside torch
    hits = {name: [d for d in dirs if (d / name).is_file()] for name in
            ("torch/extension.h", "torch/library.h", "ATen/ATen.h", "c10/core/ScalarType.h", "pybind11/pybind11.h")}
    for name, found in hits.items():
        assert found, f"{name} not found under paddle's include dirs"
    assert any(str(d).endswith("paddle/phi/api/include/compat") for d in dirs)
    assert all("site-packages/torch" not in str(d) for d in dirs)


def test_torch_include_dirs_hold_torch_headers_and_pybind11():
    dirs = [Path(d) for d in toolchain.include_dirs("torch")]
    for name in ("torch/extension.h", "pybind11/pybind11.h"):
        assert any((d / name).is_file() for d in dirs), name
    assert all("paddle" not in str(d) for d in dirs)


def test_paddle_cpu_flags_force_include_the_caster():
    import paddle

    flags = toolchain.compile_flags("paddle", name="demo")
    assert "-std=c++17" in flags and "-fPIC" in flags
    assert "-D_GLIBCXX_USE_CXX11_ABI=1" in flags
    assert "-DTORCH_EXTENSION_NAME=demo" in flags and "-DPADDLE_EXTENSION_NAME=demo" in flags
    assert any(f.startswith('-DPYBIND11_BUILD_ABI="') and f.endswith('"') for f in flags)  # no shell escapes left
    if not paddle.is_compiled_with_cuda():
        position = flags.index("-include")
        assert Path(flags[position + 1]) == toolchain.caster_header()
        assert toolchain.caster_header().is_file()


def test_torch_flags_do_not_include_the_caster():
    flags = toolchain.compile_flags("torch", name="demo")
    assert "-include" not in flags
    assert "-DTORCH_EXTENSION_NAME=demo" in flags
    assert "-DTORCH_API_INCLUDE_EXTENSION_H" in flags
    assert any(f.startswith("-std=c++") for f in flags)


def test_link_flags_name_each_frameworks_library():
    torch_flags = toolchain.link_flags("torch")
    paddle_flags = toolchain.link_flags("paddle")
    assert "-shared" in torch_flags and "-ltorch" in torch_flags and "-ltorch_python" in torch_flags
    assert "-l:libpaddle.so" in paddle_flags
    for flags, fw in ((torch_flags, "torch"), (paddle_flags, "paddle")):
        lib_dirs = [f[2:] for f in flags if f.startswith("-L")]
        assert lib_dirs and all(os.path.isdir(d) for d in lib_dirs)
        assert any(f.startswith("-Wl,-rpath,") for f in flags), fw


def test_versions_identify_the_framework_build():
    import paddle
    import torch

    assert toolchain.versions("torch")["version"] == torch.__version__
    found = toolchain.versions("paddle")
    assert found["version"] == paddle.__version__ and found["commit"] == paddle.version.commit
    assert set(found) >= {"framework", "version", "commit", "python", "abi"}


def test_the_same_include_resolves_into_each_framework():
    torch_header = toolchain.resolve_include("torch/extension.h", "torch")
    paddle_header = toolchain.resolve_include("torch/extension.h", "paddle")
    assert torch_header.parts[-3:] == ("include", "torch", "extension.h") and "paddle" not in torch_header.parts
    assert paddle_header.parts[-5:] == ("api", "include", "compat", "torch", "extension.h")
    assert toolchain.resolve_include("no/such/header.h", "paddle") is None
