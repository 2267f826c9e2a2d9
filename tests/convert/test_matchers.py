"""The project's matchers: each rewrite is checked by running the torch original and the
converted paddle program and comparing values (one conversion batch, one run per side)."""
from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from paddlecamp import repo_path
from paddlecamp.convert.matchers import HELPERS, RULES, Refusal, matcher_for
from paddlecamp.convert.run import prepass

# name -> (torch program, names to compare, matcher that must fire)
SNIPPETS = {
    "sgd_nesterov_wd": ("""
        import torch
        lin = torch.nn.Linear(3, 2)
        lin.weight = torch.nn.Parameter(torch.tensor([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]))
        lin.bias = torch.nn.Parameter(torch.tensor([0.05, -0.05]))
        x = torch.tensor([[1.0, 2.0, -1.0], [0.5, -1.5, 2.0], [3.0, 0.0, 1.0], [-1.0, 1.0, 1.0]])
        y = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]])
        opt = torch.optim.SGD(lin.parameters(), lr=0.05, momentum=0.9, weight_decay=0.01, nesterov=True)
        for _ in range(6):
            opt.zero_grad()
            loss = ((lin(x) - y) ** 2).mean()
            loss.backward()
            opt.step()
        w, b = lin.weight, lin.bias
        """, ["w", "b", "loss"], "SgdMomentumMatcher"),
    "sgd_positional_momentum": ("""
        import torch
        from torch import optim
        p = torch.nn.Parameter(torch.tensor([1.0, -2.0, 3.0]))
        opt = optim.SGD([p], 0.1, 0.8)
        for step in range(5):
            opt.zero_grad()
            loss = (p ** 2 * torch.tensor([1.0, 2.0, 3.0])).sum()
            loss.backward()
            opt.step()
        """, ["p"], "SgdMomentumMatcher"),
    "kl_div_enum": ("""
        import torch
        x = torch.tensor([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]], requires_grad=True)
        t = torch.tensor([[0.3, 0.3, 0.4], [0.6, 0.2, 0.2]])
        none = torch.kl_div(x, t)
        mean = torch.kl_div(x, t, 1)
        total = torch.kl_div(input=x, target=t, reduction=2, log_target=True)
        total.backward()
        g = x.grad
        """, ["none", "mean", "total", "g"], "EnumLoweringMatcher"),
    "resolve_views": ("""
        import torch
        z = torch.tensor([1 + 2j, -3 - 1j])
        a = z.conj().resolve_conj()
        b = torch.resolve_conj(z.conj())
        c = torch.resolve_neg(torch.tensor([1.0, -2.0]))
        """, ["a", "b", "c"], "IdentityMatcher"),
    "entr": ("""
        import torch
        x = torch.tensor([0.0, -2.0, 3.0, 0.25, float("nan")])
        e = torch.special.entr(x)
        ei = torch.special.entr(torch.tensor([0, 1, 2]))
        """, ["e", "ei"], "HelperMatcher"),
    "upsample": ("""
        import torch
        import torch.nn.functional as F
        x = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
        up = F.upsample(x, scale_factor=2, mode="bilinear", align_corners=True)
        """, ["up"], "RenameMatcher"),
    "lazy_norms": ("""
        import torch
        import torch.nn as nn
        x = torch.tensor([[[0.94, 0.73, 0.92], [0.54, 0.33, 0.06]], [[0.38, 0.75, 0.81], [0.76, 0.09, 0.37]]])
        bn = nn.LazyBatchNorm1d(momentum=0.3)
        r1 = bn(x)
        r2 = bn(x * 2)
        r3 = nn.LazyInstanceNorm1d(affine=True)(x)
        r4 = nn.LazyBatchNorm2d(1e-3, dtype=torch.float32)(x.unsqueeze(0))
        """, ["r1", "r2", "r3", "r4"], "LazyModuleMatcher"),
    "median_methods": ("""
        import torch
        x = torch.tensor([[1.5, 1.0, 1.5], [2.0, float("nan"), 1.0], [3.0, 2.0, 2.0]])
        a = x.median(1)
        b = x.median(dim=0, keepdim=True)
        c = x.nanmedian(1)
        """, ["a", "b", "c"], "MethodToFunctionMatcher"),
}
CASES = sorted(p.name for p in repo_path("data", "convert", "run_cases").glob("*.py"))


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """All snippets and the real PaConvert cases converted in one run, each side run once."""
    from paddlecamp.convert.check import names_from_comment, run_files
    from paddlecamp.convert.run import convert

    src = tmp_path_factory.mktemp("torch_src")
    out = tmp_path_factory.mktemp("paddle_out")
    names = {}
    for key, (code, wanted, _) in SNIPPETS.items():
        (src / f"{key}.py").write_text(textwrap.dedent(code), encoding="utf-8")
        names[f"{key}.py"] = wanted
    for name in CASES:
        text = repo_path("data", "convert", "run_cases", name).read_text(encoding="utf-8")
        (src / name).write_text(text, encoding="utf-8")
        names[name] = names_from_comment(text)
    report = convert(src, out, progress=False)
    files = sorted(names)
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(2) as pool:
        ref = pool.submit(run_files, [(str(src / f), names[f]) for f in files])
        got = pool.submit(run_files, [(str(out / f), names[f]) for f in files]) if all(
            (out / f).exists() for f in files) else None
        ref, got = ref.result(), (got.result() if got else None)
    return {"report": {f.path: f for f in report.files}, "names": names,
            "ref": dict(zip(files, ref)), "got": dict(zip(files, got)) if got else {}, "out": out}


def _verdicts(converted, file):
    from paddlecamp.convert.check import compare_runs
    rep = converted["report"][file]
    assert rep.status == "converted", rep.describe()
    assert converted["ref"][file]["ok"], converted["ref"][file]["error"]
    return compare_runs(converted["ref"][file], converted["got"][file], converted["names"][file])


@pytest.mark.parametrize("key", sorted(SNIPPETS))
def test_matcher_output_runs_like_torch(converted, key):
    file = f"{key}.py"
    matcher = SNIPPETS[key][2]
    assert matcher in {a.matcher for a in converted["report"][file].applied}
    verdicts = _verdicts(converted, file)
    assert [v.verdict for v in verdicts] == ["equal"] * len(verdicts), [(v.name, v.detail) for v in verdicts]


@pytest.mark.parametrize("name", CASES)
def test_real_paconvert_cases_convert_and_match_torch(converted, name):
    verdicts = _verdicts(converted, name)
    assert verdicts and all(v.verdict == "equal" for v in verdicts), [(v.name, v.detail) for v in verdicts]


def test_sgd_momentum_becomes_paddle_momentum(converted):
    code = (converted["out"] / "sgd_nesterov_wd.py").read_text(encoding="utf-8")
    call = next(n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)
                and ast.unparse(n.func) == "paddle.optimizer.Momentum")
    kw = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg != "parameters"}
    assert kw == {"learning_rate": 0.05, "momentum": 0.9, "weight_decay": 0.01, "use_nesterov": True}


def _rewrite(src: str):
    return prepass(textwrap.dedent(src))


@pytest.mark.parametrize("src, reason", [
    ("import torch\nopt = torch.optim.SGD([], lr=0.1, momentum=0.9, dampening=0.5)\n", "dampening"),
    ("import torch\nopt = torch.optim.SGD([], 0.1, 0.9, 0.1)\n", "dampening"),
    ("import torch\nopt = torch.optim.SGD([{'params': []}], lr=0.1, momentum=0.9)\n", "parameter groups"),
    ("import torch\nopt = torch.optim.SGD([], lr=0.1, momentum=0.9, maximize=True)\n", "maximize"),
    ("import torch\ny = torch.kl_div(a, b, 'mean')\n", "must be an int"),
    ("import torch\nm = torch.nn.LazyInstanceNorm2d(track_running_stats=True)\n", "track_running_stats=True"),
    ("import torch\nm = torch.nn.LazyBatchNorm1d(momentum=None)\n", "momentum=None"),
    ("import torch\nm = torch.nn.LazyBatchNorm1d(dtype=torch.float64)\n", "float32"),
])
def test_matchers_refuse_what_they_cannot_prove(src, reason):
    p = _rewrite(src)
    assert not p.applied
    assert len(p.refusals) == 1 and reason in p.refusals[0].message and p.refusals[0].line == 2
    assert p.source.splitlines()[1] == src.splitlines()[1]     # left for PaConvert to mark


def test_no_effect_arguments_drop_only_defaults_and_flags():
    p = _rewrite("""
        import torch
        a = torch.optim.Adam(ps, lr=0.1, foreach=None, maximize=False)
        b = torch.optim.Adam(ps, lr=0.1, maximize=True)
        c = torch.autograd.grad([y], [x], None, True, False, True, True)
        """)
    lines = p.source.splitlines()
    assert lines[2].replace(" ", "") == "a=(torch.optim.Adam(ps,lr=0.1))"
    assert "maximize=True" in lines[3]                      # changes the result: kept, PaConvert marks it
    assert lines[4].replace(" ", "") == "c=(torch.autograd.grad([y],[x],None,True,False,allow_unused=True))"


def test_defaults_that_switch_a_behaviour_on_are_kept():
    """cycle_momentum=True is torch's default, but paddle's scheduler cannot cycle momentum:
    dropping it would hide the difference PaConvert flags; svd's compute_uv=True is what
    PaConvert's own rule does when the argument is omitted."""
    p = _rewrite("""
        import torch
        s = torch.optim.lr_scheduler.CyclicLR(opt, 0.01, 0.1, cycle_momentum=True)
        u = torch.svd(a, True, True)
        v = torch.nn.functional.upsample(x, scale_factor=2.0, align_corners=None)
        """)
    lines = p.source.splitlines()
    assert "cycle_momentum=True" in lines[2]
    assert lines[3].replace(" ", "") == "u=(torch.svd(a,True))"
    assert lines[4].replace(" ", "") == "v=(torch.nn.functional.upsample(x,scale_factor=2.0))"


def test_rewrites_keep_line_numbers_and_resolve_aliases():
    src = textwrap.dedent("""\
        import torch.optim as O
        from torch.special import entr
        opt = O.SGD(params,
                    lr=0.1,
                    momentum=0.9)
        e = entr(x)
        """)
    p = prepass(src)
    assert [(a.line, a.torch_api) for a in p.applied] == [(3, "torch.optim.SGD"), (6, "torch.special.entr")]
    body = [ln for ln, orig in zip(p.source.splitlines(), p.line_map) if orig]
    assert len(body) == len(src.splitlines())
    assert "_paddlecamp_entr(x)" in body[5]
    assert ast.parse(p.source)


def test_lowerings_are_exact_in_torch():
    """The lowering half of the argument, in torch alone: kl_div's enum and the entr helper."""
    import torch
    x = torch.tensor([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]])
    t = torch.tensor([[0.3, 0.3, 0.4], [0.6, 0.2, 0.2]])
    for i, name in enumerate(RULES["torch.kl_div"]["enum"]["reduction"]):
        assert torch.equal(torch.kl_div(x, t, i), torch.nn.functional.kl_div(x, t, reduction=name))
    assert torch.equal(torch.kl_div(x, t), torch.kl_div(x, t, RULES["torch.kl_div"]["torch_defaults"]["reduction"]))
    ns: dict = {}
    exec(HELPERS["_paddlecamp_entr"], ns)
    v = torch.tensor([0.0, -1.0, 2.0, 1e-30, float("nan"), float("inf")])
    torch.testing.assert_close(ns["_paddlecamp_entr"](v), torch.special.entr(v), equal_nan=True)
    iv = torch.tensor([0, 1, 3])
    torch.testing.assert_close(ns["_paddlecamp_entr"](iv), torch.special.entr(iv))


def test_rule_table_names_existing_classes_and_apis():
    import torch
    for api, rule in RULES.items():
        assert matcher_for(api) is not None
        obj = torch
        for part in api.split(".")[1:]:
            obj = getattr(obj, part)
    assert isinstance(matcher_for("torch.optim.SGD").rewrite(
        ast.parse("SGD(p, 0.1, 0.9, 0.5)").body[0].value, None), Refusal)
    assert Path(repo_path("data", "convert", "run_cases", "README.md")).exists()
