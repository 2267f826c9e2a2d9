class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [1, 3, 8, 8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.14491657618782483
	std = 1.029099894491528
	data = None
