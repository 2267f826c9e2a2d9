class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [1, 3, 32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.009780431027346973
	std = 0.9954619544155695
	data = None
