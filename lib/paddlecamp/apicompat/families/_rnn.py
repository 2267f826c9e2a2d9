"""torch.nn.utils.rnn on paddle: ``PackedSequence`` (torch's namedtuple of data,
batch_sizes, sorted_indices, unsorted_indices), packing and padding built from paddle ops
(so gradients flow through them as in torch).
"""
from __future__ import annotations

from typing import Any, NamedTuple, Sequence

import paddle


def invert_permutation(permutation: paddle.Tensor | None) -> paddle.Tensor | None:
    """The permutation that undoes ``permutation``."""
    if permutation is None:
        return None
    out = paddle.empty_like(permutation)
    out = paddle.scatter(out, permutation, paddle.arange(permutation.shape[0], dtype=permutation.dtype))
    return out


class _PackedSequenceBase(NamedTuple):
    data: paddle.Tensor
    batch_sizes: paddle.Tensor
    sorted_indices: paddle.Tensor | None
    unsorted_indices: paddle.Tensor | None


class PackedSequence(_PackedSequenceBase):
    """torch's ``PackedSequence(data, batch_sizes=None, sorted_indices=None, unsorted_indices=None)``."""

    def __new__(cls, data: Any, batch_sizes: Any = None, sorted_indices: Any = None,
                unsorted_indices: Any = None) -> "PackedSequence":
        if unsorted_indices is None:
            unsorted_indices = invert_permutation(sorted_indices)
        if batch_sizes is not None:
            return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)
        if not isinstance(data, (list, tuple)) or len(data) != 2:
            raise TypeError("PackedSequence expects (data, batch_sizes) when batch_sizes is not given")
        return super().__new__(cls, data[0], data[1], sorted_indices, unsorted_indices)

    def to(self, *args: Any, **kwargs: Any) -> "PackedSequence":
        """``data.to(...)``; the indices follow the data's device, batch_sizes stays as it is."""
        data = self.data.to(*args, **kwargs)
        if data is self.data:
            return self
        return type(self)(data, self.batch_sizes, self.sorted_indices, self.unsorted_indices)

    def cpu(self) -> "PackedSequence":
        """On the CPU."""
        return type(self)(self.data.cpu(), self.batch_sizes, self.sorted_indices, self.unsorted_indices)

    def cuda(self, *args: Any, **kwargs: Any) -> "PackedSequence":
        """On the GPU."""
        return type(self)(self.data.cuda(*args, **kwargs), self.batch_sizes, self.sorted_indices,
                          self.unsorted_indices)

    def pin_memory(self) -> "PackedSequence":
        """With the data in pinned memory."""
        return type(self)(self.data.pin_memory(), self.batch_sizes, self.sorted_indices, self.unsorted_indices)

    def _cast(self, dtype: str) -> "PackedSequence":
        """The data cast to ``dtype``."""
        return type(self)(self.data.astype(dtype), self.batch_sizes, self.sorted_indices, self.unsorted_indices)

    def double(self) -> "PackedSequence":
        return self._cast("float64")

    def float(self) -> "PackedSequence":
        return self._cast("float32")

    def half(self) -> "PackedSequence":
        return self._cast("float16")

    def long(self) -> "PackedSequence":
        return self._cast("int64")

    def int(self) -> "PackedSequence":
        return self._cast("int32")

    def short(self) -> "PackedSequence":
        return self._cast("int16")

    def char(self) -> "PackedSequence":
        return self._cast("int8")

    def byte(self) -> "PackedSequence":
        return self._cast("uint8")

    @property
    def is_cuda(self) -> bool:
        """Whether the data is on a GPU."""
        return self.data.place.is_gpu_place()

    def is_pinned(self) -> bool:
        """Whether the data is in pinned memory."""
        return self.data.place.is_cuda_pinned_place()


def _lengths(lengths: Any) -> list[int]:
    """Lengths (Tensor or sequence) as Python ints."""
    if isinstance(lengths, paddle.Tensor):
        return [int(v) for v in lengths.reshape([-1]).tolist()]
    return [int(v) for v in lengths]


def pack_padded_sequence(input: paddle.Tensor, lengths: Any, batch_first: bool = False,
                         enforce_sorted: bool = True) -> PackedSequence:
    """torch's ``pack_padded_sequence``: the time-major valid steps of a padded batch, with batch sizes."""
    lens = _lengths(lengths)
    sorted_indices = None
    if enforce_sorted:
        if any(a < b for a, b in zip(lens, lens[1:])):
            raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. "
                               "You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence "
                               "to sidestep this requirement if you do not need ONNX exportability.")
    else:
        order = sorted(range(len(lens)), key=lambda i: -lens[i])
        sorted_indices = paddle.to_tensor(order, dtype="int64")
        lens = [lens[i] for i in order]
        input = paddle.index_select(input, sorted_indices, axis=0 if batch_first else 1)
    if batch_first:
        input = input.transpose([1, 0] + list(range(2, input.ndim)))
    if lens and lens[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' "
                           "that is <= 0")
    steps = lens[0] if lens else 0
    batch_sizes = [sum(1 for n in lens if n > t) for t in range(steps)]
    data = paddle.concat([input[t, :bs] for t, bs in enumerate(batch_sizes)], axis=0)
    return PackedSequence(data, paddle.to_tensor(batch_sizes, dtype="int64"), sorted_indices, None)


def pad_packed_sequence(sequence: PackedSequence, batch_first: bool = False, padding_value: float = 0.0,
                        total_length: int | None = None) -> tuple[paddle.Tensor, paddle.Tensor]:
    """torch's ``pad_packed_sequence``: (padded batch, lengths as int64)."""
    data, batch_sizes = sequence.data, _lengths(sequence.batch_sizes)
    steps, batch = len(batch_sizes), batch_sizes[0]
    if total_length is not None:
        if total_length < steps:
            raise ValueError("Expected total_length to be at least the length of the longest sequence in input, "
                             f"but got total_length={total_length} and max sequence length being {steps}")
    else:
        total_length = steps
    feat = list(data.shape[1:])
    rows, off = [], 0
    for bs in batch_sizes:
        part = data[off:off + bs]
        if bs < batch:
            part = paddle.concat([part, paddle.full([batch - bs] + feat, padding_value, dtype=data.dtype)], axis=0)
        rows.append(part)
        off += bs
    for _ in range(total_length - steps):
        rows.append(paddle.full([batch] + feat, padding_value, dtype=data.dtype))
    out = paddle.stack(rows, axis=0)
    lengths = paddle.to_tensor([sum(1 for bs in batch_sizes if bs > b) for b in range(batch)], dtype="int64")
    if sequence.unsorted_indices is not None:
        out = paddle.index_select(out, sequence.unsorted_indices, axis=1)
        lengths = paddle.index_select(lengths, sequence.unsorted_indices, axis=0)
    if batch_first:
        out = out.transpose([1, 0] + list(range(2, out.ndim)))
    return out, lengths


def pad_sequence(sequences: Sequence[paddle.Tensor] | paddle.Tensor, batch_first: bool = False,
                 padding_value: float = 0.0, padding_side: str = "right") -> paddle.Tensor:
    """torch's ``pad_sequence``: (T, B, *) or, with batch_first, (B, T, *)."""
    if padding_side not in ("left", "right"):
        raise ValueError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    seqs = list(sequences.unbind(0)) if isinstance(sequences, paddle.Tensor) else list(sequences)
    longest = max(int(s.shape[0]) for s in seqs)
    padded = []
    for s in seqs:
        n = longest - int(s.shape[0])
        if n:
            fill = paddle.full([n] + list(s.shape[1:]), padding_value, dtype=s.dtype)
            s = paddle.concat([s, fill] if padding_side == "right" else [fill, s], axis=0)
        padded.append(s)
    return paddle.stack(padded, axis=0 if batch_first else 1)


def unpad_sequence(padded_sequences: paddle.Tensor, lengths: Any, batch_first: bool = False) -> list[paddle.Tensor]:
    """torch's ``unpad_sequence``: the list of unpadded sequences."""
    if not batch_first:
        padded_sequences = padded_sequences.transpose([1, 0] + list(range(2, padded_sequences.ndim)))
    return [seq[:n] for seq, n in zip(padded_sequences, _lengths(lengths))]


def pack_sequence(sequences: Sequence[paddle.Tensor], enforce_sorted: bool = True) -> PackedSequence:
    """torch's ``pack_sequence``: pack a list of variable-length tensors."""
    lengths = [int(s.shape[0]) for s in sequences]
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences: PackedSequence) -> list[paddle.Tensor]:
    """torch's ``unpack_sequence``: the list of sequences a PackedSequence holds."""
    padded, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded, lengths, batch_first=True)


NAMES = {f.__name__: f for f in (pack_padded_sequence, pad_packed_sequence, pad_sequence, unpad_sequence,
                                 pack_sequence, unpack_sequence, invert_permutation)}
NAMES["PackedSequence"] = PackedSequence
