"""torch.nn layers and the training machinery around them under the prefix swap.

Gaps closed here:

* torch's spelling of layers paddle has under another name (``nn.MaxPool2d`` is paddle's
  ``MaxPool2D``, ``nn.BatchNorm2d`` ``BatchNorm2D``...): new classes that subclass paddle's
  layer and take torch's constructor (``kernel_size, stride, padding, dilation,
  return_indices, ceil_mode``; ``num_features, eps, momentum, affine, track_running_stats``
  with torch's momentum ``m`` being paddle's ``1 - m``...);
* torch-only constructor keywords on layers paddle has (``nn.LogSoftmax(dim=)``,
  ``nn.Linear(bias=False)``, ``inplace=``, the losses' legacy ``size_average=/reduce=``):
  wrappers that act only when such a keyword (or paddle's own detection of torch's
  positional form) is present, so every call paddle accepts today behaves as before;
* torch namespaces paddle lacks (``torch.optim``, ``torch.backends``, ``torch.cpu``,
  ``torch.autograd.functional``...), built on paddle's own counterparts.
"""
from __future__ import annotations

import functools
import inspect
import itertools
import math
from typing import Any, Callable

from ..patch import Patcher, patch

_BUILT: dict[str, dict[str, Any]] = {}


def _once(fn: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    """Build a family of classes once (so ``isinstance`` holds across enable/disable)."""
    @functools.wraps(fn)
    def get() -> dict[str, Any]:
        if fn.__name__ not in _BUILT:
            _BUILT[fn.__name__] = fn()
        return _BUILT[fn.__name__]
    return get


def _ntuple(v: Any, n: int) -> tuple:
    """``v`` as an ``n``-tuple (torch's ``_ntuple``)."""
    if isinstance(v, (list, tuple)):
        return tuple(v)
    return (v,) * n


def _place(layer: Any, device: Any = None, dtype: Any = None) -> None:
    """torch's ``device=``/``dtype=`` constructor arguments: the parameters moved/cast after creation."""
    import paddle
    params = layer.parameters()
    if dtype is not None and params and paddle.base.framework.convert_np_dtype_to_dtype_(
            dtype if isinstance(dtype, str) else str(dtype).replace("paddle.", "")) != params[0].dtype:
        layer.to(dtype=dtype)
    if device is not None and not (str(device).startswith("cpu") and all(q.place.is_cpu_place() for q in params)):
        layer.to(device=device)


def _bind(spec: Callable, args: tuple, kwargs: dict) -> dict[str, Any]:
    """Bind a call to torch's signature (given as a stub function); defaults filled in."""
    ba = inspect.signature(spec).bind(*args, **kwargs)
    ba.apply_defaults()
    return dict(ba.arguments)


def _rename(name: str, cls: type) -> type:
    """Give a class built here torch's name."""
    cls.__name__ = cls.__qualname__ = name
    cls.__module__ = "paddle.nn"
    return cls


def _add_all(p: Patcher, owner: Any, classes: dict[str, Any]) -> None:
    for name, cls in classes.items():
        p.add(owner, name, cls)


# --------------------------------------------------------------------------- pooling

def dilated_max_pool(x: Any, nd: int, kernel_size: Any, stride: Any, padding: Any, dilation: Any,
                     ceil_mode: bool, return_indices: bool) -> Any:
    """torch's max pooling with ``dilation`` (paddle's has none), from strided slices of the padded input.

    Output sizes follow torch (``ceil_mode`` windows must start inside the input or its left
    padding); indices are flat positions in each input plane, as torch's.
    """
    import paddle
    k, s = _ntuple(kernel_size, nd), _ntuple(stride if stride not in (None, [], ()) else kernel_size, nd)
    pd, dl = _ntuple(padding, nd), _ntuple(dilation, nd)
    spatial = list(x.shape[-nd:])
    outs, pads = [], []
    for L, kk, ss, pp, dd in zip(spatial, k, s, pd, dl):
        num = L + 2 * pp - dd * (kk - 1) - 1
        o = (-(-num // ss) if ceil_mode else num // ss) + 1
        if ceil_mode and (o - 1) * ss >= L + pp:
            o -= 1
        outs.append(o)
        pads.append((pp, max(pp, (o - 1) * ss + dd * (kk - 1) + 1 - L - pp)))
    lead = x.ndim - nd
    xp = paddle.nn.functional.pad(x, [0, 0] * lead + [v for pr in pads for v in pr], value=-math.inf,
                                  data_format=None) if any(a or b for a, b in pads) else x
    wins, offs = [], list(itertools.product(*[range(kk) for kk in k]))
    for off in offs:
        sl = [slice(None)] * lead + [slice(o_ * dd, o_ * dd + (oo - 1) * ss + 1, ss)
                                     for o_, dd, oo, ss in zip(off, dl, outs, s)]
        wins.append(xp[tuple(sl)])
    stack = paddle.stack(wins, axis=-1)
    out = stack.max(axis=-1)
    if not return_indices:
        return out
    arg = stack.argmax(axis=-1)  # which kernel offset
    flat = paddle.zeros(arg.shape, dtype="int64")
    rest = arg
    plane = 1
    coords = []
    for dim in reversed(range(nd)):
        kk = k[dim]
        coords.append(rest % kk)
        rest = rest // kk
    coords.reverse()
    for dim in range(nd):
        shape = [1] * lead + [outs[d] if d == dim else 1 for d in range(nd)]
        pos = paddle.arange(outs[dim], dtype="int64").reshape(shape) * s[dim] - pd[dim] + coords[dim] * dl[dim]
        plane_stride = int(math.prod(spatial[dim + 1:]))
        flat = flat + pos * plane_stride
    del plane
    return out, flat


@_once
def _pool_classes() -> dict[str, Any]:
    import paddle
    import paddle.compat.nn as cnn
    classes: dict[str, Any] = {}

    def make_max(nd: int) -> type:
        base = getattr(paddle.nn, f"MaxPool{nd}D")

        class MaxPool(base):
            """torch's ``MaxPool{nd}d``: paddle's pooling, dilation included, int64 indices."""

            def __init__(self, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1,
                         return_indices: bool = False, ceil_mode: bool = False) -> None:
                super().__init__(kernel_size, stride, padding, return_mask=return_indices, ceil_mode=ceil_mode)
                self.kernel_size, self.dilation = kernel_size, dilation
                self.return_indices = return_indices
                self.stride = stride if stride is not None else kernel_size

            def forward(self, input: Any) -> Any:
                unbatched = input.ndim == nd + 1
                x = input.unsqueeze(0) if unbatched else input
                if all(d == 1 for d in _ntuple(self.dilation, nd)):
                    out = super().forward(x)
                else:
                    out = dilated_max_pool(x, nd, self.kernel_size, self.stride, self.padding, self.dilation,
                                           self.ceil_mode, self.return_indices)
                if self.return_indices:
                    out, idx = out
                    idx = idx.astype("int64")
                    return (out.squeeze(0), idx.squeeze(0)) if unbatched else (out, idx)
                return out.squeeze(0) if unbatched else out

            def extra_repr(self) -> str:
                return (f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}, "
                        f"dilation={self.dilation}, ceil_mode={self.ceil_mode}")
        return _rename(f"MaxPool{nd}d", MaxPool)

    for nd in (1, 2, 3):
        classes[f"MaxPool{nd}d"] = make_max(nd)
        classes[f"AvgPool{nd}d"] = getattr(cnn, f"AvgPool{nd}D")  # paddle's own torch-signature average pools
    return classes


@patch("modules-pool-classes", [f"torch.nn.{k}Pool{d}d" for k in ("Max", "Avg") for d in (1, 2, 3)],
       "paddle.nn.MaxPool{1,2,3}d, AvgPool{1,2,3}d", "new API",
       "torch's pooling layers under torch's names are missing (dev: MaxPool 27, AvgPool 111 cases with the "
       "nn.modules / nn.modules.pooling paths); paddle's MaxPool2D calls return_indices return_mask and has no "
       "dilation, AvgPool2D calls count_include_pad exclusive (paddle.compat.nn has torch's AvgPool)")
def pool_classes(p: Patcher) -> None:
    _add_all(p, "paddle.nn", _pool_classes())


# --------------------------------------------------------------------------- normalization

def _bn_properties(cls: type) -> type:
    """torch's attribute names on paddle's batch/instance norm: running_mean/var, eps, momentum."""
    def prop(attr: str) -> property:
        return property(lambda self: getattr(self, attr), lambda self, v: setattr(self, attr, v))
    cls.running_mean = prop("_mean")
    cls.running_var = prop("_variance")
    cls.eps = prop("_epsilon")
    cls.momentum = property(lambda self: None if getattr(self, "_cumulative", False) else 1 - self._momentum,
                            lambda self, v: setattr(self, "_momentum", 1 - v))
    cls.num_features = property(lambda self: self._num_features)
    return cls


@_once
def _norm_classes() -> dict[str, Any]:
    import paddle
    classes: dict[str, Any] = {}

    def bn_init(self: Any, base: type, num_features: int, eps: float, momentum: Any, affine: bool,
                track_running_stats: bool, device: Any, dtype: Any, **extra: Any) -> None:
        base.__init__(self, num_features, momentum=0.9 if momentum is None else 1 - momentum, epsilon=eps,
                      weight_attr=None if affine else False, bias_attr=None if affine else False,
                      **({} if track_running_stats else {"use_global_stats": False}), **extra)
        self.affine, self.track_running_stats = affine, track_running_stats
        self._cumulative = momentum is None  # torch: running stats are the plain average of all batches
        self.num_batches_tracked = 0
        _place(self, device, dtype)

    def bn_forward(self: Any, base: type, input: Any) -> Any:
        if not (self.training and self.track_running_stats):
            return base.forward(self, input)
        self.num_batches_tracked += 1
        if self._cumulative:
            self._momentum = 1 - 1 / self.num_batches_tracked
        old_var = self._variance.clone()
        out = base.forward(self, input)
        with paddle.no_grad():  # torch tracks the unbiased batch variance, paddle the biased one
            axes = [0] + list(range(2, input.ndim))
            var = input.astype(old_var.dtype).var(axis=axes, unbiased=True)
            m = 1 - self._momentum
            paddle.assign(old_var * (1 - m) + var * m, self._variance)
        return out

    def make_bn(nd: int) -> type:
        base = getattr(paddle.nn, f"BatchNorm{nd}D")

        class BatchNorm(base):
            """torch's ``BatchNorm{nd}d`` (momentum ``m`` is paddle's ``1 - m``; affine=False: no weight/bias)."""

            def __init__(self, num_features: int, eps: float = 1e-5, momentum: Any = 0.1, affine: bool = True,
                         track_running_stats: bool = True, device: Any = None, dtype: Any = None) -> None:
                bn_init(self, base, num_features, eps, momentum, affine, track_running_stats, device, dtype)

            def forward(self, input: Any) -> Any:
                return bn_forward(self, base, input)
        return _bn_properties(_rename(f"BatchNorm{nd}d", BatchNorm))

    for nd in (1, 2, 3):
        classes[f"BatchNorm{nd}d"] = make_bn(nd)

    class _BatchNorm(paddle.nn.layer.norm._BatchNormBase):
        """torch's ``nn.modules.batchnorm._BatchNorm`` base class (input of any rank >= 2)."""

        def __init__(self, num_features: int, eps: float = 1e-5, momentum: Any = 0.1, affine: bool = True,
                     track_running_stats: bool = True, device: Any = None, dtype: Any = None) -> None:
            bn_init(self, paddle.nn.layer.norm._BatchNormBase, num_features, eps, momentum, affine,
                    track_running_stats, device, dtype)

        def forward(self, input: Any) -> Any:
            return bn_forward(self, paddle.nn.layer.norm._BatchNormBase, input)

        def _check_input_dim(self, input: Any) -> None:
            if input.ndim < 2:
                raise ValueError(f"expected at least 2D input (got {input.ndim}D input)")
    classes["_BatchNorm"] = _bn_properties(_rename("_BatchNorm", _BatchNorm))

    def make_in(nd: int) -> type:
        base = getattr(paddle.nn, f"InstanceNorm{nd}D")

        class InstanceNorm(base):
            """torch's ``InstanceNorm{nd}d``: affine=False by default, running stats when tracked."""

            def __init__(self, num_features: int, eps: float = 1e-5, momentum: float = 0.1, affine: bool = False,
                         track_running_stats: bool = False, device: Any = None, dtype: Any = None) -> None:
                base.__init__(self, num_features, epsilon=eps, momentum=1 - momentum,
                              weight_attr=None if affine else False, bias_attr=None if affine else False)
                self.affine, self.track_running_stats = affine, track_running_stats
                self._torch_momentum = momentum
                if track_running_stats:
                    self.register_buffer("running_mean", paddle.zeros([num_features]))
                    self.register_buffer("running_var", paddle.ones([num_features]))
                else:
                    self.running_mean = self.running_var = None
                _place(self, device, dtype)

            def forward(self, input: Any) -> Any:
                unbatched = input.ndim == nd + 1
                x = input.unsqueeze(0) if unbatched else input
                fmt = {1: "NCL", 2: "NCHW", 3: "NCDHW"}[nd]
                if self.track_running_stats and not self.training:
                    shape = [1, -1] + [1] * nd  # paddle's instance_norm ignores use_input_stats=False
                    out = (x - self.running_mean.reshape(shape)) / paddle.sqrt(
                        self.running_var.reshape(shape) + self._epsilon)
                    if self.scale is not None:
                        out = out * self.scale.reshape(shape) + self.bias.reshape(shape)
                else:
                    out = paddle.nn.functional.instance_norm(x, weight=self.scale, bias=self.bias,
                                                             eps=self._epsilon, data_format=fmt)
                    if self.track_running_stats:  # torch: batch average of the instance statistics
                        with paddle.no_grad():
                            axes = list(range(2, x.ndim))
                            n = math.prod(x.shape[2:])
                            mean = x.mean(axis=axes).mean(axis=0)
                            var = (x.var(axis=axes, unbiased=False) * n / max(n - 1, 1)).mean(axis=0)
                            m = self._torch_momentum
                            paddle.assign((1 - m) * self.running_mean + m * mean.astype(self.running_mean.dtype),
                                          self.running_mean)
                            paddle.assign((1 - m) * self.running_var + m * var.astype(self.running_var.dtype),
                                          self.running_var)
                return out.squeeze(0) if unbatched else out
        cls = _rename(f"InstanceNorm{nd}d", InstanceNorm)
        cls.eps = property(lambda self: self._epsilon)
        cls.num_features = property(lambda self: self._num_features)
        return cls

    for nd in (1, 2, 3):
        classes[f"InstanceNorm{nd}d"] = make_in(nd)
    return classes


@patch("modules-norm-classes", [f"torch.nn.{k}Norm{d}d" for k in ("Batch", "Instance") for d in (1, 2, 3)]
       + ["torch.nn.modules.batchnorm._BatchNorm"],
       "paddle.nn.BatchNorm{1,2,3}d, InstanceNorm{1,2,3}d, _BatchNorm", "new API",
       "torch's BatchNorm{1,2,3}d / InstanceNorm{1,2,3}d are missing (dev: BatchNorm 65 cases with the "
       "nn.modules paths, InstanceNorm 25, _BatchNorm 6); paddle's take momentum as 1 - torch's, epsilon, "
       "weight_attr/bias_attr=False for affine=False, and InstanceNorm is affine by default")
def norm_classes(p: Patcher) -> None:
    cls = _norm_classes()
    _add_all(p, "paddle.nn", {k: v for k, v in cls.items() if not k.startswith("_")})
    import paddle
    p.add(paddle.nn.layer.norm, "_BatchNorm", cls["_BatchNorm"])
    p.module("paddle.nn.modules.batchnorm", {"_BatchNorm": cls["_BatchNorm"]})


# --------------------------------------------------------------------------- convolution / dropout

@_once
def _conv_dropout_classes() -> dict[str, Any]:
    import paddle
    classes: dict[str, Any] = {}

    def make_convt(nd: int) -> type:
        base = getattr(paddle.nn, f"Conv{nd}DTranspose")

        class ConvTranspose(base):
            """torch's ``ConvTranspose{nd}d`` (groups before bias and dilation; bias=False)."""

            def __init__(self, in_channels: int, out_channels: int, kernel_size: Any, stride: Any = 1,
                         padding: Any = 0, output_padding: Any = 0, groups: int = 1, bias: bool = True,
                         dilation: Any = 1, padding_mode: str = "zeros", device: Any = None, dtype: Any = None) -> None:
                if padding_mode != "zeros":
                    raise ValueError(f'Only "zeros" padding mode is supported for ConvTranspose{nd}d')
                base.__init__(self, in_channels, out_channels, kernel_size, stride=stride, padding=padding,
                              output_padding=output_padding, dilation=dilation, groups=groups,
                              bias_attr=None if bias else False)
                self.padding_mode = padding_mode
                _place(self, device, dtype)
        return _rename(f"ConvTranspose{nd}d", ConvTranspose)

    def make_dropout(nd: int) -> type:
        class Dropout(paddle.nn.Layer):
            """torch's ``Dropout{nd}d``: whole channels zeroed (batched or unbatched input), 1/(1-p) scaling."""

            def __init__(self, p: float = 0.5, inplace: bool = False) -> None:
                super().__init__()
                if p < 0 or p > 1:
                    raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
                self.p, self.inplace = p, inplace

            def forward(self, input: Any) -> Any:
                axis = [0, 1] if input.ndim == nd + 2 else [0]
                out = paddle.nn.functional.dropout(input, p=self.p, axis=axis, training=self.training)
                if self.inplace:
                    paddle.assign(out, input)
                    return input
                return out

            def extra_repr(self) -> str:
                return f"p={self.p}, inplace={self.inplace}"
        return _rename(f"Dropout{nd}d", Dropout)

    for nd in (1, 2, 3):
        classes[f"ConvTranspose{nd}d"] = make_convt(nd)
        classes[f"Dropout{nd}d"] = make_dropout(nd)
    return classes


@patch("modules-convtranspose-dropout", [f"torch.nn.ConvTranspose{d}d" for d in (1, 2, 3)]
       + [f"torch.nn.Dropout{d}d" for d in (1, 2, 3)],
       "paddle.nn.ConvTranspose{1,2,3}d, Dropout{1,2,3}d", "new API",
       "torch's ConvTranspose{1,2,3}d (dev: 29 cases; paddle's Conv2DTranspose puts dilation before groups and "
       "takes bias_attr) and Dropout{1,2,3}d (18; paddle has Dropout2D/3D for batched input only) are missing")
def conv_dropout_classes(p: Patcher) -> None:
    _add_all(p, "paddle.nn", _conv_dropout_classes())


# --------------------------------------------------------------------------- torch keywords on paddle layers

def _wrap_init(p: Patcher, cls: type, torch_form: Callable[[tuple, dict], bool],
               convert: Callable[[Any, Callable, tuple, dict], None]) -> None:
    """Replace ``cls.__init__``: calls ``torch_form`` recognises go through ``convert``, the rest unchanged."""
    orig = cls.__dict__.get("__init__") or cls.__init__

    @functools.wraps(orig)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if torch_form(args, kwargs):
            return convert(self, orig, args, kwargs)
        return orig(self, *args, **kwargs)
    p.set(cls, "__init__", __init__)


def _kw_rename_init(p: Patcher, cls: type, rename: dict[str, str], drop: dict[str, tuple] | None = None) -> None:
    """torch keyword names on a paddle layer's constructor (``dim`` -> ``axis``...); ``drop``: torch
    keywords accepted only with values that change nothing here."""
    drop = drop or {}

    def torch_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in rename) or any(k in kwargs for k in drop)

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        kw = {}
        for k, v in kwargs.items():
            if k in drop:
                if v not in drop[k]:
                    raise NotImplementedError(f"{cls.__name__}({k}={v!r}) has no paddle counterpart")
                continue
            kw[rename.get(k, k)] = v
        orig(self, *args, **kw)
    _wrap_init(p, cls, torch_form, convert)


def _unfold_init(p: Patcher, cls: type) -> None:
    """torch's ``nn.Unfold(kernel_size, dilation, padding, stride)``: keyword names, and sizes given as tensors."""
    import paddle
    names = ("kernel_size", "dilation", "padding", "stride")

    def torch_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in names) or any(isinstance(v, paddle.Tensor)
                                                      for v in list(args) + list(kwargs.values()))

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(kernel_size: Any, dilation: Any = 1, padding: Any = 0, stride: Any = 1) -> None: ...
        a = {k: (v.tolist() if isinstance(v, paddle.Tensor) else v) for k, v in _bind(spec, args, kwargs).items()}
        orig(self, a["kernel_size"], a["dilation"], a["padding"], a["stride"])
    _wrap_init(p, cls, torch_form, convert)


@patch("modules-layer-kwargs", ["torch.nn.LogSoftmax", "torch.nn.Softmax", "torch.nn.Flatten", "torch.nn.Unflatten",
                                "torch.nn.Hardtanh", "torch.nn.CosineSimilarity", "torch.nn.GaussianNLLLoss",
                                "torch.nn.PoissonNLLLoss", "torch.nn.TripletMarginLoss", "torch.nn.Unfold"],
       "paddle.nn.LogSoftmax, Flatten, Unflatten, Hardtanh, CosineSimilarity, Unfold ... __init__", "argument alias",
       "torch keyword names refused by paddle's layers: nn.LogSoftmax(dim=) (dev: 23 cases, mostly in NLLLoss tests), "
       "GaussianNLLLoss(eps=) (11), Flatten(start_dim=/end_dim=), Unflatten(dim=, unflattened_size=), "
       "Hardtanh(min_val=/max_val=), CosineSimilarity(dim=), TripletMarginLoss/PoissonNLLLoss(eps=), "
       "Unfold(kernel_size=, dilation=, padding=, stride=) (14)")
def layer_kwargs(p: Patcher) -> None:
    import paddle.nn as nn
    _kw_rename_init(p, nn.LogSoftmax, {"dim": "axis"})
    _kw_rename_init(p, nn.Softmax, {"dim": "axis"})
    _kw_rename_init(p, nn.Flatten, {"start_dim": "start_axis", "end_dim": "stop_axis"})
    _kw_rename_init(p, nn.Unflatten, {"dim": "axis", "unflattened_size": "shape"})
    _kw_rename_init(p, nn.Hardtanh, {"min_val": "min", "max_val": "max"})
    _unfold_init(p, nn.Unfold)
    _kw_rename_init(p, nn.CosineSimilarity, {"dim": "axis"})
    _kw_rename_init(p, nn.GaussianNLLLoss, {"eps": "epsilon"})


# --------------------------------------------------------------------------- losses: legacy size_average/reduce

# torch's positional parameters of each loss (paddle's own LEGACY_POS knows where size_average/reduce sit)
TORCH_LOSS_PARAMS: dict[str, tuple[str, ...]] = {
    "L1Loss": ("size_average", "reduce", "reduction"),
    "MSELoss": ("size_average", "reduce", "reduction"),
    "KLDivLoss": ("size_average", "reduce", "reduction", "log_target"),
    "SmoothL1Loss": ("size_average", "reduce", "reduction", "beta"),
    "SoftMarginLoss": ("size_average", "reduce", "reduction"),
    "MultiLabelMarginLoss": ("size_average", "reduce", "reduction"),
    "BCELoss": ("weight", "size_average", "reduce", "reduction"),
    "BCEWithLogitsLoss": ("weight", "size_average", "reduce", "reduction", "pos_weight"),
    "MultiLabelSoftMarginLoss": ("weight", "size_average", "reduce", "reduction"),
    "HingeEmbeddingLoss": ("margin", "size_average", "reduce", "reduction"),
    "CosineEmbeddingLoss": ("margin", "size_average", "reduce", "reduction"),
    "MarginRankingLoss": ("margin", "size_average", "reduce", "reduction"),
    "CrossEntropyLoss": ("weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing"),
    "NLLLoss": ("weight", "size_average", "ignore_index", "reduce", "reduction"),
    "PoissonNLLLoss": ("log_input", "full", "size_average", "eps", "reduce", "reduction"),
    "MultiMarginLoss": ("p", "margin", "weight", "size_average", "reduce", "reduction"),
    "TripletMarginLoss": ("margin", "p", "eps", "swap", "size_average", "reduce", "reduction"),
}
LOSS_RENAME = {"eps": "epsilon"}


def _loss_wrap(p: Patcher, cls: type, params: tuple[str, ...]) -> None:
    """torch's loss constructor: legacy size_average/reduce -> reduction, torch keyword names."""
    from .functions import legacy_reduction
    name = cls.__name__
    legacy_at = [i for i, n in enumerate(params) if n in ("size_average", "reduce")]

    orig_init = cls.__dict__.get("__init__") or cls.__init__
    paddle_params = [n for n in inspect.signature(orig_init).parameters if n != "self"]

    def torch_form(args: tuple, kwargs: dict) -> bool:
        if any(k in kwargs for k in ("size_average", "reduce", "eps", "beta")):
            return True
        if any(len(args) > i and type(args[i]) is bool for i in legacy_at):  # paddle's own test (LEGACY_POS)
            return True
        # a None flag where paddle expects its reduction string (or past paddle's parameters) is torch's form
        return any(len(args) > i and args[i] is None and (i >= len(paddle_params) or paddle_params[i] == "reduction")
                   for i in legacy_at)

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        if len(args) > len(params):
            raise TypeError(f"{name}() takes at most {len(params)} positional arguments ({len(args)} given)")
        kw = dict(zip(params, args))
        for k, v in kwargs.items():
            if k in kw:
                raise TypeError(f"{name}() got multiple values for argument {k!r}")
            kw[k] = v
        sa, rd = kw.pop("size_average", None), kw.pop("reduce", None)
        if sa is not None or rd is not None:
            kw["reduction"] = legacy_reduction(sa, rd)
        if "beta" in kw:  # torch's smooth L1 (huber / beta) is paddle's is_huber=False
            beta = kw.pop("beta")
            kw.update(delta=beta or 1.0, is_huber=False)
            orig(self, **{LOSS_RENAME.get(k, k): v for k, v in kw.items()})
            self._torch_l1 = beta == 0  # torch: beta=0 is the plain L1 loss
            return
        orig(self, **{LOSS_RENAME.get(k, k): v for k, v in kw.items()})
    _wrap_init(p, cls, torch_form, convert)


@patch("modules-loss-legacy", [f"torch.nn.{n}" for n in TORCH_LOSS_PARAMS], "paddle.nn.*Loss.__init__",
       "signature",
       "torch's loss constructors with size_average=/reduce= (positional or keyword) are refused by paddle "
       "(\"[Deprecated] no longer supports 'reduce' or 'size_average'\": dev 48 cases) though paddle detects them; "
       "eps= (TripletMarginLoss, PoissonNLLLoss) and SmoothL1Loss(beta=) (9) are torch's names")
def loss_legacy(p: Patcher) -> None:
    import paddle.nn as nn
    for n, params in TORCH_LOSS_PARAMS.items():
        _loss_wrap(p, getattr(nn, n), params)

    def wrap_forward(orig: Callable) -> Callable:
        def forward(self: Any, input: Any, label: Any) -> Any:
            if getattr(self, "_torch_l1", False):
                return nn.functional.l1_loss(input, label, reduction=self.reduction)
            return orig(self, input, label)
        return forward
    p.wrap(nn.SmoothL1Loss, "forward", wrap_forward)


@patch("modules-syncbatchnorm", ["torch.nn.SyncBatchNorm", "torch.nn.modules.batchnorm.SyncBatchNorm"],
       "paddle.nn.SyncBatchNorm", "signature",
       "torch's SyncBatchNorm(num_features, eps=, momentum=, affine=, track_running_stats=) keywords are refused "
       "(dev: 13 cases) and paddle's has no CPU kernel (6), where torch (not distributed) runs a plain batch norm")
def syncbatchnorm(p: Patcher) -> None:
    import paddle
    cls = paddle.nn.SyncBatchNorm
    torch_only = ("eps", "affine", "track_running_stats", "process_group", "device", "dtype")

    def torch_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in torch_only) or ("momentum" in kwargs and len(args) < 2)

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(num_features: int, eps: float = 1e-5, momentum: float = 0.1, affine: bool = True,
                 track_running_stats: bool = True, process_group: Any = None, device: Any = None,
                 dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        if a["momentum"] is None:
            raise NotImplementedError("SyncBatchNorm(momentum=None) has no paddle counterpart")
        orig(self, a["num_features"], momentum=1 - a["momentum"], epsilon=a["eps"],
             weight_attr=None if a["affine"] else False, bias_attr=None if a["affine"] else False)
        self.affine, self.track_running_stats = a["affine"], a["track_running_stats"]
        _place(self, a["device"], a["dtype"])
    _wrap_init(p, cls, torch_form, convert)

    def wrap_forward(orig: Callable) -> Callable:
        def forward(self: Any, x: Any) -> Any:
            if not x.place.is_cpu_place():
                return orig(self, x)
            use_batch = self.training or not getattr(self, "track_running_stats", True)
            return paddle.nn.functional.batch_norm(
                x, self._mean, self._variance, weight=self.weight, bias=self.bias, training=use_batch,
                momentum=self._momentum, epsilon=self._epsilon, data_format=self._data_format)
        return forward
    p.wrap(cls, "forward", wrap_forward)


@patch("modules-softmax-implicit-dim", ["torch.nn.LogSoftmax", "torch.nn.Softmax"],
       "paddle.nn.LogSoftmax.forward, Softmax.forward", "signature",
       "nn.LogSoftmax(dim=None): torch's implicit dim (0 for 0/1/3-D input, else 1) fails in paddle (dev: 1 case)")
def softmax_implicit_dim(p: Patcher) -> None:
    import paddle.nn as nn
    for cls in (nn.LogSoftmax, nn.Softmax):
        def wrap_forward(orig: Callable) -> Callable:
            def forward(self: Any, x: Any) -> Any:
                if self._axis is None:  # only torch's dim=None reaches here
                    self._axis = 0 if x.ndim in (0, 1, 3) else 1
                    try:
                        return orig(self, x)
                    finally:
                        self._axis = None
                return orig(self, x)
            return forward
        p.wrap(cls, "forward", wrap_forward)


# --------------------------------------------------------------------------- Linear, recurrent layers

def _torch_uniform_(param: Any, bound: float) -> None:
    """Re-draw ``param`` from U(-bound, bound) (torch's default init of Linear and RNN weights)."""
    import paddle
    param.set_value(paddle.uniform(param.shape, dtype=param.dtype, min=-bound, max=bound))


@patch("modules-linear-bias", ["torch.nn.Linear", "torch.nn.modules.Linear", "torch.nn.modules.linear.Linear"],
       "paddle.nn.Linear.__init__", "signature",
       "nn.Linear(in, out, bias=False, device=, dtype=) is refused by paddle's Linear (weight_attr/bias_attr; dev: "
       "18 cases); the torch form keeps paddle's [in, out] weight layout with torch's U(-1/sqrt(in), 1/sqrt(in)) init")
def linear_bias(p: Patcher) -> None:
    import paddle
    cls = paddle.nn.Linear

    def torch_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in ("bias", "device", "dtype")) or (len(args) > 2 and isinstance(args[2], bool))

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(in_features: int, out_features: int, bias: bool = True, device: Any = None, dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        orig(self, a["in_features"], a["out_features"], bias_attr=None if a["bias"] else False)
        self.in_features, self.out_features = a["in_features"], a["out_features"]
        _place(self, a["device"], a["dtype"])
        bound = 1 / math.sqrt(a["in_features"]) if a["in_features"] > 0 else 0
        _torch_uniform_(self.weight, bound)
        if self.bias is not None:
            _torch_uniform_(self.bias, bound)
    _wrap_init(p, cls, torch_form, convert)


def _rnn_kwargs(mode: str, a: dict) -> dict:
    """torch's recurrent-layer arguments as paddle's (time_major = not batch_first, direction, bias attrs)."""
    kw: dict[str, Any] = dict(num_layers=a["num_layers"], direction="bidirect" if a["bidirectional"] else "forward",
                              time_major=not a["batch_first"], dropout=float(a["dropout"]))
    if a.get("proj_size"):
        if mode != "LSTM":
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        kw["proj_size"] = a["proj_size"]
    return kw


def _no_rnn_bias(layer: Any) -> None:
    """torch's ``bias=False`` on paddle's multi-layer RNNs (whose bias_attr=False breaks their flattened
    weights): biases fixed at zero, never trained."""
    for name, prm in layer.named_parameters():
        if "bias" in name.rsplit(".", 1)[-1]:
            prm.set_value(prm.numpy() * 0)
            prm.stop_gradient = True


def _torch_rnn_spec(input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                    batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, proj_size: int = 0,
                    device: Any = None, dtype: Any = None) -> None:
    """torch's LSTM/GRU constructor (RNN adds ``nonlinearity`` after ``num_layers``)."""


def _torch_simple_rnn_spec(input_size: int, hidden_size: int, num_layers: int = 1, nonlinearity: str = "tanh",
                           bias: bool = True, batch_first: bool = False, dropout: float = 0.0,
                           bidirectional: bool = False, device: Any = None, dtype: Any = None) -> None:
    """torch's RNN constructor."""


_RNN_TORCH_KW = ("bias", "batch_first", "bidirectional", "proj_size", "device", "dtype", "nonlinearity",
                 "input_size", "hidden_size")


@_once
def _rnn_classes() -> dict[str, Any]:
    import paddle
    from paddle.nn.layer.rnn import RNNBase as PaddleRNNBase

    class RNNBase(PaddleRNNBase):
        """torch's ``nn.RNNBase(mode, input_size, hidden_size, ...)`` (modes LSTM, GRU, RNN_TANH, RNN_RELU)."""

        def __init__(self, mode: str, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                     batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False,
                     proj_size: int = 0, device: Any = None, dtype: Any = None) -> None:
            a = dict(num_layers=num_layers, bias=bias, batch_first=batch_first, dropout=dropout,
                     bidirectional=bidirectional, proj_size=proj_size)
            super().__init__(mode, input_size, hidden_size, **_rnn_kwargs(mode, a))
            self.batch_first, self.bidirectional, self.bias = batch_first, bidirectional, bias
            _place(self, device, dtype)
            if not bias:
                _no_rnn_bias(self)

    class RNNCell(paddle.nn.SimpleRNNCell):
        """torch's ``nn.RNNCell``: returns the new hidden state only."""

        def __init__(self, input_size: int, hidden_size: int, bias: bool = True, nonlinearity: str = "tanh",
                     device: Any = None, dtype: Any = None) -> None:
            super().__init__(input_size, hidden_size, activation=nonlinearity,
                             bias_ih_attr=None if bias else False, bias_hh_attr=None if bias else False)
            self.nonlinearity, self.bias = nonlinearity, bias
            _place(self, device, dtype)

        def forward(self, input: Any, hx: Any = None) -> Any:
            unbatched = input.ndim == 1
            if unbatched:
                input = input.unsqueeze(0)
                hx = hx.unsqueeze(0) if hx is not None else None
            h, _ = super().forward(input, hx)
            return h.squeeze(0) if unbatched else h

    return {"RNNBase": _rename("RNNBase", RNNBase), "RNNCell": _rename("RNNCell", RNNCell)}


@_once
def _rnn_dispatch_cls() -> dict[str, Any]:
    import paddle

    class RNN(paddle.nn.RNN):
        """paddle's ``RNN(cell, ...)``; an int first argument (or input_size=) is torch's ``nn.RNN``, which
        is paddle's SimpleRNN."""

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            if (args and isinstance(args[0], int) and not isinstance(args[0], bool)) or "input_size" in kwargs:
                return paddle.nn.SimpleRNN(*args, **{**kwargs, **({} if any(k in kwargs for k in _RNN_TORCH_KW)
                                                                   else {"batch_first": False})})
            return super().__new__(cls)
    return {"RNN": _rename("RNN", RNN)}


def _rnn_dispatch() -> type:
    return _rnn_dispatch_cls()["RNN"]


@patch("modules-rnn", ["torch.nn.RNN", "torch.nn.LSTM", "torch.nn.GRU", "torch.nn.RNNBase", "torch.nn.RNNCell",
                       "torch.nn.LSTMCell", "torch.nn.GRUCell", "torch.nn.modules.rnn.RNN"],
       "paddle.nn.RNN, LSTM, GRU, SimpleRNN, LSTMCell, GRUCell; new RNNBase, RNNCell", "signature",
       "torch's recurrent layers: nn.RNN(input_size, hidden_size, ...) is paddle's SimpleRNN (paddle.nn.RNN wraps a "
       "cell; dev: 30 cases), RNNBase/RNNCell missing (31), bias=/batch_first=/bidirectional=/device=/dtype= "
       "refused by LSTM/GRU/LSTMCell/GRUCell (30); torch's cells return h (LSTMCell: (h, c)), paddle's (h, states)")
def rnn(p: Patcher) -> None:
    import paddle
    nn = paddle.nn
    _add_all(p, "paddle.nn", _rnn_classes())

    def layer_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in _RNN_TORCH_KW) or (len(args) > 3 and isinstance(args[3], bool))

    def make_convert(mode: str) -> Callable:
        def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
            a = _bind(_torch_simple_rnn_spec if mode.startswith("RNN") else _torch_rnn_spec, args, kwargs)
            kw = _rnn_kwargs(mode, a)
            if mode.startswith("RNN"):
                kw["activation"] = a["nonlinearity"]
            orig(self, a["input_size"], a["hidden_size"], **kw)
            self.batch_first, self.bidirectional, self.bias = a["batch_first"], a["bidirectional"], a["bias"]
            _place(self, a["device"], a["dtype"])
            if not a["bias"]:
                _no_rnn_bias(self)
        return convert
    _wrap_init(p, nn.LSTM, layer_form, make_convert("LSTM"))
    _wrap_init(p, nn.GRU, layer_form, make_convert("GRU"))
    _wrap_init(p, nn.SimpleRNN, layer_form, make_convert("RNN_TANH"))

    p.set(nn, "RNN", _rnn_dispatch())

    def cell_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in ("bias", "device", "dtype")) or (len(args) > 2 and isinstance(args[2], bool))

    def cell_convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(input_size: int, hidden_size: int, bias: bool = True, device: Any = None, dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        orig(self, a["input_size"], a["hidden_size"], bias_ih_attr=None if a["bias"] else False,
             bias_hh_attr=None if a["bias"] else False)
        self.bias, self._torch_returns = a["bias"], True
        _place(self, a["device"], a["dtype"])

    for cell in (nn.LSTMCell, nn.GRUCell):
        _wrap_init(p, cell, cell_form, cell_convert)

        def wrap_forward(orig: Callable, lstm: bool = cell is nn.LSTMCell) -> Callable:
            def forward(self: Any, inputs: Any, states: Any = None) -> Any:
                if not getattr(self, "_torch_returns", False):
                    return orig(self, inputs, states)
                unbatched = inputs.ndim == 1
                if unbatched:
                    inputs = inputs.unsqueeze(0)
                    if states is not None:
                        states = tuple(s.unsqueeze(0) for s in states) if lstm else states.unsqueeze(0)
                _, new = orig(self, inputs, states)  # torch: LSTMCell -> (h, c), GRUCell -> h
                if unbatched:
                    new = tuple(s.squeeze(0) for s in new) if lstm else new.squeeze(0)
                return tuple(new) if lstm else new
            return forward
        p.wrap(cell, "forward", wrap_forward)


# --------------------------------------------------------------------------- torch namespaces paddle lacks

def _ntuple_fn(n: int, name: str = "parse") -> Callable[[Any], tuple]:
    """torch's ``nn.modules.utils._ntuple``: an iterable as a tuple, anything else repeated ``n`` times."""
    def parse(x: Any) -> tuple:
        if isinstance(x, (str, bytes)) or not hasattr(x, "__iter__"):
            return tuple(itertools.repeat(x, n))
        return tuple(x)
    parse.__name__ = name
    return parse


@patch("modules-nn-utils-ntuple", ["torch.nn.modules.utils._pair", "torch.nn.modules.utils._ntuple",
                                   "torch.nn.modules.utils._single", "torch.nn.modules.utils._triple"],
       "paddle.nn.modules.utils", "new API",
       "torch.nn.modules.utils._pair/_ntuple/_single/_triple/_quadruple are missing (dev: 15 cases)")
def nn_utils_ntuple(p: Patcher) -> None:
    import paddle
    p.module("paddle.nn.modules.utils", {"_ntuple": _ntuple_fn, "_single": _ntuple_fn(1, "_single"),
                                         "_pair": _ntuple_fn(2, "_pair"), "_triple": _ntuple_fn(3, "_triple"),
                                         "_quadruple": _ntuple_fn(4, "_quadruple")},
             fallback=lambda name: getattr(paddle.nn, name))


class _CudnnFlags:
    """``torch.backends.cudnn``'s switches, kept on paddle's cuDNN flags where this paddle build has them
    (deterministic -> FLAGS_cudnn_deterministic, benchmark -> FLAGS_cudnn_exhaustive_search)."""
    FLAGS = {"deterministic": "FLAGS_cudnn_deterministic", "benchmark": "FLAGS_cudnn_exhaustive_search"}

    def __init__(self) -> None:
        self.values = {"deterministic": False, "benchmark": False}

    def get(self, key: str) -> bool:
        import paddle
        flag = self.FLAGS[key]
        if flag in paddle.base.core.globals():
            return bool(paddle.get_flags([flag])[flag])
        return self.values[key]  # a CPU build: no cuDNN, the switch is only recorded (as torch does)

    def set(self, key: str, v: bool) -> None:
        import paddle
        if self.FLAGS[key] in paddle.base.core.globals():
            paddle.set_flags({self.FLAGS[key]: bool(v)})
        self.values[key] = bool(v)


def _cudnn_is_available() -> bool:
    """torch.backends.cudnn.is_available."""
    import paddle
    return paddle.is_compiled_with_cuda() and paddle.device.get_cudnn_version() is not None


def _cudnn_version() -> int | None:
    """torch.backends.cudnn.version (None without cuDNN)."""
    import paddle
    return paddle.device.get_cudnn_version() if paddle.is_compiled_with_cuda() else None


@patch("modules-backends", ["torch.backends.cudnn", "torch.backends.cuda", "torch.backends.cudnn.deterministic",
                            "torch.backends.cudnn.benchmark", "torch.backends.cudnn.enabled",
                            "torch.backends.cuda.matmul.allow_tf32"],
       "paddle.backends", "module alias",
       "torch.backends is missing (dev: 16 cases: cudnn.enabled/benchmark/deterministic/version/is_available, "
       "cuda.matmul.allow_tf32, cuda.is_built)")
def backends(p: Patcher) -> None:
    import types
    import paddle
    flags = _CudnnFlags()

    class CudnnModule(types.ModuleType):
        """A module whose deterministic/benchmark attributes are paddle's cuDNN flags."""
        deterministic = property(lambda self: flags.get("deterministic"),
                                 lambda self, v: flags.set("deterministic", v))
        benchmark = property(lambda self: flags.get("benchmark"), lambda self, v: flags.set("benchmark", v))

    bk = p.module("paddle.backends")
    cudnn = CudnnModule("paddle.backends.cudnn", "paddlecamp compat: torch's torch.backends.cudnn")
    cudnn.__dict__.update(enabled=True, allow_tf32=True, is_available=_cudnn_is_available,
                          version=_cudnn_version, __paddlecamp_compat__=True)
    import sys
    sys.modules["paddle.backends.cudnn"] = cudnn
    p._undo.append(lambda: sys.modules.pop("paddle.backends.cudnn", None))
    p.set(bk, "cudnn", cudnn)
    matmul = types.SimpleNamespace(allow_tf32=False, allow_fp16_reduced_precision_reduction=True,
                                   allow_bf16_reduced_precision_reduction=True)
    p.module("paddle.backends.cuda", {"matmul": matmul, "is_built": paddle.is_compiled_with_cuda})
    p.module("paddle.backends.mps", {"is_available": lambda: False, "is_built": lambda: False})


@patch("modules-cpu", ["torch.cpu.set_device", "torch.cpu.current_device", "torch.cpu.amp.autocast",
                       "torch.cpu.is_available", "torch.cpu.device_count", "torch.cpu.synchronize"],
       "paddle.cpu", "module alias",
       "torch.cpu is missing (dev: 8 cases: cpu.amp.autocast, set_device/current_device)")
def cpu(p: Patcher) -> None:
    import paddle

    def set_device(device: Any) -> None:
        """torch.cpu.set_device: a no-op (one CPU device)."""

    def autocast(enabled: bool = True, dtype: Any = None, cache_enabled: bool = True) -> Any:
        """torch.cpu.amp.autocast: paddle's auto_cast, bfloat16 by default."""
        d = "bfloat16" if dtype is None else str(dtype).replace("paddle.", "")
        return paddle.amp.auto_cast(enable=enabled, dtype=d)
    import types
    amp = types.SimpleNamespace(autocast=autocast)
    p.module("paddle.cpu", {"set_device": set_device, "current_device": lambda: "cpu", "amp": amp,
                            "is_available": lambda: True, "device_count": lambda: 1, "synchronize": lambda device=None: None})


# --------------------------------------------------------------------------- torch.autograd submodules

def Variable(data: Any, requires_grad: bool = False, volatile: bool = False) -> Any:
    """torch.autograd.Variable (deprecated): a tensor sharing ``data`` with ``requires_grad`` set."""
    t = data.detach()
    t.stop_gradient = not requires_grad
    return t


def once_differentiable(fn: Callable) -> Callable:
    """torch.autograd.function.once_differentiable: ``fn`` runs without recording a graph."""
    import paddle

    @functools.wraps(fn)
    def wrapper(ctx: Any, *args: Any) -> Any:
        with paddle.no_grad():
            return fn(ctx, *args)
    return wrapper


def _as_tuple(x: Any) -> tuple[bool, tuple]:
    return (False, tuple(x)) if isinstance(x, (list, tuple)) else (True, (x,))


def jvp(func: Callable, inputs: Any, v: Any = None, create_graph: bool = False, strict: bool = False) -> tuple:
    """torch.autograd.functional.jvp: (func(inputs), J @ v), by paddle.incubate.autograd.jvp."""
    import paddle.incubate.autograd as ia
    single, xs = _as_tuple(inputs)
    out, tangent = ia.jvp(func, xs[0] if single else list(xs), None if v is None else (v if single else list(v)))
    detach = (lambda t: t) if create_graph else (lambda t: t.detach() if hasattr(t, "detach") else t)
    if isinstance(out, (list, tuple)):
        return tuple(detach(o) for o in out), tuple(detach(t) for t in tangent)
    return detach(out), detach(tangent)


def hessian(func: Callable, inputs: Any, create_graph: bool = False, strict: bool = False,
            vectorize: bool = False, outer_jacobian_strategy: str = "reverse-mode") -> Any:
    """torch.autograd.functional.hessian: d2 func / d inputs2 with shape inputs.shape + inputs.shape
    (nested tuples for several inputs), by paddle.autograd.hessian on flattened inputs."""
    import paddle
    single, xs = _as_tuple(inputs)
    flat = [x.detach().flatten() for x in xs]
    for f in flat:
        f.stop_gradient = False
    y = func(*[f.reshape(x.shape) for f, x in zip(flat, xs)])
    h = paddle.autograd.hessian(y, flat[0] if single else flat)
    if single:
        out = h[:].reshape(list(xs[0].shape) * 2)
        return out if create_graph else out.detach()
    return tuple(tuple((h[i][j][:].reshape(list(xs[i].shape) + list(xs[j].shape)))
                       if create_graph else h[i][j][:].reshape(list(xs[i].shape) + list(xs[j].shape)).detach()
                       for j in range(len(xs))) for i in range(len(xs)))


def vjp(func: Callable, inputs: Any, v: Any = None, create_graph: bool = False, strict: bool = False) -> tuple:
    """torch.autograd.functional.vjp: (func(inputs), v @ J), by paddle.incubate.autograd.vjp."""
    import paddle.incubate.autograd as ia
    single, xs = _as_tuple(inputs)
    out, grads = ia.vjp(func, xs[0] if single else list(xs), v)
    if isinstance(grads, (list, tuple)):
        grads = tuple(grads)
    return out, grads


@patch("modules-autograd-namespaces", ["torch.autograd.Variable", "torch.autograd.grad_mode.set_grad_enabled",
                                       "torch.autograd.grad_mode.no_grad", "torch.autograd.function.once_differentiable",
                                       "torch.autograd.function.Function", "torch.autograd.functional.jvp",
                                       "torch.autograd.functional.vjp", "torch.autograd.functional.hessian"],
       "paddle.autograd.Variable, grad_mode, function, functional", "module alias",
       "torch.autograd.Variable (dev: 8 cases), autograd.grad_mode (8), autograd.function.once_differentiable (6) "
       "and autograd.functional.jvp/hessian (11) are missing")
def autograd_namespaces(p: Patcher) -> None:
    import paddle
    p.add(paddle.autograd, "Variable", Variable)
    p.module("paddle.autograd.grad_mode", {
        "set_grad_enabled": paddle.set_grad_enabled, "no_grad": paddle.no_grad, "enable_grad": paddle.enable_grad,
        "is_grad_enabled": paddle.is_grad_enabled})
    p.module("paddle.autograd.function", {"once_differentiable": once_differentiable,
                                          "Function": paddle.autograd.Function,
                                          "FunctionCtx": paddle.autograd.PyLayerContext})
    p.module("paddle.autograd.functional", {"jvp": jvp, "vjp": vjp, "hessian": hessian})
    p.module("paddle.autograd.graph", {"saved_tensors_hooks": paddle.autograd.saved_tensors_hooks})


@patch("modules-function-ctx", ["torch.autograd.Function", "torch.autograd.function.FunctionCtx.saved_tensors"],
       "paddle.autograd.PyLayerContext.saved_tensors", "new API",
       "a torch autograd.Function's backward reads ctx.saved_tensors; paddle's context has saved_tensor() "
       "(dev: 6 once_differentiable cases and the Function tests)")
def function_ctx(p: Patcher) -> None:
    import paddle
    p.add(paddle.autograd.PyLayerContext, "saved_tensors",
          property(lambda self: tuple(self.saved_tensor()), doc="torch's ctx.saved_tensors"))


# --------------------------------------------------------------------------- torch.testing

_CLOSE_TOL = {"float16": (1e-3, 1e-5), "bfloat16": (1.6e-2, 1e-5), "float32": (1.3e-6, 1e-5),
              "float64": (1e-7, 1e-7), "complex64": (1.3e-6, 1e-5), "complex128": (1e-7, 1e-7)}
_ALLCLOSE_TOL = {"float16": (1e-3, 1e-3), "float32": (1e-4, 1e-5), "float64": (1e-5, 1e-8)}


def _np(x: Any) -> Any:
    import numpy as np
    import paddle
    if isinstance(x, paddle.Tensor):
        return (x.astype("float32") if x.dtype == paddle.bfloat16 else x).numpy()
    return np.asarray(x)


def _dtype_name(x: Any) -> str:
    return str(getattr(x, "dtype", _np(x).dtype)).replace("paddle.", "")


def assert_close(actual: Any, expected: Any, *, allow_subclasses: bool = True, rtol: float | None = None,
                 atol: float | None = None, equal_nan: bool = False, check_device: bool = True,
                 check_dtype: bool = True, check_layout: bool = True, check_stride: bool = False,
                 msg: Any = None) -> None:
    """torch.testing.assert_close: same shape (and dtype), values within torch's dtype-based tolerances."""
    import numpy as np
    if isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
        assert len(actual) == len(expected), msg or f"length {len(actual)} != {len(expected)}"
        for a, e in zip(actual, expected):
            assert_close(a, e, rtol=rtol, atol=atol, equal_nan=equal_nan, check_dtype=check_dtype, msg=msg)
        return
    if (rtol is None) != (atol is None):
        raise ValueError("Both 'rtol' and 'atol' must be either specified or omitted")
    a, e = _np(actual), _np(expected)
    if a.shape != e.shape:
        raise AssertionError(msg or f"The values for attribute 'shape' do not match: {list(a.shape)} != {list(e.shape)}.")
    if check_dtype and _dtype_name(actual) != _dtype_name(expected):
        raise AssertionError(msg or f"The values for attribute 'dtype' do not match: "
                                    f"{_dtype_name(actual)} != {_dtype_name(expected)}.")
    if rtol is None:
        rtol, atol = _CLOSE_TOL.get(_dtype_name(actual), (0.0, 0.0))
    np.testing.assert_allclose(a, e, rtol=rtol, atol=atol, equal_nan=equal_nan,
                               err_msg=msg if isinstance(msg, str) else "")


def assert_allclose(actual: Any, expected: Any, rtol: float | None = None, atol: float | None = None,
                    equal_nan: bool = True, msg: str = "") -> None:
    """torch.testing.assert_allclose (deprecated): expected cast to actual's shape, older tolerances."""
    import numpy as np
    a = _np(actual)
    e = np.broadcast_to(_np(expected), a.shape) if _np(expected).shape != a.shape else _np(expected)
    if rtol is None or atol is None:
        if rtol is not None or atol is not None:
            raise ValueError("rtol and atol must both be specified or both be unspecified")
        rtol, atol = _ALLCLOSE_TOL.get(_dtype_name(actual), (0.0, 0.0))
    np.testing.assert_allclose(a, e.astype(a.dtype) if a.dtype != e.dtype else e, rtol=rtol, atol=atol,
                               equal_nan=equal_nan, err_msg=msg)


@patch("modules-testing", ["torch.testing.assert_close", "torch.testing.assert_allclose"], "paddle.testing",
       "module alias", "torch.testing is missing (dev: 7 cases of assert_allclose)")
def testing(p: Patcher) -> None:
    p.module("paddle.testing", {"assert_close": assert_close, "assert_allclose": assert_allclose})


# --------------------------------------------------------------------------- GradScaler

@_once
def _grad_scaler() -> dict[str, Any]:
    import warnings
    import paddle

    class GradScaler(paddle.amp.GradScaler):
        """torch's ``cuda.amp.GradScaler`` on paddle's: disabled (with torch's warning) where there is no GPU."""

        def __init__(self, init_scale: float = 2.0 ** 16, growth_factor: float = 2.0, backoff_factor: float = 0.5,
                     growth_interval: int = 2000, enabled: bool = True) -> None:
            if enabled and not (paddle.is_compiled_with_cuda() and paddle.device.cuda.device_count() > 0):
                warnings.warn("torch.cuda.amp.GradScaler is enabled, but CUDA is not available.  Disabling.")
                enabled = False
            super().__init__(enable=enabled, init_loss_scaling=init_scale, incr_ratio=growth_factor,
                             decr_ratio=backoff_factor, incr_every_n_steps=growth_interval)
            self._torch_enabled = enabled
            self._torch_args = (init_scale, growth_factor, backoff_factor, growth_interval)

        def get_scale(self) -> float:
            return float(self.get_loss_scaling()) if self._torch_enabled else 1.0

        def is_enabled(self) -> bool:
            return self._torch_enabled

        def get_growth_factor(self) -> float:
            return self._torch_args[1]

        def get_backoff_factor(self) -> float:
            return self._torch_args[2]

        def get_growth_interval(self) -> int:
            return self._torch_args[3]
    return {"GradScaler": _rename("GradScaler", GradScaler)}


@patch("modules-gradscaler", ["torch.cuda.amp.GradScaler"], "paddle.cuda.amp.GradScaler", "new API",
       "torch.cuda.amp.GradScaler is missing (dev: 16 cases); paddle.amp.GradScaler names its arguments "
       "init_loss_scaling, incr_ratio, decr_ratio, incr_every_n_steps, enable")
def gradscaler(p: Patcher) -> None:
    import paddle
    p.add(paddle.cuda.amp, "GradScaler", _grad_scaler()["GradScaler"])


# --------------------------------------------------------------------------- torch.optim

class _Group(dict):
    """One torch param group of a paddle optimizer; setting ``"lr"`` sets paddle's learning rate,
    ``"momentum"`` Momentum's momentum and ``"betas"`` Adam's beta1/beta2 (schedulers such as
    OneCycleLR cycle them), all read by paddle at every step."""

    def __init__(self, opt: Any, data: dict) -> None:
        super().__init__(data)
        self._opt = opt

    def __getitem__(self, key: str) -> Any:
        if key == "lr":
            return self._opt.get_lr()
        return super().__getitem__(key)

    def __setitem__(self, key: str, value: Any) -> None:
        if key == "lr":
            self._opt.set_lr(value)
        elif key == "momentum" and hasattr(self._opt, "_momentum"):
            self._opt._momentum = value
        elif key == "betas" and hasattr(self._opt, "_beta1"):
            self._opt._beta1, self._opt._beta2 = value
            self._opt._torch_betas_moved = True
        super().__setitem__(key, value)


def _torch_params(params: Any) -> list:
    """torch's ``params`` (an iterable of tensors or of dicts with "params") as paddle's parameter list."""
    import paddle
    if isinstance(params, paddle.Tensor):
        return [params]
    params = list(params)
    if params and isinstance(params[0], dict):
        groups = []
        for g in params:
            if set(g) - {"params"}:
                raise NotImplementedError("per-group optimizer options (torch's param_groups with settings) "
                                          "are not mapped to paddle")
            groups.extend(g["params"] if not isinstance(g["params"], paddle.Tensor) else [g["params"]])
        return groups
    return params


@_once
def _optim_classes() -> dict[str, Any]:
    import collections
    import paddle

    class Optimizer:
        """torch's ``optim.Optimizer`` base class: param_groups with defaults, state, zero_grad, state_dict."""

        def __init__(self, params: Any, defaults: dict) -> None:
            self.defaults = dict(defaults)
            self.state: dict = collections.defaultdict(dict)
            self.param_groups: list[dict] = []
            params = [params] if isinstance(params, paddle.Tensor) else list(params)
            if len(params) == 0:
                raise ValueError("optimizer got an empty parameter list")
            for g in (params if isinstance(params[0], dict) else [{"params": params}]):
                self.add_param_group(g)

        def add_param_group(self, param_group: dict) -> None:
            g = dict(param_group)
            g["params"] = [g["params"]] if isinstance(g["params"], paddle.Tensor) else list(g["params"])
            for k, v in self.defaults.items():
                g.setdefault(k, v)
            self.param_groups.append(g)

        def zero_grad(self, set_to_none: bool = True) -> None:
            for g in self.param_groups:
                for prm in g["params"]:
                    if prm.grad is not None:
                        prm.clear_gradient(not set_to_none)

        def step(self, closure: Callable | None = None) -> Any:
            raise NotImplementedError

        def state_dict(self) -> dict:
            ids: dict[int, int] = {}
            groups = []
            for g in self.param_groups:
                d = {k: v for k, v in g.items() if k != "params"}
                d["params"] = [ids.setdefault(id(q), len(ids)) for q in g["params"]]
                groups.append(d)
            state = {ids[id(k)]: v for k, v in self.state.items() if id(k) in ids}
            return {"state": state, "param_groups": groups}

        def load_state_dict(self, state_dict: dict) -> None:
            params = [q for g in self.param_groups for q in g["params"]]
            for g, sg in zip(self.param_groups, state_dict["param_groups"]):
                g.update({k: v for k, v in sg.items() if k != "params"})
            self.state = collections.defaultdict(dict, {params[i]: v for i, v in state_dict["state"].items()})

        def __repr__(self) -> str:
            s = self.__class__.__name__ + " ("
            for i, g in enumerate(self.param_groups):
                s += f"\nParameter Group {i}\n"
                for k in sorted(g):
                    if k != "params":
                        s += f"    {k}: {g[k]}\n"
            return s + ")"

    class TorchStyle:
        """torch's optimizer API on a paddle optimizer: param_groups, step(closure), zero_grad(set_to_none)."""

        @property
        def param_groups(self) -> list:
            if not hasattr(self, "_torch_groups"):
                self._torch_groups = [_Group(self, dict(self._torch_defaults, params=list(self._parameter_list)))]
            return self._torch_groups

        def step(self, closure: Callable | None = None) -> Any:
            loss = None
            if closure is not None:
                with paddle.enable_grad():
                    loss = closure()
            self._torch_steps = getattr(self, "_torch_steps", 0) + 1
            if getattr(self, "_torch_betas_moved", False):
                self._rebase_beta_powers(self._torch_steps)
            super().step()
            return loss

        def _rebase_beta_powers(self, t: int) -> None:
            """torch corrects Adam's bias with the *current* betas (``1 - beta1**t``); paddle keeps
            running products of past betas. Once a scheduler moves the betas, reset paddle's products
            to ``beta**t`` before the step so that both corrections agree."""
            import numpy as np
            for name, beta in (("_beta1_pow_acc_str", self._beta1), ("_beta2_pow_acc_str", self._beta2)):
                accs = self._accumulators.get(getattr(self, name, ""), {})
                for acc in accs.values():
                    acc.set_value(np.full(acc.shape, beta ** t, dtype="float32").astype(acc.numpy().dtype))

        def zero_grad(self, set_to_none: bool = True) -> None:
            self.clear_grad(set_to_zero=not set_to_none)

    class SGD(TorchStyle, paddle.optimizer.Momentum):
        """torch's ``optim.SGD`` (momentum, nesterov, L2 weight_decay) on paddle's Momentum."""

        def __init__(self, params: Any, lr: float = 1e-3, momentum: float = 0, dampening: float = 0,
                     weight_decay: float = 0, nesterov: bool = False, *, maximize: bool = False,
                     foreach: Any = None, differentiable: bool = False, fused: Any = None) -> None:
            if dampening != 0 or maximize:
                raise NotImplementedError("SGD(dampening=, maximize=True) has no paddle counterpart")
            if nesterov and (momentum <= 0 or dampening != 0):
                raise ValueError("Nesterov momentum requires a momentum and zero dampening")
            super().__init__(learning_rate=lr, momentum=momentum, parameters=_torch_params(params),
                             use_nesterov=nesterov, weight_decay=weight_decay or None)
            self._torch_defaults = dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                        nesterov=nesterov, maximize=maximize, foreach=foreach,
                                        differentiable=differentiable, fused=fused)

    def adam_like(base: type, name: str, default_wd: float) -> type:
        class Adam(TorchStyle, base):
            """torch's ``optim.{name}`` (betas, eps, weight_decay, amsgrad) on paddle's."""

            def __init__(self, params: Any, lr: float = 1e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                         weight_decay: float = default_wd, amsgrad: bool = False, *, foreach: Any = None,
                         maximize: bool = False, capturable: bool = False, differentiable: bool = False,
                         fused: Any = None) -> None:
                if maximize:
                    raise NotImplementedError(f"{name}(maximize=True) has no paddle counterpart")
                super().__init__(learning_rate=lr, beta1=betas[0], beta2=betas[1], epsilon=eps,
                                 parameters=_torch_params(params),
                                 weight_decay=weight_decay if (weight_decay or base is paddle.optimizer.AdamW) else None,
                                 amsgrad=amsgrad)
                self._torch_defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                            maximize=maximize, foreach=foreach, capturable=capturable,
                                            differentiable=differentiable, fused=fused)
        return _rename(name, Adam)

    class LBFGS(TorchStyle, paddle.optimizer.LBFGS):
        """torch's ``optim.LBFGS`` on paddle's port of the same algorithm; ``step`` needs the closure."""

        def __init__(self, params: Any, lr: float = 1, max_iter: int = 20, max_eval: int | None = None,
                     tolerance_grad: float = 1e-7, tolerance_change: float = 1e-9, history_size: int = 100,
                     line_search_fn: str | None = None) -> None:
            super().__init__(learning_rate=lr, max_iter=max_iter, max_eval=max_eval, tolerance_grad=tolerance_grad,
                             tolerance_change=tolerance_change, history_size=history_size,
                             line_search_fn=line_search_fn, parameters=_torch_params(params))
            self._torch_defaults = dict(lr=lr, max_iter=max_iter, max_eval=max_eval if max_eval is not None
                                        else max_iter * 5 // 4, tolerance_grad=tolerance_grad,
                                        tolerance_change=tolerance_change, history_size=history_size,
                                        line_search_fn=line_search_fn)

        def step(self, closure: Callable) -> Any:  # type: ignore[override]
            return paddle.optimizer.LBFGS.step(self, closure)

    from paddlecamp.apicompat.families._optim_rules import rule_optimizers

    Optimizer = _rename("Optimizer", Optimizer)
    rules = rule_optimizers(Optimizer)

    class _RoutesToRule(type(paddle.optimizer.Momentum)):
        """``SGD(...)`` runs on paddle's Momentum unless it needs what Momentum lacks (per-group
        options, dampening, maximize); then torch's rule in Python takes the call."""

        def __call__(cls, params: Any, *args: Any, **kwargs: Any) -> Any:
            params = [params] if isinstance(params, paddle.Tensor) else list(params)
            bound = inspect.signature(rules["SGD"].__init__).bind(None, params, *args, **kwargs).arguments
            grouped = any(isinstance(g, dict) and set(g) - {"params"} for g in params)
            if grouped or bound.get("dampening", 0) != 0 or bound.get("maximize", False):
                return rules["SGD"](params, *args, **kwargs)
            return super().__call__(params, *args, **kwargs)

    SGD = _RoutesToRule("SGD", (SGD,), {"__doc__": SGD.__doc__})
    out = {"Optimizer": Optimizer, "SGD": _rename("SGD", SGD),
           "Adam": adam_like(paddle.optimizer.Adam, "Adam", 0), "AdamW": adam_like(paddle.optimizer.AdamW, "AdamW", 1e-2),
           "LBFGS": _rename("LBFGS", LBFGS), **{k: v for k, v in rules.items() if k != "SGD"}}
    for c in out.values():
        c.__module__ = "paddle.optim"
    return out


@patch("modules-optim", ["torch.optim", "torch.optim.Optimizer", "torch.optim.SGD", "torch.optim.Adam",
                         "torch.optim.AdamW", "torch.optim.RMSprop", "torch.optim.Adagrad", "torch.optim.Adadelta",
                         "torch.optim.Adamax", "torch.optim.NAdam", "torch.optim.RAdam", "torch.optim.Rprop",
                         "torch.optim.ASGD", "torch.optim.LBFGS", "torch.optim.lr_scheduler", "torch.optim.sgd.SGD",
                         *(f"torch.optim.lr_scheduler.{n}" for n in ("LambdaLR", "MultiplicativeLR", "StepLR",
                           "MultiStepLR", "ConstantLR", "LinearLR", "ExponentialLR", "CosineAnnealingLR",
                           "CosineAnnealingWarmRestarts", "OneCycleLR", "ReduceLROnPlateau"))],
       "paddle.optim", "module alias",
       "torch.optim is missing (dev: 20 cases: Optimizer, zero_grad/step/state_dict, optim.sgd.SGD); paddle's "
       "optimizers take learning_rate=, parameters=, beta1/beta2, epsilon and Momentum for SGD's momentum; "
       "RMSprop/Adamax place eps differently, Adagrad lacks lr_decay, none has maximize or per-group options, "
       "NAdam/RAdam/Rprop/ASGD/LBFGS take other arguments (dev: 75 cases); torch's chainable schedulers rescale "
       "param_groups[i]['lr'] (dev: 87 cases); none of these ran in the suite before it resolved PaConvert's "
       "string helpers")
def optim(p: Patcher) -> None:
    import paddle

    from paddlecamp.apicompat.families._optim_rules import SCHEDULERS
    cls = _optim_classes()
    mod = p.module("paddle.optim", dict(cls), fallback=lambda name: getattr(paddle.optimizer, name))
    p.module("paddle.optim.optimizer", {"Optimizer": cls["Optimizer"]})
    p.module("paddle.optim.sgd", {"SGD": cls["SGD"]})
    p.module("paddle.optim.adam", {"Adam": cls["Adam"]})
    p.module("paddle.optim.adamw", {"AdamW": cls["AdamW"]})
    p.module("paddle.optim.lr_scheduler", dict(SCHEDULERS), fallback=lambda name: getattr(paddle.optimizer.lr, name))
    del mod


# --------------------------------------------------------------------------- inplace=, device=/dtype=, small layers

# torch activation/dropout layers with ``inplace``: its position in torch's signature
TORCH_INPLACE = {"ReLU": 0, "ReLU6": 0, "ELU": 1, "SELU": 0, "CELU": 1, "LeakyReLU": 1, "Mish": 0, "Hardsigmoid": 0,
                 "Hardswish": 0, "AlphaDropout": 1, "FeatureAlphaDropout": 1, "RReLU": 2, "Hardtanh": 2}


@patch("modules-inplace", [f"torch.nn.{n}" for n in TORCH_INPLACE], "paddle.nn.<activation>.__init__/forward",
       "signature",
       "torch's activation and dropout layers take inplace= (keyword, or a bool where paddle has its name=): "
       "refused by paddle's (dev: ELU 5, LeakyReLU 4, Hardswish 4, FeatureAlphaDropout 4, Hardtanh 2, ReLU 2 ...); "
       "inplace=True writes the result into the input, as torch does")
def inplace(p: Patcher) -> None:
    import paddle
    for n, pos in TORCH_INPLACE.items():
        cls = getattr(paddle.nn, n)

        def torch_form(args: tuple, kwargs: dict, pos: int = pos) -> bool:
            return "inplace" in kwargs or (len(args) > pos and isinstance(args[pos], bool))

        def convert(self: Any, orig: Callable, args: tuple, kwargs: dict, pos: int = pos) -> None:
            kwargs = dict(kwargs)
            flag = kwargs.pop("inplace") if "inplace" in kwargs else args[pos]
            if len(args) > pos:
                args = args[:pos] + args[pos + 1:]
            orig(self, *args, **kwargs)
            self.inplace = bool(flag)
        _wrap_init(p, cls, torch_form, convert)

        def wrap_forward(orig: Callable) -> Callable:
            def forward(self: Any, x: Any, *a: Any, **k: Any) -> Any:
                out = orig(self, x, *a, **k)
                if getattr(self, "inplace", False) is True:
                    paddle.assign(out, x)
                    return x
                return out
            return forward
        p.wrap(cls, "forward", wrap_forward)


@patch("modules-device-dtype", ["torch.nn.PReLU", "torch.nn.Bilinear", "torch.nn.Module.to"],
       "paddle.nn.PReLU/Bilinear.__init__, paddle.nn.Layer.to", "signature",
       "torch's device=/dtype= keywords on PReLU (dev: 8 cases) and Bilinear(bias=, device=, dtype=) (5) are "
       "refused; module.to(torch.float64) / module.to(other_tensor) pass a dtype/tensor where paddle's Layer.to "
       "takes the device (9)")
def device_dtype(p: Patcher) -> None:
    import paddle

    def prelu_form(args: tuple, kwargs: dict) -> bool:  # a dtype where paddle has data_format: torch's form
        return "device" in kwargs or "dtype" in kwargs or (len(args) > 3 and isinstance(args[3], paddle.dtype))

    def prelu_convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(num_parameters: int = 1, init: float = 0.25, device: Any = None, dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        orig(self, a["num_parameters"], a["init"])
        _place(self, a["device"], a["dtype"])
    _wrap_init(p, paddle.nn.PReLU, prelu_form, prelu_convert)
    p.add(paddle.nn.PReLU, "weight", property(lambda self: self._weight, doc="torch's PReLU.weight"))

    def bil_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in ("bias", "device", "dtype")) or (len(args) > 3 and isinstance(args[3], bool))

    def bil_convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(in1_features: int, in2_features: int, out_features: int, bias: bool = True, device: Any = None,
                 dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        orig(self, a["in1_features"], a["in2_features"], a["out_features"], bias_attr=None if a["bias"] else False)
        _place(self, a["device"], a["dtype"])
    _wrap_init(p, paddle.nn.Bilinear, bil_form, bil_convert)

    def wrap_to(orig: Callable) -> Callable:
        def to(self: Any, *args: Any, **kwargs: Any) -> Any:
            if args and isinstance(args[0], paddle.Tensor):  # torch: module.to(tensor) takes its dtype and device
                t, args = args[0], args[1:]
                return orig(self, t.place, t.dtype, *args, **kwargs)
            if args and isinstance(args[0], (paddle.dtype, type(paddle.float32))) and not isinstance(args[0], str):
                return orig(self, None, args[0], *args[1:], **kwargs)  # torch: module.to(dtype)
            return orig(self, *args, **kwargs)
        return to
    p.wrap(paddle.nn.Layer, "to", wrap_to)


@_once
def _small_layers() -> dict[str, Any]:
    import paddle
    import paddle.compat.nn as cnn

    class Threshold(paddle.nn.Layer):
        """torch's ``nn.Threshold(threshold, value, inplace=False)``: x where x > threshold, else value."""

        def __init__(self, threshold: float, value: float, inplace: bool = False) -> None:
            super().__init__()
            self.threshold, self.value, self.inplace = threshold, value, inplace

        def forward(self, input: Any) -> Any:
            out = paddle.nn.functional.thresholded_relu(input, self.threshold, self.value)
            if self.inplace:
                paddle.assign(out, input)
                return input
            return out

    class Softmin(paddle.nn.Layer):
        """torch's ``nn.Softmin(dim)``: softmax of the negated input."""

        def __init__(self, dim: int | None = None) -> None:
            super().__init__()
            self.dim = dim

        def forward(self, input: Any) -> Any:
            dim = self.dim if self.dim is not None else (0 if input.ndim in (0, 1, 3) else 1)
            return paddle.nn.functional.softmax(-input, axis=dim)

    return {"Threshold": _rename("Threshold", Threshold), "Softmin": _rename("Softmin", Softmin),
            "MultiheadAttention": cnn.MultiheadAttention, "Softmax2d": paddle.nn.Softmax2D}


@patch("modules-small-layers", ["torch.nn.Threshold", "torch.nn.Softmin", "torch.nn.MultiheadAttention",
                                "torch.nn.Softmax2d"],
       "paddle.nn.Threshold, Softmin, MultiheadAttention, Softmax2d", "new API",
       "torch's nn.Threshold (dev: 5 cases), nn.MultiheadAttention (7; paddle.compat.nn has torch's), Softmin "
       "and Softmax2d are missing under torch's names")
def small_layers(p: Patcher) -> None:
    _add_all(p, "paddle.nn", _small_layers())


# --------------------------------------------------------------------------- transformer layers

def _torch_mask(attn_mask: Any, key_padding_mask: Any, nhead: int, batch: int, dtype: Any) -> Any:
    """torch's attention masks (bool True = masked; float additive; key_padding_mask [N, S]) as one additive
    float mask broadcastable to paddle's [N, nhead, L, S]."""
    import paddle
    out = None
    if attn_mask is not None:
        m = attn_mask
        if m.dtype == paddle.bool:
            m = paddle.where(m, paddle.full([], -math.inf, dtype), paddle.zeros([], dtype))
        m = m.astype(dtype)
        if m.ndim == 3:  # [N * nhead, L, S]
            m = m.reshape([batch, nhead] + list(m.shape[1:]))
        out = m
    if key_padding_mask is not None:
        k = key_padding_mask
        if k.dtype == paddle.bool:
            k = paddle.where(k, paddle.full([], -math.inf, dtype), paddle.zeros([], dtype))
        k = k.astype(dtype).unsqueeze(1).unsqueeze(1)
        out = k if out is None else out + k
    return out


def _act_name(activation: Any) -> str:
    if isinstance(activation, str):
        return activation
    name = getattr(activation, "__name__", type(activation).__name__).lower()
    if name in ("relu", "gelu"):
        return name
    raise NotImplementedError(f"activation {activation!r}: paddle's transformer layers take 'relu' or 'gelu'")


_TRANSFORMER_TORCH_KW = ("batch_first", "norm_first", "bias", "device", "dtype")


def _transformer_layer(p: Patcher, cls: type, decoder: bool) -> None:
    """torch's Transformer{Encoder,Decoder}Layer constructor and forward (time-major unless batch_first)."""
    import paddle

    def torch_form(args: tuple, kwargs: dict) -> bool:
        return (len(args) < 3 and "dim_feedforward" not in kwargs) or any(k in kwargs for k in _TRANSFORMER_TORCH_KW)

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(d_model: int, nhead: int, dim_feedforward: int = 2048, dropout: float = 0.1,
                 activation: Any = "relu", layer_norm_eps: float = 1e-5, batch_first: bool = False,
                 norm_first: bool = False, bias: bool = True, device: Any = None, dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        orig(self, a["d_model"], a["nhead"], a["dim_feedforward"], dropout=a["dropout"],
             activation=_act_name(a["activation"]), normalize_before=a["norm_first"],
             bias_attr=None if a["bias"] else False, layer_norm_eps=a["layer_norm_eps"])
        self._config = dict(a)  # paddle's containers clone layers from _config: the clones are torch-style too
        self.batch_first, self.norm_first, self._torch_nhead = a["batch_first"], a["norm_first"], a["nhead"]
        _place(self, a["device"], a["dtype"])
    _wrap_init(p, cls, torch_form, convert)

    def wrap_forward(orig: Callable) -> Callable:
        if decoder:
            def forward(self: Any, tgt: Any, memory: Any, *args: Any, **kwargs: Any) -> Any:
                if not hasattr(self, "_torch_nhead"):
                    return orig(self, tgt, memory, *args, **kwargs)

                def spec(tgt_mask: Any = None, memory_mask: Any = None, tgt_key_padding_mask: Any = None,
                         memory_key_padding_mask: Any = None, tgt_is_causal: bool = False,
                         memory_is_causal: bool = False) -> None: ...
                a = _bind(spec, args, kwargs)
                unbatched = tgt.ndim == 2
                t, m = (tgt.unsqueeze(1), memory.unsqueeze(1)) if unbatched else (tgt, memory)
                if not self.batch_first:
                    t, m = t.transpose([1, 0, 2]), m.transpose([1, 0, 2])
                n = t.shape[0]
                out = orig(self, t, m, _torch_mask(a["tgt_mask"], a["tgt_key_padding_mask"], self._torch_nhead, n,
                                                   t.dtype),
                           _torch_mask(a["memory_mask"], a["memory_key_padding_mask"], self._torch_nhead, n, t.dtype))
                if not self.batch_first:
                    out = out.transpose([1, 0, 2])
                return out.squeeze(1) if unbatched else out
        else:
            def forward(self: Any, src: Any, *args: Any, **kwargs: Any) -> Any:
                if not hasattr(self, "_torch_nhead"):
                    return orig(self, src, *args, **kwargs)

                def spec(src_mask: Any = None, src_key_padding_mask: Any = None, is_causal: bool = False) -> None: ...
                a = _bind(spec, args, kwargs)
                unbatched = src.ndim == 2
                s = src.unsqueeze(1) if unbatched else src
                if not self.batch_first:
                    s = s.transpose([1, 0, 2])
                out = orig(self, s, _torch_mask(a["src_mask"], a["src_key_padding_mask"], self._torch_nhead,
                                                s.shape[0], s.dtype))
                if not self.batch_first:
                    out = out.transpose([1, 0, 2])
                return out.squeeze(1) if unbatched else out
        return forward
    p.wrap(cls, "forward", wrap_forward)
    del paddle


@patch("modules-transformer-layers", ["torch.nn.TransformerEncoderLayer", "torch.nn.TransformerDecoderLayer",
                                      "torch.nn.TransformerEncoder", "torch.nn.TransformerDecoder"],
       "paddle.nn.TransformerEncoderLayer/DecoderLayer/Encoder/Decoder", "signature",
       "torch's TransformerEncoderLayer/DecoderLayer(d_model, nhead) (dim_feedforward=2048 default), batch_first=, "
       "norm_first=, bias=, dtype= are refused (dev: 12 cases); torch's layers are time-major unless batch_first, "
       "take bool masks with True = masked and key_padding_mask=, and the containers take mask=")
def transformer_layers(p: Patcher) -> None:
    import paddle
    nn = paddle.nn
    _transformer_layer(p, nn.TransformerEncoderLayer, decoder=False)
    _transformer_layer(p, nn.TransformerDecoderLayer, decoder=True)

    def wrap_encoder(orig: Callable) -> Callable:
        def forward(self: Any, src: Any, *args: Any, **kwargs: Any) -> Any:
            if not hasattr(self.layers[0], "_torch_nhead"):
                return orig(self, src, *args, **kwargs)

            def spec(mask: Any = None, src_key_padding_mask: Any = None, is_causal: Any = None) -> None: ...
            a = _bind(spec, args, kwargs)
            out = src
            for mod in self.layers:
                out = mod(out, src_mask=a["mask"], src_key_padding_mask=a["src_key_padding_mask"])
            return self.norm(out) if self.norm is not None else out
        return forward
    p.wrap(nn.TransformerEncoder, "forward", wrap_encoder)

    def wrap_decoder(orig: Callable) -> Callable:
        def forward(self: Any, tgt: Any, memory: Any, *args: Any, **kwargs: Any) -> Any:
            if not hasattr(self.layers[0], "_torch_nhead"):
                return orig(self, tgt, memory, *args, **kwargs)

            def spec(tgt_mask: Any = None, memory_mask: Any = None, tgt_key_padding_mask: Any = None,
                     memory_key_padding_mask: Any = None, tgt_is_causal: Any = None,
                     memory_is_causal: bool = False) -> None: ...
            a = _bind(spec, args, kwargs)
            out = tgt
            for mod in self.layers:
                out = mod(out, memory, tgt_mask=a["tgt_mask"], memory_mask=a["memory_mask"],
                          tgt_key_padding_mask=a["tgt_key_padding_mask"],
                          memory_key_padding_mask=a["memory_key_padding_mask"])
            return self.norm(out) if self.norm is not None else out
        return forward
    p.wrap(nn.TransformerDecoder, "forward", wrap_decoder)


# --------------------------------------------------------------------------- nn.utils, ParameterDict, cuda, misc

def _norm_dim(module: Any, dim: Any) -> Any:
    """torch's weight dim for a paddle Linear (weight stored [in, out], torch's is [out, in])."""
    import paddle
    if isinstance(module, paddle.nn.Linear) and dim is not None:
        return {0: 1, 1: 0, -1: 0, -2: 1}[dim]
    return dim


def weight_norm(module: Any, name: str = "weight", dim: int = 0) -> Any:
    """torch.nn.utils(.parametrizations).weight_norm on paddle's weight_norm (dim follows torch's layout)."""
    import paddle
    return paddle.nn.utils.weight_norm(module, name, _norm_dim(module, dim))


def spectral_norm(module: Any, name: str = "weight", n_power_iterations: int = 1, eps: float = 1e-12,
                  dim: int | None = None) -> Any:
    """torch.nn.utils(.parametrizations).spectral_norm on paddle's spectral_norm."""
    import paddle
    if dim is None:  # torch: dim 1 for transposed convolutions, else 0
        dim = 1 if isinstance(module, (paddle.nn.Conv1DTranspose, paddle.nn.Conv2DTranspose,
                                       paddle.nn.Conv3DTranspose)) else 0
    return paddle.nn.utils.spectral_norm(module, name, n_power_iterations, eps, _norm_dim(module, dim))


@patch("modules-nn-utils-norms", ["torch.nn.utils.parametrizations.weight_norm",
                                  "torch.nn.utils.parametrizations.spectral_norm", "torch.nn.utils.weight_norm",
                                  "torch.nn.utils.spectral_norm"],
       "paddle.nn.utils.parametrizations, weight_norm/spectral_norm(module=)", "new API",
       "torch.nn.utils.parametrizations is missing (dev: 13 cases) and nn.utils.weight_norm/spectral_norm refuse "
       "torch's module= keyword (4)")
def nn_utils_norms(p: Patcher) -> None:
    import paddle
    p.module("paddle.nn.utils.parametrizations", {"weight_norm": weight_norm, "spectral_norm": spectral_norm})
    for fname in ("weight_norm", "spectral_norm"):
        def wrap(orig: Callable, fname: str = fname) -> Callable:
            torch_fn = weight_norm if fname == "weight_norm" else spectral_norm

            def fn(*args: Any, **kwargs: Any) -> Any:
                if "module" in kwargs:  # torch's keyword: torch's semantics
                    return torch_fn(*args, **kwargs)
                return orig(*args, **kwargs)
            return fn
        p.wrap(paddle.nn.utils, fname, wrap)


@patch("modules-parameterdict-mapping", ["torch.nn.ParameterDict.keys", "torch.nn.ParameterDict.values",
                                         "torch.nn.ParameterDict.items", "torch.nn.ParameterDict.pop"],
       "paddle.nn.ParameterDict", "new API",
       "torch's ParameterDict is a mapping (keys/values/items/pop/get); paddle's lacks them (dev: 4 cases)")
def parameterdict_mapping(p: Patcher) -> None:
    import paddle
    cls = paddle.nn.ParameterDict

    def keys(self: Any) -> Any:
        """torch's ParameterDict.keys."""
        return self._parameters.keys()

    def values(self: Any) -> Any:
        """torch's ParameterDict.values."""
        return self._parameters.values()

    def items(self: Any) -> Any:
        """torch's ParameterDict.items."""
        return self._parameters.items()

    def pop(self: Any, key: str) -> Any:
        """torch's ParameterDict.pop."""
        return self._parameters.pop(key)

    def get(self: Any, key: str, default: Any = None) -> Any:
        """torch's ParameterDict.get."""
        return self._parameters.get(key, default)
    for name, fn in (("keys", keys), ("values", values), ("items", items), ("pop", pop), ("get", get)):
        if not hasattr(cls, name):
            p.add(cls, name, fn)


class OutOfMemoryError(RuntimeError):
    """torch.cuda.OutOfMemoryError: a RuntimeError raised when device memory runs out."""


@patch("modules-cuda-extras", ["torch.cuda.OutOfMemoryError", "torch.cuda.get_rng_state_all",
                               "torch.cuda.set_rng_state_all"],
       "paddle.cuda.OutOfMemoryError, get_rng_state_all, set_rng_state_all", "new API",
       "torch.cuda.OutOfMemoryError (dev: 3 cases) and get_rng_state_all/set_rng_state_all (2) are missing")
def cuda_extras(p: Patcher) -> None:
    import paddle

    def get_rng_state_all() -> list:
        """torch.cuda.get_rng_state_all: one generator state per GPU (none without GPUs)."""
        return list(paddle.get_cuda_rng_state())

    def set_rng_state_all(new_states: Any) -> None:
        """torch.cuda.set_rng_state_all."""
        paddle.set_cuda_rng_state(list(new_states))
    p.add(paddle.cuda, "OutOfMemoryError", OutOfMemoryError)
    p.add(paddle.cuda, "get_rng_state_all", get_rng_state_all)
    p.add(paddle.cuda, "set_rng_state_all", set_rng_state_all)


@patch("modules-groupnorm-positional", ["torch.nn.GroupNorm"], "paddle.nn.GroupNorm.__init__", "signature",
       "torch's GroupNorm(num_groups, num_channels, eps, affine, device, dtype) passes affine positionally, where "
       "paddle's is keyword-only (dev: 1 case)")
def groupnorm_positional(p: Patcher) -> None:
    import paddle

    def torch_form(args: tuple, kwargs: dict) -> bool:
        return len(args) > 3

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(num_groups: int, num_channels: int, eps: float = 1e-5, affine: bool = True, device: Any = None,
                 dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        orig(self, a["num_groups"], a["num_channels"], a["eps"], affine=a["affine"], device=a["device"],
             dtype=a["dtype"])
    _wrap_init(p, paddle.nn.GroupNorm, torch_form, convert)


@_once
def _data_parallel() -> dict[str, Any]:
    import paddle

    class DataParallel(paddle.nn.Layer):
        """torch's single-process ``nn.DataParallel(module, device_ids, output_device, dim)``: with at most one
        device it runs the module itself (as torch does); replicating over several GPUs is paddle's
        multi-process ``paddle.DataParallel``."""

        def __init__(self, module: Any, device_ids: Any = None, output_device: Any = None, dim: int = 0) -> None:
            super().__init__()
            n = paddle.device.cuda.device_count() if paddle.is_compiled_with_cuda() else 0
            if device_ids is None:
                device_ids = list(range(n))
            if len(device_ids) > 1:
                raise NotImplementedError("nn.DataParallel over several GPUs: use paddle.DataParallel "
                                          "(one process per GPU)")
            self.module, self.device_ids, self.output_device, self.dim = module, device_ids, output_device, dim

        def forward(self, *inputs: Any, **kwargs: Any) -> Any:
            return self.module(*inputs, **kwargs)
    return {"DataParallel": _rename("DataParallel", DataParallel)}


@patch("modules-dataparallel", ["torch.nn.DataParallel"], "paddle.nn.DataParallel", "new API",
       "torch.nn.DataParallel is missing (dev: 3 cases, single device: the module runs as is)")
def dataparallel(p: Patcher) -> None:
    _add_all(p, "paddle.nn", _data_parallel())


@patch("modules-cuda-memory-cpu", ["torch.cuda.empty_cache", "torch.cuda.max_memory_allocated",
                                   "torch.cuda.memory_allocated", "torch.cuda.max_memory_reserved",
                                   "torch.cuda.memory_reserved"],
       "paddle.cuda.empty_cache, *memory_allocated/reserved", "signature",
       "on a paddle build without CUDA, paddle.cuda.empty_cache and the memory counters raise, where torch "
       "(CUDA not initialised) frees nothing and reports 0 bytes (dev: 2 cases)")
def cuda_memory_cpu(p: Patcher) -> None:
    import paddle
    if paddle.is_compiled_with_cuda():
        return  # paddle's own answers stand where there is CUDA

    def empty_cache() -> None:
        """torch.cuda.empty_cache without CUDA: nothing is cached."""

    def zero(device: Any = None) -> int:
        """A torch.cuda memory counter without CUDA: 0 bytes."""
        return 0
    p.set(paddle.cuda, "empty_cache", empty_cache)
    for name in ("max_memory_allocated", "memory_allocated", "max_memory_reserved", "memory_reserved"):
        p.set(paddle.cuda, name, zero)


@patch("modules-transformer", ["torch.nn.Transformer"], "paddle.nn.Transformer.__init__/forward", "signature",
       "torch's nn.Transformer(..., layer_norm_eps=, batch_first=, norm_first=, bias=, device=, dtype=) is refused "
       "(dev: 2 cases); torch's is time-major unless batch_first, with bool masks True = masked and key padding masks")
def transformer(p: Patcher) -> None:
    import paddle
    cls = paddle.nn.Transformer

    def torch_form(args: tuple, kwargs: dict) -> bool:
        return any(k in kwargs for k in _TRANSFORMER_TORCH_KW + ("layer_norm_eps",))

    def convert(self: Any, orig: Callable, args: tuple, kwargs: dict) -> None:
        def spec(d_model: int = 512, nhead: int = 8, num_encoder_layers: int = 6, num_decoder_layers: int = 6,
                 dim_feedforward: int = 2048, dropout: float = 0.1, activation: Any = "relu",
                 custom_encoder: Any = None, custom_decoder: Any = None, layer_norm_eps: float = 1e-5,
                 batch_first: bool = False, norm_first: bool = False, bias: bool = True, device: Any = None,
                 dtype: Any = None) -> None: ...
        a = _bind(spec, args, kwargs)
        if a["layer_norm_eps"] != 1e-5:
            raise NotImplementedError("Transformer(layer_norm_eps=) other than 1e-5 is not passed on by paddle's")
        orig(self, a["d_model"], a["nhead"], a["num_encoder_layers"], a["num_decoder_layers"], a["dim_feedforward"],
             a["dropout"], _act_name(a["activation"]), normalize_before=a["norm_first"],
             bias_attr=None if a["bias"] else False, custom_encoder=a["custom_encoder"],
             custom_decoder=a["custom_decoder"])
        self.batch_first, self.norm_first, self._torch_nhead = a["batch_first"], a["norm_first"], a["nhead"]
        _place(self, a["device"], a["dtype"])
    _wrap_init(p, cls, torch_form, convert)

    def wrap_forward(orig: Callable) -> Callable:
        def forward(self: Any, src: Any, tgt: Any, *args: Any, **kwargs: Any) -> Any:
            if not hasattr(self, "_torch_nhead"):
                return orig(self, src, tgt, *args, **kwargs)

            def spec(src_mask: Any = None, tgt_mask: Any = None, memory_mask: Any = None,
                     src_key_padding_mask: Any = None, tgt_key_padding_mask: Any = None,
                     memory_key_padding_mask: Any = None, src_is_causal: Any = None, tgt_is_causal: Any = None,
                     memory_is_causal: bool = False) -> None: ...
            a = _bind(spec, args, kwargs)
            unbatched = src.ndim == 2
            s, t = (src.unsqueeze(1), tgt.unsqueeze(1)) if unbatched else (src, tgt)
            if not self.batch_first:
                s, t = s.transpose([1, 0, 2]), t.transpose([1, 0, 2])
            n, h = s.shape[0], self._torch_nhead
            out = orig(self, s, t, _torch_mask(a["src_mask"], a["src_key_padding_mask"], h, n, s.dtype),
                       _torch_mask(a["tgt_mask"], a["tgt_key_padding_mask"], h, n, s.dtype),
                       _torch_mask(a["memory_mask"], a["memory_key_padding_mask"], h, n, s.dtype))
            if not self.batch_first:
                out = out.transpose([1, 0, 2])
            return out.squeeze(1) if unbatched else out
        return forward
    p.wrap(cls, "forward", wrap_forward)


@_once
def _more_layers() -> dict[str, Any]:
    import paddle
    F = paddle.nn.functional

    class RMSNorm(paddle.nn.Layer):
        """torch's ``nn.RMSNorm(normalized_shape, eps=None, elementwise_affine=True)``: x / rms(x) * weight over
        the last dims (eps defaults to the input dtype's machine epsilon)."""

        def __init__(self, normalized_shape: Any, eps: float | None = None, elementwise_affine: bool = True,
                     device: Any = None, dtype: Any = None) -> None:
            super().__init__()
            self.normalized_shape = tuple(_ntuple(normalized_shape, 1))
            self.eps, self.elementwise_affine = eps, elementwise_affine
            self.weight = (self.create_parameter(list(self.normalized_shape),
                                                 default_initializer=paddle.nn.initializer.Constant(1.0))
                           if elementwise_affine else None)
            _place(self, device, dtype)

        def forward(self, x: Any) -> Any:
            axes = list(range(x.ndim - len(self.normalized_shape), x.ndim))
            eps = self.eps if self.eps is not None else float(paddle.finfo(x.dtype).eps)
            out = x * paddle.rsqrt((x * x).mean(axis=axes, keepdim=True) + eps)
            return out * self.weight if self.weight is not None else out

        def extra_repr(self) -> str:
            return f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}"

    class LPPool3d(paddle.nn.Layer):
        """torch's ``nn.LPPool3d(norm_type, kernel_size, stride=None, ceil_mode=False)``: the p-norm of each
        window, as torch computes it (average of x**p times the window size, to the 1/p)."""

        def __init__(self, norm_type: float, kernel_size: Any, stride: Any = None, ceil_mode: bool = False) -> None:
            super().__init__()
            self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

        def forward(self, x: Any) -> Any:
            k = _ntuple(self.kernel_size, 3)
            out = F.avg_pool3d(x.pow(self.norm_type), k, self.stride if self.stride is not None else k, 0,
                               ceil_mode=self.ceil_mode)
            return (paddle.sign(out) * F.relu(paddle.abs(out))).multiply(
                paddle.to_tensor(float(math.prod(k)), out.dtype)).pow(1.0 / self.norm_type)

    def make_fractional(nd: int) -> type:
        fn = getattr(F, f"fractional_max_pool{nd}d")

        class FractionalMaxPool(paddle.nn.Layer):
            """torch's ``FractionalMaxPool{nd}d(kernel_size, output_size=None, output_ratio=None,
            return_indices=False)`` on paddle's fractional max pooling (int64 indices)."""

            def __init__(self, kernel_size: Any, output_size: Any = None, output_ratio: Any = None,
                         return_indices: bool = False, _random_samples: Any = None) -> None:
                super().__init__()
                if (output_size is None) == (output_ratio is None):
                    raise ValueError(f"FractionalMaxPool{nd}d requires specifying either an output size, "
                                     "or a pooling ratio")
                if _random_samples is not None:
                    raise NotImplementedError("_random_samples: paddle draws one random_u per call")
                self.kernel_size, self.output_size, self.output_ratio = kernel_size, output_size, output_ratio
                self.return_indices = return_indices

            def forward(self, x: Any) -> Any:
                size = self.output_size
                if size is None:
                    ratio = _ntuple(self.output_ratio, nd)
                    size = [int(s * r) for s, r in zip(x.shape[-nd:], ratio)]
                out = fn(x, size, self.kernel_size, return_mask=self.return_indices)
                if self.return_indices:
                    return out[0], out[1].astype("int64")
                return out
        return _rename(f"FractionalMaxPool{nd}d", FractionalMaxPool)

    return {"RMSNorm": _rename("RMSNorm", RMSNorm), "LPPool3d": _rename("LPPool3d", LPPool3d),
            "FractionalMaxPool2d": make_fractional(2), "FractionalMaxPool3d": make_fractional(3),
            "NLLLoss2d": paddle.nn.NLLLoss}


@patch("modules-more-layers", ["torch.nn.RMSNorm", "torch.nn.LPPool3d", "torch.nn.FractionalMaxPool2d",
                               "torch.nn.FractionalMaxPool3d", "torch.nn.NLLLoss2d"],
       "paddle.nn.RMSNorm, LPPool3d, FractionalMaxPool2d/3d, NLLLoss2d", "new API",
       "torch layers with no paddle class under torch's name (paddle.nn lacks RMSNorm and LPPool3d; its "
       "FractionalMaxPool2D takes output_size first and no output_ratio); not seen failing on the dev split")
def more_layers(p: Patcher) -> None:
    _add_all(p, "paddle.nn", _more_layers())


@patch("modules-embedding-from-pretrained", ["torch.nn.Embedding.from_pretrained"], "paddle.nn.Embedding",
       "new API",
       "torch.nn.Embedding.from_pretrained(embeddings, freeze=True, ...) is missing; paddle's Embedding already "
       "takes _weight= and _freeze= (own corpus: 1 snippet)")
def embedding_from_pretrained(p: Patcher) -> None:
    import paddle

    def from_pretrained(cls: type, embeddings: Any, freeze: bool = True, padding_idx: int | None = None,
                        max_norm: float | None = None, norm_type: float = 2.0, scale_grad_by_freq: bool = False,
                        sparse: bool = False) -> Any:
        """torch's ``Embedding.from_pretrained``: a layer whose weight is ``embeddings`` (frozen by default)."""
        if embeddings.ndim != 2:
            raise ValueError("Embeddings parameter is expected to be 2-dimensional")
        rows, cols = embeddings.shape
        return cls(rows, cols, padding_idx=padding_idx, max_norm=max_norm, norm_type=norm_type,
                   scale_grad_by_freq=scale_grad_by_freq, sparse=sparse, _weight=embeddings, _freeze=freeze)

    p.add(paddle.nn.Embedding, "from_pretrained", classmethod(from_pretrained))
