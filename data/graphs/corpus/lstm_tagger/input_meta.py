class Program_weight_tensor_meta_L_ids_:
	name = "L_ids_"
	shape = [2, 5]
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [45, 39, 24, 18, 13, 13, 41, 41, 9, 32]
