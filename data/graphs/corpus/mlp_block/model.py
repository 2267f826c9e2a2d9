import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_ln_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_ln_parameters_bias_ : torch.nn.parameter.Parameter, L_x_ : torch.Tensor, L_self_modules_fc1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_fc1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_fc2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_fc2_parameters_bias_ : torch.nn.parameter.Parameter):
        l_self_modules_ln_parameters_weight_ = L_self_modules_ln_parameters_weight_
        l_self_modules_ln_parameters_bias_ = L_self_modules_ln_parameters_bias_
        l_x_ = L_x_
        l_self_modules_fc1_parameters_weight_ = L_self_modules_fc1_parameters_weight_
        l_self_modules_fc1_parameters_bias_ = L_self_modules_fc1_parameters_bias_
        l_self_modules_fc2_parameters_weight_ = L_self_modules_fc2_parameters_weight_
        l_self_modules_fc2_parameters_bias_ = L_self_modules_fc2_parameters_bias_
        layer_norm = torch.nn.functional.layer_norm(l_x_, (16,), l_self_modules_ln_parameters_weight_, l_self_modules_ln_parameters_bias_, 1e-05);  l_self_modules_ln_parameters_weight_ = l_self_modules_ln_parameters_bias_ = None
        linear = torch.nn.functional.linear(layer_norm, l_self_modules_fc1_parameters_weight_, l_self_modules_fc1_parameters_bias_);  l_self_modules_fc1_parameters_weight_ = l_self_modules_fc1_parameters_bias_ = layer_norm = None
        gelu = torch.nn.functional.gelu(linear);  linear = None
        linear_1 = torch.nn.functional.linear(gelu, l_self_modules_fc2_parameters_weight_, l_self_modules_fc2_parameters_bias_);  l_self_modules_fc2_parameters_weight_ = l_self_modules_fc2_parameters_bias_ = gelu = None
        add = l_x_ + linear_1;  l_x_ = linear_1 = None
        return (add,)
