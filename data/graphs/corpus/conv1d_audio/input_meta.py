class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [2, 1, 256]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0046371470732538
	std = 0.9661895300670731
	data = None
