# From PaddlePaddle/PaConvert, tests/test_special_entr.py, test_case_3 (Apache-2.0); the torch code of the case, unchanged.
# paddlecamp: check out
import torch
a = [-1, -2, 3]
out = torch.tensor(a, dtype=torch.float32)
result = torch.special.entr(torch.tensor(a), out=out)
