"""Memory management: how many bytes a graph really needs, and how compilers get there.

Four minimal examples, each measured by running it:

* ``buffer_reuse`` — an MLP chain: one buffer per intermediate versus liveness-based reuse
  (greedy by size), and what TorchInductor's wrapper does (allocations, ``# reuse`` lines);
* ``inplace`` — the same activation out of place and in place: bytes the allocator hands out
  (``torch.profiler``), and the two ways in-place goes wrong (autograd's saved output, a view
  that sees the write);
* ``remat_peak`` — recomputing a cheap tensor instead of keeping it alive lowers the peak
  (liveness model, cross-checked on the allocator);
* ``transformer_peak`` — a small transformer block at ATen level (``make_fx``): peak live bytes
  by the liveness model versus the allocator's high-water mark versus the sum of all
  intermediates, and inductor's own buffers.

The graph each slide shows is the code that is run: every example ``exec``s its own ``code``.
"""
from __future__ import annotations

from typing import Any, Callable

from paddlecamp.slides.examples.result import ExampleResult
from paddlecamp.slides.examples.slide_code import define as _define
from paddlecamp.slides.examples.slide_code import size_text as _size


REUSE_CODE = '''\
import torch

def mlp(x, w1, w2, w3, w4):    # 宽度 64→256→64→256→64
    h = (x @ w1).relu()
    h = (h @ w2).relu()
    h = (h @ w3).relu()
    return h @ w4
'''

REUSE_PADDLE = '''\
import paddle
import paddle.nn.functional as F

def mlp(x, w1, w2, w3, w4):
    h = F.relu(x @ w1)
    h = F.relu(h @ w2)
    h = F.relu(h @ w3)
    return h @ w4
'''

REUSE_WIDTHS = (64, 256, 64, 256, 64)


def reuse_rows(smoke: bool) -> int:
    """Rows of ``x`` in ``buffer_reuse``."""
    return 32 if smoke else 1024


def _mlp_args(m: int):
    import torch

    gen = torch.Generator().manual_seed(0)
    w = REUSE_WIDTHS
    return [torch.randn(m, w[0], generator=gen)] + [
        torch.randn(w[i], w[i + 1], generator=gen) / w[i] ** 0.5 for i in range(4)]


def buffer_reuse(smoke: bool = True) -> ExampleResult:
    """Seven intermediates fit in two buffers; inductor reuses its buffers and runs relu in place."""
    import numpy as np
    import paddle
    import torch
    import torch.fx

    from paddlecamp.slides.examples import liveness

    m = reuse_rows(smoke)
    fn = _define(REUSE_CODE)["mlp"]
    args = _mlp_args(m)
    gm = torch.fx.symbolic_trace(fn)
    info = liveness.storage_map(gm, *args)
    lts = liveness.buffer_lifetimes(gm, info, count_inputs=False)
    shared = liveness.shared_buffers_greedy_by_size(lts)
    arena, _ = liveness.arena_greedy_by_size(lts)
    naive = sum(lt.nbytes for lt in lts)
    peak = liveness.peak_live_bytes(lts)
    measured = liveness.measured_peak_bytes(gm, args)
    stats = liveness.wrapper_allocation_stats(liveness.inductor_wrapper_code(fn, *args))
    p_out = _define(REUSE_PADDLE)["mlp"](*[paddle.to_tensor(a.numpy()) for a in args]).numpy()
    paddle_same = bool(np.allclose(p_out, fn(*args).numpy(), rtol=1e-4, atol=1e-4))
    metrics: dict[str, Any] = {
        "rows": m, "intermediates": len(lts), "naive_bytes": naive,
        "reuse_buffers": len(shared.sizes), "reuse_bytes": shared.total_bytes, "arena_bytes": arena,
        "peak_bytes": peak, "peak_measured_bytes": measured,
        "inductor_allocations": stats.allocations, "inductor_reuses": stats.reuses,
        "inductor_allocated_bytes": stats.allocated_bytes, "inductor_peak_bytes": stats.peak_bytes,
        "inductor_kernels": stats.kernels, "inductor_extern_calls": stats.extern_calls,
        "inductor_inplace_launches": stats.inplace_launches, "paddle_same": int(paddle_same),
    }
    today = (f"{len(lts)} 个中间张量逐个分配 {_size(naive)}，按活跃区间复用只需 {len(shared.sizes)} 块 "
             f"{_size(shared.total_bytes)}；Inductor 分配 {stats.allocations} 次、复用 {stats.reuses} 次，"
             f"{stats.inplace_launches} 个核原地写，峰值 {_size(stats.peak_bytes)}。")
    table = [
        ["分配方式", "缓冲数", "分配字节"],
        ["每个中间张量一块", str(len(lts)), _size(naive)],
        ["活跃性 + 按大小贪心", str(len(shared.sizes)), _size(shared.total_bytes)],
        ["Inductor 生成代码", str(stats.allocations), _size(stats.allocated_bytes)],
    ]
    return ExampleResult(
        key="memory.buffer_reuse", category="memory", title="缓冲区复用",
        code=REUSE_CODE, paddle_code=REUSE_PADDLE,
        ideal="按张量活跃区间把互不重叠的张量放进同一块内存，总量逼近峰值活跃字节，且不多拷贝一次。",
        today=today,
        open_problem="最优的偏移分配是 NP 难的装箱问题；动态形状下大小未知，复用只能在运行时做或保守预留。",
        metrics=metrics, table=table,
        notes=(f"x 为 [{m}, 64]，宽度 64→256→64→256→64，fp32。活跃区间来自 fx 图逐节点实际执行（视图按共享存储合并），"
               f"输入与权重不计。贪心：大张量先放，放进整个生命期都空闲的最小缓冲；单一 arena 按偏移放置为 {_size(arena)}。"
               f"逐节点执行、用完即释放时分配器实测峰值 {_size(measured)}。Inductor 一行解析其 wrapper 的 "
               "empty_strided_cpu / # reuse 行（只生成代码，不编译）。"),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24)", "TFLite memory planner (greedy by size)",
                    "Pisarchyk & Lee 2020, Efficient Memory Management for Deep Neural Net Inference", "XLA buffer assignment"],
    )


INPLACE_CODE = '''\
import torch

def act(x):                    # 新建 3 个张量
    return x.mul(2).add(1).relu()

def act_inplace(x):            # 只新建 1 个
    return x.mul(2).add_(1).relu_()

def unsafe(x):                 # sigmoid 为反向保存了输出
    y = x.sigmoid()
    y.mul_(2)                  # 原地改写它，backward 报错
    return y.sum()
'''


def inplace_size(smoke: bool) -> int:
    """Elements of ``x`` in ``inplace``."""
    return 1 << 14 if smoke else 1 << 22


def _allocated_bytes(fn: Callable[[], Any]) -> int:
    from paddlecamp.slides.examples.liveness import allocation_events

    return sum(size for size in allocation_events(fn) if size > 0)


def inplace(smoke: bool = True) -> ExampleResult:
    """In place saves the allocations; autograd and aliasing say when it is not allowed."""
    import torch

    from paddlecamp.slides.examples import liveness

    n = inplace_size(smoke)
    ns = _define(INPLACE_CODE)
    x = torch.randn(n, generator=torch.Generator().manual_seed(0))
    kept: list = []
    out_bytes = _allocated_bytes(lambda: kept.append(ns["act"](x)))
    in_bytes = _allocated_bytes(lambda: kept.append(ns["act_inplace"](x)))
    same = bool(torch.equal(kept[0], kept[1]))
    xg = torch.randn(n, requires_grad=True, generator=torch.Generator().manual_seed(1))
    autograd_error = ""
    try:
        ns["unsafe"](xg).backward()
    except RuntimeError as exc:
        autograd_error = str(exc).split(":")[0]
    # aliasing: a view taken before an in-place write sees the new values
    base = torch.arange(4.0)
    view = base[:2]
    before = view.clone()
    base.mul_(2)
    view_changed = not torch.equal(view, before)
    stats = liveness.wrapper_allocation_stats(liveness.inductor_wrapper_code(ns["act"], x))
    import paddle

    px = paddle.to_tensor(xg.detach().numpy(), stop_gradient=False)
    paddle_error = ""
    try:
        py = paddle.nn.functional.sigmoid(px)
        py.multiply_(paddle.to_tensor(2.0))
        py.sum().backward()
    except Exception as exc:  # paddle raises its own error types
        paddle_error = type(exc).__name__
    metrics: dict[str, Any] = {
        "elements": n, "tensor_bytes": n * 4, "out_of_place_bytes": out_bytes, "in_place_bytes": in_bytes,
        "saved_bytes": out_bytes - in_bytes, "same_result": int(same),
        "autograd_error": int(bool(autograd_error)), "autograd_error_text": autograd_error,
        "view_changed": int(view_changed), "inductor_allocations": stats.allocations,
        "inductor_allocated_bytes": stats.allocated_bytes,
        "paddle_inplace_error": int(bool(paddle_error)), "paddle_error_type": paddle_error,
    }
    today = (f"原地写法少分配 {_size(out_bytes - in_bytes)}；改写 sigmoid 输出后 "
             f"backward {'报错' if autograd_error else '未报错'}，先取的视图{'也被改写' if view_changed else '未变'}；"
             f"Inductor 对非原地写法只分配 {stats.allocations} 次。")
    table = [
        ["写法", "新分配字节", "结果一致"],
        ["非原地 act", _size(out_bytes), "—"],
        ["原地 act_inplace", _size(in_bytes), "是" if same else "否"],
        ["Inductor(act)", _size(stats.allocated_bytes), "—"],
    ]
    return ExampleResult(
        key="memory.inplace", category="memory", title="原地算子：省内存与安全性",
        code=INPLACE_CODE,
        ideal="编译器在证明无别名读者、无自动微分依赖时自动改成原地写，用户只写纯函数式代码。",
        today=today,
        open_problem="别名与变异分析跨视图、跨图边界和自定义算子时很难精确；函数化后再原地化会丢掉用户的意图。",
        metrics=metrics, table=table,
        notes=(f"x 含 {n} 个 fp32 元素（{_size(n * 4)}）。新分配字节为 torch.profiler(profile_memory=True) 记录的分配事件之和。"
               f"autograd 报错：{autograd_error or '无'}。别名示例：先取 base[:2] 视图，再 base.mul_(2)，视图内容随之改变。"
               "PyTorch 2 先函数化（去掉变异），再由 reinplace 与缓冲复用把写回放回原处。"
               f"Paddle 同样的 sigmoid + multiply_ 反向：{paddle_error or '未报错'}。"),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24): functionalization", "XLA input/output aliasing",
                    "PyTorch autograd: version counters"],
    )


REMAT_CODE = '''\
import torch

def keep(x):
    e = x.exp()                # 早用一次，最后再用一次
    s = e.sum()
    t = x.sin() * x.cos()      # 中段：两个大临时张量
    return (t * e).sum() + s

def remat(x):                  # 不留 e，用到时重算
    s = x.exp().sum()
    t = x.sin() * x.cos()
    return (t * x.exp()).sum() + s
'''


def remat_size(smoke: bool) -> int:
    """Elements of ``x`` in ``remat_peak``."""
    return 1 << 14 if smoke else 1 << 22


def remat_peak(smoke: bool = True) -> ExampleResult:
    """Recomputing exp(x) instead of keeping it lowers the peak by one tensor."""
    import torch
    import torch.fx

    from paddlecamp.slides.examples import liveness

    n = remat_size(smoke)
    ns = _define(REMAT_CODE)
    x = torch.randn(n, generator=torch.Generator().manual_seed(0))
    rows = {}
    for name in ("keep", "remat"):
        gm = torch.fx.symbolic_trace(ns[name])
        lts = liveness.buffer_lifetimes(gm, liveness.storage_map(gm, x), count_inputs=False)
        ops = len(liveness.compute_nodes(gm))
        rows[name] = (liveness.peak_live_bytes(lts), liveness.measured_peak_bytes(gm, [x]), ops)
    same = bool(torch.allclose(ns["keep"](x), ns["remat"](x), rtol=1e-5))
    stats = liveness.wrapper_allocation_stats(liveness.inductor_wrapper_code(ns["keep"], x))
    metrics: dict[str, Any] = {
        "elements": n, "tensor_bytes": n * 4,
        "keep_peak_bytes": rows["keep"][0], "keep_peak_measured_bytes": rows["keep"][1], "keep_ops": rows["keep"][2],
        "remat_peak_bytes": rows["remat"][0], "remat_peak_measured_bytes": rows["remat"][1],
        "remat_ops": rows["remat"][2], "saved_bytes": rows["keep"][0] - rows["remat"][0], "same_result": int(same),
        "inductor_allocations": stats.allocations, "inductor_kernels": stats.kernels,
        "inductor_peak_bytes": stats.peak_bytes,
    }
    today = (f"保留 e 峰值 {_size(rows['keep'][0])}，重算 e 后 {_size(rows['remat'][0])}（算子 "
             f"{rows['keep'][2]}→{rows['remat'][2]}）；Inductor 整图融成 {stats.kernels} 个核，大张量不落内存"
             f"（峰值 {_size(stats.peak_bytes)}）。")
    table = [
        ["方案", "峰值（模型）", "峰值（实测）", "算子数"],
        ["保留 e", _size(rows["keep"][0]), _size(rows["keep"][1]), str(rows["keep"][2])],
        ["重算 e", _size(rows["remat"][0]), _size(rows["remat"][1]), str(rows["remat"][2])],
        ["Inductor(keep)", _size(stats.peak_bytes), "—", str(stats.kernels)],
    ]
    return ExampleResult(
        key="memory.remat_peak", category="memory", title="重物化降低峰值",
        code=REMAT_CODE,
        ideal="对活得长、算得便宜的张量，在峰值处释放、用到时重算；只在峰值点真正受益时才做。",
        today=today,
        open_problem="重算与融合、调度相互影响：同一张量该保留、重算还是融合进消费者，需要全局代价模型。",
        metrics=metrics, table=table,
        notes=(f"x 含 {n} 个 fp32 元素（每个大张量 {_size(n * 4)}）。峰值由 fx 图活跃性模型计算（输入不计），"
               "实测列按同一顺序逐节点执行、用完即释放，由 torch.profiler 分配事件累计。"
               "两种写法结果在浮点误差内一致。Inductor 的融合本身就是一种重物化：逐元素中间值只在寄存器里存在。"),
        references=["Checkmate (MLSys'20)", "Chen et al. 2016, Training Deep Nets with Sublinear Memory Cost",
                    "TorchInductor / PyTorch 2 (ASPLOS'24)"],
    )


TRANSFORMER_CODE = '''\
import torch
import torch.nn.functional as F

def block(x, wqkv, wo, w1, w2):    # x: [B, S, D]，4 个头
    B, S, D = x.shape
    q, k, v = (x @ wqkv).chunk(3, dim=-1)
    q, k, v = (t.view(B, S, 4, D // 4).transpose(1, 2)
               for t in (q, k, v))
    a = (q @ k.transpose(-2, -1) / (D // 4) ** 0.5).softmax(-1)
    o = (a @ v).transpose(1, 2).reshape(B, S, D)
    h = F.layer_norm(x + o @ wo, (D,))
    return F.layer_norm(h + F.gelu(h @ w1) @ w2, (D,))
'''

TRANSFORMER_HEADS = 4


def transformer_sizes(smoke: bool) -> tuple[int, int, int]:
    """(B, S, D) of ``transformer_peak``."""
    return (2, 64, 64) if smoke else (4, 256, 128)


def transformer_peak(smoke: bool = True) -> ExampleResult:
    """Peak live bytes of a transformer block: model vs allocator vs sum of intermediates vs inductor."""
    import torch
    from torch.fx.experimental.proxy_tensor import make_fx

    from paddlecamp.slides.examples import liveness

    b, s, d = transformer_sizes(smoke)
    fn = _define(TRANSFORMER_CODE)["block"]
    gen = torch.Generator().manual_seed(0)
    shapes = [(b, s, d), (d, 3 * d), (d, d), (d, 4 * d), (4 * d, d)]
    args = [torch.randn(*sh, generator=gen) / (sh[0] ** 0.5 if len(sh) == 2 else 1) for sh in shapes]
    gm = make_fx(fn)(*args)
    lts = liveness.buffer_lifetimes(gm, liveness.storage_map(gm, *args), count_inputs=False)
    peak = liveness.peak_live_bytes(lts)
    measured = liveness.measured_peak_bytes(gm, args)
    total = sum(lt.nbytes for lt in lts)
    shared = liveness.shared_buffers_greedy_by_size(lts)
    code = liveness.inductor_wrapper_code(fn, *args)
    stats = liveness.wrapper_allocation_stats(code)
    # inductor's pattern matcher may turn matmul-softmax-matmul into one fused attention call
    sdpa = "_scaled_dot_product" in liveness.wrapper_call_body(code)
    scores = b * TRANSFORMER_HEADS * s * s * 4
    metrics: dict[str, Any] = {
        "B": b, "S": s, "D": d, "aten_ops": len(liveness.compute_nodes(gm)), "buffers": len(lts),
        "sum_intermediates_bytes": total, "peak_bytes": peak, "peak_measured_bytes": measured,
        "model_error_pct": round(100 * abs(measured - peak) / measured, 2),
        "peak_fraction_of_sum": round(peak / total, 3), "score_matrix_bytes": scores,
        "reuse_buffers": len(shared.sizes), "reuse_bytes": shared.total_bytes,
        "inductor_allocations": stats.allocations, "inductor_peak_bytes": stats.peak_bytes,
        "inductor_kernels": stats.kernels, "inductor_extern_calls": stats.extern_calls,
        "inductor_fused_attention": int(sdpa),
    }
    today = (f"{len(lts)} 个中间存储共 {_size(total)}，模型峰值 {_size(peak)}，分配器实测 {_size(measured)}"
             f"（差 {metrics['model_error_pct']}%）；Inductor "
             f"{'改写成 flash attention，' if sdpa else ''}峰值 {_size(stats.peak_bytes)}。")
    table = [
        ["口径", "字节"],
        ["所有中间张量之和", _size(total)],
        ["活跃性模型峰值", _size(peak)],
        ["分配器实测峰值", _size(measured)],
        ["Inductor 自有缓冲峰值", _size(stats.peak_bytes)],
    ]
    return ExampleResult(
        key="memory.transformer_peak", category="memory", title="真实子图的峰值内存",
        code=TRANSFORMER_CODE,
        ideal="编译前就能准确预测峰值（含视图、工作区、库内部临时量），据此选择调度、融合与重算。",
        today=today,
        open_problem="库算子（GEMM、注意力）内部工作区与分配器碎片不在图里；动态形状下峰值只能给出符号上界。",
        metrics=metrics, table=table,
        notes=(f"B={b}, S={s}, D={d}, 4 头，fp32；用 make_fx 得到 {metrics['aten_ops']} 个 ATen 节点的图。"
               "模型：按存储合并视图，每个存储活到最后一个使用者，输入与权重不计。实测：同一顺序逐节点执行、"
               "用完即释放，torch.profiler 分配事件累计。注意力分数矩阵 B·H·S·S 每份 "
               f"{_size(scores)}，是峰值的主体。Inductor 一行解析其生成 wrapper（只生成代码，不编译）"
               + ("：它把 matmul-softmax-matmul 模式匹配为 CPU 上的 flash attention，分数矩阵不再落内存。" if sdpa else "。")),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24)", "FlashAttention (NeurIPS'22)", "XLA buffer assignment",
                    "GraphNet"],
    )


EXAMPLES: dict[str, Callable[..., ExampleResult]] = {
    "buffer_reuse": buffer_reuse,
    "inplace": inplace,
    "remat_peak": remat_peak,
    "transformer_peak": transformer_peak,
}
