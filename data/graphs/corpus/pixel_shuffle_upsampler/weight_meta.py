class Program_weight_tensor_meta_L_fn_modules_0_parameters_weight_:
	name = "L_fn_modules_0_parameters_weight_"
	shape = [12, 3, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.008921935819402009
	std = 0.1073570309405167
	data = None

class Program_weight_tensor_meta_L_fn_modules_0_parameters_bias_:
	name = "L_fn_modules_0_parameters_bias_"
	shape = [12]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.031107481103390455
	std = 0.13297189125754566
	data = [0.133265882730484, 0.17341941595077515, 0.11311271786689758, 0.025788897648453712, 0.0898769274353981, -0.09362304955720901, -0.15948115289211273, -0.16549189388751984, 0.19199007749557495, 0.1221652701497078, -0.13302800059318542, 0.07529468089342117]

class Program_weight_tensor_meta_L_fn_modules_3_parameters_weight_:
	name = "L_fn_modules_3_parameters_weight_"
	shape = [3, 3, 3, 3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.02603692319934015
	std = 0.1200332728447669
	data = None

class Program_weight_tensor_meta_L_fn_modules_3_parameters_bias_:
	name = "L_fn_modules_3_parameters_bias_"
	shape = [3]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.053090655555327736
	std = 0.11166930860631505
	data = [-0.03712916374206543, 0.018417593091726303, 0.17798353731632233]
