"""Chapter 05 of Track 3: writing a new matcher (cells for paconvert_chapters.py)."""

FILE = "05-writing-a-new-matcher.ipynb"

CELLS = [
    ("md", """\
# 05 · Writing a new matcher

When PaConvert meets a call it cannot convert, it copies the torch line into the output behind
`>>>>>>`, and the output is no longer a Python file. PaConvert's own tests list such calls,
marked `unsupport=True`: the maintainers' record of what the converter cannot do yet. Question:
**what does it take to turn one of those `>>>>>>` lines into a correct conversion, and how much
does a handful of new rules gain on cases we did not write?**

The recipe: rank the constructs by how often they are marked, take one, find out in torch
alone what it means, write the rule (data plus one behaviour class), prove it with a
differential test (run torch and the converted paddle code, compare values), and measure on
PaConvert's own cases."""),
    ("params", """\
SMOKE = True
# the real PaConvert case this chapter converts (data/convert/run_cases)
CASE = "kl_div_grad.py"
"""),
    ("code", """\
import inspect
import json
import tempfile
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
import matplotlib.pyplot as plt
import pandas as pd
import torch
from IPython.display import Markdown, display

from paddlecamp import repo_path
from paddlecamp.convert import check as C
from paddlecamp.convert import matchers as M
from paddlecamp.convert import run as R

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
RESULTS = json.loads(repo_path("data", "results", "convert_run_2026-12-01.json").read_text())
work_dir = tempfile.TemporaryDirectory(prefix="ch05-")
work = Path(work_dir.name)
"""),
    ("md", """\
## 1. Which `>>>>>>` lines are worth a rule

`paddlecamp.convert.run_corpus` read every case of PaConvert's `tests/test_*.py` (templated
optimizer cases expanded), converted all of them with plain PaConvert, and counted the
`unsupport=True` cases whose output is still marked, by the API under test. The record is in
`data/results/convert_run_2026-12-01.json`:"""),
    ("code", """\
u = RESULTS["summary"]["unsupported"]
top = pd.Series(u["plain_marked_top"])
print(f"{u['cases']} cases marked unsupport=True; plain PaConvert leaves {u['cases'] - u['plain_valid']} of them invalid")
ax = top[::-1].plot.barh(figsize=(7, 4.5), title="unsupport=True cases still marked >>>>>> (plain PaConvert), by API")
ax.set_xlabel("cases")
plt.tight_layout()
plt.show()
assert u["plain_valid"] <= 2
"""),
    ("md", """\
Some of the top entries are hard (CUDA-only APIs, sparse tensors). Others are small:
`torch.kl_div` (the ATen-level op, 10 cases), the six lazy normalization modules (6 cases each),
`Tensor.median(dim)`. Take `torch.kl_div`.

## 2. A real `>>>>>>` line

A real case from PaConvert's tests, kept as a fixture with its source line and licence:"""),
    ("code", """\
case_src = repo_path("data", "convert", "run_cases", CASE).read_text()
print(case_src)
converted, failed, _ = R.paconvert_files({CASE: case_src}, work / "plain", single=True)
print(converted[CASE])
print("PaConvert's log:", failed)
assert any(ln.startswith(R.UNSUPPORTED_MARK) for ln in converted[CASE].splitlines())
"""),
    ("md", """\
## 3. What the torch call means

Before writing anything, settle the semantics **in torch alone**. `torch.kl_div` is the ATen
operator behind `torch.nn.functional.kl_div`. Its `reduction` is the integer enum ATen uses
(0 none, 1 mean, 2 sum), not the string the functional takes, and its default is 0:"""),
    ("code", """\
x = torch.tensor([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]])
t = torch.tensor([[0.3, 0.3, 0.4], [0.6, 0.2, 0.2]])
for i, name in enumerate(["none", "mean", "sum"]):
    same = torch.equal(torch.kl_div(x, t, i), torch.nn.functional.kl_div(x, t, reduction=name))
    print(f"torch.kl_div(x, t, {i}) == F.kl_div(x, t, reduction={name!r}): {same}")
    assert same
print("default is 0 ('none'):", torch.equal(torch.kl_div(x, t), torch.kl_div(x, t, 0)))
try:
    torch.kl_div(x, t, "mean")
except TypeError as e:
    print("a string reduction:", e)
kl_rows = [r for r in RESULTS["rows"] if r["api"] == "torch.kl_div"]
with_str = [r for r in kl_rows if r["refusals"]]
print(f"PaConvert's torch.kl_div cases: {len(kl_rows)}, passing reduction as a string: {len(with_str)}")
assert len(kl_rows) == 10 and len(with_str) == 6
"""),
    ("md", """\
So the exact rewrite is a **lowering** to torch code PaConvert already converts with its own,
tested rule: `torch.kl_div(x, t, 1)` -> `torch.nn.functional.kl_div(x, t, reduction="mean")`.
Six of PaConvert's ten `torch.kl_div` cases pass the reduction as a string. Under torch 2.13
those programs raise TypeError, so the matcher refuses them: turning a program that fails
into one that runs is not a conversion.

## 4. The rule and its class

Like PaConvert, the project keeps rules as data and behaviour in classes. The rule for
`torch.kl_div`:"""),
    ("code", """\
print(json.dumps(M.RULES["torch.kl_div"], indent=1))
print(inspect.getsource(M.EnumLoweringMatcher))
"""),
    ("md", """\
The matcher binds the call to torch's `args_list` (as PaConvert's `GenericMatcher` does),
replaces the enum with its name, and returns a new call, or a `Refusal` with a reason. It runs
**before** PaConvert, on the torch AST, where every alias still resolves (`run.py` explains
why). The rewritten call is spliced into the original text with its line count kept, so a line
PaConvert reports is still a line of the user's file:"""),
    ("code", """\
pre = R.prepass(case_src)
print(pre.source)
print("applied:", pre.applied)
assert [a.matcher for a in pre.applied] == ["EnumLoweringMatcher"]
"""),
    ("md", """\
## 5. The differential test

Convert with the matcher, then run the torch original and the converted file, each in its own
process, and compare the names the case compares (`# paddlecamp: check y, x_grad`: the
loss and the gradient that flows back through it):"""),
    ("code", """\
(work / "src").mkdir()
(work / "src" / CASE).write_text(case_src)
report = R.convert(work / "src" / CASE, work / "out.py", progress=False)
print(report.files[0].status)
print((work / "out.py").read_text())
verdicts = C.check(work / "src" / CASE, work / "out.py")
print("\\n".join(C.format_results(verdicts)))
assert [v.verdict for v in verdicts] == ["equal", "equal"]
"""),
    ("md", """\
And a call the rule must not touch is reported with its file, line and reason, and no file is
written:"""),
    ("code", """\
(work / "src" / "str_reduction.py").write_text("import torch\\nx = torch.rand(3)\\ny = torch.kl_div(x, x, 'mean')\\n")
bad = R.convert(work / "src" / "str_reduction.py", work / "bad.py", progress=False)
print("\\n".join(bad.files[0].describe()))
assert not (work / "bad.py").exists() and bad.files[0].problems[0].line == 3
"""),
    ("md", """\
The other matchers follow the same pattern. The one the track started from, `torch.optim.SGD`
with momentum, has no torch spelling PaConvert converts, so it writes paddle directly; its
docstring carries the argument for why the two update rules are the same recurrence (and why
`dampening != 0` is refused). The test suite trains a layer six steps on both sides and
compares the parameters."""),
    ("code", """\
print(inspect.getsource(M.SgdMomentumMatcher))
"""),
    ("md", """\
## 6. What the rules gain on cases we did not write

The same corpus run converted every case twice (plain PaConvert, and `convert run`), then
executed the `unsupport=True` cases that now convert, and every other case a matcher touched,
under torch and under paddle. Two details keep the comparison honest: an `unsupport=True` case
never ran in PaConvert's CI and carries no tolerance, so it gets the tolerance the maintainers
give most often to the same file's other cases; and the torch original runs twice, so a case
whose results are random (fresh weights, `torch.rand` inputs) is set apart instead of being
counted as a mismatch."""),
    ("code", """\
s = RESULTS["summary"]
u, a = s["unsupported"], s["affected"]
table = pd.DataFrame({
    "cases": [u["cases"], a["cases"]],
    "valid Python, plain PaConvert": [u["plain_valid"], a["plain_valid"]],
    "valid Python, convert run": [u["ours_valid"], a["ours_valid"]],
    "torch original fails here": [u["ours_valid_torch_error"], a["torch_error"]],
    "random (two torch runs differ)": [u["ours_valid_random"], a["random"]],
    "same results as torch, ours": [u["ours_pass"], a["ours_pass"]],
    "differ, ours": [u["ours_fail"], "-"],
    "... equal at float32 rounding": [u["ours_fail_equal_at_float32"], "-"],
    "same results as torch, plain": ["-", a["plain_pass"]],
}, index=["unsupport=True cases", "other cases a matcher rewrote"])
display(table.T)
print("regressions (plain passes, ours does not):", a["regressions"])
assert not a["regressions"]
assert u["ours_pass"] + u["ours_fail"] + u["ours_valid_torch_error"] + u["ours_valid_random"] == u["ours_valid"]
"""),
    ("code", """\
by_matcher = pd.Series(u["by_matcher"]).sort_values()
ax = by_matcher.plot.barh(figsize=(7, 3.5), title="unsupport=True cases converted, by the project's matcher")
ax.set_xlabel("cases")
plt.tight_layout()
plt.show()
rows = [r for r in RESULTS["rows"] if r["unsupport"] and r.get("ours_pass") is False and not r.get("random")]
print(f"{len(rows)} converted cases differ from torch:")
for r in rows[:8]:
    print(" ", r["id"], "|", r.get("ours_detail", "")[:150])
rounding = [r for r in rows if r.get("ours_pass_float32")]
no_matcher = [r for r in rows if not r["applied"]]
print(f"{len(rounding)} of them are equal at float32 rounding (rtol 1e-5, atol 1e-6);",
      f"{len(no_matcher)} had no matcher applied (plain PaConvert converts it the same way):",
      [r["id"] for r in no_matcher])
"""),
    ("md", """What is left is instructive. The rounding cases are the 2-D lazy norms compared at PaConvert's
default tolerance (rtol 1e-6, atol 0), which these files never set because all their cases
were `unsupport=True`: paddle's and torch's BatchNorm2d/InstanceNorm2d kernels differ in the
last bits (about 1e-7). The case without a matcher is `Tensor.retains_grad`, which PaConvert
already converts to a name Paddle 3.3.1 does not have. And the cases where *the torch original*
fails are test cases that no longer run on torch 2.13 (`capturable=True` on CPU, `align_corners`
with `mode="nearest"`): PaConvert never executes its `unsupport=True` cases, so nobody noticed."""),
    ("md", """\
## Summary

* A `>>>>>>` line becomes a rule in four steps: find what torch does (in torch alone), choose
  the rewrite (lower to torch PaConvert already converts, write paddle directly, or insert a
  small helper written in torch), refuse what cannot be proved, and test by running both sides.
* Rules are data (`RULES`), behaviour is one class per kind of rule, as in PaConvert; a
  refusal is reported with file, line and reason, never as a broken file.
* Measured on PaConvert's own `unsupport=True` cases and on every other case the matchers
  touched (the table above, read from the results file), with no regression.

## Exercises

1. `torch.chain_matmul(*matrices)` is marked because the arguments are unpacked. Write a
   `HelperMatcher` rule with a helper that folds `torch.matmul` over the matrices. What must it
   do for a single matrix, where `torch.linalg.multi_dot` would raise?
2. `torch.svd(A, compute_uv=False)` returns zero-filled `U` and `V`. Write the helper, and
   decide what `some` means in that case (read torch's documentation).
3. The LazyBatchNorm rule inherits PaConvert's BatchNorm mapping. Write a differential test
   that trains two steps and then evaluates in `eval()` mode. What does `--check` report, and
   which buffer differs?
"""),
]
