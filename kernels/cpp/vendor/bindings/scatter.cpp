// paddlecamp binding for pytorch_scatter's CPU scatter kernel (csrc/cpu/scatter_cpu.cpp, fetched
// unmodified into kernels/cpp/vendor/pytorch_scatter). Only this file is ours: it exposes the
// upstream C++ entry point to Python the same way for both frameworks.
#include "../pytorch_scatter/csrc/cpu/scatter_cpu.h"

static torch::Tensor scatter(torch::Tensor src, torch::Tensor index, int64_t dim, int64_t dim_size,
                             std::string reduce) {
  return std::get<0>(scatter_cpu(src, index, dim, std::nullopt, dim_size, reduce));
}

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) { m.def("scatter", &scatter); }
