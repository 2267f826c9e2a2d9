class Program_weight_tensor_meta_L_self_modules_stem_modules_0_parameters_weight_:
	name = "L_self_modules_stem_modules_0_parameters_weight_"
	shape = [8, 3, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.009220897157555792
	std = 0.10990001771880832
	data = None

class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_mean_:
	name = "L_self_modules_stem_modules_1_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_var_:
	name = "L_self_modules_stem_modules_1_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_weight_:
	name = "L_self_modules_stem_modules_1_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_bias_:
	name = "L_self_modules_stem_modules_1_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c1_modules_0_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_c1_modules_0_parameters_weight_"
	shape = [8, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0013351149517385845
	std = 0.07001573389400588
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c1_modules_1_buffers_running_mean_:
	name = "L_self_modules_layers_modules_0_modules_c1_modules_1_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c1_modules_1_buffers_running_var_:
	name = "L_self_modules_layers_modules_0_modules_c1_modules_1_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c1_modules_1_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_c1_modules_1_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c1_modules_1_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_c1_modules_1_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c2_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_c2_parameters_weight_"
	shape = [8, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0011517648277327276
	std = 0.06946169124595247
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_bn_buffers_running_mean_:
	name = "L_self_modules_layers_modules_0_modules_bn_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_bn_buffers_running_var_:
	name = "L_self_modules_layers_modules_0_modules_bn_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_bn_parameters_weight_:
	name = "L_self_modules_layers_modules_0_modules_bn_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_bn_parameters_bias_:
	name = "L_self_modules_layers_modules_0_modules_bn_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_down_modules_0_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_down_modules_0_parameters_weight_"
	shape = [16, 8, 1, 1]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.022295213773759315
	std = 0.21186525480382393
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_down_modules_1_buffers_running_mean_:
	name = "L_self_modules_layers_modules_1_modules_down_modules_1_buffers_running_mean_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_down_modules_1_buffers_running_var_:
	name = "L_self_modules_layers_modules_1_modules_down_modules_1_buffers_running_var_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_down_modules_1_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_down_modules_1_parameters_weight_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_down_modules_1_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_down_modules_1_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c1_modules_0_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_c1_modules_0_parameters_weight_"
	shape = [16, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -8.276376285544352e-05
	std = 0.06673441848735434
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c1_modules_1_buffers_running_mean_:
	name = "L_self_modules_layers_modules_1_modules_c1_modules_1_buffers_running_mean_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c1_modules_1_buffers_running_var_:
	name = "L_self_modules_layers_modules_1_modules_c1_modules_1_buffers_running_var_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c1_modules_1_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_c1_modules_1_parameters_weight_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c1_modules_1_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_c1_modules_1_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c2_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_c2_parameters_weight_"
	shape = [16, 16, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0012178576888288717
	std = 0.0472638116857373
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_bn_buffers_running_mean_:
	name = "L_self_modules_layers_modules_1_modules_bn_buffers_running_mean_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_bn_buffers_running_var_:
	name = "L_self_modules_layers_modules_1_modules_bn_buffers_running_var_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_bn_parameters_weight_:
	name = "L_self_modules_layers_modules_1_modules_bn_parameters_weight_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_bn_parameters_bias_:
	name = "L_self_modules_layers_modules_1_modules_bn_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_down_modules_0_parameters_weight_:
	name = "L_self_modules_layers_modules_2_modules_down_modules_0_parameters_weight_"
	shape = [32, 16, 1, 1]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0008178448188118637
	std = 0.14580952612756487
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_down_modules_1_buffers_running_mean_:
	name = "L_self_modules_layers_modules_2_modules_down_modules_1_buffers_running_mean_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_down_modules_1_buffers_running_var_:
	name = "L_self_modules_layers_modules_2_modules_down_modules_1_buffers_running_var_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_down_modules_1_parameters_weight_:
	name = "L_self_modules_layers_modules_2_modules_down_modules_1_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_down_modules_1_parameters_bias_:
	name = "L_self_modules_layers_modules_2_modules_down_modules_1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c1_modules_0_parameters_weight_:
	name = "L_self_modules_layers_modules_2_modules_c1_modules_0_parameters_weight_"
	shape = [32, 16, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.001265160288622348
	std = 0.04809845458693246
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c1_modules_1_buffers_running_mean_:
	name = "L_self_modules_layers_modules_2_modules_c1_modules_1_buffers_running_mean_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c1_modules_1_buffers_running_var_:
	name = "L_self_modules_layers_modules_2_modules_c1_modules_1_buffers_running_var_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c1_modules_1_parameters_weight_:
	name = "L_self_modules_layers_modules_2_modules_c1_modules_1_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c1_modules_1_parameters_bias_:
	name = "L_self_modules_layers_modules_2_modules_c1_modules_1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c2_parameters_weight_:
	name = "L_self_modules_layers_modules_2_modules_c2_parameters_weight_"
	shape = [32, 32, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0003628437642513798
	std = 0.034100164697419034
	data = None

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_bn_buffers_running_mean_:
	name = "L_self_modules_layers_modules_2_modules_bn_buffers_running_mean_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_bn_buffers_running_var_:
	name = "L_self_modules_layers_modules_2_modules_bn_buffers_running_var_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_bn_parameters_weight_:
	name = "L_self_modules_layers_modules_2_modules_bn_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_bn_parameters_bias_:
	name = "L_self_modules_layers_modules_2_modules_bn_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
	name = "L_self_modules_fc_parameters_weight_"
	shape = [10, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0025933965177216576
	std = 0.09956745388724278
	data = None

class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
	name = "L_self_modules_fc_parameters_bias_"
	shape = [10]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.012606423487886787
	std = 0.09574347043308251
	data = [-0.1636199802160263, 0.16003334522247314, -0.09452174603939056, -0.07388502359390259, 0.006071843672543764, -0.06771188229322433, 0.06555571407079697, -0.01757679507136345, 0.08597004413604736, -0.02637975476682186]
