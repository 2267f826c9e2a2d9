class Program_weight_tensor_meta_L_self_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_weight_:
	name = "L_self_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_weight_"
	shape = [32, 3, 8, 8]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0007316616443056034
	std = 0.019884123931316337
	data = None

class Program_weight_tensor_meta_L_self_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_bias_:
	name = "L_self_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_embeddings_parameters_cls_token_:
	name = "L_self_modules_embeddings_parameters_cls_token_"
	shape = [1, 1, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0050863727901742095
	std = 0.01924636287416316
	data = [0.019749918952584267, -0.00722409226000309, 0.01843712106347084, -0.00564929936081171, 0.013498010113835335, -0.004586976952850819, -0.02457931637763977, -0.001306818681769073, -0.010606847703456879, -0.037035856395959854, -0.02337653748691082, -0.03172473981976509, -0.004463735036551952, -0.029929187148809433, 0.017364127561450005, -0.010348540730774403, 0.004782012663781643, -0.007637160364538431, -0.0004453893634490669, -0.0235156062990427, -0.04753239452838898, 0.03169022873044014, 0.019477814435958862, 0.022990668192505836, -0.009858060628175735, 0.00864493753761053, -0.017425106838345528, 0.002574651502072811, 0.005862136837095022, -0.031458135694265366, 0.0030765230767428875, -0.0022082782816141844]

class Program_weight_tensor_meta_L_self_modules_embeddings_parameters_position_embeddings_:
	name = "L_self_modules_embeddings_parameters_position_embeddings_"
	shape = [1, 17, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0009754150485384664
	std = 0.020052986283159865
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_layernorm_before_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_layernorm_before_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_layernorm_before_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_layernorm_before_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_q_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_q_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0004053614310137732
	std = 0.02004661973615097
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_q_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_q_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_k_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_k_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0008638490271066779
	std = 0.020459717716040108
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_k_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_k_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_v_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_v_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0005928294509196519
	std = 0.02008497939969824
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_v_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_v_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_o_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_o_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0010018189283309553
	std = 0.0197549614628492
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_attention_modules_o_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_attention_modules_o_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_layernorm_after_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_layernorm_after_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_layernorm_after_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_layernorm_after_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_mlp_modules_fc1_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_mlp_modules_fc1_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.00029660713580303977
	std = 0.02028739214908244
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_mlp_modules_fc1_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_mlp_modules_fc1_parameters_bias_"
	shape = [64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_mlp_modules_fc2_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_mlp_modules_fc2_parameters_weight_"
	shape = [32, 64]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00016000115531422665
	std = 0.019986385976232732
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_mlp_modules_fc2_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_mlp_modules_fc2_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_layernorm_before_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_layernorm_before_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_layernorm_before_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_layernorm_before_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_q_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_q_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00045454353801588354
	std = 0.020517093727859384
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_q_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_q_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_k_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_k_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 6.2720052440568e-05
	std = 0.019529252674897014
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_k_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_k_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_v_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_v_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00027084487883133335
	std = 0.020176875060818167
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_v_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_v_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_o_proj_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_o_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.00019621586352452924
	std = 0.019697866622935576
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_attention_modules_o_proj_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_attention_modules_o_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_layernorm_after_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_layernorm_after_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_layernorm_after_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_layernorm_after_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_mlp_modules_fc1_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_mlp_modules_fc1_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.00043147532593179605
	std = 0.01975950777903558
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_mlp_modules_fc1_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_mlp_modules_fc1_parameters_bias_"
	shape = [64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_mlp_modules_fc2_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_mlp_modules_fc2_parameters_weight_"
	shape = [32, 64]
	dtype = "torch.float32"
	device = "cpu"
	mean = -6.31464126312764e-05
	std = 0.019638825799692537
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_mlp_modules_fc2_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_mlp_modules_fc2_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layernorm_parameters_weight_:
	name = "L_self_modules_layernorm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layernorm_parameters_bias_:
	name = "L_self_modules_layernorm_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_pooler_modules_dense_parameters_weight_:
	name = "L_self_modules_pooler_modules_dense_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.00020258793563954214
	std = 0.01990448947317987
	data = None

class Program_weight_tensor_meta_L_self_modules_pooler_modules_dense_parameters_bias_:
	name = "L_self_modules_pooler_modules_dense_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
