// paddlecamp binding for pytorch_spline_conv's CPU B-spline basis (csrc/cpu/basis_cpu.cpp,
// fetched unmodified). Only this file is ours.
#include "../pytorch_spline_conv/csrc/cpu/basis_cpu.h"

static std::vector<torch::Tensor> spline_basis(torch::Tensor pseudo, torch::Tensor kernel_size,
                                               torch::Tensor is_open_spline, int64_t degree) {
  auto [basis, weight_index] = spline_basis_fw_cpu(pseudo, kernel_size, is_open_spline, degree);
  return {basis, weight_index};
}

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) { m.def("spline_basis", &spline_basis); }
