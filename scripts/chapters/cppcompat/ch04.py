"""Chapter 04 of Track 4: auditing the coverage of paddle's C++ compat headers (cells for
cppcompat_chapters.py)."""

FILE = "04-auditing-coverage.ipynb"

CELLS = [
    ("md", """\
# 04 · Auditing coverage: which torch C++ calls does paddle's compat layer take?

Migrating an operator library (DeepGEMM, FlashInfer, pytorch_scatter...) to Paddle by switching
the include path only works if every ATen/c10/torch call the library makes exists in paddle's
`api/include/compat` headers *and* behaves like torch's. One failing call stops the whole build.
Question: **how much of the C++ API that real operator libraries use does paddle 3.3.1 cover,
and where exactly are the gaps?**

The answer is a matrix: a catalogue of probes (one API usage each, taken from what real
extension sources call) × frameworks × {compiles, runs, matches torch}. Torch is the control:
a probe that fails on torch is a bad probe, not a gap."""),
    ("params", """\
SMOKE = True
# probes run live in this notebook (SMOKE: a handful on paddle; otherwise the CI subset, torch too)
LIVE_PROBES = ("zeros", "op_add", "sum_all", "accessor_2d", "index_slice_range", "torch_check_fail")
"""),
    ("code", """\
import inspect
import json
import warnings

warnings.filterwarnings("ignore")
import matplotlib.pyplot as plt
import pandas as pd

from paddlecamp import repo_path
from paddlecamp.cppcompat import audit, audit_report, plots, probes

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
"""),
    ("md", """\
## 1. The catalogue

Each probe is a usage as extension sources write it (the catalogue names where the usages come
from: the CPU kernels of pytorch_scatter, pytorch_cluster, pytorch_sparse, pytorch_spline_conv
and torchvision's NMS), stated as the body of a function over three fixed inputs: `x` (float32, 3×4, with
negatives), `y` (float32, 3×4, positive) and `i` (int64 `[2, 0, 1]`). A Python expression over
torch gives the value the call must return."""),
    ("code", """\
catalogue = probes.load_probes()
per_category = pd.Series([p.category for p in catalogue]).value_counts(sort=False)
print(len(catalogue), "probes in", len(per_category), "categories;",
      sum(p.runnable for p in catalogue), "are executed on CPU")
assert len(catalogue) >= 150
per_category.to_frame("probes").T
"""),
    ("code", """\
by_id = {p.id: p for p in catalogue}
for probe_id in ("sum_dim", "dispatch_floating", "library_def_impl"):
    probe = by_id[probe_id]
    print(f"// {probe.category}: {probe.api}   reference: {probe.reference}")
    print(probe.cpp())
"""),
    ("md", """\
## 2. Compiling 364 probes without 364 compiles

Parsing `torch/extension.h` costs about 13 s and paddle's headers about 3 s, so compiling each
probe alone would take an hour on two cores. The audit writes all probes into **one translation
unit** per framework and runs `g++ -fsyntax-only` once; it then charges every compiler error to
the probe it belongs to: the probe whose lines the error points at, or, for an error inside a
framework header, the probe named by the macro expansion after it or the template instantiation
before it."""),
    ("code", """\
print(inspect.getsource(audit.translation_unit))
"""),
    ("md", """\
The probes that compile are built into one module per framework and called in a child process,
one at a time, each result written before the next call: a probe that crashes the process is
recorded as a crash and the child restarts after it. Live, on a few probes (the first build of a
set takes 10–20 s; later runs come from the cache):"""),
    ("code", """\
live = [by_id[name] for name in LIVE_PROBES] if SMOKE else probes.select(catalogue, "ci")
result = audit.audit(live, only_variants=None if not SMOKE else ["paddle"], progress=False)
rows = []
for probe in live:
    for variant, cells in result.outcomes.items():
        cell = cells[probe.id]
        rows.append({"probe": probe.id, "variant": variant, "status": cell.status,
                     "first error": (cell.error or "")[:90]})
live_table = pd.DataFrame(rows)
live_table
"""),
    ("code", """\
paddle_live = result.outcomes["paddle"]
assert paddle_live["zeros"].status == "pass"
assert paddle_live["op_add"].status == "compile-error" and "operator+" in paddle_live["op_add"].error
assert paddle_live["torch_check_fail"].status == "pass"        # the message reaches Python intact
assert paddle_live["index_slice_range"].status == "runtime-error"
"""),
    ("md", """\
`x + y` does not compile at all, `x.index({Slice(1, 3)})` compiles and fails at run time
(paddle's `Tensor::index` always slices two axes), and a `TORCH_CHECK` failure surfaces as a
Python exception with torch's message.

## 3. The full matrix

The full audit (`make`-level, not CI: `paddlecamp cppcompat audit --shims --json ...`) ran every
probe on torch, paddle and paddle with the shims of chapter 05. The committed result:"""),
    ("code", """\
full = json.loads(repo_path("data", "results", "cppcompat_audit_2026-12-01.json").read_text())
print(full["date"], "|", full["command"])
print({k: v.get("version") for k, v in full["versions"].items()})
table = pd.DataFrame([{"category": r["category"], "probes": r["torch"]["probes"],
                       **{f"{v} c/r/m": audit_report._cell(r[v]) for v in full["variants"]}}
                      for r in audit_report.category_table(full)])
table
"""),
    ("code", """\
totals = {v: audit_report.counts(full, v) for v in full["variants"]}
assert full["bad_probes"] == []                                # the control passes everything it can
assert totals["torch"]["matches"] == totals["torch"]["runnable"]
print("paddle 3.3.1: {compiles}/{probes} compile, {matches}/{runnable} match torch".format(**totals["paddle"]))
"""),
    ("code", """\
plots.coverage_heatmap(full, variants=["torch", "paddle"])
plt.show()
"""),
    ("md", """\
Reading the heatmap: the compat layer covers the *plumbing* an extension needs to get at data
(factories, options, sizes, `data_ptr`, accessors, `TORCH_CHECK`) and almost none of the *tensor
algebra* (arithmetic, math, comparison, reductions, linear algebra: no operators, no methods)
nor the dispatch macros every real kernel uses. Where a call compiles it nearly always matches
torch; the exceptions are the interesting bugs:"""),
    ("code", """\
gaps = pd.DataFrame(audit_report.gaps(full, "paddle"))
print(len(gaps), "gaps on paddle;", gaps["status"].value_counts().to_dict())
gaps[gaps["status"] != "compile-error"][["id", "api", "status", "error"]]
"""),
    ("code", """\
compile_gaps = gaps[gaps["status"] == "compile-error"]
compile_gaps.groupby("category").size().sort_values(ascending=False).to_frame("compile gaps").T
"""),
    ("md", """\
## Summary

- The catalogue has 364 probes in 22 categories; torch passes every probe it can run on CPU
  (the CUDA-only probes are *not applicable* there), so every paddle failure is a gap, not a bad
  probe.
- Paddle 3.3.1's compat headers compile about a third of the usages; what they miss is the
  tensor algebra (operators, methods, `at::` functions), the `AT_DISPATCH_*` macros,
  `ATen/Parallel.h` and parts of the `TORCH_CHECK` family.
- Compiling everything in one translation unit and charging each error to its probe makes the
  audit cost two header parses, not hundreds; running the batch in a child process makes a
  crash cost one probe.
- A few usages compile and then differ: `index({Slice(...)})`, `x[-1]`, `slice` with a step,
  `copy_` across dtypes, `to(x.options())`, `get_device()` on CPU. Those need upstream fixes.

## Exercises

1. Add a probe for a call you know from an extension you use (e.g. `x.index_put_` with a
   tensor index, or `at::native::...`), run `paddlecamp cppcompat audit --only '<id>'` and read
   its first error.
2. The `cuda-streams` row is *not applicable* on this machine. Which of those probes compile
   against paddle anyway, and what would you need to check them against torch?
3. Why does the audit compare with a Python reference instead of with the torch build's own
   output? When would the two disagree?
"""),
]
