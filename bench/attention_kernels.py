"""Attention kernels vs PyTorch SDPA: TFLOP/s of the Triton forward/backward (bf16 and fp8).

On a CUDA GPU: the full sweep (N in 1k..16k, D in {64, 128}, causal and not) with
``triton.testing.do_bench``; on CPU: one tiny case in the Triton interpreter, to show the path
runs (no meaningful speed). Prints a table with each kernel's speed ratio against SDPA measured
in the same run, and the headline number (fp8 forward, D=128, N=8192, non-causal) when present.

    python bench/attention_kernels.py [--n 1024,2048] [--dim 128] [--out results.json]
"""
from __future__ import annotations

import argparse
import os
import sys

if not os.environ.get("TRITON_INTERPRET"):
    import shutil
    if shutil.which("nvidia-smi") is None:
        os.environ["TRITON_INTERPRET"] = "1"  # before triton is imported

from paddlecamp.attention import bench  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench.add_arguments(p)
    p.add_argument("--partial-out", default=None, help="JSON file rewritten after each measurement")
    args = p.parse_args(argv)
    rc = bench.main(args)
    if args.out:
        import json

        rows = json.load(open(args.out))["rows"]
        head = [r for r in rows if r["impl"] == "triton" and r["recipe"].startswith("fp8") and r["mode"] == "fwd"
                and r["d"] == 128 and r["n"] == 8192 and not r["causal"]]
        for r in head:
            print(f"headline: {r['recipe']} forward D=128 N=8192 non-causal: {r['tflops']:.0f} TFLOP/s "
                  f"({r['speedup_vs_sdpa']:.2f}x SDPA bf16)")
    return rc


if __name__ == "__main__":
    sys.exit(main())
