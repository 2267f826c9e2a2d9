class Program_weight_tensor_meta_s33:
	name = "s33"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [2]

class Program_weight_tensor_meta_s50:
	name = "s50"
	shape = []
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [12]

class Program_weight_tensor_meta_L_args_0_:
	name = "L_args_0_"
	shape = [2, 12]
	dtype = "torch.int64"
	device = "cpu"
	mean = None
	std = None
	data = [37, 107, 12, 72, 127, 9, 75, 5, 79, 64, 16, 1, 76, 71, 109, 124, 6, 25, 50, 20, 126, 101, 18, 84]

class Program_weight_tensor_meta_L_self_modules_embeddings_modules_word_embeddings_norm_type:
	name = "L_self_modules_embeddings_modules_word_embeddings_norm_type"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 2.0
	std = 0.0
	data = [2.0]

class Program_weight_tensor_meta_L_self_modules_embeddings_modules_token_type_embeddings_norm_type:
	name = "L_self_modules_embeddings_modules_token_type_embeddings_norm_type"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 2.0
	std = 0.0
	data = [2.0]

class Program_weight_tensor_meta_L_self_modules_embeddings_modules_position_embeddings_norm_type:
	name = "L_self_modules_embeddings_modules_position_embeddings_norm_type"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 2.0
	std = 0.0
	data = [2.0]

class Program_weight_tensor_meta_L_self_modules_embeddings_modules_LayerNorm_eps:
	name = "L_self_modules_embeddings_modules_LayerNorm_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-12
	std = 0.0
	data = [1e-12]

class Program_weight_tensor_meta_L_self_modules_embeddings_modules_dropout_p:
	name = "L_self_modules_embeddings_modules_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_0_modules_attention_modules_self_scaling:
	name = "L_self_modules_encoder_modules_layer_modules_0_modules_attention_modules_self_scaling"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.3535533905932738
	std = 0.0
	data = [0.3535533905932738]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_dropout_p:
	name = "L_self_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_LayerNorm_eps:
	name = "L_self_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_LayerNorm_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-12
	std = 0.0
	data = [1e-12]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_0_modules_output_modules_dropout_p:
	name = "L_self_modules_encoder_modules_layer_modules_0_modules_output_modules_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_0_modules_output_modules_LayerNorm_eps:
	name = "L_self_modules_encoder_modules_layer_modules_0_modules_output_modules_LayerNorm_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-12
	std = 0.0
	data = [1e-12]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_1_modules_attention_modules_self_scaling:
	name = "L_self_modules_encoder_modules_layer_modules_1_modules_attention_modules_self_scaling"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.3535533905932738
	std = 0.0
	data = [0.3535533905932738]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_dropout_p:
	name = "L_self_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_LayerNorm_eps:
	name = "L_self_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_LayerNorm_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-12
	std = 0.0
	data = [1e-12]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_1_modules_output_modules_dropout_p:
	name = "L_self_modules_encoder_modules_layer_modules_1_modules_output_modules_dropout_p"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 0.1
	std = 0.0
	data = [0.1]

class Program_weight_tensor_meta_L_self_modules_encoder_modules_layer_modules_1_modules_output_modules_LayerNorm_eps:
	name = "L_self_modules_encoder_modules_layer_modules_1_modules_output_modules_LayerNorm_eps"
	shape = []
	dtype = "torch.float64"
	device = "cpu"
	mean = 1e-12
	std = 0.0
	data = [1e-12]
