"""torch.distributions' classes on top of paddle.distribution: torch's constructor
signatures (``validate_args``, ``probs``/``logits``, ``cache_size``, torch's argument names
and positions), ``sample(sample_shape)`` / ``rsample(sample_shape)``, and torch's module paths
(``distributions.normal.Normal``, ``distributions.transforms.ComposeTransform`` ...).

Each class is a subclass of paddle's, so ``isinstance(d, paddle.distribution.Normal)`` and
paddle's KL registry keep working; paddle's own classes are not changed.
"""
from __future__ import annotations

import inspect
from typing import Any, Callable

import paddle
import paddle.distribution as PD

_E = inspect.Parameter.empty
_POK = inspect.Parameter.POSITIONAL_OR_KEYWORD
_EXTRA = ("validate_args", "cache_size", "event_dim")


def _tensor(x: Any) -> Any:
    """A python number as a float32 Tensor (torch accepts numbers where paddle wants Tensors)."""
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return paddle.to_tensor(float(x), dtype=paddle.get_default_dtype())
    return x


def _init_from(base: type, params: list[tuple[str, Any]], to_paddle: Callable[..., tuple[tuple, dict]] | None,
               post: Callable[[Any, dict], None] | None = None) -> Callable:
    """An ``__init__`` with torch's parameters that calls ``base.__init__`` with paddle's."""
    sig = inspect.Signature([inspect.Parameter("self", _POK)]
                            + [inspect.Parameter(n, _POK, default=d) for n, d in params])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        b = sig.bind(self, *args, **kwargs)
        b.apply_defaults()
        a = dict(b.arguments)
        a.pop("self")
        extra = {k: a.pop(k) for k in _EXTRA if k in a}
        pargs, pkw = to_paddle(**a) if to_paddle else ((), a)
        base.__init__(self, *pargs, **pkw)
        for k, v in extra.items():
            setattr(self, "_" + k, v)
        if post is not None:
            post(self, a)
    __init__.__signature__ = sig  # type: ignore[attr-defined]
    return __init__


class _TorchSampling:
    """torch's ``sample(sample_shape)`` / ``rsample(sample_shape)``; an abstract ``sample``
    draws ``rsample`` without gradient, as torch's base class does."""

    def sample(self, sample_shape: Any = (), *args: Any, **kwargs: Any) -> paddle.Tensor:
        """Samples of shape ``sample_shape + batch_shape + event_shape``."""
        nxt = super().sample  # type: ignore[misc]
        if getattr(nxt, "__func__", None) is PD.Distribution.sample:
            with paddle.no_grad():
                return self.rsample(sample_shape)
        return nxt(list(sample_shape), *args, **kwargs)

    def rsample(self, sample_shape: Any = (), *args: Any, **kwargs: Any) -> paddle.Tensor:
        """Reparameterized samples of shape ``sample_shape + batch_shape + event_shape``."""
        return super().rsample(list(sample_shape), *args, **kwargs)  # type: ignore[misc]


class Distribution(_TorchSampling, PD.Distribution):
    """torch's ``Distribution(batch_shape, event_shape, validate_args)``, with torch's derived members
    (``stddev``, ``sample_n``, ``perplexity``, ``has_rsample``)."""

    has_rsample = False
    has_enumerate_support = False

    @property
    def stddev(self) -> paddle.Tensor:
        """Standard deviation: the square root of the variance."""
        return self.variance.sqrt()

    def sample_n(self, n: int) -> paddle.Tensor:
        """``n`` samples (torch's deprecated form of ``sample((n,))``)."""
        return self.sample([n])

    def perplexity(self) -> paddle.Tensor:
        """exp(entropy)."""
        return paddle.exp(self.entropy())

    __init__ = _init_from(PD.Distribution, [("batch_shape", ()), ("event_shape", ()), ("validate_args", None)],
                          lambda batch_shape, event_shape: ((tuple(batch_shape), tuple(event_shape)), {}))


def _probs(probs: Any, logits: Any, softmax: bool = False) -> Any:
    """torch's ``probs=`` or ``logits=`` (exactly one) as probabilities."""
    if (probs is None) == (logits is None):
        raise ValueError("Either `probs` or `logits` must be specified, but not both.")
    if probs is not None:
        return probs
    logits = _tensor(logits)
    return paddle.nn.functional.softmax(logits, -1) if softmax else paddle.nn.functional.sigmoid(logits)


def _mvn_post(self: Any, a: dict) -> None:
    """Fill the matrices paddle leaves None (torch derives them all from the one given)."""
    if self.scale_tril is not None and self.covariance_matrix is None:
        self.covariance_matrix = paddle.matmul(self.scale_tril, self.scale_tril, transpose_y=True)
    if self.covariance_matrix is not None and self.scale_tril is None:
        self.scale_tril = paddle.linalg.cholesky(self.covariance_matrix)
    if self.precision_matrix is None and self.covariance_matrix is not None:
        self.precision_matrix = paddle.linalg.inv(self.covariance_matrix)
    if self.covariance_matrix is None and self.precision_matrix is not None:
        self.covariance_matrix = paddle.linalg.inv(self.precision_matrix)
        self.scale_tril = paddle.linalg.cholesky(self.covariance_matrix)


_V = ("validate_args", None)
# torch name -> (paddle class, torch parameters, torch kwargs -> paddle (args, kwargs), post-init)
DIST_SPECS: dict[str, tuple] = {
    "Bernoulli": (PD.Bernoulli, [("probs", None), ("logits", None), _V],
                  lambda probs, logits: ((_probs(probs, logits),), {}), None),
    "Beta": (PD.Beta, [("concentration1", _E), ("concentration0", _E), _V],
             lambda concentration1, concentration0: ((concentration1, concentration0), {}), None),
    "Binomial": (PD.Binomial, [("total_count", 1), ("probs", None), ("logits", None), _V],
                 lambda total_count, probs, logits: ((total_count, _probs(probs, logits)), {}), None),
    "Cauchy": (PD.Cauchy, [("loc", _E), ("scale", _E), _V], None, None),
    "Chi2": (PD.Chi2, [("df", _E), _V], None, None),
    "ContinuousBernoulli": (PD.ContinuousBernoulli, [("probs", None), ("logits", None), ("lims", (0.499, 0.501)), _V],
                            lambda probs, logits, lims: ((_tensor(_probs(probs, logits)), lims), {}), None),
    "Dirichlet": (PD.Dirichlet, [("concentration", _E), _V], None, None),
    "Exponential": (PD.Exponential, [("rate", _E), _V], None, None),
    "Gamma": (PD.Gamma, [("concentration", _E), ("rate", _E), _V], None, None),
    "Geometric": (PD.Geometric, [("probs", None), ("logits", None), _V],
                  lambda probs, logits: ((_probs(probs, logits),), {}), None),
    "Gumbel": (PD.Gumbel, [("loc", _E), ("scale", _E), _V], None, None),
    "Independent": (PD.Independent, [("base_distribution", _E), ("reinterpreted_batch_ndims", _E), _V],
                    lambda base_distribution, reinterpreted_batch_ndims:
                    ((base_distribution, reinterpreted_batch_ndims), {}), None),
    "LKJCholesky": (PD.LKJCholesky, [("dim", _E), ("concentration", 1.0), _V],
                    lambda dim, concentration: ((dim, concentration), {}), None),
    "Laplace": (PD.Laplace, [("loc", _E), ("scale", _E), _V], None, None),
    "LogNormal": (PD.LogNormal, [("loc", _E), ("scale", _E), _V], None, None),
    "Multinomial": (PD.Multinomial, [("total_count", 1), ("probs", None), ("logits", None), _V],
                    lambda total_count, probs, logits: ((total_count, _probs(probs, logits, softmax=True)), {}), None),
    "MultivariateNormal": (PD.MultivariateNormal, [("loc", _E), ("covariance_matrix", None), ("precision_matrix", None),
                                                   ("scale_tril", None), _V], None, _mvn_post),
    "Normal": (PD.Normal, [("loc", _E), ("scale", _E), _V], None, None),
    "Poisson": (PD.Poisson, [("rate", _E), _V], lambda rate: ((_tensor(rate),), {}), None),
    "StudentT": (PD.StudentT, [("df", _E), ("loc", 0.0), ("scale", 1.0), _V], None, None),
    "TransformedDistribution": (PD.TransformedDistribution, [("base_distribution", _E), ("transforms", _E), _V],
                                lambda base_distribution, transforms:
                                ((base_distribution, list(transforms) if isinstance(transforms, (list, tuple))
                                  else [transforms]), {}), None),
    "Uniform": (PD.Uniform, [("low", _E), ("high", _E), _V], None, None),
}


class Categorical(Distribution, PD.Categorical):
    """torch's ``Categorical(probs=None, logits=None, validate_args=None)``: ``probs`` and ``logits`` are
    normalized tensors (paddle's Categorical reads its argument as logits in some methods and as
    unnormalized probabilities in others), samples are int64 of shape sample_shape + batch_shape."""

    has_enumerate_support = True

    def __init__(self, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        if probs is not None:
            p = probs / probs.sum(-1, keepdim=True)
            eps = paddle.finfo(p.dtype).eps
            lg = paddle.log(p.clip(eps, 1 - eps))
        else:
            lg = logits - paddle.logsumexp(logits, axis=-1, keepdim=True)
            p = paddle.nn.functional.softmax(lg, axis=-1)
        self._probs, self._logits, self._validate_args = p, lg, validate_args
        self._num_events = int(p.shape[-1])
        self.name, self.dtype = "Categorical", p.dtype
        PD.Distribution.__init__(self, tuple(p.shape[:-1]), ())

    @property
    def probs(self) -> paddle.Tensor:  # type: ignore[override]
        """Event probabilities (last axis sums to 1)."""
        return self._probs

    @property
    def logits(self) -> paddle.Tensor:
        """Normalized log-probabilities."""
        return self._logits

    @property
    def param_shape(self) -> list[int]:
        return list(self._probs.shape)

    @property
    def mean(self) -> paddle.Tensor:
        return paddle.full(list(self.batch_shape), float("nan"), dtype=self._probs.dtype)

    @property
    def variance(self) -> paddle.Tensor:
        return paddle.full(list(self.batch_shape), float("nan"), dtype=self._probs.dtype)

    @property
    def mode(self) -> paddle.Tensor:
        return self._probs.argmax(-1)

    def sample(self, sample_shape: Any = ()) -> paddle.Tensor:
        """int64 category indices of shape ``sample_shape + batch_shape``."""
        shape = list(sample_shape)
        n = 1
        for d in shape:
            n *= int(d)
        probs_2d = self._probs.reshape([-1, self._num_events])
        samples = paddle.multinomial(probs_2d, n, True).T
        return samples.reshape(shape + list(self.batch_shape))

    def log_prob(self, value: paddle.Tensor) -> paddle.Tensor:
        """log P(value), broadcast against the batch as torch does."""
        value = paddle.to_tensor(value).astype("int64").unsqueeze(-1)
        shape = paddle.broadcast_shape(value.shape, self._logits.shape)
        v = value.expand(shape)[..., :1]
        return paddle.take_along_axis(self._logits.expand(shape), v, axis=-1).squeeze(-1)

    def entropy(self) -> paddle.Tensor:
        """-sum p log p."""
        lg = self._logits.clip(min=paddle.finfo(self._logits.dtype).min)
        return -(lg * self._probs).sum(-1)

    def enumerate_support(self, expand: bool = True) -> paddle.Tensor:
        """All categories, shaped (num_events,) + batch_shape when expanded."""
        nb = len(self.batch_shape)
        values = paddle.arange(self._num_events, dtype="int64").reshape([-1] + [1] * nb)
        return values.expand([-1] + list(self.batch_shape)) if expand else values

    def kl_divergence(self, other: "Categorical") -> paddle.Tensor:
        """KL(self || other) = sum p (log p - log q)."""
        t = self._probs * (self._logits - other.logits)
        t = paddle.where((other.probs == 0).expand(t.shape), paddle.full_like(t, float("inf")), t)
        t = paddle.where((self._probs == 0).expand(t.shape), paddle.zeros_like(t), t)
        return t.sum(-1)


class Transform(PD.Transform):
    """torch's ``Transform(cache_size=0)``, its ``log_abs_det_jacobian(x, y)`` and repr."""

    __init__ = _init_from(PD.Transform, [("cache_size", 0)], None)

    def log_abs_det_jacobian(self, x: paddle.Tensor, y: paddle.Tensor) -> paddle.Tensor:
        """log |dy/dx| (torch's name for ``forward_log_det_jacobian``)."""
        return self.forward_log_det_jacobian(x)

    @property
    def inv(self) -> "Transform":
        """torch's inverse transform: ``t.inv(y)`` is ``t.inverse(y)``."""
        return _InverseTransform(self)

    def __repr__(self) -> str:
        return type(self).__name__ + "()"


class _InverseTransform(Transform):
    """The inverse of a transform, as torch's ``Transform.inv`` gives it."""

    def __init__(self, transform: PD.Transform) -> None:
        PD.Transform.__init__(self)
        self._inv = transform

    @property
    def inv(self) -> PD.Transform:
        """The transform this inverts."""
        return self._inv

    def _forward(self, x: paddle.Tensor) -> paddle.Tensor:
        if isinstance(self._inv, PD.AbsTransform):
            return x  # torch's AbsTransform inverts to the non-negative branch (paddle returns both)
        return self._inv.inverse(x)

    def _inverse(self, y: paddle.Tensor) -> paddle.Tensor:
        return self._inv.forward(y)

    def _forward_log_det_jacobian(self, x: paddle.Tensor) -> paddle.Tensor:
        return self._inv.inverse_log_det_jacobian(x)

    def _inverse_log_det_jacobian(self, y: paddle.Tensor) -> paddle.Tensor:
        return self._inv.forward_log_det_jacobian(y)


def _affine_post(self: Any, a: dict) -> None:
    """torch's ``event_dim`` (default 0) and the scale as given (a number or a Tensor)."""
    self.event_dim = getattr(self, "_event_dim", 0)
    self._given_scale = a["scale"]


class AffineTransform(Transform, PD.AffineTransform):
    """torch's ``AffineTransform(loc, scale, event_dim=0, cache_size=0)`` (numbers accepted)."""

    __init__ = _init_from(PD.AffineTransform, [("loc", _E), ("scale", _E), ("event_dim", 0), ("cache_size", 0)],
                          lambda loc, scale: ((_tensor(loc), _tensor(scale)), {}), _affine_post)

    def log_abs_det_jacobian(self, x: paddle.Tensor, y: paddle.Tensor) -> paddle.Tensor:
        """torch's log|dy/dx|: log|scale| over x's shape, the last ``event_dim`` dimensions summed."""
        import math
        shape = list(x.shape)
        scale = self._given_scale
        if isinstance(scale, (int, float)):
            result = paddle.full_like(x, math.log(abs(scale)))
        else:
            result = paddle.abs(scale).log()
        if self.event_dim:
            result = result.reshape(list(result.shape[:-self.event_dim]) + [-1]).sum(-1)
            shape = shape[:-self.event_dim]
        return result.expand(shape)


TRANSFORM_SPECS: dict[str, tuple] = {
    "AbsTransform": (PD.AbsTransform, [("cache_size", 0)], None),
    "ExpTransform": (PD.ExpTransform, [("cache_size", 0)], None),
    "SigmoidTransform": (PD.SigmoidTransform, [("cache_size", 0)], None),
    "SoftmaxTransform": (PD.SoftmaxTransform, [("cache_size", 0)], None),
    "StickBreakingTransform": (PD.StickBreakingTransform, [("cache_size", 0)], None),
    "TanhTransform": (PD.TanhTransform, [("cache_size", 0)], None),
    "PowerTransform": (PD.PowerTransform, [("exponent", _E), ("cache_size", 0)],
                       lambda exponent: ((_tensor(exponent),), {})),
    "ReshapeTransform": (PD.ReshapeTransform, [("in_shape", _E), ("out_shape", _E), ("cache_size", 0)],
                         lambda in_shape, out_shape: ((tuple(in_shape), tuple(out_shape)), {})),
    "StackTransform": (PD.StackTransform, [("tseq", _E), ("dim", 0), ("cache_size", 0)],
                       lambda tseq, dim: ((list(tseq), dim), {})),
    "ComposeTransform": (PD.ChainTransform, [("parts", _E), ("cache_size", 0)], lambda parts: ((list(parts),), {})),
    "IndependentTransform": (PD.IndependentTransform, [("base_transform", _E), ("reinterpreted_batch_ndims", _E),
                                                       ("cache_size", 0)],
                             lambda base_transform, reinterpreted_batch_ndims:
                             ((base_transform, reinterpreted_batch_ndims), {})),
}


def _compose_repr(self: Any) -> str:
    """torch's ComposeTransform repr: one part per line."""
    return type(self).__name__ + "(\n    " + ",\n    ".join(repr(t) for t in self.transforms) + "\n)"


_SQRT2 = 2.0 ** 0.5


def _logits_binary(self: Any) -> paddle.Tensor:
    """torch's ``probs_to_logits(probs, is_binary=True)``: log(p) - log1p(-p) of the clamped probabilities."""
    eps = paddle.finfo(self.probs.dtype).eps
    p = self.probs.clip(eps, 1 - eps)
    return paddle.log(p) - paddle.log1p(-p)


def _logits_categorical(self: Any) -> paddle.Tensor:
    """torch's ``probs_to_logits(probs)``: log of the normalized, clamped probabilities."""
    probs = self.probs / self.probs.sum(-1, keepdim=True)
    eps = paddle.finfo(probs.dtype).eps
    return paddle.log(probs.clip(eps, 1 - eps))


def _kl_uniform(p: Any, q: Any) -> paddle.Tensor:
    """KL(U(p.low, p.high) || U(q.low, q.high)): log of the width ratio, inf where p's support leaves q's."""
    r = paddle.log((q.high - q.low) / (p.high - p.low))
    return paddle.where((q.low > p.low) | (q.high < p.high), paddle.full_like(r, float("inf")), r)


def _gamma_cdf(self: Any, value: paddle.Tensor) -> paddle.Tensor:
    """Regularized lower incomplete gamma P(concentration, rate * value), broadcast explicitly."""
    a, x = paddle.broadcast_tensors([self.concentration, self.rate * value])
    return paddle.gammainc(a, x)


EXTRAS: dict[str, dict[str, Any]] = {
    "Normal": {"has_rsample": True, "mode": property(lambda self: self.loc),
               "cdf": lambda self, value: 0.5 * (1 + paddle.erf((value - self.loc) / (self.scale * _SQRT2))),
               "icdf": lambda self, value: self.loc + self.scale * paddle.erfinv(2 * value - 1) * _SQRT2},
    "Uniform": {"has_rsample": True, "mean": property(lambda self: (self.high + self.low) / 2),
                "variance": property(lambda self: (self.high - self.low) ** 2 / 12),
                "cdf": lambda self, value: ((value - self.low) / (self.high - self.low)).clip(0, 1),
                "icdf": lambda self, value: value * (self.high - self.low) + self.low,
                "kl_divergence": lambda self, other: _kl_uniform(self, other)},
    "Cauchy": {"has_rsample": True, "mode": property(lambda self: self.loc),
               "mean": property(lambda self: paddle.full_like(self.loc, float("nan"))),
               "variance": property(lambda self: paddle.full_like(self.loc, float("inf"))),
               "stddev": property(lambda self: paddle.full_like(self.loc, float("inf"))),
               "icdf": lambda self, value: self.loc + self.scale * paddle.tan(float(paddle.pi) * (value - 0.5))},
    "Laplace": {"has_rsample": True, "mode": property(lambda self: self.loc)},
    "Gumbel": {"has_rsample": True, "mode": property(lambda self: self.loc)},
    "LogNormal": {"has_rsample": True, "mode": property(lambda self: paddle.exp(self.loc - self.scale ** 2)),
                  "cdf": lambda self, value: 0.5 * (1 + paddle.erf((paddle.log(value) - self.loc)
                                                                   / (self.scale * _SQRT2))),
                  "icdf": lambda self, value: paddle.exp(self.loc + self.scale * paddle.erfinv(2 * value - 1) * _SQRT2)},
    "Exponential": {"has_rsample": True},
    "Gamma": {"has_rsample": True, "cdf": lambda self, value: _gamma_cdf(self, value)},
    "Chi2": {"has_rsample": True, "cdf": lambda self, value: _gamma_cdf(self, value)},
    "Dirichlet": {"has_rsample": True},
    "StudentT": {"has_rsample": True, "mode": property(lambda self: self.loc)},
    "MultivariateNormal": {"has_rsample": True, "mode": property(lambda self: self.loc)},
    "ContinuousBernoulli": {"has_rsample": True},
    "Beta": {"has_rsample": True, "concentration1": property(lambda self: self.alpha),
             # paddle's Beta.sample squeezes one axis too many (batch (4, 1) -> (4,); sample([1]) of a scalar -> ())
             "sample": lambda self, sample_shape=(): self._dirichlet.sample(tuple(sample_shape))[..., 0],
             "concentration0": property(lambda self: self.beta)},
    "Bernoulli": {"has_enumerate_support": True},
    "Geometric": {"logits": property(_logits_binary), "log_prob": lambda self, value: self.log_pmf(value),
                  "kl_divergence": lambda self, other: (-self.entropy() - paddle.log1p(-other.probs) / self.probs
                                                        - other.logits)},
    "Binomial": {"has_enumerate_support": True, "logits": property(_logits_binary)},
    "Multinomial": {"logits": property(_logits_categorical)},
}


EXPAND_PARAMS: dict[str, tuple[str, ...]] = {
    "Normal": ("loc", "scale"), "Laplace": ("loc", "scale"), "Cauchy": ("loc", "scale"), "Gumbel": ("loc", "scale"),
    "LogNormal": ("loc", "scale"), "Uniform": ("low", "high"), "Exponential": ("rate",), "Poisson": ("rate",),
    "Gamma": ("concentration", "rate"), "Chi2": ("df",), "Bernoulli": ("probs",), "Geometric": ("probs",),
    "Beta": ("concentration1", "concentration0"), "StudentT": ("df", "loc", "scale"), "Dirichlet": ("concentration",),
    "ContinuousBernoulli": ("probs",)}


def _expander(params: tuple[str, ...]) -> Callable:
    """torch's ``expand(batch_shape)``: the same distribution with its parameters broadcast to ``batch_shape``."""
    def expand(self: Any, batch_shape: Any, _instance: Any = None) -> Any:
        nb = len(self.batch_shape)
        args = []
        for n in params:
            v = paddle.to_tensor(getattr(self, n))
            args.append(v.expand(list(batch_shape) + list(v.shape[nb:])))
        return type(self)(*args, validate_args=getattr(self, "_validate_args", None))
    return expand


_DERIVED = ("stddev", "sample_n", "perplexity", "mode")  # the base class's own versions win over the generic ones


def _build() -> dict[str, type]:
    """The torch-style classes, by torch name."""
    out: dict[str, type] = {"Distribution": Distribution, "Transform": Transform, "AffineTransform": AffineTransform,
                            "Categorical": Categorical}
    for name, (base, params, conv, post) in DIST_SPECS.items():
        own = {k: v for k in _DERIVED for c in reversed(base.__mro__[:-2]) if (v := vars(c).get(k)) is not None}
        out[name] = type(name, (Distribution, base), {
            "__init__": _init_from(base, params, conv, post), "__module__": __name__,
            "__doc__": f"torch's ``{name}`` signature on ``paddle.distribution.{base.__name__}``.",
            **own, **({"expand": _expander(EXPAND_PARAMS[name])} if name in EXPAND_PARAMS else {}),
            **EXTRAS.get(name, {})})
    for name, (base, params, conv) in TRANSFORM_SPECS.items():
        out[name] = type(name, (Transform, base), {
            "__init__": _init_from(base, params, conv), "__module__": __name__,
            "__doc__": f"torch's ``{name}`` signature on ``paddle.distribution.{base.__name__}``."})
    out["ComposeTransform"].__repr__ = _compose_repr
    return out


CLASSES = _build()


def register_kl(type_p: type, type_q: type) -> Callable:
    """torch's ``register_kl(type_p, type_q)`` (paddle names them cls_p, cls_q)."""
    return PD.register_kl(type_p, type_q)


SUBMODULES = ("bernoulli", "beta", "binomial", "categorical", "cauchy", "chi2", "continuous_bernoulli", "dirichlet", "distribution",
              "exp_family", "exponential", "gamma", "geometric", "gumbel", "independent", "kl", "laplace",
              "lkj_cholesky", "log_normal", "multinomial", "multivariate_normal", "normal", "poisson", "studentT",
              "transformed_distribution", "transforms", "uniform")
