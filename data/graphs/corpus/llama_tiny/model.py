import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_args_1_ : torch.Tensor, L_args_0_modules_embed_tokens_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_rotary_emb_buffers_inv_freq_ : torch.Tensor, L_args_0_modules_layers_modules_0_modules_input_layernorm_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_self_attn_modules_o_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_post_attention_layernorm_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_mlp_modules_gate_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_mlp_modules_up_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_0_modules_mlp_modules_down_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_input_layernorm_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_self_attn_modules_o_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_post_attention_layernorm_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_mlp_modules_gate_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_mlp_modules_up_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_layers_modules_1_modules_mlp_modules_down_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_args_0_modules_norm_parameters_weight_ : torch.nn.parameter.Parameter):
        l_args_1_ = L_args_1_
        l_args_0_modules_embed_tokens_parameters_weight_ = L_args_0_modules_embed_tokens_parameters_weight_
        l_args_0_modules_rotary_emb_buffers_inv_freq_ = L_args_0_modules_rotary_emb_buffers_inv_freq_
        l_args_0_modules_layers_modules_0_modules_input_layernorm_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_input_layernorm_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_self_attn_modules_o_proj_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_self_attn_modules_o_proj_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_post_attention_layernorm_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_post_attention_layernorm_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_mlp_modules_gate_proj_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_mlp_modules_gate_proj_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_mlp_modules_up_proj_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_mlp_modules_up_proj_parameters_weight_
        l_args_0_modules_layers_modules_0_modules_mlp_modules_down_proj_parameters_weight_ = L_args_0_modules_layers_modules_0_modules_mlp_modules_down_proj_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_input_layernorm_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_input_layernorm_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_self_attn_modules_o_proj_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_self_attn_modules_o_proj_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_post_attention_layernorm_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_post_attention_layernorm_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_mlp_modules_gate_proj_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_mlp_modules_gate_proj_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_mlp_modules_up_proj_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_mlp_modules_up_proj_parameters_weight_
        l_args_0_modules_layers_modules_1_modules_mlp_modules_down_proj_parameters_weight_ = L_args_0_modules_layers_modules_1_modules_mlp_modules_down_proj_parameters_weight_
        l_args_0_modules_norm_parameters_weight_ = L_args_0_modules_norm_parameters_weight_
        inputs_embeds = torch.nn.functional.embedding(l_args_1_, l_args_0_modules_embed_tokens_parameters_weight_, None, None, 2.0, False, False);  l_args_1_ = l_args_0_modules_embed_tokens_parameters_weight_ = None
        arange = torch.arange(16, device = torch.device('cpu'))
        position_ids = arange + 0;  arange = None
        position_ids_1 = position_ids.unsqueeze(0);  position_ids = None
        getitem = position_ids_1[(..., None)];  position_ids_1 = None
        float_1 = getitem.float();  getitem = None
        to = l_args_0_modules_rotary_emb_buffers_inv_freq_.to(device = torch.device('cpu'), dtype = torch.float32);  l_args_0_modules_rotary_emb_buffers_inv_freq_ = None
        freqs = float_1 * to;  float_1 = to = None
        emb = torch.cat((freqs, freqs), dim = -1);  freqs = None
        cos = emb.cos()
        cos_1 = cos * 1.0;  cos = None
        sin = emb.sin();  emb = None
        sin_1 = sin * 1.0;  sin = None
        cos_2 = cos_1.to(dtype = torch.float32);  cos_1 = None
        sin_2 = sin_1.to(dtype = torch.float32);  sin_1 = None
        _log_api_usage_once = torch._C._log_api_usage_once('python.nn_module');  _log_api_usage_once = None
        hidden_states = inputs_embeds.to(torch.float32)
        pow_1 = hidden_states.pow(2)
        variance = pow_1.mean(-1, keepdim = True);  pow_1 = None
        add_1 = variance + 1e-06;  variance = None
        rsqrt = torch.rsqrt(add_1);  add_1 = None
        hidden_states_1 = hidden_states * rsqrt;  hidden_states = rsqrt = None
        to_4 = hidden_states_1.to(torch.float32);  hidden_states_1 = None
        hidden_states_2 = l_args_0_modules_layers_modules_0_modules_input_layernorm_parameters_weight_ * to_4;  l_args_0_modules_layers_modules_0_modules_input_layernorm_parameters_weight_ = to_4 = None
        linear = torch.nn.functional.linear(hidden_states_2, l_args_0_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_ = None
        view = linear.view((1, 16, -1, 8));  linear = None
        query_states = view.transpose(1, 2);  view = None
        linear_1 = torch.nn.functional.linear(hidden_states_2, l_args_0_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_ = None
        view_1 = linear_1.view((1, 16, -1, 8));  linear_1 = None
        key_states = view_1.transpose(1, 2);  view_1 = None
        linear_2 = torch.nn.functional.linear(hidden_states_2, l_args_0_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_ = hidden_states_2 = None
        view_2 = linear_2.view((1, 16, -1, 8));  linear_2 = None
        value_states = view_2.transpose(1, 2);  view_2 = None
        cos_3 = cos_2.unsqueeze(1)
        sin_3 = sin_2.unsqueeze(1)
        mul_5 = query_states * cos_3
        x1 = query_states[(..., slice(None, 4, None))]
        x2 = query_states[(..., slice(4, None, None))];  query_states = None
        neg = -x2;  x2 = None
        cat_1 = torch.cat((neg, x1), dim = -1);  x1 = neg = None
        mul_6 = cat_1 * sin_3;  cat_1 = None
        q_embed = mul_5 + mul_6;  mul_5 = mul_6 = None
        mul_7 = key_states * cos_3;  cos_3 = None
        x1_1 = key_states[(..., slice(None, 4, None))]
        x2_1 = key_states[(..., slice(4, None, None))];  key_states = None
        neg_1 = -x2_1;  x2_1 = None
        cat_2 = torch.cat((neg_1, x1_1), dim = -1);  x1_1 = neg_1 = None
        mul_8 = cat_2 * sin_3;  sin_3 = cat_2 = None
        k_embed = mul_7 + mul_8;  mul_7 = mul_8 = None
        tensor = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_1 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys = torch.cat([tensor, k_embed], dim = -2);  k_embed = tensor = None
        values = torch.cat([tensor_1, value_states], dim = -2);  value_states = tensor_1 = None
        attn_output = torch.nn.functional.scaled_dot_product_attention(q_embed, keys, values, attn_mask = None, dropout_p = 0.0, scale = 0.3535533905932738, is_causal = True, enable_gqa = True);  q_embed = None
        attn_output_1 = attn_output.reshape(1, -1, 16, 8);  attn_output = None
        transpose_3 = attn_output_1.transpose(1, 2);  attn_output_1 = None
        attn_output_2 = transpose_3.contiguous();  transpose_3 = None
        reshape_1 = attn_output_2.reshape(1, 16, -1);  attn_output_2 = None
        attn_output_3 = reshape_1.contiguous();  reshape_1 = None
        attn_output_4 = torch.nn.functional.linear(attn_output_3, l_args_0_modules_layers_modules_0_modules_self_attn_modules_o_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_0_modules_self_attn_modules_o_proj_parameters_weight_ = attn_output_3 = None
        hidden_states_3 = inputs_embeds + attn_output_4;  inputs_embeds = attn_output_4 = None
        hidden_states_4 = hidden_states_3.to(torch.float32)
        pow_2 = hidden_states_4.pow(2)
        variance_1 = pow_2.mean(-1, keepdim = True);  pow_2 = None
        add_5 = variance_1 + 1e-06;  variance_1 = None
        rsqrt_1 = torch.rsqrt(add_5);  add_5 = None
        hidden_states_5 = hidden_states_4 * rsqrt_1;  hidden_states_4 = rsqrt_1 = None
        to_6 = hidden_states_5.to(torch.float32);  hidden_states_5 = None
        hidden_states_6 = l_args_0_modules_layers_modules_0_modules_post_attention_layernorm_parameters_weight_ * to_6;  l_args_0_modules_layers_modules_0_modules_post_attention_layernorm_parameters_weight_ = to_6 = None
        linear_4 = torch.nn.functional.linear(hidden_states_6, l_args_0_modules_layers_modules_0_modules_mlp_modules_gate_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_0_modules_mlp_modules_gate_proj_parameters_weight_ = None
        silu = torch.nn.functional.silu(linear_4);  linear_4 = None
        linear_5 = torch.nn.functional.linear(hidden_states_6, l_args_0_modules_layers_modules_0_modules_mlp_modules_up_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_0_modules_mlp_modules_up_proj_parameters_weight_ = hidden_states_6 = None
        mul_11 = silu * linear_5;  silu = linear_5 = None
        down_proj = torch.nn.functional.linear(mul_11, l_args_0_modules_layers_modules_0_modules_mlp_modules_down_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_0_modules_mlp_modules_down_proj_parameters_weight_ = mul_11 = None
        hidden_states_7 = hidden_states_3 + down_proj;  hidden_states_3 = down_proj = None
        hidden_states_8 = hidden_states_7.to(torch.float32)
        pow_3 = hidden_states_8.pow(2)
        variance_2 = pow_3.mean(-1, keepdim = True);  pow_3 = None
        add_7 = variance_2 + 1e-06;  variance_2 = None
        rsqrt_2 = torch.rsqrt(add_7);  add_7 = None
        hidden_states_9 = hidden_states_8 * rsqrt_2;  hidden_states_8 = rsqrt_2 = None
        to_8 = hidden_states_9.to(torch.float32);  hidden_states_9 = None
        hidden_states_10 = l_args_0_modules_layers_modules_1_modules_input_layernorm_parameters_weight_ * to_8;  l_args_0_modules_layers_modules_1_modules_input_layernorm_parameters_weight_ = to_8 = None
        linear_7 = torch.nn.functional.linear(hidden_states_10, l_args_0_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_ = None
        view_3 = linear_7.view((1, 16, -1, 8));  linear_7 = None
        query_states_1 = view_3.transpose(1, 2);  view_3 = None
        linear_8 = torch.nn.functional.linear(hidden_states_10, l_args_0_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_ = None
        view_4 = linear_8.view((1, 16, -1, 8));  linear_8 = None
        key_states_1 = view_4.transpose(1, 2);  view_4 = None
        linear_9 = torch.nn.functional.linear(hidden_states_10, l_args_0_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_ = hidden_states_10 = None
        view_5 = linear_9.view((1, 16, -1, 8));  linear_9 = None
        value_states_1 = view_5.transpose(1, 2);  view_5 = None
        cos_4 = cos_2.unsqueeze(1);  cos_2 = None
        sin_4 = sin_2.unsqueeze(1);  sin_2 = None
        mul_14 = query_states_1 * cos_4
        x1_2 = query_states_1[(..., slice(None, 4, None))]
        x2_2 = query_states_1[(..., slice(4, None, None))];  query_states_1 = None
        neg_2 = -x2_2;  x2_2 = None
        cat_5 = torch.cat((neg_2, x1_2), dim = -1);  x1_2 = neg_2 = None
        mul_15 = cat_5 * sin_4;  cat_5 = None
        q_embed_1 = mul_14 + mul_15;  mul_14 = mul_15 = None
        mul_16 = key_states_1 * cos_4;  cos_4 = None
        x1_3 = key_states_1[(..., slice(None, 4, None))]
        x2_3 = key_states_1[(..., slice(4, None, None))];  key_states_1 = None
        neg_3 = -x2_3;  x2_3 = None
        cat_6 = torch.cat((neg_3, x1_3), dim = -1);  x1_3 = neg_3 = None
        mul_17 = cat_6 * sin_4;  sin_4 = cat_6 = None
        k_embed_1 = mul_16 + mul_17;  mul_16 = mul_17 = None
        tensor_2 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_3 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys_1 = torch.cat([tensor_2, k_embed_1], dim = -2);  k_embed_1 = tensor_2 = None
        values_1 = torch.cat([tensor_3, value_states_1], dim = -2);  value_states_1 = tensor_3 = None
        attn_output_5 = torch.nn.functional.scaled_dot_product_attention(q_embed_1, keys_1, values_1, attn_mask = None, dropout_p = 0.0, scale = 0.3535533905932738, is_causal = True, enable_gqa = True);  q_embed_1 = None
        attn_output_6 = attn_output_5.reshape(1, -1, 16, 8);  attn_output_5 = None
        transpose_7 = attn_output_6.transpose(1, 2);  attn_output_6 = None
        attn_output_7 = transpose_7.contiguous();  transpose_7 = None
        reshape_3 = attn_output_7.reshape(1, 16, -1);  attn_output_7 = None
        attn_output_8 = reshape_3.contiguous();  reshape_3 = None
        attn_output_9 = torch.nn.functional.linear(attn_output_8, l_args_0_modules_layers_modules_1_modules_self_attn_modules_o_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_1_modules_self_attn_modules_o_proj_parameters_weight_ = attn_output_8 = None
        hidden_states_11 = hidden_states_7 + attn_output_9;  hidden_states_7 = attn_output_9 = None
        hidden_states_12 = hidden_states_11.to(torch.float32)
        pow_4 = hidden_states_12.pow(2)
        variance_3 = pow_4.mean(-1, keepdim = True);  pow_4 = None
        add_11 = variance_3 + 1e-06;  variance_3 = None
        rsqrt_3 = torch.rsqrt(add_11);  add_11 = None
        hidden_states_13 = hidden_states_12 * rsqrt_3;  hidden_states_12 = rsqrt_3 = None
        to_10 = hidden_states_13.to(torch.float32);  hidden_states_13 = None
        hidden_states_14 = l_args_0_modules_layers_modules_1_modules_post_attention_layernorm_parameters_weight_ * to_10;  l_args_0_modules_layers_modules_1_modules_post_attention_layernorm_parameters_weight_ = to_10 = None
        linear_11 = torch.nn.functional.linear(hidden_states_14, l_args_0_modules_layers_modules_1_modules_mlp_modules_gate_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_1_modules_mlp_modules_gate_proj_parameters_weight_ = None
        silu_1 = torch.nn.functional.silu(linear_11);  linear_11 = None
        linear_12 = torch.nn.functional.linear(hidden_states_14, l_args_0_modules_layers_modules_1_modules_mlp_modules_up_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_1_modules_mlp_modules_up_proj_parameters_weight_ = hidden_states_14 = None
        mul_20 = silu_1 * linear_12;  silu_1 = linear_12 = None
        down_proj_1 = torch.nn.functional.linear(mul_20, l_args_0_modules_layers_modules_1_modules_mlp_modules_down_proj_parameters_weight_, None);  l_args_0_modules_layers_modules_1_modules_mlp_modules_down_proj_parameters_weight_ = mul_20 = None
        hidden_states_15 = hidden_states_11 + down_proj_1;  hidden_states_11 = down_proj_1 = None
        hidden_states_16 = hidden_states_15.to(torch.float32);  hidden_states_15 = None
        pow_5 = hidden_states_16.pow(2)
        variance_4 = pow_5.mean(-1, keepdim = True);  pow_5 = None
        add_13 = variance_4 + 1e-06;  variance_4 = None
        rsqrt_4 = torch.rsqrt(add_13);  add_13 = None
        hidden_states_17 = hidden_states_16 * rsqrt_4;  hidden_states_16 = rsqrt_4 = None
        to_12 = hidden_states_17.to(torch.float32);  hidden_states_17 = None
        hidden_states_18 = l_args_0_modules_norm_parameters_weight_ * to_12;  l_args_0_modules_norm_parameters_weight_ = to_12 = None
        return (values, keys, values_1, keys_1, hidden_states_18)
