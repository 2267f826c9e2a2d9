import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_x_ : torch.Tensor, L_self_parameters_w_ : torch.nn.parameter.Parameter, L_self_modules_gate_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_up_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_down_parameters_weight_ : torch.nn.parameter.Parameter):
        l_x_ = L_x_
        l_self_parameters_w_ = L_self_parameters_w_
        l_self_modules_gate_parameters_weight_ = L_self_modules_gate_parameters_weight_
        l_self_modules_up_parameters_weight_ = L_self_modules_up_parameters_weight_
        l_self_modules_down_parameters_weight_ = L_self_modules_down_parameters_weight_
        pow_1 = l_x_.pow(2)
        mean = pow_1.mean(-1, keepdim = True);  pow_1 = None
        add = mean + 1e-06;  mean = None
        rsqrt = torch.rsqrt(add);  add = None
        mul = l_x_ * rsqrt;  rsqrt = None
        h = mul * l_self_parameters_w_;  l_self_parameters_w_ = mul = None
        linear = torch.nn.functional.linear(h, l_self_modules_gate_parameters_weight_, None);  l_self_modules_gate_parameters_weight_ = None
        silu = torch.nn.functional.silu(linear);  linear = None
        linear_1 = torch.nn.functional.linear(h, l_self_modules_up_parameters_weight_, None);  l_self_modules_up_parameters_weight_ = h = None
        mul_2 = silu * linear_1;  silu = linear_1 = None
        linear_2 = torch.nn.functional.linear(mul_2, l_self_modules_down_parameters_weight_, None);  l_self_modules_down_parameters_weight_ = mul_2 = None
        add_1 = l_x_ + linear_2;  l_x_ = linear_2 = None
        return (add_1,)
