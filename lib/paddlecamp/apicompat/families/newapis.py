"""torch APIs paddle has no counterpart path for: torch.utils.data, torch.signal.windows,
torch.distributions' torch-style classes, torch.nn.utils.rnn, torch.utils.checkpoint and
torch.utils.set_module.

The torch-semantics code lives in private helper modules (``_data``, ``_windows``,
``_distributions``, ``_rnn``); the patches here put it under torch's paths in paddle.
"""
from __future__ import annotations

from typing import Any, Callable

from ..patch import Patcher, patch

DATA_SUBMODULES = ("dataset", "sampler", "dataloader", "distributed", "_utils", "_utils.collate", "_utils.worker")


@patch("newapis-utils-data", ["torch.utils.data", "torch.utils.data.DataLoader", "torch.utils.data.TensorDataset",
                              "torch.utils.data.default_collate", "torch.utils.data.RandomSampler",
                              "torch.utils.data.BatchSampler", "torch.utils.data.SequentialSampler",
                              "torch.utils.data.WeightedRandomSampler", "torch.utils.data.SubsetRandomSampler",
                              "torch.utils.data.random_split"] + [f"torch.utils.data.{m}" for m in DATA_SUBMODULES],
       "paddle.utils.data", "module alias",
       "torch.utils.data is paddle.io with torch's signatures (DataLoader(dataset, batch_size, shuffle, sampler, ...), "
       "TensorDataset(*tensors), SequentialSampler, default_collate giving Tensors); 157 dev cases fail on the "
       "missing paddle.utils.data")
def utils_data(p: Patcher) -> None:
    import paddle.io as pio

    from . import _data
    attrs = _data.names()
    fb = lambda name: getattr(pio, name)  # noqa: E731
    p.module("paddle.utils.data", attrs=attrs, fallback=fb)
    extra = {"default_collate_err_msg_format": _data.default_collate_err_msg_format,
             "np_str_obj_array_pattern": _data.np_str_obj_array_pattern}
    for sub in DATA_SUBMODULES:
        p.module(f"paddle.utils.data.{sub}", attrs=dict(attrs, **extra), fallback=fb)


@patch("newapis-signal-windows", ["torch.signal.windows"] + [f"torch.signal.windows.{w}" for w in (
        "bartlett", "blackman", "cosine", "exponential", "gaussian", "general_cosine", "general_hamming", "hamming",
        "hann", "kaiser", "nuttall")],
       "paddle.signal.windows", "new API",
       "paddle.signal has no windows module (82 dev cases: cosine, gaussian, general_cosine, general_hamming, "
       "hamming with sym=, dtype=, requires_grad=)")
def signal_windows(p: Patcher) -> None:
    from . import _windows
    p.module("paddle.signal.windows", attrs=dict(_windows.WINDOWS))


@patch("newapis-distributions", ["torch.distributions." + n for n in (
        "Distribution", "Normal", "Bernoulli", "Binomial", "Cauchy", "Chi2", "ContinuousBernoulli", "Dirichlet",
        "Exponential", "Geometric", "Independent", "LKJCholesky", "Laplace", "LogNormal", "Multinomial",
        "MultivariateNormal", "Poisson", "StudentT", "TransformedDistribution", "Uniform", "Transform",
        "AffineTransform", "ComposeTransform", "StackTransform", "ReshapeTransform", "PowerTransform",
        "transforms", "constraints", "kl.register_kl", "Distribution.sample", "Normal.rsample")],
       "paddle.distributions.*", "signature",
       "torch's distribution classes take validate_args=, probs=/logits=, cache_size=, torch's argument names "
       "and sample(sample_shape=); torch's submodule paths (studentT, log_normal, transforms, constraints): "
       "191 dev cases fail with only the module alias")
def distributions(p: Patcher) -> None:
    import paddle.distribution as PD

    from . import _distributions as D
    attrs = dict(D.CLASSES, register_kl=D.register_kl, kl_divergence=PD.kl_divergence)
    fb = lambda name: getattr(PD, name)  # noqa: E731
    p.module("paddle.distributions", attrs=attrs, fallback=fb)
    for sub in D.SUBMODULES:
        p.module(f"paddle.distributions.{sub}", attrs=attrs, fallback=fb)
    p.module("paddle.distributions.constraints", fallback=lambda name: getattr(PD.constraint, name))


@patch("newapis-nn-utils-rnn", ["torch.nn.utils.rnn", "torch.nn.utils.rnn.pad_sequence",
                                "torch.nn.utils.rnn.pack_padded_sequence", "torch.nn.utils.rnn.pad_packed_sequence",
                                "torch.nn.utils.rnn.pack_sequence", "torch.nn.utils.rnn.PackedSequence",
                                "torch.nn.utils.rnn.unpad_sequence", "torch.nn.utils.rnn.unpack_sequence"],
       "paddle.nn.utils.rnn", "new API",
       "paddle has no nn.utils.rnn (PackedSequence, pack/pad helpers): 39 dev cases fail on the missing module")
def nn_utils_rnn(p: Patcher) -> None:
    from . import _rnn
    p.module("paddle.nn.utils.rnn", attrs=dict(_rnn.NAMES))


def checkpoint(function: Callable, *args: Any, use_reentrant: bool | None = None, context_fn: Callable | None = None,
               determinism_check: str = "default", debug: bool = False, preserve_rng_state: bool = True,
               **kwargs: Any) -> Any:
    """torch's ``checkpoint``: paddle's recompute (activations recomputed in backward)."""
    from paddle.distributed.fleet.utils import recompute
    if context_fn is not None:
        raise NotImplementedError("checkpoint(context_fn=...) (selective checkpointing) has no paddle counterpart")
    if use_reentrant is None:
        use_reentrant = True  # torch's default (it warns that it will change)
    if use_reentrant and kwargs:
        raise ValueError("Unexpected keyword arguments: " + ",".join(kwargs))
    return recompute(function, *args, preserve_rng_state=preserve_rng_state, use_reentrant=use_reentrant, **kwargs)


def checkpoint_sequential(functions: Any, segments: int, input: Any, use_reentrant: bool | None = None,
                          **kwargs: Any) -> Any:
    """torch's ``checkpoint_sequential``: every segment but the last is checkpointed."""
    fns = list(functions.children()) if hasattr(functions, "children") else list(functions)

    def run(start: int, end: int) -> Callable:
        def forward(x: Any) -> Any:
            for j in range(start, end + 1):
                x = fns[j](x)
            return x
        return forward
    size = len(fns) // segments
    end = -1
    for start in range(0, size * (segments - 1), size):
        end = start + size - 1
        input = checkpoint(run(start, end), input, use_reentrant=use_reentrant, **kwargs)
    return run(end + 1, len(fns) - 1)(input)


@patch("newapis-utils-checkpoint", ["torch.utils.checkpoint", "torch.utils.checkpoint.checkpoint",
                                    "torch.utils.checkpoint.checkpoint_sequential"],
       "paddle.utils.checkpoint", "new API",
       "torch.utils.checkpoint is paddle's fleet recompute under torch's path and keywords "
       "(use_reentrant, preserve_rng_state, determinism_check, debug): 5 dev cases fail on the missing module")
def utils_checkpoint(p: Patcher) -> None:
    p.module("paddle.utils.checkpoint", attrs={"checkpoint": checkpoint, "checkpoint_sequential": checkpoint_sequential})


def set_module(obj: Any, mod: str) -> None:
    """torch's ``set_module``: set ``obj.__module__``."""
    if not isinstance(mod, str):
        raise TypeError("The mod argument should be a string")
    obj.__module__ = mod


@patch("newapis-utils-set-module", "torch.utils.set_module", "paddle.utils.set_module", "new API",
       "paddle.utils has no set_module (3 dev cases)")
def utils_set_module(p: Patcher) -> None:
    p.add("paddle.utils", "set_module", set_module)

