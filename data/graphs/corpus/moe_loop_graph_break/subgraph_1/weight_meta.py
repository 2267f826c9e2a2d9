class Program_weight_tensor_meta_L_self_modules_experts_modules_0_parameters_weight_:
	name = "L_self_modules_experts_modules_0_parameters_weight_"
	shape = [16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.010811337502673268
	std = 0.1410550262228795
	data = None

class Program_weight_tensor_meta_L_self_modules_experts_modules_0_parameters_bias_:
	name = "L_self_modules_experts_modules_0_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0023710988461971283
	std = 0.11143245886857658
	data = [0.10648229718208313, 0.09895774722099304, -0.0314696729183197, -0.20494690537452698, -0.03853851556777954, 0.08682692050933838, -0.09121927618980408, 0.09489527344703674, 0.16649064421653748, -0.13053789734840393, 0.00246545672416687, 0.10337474942207336, 0.019594460725784302, 0.020882874727249146, 0.031216353178024292, -0.19653692841529846]

class Program_weight_tensor_meta_L_self_modules_experts_modules_1_parameters_weight_:
	name = "L_self_modules_experts_modules_1_parameters_weight_"
	shape = [16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.008209603023715317
	std = 0.15241789997429608
	data = None

class Program_weight_tensor_meta_L_self_modules_experts_modules_1_parameters_bias_:
	name = "L_self_modules_experts_modules_1_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.003404064103960991
	std = 0.17031427482910094
	data = [0.24336785078048706, -0.07117080688476562, -0.20700588822364807, -0.22676491737365723, 0.06264984607696533, -0.01892992854118347, -0.12624680995941162, 0.05053296685218811, 0.0949397087097168, 0.1988297402858734, 0.19409555196762085, -0.03742092847824097, -0.2204417884349823, -0.22590577602386475, 0.2334223985671997, 0.11051380634307861]

class Program_weight_tensor_meta_L_self_modules_experts_modules_2_parameters_weight_:
	name = "L_self_modules_experts_modules_2_parameters_weight_"
	shape = [16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.005629740539006889
	std = 0.14305410186122106
	data = None

class Program_weight_tensor_meta_L_self_modules_experts_modules_2_parameters_bias_:
	name = "L_self_modules_experts_modules_2_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.012460067868232727
	std = 0.1569480887245733
	data = [0.173091858625412, -0.10554882884025574, -0.1328924596309662, 0.10893839597702026, -0.21757853031158447, 0.004008114337921143, -0.11497277021408081, 0.16500839591026306, -0.2327597737312317, 0.15158313512802124, 0.2473391890525818, 0.050585031509399414, -0.01665666699409485, 0.2460874617099762, -0.10683807730674744, -0.02003338932991028]
