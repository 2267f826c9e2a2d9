# Corpus: torch.optim. A few steps on a tiny parameter with explicit values; the updated parameter is compared.

# %% torch.optim.SGD | one plain SGD step
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -2.0, 3.0]))
opt = torch.optim.SGD([w], lr=0.1)
loss = (w ** 2).sum()
opt.zero_grad()
loss.backward()
opt.step()
result = w.detach()

# %% torch.optim.SGD | SGD with momentum, three steps
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
opt = torch.optim.SGD([w], lr=0.05, momentum=0.9)
for _ in range(3):
    opt.zero_grad()
    loss = ((w - 0.5) ** 2).sum()
    loss.backward()
    opt.step()
result = w.detach()

# %% torch.optim.SGD | SGD with weight decay and nesterov
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([2.0, 1.0]))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.5, nesterov=True, weight_decay=0.01)
for _ in range(2):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
result = w.detach()

# %% torch.optim.Adam | three Adam steps
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -1.0, 0.5]))
opt = torch.optim.Adam([w], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
result = w.detach()

# %% torch.optim.Adam | Adam with betas and weight decay
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
opt = torch.optim.Adam([w], lr=0.01, betas=(0.8, 0.99), weight_decay=0.1)
for _ in range(2):
    opt.zero_grad()
    w.sum().backward()
    opt.step()
result = w.detach()

# %% torch.optim.AdamW | AdamW steps with decoupled weight decay
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
opt = torch.optim.AdamW([w], lr=0.1, weight_decay=0.01)
for _ in range(3):
    opt.zero_grad()
    ((w - 1.0) ** 2).sum().backward()
    opt.step()
result = w.detach()

# %% torch.optim.AdamW | AdamW on a model's parameters
# rtol: 1e-5
import torch
import torch.nn as nn
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.5]]))
    model.bias.fill_(0.0)
opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
y = torch.tensor([[1.0], [0.0]])
for _ in range(2):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
result = model.weight.detach()

# %% torch.optim.RMSprop | RMSprop steps
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.RMSprop([w], lr=0.01)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
result = w.detach()

# %% torch.optim.Adagrad | Adagrad steps
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -3.0]))
opt = torch.optim.Adagrad([w], lr=0.5)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
result = w.detach()

# %% torch.optim.Adadelta | Adadelta steps
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.Adadelta([w], lr=1.0)
for _ in range(2):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
result = w.detach()

# %% torch.optim.Adamax | Adamax steps
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([0.5, -0.5]))
opt = torch.optim.Adamax([w], lr=0.1)
for _ in range(2):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
result = w.detach()

# %% torch.optim.SGD | parameter groups with different learning rates
# names: a, b
import torch
a = torch.nn.Parameter(torch.tensor([1.0]))
b = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([{"params": [a], "lr": 0.1}, {"params": [b], "lr": 0.5}])
opt.zero_grad()
(a * 2 + b * 2).sum().backward()
opt.step()

# %% torch.optim.Optimizer.param_groups | change the learning rate through param_groups
import torch
w = torch.nn.Parameter(torch.tensor([1.0, 1.0]))
opt = torch.optim.SGD([w], lr=1.0)
for g in opt.param_groups:
    g["lr"] = 0.25
opt.zero_grad()
w.sum().backward()
opt.step()
result = w.detach()

# %% torch.optim.Optimizer.zero_grad | zero_grad clears the gradient
import torch
w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([w], lr=0.1)
(w * 3).sum().backward()
opt.zero_grad()
result = w.grad is None

# %% torch.optim.lr_scheduler.StepLR | StepLR learning rate after 4 epochs
import torch
w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for _ in range(4):
    opt.step()
    sched.step()
result = opt.param_groups[0]["lr"]

# %% torch.optim.lr_scheduler.StepLR | get_last_lr after one epoch
import torch
w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.1)
opt.step()
sched.step()
result = sched.get_last_lr()

# %% torch.optim.lr_scheduler.CosineAnnealingLR | cosine annealing learning rate
import torch
w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4)
for _ in range(2):
    opt.step()
    sched.step()
result = round(opt.param_groups[0]["lr"], 6)

# %% torch.optim.lr_scheduler.LambdaLR | linear warmup with LambdaLR
import torch
w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=0.5)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda step: min(1.0, (step + 1) / 4))
for _ in range(2):
    opt.step()
    sched.step()
result = opt.param_groups[0]["lr"]

# %% torch.optim.lr_scheduler.ExponentialLR | exponential decay
import torch
w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.Adam([w], lr=0.1)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
for _ in range(3):
    opt.step()
    sched.step()
result = round(opt.param_groups[0]["lr"], 8)

# %% torch.optim.Adam | Adam state_dict round trip keeps the update
# rtol: 1e-5
import torch
w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.Adam([w], lr=0.1)
(w ** 2).sum().backward()
opt.step()
opt2 = torch.optim.Adam([w], lr=0.1)
opt2.load_state_dict(opt.state_dict())
opt2.zero_grad()
(w ** 2).sum().backward()
opt2.step()
result = w.detach()
