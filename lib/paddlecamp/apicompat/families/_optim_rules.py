"""torch.optim's update rules and learning-rate schedulers on paddle tensors.

Why not paddle's own optimizers for these: their rules differ from torch's in ways a test
sees. paddle's ``RMSProp`` adds ``epsilon`` inside the square root, ``Adamax`` adds it after
the max instead of inside it, ``Adagrad`` has no ``lr_decay``, none of them takes torch's
``maximize``, and paddle optimizers hold one learning rate, not one per param group. The
rules below follow torch's single-tensor (CPU) implementations operation by operation, on
paddle tensors, so that a prefix-swapped training loop gives torch's numbers.

torch's schedulers are *chainable*: each ``step`` rescales the optimizer's current
``group["lr"]`` (two schedulers on one optimizer compose), while paddle's
``paddle.optimizer.lr`` schedulers compute a closed form from one base rate and own it. The
classes here follow torch's formulas on ``param_groups``; they work with every optimizer of
the compat layer (paddle-backed ones map ``group["lr"]`` to ``set_lr``).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import paddle


def _grad(p: paddle.Tensor, group: dict) -> paddle.Tensor:
    """The gradient torch's rules start from: negated for ``maximize``, plus L2 weight decay."""
    g = p.grad
    if group.get("maximize", False):
        g = -g
    wd = group.get("weight_decay", 0)
    if wd:
        g = g + wd * p
    return g


def _write(p: paddle.Tensor, value: paddle.Tensor) -> None:
    """Store an updated parameter value without recording it in autograd."""
    p.set_value(value.astype(p.dtype))


def rule_optimizers(Optimizer: type) -> dict[str, type]:
    """torch's SGD (per-group options), RMSprop, Adagrad, Adadelta and Adamax on ``Optimizer``
    (the compat layer's ``torch.optim.Optimizer``: param_groups, state, state_dict)."""

    class _Rule(Optimizer):
        """Shared ``step``: every parameter with a gradient goes through ``update``."""

        def step(self, closure: Callable | None = None) -> Any:
            loss = None
            if closure is not None:
                with paddle.enable_grad():
                    loss = closure()
            with paddle.no_grad():
                for group in self.param_groups:
                    for p in group["params"]:
                        if p.grad is not None:
                            self.update(p, group, self.state[p])
            return loss

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            raise NotImplementedError

    class SGD(_Rule):
        """torch's ``optim.SGD`` with momentum buffers, dampening, nesterov and per-group options."""

        def __init__(self, params: Any, lr: float = 1e-3, momentum: float = 0, dampening: float = 0,
                     weight_decay: float = 0, nesterov: bool = False, *, maximize: bool = False,
                     foreach: Any = None, differentiable: bool = False, fused: Any = None) -> None:
            if nesterov and (momentum <= 0 or dampening != 0):
                raise ValueError("Nesterov momentum requires a momentum and zero dampening")
            super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                          nesterov=nesterov, maximize=maximize, foreach=foreach,
                                          differentiable=differentiable, fused=fused))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            g = _grad(p, group)
            if group["momentum"] != 0:
                buf = state.get("momentum_buffer")
                buf = g.clone() if buf is None else buf * group["momentum"] + (1 - group["dampening"]) * g
                state["momentum_buffer"] = buf
                g = g + group["momentum"] * buf if group["nesterov"] else buf
            _write(p, p - group["lr"] * g)

    class RMSprop(_Rule):
        """torch's ``optim.RMSprop``: eps added after the square root, centered and momentum variants."""

        def __init__(self, params: Any, lr: float = 1e-2, alpha: float = 0.99, eps: float = 1e-8,
                     weight_decay: float = 0, momentum: float = 0, centered: bool = False,
                     capturable: bool = False, foreach: Any = None, maximize: bool = False,
                     differentiable: bool = False) -> None:
            super().__init__(params, dict(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum,
                                          centered=centered, capturable=capturable, foreach=foreach,
                                          maximize=maximize, differentiable=differentiable))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            g = _grad(p, group)
            alpha = group["alpha"]
            if not state:
                state["step"] = 0
                state["square_avg"] = paddle.zeros_like(p)
                if group["momentum"] > 0:
                    state["momentum_buffer"] = paddle.zeros_like(p)
                if group["centered"]:
                    state["grad_avg"] = paddle.zeros_like(p)
            state["step"] += 1
            state["square_avg"] = state["square_avg"] * alpha + (1 - alpha) * g * g
            if group["centered"]:
                state["grad_avg"] = state["grad_avg"] + (1 - alpha) * (g - state["grad_avg"])
                avg = paddle.sqrt(state["square_avg"] - state["grad_avg"] * state["grad_avg"])
            else:
                avg = paddle.sqrt(state["square_avg"])
            avg = avg + group["eps"]
            if group["momentum"] > 0:
                state["momentum_buffer"] = state["momentum_buffer"] * group["momentum"] + g / avg
                _write(p, p - group["lr"] * state["momentum_buffer"])
            else:
                _write(p, p - group["lr"] * (g / avg))

    class Adagrad(_Rule):
        """torch's ``optim.Adagrad``, including ``lr_decay`` and ``initial_accumulator_value``."""

        def __init__(self, params: Any, lr: float = 1e-2, lr_decay: float = 0, weight_decay: float = 0,
                     initial_accumulator_value: float = 0, eps: float = 1e-10, foreach: Any = None, *,
                     maximize: bool = False, differentiable: bool = False, fused: Any = None) -> None:
            super().__init__(params, dict(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
                                          initial_accumulator_value=initial_accumulator_value, eps=eps,
                                          foreach=foreach, maximize=maximize, differentiable=differentiable,
                                          fused=fused))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            if not state:
                state["step"] = 0
                state["sum"] = paddle.full_like(p, group["initial_accumulator_value"])
            state["step"] += 1
            g = _grad(p, group)
            clr = group["lr"] / (1 + (state["step"] - 1) * group["lr_decay"])
            state["sum"] = state["sum"] + g * g
            _write(p, p - clr * (g / (paddle.sqrt(state["sum"]) + group["eps"])))

    class Adadelta(_Rule):
        """torch's ``optim.Adadelta`` (paddle's rule is the same; torch's defaults and ``maximize`` differ)."""

        def __init__(self, params: Any, lr: float = 1.0, rho: float = 0.9, eps: float = 1e-6,
                     weight_decay: float = 0, foreach: Any = None, *, capturable: bool = False,
                     maximize: bool = False, differentiable: bool = False) -> None:
            super().__init__(params, dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay, foreach=foreach,
                                          capturable=capturable, maximize=maximize, differentiable=differentiable))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            rho, eps = group["rho"], group["eps"]
            if not state:
                state["step"] = 0
                state["square_avg"] = paddle.zeros_like(p)
                state["acc_delta"] = paddle.zeros_like(p)
            state["step"] += 1
            g = _grad(p, group)
            state["square_avg"] = state["square_avg"] * rho + (1 - rho) * g * g
            std = paddle.sqrt(state["square_avg"] + eps)
            delta = paddle.sqrt(state["acc_delta"] + eps) / std * g
            state["acc_delta"] = state["acc_delta"] * rho + (1 - rho) * delta * delta
            _write(p, p - group["lr"] * delta)

    class Adamax(_Rule):
        """torch's ``optim.Adamax``: eps inside the max of the infinity norm."""

        def __init__(self, params: Any, lr: float = 2e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                     weight_decay: float = 0, foreach: Any = None, *, maximize: bool = False,
                     differentiable: bool = False, capturable: bool = False) -> None:
            super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, foreach=foreach,
                                          maximize=maximize, differentiable=differentiable, capturable=capturable))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            beta1, beta2 = group["betas"]
            if not state:
                state["step"] = 0
                state["exp_avg"] = paddle.zeros_like(p)
                state["exp_inf"] = paddle.zeros_like(p)
            state["step"] += 1
            g = _grad(p, group)
            state["exp_avg"] = state["exp_avg"] + (1 - beta1) * (g - state["exp_avg"])
            state["exp_inf"] = paddle.maximum(state["exp_inf"] * beta2, paddle.abs(g) + group["eps"])
            clr = group["lr"] / (1 - beta1 ** state["step"])
            _write(p, p - clr * (state["exp_avg"] / state["exp_inf"]))

    out = {"SGD": SGD, "RMSprop": RMSprop, "Adagrad": Adagrad, "Adadelta": Adadelta, "Adamax": Adamax}
    for name, cls in out.items():
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = "paddle.optim"
    return out


def _lrs(optimizer: Any) -> list[float]:
    """The current learning rate of every param group."""
    return [float(g["lr"]) for g in optimizer.param_groups]


def _per_group(value: Any, optimizer: Any, what: str) -> list:
    """A scalar or one value per param group, as a list (torch's rule for ``lr_lambda``/``min_lr``)."""
    n = len(optimizer.param_groups)
    if isinstance(value, (list, tuple)):
        if len(value) != n:
            raise ValueError(f"expected {n} {what}, got {len(value)}")
        return list(value)
    return [value] * n


class LRScheduler:
    """torch's ``lr_scheduler.LRScheduler``: ``base_lrs`` from ``initial_lr``, one step at construction,
    ``step()`` writes ``get_lr()`` into every param group, ``get_last_lr()``, ``state_dict()``."""

    def __init__(self, optimizer: Any, last_epoch: int = -1) -> None:
        if not hasattr(optimizer, "param_groups"):
            raise TypeError(f"{type(optimizer).__name__} is not an Optimizer")
        self.optimizer = optimizer
        if last_epoch == -1:
            for g in optimizer.param_groups:
                g.setdefault("initial_lr", float(g["lr"]))
        else:
            for i, g in enumerate(optimizer.param_groups):
                if "initial_lr" not in g:
                    raise KeyError(f"param 'initial_lr' is not specified in param_groups[{i}] when resuming "
                                   "scheduler with last_epoch >= 0")
        self.base_lrs = [g["initial_lr"] for g in optimizer.param_groups]
        self.last_epoch = last_epoch
        self._step_count = 0
        self._is_initial = True
        self.step()
        self._is_initial = False

    def get_lr(self) -> list[float]:
        raise NotImplementedError

    def step(self, epoch: int | None = None) -> None:
        self._step_count += 1
        if epoch is None:
            self.last_epoch += 1
            values = self.get_lr()
        else:
            self.last_epoch = epoch
            values = self._closed_form() if hasattr(self, "_closed_form") else self.get_lr()
        for g, lr in zip(self.optimizer.param_groups, values):
            g["lr"] = lr
        self._last_lr = _lrs(self.optimizer)

    def get_last_lr(self) -> list[float]:
        return self._last_lr

    def state_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "optimizer"}

    def load_state_dict(self, state_dict: dict) -> None:
        self.__dict__.update(state_dict)


class LambdaLR(LRScheduler):
    """``base_lr * lr_lambda(epoch)``."""

    def __init__(self, optimizer: Any, lr_lambda: Callable | list, last_epoch: int = -1) -> None:
        self.lr_lambdas = _per_group(lr_lambda, optimizer, "lr_lambdas")
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        return [base * f(self.last_epoch) for f, base in zip(self.lr_lambdas, self.base_lrs)]


class MultiplicativeLR(LRScheduler):
    """The current rate times ``lr_lambda(epoch)`` after the first step."""

    def __init__(self, optimizer: Any, lr_lambda: Callable | list, last_epoch: int = -1) -> None:
        self.lr_lambdas = _per_group(lr_lambda, optimizer, "lr_lambdas")
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self._is_initial:
            return _lrs(self.optimizer)
        return [lr * f(self.last_epoch) for f, lr in zip(self.lr_lambdas, _lrs(self.optimizer))]


class StepLR(LRScheduler):
    """Multiply by ``gamma`` every ``step_size`` epochs."""

    def __init__(self, optimizer: Any, step_size: int, gamma: float = 0.1, last_epoch: int = -1) -> None:
        self.step_size, self.gamma = step_size, gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self.last_epoch == 0 or self.last_epoch % self.step_size != 0:
            return _lrs(self.optimizer)
        return [lr * self.gamma for lr in _lrs(self.optimizer)]

    def _closed_form(self) -> list[float]:
        return [base * self.gamma ** (self.last_epoch // self.step_size) for base in self.base_lrs]


class MultiStepLR(LRScheduler):
    """Multiply by ``gamma`` at each milestone (by ``gamma**n`` for a milestone listed n times)."""

    def __init__(self, optimizer: Any, milestones: Iterable[int], gamma: float = 0.1, last_epoch: int = -1) -> None:
        self.milestones, self.gamma = Counter(milestones), gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self.last_epoch not in self.milestones:
            return _lrs(self.optimizer)
        return [lr * self.gamma ** self.milestones[self.last_epoch] for lr in _lrs(self.optimizer)]


class ConstantLR(LRScheduler):
    """Scale by ``factor`` until ``total_iters``, then undo it."""

    def __init__(self, optimizer: Any, factor: float = 1.0 / 3, total_iters: int = 5, last_epoch: int = -1) -> None:
        if factor > 1.0 or factor < 0:
            raise ValueError("Constant multiplicative factor expected to be between 0 and 1.")
        self.factor, self.total_iters = factor, total_iters
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self.last_epoch == 0:
            return [lr * self.factor for lr in _lrs(self.optimizer)]
        if self.last_epoch != self.total_iters:
            return _lrs(self.optimizer)
        return [lr * (1.0 / self.factor) for lr in _lrs(self.optimizer)]


class LinearLR(LRScheduler):
    """Scale linearly from ``start_factor`` to ``end_factor`` over ``total_iters`` epochs."""

    def __init__(self, optimizer: Any, start_factor: float = 1.0 / 3, end_factor: float = 1.0,
                 total_iters: int = 5, last_epoch: int = -1) -> None:
        if start_factor > 1.0 or start_factor <= 0:
            raise ValueError("Starting multiplicative factor expected to be greater than 0 and less or equal to 1.")
        if end_factor > 1.0 or end_factor < 0:
            raise ValueError("Ending multiplicative factor expected to be between 0 and 1.")
        self.start_factor, self.end_factor, self.total_iters = start_factor, end_factor, total_iters
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self.last_epoch == 0:
            return [lr * self.start_factor for lr in _lrs(self.optimizer)]
        if self._is_initial or self.last_epoch > self.total_iters:
            return _lrs(self.optimizer)
        d = self.end_factor - self.start_factor
        return [lr * (1.0 + d / (self.total_iters * self.start_factor + (self.last_epoch - 1) * d))
                for lr in _lrs(self.optimizer)]


class ExponentialLR(LRScheduler):
    """Multiply by ``gamma`` every epoch."""

    def __init__(self, optimizer: Any, gamma: float, last_epoch: int = -1) -> None:
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self._is_initial:
            return _lrs(self.optimizer)
        return [lr * self.gamma for lr in _lrs(self.optimizer)]


class CosineAnnealingLR(LRScheduler):
    """torch's recursive cosine annealing between the base rate and ``eta_min`` over ``T_max``."""

    def __init__(self, optimizer: Any, T_max: int, eta_min: float = 0.0, last_epoch: int = -1) -> None:
        self.T_max, self.eta_min = T_max, eta_min
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        lrs, e, T = _lrs(self.optimizer), self.last_epoch, self.T_max
        if self._is_initial:
            return lrs
        if self._step_count == 1 and e > 0:
            return [self.eta_min + (b - self.eta_min) * (1 + math.cos(e * math.pi / T)) / 2 for b in self.base_lrs]
        if (e - 1 - T) % (2 * T) == 0:
            return [lr + (b - self.eta_min) * (1 - math.cos(math.pi / T)) / 2 for b, lr in zip(self.base_lrs, lrs)]
        return [(1 + math.cos(math.pi * e / T)) / (1 + math.cos(math.pi * (e - 1) / T)) * (lr - self.eta_min)
                + self.eta_min for lr in lrs]

    def _closed_form(self) -> list[float]:
        return [self.eta_min + (b - self.eta_min) * (1 + math.cos(math.pi * self.last_epoch / self.T_max)) / 2
                for b in self.base_lrs]


class ReduceLROnPlateau(LRScheduler):
    """Divide the rate by ``1/factor`` when ``metrics`` stops improving for ``patience`` epochs."""

    def __init__(self, optimizer: Any, mode: str = "min", factor: float = 0.1, patience: int = 10,
                 threshold: float = 1e-4, threshold_mode: str = "rel", cooldown: int = 0,
                 min_lr: float | list = 0, eps: float = 1e-8) -> None:
        if factor >= 1.0:
            raise ValueError("Factor should be < 1.0.")
        if mode not in ("min", "max"):
            raise ValueError(f"mode {mode} is unknown!")
        if threshold_mode not in ("rel", "abs"):
            raise ValueError(f"threshold mode {threshold_mode} is unknown!")
        if not hasattr(optimizer, "param_groups"):
            raise TypeError(f"{type(optimizer).__name__} is not an Optimizer")
        self.optimizer, self.factor, self.patience, self.cooldown, self.eps = optimizer, factor, patience, cooldown, eps
        self.min_lrs = _per_group(min_lr, optimizer, "min_lrs")
        self.mode, self.threshold, self.threshold_mode = mode, threshold, threshold_mode
        self.best = math.inf if mode == "min" else -math.inf
        self.num_bad_epochs, self.cooldown_counter, self.last_epoch = 0, 0, 0
        self._last_lr = _lrs(optimizer)

    def is_better(self, a: float, best: float) -> bool:
        if self.mode == "min":
            return a < best * (1.0 - self.threshold) if self.threshold_mode == "rel" else a < best - self.threshold
        return a > best * (self.threshold + 1.0) if self.threshold_mode == "rel" else a > best + self.threshold

    def step(self, metrics: Any, epoch: int | None = None) -> None:  # type: ignore[override]
        current = float(metrics)
        self.last_epoch = self.last_epoch + 1 if epoch is None else epoch
        if self.is_better(current, self.best):
            self.best, self.num_bad_epochs = current, 0
        else:
            self.num_bad_epochs += 1
        if self.cooldown_counter > 0:
            self.cooldown_counter -= 1
            self.num_bad_epochs = 0
        if self.num_bad_epochs > self.patience:
            for g, low in zip(self.optimizer.param_groups, self.min_lrs):
                old = float(g["lr"])
                new = max(old * self.factor, low)
                if old - new > self.eps:
                    g["lr"] = new
            self.cooldown_counter, self.num_bad_epochs = self.cooldown, 0
        self._last_lr = _lrs(self.optimizer)


SCHEDULERS: dict[str, type] = {c.__name__: c for c in (
    LRScheduler, LambdaLR, MultiplicativeLR, StepLR, MultiStepLR, ConstantLR, LinearLR, ExponentialLR,
    CosineAnnealingLR, ReduceLROnPlateau)}
SCHEDULERS["_LRScheduler"] = LRScheduler
for _c in SCHEDULERS.values():
    _c.__module__ = "paddle.optim.lr_scheduler"
