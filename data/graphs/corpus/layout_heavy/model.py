import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_x_ : torch.Tensor):
        l_x_ = L_x_
        chunk = l_x_.chunk(2, dim = -1);  l_x_ = None
        a = chunk[0]
        b = chunk[1];  chunk = None
        transpose = a.transpose(1, 2);  a = None
        transpose_1 = b.transpose(1, 2);  b = None
        stack = torch.stack([transpose, transpose_1], 0);  transpose = transpose_1 = None
        y = stack.flatten(0, 1);  stack = None
        contiguous = y.contiguous();  y = None
        view = contiguous.view(4, -1);  contiguous = None
        unsqueeze = view.unsqueeze(1);  view = None
        expand = unsqueeze.expand(-1, 2, -1);  unsqueeze = None
        return (expand,)
