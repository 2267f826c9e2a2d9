# Corpus: torch.nn modules: layers (explicit weights, or shapes when the init is random), losses, containers.

# %% torch.nn.Linear | linear layer with weights copied in under no_grad
import torch
import torch.nn as nn
layer = nn.Linear(2, 3)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[1.0, 0.0], [0.5, -1.0], [2.0, 1.0]]))
    layer.bias.fill_(0.1)
result = layer(torch.tensor([[1.0, 2.0]]))

# %% torch.nn.Linear | linear layer output shape with random init
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
layer = nn.Linear(4, 8)
result = layer(torch.ones(5, 4))

# %% torch.nn.Linear | weight and bias shapes
# names: w, b
# check: shape
import torch
import torch.nn as nn
layer = nn.Linear(3, 5)
w, b = layer.weight.detach(), layer.bias.detach()

# %% torch.nn.Linear | linear without bias, weight set as a Parameter
import torch
import torch.nn as nn
layer = nn.Linear(2, 2, bias=False)
layer.weight = nn.Parameter(torch.tensor([[0.0, 1.0], [1.0, 0.0]]))
result = layer(torch.tensor([[3.0, 4.0]]))

# %% torch.nn.Conv2d | conv2d layer with explicit weights
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 1, kernel_size=2, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[[1.0, 0.0], [0.0, 1.0]]]]))
result = conv(torch.arange(9.0).reshape(1, 1, 3, 3))

# %% torch.nn.Conv2d | conv2d output shape with padding and stride
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
conv = nn.Conv2d(3, 8, 3, stride=2, padding=1)
result = conv(torch.ones(2, 3, 8, 8))

# %% torch.nn.Conv1d | conv1d layer output shape
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
conv = nn.Conv1d(4, 6, kernel_size=3, padding=1)
result = conv(torch.ones(2, 4, 10))

# %% torch.nn.ConvTranspose2d | transposed conv output shape
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
up = nn.ConvTranspose2d(4, 2, kernel_size=2, stride=2)
result = up(torch.ones(1, 4, 3, 3))

# %% torch.nn.ReLU | relu module
import torch
import torch.nn as nn
result = nn.ReLU()(torch.tensor([-1.0, 2.0]))

# %% torch.nn.GELU | gelu module
# rtol: 1e-5
import torch
import torch.nn as nn
result = nn.GELU()(torch.tensor([-1.0, 0.5, 2.0]))

# %% torch.nn.Tanh | tanh module
import torch
import torch.nn as nn
result = nn.Tanh()(torch.tensor([0.0, 0.5]))

# %% torch.nn.Sigmoid | sigmoid module
import torch
import torch.nn as nn
result = nn.Sigmoid()(torch.tensor([0.0, 3.0]))

# %% torch.nn.LeakyReLU | leaky relu module with slope
import torch
import torch.nn as nn
result = nn.LeakyReLU(0.2)(torch.tensor([-5.0, 5.0]))

# %% torch.nn.SiLU | silu module
import torch
import torch.nn as nn
result = nn.SiLU()(torch.tensor([-1.0, 1.0]))

# %% torch.nn.Softmax | softmax module with dim
import torch
import torch.nn as nn
result = nn.Softmax(dim=1)(torch.tensor([[1.0, 2.0, 3.0]]))

# %% torch.nn.Dropout | dropout in eval mode
import torch
import torch.nn as nn
drop = nn.Dropout(p=0.3)
drop.eval()
result = drop(torch.tensor([1.0, 2.0, 3.0]))

# %% torch.nn.Dropout | dropout in train mode output shape
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
result = nn.Dropout(0.5)(torch.ones(3, 3))

# %% torch.nn.Identity | identity module
import torch
import torch.nn as nn
result = nn.Identity()(torch.tensor([1, 2, 3]))

# %% torch.nn.Flatten | flatten module keeps the batch dim
import torch
import torch.nn as nn
result = nn.Flatten()(torch.arange(24.0).reshape(2, 3, 4))

# %% torch.nn.Embedding | embedding with weights copied in
import torch
import torch.nn as nn
emb = nn.Embedding(4, 2)
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
result = emb(torch.tensor([[1, 3], [0, 2]]))

# %% torch.nn.Embedding | embedding from_pretrained
import torch
import torch.nn as nn
emb = nn.Embedding.from_pretrained(torch.tensor([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]))
result = emb(torch.tensor([2, 0]))

# %% torch.nn.Embedding | padding_idx row is zero
import torch
import torch.nn as nn
torch.manual_seed(0)
emb = nn.Embedding(5, 3, padding_idx=0)
result = emb(torch.tensor([0, 0]))

# %% torch.nn.LayerNorm | layer norm module at init
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn as nn
ln = nn.LayerNorm(4)
result = ln(torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 6.0]]))

# %% torch.nn.LayerNorm | layer norm parameters at init
# names: w, b
import torch
import torch.nn as nn
ln = nn.LayerNorm(3)
w, b = ln.weight.detach(), ln.bias.detach()

# %% torch.nn.BatchNorm1d | batch norm in training mode
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(2)
result = bn(torch.tensor([[1.0, 2.0], [3.0, 6.0], [5.0, 1.0]]))

# %% torch.nn.BatchNorm1d | running mean after one training step
# names: mean, var
# rtol: 1e-5
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(2)
bn(torch.tensor([[1.0, 2.0], [3.0, 6.0]]))
mean, var = bn.running_mean, bn.running_var

# %% torch.nn.BatchNorm2d | batch norm 2d in eval mode
# rtol: 1e-5
import torch
import torch.nn as nn
bn = nn.BatchNorm2d(2)
bn.eval()
result = bn(torch.arange(8.0).reshape(1, 2, 2, 2))

# %% torch.nn.GroupNorm | group norm module
# rtol: 1e-5
# atol: 1e-6
import torch
import torch.nn as nn
gn = nn.GroupNorm(2, 4)
result = gn(torch.arange(16.0).reshape(1, 4, 2, 2))

# %% torch.nn.MaxPool2d | max pool module
import torch
import torch.nn as nn
result = nn.MaxPool2d(2)(torch.arange(16.0).reshape(1, 1, 4, 4))

# %% torch.nn.AvgPool2d | avg pool module with stride
import torch
import torch.nn as nn
result = nn.AvgPool2d(kernel_size=2, stride=1)(torch.arange(9.0).reshape(1, 1, 3, 3))

# %% torch.nn.AdaptiveAvgPool2d | adaptive avg pool to 1x1
import torch
import torch.nn as nn
result = nn.AdaptiveAvgPool2d((1, 1))(torch.arange(8.0).reshape(1, 2, 2, 2))

# %% torch.nn.Sequential | sequential MLP with explicit weights
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0, -1.0], [0.5, 0.5]]))
    model[0].bias.zero_()
    model[2].weight.copy_(torch.tensor([[2.0, 1.0]]))
    model[2].bias.fill_(0.5)
result = model(torch.tensor([[1.0, 2.0], [3.0, 1.0]]))

# %% torch.nn.Sequential | sequential length and indexing
# names: n, kind
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
n = len(model)
kind = type(model[1]).__name__

# %% torch.nn.ModuleList | module list iterated in forward
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
layers = nn.ModuleList([nn.Linear(3, 3) for _ in range(3)])
x = torch.ones(2, 3)
for layer in layers:
    x = torch.relu(layer(x))
result = x

# %% torch.nn.ModuleDict | module dict lookup
import torch
import torch.nn as nn
acts = nn.ModuleDict({"relu": nn.ReLU(), "tanh": nn.Tanh()})
result = acts["relu"](torch.tensor([-1.0, 1.0]))

# %% torch.nn.Module | custom module parameter count
import torch
import torch.nn as nn

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

model = MLP()
result = sum(p.numel() for p in model.parameters())

# %% torch.nn.Module | state_dict keys of a custom module
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(2, 2)
        self.norm = nn.LayerNorm(2)

net = Net()
result = sorted(net.state_dict().keys())

# %% torch.nn.Module | named_parameters names
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
result = [name for name, _ in model.named_parameters()]

# %% torch.nn.Module | load_state_dict then forward
import torch
import torch.nn as nn
a = nn.Linear(2, 1)
b = nn.Linear(2, 1)
with torch.no_grad():
    a.weight.copy_(torch.tensor([[1.0, 2.0]]))
    a.bias.fill_(-1.0)
b.load_state_dict(a.state_dict())
result = b(torch.tensor([[1.0, 1.0]]))

# %% torch.nn.Module | register_buffer shows up in state_dict
import torch
import torch.nn as nn

class WithBuffer(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("scale", torch.tensor([2.0, 3.0]))

    def forward(self, x):
        return x * self.scale

m = WithBuffer()
result = m(torch.tensor([1.0, 1.0]))

# %% torch.nn.Module | train and eval flags
# names: before, after
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.1))
before = m.training
m.eval()
after = m[1].training

# %% torch.nn.Parameter | parameter requires grad
import torch
import torch.nn as nn
result = nn.Parameter(torch.tensor([1.0, 2.0]))

# %% torch.nn.MSELoss | mse loss module
import torch
import torch.nn as nn
result = nn.MSELoss()(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 4.0]))

# %% torch.nn.L1Loss | l1 loss module with reduction sum
import torch
import torch.nn as nn
result = nn.L1Loss(reduction="sum")(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 4.0]))

# %% torch.nn.CrossEntropyLoss | cross entropy loss module
# rtol: 1e-5
import torch
import torch.nn as nn
criterion = nn.CrossEntropyLoss()
result = criterion(torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 3.0]]), torch.tensor([1, 2]))

# %% torch.nn.CrossEntropyLoss | class weights
# rtol: 1e-5
import torch
import torch.nn as nn
criterion = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]))
result = criterion(torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 3.0]]), torch.tensor([1, 2]))

# %% torch.nn.NLLLoss | nll loss module
# rtol: 1e-5
import torch
import torch.nn as nn
logp = torch.log(torch.tensor([[0.25, 0.75], [0.6, 0.4]]))
result = nn.NLLLoss()(logp, torch.tensor([1, 0]))

# %% torch.nn.BCELoss | bce loss module
# rtol: 1e-5
import torch
import torch.nn as nn
result = nn.BCELoss()(torch.tensor([0.8, 0.3]), torch.tensor([1.0, 0.0]))

# %% torch.nn.BCEWithLogitsLoss | bce with logits module
# rtol: 1e-5
import torch
import torch.nn as nn
result = nn.BCEWithLogitsLoss()(torch.tensor([1.5, -0.5]), torch.tensor([1.0, 0.0]))

# %% torch.nn.SmoothL1Loss | smooth l1 loss module
import torch
import torch.nn as nn
result = nn.SmoothL1Loss()(torch.tensor([0.5, 2.0]), torch.tensor([0.0, 0.0]))

# %% torch.nn.KLDivLoss | kl div loss module
# rtol: 1e-5
import torch
import torch.nn as nn
loss = nn.KLDivLoss(reduction="batchmean")
result = loss(torch.log(torch.tensor([[0.5, 0.5]])), torch.tensor([[0.9, 0.1]]))

# %% torch.nn.LSTM | lstm output shapes with batch_first
# names: out, h, c
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=6, batch_first=True)
out, (h, c) = lstm(torch.ones(2, 5, 4))

# %% torch.nn.GRU | gru output shapes, two layers
# names: out, h
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
gru = nn.GRU(3, 5, num_layers=2)
out, h = gru(torch.ones(7, 2, 3))

# %% torch.nn.MultiheadAttention | multihead self-attention shapes
# names: out, weights
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.ones(2, 5, 8)
out, weights = mha(x, x, x)

# %% torch.nn.TransformerEncoderLayer | encoder layer output shape
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
layer.eval()
result = layer(torch.ones(2, 3, 8))

# %% torch.nn.init.zeros_ | zero a weight in place
import torch
import torch.nn as nn
layer = nn.Linear(3, 2)
nn.init.zeros_(layer.weight)
result = layer.weight.detach()

# %% torch.nn.init.constant_ | constant init of a bias
import torch
import torch.nn as nn
layer = nn.Linear(3, 2)
nn.init.constant_(layer.bias, 0.5)
result = layer.bias.detach()

# %% torch.nn.init.xavier_uniform_ | xavier uniform init shape
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(4, 5)
nn.init.xavier_uniform_(w)
result = w

# %% torch.nn.init.kaiming_normal_ | kaiming normal init shape
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(6, 3)
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")
result = w

# %% torch.nn.init.normal_ | normal init with std
# check: shape
import torch
import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(2, 2)
nn.init.normal_(w, mean=0.0, std=0.02)
result = w

# %% torch.nn.utils.clip_grad_norm_ | clip gradients by total norm
# names: total, grad
# rtol: 1e-5
import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([3.0, 4.0]))
(p * p).sum().backward()
total = nn.utils.clip_grad_norm_([p], max_norm=1.0)
grad = p.grad

# %% torch.nn.Upsample | nearest upsample module
import torch
import torch.nn as nn
result = nn.Upsample(scale_factor=2, mode="nearest")(torch.tensor([[[1.0, 2.0]]]))

# %% torch.nn.ZeroPad2d | zero padding module
import torch
import torch.nn as nn
result = nn.ZeroPad2d(1)(torch.ones(1, 1, 2, 2))

# %% torch.nn.PReLU | prelu module at init
import torch
import torch.nn as nn
result = nn.PReLU()(torch.tensor([-2.0, 2.0]))

# %% torch.nn.Softplus | softplus module with beta
import torch
import torch.nn as nn
result = nn.Softplus(beta=2.0)(torch.tensor([-1.0, 0.0, 1.0]))

# %% torch.nn.CosineSimilarity | cosine similarity module
# rtol: 1e-5
import torch
import torch.nn as nn
result = nn.CosineSimilarity(dim=1)(torch.tensor([[1.0, 2.0]]), torch.tensor([[2.0, 4.0]]))

# %% torch.nn.Module | zero_grad clears gradients
import torch
import torch.nn as nn
layer = nn.Linear(2, 1)
layer(torch.ones(1, 2)).sum().backward()
layer.zero_grad()
result = layer.weight.grad is None or bool((layer.weight.grad == 0).all())

# %% torch.nn.Module | apply an init function to all Linear layers
import torch
import torch.nn as nn

def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)

model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
model.apply(init_weights)
result = model(torch.tensor([[1.0, 2.0]]))
