"""Compile a torch-style C++ extension against torch, paddle or both (cached), and report.

The same sources (``#include <torch/extension.h>``, ``PYBIND11_MODULE(TORCH_EXTENSION_NAME, m)``
or ``TORCH_LIBRARY``) are compiled once per framework with one compiler call each; a second
run with unchanged inputs is a cache hit. A compile error prints the first error with
file:line:col (``--verbose`` prints the whole compiler log). ``--run-example`` builds the
bundled example extensions instead and compares their outputs across both builds and a
float64 reference.

    paddlecamp cppcompat build my_op.cpp --framework both
    paddlecamp cppcompat build --run-example
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="*", metavar="SRC", help="C++ source files of one extension module")
    parser.add_argument("--framework", choices=("torch", "paddle", "both"), default="both",
                        help="framework to build against (default: both)")
    parser.add_argument("--name", help="module name, a C identifier (default: the first source's stem)")
    parser.add_argument("--verbose", action="store_true", help="print the compiler command and its full output")
    parser.add_argument("--run-example", action="store_true",
                        help="build the bundled example extensions and print torch-vs-paddle-vs-reference parity")


def _module_name(args: argparse.Namespace) -> str:
    from paddlecamp.cli import CliError

    name = args.name or re.sub(r"\W", "_", Path(args.sources[0]).stem)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise CliError(f"--name must be a C identifier (it becomes PyInit_<name>), got {name!r}")
    return name


def _describe(module) -> str:
    functions = sorted(n for n in dir(module) if not n.startswith("_") and callable(getattr(module, n)))
    return ", ".join(functions) if functions else "no PYBIND11_MODULE: loaded as a shared library (for its TORCH_LIBRARY registrations)"


def _build_sources(args: argparse.Namespace, frameworks: list[str]) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.cppcompat import build, toolchain

    for source in args.sources:
        if not Path(source).is_file():
            raise CliError(f"source not found: {source}")
    name = _module_name(args)
    failed = 0
    for framework in frameworks:
        try:
            result = build.build(name, args.sources, framework, verbose=args.verbose)
            module = build.import_built(result, args.sources)
        except toolchain.ToolchainError as error:
            raise CliError(str(error)) from error
        except build.CompileError as error:
            failed += 1
            print(f"{framework}: FAILED\n{error.summary}")
            if not args.verbose:
                print(f"  (full compiler log: {error.log_path}, or rerun with --verbose)")
            continue
        except build.LoadError as error:
            failed += 1
            print(f"{framework}: built but does not load: {error}")
            continue
        how = "cache hit" if result.cached else f"built in {result.seconds:.1f} s"
        print(f"{framework}: {how} -> {result.path}")
        print(f"  {_describe(module)}")
    return 1 if failed else 0


def _run_example(args: argparse.Namespace, frameworks: list[str]) -> int:
    from paddlecamp.cppcompat import examples

    modules = {}
    for module in examples.MODULES:
        for framework in frameworks:
            modules[(module, framework)] = examples.load_example(module, framework)
    rows = examples.parity(examples.cases(), frameworks, modules)
    keys = list(rows[0].max_abs)
    print(f"{'op':<20} {'dtype':<8} " + " ".join(f"{k:>16}" for k in keys) + "  ok")
    for row in rows:
        print(f"{row.op:<20} {row.dtype:<8} " + " ".join(f"{row.max_abs[k]:>16.3g}" for k in keys)
              + f"  {'yes' if row.ok else 'NO'}")
    bad = [f"{r.op}[{r.dtype}]" for r in rows if not r.ok]
    print(f"{len(rows) - len(bad)}/{len(rows)} cases within tolerance" + (f"; failing: {', '.join(bad)}" if bad else ""))
    return 1 if bad else 0


def main(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError

    frameworks = ["torch", "paddle"] if args.framework == "both" else [args.framework]
    if args.run_example:
        if args.sources:
            raise CliError("--run-example builds the bundled examples; give either SRC files or --run-example")
        return _run_example(args, frameworks)
    if not args.sources:
        raise CliError("no sources given (or use --run-example)")
    return _build_sources(args, frameworks)
