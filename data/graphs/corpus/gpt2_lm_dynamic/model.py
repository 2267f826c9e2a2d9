import torch

class GraphModule(torch.nn.Module):

    def forward(self, s33 : torch.SymInt, s50 : torch.SymInt, L_args_0_ : torch.Tensor, L_self_modules_transformer_modules_wte_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_wte_norm_type : torch.Tensor, L_self_modules_transformer_modules_wpe_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_wpe_norm_type : torch.Tensor, L_self_modules_transformer_modules_drop_p : torch.Tensor, L_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps : torch.Tensor, L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_attn_scaling : torch.Tensor, L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p : torch.Tensor, L_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps : torch.Tensor, L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_weight_ : torch.nn.parameter.Parameter, G_import_transformers_dot_activations_math_pi : torch.Tensor, L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p : torch.Tensor, L_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps : torch.Tensor, L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_attn_scaling : torch.Tensor, L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p : torch.Tensor, L_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps : torch.Tensor, L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p : torch.Tensor, L_self_modules_transformer_modules_ln_f_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_ln_f_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_transformer_modules_ln_f_eps : torch.Tensor):
        l_args_0_ = L_args_0_
        l_self_modules_transformer_modules_wte_parameters_weight_ = L_self_modules_transformer_modules_wte_parameters_weight_
        l_self_modules_transformer_modules_wte_norm_type = L_self_modules_transformer_modules_wte_norm_type
        l_self_modules_transformer_modules_wpe_parameters_weight_ = L_self_modules_transformer_modules_wpe_parameters_weight_
        l_self_modules_transformer_modules_wpe_norm_type = L_self_modules_transformer_modules_wpe_norm_type
        l_self_modules_transformer_modules_drop_p = L_self_modules_transformer_modules_drop_p
        l_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_weight_ = L_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_weight_
        l_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_bias_ = L_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_bias_
        l_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps = L_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps
        l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_bias_ = L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_bias_
        l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_weight_ = L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_weight_
        l_self_modules_transformer_modules_h_modules_0_modules_attn_scaling = L_self_modules_transformer_modules_h_modules_0_modules_attn_scaling
        l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_bias_ = L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_bias_
        l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_weight_ = L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_weight_
        l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p = L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p
        l_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_weight_ = L_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_weight_
        l_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_bias_ = L_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_bias_
        l_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps = L_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps
        l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_bias_ = L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_bias_
        l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_weight_ = L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_weight_
        g_import_transformers_dot_activations_math_pi = G_import_transformers_dot_activations_math_pi
        l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_bias_ = L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_bias_
        l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_weight_ = L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_weight_
        l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p = L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p
        l_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_weight_ = L_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_weight_
        l_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_bias_ = L_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_bias_
        l_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps = L_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps
        l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_bias_ = L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_bias_
        l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_weight_ = L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_weight_
        l_self_modules_transformer_modules_h_modules_1_modules_attn_scaling = L_self_modules_transformer_modules_h_modules_1_modules_attn_scaling
        l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_bias_ = L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_bias_
        l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_weight_ = L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_weight_
        l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p = L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p
        l_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_weight_ = L_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_weight_
        l_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_bias_ = L_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_bias_
        l_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps = L_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps
        l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_bias_ = L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_bias_
        l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_weight_ = L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_weight_
        l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_bias_ = L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_bias_
        l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_weight_ = L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_weight_
        l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p = L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p
        l_self_modules_transformer_modules_ln_f_parameters_weight_ = L_self_modules_transformer_modules_ln_f_parameters_weight_
        l_self_modules_transformer_modules_ln_f_parameters_bias_ = L_self_modules_transformer_modules_ln_f_parameters_bias_
        l_self_modules_transformer_modules_ln_f_eps = L_self_modules_transformer_modules_ln_f_eps
        input_ids = l_args_0_.view(-1, s50);  l_args_0_ = None
        item = l_self_modules_transformer_modules_wte_norm_type.item();  l_self_modules_transformer_modules_wte_norm_type = None
        inputs_embeds = torch.nn.functional.embedding(input_ids, l_self_modules_transformer_modules_wte_parameters_weight_, None, None, item, False, False);  input_ids = item = None
        arange = torch.arange(s50, device = torch.device('cpu'))
        position_ids = arange + 0;  arange = None
        position_ids_1 = position_ids.unsqueeze(0);  position_ids = None
        item_1 = l_self_modules_transformer_modules_wpe_norm_type.item();  l_self_modules_transformer_modules_wpe_norm_type = None
        position_embeds = torch.nn.functional.embedding(position_ids_1, l_self_modules_transformer_modules_wpe_parameters_weight_, None, None, item_1, False, False);  l_self_modules_transformer_modules_wpe_parameters_weight_ = position_ids_1 = item_1 = None
        to = position_embeds.to(torch.device('cpu'));  position_embeds = None
        hidden_states = inputs_embeds + to;  inputs_embeds = to = None
        item_2 = l_self_modules_transformer_modules_drop_p.item();  l_self_modules_transformer_modules_drop_p = None
        hidden_states_1 = torch.nn.functional.dropout(hidden_states, item_2, False, False);  hidden_states = item_2 = None
        item_3 = l_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps.item();  l_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps = None
        hidden_states_2 = torch.nn.functional.layer_norm(hidden_states_1, (32,), l_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_weight_, l_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_bias_, item_3);  l_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_weight_ = l_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_bias_ = item_3 = None
        view_1 = hidden_states_2.view(-1, 32);  hidden_states_2 = None
        x = torch.addmm(l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_bias_, view_1, l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_weight_);  l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_bias_ = l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_weight_ = view_1 = None
        size_6 = torch.Size([s33, s50, 96])
        x_1 = x.view(size_6);  x = size_6 = None
        split = x_1.split(32, dim = 2);  x_1 = None
        query_states = split[0]
        key_states = split[1]
        value_states = split[2];  split = None
        view_3 = key_states.view((s33, s50, -1, 8));  key_states = None
        key_states_1 = view_3.transpose(1, 2);  view_3 = None
        view_4 = value_states.view((s33, s50, -1, 8));  value_states = None
        value_states_1 = view_4.transpose(1, 2);  view_4 = None
        view_5 = query_states.view((s33, s50, -1, 8));  query_states = None
        query_states_1 = view_5.transpose(1, 2);  view_5 = None
        tensor = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_1 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys = torch.cat([tensor, key_states_1], dim = -2);  key_states_1 = tensor = None
        values = torch.cat([tensor_1, value_states_1], dim = -2);  value_states_1 = tensor_1 = None
        item_4 = l_self_modules_transformer_modules_h_modules_0_modules_attn_scaling.item();  l_self_modules_transformer_modules_h_modules_0_modules_attn_scaling = None
        attn_output = torch.nn.functional.scaled_dot_product_attention(query_states_1, keys, values, attn_mask = None, dropout_p = 0.0, scale = item_4, is_causal = True);  query_states_1 = item_4 = None
        attn_output_1 = attn_output.reshape(s33, -1, s50, 8);  attn_output = None
        transpose_3 = attn_output_1.transpose(1, 2);  attn_output_1 = None
        attn_output_2 = transpose_3.contiguous();  transpose_3 = None
        reshape_1 = attn_output_2.reshape(s33, s50, -1);  attn_output_2 = None
        attn_output_3 = reshape_1.contiguous();  reshape_1 = None
        view_6 = attn_output_3.view(-1, 32);  attn_output_3 = None
        x_2 = torch.addmm(l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_bias_, view_6, l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_weight_);  l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_bias_ = l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_weight_ = view_6 = None
        size_15 = torch.Size([s33, s50, 32])
        x_3 = x_2.view(size_15);  x_2 = size_15 = None
        item_5 = l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p.item();  l_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p = None
        attn_output_4 = torch.nn.functional.dropout(x_3, item_5, False, False);  x_3 = item_5 = None
        hidden_states_3 = attn_output_4 + hidden_states_1;  hidden_states_1 = attn_output_4 = None
        item_6 = l_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps.item();  l_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps = None
        hidden_states_4 = torch.nn.functional.layer_norm(hidden_states_3, (32,), l_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_weight_, l_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_bias_, item_6);  l_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_weight_ = l_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_bias_ = item_6 = None
        view_8 = hidden_states_4.view(-1, 32);  hidden_states_4 = None
        x_4 = torch.addmm(l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_bias_, view_8, l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_weight_);  l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_bias_ = l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_weight_ = view_8 = None
        size_17 = torch.Size([s33, s50, 128])
        x_5 = x_4.view(size_17);  x_4 = size_17 = None
        mul = 0.5 * x_5
        item_7 = g_import_transformers_dot_activations_math_pi.item();  g_import_transformers_dot_activations_math_pi = None
        truediv = 2.0 / item_7;  item_7 = None
        _sym_sqrt = torch._sym_sqrt(truediv);  truediv = None
        pow_1 = torch.pow(x_5, 3.0)
        mul_1 = 0.044715 * pow_1;  pow_1 = None
        add_4 = x_5 + mul_1;  x_5 = mul_1 = None
        mul_2 = _sym_sqrt * add_4;  add_4 = None
        tanh = torch.tanh(mul_2);  mul_2 = None
        add_5 = 1.0 + tanh;  tanh = None
        hidden_states_5 = mul * add_5;  mul = add_5 = None
        view_10 = hidden_states_5.view(-1, 128);  hidden_states_5 = None
        x_6 = torch.addmm(l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_bias_, view_10, l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_weight_);  l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_bias_ = l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_weight_ = view_10 = None
        size_19 = torch.Size([s33, s50, 32])
        x_7 = x_6.view(size_19);  x_6 = size_19 = None
        item_8 = l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p.item();  l_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p = None
        hidden_states_6 = torch.nn.functional.dropout(x_7, item_8, False, False);  x_7 = item_8 = None
        hidden_states_7 = hidden_states_3 + hidden_states_6;  hidden_states_3 = hidden_states_6 = None
        item_9 = l_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps.item();  l_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps = None
        hidden_states_8 = torch.nn.functional.layer_norm(hidden_states_7, (32,), l_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_weight_, l_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_bias_, item_9);  l_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_weight_ = l_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_bias_ = item_9 = None
        view_12 = hidden_states_8.view(-1, 32);  hidden_states_8 = None
        x_8 = torch.addmm(l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_bias_, view_12, l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_weight_);  l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_bias_ = l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_weight_ = view_12 = None
        size_21 = torch.Size([s33, s50, 96])
        x_9 = x_8.view(size_21);  x_8 = size_21 = None
        split_1 = x_9.split(32, dim = 2);  x_9 = None
        query_states_2 = split_1[0]
        key_states_2 = split_1[1]
        value_states_2 = split_1[2];  split_1 = None
        view_14 = key_states_2.view((s33, s50, -1, 8));  key_states_2 = None
        key_states_3 = view_14.transpose(1, 2);  view_14 = None
        view_15 = value_states_2.view((s33, s50, -1, 8));  value_states_2 = None
        value_states_3 = view_15.transpose(1, 2);  view_15 = None
        view_16 = query_states_2.view((s33, s50, -1, 8));  query_states_2 = None
        query_states_3 = view_16.transpose(1, 2);  view_16 = None
        tensor_2 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_3 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys_1 = torch.cat([tensor_2, key_states_3], dim = -2);  key_states_3 = tensor_2 = None
        values_1 = torch.cat([tensor_3, value_states_3], dim = -2);  value_states_3 = tensor_3 = None
        item_10 = l_self_modules_transformer_modules_h_modules_1_modules_attn_scaling.item();  l_self_modules_transformer_modules_h_modules_1_modules_attn_scaling = None
        attn_output_5 = torch.nn.functional.scaled_dot_product_attention(query_states_3, keys_1, values_1, attn_mask = None, dropout_p = 0.0, scale = item_10, is_causal = True);  query_states_3 = item_10 = None
        attn_output_6 = attn_output_5.reshape(s33, -1, s50, 8);  attn_output_5 = None
        transpose_7 = attn_output_6.transpose(1, 2);  attn_output_6 = None
        attn_output_7 = transpose_7.contiguous();  transpose_7 = None
        reshape_3 = attn_output_7.reshape(s33, s50, -1);  attn_output_7 = None
        attn_output_8 = reshape_3.contiguous();  reshape_3 = None
        view_17 = attn_output_8.view(-1, 32);  attn_output_8 = None
        x_10 = torch.addmm(l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_bias_, view_17, l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_weight_);  l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_bias_ = l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_weight_ = view_17 = None
        size_30 = torch.Size([s33, s50, 32])
        x_11 = x_10.view(size_30);  x_10 = size_30 = None
        item_11 = l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p.item();  l_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p = None
        attn_output_9 = torch.nn.functional.dropout(x_11, item_11, False, False);  x_11 = item_11 = None
        hidden_states_9 = attn_output_9 + hidden_states_7;  hidden_states_7 = attn_output_9 = None
        item_12 = l_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps.item();  l_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps = None
        hidden_states_10 = torch.nn.functional.layer_norm(hidden_states_9, (32,), l_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_weight_, l_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_bias_, item_12);  l_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_weight_ = l_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_bias_ = item_12 = None
        view_19 = hidden_states_10.view(-1, 32);  hidden_states_10 = None
        x_12 = torch.addmm(l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_bias_, view_19, l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_weight_);  l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_bias_ = l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_weight_ = view_19 = None
        size_32 = torch.Size([s33, s50, 128])
        x_13 = x_12.view(size_32);  x_12 = size_32 = None
        mul_4 = 0.5 * x_13
        pow_2 = torch.pow(x_13, 3.0)
        mul_5 = 0.044715 * pow_2;  pow_2 = None
        add_8 = x_13 + mul_5;  x_13 = mul_5 = None
        mul_6 = _sym_sqrt * add_8;  _sym_sqrt = add_8 = None
        tanh_1 = torch.tanh(mul_6);  mul_6 = None
        add_9 = 1.0 + tanh_1;  tanh_1 = None
        hidden_states_11 = mul_4 * add_9;  mul_4 = add_9 = None
        view_21 = hidden_states_11.view(-1, 128);  hidden_states_11 = None
        x_14 = torch.addmm(l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_bias_, view_21, l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_weight_);  l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_bias_ = l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_weight_ = view_21 = None
        size_34 = torch.Size([s33, s50, 32]);  s33 = None
        x_15 = x_14.view(size_34);  x_14 = size_34 = None
        item_13 = l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p.item();  l_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p = None
        hidden_states_12 = torch.nn.functional.dropout(x_15, item_13, False, False);  x_15 = item_13 = None
        hidden_states_13 = hidden_states_9 + hidden_states_12;  hidden_states_9 = hidden_states_12 = None
        item_14 = l_self_modules_transformer_modules_ln_f_eps.item();  l_self_modules_transformer_modules_ln_f_eps = None
        hidden_states_14 = torch.nn.functional.layer_norm(hidden_states_13, (32,), l_self_modules_transformer_modules_ln_f_parameters_weight_, l_self_modules_transformer_modules_ln_f_parameters_bias_, item_14);  l_self_modules_transformer_modules_ln_f_parameters_weight_ = l_self_modules_transformer_modules_ln_f_parameters_bias_ = hidden_states_13 = item_14 = None
        size_35 = torch.Size([-1, s50, 32]);  s50 = None
        hidden_states_15 = hidden_states_14.view(size_35);  hidden_states_14 = size_35 = None
        hidden_states_16 = hidden_states_15[(slice(None, None, None), slice(0, None, None), slice(None, None, None))];  hidden_states_15 = None
        logits = torch.nn.functional.linear(hidden_states_16, l_self_modules_transformer_modules_wte_parameters_weight_, None);  l_self_modules_transformer_modules_wte_parameters_weight_ = hidden_states_16 = None
        return (values, keys, values_1, keys_1, logits)
