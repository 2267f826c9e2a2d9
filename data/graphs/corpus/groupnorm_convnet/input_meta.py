class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [1, 3, 16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.020779092504502234
	std = 0.9700038815238083
	data = None
