class Program_weight_tensor_meta_s33:
	name = "s33"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [2]

class Program_weight_tensor_meta_s50:
	name = "s50"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [10]

class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [2, 10]
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [37, 107, 12, 72, 127, 9, 75, 5, 79, 64, 16, 1, 76, 71, 109, 124, 6, 25, 50, 20]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_wte_norm_type:
	name = "L_self_modules_transformer_modules_wte_norm_type"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 2.0
	std = 0.0
	data = [2.0]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_wpe_norm_type:
	name = "L_self_modules_transformer_modules_wpe_norm_type"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 2.0
	std = 0.0
	data = [2.0]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_drop_p:
	name = "L_self_modules_transformer_modules_drop_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps:
	name = "L_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_0_modules_attn_scaling:
	name = "L_self_modules_transformer_modules_h_modules_0_modules_attn_scaling"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.3535533905932738
	std = 0.0
	data = [0.3535533905932738]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p:
	name = "L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps:
	name = "L_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_G_import_transformers_dot_activations_math_pi:
	name = "G_import_transformers_dot_activations_math_pi"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 3.141592653589793
	std = 0.0
	data = [3.141592653589793]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p:
	name = "L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps:
	name = "L_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_1_modules_attn_scaling:
	name = "L_self_modules_transformer_modules_h_modules_1_modules_attn_scaling"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.3535533905932738
	std = 0.0
	data = [0.3535533905932738]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p:
	name = "L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps:
	name = "L_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p:
	name = "L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_transformer_modules_ln_f_eps:
	name = "L_self_modules_transformer_modules_ln_f_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]
