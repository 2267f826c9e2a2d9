import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_h_ : torch.Tensor, L_self_modules_b_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_b_parameters_bias_ : torch.nn.parameter.Parameter):
        l_h_ = L_h_
        l_self_modules_b_parameters_weight_ = L_self_modules_b_parameters_weight_
        l_self_modules_b_parameters_bias_ = L_self_modules_b_parameters_bias_
        h = l_h_ * 2;  l_h_ = None
        linear = torch.nn.functional.linear(h, l_self_modules_b_parameters_weight_, l_self_modules_b_parameters_bias_);  l_self_modules_b_parameters_weight_ = l_self_modules_b_parameters_bias_ = h = None
        return (linear,)
