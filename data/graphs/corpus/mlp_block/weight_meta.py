class Program_weight_tensor_meta_L_self_modules_ln_parameters_weight_:
	name = "L_self_modules_ln_parameters_weight_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 1.0
	std = 0.0
	data = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

class Program_weight_tensor_meta_L_self_modules_ln_parameters_bias_:
	name = "L_self_modules_ln_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0
	std = 0.0
	data = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]

class Program_weight_tensor_meta_L_self_modules_fc1_parameters_weight_:
	name = "L_self_modules_fc1_parameters_weight_"
	shape = [32, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0014250894309952855
	std = 0.1460295568573659
	data = None

class Program_weight_tensor_meta_L_self_modules_fc1_parameters_bias_:
	name = "L_self_modules_fc1_parameters_bias_"
	shape = [32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.028549205511808395
	std = 0.12820025958947112
	data = [-0.06936365365982056, -0.09319892525672913, 0.06293725967407227, 0.0886734127998352, -0.12214291095733643, 0.022099584341049194, 0.144883930683136, -0.024874180555343628, 0.0760834813117981, -0.06029674410820007, 0.08762490749359131, -0.1810985505580902, -0.14700719714164734, -0.1268976330757141, 0.22975271940231323, -0.06727102398872375, -0.0006825923919677734, -0.12112388014793396, 0.2495725154876709, 0.2441675364971161, -0.18854665756225586, -0.2026674747467041, -0.18949824571609497, -0.0012056827545166016, -0.06372597813606262, -0.16363641619682312, -0.08966803550720215, 0.04723271727561951, -0.13062268495559692, 0.05539563298225403, -0.0573289692401886, -0.12114083766937256]

class Program_weight_tensor_meta_L_self_modules_fc2_parameters_weight_:
	name = "L_self_modules_fc2_parameters_weight_"
	shape = [16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0018584477303988933
	std = 0.10381746405438003
	data = None

class Program_weight_tensor_meta_L_self_modules_fc2_parameters_bias_:
	name = "L_self_modules_fc2_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.028125105425715446
	std = 0.1083755995565467
	data = [0.1451701819896698, 0.0684632733464241, 0.1489289402961731, -0.06058114022016525, -0.09751752018928528, 0.15201199054718018, 0.07368457317352295, 0.16970252990722656, -0.07383902370929718, -0.11350245028734207, -0.020720507949590683, -0.1664493829011917, 0.06929207593202591, 0.13038843870162964, 0.04243645817041397, -0.017466749995946884]
