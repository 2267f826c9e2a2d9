// Torch-style CPU operators, bound with pybind11, that build unchanged against PyTorch and
// against Paddle's C++ compat layer (paddlecamp.cppcompat.load(..., framework=...)).
//
// The ops use what operator libraries use for CPU kernels: sizes()/numel()/data_ptr<T>(),
// at::empty with TensorOptions, at::acc_type, a ScalarType switch, TORCH_CHECK. Tensor
// arithmetic (x * 2 + 1, x.sum(), at::add) is avoided on purpose: it does not compile
// against paddle 3.3.1 (see README.md in this folder).
#include <torch/extension.h>
#include <ATen/AccumulateType.h>

#include <cmath>
#include <tuple>
#include <type_traits>
#include <vector>

#include "floating_dispatch.h"

namespace {

std::vector<int64_t> broadcast_shape(at::IntArrayRef a, at::IntArrayRef b) {
  const size_t ndim = std::max(a.size(), b.size());
  std::vector<int64_t> shape(ndim);
  for (size_t i = 0; i < ndim; ++i) {
    const int64_t da = i < ndim - a.size() ? 1 : a[i - (ndim - a.size())];
    const int64_t db = i < ndim - b.size() ? 1 : b[i - (ndim - b.size())];
    TORCH_CHECK(da == db || da == 1 || db == 1, "broadcast_add: shapes ", a, " and ", b,
                " are not broadcastable (dimension ", i, ": ", da, " vs ", db, ")");
    shape[i] = da == 1 ? db : da;
  }
  return shape;
}

// Element strides of a contiguous tensor of `sizes` seen through the output's `ndim` dims,
// with 0 where the tensor is broadcast.
std::vector<int64_t> broadcast_strides(at::IntArrayRef sizes, size_t ndim) {
  std::vector<int64_t> strides(ndim, 0);
  int64_t step = 1;
  for (size_t k = sizes.size(); k-- > 0;) {
    strides[ndim - sizes.size() + k] = sizes[k] == 1 ? 0 : step;
    step *= sizes[k];
  }
  return strides;
}

void check_cpu_float(const at::Tensor& x, const char* op, const char* what) {
  TORCH_CHECK(x.device().is_cpu(), op, ": ", what, " must be a CPU tensor, got ", x.device());
  TORCH_CHECK(x.scalar_type() == at::kFloat || x.scalar_type() == at::kDouble || x.scalar_type() == at::kHalf,
              op, ": ", what, " must be float32, float64 or float16, got ", x.scalar_type());
}

}  // namespace

// a + b with numpy/torch broadcasting.
at::Tensor broadcast_add(const at::Tensor& a_in, const at::Tensor& b_in) {
  check_cpu_float(a_in, "broadcast_add", "a");
  TORCH_CHECK(a_in.scalar_type() == b_in.scalar_type(), "broadcast_add: dtypes differ: ", a_in.scalar_type(),
              " and ", b_in.scalar_type());
  const at::Tensor a = a_in.contiguous();
  const at::Tensor b = b_in.contiguous();
  const std::vector<int64_t> shape = broadcast_shape(a.sizes(), b.sizes());
  at::Tensor out = at::empty(shape, a.options());
  const size_t ndim = shape.size();
  const std::vector<int64_t> sa = broadcast_strides(a.sizes(), ndim);
  const std::vector<int64_t> sb = broadcast_strides(b.sizes(), ndim);
  const int64_t n = out.numel();
  dispatch_floating_and_half(a.scalar_type(), "broadcast_add", [&](auto tag) {
    using scalar_t = decltype(tag);
    using acc_t = at::acc_type<scalar_t, false>;
    const scalar_t* pa = a.data_ptr<scalar_t>();
    const scalar_t* pb = b.data_ptr<scalar_t>();
    scalar_t* po = out.data_ptr<scalar_t>();
    for (int64_t linear = 0; linear < n; ++linear) {
      int64_t rest = linear, oa = 0, ob = 0;
      for (size_t k = ndim; k-- > 0;) {
        const int64_t index = rest % shape[k];
        rest /= shape[k];
        oa += index * sa[k];
        ob += index * sb[k];
      }
      po[linear] = static_cast<scalar_t>(static_cast<acc_t>(pa[oa]) + static_cast<acc_t>(pb[ob]));
    }
  });
  return out;
}

// Sum over the last dimension, accumulated in at::acc_type (double for float, float for half).
at::Tensor row_sum(const at::Tensor& x_in) {
  check_cpu_float(x_in, "row_sum", "x");
  TORCH_CHECK(x_in.dim() >= 1, "row_sum: expected at least 1 dimension, got a 0-d tensor");
  const at::Tensor x = x_in.contiguous();
  const int64_t cols = x.size(-1);
  const int64_t rows = cols == 0 ? 0 : x.numel() / cols;
  std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end() - 1);
  at::Tensor out = at::empty(shape, x.options());
  dispatch_floating_and_half(x.scalar_type(), "row_sum", [&](auto tag) {
    using scalar_t = decltype(tag);
    using acc_t = at::acc_type<scalar_t, false>;
    const scalar_t* px = x.data_ptr<scalar_t>();
    scalar_t* po = out.data_ptr<scalar_t>();
    for (int64_t r = 0; r < rows; ++r) {
      acc_t acc = 0;
      for (int64_t c = 0; c < cols; ++c) acc += static_cast<acc_t>(px[r * cols + c]);
      po[r] = static_cast<scalar_t>(acc);
    }
  });
  return out;
}

// gelu(x + bias) in one pass (exact erf form, as torch.nn.functional.gelu), bias over the last dim.
at::Tensor bias_gelu(const at::Tensor& x_in, const at::Tensor& bias_in) {
  check_cpu_float(x_in, "bias_gelu", "x");
  TORCH_CHECK(bias_in.dim() == 1 && x_in.dim() >= 1 && bias_in.size(0) == x_in.size(-1),
              "bias_gelu: bias must be 1-D with x.size(-1) = ", x_in.size(-1), " elements, got shape ", bias_in.sizes());
  TORCH_CHECK(bias_in.scalar_type() == x_in.scalar_type(), "bias_gelu: bias dtype ", bias_in.scalar_type(),
              " differs from x dtype ", x_in.scalar_type());
  const at::Tensor x = x_in.contiguous();
  const at::Tensor bias = bias_in.contiguous();
  at::Tensor out = at::empty(x.sizes(), x.options());
  const int64_t cols = bias.size(0);
  const int64_t n = x.numel();
  dispatch_floating_and_half(x.scalar_type(), "bias_gelu", [&](auto tag) {
    using scalar_t = decltype(tag);
    using acc_t = at::acc_type<scalar_t, false>;
    const scalar_t* px = x.data_ptr<scalar_t>();
    const scalar_t* pb = bias.data_ptr<scalar_t>();
    scalar_t* po = out.data_ptr<scalar_t>();
    for (int64_t i = 0; i < n; ++i) {
      const acc_t v = static_cast<acc_t>(px[i]) + static_cast<acc_t>(pb[i % cols]);
      po[i] = static_cast<scalar_t>(acc_t(0.5) * v * (acc_t(1) + std::erf(v * acc_t(M_SQRT1_2))));
    }
  });
  return out;
}

// y = x / sqrt(mean(x^2, -1) + eps) * weight; also returns rstd (one per row) for backward, kept in
// float32 for half/float inputs (as fused torch kernels keep their statistics) and float64 for double.
std::tuple<at::Tensor, at::Tensor> rms_norm_forward(const at::Tensor& x_in, const at::Tensor& weight_in, double eps) {
  check_cpu_float(x_in, "rms_norm_forward", "x");
  TORCH_CHECK(weight_in.dim() == 1 && x_in.dim() >= 1 && weight_in.size(0) == x_in.size(-1),
              "rms_norm_forward: weight must have x.size(-1) = ", x_in.size(-1), " elements, got shape ", weight_in.sizes());
  TORCH_CHECK(weight_in.scalar_type() == x_in.scalar_type(), "rms_norm_forward: weight dtype differs from x dtype");
  TORCH_CHECK(eps >= 0, "rms_norm_forward: eps must be >= 0, got ", eps);
  const at::Tensor x = x_in.contiguous();
  const at::Tensor weight = weight_in.contiguous();
  const int64_t cols = x.size(-1);
  const int64_t rows = cols == 0 ? 0 : x.numel() / cols;
  at::Tensor y = at::empty(x.sizes(), x.options());
  std::vector<int64_t> row_shape(x.sizes().begin(), x.sizes().end() - 1);
  const at::ScalarType stat_type = x.scalar_type() == at::kDouble ? at::kDouble : at::kFloat;
  at::Tensor rstd = at::empty(row_shape, x.options().dtype(stat_type));
  dispatch_floating_and_half(x.scalar_type(), "rms_norm_forward", [&](auto tag) {
    using scalar_t = decltype(tag);
    using acc_t = at::acc_type<scalar_t, false>;
    const scalar_t* px = x.data_ptr<scalar_t>();
    const scalar_t* pw = weight.data_ptr<scalar_t>();
    scalar_t* py = y.data_ptr<scalar_t>();
    using stat_t = std::conditional_t<std::is_same_v<scalar_t, double>, double, float>;
    stat_t* pr = rstd.data_ptr<stat_t>();
    for (int64_t r = 0; r < rows; ++r) {
      const scalar_t* row = px + r * cols;
      acc_t squares = 0;
      for (int64_t c = 0; c < cols; ++c) squares += static_cast<acc_t>(row[c]) * static_cast<acc_t>(row[c]);
      const acc_t inv = acc_t(1) / std::sqrt(squares / static_cast<acc_t>(cols) + static_cast<acc_t>(eps));
      pr[r] = static_cast<stat_t>(inv);
      for (int64_t c = 0; c < cols; ++c)
        py[r * cols + c] = static_cast<scalar_t>(static_cast<acc_t>(row[c]) * inv * static_cast<acc_t>(pw[c]));
    }
  });
  return {y, rstd};
}

// Gradients of rms_norm_forward: grad_x = rstd * (g - xhat * mean(g * xhat)), g = grad_y * weight,
// xhat = x * rstd; grad_weight = sum over rows of grad_y * xhat.
std::tuple<at::Tensor, at::Tensor> rms_norm_backward(const at::Tensor& grad_y_in, const at::Tensor& x_in,
                                                     const at::Tensor& weight_in, const at::Tensor& rstd_in) {
  check_cpu_float(x_in, "rms_norm_backward", "x");
  TORCH_CHECK(grad_y_in.sizes() == x_in.sizes(), "rms_norm_backward: grad_y shape ", grad_y_in.sizes(),
              " differs from x shape ", x_in.sizes());
  const at::ScalarType stat_type = x_in.scalar_type() == at::kDouble ? at::kDouble : at::kFloat;
  TORCH_CHECK(rstd_in.scalar_type() == stat_type, "rms_norm_backward: rstd must be ", stat_type,
              " (as returned by rms_norm_forward), got ", rstd_in.scalar_type());
  const at::Tensor grad_y = grad_y_in.contiguous();
  const at::Tensor x = x_in.contiguous();
  const at::Tensor weight = weight_in.contiguous();
  const at::Tensor rstd = rstd_in.contiguous();
  const int64_t cols = x.size(-1);
  const int64_t rows = cols == 0 ? 0 : x.numel() / cols;
  TORCH_CHECK(rstd.numel() == rows, "rms_norm_backward: rstd must have one value per row (", rows, "), got ", rstd.numel());
  at::Tensor grad_x = at::empty(x.sizes(), x.options());
  at::Tensor grad_weight = at::empty(weight.sizes(), weight.options());
  dispatch_floating_and_half(x.scalar_type(), "rms_norm_backward", [&](auto tag) {
    using scalar_t = decltype(tag);
    using acc_t = at::acc_type<scalar_t, false>;
    const scalar_t* pg = grad_y.data_ptr<scalar_t>();
    const scalar_t* px = x.data_ptr<scalar_t>();
    const scalar_t* pw = weight.data_ptr<scalar_t>();
    using stat_t = std::conditional_t<std::is_same_v<scalar_t, double>, double, float>;
    const stat_t* pr = rstd.data_ptr<stat_t>();
    scalar_t* pgx = grad_x.data_ptr<scalar_t>();
    std::vector<acc_t> gw(cols, acc_t(0));
    for (int64_t r = 0; r < rows; ++r) {
      const acc_t inv = static_cast<acc_t>(pr[r]);
      acc_t dot = 0;  // sum_c g_c * xhat_c
      for (int64_t c = 0; c < cols; ++c) {
        const acc_t xhat = static_cast<acc_t>(px[r * cols + c]) * inv;
        const acc_t gy = static_cast<acc_t>(pg[r * cols + c]);
        dot += gy * static_cast<acc_t>(pw[c]) * xhat;
        gw[c] += gy * xhat;
      }
      const acc_t mean_dot = dot / static_cast<acc_t>(cols);
      for (int64_t c = 0; c < cols; ++c) {
        const acc_t xhat = static_cast<acc_t>(px[r * cols + c]) * inv;
        const acc_t g = static_cast<acc_t>(pg[r * cols + c]) * static_cast<acc_t>(pw[c]);
        pgx[r * cols + c] = static_cast<scalar_t>(inv * (g - xhat * mean_dot));
      }
    }
    scalar_t* pgw = grad_weight.data_ptr<scalar_t>();
    for (int64_t c = 0; c < cols; ++c) pgw[c] = static_cast<scalar_t>(gw[c]);
  });
  return {grad_x, grad_weight};
}

// x * scale for a 2-D contiguous float32 CPU tensor: every precondition is a TORCH_CHECK whose
// message must reach Python intact.
at::Tensor checked_scale(const at::Tensor& x, double scale) {
  TORCH_CHECK(x.device().is_cpu(), "checked_scale: expected a CPU tensor, got device ", x.device());
  TORCH_CHECK(x.scalar_type() == at::kFloat, "checked_scale: expected dtype float32, got ", x.scalar_type());
  TORCH_CHECK(x.dim() == 2, "checked_scale: expected a 2-D tensor, got ", x.dim(), "-D with shape ", x.sizes());
  TORCH_CHECK(x.is_contiguous(), "checked_scale: expected a contiguous tensor");
  TORCH_CHECK(std::isfinite(scale), "checked_scale: scale must be finite, got ", scale);
  at::Tensor out = at::empty(x.sizes(), x.options());
  const float* px = x.data_ptr<float>();
  float* po = out.data_ptr<float>();
  for (int64_t i = 0; i < x.numel(); ++i) po[i] = static_cast<float>(px[i] * scale);
  return out;
}

// alpha * x + beta * y over float/double/half (ScalarType dispatch); the result's
// TensorOptions (dtype, device) come from x.
at::Tensor axpby(const at::Tensor& x_in, const at::Tensor& y_in, double alpha, double beta) {
  check_cpu_float(x_in, "axpby", "x");
  TORCH_CHECK(x_in.scalar_type() == y_in.scalar_type(), "axpby: dtypes differ: ", x_in.scalar_type(), " and ",
              y_in.scalar_type());
  TORCH_CHECK(x_in.sizes() == y_in.sizes(), "axpby: shapes differ: ", x_in.sizes(), " and ", y_in.sizes());
  const at::Tensor x = x_in.contiguous();
  const at::Tensor y = y_in.contiguous();
  at::Tensor out = at::empty(x.sizes(), x.options());
  const int64_t n = x.numel();
  dispatch_floating_and_half(x.scalar_type(), "axpby", [&](auto tag) {
    using scalar_t = decltype(tag);
    using acc_t = at::acc_type<scalar_t, false>;
    const scalar_t* px = x.data_ptr<scalar_t>();
    const scalar_t* py = y.data_ptr<scalar_t>();
    scalar_t* po = out.data_ptr<scalar_t>();
    for (int64_t i = 0; i < n; ++i)
      po[i] = static_cast<scalar_t>(static_cast<acc_t>(alpha) * static_cast<acc_t>(px[i]) +
                                    static_cast<acc_t>(beta) * static_cast<acc_t>(py[i]));
  });
  return out;
}

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {
  m.doc() = "paddlecamp example ops: one torch-style source, built against torch or paddle";
  m.def("broadcast_add", &broadcast_add, "a + b with broadcasting", py::arg("a"), py::arg("b"));
  m.def("row_sum", &row_sum, "sum over the last dimension", py::arg("x"));
  m.def("bias_gelu", &bias_gelu, "gelu(x + bias), exact erf form", py::arg("x"), py::arg("bias"));
  m.def("rms_norm_forward", &rms_norm_forward, "RMSNorm forward: (y, rstd)", py::arg("x"), py::arg("weight"),
        py::arg("eps") = 1e-6);
  m.def("rms_norm_backward", &rms_norm_backward, "RMSNorm backward: (grad_x, grad_weight)", py::arg("grad_y"),
        py::arg("x"), py::arg("weight"), py::arg("rstd"));
  m.def("checked_scale", &checked_scale, "x * scale with TORCH_CHECK preconditions", py::arg("x"), py::arg("scale"));
  m.def("axpby", &axpby, "alpha * x + beta * y over float/double/half", py::arg("x"), py::arg("y"),
        py::arg("alpha"), py::arg("beta"));
}
