"""A small image classifier in PyTorch, with a few training steps: the model chapter 01 of
the PaConvert track converts to Paddle and runs on both sides.

Weights and data come from a NumPy generator (not torch's RNG) so the torch original and the
converted Paddle program start from the same numbers and can be compared value by value.
"""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

# paddlecamp: check logits, losses, fc_weight, conv_weight


class TinyCNN(nn.Module):
    def __init__(self, classes=3):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc1 = nn.Linear(4 * 4 * 4, 16)
        self.norm = nn.LayerNorm(16)
        self.fc2 = nn.Linear(16, classes)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        x = torch.flatten(x, 1)
        x = self.norm(F.gelu(self.fc1(x)))
        return self.fc2(x)


rng = np.random.default_rng(0)
model = TinyCNN()
for name, p in sorted(model.named_parameters()):
    p.data = torch.tensor((rng.standard_normal(tuple(p.shape)) * 0.2).astype("float32"))

images = torch.tensor(rng.standard_normal((8, 1, 8, 8)).astype("float32"))
labels = torch.tensor(rng.integers(0, 3, size=8))

logits = model(images)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4, nesterov=True)
losses = []
for step in range(3):
    opt.zero_grad()
    loss = F.cross_entropy(model(images), labels)
    loss.backward()
    opt.step()
    losses.append(loss.item())
fc_weight = model.fc2.weight.detach()
conv_weight = model.conv.weight.detach()
print("losses", [round(v, 5) for v in losses])
