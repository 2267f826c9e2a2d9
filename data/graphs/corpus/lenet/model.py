import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_fn_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_0_parameters_bias_ : torch.nn.parameter.Parameter, L_args_0_ : torch.Tensor, L_fn_modules_3_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_3_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_7_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_7_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_9_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_9_parameters_bias_ : torch.nn.parameter.Parameter):
        l_fn_modules_0_parameters_weight_ = L_fn_modules_0_parameters_weight_
        l_fn_modules_0_parameters_bias_ = L_fn_modules_0_parameters_bias_
        l_args_0_ = L_args_0_
        l_fn_modules_3_parameters_weight_ = L_fn_modules_3_parameters_weight_
        l_fn_modules_3_parameters_bias_ = L_fn_modules_3_parameters_bias_
        l_fn_modules_7_parameters_weight_ = L_fn_modules_7_parameters_weight_
        l_fn_modules_7_parameters_bias_ = L_fn_modules_7_parameters_bias_
        l_fn_modules_9_parameters_weight_ = L_fn_modules_9_parameters_weight_
        l_fn_modules_9_parameters_bias_ = L_fn_modules_9_parameters_bias_
        input_1 = torch.nn.functional.conv2d(l_args_0_, l_fn_modules_0_parameters_weight_, l_fn_modules_0_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  l_fn_modules_0_parameters_weight_ = l_fn_modules_0_parameters_bias_ = l_args_0_ = None
        input_2 = torch.tanh(input_1);  input_1 = None
        input_3 = torch.nn.functional.avg_pool2d(input_2, 2, 2, 0, False, True, None);  input_2 = None
        input_4 = torch.nn.functional.conv2d(input_3, l_fn_modules_3_parameters_weight_, l_fn_modules_3_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  l_fn_modules_3_parameters_weight_ = l_fn_modules_3_parameters_bias_ = input_3 = None
        input_5 = torch.tanh(input_4);  input_4 = None
        input_6 = torch.nn.functional.avg_pool2d(input_5, 2, 2, 0, False, True, None);  input_5 = None
        input_7 = input_6.flatten(1, -1);  input_6 = None
        input_8 = torch.nn.functional.linear(input_7, l_fn_modules_7_parameters_weight_, l_fn_modules_7_parameters_bias_);  l_fn_modules_7_parameters_weight_ = l_fn_modules_7_parameters_bias_ = input_7 = None
        input_9 = torch.tanh(input_8);  input_8 = None
        input_10 = torch.nn.functional.linear(input_9, l_fn_modules_9_parameters_weight_, l_fn_modules_9_parameters_bias_);  l_fn_modules_9_parameters_weight_ = l_fn_modules_9_parameters_bias_ = input_9 = None
        return (input_10,)
