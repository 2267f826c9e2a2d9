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

class Program_weight_tensor_meta_L_fn_modules_1_modules_0_parameters_weight_:
	name = "L_fn_modules_1_modules_0_parameters_weight_"
	shape = [8, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0013351149517385845
	std = 0.07001573389400588
	data = None

class Program_weight_tensor_meta_L_fn_modules_1_modules_1_buffers_running_mean_:
	name = "L_fn_modules_1_modules_1_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_1_buffers_running_var_:
	name = "L_fn_modules_1_modules_1_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_1_parameters_weight_:
	name = "L_fn_modules_1_modules_1_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_modules_1_parameters_bias_:
	name = "L_fn_modules_1_modules_1_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_3_modules_0_parameters_weight_:
	name = "L_fn_modules_3_modules_0_parameters_weight_"
	shape = [16, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0001893354041600206
	std = 0.06833145160172906
	data = None

class Program_weight_tensor_meta_L_fn_modules_3_modules_1_buffers_running_mean_:
	name = "L_fn_modules_3_modules_1_buffers_running_mean_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_3_modules_1_buffers_running_var_:
	name = "L_fn_modules_3_modules_1_buffers_running_var_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_3_modules_1_parameters_weight_:
	name = "L_fn_modules_3_modules_1_parameters_weight_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_3_modules_1_parameters_bias_:
	name = "L_fn_modules_3_modules_1_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_6_parameters_weight_:
	name = "L_fn_modules_6_parameters_weight_"
	shape = [10, 1024]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0001072314531484153
	std = 0.01798312124341339
	data = None

class Program_weight_tensor_meta_L_fn_modules_6_parameters_bias_:
	name = "L_fn_modules_6_parameters_bias_"
	shape = [10]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0034790877252817154
	std = 0.022401420305906757
	data = [0.02548808977007866, -0.00912521407008171, 0.029117807745933533, -0.02883021906018257, -0.02104613557457924, 0.01771705597639084, -0.018537670373916626, 0.013017211109399796, -0.01636868342757225, -0.026223119348287582]
