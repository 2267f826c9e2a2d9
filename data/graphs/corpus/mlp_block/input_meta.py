class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [2, 8, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.06774336337548448
	std = 0.9973792638425598
	data = None
