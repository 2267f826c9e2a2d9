# Corpus: torch.utils.data and torch.distributions.

# %% torch.utils.data.TensorDataset | dataset length and an item
# names: n, item
import torch
from torch.utils.data import TensorDataset
ds = TensorDataset(torch.arange(10.0).reshape(5, 2), torch.tensor([0, 1, 0, 1, 1]))
n = len(ds)
item = ds[3]

# %% torch.utils.data.DataLoader | batches from a DataLoader without shuffling
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(10.0).reshape(5, 2), torch.tensor([0, 1, 0, 1, 1]))
loader = DataLoader(ds, batch_size=2, shuffle=False)
result = [y for _, y in loader]

# %% torch.utils.data.DataLoader | drop_last batch count
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(7))
result = len(DataLoader(ds, batch_size=3, drop_last=True))

# %% torch.utils.data.Dataset | custom map-style dataset through a DataLoader
import torch
from torch.utils.data import Dataset, DataLoader

class Squares(Dataset):
    def __len__(self):
        return 6

    def __getitem__(self, i):
        return torch.tensor([float(i), float(i * i)])

result = next(iter(DataLoader(Squares(), batch_size=4)))

# %% torch.utils.data.random_split | random_split lengths
import torch
from torch.utils.data import TensorDataset, random_split
ds = TensorDataset(torch.arange(10))
a, b = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(0))
result = (len(a), len(b))

# %% torch.distributions.Normal | normal log_prob
# rtol: 1e-5
import torch
from torch.distributions import Normal
d = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
result = d.log_prob(torch.tensor([0.5, 0.0]))

# %% torch.distributions.Normal | normal sample shape
# check: shape
import torch
torch.manual_seed(0)
d = torch.distributions.Normal(0.0, 1.0)
result = d.sample((3, 2))

# %% torch.distributions.Categorical | categorical log_prob and entropy
# names: lp, ent
# rtol: 1e-5
import torch
from torch.distributions import Categorical
d = Categorical(probs=torch.tensor([0.2, 0.3, 0.5]))
lp = d.log_prob(torch.tensor(2))
ent = d.entropy()

# %% torch.distributions.Categorical | categorical from logits, sample shape
# check: shape
import torch
torch.manual_seed(0)
d = torch.distributions.Categorical(logits=torch.zeros(4, 3))
result = d.sample()

# %% torch.distributions.Bernoulli | bernoulli log_prob
# rtol: 1e-5
import torch
d = torch.distributions.Bernoulli(probs=torch.tensor([0.3, 0.9]))
result = d.log_prob(torch.tensor([1.0, 0.0]))

# %% torch.distributions.Uniform | uniform log_prob and mean
# names: lp, mean
# rtol: 1e-5
import torch
d = torch.distributions.Uniform(torch.tensor([0.0]), torch.tensor([4.0]))
lp = d.log_prob(torch.tensor([1.0]))
mean = d.mean

# %% torch.distributions.kl_divergence | KL between two normals
# rtol: 1e-5
import torch
from torch.distributions import Normal, kl_divergence
result = kl_divergence(Normal(torch.tensor([0.0]), torch.tensor([1.0])), Normal(torch.tensor([1.0]), torch.tensor([2.0])))
