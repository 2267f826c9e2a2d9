#!/usr/bin/env bash
# Device check for the attention kernels (one short run on a CUDA machine):
#   (a) kernel-vs-emulator correctness on CUDA (forward + gradients, fp8/int8/fp32, bf16 vs SDPA);
#   (b) the benchmark sweep, JSON written to $OUT/attention-bench.json.
# Uses the machine's own python3/torch/triton with the repository's lib/ on the path.
set -o pipefail
OUT=${OUT:-build/gpu-check}
mkdir -p "$OUT"
export PYTHONPATH="$PWD/lib${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
{
  nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv
  ls -la lib/paddlecamp/kernels
  python3 -c "import torch, triton, paddlecamp.kernels.attention as k; print('torch', torch.__version__, 'triton', triton.__version__, torch.cuda.get_device_name(0))"
  echo "== correctness =="
  timeout "${TEST_TIMEOUT:-170}" python3 -m pytest tests/attention/test_triton_kernels.py -q -m "slow or not slow" \
      -n 8 --dist load -p no:randomly -p no:cacheprovider --import-mode=importlib -rfE 2>&1 | tail -40
  echo "tests rc=$?"
  echo "== benchmark =="
  timeout "${BENCH_TIMEOUT:-230}" python3 bench/attention_kernels.py ${BENCH_ARGS:-} \
      --out "$OUT/attention-bench.json" --partial-out "$OUT/attention-bench-partial.json"
  echo "bench rc=$?"
} 2>&1 | tee "$OUT/log.txt"
