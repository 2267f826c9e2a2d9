"""The compat layer's machinery: patches as data, applied and undone exactly.

A :class:`Patch` closes one gap between a torch calling style and paddle (found by the
auditor or the PaConvert suite). Its ``install`` function changes paddle only through a
:class:`Patcher`, which records every change, so :func:`disable` puts back exactly what
was there before (an attribute's old value, or its absence; a ``sys.modules`` entry).

Patches are registered with the :func:`patch` decorator in the family modules of
:mod:`paddlecamp.apicompat.families`. ``enable()`` applies them all; a patch whose install
fails is reported and skipped, its partial changes undone, and the others still apply.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import sys
import types
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

KINDS = ("module alias", "new API", "argument alias", "signature", "return type", "tensor method", "constant",
         "dtype")
_MISSING = object()


@dataclass
class Patch:
    """One gap closed: which torch API now works under the prefix swap, what is changed, and why."""
    name: str                       # unique id, e.g. "distributions-module"
    apis: tuple[str, ...]           # torch APIs this makes work, e.g. ("torch.distributions",)
    target: str                     # what is changed in paddle, e.g. "paddle.distributions"
    kind: str                       # one of KINDS
    why: str                        # the gap as the suite or the auditor saw it
    install: Callable[["Patcher"], None] = field(repr=False)
    family: str = ""                # the patches module it comes from

    def as_dict(self) -> dict:
        return {"name": self.name, "apis": list(self.apis), "target": self.target, "kind": self.kind,
                "why": self.why, "family": self.family}


REGISTRY: dict[str, Patch] = {}


def patch(name: str, apis: str | Iterable[str], target: str, kind: str, why: str):
    """Register the decorated ``install(p: Patcher)`` function as a patch."""
    if kind not in KINDS:
        raise ValueError(f"patch {name!r}: kind {kind!r} is not one of {KINDS}")

    def deco(fn: Callable[[Patcher], None]) -> Callable[[Patcher], None]:
        if name in REGISTRY:
            raise ValueError(f"patch {name!r} registered twice ({REGISTRY[name].family} and {fn.__module__})")
        REGISTRY[name] = Patch(name, (apis,) if isinstance(apis, str) else tuple(apis), target, kind, why, fn,
                               fn.__module__.rsplit(".", 1)[-1])
        return fn
    return deco


def resolve(dotted: str) -> Any:
    """``"paddle.nn.functional"`` -> the object (modules imported as needed)."""
    parts = dotted.split(".")
    obj = importlib.import_module(parts[0])
    for i, p in enumerate(parts[1:], 1):
        try:
            obj = getattr(obj, p)
        except AttributeError:
            obj = importlib.import_module(".".join(parts[:i + 1]))
    return obj


class Patcher:
    """Applies changes and remembers how to undo them (in reverse order)."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []

    def set(self, owner: Any, name: str, value: Any) -> Any:
        """``owner.name = value`` (owner: an object or a dotted path); returns ``value``."""
        if isinstance(owner, str):
            owner = resolve(owner)
        old = owner.__dict__.get(name, _MISSING) if hasattr(owner, "__dict__") else getattr(owner, name, _MISSING)
        setattr(owner, name, value)

        def undo() -> None:
            if old is _MISSING:
                try:
                    delattr(owner, name)
                except AttributeError:
                    pass
            else:
                setattr(owner, name, old)
        self._undo.append(undo)
        return value

    def add(self, owner: Any, name: str, value: Any) -> Any:
        """Like :meth:`set`, for a name paddle does not have yet; refuses to overwrite one it has."""
        if isinstance(owner, str):
            owner = resolve(owner)
        if getattr(owner, name, _MISSING) is not _MISSING:
            raise RuntimeError(f"{getattr(owner, '__name__', owner)}.{name} exists already; use set() to replace it")
        return self.set(owner, name, value)

    def wrap(self, owner: Any, name: str, wrapper: Callable[[Callable], Callable]) -> Callable:
        """Replace ``owner.name`` with ``wrapper(original)`` (metadata and signature kept)."""
        if isinstance(owner, str):
            owner = resolve(owner)
        orig = getattr(owner, name)
        new = wrapper(orig)
        if callable(orig) and not isinstance(orig, type) and new is not orig:
            try:
                functools.update_wrapper(new, orig)
            except (AttributeError, TypeError):
                pass
        return self.set(owner, name, new)

    def module(self, dotted: str, attrs: dict[str, Any] | None = None, source: Any = None,
               doc: str = "", fallback: Callable[[str], Any] | None = None) -> types.ModuleType:
        """Create (or extend) the module ``dotted``: registered in ``sys.modules`` and on its parent.

        ``source`` (a module) fills it with the source's public names first; ``attrs`` then add
        or override names. ``fallback(name)`` answers names the module lacks, at access time
        (a module ``__getattr__``), so an alias sees patches applied after it.
        """
        if fallback is not None:
            def __getattr__(name: str, _fb=fallback, _d=dotted):
                if name.startswith("__"):
                    raise AttributeError(name)
                try:
                    return _fb(name)
                except AttributeError:
                    raise AttributeError(f"module {_d!r} has no attribute {name!r}") from None
            attrs = dict(attrs or {}, __getattr__=__getattr__)
        existing = sys.modules.get(dotted)
        parent_name, _, leaf = dotted.rpartition(".")
        parent = resolve(parent_name) if parent_name else None
        if existing is None and parent is not None:  # a real attribute only, not one a fallback answers
            existing = vars(parent).get(leaf) if isinstance(vars(parent).get(leaf), types.ModuleType) else None
        if existing is not None:
            for k, v in (attrs or {}).items():
                self.set(existing, k, v)
            return existing
        mod = types.ModuleType(dotted, doc or f"paddlecamp compat: torch's {dotted.replace('paddle', 'torch', 1)}")
        mod.__dict__["__paddlecamp_compat__"] = True
        if source is not None:
            names = getattr(source, "__all__", None) or [n for n in dir(source) if not n.startswith("_")]
            for n in names:
                if hasattr(source, n):
                    mod.__dict__[n] = getattr(source, n)
        mod.__dict__.update(attrs or {})
        self._undo.append(lambda: sys.modules.pop(dotted, None))
        sys.modules[dotted] = mod
        if parent is not None:
            self.set(parent, leaf, mod)
        return mod

    def undo(self) -> None:
        while self._undo:
            self._undo.pop()()


def alias_kwargs(mapping: dict[str, Iterable[str]]) -> Callable[[Callable], Callable]:
    """paddle's own ``ParamAliasDecorator``: torch keyword names accepted for paddle's parameters."""
    from paddle.utils.decorator_utils import ParamAliasDecorator
    return ParamAliasDecorator({k: list(v) for k, v in mapping.items()})


def signature_of(fn: Callable) -> inspect.Signature | None:
    try:
        return inspect.signature(fn)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- enable / disable

class _State:
    patcher: Patcher | None = None
    applied: list[str] = []
    failed: dict[str, str] = {}


def _load_families() -> None:
    importlib.import_module("paddlecamp.apicompat.families")


class Enabled:
    """What :func:`enable` returns; also a context manager that disables on exit if it enabled."""

    def __init__(self, owned: bool) -> None:
        self.owned = owned

    @property
    def applied(self) -> list[str]:
        return list(_State.applied)

    @property
    def failed(self) -> dict[str, str]:
        return dict(_State.failed)

    def __enter__(self) -> "Enabled":
        return self

    def __exit__(self, *exc) -> None:
        if self.owned:
            disable()

    def __repr__(self) -> str:
        return f"<paddlecamp.apicompat enabled: {len(_State.applied)} patches, {len(_State.failed)} failed>"


def enable(only: Iterable[str] | None = None, verbose: bool = False) -> Enabled:
    """Patch paddle so that more torch-style calls work under a pure ``torch`` -> ``paddle`` swap.

    Idempotent (a second call changes nothing and its handle does not disable on exit) and
    reversible (:func:`disable`). ``only`` limits it to the named patches. Use as
    ``with enable(): ...`` to patch for a block.
    """
    if _State.patcher is not None:
        return Enabled(owned=False)
    importlib.import_module("paddle")  # the patches change paddle
    _load_families()
    wanted = set(only) if only is not None else None
    if wanted is not None:
        unknown = wanted - set(REGISTRY)
        if unknown:
            raise KeyError(f"unknown patches: {sorted(unknown)}")
    p = Patcher()
    applied, failed = [], {}
    for name, pt in REGISTRY.items():
        if wanted is not None and name not in wanted:
            continue
        one = Patcher()
        try:
            pt.install(one)
        except Exception as e:  # noqa: BLE001  (one bad patch never stops the others)
            one.undo()
            failed[name] = f"{type(e).__name__}: {e}"
            continue
        p._undo.extend(one._undo)
        applied.append(name)
    _State.patcher, _State.applied, _State.failed = p, applied, failed
    if failed and verbose:
        warnings.warn(f"paddlecamp.apicompat: {len(failed)} patches did not apply: {failed}", stacklevel=2)
    return Enabled(owned=True)


def disable() -> None:
    """Undo every change :func:`enable` made (no-op when not enabled)."""
    if _State.patcher is None:
        return
    _State.patcher.undo()
    _State.patcher, _State.applied, _State.failed = None, [], {}


def is_enabled() -> bool:
    return _State.patcher is not None


def patches() -> list[Patch]:
    """Every registered patch (applied or not), in registration order."""
    _load_families()
    return list(REGISTRY.values())


def cli_patches(args) -> int:
    """``paddlecamp apicompat patches [--json OUT] [--check]``."""
    import json
    from collections import Counter
    ps = patches()
    failed: dict[str, str] = {}
    if args.check:
        h = enable()
        failed = h.failed
        disable()
    fam = Counter(p.family for p in ps)
    print(f"{len(ps)} patches covering {sum(len(p.apis) for p in ps)} torch APIs "
          f"({', '.join(f'{f} {n}' for f, n in fam.items())})")
    for p in ps:
        flag = f"  FAILED: {failed[p.name]}" if p.name in failed else ""
        apis = ", ".join(p.apis[:4]) + (f" (+{len(p.apis) - 4})" if len(p.apis) > 4 else "")
        print(f"- {p.name} [{p.kind}] {p.target}: {apis}{flag}\n    why: {p.why}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump([p.as_dict() | ({"failed": failed[p.name]} if p.name in failed else {}) for p in ps], f, indent=1)
    return 1 if failed else 0
