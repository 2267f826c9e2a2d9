import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_q_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_q_parameters_bias_ : torch.nn.parameter.Parameter, L_x_ : torch.Tensor, L_self_modules_k_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_k_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_v_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_v_parameters_bias_ : torch.nn.parameter.Parameter):
        l_self_modules_q_parameters_weight_ = L_self_modules_q_parameters_weight_
        l_self_modules_q_parameters_bias_ = L_self_modules_q_parameters_bias_
        l_x_ = L_x_
        l_self_modules_k_parameters_weight_ = L_self_modules_k_parameters_weight_
        l_self_modules_k_parameters_bias_ = L_self_modules_k_parameters_bias_
        l_self_modules_v_parameters_weight_ = L_self_modules_v_parameters_weight_
        l_self_modules_v_parameters_bias_ = L_self_modules_v_parameters_bias_
        linear = torch.nn.functional.linear(l_x_, l_self_modules_q_parameters_weight_, l_self_modules_q_parameters_bias_);  l_self_modules_q_parameters_weight_ = l_self_modules_q_parameters_bias_ = None
        linear_1 = torch.nn.functional.linear(l_x_, l_self_modules_k_parameters_weight_, l_self_modules_k_parameters_bias_);  l_self_modules_k_parameters_weight_ = l_self_modules_k_parameters_bias_ = None
        transpose = linear_1.transpose(-1, -2);  linear_1 = None
        matmul = linear @ transpose;  linear = transpose = None
        s = matmul / 5.656854249492381;  matmul = None
        softmax = torch.softmax(s, dim = -1);  s = None
        linear_2 = torch.nn.functional.linear(l_x_, l_self_modules_v_parameters_weight_, l_self_modules_v_parameters_bias_);  l_x_ = l_self_modules_v_parameters_weight_ = l_self_modules_v_parameters_bias_ = None
        matmul_1 = softmax @ linear_2;  softmax = linear_2 = None
        return (matmul_1,)
