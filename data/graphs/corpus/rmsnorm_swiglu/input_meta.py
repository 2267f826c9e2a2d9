class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [1, 8, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.02579304391019832
	std = 0.9856953819385854
	data = None
