import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_emb_parameters_weight_ : torch.nn.parameter.Parameter, L_ids_ : torch.Tensor, L_self_modules_cell_parameters_weight_ih_ : torch.nn.parameter.Parameter, L_self_modules_cell_parameters_weight_hh_ : torch.nn.parameter.Parameter, L_self_modules_cell_parameters_bias_ih_ : torch.nn.parameter.Parameter, L_self_modules_cell_parameters_bias_hh_ : torch.nn.parameter.Parameter, L_self_modules_out_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_out_parameters_bias_ : torch.nn.parameter.Parameter):
        l_self_modules_emb_parameters_weight_ = L_self_modules_emb_parameters_weight_
        l_ids_ = L_ids_
        l_self_modules_cell_parameters_weight_ih_ = L_self_modules_cell_parameters_weight_ih_
        l_self_modules_cell_parameters_weight_hh_ = L_self_modules_cell_parameters_weight_hh_
        l_self_modules_cell_parameters_bias_ih_ = L_self_modules_cell_parameters_bias_ih_
        l_self_modules_cell_parameters_bias_hh_ = L_self_modules_cell_parameters_bias_hh_
        l_self_modules_out_parameters_weight_ = L_self_modules_out_parameters_weight_
        l_self_modules_out_parameters_bias_ = L_self_modules_out_parameters_bias_
        x = torch.nn.functional.embedding(l_ids_, l_self_modules_emb_parameters_weight_, None, None, 2.0, False, False);  l_self_modules_emb_parameters_weight_ = l_ids_ = None
        h = x.new_zeros(2, 16)
        getitem = x[(slice(None, None, None), 0)]
        lstm_cell = torch.lstm_cell(getitem, (h, h), l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  h = getitem = None
        h_1 = lstm_cell[0]
        c = lstm_cell[1];  lstm_cell = None
        getitem_3 = x[(slice(None, None, None), 1)]
        lstm_cell_1 = torch.lstm_cell(getitem_3, (h_1, c), l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  c = getitem_3 = None
        h_2 = lstm_cell_1[0]
        c_1 = lstm_cell_1[1];  lstm_cell_1 = None
        getitem_6 = x[(slice(None, None, None), 2)]
        lstm_cell_2 = torch.lstm_cell(getitem_6, (h_2, c_1), l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  c_1 = getitem_6 = None
        h_3 = lstm_cell_2[0]
        c_2 = lstm_cell_2[1];  lstm_cell_2 = None
        getitem_9 = x[(slice(None, None, None), 3)]
        lstm_cell_3 = torch.lstm_cell(getitem_9, (h_3, c_2), l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  c_2 = getitem_9 = None
        h_4 = lstm_cell_3[0]
        c_3 = lstm_cell_3[1];  lstm_cell_3 = None
        getitem_12 = x[(slice(None, None, None), 4)];  x = None
        lstm_cell_4 = torch.lstm_cell(getitem_12, (h_4, c_3), l_self_modules_cell_parameters_weight_ih_, l_self_modules_cell_parameters_weight_hh_, l_self_modules_cell_parameters_bias_ih_, l_self_modules_cell_parameters_bias_hh_);  l_self_modules_cell_parameters_weight_ih_ = l_self_modules_cell_parameters_weight_hh_ = l_self_modules_cell_parameters_bias_ih_ = l_self_modules_cell_parameters_bias_hh_ = c_3 = getitem_12 = None
        h_5 = lstm_cell_4[0];  lstm_cell_4 = None
        stack = torch.stack([h_1, h_2, h_3, h_4, h_5], 1);  h_1 = h_2 = h_3 = h_4 = h_5 = None
        linear = torch.nn.functional.linear(stack, l_self_modules_out_parameters_weight_, l_self_modules_out_parameters_bias_);  l_self_modules_out_parameters_weight_ = l_self_modules_out_parameters_bias_ = stack = None
        log_softmax = torch.nn.functional.log_softmax(linear, -1);  linear = None
        return (log_softmax,)
