import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_a_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_a_parameters_bias_ : torch.nn.parameter.Parameter, L_x_ : torch.Tensor):
        l_self_modules_a_parameters_weight_ = L_self_modules_a_parameters_weight_
        l_self_modules_a_parameters_bias_ = L_self_modules_a_parameters_bias_
        l_x_ = L_x_
        linear = torch.nn.functional.linear(l_x_, l_self_modules_a_parameters_weight_, l_self_modules_a_parameters_bias_);  l_self_modules_a_parameters_weight_ = l_self_modules_a_parameters_bias_ = l_x_ = None
        h = torch.relu(linear);  linear = None
        sum_1 = h.sum()
        gt = sum_1 > 0;  sum_1 = None
        return (gt, h)
