"""build: cache keys, the build lock, readable compiler errors, loading for both frameworks.

The builds here are tiny (pybind11 only, or broken at line 1) so that the module's own
behaviour is tested in seconds; the example extensions are built in test_examples.py.
"""
from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
import threading

import pytest

from paddlecamp.cppcompat import build, toolchain

# No framework headers: compiles in well under a second, for the cache and lock tests.
PLAIN = """\
#include "answer.h"
extern "C" int answer() { return ANSWER; }
"""

# pybind11 only (a few seconds): for what needs a real Python extension module.
TINY = """\
#include <pybind11/pybind11.h>
#include "answer.h"
PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) { m.def("answer", [] { return ANSWER; }); }
"""

BROKEN = """\
int first() { return undeclared_value; }
int second() { return also_missing + 1; }
int third() { return "not an int"; }
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("PADDLECAMP_CPP_CACHE", str(folder))
    return folder


@pytest.fixture
def tiny(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "answer.h").write_text("#define ANSWER 42\n")
    (src / "tiny.cpp").write_text(TINY)
    (src / "plain.cpp").write_text(PLAIN)
    return src


def _answer(result: build.BuildResult) -> int:
    return ctypes.CDLL(str(result.path)).answer()


def test_cache_dir_follows_the_environment(cache):
    assert build.cache_dir() == cache and cache.is_dir()


def test_concurrent_build_then_cache_hit_then_rebuild_when_a_local_header_changes(cache, tiny, monkeypatch, capsys):
    calls = []
    real_run = subprocess.run

    def counting_run(command, *args, **kwargs):
        if "-shared" in command:
            calls.append(command)
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(build.subprocess, "run", counting_run)
    results = []

    def worker():
        results.append(build.build("plain", [tiny / "plain.cpp"], "torch"))

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1  # the other two waited on the lock, then found the .so
    assert sorted(r.cached for r in results) == [False, True, True]
    assert len({r.path for r in results}) == 1
    first = next(r for r in results if not r.cached)
    assert first.path.is_file() and first.path.parent.parent == cache
    err = capsys.readouterr().err
    assert err.count("building plain for torch (cache miss)") == 1
    assert "waiting for another build of plain for torch" in err
    assert not list(cache.glob("*/.*partial*"))  # nothing half-written left behind
    assert _answer(first) == 42

    again = build.build("plain", [tiny / "plain.cpp"], "torch")
    assert again.cached and again.path == first.path and len(calls) == 1
    assert "cache miss" not in capsys.readouterr().err

    (tiny / "answer.h").write_text("#define ANSWER 43\n")  # the source is unchanged, its header is not
    changed = build.build("plain", [tiny / "plain.cpp"], "torch", quiet=True)
    assert not changed.cached and changed.key != first.key and len(calls) == 2
    assert _answer(changed) == 43


def test_a_rebuilt_module_imports_as_itself_in_the_same_process(tiny):
    # pybind11 3 caches modules by import name: without a per-build name the second load
    # would silently return the first build. (Uses the shared build cache: the key does not
    # depend on the temporary folder, so a warm run compiles nothing.)
    first = build.load("tiny", [tiny / "tiny.cpp"], "torch", extra_cflags=["-O0"], quiet=True)
    (tiny / "answer.h").write_text("#define ANSWER 43\n")
    second = build.load("tiny", [tiny / "tiny.cpp"], "torch", extra_cflags=["-O0"], quiet=True)
    assert (first.answer(), second.answer()) == (42, 43)
    assert second.framework == "torch" and "tiny-torch-" in second.__file__


def test_cache_key_depends_on_framework_flags_and_sources(tiny):
    src = [tiny / "tiny.cpp"]
    base = build.cache_key("tiny", src, "torch")
    assert base == build.cache_key("tiny", src, "torch")
    assert base != build.cache_key("tiny", src, "paddle")
    assert base != build.cache_key("tiny", src, "torch", ["-DEXTRA=1"])
    assert base != build.cache_key("other", src, "torch")
    assert build.local_headers(src) == [(tiny / "answer.h").resolve()]


def test_compile_error_is_a_short_summary_with_location(cache, tmp_path):
    src = tmp_path / "broken.cpp"
    src.write_text(BROKEN)
    with pytest.raises(build.CompileError) as caught:
        build.build("broken", [src], "torch", quiet=True)
    error = caught.value
    assert (error.file, error.line, error.column) == (str(src.resolve()), 1, 22)
    assert "'undeclared_value' was not declared in this scope" in error.first.message
    assert error.first.source_line == "int first() { return undeclared_value; }"
    assert len(error.diagnostics) == 3
    summary = str(error)
    assert summary == error.summary
    assert summary.startswith(f"broken does not compile against torch: {src.resolve()}:1:22: error:")
    assert "and 2 more errors" in summary
    assert len(summary.splitlines()) <= 4 and "also_missing" in error.log  # the rest stays in .log
    assert not list(cache.glob("broken-*/broken.so"))


def test_missing_compiler_surfaces_from_load(tiny, monkeypatch, tmp_path):
    monkeypatch.delenv("CXX", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(toolchain.ToolchainError, match="no C\\+\\+ compiler found"):
        build.load("tiny", [tiny / "tiny.cpp"], "torch")


def test_bad_arguments(tiny):
    with pytest.raises(FileNotFoundError, match="missing.cpp"):
        build.build("tiny", [tiny / "missing.cpp"], "torch")
    with pytest.raises(ValueError, match="C identifier"):
        build.build("has-dash", [tiny / "tiny.cpp"], "torch")
    with pytest.raises(ValueError, match="framework must be one of"):
        build.build("tiny", [tiny / "tiny.cpp"], "mxnet")


def test_parse_diagnostics_reads_gcc_output():
    log = (
        "In file included from a.cpp:3:\n"
        "b.h:10:5: error: 'x' does not name a type\n"
        "   10 |     x y;\n"
        "      |     ^\n"
        "a.cpp:7: error: expected ';'\n"
        "b.h:12:1: fatal error: c.h: No such file or directory\n"
    )
    found = build.parse_diagnostics(log)
    assert [(d.file, d.line, d.column) for d in found] == [("b.h", 10, 5), ("a.cpp", 7, None), ("b.h", 12, 1)]
    assert found[0].source_line == "x y;" and found[1].source_line is None
    error = build.CompileError("demo", "paddle", log, ["g++"], ["a.cpp"])
    assert "(reached from a.cpp:3)" in error.summary  # first error is in a header: show the user's line


def test_link_only_failure_summary():
    log = "/usr/bin/ld: x.o: in function `f':\nx.cpp:(.text+0x5): undefined reference to `g()'\ncollect2: error: ld returned 1 exit status\n"
    error = build.CompileError("demo", "torch", log, ["g++"])
    assert error.first is None
    assert "undefined reference to `g()'" in error.summary


def test_cli_reports_a_compile_error_and_exits_1(cache, tmp_path, capsys):
    from paddlecamp.cli import main

    src = tmp_path / "broken.cpp"
    src.write_text(BROKEN)
    assert main(["cppcompat", "build", str(src), "--framework", "torch"]) == 1
    out = capsys.readouterr().out
    assert "torch: FAILED" in out and f"{src.resolve()}:1:22: error:" in out and "and 2 more errors" in out
    assert "build.log" in out


def test_cli_user_errors(tmp_path, capsys):
    from paddlecamp.cli import main

    assert main(["cppcompat", "build", str(tmp_path / "nope.cpp")]) == 2
    assert "paddlecamp: error: source not found" in capsys.readouterr().err
    assert main(["cppcompat", "build"]) == 2
    assert "no sources given" in capsys.readouterr().err
    (tmp_path / "ok.cpp").write_text(PLAIN)
    assert main(["cppcompat", "build", str(tmp_path / "ok.cpp"), "--name", "bad-name"]) == 2
    assert "--name must be a C identifier" in capsys.readouterr().err


def test_cli_builds_and_then_hits_the_cache(cache, tiny, capsys):
    from paddlecamp.cli import main

    args = ["cppcompat", "build", str(tiny / "plain.cpp"), "--framework", "torch"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert "torch: built in" in first and "loaded as a shared library" in first
    assert main(args) == 0
    assert "torch: cache hit" in capsys.readouterr().out


def test_an_undefined_symbol_is_a_load_error_naming_the_function(cache, tmp_path):
    # what a declaration without a definition in the framework's library looks like at import
    src = tmp_path / "undefined.cpp"
    src.write_text("int declared_only(int);\nextern \"C\" int answer() { return declared_only(1); }\n")
    with pytest.raises(build.LoadError, match=r"undefined symbol: _Z13declared_onlyi") as caught:
        build.load("undefined", [src], "torch", quiet=True)
    if shutil.which("c++filt"):
        assert "(declared_only(int): declared by the compat headers" in str(caught.value)


def test_extra_include_paths_come_first_and_are_part_of_the_key(cache, tmp_path):
    shims = tmp_path / "shims"
    shims.mkdir()
    (shims / "shadow_answer.h").write_text("#define ANSWER 7\n")
    src = tmp_path / "shadowed.cpp"
    src.write_text("#include <shadow_answer.h>\nextern \"C\" int answer() { return ANSWER; }\n")
    first = build.build("shadowed", [src], "torch", quiet=True, extra_include_paths=[shims])
    command = json.loads((first.path.parent / "build.json").read_text())["command"]
    includes = [flag for flag in command if flag.startswith("-I")]
    assert includes[0] == f"-I{shims.resolve()}"  # before every framework include dir
    assert _answer(first) == 7
    (shims / "shadow_answer.h").write_text("#define ANSWER 8\n")
    second = build.build("shadowed", [src], "torch", quiet=True, extra_include_paths=[shims])
    assert second.key != first.key and _answer(second) == 8
