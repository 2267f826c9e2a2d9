import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_fn_modules_0_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_ : torch.Tensor, L_fn_modules_0_modules_1_buffers_running_mean_ : torch.Tensor, L_fn_modules_0_modules_1_buffers_running_var_ : torch.Tensor, L_fn_modules_0_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_0_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_1_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_1_modules_1_buffers_running_mean_ : torch.Tensor, L_fn_modules_1_modules_1_buffers_running_var_ : torch.Tensor, L_fn_modules_1_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_1_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_3_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_3_modules_1_buffers_running_mean_ : torch.Tensor, L_fn_modules_3_modules_1_buffers_running_var_ : torch.Tensor, L_fn_modules_3_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_3_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_6_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_6_parameters_bias_ : torch.nn.parameter.Parameter):
        l_fn_modules_0_modules_0_parameters_weight_ = L_fn_modules_0_modules_0_parameters_weight_
        l_args_0_ = L_args_0_
        l_fn_modules_0_modules_1_buffers_running_mean_ = L_fn_modules_0_modules_1_buffers_running_mean_
        l_fn_modules_0_modules_1_buffers_running_var_ = L_fn_modules_0_modules_1_buffers_running_var_
        l_fn_modules_0_modules_1_parameters_weight_ = L_fn_modules_0_modules_1_parameters_weight_
        l_fn_modules_0_modules_1_parameters_bias_ = L_fn_modules_0_modules_1_parameters_bias_
        l_fn_modules_1_modules_0_parameters_weight_ = L_fn_modules_1_modules_0_parameters_weight_
        l_fn_modules_1_modules_1_buffers_running_mean_ = L_fn_modules_1_modules_1_buffers_running_mean_
        l_fn_modules_1_modules_1_buffers_running_var_ = L_fn_modules_1_modules_1_buffers_running_var_
        l_fn_modules_1_modules_1_parameters_weight_ = L_fn_modules_1_modules_1_parameters_weight_
        l_fn_modules_1_modules_1_parameters_bias_ = L_fn_modules_1_modules_1_parameters_bias_
        l_fn_modules_3_modules_0_parameters_weight_ = L_fn_modules_3_modules_0_parameters_weight_
        l_fn_modules_3_modules_1_buffers_running_mean_ = L_fn_modules_3_modules_1_buffers_running_mean_
        l_fn_modules_3_modules_1_buffers_running_var_ = L_fn_modules_3_modules_1_buffers_running_var_
        l_fn_modules_3_modules_1_parameters_weight_ = L_fn_modules_3_modules_1_parameters_weight_
        l_fn_modules_3_modules_1_parameters_bias_ = L_fn_modules_3_modules_1_parameters_bias_
        l_fn_modules_6_parameters_weight_ = L_fn_modules_6_parameters_weight_
        l_fn_modules_6_parameters_bias_ = L_fn_modules_6_parameters_bias_
        input_1 = torch.nn.functional.conv2d(l_args_0_, l_fn_modules_0_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  l_fn_modules_0_modules_0_parameters_weight_ = l_args_0_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, l_fn_modules_0_modules_1_buffers_running_mean_, l_fn_modules_0_modules_1_buffers_running_var_, l_fn_modules_0_modules_1_parameters_weight_, l_fn_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_fn_modules_0_modules_1_buffers_running_mean_ = l_fn_modules_0_modules_1_buffers_running_var_ = l_fn_modules_0_modules_1_parameters_weight_ = l_fn_modules_0_modules_1_parameters_bias_ = input_1 = None
        input_3 = torch.nn.functional.relu(input_2, inplace = True);  input_2 = None
        input_4 = torch.nn.functional.conv2d(input_3, l_fn_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  l_fn_modules_1_modules_0_parameters_weight_ = input_3 = None
        input_5 = torch.nn.functional.batch_norm(input_4, l_fn_modules_1_modules_1_buffers_running_mean_, l_fn_modules_1_modules_1_buffers_running_var_, l_fn_modules_1_modules_1_parameters_weight_, l_fn_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_fn_modules_1_modules_1_buffers_running_mean_ = l_fn_modules_1_modules_1_buffers_running_var_ = l_fn_modules_1_modules_1_parameters_weight_ = l_fn_modules_1_modules_1_parameters_bias_ = input_4 = None
        input_6 = torch.nn.functional.relu(input_5, inplace = True);  input_5 = None
        input_7 = torch.nn.functional.max_pool2d(input_6, 2, 2, 0, 1, ceil_mode = False, return_indices = False);  input_6 = None
        input_8 = torch.nn.functional.conv2d(input_7, l_fn_modules_3_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  l_fn_modules_3_modules_0_parameters_weight_ = input_7 = None
        input_9 = torch.nn.functional.batch_norm(input_8, l_fn_modules_3_modules_1_buffers_running_mean_, l_fn_modules_3_modules_1_buffers_running_var_, l_fn_modules_3_modules_1_parameters_weight_, l_fn_modules_3_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_fn_modules_3_modules_1_buffers_running_mean_ = l_fn_modules_3_modules_1_buffers_running_var_ = l_fn_modules_3_modules_1_parameters_weight_ = l_fn_modules_3_modules_1_parameters_bias_ = input_8 = None
        input_10 = torch.nn.functional.relu(input_9, inplace = True);  input_9 = None
        input_11 = torch.nn.functional.max_pool2d(input_10, 2, 2, 0, 1, ceil_mode = False, return_indices = False);  input_10 = None
        input_12 = input_11.flatten(1, -1);  input_11 = None
        input_13 = torch.nn.functional.linear(input_12, l_fn_modules_6_parameters_weight_, l_fn_modules_6_parameters_bias_);  l_fn_modules_6_parameters_weight_ = l_fn_modules_6_parameters_bias_ = input_12 = None
        return (input_13,)
