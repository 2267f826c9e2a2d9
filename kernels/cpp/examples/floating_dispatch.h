// Run a generic lambda with the C++ type that matches a tensor's floating ScalarType.
//
// A torch user writes AT_DISPATCH_FLOATING_TYPES_AND_HALF(x.scalar_type(), "op", [&] {...}).
// Paddle 3.3.1's compat headers have no ATen/Dispatch.h, so that macro does not compile
// there; this switch does the same job with nothing but at::ScalarType, at::Half and
// TORCH_CHECK, which both frameworks provide. The lambda receives a value of the type
// (a tag) and recovers it with `using scalar_t = decltype(tag);`.
#pragma once

#include <torch/extension.h>

template <typename Fn>
void dispatch_floating_and_half(at::ScalarType type, const char* op, Fn&& fn) {
  switch (type) {
    case at::kFloat:
      fn(float{});
      break;
    case at::kDouble:
      fn(double{});
      break;
    case at::kHalf:
      fn(at::Half{});
      break;
    default:
      TORCH_CHECK(false, op, ": expected float32, float64 or float16, got ", type);
  }
}
