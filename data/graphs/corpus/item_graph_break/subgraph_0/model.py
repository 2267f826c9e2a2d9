import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_x_ : torch.Tensor):
        l_x_ = L_x_
        abs_1 = l_x_.abs();  l_x_ = None
        max_1 = abs_1.max();  abs_1 = None
        return (max_1,)
