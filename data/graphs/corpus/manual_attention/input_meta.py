class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [1, 8, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.01687613229296403
	std = 0.948376995068683
	data = None
