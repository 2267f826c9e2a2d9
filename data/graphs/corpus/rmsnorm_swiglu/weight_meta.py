class Program_weight_tensor_meta_L_self_parameters_w_:
	name = "L_self_parameters_w_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_gate_parameters_weight_:
	name = "L_self_modules_gate_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0002470185835576899
	std = 0.10279183958842461
	data = None

class Program_weight_tensor_meta_L_self_modules_up_parameters_weight_:
	name = "L_self_modules_up_parameters_weight_"
	shape = [64, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0031053836618788466
	std = 0.10036151592604692
	data = None

class Program_weight_tensor_meta_L_self_modules_down_parameters_weight_:
	name = "L_self_modules_down_parameters_weight_"
	shape = [32, 64]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0006185407473822124
	std = 0.0716331770176332
	data = None
