# Corpus: torch.Tensor methods, written the way everyday PyTorch code calls them.

# %% torch.Tensor.backward | backward fills .grad
import torch
x = torch.tensor([1.0, -2.0], requires_grad=True)
y = (x * x * 3).sum()
y.backward()
result = x.grad

# %% torch.Tensor.view | view with -1
import torch
x = torch.arange(12)
result = x.view(3, -1)

# %% torch.Tensor.view | view from a shape tuple
import torch
x = torch.arange(6.0)
result = x.view((2, 3))

# %% torch.Tensor.reshape | reshape method
import torch
x = torch.arange(8)
result = x.reshape(2, 2, 2)

# %% torch.Tensor.size | size of one dim
import torch
x = torch.zeros(4, 5)
result = x.size(1)

# %% torch.Tensor.size | full size compared as a tuple
import torch
x = torch.zeros(4, 5)
result = tuple(x.size())

# %% torch.Tensor.shape | shape unpacking
# names: n, d
import torch
x = torch.zeros(3, 7)
n, d = x.shape

# %% torch.Tensor.dim | number of dims
import torch
result = torch.zeros(2, 3, 4).dim()

# %% torch.Tensor.numel | element count method
import torch
result = torch.ones(2, 5).numel()

# %% torch.Tensor.item | python scalar from a one-element tensor
import torch
result = torch.tensor([3.5]).item()

# %% torch.Tensor.item | item of a sum
import torch
result = torch.tensor([1, 2, 3]).sum().item()

# %% torch.Tensor.tolist | nested list
import torch
result = torch.tensor([[1, 2], [3, 4]]).tolist()

# %% torch.Tensor.numpy | numpy array of a tensor
import torch
result = torch.tensor([1.0, 2.0]).numpy()

# %% torch.Tensor.float | int to float
import torch
result = torch.tensor([1, 2, 3]).float()

# %% torch.Tensor.long | float to int64
import torch
result = torch.tensor([1.7, 2.2]).long()

# %% torch.Tensor.int | float to int32
import torch
result = torch.tensor([1.7, -2.2]).int()

# %% torch.Tensor.double | to float64
import torch
result = torch.tensor([1.0, 2.0]).double()

# %% torch.Tensor.bool | to bool
import torch
result = torch.tensor([0, 1, 2]).bool()

# %% torch.Tensor.half | to float16
import torch
result = torch.tensor([1.5, 2.25]).half()

# %% torch.Tensor.to | to a dtype
import torch
result = torch.tensor([1, 2]).to(torch.float32)

# %% torch.Tensor.to | to the cpu device string
import torch
result = torch.tensor([1.0, 2.0]).to("cpu")

# %% torch.Tensor.to | to with dtype keyword
import torch
result = torch.tensor([1.0, 2.0]).to(dtype=torch.float64)

# %% torch.Tensor.type | type conversion with a dtype
import torch
result = torch.tensor([1.9, 2.1]).type(torch.int64)

# %% torch.Tensor.cpu | cpu copy
import torch
result = torch.tensor([1.0, 2.0]).cpu()

# %% torch.Tensor.detach | detach from the graph
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
result = (w * 3).detach()

# %% torch.Tensor.clone | clone method
import torch
x = torch.tensor([1, 2, 3])
result = x.clone()
x[0] = 100

# %% torch.Tensor.contiguous | contiguous after transpose
import torch
result = torch.arange(6).reshape(2, 3).t().contiguous()

# %% torch.Tensor.sum | sum method with dim
import torch
result = torch.tensor([[1, 2], [3, 4]]).sum(dim=0)

# %% torch.Tensor.sum | sum with negative dim and keepdim
import torch
result = torch.tensor([[1.0, 2.0], [3.0, 4.0]]).sum(-1, keepdim=True)

# %% torch.Tensor.mean | mean method
import torch
result = torch.tensor([[1.0, 2.0], [3.0, 5.0]]).mean()

# %% torch.Tensor.mean | mean over a dim keeping it
import torch
result = torch.tensor([[1.0, 2.0], [3.0, 5.0]]).mean(dim=1, keepdim=True)

# %% torch.Tensor.max | max method with dim returns values and indices
# names: values, indices
import torch
values, indices = torch.tensor([[1.0, 7.0], [5.0, 2.0]]).max(dim=1)

# %% torch.Tensor.max | max method with no args
import torch
result = torch.tensor([[1.0, 7.0], [5.0, 2.0]]).max()

# %% torch.Tensor.min | min method along dim 0
# names: result
import torch
result = torch.tensor([[1.0, 7.0], [5.0, 2.0]]).min(0)[0]

# %% torch.Tensor.argmax | argmax method
import torch
result = torch.tensor([[1, 7], [5, 2]]).argmax(dim=-1)

# %% torch.Tensor.std | std method along a dim
import torch
result = torch.tensor([[1.0, 2.0, 4.0], [1.0, 1.0, 1.0]]).std(dim=1)

# %% torch.Tensor.var | var method, population
import torch
result = torch.tensor([1.0, 2.0, 3.0, 4.0]).var(unbiased=False)

# %% torch.Tensor.abs | abs method
import torch
result = torch.tensor([-1, 2, -3]).abs()

# %% torch.Tensor.exp | exp method
import torch
result = torch.tensor([0.0, 1.0]).exp()

# %% torch.Tensor.log | log method
import torch
result = torch.tensor([1.0, 4.0]).log()

# %% torch.Tensor.sqrt | sqrt method
import torch
result = torch.tensor([9.0, 16.0]).sqrt()

# %% torch.Tensor.pow | pow method
import torch
result = torch.tensor([1.0, 2.0, 3.0]).pow(3)

# %% torch.Tensor.clamp | clamp method
import torch
result = torch.tensor([-5.0, 0.0, 5.0]).clamp(-1, 1)

# %% torch.Tensor.clamp_ | in-place clamp with min keyword
import torch
x = torch.tensor([-5.0, 0.0, 5.0])
x.clamp_(min=0.0)
result = x

# %% torch.Tensor.add_ | in-place add
import torch
x = torch.tensor([1.0, 2.0])
x.add_(torch.tensor([0.5, 0.5]))
result = x

# %% torch.Tensor.add_ | in-place add with alpha
import torch
x = torch.tensor([1.0, 2.0])
x.add_(torch.tensor([1.0, 1.0]), alpha=-0.1)
result = x

# %% torch.Tensor.mul_ | in-place multiply by a scalar
import torch
x = torch.tensor([1.0, 2.0])
x.mul_(3)
result = x

# %% torch.Tensor.sub_ | in-place subtract
import torch
x = torch.tensor([5.0, 6.0])
x.sub_(torch.tensor([1.0, 2.0]))
result = x

# %% torch.Tensor.div_ | in-place divide
import torch
x = torch.tensor([4.0, 6.0])
x.div_(2)
result = x

# %% torch.Tensor.zero_ | zero in place
import torch
x = torch.tensor([1.0, 2.0, 3.0])
x.zero_()
result = x

# %% torch.Tensor.fill_ | fill in place
import torch
x = torch.zeros(2, 2)
x.fill_(3.0)
result = x

# %% torch.Tensor.copy_ | copy values in place
import torch
x = torch.zeros(3)
x.copy_(torch.tensor([1.0, 2.0, 3.0]))
result = x

# %% torch.Tensor.masked_fill | masked_fill with a comparison mask
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
result = x.masked_fill(x > 2, 0.0)

# %% torch.Tensor.masked_fill_ | in-place masked fill with -inf
import torch
scores = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
mask = torch.tensor([[False, True], [False, False]])
scores.masked_fill_(mask, float("-inf"))
result = scores

# %% torch.Tensor.unsqueeze | unsqueeze method
import torch
result = torch.tensor([1, 2, 3]).unsqueeze(1)

# %% torch.Tensor.unsqueeze | unsqueeze with negative dim
import torch
result = torch.tensor([[1, 2]]).unsqueeze(-1)

# %% torch.Tensor.squeeze | squeeze one dim
import torch
result = torch.zeros(1, 3, 1).squeeze(0)

# %% torch.Tensor.squeeze | squeeze last dim
import torch
result = torch.tensor([[1.0], [2.0]]).squeeze(-1)

# %% torch.Tensor.permute | permute method with varargs
import torch
result = torch.arange(24).reshape(2, 3, 4).permute(0, 2, 1)

# %% torch.Tensor.transpose | transpose method
import torch
result = torch.arange(6).reshape(1, 2, 3).transpose(1, 2)

# %% torch.Tensor.t | t method
import torch
result = torch.tensor([[1.0, 2.0]]).t()

# %% torch.Tensor.T | T property
import torch
result = torch.arange(6).reshape(2, 3).T

# %% torch.Tensor.flatten | flatten method
import torch
result = torch.arange(8).reshape(2, 2, 2).flatten()

# %% torch.Tensor.expand | expand a column
import torch
result = torch.tensor([[1], [2]]).expand(2, 3)

# %% torch.Tensor.expand | expand with -1
import torch
result = torch.tensor([[1, 2, 3]]).expand(4, -1)

# %% torch.Tensor.expand_as | expand to another tensor's shape
import torch
x = torch.tensor([[1.0], [2.0]])
result = x.expand_as(torch.zeros(2, 4))

# %% torch.Tensor.repeat | repeat a tensor
import torch
result = torch.tensor([1, 2]).repeat(3)

# %% torch.Tensor.repeat | repeat along two dims
import torch
result = torch.tensor([[1, 2]]).repeat(2, 2)

# %% torch.Tensor.chunk | chunk method
import torch
result = torch.arange(6).chunk(2)

# %% torch.Tensor.split | split method
import torch
result = torch.arange(7).split(3)

# %% torch.Tensor.index_select | index_select method
import torch
result = torch.arange(6).reshape(3, 2).index_select(0, torch.tensor([2, 0]))

# %% torch.Tensor.gather | gather method
import torch
x = torch.tensor([[10, 20, 30], [40, 50, 60]])
result = x.gather(1, torch.tensor([[2], [0]]))

# %% torch.Tensor.scatter_ | in-place scatter of a scalar
import torch
x = torch.zeros(2, 4)
x.scatter_(1, torch.tensor([[1], [3]]), 1.0)
result = x

# %% torch.Tensor.scatter_add_ | in-place scatter add
import torch
x = torch.zeros(4)
x.scatter_add_(0, torch.tensor([0, 1, 1, 3]), torch.tensor([1.0, 2.0, 3.0, 4.0]))
result = x

# %% torch.Tensor.index_add_ | in-place index add
import torch
x = torch.zeros(3, 2)
x.index_add_(0, torch.tensor([0, 2]), torch.ones(2, 2))
result = x

# %% torch.Tensor.__getitem__ | basic slicing
import torch
result = torch.arange(10)[2:8:2]

# %% torch.Tensor.__getitem__ | boolean mask indexing
import torch
x = torch.tensor([1.0, -2.0, 3.0])
result = x[x > 0]

# %% torch.Tensor.__getitem__ | fancy index with a tensor
import torch
x = torch.arange(12).reshape(3, 4)
result = x[torch.tensor([0, 2])]

# %% torch.Tensor.__getitem__ | ellipsis and None
import torch
x = torch.arange(24).reshape(2, 3, 4)
result = x[..., 1, None]

# %% torch.Tensor.__setitem__ | assign to a slice
import torch
x = torch.zeros(3, 3)
x[:, 1] = 5.0
result = x

# %% torch.Tensor.__setitem__ | assign with a boolean mask
import torch
x = torch.tensor([1.0, -1.0, 2.0, -2.0])
x[x < 0] = 0.0
result = x

# %% torch.Tensor.__matmul__ | @ operator
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
result = a @ a

# %% torch.Tensor.__add__ | broadcasting addition
import torch
result = torch.tensor([[1], [2]]) + torch.tensor([10, 20, 30])

# %% torch.Tensor.__truediv__ | int tensor divided by int gives float
import torch
result = torch.tensor([1, 2, 3]) / 2

# %% torch.Tensor.__floordiv__ | floor division operator
import torch
result = torch.tensor([7, 8, 9]) // 2

# %% torch.Tensor.__rsub__ | scalar minus tensor
import torch
result = 1 - torch.tensor([0.25, 0.5])

# %% torch.Tensor.__pow__ | power operator
import torch
result = torch.tensor([1.0, 2.0, 3.0]) ** 2

# %% torch.Tensor.__neg__ | negation
import torch
result = -torch.tensor([1, -2])

# %% torch.Tensor.__eq__ | equality operator
import torch
result = torch.tensor([1, 2, 3]) == 2

# %% torch.Tensor.__and__ | bool and operator
import torch
a = torch.tensor([1, 2, 3, 4])
result = (a > 1) & (a < 4)

# %% torch.Tensor.__invert__ | bool invert operator
import torch
result = ~torch.tensor([True, False])

# %% torch.Tensor.matmul | matmul method
import torch
result = torch.tensor([[1.0, 0.0], [0.0, 2.0]]).matmul(torch.tensor([3.0, 4.0]))

# %% torch.Tensor.softmax | softmax method
import torch
result = torch.tensor([[1.0, 2.0], [3.0, 3.0]]).softmax(dim=-1)

# %% torch.Tensor.sigmoid | sigmoid method
import torch
result = torch.tensor([0.0, 2.0]).sigmoid()

# %% torch.Tensor.relu | relu method
import torch
result = torch.tensor([-1.0, 0.5]).relu()

# %% torch.Tensor.norm | norm method along a dim
import torch
result = torch.tensor([[3.0, 4.0], [6.0, 8.0]]).norm(dim=1)

# %% torch.Tensor.argsort | argsort descending
import torch
result = torch.tensor([2, 9, 4]).argsort(descending=True)

# %% torch.Tensor.sort | sort method
# names: values, indices
import torch
values, indices = torch.tensor([[3, 1, 2]]).sort(dim=1)

# %% torch.Tensor.topk | topk method, smallest
# names: values, indices
import torch
values, indices = torch.tensor([5.0, 1.0, 3.0, 2.0]).topk(2, largest=False)

# %% torch.Tensor.cumsum | cumsum method
import torch
result = torch.tensor([[1, 2], [3, 4]]).cumsum(dim=0)

# %% torch.Tensor.eq | eq method
import torch
result = torch.tensor([1, 2]).eq(torch.tensor([1, 3]))

# %% torch.Tensor.ne | ne with a scalar
import torch
result = torch.tensor([1, 2, 3]).ne(2)

# %% torch.Tensor.any | any method
import torch
result = torch.tensor([0, 0, 1]).bool().any()

# %% torch.Tensor.all | all method
import torch
result = (torch.tensor([1.0, 2.0]) > 0).all()

# %% torch.Tensor.nonzero | nonzero method
import torch
result = torch.tensor([0, 3, 0, 4]).nonzero()

# %% torch.Tensor.unique | unique method
import torch
result = torch.tensor([2, 2, 1]).unique()

# %% torch.Tensor.flip | flip method
import torch
result = torch.tensor([1, 2, 3]).flip(0)

# %% torch.Tensor.roll | roll along a dim
import torch
result = torch.arange(6).reshape(2, 3).roll(1, dims=1)

# %% torch.Tensor.new_zeros | new_zeros keeps dtype
import torch
x = torch.tensor([1.0, 2.0], dtype=torch.float64)
result = x.new_zeros(2, 3)

# %% torch.Tensor.new_ones | new_ones from a shape tuple
import torch
x = torch.tensor([1, 2])
result = x.new_ones((3,))

# %% torch.Tensor.new_tensor | new_tensor from a list
import torch
x = torch.tensor([1.0])
result = x.new_tensor([4.0, 5.0])

# %% torch.Tensor.new_full | new_full with a value
import torch
x = torch.zeros(1)
result = x.new_full((2, 2), 9.0)

# %% torch.Tensor.requires_grad_ | enable grad in place
import torch
x = torch.tensor([1.0, 2.0])
x.requires_grad_()
result = x.requires_grad

# %% torch.Tensor.requires_grad | requires_grad attribute
import torch
result = torch.tensor([1.0], requires_grad=True).requires_grad

# %% torch.Tensor.dtype | dtype comparison
import torch
result = torch.tensor([1, 2]).dtype == torch.int64

# %% torch.Tensor.is_floating_point | is_floating_point method
import torch
result = torch.tensor([1, 2]).is_floating_point()

# %% torch.Tensor.element_size | element size in bytes
import torch
result = torch.zeros(3, dtype=torch.float32).element_size()

# %% torch.Tensor.tril | tril method
import torch
result = torch.ones(3, 3).tril(-1)

# %% torch.Tensor.triu_ | in-place triu
import torch
x = torch.ones(3, 3)
x.triu_()
result = x

# %% torch.Tensor.masked_select | masked_select method
import torch
x = torch.tensor([1, 2, 3, 4])
result = x.masked_select(x % 2 == 0)

# %% torch.Tensor.where | where method
import torch
x = torch.tensor([1.0, -1.0, 2.0])
result = x.where(x > 0, torch.tensor(0.0))

# %% torch.Tensor.lerp_ | in-place lerp
import torch
x = torch.tensor([0.0, 0.0])
x.lerp_(torch.tensor([10.0, 20.0]), 0.5)
result = x

# %% torch.Tensor.uniform_ | in-place uniform init
# check: shape
import torch
torch.manual_seed(0)
result = torch.empty(3, 2).uniform_(-1, 1)

# %% torch.Tensor.normal_ | in-place normal init
# check: shape
import torch
torch.manual_seed(0)
result = torch.empty(4).normal_(mean=0.0, std=0.02)

# %% torch.Tensor.type_as | convert to another tensor's dtype
import torch
x = torch.tensor([1, 2])
result = x.type_as(torch.tensor([0.5], dtype=torch.float64))

# %% torch.Tensor.unbind | unbind method along dim 1
import torch
result = torch.tensor([[1, 2], [3, 4]]).unbind(1)

# %% torch.Tensor.diag | diag method
import torch
result = torch.tensor([[1, 2], [3, 4]]).diag()

# %% torch.Tensor.prod | prod method
import torch
result = torch.tensor([1, 2, 3, 4]).prod()

# %% torch.Tensor.round | round method with decimals
import torch
result = torch.tensor([1.2345, 2.3456]).round(decimals=2)

# %% torch.Tensor.floor_divide | floor_divide method
import torch
result = torch.tensor([7, -7]).floor_divide(2)

# %% torch.Tensor.logical_not | logical_not method
import torch
result = torch.tensor([True, False]).logical_not()

# %% torch.Tensor.isnan | isnan method
import torch
result = torch.tensor([1.0, float("nan")]).isnan()

# %% torch.Tensor.sign | sign method
import torch
result = torch.tensor([-3, 0, 2]).sign()

# %% torch.Tensor.square | square method
import torch
result = torch.tensor([1.5, -2.0]).square()

# %% torch.Tensor.sum | sum of a bool tensor counts trues
import torch
result = torch.tensor([True, True, False]).sum()

# %% torch.Tensor.narrow | narrow a dim
import torch
result = torch.arange(10).narrow(0, 2, 3)

# %% torch.Tensor.unfold | sliding windows
import torch
result = torch.arange(7.0).unfold(0, 3, 2)

# %% torch.Tensor.view_as | view as another tensor's shape
import torch
result = torch.arange(6).view_as(torch.zeros(3, 2))

# %% torch.Tensor.stride | strides of a contiguous tensor
import torch
result = torch.zeros(2, 3, 4).stride()

# %% torch.Tensor.is_contiguous | contiguity check
import torch
result = torch.zeros(2, 3).is_contiguous()

# %% torch.Tensor.grad | grad after backward through a mean
import torch
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
loss = (w ** 2).mean()
loss.backward()
result = w.grad

# %% torch.Tensor.retain_grad | gradient of an intermediate tensor
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.retain_grad()
y.sum().backward()
result = y.grad

# %% torch.Tensor.bmm | bmm method
import torch
result = torch.ones(2, 2, 3).bmm(torch.ones(2, 3, 1))

# %% torch.Tensor.addmm_ | in-place addmm on a bias
import torch
x = torch.zeros(2, 2)
x.addmm_(torch.eye(2), torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
result = x

# %% torch.Tensor.exp_ | in-place exp
import torch
x = torch.tensor([0.0, 1.0])
x.exp_()
result = x

# %% torch.Tensor.sqrt_ | in-place sqrt
import torch
x = torch.tensor([4.0, 25.0])
x.sqrt_()
result = x

# %% torch.Tensor.logsumexp | logsumexp method
import torch
result = torch.tensor([[0.0, 1.0], [2.0, 3.0]]).logsumexp(dim=-1)

# %% torch.Tensor.amax | amax over a dim
import torch
result = torch.tensor([[1, 5], [7, 2]]).amax(dim=0)

# %% torch.Tensor.movedim | movedim method
import torch
result = torch.arange(24).reshape(2, 3, 4).movedim(0, -1)
