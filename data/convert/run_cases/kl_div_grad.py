# From PaddlePaddle/PaConvert, tests/test_kl_div.py, test_case_5 (Apache-2.0); the torch code of the case, unchanged.
# paddlecamp: check y, x_grad
import torch
input = torch.arange(0, 15, dtype=torch.float32, requires_grad=True).reshape((3, 5))
target = torch.arange(100, 160, 4, dtype=torch.float32, requires_grad=True).reshape((3, 5)) + 4
y = torch.kl_div(input, target)
y.sum().backward()
x_grad = input.grad
