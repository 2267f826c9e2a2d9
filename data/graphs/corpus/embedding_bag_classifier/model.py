import torch

class GraphModule(torch.nn.Module):

    def forward(self, L_self_modules_emb_parameters_weight_ : torch.nn.parameter.Parameter, L_ids_ : torch.Tensor, L_self_modules_fc_parameters_weight_ : torch.nn.parameter.Parameter, L_self_modules_fc_parameters_bias_ : torch.nn.parameter.Parameter):
        l_self_modules_emb_parameters_weight_ = L_self_modules_emb_parameters_weight_
        l_ids_ = L_ids_
        l_self_modules_fc_parameters_weight_ = L_self_modules_fc_parameters_weight_
        l_self_modules_fc_parameters_bias_ = L_self_modules_fc_parameters_bias_
        embedding = torch.nn.functional.embedding(l_ids_, l_self_modules_emb_parameters_weight_, None, None, 2.0, False, False);  l_self_modules_emb_parameters_weight_ = l_ids_ = None
        mean = embedding.mean(1);  embedding = None
        linear = torch.nn.functional.linear(mean, l_self_modules_fc_parameters_weight_, l_self_modules_fc_parameters_bias_);  l_self_modules_fc_parameters_weight_ = l_self_modules_fc_parameters_bias_ = mean = None
        return (linear,)
