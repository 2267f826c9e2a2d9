#!/usr/bin/env bash
# Device check for the attention forward kernels (one short run on a CUDA machine):
#   (a) kernel-vs-emulator correctness on CUDA for the forward variants (exact fp8/int8/fp32
#       kernel, rounding helper, and the fast fp8 path), while the sweep's kernels compile in
#       parallel processes (Triton's on-disk cache then serves the sweep);
#   (b) the forward sweep (SDPA bf16, Triton bf16, exact fp8, fp8-fast, the exact int8 kernel with
#       per-tile P on the int8 MMA, and packed-FP4 Q/K),
#       JSON written to $OUT/attention-bench.json (and a partial file after every row);
#   (c) the fast path's accuracy probe (vs the emulator and fp64) and one warp-specialized
#       timing, JSON in $OUT/attention-fast-probe.json;
#   (d) the FP8-dot backward (fp8-train: dV, dK, dQ as e4m3 dots, scales outside the dot):
#       its kernel-vs-emulator tests run with (a); the backward sweep (SDPA bf16, Triton bf16,
#       the dequantizing fp8 backward, fp8-train) writes $OUT/attention-bench-bwd.json;
#   (e) the TMA forward (fp8-tma; fp8-tma-kblock with one K scale per 128 keys; -ws and -persist,
#       warp specialization and persistent programs, on request) is tested against the pointer
#       kernel and the emulator with (a) and swept with (b);
#   (f) the torch GPT at the GPU size trained with our attention on the Triton kernels (fp8-train,
#       fp8) against its own fp32 SDPA, JSON in $OUT/attention-models-gpu.json, and fp8-train
#       with the PyTorch emulator on the GPU (the recipe without the kernels), JSON in
#       $OUT/attention-models-gpu-emulate.json; and fp8-train on backend triton-fast (the TMA
#       forward and the fast FP8 backward), $OUT/attention-models-gpu-fast.json.
#   (g) the fast FP8 backward (fp8-train-fast, kernels/attention/bwd_fast.py): its CUDA tests run
#       with (a), its tiles compile in the background and are tuned in the backward sweep (d);
#   (h) a CUDA profile of the fast backward's kernels at N=8k, $OUT/attention-bwd-profile.json.
# A recipe list "none" skips that model run; TEST_K overrides the tests' -k selection.
# The run prepared on 2026-12-05 (no GPU was lent then) for the TMA-fed, in-place fast backward
# and the register-capped TMA forward, about 5 minutes:
#   PARTS="tests fwd bwd profile models" TEST_K="fast_fp8_backward or tma" \
#   BENCH_ARGS="--n 8192,16384 --dim 128 --causal both --modes fwd --recipes fp8-tma-kblock --tune all" \
#   BWD_TIMEOUT=110 MODEL_RECIPES=none EMULATE_RECIPES=none MODELS_TIMEOUT=90 bash scripts/gpu_check.sh
# PARTS selects the steps (default "tests fwd probe bwd profile models").
# Uses the machine's own python3/torch/triton with the repository's lib/ on the path.
# Knobs: BENCH_ARGS (sweep arguments), TEST_TIMEOUT, PRECOMPILE_TIMEOUT, BENCH_TIMEOUT,
# PROBE_TIMEOUT, BWD_TIMEOUT, MODELS_TIMEOUT, MODEL_STEPS (seconds and steps; the defaults keep
# the whole check under about 7 minutes).
set -o pipefail
OUT=${OUT:-build/gpu-check}
mkdir -p "$OUT"
export PYTHONPATH="$PWD/lib${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
BENCH_ARGS=${BENCH_ARGS:---n 2048,8192,16384 --dim 128,64 --causal both --modes fwd --recipes bf16,fp8,fp8-fast,int8,fp4,fp8-tma,fp8-tma-kblock --tune recorded}
PARTS=" ${PARTS:-tests fwd probe bwd profile models} "
part() { [[ "$PARTS" == *" $1 "* ]]; }
# bench_call SECONDS "function(args)": one paddlecamp.attention.bench function, its JSON printed.
bench_call() {
  timeout "$1" python3 -c "
import json; from paddlecamp.attention import bench
print(json.dumps(bench.$2, indent=1))"
}
# The backward sweep tunes the fast backward's tile space (its kernels changed after the
# recorded runs); the exact FP8-dot backward (fp8-train, 59 ms a call at N=8k) is left out.
BWD_ARGS=${BWD_ARGS:---n 2048,8192,16384 --dim 128 --causal both --modes bwd --recipes fp8-train-fast --tune all}
{
  date -u +"start %Y-%m-%dT%H:%M:%SZ"
  nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv
  python3 -c "import torch, triton; print('torch', torch.__version__, 'triton', triton.__version__, torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'no GPU')"
  if part tests; then
  echo "== precompile (background) + forward correctness =="
  timeout "${PRECOMPILE_TIMEOUT:-120}" python3 bench/attention_kernels.py $BENCH_ARGS --precompile 10 --precompile-only \
      > "$OUT/precompile.log" 2>&1 &
  pc=$!
  if part bwd; then   # the fast backward's tiles compile meanwhile too
    timeout "${PRECOMPILE_TIMEOUT:-120}" python3 bench/attention_kernels.py $BWD_ARGS --precompile 6 --precompile-only \
        > "$OUT/precompile-bwd.log" 2>&1 &
  fi
  timeout "${TEST_TIMEOUT:-110}" python3 -m pytest tests/attention/test_triton_kernels.py tests/attention/test_triton_fast.py tests/attention/test_triton_tma.py tests/attention/test_triton_bwd_fast.py \
      -q -m "not slow" -k "${TEST_K:-round_to_grid or forward_matches_emulator or forward_p_quantization or forward_uint8 or per_tile or packed_fp4 or fast or fp8_dot or backward_matches_emulator or tma}" \
      -n 6 --dist load -p no:randomly -p no:cacheprovider --import-mode=importlib -rfE 2>&1 | tail -40
  echo "tests rc=$?"
  wait $pc; echo "precompile rc=$?"; wait
  grep -h "precompiled\|Error" "$OUT"/precompile*.log | head -20
  fi
  if part fwd; then
  date -u +"bench %H:%M:%SZ"
  echo "== forward sweep =="
  timeout "${BENCH_TIMEOUT:-120}" python3 bench/attention_kernels.py $BENCH_ARGS \
      --out "$OUT/attention-bench.json" --partial-out "$OUT/attention-bench-partial.json"
  echo "bench rc=$?"
  fi
  if part probe; then
  date -u +"probe %H:%M:%SZ"
  echo "== fast-path probe =="
  bench_call "${PROBE_TIMEOUT:-30}" "probe_fast(out='$OUT/attention-fast-probe.json')"
  echo "probe rc=$?"
  fi
  if part bwd; then
  date -u +"backward %H:%M:%SZ"
  echo "== backward sweep (FP8-dot backward: fp8-train) =="
  timeout "${BWD_TIMEOUT:-70}" python3 bench/attention_kernels.py $BWD_ARGS \
      --out "$OUT/attention-bench-bwd.json" --partial-out "$OUT/attention-bench-bwd-partial.json"
  echo "backward bench rc=$?"
  fi
  if part profile; then
  date -u +"profile %H:%M:%SZ"
  echo "== fast backward: CUDA time per kernel =="
  bench_call "${PROFILE_TIMEOUT:-60}" "profile_backward(out='$OUT/attention-bwd-profile.json')"
  echo "profile rc=$?"
  fi
  if part models; then
  date -u +"models %H:%M:%SZ"
  echo "== torch GPT on the GPU: our attention on the Triton kernels vs fp32 SDPA =="
  for run in "auto ${MODEL_RECIPES:-fp8-train,fp8} attention-models-gpu" \
             "triton-fast ${FAST_RECIPES:-fp8-train} attention-models-gpu-fast" \
             "emulate ${EMULATE_RECIPES:-fp8-train} attention-models-gpu-emulate"; do
    set -- $run
    [ "$2" = "none" ] && continue
    timeout "${MODELS_TIMEOUT:-100}" python3 -c "
import sys; from paddlecamp.cli import main
sys.exit(main(['attention', 'models', '--frameworks', 'torch', '--device', 'cuda', '--gpu-size',
               '--backend', '$1', '--recipes', '$2', '--steps', '${MODEL_STEPS:-300}',
               '--record', '$OUT/$3.json']))"
    echo "models ($1 $2) rc=$?"
  done
  fi
  for f in attention-bench attention-bench-bwd; do   # at most 8 files come back
    [ -s "$OUT/$f.json" ] && rm -f "$OUT/$f-partial.json"
  done
  date -u +"end %H:%M:%SZ"
} 2>&1 | tee "$OUT/log.txt"
