// paddlecamp binding for pytorch_cluster's CPU voxel-grid clustering (csrc/cpu/grid_cpu.cpp,
// fetched unmodified). Only this file is ours.
#include "../pytorch_cluster/csrc/cpu/grid_cpu.h"

static torch::Tensor grid(torch::Tensor pos, torch::Tensor size) {
  return grid_cpu(pos, size, std::nullopt, std::nullopt);
}

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) { m.def("grid", &grid); }
