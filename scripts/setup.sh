#!/usr/bin/env bash
# Create or refresh the project environment (.venv) from the pinned constraints.
# Idempotent: pip skips what is already installed. Called by `make setup`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
# pip warns about every index location it skips on some machines; keep the log readable.
pip_() { "$VENV/bin/python" -m pip "$@" 2> >(grep -v -E "Location '.*' is ignored" >&2); }

if [ ! -x "$VENV/bin/python" ]; then
  echo "==> creating $VENV with $($PY --version)"
  "$PY" -m venv "$VENV"
fi
echo "==> installing paddlecamp and its pinned dependencies (constraints.txt)"
pip_ install --quiet --upgrade "setuptools>=68" wheel
pip_ install --quiet -c constraints.txt -e .
# ragflow-sdk pins beartype<0.19, which breaks pathway at run time; see README "Known conflicts".
pip_ install --quiet -c constraints.txt --no-deps ragflow-sdk==0.22.1
echo "==> checking dependency consistency (pip check)"
"$VENV/bin/python" scripts/pip_check.py
echo "==> offline models"
"$VENV/bin/paddlecamp" models fetch
bash scripts/system-deps.sh || true
touch "$VENV/.paddlecamp-setup"
echo "==> environment ready: $VENV ($(du -sh "$VENV" | cut -f1))"
