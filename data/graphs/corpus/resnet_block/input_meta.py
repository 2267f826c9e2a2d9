class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [1, 8, 16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.030345682231015303
	std = 0.9999744752450562
	data = None
