import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_x_ : torch.Tensor, L_self_modules_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_norm_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_qkv_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_qkv_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_proj_parameters_bias_ : torch.nn.parameter.Parameter):
        l_x_ = L_x_
        l_self_modules_norm_parameters_weight_ = L_self_modules_norm_parameters_weight_
        l_self_modules_norm_parameters_bias_ = L_self_modules_norm_parameters_bias_
        l_self_modules_qkv_parameters_weight_ = L_self_modules_qkv_parameters_weight_
        l_self_modules_qkv_parameters_bias_ = L_self_modules_qkv_parameters_bias_
        l_self_modules_proj_parameters_weight_ = L_self_modules_proj_parameters_weight_
        l_self_modules_proj_parameters_bias_ = L_self_modules_proj_parameters_bias_
        layer_norm = torch.nn.functional.layer_norm(l_x_, (32,), l_self_modules_norm_parameters_weight_, l_self_modules_norm_parameters_bias_, 1e-05);  l_self_modules_norm_parameters_weight_ = l_self_modules_norm_parameters_bias_ = None
        linear = torch.nn.functional.linear(layer_norm, l_self_modules_qkv_parameters_weight_, l_self_modules_qkv_parameters_bias_);  l_self_modules_qkv_parameters_weight_ = l_self_modules_qkv_parameters_bias_ = layer_norm = None
        view = linear.view(1, 16, 3, 4, 8);  linear = None
        permute = view.permute(2, 0, 3, 1, 4);  view = None
        q = permute[0]
        k = permute[1]
        v = permute[2];  permute = None
        o = torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal = False);  q = k = v = None
        transpose = o.transpose(1, 2);  o = None
        reshape = transpose.reshape(1, 16, 32);  transpose = None
        linear_1 = torch.nn.functional.linear(reshape, l_self_modules_proj_parameters_weight_, l_self_modules_proj_parameters_bias_);  l_self_modules_proj_parameters_weight_ = l_self_modules_proj_parameters_bias_ = reshape = None
        add = l_x_ + linear_1;  l_x_ = linear_1 = None
        return (add,)
