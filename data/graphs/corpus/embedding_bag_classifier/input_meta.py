class Program_weight_tensor_meta_L_ids_:
	name = "L_ids_"
	shape = [4, 6]
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [37, 43, 12, 8, 63, 9, 11, 5, 15, 0, 16, 1, 12, 7, 45, 60, 6, 25, 50, 20, 62, 37, 18, 20]
