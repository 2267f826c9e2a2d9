# Corpus: torch.* functions and creation ops, written the way everyday PyTorch code calls them.

# %% torch.tensor | float tensor from a nested list
import torch
result = torch.tensor([[1.0, 2.0], [3.0, 4.0]])

# %% torch.tensor | integer list gives int64
import torch
result = torch.tensor([1, 2, 3])

# %% torch.tensor | explicit dtype keyword
import torch
result = torch.tensor([1, 2, 3], dtype=torch.float32)

# %% torch.tensor | tensor that requires grad
import torch
result = torch.tensor([0.5, -1.5], requires_grad=True)

# %% torch.zeros | zeros from a shape tuple
import torch
result = torch.zeros((2, 3))

# %% torch.zeros | zeros from varargs sizes with a dtype
import torch
result = torch.zeros(2, 3, dtype=torch.int64)

# %% torch.ones | ones from varargs sizes
import torch
result = torch.ones(3, 2)

# %% torch.ones | ones with dtype float64
import torch
result = torch.ones(4, dtype=torch.float64)

# %% torch.full | fill a shape with a float value
import torch
result = torch.full((2, 2), 7.5)

# %% torch.full | fill with an int value keeps an integer dtype
import torch
result = torch.full((3,), 4)

# %% torch.empty | empty tensor shape
# check: shape
import torch
result = torch.empty(2, 5)

# %% torch.eye | identity matrix
import torch
result = torch.eye(3)

# %% torch.eye | rectangular identity
import torch
result = torch.eye(2, 4)

# %% torch.arange | integer range
import torch
result = torch.arange(5)

# %% torch.arange | start, end, step floats
import torch
result = torch.arange(0, 1, 0.25)

# %% torch.arange | range with dtype keyword
import torch
result = torch.arange(1, 7, dtype=torch.float32)

# %% torch.linspace | evenly spaced points
import torch
result = torch.linspace(0, 1, steps=5)

# %% torch.linspace | positional steps
import torch
result = torch.linspace(-1.0, 1.0, 9)

# %% torch.logspace | log-spaced points
import torch
result = torch.logspace(0, 2, steps=3)

# %% torch.zeros_like | zeros with another tensor's shape
import torch
x = torch.tensor([[1.0, 2.0, 3.0]])
result = torch.zeros_like(x)

# %% torch.ones_like | ones like an int tensor
import torch
x = torch.tensor([4, 5, 6])
result = torch.ones_like(x)

# %% torch.full_like | full like with a value
import torch
x = torch.arange(6.0).reshape(2, 3)
result = torch.full_like(x, 2.5)

# %% torch.rand | uniform random draw
# check: shape
import torch
torch.manual_seed(0)
result = torch.rand(3, 4)

# %% torch.randn | normal random draw
# check: shape
import torch
torch.manual_seed(0)
result = torch.randn(2, 3)

# %% torch.randint | random integers in a range
# check: shape
import torch
torch.manual_seed(0)
result = torch.randint(0, 10, (4,))

# %% torch.randperm | random permutation
# check: shape
import torch
torch.manual_seed(0)
result = torch.randperm(6)

# %% torch.rand_like | uniform like another tensor
# check: shape
import torch
x = torch.zeros(2, 2)
result = torch.rand_like(x)

# %% torch.randn_like | normal like another tensor
# check: shape
import torch
x = torch.ones(3)
result = torch.randn_like(x)

# %% torch.cat | concatenate along dim 0
import torch
a = torch.tensor([[1.0, 2.0]])
b = torch.tensor([[3.0, 4.0]])
result = torch.cat([a, b], dim=0)

# %% torch.cat | concatenate a tuple along the last dim
import torch
a = torch.arange(4).reshape(2, 2)
b = torch.arange(4, 8).reshape(2, 2)
result = torch.cat((a, b), -1)

# %% torch.stack | stack vectors into rows
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
result = torch.stack([a, b])

# %% torch.stack | stack along dim 1
import torch
a = torch.tensor([1, 2])
b = torch.tensor([3, 4])
result = torch.stack((a, b), dim=1)

# %% torch.hstack | horizontal stack
import torch
result = torch.hstack([torch.tensor([1, 2]), torch.tensor([3])])

# %% torch.vstack | vertical stack
import torch
result = torch.vstack([torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])])

# %% torch.split | split into chunks of size 2
# names: a, b
import torch
x = torch.arange(5)
a, b, _ = torch.split(x, 2)

# %% torch.split | split with explicit sizes along dim 1
# names: result
import torch
x = torch.arange(12).reshape(2, 6)
result = torch.split(x, [1, 2, 3], dim=1)

# %% torch.chunk | chunk into 3 pieces
import torch
x = torch.arange(6.0)
result = torch.chunk(x, 3)

# %% torch.unbind | unbind rows
import torch
x = torch.tensor([[1, 2], [3, 4]])
result = torch.unbind(x)

# %% torch.reshape | reshape with -1
import torch
x = torch.arange(8)
result = torch.reshape(x, (2, -1))

# %% torch.flatten | flatten from dim 1
import torch
x = torch.arange(24).reshape(2, 3, 4)
result = torch.flatten(x, start_dim=1)

# %% torch.squeeze | remove all size-1 dims
import torch
x = torch.zeros(1, 3, 1)
result = torch.squeeze(x)

# %% torch.unsqueeze | add a leading dim
import torch
x = torch.tensor([1.0, 2.0])
result = torch.unsqueeze(x, 0)

# %% torch.transpose | swap two dims
import torch
x = torch.arange(6).reshape(2, 3)
result = torch.transpose(x, 0, 1)

# %% torch.permute | permute dims
import torch
x = torch.arange(24).reshape(2, 3, 4)
result = torch.permute(x, (2, 0, 1))

# %% torch.t | 2-D transpose
import torch
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
result = torch.t(x)

# %% torch.flip | flip along a dim
import torch
x = torch.arange(6).reshape(2, 3)
result = torch.flip(x, dims=[1])

# %% torch.roll | roll elements
import torch
x = torch.arange(5)
result = torch.roll(x, shifts=2)

# %% torch.where | choose elementwise by a condition
import torch
x = torch.tensor([-1.0, 2.0, -3.0, 4.0])
result = torch.where(x > 0, x, torch.zeros_like(x))

# %% torch.where | condition with a scalar other
import torch
x = torch.tensor([1.0, -2.0, 3.0])
result = torch.where(x < 0, 0.0, x)

# %% torch.gather | gather along dim 1
import torch
x = torch.tensor([[1, 2], [3, 4]])
idx = torch.tensor([[0, 0], [1, 0]])
result = torch.gather(x, 1, idx)

# %% torch.index_select | select rows by index
import torch
x = torch.arange(12).reshape(3, 4)
result = torch.index_select(x, 0, torch.tensor([0, 2]))

# %% torch.masked_select | select by a boolean mask
import torch
x = torch.tensor([1.0, 5.0, 2.0, 8.0])
result = torch.masked_select(x, x > 3)

# %% torch.nonzero | indices of nonzero elements
import torch
x = torch.tensor([[0, 1], [2, 0]])
result = torch.nonzero(x)

# %% torch.sum | sum of all elements
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
result = torch.sum(x)

# %% torch.sum | sum over one dim, keeping it
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
result = torch.sum(x, dim=1, keepdim=True)

# %% torch.mean | mean over a dim
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
result = torch.mean(x, dim=0)

# %% torch.mean | mean over several dims
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
result = torch.mean(x, dim=(1, 2))

# %% torch.prod | product along a dim
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
result = torch.prod(x, 1)

# %% torch.max | maximum of all elements
import torch
x = torch.tensor([[1, 9], [4, 2]])
result = torch.max(x)

# %% torch.max | values and indices along a dim
# names: values, indices
import torch
x = torch.tensor([[1.0, 9.0, 3.0], [4.0, 2.0, 6.0]])
values, indices = torch.max(x, dim=1)

# %% torch.max | elementwise maximum of two tensors
import torch
result = torch.max(torch.tensor([1, 5, 3]), torch.tensor([4, 2, 6]))

# %% torch.min | min along a dim with keepdim
# names: values, indices
import torch
x = torch.tensor([[3.0, 1.0], [0.5, 2.0]])
values, indices = torch.min(x, dim=0, keepdim=True)

# %% torch.argmax | argmax along a dim
import torch
x = torch.tensor([[1.0, 3.0, 2.0], [7.0, 0.0, 1.0]])
result = torch.argmax(x, dim=1)

# %% torch.argmin | argmin of the flattened tensor
import torch
x = torch.tensor([[4.0, 3.0], [0.5, 2.0]])
result = torch.argmin(x)

# %% torch.std | standard deviation (unbiased)
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
result = torch.std(x)

# %% torch.var | variance along a dim
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 8.0]])
result = torch.var(x, dim=1)

# %% torch.cumsum | cumulative sum
import torch
x = torch.tensor([1, 2, 3, 4])
result = torch.cumsum(x, dim=0)

# %% torch.cumprod | cumulative product
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
result = torch.cumprod(x, 0)

# %% torch.sort | sort descending returns values and indices
# names: values, indices
import torch
x = torch.tensor([3.0, 1.0, 2.0])
values, indices = torch.sort(x, descending=True)

# %% torch.argsort | argsort along the last dim
import torch
x = torch.tensor([[3, 1, 2], [9, 7, 8]])
result = torch.argsort(x, dim=-1)

# %% torch.topk | top 2 values and indices
# names: values, indices
import torch
x = torch.tensor([1.0, 5.0, 3.0, 4.0])
values, indices = torch.topk(x, 2)

# %% torch.unique | unique sorted values
import torch
x = torch.tensor([3, 1, 2, 3, 1])
result = torch.unique(x)

# %% torch.unique | unique with counts
# names: values, counts
import torch
x = torch.tensor([1, 1, 2, 4, 4, 4])
values, counts = torch.unique(x, return_counts=True)

# %% torch.abs | absolute value
import torch
result = torch.abs(torch.tensor([-1.5, 2.0, -3.0]))

# %% torch.exp | exponential
import torch
result = torch.exp(torch.tensor([0.0, 1.0, 2.0]))

# %% torch.log | natural log
import torch
result = torch.log(torch.tensor([1.0, 2.0, 10.0]))

# %% torch.sqrt | square root
import torch
result = torch.sqrt(torch.tensor([4.0, 9.0, 2.0]))

# %% torch.pow | power with a scalar exponent
import torch
result = torch.pow(torch.tensor([1.0, 2.0, 3.0]), 2)

# %% torch.pow | elementwise power of two tensors
import torch
result = torch.pow(torch.tensor([2.0, 3.0]), torch.tensor([3.0, 2.0]))

# %% torch.clamp | clamp to a range
import torch
x = torch.tensor([-2.0, 0.5, 3.0])
result = torch.clamp(x, min=-1.0, max=1.0)

# %% torch.clamp | clamp with only a minimum
import torch
x = torch.tensor([-2.0, 0.5, 3.0])
result = torch.clamp(x, min=0)

# %% torch.round | round to nearest
import torch
result = torch.round(torch.tensor([1.2, 2.7, -0.4]))

# %% torch.floor | floor
import torch
result = torch.floor(torch.tensor([1.7, -1.2]))

# %% torch.sigmoid | logistic sigmoid
import torch
result = torch.sigmoid(torch.tensor([-1.0, 0.0, 2.0]))

# %% torch.tanh | hyperbolic tangent
import torch
result = torch.tanh(torch.tensor([-1.0, 0.0, 0.5]))

# %% torch.sin | sine
import torch
result = torch.sin(torch.tensor([0.0, 1.0, 2.0]))

# %% torch.add | add with alpha
import torch
result = torch.add(torch.tensor([1.0, 2.0]), torch.tensor([10.0, 20.0]), alpha=2)

# %% torch.sub | subtract tensors
import torch
result = torch.sub(torch.tensor([5, 6]), torch.tensor([1, 2]))

# %% torch.mul | multiply by a scalar
import torch
result = torch.mul(torch.tensor([1.0, 2.0, 3.0]), 0.5)

# %% torch.div | true division of ints
import torch
result = torch.div(torch.tensor([1, 4, 7]), 2)

# %% torch.div | floor rounding mode
import torch
result = torch.div(torch.tensor([7, -7]), 2, rounding_mode="floor")

# %% torch.matmul | matrix product
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[5.0], [6.0]])
result = torch.matmul(a, b)

# %% torch.mm | 2-D matrix multiply
import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(6.0).reshape(3, 2)
result = torch.mm(a, b)

# %% torch.bmm | batched matrix multiply
import torch
a = torch.arange(12.0).reshape(2, 2, 3)
b = torch.arange(12.0).reshape(2, 3, 2)
result = torch.bmm(a, b)

# %% torch.einsum | einsum matrix product
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[0.0, 1.0], [1.0, 0.0]])
result = torch.einsum("ij,jk->ik", a, b)

# %% torch.einsum | batched dot products
import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.ones(2, 3)
result = torch.einsum("bi,bi->b", a, b)

# %% torch.outer | outer product
import torch
result = torch.outer(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0, 5.0]))

# %% torch.dot | dot product
import torch
result = torch.dot(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 5.0, 6.0]))

# %% torch.allclose | closeness check returns a bool
import torch
result = torch.allclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0 + 1e-9]))

# %% torch.equal | exact equality returns a bool
import torch
result = torch.equal(torch.tensor([1, 2]), torch.tensor([1, 2]))

# %% torch.eq | elementwise equality
import torch
result = torch.eq(torch.tensor([1, 2, 3]), torch.tensor([1, 0, 3]))

# %% torch.gt | elementwise greater-than with a scalar
import torch
result = torch.gt(torch.tensor([1.0, 2.0, 3.0]), 1.5)

# %% torch.isnan | find NaNs
import torch
result = torch.isnan(torch.tensor([1.0, float("nan"), 3.0]))

# %% torch.isinf | find infinities
import torch
result = torch.isinf(torch.tensor([1.0, float("inf"), -float("inf")]))

# %% torch.logical_and | logical and of bool tensors
import torch
result = torch.logical_and(torch.tensor([True, True, False]), torch.tensor([True, False, False]))

# %% torch.any | any true
import torch
result = torch.any(torch.tensor([False, True]))

# %% torch.all | all along a dim
import torch
x = torch.tensor([[True, False], [True, True]])
result = torch.all(x, dim=1)

# %% torch.numel | element count
import torch
result = torch.numel(torch.zeros(3, 4))

# %% torch.is_tensor | is_tensor check
import torch
result = torch.is_tensor(torch.tensor([1.0]))

# %% torch.tril | lower triangle
import torch
result = torch.tril(torch.ones(3, 3))

# %% torch.triu | upper triangle with diagonal offset
import torch
result = torch.triu(torch.arange(9).reshape(3, 3), diagonal=1)

# %% torch.diag | diagonal matrix from a vector
import torch
result = torch.diag(torch.tensor([1.0, 2.0, 3.0]))

# %% torch.diagonal | main diagonal of a matrix
import torch
result = torch.diagonal(torch.arange(9).reshape(3, 3))

# %% torch.trace | trace of a matrix
import torch
result = torch.trace(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))

# %% torch.norm | Frobenius norm
import torch
result = torch.norm(torch.tensor([[3.0, 4.0], [0.0, 0.0]]))

# %% torch.norm | vector 1-norm along a dim
import torch
result = torch.norm(torch.tensor([[1.0, -2.0], [3.0, -4.0]]), p=1, dim=1)

# %% torch.cdist | pairwise distances
# rtol: 1e-5
import torch
a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[1.0, 0.0], [0.0, 2.0], [3.0, 4.0]])
result = torch.cdist(a, b)

# %% torch.meshgrid | meshgrid with ij indexing
# names: gx, gy
import torch
gx, gy = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([4, 5]), indexing="ij")

# %% torch.broadcast_to | broadcast a row
import torch
result = torch.broadcast_to(torch.tensor([1, 2, 3]), (2, 3))

# %% torch.repeat_interleave | repeat each element
import torch
result = torch.repeat_interleave(torch.tensor([1, 2, 3]), 2)

# %% torch.tile | tile a tensor
import torch
result = torch.tile(torch.tensor([[1, 2]]), (2, 2))

# %% torch.bincount | count occurrences
import torch
result = torch.bincount(torch.tensor([0, 1, 1, 3]))

# %% torch.histc | histogram with bins
import torch
result = torch.histc(torch.tensor([1.0, 2.0, 1.0, 4.0]), bins=4, min=0, max=4)

# %% torch.searchsorted | insertion points in a sorted sequence
import torch
result = torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6, 9]))

# %% torch.bucketize | bucket indices
import torch
result = torch.bucketize(torch.tensor([1.0, 5.0, 9.0]), torch.tensor([2.0, 4.0, 6.0, 8.0]))

# %% torch.logsumexp | logsumexp along a dim
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
result = torch.logsumexp(x, dim=1)

# %% torch.softmax | softmax along a dim
import torch
result = torch.softmax(torch.tensor([[1.0, 2.0, 3.0]]), dim=-1)

# %% torch.log_softmax | log-softmax with dim keyword
import torch
result = torch.log_softmax(torch.tensor([1.0, 2.0, 3.0]), dim=0)

# %% torch.maximum | elementwise maximum
import torch
result = torch.maximum(torch.tensor([1.0, 4.0]), torch.tensor([3.0, 2.0]))

# %% torch.minimum | elementwise minimum
import torch
result = torch.minimum(torch.tensor([1, 4]), torch.tensor([3, 2]))

# %% torch.lerp | linear interpolation
import torch
result = torch.lerp(torch.tensor([0.0, 10.0]), torch.tensor([10.0, 20.0]), 0.25)

# %% torch.addmm | beta*input + alpha*(mat1 @ mat2)
import torch
inp = torch.ones(2, 2)
m1 = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
m2 = torch.eye(2)
result = torch.addmm(inp, m1, m2, beta=0.5, alpha=2.0)

# %% torch.masked_fill | fill masked positions
import torch
x = torch.tensor([1.0, 2.0, 3.0])
result = torch.masked_fill(x, torch.tensor([True, False, True]), -1.0)

# %% torch.scatter | scatter values along dim 0
import torch
src = torch.tensor([[1.0, 2.0, 3.0]])
idx = torch.tensor([[2, 0, 1]])
result = torch.zeros(3, 3).scatter(0, idx, src)

# %% torch.cumsum | cumulative sum along dim 1 with float dtype
import torch
x = torch.tensor([[1, 2], [3, 4]])
result = torch.cumsum(x, dim=1, dtype=torch.float32)

# %% torch.from_numpy | tensor from a numpy array
import numpy as np
import torch
result = torch.from_numpy(np.array([[1.0, 2.0], [3.0, 4.0]]))

# %% torch.as_tensor | as_tensor from a list with dtype
import torch
result = torch.as_tensor([1, 2, 3], dtype=torch.float32)

# %% torch.manual_seed | same seed gives the same draws
import torch
torch.manual_seed(42)
a = torch.rand(3)
torch.manual_seed(42)
b = torch.rand(3)
result = torch.equal(a, b)

# %% torch.no_grad | no_grad blocks grad tracking
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    result = w * 2

# %% torch.autograd.grad | gradient of a scalar function
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
(result,) = torch.autograd.grad(y, x)

# %% torch.get_default_dtype | default float dtype is float32
import torch
result = torch.get_default_dtype() == torch.float32

# %% torch.is_floating_point | floating point check
import torch
result = torch.is_floating_point(torch.tensor([1.0]))

# %% torch.clone | clone is an independent copy
import torch
x = torch.tensor([1.0, 2.0])
result = torch.clone(x)
x[0] = 5.0

# %% torch.atan2 | atan2 of two tensors
import torch
result = torch.atan2(torch.tensor([1.0, -1.0]), torch.tensor([1.0, 1.0]))

# %% torch.sign | sign of values
import torch
result = torch.sign(torch.tensor([-2.0, 0.0, 3.0]))

# %% torch.fmod | floating remainder
import torch
result = torch.fmod(torch.tensor([5.0, -5.0]), 3)

# %% torch.remainder | python-style remainder
import torch
result = torch.remainder(torch.tensor([5, -5]), 3)

# %% torch.count_nonzero | count nonzeros along a dim
import torch
result = torch.count_nonzero(torch.tensor([[0, 1, 2], [0, 0, 3]]), dim=1)

# %% torch.diff | differences along the last dim
import torch
result = torch.diff(torch.tensor([1, 3, 6, 10]))

# %% torch.median | median of all elements
import torch
result = torch.median(torch.tensor([3.0, 1.0, 2.0, 5.0, 4.0]))

# %% torch.quantile | quantile of a float tensor
import torch
result = torch.quantile(torch.tensor([1.0, 2.0, 3.0, 4.0]), 0.5)

# %% torch.rsqrt | reciprocal square root
import torch
result = torch.rsqrt(torch.tensor([1.0, 4.0, 16.0]))

# %% torch.erf | error function
import torch
result = torch.erf(torch.tensor([0.0, 0.5, 1.0]))

# %% torch.cross | cross product of 3-vectors
import torch
result = torch.cross(torch.tensor([[1.0, 0.0, 0.0]]), torch.tensor([[0.0, 1.0, 0.0]]), dim=1)

# %% torch.kron | Kronecker product
import torch
result = torch.kron(torch.eye(2), torch.tensor([[1.0, 2.0], [3.0, 4.0]]))

# %% torch.nan_to_num | replace NaN and infinities
import torch
result = torch.nan_to_num(torch.tensor([float("nan"), float("inf"), 1.0]), nan=0.0, posinf=100.0)

# %% torch.multinomial | sample indices from weights
# check: shape
import torch
torch.manual_seed(0)
result = torch.multinomial(torch.tensor([0.1, 0.3, 0.6]), 2)

# %% torch.bernoulli | bernoulli draws
# check: shape
import torch
torch.manual_seed(0)
result = torch.bernoulli(torch.full((4,), 0.5))

# %% torch.normal | normal draws with mean and std tensors
# check: shape
import torch
torch.manual_seed(0)
result = torch.normal(torch.zeros(3), torch.ones(3))

# %% torch.cat | concatenating float64 tensors keeps the dtype
import torch
a = torch.tensor([1.0], dtype=torch.float64)
b = torch.tensor([2.0, 3.0], dtype=torch.float64)
result = torch.cat([a, b])

# %% torch.baddbmm | batched addmm
import torch
inp = torch.zeros(2, 2, 2)
a = torch.arange(8.0).reshape(2, 2, 2)
b = torch.ones(2, 2, 2)
result = torch.baddbmm(inp, a, b)
