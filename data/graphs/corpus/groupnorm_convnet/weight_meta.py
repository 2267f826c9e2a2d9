class Program_weight_tensor_meta_L_fn_modules_0_parameters_weight_:
	name = "L_fn_modules_0_parameters_weight_"
	shape = [8, 3, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.009220897157555792
	std = 0.10990001771880832
	data = None

class Program_weight_tensor_meta_L_fn_modules_0_parameters_bias_:
	name = "L_fn_modules_0_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = -8.198106661438942e-05
	std = 0.13238258122767851
	data = [-0.150535449385643, -0.10086914151906967, 0.1554020494222641, -0.15618222951889038, -0.013819108717143536, 0.1903790831565857, 0.06952010095119476, 0.0054488470777869225]

class Program_weight_tensor_meta_L_fn_modules_1_parameters_weight_:
	name = "L_fn_modules_1_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_1_parameters_bias_:
	name = "L_fn_modules_1_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_fn_modules_3_parameters_weight_:
	name = "L_fn_modules_3_parameters_weight_"
	shape = [8, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0010833685758358217
	std = 0.06983170137146458
	data = None

class Program_weight_tensor_meta_L_fn_modules_3_parameters_bias_:
	name = "L_fn_modules_3_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0210634469112847
	std = 0.08195711374989598
	data = [0.05242754518985748, -0.05037391185760498, 0.09395135194063187, -0.08269380033016205, 0.0003349550534039736, 0.10593873262405396, 0.11718941479921341, -0.06826671212911606]

class Program_weight_tensor_meta_L_fn_modules_4_parameters_weight_:
	name = "L_fn_modules_4_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_fn_modules_4_parameters_bias_:
	name = "L_fn_modules_4_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
