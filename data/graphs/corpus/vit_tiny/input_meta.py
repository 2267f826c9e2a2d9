class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [1, 3, 32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.001552215462207111
	std = 0.993433483981554
	data = None
