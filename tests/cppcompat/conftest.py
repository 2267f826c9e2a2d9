"""Shared fixtures for Track 4: the example extension modules, built once per framework.

The builds go through ``paddlecamp.cppcompat.build`` and its on-disk cache, so a second
pytest worker (``-n 2``) or a chapter run in the same CI job waits on the build lock and then
reuses the same ``.so`` instead of compiling again (cold: two builds per framework, 20-45 s
each; warm: a cache lookup).
"""
from __future__ import annotations

import types
from typing import Callable

import pytest


@pytest.fixture(scope="session")
def example_module() -> Callable[[str, str], types.ModuleType]:
    """``example_module(module, framework)``: the loaded example module (built at most once)."""
    from paddlecamp.cppcompat import examples

    loaded: dict[tuple[str, str], types.ModuleType] = {}

    def get(module: str, framework: str) -> types.ModuleType:
        if (module, framework) not in loaded:
            loaded[(module, framework)] = examples.load_example(module, framework, quiet=True)
        return loaded[(module, framework)]

    return get
