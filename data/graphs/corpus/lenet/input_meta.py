class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [2, 1, 28, 28]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.031104668016528843
	std = 1.033086204727037
	data = None
