from sympy import Symbol, Expr, Rel, Eq

S0 = Symbol("S0")

dynamic_dim_constraint_symbols = [S0]

dynamic_dim_constraint_symbol2example_value = {S0: 3}

dynamic_dim_constraint_relations = []

dynamic_dim_constraint_input_shapes = [
    ([8, 8], "L_self_modules_fc_parameters_weight_"),
    ([8], "L_self_modules_fc_parameters_bias_"),
    ([S0, 8], "L_x_"),
]
