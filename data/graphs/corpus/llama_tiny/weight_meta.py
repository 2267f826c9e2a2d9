class Program_weight_tensor_meta_L_args_0_modules_embed_tokens_parameters_weight_:
	name = "L_args_0_modules_embed_tokens_parameters_weight_"
	shape = [128, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00012611700000575432
	std = 0.02006967761472084
	data = None

class Program_weight_tensor_meta_L_args_0_modules_rotary_emb_buffers_inv_freq_:
	name = "L_args_0_modules_rotary_emb_buffers_inv_freq_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.27775000032852404
	std = 0.4835703153157313
	data = [1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513]

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_input_layernorm_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_input_layernorm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0006398067093691395
	std = 0.020039579460297538
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_"
	shape = [16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0009928370033698286
	std = 0.02024291670576013
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_"
	shape = [16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0011816871630294656
	std = 0.019361812443234993
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_self_attn_modules_o_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_self_attn_modules_o_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0013669641907014807
	std = 0.019431561890286844
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_post_attention_layernorm_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_post_attention_layernorm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_mlp_modules_gate_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_mlp_modules_gate_proj_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.00026657495837678624
	std = 0.02000487924297001
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_mlp_modules_up_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_mlp_modules_up_proj_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00014806579466664083
	std = 0.020048321905641372
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_0_modules_mlp_modules_down_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_0_modules_mlp_modules_down_proj_parameters_weight_"
	shape = [32, 64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.000854623834624757
	std = 0.02007282638783361
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_input_layernorm_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_input_layernorm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0004835249914378892
	std = 0.0201979460060578
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_"
	shape = [16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0007326029858223393
	std = 0.020567376547395495
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_"
	shape = [16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0003401006012850871
	std = 0.02021516587259591
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_self_attn_modules_o_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_self_attn_modules_o_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0005901377916153194
	std = 0.01999539433071604
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_post_attention_layernorm_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_post_attention_layernorm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_mlp_modules_gate_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_mlp_modules_gate_proj_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.000396720294211228
	std = 0.020127507045310734
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_mlp_modules_up_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_mlp_modules_up_proj_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0002477780310887745
	std = 0.01992834149429712
	data = None

class Program_weight_tensor_meta_L_args_0_modules_layers_modules_1_modules_mlp_modules_down_proj_parameters_weight_:
	name = "L_args_0_modules_layers_modules_1_modules_mlp_modules_down_proj_parameters_weight_"
	shape = [32, 64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.00022159399519164347
	std = 0.019721293437614033
	data = None

class Program_weight_tensor_meta_L_args_0_modules_norm_parameters_weight_:
	name = "L_args_0_modules_norm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
