"""The dtype results script: outcome classes, the conclusive pass rate, adding a subset."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "data" / "graphs" / "graphnet_dtype_results.py"


def _module():
    spec = importlib.util.spec_from_file_location("graphnet_dtype_results", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _record(name, cell):
    return {"sample": name, "dtype": {"float16": cell, "bfloat16": cell}}


def test_skipped_and_timed_out_samples_are_not_conclusive(tmp_path):
    mod = _module()
    rows = [_record("a", {"ok": True, "ref_max_abs": 1.0}),
            _record("b", {"ok": False, "error": "accuracy: needs t=2", "class": "dtype:accuracy", "min_t": 2}),
            _record("c", {"ok": False, "error": "skipped: inputs 1.7 GiB over the cap", "class": "skipped:too-large"}),
            _record("d", {"ok": False, "error": "timeout: timed out after 300 s", "class": "timeout"}),
            _record("e", {"ok": False, "error": "runtime: RuntimeError: Float and Half",
                          "class": "dtype:runtime:RuntimeError"})]
    f = tmp_path / "run.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    doc = mod.summarize(f)
    cell = doc["float16"]
    assert doc["samples"] == 5 and cell["ok"] == 1 and cell["conclusive"] == 3  # a, b, e
    assert cell["conclusive_pass_rate"] == round(1 / 3, 4)
    assert cell["classes"]["skipped:too-large"] == 1 and cell["classes"]["runtime:RuntimeError"] == 1
    assert set(cell["not_passing"]) == {"b", "c", "d", "e"}


def test_add_puts_a_subset_into_an_existing_results_file(tmp_path, monkeypatch):
    mod = _module()
    f = tmp_path / "run.jsonl"
    f.write_text(json.dumps(_record("x/y", {"ok": True, "ref_max_abs": 2.0})) + "\n", encoding="utf-8")
    out = tmp_path / "res.json"
    out.write_text(json.dumps({"date": "2026-12-02", "graphnet": {"commit": "abc"}, "torch": "2", "machine": "m",
                               "command": "c", "tolerance": "t", "subsets": {}}), encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["x", "add", "corpus", "--rule", "seeded order", "--column", f"partial={f}",
                                      "--note", "partial=stopped early", "--into", str(out)])
    mod.main()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["subsets"]["corpus"]["partial"]["float16"]["ok"] == 1
    assert "| corpus | partial | float16 | 1/1 |" in out.with_suffix(".md").read_text(encoding="utf-8")
