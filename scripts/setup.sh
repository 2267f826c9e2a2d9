#!/usr/bin/env bash
# Create or refresh the project environment (.venv) from the pinned constraints.
# Idempotent: pip skips what is already installed. Called by `make setup`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}

if [ ! -x "$VENV/bin/python" ]; then
  echo "==> creating $VENV with $($PY --version)"
  "$PY" -m venv "$VENV"
fi
echo "==> installing paddlecamp and its pinned dependencies (constraints.txt)"
"$VENV/bin/python" -m pip install --quiet --upgrade "setuptools>=68" wheel
"$VENV/bin/python" -m pip install --quiet -c constraints.txt -e .
# ragflow-sdk pins beartype<0.19, which breaks pathway at run time; see README "Known conflicts".
"$VENV/bin/python" -m pip install --quiet -c constraints.txt --no-deps ragflow-sdk==0.22.1
echo "==> checking dependency consistency (pip check)"
"$VENV/bin/python" scripts/pip_check.py
echo "==> offline models"
"$VENV/bin/paddlecamp" models fetch
bash scripts/system-deps.sh || true
touch "$VENV/.paddlecamp-setup"
echo "==> environment ready: $VENV ($(du -sh "$VENV" | cut -f1))"
