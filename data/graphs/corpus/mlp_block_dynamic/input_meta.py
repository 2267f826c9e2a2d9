class Program_weight_tensor_meta_s77:
	name = "s77"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [3]

class Program_weight_tensor_meta_s27:
	name = "s27"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [5]

class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [3, 5, 16]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.07308339273246627
	std = 1.0022929911012832
	data = None

class Program_weight_tensor_meta_L_self_modules_ln_eps:
	name = "L_self_modules_ln_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]
