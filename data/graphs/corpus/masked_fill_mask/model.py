import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_s_ : torch.Tensor):
        l_s_ = L_s_
        ones = torch.ones(8, 8, dtype = torch.bool)
        mask = torch.triu(ones, 1);  ones = None
        masked_fill = l_s_.masked_fill(mask, float('-inf'));  l_s_ = mask = None
        softmax = torch.softmax(masked_fill, -1);  masked_fill = None
        return (softmax,)
