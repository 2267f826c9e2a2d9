import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_fc_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_fc_parameters_bias_ : torch.nn.parameter.Parameter, L_x_ : torch.Tensor):
        l_self_modules_fc_parameters_weight_ = L_self_modules_fc_parameters_weight_
        l_self_modules_fc_parameters_bias_ = L_self_modules_fc_parameters_bias_
        l_x_ = L_x_
        linear = torch.nn.functional.linear(l_x_, l_self_modules_fc_parameters_weight_, l_self_modules_fc_parameters_bias_);  l_x_ = None
        x = torch.tanh(linear);  linear = None
        linear_1 = torch.nn.functional.linear(x, l_self_modules_fc_parameters_weight_, l_self_modules_fc_parameters_bias_);  l_self_modules_fc_parameters_weight_ = l_self_modules_fc_parameters_bias_ = x = None
        x_1 = torch.tanh(linear_1);  linear_1 = None
        return (x_1,)
