class Program_weight_tensor_meta_L_fn_modules_0_modules_0_parameters_weight_:
	name = "L_fn_modules_0_modules_0_parameters_weight_"
	shape = [8, 3, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.009220897157555792
	std = 0.10990001771880832
	data = None

class Program_weight_tensor_meta_L_fn_modules_0_modules_1_buffers_running_mean_:
	name = "L_fn_modules_0_modules_1_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_0_modules_1_buffers_running_var_:
	name = "L_fn_modules_0_modules_1_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_0_modules_1_parameters_weight_:
	name = "L_fn_modules_0_modules_1_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_0_modules_1_parameters_bias_:
	name = "L_fn_modules_0_modules_1_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_0_modules_0_parameters_weight_:
	name = "L_fn_modules_1_modules_layers_modules_0_modules_0_parameters_weight_"
	shape = [4, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0024668408545443932
	std = 0.07015182658171337
	data = None

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_0_modules_1_buffers_running_mean_:
	name = "L_fn_modules_1_modules_layers_modules_0_modules_1_buffers_running_mean_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_0_modules_1_buffers_running_var_:
	name = "L_fn_modules_1_modules_layers_modules_0_modules_1_buffers_running_var_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_0_modules_1_parameters_weight_:
	name = "L_fn_modules_1_modules_layers_modules_0_modules_1_parameters_weight_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_0_modules_1_parameters_bias_:
	name = "L_fn_modules_1_modules_layers_modules_0_modules_1_parameters_bias_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_1_modules_0_parameters_weight_:
	name = "L_fn_modules_1_modules_layers_modules_1_modules_0_parameters_weight_"
	shape = [4, 12, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0023447580805943152
	std = 0.05643691665240196
	data = None

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_1_modules_1_buffers_running_mean_:
	name = "L_fn_modules_1_modules_layers_modules_1_modules_1_buffers_running_mean_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_1_modules_1_buffers_running_var_:
	name = "L_fn_modules_1_modules_layers_modules_1_modules_1_buffers_running_var_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_1_modules_1_parameters_weight_:
	name = "L_fn_modules_1_modules_layers_modules_1_modules_1_parameters_weight_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_1_modules_1_parameters_bias_:
	name = "L_fn_modules_1_modules_layers_modules_1_modules_1_parameters_bias_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_2_modules_0_parameters_weight_:
	name = "L_fn_modules_1_modules_layers_modules_2_modules_0_parameters_weight_"
	shape = [4, 16, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.002097624262458137
	std = 0.049501267768214646
	data = None

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_2_modules_1_buffers_running_mean_:
	name = "L_fn_modules_1_modules_layers_modules_2_modules_1_buffers_running_mean_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_2_modules_1_buffers_running_var_:
	name = "L_fn_modules_1_modules_layers_modules_2_modules_1_buffers_running_var_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_2_modules_1_parameters_weight_:
	name = "L_fn_modules_1_modules_layers_modules_2_modules_1_parameters_weight_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_layers_modules_2_modules_1_parameters_bias_:
	name = "L_fn_modules_1_modules_layers_modules_2_modules_1_parameters_bias_"
	shape = [4]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0]
