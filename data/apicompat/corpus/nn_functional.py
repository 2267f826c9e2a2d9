# Corpus: torch.nn.functional, imported as F the way most PyTorch code does.

# %% torch.nn.functional.relu | relu
import torch
import torch.nn.functional as F
result = F.relu(torch.tensor([-1.0, 0.0, 2.0]))

# %% torch.nn.functional.relu | relu with inplace=True
import torch
import torch.nn.functional as F
x = torch.tensor([-1.0, 3.0])
result = F.relu(x, inplace=True)

# %% torch.nn.functional.gelu | gelu exact
# rtol: 1e-5
import torch
import torch.nn.functional as F
result = F.gelu(torch.tensor([-1.0, 0.0, 1.0, 2.0]))

# %% torch.nn.functional.gelu | gelu tanh approximation
# rtol: 1e-5
import torch
import torch.nn.functional as F
result = F.gelu(torch.tensor([-1.0, 0.5, 2.0]), approximate="tanh")

# %% torch.nn.functional.silu | silu
import torch
import torch.nn.functional as F
result = F.silu(torch.tensor([-2.0, 0.0, 2.0]))

# %% torch.nn.functional.leaky_relu | leaky relu with slope
import torch
import torch.nn.functional as F
result = F.leaky_relu(torch.tensor([-2.0, 3.0]), negative_slope=0.1)

# %% torch.nn.functional.elu | elu default alpha
import torch
import torch.nn.functional as F
result = F.elu(torch.tensor([-1.0, 1.0]))

# %% torch.nn.functional.softplus | softplus
import torch
import torch.nn.functional as F
result = F.softplus(torch.tensor([-1.0, 0.0, 1.0]))

# %% torch.nn.functional.tanh | tanh
import torch
import torch.nn.functional as F
result = F.tanh(torch.tensor([0.0, 1.0]))

# %% torch.nn.functional.sigmoid | sigmoid
import torch
import torch.nn.functional as F
result = F.sigmoid(torch.tensor([0.0, -1.0]))

# %% torch.nn.functional.hardtanh | hardtanh
import torch
import torch.nn.functional as F
result = F.hardtanh(torch.tensor([-3.0, 0.2, 3.0]))

# %% torch.nn.functional.relu6 | relu6
import torch
import torch.nn.functional as F
result = F.relu6(torch.tensor([-1.0, 3.0, 9.0]))

# %% torch.nn.functional.softmax | softmax over the last dim
import torch
import torch.nn.functional as F
result = F.softmax(torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]]), dim=-1)

# %% torch.nn.functional.softmax | softmax with positional dim
import torch
import torch.nn.functional as F
result = F.softmax(torch.tensor([[1.0, 2.0], [3.0, 5.0]]), 0)

# %% torch.nn.functional.log_softmax | log_softmax over dim 1
import torch
import torch.nn.functional as F
result = F.log_softmax(torch.tensor([[1.0, 2.0, 3.0]]), dim=1)

# %% torch.nn.functional.cross_entropy | cross entropy with class indices
# rtol: 1e-5
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
target = torch.tensor([0, 2])
result = F.cross_entropy(logits, target)

# %% torch.nn.functional.cross_entropy | cross entropy with reduction none
# rtol: 1e-5
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
result = F.cross_entropy(logits, torch.tensor([1, 2]), reduction="none")

# %% torch.nn.functional.cross_entropy | ignore_index skips a target
# rtol: 1e-5
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5], [0.1, 0.2], [1.0, 1.0]])
result = F.cross_entropy(logits, torch.tensor([0, -100, 1]), ignore_index=-100)

# %% torch.nn.functional.cross_entropy | label smoothing
# rtol: 1e-5
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0]])
result = F.cross_entropy(logits, torch.tensor([0]), label_smoothing=0.1)

# %% torch.nn.functional.nll_loss | nll loss on log-probabilities
# rtol: 1e-5
import torch
import torch.nn.functional as F
logp = torch.log(torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]))
result = F.nll_loss(logp, torch.tensor([0, 2]))

# %% torch.nn.functional.mse_loss | mean squared error
import torch
import torch.nn.functional as F
result = F.mse_loss(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.5, 2.0, 2.0]))

# %% torch.nn.functional.mse_loss | mse with reduction sum
import torch
import torch.nn.functional as F
result = F.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 0.0]), reduction="sum")

# %% torch.nn.functional.l1_loss | l1 loss
import torch
import torch.nn.functional as F
result = F.l1_loss(torch.tensor([1.0, -2.0]), torch.tensor([0.0, 0.0]))

# %% torch.nn.functional.smooth_l1_loss | smooth l1 loss
import torch
import torch.nn.functional as F
result = F.smooth_l1_loss(torch.tensor([0.2, 3.0]), torch.tensor([0.0, 0.0]))

# %% torch.nn.functional.binary_cross_entropy | bce on probabilities
# rtol: 1e-5
import torch
import torch.nn.functional as F
p = torch.tensor([0.9, 0.2, 0.6])
y = torch.tensor([1.0, 0.0, 1.0])
result = F.binary_cross_entropy(p, y)

# %% torch.nn.functional.binary_cross_entropy_with_logits | bce with logits
# rtol: 1e-5
import torch
import torch.nn.functional as F
logits = torch.tensor([2.0, -1.0, 0.5])
y = torch.tensor([1.0, 0.0, 1.0])
result = F.binary_cross_entropy_with_logits(logits, y)

# %% torch.nn.functional.binary_cross_entropy_with_logits | bce with logits and pos_weight
# rtol: 1e-5
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, -1.0], [0.5, 0.0]])
y = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
result = F.binary_cross_entropy_with_logits(logits, y, pos_weight=torch.tensor([2.0, 1.0]))

# %% torch.nn.functional.kl_div | kl divergence with batchmean
# rtol: 1e-5
import torch
import torch.nn.functional as F
logq = torch.log(torch.tensor([[0.5, 0.5], [0.9, 0.1]]))
p = torch.tensor([[0.6, 0.4], [0.8, 0.2]])
result = F.kl_div(logq, p, reduction="batchmean")

# %% torch.nn.functional.linear | linear with weight and bias
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0]])
w = torch.tensor([[1.0, 0.0], [0.5, -1.0], [2.0, 1.0]])
b = torch.tensor([0.1, 0.2, 0.3])
result = F.linear(x, w, b)

# %% torch.nn.functional.linear | linear without bias
import torch
import torch.nn.functional as F
result = F.linear(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.0, 1.0]]))

# %% torch.nn.functional.conv2d | conv2d with explicit kernel
import torch
import torch.nn.functional as F
x = torch.arange(16.0).reshape(1, 1, 4, 4)
w = torch.tensor([[[[1.0, 0.0], [0.0, -1.0]]]])
result = F.conv2d(x, w)

# %% torch.nn.functional.conv2d | conv2d with stride, padding and bias
import torch
import torch.nn.functional as F
x = torch.arange(16.0).reshape(1, 1, 4, 4)
w = torch.ones(2, 1, 3, 3)
result = F.conv2d(x, w, bias=torch.tensor([0.0, 1.0]), stride=2, padding=1)

# %% torch.nn.functional.conv1d | conv1d over a sequence
import torch
import torch.nn.functional as F
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
w = torch.tensor([[[1.0, 0.0, -1.0]]])
result = F.conv1d(x, w, padding=1)

# %% torch.nn.functional.max_pool2d | 2x2 max pooling
import torch
import torch.nn.functional as F
x = torch.arange(16.0).reshape(1, 1, 4, 4)
result = F.max_pool2d(x, 2)

# %% torch.nn.functional.max_pool2d | max pooling with stride keyword
import torch
import torch.nn.functional as F
x = torch.arange(25.0).reshape(1, 1, 5, 5)
result = F.max_pool2d(x, kernel_size=3, stride=2)

# %% torch.nn.functional.avg_pool2d | average pooling
import torch
import torch.nn.functional as F
x = torch.arange(16.0).reshape(1, 1, 4, 4)
result = F.avg_pool2d(x, kernel_size=2)

# %% torch.nn.functional.adaptive_avg_pool2d | global average pooling
import torch
import torch.nn.functional as F
x = torch.arange(32.0).reshape(1, 2, 4, 4)
result = F.adaptive_avg_pool2d(x, (1, 1))

# %% torch.nn.functional.adaptive_avg_pool1d | adaptive average pooling 1d
import torch
import torch.nn.functional as F
x = torch.arange(8.0).reshape(1, 1, 8)
result = F.adaptive_avg_pool1d(x, 2)

# %% torch.nn.functional.dropout | dropout in eval mode is identity
import torch
import torch.nn.functional as F
x = torch.tensor([1.0, 2.0, 3.0])
result = F.dropout(x, p=0.5, training=False)

# %% torch.nn.functional.dropout | dropout in training zeroes some entries
# check: shape
import torch
import torch.nn.functional as F
torch.manual_seed(0)
result = F.dropout(torch.ones(4, 4), p=0.5)

# %% torch.nn.functional.pad | constant padding of the last dim
import torch
import torch.nn.functional as F
result = F.pad(torch.tensor([[1.0, 2.0]]), (1, 2))

# %% torch.nn.functional.pad | pad last two dims with a value
import torch
import torch.nn.functional as F
result = F.pad(torch.ones(1, 2, 2), (1, 1, 1, 1), value=0.5)

# %% torch.nn.functional.pad | reflect padding
import torch
import torch.nn.functional as F
x = torch.arange(4.0).reshape(1, 1, 4)
result = F.pad(x, (2, 1), mode="reflect")

# %% torch.nn.functional.normalize | l2 normalize rows
import torch
import torch.nn.functional as F
result = F.normalize(torch.tensor([[3.0, 4.0], [1.0, 0.0]]), dim=1)

# %% torch.nn.functional.normalize | normalize with p=1
import torch
import torch.nn.functional as F
result = F.normalize(torch.tensor([1.0, 3.0]), p=1, dim=0)

# %% torch.nn.functional.one_hot | one-hot encode
import torch
import torch.nn.functional as F
result = F.one_hot(torch.tensor([0, 2, 1]), num_classes=3)

# %% torch.nn.functional.one_hot | one-hot with inferred classes
import torch
import torch.nn.functional as F
result = F.one_hot(torch.tensor([1, 3]))

# %% torch.nn.functional.embedding | embedding lookup
import torch
import torch.nn.functional as F
table = torch.tensor([[0.0, 0.0], [1.0, 1.0], [2.0, 4.0]])
result = F.embedding(torch.tensor([[2, 0], [1, 1]]), table)

# %% torch.nn.functional.layer_norm | layer norm with weight and bias
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0], [2.0, 2.0, 5.0]])
result = F.layer_norm(x, (3,), weight=torch.tensor([1.0, 2.0, 0.5]), bias=torch.tensor([0.0, 0.1, 0.2]))

# %% torch.nn.functional.layer_norm | layer norm without affine
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn.functional as F
x = torch.arange(8.0).reshape(2, 4)
result = F.layer_norm(x, [4])

# %% torch.nn.functional.batch_norm | batch norm in eval with running stats
# rtol: 1e-5
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0], [3.0, 6.0]])
result = F.batch_norm(x, torch.tensor([2.0, 4.0]), torch.tensor([1.0, 4.0]), training=False)

# %% torch.nn.functional.group_norm | group norm
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn.functional as F
x = torch.arange(16.0).reshape(1, 4, 2, 2)
result = F.group_norm(x, 2)

# %% torch.nn.functional.interpolate | nearest upsampling by scale factor
import torch
import torch.nn.functional as F
x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
result = F.interpolate(x, scale_factor=2, mode="nearest")

# %% torch.nn.functional.interpolate | bilinear resize to a size
# rtol: 1e-5
import torch
import torch.nn.functional as F
x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
result = F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=False)

# %% torch.nn.functional.cosine_similarity | cosine similarity of rows
# rtol: 1e-5
import torch
import torch.nn.functional as F
a = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[0.0, 1.0], [2.0, 2.0]])
result = F.cosine_similarity(a, b, dim=1)

# %% torch.nn.functional.pairwise_distance | pairwise distance
# rtol: 1e-5
import torch
import torch.nn.functional as F
result = F.pairwise_distance(torch.tensor([[0.0, 0.0]]), torch.tensor([[3.0, 4.0]]))

# %% torch.nn.functional.scaled_dot_product_attention | attention without mask
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn.functional as F
q = torch.arange(24.0).reshape(1, 2, 3, 4) / 10
k = torch.arange(24.0).flip(0).reshape(1, 2, 3, 4) / 10
v = torch.arange(24.0).reshape(1, 2, 3, 4)
result = F.scaled_dot_product_attention(q, k, v)

# %% torch.nn.functional.scaled_dot_product_attention | causal attention
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn.functional as F
q = torch.arange(24.0).reshape(1, 2, 3, 4) / 10
v = torch.arange(24.0).reshape(1, 2, 3, 4)
result = F.scaled_dot_product_attention(q, q, v, is_causal=True)

# %% torch.nn.functional.unfold | im2col patches
import torch
import torch.nn.functional as F
x = torch.arange(9.0).reshape(1, 1, 3, 3)
result = F.unfold(x, kernel_size=2)

# %% torch.nn.functional.glu | gated linear unit
import torch
import torch.nn.functional as F
result = F.glu(torch.tensor([[1.0, 2.0, 0.0, -1.0]]), dim=-1)

# %% torch.nn.functional.logsigmoid | log sigmoid
import torch
import torch.nn.functional as F
result = F.logsigmoid(torch.tensor([-1.0, 0.0, 1.0]))

# %% torch.nn.functional.hardswish | hardswish
import torch
import torch.nn.functional as F
result = F.hardswish(torch.tensor([-4.0, 0.0, 1.0, 4.0]))

# %% torch.nn.functional.mish | mish
# rtol: 1e-5
import torch
import torch.nn.functional as F
result = F.mish(torch.tensor([-1.0, 0.0, 1.0]))

# %% torch.nn.functional.softsign | softsign
import torch
import torch.nn.functional as F
result = F.softsign(torch.tensor([-2.0, 1.0]))

# %% torch.nn.functional.huber_loss | huber loss with delta
import torch
import torch.nn.functional as F
result = F.huber_loss(torch.tensor([0.5, 3.0]), torch.tensor([0.0, 0.0]), delta=1.0)

# %% torch.nn.functional.margin_ranking_loss | margin ranking loss
import torch
import torch.nn.functional as F
result = F.margin_ranking_loss(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0]), torch.tensor([1.0, 1.0]), margin=0.5)

# %% torch.nn.functional.gumbel_softmax | gumbel softmax shape
# check: shape
import torch
import torch.nn.functional as F
torch.manual_seed(0)
result = F.gumbel_softmax(torch.zeros(2, 3), tau=1.0)

# %% torch.nn.functional.conv_transpose2d | transposed convolution
import torch
import torch.nn.functional as F
x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
w = torch.ones(1, 1, 2, 2)
result = F.conv_transpose2d(x, w, stride=2)

# %% torch.nn.functional.max_pool1d | max pool 1d
import torch
import torch.nn.functional as F
result = F.max_pool1d(torch.tensor([[[1.0, 3.0, 2.0, 5.0, 4.0, 0.0]]]), kernel_size=2)

# %% torch.nn.functional.avg_pool1d | avg pool 1d with stride
import torch
import torch.nn.functional as F
result = F.avg_pool1d(torch.arange(6.0).reshape(1, 1, 6), kernel_size=3, stride=1)
