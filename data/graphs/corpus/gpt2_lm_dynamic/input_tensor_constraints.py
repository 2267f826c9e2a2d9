from sympy import Symbol, Expr, Rel, Eq

S0 = Symbol("S0")
S1 = Symbol("S1")

dynamic_dim_constraint_symbols = [S0, S1]

dynamic_dim_constraint_symbol2example_value = {S0: 2, S1: 10}

dynamic_dim_constraint_relations = []

dynamic_dim_constraint_input_shapes = [
    ([S0, S1], "L_args_0_"),
    ([128, 32], "L_self_modules_transformer_modules_wte_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_wte_norm_type"),
    ([64, 32], "L_self_modules_transformer_modules_wpe_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_wpe_norm_type"),
    ([], "L_self_modules_transformer_modules_drop_p"),
    ([32], "L_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_weight_"),
    ([32], "L_self_modules_transformer_modules_h_modules_0_modules_ln_1_parameters_bias_"),
    ([], "L_self_modules_transformer_modules_h_modules_0_modules_ln_1_eps"),
    ([96], "L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_bias_"),
    ([32, 96], "L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_attn_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_h_modules_0_modules_attn_scaling"),
    ([32], "L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_bias_"),
    ([32, 32], "L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_c_proj_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_h_modules_0_modules_attn_modules_resid_dropout_p"),
    ([32], "L_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_weight_"),
    ([32], "L_self_modules_transformer_modules_h_modules_0_modules_ln_2_parameters_bias_"),
    ([], "L_self_modules_transformer_modules_h_modules_0_modules_ln_2_eps"),
    ([128], "L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_bias_"),
    ([32, 128], "L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_fc_parameters_weight_"),
    ([], "G_import_transformers_dot_activations_math_pi"),
    ([32], "L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_bias_"),
    ([128, 32], "L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_c_proj_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_h_modules_0_modules_mlp_modules_dropout_p"),
    ([32], "L_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_weight_"),
    ([32], "L_self_modules_transformer_modules_h_modules_1_modules_ln_1_parameters_bias_"),
    ([], "L_self_modules_transformer_modules_h_modules_1_modules_ln_1_eps"),
    ([96], "L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_bias_"),
    ([32, 96], "L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_attn_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_h_modules_1_modules_attn_scaling"),
    ([32], "L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_bias_"),
    ([32, 32], "L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_c_proj_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_h_modules_1_modules_attn_modules_resid_dropout_p"),
    ([32], "L_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_weight_"),
    ([32], "L_self_modules_transformer_modules_h_modules_1_modules_ln_2_parameters_bias_"),
    ([], "L_self_modules_transformer_modules_h_modules_1_modules_ln_2_eps"),
    ([128], "L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_bias_"),
    ([32, 128], "L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_fc_parameters_weight_"),
    ([32], "L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_bias_"),
    ([128, 32], "L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_c_proj_parameters_weight_"),
    ([], "L_self_modules_transformer_modules_h_modules_1_modules_mlp_modules_dropout_p"),
    ([32], "L_self_modules_transformer_modules_ln_f_parameters_weight_"),
    ([32], "L_self_modules_transformer_modules_ln_f_parameters_bias_"),
    ([], "L_self_modules_transformer_modules_ln_f_eps"),
]
