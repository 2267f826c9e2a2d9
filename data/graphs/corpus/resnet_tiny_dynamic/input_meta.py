class Program_weight_tensor_meta_s77:
	name = "s77"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [2]

class Program_weight_tensor_meta_s53:
	name = "s53"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [32]

class Program_weight_tensor_meta_L_x_:
	name = "L_x_"
	shape = [2, 3, 32, 32]
	dtype = "torch.float32"
	device = "cpu"
	mean = 0.0018631481883844003
	std = 0.990800546574798
	data = None

class Program_weight_tensor_meta_L_self_modules_stem_modules_1_momentum:
	name = "L_self_modules_stem_modules_1_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_stem_modules_1_eps:
	name = "L_self_modules_stem_modules_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c1_modules_1_momentum:
	name = "L_self_modules_layers_modules_0_modules_c1_modules_1_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_c1_modules_1_eps:
	name = "L_self_modules_layers_modules_0_modules_c1_modules_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_bn_momentum:
	name = "L_self_modules_layers_modules_0_modules_bn_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_0_modules_bn_eps:
	name = "L_self_modules_layers_modules_0_modules_bn_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_down_modules_1_momentum:
	name = "L_self_modules_layers_modules_1_modules_down_modules_1_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_down_modules_1_eps:
	name = "L_self_modules_layers_modules_1_modules_down_modules_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c1_modules_1_momentum:
	name = "L_self_modules_layers_modules_1_modules_c1_modules_1_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_c1_modules_1_eps:
	name = "L_self_modules_layers_modules_1_modules_c1_modules_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_bn_momentum:
	name = "L_self_modules_layers_modules_1_modules_bn_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_1_modules_bn_eps:
	name = "L_self_modules_layers_modules_1_modules_bn_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_down_modules_1_momentum:
	name = "L_self_modules_layers_modules_2_modules_down_modules_1_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_down_modules_1_eps:
	name = "L_self_modules_layers_modules_2_modules_down_modules_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c1_modules_1_momentum:
	name = "L_self_modules_layers_modules_2_modules_c1_modules_1_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_c1_modules_1_eps:
	name = "L_self_modules_layers_modules_2_modules_c1_modules_1_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_bn_momentum:
	name = "L_self_modules_layers_modules_2_modules_bn_momentum"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_layers_modules_2_modules_bn_eps:
	name = "L_self_modules_layers_modules_2_modules_bn_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-05
	std = 0.0
	data = [1e-05]
