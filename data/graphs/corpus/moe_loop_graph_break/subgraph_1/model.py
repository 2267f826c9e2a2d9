import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_x_ : torch.Tensor, L_self_modules_experts_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_experts_modules_0_parameters_bias_ : torch.nn.parameter.Parameter, L_choice_ : torch.Tensor, L_self_modules_experts_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_experts_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_experts_modules_2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_experts_modules_2_parameters_bias_ : torch.nn.parameter.Parameter):
        l_x_ = L_x_
        l_self_modules_experts_modules_0_parameters_weight_ = L_self_modules_experts_modules_0_parameters_weight_
        l_self_modules_experts_modules_0_parameters_bias_ = L_self_modules_experts_modules_0_parameters_bias_
        l_choice_ = L_choice_
        l_self_modules_experts_modules_1_parameters_weight_ = L_self_modules_experts_modules_1_parameters_weight_
        l_self_modules_experts_modules_1_parameters_bias_ = L_self_modules_experts_modules_1_parameters_bias_
        l_self_modules_experts_modules_2_parameters_weight_ = L_self_modules_experts_modules_2_parameters_weight_
        l_self_modules_experts_modules_2_parameters_bias_ = L_self_modules_experts_modules_2_parameters_bias_
        out = torch.zeros_like(l_x_)
        linear = torch.nn.functional.linear(l_x_, l_self_modules_experts_modules_0_parameters_weight_, l_self_modules_experts_modules_0_parameters_bias_);  l_self_modules_experts_modules_0_parameters_weight_ = l_self_modules_experts_modules_0_parameters_bias_ = None
        eq = l_choice_ == 0
        unsqueeze = eq.unsqueeze(-1);  eq = None
        mul = linear * unsqueeze;  linear = unsqueeze = None
        out_1 = out + mul;  out = mul = None
        linear_1 = torch.nn.functional.linear(l_x_, l_self_modules_experts_modules_1_parameters_weight_, l_self_modules_experts_modules_1_parameters_bias_);  l_self_modules_experts_modules_1_parameters_weight_ = l_self_modules_experts_modules_1_parameters_bias_ = None
        eq_1 = l_choice_ == 1
        unsqueeze_1 = eq_1.unsqueeze(-1);  eq_1 = None
        mul_1 = linear_1 * unsqueeze_1;  linear_1 = unsqueeze_1 = None
        out_2 = out_1 + mul_1;  out_1 = mul_1 = None
        linear_2 = torch.nn.functional.linear(l_x_, l_self_modules_experts_modules_2_parameters_weight_, l_self_modules_experts_modules_2_parameters_bias_);  l_x_ = l_self_modules_experts_modules_2_parameters_weight_ = l_self_modules_experts_modules_2_parameters_bias_ = None
        eq_2 = l_choice_ == 2;  l_choice_ = None
        unsqueeze_2 = eq_2.unsqueeze(-1);  eq_2 = None
        mul_2 = linear_2 * unsqueeze_2;  linear_2 = unsqueeze_2 = None
        out_3 = out_2 + mul_2;  out_2 = mul_2 = None
        return (out_3,)
