"""Minimal reproducible AI-compiler problems, one module per part of the taxonomy.

``graph_opt`` (constant folding, CSE, layout), ``dataflow`` (scheduling, recomputation),
``fusion`` (elementwise chains, reduction + broadcast, matmul epilogues, attention,
fusion breakers and dynamic shapes) and ``memory`` (buffer reuse, in-place, peak memory).
Each defines ``EXAMPLES = {name: fn}`` with ``fn(smoke=True) -> ExampleResult``; the tests
under ``tests/slides`` assert the claim each slide makes.
"""
from __future__ import annotations

import importlib
from typing import Callable

from paddlecamp.slides.examples.result import CATEGORIES, ExampleResult

MODULES = ("graph_opt", "dataflow", "fusion", "memory")
#: The taxonomy part each module's examples belong to (``ExampleResult.category``).
MODULE_CATEGORY = dict(zip(MODULES, CATEGORIES))

__all__ = ["CATEGORIES", "ExampleResult", "MODULES", "MODULE_CATEGORY", "all_examples", "by_category"]


def all_examples() -> dict[str, Callable[..., ExampleResult]]:
    """``{"<module>.<name>": fn}`` over the example modules that exist, in taxonomy order."""
    found: dict[str, Callable[..., ExampleResult]] = {}
    for name in MODULES:
        try:
            module = importlib.import_module(f"paddlecamp.slides.examples.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"paddlecamp.slides.examples.{name}":
                continue
            raise
        for ex_name, fn in module.EXAMPLES.items():
            found[f"{name}.{ex_name}"] = fn
    return found


def by_category(keys: list[str] | None = None) -> dict[str, list[str]]:
    """Example keys grouped by taxonomy part, in taxonomy order (without running them)."""
    keys = list(all_examples()) if keys is None else keys
    return {c: [k for k in keys if MODULE_CATEGORY.get(k.split(".")[0]) == c] for c in CATEGORIES}
