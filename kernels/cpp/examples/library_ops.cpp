// Operators registered with TORCH_LIBRARY (no pybind11): after the library is loaded they are
// called through the framework's op registry, torch.ops.paddlecamp_ex.<op> or
// paddle.ops.paddlecamp_ex.<op>. Registration goes through each framework's own dispatcher,
// so this path needs no pybind11 tensor caster.
#include <torch/library.h>
#include <ATen/ATen.h>

#include <cmath>

// limit * tanh(x / limit): a smooth clip to (-limit, limit), float32/float64.
at::Tensor soft_clip(const at::Tensor& x_in, double limit) {
  TORCH_CHECK(limit > 0, "soft_clip: limit must be > 0, got ", limit);
  TORCH_CHECK(x_in.scalar_type() == at::kFloat || x_in.scalar_type() == at::kDouble,
              "soft_clip: expected float32 or float64, got ", x_in.scalar_type());
  const at::Tensor x = x_in.contiguous();
  at::Tensor out = at::empty(x.sizes(), x.options());
  const int64_t n = x.numel();
  if (x.scalar_type() == at::kFloat) {
    const float* px = x.data_ptr<float>();
    float* po = out.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i) po[i] = static_cast<float>(limit * std::tanh(px[i] / limit));
  } else {
    const double* px = x.data_ptr<double>();
    double* po = out.data_ptr<double>();
    for (int64_t i = 0; i < n; ++i) po[i] = limit * std::tanh(px[i] / limit);
  }
  return out;
}

// Mean over the last dimension of a 2-D float32 tensor.
at::Tensor row_mean(const at::Tensor& x_in) {
  TORCH_CHECK(x_in.dim() == 2, "row_mean: expected a 2-D tensor, got ", x_in.dim(), "-D");
  TORCH_CHECK(x_in.scalar_type() == at::kFloat, "row_mean: expected float32, got ", x_in.scalar_type());
  const at::Tensor x = x_in.contiguous();
  const int64_t rows = x.size(0), cols = x.size(1);
  at::Tensor out = at::empty({rows}, x.options());
  const float* px = x.data_ptr<float>();
  float* po = out.data_ptr<float>();
  for (int64_t r = 0; r < rows; ++r) {
    double acc = 0;
    for (int64_t c = 0; c < cols; ++c) acc += px[r * cols + c];
    po[r] = cols == 0 ? NAN : static_cast<float>(acc / cols);
  }
  return out;
}

TORCH_LIBRARY(paddlecamp_ex, m) {
  m.def("soft_clip(Tensor x, float limit) -> Tensor");
  m.def("row_mean(Tensor x) -> Tensor");
}

TORCH_LIBRARY_IMPL(paddlecamp_ex, CPU, m) {
  m.impl("soft_clip", &soft_clip);
  m.impl("row_mean", &row_mean);
}
