import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_x_ : torch.Tensor, L_self_modules_cell_parameters_weight_ih_ : torch.nn.parameter.Parameter, L_self_modules_cell_parameters_weight_hh_ : torch.nn.parameter.Parameter, L_self_modules_cell_parameters_bias_ih_ : torch.nn.parameter.Parameter, L_self_modules_cell_parameters_bias_hh_ : torch.nn.parameter.Parameter):
        l_x_ = L_x_
        l_self_modules_cell_parameters_weight_ih_ = L_self_modules_cell_parameters_weight_ih_
        l_self_modules_cell_parameters_weight_hh_ = L_self_modules_cell_parameters_weight_hh_
        l_self_modules_cell_parameters_bias_ih_ = L_self_modules_cell_parameters_bias_ih_
        l_self_modules_cell_parameters_bias_hh_ = L_self_modules_cell_parameters_bias_hh_
        h = l_x_.new_zeros(2, 16)
        getitem = l_x_[(slice(None, None, None), 0)]
        ret = torch.gru_cell(getitem, h, l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  h = getitem = None
        getitem_1 = l_x_[(slice(None, None, None), 1)]
        ret_1 = torch.gru_cell(getitem_1, ret, l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  ret = getitem_1 = None
        getitem_2 = l_x_[(slice(None, None, None), 2)]
        ret_2 = torch.gru_cell(getitem_2, ret_1, l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  ret_1 = getitem_2 = None
        getitem_3 = l_x_[(slice(None, None, None), 3)];  l_x_ = None
        ret_3 = torch.gru_cell(getitem_3, ret_2, l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  l_self_modules_cell_parameters_weight_ih_ = l_self_modules_cell_parameters_weight_hh_ = l_self_modules_cell_parameters_bias_ih_ = l_self_modules_cell_parameters_bias_hh_ = ret_2 = getitem_3 = None
        return (ret_3,)
