import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_args_0_ : torch.Tensor, L_self_modules_conv1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_conv1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_conv2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_conv2_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_embed_positions_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_fc1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_fc1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_fc2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_0_modules_fc2_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_fc1_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_fc1_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_fc2_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layers_modules_1_modules_fc2_parameters_bias_ : torch.nn.parameter.Parameter, L_self_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_layer_norm_parameters_bias_ : torch.nn.parameter.Parameter):
        l_args_0_ = L_args_0_
        l_self_modules_conv1_parameters_weight_ = L_self_modules_conv1_parameters_weight_
        l_self_modules_conv1_parameters_bias_ = L_self_modules_conv1_parameters_bias_
        l_self_modules_conv2_parameters_weight_ = L_self_modules_conv2_parameters_weight_
        l_self_modules_conv2_parameters_bias_ = L_self_modules_conv2_parameters_bias_
        l_self_modules_embed_positions_parameters_weight_ = L_self_modules_embed_positions_parameters_weight_
        l_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_weight_ = L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_weight_
        l_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_bias_ = L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_bias_
        l_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_ = L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_
        l_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_bias_ = L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_bias_
        l_self_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_ = L_self_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_
        l_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_ = L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_
        l_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_bias_ = L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_bias_
        l_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_weight_ = L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_weight_
        l_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_bias_ = L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_bias_
        l_self_modules_layers_modules_0_modules_final_layer_norm_parameters_weight_ = L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_weight_
        l_self_modules_layers_modules_0_modules_final_layer_norm_parameters_bias_ = L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_bias_
        l_self_modules_layers_modules_0_modules_fc1_parameters_weight_ = L_self_modules_layers_modules_0_modules_fc1_parameters_weight_
        l_self_modules_layers_modules_0_modules_fc1_parameters_bias_ = L_self_modules_layers_modules_0_modules_fc1_parameters_bias_
        l_self_modules_layers_modules_0_modules_fc2_parameters_weight_ = L_self_modules_layers_modules_0_modules_fc2_parameters_weight_
        l_self_modules_layers_modules_0_modules_fc2_parameters_bias_ = L_self_modules_layers_modules_0_modules_fc2_parameters_bias_
        l_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_weight_ = L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_weight_
        l_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_bias_ = L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_bias_
        l_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_ = L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_
        l_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_bias_ = L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_bias_
        l_self_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_ = L_self_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_
        l_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_ = L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_
        l_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_bias_ = L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_bias_
        l_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_weight_ = L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_weight_
        l_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_bias_ = L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_bias_
        l_self_modules_layers_modules_1_modules_final_layer_norm_parameters_weight_ = L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_weight_
        l_self_modules_layers_modules_1_modules_final_layer_norm_parameters_bias_ = L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_bias_
        l_self_modules_layers_modules_1_modules_fc1_parameters_weight_ = L_self_modules_layers_modules_1_modules_fc1_parameters_weight_
        l_self_modules_layers_modules_1_modules_fc1_parameters_bias_ = L_self_modules_layers_modules_1_modules_fc1_parameters_bias_
        l_self_modules_layers_modules_1_modules_fc2_parameters_weight_ = L_self_modules_layers_modules_1_modules_fc2_parameters_weight_
        l_self_modules_layers_modules_1_modules_fc2_parameters_bias_ = L_self_modules_layers_modules_1_modules_fc2_parameters_bias_
        l_self_modules_layer_norm_parameters_weight_ = L_self_modules_layer_norm_parameters_weight_
        l_self_modules_layer_norm_parameters_bias_ = L_self_modules_layer_norm_parameters_bias_
        conv1d = torch.nn.functional.conv1d(l_args_0_, l_self_modules_conv1_parameters_weight_, l_self_modules_conv1_parameters_bias_, (1,), (1,), (1,), 1);  l_args_0_ = l_self_modules_conv1_parameters_weight_ = l_self_modules_conv1_parameters_bias_ = None
        inputs_embeds = torch.nn.functional.gelu(conv1d);  conv1d = None
        conv1d_1 = torch.nn.functional.conv1d(inputs_embeds, l_self_modules_conv2_parameters_weight_, l_self_modules_conv2_parameters_bias_, (2,), (1,), (1,), 1);  l_self_modules_conv2_parameters_weight_ = l_self_modules_conv2_parameters_bias_ = inputs_embeds = None
        inputs_embeds_1 = torch.nn.functional.gelu(conv1d_1);  conv1d_1 = None
        inputs_embeds_2 = inputs_embeds_1.permute(0, 2, 1);  inputs_embeds_1 = None
        all_positions = torch.arange(16, device = torch.device('cpu'))
        embedding = torch.nn.functional.embedding(all_positions, l_self_modules_embed_positions_parameters_weight_, None, None, 2.0, False, False);  l_self_modules_embed_positions_parameters_weight_ = all_positions = None
        hidden_states = inputs_embeds_2 + embedding;  inputs_embeds_2 = embedding = None
        hidden_states_1 = torch.nn.functional.dropout(hidden_states, p = 0.0, training = False);  hidden_states = None
        hidden_states_2 = torch.nn.functional.layer_norm(hidden_states_1, (32,), l_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_weight_, l_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_bias_, 1e-05);  l_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_weight_ = l_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_bias_ = None
        linear = torch.nn.functional.linear(hidden_states_2, l_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_, l_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_bias_);  l_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_ = l_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_bias_ = None
        mul = linear * 0.3535533905932738;  linear = None
        view = mul.view((1, 16, -1, 8));  mul = None
        transpose = view.transpose(1, 2);  view = None
        query_states = transpose.contiguous();  transpose = None
        linear_1 = torch.nn.functional.linear(hidden_states_2, l_self_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_, None);  l_self_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_ = None
        view_1 = linear_1.view((1, -1, 4, 8));  linear_1 = None
        transpose_1 = view_1.transpose(1, 2);  view_1 = None
        key_states = transpose_1.contiguous();  transpose_1 = None
        linear_2 = torch.nn.functional.linear(hidden_states_2, l_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_, l_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_bias_);  l_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_ = l_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_bias_ = hidden_states_2 = None
        view_2 = linear_2.view((1, -1, 4, 8));  linear_2 = None
        transpose_2 = view_2.transpose(1, 2);  view_2 = None
        value_states = transpose_2.contiguous();  transpose_2 = None
        attn_output = torch.nn.functional.scaled_dot_product_attention(query_states, key_states, value_states, attn_mask = None, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states = key_states = value_states = None
        attn_output_1 = attn_output.reshape(1, -1, 16, 8);  attn_output = None
        transpose_3 = attn_output_1.transpose(1, 2);  attn_output_1 = None
        attn_output_2 = transpose_3.contiguous();  transpose_3 = None
        reshape_1 = attn_output_2.reshape(1, 16, -1);  attn_output_2 = None
        attn_output_3 = reshape_1.contiguous();  reshape_1 = None
        attn_output_4 = torch.nn.functional.linear(attn_output_3, l_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_weight_, l_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_bias_);  l_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_weight_ = l_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_bias_ = attn_output_3 = None
        hidden_states_3 = torch.nn.functional.dropout(attn_output_4, p = 0.0, training = False);  attn_output_4 = None
        hidden_states_4 = hidden_states_1 + hidden_states_3;  hidden_states_1 = hidden_states_3 = None
        hidden_states_5 = torch.nn.functional.layer_norm(hidden_states_4, (32,), l_self_modules_layers_modules_0_modules_final_layer_norm_parameters_weight_, l_self_modules_layers_modules_0_modules_final_layer_norm_parameters_bias_, 1e-05);  l_self_modules_layers_modules_0_modules_final_layer_norm_parameters_weight_ = l_self_modules_layers_modules_0_modules_final_layer_norm_parameters_bias_ = None
        linear_4 = torch.nn.functional.linear(hidden_states_5, l_self_modules_layers_modules_0_modules_fc1_parameters_weight_, l_self_modules_layers_modules_0_modules_fc1_parameters_bias_);  l_self_modules_layers_modules_0_modules_fc1_parameters_weight_ = l_self_modules_layers_modules_0_modules_fc1_parameters_bias_ = hidden_states_5 = None
        hidden_states_6 = torch.nn.functional.gelu(linear_4);  linear_4 = None
        hidden_states_7 = torch.nn.functional.dropout(hidden_states_6, p = 0.0, training = False);  hidden_states_6 = None
        hidden_states_8 = torch.nn.functional.linear(hidden_states_7, l_self_modules_layers_modules_0_modules_fc2_parameters_weight_, l_self_modules_layers_modules_0_modules_fc2_parameters_bias_);  l_self_modules_layers_modules_0_modules_fc2_parameters_weight_ = l_self_modules_layers_modules_0_modules_fc2_parameters_bias_ = hidden_states_7 = None
        hidden_states_9 = torch.nn.functional.dropout(hidden_states_8, p = 0.0, training = False);  hidden_states_8 = None
        hidden_states_10 = hidden_states_4 + hidden_states_9;  hidden_states_4 = hidden_states_9 = None
        hidden_states_11 = torch.nn.functional.layer_norm(hidden_states_10, (32,), l_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_weight_, l_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_bias_, 1e-05);  l_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_weight_ = l_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_bias_ = None
        linear_6 = torch.nn.functional.linear(hidden_states_11, l_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_, l_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_bias_);  l_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_ = l_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_bias_ = None
        mul_1 = linear_6 * 0.3535533905932738;  linear_6 = None
        view_3 = mul_1.view((1, 16, -1, 8));  mul_1 = None
        transpose_4 = view_3.transpose(1, 2);  view_3 = None
        query_states_1 = transpose_4.contiguous();  transpose_4 = None
        linear_7 = torch.nn.functional.linear(hidden_states_11, l_self_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_, None);  l_self_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_ = None
        view_4 = linear_7.view((1, -1, 4, 8));  linear_7 = None
        transpose_5 = view_4.transpose(1, 2);  view_4 = None
        key_states_1 = transpose_5.contiguous();  transpose_5 = None
        linear_8 = torch.nn.functional.linear(hidden_states_11, l_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_, l_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_bias_);  l_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_ = l_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_bias_ = hidden_states_11 = None
        view_5 = linear_8.view((1, -1, 4, 8));  linear_8 = None
        transpose_6 = view_5.transpose(1, 2);  view_5 = None
        value_states_1 = transpose_6.contiguous();  transpose_6 = None
        attn_output_5 = torch.nn.functional.scaled_dot_product_attention(query_states_1, key_states_1, value_states_1, attn_mask = None, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states_1 = key_states_1 = value_states_1 = None
        attn_output_6 = attn_output_5.reshape(1, -1, 16, 8);  attn_output_5 = None
        transpose_7 = attn_output_6.transpose(1, 2);  attn_output_6 = None
        attn_output_7 = transpose_7.contiguous();  transpose_7 = None
        reshape_3 = attn_output_7.reshape(1, 16, -1);  attn_output_7 = None
        attn_output_8 = reshape_3.contiguous();  reshape_3 = None
        attn_output_9 = torch.nn.functional.linear(attn_output_8, l_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_weight_, l_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_bias_);  l_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_weight_ = l_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_bias_ = attn_output_8 = None
        hidden_states_12 = torch.nn.functional.dropout(attn_output_9, p = 0.0, training = False);  attn_output_9 = None
        hidden_states_13 = hidden_states_10 + hidden_states_12;  hidden_states_10 = hidden_states_12 = None
        hidden_states_14 = torch.nn.functional.layer_norm(hidden_states_13, (32,), l_self_modules_layers_modules_1_modules_final_layer_norm_parameters_weight_, l_self_modules_layers_modules_1_modules_final_layer_norm_parameters_bias_, 1e-05);  l_self_modules_layers_modules_1_modules_final_layer_norm_parameters_weight_ = l_self_modules_layers_modules_1_modules_final_layer_norm_parameters_bias_ = None
        linear_10 = torch.nn.functional.linear(hidden_states_14, l_self_modules_layers_modules_1_modules_fc1_parameters_weight_, l_self_modules_layers_modules_1_modules_fc1_parameters_bias_);  l_self_modules_layers_modules_1_modules_fc1_parameters_weight_ = l_self_modules_layers_modules_1_modules_fc1_parameters_bias_ = hidden_states_14 = None
        hidden_states_15 = torch.nn.functional.gelu(linear_10);  linear_10 = None
        hidden_states_16 = torch.nn.functional.dropout(hidden_states_15, p = 0.0, training = False);  hidden_states_15 = None
        hidden_states_17 = torch.nn.functional.linear(hidden_states_16, l_self_modules_layers_modules_1_modules_fc2_parameters_weight_, l_self_modules_layers_modules_1_modules_fc2_parameters_bias_);  l_self_modules_layers_modules_1_modules_fc2_parameters_weight_ = l_self_modules_layers_modules_1_modules_fc2_parameters_bias_ = hidden_states_16 = None
        hidden_states_18 = torch.nn.functional.dropout(hidden_states_17, p = 0.0, training = False);  hidden_states_17 = None
        hidden_states_19 = hidden_states_13 + hidden_states_18;  hidden_states_13 = hidden_states_18 = None
        hidden_states_20 = torch.nn.functional.layer_norm(hidden_states_19, (32,), l_self_modules_layer_norm_parameters_weight_, l_self_modules_layer_norm_parameters_bias_, 1e-05);  l_self_modules_layer_norm_parameters_weight_ = l_self_modules_layer_norm_parameters_bias_ = hidden_states_19 = None
        return (hidden_states_20,)
