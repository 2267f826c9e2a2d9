class Program_weight_tensor_meta_L_s_:
	name = "L_s_"
	shape = [1, 2, 8, 8]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.05244113608432599
	std = 1.0429784981783128
	data = None
