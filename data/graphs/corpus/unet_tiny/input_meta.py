class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [1, 3, 16, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.02269058912982776
	std = 0.9575075462334135
	data = None
