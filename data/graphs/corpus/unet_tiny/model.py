import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_d1_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_x_ : torch.Tensor, L_self_modules_d1_modules_1_buffers_running_mean_ : torch.Tensor, L_self_modules_d1_modules_1_buffers_running_var_ : torch.Tensor, L_self_modules_d1_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_d1_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_d2_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_d2_modules_1_buffers_running_mean_ : torch.Tensor, L_self_modules_d2_modules_1_buffers_running_var_ : torch.Tensor, L_self_modules_d2_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_d2_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_up_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_up_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_out_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_out_parameters_bias_ : torch.nn.parameter.Parameter):
        l_self_modules_d1_modules_0_parameters_weight_ = L_self_modules_d1_modules_0_parameters_weight_
        l_x_ = L_x_
        l_self_modules_d1_modules_1_buffers_running_mean_ = L_self_modules_d1_modules_1_buffers_running_mean_
        l_self_modules_d1_modules_1_buffers_running_var_ = L_self_modules_d1_modules_1_buffers_running_var_
        l_self_modules_d1_modules_1_parameters_weight_ = L_self_modules_d1_modules_1_parameters_weight_
        l_self_modules_d1_modules_1_parameters_bias_ = L_self_modules_d1_modules_1_parameters_bias_
        l_self_modules_d2_modules_0_parameters_weight_ = L_self_modules_d2_modules_0_parameters_weight_
        l_self_modules_d2_modules_1_buffers_running_mean_ = L_self_modules_d2_modules_1_buffers_running_mean_
        l_self_modules_d2_modules_1_buffers_running_var_ = L_self_modules_d2_modules_1_buffers_running_var_
        l_self_modules_d2_modules_1_parameters_weight_ = L_self_modules_d2_modules_1_parameters_weight_
        l_self_modules_d2_modules_1_parameters_bias_ = L_self_modules_d2_modules_1_parameters_bias_
        l_self_modules_up_parameters_weight_ = L_self_modules_up_parameters_weight_
        l_self_modules_up_parameters_bias_ = L_self_modules_up_parameters_bias_
        l_self_modules_out_parameters_weight_ = L_self_modules_out_parameters_weight_
        l_self_modules_out_parameters_bias_ = L_self_modules_out_parameters_bias_
        input_1 = torch.nn.functional.conv2d(l_x_, l_self_modules_d1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  l_self_modules_d1_modules_0_parameters_weight_ = l_x_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, l_self_modules_d1_modules_1_buffers_running_mean_, l_self_modules_d1_modules_1_buffers_running_var_, l_self_modules_d1_modules_1_parameters_weight_, l_self_modules_d1_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_self_modules_d1_modules_1_buffers_running_mean_ = l_self_modules_d1_modules_1_buffers_running_var_ = l_self_modules_d1_modules_1_parameters_weight_ = l_self_modules_d1_modules_1_parameters_bias_ = input_1 = None
        input_3 = torch.nn.functional.relu(input_2, inplace = True);  input_2 = None
        input_4 = torch.nn.functional.conv2d(input_3, l_self_modules_d2_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  l_self_modules_d2_modules_0_parameters_weight_ = None
        input_5 = torch.nn.functional.batch_norm(input_4, l_self_modules_d2_modules_1_buffers_running_mean_, l_self_modules_d2_modules_1_buffers_running_var_, l_self_modules_d2_modules_1_parameters_weight_, l_self_modules_d2_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_self_modules_d2_modules_1_buffers_running_mean_ = l_self_modules_d2_modules_1_buffers_running_var_ = l_self_modules_d2_modules_1_parameters_weight_ = l_self_modules_d2_modules_1_parameters_bias_ = input_4 = None
        input_6 = torch.nn.functional.relu(input_5, inplace = True);  input_5 = None
        b = torch.nn.functional.conv_transpose2d(input_6, l_self_modules_up_parameters_weight_, l_self_modules_up_parameters_bias_, (2, 2), (0, 0), (0, 0), 1, (1, 1));  l_self_modules_up_parameters_weight_ = l_self_modules_up_parameters_bias_ = input_6 = None
        cat = torch.cat([input_3, b], 1);  input_3 = b = None
        conv2d_2 = torch.nn.functional.conv2d(cat, l_self_modules_out_parameters_weight_, l_self_modules_out_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  l_self_modules_out_parameters_weight_ = l_self_modules_out_parameters_bias_ = cat = None
        return (conv2d_2,)
