class Program_weight_tensor_meta_L_self_modules_d1_modules_0_parameters_weight_:
	name = "L_self_modules_d1_modules_0_parameters_weight_"
	shape = [8, 3, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.009220897157555792
	std = 0.10990001771880832
	data = None

class Program_weight_tensor_meta_L_self_modules_d1_modules_1_buffers_running_mean_:
	name = "L_self_modules_d1_modules_1_buffers_running_mean_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_d1_modules_1_buffers_running_var_:
	name = "L_self_modules_d1_modules_1_buffers_running_var_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_d1_modules_1_parameters_weight_:
	name = "L_self_modules_d1_modules_1_parameters_weight_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_d1_modules_1_parameters_bias_:
	name = "L_self_modules_d1_modules_1_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_d2_modules_0_parameters_weight_:
	name = "L_self_modules_d2_modules_0_parameters_weight_"
	shape = [16, 8, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 9.167506200292842e-05
	std = 0.06972005984934296
	data = None

class Program_weight_tensor_meta_L_self_modules_d2_modules_1_buffers_running_mean_:
	name = "L_self_modules_d2_modules_1_buffers_running_mean_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_d2_modules_1_buffers_running_var_:
	name = "L_self_modules_d2_modules_1_buffers_running_var_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_d2_modules_1_parameters_weight_:
	name = "L_self_modules_d2_modules_1_parameters_weight_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_d2_modules_1_parameters_bias_:
	name = "L_self_modules_d2_modules_1_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_up_parameters_weight_:
	name = "L_self_modules_up_parameters_weight_"
	shape = [16, 8, 2, 2]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0024511547337908723
	std = 0.1008100534298283
	data = None

class Program_weight_tensor_meta_L_self_modules_up_parameters_bias_:
	name = "L_self_modules_up_parameters_bias_"
	shape = [8]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.05482727475464344
	std = 0.12245037493691441
	data = [0.15495949983596802, -0.15912972390651703, -0.10437338054180145, -0.17299896478652954, 0.04458403214812279, -0.13606306910514832, 0.05719445273280144, -0.12279104441404343]

class Program_weight_tensor_meta_L_self_modules_out_parameters_weight_:
	name = "L_self_modules_out_parameters_weight_"
	shape = [2, 16, 1, 1]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.01038764975965023
	std = 0.13995491198378457
	data = [-0.16014522314071655, -0.12771889567375183, 0.037517249584198, 0.22972020506858826, 0.2341780662536621, -0.018887430429458618, -0.24487420916557312, -0.08259376883506775, -0.09527775645256042, -0.05317392945289612, 0.09552213549613953, 0.1258087456226349, 0.11084368824958801, 0.07141706347465515, -0.10120698809623718, -0.0026520490646362305, 0.03181686997413635, -0.12769758701324463, -0.02236407995223999, -0.031207233667373657, -0.23620319366455078, 0.16948065161705017, -0.025275617837905884, -0.21611493825912476, 0.1977933943271637, -0.13451850414276123, 0.08851099014282227, 0.24792814254760742, 0.01157313585281372, 0.07192590832710266, 0.09933218359947205, 0.18894776701927185]

class Program_weight_tensor_meta_L_self_modules_out_parameters_bias_:
	name = "L_self_modules_out_parameters_bias_"
	shape = [2]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.1086927205324173
	std = 0.045236486461257885
	data = [-0.0767056941986084, -0.1406797468662262]
