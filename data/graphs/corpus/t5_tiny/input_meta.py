class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [1, 12]
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [37, 107, 12, 72, 127, 9, 75, 5, 79, 64, 16, 1]

class Program_weight_tensor_meta_L_args_2_:
	name = "L_args_2_"
	shape = [1, 6]
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [37, 107, 12, 72, 127, 9]
