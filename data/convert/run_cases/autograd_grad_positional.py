# From PaddlePaddle/PaConvert, tests/test_autograd_grad.py, test_case_9 (Apache-2.0); the torch code of the case, unchanged.
# paddlecamp: check result
import torch
x = torch.tensor([1.1, 2.2, 3.3], requires_grad=True)
z = torch.tensor([1.1, 2.2, 3.3], requires_grad=True)
grad = torch.tensor(2.0)
y = x * x + z

result = torch.autograd.grad([y.sum()], [x, z], grad, True, False, True, True, False, False)
