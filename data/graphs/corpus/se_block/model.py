import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_fn_modules_0_modules_0_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_ : torch.Tensor, L_fn_modules_0_modules_1_buffers_running_mean_ : torch.Tensor, L_fn_modules_0_modules_1_buffers_running_var_ : torch.Tensor, L_fn_modules_0_modules_1_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_0_modules_1_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_1_modules_fc1_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_1_modules_fc1_parameters_bias_ : torch.nn.parameter.Parameter, L_fn_modules_1_modules_fc2_parameters_weight_ : torch.nn.parameter.Parameter, L_fn_modules_1_modules_fc2_parameters_bias_ : torch.nn.parameter.Parameter):
        l_fn_modules_0_modules_0_parameters_weight_ = L_fn_modules_0_modules_0_parameters_weight_
        l_args_0_ = L_args_0_
        l_fn_modules_0_modules_1_buffers_running_mean_ = L_fn_modules_0_modules_1_buffers_running_mean_
        l_fn_modules_0_modules_1_buffers_running_var_ = L_fn_modules_0_modules_1_buffers_running_var_
        l_fn_modules_0_modules_1_parameters_weight_ = L_fn_modules_0_modules_1_parameters_weight_
        l_fn_modules_0_modules_1_parameters_bias_ = L_fn_modules_0_modules_1_parameters_bias_
        l_fn_modules_1_modules_fc1_parameters_weight_ = L_fn_modules_1_modules_fc1_parameters_weight_
        l_fn_modules_1_modules_fc1_parameters_bias_ = L_fn_modules_1_modules_fc1_parameters_bias_
        l_fn_modules_1_modules_fc2_parameters_weight_ = L_fn_modules_1_modules_fc2_parameters_weight_
        l_fn_modules_1_modules_fc2_parameters_bias_ = L_fn_modules_1_modules_fc2_parameters_bias_
        input_1 = torch.nn.functional.conv2d(l_args_0_, l_fn_modules_0_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  l_fn_modules_0_modules_0_parameters_weight_ = l_args_0_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, l_fn_modules_0_modules_1_buffers_running_mean_, l_fn_modules_0_modules_1_buffers_running_var_, l_fn_modules_0_modules_1_parameters_weight_, l_fn_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  l_fn_modules_0_modules_1_buffers_running_mean_ = l_fn_modules_0_modules_1_buffers_running_var_ = l_fn_modules_0_modules_1_parameters_weight_ = l_fn_modules_0_modules_1_parameters_bias_ = input_1 = None
        input_3 = torch.nn.functional.relu(input_2, inplace = True);  input_2 = None
        s = torch.nn.functional.adaptive_avg_pool2d(input_3, 1)
        conv2d_1 = torch.nn.functional.conv2d(s, l_fn_modules_1_modules_fc1_parameters_weight_, l_fn_modules_1_modules_fc1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  l_fn_modules_1_modules_fc1_parameters_weight_ = l_fn_modules_1_modules_fc1_parameters_bias_ = s = None
        silu = torch.nn.functional.silu(conv2d_1);  conv2d_1 = None
        conv2d_2 = torch.nn.functional.conv2d(silu, l_fn_modules_1_modules_fc2_parameters_weight_, l_fn_modules_1_modules_fc2_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  l_fn_modules_1_modules_fc2_parameters_weight_ = l_fn_modules_1_modules_fc2_parameters_bias_ = silu = None
        sigmoid = torch.sigmoid(conv2d_2);  conv2d_2 = None
        input_4 = input_3 * sigmoid;  input_3 = sigmoid = None
        return (input_4,)
