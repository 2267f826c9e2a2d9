class Program_weight_tensor_meta_L_self_modules_norm_parameters_weight_:
	name = "L_self_modules_norm_parameters_weight_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_norm_parameters_bias_:
	name = "L_self_modules_norm_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_qkv_parameters_weight_:
	name = "L_self_modules_qkv_parameters_weight_"
	shape = [96, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0006888668774512515
	std = 0.101463687613355
	data = None

class Program_weight_tensor_meta_L_self_modules_qkv_parameters_bias_:
	name = "L_self_modules_qkv_parameters_bias_"
	shape = [96]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.001742487231240375
	std = 0.10466228278402703
	data = None

class Program_weight_tensor_meta_L_self_modules_proj_parameters_weight_:
	name = "L_self_modules_proj_parameters_weight_"
	shape = [32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.004387463964235394
	std = 0.10140113457938603
	data = None

class Program_weight_tensor_meta_L_self_modules_proj_parameters_bias_:
	name = "L_self_modules_proj_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.016962856461759657
	std = 0.09707420842560949
	data = [-0.07660691440105438, 0.10781237483024597, -0.15655215084552765, -0.11198640614748001, -0.11075235158205032, 0.023270877078175545, 0.01736707240343094, -0.15204690396785736, 0.17058256268501282, -0.00016894564032554626, -0.09439817070960999, 0.004222523886710405, -0.07588198781013489, 0.04877127707004547, 0.06399480253458023, -0.05014467611908913, 0.010305747389793396, 0.10518354922533035, -0.11498109251260757, -0.039419081062078476, -0.026078909635543823, -0.11695773154497147, 0.014397974126040936, 0.006496999878436327, -0.1427876055240631, 0.036263421177864075, 0.16872742772102356, 0.09402641654014587, -0.09589040279388428, 0.16181549429893494, -0.12151524424552917, -0.08988135308027267]
