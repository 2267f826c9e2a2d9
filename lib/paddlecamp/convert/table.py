"""The torch->paddle mapping table and one mapping doc per API, in the official format.

PaddlePaddle/docs publishes the PyTorch-Paddle API mapping table (grouped by namespace: torch.XX,
torch.nn.XX, torch.Tensor.XX, ...) and behind each row a mapping doc: the category in the title,
both signatures in code blocks, one sentence, and a parameter table that lists every torch
parameter once. Here both are generated from :mod:`paddlecamp.convert.categories` (the
category, its evidence and the parameter pairing) so that nothing in them is typed by hand:

    DIR/README.md                               the table, with counts per category
    DIR/api_difference/<folder>/<torch api>.md  one doc per API
    DIR/updates.md                              mapping updates the data supports
    DIR/table.json                              everything above as data

An API that either library lacks is still listed, with what is known and the problem named.
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from collections import Counter

from paddlecamp.convert import categories as C

# (prefix, section title, doc folder), most specific first; the order of the official table
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("torch.nn.functional.", "torch.nn.functional.XX", "functional"),
    ("torch.nn.init.", "torch.nn.init.XX", "init"),
    ("torch.nn.utils.", "torch.nn.utils.XX", "utils"),
    ("torch.nn.Module.", "torch.nn.Module.XX", "nn"),
    ("torch.nn.", "torch.nn.XX", "nn"),
    ("torch.Tensor.", "torch.Tensor.XX", "Tensor"),
    ("torch.autograd.", "torch.autograd.XX", "others"),
    ("torch.cuda.", "torch.cuda.XX", "cuda"),
    ("torch.distributed.", "torch.distributed.XX", "distributed"),
    ("torch.distributions.", "torch.distributions.XX", "distributions"),
    ("torch.fft.", "torch.fft.XX", "fft"),
    ("torch.hub.", "torch.hub.XX", "hub"),
    ("torch.linalg.", "torch.linalg.XX", "linalg"),
    ("torch.onnx.", "torch.onnx.XX", "others"),
    ("torch.optim.", "torch.optim.XX", "optimizer"),
    ("torch.profiler.", "torch.profiler.XX", "others"),
    ("torch.sparse.", "torch.sparse.XX", "sparse"),
    ("torch.special.", "torch.special.XX", "others"),
    ("torch.utils.", "torch.utils.XX", "utils"),
    ("torch.", "torch.XX", "torch"),
    ("fairscale.", "fairscale.xx", "others"),
    ("transformers.", "transformers.xx", "others"),
    ("flash_attn.", "flash_attn.xx", "others"),
    ("torchvision.", "torchvision.xx", "others"),
    ("", "其他", "others"),
)
SECTION_ORDER = ("torch.XX", "torch.nn.XX", "torch.nn.functional.XX", "torch.Tensor.XX", "torch.nn.init.XX",
                 "torch.nn.utils.XX", "torch.nn.Module.XX", "torch.autograd.XX", "torch.cuda.XX",
                 "torch.distributed.XX", "torch.distributions.XX", "torch.fft.XX", "torch.hub.XX", "torch.linalg.XX",
                 "torch.onnx.XX", "torch.optim.XX", "torch.profiler.XX", "torch.sparse.XX", "torch.special.XX",
                 "torch.utils.XX", "fairscale.xx", "transformers.xx", "flash_attn.xx", "torchvision.xx", "其他")


def group_of(torch_api: str) -> tuple[str, str]:
    """(section title, doc folder) of a torch API; ``torch.XX`` holds only ``torch.<name>``."""
    for prefix, title, folder in GROUPS:
        if torch_api.startswith(prefix):
            if prefix == "torch." and torch_api.count(".") > 1:
                return "其他", "others"
            return title, folder
    return "其他", "others"


# --- links ----------------------------------------------------------------------------------

_HOMES = {"transformers": "https://huggingface.co/docs/transformers/main/en/index",
          "fairscale": "https://fairscale.readthedocs.io/en/latest/",
          "flash_attn": "https://github.com/Dao-AILab/flash-attention",
          "os": "https://docs.python.org/3/library/os.html",
          "setuptools": "https://setuptools.pypa.io/en/latest/",
          "timm": "https://huggingface.co/docs/timm/index",
          "paddleformers": "https://github.com/PaddlePaddle/PaddleFormers"}


def torch_url(api: str) -> str:
    """The PyTorch docs page of ``api`` (its generated page; third-party libraries: their home)."""
    root = api.split(".", 1)[0]
    if root == "torch":
        return f"https://pytorch.org/docs/stable/generated/{api}.html"
    if root == "torchvision":
        return f"https://pytorch.org/vision/stable/generated/{api}.html"
    return _HOMES.get(root, f"https://github.com/search?q={root}&type=repositories")


def paddle_url(api: str) -> str:
    """The Paddle docs page of ``api`` (``api/paddle/<path>_cn.html``; Tensor methods: an anchor
    on ``Tensor_cn.html``)."""
    if api.startswith("paddle.Tensor."):
        return ("https://www.paddlepaddle.org.cn/documentation/docs/zh/develop/api/paddle/Tensor_cn.html#"
                + api.rsplit(".", 1)[1].lower())
    if api.startswith("paddle."):
        path = api[len("paddle."):].replace(".", "/")
        return f"https://www.paddlepaddle.org.cn/documentation/docs/zh/develop/api/paddle/{path}_cn.html"
    root = api.split(".", 1)[0]
    return _HOMES.get(root, f"https://github.com/search?q={root}&type=repositories")


# --- parameter rows -------------------------------------------------------------------------

# what common parameters mean, in the docs' words
MEANING = {
    "input": "输入的 Tensor", "x": "输入的 Tensor", "self": "输入的 Tensor", "other": "输入的另一个 Tensor",
    "y": "输入的另一个 Tensor", "dim": "操作的维度", "axis": "操作的维度", "keepdim": "是否在输出 Tensor 中保留被规约的维度",
    "dtype": "输出 Tensor 的数据类型", "out": "表示输出的 Tensor", "inplace": "表示在不更改变量的内存地址的情况下，直接修改变量的值",
    "device": "表示 Tensor 存放设备位置", "requires_grad": "表示是否计算梯度", "layout": "表示布局方式",
    "pin_memory": "表示是否使用锁页内存", "memory_format": "表示内存格式", "generator": "用于采样的伪随机数生成器",
    "non_blocking": "是否异步拷贝", "alpha": "乘数", "beta": "乘数", "size": "输出 Tensor 的形状", "shape": "输出 Tensor 的形状",
    "weight": "权重", "bias": "偏置", "reduction": "输出结果的计算方式", "size_average": "已废弃的损失规约方式",
    "reduce": "已废弃的损失规约方式", "eps": "为了数值稳定加在分母上的值", "epsilon": "为了数值稳定加在分母上的值",
    "p": "范数的阶或概率", "training": "是否处于训练模式", "lr": "学习率", "learning_rate": "学习率",
    "params": "待优化的参数", "parameters": "待优化的参数", "weight_decay": "权重衰减系数", "momentum": "动量因子",
    "index": "索引 Tensor", "src": "源 Tensor", "value": "填充的值", "mask": "掩码 Tensor", "descending": "是否降序排列",
    "stable": "是否使用稳定排序", "k": "取前 k 个", "n": "数量", "start": "起始值", "end": "结束值", "step": "步长",
    "name": "名称", "min": "下界", "max": "上界", "dims": "操作的维度", "dim0": "第一个维度", "dim1": "第二个维度",
    "correction": "自由度修正值", "unbiased": "是否使用无偏估计", "target": "目标 Tensor", "label": "目标 Tensor",
    "num_classes": "类别数", "approximate": "近似方式", "in_features": "输入特征数", "out_features": "输出特征数",
    "in_channels": "输入通道数", "out_channels": "输出通道数", "kernel_size": "卷积核大小", "stride": "步长",
    "padding": "填充大小", "dilation": "空洞大小", "groups": "分组数", "padding_mode": "填充模式",
}
# torch keywords GenericMatcher deletes on the way (they do not change the result)
_DELETABLE = ("layout", "memory_format", "inplace", "non_blocking", "async", "generator", "device", "foreach",
              "differentiable", "capturable", "fused")
_REWRITES = ("out", "dtype", "requires_grad", "pin_memory")


def _meaning(name: str) -> str:
    return MEANING.get(name, f"参数 `{name}`")


def _param_names(sig) -> list[str]:
    if sig is None:
        return []
    return [p.name for p in sig.params]


def rows(a: C.Analysis) -> list[tuple[str, str, str]]:
    """The 参数映射 rows: every torch parameter once, in torch's order, then paddle's extras."""
    from paddlecamp.apicompat import signatures as S
    if a.torch_sig is None:
        return []
    pnames = _param_names(a.paddle_sig)
    pdefault = {p.name: p.default for p in (a.paddle_sig.params if a.paddle_sig else [])}
    tdefault = {p.name: p.default for p in a.torch_sig.params}
    by_param: dict[str, list[C.Difference]] = {}
    for d in a.diffs:
        if d.param:
            by_param.setdefault(d.param, []).append(d)
    refuted = {d.text for d in a.refuted}
    confirmed = set()
    if a.behaviour and a.behaviour.get("renames"):
        confirmed = set(a.behaviour["renames"])
    entry = a.entry or {}
    defaults_set = entry.get("paddle_default_kwargs") or {}
    used: set[str] = set()
    out = []
    for p in a.torch_sig.params:
        name = p.name
        ds = by_param.get(name, [])
        live = [d for d in ds if d.text not in refuted]
        target = None
        if name in pnames:
            target = name
        elif name in a.aliases and a.aliases[name] in pnames:
            target = a.aliases[name]
        elif a.renames.get(name):
            target = a.renames[name]
        else:
            ren = next((d for d in ds if d.how == "rename"), None)
            if ren is not None:
                target = ren.text.rsplit("-> ", 1)[1].split(" ", 1)[0]
        torch_only = any(d.how == "torch_only" for d in live)
        if torch_only:
            target = None
        if p.kind in (S.VAR_POS, S.VAR_KW) and target is None and any(q.kind == p.kind for q in
                                                                       (a.paddle_sig.params if a.paddle_sig else [])):
            target = next(q.name for q in a.paddle_sig.params if q.kind == p.kind)
        meaning = _meaning(name)
        star = "*" if p.kind == S.VAR_POS else "**" if p.kind == S.VAR_KW else ""
        label = star + name  # the table names *dims as torch writes it
        if target is None:
            unsupported = name in (entry.get("unsupport_args") or [])
            if name in {e[0] for e in a.examples}:
                note = f"{meaning}，Paddle 无此参数，需要转写（PaConvert 可自动转写，见转写示例）。"
            elif unsupported:
                note = f"{meaning}，Paddle 无此参数，暂无转写方式。"
            elif a.renames.get(name) == "" or name in _DELETABLE:
                note = f"{meaning}，Paddle 无此参数，一般对网络训练结果影响不大，可直接删除。"
            elif name in _REWRITES and entry.get("Matcher") == "GenericMatcher":
                note = f"{meaning}，Paddle 无此参数，需要转写。"
            else:
                note = f"{meaning}，Paddle 无此参数，暂无转写方式。"
            out.append((label, "-", note))
            continue
        used.add(target)
        notes = []
        if target != name:
            if name in confirmed:
                notes.append("仅参数名不一致（已按改名后的调用执行验证）")
            elif name in a.aliases:
                notes.append(f"Paddle 接受 `{name}` 作为 `{target}` 的别名，两者一致")
            elif any(d.how == "rename" and d.text in refuted for d in ds):
                notes.append(f"Paddle 也接受 `{name}` 作为参数名，两者一致")
            else:
                notes.append("仅参数名不一致")
        for d in live:
            if d.how == "default":
                notes.append(f"参数默认值不一致，PyTorch 默认为 `{tdefault.get(name)}`，Paddle 默认为 "
                             f"`{pdefault.get(target)}`，Paddle 需设置为与 PyTorch 一致")
            elif d.how == "order":
                if "bridged" in d.text:
                    notes.append("参数位置不一致，PaConvert 按关键字传入")
                else:
                    notes.append("参数位置不一致，需按关键字传入，需要转写")
            elif d.how == "kwonly":
                notes.append("Paddle 中为仅关键字参数" + ("，PaConvert 按关键字传入" if "bridged" in d.text
                                                     else "，需按关键字传入，需要转写"))
            elif d.how == "posonly":
                notes.append("Paddle 中为仅位置参数，需要转写")
            elif d.how == "required":
                notes.append("PyTorch 可省略，Paddle 必须传入，需要转写")
        pkind = next((q.kind for q in (a.paddle_sig.params if a.paddle_sig else []) if q.name == target), None)
        plabel = ("*" if pkind == S.VAR_POS else "**" if pkind == S.VAR_KW else "") + target
        out.append((label, plabel, meaning + ("，" + "，".join(notes) if notes else "") + "。"))
    for q in (a.paddle_sig.params if a.paddle_sig else []):
        if q.name in used or (q.name == "name" and q.default == "None") or q.kind in (S.VAR_POS, S.VAR_KW):
            continue
        if q.name in defaults_set:
            note = f"PyTorch 无此参数，Paddle 需设置为 `{defaults_set[q.name]}`（PaConvert 会自动设置）。"
        elif q.has_default:
            note = "PyTorch 无此参数，Paddle 保持默认即可。"
        else:
            note = "PyTorch 无此参数，Paddle 必须传入，需要转写。"
        out.append(("-", q.name, note))
    return out


# --- 转写示例 from PaConvert itself -----------------------------------------------------------

# categories whose docs need a 转写示例 (the official format: categories 6 to 10)
NEEDS_EXAMPLE = (C.TORCH_MORE, C.USAGE, C.INPUT_TYPE, C.RETURN_TYPE, C.COMPOSITE)
_EXAMPLE_HOWS = ("torch_only", "order", "kwonly", "posonly", "required", "varargs")


def _example_value(p) -> str:
    """A value to write for parameter ``p`` in an example call: the differential runner's value,
    the flipped boolean default, a dtype, or the parameter's own name as a variable."""
    from paddlecamp.apicompat.diffexec import SCALAR_VALUES
    if p.default in ("False", "True"):  # the default would show nothing
        return "True" if p.default == "False" else "False"
    if p.name in SCALAR_VALUES:
        return SCALAR_VALUES[p.name]
    if p.name == "dtype":
        return "torch.float64"
    if p.name == "out":
        return "y"
    return p.name


def example_calls(a: C.Analysis) -> list[tuple[str, str]]:
    """(parameter or "", torch statement) pairs to convert for ``a``'s 转写示例: the plain call
    (required parameters as variables), and one call per parameter whose difference needs a
    rewrite, passing it by keyword."""
    from paddlecamp.apicompat import signatures as S
    if a.derived is None or a.derived.category not in NEEDS_EXAMPLE or a.torch_sig is None:
        return []
    if any(p.kind == S.VAR_POS and not p.has_default for p in a.torch_sig.params):
        return []
    params = [p for p in a.torch_sig.params if not (p.name == "self" and a.torch_sig.params.index(p) == 0)]
    req = [p.name for p in params if not p.has_default and p.kind not in (S.VAR_POS, S.VAR_KW)]
    method = a.torch_api.startswith("torch.Tensor.")
    head = f"x.{a.torch_api.rsplit('.', 1)[1]}" if method else a.torch_api

    def call(extra: list[str]) -> str:
        return f"result = {head}({', '.join(req + extra)})"

    out = [("", call([]))]
    refuted = {d.text for d in a.refuted}
    by_name = {p.name: p for p in params}
    done = set()
    for d in a.diffs:
        if d.text in refuted or d.how not in _EXAMPLE_HOWS or not d.param or d.param in done \
                or C.rank(d.category) < C.rank(C.TORCH_MORE):  # bridged differences need no rewrite
            continue
        p = by_name.get(d.param)
        if p is None or p.kind in (S.VAR_POS, S.VAR_KW) or not p.has_default:
            continue
        done.add(d.param)
        out.append((d.param, call([f"{d.param}={_example_value(p)}"])))
    return out


def _paconvert(src: str, dst: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from paconvert.main import main; main()", "--in_dir", src,
                           "--out_dir", dst, "--log_level", "WARNING"], capture_output=True, text=True, timeout=1800)


def paconvert_examples(analyses: list[C.Analysis], progress: bool = False, chunk: int = 100) -> int:
    """Fill ``Analysis.examples`` by converting :func:`example_calls` with PaConvert (one run per
    folder of ``chunk`` small files); a call PaConvert marks unsupported (``>>>>>>``) gives no
    example. PaConvert stops a whole run when one file makes it raise: such a folder is converted
    again file by file, and a call that makes PaConvert raise is noted on its API.
    Returns the number of examples kept."""
    jobs = {}
    with tempfile.TemporaryDirectory(prefix="paddlecamp-examples-") as tmp:
        for i, a in enumerate(analyses):
            for j, (param, stmt) in enumerate(example_calls(a)):
                jobs[f"e{i}_{j}.py"] = (a, param, stmt)
        if not jobs:
            return 0
        names = sorted(jobs)
        it = range(0, len(names), chunk)
        if progress:
            from tqdm import tqdm
            it = tqdm(it, desc="PaConvert examples", unit="folder", file=sys.stderr, dynamic_ncols=True)
        dst = os.path.join(tmp, "paddle")
        for k in it:
            src = os.path.join(tmp, f"torch{k}")
            os.makedirs(src)
            for name in names[k:k + chunk]:
                with open(os.path.join(src, name), "w", encoding="utf-8") as f:
                    f.write(f"import torch\n{jobs[name][2]}\n")
            if _paconvert(src, dst).returncode == 0:
                continue
            for name in names[k:k + chunk]:
                if not os.path.exists(os.path.join(dst, name)):
                    run = _paconvert(os.path.join(src, name), os.path.join(dst, name))
                    if run.returncode != 0:
                        last = (run.stderr.strip().splitlines() or ["?"])[-1]
                        jobs[name][0].notes.append(f"PaConvert raised on `{jobs[name][2]}`: {last[:120]}")
        kept = 0
        for name in names:
            a, param, stmt = jobs[name]
            path = os.path.join(dst, name)
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                lines = [ln for ln in f.read().splitlines() if ln.strip() and ln.strip() != "import paddle"]
            code = "\n".join(lines)
            if ">>>>>>" in code or not code or "torch" in code.replace("torch.float64", ""):
                continue
            psig = a.paddle_sig_full or a.paddle_sig
            pnames = {q.name for q in psig.params} if psig is not None else set()
            if param and f"{param}=" in code and pnames and param not in pnames and "kwargs" not in pnames:
                a.passthrough.append((param, stmt, code))  # PaConvert passed on a keyword paddle does not take
                continue
            a.examples.append((param, stmt, code))
            kept += 1
    return kept


# --- one doc ----------------------------------------------------------------------------------

def _code(api: str, sig) -> str:
    text = sig.render() if sig is not None else "(...)"
    return f"{api}{text}"


def summary_sentence(a: C.Analysis) -> str:
    """The one sentence between the signatures and the parameter table."""
    d = a.derived
    cat = d.category
    live = [x for x in a.diffs if x.text not in {r.text for r in a.refuted}]
    names = lambda hows: "、".join(dict.fromkeys(f"`{x.param}`" for x in live if x.how in hows and x.param))  # noqa: E731
    if cat == C.NO_PARAMS:
        return "两者功能一致，无参数。"
    if cat == C.SAME:
        return "两者功能一致，参数完全一致，具体如下："
    if cat == C.NAMES:
        return "两者功能一致且参数用法一致，仅参数名不一致，具体如下："
    if cat == C.PADDLE_MORE:
        return "两者功能一致，其中 Paddle 相比 PyTorch 支持更多其他参数，具体如下："
    if cat == C.DEFAULTS:
        return f"两者功能一致，但 {names(('default',))} 的参数默认值不一致，具体如下："
    if cat == C.TORCH_MORE:
        return "PyTorch 相比 Paddle 支持更多其他参数，具体如下："
    if cat == C.USAGE:
        which = names(("order", "kwonly", "posonly", "required", "varargs"))
        if which:
            return f"其中 PyTorch 的 {which} 与 Paddle 用法不一致，具体如下："
        return "两者用法不一致：在相同输入上按映射调用，结果不同（见下方执行记录），具体如下："
    if cat == C.INPUT_TYPE:
        return "两者输入参数类型不一致：相同的输入 Paddle 不接受（见下方执行记录），具体如下："
    if cat == C.RETURN_TYPE:
        return "两者返回参数类型不一致：在相同输入上结果的类型不同（见下方执行记录），具体如下："
    return ""


def _call(api: str, args: list[str], method: bool) -> str:
    if method:
        return f"x.{api.rsplit('.', 1)[1]}({', '.join(args)})"
    return f"{api}({', '.join(args)})"


def rewrite_examples(a: C.Analysis) -> list[tuple[str, str, str]]:
    """(parameter, torch code, paddle code) for the torch-only keywords GenericMatcher rewrites
    (out, dtype, requires_grad, pin_memory), with the API's own required parameters as names."""
    from paddlecamp.apicompat import signatures as S
    if a.torch_sig is None or not a.paddle_api or (a.entry or {}).get("Matcher") not in ("GenericMatcher",):
        return []
    row_of = {r[0]: r for r in rows(a)}
    t_method = a.torch_api.startswith("torch.Tensor.")
    p_method = a.paddle_api.startswith("paddle.Tensor.")
    req = [p.name for p in a.torch_sig.params if not p.has_default and p.kind not in (S.VAR_POS, S.VAR_KW)]
    preq = [a.renames.get(n) or n for n in req]
    tcall = _call(a.torch_api, req, t_method)
    pcall = _call(a.paddle_api, (["x"] if t_method and not p_method else []) + [f"{q}={n}" if q != n else n
                                                                                for n, q in zip(req, preq)], p_method)
    out = []
    for name in ("out", "dtype", "requires_grad", "pin_memory"):
        row = row_of.get(name)
        if row is None or row[1] != "-" or "需要转写" not in row[2]:
            continue
        if name == "out":
            out.append((name, f"{tcall[:-1]}{', ' if req else ''}out=y)", f"paddle.assign({pcall}, y)"))
        elif name == "dtype":
            out.append((name, f"{tcall[:-1]}{', ' if req else ''}dtype=paddle.float64)".replace("paddle.float64",
                                                                                                 "torch.float64"),
                        f"{pcall}.astype(paddle.float64)"))
        elif name == "requires_grad":
            out.append((name, f"y = {tcall[:-1]}{', ' if req else ''}requires_grad=True)",
                        f"y = {pcall}\ny.stop_gradient = False"))
        else:
            out.append((name, f"y = {tcall[:-1]}{', ' if req else ''}pin_memory=True)", f"y = {pcall}.pin_memory()"))
    return out


def _execution_lines(a: C.Analysis) -> list[str]:
    lines = [r for r in a.derived.reasons if r.startswith("execution")]
    return [f"- {line}" for line in lines]


def render_doc(a: C.Analysis) -> str:
    """The mapping doc of one API, in the official format."""
    d = a.derived
    t, p = a.torch_api, a.paddle_api
    out = [f"## [ {d.category} ]{t}", "", f"### [{t}]({torch_url(t)})", "", "```python",
           _code(t, a.torch_sig), "```", ""]
    if d.category == C.ALIAS:
        target = (a.entry or {}).get("alias_of", "?")
        sentence = f"两者功能一致，`{t}` 是 `{target}` 的别名，映射方式与 `{target}` 相同"
        if not p or a.paddle_sig is None:
            out += [sentence + "，可参考其映射文档。", ""]
            return "\n".join(out)
        out += [f"### [{p}]({paddle_url(p)})", "", "```python", _code(p, a.paddle_sig_full or a.paddle_sig), "```", "",
                sentence + "，具体如下：", ""]
        if a.torch_sig is not None and a.torch_sig.params:
            out += ["### 参数映射", "", "| PyTorch | PaddlePaddle | 备注 |", "| ------- | ------------ | ---- |"]
            out += [f"| {tp} | {pp} | {note} |" for tp, pp, note in rows(a)] + [""]
        return "\n".join(out)
    if d.category == C.MISSING:
        why = "；".join(d.reasons) or "PaConvert 无此 API 的映射"
        out += ["Paddle 当前无对应 API 功能。", "", f"判定依据：{why}。", ""]
        return "\n".join(out)
    if d.category == C.DELETABLE:
        out += ["Paddle 无需此 API，转写时可直接删除，对运行结果无影响。", ""]
        return "\n".join(out)
    if d.category == C.COMPOSITE:
        matcher = (a.entry or {}).get("Matcher")
        out += [f"Paddle 无此 API，需要组合实现（PaConvert 由 `{matcher}` 完成转写）。", ""]
        if a.examples:
            out += ["### 转写示例", ""]
            for name, torch_code, paddle_code in a.examples:
                if name:
                    out.append(f"#### {name}：{_meaning(name)}")
                out += ["```python", "# PyTorch 写法", torch_code, "", "# Paddle 写法", paddle_code, "```", ""]
            out += ["（Paddle 写法由 PaConvert 转换所得。）", ""]
        return "\n".join(out)
    if not p:
        out += [f"PaConvert 的映射（{(a.entry or {}).get('Matcher')}）未给出 Paddle API，无法对比参数。", ""]
        return "\n".join(out)
    paddle_sig = a.paddle_sig_full or a.paddle_sig
    out += [f"### [{p}]({paddle_url(p)})", "", "```python", _code(p, paddle_sig), "```", ""]
    out += [summary_sentence(a), ""]
    if d.category == C.NO_PARAMS:
        return "\n".join(out)
    out += ["### 参数映射", "", "| PyTorch | PaddlePaddle | 备注 |", "| ------- | ------------ | ---- |"]
    for tp, pp, note in rows(a):
        out.append(f"| {tp} | {pp} | {note} |")
    out.append("")
    examples = [e for e in a.examples if e[0]]
    examples += [e for e in rewrite_examples(a) if e[0] not in {x[0] for x in examples}]
    if not examples and a.examples:
        examples = a.examples[:1]  # the plain call, when the difference shows in every call
    if examples:
        out += ["### 转写示例", ""]
        for name, torch_code, paddle_code in examples:
            if name:
                out.append(f"#### {name}：{_meaning(name)}")
            out += ["```python", "# PyTorch 写法", torch_code, "", "# Paddle 写法", paddle_code, "```", ""]
        if a.examples:
            out += ["（Paddle 写法由 PaConvert 转换所得。）", ""]
    ex = _execution_lines(a)
    if ex:
        out += ["### 执行验证", "", "在相同输入上分别调用 PyTorch 与按映射改写后的 Paddle（由 paddlecamp 生成）：", ""] + ex + [""]
    return "\n".join(out)


def one_line_note(a: C.Analysis) -> str:
    """The table's 备注 column: the first thing a reader needs to know."""
    d = a.derived
    if d.category == C.ALIAS:
        return f"`{(a.entry or {}).get('alias_of')}` 的别名"
    if d.category == C.MISSING:
        return "；".join(d.reasons)[:80] if d.reasons else ""
    if d.category == C.COMPOSITE:
        return f"由 {(a.entry or {}).get('Matcher')} 组合实现"
    bits = []
    if d.evidence == "execution":
        bits.append("已执行验证")
    elif d.evidence == "signature":
        bits.append("仅签名比较")
    else:
        bits.append("依据映射")
    if a.problems:
        bits.append(a.problems[0])
    return "，".join(bits)


# --- the whole table ------------------------------------------------------------------------

def doc_relpath(torch_api: str) -> str:
    return f"api_difference/{group_of(torch_api)[1]}/{torch_api}.md"


def _link(text: str, url: str) -> str:
    return f"[{text}]({url})"


def render_readme(analyses: list[C.Analysis], meta: dict, n_updates: int | None = None) -> str:
    """The mapping table: counts per category, then one section per namespace."""
    counts = Counter(a.derived.category for a in analyses)
    evidence = Counter(a.derived.evidence for a in analyses)
    out = ["# PyTorch -> Paddle API 映射表（自动生成）", "",
           f"由 `paddlecamp convert table` 于 {meta.get('date')} 生成：torch {meta.get('torch')}，paddle "
           f"{meta.get('paddle')}，PaConvert {meta.get('paconvert')}。共 {len(analyses)} 个 API；分类由映射数据、"
           "已安装库的签名与（可用时）执行验证推导，不从任何文档复制。", "",
           "## 各分类数量", "", "| 映射关系分类 | API 数 |", "| --- | ---: |"]
    for c in C.CATEGORIES:
        if counts[c]:
            out.append(f"| {c} | {counts[c]} |")
    out += [f"| **合计** | {len(analyses)} |", "",
            "判定依据：" + "，".join(f"{k} {v}" for k, v in sorted(evidence.items())) + "。"
            + (f" 映射更新建议 {n_updates} 条，见 [updates.md](updates.md)。" if n_updates is not None else ""), ""]
    sections: dict[str, list[C.Analysis]] = {}
    for a in analyses:
        sections.setdefault(group_of(a.torch_api)[0], []).append(a)
    for title in SECTION_ORDER:
        items = sorted(sections.get(title, []), key=lambda a: a.torch_api)
        if not items:
            continue
        out += [f"## {title} API 映射列表", "", "| 序号 | PyTorch | Paddle | 映射关系分类 | 备注 |",
                "| ----- | ----------- | ----------------- | ----------- | ------- |"]
        for i, a in enumerate(items, 1):
            t = _link(f"`{a.torch_api}`", torch_url(a.torch_api))
            p = _link(f"`{a.paddle_api}`", paddle_url(a.paddle_api)) if a.paddle_api and a.paddle_kind != "absent" else (
                f"`{a.paddle_api}`（不存在）" if a.paddle_api else "-")
            cat = _link(a.derived.category, doc_relpath(a.torch_api))
            out.append(f"| {i} | {t} | {p} | {cat} | {one_line_note(a).replace('|', '/')} |")
        out.append("")
    return "\n".join(out)


def record(a: C.Analysis) -> dict:
    """One API as data (table.json)."""
    d = a.derived
    rec = {"torch_api": a.torch_api, "paddle_api": a.paddle_api, "category": d.category, "evidence": d.evidence,
           "reasons": list(d.reasons), "section": group_of(a.torch_api)[0], "doc": doc_relpath(a.torch_api),
           "matcher": (a.entry or {}).get("Matcher")}
    if a.torch_sig is not None:
        rec["torch_sig"] = a.torch_sig.render()
    if a.paddle_sig is not None:
        rec["paddle_sig"] = a.paddle_sig.render()
    if a.problems:
        rec["problems"] = list(a.problems)
    if a.notes:
        rec["notes"] = list(a.notes)
    if a.examples:
        rec["examples"] = len(a.examples)
    return rec


def select(apis, pattern: str | None) -> list[str]:
    """APIs matching a glob (``*?[``), an exact name, or a substring."""
    apis = sorted(apis)
    if not pattern:
        return apis
    if pattern in apis:
        return [pattern]
    if any(c in pattern for c in "*?["):
        return [a for a in apis if fnmatch.fnmatchcase(a, pattern)]
    return [a for a in apis if pattern in a]


def versions() -> dict:
    from importlib.metadata import version
    out = {}
    for name, dist in (("torch", "torch"), ("paddle", "paddlepaddle"), ("paconvert", "paconvert")):
        try:
            out[name] = version(dist)
        except Exception:  # noqa: BLE001
            out[name] = "?"
    return out


def build(pattern: str | None = None, execute: bool = True, jobs: int = 2, resume: str | None = None,
          progress: bool = False, mapping: dict | None = None,
          examples: bool = True) -> tuple[list[C.Analysis], list, dict]:
    """Analyse every mapped API matching ``pattern``; returns (analyses, mapping updates, meta).
    ``examples``: convert example calls with PaConvert for the docs' 转写示例."""
    import time
    from paddlecamp.convert import updates as U
    t0 = time.perf_counter()
    mapping = C.load_mapping() if mapping is None else mapping
    apis = select(mapping, pattern)
    analyses = C.analyse_all(apis, mapping, execute=execute, jobs=jobs, resume=resume, progress=progress)
    n_examples = paconvert_examples(analyses, progress) if examples else 0
    found = U.find_updates(analyses)
    meta = {"date": _dt.date.today().isoformat(), **versions(), "pattern": pattern, "execute": execute,
            "examples": n_examples,
            "n_apis": len(analyses), "seconds": round(time.perf_counter() - t0, 1),
            "hardware": f"{platform.machine()}, {os.cpu_count()} CPUs, python {platform.python_version()}"}
    return analyses, found, meta


def _write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so that no half-written file is left."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.]+$")


def write(out_dir: str, analyses: list[C.Analysis], found: list, meta: dict) -> dict:
    """Write README.md, one doc per API, updates.md and table.json under ``out_dir``; returns the
    table.json content. A doc that fails to render is reported in ``errors`` and skipped."""
    from paddlecamp.convert import updates as U
    errors = []
    docs = 0
    for a in analyses:
        if not _SAFE_NAME.match(a.torch_api):
            errors.append({"api": a.torch_api, "error": "name not usable as a file name"})
            continue
        try:
            text = render_doc(a)
        except Exception as e:  # noqa: BLE001 - one bad API must not stop the table
            errors.append({"api": a.torch_api, "error": f"{type(e).__name__}: {e}"})
            continue
        _write_atomic(os.path.join(out_dir, doc_relpath(a.torch_api)), text)
        docs += 1
    counts = Counter(a.derived.category for a in analyses)
    data = {"meta": meta | {"docs_written": docs},
            "counts": {c: counts[c] for c in C.CATEGORIES if counts[c]},
            "evidence": dict(Counter(a.derived.evidence for a in analyses)),
            "updates_by_rule": dict(Counter(u.rule for u in found)),
            "problems": {a.torch_api: a.problems for a in analyses if a.problems},
            "errors": errors,
            "apis": [record(a) for a in analyses],
            "updates": [u.as_dict() for u in found]}
    _write_atomic(os.path.join(out_dir, "README.md"), render_readme(analyses, meta, len(found)))
    _write_atomic(os.path.join(out_dir, "updates.md"), U.render(found, meta))
    _write_atomic(os.path.join(out_dir, "table.json"), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return data


__all__ = ["GROUPS", "group_of", "torch_url", "paddle_url", "rows", "render_doc", "render_readme", "record", "build",
           "write", "select", "doc_relpath", "summary_sentence"]


# --- recorded results -------------------------------------------------------------------------

def results_record(data: dict, hand_checked: list[dict], run: dict, official: dict | None = None) -> dict:
    """The committed summary of a full run (data/results/convert_table_<date>.json): counts per
    category and evidence, updates per rule with examples, and the hand-checked sample."""
    by_ev = Counter((a["category"], a["evidence"]) for a in data["apis"])
    examples: dict[str, list] = {}
    for u in data["updates"]:
        examples.setdefault(u["rule"], [])
        if len(examples[u["rule"]]) < 3:
            examples[u["rule"]].append(u)
    meta = data["meta"]
    return {"what": "torch->paddle mapping table: categories derived from PaConvert's api_mapping.json, the installed "
                    "signatures and paired execution; mapping updates the data supports",
            "date": meta.get("date"), "versions": {k: meta.get(k) for k in ("torch", "paddle", "paconvert")},
            "command": meta.get("command"), "hardware": meta.get("hardware"), "run": run,
            "n_apis": meta.get("n_apis"), "docs_written": meta.get("docs_written"),
            "counts": data["counts"], "evidence": data["evidence"],
            "counts_by_evidence": {c: {e: n for (c2, e), n in sorted(by_ev.items()) if c2 == c} for c in data["counts"]},
            "n_updates": len(data["updates"]), "updates_by_rule": data["updates_by_rule"], "update_examples": examples,
            "hand_checked": hand_checked,
            "examples": {"converted_by_paconvert": meta.get("examples", 0),
                         "apis_with_examples": sum(1 for a in data["apis"] if a.get("examples")),
                         "paconvert_raised": [n for a in data["apis"] for n in a.get("notes", [])
                                              if n.startswith("PaConvert raised")]},
            "problems": {"apis": len(data["problems"]),
                         "missing_in_torch": sum(any("installed torch" in p for p in ps) for ps in data["problems"].values()),
                         "missing_in_paddle": sum(any("installed paddle" in p for p in ps)
                                                  for ps in data["problems"].values())},
            "render_errors": data["errors"],
            "official_docs": official}


def results_markdown(res: dict) -> str:
    """The Markdown page next to :func:`results_record`'s JSON."""
    from paddlecamp.convert.updates import RULES
    v = res["versions"]
    out = [f"# Mapping table and mapping updates ({res['date']})", "",
           f"torch {v['torch']}, paddle {v['paddle']}, PaConvert {v['paconvert']}; {res['hardware']}.", "",
           f"Command: `{res['command']}` (first run {res['run']['first_run_seconds']} s with "
           f"{res['run']['cases_executed']} paired calls executed; reruns read the calls from the cache).", "",
           f"{res['n_apis']} APIs (PaConvert's api_mapping.json plus its aliases), {res['docs_written']} docs written. "
           "Categories are derived, never copied: `mapping` = decided by the entry alone (alias, no Matcher, "
           "custom Matcher writing its own code), `signature` = installed torch signature vs the mapping's "
           "paddle_api with kwargs_change, `execution` = torch and the mapped paddle call run on the same inputs.", "",
           "## Counts per category", "", "| category | APIs | mapping | signature | execution |", "| --- | ---: | ---: | ---: | ---: |"]
    for c, n in res["counts"].items():
        ev = res["counts_by_evidence"][c]
        out.append(f"| {c} | {n} | {ev.get('mapping', 0)} | {ev.get('signature', 0)} | {ev.get('execution', 0)} |")
    out += [f"| **all** | {res['n_apis']} | {res['evidence'].get('mapping', 0)} | {res['evidence'].get('signature', 0)} "
            f"| {res['evidence'].get('execution', 0)} |", "",
            f"Problems reported (still listed): {res['problems']['missing_in_torch']} APIs not in the installed torch "
            f"(mostly torchvision/transformers/fairscale, not installed), {res['problems']['missing_in_paddle']} "
            "mapped paddle APIs not in the installed paddle.", "",
            f"## Mapping updates: {res['n_updates']}", "", "| rule | meaning | updates |", "| --- | --- | ---: |"]
    for rule, text in RULES.items():
        out.append(f"| `{rule}` | {text} | {res['updates_by_rule'].get(rule, 0)} |")
    out += ["", "Examples:", ""]
    for rule, items in res["update_examples"].items():
        for u in items[:2]:
            out.append(f"- `{rule}` `{u['api']}`: {u['evidence'][:220]} -> `{u['suggestion'][:120]}`")
    ex = res["examples"]
    out += ["", "## 转写示例", "",
            f"{ex['converted_by_paconvert']} example calls converted by PaConvert 3.3.1 went into the docs "
            f"({ex['apis_with_examples']} APIs); a call PaConvert marks unsupported gives no example, and one whose "
            "output passes on a keyword the paddle API does not take becomes a `keyword-passed-through` update instead. "
            f"PaConvert raised on {len(ex['paconvert_raised'])} example calls:", ""]
    out += [f"- {n}" for n in ex["paconvert_raised"][:10]]
    hc = res["hand_checked"]
    real = sum(h["verdict"] == "real" for h in hc)
    out += ["", f"## Sample of {len(hc)} updates checked by hand: {real} real, {len(hc) - real} false alarms", "",
            "| API | rule | verdict | why |", "| --- | --- | --- | --- |"]
    for h in hc:
        out.append(f"| `{h['api']}` | `{h['rule']}` | {h['verdict']} | {h['why']} |")
    out.append("")
    off = res.get("official_docs")
    if off:
        out += ["## Against the published mapping docs", "",
                f"PaddlePaddle/docs `api_difference/` at commit {off['docs_commit'][:12]} ({off['docs_date']}): "
                f"{off['docs']} docs, {off['compared']} of them for an API in this table. The doc's title category "
                f"equals ours for {off['equal']} ({100 * off['equal'] / off['compared']:.0f}%) and is consistent with "
                f"ours (`categories.consistent`) for {off['consistent']} ({100 * off['consistent'] / off['compared']:.0f}%).",
                "", "| our evidence | docs compared | equal | consistent |", "| --- | ---: | ---: | ---: |"]
        out += [f"| {ev} | {v['compared']} | {v['equal']} | {v['consistent']} |" for ev, v in off["by_evidence"].items()]
        out += ["", "Most frequent disagreements (doc title -> ours):", ""]
        out += [f"- {x['doc']} -> {x['ours']}: {x['n']}" + (f" ({x['why']})" if x.get("why") else "")
                for x in off["top_disagreements"]]
        out.append("")
    notes = res["run"].get("notes") or []
    if notes:
        out += ["## Notes", ""] + [f"- {n}" for n in notes] + [""]
    return "\n".join(out)


# --- against published docs -------------------------------------------------------------------

_TITLE = re.compile(r"\s*#+\s*\[\s*(.+?)\s*\]\s*(\S+)")


def agreement(docs: dict[str, str], data: dict) -> dict:
    """How the title categories of published mapping docs (``{path: text}``) compare with this
    table's derivation (``table.json`` content): equal, consistent (:func:`categories.consistent`),
    per evidence, and the most frequent disagreements."""
    ours = {a["torch_api"]: a for a in data["apis"]}
    rows, status = [], Counter()
    for path, text in sorted(docs.items()):
        m = _TITLE.match(text)
        if not m:
            status["no title"] += 1
            continue
        cat, api = re.sub(r"\s+", " ", m.group(1)).strip(), m.group(2).strip()
        a = ours.get(api)
        if a is None:
            status["not in the table"] += 1
            continue
        d = C.Derived(api, a["paddle_api"], a["category"], tuple(a["reasons"]), a["evidence"])
        rows.append({"api": api, "doc": cat, "ours": a["category"], "evidence": a["evidence"],
                     "equal": cat == a["category"], "consistent": C.consistent(cat, d)})
    status["compared"] = len(rows)
    by_ev: dict[str, dict] = {}
    for r in rows:
        e = by_ev.setdefault(r["evidence"], {"compared": 0, "equal": 0, "consistent": 0})
        e["compared"] += 1
        e["equal"] += r["equal"]
        e["consistent"] += r["consistent"]
    pairs = Counter((r["doc"], r["ours"]) for r in rows if not r["consistent"]).most_common(10)
    return {"docs": len(docs), "status": dict(status), "compared": len(rows), "equal": sum(r["equal"] for r in rows),
            "consistent": sum(r["consistent"] for r in rows), "by_evidence": by_ev,
            "top_disagreements": [{"doc": d, "ours": o, "n": n} for (d, o), n in pairs]}


def read_docs(folder: str) -> dict[str, str]:
    """Every ``.md`` under ``folder`` (a checkout of PaddlePaddle/docs' ``api_difference``), by relative path."""
    out = {}
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".md"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    out[os.path.relpath(path, folder)] = f.read()
    return out
