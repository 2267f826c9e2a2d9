"""torch.utils.data on top of paddle.io: torch's signatures for the classes whose paddle
counterparts take other arguments, and torch's ``default_collate`` (tensors, not numpy arrays).

The names here only live in the new ``paddle.utils.data`` namespace (paddle has none), so
``paddle.io`` keeps its own signatures.
"""
from __future__ import annotations

import collections.abc as abc
import re
from typing import Any, Callable, Iterator, Sequence

import numpy as np
import paddle
import paddle.io as pio

np_str_obj_array_pattern = re.compile(r"[SaUO]")

default_collate_err_msg_format = (
    "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}")


def _is_namedtuple(x: Any) -> bool:
    """True for a namedtuple instance."""
    return isinstance(x, tuple) and hasattr(x, "_fields")


def default_convert(data: Any) -> Any:
    """torch's ``default_convert``: numpy arrays and numpy scalars become paddle Tensors, containers are walked."""
    if isinstance(data, paddle.Tensor):
        return data
    if isinstance(data, np.ndarray):
        if data.dtype.kind in "SaUO":
            return data
        return paddle.to_tensor(data)
    if isinstance(data, np.generic) and data.dtype.kind not in "SaUO":
        return paddle.to_tensor(data)
    if isinstance(data, (str, bytes)):
        return data
    if isinstance(data, abc.Mapping):
        try:
            return type(data)({k: default_convert(v) for k, v in data.items()})
        except TypeError:
            return {k: default_convert(v) for k, v in data.items()}
    if _is_namedtuple(data):
        return type(data)(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]
    if isinstance(data, abc.Sequence):
        try:
            return type(data)([default_convert(d) for d in data])
        except TypeError:
            return [default_convert(d) for d in data]
    return data


def default_collate(batch: Any) -> Any:
    """torch's ``default_collate``: stack tensors / arrays / numbers of a batch into paddle Tensors."""
    elem = batch[0]
    if isinstance(elem, paddle.Tensor):
        return paddle.stack(list(batch), axis=0)
    if isinstance(elem, np.ndarray) or (isinstance(elem, np.generic) and type(elem).__name__ != "str_"):
        if elem.dtype.kind in "SaUO":
            raise TypeError(default_collate_err_msg_format.format(elem.dtype))
        if isinstance(elem, np.ndarray):
            return default_collate([paddle.to_tensor(b) for b in batch])
        return paddle.to_tensor(np.array(batch))
    if isinstance(elem, bool):
        return paddle.to_tensor(batch, dtype="bool")
    if isinstance(elem, float):
        return paddle.to_tensor(batch, dtype="float64")
    if isinstance(elem, int):
        return paddle.to_tensor(batch, dtype="int64")
    if isinstance(elem, (str, bytes)):
        return batch
    if isinstance(elem, abc.Mapping):
        try:
            return type(elem)({k: default_collate([d[k] for d in batch]) for k in elem})
        except TypeError:
            return {k: default_collate([d[k] for d in batch]) for k in elem}
    if _is_namedtuple(elem):
        return type(elem)(*(default_collate(s) for s in zip(*batch)))
    if isinstance(elem, abc.Sequence):
        it = iter(batch)
        n = len(next(it))
        if not all(len(e) == n for e in it):
            raise RuntimeError("each element in list of batch should be of equal size")
        transposed = list(zip(*batch))
        if isinstance(elem, tuple):
            return [default_collate(s) for s in transposed]
        try:
            return type(elem)([default_collate(s) for s in transposed])
        except TypeError:
            return [default_collate(s) for s in transposed]
    raise TypeError(default_collate_err_msg_format.format(type(elem)))


class Dataset(pio.Dataset):
    """torch's ``Dataset``: ``a + b`` concatenates."""

    def __add__(self, other: Any) -> "ConcatDataset":
        return ConcatDataset([self, other])


class IterableDataset(pio.IterableDataset):
    """torch's ``IterableDataset``: ``a + b`` chains."""

    def __add__(self, other: Any) -> "ChainDataset":
        return ChainDataset([self, other])


class ConcatDataset(Dataset, pio.ConcatDataset):
    """``paddle.io.ConcatDataset`` that also concatenates with ``+``."""


class ChainDataset(IterableDataset, pio.ChainDataset):
    """``paddle.io.ChainDataset`` that also chains with ``+``."""


class Subset(Dataset, pio.Subset):
    """``paddle.io.Subset`` that also concatenates with ``+``."""


class StackDataset(Dataset):
    """torch's ``StackDataset(*datasets)`` / ``StackDataset(**datasets)``: samples as tuples / dicts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if args and kwargs:
            raise ValueError("Supported either ``tuple``- (via ``args``) or``dict``- (via ``kwargs``) like input/output, "
                             "but both types are given.")
        sets = list(args) or list(kwargs.values())
        if not sets:
            raise ValueError("At least one dataset should be passed")
        self._length = len(sets[0])
        if any(self._length != len(d) for d in sets):
            raise ValueError("Size mismatch between datasets")
        self.datasets: Any = tuple(args) if args else dict(kwargs)

    def __getitem__(self, index: int) -> Any:
        if isinstance(self.datasets, dict):
            return {k: d[index] for k, d in self.datasets.items()}
        return tuple(d[index] for d in self.datasets)

    def __len__(self) -> int:
        return self._length


class DistributedSampler(pio.Sampler):
    """torch's ``DistributedSampler(dataset, num_replicas, rank, shuffle=True, seed=0, drop_last=False)``:
    this replica's share of the (seed + epoch)-shuffled indices, padded to divide evenly."""

    def __init__(self, dataset: Any, num_replicas: int | None = None, rank: int | None = None, shuffle: bool = True,
                 seed: int = 0, drop_last: bool = False) -> None:
        import math

        import paddle.distributed as dist
        num_replicas = dist.get_world_size() if num_replicas is None else num_replicas
        rank = dist.get_rank() if rank is None else rank
        if rank >= num_replicas or rank < 0:
            raise ValueError(f"Invalid rank {rank}, rank should be in the interval [0, {num_replicas - 1}]")
        self.dataset, self.num_replicas, self.rank, self.epoch = dataset, num_replicas, rank, 0
        self.drop_last, self.shuffle, self.seed = drop_last, shuffle, seed
        if drop_last and len(dataset) % num_replicas != 0:
            self.num_samples = math.ceil((len(dataset) - num_replicas) / num_replicas)
        else:
            self.num_samples = math.ceil(len(dataset) / num_replicas)
        self.total_size = self.num_samples * num_replicas

    def __iter__(self) -> Iterator[int]:
        n = len(self.dataset)
        if self.shuffle:
            indices = np.random.RandomState(self.seed + self.epoch).permutation(n).tolist()
        else:
            indices = list(range(n))
        if not self.drop_last:
            pad = self.total_size - len(indices)
            if pad <= len(indices):
                indices += indices[:pad]
            else:
                indices += (indices * -(-pad // len(indices)))[:pad]
        else:
            indices = indices[:self.total_size]
        return iter(indices[self.rank:self.total_size:self.num_replicas])

    def __len__(self) -> int:
        return self.num_samples

    def set_epoch(self, epoch: int) -> None:
        """The epoch mixed into the shuffling seed."""
        self.epoch = epoch


class TensorDataset(Dataset, pio.TensorDataset):
    """torch's ``TensorDataset(*tensors)``."""

    def __init__(self, *tensors: paddle.Tensor) -> None:
        pio.TensorDataset.__init__(self, list(tensors))
        self.tensors = tuple(tensors)


class SequentialSampler(pio.SequenceSampler):
    """torch's name for ``paddle.io.SequenceSampler``."""


class RandomSampler(pio.RandomSampler):
    """torch's ``RandomSampler(data_source, replacement, num_samples, generator)``."""

    def __init__(self, data_source: Any, replacement: bool = False, num_samples: int | None = None,
                 generator: Any = None) -> None:
        pio.Sampler.__init__(self, data_source)  # torch allows num_samples > len without replacement
        if not isinstance(replacement, bool):
            raise TypeError(f"replacement should be a boolean value, but got replacement={replacement}")
        if num_samples is not None and (not isinstance(num_samples, int) or num_samples <= 0):
            raise ValueError(f"num_samples should be a positive integer value, but got num_samples={num_samples}")
        self.data_source, self.replacement, self._num_samples = data_source, replacement, num_samples
        self.generator = generator

    def __iter__(self) -> Iterator[int]:
        n = len(self.data_source)
        if self.replacement:
            idx = paddle.randint(0, n, [self.num_samples], dtype="int64").tolist()
        else:
            idx = []
            for _ in range(self.num_samples // n + 1):
                idx.extend(paddle.randperm(n).tolist())
            idx = idx[:self.num_samples]
        yield from idx

    def __len__(self) -> int:
        return self.num_samples


class SubsetRandomSampler(pio.SubsetRandomSampler):
    """torch's ``SubsetRandomSampler(indices, generator=None)``."""

    def __init__(self, indices: Sequence[int], generator: Any = None) -> None:
        super().__init__(indices)
        self.generator = generator


class WeightedRandomSampler(pio.WeightedRandomSampler):
    """torch's ``WeightedRandomSampler(weights, num_samples, replacement=True, generator=None)``."""

    def __init__(self, weights: Any, num_samples: int, replacement: bool = True, generator: Any = None) -> None:
        if isinstance(weights, paddle.Tensor):
            weights = weights.numpy()
        super().__init__(np.asarray(weights, dtype="float64"), num_samples, replacement)
        self.generator = generator


class BatchSampler(pio.BatchSampler):
    """torch's ``BatchSampler(sampler, batch_size, drop_last)``."""

    def __init__(self, sampler: Any, batch_size: int, drop_last: bool) -> None:
        if isinstance(sampler, pio.Sampler) or hasattr(sampler, "__iter__"):
            super().__init__(sampler=sampler, batch_size=batch_size, drop_last=drop_last)
        else:
            raise TypeError(f"sampler should be an iterable, but got {type(sampler)}")


class DataLoader(pio.DataLoader):
    """torch's ``DataLoader`` signature (``sampler=``, ``batch_size`` second, torch's default_collate)."""

    def __init__(self, dataset: Any, batch_size: int | None = 1, shuffle: bool | None = None, sampler: Any = None,
                 batch_sampler: Any = None, num_workers: int = 0, collate_fn: Callable | None = None,
                 pin_memory: bool = False, drop_last: bool = False, timeout: float = 0,
                 worker_init_fn: Callable | None = None, multiprocessing_context: Any = None, generator: Any = None,
                 *, prefetch_factor: int | None = None, persistent_workers: bool = False,
                 pin_memory_device: str = "", in_order: bool = True) -> None:
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None and (batch_size != 1 or shuffle or sampler is not None or drop_last):
            raise ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, "
                             "and drop_last")
        iterable = isinstance(dataset, pio.IterableDataset)
        if batch_sampler is None and sampler is not None and batch_size is not None and not iterable:
            batch_sampler = pio.BatchSampler(sampler=sampler, batch_size=batch_size, drop_last=drop_last)
        if collate_fn is None:  # torch: default_collate when batching, default_convert when batch_size=None
            collate_fn = default_collate if (batch_size is not None or batch_sampler is not None) else default_convert
        kw: dict[str, Any] = dict(num_workers=num_workers, collate_fn=collate_fn,
                                  timeout=int(timeout), worker_init_fn=worker_init_fn,
                                  persistent_workers=persistent_workers)
        if prefetch_factor is not None:
            kw["prefetch_factor"] = prefetch_factor
        if batch_sampler is not None:
            super().__init__(dataset, batch_sampler=batch_sampler, **kw)
        else:
            super().__init__(dataset, batch_size=batch_size, shuffle=bool(shuffle), drop_last=drop_last, **kw)
        self.sampler = sampler if sampler is not None else getattr(self.batch_sampler, "sampler", None)
        self.pin_memory = pin_memory
        self.generator = generator
        self.drop_last = drop_last
        self.in_order = in_order


def random_split(dataset: Any, lengths: Sequence[float], generator: Any = None) -> list:
    """torch's ``random_split`` (integer lengths or fractions)."""
    return [Subset(s.dataset, s.indices) for s in pio.random_split(dataset, list(lengths), generator)]


def names() -> dict[str, Any]:
    """Everything ``paddle.utils.data`` holds beyond ``paddle.io``'s own names."""
    return {"Dataset": Dataset, "IterableDataset": IterableDataset, "TensorDataset": TensorDataset,
            "ConcatDataset": ConcatDataset, "ChainDataset": ChainDataset, "Subset": Subset,
            "StackDataset": StackDataset, "DistributedSampler": DistributedSampler,
            "DataLoader": DataLoader, "Sampler": pio.Sampler, "SequentialSampler": SequentialSampler,
            "RandomSampler": RandomSampler, "SubsetRandomSampler": SubsetRandomSampler,
            "WeightedRandomSampler": WeightedRandomSampler, "BatchSampler": BatchSampler,
            "random_split": random_split, "get_worker_info": pio.get_worker_info,
            "default_collate": default_collate, "default_convert": default_convert}
