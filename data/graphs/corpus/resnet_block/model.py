import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_down_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_x_ : torch.Tensor, L_self_modules_down_modules_1_buffers_running_mean_ : torch.Tensor, L_self_modules_down_modules_1_buffers_running_var_ : torch.Tensor, L_self_modules_down_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_down_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_c1_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_c1_modules_1_buffers_running_mean_ : torch.Tensor, L_self_modules_c1_modules_1_buffers_running_var_ : torch.Tensor, L_self_modules_c1_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_c1_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_c2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_bn_buffers_running_mean_ : torch.Tensor, L_self_modules_bn_buffers_running_var_ : torch.Tensor, L_self_modules_bn_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_bn_parameters_bias_ : torch.nn.parameter.Parameter):
        l_self_modules_down_modules_0_parameters_weight_ = L_self_modules_down_modules_0_parameters_weight_
        l_x_ = L_x_
        l_self_modules_down_modules_1_buffers_running_mean_ = L_self_modules_down_modules_1_buffers_running_mean_
        l_self_modules_down_modules_1_buffers_running_var_ = L_self_modules_down_modules_1_buffers_running_var_
        l_self_modules_down_modules_1_parameters_weight_ = L_self_modules_down_modules_1_parameters_weight_
        l_self_modules_down_modules_1_parameters_bias_ = L_self_modules_down_modules_1_parameters_bias_
        l_self_modules_c1_modules_0_parameters_weight_ = L_self_modules_c1_modules_0_parameters_weight_
        l_self_modules_c1_modules_1_buffers_running_mean_ = L_self_modules_c1_modules_1_buffers_running_mean_
        l_self_modules_c1_modules_1_buffers_running_var_ = L_self_modules_c1_modules_1_buffers_running_var_
        l_self_modules_c1_modules_1_parameters_weight_ = L_self_modules_c1_modules_1_parameters_weight_
        l_self_modules_c1_modules_1_parameters_bias_ = L_self_modules_c1_modules_1_parameters_bias_
        l_self_modules_c2_parameters_weight_ = L_self_modules_c2_parameters_weight_
        l_self_modules_bn_buffers_running_mean_ = L_self_modules_bn_buffers_running_mean_
        l_self_modules_bn_buffers_running_var_ = L_self_modules_bn_buffers_running_var_
        l_self_modules_bn_parameters_weight_ = L_self_modules_bn_parameters_weight_
        l_self_modules_bn_parameters_bias_ = L_self_modules_bn_parameters_bias_
        input_1 = torch.nn.functional.conv2d(l_x_, l_self_modules_down_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  l_self_modules_down_modules_0_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, l_self_modules_down_modules_1_buffers_running_mean_, l_self_modules_down_modules_1_buffers_running_var_, l_self_modules_down_modules_1_parameters_weight_, l_self_modules_down_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_self_modules_down_modules_1_buffers_running_mean_ = l_self_modules_down_modules_1_buffers_running_var_ = l_self_modules_down_modules_1_parameters_weight_ = l_self_modules_down_modules_1_parameters_bias_ = input_1 = None
        input_3 = torch.nn.functional.conv2d(l_x_, l_self_modules_c1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  l_x_ = l_self_modules_c1_modules_0_parameters_weight_ = None
        input_4 = torch.nn.functional.batch_norm(input_3, l_self_modules_c1_modules_1_buffers_running_mean_, l_self_modules_c1_modules_1_buffers_running_var_, l_self_modules_c1_modules_1_parameters_weight_, l_self_modules_c1_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_self_modules_c1_modules_1_buffers_running_mean_ = l_self_modules_c1_modules_1_buffers_running_var_ = l_self_modules_c1_modules_1_parameters_weight_ = l_self_modules_c1_modules_1_parameters_bias_ = input_3 = None
        input_5 = torch.nn.functional.relu(input_4, inplace = True);  input_4 = None
        conv2d_2 = torch.nn.functional.conv2d(input_5, l_self_modules_c2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  l_self_modules_c2_parameters_weight_ = input_5 = None
        out = torch.nn.functional.batch_norm(conv2d_2, l_self_modules_bn_buffers_running_mean_, l_self_modules_bn_buffers_running_var_, l_self_modules_bn_parameters_weight_, l_self_modules_bn_parameters_bias_, False, 0.1, 1e-05);  l_self_modules_bn_buffers_running_mean_ = l_self_modules_bn_buffers_running_var_ = l_self_modules_bn_parameters_weight_ = l_self_modules_bn_parameters_bias_ = conv2d_2 = None
        out += input_2;  out_1 = out;  input_2 = out = None
        relu_1 = torch.nn.functional.relu(out_1);  out_1 = None
        return (relu_1,)
