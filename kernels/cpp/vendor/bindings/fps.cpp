// paddlecamp binding for pytorch_cluster's CPU farthest point sampling (csrc/cpu/fps_cpu.cpp,
// fetched unmodified). Only this file is ours.
#include "../pytorch_cluster/csrc/cpu/fps_cpu.h"

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) { m.def("fps", &fps_cpu); }
