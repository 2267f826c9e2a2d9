"""Write the Track-2 chapters (notebooks/02-api-compat/*.ipynb) from the cells below.

    .venv/bin/python scripts/chapters/apicompat_chapters.py          # all chapters
    .venv/bin/python scripts/chapters/apicompat_chapters.py 03 05    # some

The notebooks are committed without outputs; edit the cells here, re-run this script,
and run ``pytest tests/notebooks -k 02-api-compat``.
"""
from __future__ import annotations

import sys
from pathlib import Path

from paddlecamp.chapters.authoring import write_chapters

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "notebooks" / "02-api-compat"

SETUP = """\
import warnings
warnings.filterwarnings("ignore")
import inspect
import matplotlib.pyplot as plt
from IPython.display import display
"""

# ============================================================================= 01
CH01 = [
    ("md", """\
# 01 · How Paddle accepts torch-style calls

Most deep-learning code is written against PyTorch. PaddlePaddle's tensor API was designed
separately (`axis` where torch says `dim`, `x` where it says `input`), and for years moving
code meant rewriting calls, by hand or with the PaConvert converter. Paddle 3 takes another
route: **accept the torch spelling directly**, so that much torch code runs with nothing but
`torch` replaced by `paddle`. Question: **which mechanisms make `paddle.sum(input=x, dim=1)`
work, and where do they stop?**

Four mechanisms, from the most local to the most global: Python decorators that rename
keywords, aliases in the C++ argument parser, the `paddle.compat` namespace with torch's
semantics, and a proxy that makes `import torch` return paddle. Then the gaps that remain."""),
    ("params", """\
SMOKE = True
"""),
    ("code", SETUP + """\
import importlib, json, sys
from collections import Counter
import numpy as np
import pandas as pd
import paddle
import torch
from paddlecamp import repo_path
from paddlecamp.apicompat import signatures as S
from paddlecamp.apicompat.patch import resolve

# the same numbers in both frameworks
DATA = [[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]]
x, tx = paddle.to_tensor(DATA), torch.tensor(DATA)

def same(p, t):
    \"\"\"Paddle result p equals torch result t (tensors, or tuples of them).\"\"\"
    if isinstance(t, (tuple, list)):
        return isinstance(p, (tuple, list)) and len(p) == len(t) and all(same(a, b) for a, b in zip(p, t))
    return list(p.shape) == list(t.shape) and np.allclose(p.numpy(), t.numpy())
"""),
    ("md", """\
## 1. Python decorators that rename keywords

Many paddle functions are wrapped by a decorator from `paddle.utils.decorator_utils` that
rewrites torch's keyword names to paddle's before the call: `input` becomes `x`, `dim` becomes
`axis`, `other` becomes `y`. `signatures.paddle_aliases` finds these aliases without calling
anything, by reading the decorators' closures (the `alias_mapping` of a `ParamAliasDecorator`,
the name lists of `param_two_alias`) and the docstrings. A few real functions:"""),
    ("code", """\
rows = []
for name in ["paddle.add", "paddle.cumsum", "paddle.flatten", "paddle.nn.functional.softmax",
             "paddle.transpose", "paddle.sum", "paddle.abs", "paddle.max"]:
    obj = resolve(name)
    aliases, decorators = S.paddle_aliases(obj)
    rows.append({"paddle API": name, "decorators": ", ".join(decorators) or "-",
                 "torch keywords accepted": ", ".join(f"{a}->{p}" for a, p in aliases.items()) or "-",
                 "paddle parameters": ", ".join(inspect.signature(obj).parameters)})
pd.set_option("display.max_colwidth", 80)
pd.DataFrame(rows).set_index("paddle API")
"""),
    ("md", """\
Not every decorator is about names (`transpose_decorator` also accepts torch's two-axis
form, `ForbidKeywordsDecorator` is section 3's subject), but the alias decorators are a few lines
each. `param_two_alias(["x", "input"], ["axis", "dim"])` moves
a torch keyword to the paddle name when the paddle name is not given, and keeps the wrapped
function's signature for `inspect`:"""),
    ("code", """\
from paddle.utils import decorator_utils
print(inspect.getsource(decorator_utils.param_two_alias))
"""),
    ("code", """\
# paddle.cumsum is the decorated wrapper; __wrapped__ is the function underneath
assert same(paddle.cumsum(input=x, dim=1), torch.cumsum(input=tx, dim=1))
try:
    paddle.cumsum.__wrapped__(input=x, dim=1)
except TypeError as e:
    print("without the decorator:", e)
assert same(paddle.flatten(input=x, start_dim=0, end_dim=1), torch.flatten(input=tx, start_dim=0, end_dim=1))
print("paddle.cumsum(input=x, dim=1) and paddle.flatten(input=x, start_dim=0, end_dim=1) match torch")
"""),
    ("md", """\
## 2. Aliases in the C++ argument parser

`paddle.sum` and `paddle.abs` have no Python decorator, yet they accept `input=` and `dim=`.
They are generated forwarders that hand their arguments straight to a C++ function, and the
C++ argument parser knows the aliases. Nothing in Python reveals them (the signature `inspect`
shows is attached for documentation); the docstring documents them (`alias: ``input``.`), which
is where `paddle_aliases` reads them:"""),
    ("code", """\
print(inspect.getsource(paddle.sum))
print("\\n".join(line.strip() for line in paddle.sum.__doc__.splitlines() if "alias" in line.lower())[:600])
print()
assert same(paddle.sum(input=x, dim=1), torch.sum(input=tx, dim=1))
assert same(paddle.sum(input=x, dim=1, keepdim=True), torch.sum(input=tx, dim=1, keepdim=True))
assert same(paddle.abs(input=x), torch.abs(input=tx))
print("paddle.sum(input=x, dim=1) =", paddle.sum(input=x, dim=1).numpy(), "as in torch")
"""),
    ("md", """\
How common are the two mechanisms? The signature audit (chapter 02) records, for each of the
~1,800 torch APIs it checks, the decorators on the paddle namesake and whether its aliases come
from the C++ parser. The committed audit result counts them:"""),
    ("code", """\
audit = json.loads(repo_path("data", "results", "apicompat_audit_2026-12-01.json").read_text(encoding="utf-8"))
decos = Counter(d for r in audit["apis"] for d in r.get("decorators", []))
n_cpp = sum(1 for r in audit["apis"] if r.get("cpp_parser"))
n_alias = sum(1 for r in audit["apis"] if any(n.startswith("alias ") for n in r.get("notes", [])))
top = decos.most_common(10)[::-1] + [("C++ argument parser (docstring aliases)", n_cpp)]
fig, ax = plt.subplots(figsize=(8, 3.6))
ax.barh([k for k, _ in top], [v for _, v in top], color=["#1f78b4"] * (len(top) - 1) + ["#e6550d"])
for i, (_, v) in enumerate(top):
    ax.text(v, i, f" {v}", va="center", fontsize=8)
ax.set_xlabel("paddle namesakes of audited torch APIs"); ax.tick_params(axis="y", labelsize=8)
ax.set_title(f"Decorators on paddle namesakes (blue), C++ parser aliases (orange); {n_alias} APIs take a torch keyword",
             fontsize=9)
fig.tight_layout(); plt.show()
"""),
    ("md", """\
Not every decorator renames keywords. `ForbidKeywordsDecorator` on `paddle.max` and
`paddle.split` does the opposite: it **refuses** `dim=` and points to `paddle.compat`. For these
functions an alias would be wrong, because torch's and paddle's meanings differ (section 5).

## 3. `paddle.compat`: torch's semantics under torch's names

Where torch's behaviour differs, not only its spelling, paddle keeps its own function and adds
a torch-semantics twin in `paddle.compat`: `max`/`min` with `dim` return `(values, indices)`,
`sort` returns both, `split` takes chunk sizes."""),
    ("code", """\
print("paddle.compat:", ", ".join(n for n in ("max", "min", "sort", "median", "nanmedian", "split", "unique",
                                                "slogdet", "equal") if hasattr(paddle.compat, n)))
cases = {
    "max(x, dim=1)": (lambda: paddle.compat.max(x, dim=1), lambda: torch.max(tx, dim=1)),
    "min(x, dim=0)": (lambda: paddle.compat.min(x, dim=0), lambda: torch.min(tx, dim=0)),
    "sort(x, dim=1, descending=True)": (lambda: paddle.compat.sort(x, dim=1, descending=True),
                                        lambda: torch.sort(tx, dim=1, descending=True)),
    "median(x, dim=1)": (lambda: paddle.compat.median(x, dim=1), lambda: torch.median(tx, dim=1)),
    "split(x, 1, dim=0)": (lambda: paddle.compat.split(x, 1, dim=0), lambda: torch.split(tx, 1, dim=0)),
}
rows = []
for call, (p, t) in cases.items():
    got, ref = p(), t()
    rows.append({"call": call, "paddle.compat returns": type(got).__name__, "torch returns": f"{type(ref).__module__}.{type(ref).__name__}",
                 "same values": same(got, ref)})
table = pd.DataFrame(rows).set_index("call")
assert table["same values"].all()
table
"""),
    ("md", """\
## 4. The torch proxy: `paddle.enable_compat()`

The most global mechanism: after `paddle.enable_compat()`, `import torch` returns paddle itself
(an import hook in `sys.meta_path`; the real torch modules are set aside and restored by
`paddle.disable_compat()`). A short list of overrides maps some torch names to their
`paddle.compat` twins. We import through the proxy under another name, so that this notebook's
`torch` stays the real one."""),
    ("code", """\
from paddle.compat import proxy
paddle.enable_compat()
try:
    proxied = importlib.import_module("torch")
    print(f"import torch -> the module {proxied.__name__!r} from {proxied.__file__.split('site-packages/')[-1]}")
    assert proxied.sin is paddle.sin
    print(len(proxy.GLOBAL_OVERRIDES), "overrides, e.g.", [k for k in sorted(proxy.GLOBAL_OVERRIDES) if "functional" in k])
    try:
        proxied.max(proxied.to_tensor(DATA), dim=1)
    except TypeError as e:
        print("torch.max(x, dim=1) through the proxy:", str(e).splitlines()[0])
finally:
    paddle.disable_compat()
assert sys.modules["torch"] is torch                     # the real torch is back
"""),
    ("md", """\
The proxy changes which module `import torch` returns, not what the functions do: `torch.max`
is still `paddle.max`. It is meant for libraries written against torch's *module layout*
(Triton kernels, for example), and it is all or nothing for a process.

## 5. The gaps

Here are the three gaps this track keeps returning to, each next to what torch does:

* `paddle.max(x, dim=1)` is refused; `paddle.max(x, 1)` works but returns only the values
  (paddle's meaning), where torch returns `(values, indices)`.
* `paddle.split(x, 2)` makes **two pieces**; `torch.split(x, 2)` makes pieces **of size 2**.
  The same call, two meanings, which is why `dim=` is refused rather than aliased.
* there is no `paddle.optim`: paddle's optimizers live in `paddle.optimizer`, with other
  constructor arguments (`parameters=`, `learning_rate=`)."""),
    ("code", """\
def outcome(f):
    try:
        r = f()
    except Exception as e:                          # what a swapped call would raise
        return f"{type(e).__name__}: {str(e).splitlines()[0][:70]}"
    if isinstance(r, (tuple, list)):
        return f"{type(r).__name__} of {len(r)}: " + ", ".join(str(list(v.shape)) for v in r)
    return f"Tensor {list(r.shape)}" if hasattr(r, "shape") else repr(r)

y, ty = paddle.arange(12.0).reshape([6, 2]), torch.arange(12.0).reshape(6, 2)
gaps = [
    ("max(x, dim=1)", lambda: paddle.max(x, dim=1), lambda: torch.max(tx, dim=1)),
    ("max(x, 1)", lambda: paddle.max(x, 1), lambda: torch.max(tx, 1)),
    ("split(y, 2, dim=0)", lambda: paddle.split(y, 2, dim=0), lambda: torch.split(ty, 2, dim=0)),
    ("split(y, 2)", lambda: paddle.split(y, 2), lambda: torch.split(ty, 2)),
    ("optim.SGD", lambda: paddle.optim.SGD, lambda: torch.optim.SGD),
]
table = pd.DataFrame([{"call": c, "paddle": outcome(p), "torch": outcome(t)} for c, p, t in gaps]).set_index("call")
assert table.loc["max(x, dim=1)", "paddle"].startswith("TypeError")
assert table.loc["split(y, 2)", "paddle"] != table.loc["split(y, 2)", "torch"]
assert not hasattr(paddle, "optim") and hasattr(paddle, "optimizer")
table
"""),
    ("md", """\
Two kinds of gap show up here. An **error** (`max(x, dim=1)`, `optim`) is easy to see, and a
patch can close it without risk: no paddle code ever made that call. A **silent difference**
(`split(y, 2)`) is worse, because the swapped code runs and computes something else. A
compat layer must never change what a paddle-native call means, so it can only give torch's
meaning where the call itself says torch (a `dim=` keyword, a torch-only argument).

## Summary

* Paddle accepts many torch spellings already: Python decorators (`ParamAliasDecorator`,
  `param_one_alias`, `param_two_alias`, ...) rename keywords, and the C++ argument parser has
  aliases of its own (`paddle.sum(input=x, dim=1)`), documented only in docstrings.
* Where torch's *meaning* differs, paddle keeps its function, refuses torch's keywords
  (`ForbidKeywordsDecorator`) and offers a twin in `paddle.compat` (`max`, `min`, `sort`,
  `median`, `split`, ...).
* `paddle.enable_compat()` makes `import torch` return paddle: a module-level proxy, not a
  change of semantics.
* What remains: refused keywords, same calls with other meanings, missing modules such as
  `torch.optim`. Chapter 02 measures them across all APIs.

## Exercises

1. Find three more paddle functions with a `ParamAliasDecorator` (hint: `S.paddle_aliases` over
   `dir(paddle)`). Which torch keywords do they accept?
2. `paddle.sum(x, 1, True)`: is the third positional argument `keepdim` as in torch? Read the
   note in `paddle.sum.__doc__` about `dtype` and `keepdim`.
3. Call `paddle.compat.split(y, [1, 5], dim=0)` and `torch.split(ty, [1, 5])`. Then
   `paddle.split(y, [1, 5])`. Which of paddle's two meanings does a list select?
4. With `paddle.enable_compat(scope={"mylib"})`, which modules see the proxy? Try it with a
   small module of your own that does `import torch`."""),
]

# ============================================================================= 02
CH02 = [
    ("md", """\
# 02 · Auditing signatures across ~1,800 APIs

Chapter 01 showed the mechanisms one function at a time. Question: **for every torch API
PaConvert knows, how does its paddle namesake differ, and where are the differences
concentrated?**

`audit.run_audit()` compares each torch API (PaConvert's mapping plus `torch.Tensor`'s public
members) with the same name under `paddle`, **without calling anything**: signatures come from
`inspect`, from the first line of a builtin's docstring, or from PaConvert's argument lists;
paddle's aliases from chapter 01 count as the same name."""),
    ("params", """\
SMOKE = True
PATTERN = None        # a glob or substring to audit fewer APIs, None: all of them
"""),
    ("code", SETUP + """\
import json, time
import pandas as pd
from paddlecamp import repo_path
from paddlecamp.apicompat import audit as A, plots
"""),
    ("code", """\
t = time.perf_counter()
result = A.run_audit(PATTERN)
seconds = time.perf_counter() - t
meta, summary, records = result["meta"], result["summary"], result["apis"]
print(f"{meta['n_apis']} torch APIs audited in {seconds:.1f} s (torch {meta['torch']}, paddle {meta['paddle']}, "
      f"PaConvert {meta['paconvert']}); {meta['n_from_paconvert']} from PaConvert's mapping")
"""),
    ("md", """\
## 1. The categories

Each API gets one category, **the worst difference found**. The categories follow the official
torch-to-paddle mapping documents (written in Chinese; their names are given with each), so that
the audit can be checked against them:

| category (worst first) | mapping docs | a torch call written by keyword ... |
| --- | --- | --- |
| missing in paddle | 功能缺失 | fails: no such name |
| unknown (no signature) | - | cannot be judged statically |
| usage differs / different type | 输入参数用法不一致 / 类型不一致 | binds, but an argument means something else |
| argument order differs | - | binds by keyword, not by position |
| torch has more parameters | torch 参数更多 | fails when it passes a torch-only parameter |
| default values differ | 参数默认值不一致 | binds, computes something else when defaults are used |
| only parameter names differ | 仅参数名不一致 | fails when it passes a keyword by torch's name |
| paddle has more parameters | paddle 参数更多 | works |
| no difference | API 完全一致 | works |

The last two are **compatible**: every call written for torch binds the same way in paddle.
Paddle's `name=None` (static-graph op naming) does not count as a difference."""),
    ("code", """\
order = [ns for ns in A.NAMESPACES if ns in summary["by_namespace"]]
fig = plots.plot_categories(summary["by_namespace"], order,
                            f"{meta['n_apis']} torch APIs against their paddle namesakes")
display(fig); plt.close(fig)
rows = []
for ns in order:
    counts = summary["by_namespace"][ns]
    rows.append({"namespace": ns, "APIs": sum(counts.values()), "missing": counts.get(A.MISSING, 0),
                 "compatible": f"{plots.compatible_share(counts):.0%}"})
by_ns = pd.DataFrame(rows).set_index("namespace")
assert by_ns["APIs"].sum() == meta["n_apis"]
by_ns
"""),
    ("md", """\
The picture has three regions. The big namespaces (`torch`, `torch.Tensor`, `torch.nn`) are a
patchwork: a quarter to a half compatible, a fifth to a third of the names missing, the rest in
between. In `torch.nn.functional` the largest group is **argument order**: paddle's functional
API orders optional parameters differently, so positional calls mis-bind even where the names
match. `torch.linalg` is mostly **torch has more parameters** (`out=`, `atol=`), and `torch.fft`
mostly **default values differ**, where the difference is only in the text: torch's
`norm=None` *means* `"backward"`, paddle's default. And whole namespaces are **missing**
(`torch.optim`, `torch.distributions`, `torch.utils.data`, most of `torch.special`), because
paddle has them under other names (`paddle.optimizer`, `paddle.distribution`, `paddle.io`)."""),
    ("md", """\
## 2. Records

Each record keeps both signatures, the differences and where the torch signature came from.
One example per category:"""),
    ("code", """\
by_api = {r["api"]: r for r in records}
examples = ["torch.nn.functional.gelu", "torch.sum", "torch.max", "torch.linalg.pinv", "torch.split",
            "torch.Tensor.add", "torch.abs", "torch.optim.SGD", "torch.fft.fft"]
rows = [{"api": a, "category": by_api[a]["category"], "torch": by_api[a].get("torch_sig", ""),
         "paddle": by_api[a].get("paddle_sig", ""), "differences": "; ".join(by_api[a].get("diffs", []))[:90]}
        for a in examples if a in by_api]
pd.set_option("display.max_colwidth", 90)
pd.DataFrame(rows).set_index("api")
"""),
    ("md", """\
`torch.sum` shows that a category is about **calls**, not names: with the aliases `input->x`
and `dim->axis` every keyword call binds, but `keepdim` is the third positional parameter in
torch and the fourth in paddle, so `torch.sum(x, 1, True)` passes `True` as paddle's `dtype`.
(Paddle's `sum` actually accepts both orders, as its docstring notes; a static audit cannot
know that, which is why chapter 03 *runs* the calls.)

## 3. Against PaConvert's judgement

PaConvert marks a large share of APIs as "change the prefix only" (`ChangePrefixMatcher`): its
authors judged the paddle namesake good enough. How does that judgement compare with the audit?
(The audit also counts the APIs that would be compatible but for torch's `out=`, which almost no
model code uses; there are only a handful.)"""),
    ("code", """\
print(f"compatible: {summary['compatible']} APIs; {summary['compatible_but_out']} more differ only by torch's out=")
cp = summary["paconvert_change_prefix"]
total_cp = sum(cp.values())
fig, ax = plt.subplots(figsize=(8, 3))
cats = [c for c in A.CATEGORIES if cp.get(c)][::-1]
ax.barh(cats, [cp[c] for c in cats], color=[plots.CATEGORY_COLORS[c] for c in cats])
for i, c in enumerate(cats):
    ax.text(cp[c], i, f" {cp[c]}", va="center", fontsize=8)
ax.set_xlabel("APIs"); ax.tick_params(axis="y", labelsize=8)
ax.set_title(f"The {total_cp} APIs PaConvert converts by changing the prefix only, by audit category", fontsize=10)
fig.tight_layout(); plt.show()
agree = sum(cp.get(c, 0) for c in A.COMPATIBLE) / total_cp
print(f"the audit finds {agree:.0%} of them compatible as they are")
"""),
    ("md", """\
Only about half of the prefix-only APIs are compatible by signature: PaConvert relies on
calls that use only the common part of the signature (and on behaviour a signature cannot
show, such as paddle's `sum` accepting both argument orders). The audit is stricter, by design:
it reports what **some** torch call would break on.

## 4. Against the committed result

The full audit is committed as `data/results/apicompat_audit_2026-12-01.{json,md}`. With the
same torch, paddle and PaConvert versions, a fresh run gives the same categories:"""),
    ("code", """\
committed = json.loads(repo_path("data", "results", "apicompat_audit_2026-12-01.json").read_text(encoding="utf-8"))
old = {r["api"]: r["category"] for r in committed["apis"]}
now = {r["api"]: r["category"] for r in records}
common = set(old) & set(now)
changed = sorted(a for a in common if old[a] != now[a])
print(f"committed: {committed['meta']['n_apis']} APIs (paddle {committed['meta']['paddle']}); this run: {len(now)}; "
      f"{len(changed)} of {len(common)} in both changed category")
for a in changed[:10]:
    print(f"  {a}: {old[a]} -> {now[a]}")
"""),
    ("md", """\
## Summary

* A static audit of ~1,800 APIs takes seconds: signatures from `inspect`, docstrings and
  PaConvert's argument lists; paddle's keyword aliases count as the same name.
* About a third of the APIs are compatible as they are; the rest split into missing names,
  torch-only parameters, renamed parameters and different argument orders, with very different
  mixes per namespace.
* A category says which torch calls *could* fail. Whether they do, and whether the values
  agree, needs running them: chapter 03.

## Exercises

1. Audit only `torch.nn.functional` (`PATTERN = "torch.nn.functional.*"`). Which APIs differ
   only by argument order? Would a keyword-only call work for them?
2. How many `missing in paddle` APIs exist in paddle under another module (`paddle.io`,
   `paddle.distribution`, `paddle.optimizer`)? Write the mapping.
3. List the APIs whose category is `default values differ`. For which of them would a call
   that relies on the default compute a different result?"""),
]

# ============================================================================= 03
CH03 = [
    ("md", """\
# 03 · Differential testing: running torch-style calls on both frameworks

A signature says what *could* go wrong; only running a call says what does, and whether the
values agree. Question: **if we write calls the way torch users write them, how many run
under paddle with only the prefix swapped, and give torch's numbers?**

`diffexec` generates the calls from each API's torch signature, runs each one under torch and,
prefix swapped, under paddle, in isolated worker processes, and compares the results the way
PaConvert's own tests do."""),
    ("params", """\
SMOKE = True
PATTERN = "torch.linalg.matrix_*"   # APIs to run: 4 in SMOKE; e.g. "torch.linalg.*" or "torch.*" for more
"""),
    ("code", SETUP + """\
import json
from collections import Counter
import numpy as np
import pandas as pd
from paddlecamp import repo_path
from paddlecamp.apicompat import audit as A, diffexec as D, plots, swap
from paddlecamp.apicompat import signatures as S

if not SMOKE and PATTERN == "torch.linalg.matrix_*":
    PATTERN = "torch.linalg.*"
"""),
    ("md", """\
## 1. Calls in four styles

For each API with a known torch signature, `calls_for` writes up to four snippets: the
required arguments by **position**, by **keyword**, by keyword in **reversed** order, and with
torch's common optional arguments (`dim=`, `keepdim=`). Each assigns `result`, the name that
is compared. Here is what it writes for `torch.sum`:"""),
    ("code", """\
rec = A.run_audit("torch.sum")["apis"][0]
print("torch signature:", rec["torch_sig"], "\\n")
for style, code in D.calls_for(rec["api"], S.Sig(S.parse_params(rec["torch_sig"][1:-1]), "audit")).items():
    print(f"--- {style}\\n{code}")
"""),
    ("md", """\
## 2. Input domains

A call is only a fair test if its inputs are valid for both frameworks. `domain` picks the
input family from the API's name: positive numbers for logarithms and roots, (-1, 1) for inverse
trigonometry, integers for bitwise and counting operations, booleans for logical ones, and
symmetric positive definite matrices for linear algebra (so that `cholesky`, `inv` and friends
are defined). Inputs are literal tensors written into the code, so both frameworks see the same
numbers."""),
    ("code", """\
audit = json.loads(repo_path("data", "results", "apicompat_audit_2026-12-01.json").read_text(encoding="utf-8"))
funcs = [r["api"] for r in audit["apis"] if "torch_sig" in r and r.get("kind", "").startswith("function")
         and (r["api"].count(".") == 1 or r["api"].startswith(D.FUNC_PREFIXES))]
doms = Counter(D.domain(a) for a in funcs)
fig, ax = plt.subplots(figsize=(7, 2.6))
names = [d for d, _ in doms.most_common()]
ax.bar(names, [doms[d] for d in names], color="#1f78b4")
for i, d in enumerate(names):
    ax.text(i, doms[d], str(doms[d]), ha="center", va="bottom", fontsize=8)
ax.set_yscale("log"); ax.set_ylabel("APIs"); ax.set_ylim(1, 5 * max(doms.values()))
ax.set_title(f"Input domains of the {len(funcs)} function-like APIs with a torch signature", fontsize=10)
fig.tight_layout(); plt.show()
for api in ("torch.log", "torch.acosh", "torch.bitwise_and", "torch.linalg.cholesky"):
    print(f"{api:24s} {D.domain(api):9s} {D.literal(api, 'input', 0)[:70]}")
"""),
    ("md", """\
## 3. Running a family

`diffexec.run(pattern)` audits the matching APIs, writes their calls and runs them through the
suite's workers: each worker imports torch and paddle once, runs the torch original, then the
swapped code, and compares. A call that crashes or hangs kills only its worker, which restarts.
(`jobs=1`: one worker; the full run uses more and caches results in a JSONL file.)"""),
    ("code", """\
summary = D.run(PATTERN, jobs=1)
print(f"{PATTERN}: {summary['apis_run']} APIs run, {summary['apis_not_generated']} without generated calls "
      f"{summary['not_generated']}, {summary['seconds']:.0f} s")
fig = plots.plot_diffexec(summary, f"{PATTERN}: torch-style calls under torch and swapped under paddle")
display(fig); plt.close(fig)
"""),
    ("code", """\
rows = [{"api": api, "verdict": d["verdict"], **{s: d["styles"].get(s, "") for s in ("positional", "keyword", "reordered", "optional")},
         "first error": (d["first_error"] or "")[:100]} for api, d in sorted(summary["apis"].items())]
table = pd.DataFrame(rows).set_index("api")
assert sum(summary["verdicts"].values()) == summary["apis_run"] == len(table)
table
"""),
    ("md", """\
Three outcomes can appear besides `pass` (a larger `PATTERN` shows all of them):

* `torch_error`: **torch itself** rejects the call, so it is not valid torch and is excluded.
  A builtin's docstring can name a parameter differently from its C++ binding (the docs of
  `torch.linalg.matrix_exp` say `A`, the binding takes `input=`), and a generated value can be
  invalid for the API (`dim=1` for `matrix_norm`, which needs two dims).
* `error`: paddle raises (a missing name, a keyword it does not take). These are what the
  signature audit predicts.
* `mismatch`: both run, the results differ. The audit cannot see these at all.

## 4. Same signature, different values

A mismatch is the interesting case: nothing fails, and the numbers differ. We re-run the
mismatching calls here, plus `torch.linalg.cross` (positional), and measure how large the
difference is."""),
    ("code", """\
def rerun(api, style):
    \"\"\"Re-run one generated call under both frameworks in this process; the size of the difference.\"\"\"
    rec = A.run_audit(api)["apis"][0]
    code = D.calls_for(api, S.Sig(S.parse_params(rec["torch_sig"][1:-1]), "audit"))[style]
    ref, got = swap.run_original(code, ["result"]), swap.run_swapped(code, ["result"])
    a, b = ref["results"]["result"].get("array"), got["results"]["result"].get("array")
    rel = float((np.abs(a - b) / np.maximum(np.abs(a), 1e-30)).max()) if a is not None and b is not None else None
    return code, {"api": api, "style": style, "dtype": str(getattr(a, "dtype", "-")),
                  "largest relative difference": rel,
                  "passes at rtol=1e-6": swap.compare_results(ref["results"], got["results"])[0]["ok"],
                  "passes at rtol=1e-5": swap.compare_results(ref["results"], got["results"], rtol=1e-5)[0]["ok"]}

mism = [(api, s) for api, d in sorted(summary["apis"].items()) for s, st in d["styles"].items() if st == "mismatch"]
codes, rows = {}, []
for api, style in dict.fromkeys(mism + [("torch.linalg.cross", "positional")]):
    codes[api], row = rerun(api, style)
    rows.append(row)
diffs = pd.DataFrame(rows).set_index("api")
assert diffs.loc["torch.linalg.cross", "largest relative difference"] > 0.1      # not a rounding difference
diffs["largest relative difference"] = [f"{v:.1e}" if v == v and v is not None else "-"
                                        for v in diffs["largest relative difference"]]
print(codes["torch.linalg.cross"])
print(f"one float32 ulp at 1.0 is {np.finfo(np.float32).eps:.1e}")
diffs
"""),
    ("md", """\
Two very different mismatches:

* **A few ulps** (`matrix_exp`, and `pinv` in the full `torch.linalg` run): the two frameworks
  compute with different algorithms or libraries (scaling and squaring with a Padé approximant,
  an SVD), and float32 rounding differs. PaConvert's default tolerance (`rtol=1e-6`, `atol=0`)
  is tighter than float32 linear algebra can promise; at `rtol=1e-5` they pass. A tolerance
  question, not a bug.
* **Of order one** (`cross`): the signatures match, `(input, other, dim)` against
  `(x, y, axis)`, but the **defaults mean different things**: torch's `dim=-1` crosses along the
  last axis, paddle's `axis=9` means "the first axis of length 3". On a 3 x 3 matrix the two
  compute different products. The audit calls this "default values differ"; only running it
  shows that the result changes.

The comparison reports the kind of each mismatch (`value`, `shape`, `dtype`, `type`), and the
size of a value difference tells the two cases apart.

## Summary

* `diffexec` turns each torch signature into calls in four styles, with inputs from a domain
  chosen per API family, and runs them under both frameworks in isolated workers.
* Calls that torch rejects are excluded; of the rest, paddle errors are the gaps the audit
  predicted, and mismatches are what only execution finds.
* Float32 linear algebra differs between the frameworks by a few ulps; a fair comparison needs
  a tolerance that float32 can meet.

## Exercises

1. Run `PATTERN = "torch.special.*"`. Which errors are missing names, which are keywords?
2. For the `torch_error` calls, check with `inspect.signature` or a try/except in torch which
   parameters are positional-only. Should `calls_for` skip the keyword style for builtins?
3. Add a domain for `torch.linalg.solve_triangular` (an upper triangular matrix with a
   non-zero diagonal) and run it."""),
]

# ============================================================================= 04
CH04 = [
    ("md", """\
# 04 · From a gap to a patch to a test

Chapters 02 and 03 found the gaps; this chapter closes one. Question: **how do we make a
torch-style call work on paddle without changing what any paddle-style call means, and how do
we know it worked?**

The gap: `torch.max(x, dim=1)` returns `(values, indices)`; swapped to `paddle.max(x, dim=1)`
it raises. We write the patch live, compare it with torch, check that paddle's own calls are
untouched, and undo it. Then we look at the patches the compat layer registers, and switch them
all on around a swapped snippet."""),
    ("params", """\
SMOKE = True
"""),
    ("code", SETUP + """\
import pandas as pd
import paddle
import paddlecamp.apicompat
from paddlecamp.apicompat import plots, swap
from paddlecamp.apicompat.patch import Patcher

assert not paddlecamp.apicompat.is_enabled()
stock_max = paddle.max
pd.set_option("display.max_colwidth", 90)

def differential(code, names=("result",)):
    \"\"\"Run torch code under torch and, prefix swapped, under the current paddle; compare.\"\"\"
    ref, got = swap.run_original(code, list(names)), swap.run_swapped(code, list(names))
    if not got["ok"]:
        return "error: " + got["error"]["message"].splitlines()[0][:70]
    bad = [r for r in swap.compare_results(ref["results"], got["results"]) if not r["ok"]]
    return "pass" if not bad else f"mismatch ({bad[0]['kind']})"
"""),
    ("md", """\
## 1. The gap, measured

Four torch calls of `max` and what the prefix swap makes of them today:"""),
    ("code", """\
HEAD = "import torch\\nx = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])\\n"
CALLS = ["torch.max(x, dim=1)", "torch.max(x, dim=0, keepdim=True)", "torch.max(input=x, dim=1)", "torch.max(x)",
         "torch.max(x, 1)"]
before = {c: differential(HEAD + f"result = {c}\\n") for c in CALLS}
pd.DataFrame({"stock paddle": before})
"""),
    ("md", """\
`torch.max(x)` (the maximum of all elements) already works. The keyword calls fail, and the
positional `torch.max(x, 1)` runs but returns only the values: a **mismatch** (type). That one
we must leave alone: `paddle.max(x, 1)` is what paddle code writes, and it means values only.
The keyword `dim=` (and `input=`) is the signal that the caller speaks torch.

## 2. The patch

A `Patcher` records every change it makes, so that `undo()` restores exactly what was there.
`wrap` replaces `paddle.max` by a function of the original; the new function sends torch's
keywords to `paddle.compat.max` (torch's semantics, chapter 01) and everything else to paddle's
own `max`:"""),
    ("code", """\
TORCH_ONLY = {"dim", "input", "out"}          # keywords paddle.max does not have

def torch_style_max(paddle_max):
    def max(*args, **kwargs):
        if TORCH_ONLY & kwargs.keys():
            return paddle.compat.max(*args, **kwargs)
        return paddle_max(*args, **kwargs)
    return max

p = Patcher()
p.wrap(paddle, "max", torch_style_max)
print(paddle.max is stock_max, paddle.max.__wrapped__ is stock_max)
"""),
    ("md", """\
## 3. The test: torch's results, and paddle's unchanged

Two checks, and a patch must pass both. **Differential**: the torch-style calls now give torch's
results. **Native style**: every paddle-style call gives exactly what it gave before the
patch."""),
    ("code", """\
after = {c: differential(HEAD + f"result = {c}\\n") for c in CALLS}
table = pd.DataFrame({"stock paddle": before, "patched": after})
assert all(after[c] == "pass" for c in CALLS if "dim=" in c)
display(table)

x = paddle.to_tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
NATIVE = {"max(x)": lambda f: f(x), "max(x, 1)": lambda f: f(x, 1), "max(x, axis=0)": lambda f: f(x, axis=0),
          "max(x, axis=1, keepdim=True)": lambda f: f(x, axis=1, keepdim=True),
          "max(x=x, axis=[0, 1])": lambda f: f(x=x, axis=[0, 1])}
for call, f in NATIVE.items():
    new, old = f(paddle.max), f(stock_max)
    assert new.shape == old.shape and bool((new == old).all()), call
print("paddle-style calls unchanged:", ", ".join(NATIVE))
"""),
    ("code", """\
p.undo()
assert paddle.max is stock_max
print("undone:", differential(HEAD + "result = torch.max(x, dim=1)\\n"))
"""),
    ("md", """\
This is the whole method of the compat layer, in small: find a gap (audit, differential run,
PaConvert's suite), decide from the **call** whether it speaks torch, route only those calls,
prove both properties with a test, keep it undoable. The patch is not registered here; the
registered one for `max`/`min` does the same in `paddlecamp/apicompat/families/`.

## 4. The registered patches

`paddlecamp.apicompat.patches()` lists every patch registered in the families of
`paddlecamp.apicompat.families`: what it changes in paddle (`target`), which torch APIs it makes
work, its kind, and why it exists."""),
    ("code", """\
ps = paddlecamp.apicompat.patches()
fig = plots.plot_patches(ps)
display(fig); plt.close(fig)
table = pd.DataFrame([{"patch": q.name, "family": q.family, "kind": q.kind, "target": q.target[:50],
                       "torch APIs": len(q.apis)} for q in ps]).set_index("patch")
print(f"{len(ps)} patches, {table['torch APIs'].sum()} torch APIs")
table.head(12)
"""),
    ("code", """\
for q in ps:
    if "torch.max" in q.apis:
        print(f"{q.name} [{q.kind}] {q.target}\\nwhy: {q.why}\\n")
        print(inspect.getsource(q.install)[:1500])
"""),
    ("md", """\
## 5. All patches at once, around a swapped snippet

`enable()` applies every registered patch (one that fails is reported and skipped, the others
still apply); as a context manager it undoes them all on exit. `swap.run_swapped(code, names)`
runs torch code with the prefix swapped, inside the block, and returns the named results as
plain data."""),
    ("code", """\
SNIPPET = '''\\
import torch
x = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
values, indices = torch.max(x, dim=1)
order = torch.sort(x, dim=1, descending=True).indices
parts = torch.split(x, 1, dim=0)
total = torch.sum(input=x, dim=1, keepdim=True)
'''
NAMES = ["values", "indices", "order", "parts", "total"]

def per_name(got, ref):
    if not got["ok"]:
        return {n: "error: " + got["error"]["message"].splitlines()[0][:60] for n in NAMES}
    return {r["name"]: "pass" if r["ok"] else f"mismatch ({r['kind']})" for r in swap.compare_results(ref["results"], got["results"])}

ref = swap.run_original(SNIPPET, NAMES)
stock = swap.run_swapped(SNIPPET, NAMES)
with paddlecamp.apicompat.enable() as handle:
    print(handle, "failed:", handle.failed or "none")
    compat = swap.run_swapped(SNIPPET, NAMES)
    for call, f in NATIVE.items():                  # the registered patches keep paddle's meaning too
        new, old = f(paddle.max), f(stock_max)
        assert new.shape == old.shape and bool((new == old).all()), call
assert not paddlecamp.apicompat.is_enabled() and paddle.max is stock_max
pd.DataFrame({"stock paddle": per_name(stock, ref), "with enable()": per_name(compat, ref)})
"""),
    ("md", """\
On stock paddle the snippet stops at its first line (`dim=`); with the patches it runs, and
each result is compared with torch's. Inside the block the paddle-style `max` calls of section 3
still give paddle's results, and when the block ends, paddle is exactly the stock paddle
again.

## Summary

* A compat patch routes a call to torch's semantics only when the call itself is torch-style
  (a keyword paddle does not have), so paddle-native code keeps its meaning.
* Each patch is tested twice: differentially against torch, and against stock paddle for the
  paddle-style calls.
* `Patcher` records every change, so `undo()` and `disable()` restore paddle exactly;
  `with enable():` patches a block.

## Exercises

1. Write the same patch for `paddle.min` and test it with the five calls above.
2. `torch.max(x, y)` (two tensors) is the elementwise maximum. What does your patched
   `paddle.max(x, y)` do? Should the patch route it, and on what evidence?
3. Patch `paddle.split` so that `dim=` gives torch's chunk-size meaning. Which paddle-style
   calls must you test to be sure nothing else changed?"""),
]

# ============================================================================= 05
CH05 = [
    ("md", """\
# 05 · The scoreboard before and after

Question: **how much more of PaConvert's own test suite passes under the prefix swap with the
compat layer on, and does the gain hold on test files nobody looked at while writing patches?**

PaConvert ships about 11,000 test cases, each a torch snippet with named results. The suite
runner (`paddlecamp.apicompat.suite`) runs every case under torch, then prefix swapped under
paddle, and compares, once on stock paddle and once with `enable()`. Test files are split by a
hash of their name: 70% **dev** (patches were written against these) and 30% **test** (frozen).
The project's own snippet corpus is a second, independent check."""),
    ("params", """\
SMOKE = True
RESULTS_DIR = None          # None: the repository's data/results/
DATE = "2026-12-01"
# the live comparison: PaConvert test files kept as fixtures, and the cases SMOKE takes from each
FIXTURES = {"test_max.py": [4, 5, 6], "test_split.py": [0, 1], "test_utils_data_TensorDataset.py": [0, 1]}
"""),
    ("code", SETUP + """\
import pandas as pd
from paddlecamp import repo_path
from paddlecamp.apicompat import plots, suite
pd.set_option("display.max_colwidth", 80)

RESULTS = repo_path("data", "results") if RESULTS_DIR is None else RESULTS_DIR
data = plots.load_results(RESULTS, DATE)      # names any missing file and how it is made
stock, compat, corpus = data["stock"]["summary"], data["compat"]["summary"], data["corpus"]
print(f"stock: {data['stock'].get('date')}, {stock['cases_counted']:,} cases counted; "
      f"compat: {data['compat'].get('date')}, {compat['cases_counted']:,} cases counted")
"""),
    ("md", """\
## 1. Pass rate per namespace"""),
    ("code", """\
fig = plots.plot_pass_rates({"stock paddle": stock, "with enable()": compat},
                            "PaConvert's suite under the prefix swap: pass rate per namespace (cases)")
display(fig); plt.close(fig)
rates = plots.pass_rates({"stock": stock, "compat": compat})
table = pd.DataFrame(rates).T
table["gain (points)"] = (100 * (table["compat"] - table["stock"])).round(1)
for run, s in (("stock", stock), ("compat", compat)):
    full = {"all": s.get("apis_fully_passing")} | {ns: d.get("apis_fully_passing") for ns, d in s["namespaces"].items()}
    apis = {"all": s.get("apis_total")} | {ns: d.get("apis") for ns, d in s["namespaces"].items()}
    table[f"APIs fully passing ({run})"] = [f"{full.get(ns)}/{apis.get(ns)}" for ns in table.index]
print(f"overall: {stock['pass_rate']:.1%} -> {compat['pass_rate']:.1%} of the cases")
for col in ("stock", "compat"):
    table[col] = [f"{v:.1%}" if v == v and v is not None else "-" for v in table[col]]
table
"""),
    ("md", """\
## 2. Dev against the frozen test split

Patches are written by looking at failing **dev** cases. If they were fitted to those cases,
the gain would shrink on **test**; if they close real gaps of the API, it holds."""),
    ("code", """\
splits = {}
if "summary_by_split" in data["stock"]:
    splits["stock paddle"] = data["stock"]["summary_by_split"]
if "summary_by_split" in data["compat"]:
    splits["with enable()"] = data["compat"]["summary_by_split"]
if splits:
    fig = plots.plot_split_rates(splits, reference={"stock paddle, all files": stock["pass_rate"]})
    display(fig); plt.close(fig)
    for run, by in splits.items():
        print(run + ": " + ", ".join(f"{s} {d['pass_rate']:.1%} ({d['cases_counted']:,} cases)" for s, d in by.items()))
else:
    print("the result files have no summary_by_split: run the suite with --split dev and --split test")
"""),
    ("md", """\
## 3. The project's own corpus

PaConvert's cases were written by PaConvert's authors, for their converter. The project's
corpus (`data/apicompat/corpus/`) is torch code written here, as a model author would write it:
the same measurement on snippets nobody chose for the suite."""),
    ("code", """\
fig = plots.plot_pass_rates({"stock paddle": corpus["stock"], "with enable()": corpus["compat"]},
                            "The project's corpus under the prefix swap (snippets)")
display(fig); plt.close(fig)
print(f"corpus: {corpus['stock']['pass_rate']:.1%} -> {corpus['compat']['pass_rate']:.1%} "
      f"of {corpus['compat'].get('cases_counted', '?')} snippets")
"""),
    ("md", """\
## 4. What still fails

The most frequent paddle APIs in the remaining errors, and the error categories, before and
after:"""),
    ("code", """\
cats = pd.DataFrame({"stock": stock.get("error_categories", {}), "compat": compat.get("error_categories", {})}).fillna(0).astype(int)
display(cats)
pd.DataFrame(compat.get("top_error_apis", [])[:12], columns=["paddle API (with enable())", "errors"]).set_index("paddle API (with enable())")
"""),
    ("md", """\
## 5. A live mini-comparison

The recorded numbers come from a run of hours. The same machinery, on a few of PaConvert's test
files kept as fixtures in `tests/apicompat/fixtures/paconvert/`, stock and with `enable()`
(one worker each):"""),
    ("code", """\
folder = repo_path("tests", "apicompat", "fixtures", "paconvert")
cases = []
for name, picked in FIXTURES.items():
    found, problems = suite.extract_cases(folder / name)
    found = [c for c in found if c.skip is None]
    cases += [found[i] for i in picked if i < len(found)] if SMOKE else found
print(len(cases), "cases from", ", ".join(FIXTURES))
live = {}
for label, on in (("stock paddle", False), ("with enable()", True)):
    live[label] = suite.run_cases(cases, jobs=1, compat=on, progress=False)
summaries = {label: suite.summarize(rows) for label, rows in live.items()}
fig = plots.plot_pass_rates(summaries, f"{len(cases)} PaConvert cases, run live")
display(fig); plt.close(fig)
"""),
    ("code", """\
rows = {}
for label, recs in live.items():
    for r in recs:
        rows.setdefault(r["id"], {"api": r["api"]})[label] = r["status"]
        if r["status"] not in ("pass", "torch_error"):
            rows[r["id"]][label + ": why"] = (r.get("message") or r.get("detail") or "")[:70]
cmp = pd.DataFrame.from_dict(rows, orient="index").fillna("")
assert len(cmp) == len(cases)
cmp
"""),
    ("md", """\
Each row is one PaConvert case, run twice. The errors of stock paddle (a refused `dim=`, a
missing `paddle.utils.data`) are the gaps the earlier chapters found; with `enable()` most of
them pass. A case that stays a mismatch under `enable()`, such as a positional
`torch.split(a, 2)`, is usually the price of the native-style guarantee: the same call means
something else in paddle, and a patch may not change what paddle code means."""),
    ("md", """\
## Summary

* The compat layer is measured the way it was built: PaConvert's own cases under a pure
  prefix swap, stock paddle against `enable()`, per namespace.
* The frozen test split guards against patches fitted to the cases they were written for; the
  project's corpus is a second check on code nobody chose for the suite.
* What is left is listed by paddle API and error category: the next patches to write.

## Exercises

1. Pick the namespace with the smallest gain. Which paddle APIs dominate its errors, and is
   the gap a missing name, a keyword, or a meaning?
2. Run the live comparison on all fixture files (`SMOKE = False`). Which cases does
   `enable()` change from `error` to `mismatch`, and why is that progress?
3. Compare dev and test per namespace. Where does the gain drop most on test?"""),
]

CHAPTERS: dict[str, tuple[str, list]] = {
    "01": ("01-how-paddle-accepts-torch-calls.ipynb", CH01),
    "02": ("02-auditing-signatures.ipynb", CH02),
    "03": ("03-differential-testing.ipynb", CH03),
    "04": ("04-from-a-gap-to-a-patch.ipynb", CH04),
    "05": ("05-the-scoreboard.ipynb", CH05),
}


if __name__ == "__main__":
    for path in write_chapters(FOLDER, CHAPTERS, sys.argv[1:]):
        print(path.relative_to(REPO))
