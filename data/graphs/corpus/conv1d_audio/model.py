import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_fn_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_0_parameters_bias_ : torch.nn.parameter.Parameter, L_args_0_ : torch.Tensor, L_fn_modules_1_buffers_running_mean_ : torch.Tensor, L_fn_modules_1_buffers_running_var_ : torch.Tensor, L_fn_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_3_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_3_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_7_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_7_parameters_bias_ : torch.nn.parameter.Parameter):
        l_fn_modules_0_parameters_weight_ = L_fn_modules_0_parameters_weight_
        l_fn_modules_0_parameters_bias_ = L_fn_modules_0_parameters_bias_
        l_args_0_ = L_args_0_
        l_fn_modules_1_buffers_running_mean_ = L_fn_modules_1_buffers_running_mean_
        l_fn_modules_1_buffers_running_var_ = L_fn_modules_1_buffers_running_var_
        l_fn_modules_1_parameters_weight_ = L_fn_modules_1_parameters_weight_
        l_fn_modules_1_parameters_bias_ = L_fn_modules_1_parameters_bias_
        l_fn_modules_3_parameters_weight_ = L_fn_modules_3_parameters_weight_
        l_fn_modules_3_parameters_bias_ = L_fn_modules_3_parameters_bias_
        l_fn_modules_7_parameters_weight_ = L_fn_modules_7_parameters_weight_
        l_fn_modules_7_parameters_bias_ = L_fn_modules_7_parameters_bias_
        input_1 = torch.nn.functional.conv1d(l_args_0_, l_fn_modules_0_parameters_weight_, l_fn_modules_0_parameters_bias_, (4,), (0,), (1,), 1);  l_fn_modules_0_parameters_weight_ = l_fn_modules_0_parameters_bias_ = l_args_0_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, l_fn_modules_1_buffers_running_mean_, l_fn_modules_1_buffers_running_var_, l_fn_modules_1_parameters_weight_, l_fn_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_fn_modules_1_buffers_running_mean_ = l_fn_modules_1_buffers_running_var_ = l_fn_modules_1_parameters_weight_ = l_fn_modules_1_parameters_bias_ = input_1 = None
        input_3 = torch.nn.functional.relu(input_2, inplace = False);  input_2 = None
        input_4 = torch.nn.functional.conv1d(input_3, l_fn_modules_3_parameters_weight_, l_fn_modules_3_parameters_bias_, (2,), (0,), (1,), 1);  l_fn_modules_3_parameters_weight_ = l_fn_modules_3_parameters_bias_ = input_3 = None
        input_5 = torch.nn.functional.relu(input_4, inplace = False);  input_4 = None
        input_6 = torch.nn.functional.adaptive_max_pool1d(input_5, 1, False);  input_5 = None
        input_7 = input_6.flatten(1, -1);  input_6 = None
        input_8 = torch.nn.functional.linear(input_7, l_fn_modules_7_parameters_weight_, l_fn_modules_7_parameters_bias_);  l_fn_modules_7_parameters_weight_ = l_fn_modules_7_parameters_bias_ = input_7 = None
        return (input_8,)
