"""Nested state (model, optimizer, RNG, loader position) to flat dotted keys and back."""
from __future__ import annotations

from typing import Any, Callable

from .entries import is_entry


def flatten(state: Any, prefix: str = "") -> dict[str, Any]:
    """``{"optim": {"state": {0: {"exp_avg": t}}}}`` -> ``{"optim.state.0.exp_avg": t}``.

    Lists of tensors are flattened by index; dicts and lists without tensors stay whole
    (they are saved as one JSON value). Keys may already be dotted (a flat state dict);
    two paths that flatten to the same key are refused.
    """
    out: dict[str, Any] = {}

    def walk(x: Any, key: str) -> None:
        if isinstance(x, dict) and (not key or _has_tensor(x)):
            for k, v in x.items():
                ks = str(k)
                walk(v, f"{key}.{ks}" if key else ks)
        elif isinstance(x, list) and _has_tensor(x):
            for i, v in enumerate(x):
                walk(v, f"{key}.{i}")
        else:
            if key in out:
                raise ValueError(f"state key {key!r} appears twice after flattening")
            out[key] = x

    walk(state, prefix)
    return out


def _has_tensor(x: Any) -> bool:
    if is_entry(x):
        return True
    if isinstance(x, dict):
        return any(_has_tensor(v) for v in x.values())
    if isinstance(x, list):
        return any(_has_tensor(v) for v in x)
    return False


def rebuild(template: Any, leaf: Callable[[str, Any], Any], key: str = "") -> Any:
    """The template's structure with every leaf replaced by ``leaf(flat_key, template_leaf)``.

    Mirrors :func:`flatten` exactly, so the keys match.
    """
    if isinstance(template, dict) and (not key or _has_tensor(template)):
        return {k: rebuild(v, leaf, f"{key}.{k}" if key else str(k)) for k, v in template.items()}
    if isinstance(template, list) and _has_tensor(template):
        return [rebuild(v, leaf, f"{key}.{i}") for i, v in enumerate(template)]
    return leaf(key, template)
