class Program_weight_tensor_meta_L_pixel_values_:
	name = "L_pixel_values_"
	shape = [1, 3, 32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.005621887707510116
	std = 1.00240988119556
	data = None
