class Program_weight_tensor_meta_L_self_modules_a_parameters_weight_:
	name = "L_self_modules_a_parameters_weight_"
	shape = [16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.011261455831117928
	std = 0.14273612043415576
	data = None

class Program_weight_tensor_meta_L_self_modules_a_parameters_bias_:
	name = "L_self_modules_a_parameters_bias_"
	shape = [16]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0030618570744991302
	std = 0.1442611383204381
	data = [-0.24778708815574646, 0.11284849047660828, -0.12006592750549316, -0.16683506965637207, -0.14402535557746887, 0.1437390148639679, 0.13239341974258423, 0.191880464553833, 0.09068077802658081, -0.08348992466926575, -0.06986203789710999, 0.07385748624801636, 0.20550867915153503, 0.0679730474948883, -0.11828634142875671, -0.11751934885978699]
