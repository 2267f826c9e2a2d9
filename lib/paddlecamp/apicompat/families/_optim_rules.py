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

import numpy as np
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


def _adam_family_grad(p: paddle.Tensor, group: dict) -> paddle.Tensor:
    """NAdam's and RAdam's gradient: negated for ``maximize``; weight decay either decoupled (the
    parameter is scaled first, torch's ``param.mul_``) or L2 (added to the gradient)."""
    g = -p.grad if group["maximize"] else p.grad
    wd = group["weight_decay"]
    if wd != 0:
        if group["decoupled_weight_decay"]:
            _write(p, p * (1 - group["lr"] * wd))
        else:
            g = g + wd * p
    return g


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

    class NAdam(_Rule):
        """torch's ``optim.NAdam`` (momentum decay schedule; ``mu_product`` kept in float32 as torch keeps it)."""

        def __init__(self, params: Any, lr: float = 2e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                     weight_decay: float = 0, momentum_decay: float = 4e-3, decoupled_weight_decay: bool = False,
                     *, foreach: Any = None, maximize: bool = False, capturable: bool = False,
                     differentiable: bool = False) -> None:
            super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                          momentum_decay=momentum_decay, decoupled_weight_decay=decoupled_weight_decay,
                                          foreach=foreach, maximize=maximize, capturable=capturable,
                                          differentiable=differentiable))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            beta1, beta2 = group["betas"]
            lr = group["lr"]
            if not state:
                state.update(step=0, mu_product=np.float32(1.0), exp_avg=paddle.zeros_like(p),
                             exp_avg_sq=paddle.zeros_like(p))
            state["step"] += 1
            step = state["step"]
            g = _adam_family_grad(p, group)
            mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * group["momentum_decay"])))
            mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * group["momentum_decay"])))
            state["mu_product"] = np.float32(state["mu_product"] * np.float32(mu))
            mu_product = float(state["mu_product"])
            state["exp_avg"] = state["exp_avg"] + (1 - beta1) * (g - state["exp_avg"])
            state["exp_avg_sq"] = state["exp_avg_sq"] * beta2 + (1 - beta2) * g * g
            denom = paddle.sqrt(state["exp_avg_sq"] / (1 - beta2 ** step)) + group["eps"]
            new = p - lr * (1.0 - mu) / (1.0 - mu_product) * (g / denom)
            new = new - lr * mu_next / (1.0 - mu_product * mu_next) * (state["exp_avg"] / denom)
            _write(p, new)

    class RAdam(_Rule):
        """torch's ``optim.RAdam``: the variance rectification switches on once ``rho_t > 5``."""

        def __init__(self, params: Any, lr: float = 1e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                     weight_decay: float = 0, decoupled_weight_decay: bool = False, *, foreach: Any = None,
                     maximize: bool = False, capturable: bool = False, differentiable: bool = False) -> None:
            super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                          decoupled_weight_decay=decoupled_weight_decay, foreach=foreach,
                                          maximize=maximize, capturable=capturable, differentiable=differentiable))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            beta1, beta2 = group["betas"]
            lr = group["lr"]
            if not state:
                state.update(step=0, exp_avg=paddle.zeros_like(p), exp_avg_sq=paddle.zeros_like(p))
            state["step"] += 1
            step = state["step"]
            g = _adam_family_grad(p, group)
            state["exp_avg"] = state["exp_avg"] + (1 - beta1) * (g - state["exp_avg"])
            state["exp_avg_sq"] = state["exp_avg_sq"] * beta2 + (1 - beta2) * g * g
            bc1, bc2 = 1 - beta1 ** step, 1 - beta2 ** step
            corrected = state["exp_avg"] / bc1
            rho_inf = 2 / (1 - beta2) - 1
            rho_t = rho_inf - 2 * step * (beta2 ** step) / bc2
            if rho_t > 5.0:
                rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
                adaptive = (bc2 ** 0.5) / (paddle.sqrt(state["exp_avg_sq"]) + group["eps"])
                _write(p, p - corrected * lr * adaptive * rect)
            else:
                _write(p, p - corrected * lr)

    class Rprop(_Rule):
        """torch's ``optim.Rprop``: per-element step sizes grown by ``etaplus``, shrunk by ``etaminus``."""

        def __init__(self, params: Any, lr: float = 1e-2, etas: tuple = (0.5, 1.2), step_sizes: tuple = (1e-6, 50),
                     *, capturable: bool = False, foreach: Any = None, maximize: bool = False,
                     differentiable: bool = False) -> None:
            if not 0.0 < etas[0] < 1.0 < etas[1]:
                raise ValueError(f"Invalid eta values: {etas[0]}, {etas[1]}")
            super().__init__(params, dict(lr=lr, etas=etas, step_sizes=step_sizes, capturable=capturable,
                                          foreach=foreach, maximize=maximize, differentiable=differentiable))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            etaminus, etaplus = group["etas"]
            lo, hi = group["step_sizes"]
            g = -p.grad if group["maximize"] else p.grad
            if not state:
                state.update(step=0, prev=paddle.zeros_like(p), step_size=paddle.full_like(g, group["lr"]))
            state["step"] += 1
            sign = paddle.sign(g * state["prev"])
            factor = paddle.where(sign > 0, paddle.full_like(sign, etaplus),
                                  paddle.where(sign < 0, paddle.full_like(sign, etaminus), paddle.ones_like(sign)))
            state["step_size"] = paddle.clip(state["step_size"] * factor, lo, hi)
            g = paddle.where(sign < 0, paddle.zeros_like(g), g)
            _write(p, p - paddle.sign(g) * state["step_size"])
            state["prev"] = g.clone()

    class ASGD(_Rule):
        """torch's ``optim.ASGD``: decayed SGD plus the running average ``ax``; ``eta`` and ``mu`` are
        float32 scalars, as torch stores them."""

        def __init__(self, params: Any, lr: float = 1e-2, lambd: float = 1e-4, alpha: float = 0.75, t0: float = 1e6,
                     weight_decay: float = 0, foreach: Any = None, maximize: bool = False,
                     differentiable: bool = False, capturable: bool = False) -> None:
            super().__init__(params, dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0, weight_decay=weight_decay,
                                          foreach=foreach, maximize=maximize, differentiable=differentiable,
                                          capturable=capturable))

        def update(self, p: paddle.Tensor, group: dict, state: dict) -> None:
            if not state:
                state.update(step=0, eta=np.float32(group["lr"]), mu=np.float32(1.0), ax=paddle.zeros_like(p))
            state["step"] += 1
            g = _grad(p, group)
            eta = float(state["eta"])
            new = p * (1 - group["lambd"] * eta) - eta * g
            _write(p, new)
            if float(state["mu"]) != 1:
                state["ax"] = state["ax"] + (p - state["ax"]) * float(state["mu"])
            else:
                state["ax"] = p.clone()
            step = state["step"]
            state["eta"] = np.float32(group["lr"] / ((1 + group["lambd"] * group["lr"] * step) ** group["alpha"]))
            state["mu"] = np.float32(1 / max(1, step - group["t0"]))

    out = {"SGD": SGD, "RMSprop": RMSprop, "Adagrad": Adagrad, "Adadelta": Adadelta, "Adamax": Adamax,
           "NAdam": NAdam, "RAdam": RAdam, "Rprop": Rprop, "ASGD": ASGD}
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


class CosineAnnealingWarmRestarts(LRScheduler):
    """Cosine annealing restarted every ``T_i`` epochs, ``T_i`` growing by ``T_mult`` at each restart."""

    def __init__(self, optimizer: Any, T_0: int, T_mult: int = 1, eta_min: float = 0.0, last_epoch: int = -1) -> None:
        if T_0 <= 0 or not isinstance(T_0, int):
            raise ValueError(f"Expected positive integer T_0, but got {T_0}")
        if T_mult < 1 or not isinstance(T_mult, int):
            raise ValueError(f"Expected integer T_mult >= 1, but got {T_mult}")
        self.T_0, self.T_i, self.T_mult, self.eta_min, self.T_cur = T_0, T_0, T_mult, eta_min, last_epoch
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        return [self.eta_min + (b - self.eta_min) * (1 + math.cos(math.pi * self.T_cur / self.T_i)) / 2
                for b in self.base_lrs]

    def step(self, epoch: float | None = None) -> None:
        if epoch is None and self.last_epoch < 0:
            epoch = 0
        if epoch is None:
            epoch = self.last_epoch + 1
            self.T_cur += 1
            if self.T_cur >= self.T_i:
                self.T_cur, self.T_i = self.T_cur % self.T_i, self.T_i * self.T_mult
        elif epoch < 0:
            raise ValueError(f"Expected non-negative epoch, but got {epoch}")
        elif epoch >= self.T_0:
            if self.T_mult == 1:
                self.T_cur = epoch % self.T_0
            else:
                n = int(math.log(epoch / self.T_0 * (self.T_mult - 1) + 1, self.T_mult))
                self.T_cur = epoch - self.T_0 * (self.T_mult ** n - 1) / (self.T_mult - 1)
                self.T_i = self.T_0 * self.T_mult ** n
        else:
            self.T_i, self.T_cur = self.T_0, epoch
        self.last_epoch = math.floor(epoch)
        self._step_count += 1
        for g, lr in zip(self.optimizer.param_groups, self.get_lr()):
            g["lr"] = lr
        self._last_lr = _lrs(self.optimizer)


class OneCycleLR(LRScheduler):
    """The 1cycle policy: warm up to ``max_lr`` then anneal far below the start, cycling momentum
    (or beta1) the other way."""

    def __init__(self, optimizer: Any, max_lr: float | list, total_steps: int | None = None,
                 epochs: int | None = None, steps_per_epoch: int | None = None, pct_start: float = 0.3,
                 anneal_strategy: str = "cos", cycle_momentum: bool = True, base_momentum: float | list = 0.85,
                 max_momentum: float | list = 0.95, div_factor: float = 25.0, final_div_factor: float = 1e4,
                 three_phase: bool = False, last_epoch: int = -1) -> None:
        if total_steps is not None:
            if total_steps <= 0 or not isinstance(total_steps, int):
                raise ValueError(f"Expected positive integer total_steps, but got {total_steps}")
            self.total_steps = total_steps
        elif epochs is not None and steps_per_epoch is not None:
            self.total_steps = epochs * steps_per_epoch
        else:
            raise ValueError("You must define either total_steps OR (epochs AND steps_per_epoch)")
        if pct_start < 0 or pct_start > 1 or not isinstance(pct_start, float):
            raise ValueError(f"Expected float between 0 and 1 pct_start, but got {pct_start}")
        if anneal_strategy not in ("cos", "linear"):
            raise ValueError(f"anneal_strategy must be one of 'cos' or 'linear', instead got {anneal_strategy}")
        n = self.total_steps
        if three_phase:
            self._phases = [(float(pct_start * n) - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                            (float(2 * pct_start * n) - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"),
                            (n - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum")]
        else:
            self._phases = [(float(pct_start * n) - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                            (n - 1, "max_lr", "min_lr", "base_momentum", "max_momentum")]
        self.anneal_strategy = anneal_strategy
        if last_epoch == -1:
            for top, g in zip(_per_group(max_lr, optimizer, "max_lr values"), optimizer.param_groups):
                g["initial_lr"] = top / div_factor
                g["max_lr"] = top
                g["min_lr"] = g["initial_lr"] / final_div_factor
        self.cycle_momentum = cycle_momentum
        if cycle_momentum:
            defaults = getattr(optimizer, "defaults", None) or getattr(optimizer, "_torch_defaults", {})
            if "momentum" not in defaults and "betas" not in defaults:
                raise ValueError("optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
            self.use_beta1 = "betas" in defaults
            if last_epoch == -1:
                for hi, lo, g in zip(_per_group(max_momentum, optimizer, "max_momentum values"),
                                     _per_group(base_momentum, optimizer, "base_momentum values"),
                                     optimizer.param_groups):
                    if self.use_beta1:
                        g["betas"] = (hi, *g["betas"][1:])
                    else:
                        g["momentum"] = hi
                    g["max_momentum"], g["base_momentum"] = hi, lo
        super().__init__(optimizer, last_epoch)

    def _anneal(self, start: float, end: float, pct: float) -> float:
        if self.anneal_strategy == "cos":
            return end + (start - end) / 2.0 * (math.cos(math.pi * pct) + 1)
        return (end - start) * pct + start

    def get_lr(self) -> list[float]:
        step = self.last_epoch
        if step > self.total_steps:
            raise ValueError(f"Tried to step {step} times. The specified number of total steps is {self.total_steps}")
        lrs = []
        for g in self.optimizer.param_groups:
            start = 0.0
            for i, (end, lr0, lr1, m0, m1) in enumerate(self._phases):
                if step <= end or i == len(self._phases) - 1:
                    pct = (step - start) / (end - start)
                    lr = self._anneal(g[lr0], g[lr1], pct)
                    if self.cycle_momentum:
                        m = self._anneal(g[m0], g[m1], pct)
                    break
                start = end
            lrs.append(lr)
            if self.cycle_momentum:
                if self.use_beta1:
                    g["betas"] = (m, *g["betas"][1:])
                else:
                    g["momentum"] = m
        return lrs


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
    CosineAnnealingLR, CosineAnnealingWarmRestarts, OneCycleLR, ReduceLROnPlateau)}
SCHEDULERS["_LRScheduler"] = LRScheduler
for _c in SCHEDULERS.values():
    _c.__module__ = "paddle.optim.lr_scheduler"
