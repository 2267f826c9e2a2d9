"""Graph-level optimization: rewrites a compiler makes before it ever looks at a kernel.

Four minimal examples, each measured by running it:

* ``constant_folding`` — a weight transform and a mask built only from constants: ops left per
  call after ``torch.fx``'s constant folding, and what TorchInductor folds by default versus with
  ``freezing=True`` (read from its generated wrapper);
* ``cse`` — a duplicated subexpression: fx ops before/after ``CSEPass``, the ``sin`` calls left in
  inductor's kernel, and a random op that must never be merged (``CSEPass`` merges it on a
  torch-level graph and the result becomes exactly zero);
* ``layout`` — two transposes that cancel: the copies eager runs versus inductor's single fused
  kernel, with the bytes moved by a traffic model (each kernel reads its inputs and writes its
  output once); plus eager conv + BN + ReLU in NCHW versus channels_last (timed, metrics only);
* ``algebraic`` — four textbook identities (x*1+0, transpose twice, log(exp(x)), x-x): which ones
  inductor removes, and the IEEE-754 inputs on which the others are not identities.

The graph each slide shows is the code that is run: every example ``exec``s its own ``code``.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from paddlecamp.slides.examples.result import ExampleResult
from paddlecamp.slides.examples.slide_code import define as _define
from paddlecamp.slides.examples.slide_code import size_text as _size


def eager_aten_ops(fn: Callable[..., Any], *args: Any) -> list[str]:
    """ATen ops one eager call dispatches (views included), in order."""
    from torch.utils._python_dispatch import TorchDispatchMode

    class OpLog(TorchDispatchMode):
        def __init__(self) -> None:
            super().__init__()
            self.ops: list[str] = []

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            self.ops.append(func.overloadpacket.__name__)
            return func(*args, **(kwargs or {}))

    with OpLog() as log:
        fn(*args)
    return log.ops


def _launches(body: str) -> list[str]:
    """Kernel and library calls of a wrapper's ``call``, in order, by name."""
    names = []
    for line in body.splitlines():
        if m := re.match(r"\s*(cpp_fused_\w+)\(", line):
            names.append(m.group(1))
        elif m := re.match(r"\s*(?:\w+ = )?extern_kernels\.(\w+)\(", line):
            names.append("extern:" + m.group(1))
    return names


def _fused_ops(kernel: str) -> list[str]:
    """The ATen ops inductor names a fused kernel after: ``cpp_fused_add_mul_t_0`` -> add, mul, t."""
    return kernel.removeprefix("cpp_fused_").rsplit("_", 1)[0].split("_")


CONST_CODE = '''\
import torch
from torch import nn

class Proj(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.d, self.w = d, nn.Parameter(torch.randn(d, d))

    def forward(self, x):
        w = self.w.t() * 0.5 + 1.0           # 权重变换：只依赖常量
        mask = torch.ones(self.d, self.d).triu()  # 常量构造的掩码
        return (x @ (w * mask)).relu()
'''

CONST_PADDLE = '''\
import paddle
import paddle.nn.functional as F

def proj(x, w):                # w 为常量参数
    d = w.shape[0]
    w2 = w.t() * 0.5 + 1.0
    mask = paddle.ones([d, d]).triu()
    return F.relu(x @ (w2 * mask))
'''


def const_sizes(smoke: bool) -> tuple[int, int]:
    """(rows of x, d)."""
    return (8, 16) if smoke else (256, 512)


def constant_folding(smoke: bool = True) -> ExampleResult:
    """Per-call ops after folding: fx folds all constant work; inductor only with freezing, and not all."""
    import numpy as np
    import paddle
    import torch
    import torch.fx
    from torch.fx.experimental.const_fold import split_const_subgraphs

    from paddlecamp.slides.examples import liveness

    rows, d = const_sizes(smoke)
    torch.manual_seed(0)
    model = _define(CONST_CODE)["Proj"](d).eval()
    x = torch.randn(rows, d, generator=torch.Generator().manual_seed(1))
    eager_ops = [op for op in eager_aten_ops(model, x) if op != "detach"]  # autograd bookkeeping
    traced = torch.fx.symbolic_trace(model)
    traced_ops = len(liveness.compute_nodes(traced))
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Attempted to insert a get_attr Node")
        folded = split_const_subgraphs(model)
    folded.run_folding()
    folded_ops = len(liveness.compute_nodes(folded))
    const_ops = len(liveness.compute_nodes(folded.const_subgraph_module)) if folded.const_subgraph_module else 0
    with torch.no_grad():
        same = bool(torch.allclose(folded(x), model(x), rtol=1e-5, atol=1e-5))
        plans = {}
        for label, freezing in (("default", False), ("freezing", True)):
            body = liveness.wrapper_call_body(liveness.inductor_wrapper_code(model, x, freezing=freezing))
            launches = _launches(body)
            first_mm = next(i for i, name in enumerate(launches) if name.startswith("extern:"))
            const_work = sorted({op for k in launches[:first_mm] for op in _fused_ops(k)})
            plans[label] = (len(launches), const_work)
        p_out = _define(CONST_PADDLE)["proj"](paddle.to_tensor(x.numpy()),
                                              paddle.to_tensor(model.w.detach().numpy())).numpy()
        paddle_same = bool(np.allclose(p_out, model(x).numpy(), rtol=1e-4, atol=1e-4))
    metrics: dict[str, Any] = {
        "rows": rows, "d": d, "eager_ops": len(eager_ops), "eager_op_names": " ".join(eager_ops),
        "fx_ops": traced_ops, "fx_const_ops": const_ops, "fx_folded_ops": folded_ops, "folded_same": int(same),
        "inductor_launches": plans["default"][0], "inductor_const_ops": " ".join(plans["default"][1]),
        "freezing_launches": plans["freezing"][0], "freezing_const_ops": " ".join(plans["freezing"][1]),
        "paddle_same": int(paddle_same),
    }
    today = (f"eager 每次跑 {len(eager_ops)} 个算子，fx 折叠后剩 {folded_ops} 个；Inductor 默认每次重算 "
             f"{'/'.join(plans['default'][1])}，freezing 后仍重算 {'/'.join(plans['freezing'][1]) or '无'}。")
    table = [
        ["做法", "每次调用的算子/核", "每次重算的常量运算"],
        ["eager", str(len(eager_ops)), "全部"],
        ["fx const_fold", str(folded_ops), "无"],
        ["Inductor 默认", str(plans["default"][0]), "/".join(plans["default"][1])],
        ["Inductor freezing", str(plans["freezing"][0]), "/".join(plans["freezing"][1]) or "无"],
    ]
    return ExampleResult(
        key="graph_opt.constant_folding", category="graph", title="常量折叠",
        code=CONST_CODE, paddle_code=CONST_PADDLE,
        ideal="只依赖常量与参数的子图在编译期算好，运行期只剩依赖输入的 matmul 与 relu。",
        today=today,
        open_problem="折叠会把廉价的构造（如 ones/triu 掩码）展开成占内存的大常量；何时折叠、参数可变时何时失效，缺少统一判据。",
        metrics=metrics, table=table,
        notes=(f"x 为 [{rows}, {d}]，w 为 [{d}, {d}]。eager 算子由 TorchDispatchMode 记录；symbolic_trace 在追踪时已把不含代理的 "
               f"torch.ones(...).triu() 求值成常量，故 fx 图只有 {traced_ops} 个算子，其中 {const_ops} 个被 const_fold 折叠。"
               "Inductor 两行读取生成的 wrapper：第一个 mm 之前的核只能在算常量，列出其融合的算子名。freezing 需 no_grad 推理。"
               f"Paddle 版本结果一致（{'是' if paddle_same else '否'}）；CPU 版 Paddle 不含 CINN，未测其折叠。"),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24): freezing", "TVM (OSDI'18): FoldConstant", "XLA",
                    "CINN", "torch.fx (MLSys'22)"],
    )


CSE_CODE = '''\
import torch

def f(x):
    a = torch.sin(x * 2) + 1
    b = torch.sin(x * 2) + 1     # 与 a 完全相同
    return a * b

def noise(x):                    # 不能合并：两次随机数不同
    return torch.rand_like(x) - torch.rand_like(x)
'''

CSE_PADDLE = '''\
import paddle

def f(x):
    a = paddle.sin(x * 2) + 1
    b = paddle.sin(x * 2) + 1
    return a * b
'''


def _sin_calls(code: str) -> int:
    """sin evaluations in generated C++ (vectorized ``.sin()`` and scalar ``std::sin(``)."""
    return code.count(".sin()") + code.count("std::sin(")


def cse(smoke: bool = True) -> ExampleResult:
    """CSE halves the duplicated ops; a pure-looking pass that ignores randomness changes the result."""
    import numpy as np
    import paddle
    import torch
    import torch.fx
    from torch.fx.passes.dialect.common.cse_pass import CSEPass

    from paddlecamp.slides.examples import liveness

    n = 1 << 10 if smoke else 1 << 20
    ns = _define(CSE_CODE)
    x = torch.randn(n, generator=torch.Generator().manual_seed(0))
    gm = torch.fx.symbolic_trace(ns["f"])
    before = len(liveness.compute_nodes(gm))
    after_gm = CSEPass()(gm).graph_module
    after = len(liveness.compute_nodes(after_gm))
    same = bool(torch.equal(after_gm(x), ns["f"](x)))
    code = liveness.inductor_wrapper_code(ns["f"], x)
    kernel_sins = _sin_calls(code)
    # the same graph deduplicated by hand: inductor should emit exactly as many sin calls
    dedup_sins = _sin_calls(liveness.inductor_wrapper_code(lambda t: (torch.sin(t * 2) + 1) ** 2, x))
    source_sins = CSE_CODE.split("def noise")[0].count("torch.sin(")
    noise_gm = torch.fx.symbolic_trace(ns["noise"])
    noise_before = sum(1 for nd in noise_gm.graph.nodes if nd.target is torch.rand_like)
    noise_cse = CSEPass()(noise_gm).graph_module
    noise_after = sum(1 for nd in noise_cse.graph.nodes if nd.target is torch.rand_like)
    torch.manual_seed(0)
    eager_noise = float(ns["noise"](x).abs().max())
    cse_noise = float(noise_cse(x).abs().max())
    noise_code = liveness.inductor_wrapper_code(ns["noise"], x)
    inductor_rands = noise_code.count("normalized_rand_cpu(")
    p_out = _define(CSE_PADDLE)["f"](paddle.to_tensor(x.numpy())).numpy()
    paddle_same = bool(np.allclose(p_out, ns["f"](x).numpy(), rtol=1e-5, atol=1e-5))
    metrics: dict[str, Any] = {
        "elements": n, "fx_ops_before": before, "fx_ops_after": after, "cse_same": int(same),
        "source_sins": source_sins, "inductor_kernel_sins": kernel_sins, "dedup_kernel_sins": dedup_sins,
        "noise_rand_before": noise_before, "noise_rand_after_cse": noise_after,
        "noise_eager_max_abs": round(eager_noise, 4), "noise_cse_max_abs": round(cse_noise, 4),
        "inductor_noise_rands": inductor_rands, "paddle_same": int(paddle_same),
    }
    today = (f"CSEPass 把 f 从 {before} 个算子减到 {after} 个，Inductor 核中 sin 只剩 {kernel_sins} 处；"
             f"但 CSEPass 也把两次 rand_like 合成 {noise_after} 次，noise 恒为 {cse_noise:g}。")
    table = [
        ["图", "CSE 前", "CSE 后", "结果"],
        ["f（纯函数）", str(before), str(after), "一致" if same else "不一致"],
        ["noise（随机）", str(noise_before), str(noise_after), f"最大绝对值 {cse_noise:g}（原为 {eager_noise:.2f}）"],
    ]
    return ExampleResult(
        key="graph_opt.cse", category="graph", title="公共子表达式消除",
        code=CSE_CODE, paddle_code=CSE_PADDLE,
        ideal="重复的纯计算只算一次；有副作用、随机或依赖执行次序的算子绝不合并。",
        today=today,
        open_problem="CSE 需要准确的纯度与别名信息：框架层 API 的语义标注不全就会误合并；合并还会延长张量寿命、抬高峰值内存。",
        metrics=metrics, table=table,
        notes=(f"x 含 {n} 个 fp32 元素。fx 图由 symbolic_trace 得到，CSEPass 来自 torch.fx.passes.dialect.common。"
               f"sin 次数在 Inductor 生成的 C++ 核源码中计数（只生成代码，不编译），与手工去重版本相同（{dedup_sins} 处）；"
               f"Inductor 对 noise 保留 {inductor_rands} 路随机数。noise 的两行是同一输入、同一随机种子下实际运行的结果；"
               "CSEPass 的禁止列表只列 ATen 级随机算子，torch 级的 rand_like 不在其中。"
               f"Paddle 版本 f 的结果一致（{'是' if paddle_same else '否'}）。"),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24)", "torch.fx (MLSys'22)", "TVM (OSDI'18): EliminateCommonSubexpr",
                    "XLA: HloCSE"],
    )


LAYOUT_CODE = '''\
import torch
from torch import nn

def roundtrip(x):                          # x: [B, C, L]
    y = x.transpose(1, 2).contiguous() * 2    # NCL→NLC 拷贝
    return y.transpose(1, 2).contiguous() + 1  # 再拷回 NCL

net = nn.Sequential(nn.Conv2d(32, 32, 3, padding=1),
                    nn.BatchNorm2d(32), nn.ReLU()).eval()
# 比较：net(x) 与 net.to(memory_format=torch.channels_last)(
#        x.to(memory_format=torch.channels_last))
'''


def _median_seconds(fn: Callable[[], Any], repeats: int) -> float:
    import statistics
    import time

    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def layout(smoke: bool = True) -> ExampleResult:
    """Transposes that cancel: eager copies twice, inductor fuses to one pass; channels_last timed."""
    import torch

    from paddlecamp.slides.examples import liveness

    b, c, length = (4, 32, 64) if smoke else (16, 256, 1024)
    ns = _define(LAYOUT_CODE)
    x = torch.randn(b, c, length, generator=torch.Generator().manual_seed(0))
    ops = eager_aten_ops(ns["roundtrip"], x)
    copies = ops.count("clone")
    writers = [op for op in ops if op not in ("transpose", "view", "t")]
    elems = b * c * length
    eager_bytes = len(writers) * 2 * elems * 4   # each kernel reads and writes one tensor
    code = liveness.inductor_wrapper_code(ns["roundtrip"], x)
    stats = liveness.wrapper_allocation_stats(code)
    # a kernel whose fused ops are only copies and views is a layout conversion
    copy_kernels = sum(1 for k in _launches(liveness.wrapper_call_body(code))
                       if k.startswith("cpp_fused") and set(_fused_ops(k)) <= {"clone", "transpose", "permute", "view"})
    launches = stats.kernels + stats.extern_calls
    fused_bytes = 2 * elems * 4
    same = True
    net = ns["net"]
    img = torch.randn(2 if smoke else 8, 32, 16 if smoke else 56, 16 if smoke else 56,
                      generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        net_cl = _define(LAYOUT_CODE)["net"]
        net_cl.load_state_dict(net.state_dict())
        net_cl = net_cl.to(memory_format=torch.channels_last)
        img_cl = img.to(memory_format=torch.channels_last)
        same = bool(torch.allclose(net(img), net_cl(img_cl), rtol=1e-4, atol=1e-4))
        repeats = 5 if smoke else 20
        t_nchw = _median_seconds(lambda: net(img), repeats)
        t_cl = _median_seconds(lambda: net_cl(img_cl), repeats)
    metrics: dict[str, Any] = {
        "shape": f"{b}x{c}x{length}", "elements": elems, "eager_ops": len(ops), "eager_writers": len(writers),
        "eager_copies": copies, "eager_bytes": eager_bytes, "inductor_launches": launches,
        "inductor_allocations": stats.allocations, "inductor_copy_kernels": copy_kernels, "inductor_bytes": fused_bytes,
        "bytes_saved": eager_bytes - fused_bytes, "conv_same": int(same),
        "conv_nchw_ms": round(t_nchw * 1e3, 3), "conv_channels_last_ms": round(t_cl * 1e3, 3),
    }
    today = (f"eager {copies} 次布局拷贝、{len(writers)} 个核、搬运 {_size(eager_bytes)}；Inductor 融成 {launches} 个核、"
             f"{_size(fused_bytes)}。卷积块 NCHW {t_nchw * 1e3:.2g} ms，NHWC {t_cl * 1e3:.2g} ms。")
    table = [
        ["方案", "核数", "布局拷贝", "搬运字节"],
        ["eager", str(len(writers)), str(copies), _size(eager_bytes)],
        ["Inductor", str(launches), str(copy_kernels), _size(fused_bytes)],
    ]
    return ExampleResult(
        key="graph_opt.layout", category="graph", title="布局变换与转置消除",
        code=LAYOUT_CODE,
        ideal="全图统一选择数据布局，相互抵消的转置直接删除，必要的布局转换只在边界做一次。",
        today=today,
        open_problem="最优布局取决于后端算子库与硬件，且要在整图上联合选择；跨库、跨图边界的布局传播仍多靠手写规则。",
        metrics=metrics, table=table,
        notes=(f"roundtrip 输入 [{b}, {c}, {length}] fp32。eager 的核由 TorchDispatchMode 记录（transpose 只是视图，不计），"
               "搬运字节按“每个核读一次输入、写一次输出”估算；Inductor 一行解析生成的 wrapper。"
               f"卷积块两种布局结果一致（{'是' if same else '否'}）；耗时为 CPU 上的中位数，机器繁忙时波动大，只作参考，测试不断言。"),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24)", "TVM (OSDI'18): layout transformation",
                    "XLA: layout assignment", "oneDNN blocked layouts"],
    )


ALGEBRA_CODE = '''\
import torch

def identities(x):
    a = x * 1.0 + 0.0          # -0.0 会变成 +0.0
    b = x.t().t()              # 纯视图，可删
    c = torch.log(torch.exp(x))  # exp 可能溢出
    d = x - x                  # inf - inf = nan
    return a, b, c, d
'''


def algebraic(smoke: bool = True) -> ExampleResult:
    """Which textbook identities inductor removes, and the IEEE inputs where the rest are not identities."""
    import torch

    from paddlecamp.slides.examples import liveness

    ns = _define(ALGEBRA_CODE)
    x = torch.randn(16, 16, generator=torch.Generator().manual_seed(0))
    # one output: get_code's stand-in module returns nothing, which a multi-output graph rejects
    code = liveness.inductor_wrapper_code(lambda t: sum(ns["identities"](t)), x)
    kernel = code[code.index("void  kernel"):code.index("''')")] if "void  kernel" in code else code
    kept = {
        "mul_by_one": "static_cast<float>(1.0)" in kernel,
        "add_zero": "static_cast<float>(0.0)" in kernel,
        "exp_log": ".exp()" in kernel and ".log()" in kernel,
        "sub_self": bool(re.search(r"(tmp\d+) - \1\b", kernel)),
    }
    special = torch.tensor([-0.0, float("inf"), 100.0])
    a, b, c, d = ns["identities"](special.reshape(1, 3))
    a, c, d = a.flatten(), c.flatten(), d.flatten()
    metrics: dict[str, Any] = {
        "kept_mul_by_one": int(kept["mul_by_one"]), "kept_add_zero": int(kept["add_zero"]),
        "kept_exp_log": int(kept["exp_log"]), "kept_sub_self": int(kept["sub_self"]),
        "removed_transpose_pair": int(b.data_ptr() == special.data_ptr()),
        "neg_zero_sign_after": float(torch.copysign(torch.tensor(1.0), a[0])),
        "log_exp_100": float(c[2]), "inf_minus_inf": float(d[1]),
        "inductor_kernels": liveness.wrapper_allocation_stats(code).kernels,
    }
    n_kept = int(kept["mul_by_one"] or kept["add_zero"]) + int(kept["exp_log"]) + int(kept["sub_self"])
    today = (f"Inductor 只删掉视图 t().t()，其余 {n_kept} 条照算且正确：-0.0*1+0 得 "
             f"{'+' if metrics['neg_zero_sign_after'] > 0 else '-'}0.0，log(exp(100)) = {metrics['log_exp_100']}，"
             f"inf-inf = {metrics['inf_minus_inf']}。")
    table = [
        ["恒等式", "Inductor 是否化简", "反例输入与结果"],
        ["x*1+0 = x", "否" if kept["mul_by_one"] else "是", f"-0.0 → {'+' if metrics['neg_zero_sign_after'] > 0 else '-'}0.0"],
        ["x.t().t() = x", "是（视图）" if metrics["removed_transpose_pair"] else "否", "无"],
        ["log(exp(x)) = x", "否" if kept["exp_log"] else "是", f"100 → {metrics['log_exp_100']}"],
        ["x - x = 0", "否" if kept["sub_self"] else "是", f"inf → {metrics['inf_minus_inf']}"],
    ]
    return ExampleResult(
        key="graph_opt.algebraic", category="graph", title="代数化简与规范化",
        code=ALGEBRA_CODE,
        ideal="在保证数值语义（或用户允许的 fast-math 范围）内做代数化简与规范化，让后续匹配与融合看到统一形式。",
        today=today,
        open_problem="浮点下多数代数恒等式并不成立；何时允许“近似相等”的改写、如何向用户暴露这一选择，仍无共识。",
        metrics=metrics, table=table,
        notes=("恒等式是否被化简由 Inductor 生成的 C++ 核源码判断（只生成代码，不编译）：仍出现乘 1.0、加 0.0、exp/log、"
               "自减即视为未化简。反例是在 eager 下对 [-0.0, inf, 100] 实际运行 identities 得到的。"
               "t().t() 的结果与输入共享存储，是零拷贝视图。"),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24)", "XLA: AlgebraicSimplifier", "TVM (OSDI'18)",
                    "IEEE 754-2019"],
    )


EXAMPLES: dict[str, Callable[..., ExampleResult]] = {
    "constant_folding": constant_folding,
    "cse": cse,
    "layout": layout,
    "algebraic": algebraic,
}
