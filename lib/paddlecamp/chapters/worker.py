"""Child process that executes one chapter with papermill (used by ``execute.run_chapter``).

Usage: ``python -m paddlecamp.chapters.worker IN.ipynb OUT.ipynb PARAMS_JSON CELL_TIMEOUT_JSON``.
Exit code 0 when every cell ran, 1 when a cell raised (the executed notebook is still written).
"""
from __future__ import annotations

import json
import sys
import warnings


def main(argv: list[str]) -> int:
    src, dst, params_json, cell_timeout_json = argv
    warnings.filterwarnings("ignore")
    import papermill as pm

    try:
        pm.execute_notebook(src, dst, parameters=json.loads(params_json), kernel_name="python3",
                            progress_bar=False, execution_timeout=json.loads(cell_timeout_json),
                            cwd=None)
    except pm.PapermillExecutionError as exc:
        print(f"cell {exc.cell_index}: {exc.ename}: {exc.evalue}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
