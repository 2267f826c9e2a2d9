// paddlecamp compat_ext: RAII guards and small types kernels declare that paddle 3.3.1's compat
// layer lacks. Paddle's C++ API calls inside an op record no autograd graph, so the grad-mode
// guards have nothing to switch off and are empty; TensorList and string_view are aliases.
#pragma once

#include <string_view>

#include <c10/util/ArrayRef.h>

namespace at {
struct NoGradGuard {};
struct AutoDispatchBelowADInplaceOrView {};
using TensorList = c10::ArrayRef<Tensor>;
}  // namespace at

namespace c10 {
struct InferenceMode {
  explicit InferenceMode(bool /*enabled*/ = true) {}
};
using std::string_view;
}  // namespace c10

namespace torch {
using at::NoGradGuard;
using c10::InferenceMode;
}  // namespace torch
