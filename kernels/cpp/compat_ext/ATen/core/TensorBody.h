// paddlecamp compat_ext: paddle's ATen/core/TensorBody.h (at::Tensor), then the definitions
// of the methods the shadow ATen/core/TensorBase.h declares. See that header for why.
#pragma once

#include_next <ATen/core/TensorBody.h>

#include <paddlecamp/tensor_methods.h>

namespace at {
// at::Tensor re-declares these templates, and paddle 3.3.1's libraries define them only for
// at::TensorBase: x.const_data_ptr<float>() compiles and then fails to load. Defined here.
template <typename T, std::enable_if_t<!std::is_const_v<T>, int>>
const T* Tensor::const_data_ptr() const {
  return tensor_.data<T>();
}
template <typename T, std::enable_if_t<std::is_const_v<T>, int>>
const std::remove_const_t<T>* Tensor::const_data_ptr() const {
  return tensor_.data<std::remove_const_t<T>>();
}
template <typename T>
T* Tensor::mutable_data_ptr() const {
  return const_cast<T*>(tensor_.data<T>());
}
}  // namespace at
