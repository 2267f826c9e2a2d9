class Program_weight_tensor_meta_L_args_1_:
	name = "L_args_1_"
	shape = [1, 16]
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [37, 107, 12, 72, 127, 9, 75, 5, 79, 64, 16, 1, 76, 71, 109, 124]
