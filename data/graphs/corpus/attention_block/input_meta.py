class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [1, 16, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = -0.02564503190319556
	std = 0.9954058281014501
	data = None
