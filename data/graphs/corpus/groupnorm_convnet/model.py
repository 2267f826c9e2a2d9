import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_fn_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_0_parameters_bias_ : torch.nn.parameter.Parameter, L_args_0_ : torch.Tensor, L_fn_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_3_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_3_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_4_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_4_parameters_bias_ : torch.nn.parameter.Parameter):
        l_fn_modules_0_parameters_weight_ = L_fn_modules_0_parameters_weight_
        l_fn_modules_0_parameters_bias_ = L_fn_modules_0_parameters_bias_
        l_args_0_ = L_args_0_
        l_fn_modules_1_parameters_weight_ = L_fn_modules_1_parameters_weight_
        l_fn_modules_1_parameters_bias_ = L_fn_modules_1_parameters_bias_
        l_fn_modules_3_parameters_weight_ = L_fn_modules_3_parameters_weight_
        l_fn_modules_3_parameters_bias_ = L_fn_modules_3_parameters_bias_
        l_fn_modules_4_parameters_weight_ = L_fn_modules_4_parameters_weight_
        l_fn_modules_4_parameters_bias_ = L_fn_modules_4_parameters_bias_
        input_1 = torch.nn.functional.conv2d(l_args_0_, l_fn_modules_0_parameters_weight_, l_fn_modules_0_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  l_fn_modules_0_parameters_weight_ = l_fn_modules_0_parameters_bias_ = l_args_0_ = None
        input_2 = torch.nn.functional.group_norm(input_1, 2, l_fn_modules_1_parameters_weight_, l_fn_modules_1_parameters_bias_, 1e-05);  l_fn_modules_1_parameters_weight_ = l_fn_modules_1_parameters_bias_ = input_1 = None
        input_3 = torch.nn.functional.gelu(input_2, approximate = 'none');  input_2 = None
        input_4 = torch.nn.functional.conv2d(input_3, l_fn_modules_3_parameters_weight_, l_fn_modules_3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  l_fn_modules_3_parameters_weight_ = l_fn_modules_3_parameters_bias_ = input_3 = None
        input_5 = torch.nn.functional.group_norm(input_4, 2, l_fn_modules_4_parameters_weight_, l_fn_modules_4_parameters_bias_, 1e-05);  l_fn_modules_4_parameters_weight_ = l_fn_modules_4_parameters_bias_ = input_4 = None
        input_6 = torch.nn.functional.hardswish(input_5, False);  input_5 = None
        return (input_6,)
