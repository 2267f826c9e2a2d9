class Program_weight_tensor_meta_L_self_modules_b_parameters_weight_:
	name = "L_self_modules_b_parameters_weight_"
	shape = [16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.00789914489723742
	std = 0.14751754478565754
	data = None

class Program_weight_tensor_meta_L_self_modules_b_parameters_bias_:
	name = "L_self_modules_b_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.04584244079887867
	std = 0.14016372359886303
	data = [-0.0006825923919677734, -0.12112388014793396, 0.2495725154876709, 0.2441675364971161, -0.18854665756225586, -0.2026674747467041, -0.18949824571609497, -0.0012056827545166016, -0.06372597813606262, -0.16363641619682312, -0.08966803550720215, 0.04723271727561951, -0.13062268495559692, 0.05539563298225403, -0.0573289692401886, -0.12114083766937256]
