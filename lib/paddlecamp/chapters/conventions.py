"""The rules every chapter follows, as checks that return readable violations."""
from __future__ import annotations

import ast
import json
from pathlib import Path

from paddlecamp.chapters.discover import CHAPTER_FILE_RE, TRACK_DIR_RE

KERNEL_NAME = "python3"


def load_notebook(path: Path) -> dict:
    """Read a notebook as JSON; raises ``ValueError`` naming the file, line and column."""
    text = path.read_text(encoding="utf-8")
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: invalid notebook JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise ValueError(f"{path}: not a notebook (no 'cells' list)")
    return nb


def cell_source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else str(src)


def assigned_names(source: str) -> set[str]:
    """Names bound by top-level assignments in a code cell (``SMOKE = True`` → ``{"SMOKE"}``)."""
    names: set[str] = set()
    tree = ast.parse(source)
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name):
                    names.add(n.id)
    return names


def check_notebook(path: Path, *, root: Path | None = None) -> list[str]:
    """Return the convention violations of one chapter (empty when it is clean)."""
    path = Path(path)
    problems: list[str] = []
    if not CHAPTER_FILE_RE.match(path.name):
        problems.append(f"{path}: file name must look like NN-title.ipynb (lowercase, dashes)")
    if not TRACK_DIR_RE.match(path.parent.name):
        problems.append(f"{path}: directory must look like NN-track")
    if root is not None and path.parent.parent.resolve() != Path(root).resolve():
        problems.append(f"{path}: chapters live exactly one level below {root}")
    try:
        nb = load_notebook(path)
    except ValueError as exc:
        return problems + [str(exc)]

    kernel = nb.get("metadata", {}).get("kernelspec", {}).get("name")
    if kernel != KERNEL_NAME:
        problems.append(f"{path}: kernelspec name is {kernel!r}; use {KERNEL_NAME!r}")

    code_cells = [(i, c) for i, c in enumerate(nb["cells"]) if c.get("cell_type") == "code"]
    if not code_cells:
        problems.append(f"{path}: has no code cell")
    else:
        idx, first = code_cells[0]
        tags = first.get("metadata", {}).get("tags", [])
        if "parameters" not in tags:
            problems.append(f"{path}: first code cell (cell {idx}) is not tagged 'parameters'")
        try:
            if "SMOKE" not in assigned_names(cell_source(first)):
                problems.append(f"{path}: the parameters cell (cell {idx}) does not define SMOKE")
        except SyntaxError as exc:
            problems.append(f"{path}: parameters cell (cell {idx}) line {exc.lineno}: {exc.msg}")
    for i, cell in code_cells:
        if cell.get("outputs"):
            problems.append(f"{path}: cell {i} has outputs; commit notebooks without outputs")
        if cell.get("execution_count") is not None:
            problems.append(f"{path}: cell {i} has an execution count; strip it")
    return problems


def strip_outputs(path: Path) -> bool:
    """Remove outputs and execution counts in place; returns True when the file changed."""
    nb = load_notebook(path)
    changed = False
    for cell in nb["cells"]:
        if cell.get("cell_type") != "code":
            continue
        if cell.get("outputs") or cell.get("execution_count") is not None:
            changed = True
        cell["outputs"] = []
        cell["execution_count"] = None
    if changed:
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return changed
