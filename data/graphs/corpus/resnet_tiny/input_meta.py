class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [1, 3, 32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.0016673729258892915
	std = 0.9889760451640706
	data = None
