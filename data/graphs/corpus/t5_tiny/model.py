import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_args_0_ : torch.Tensor, L_self_modules_encoder_modules_embed_tokens_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_relative_attention_bias_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_DenseReluDense_modules_wi_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_DenseReluDense_modules_wo_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_DenseReluDense_modules_wi_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_DenseReluDense_modules_wo_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_encoder_modules_final_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_args_2_ : torch.Tensor, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_relative_attention_bias_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_q_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_k_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_v_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_o_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_DenseReluDense_modules_wi_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_DenseReluDense_modules_wo_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_q_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_k_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_v_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_o_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_DenseReluDense_modules_wi_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_DenseReluDense_modules_wo_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_decoder_modules_final_layer_norm_parameters_weight_ : torch.nn.parameter.Parameter):
        l_args_0_ = L_args_0_
        l_self_modules_encoder_modules_embed_tokens_parameters_weight_ = L_self_modules_encoder_modules_embed_tokens_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_relative_attention_bias_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_relative_attention_bias_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_dense_relu_dense_modules_wi_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_DenseReluDense_modules_wi_parameters_weight_
        l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_dense_relu_dense_modules_wo_parameters_weight_ = L_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_DenseReluDense_modules_wo_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_dense_relu_dense_modules_wi_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_DenseReluDense_modules_wi_parameters_weight_
        l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_dense_relu_dense_modules_wo_parameters_weight_ = L_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_DenseReluDense_modules_wo_parameters_weight_
        l_self_modules_encoder_modules_final_layer_norm_parameters_weight_ = L_self_modules_encoder_modules_final_layer_norm_parameters_weight_
        l_args_2_ = L_args_2_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_relative_attention_bias_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_relative_attention_bias_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_q_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_q_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_k_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_k_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_v_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_v_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_o_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_EncDecAttention_modules_o_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_layer_norm_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_layer_norm_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_dense_relu_dense_modules_wi_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_DenseReluDense_modules_wi_parameters_weight_
        l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_dense_relu_dense_modules_wo_parameters_weight_ = L_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_DenseReluDense_modules_wo_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_q_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_k_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_v_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_SelfAttention_modules_o_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_q_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_q_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_k_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_k_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_v_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_v_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_o_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_EncDecAttention_modules_o_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_layer_norm_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_layer_norm_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_dense_relu_dense_modules_wi_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_DenseReluDense_modules_wi_parameters_weight_
        l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_dense_relu_dense_modules_wo_parameters_weight_ = L_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_DenseReluDense_modules_wo_parameters_weight_
        l_self_modules_decoder_modules_final_layer_norm_parameters_weight_ = L_self_modules_decoder_modules_final_layer_norm_parameters_weight_
        inputs_embeds = torch.nn.functional.embedding(l_args_0_, l_self_modules_encoder_modules_embed_tokens_parameters_weight_, None, None, 2.0, False, False);  l_args_0_ = None
        hidden_states = torch.nn.functional.dropout(inputs_embeds, 0.1, False, False);  inputs_embeds = None
        to = hidden_states.to(torch.float32)
        pow_1 = to.pow(2);  to = None
        variance = pow_1.mean(-1, keepdim = True);  pow_1 = None
        add = variance + 1e-06;  variance = None
        rsqrt = torch.rsqrt(add);  add = None
        hidden_states_1 = hidden_states * rsqrt;  rsqrt = None
        normed_hidden_states = l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ * hidden_states_1;  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = hidden_states_1 = None
        linear = torch.nn.functional.linear(normed_hidden_states, l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = None
        view = linear.view((1, 12, -1, 8));  linear = None
        query_states = view.transpose(1, 2);  view = None
        linear_1 = torch.nn.functional.linear(normed_hidden_states, l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = None
        view_1 = linear_1.view((1, 12, -1, 8));  linear_1 = None
        key_states = view_1.transpose(1, 2);  view_1 = None
        linear_2 = torch.nn.functional.linear(normed_hidden_states, l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = normed_hidden_states = None
        view_2 = linear_2.view((1, 12, -1, 8));  linear_2 = None
        value_states = view_2.transpose(1, 2);  view_2 = None
        arange = torch.arange(12, dtype = torch.int64, device = torch.device('cpu'))
        getitem = arange[(slice(None, None, None), None)];  arange = None
        context_position = getitem + 0;  getitem = None
        arange_1 = torch.arange(12, dtype = torch.int64, device = torch.device('cpu'))
        memory_position = arange_1[(None, slice(None, None, None))];  arange_1 = None
        relative_position = memory_position - context_position;  context_position = memory_position = None
        gt = relative_position > 0
        to_1 = gt.to(torch.int64);  gt = None
        mul_2 = to_1 * 16;  to_1 = None
        relative_buckets = 0 + mul_2;  mul_2 = None
        relative_position_1 = torch.abs(relative_position);  relative_position = None
        is_small = relative_position_1 < 8
        float_1 = relative_position_1.float()
        truediv = float_1 / 8;  float_1 = None
        log = torch.log(truediv);  truediv = None
        truediv_1 = log / 2.772588722239781;  log = None
        mul_3 = truediv_1 * 8;  truediv_1 = None
        to_2 = mul_3.to(torch.int64);  mul_3 = None
        relative_position_if_large = 8 + to_2;  to_2 = None
        full_like = torch.full_like(relative_position_if_large, 15)
        relative_position_if_large_1 = torch.min(relative_position_if_large, full_like);  relative_position_if_large = full_like = None
        where = torch.where(is_small, relative_position_1, relative_position_if_large_1);  relative_position_1 = is_small = relative_position_if_large_1 = None
        relative_buckets += where;  relative_buckets_1 = relative_buckets;  relative_buckets = where = None
        values = torch.nn.functional.embedding(relative_buckets_1, l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_relative_attention_bias_parameters_weight_, None, None, 2.0, False, False);  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_relative_attention_bias_parameters_weight_ = relative_buckets_1 = None
        permute = values.permute([2, 0, 1]);  values = None
        values_1 = permute.unsqueeze(0);  permute = None
        attention_mask = values_1.contiguous()
        attn_output = torch.nn.functional.scaled_dot_product_attention(query_states, key_states, value_states, attn_mask = attention_mask, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states = key_states = value_states = attention_mask = None
        attn_output_1 = attn_output.reshape(1, -1, 12, 8);  attn_output = None
        transpose_3 = attn_output_1.transpose(1, 2);  attn_output_1 = None
        attn_output_2 = transpose_3.contiguous();  transpose_3 = None
        reshape_1 = attn_output_2.reshape(1, 12, -1);  attn_output_2 = None
        attn_output_3 = reshape_1.contiguous();  reshape_1 = None
        attn_output_4 = torch.nn.functional.linear(attn_output_3, l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = attn_output_3 = None
        dropout_1 = torch.nn.functional.dropout(attn_output_4, 0.1, False, False);  attn_output_4 = None
        attention_output = hidden_states + dropout_1;  hidden_states = dropout_1 = None
        to_3 = attention_output.to(torch.float32)
        pow_2 = to_3.pow(2);  to_3 = None
        variance_1 = pow_2.mean(-1, keepdim = True);  pow_2 = None
        add_5 = variance_1 + 1e-06;  variance_1 = None
        rsqrt_1 = torch.rsqrt(add_5);  add_5 = None
        hidden_states_2 = attention_output * rsqrt_1;  rsqrt_1 = None
        forwarded_states = l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ * hidden_states_2;  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = hidden_states_2 = None
        hidden_states_3 = torch.nn.functional.linear(forwarded_states, l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_dense_relu_dense_modules_wi_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_dense_relu_dense_modules_wi_parameters_weight_ = forwarded_states = None
        hidden_states_4 = torch.nn.functional.relu(hidden_states_3, inplace = False);  hidden_states_3 = None
        hidden_states_5 = torch.nn.functional.dropout(hidden_states_4, 0.1, False, False);  hidden_states_4 = None
        hidden_states_6 = torch.nn.functional.linear(hidden_states_5, l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_dense_relu_dense_modules_wo_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_0_modules_layer_modules_1_modules_dense_relu_dense_modules_wo_parameters_weight_ = hidden_states_5 = None
        dropout_3 = torch.nn.functional.dropout(hidden_states_6, 0.1, False, False);  hidden_states_6 = None
        hidden_states_7 = attention_output + dropout_3;  attention_output = dropout_3 = None
        to_4 = hidden_states_7.to(torch.float32)
        pow_3 = to_4.pow(2);  to_4 = None
        variance_2 = pow_3.mean(-1, keepdim = True);  pow_3 = None
        add_7 = variance_2 + 1e-06;  variance_2 = None
        rsqrt_2 = torch.rsqrt(add_7);  add_7 = None
        hidden_states_8 = hidden_states_7 * rsqrt_2;  rsqrt_2 = None
        normed_hidden_states_1 = l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ * hidden_states_8;  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = hidden_states_8 = None
        linear_6 = torch.nn.functional.linear(normed_hidden_states_1, l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = None
        view_3 = linear_6.view((1, 12, -1, 8));  linear_6 = None
        query_states_1 = view_3.transpose(1, 2);  view_3 = None
        linear_7 = torch.nn.functional.linear(normed_hidden_states_1, l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = None
        view_4 = linear_7.view((1, 12, -1, 8));  linear_7 = None
        key_states_1 = view_4.transpose(1, 2);  view_4 = None
        linear_8 = torch.nn.functional.linear(normed_hidden_states_1, l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = normed_hidden_states_1 = None
        view_5 = linear_8.view((1, 12, -1, 8));  linear_8 = None
        value_states_1 = view_5.transpose(1, 2);  view_5 = None
        attention_mask_1 = values_1.contiguous();  values_1 = None
        attn_output_5 = torch.nn.functional.scaled_dot_product_attention(query_states_1, key_states_1, value_states_1, attn_mask = attention_mask_1, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states_1 = key_states_1 = value_states_1 = attention_mask_1 = None
        attn_output_6 = attn_output_5.reshape(1, -1, 12, 8);  attn_output_5 = None
        transpose_7 = attn_output_6.transpose(1, 2);  attn_output_6 = None
        attn_output_7 = transpose_7.contiguous();  transpose_7 = None
        reshape_3 = attn_output_7.reshape(1, 12, -1);  attn_output_7 = None
        attn_output_8 = reshape_3.contiguous();  reshape_3 = None
        attn_output_9 = torch.nn.functional.linear(attn_output_8, l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = attn_output_8 = None
        dropout_4 = torch.nn.functional.dropout(attn_output_9, 0.1, False, False);  attn_output_9 = None
        attention_output_1 = hidden_states_7 + dropout_4;  hidden_states_7 = dropout_4 = None
        to_5 = attention_output_1.to(torch.float32)
        pow_4 = to_5.pow(2);  to_5 = None
        variance_3 = pow_4.mean(-1, keepdim = True);  pow_4 = None
        add_9 = variance_3 + 1e-06;  variance_3 = None
        rsqrt_3 = torch.rsqrt(add_9);  add_9 = None
        hidden_states_9 = attention_output_1 * rsqrt_3;  rsqrt_3 = None
        forwarded_states_1 = l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ * hidden_states_9;  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = hidden_states_9 = None
        hidden_states_10 = torch.nn.functional.linear(forwarded_states_1, l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_dense_relu_dense_modules_wi_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_dense_relu_dense_modules_wi_parameters_weight_ = forwarded_states_1 = None
        hidden_states_11 = torch.nn.functional.relu(hidden_states_10, inplace = False);  hidden_states_10 = None
        hidden_states_12 = torch.nn.functional.dropout(hidden_states_11, 0.1, False, False);  hidden_states_11 = None
        hidden_states_13 = torch.nn.functional.linear(hidden_states_12, l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_dense_relu_dense_modules_wo_parameters_weight_, None);  l_self_modules_encoder_modules_block_modules_1_modules_layer_modules_1_modules_dense_relu_dense_modules_wo_parameters_weight_ = hidden_states_12 = None
        dropout_6 = torch.nn.functional.dropout(hidden_states_13, 0.1, False, False);  hidden_states_13 = None
        hidden_states_14 = attention_output_1 + dropout_6;  attention_output_1 = dropout_6 = None
        to_6 = hidden_states_14.to(torch.float32)
        pow_5 = to_6.pow(2);  to_6 = None
        variance_4 = pow_5.mean(-1, keepdim = True);  pow_5 = None
        add_11 = variance_4 + 1e-06;  variance_4 = None
        rsqrt_4 = torch.rsqrt(add_11);  add_11 = None
        hidden_states_15 = hidden_states_14 * rsqrt_4;  hidden_states_14 = rsqrt_4 = None
        hidden_states_16 = l_self_modules_encoder_modules_final_layer_norm_parameters_weight_ * hidden_states_15;  l_self_modules_encoder_modules_final_layer_norm_parameters_weight_ = hidden_states_15 = None
        hidden_states_17 = torch.nn.functional.dropout(hidden_states_16, 0.1, False, False);  hidden_states_16 = None
        inputs_embeds_1 = torch.nn.functional.embedding(l_args_2_, l_self_modules_encoder_modules_embed_tokens_parameters_weight_, None, None, 2.0, False, False);  l_self_modules_encoder_modules_embed_tokens_parameters_weight_ = l_args_2_ = None
        hidden_states_18 = torch.nn.functional.dropout(inputs_embeds_1, 0.1, False, False);  inputs_embeds_1 = None
        to_7 = hidden_states_18.to(torch.float32)
        pow_6 = to_7.pow(2);  to_7 = None
        variance_5 = pow_6.mean(-1, keepdim = True);  pow_6 = None
        add_12 = variance_5 + 1e-06;  variance_5 = None
        rsqrt_5 = torch.rsqrt(add_12);  add_12 = None
        hidden_states_19 = hidden_states_18 * rsqrt_5;  rsqrt_5 = None
        normed_hidden_states_2 = l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ * hidden_states_19;  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = hidden_states_19 = None
        linear_12 = torch.nn.functional.linear(normed_hidden_states_2, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = None
        view_6 = linear_12.view((1, 6, -1, 8));  linear_12 = None
        query_states_2 = view_6.transpose(1, 2);  view_6 = None
        linear_13 = torch.nn.functional.linear(normed_hidden_states_2, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = None
        view_7 = linear_13.view((1, 6, -1, 8));  linear_13 = None
        key_states_2 = view_7.transpose(1, 2);  view_7 = None
        linear_14 = torch.nn.functional.linear(normed_hidden_states_2, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = normed_hidden_states_2 = None
        view_8 = linear_14.view((1, 6, -1, 8));  linear_14 = None
        value_states_2 = view_8.transpose(1, 2);  view_8 = None
        tensor = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_1 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys = torch.cat([tensor, key_states_2], dim = -2);  key_states_2 = tensor = None
        values_2 = torch.cat([tensor_1, value_states_2], dim = -2);  value_states_2 = tensor_1 = None
        arange_2 = torch.arange(6, dtype = torch.int64, device = torch.device('cpu'))
        getitem_2 = arange_2[(slice(None, None, None), None)];  arange_2 = None
        context_position_1 = getitem_2 + 0;  getitem_2 = None
        arange_3 = torch.arange(6, dtype = torch.int64, device = torch.device('cpu'))
        memory_position_1 = arange_3[(None, slice(None, None, None))];  arange_3 = None
        relative_position_2 = memory_position_1 - context_position_1;  context_position_1 = memory_position_1 = None
        zeros_like = torch.zeros_like(relative_position_2)
        min_2 = torch.min(relative_position_2, zeros_like);  relative_position_2 = zeros_like = None
        relative_position_3 = -min_2;  min_2 = None
        is_small_1 = relative_position_3 < 16
        float_2 = relative_position_3.float()
        truediv_2 = float_2 / 16;  float_2 = None
        log_1 = torch.log(truediv_2);  truediv_2 = None
        truediv_3 = log_1 / 2.0794415416798357;  log_1 = None
        mul_14 = truediv_3 * 16;  truediv_3 = None
        to_8 = mul_14.to(torch.int64);  mul_14 = None
        relative_position_if_large_2 = 16 + to_8;  to_8 = None
        full_like_1 = torch.full_like(relative_position_if_large_2, 31)
        relative_position_if_large_3 = torch.min(relative_position_if_large_2, full_like_1);  relative_position_if_large_2 = full_like_1 = None
        where_1 = torch.where(is_small_1, relative_position_3, relative_position_if_large_3);  relative_position_3 = is_small_1 = relative_position_if_large_3 = None
        relative_buckets_2 = 0 + where_1;  where_1 = None
        values_3 = torch.nn.functional.embedding(relative_buckets_2, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_relative_attention_bias_parameters_weight_, None, None, 2.0, False, False);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_relative_attention_bias_parameters_weight_ = relative_buckets_2 = None
        permute_1 = values_3.permute([2, 0, 1]);  values_3 = None
        values_4 = permute_1.unsqueeze(0);  permute_1 = None
        arange_4 = torch.arange(6, device = torch.device('cpu'))
        getitem_4 = arange_4[(slice(None, None, None), None)];  arange_4 = None
        arange_5 = torch.arange(6, device = torch.device('cpu'))
        getitem_5 = arange_5[(None, slice(None, None, None))];  arange_5 = None
        causal_mask = getitem_4 >= getitem_5;  getitem_4 = getitem_5 = None
        causal_mask_1 = causal_mask.view(1, 1, 6, 6);  causal_mask = None
        position_bias_mask = torch.where(causal_mask_1, values_4, -3.4028234663852886e+38);  causal_mask_1 = None
        attention_mask_2 = position_bias_mask.contiguous();  position_bias_mask = None
        attn_output_10 = torch.nn.functional.scaled_dot_product_attention(query_states_2, keys, values_2, attn_mask = attention_mask_2, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states_2 = attention_mask_2 = None
        attn_output_11 = attn_output_10.reshape(1, -1, 6, 8);  attn_output_10 = None
        transpose_11 = attn_output_11.transpose(1, 2);  attn_output_11 = None
        attn_output_12 = transpose_11.contiguous();  transpose_11 = None
        reshape_5 = attn_output_12.reshape(1, 6, -1);  attn_output_12 = None
        attn_output_13 = reshape_5.contiguous();  reshape_5 = None
        attn_output_14 = torch.nn.functional.linear(attn_output_13, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = attn_output_13 = None
        dropout_9 = torch.nn.functional.dropout(attn_output_14, 0.1, False, False);  attn_output_14 = None
        attention_output_2 = hidden_states_18 + dropout_9;  hidden_states_18 = dropout_9 = None
        to_9 = attention_output_2.to(torch.float32)
        pow_7 = to_9.pow(2);  to_9 = None
        variance_6 = pow_7.mean(-1, keepdim = True);  pow_7 = None
        add_17 = variance_6 + 1e-06;  variance_6 = None
        rsqrt_6 = torch.rsqrt(add_17);  add_17 = None
        hidden_states_20 = attention_output_2 * rsqrt_6;  rsqrt_6 = None
        normed_hidden_states_3 = l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ * hidden_states_20;  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = hidden_states_20 = None
        linear_16 = torch.nn.functional.linear(normed_hidden_states_3, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_q_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_q_parameters_weight_ = normed_hidden_states_3 = None
        view_10 = linear_16.view((1, 6, -1, 8));  linear_16 = None
        query_states_3 = view_10.transpose(1, 2);  view_10 = None
        linear_17 = torch.nn.functional.linear(hidden_states_17, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_k_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_k_parameters_weight_ = None
        view_11 = linear_17.view((1, 12, -1, 8));  linear_17 = None
        key_states_3 = view_11.transpose(1, 2);  view_11 = None
        linear_18 = torch.nn.functional.linear(hidden_states_17, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_v_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_v_parameters_weight_ = None
        view_12 = linear_18.view((1, 12, -1, 8));  linear_18 = None
        value_states_3 = view_12.transpose(1, 2);  view_12 = None
        tensor_2 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_3 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys_1 = torch.cat([tensor_2, key_states_3], dim = -2);  key_states_3 = tensor_2 = None
        values_5 = torch.cat([tensor_3, value_states_3], dim = -2);  value_states_3 = tensor_3 = None
        position_bias = torch.zeros((1, 4, 6, 12), device = torch.device('cpu'), dtype = torch.float32)
        attention_mask_3 = position_bias.contiguous()
        attn_output_15 = torch.nn.functional.scaled_dot_product_attention(query_states_3, keys_1, values_5, attn_mask = attention_mask_3, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states_3 = attention_mask_3 = None
        attn_output_16 = attn_output_15.reshape(1, -1, 6, 8);  attn_output_15 = None
        transpose_15 = attn_output_16.transpose(1, 2);  attn_output_16 = None
        attn_output_17 = transpose_15.contiguous();  transpose_15 = None
        reshape_7 = attn_output_17.reshape(1, 6, -1);  attn_output_17 = None
        attn_output_18 = reshape_7.contiguous();  reshape_7 = None
        attn_output_19 = torch.nn.functional.linear(attn_output_18, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_o_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_1_modules_enc_dec_attention_modules_o_parameters_weight_ = attn_output_18 = None
        dropout_10 = torch.nn.functional.dropout(attn_output_19, 0.1, False, False);  attn_output_19 = None
        layer_output = attention_output_2 + dropout_10;  attention_output_2 = dropout_10 = None
        to_10 = layer_output.to(torch.float32)
        pow_8 = to_10.pow(2);  to_10 = None
        variance_7 = pow_8.mean(-1, keepdim = True);  pow_8 = None
        add_19 = variance_7 + 1e-06;  variance_7 = None
        rsqrt_7 = torch.rsqrt(add_19);  add_19 = None
        hidden_states_21 = layer_output * rsqrt_7;  rsqrt_7 = None
        forwarded_states_2 = l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_layer_norm_parameters_weight_ * hidden_states_21;  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_layer_norm_parameters_weight_ = hidden_states_21 = None
        hidden_states_22 = torch.nn.functional.linear(forwarded_states_2, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_dense_relu_dense_modules_wi_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_dense_relu_dense_modules_wi_parameters_weight_ = forwarded_states_2 = None
        hidden_states_23 = torch.nn.functional.relu(hidden_states_22, inplace = False);  hidden_states_22 = None
        hidden_states_24 = torch.nn.functional.dropout(hidden_states_23, 0.1, False, False);  hidden_states_23 = None
        hidden_states_25 = torch.nn.functional.linear(hidden_states_24, l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_dense_relu_dense_modules_wo_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_0_modules_layer_modules_2_modules_dense_relu_dense_modules_wo_parameters_weight_ = hidden_states_24 = None
        dropout_12 = torch.nn.functional.dropout(hidden_states_25, 0.1, False, False);  hidden_states_25 = None
        hidden_states_26 = layer_output + dropout_12;  layer_output = dropout_12 = None
        to_11 = hidden_states_26.to(torch.float32)
        pow_9 = to_11.pow(2);  to_11 = None
        variance_8 = pow_9.mean(-1, keepdim = True);  pow_9 = None
        add_21 = variance_8 + 1e-06;  variance_8 = None
        rsqrt_8 = torch.rsqrt(add_21);  add_21 = None
        hidden_states_27 = hidden_states_26 * rsqrt_8;  rsqrt_8 = None
        normed_hidden_states_4 = l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ * hidden_states_27;  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_layer_norm_parameters_weight_ = hidden_states_27 = None
        linear_22 = torch.nn.functional.linear(normed_hidden_states_4, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_q_parameters_weight_ = None
        view_13 = linear_22.view((1, 6, -1, 8));  linear_22 = None
        query_states_4 = view_13.transpose(1, 2);  view_13 = None
        linear_23 = torch.nn.functional.linear(normed_hidden_states_4, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_k_parameters_weight_ = None
        view_14 = linear_23.view((1, 6, -1, 8));  linear_23 = None
        key_states_4 = view_14.transpose(1, 2);  view_14 = None
        linear_24 = torch.nn.functional.linear(normed_hidden_states_4, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_v_parameters_weight_ = normed_hidden_states_4 = None
        view_15 = linear_24.view((1, 6, -1, 8));  linear_24 = None
        value_states_4 = view_15.transpose(1, 2);  view_15 = None
        tensor_4 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_5 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys_2 = torch.cat([tensor_4, key_states_4], dim = -2);  key_states_4 = tensor_4 = None
        values_6 = torch.cat([tensor_5, value_states_4], dim = -2);  value_states_4 = tensor_5 = None
        arange_6 = torch.arange(6, device = torch.device('cpu'))
        getitem_6 = arange_6[(slice(None, None, None), None)];  arange_6 = None
        arange_7 = torch.arange(6, device = torch.device('cpu'))
        getitem_7 = arange_7[(None, slice(None, None, None))];  arange_7 = None
        causal_mask_2 = getitem_6 >= getitem_7;  getitem_6 = getitem_7 = None
        causal_mask_3 = causal_mask_2.view(1, 1, 6, 6);  causal_mask_2 = None
        position_bias_mask_1 = torch.where(causal_mask_3, values_4, -3.4028234663852886e+38);  values_4 = causal_mask_3 = None
        attention_mask_4 = position_bias_mask_1.contiguous();  position_bias_mask_1 = None
        attn_output_20 = torch.nn.functional.scaled_dot_product_attention(query_states_4, keys_2, values_6, attn_mask = attention_mask_4, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states_4 = attention_mask_4 = None
        attn_output_21 = attn_output_20.reshape(1, -1, 6, 8);  attn_output_20 = None
        transpose_19 = attn_output_21.transpose(1, 2);  attn_output_21 = None
        attn_output_22 = transpose_19.contiguous();  transpose_19 = None
        reshape_9 = attn_output_22.reshape(1, 6, -1);  attn_output_22 = None
        attn_output_23 = reshape_9.contiguous();  reshape_9 = None
        attn_output_24 = torch.nn.functional.linear(attn_output_23, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_0_modules_self_attention_modules_o_parameters_weight_ = attn_output_23 = None
        dropout_13 = torch.nn.functional.dropout(attn_output_24, 0.1, False, False);  attn_output_24 = None
        attention_output_3 = hidden_states_26 + dropout_13;  hidden_states_26 = dropout_13 = None
        to_12 = attention_output_3.to(torch.float32)
        pow_10 = to_12.pow(2);  to_12 = None
        variance_9 = pow_10.mean(-1, keepdim = True);  pow_10 = None
        add_23 = variance_9 + 1e-06;  variance_9 = None
        rsqrt_9 = torch.rsqrt(add_23);  add_23 = None
        hidden_states_28 = attention_output_3 * rsqrt_9;  rsqrt_9 = None
        normed_hidden_states_5 = l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ * hidden_states_28;  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_layer_norm_parameters_weight_ = hidden_states_28 = None
        linear_26 = torch.nn.functional.linear(normed_hidden_states_5, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_q_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_q_parameters_weight_ = normed_hidden_states_5 = None
        view_17 = linear_26.view((1, 6, -1, 8));  linear_26 = None
        query_states_5 = view_17.transpose(1, 2);  view_17 = None
        linear_27 = torch.nn.functional.linear(hidden_states_17, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_k_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_k_parameters_weight_ = None
        view_18 = linear_27.view((1, 12, -1, 8));  linear_27 = None
        key_states_5 = view_18.transpose(1, 2);  view_18 = None
        linear_28 = torch.nn.functional.linear(hidden_states_17, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_v_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_v_parameters_weight_ = None
        view_19 = linear_28.view((1, 12, -1, 8));  linear_28 = None
        value_states_5 = view_19.transpose(1, 2);  view_19 = None
        tensor_6 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        tensor_7 = torch.tensor([], dtype = torch.float32, device = torch.device('cpu'))
        keys_3 = torch.cat([tensor_6, key_states_5], dim = -2);  key_states_5 = tensor_6 = None
        values_7 = torch.cat([tensor_7, value_states_5], dim = -2);  value_states_5 = tensor_7 = None
        attention_mask_5 = position_bias.contiguous();  position_bias = None
        attn_output_25 = torch.nn.functional.scaled_dot_product_attention(query_states_5, keys_3, values_7, attn_mask = attention_mask_5, dropout_p = 0.0, scale = 1.0, is_causal = False);  query_states_5 = attention_mask_5 = None
        attn_output_26 = attn_output_25.reshape(1, -1, 6, 8);  attn_output_25 = None
        transpose_23 = attn_output_26.transpose(1, 2);  attn_output_26 = None
        attn_output_27 = transpose_23.contiguous();  transpose_23 = None
        reshape_11 = attn_output_27.reshape(1, 6, -1);  attn_output_27 = None
        attn_output_28 = reshape_11.contiguous();  reshape_11 = None
        attn_output_29 = torch.nn.functional.linear(attn_output_28, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_o_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_1_modules_enc_dec_attention_modules_o_parameters_weight_ = attn_output_28 = None
        dropout_14 = torch.nn.functional.dropout(attn_output_29, 0.1, False, False);  attn_output_29 = None
        layer_output_1 = attention_output_3 + dropout_14;  attention_output_3 = dropout_14 = None
        to_13 = layer_output_1.to(torch.float32)
        pow_11 = to_13.pow(2);  to_13 = None
        variance_10 = pow_11.mean(-1, keepdim = True);  pow_11 = None
        add_25 = variance_10 + 1e-06;  variance_10 = None
        rsqrt_10 = torch.rsqrt(add_25);  add_25 = None
        hidden_states_29 = layer_output_1 * rsqrt_10;  rsqrt_10 = None
        forwarded_states_3 = l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_layer_norm_parameters_weight_ * hidden_states_29;  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_layer_norm_parameters_weight_ = hidden_states_29 = None
        hidden_states_30 = torch.nn.functional.linear(forwarded_states_3, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_dense_relu_dense_modules_wi_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_dense_relu_dense_modules_wi_parameters_weight_ = forwarded_states_3 = None
        hidden_states_31 = torch.nn.functional.relu(hidden_states_30, inplace = False);  hidden_states_30 = None
        hidden_states_32 = torch.nn.functional.dropout(hidden_states_31, 0.1, False, False);  hidden_states_31 = None
        hidden_states_33 = torch.nn.functional.linear(hidden_states_32, l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_dense_relu_dense_modules_wo_parameters_weight_, None);  l_self_modules_decoder_modules_block_modules_1_modules_layer_modules_2_modules_dense_relu_dense_modules_wo_parameters_weight_ = hidden_states_32 = None
        dropout_16 = torch.nn.functional.dropout(hidden_states_33, 0.1, False, False);  hidden_states_33 = None
        hidden_states_34 = layer_output_1 + dropout_16;  layer_output_1 = dropout_16 = None
        to_14 = hidden_states_34.to(torch.float32)
        pow_12 = to_14.pow(2);  to_14 = None
        variance_11 = pow_12.mean(-1, keepdim = True);  pow_12 = None
        add_27 = variance_11 + 1e-06;  variance_11 = None
        rsqrt_11 = torch.rsqrt(add_27);  add_27 = None
        hidden_states_35 = hidden_states_34 * rsqrt_11;  hidden_states_34 = rsqrt_11 = None
        hidden_states_36 = l_self_modules_decoder_modules_final_layer_norm_parameters_weight_ * hidden_states_35;  l_self_modules_decoder_modules_final_layer_norm_parameters_weight_ = hidden_states_35 = None
        hidden_states_37 = torch.nn.functional.dropout(hidden_states_36, 0.1, False, False);  hidden_states_36 = None
        return (values_2, keys, values_6, keys_2, values_5, keys_1, values_7, keys_3, hidden_states_37, hidden_states_17)
