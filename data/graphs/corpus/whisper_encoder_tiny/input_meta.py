class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [1, 16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0642740719001722
	std = 0.9870738414488417
	data = None
