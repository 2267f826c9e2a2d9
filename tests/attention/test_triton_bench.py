"""The kernel benchmark's plumbing: argument checks, FLOP counts, and the tiny CPU case."""
from __future__ import annotations

import argparse
import json

import pytest

from paddlecamp.attention import bench


def _args(*argv: str) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    bench.add_arguments(p)
    return p.parse_args(list(argv))


def test_flop_counts_follow_the_flashattention_convention():
    # 4 * B * H * N^2 * D, halved when causal, x2.5 for the backward
    assert bench.flops(2, 3, 1024, 64, False, "fwd") == 4 * 2 * 3 * 1024 * 1024 * 64
    assert bench.flops(2, 3, 1024, 64, True, "fwd") == 2 * 2 * 3 * 1024 * 1024 * 64
    assert bench.flops(1, 1, 100, 128, False, "bwd") == 2.5 * 4 * 100 * 100 * 128


@pytest.mark.parametrize("argv,match", [(("--dim", "32"), "head dims 64 and 128"),
                                        (("--n", "1k"), "comma-separated integers"),
                                        (("--modes", "forward"), "unknown"),
                                        (("--recipes", "fp4-mx"), "unknown")])
def test_bad_arguments_are_reported(argv, match):
    with pytest.raises(ValueError, match=match):
        bench.main(_args(*argv))


def test_tiny_run_writes_json_with_ratios(tmp_path, capsys):
    out = tmp_path / "bench.json"
    # On a GPU this is a real (short) sweep; on CPU the interpreter runs one tiny case.
    assert bench.main(_args("--n", "1024", "--dim", "64", "--causal", "false", "--modes", "fwd",
                            "--recipes", "fp8", "--out", str(out))) == 0
    result = json.loads(out.read_text())
    assert {"device", "torch", "triton", "date"} <= set(result["meta"])
    impls = {(r["impl"], r["recipe"]) for r in result["rows"]}
    assert ("triton", "fp8") in impls and any(i == "sdpa" for i, _ in impls)
    for r in result["rows"]:
        assert r["ms"] > 0 and r["tflops"] > 0
        if r["impl"] == "triton":
            assert r["speedup_vs_sdpa"] > 0
    assert "triton" in capsys.readouterr().out


@pytest.mark.parametrize("recipes", [("fp8-fast", "fp8-fast-2lvl"), ("int8", "fp4")])
def test_forward_only_recipes_run_and_skip_the_backward(tmp_path, recipes):
    out = tmp_path / "bench.json"
    assert bench.main(_args("--n", "1024", "--dim", "64", "--causal", "true", "--modes", "fwd,bwd",
                            "--recipes", ",".join(recipes), "--tune", "recorded",
                            "--out", str(out))) == 0
    rows = json.loads(out.read_text())["rows"]
    fast = {(r["recipe"], r["mode"]) for r in rows if r["impl"] == "triton"}
    assert fast == {(r, "fwd") for r in recipes}
    assert all(r["block_n"] in (64, 128) for r in rows if r["impl"] == "triton")


def test_recorded_tiles_are_read_from_the_recorded_results(repo_root, tmp_path):
    # Read the recorded H200 file here, independently, and compare with what the bench reuses.
    path = repo_root / "data" / "results" / bench.RECORDED_RESULTS
    rows = json.loads(path.read_text())["rows"]
    seen: dict = {}   # key -> {run: set of tiles}
    for r in rows:
        if r["impl"] == "triton" and "block_m" in r:
            # the fast FP8 backward is the one backward with tiles; it has no forward rows
            assert (r["mode"] == "bwd") == (r["recipe"] == "fp8-train-fast"), r
            seen.setdefault((r["recipe"], r["d"], r["causal"]), {}).setdefault(
                r.get("run", ""), set()).add((r["block_m"], r["block_n"], r["num_warps"], r["num_stages"]))
    assert all(len(t) == 1 for runs in seen.values() for t in runs.values())  # one choice per run
    best = bench.recorded_best()
    assert best == {key: next(iter(runs[max(runs)])) for key, runs in seen.items()}
    assert best[("fp8", 128, False)] == (128, 128, 8, 3)   # as the recorded runs printed them
    assert best[("fp8-train-fast", 128, True)] == (128, 128, 8, 3)
    # The TMA forward's first run chose another tile than the later runs; the latest holds.
    tma_runs = seen[("fp8-tma", 128, True)]
    assert tma_runs[min(tma_runs)] == {(64, 128, 4, 3)}
    assert best[("fp8-tma", 128, True)] == (64, 64, 4, 3)
    # Two runs in one file: the later one decides; two choices within one run are an error.
    two = tmp_path / "two.json"
    row = {"impl": "triton", "mode": "fwd", "recipe": "fp8", "d": 64, "causal": True,
           "block_m": 64, "block_n": 32, "num_warps": 4, "num_stages": 2}
    two.write_text(json.dumps({"rows": [{**row, "run": "2026-12-05T00:00:00Z", "block_m": 128},
                                        {**row, "run": "2026-12-04T00:00:00Z"}]}))
    assert bench.recorded_best(two) == {("fp8", 64, True): (128, 32, 4, 2)}
    # A backward row decides only for the backward-only recipe.
    two.write_text(json.dumps({"rows": [row, {**row, "mode": "bwd", "block_m": 32},
                                        {**row, "mode": "bwd", "recipe": "fp8-train-fast"}]}))
    assert bench.recorded_best(two) == {("fp8", 64, True): (64, 32, 4, 2),
                                        ("fp8-train-fast", 64, True): (64, 32, 4, 2)}
    two.write_text(json.dumps({"rows": [row, {**row, "block_m": 128}]}))
    with pytest.raises(ValueError, match="two tile choices in one run"):
        bench.recorded_best(two)
    # Another file, and a missing one (a clear error naming it).
    other = tmp_path / "run.json"
    other.write_text(json.dumps({"rows": [{"impl": "triton", "mode": "fwd", "recipe": "fp8",
                                           "d": 64, "causal": True, "block_m": 64, "block_n": 32,
                                           "num_warps": 4, "num_stages": 2}]}))
    assert bench.recorded_best(other) == {("fp8", 64, True): (64, 32, 4, 2)}
    # A register cap the run chose comes back as the tile's fifth entry.
    other.write_text(json.dumps({"rows": [{**row, "recipe": "fp8-tma-kblock", "maxnreg": 168}]}))
    assert bench.recorded_best(other) == {("fp8-tma-kblock", 64, True): (64, 32, 4, 2, 168)}
    with pytest.raises(ValueError, match="nope.json.*--tune all"):
        bench.recorded_best(tmp_path / "nope.json")
    with pytest.raises(ValueError, match="nope.json"):
        bench.main(_args("--tune", "recorded", "--recorded", str(tmp_path / "nope.json")))
