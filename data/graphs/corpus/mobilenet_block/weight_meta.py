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

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
	name = "L_fn_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
	shape = [32, 8, 1, 1]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.006733848734711501
	std = 0.20960584517470013
	data = None

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
	name = "L_fn_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
	name = "L_fn_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
	name = "L_fn_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
	name = "L_fn_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
	name = "L_fn_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
	shape = [32, 1, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0028938544065163618
	std = 0.19758322871606893
	data = None

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
	name = "L_fn_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
	name = "L_fn_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
	name = "L_fn_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
	name = "L_fn_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_2_parameters_weight_:
	name = "L_fn_modules_1_modules_block_modules_2_parameters_weight_"
	shape = [8, 32, 1, 1]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0015472628400630128
	std = 0.10224837643750241
	data = None

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_3_buffers_running_mean_:
	name = "L_fn_modules_1_modules_block_modules_3_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_3_buffers_running_var_:
	name = "L_fn_modules_1_modules_block_modules_3_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_3_parameters_weight_:
	name = "L_fn_modules_1_modules_block_modules_3_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_block_modules_3_parameters_bias_:
	name = "L_fn_modules_1_modules_block_modules_3_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
	name = "L_fn_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
	shape = [32, 8, 1, 1]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.01691962366885491
	std = 0.2150039591406338
	data = None

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
	name = "L_fn_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
	name = "L_fn_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
	name = "L_fn_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
	name = "L_fn_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
	name = "L_fn_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
	shape = [32, 1, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.002990017897698433
	std = 0.1950867693882454
	data = None

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
	name = "L_fn_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
	name = "L_fn_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
	name = "L_fn_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
	name = "L_fn_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_2_parameters_weight_:
	name = "L_fn_modules_2_modules_block_modules_2_parameters_weight_"
	shape = [8, 32, 1, 1]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0031701874261784724
	std = 0.09777273963214414
	data = None

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_3_buffers_running_mean_:
	name = "L_fn_modules_2_modules_block_modules_3_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_3_buffers_running_var_:
	name = "L_fn_modules_2_modules_block_modules_3_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_3_parameters_weight_:
	name = "L_fn_modules_2_modules_block_modules_3_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_2_modules_block_modules_3_parameters_bias_:
	name = "L_fn_modules_2_modules_block_modules_3_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
