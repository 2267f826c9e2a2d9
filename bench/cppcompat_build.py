"""Build times, module sizes and output parity of the example C++ extensions, torch vs paddle.

For each example module (kernels/cpp/examples) and framework: the cold build time (an empty
cache, median of ``--repeats``), the warm time (a cache hit inside a process that already
imported the framework, and a fresh process that imports the framework and loads the cached
module), the ``.so`` size, and the parity of every example op (max |diff| torch-built vs
paddle-built vs a float64 torch reference). It also compiles a list of common torch C++ idioms
against paddle, one module each (compile, link, import, run vs the torch build), to record which
of them paddle 3.3.1's compat headers lack.

    python bench/cppcompat_build.py [--repeats 3] [--out data/results/cppcompat_build_2026-12-01.json]

Builds run one at a time (one compiler process), as on a shared 2-core CI runner.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from paddlecamp import repo_path
from paddlecamp.cppcompat import build, examples, toolchain

#: torch idioms a user porting the examples would reach for first: name -> (extra includes, body).
#: Each body sees `const at::Tensor& x, const at::Tensor& y` (float32, shape [2, 3]) and returns
#: an at::Tensor. The examples avoid the ones paddle lacks; this records which those are.
IDIOMS: dict[str, tuple[str, str]] = {
    "operators x * 2 + 1": ("", "return x * 2 + 1;"),
    "x.add(y)": ("", "return x.add(y);"),
    "x.sum()": ("", "return x.sum();"),
    "x.sum(-1)": ("", "return x.sum(-1);"),
    "at::add(x, y)": ("", "return at::add(x, y);"),
    "at::matmul(x, y.t())": ("", "return at::matmul(x, y.transpose(0, 1));"),
    "at::gelu(x)": ("", "return at::gelu(x);"),
    "x.pow(2).mean(-1, true)": ("", "return x.pow(2).mean(-1, true);"),
    "at::rsqrt(x.abs() + 1)": ("", "return at::rsqrt(at::abs(x) + 1);"),
    "x.expand({2, 2, 3})": ("", "return x.expand({2, 2, 3});"),
    "at::broadcast_tensors": ("", "return at::broadcast_tensors({x, y})[0];"),
    "x.to(at::kDouble)": ("", "return x.to(at::kDouble);"),
    "at::zeros_like(x)": ("", "return at::zeros_like(x);"),
    "torch::empty_like + fill_": ("", "auto out = torch::empty_like(x); out.fill_(3.0); return out;"),
    "x.accessor<float, 2>()": ("", "auto out = at::empty({1}, x.options()); "
                               "out.data_ptr<float>()[0] = x.accessor<float, 2>()[1][2]; return out;"),
    "x.sum().item<float>()": ("", "float s = x.sum().item<float>(); return at::full({1}, s, x.options());"),
    "AT_DISPATCH_FLOATING_TYPES_AND_HALF": (
        "#include <ATen/Dispatch.h>",
        "auto out = at::empty_like(x); AT_DISPATCH_FLOATING_TYPES_AND_HALF(x.scalar_type(), \"idiom\", [&] { "
        "for (int64_t i = 0; i < x.numel(); ++i) out.data_ptr<scalar_t>()[i] = x.data_ptr<scalar_t>()[i]; }); "
        "return out;"),
    "at::parallel_for": (
        "#include <ATen/Parallel.h>",
        "auto out = at::empty_like(x); const float* px = x.data_ptr<float>(); float* po = out.data_ptr<float>(); "
        "at::parallel_for(0, x.numel(), 1, [&](int64_t b, int64_t e) { for (auto i = b; i < e; ++i) po[i] = px[i]; }); "
        "return out;"),
    "TORCH_CHECK_VALUE": ("", "TORCH_CHECK_VALUE(x.dim() == 2, \"need 2-D\"); return x;"),
    "x.mul_(2) in place": ("", "auto out = x.clone(); out.mul_(2); return out;"),
    "c10::optional<at::Tensor> argument": (
        "", "c10::optional<at::Tensor> maybe = y; return maybe.has_value() ? *maybe : x;"),
}


def _idiom_source(bodies: dict[str, tuple[str, str]]) -> str:
    includes = sorted({inc for inc, _ in bodies.values() if inc})
    lines = ["#include <torch/extension.h>", *includes, ""]
    for index, (_, body) in enumerate(bodies.values()):
        lines.append(f"at::Tensor idiom_{index}(const at::Tensor& x, const at::Tensor& y) {{ {body} }}")
    lines.append("PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {")
    for index in range(len(bodies)):
        lines.append(f'  m.def("idiom_{index}", &idiom_{index});')
    lines.append("}")
    return "\n".join(lines) + "\n"


def probe_idioms(workdir: Path) -> list[dict]:
    """Each idiom built alone against paddle (compile, link, import, run) and compared with torch."""
    import numpy as np

    rng = np.random.default_rng(0)
    x, y = (rng.standard_normal((2, 3)).astype("float32") for _ in range(2))
    torch_src = workdir / "torch_idioms.cpp"
    torch_src.write_text(_idiom_source(IDIOMS))
    torch_module = build.load("torch_idioms", [torch_src], "torch")  # control: all must build on torch
    rows = []
    for index, (name, (include, body)) in enumerate(IDIOMS.items()):
        print(f"idiom {index + 1}/{len(IDIOMS)}: {name}", file=sys.stderr, flush=True)
        expected = getattr(torch_module, f"idiom_{index}")(examples.to_framework(x, "torch"),
                                                          examples.to_framework(y, "torch")).numpy()
        src = workdir / f"idiom_{index}.cpp"
        src.write_text(_idiom_source({name: (include, body)}).replace("idiom_0", f"idiom_{index}"))
        row = {"idiom": name, "code": body, "include": include, "torch": "runs"}
        try:
            module = build.load(f"idiom_{index}", [src], "paddle", quiet=True)
        except build.CompileError as error:
            first = error.first
            row.update(paddle="does not compile", error=first.message if first else error.summary.splitlines()[0],
                       errors=len(error.diagnostics))
            rows.append(row)
            continue
        except build.LoadError as error:
            row.update(paddle="does not load", error=str(error).splitlines()[0])
            rows.append(row)
            continue
        try:
            got = getattr(module, f"idiom_{index}")(examples.to_framework(x, "paddle"), examples.to_framework(y, "paddle"))
            got = np.asarray(got.numpy())
        except Exception as error:  # noqa: BLE001 - any runtime failure is the finding
            row.update(paddle="fails at run time", error=f"{type(error).__name__}: {str(error).splitlines()[0]}")
            rows.append(row)
            continue
        same = got.shape == expected.shape and np.allclose(got, expected, atol=1e-6)
        row.update(paddle="runs, matches torch" if same else "runs, differs from torch",
                   max_abs=float(np.max(np.abs(got - expected))) if got.shape == expected.shape else None,
                   shapes=[list(got.shape), list(expected.shape)])
        rows.append(row)
    return rows


def probe_caster_gap() -> dict:
    """portable_ops built for paddle without the force-included caster: it compiles and imports,
    and the first call with a paddle.Tensor fails (what a CPU user of the stock wheel sees)."""
    import numpy as np

    module = build.load("portable_ops", examples.sources("portable_ops"), "paddle",
                        extra_cflags=["-DPADDLECAMP_NO_CPU_CASTER"], quiet=True)
    try:
        module.row_sum(examples.to_framework(np.ones((2, 3), "float32"), "paddle"))
    except TypeError as error:
        return {"builds": True, "imports": True, "call": f"TypeError: {error}"}
    return {"builds": True, "imports": True, "call": "works"}


def time_cold(module: str, framework: str, repeats: int) -> tuple[list[float], int]:
    """Build times into fresh empty caches (the compiler is the only thing measured twice)."""
    times, size = [], 0
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            os.environ["PADDLECAMP_CPP_CACHE"] = folder
            started = time.perf_counter()
            result = build.build(module, examples.sources(module), framework, quiet=True)
            times.append(time.perf_counter() - started)
            size = result.path.stat().st_size
    return times, size


def time_warm_process(module: str, framework: str, repeats: int) -> list[float]:
    """Wall time of a fresh Python process that imports the framework and loads the cached module."""
    code = ("from paddlecamp.cppcompat import examples; "
            f"examples.load_example({module!r}, {framework!r}, quiet=True)")
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def time_framework_import(framework: str, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {framework}"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default=str(repo_path("data", "results", "cppcompat_build_2026-12-01.json")))
    parser.add_argument("--skip-idioms", action="store_true")
    args = parser.parse_args(argv)

    shared_cache = os.environ.get("PADDLECAMP_CPP_CACHE")
    timings = []
    for module in examples.MODULES:
        for framework in toolchain.FRAMEWORKS:
            print(f"cold builds: {module} for {framework} x{args.repeats}", file=sys.stderr, flush=True)
            cold, size = time_cold(module, framework, args.repeats)
            timings.append({"module": module, "framework": framework, "cold_s": [round(t, 2) for t in cold],
                            "cold_median_s": round(statistics.median(cold), 2), "so_bytes": size})
    if shared_cache is None:
        os.environ.pop("PADDLECAMP_CPP_CACHE", None)
    else:
        os.environ["PADDLECAMP_CPP_CACHE"] = shared_cache

    loaded = {(m, fw): examples.load_example(m, fw) for m in examples.MODULES for fw in toolchain.FRAMEWORKS}
    for row in timings:
        lookups = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            result = build.build(row["module"], examples.sources(row["module"]), row["framework"], quiet=True)
            lookups.append(time.perf_counter() - started)
            assert result.cached
        row["warm_lookup_median_s"] = round(statistics.median(lookups), 3)
        row["warm_process_median_s"] = round(statistics.median(time_warm_process(row["module"], row["framework"],
                                                                                 args.repeats)), 2)
    imports = {fw: round(statistics.median(time_framework_import(fw, args.repeats)), 2) for fw in toolchain.FRAMEWORKS}

    parity = [{"op": r.op, "dtype": r.dtype, "tolerance": r.tolerance, "ok": r.ok,
               **{f"max_abs_{k}": r.max_abs[k] for k in r.max_abs}}
              for r in examples.parity(examples.cases(), toolchain.FRAMEWORKS, loaded)]

    caster_gap = probe_caster_gap()

    idioms = []
    if not args.skip_idioms:
        with tempfile.TemporaryDirectory() as folder:
            idioms = probe_idioms(Path(folder))

    import numpy
    record = {
        "date": datetime.date.today().isoformat(),
        "command": "python bench/cppcompat_build.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "note": "shared 2-core machine; "
                    "other jobs were running, so absolute times are upper bounds"},
        "versions": {fw: toolchain.versions(fw) for fw in toolchain.FRAMEWORKS},
        "compiler": toolchain.compiler_version(),
        "numpy": numpy.__version__,
        "flags": {fw: toolchain.compile_flags(fw, name="NAME") for fw in toolchain.FRAMEWORKS},
        "repeats": args.repeats,
        "framework_import_median_s": imports,
        "builds": timings,
        "parity": parity,
        "caster_gap": caster_gap,
        "idioms": idioms,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(record, indent=1)
    for prefix in (str(repo_path()), str(Path.home()), tempfile.gettempdir()):
        text = text.replace(prefix, "<" + {str(repo_path()): "repo", str(Path.home()): "home"}.get(prefix, "tmp") + ">")
    out.write_text(text + "\n")
    out.with_suffix(".md").write_text(render_markdown(json.loads(text)))
    print(f"wrote {out} and {out.with_suffix('.md')}", file=sys.stderr)
    return 0 if all(p["ok"] for p in parity) else 1


def render_markdown(record: dict) -> str:
    """The results as a short Markdown report."""
    lines = [f"# C++ extension builds, torch vs paddle ({record['date']})", "",
             f"Command: `{record['command']}`. Compiler: {record['compiler']}. "
             f"torch {record['versions']['torch']['version']}, paddle {record['versions']['paddle']['version']}. "
             f"Medians of {record['repeats']}. {record['machine']['note']}.", "",
             "## Build times and sizes", "",
             "| module | framework | cold build (s) | warm: cache lookup (s) | warm: fresh process (s) | .so size (KiB) |",
             "|---|---|---:|---:|---:|---:|"]
    for b in record["builds"]:
        lines.append(f"| {b['module']} | {b['framework']} | {b['cold_median_s']} | {b['warm_lookup_median_s']} | "
                     f"{b['warm_process_median_s']} | {b['so_bytes'] / 1024:.0f} |")
    imports = record["framework_import_median_s"]
    lines += ["", f"A fresh process spends most of its warm time importing the framework "
              f"(`import torch`: {imports['torch']} s, `import paddle`: {imports['paddle']} s).", "",
              "## Parity (max |difference|)", "",
              "| op | dtype | torch build vs reference | paddle build vs reference | torch build vs paddle build | tolerance |",
              "|---|---|---:|---:|---:|---:|"]
    for p in record["parity"]:
        lines.append(f"| {p['op']} | {p['dtype']} | {p['max_abs_torch']:.3g} | {p['max_abs_paddle']:.3g} | "
                     f"{p['max_abs_torch_vs_paddle']:.3g} | {p['tolerance']:.0e} |")
    gap = record["caster_gap"]
    lines += ["", "## Without the caster header", "",
              f"portable_ops built for paddle with `-DPADDLECAMP_NO_CPU_CASTER`: builds {gap['builds']}, "
              f"imports {gap['imports']}; calling `row_sum(paddle_tensor)`:", "", "```",
              gap["call"].strip(), "```"]
    if record["idioms"]:
        ok = sum(r["paddle"] == "runs, matches torch" for r in record["idioms"])
        lines += ["", f"## Torch idioms against paddle's compat headers ({ok}/{len(record['idioms'])} work)", "",
                  "Each idiom alone in a pybind11 module (all of them build and run on torch).", "",
                  "| idiom | paddle | first error |", "|---|---|---|"]
        for r in record["idioms"]:
            error = r.get("error", "").replace("|", "\\|")
            lines.append(f"| `{r['idiom']}` | {r['paddle']} | {error[:140]} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
