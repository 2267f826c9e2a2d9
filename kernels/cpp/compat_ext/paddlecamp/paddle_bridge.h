// paddlecamp compat_ext: small conversions between the at:: view and paddle's C++ API that
// the shims share (dtype mapping, a scalar as a 0-d tensor of a given dtype, int lists).
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "paddle/phi/api/include/api.h"
#include "paddle/phi/api/include/tensor.h"

namespace paddlecamp {
namespace compat {

inline phi::DataType to_phi(at::ScalarType type) {
  return ::compat::_PD_AtenScalarTypeToPhiDataType(type);
}

inline bool is_floating(phi::DataType type) {
  return type == phi::DataType::FLOAT32 || type == phi::DataType::FLOAT64 ||
         type == phi::DataType::FLOAT16 || type == phi::DataType::BFLOAT16;
}

// torch's true division and floating results promote integer inputs to float32.
inline paddle::Tensor as_floating(const paddle::Tensor& t) {
  return is_floating(t.dtype()) ? t : paddle::experimental::cast(t, phi::DataType::FLOAT32);
}

// A Scalar as a 0-d tensor of `like`'s dtype and place (paddle's binary ops take tensors;
// a 0-d operand broadcasts and keeps the tensor's dtype, as torch's wrapped numbers do).
inline paddle::Tensor scalar_like(const at::Scalar& value, const paddle::Tensor& like) {
  return paddle::experimental::full({}, value, like.dtype(), like.place());
}

inline std::vector<int> ints(at::IntArrayRef values) {
  return std::vector<int>(values.begin(), values.end());
}

inline int64_t wrap_dim(int64_t dim, int64_t rank) {
  return dim < 0 ? dim + (rank == 0 ? 1 : rank) : dim;
}

}  // namespace compat
}  // namespace paddlecamp
