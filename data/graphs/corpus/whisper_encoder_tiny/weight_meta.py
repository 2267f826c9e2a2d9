class Program_weight_tensor_meta_L_self_modules_conv1_parameters_weight_:
	name = "L_self_modules_conv1_parameters_weight_"
	shape = [32, 16, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0001035097846641501
	std = 0.019799532432310495
	data = None

class Program_weight_tensor_meta_L_self_modules_conv1_parameters_bias_:
	name = "L_self_modules_conv1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_conv2_parameters_weight_:
	name = "L_self_modules_conv2_parameters_weight_"
	shape = [32, 32, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0002789459528065308
	std = 0.020074386206536576
	data = None

class Program_weight_tensor_meta_L_self_modules_conv2_parameters_bias_:
	name = "L_self_modules_conv2_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_embed_positions_parameters_weight_:
	name = "L_self_modules_embed_positions_parameters_weight_"
	shape = [16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.45114364978954313
	std = 0.5450225532591269
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_layer_norm_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0011501945680265635
	std = 0.019997916995704846
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_modules_q_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_modules_k_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0007787147204538769
	std = 0.02043369736017132
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0013426530525268987
	std = 0.01917644015957629
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_modules_v_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0008955965217118944
	std = 0.019577341314549683
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_self_attn_modules_out_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_final_layer_norm_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_fc1_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_fc1_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00013652942810904456
	std = 0.02035251212577232
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_fc1_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_fc1_parameters_bias_"
	shape = [64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_fc2_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_fc2_parameters_weight_"
	shape = [32, 64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0008992634258859766
	std = 0.0198401827388778
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_fc2_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_fc2_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_layer_norm_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 4.0209285771197756e-05
	std = 0.019990665905762567
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_modules_q_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_modules_k_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00020830538889882178
	std = 0.02027035046733342
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.00039077568911149996
	std = 0.020177123702752108
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_modules_v_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0005815280137895229
	std = 0.020016582217145237
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_self_attn_modules_out_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_final_layer_norm_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_fc1_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_fc1_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00023615652522668285
	std = 0.020134603126776826
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_fc1_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_fc1_parameters_bias_"
	shape = [64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_fc2_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_fc2_parameters_weight_"
	shape = [32, 64]
	dtype = "torch.float32"
	device = "cpu"
	mean = -3.5259721097385954e-05
	std = 0.019869671799384106
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_fc2_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_fc2_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layer_norm_parameters_weight_:
	name = "L_self_modules_layer_norm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layer_norm_parameters_bias_:
	name = "L_self_modules_layer_norm_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
