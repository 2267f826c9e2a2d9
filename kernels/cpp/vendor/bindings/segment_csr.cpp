// paddlecamp binding for pytorch_scatter's CPU segment_csr kernel (csrc/cpu/segment_csr_cpu.cpp,
// fetched unmodified). Only this file is ours.
#include "../pytorch_scatter/csrc/cpu/segment_csr_cpu.h"

static torch::Tensor segment_csr(torch::Tensor src, torch::Tensor indptr, std::string reduce) {
  return std::get<0>(segment_csr_cpu(src, indptr, std::nullopt, reduce));
}

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) { m.def("segment_csr", &segment_csr); }
