class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [1, 3, 16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.003116254602597716
	std = 1.0173922424518114
	data = None
