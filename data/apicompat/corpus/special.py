# Corpus: torch.special.

# %% torch.special.erf | error function
import torch
result = torch.special.erf(torch.tensor([-1.0, 0.0, 0.5, 2.0]))

# %% torch.special.erfc | complementary error function
# rtol: 1e-5
import torch
result = torch.special.erfc(torch.tensor([0.0, 1.0, 2.0]))

# %% torch.special.erfinv | inverse error function
# rtol: 1e-5
import torch
result = torch.special.erfinv(torch.tensor([-0.5, 0.0, 0.9]))

# %% torch.special.expit | logistic function
import torch
result = torch.special.expit(torch.tensor([-2.0, 0.0, 2.0]))

# %% torch.special.logit | logit with eps
# rtol: 1e-5
import torch
result = torch.special.logit(torch.tensor([0.0, 0.25, 0.5, 1.0]), eps=1e-6)

# %% torch.special.gammaln | log gamma
# rtol: 1e-5
import torch
result = torch.special.gammaln(torch.tensor([0.5, 1.0, 5.0, 10.5]))

# %% torch.special.digamma | digamma
# rtol: 1e-5
import torch
result = torch.special.digamma(torch.tensor([1.0, 2.5, 10.0]))

# %% torch.special.xlogy | x * log(y) with zero handling
import torch
result = torch.special.xlogy(torch.tensor([0.0, 1.0, 2.0]), torch.tensor([0.0, 2.0, 3.0]))

# %% torch.special.log1p | log(1 + x)
import torch
result = torch.special.log1p(torch.tensor([0.0, 1e-4, 1.0]))

# %% torch.special.expm1 | exp(x) - 1
import torch
result = torch.special.expm1(torch.tensor([0.0, 1e-4, 1.0]))

# %% torch.special.i0 | modified Bessel function of order 0
# rtol: 1e-5
import torch
result = torch.special.i0(torch.tensor([0.0, 1.0, 2.5]))

# %% torch.special.softmax | softmax in torch.special
import torch
result = torch.special.softmax(torch.tensor([1.0, 2.0, 3.0]), dim=0)

# %% torch.special.log_softmax | log_softmax in torch.special
import torch
result = torch.special.log_softmax(torch.tensor([[1.0, 0.0]]), dim=1)

# %% torch.special.logsumexp | logsumexp in torch.special
import torch
result = torch.special.logsumexp(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), dim=1)

# %% torch.special.entr | elementwise entropy
import torch
result = torch.special.entr(torch.tensor([0.0, 0.25, 0.5, 1.0]))

# %% torch.special.sinc | normalized sinc
# atol: 1e-7
import torch
result = torch.special.sinc(torch.tensor([0.0, 0.5, 1.0, 1.5]))

# %% torch.special.ndtr | standard normal cdf
# rtol: 1e-5
import torch
result = torch.special.ndtr(torch.tensor([-1.0, 0.0, 1.96]))
