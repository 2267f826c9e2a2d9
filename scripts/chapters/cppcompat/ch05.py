"""Chapter 05 of Track 4: closing a gap with a header-only shim, measured by the audit (cells for
cppcompat_chapters.py)."""

FILE = "05-closing-a-gap-with-a-shim.ipynb"

CELLS = [
    ("md", """\
# 05 · Closing a gap with a shim

Chapter 04 found that paddle 3.3.1's compat layer rejects `x + y`, `x.sum(1)` and
`at::matmul(a, b)`: the most common lines of any operator source. Paddle's own C++ API can do
all three (`paddle::experimental::add`, `sum`, `matmul`); only the torch spelling is missing.
Question: **can a header-only addition, built on paddle's API and included in front of paddle's
headers, close such gaps without touching the extension's sources or paddle's headers, and does
the result behave like torch?** We follow one gap from the failing probe to the shim to the
passing probe, then measure what all the shims together gain."""),
    ("params", """\
SMOKE = True
# the gap followed through the chapter (probe ids of the catalogue)
GAP_PROBES = ("op_add", "at_matmul", "sum_dim")
"""),
    ("code", """\
import json
import warnings

warnings.filterwarnings("ignore")
import matplotlib.pyplot as plt
import pandas as pd

from paddlecamp import repo_path
from paddlecamp.cppcompat import audit, audit_report, plots, probes

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
by_id = {p.id: p for p in probes.load_probes()}
gap = [by_id[name] for name in GAP_PROBES]
for probe in gap:
    print(probe.cpp())
"""),
    ("md", """\
## 1. The failing probes

A syntax check is enough to see the gap (about 3 s for paddle's headers):"""),
    ("code", """\
before = audit.syntax_check(audit.Variant("paddle"), gap)
for probe_id, error in before.items():
    print(f"{probe_id:>10}: {error}")
assert all(error is not None for error in before.values())
"""),
    ("md", """\
## 2. The shim

Two kinds of gap need two techniques.

*Free functions and operators* (`at::matmul`, `x + y`) can be added from outside: they live in
namespace `at`, and argument-dependent lookup finds an `operator+` declared there. The shim is a
one-line call into paddle's API:"""),
    ("code", """\
functions_h = (audit.shims_dir() / "paddlecamp" / "functions.h").read_text()
for line in functions_h.splitlines():
    if line.startswith(("inline Tensor operator+(const Tensor& a, const Tensor& b)", "inline Tensor matmul(")):
        print(line)
methods_h = (audit.shims_dir() / "paddlecamp" / "tensor_methods.h").read_text()
start = methods_h.index("inline Tensor TensorBase::add(const Tensor& other")
print(methods_h[start:methods_h.index("}", start) + 1])
start = methods_h.index("inline Tensor TensorBase::sum(at::IntArrayRef dim")
print(methods_h[start:methods_h.index("}", start) + 1])
"""),
    ("md", """\
*Methods* (`x.add(y)`, `x.sum(1)`) cannot be added to a class from outside. But paddle's
`at::Tensor` derives from `at::TensorBase`, declared in `ATen/core/TensorBase.h`. The shim
directory holds a header of that name, found first on the include path: it includes paddle's
own `TensorBase` under another name (`#include_next` with a macro rename) and defines
`at::TensorBase` as a thin subclass that declares the missing methods. `at::Tensor` then
inherits them; their definitions come after `at::Tensor` is complete, from the shadow
`ATen/core/TensorBody.h`. Paddle's headers stay untouched:"""),
    ("code", """\
shadow = (audit.shims_dir() / "ATen" / "core" / "TensorBase.h").read_text()
print(shadow[shadow.index("#define TensorBase"):shadow.index("#include <optional>")])
print(shadow[shadow.index("class TensorBase : public"):shadow.index("  // paddle's TensorBase::to")])
print("flags:", audit.shim_flags())
"""),
    ("md", """\
## 3. The same probes, with the shims

The audit compiles, builds, runs and compares the gap probes again with the shims in front of
paddle's headers (first build of this set: 10–20 s, then cached):"""),
    ("code", """\
result = audit.audit(gap, shims=True, only_variants=["paddle+shims"], progress=False)
references = audit.references(gap)
rows = []
for probe in gap:
    cell = result.outcomes["paddle+shims"][probe.id]
    value = references[probe.id]
    rows.append({"probe": probe.id, "before": "compile-error", "with shims": cell.status,
                 "torch reference": value["values"][:4], "shape": value["shape"]})
pd.DataFrame(rows)
"""),
    ("code", """\
assert all(result.outcomes["paddle+shims"][p.id].status == "pass" for p in gap)
"""),
    ("md", """\
`pass` means: compiled with paddle's headers plus the shims, ran inside a module built against
paddle, and returned torch's values, shape and dtype.

## 4. What all the shims gain

The committed full audit ran all probes with and without the shims (`--shims`):"""),
    ("code", """\
full = json.loads(repo_path("data", "results", "cppcompat_audit_2026-12-01.json").read_text())
totals = {v: audit_report.counts(full, v) for v in full["variants"]}
pd.DataFrame(totals).T[["probes", "runnable", "compiles", "runs", "matches"]]
"""),
    ("code", """\
gain = {m: totals["paddle+shims"][m] - totals["paddle"][m] for m in ("compiles", "runs", "matches")}
closed = audit_report.closed_by_shims(full)
print("gain:", gain, "| probes closed:", len(closed))
assert set(GAP_PROBES) <= set(closed)
assert gain["matches"] > 0 and totals["paddle+shims"]["matches"] <= totals["torch"]["matches"]
plots.shim_gain_bars(full)
plt.show()
"""),
    ("md", """\
## 5. What a shim cannot close

Some gaps sit inside members paddle's `at::Tensor` already declares (a shim can add methods to
the base class, not change the derived class's), or in behaviour rather than spelling:"""),
    ("code", """\
remaining = pd.DataFrame(audit_report.gaps(full, "paddle+shims"))
remaining[["id", "category", "status", "error"]]
"""),
    ("md", """\
`x.index({Slice()})`, `x[-1]`, `slice` with a step, `copy_` across dtypes and `to(x.options())`
are paddle's own members and behave differently from torch; the `caffe2::TypeMeta` family,
`c10::Half` from float and `Scalar::toDouble` are type-level differences. Those belong upstream,
and the audit's gap list is the issue list.

## Summary

- A gap in *spelling* (the operation exists in paddle's C++ API) closes with a header-only shim:
  free functions and operators in namespace `at`, methods through a shadow `ATen/core/TensorBase.h`
  that subclasses paddle's class.
- The audit verifies each shim against torch with the same probes that found the gap; the
  committed run measures the gain per category (arithmetic, math, comparison, reductions, linear
  algebra and dispatch go from zero to almost complete).
- Gaps in *behaviour* of members paddle already declares stay open; the gap list is what
  upstream should fix.

## Exercises

1. Add `x.index_put_({...}, value)` to the shims (paddle has `index_put`); which probe turns
   green, and which `index` probes still fail, and why?
2. The shims' `parallel_for` runs serially. Write a probe that would tell a serial from a
   parallel implementation, and argue whether the audit should count it as a match.
3. `operator-(Scalar, Tensor)` is written as `neg().add(a)`. Find an input where that differs
   from torch's `a - x` in floating point, or argue that none exists.
"""),
]
