// paddlecamp compat_ext: at:: free functions and tensor operators that paddle 3.3.1's compat
// layer lacks (x + y, x * 2, -x, x > 0, at::add, at::matmul, at::softmax, ...), each a call
// into paddle's C++ API with torch's argument conventions.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include <algorithm>

#include <ATen/ops/empty_strided.h>
#include <ATen/ops/sum.h>
#include <ATen/ops/tensor.h>
#include <paddlecamp/paddle_bridge.h>

namespace at {

// ------------------------------------------------------------------ operators
inline Tensor operator+(const Tensor& a, const Tensor& b) { return a.add(b); }
inline Tensor operator-(const Tensor& a, const Tensor& b) { return a.sub(b); }
inline Tensor operator*(const Tensor& a, const Tensor& b) { return a.mul(b); }
inline Tensor operator/(const Tensor& a, const Tensor& b) { return a.div(b); }
inline Tensor operator+(const Tensor& a, const Scalar& b) { return a.add(b); }
inline Tensor operator-(const Tensor& a, const Scalar& b) { return a.sub(b); }
inline Tensor operator*(const Tensor& a, const Scalar& b) { return a.mul(b); }
inline Tensor operator/(const Tensor& a, const Scalar& b) { return a.div(b); }
inline Tensor operator+(const Scalar& a, const Tensor& b) { return b.add(a); }
inline Tensor operator-(const Scalar& a, const Tensor& b) { return b.neg().add(a); }
inline Tensor operator*(const Scalar& a, const Tensor& b) { return b.mul(a); }
inline Tensor operator/(const Scalar& a, const Tensor& b) { return b.reciprocal().mul(a); }
inline Tensor operator-(const Tensor& a) { return a.neg(); }
inline const Tensor& operator+=(const Tensor& a, const Tensor& b) { return a.add_(b); }
inline const Tensor& operator-=(const Tensor& a, const Tensor& b) { return a.sub_(b); }
inline const Tensor& operator*=(const Tensor& a, const Tensor& b) { return a.mul_(b); }
inline const Tensor& operator/=(const Tensor& a, const Tensor& b) { return a.div_(b); }
inline const Tensor& operator+=(const Tensor& a, const Scalar& b) { return a.add_(b); }
inline const Tensor& operator*=(const Tensor& a, const Scalar& b) { return a.mul_(b); }
inline const Tensor& operator/=(const Tensor& a, const Scalar& b) { return a.div_(b); }

#define PADDLECAMP_COMPARE_OP(op, method)                                                   \
  inline Tensor operator op(const Tensor& a, const Tensor& b) { return a.method(b); }      \
  inline Tensor operator op(const Tensor& a, const Scalar& b) { return a.method(b); }
PADDLECAMP_COMPARE_OP(==, eq)
PADDLECAMP_COMPARE_OP(!=, ne)
PADDLECAMP_COMPARE_OP(>, gt)
PADDLECAMP_COMPARE_OP(<, lt)
#undef PADDLECAMP_COMPARE_OP
inline Tensor operator>=(const Tensor& a, const Scalar& b) { return a.ge(b); }
inline Tensor operator<=(const Tensor& a, const Scalar& b) { return a.le(b); }
inline Tensor operator&(const Tensor& a, const Tensor& b) {
  return Tensor(paddle::experimental::bitwise_and(a._PD_GetInner(), b._PD_GetInner()));
}
inline Tensor operator|(const Tensor& a, const Tensor& b) {
  return Tensor(paddle::experimental::bitwise_or(a._PD_GetInner(), b._PD_GetInner()));
}
inline Tensor operator~(const Tensor& a) { return Tensor(paddle::experimental::bitwise_not(a._PD_GetInner())); }

// ------------------------------------------------------------------ element-wise functions
inline Tensor add(const Tensor& a, const Tensor& b, const Scalar& alpha = 1) { return a.add(b, alpha); }
inline Tensor add(const Tensor& a, const Scalar& b, const Scalar& alpha = 1) { return a.add(b, alpha); }
inline Tensor sub(const Tensor& a, const Tensor& b, const Scalar& alpha = 1) { return a.sub(b, alpha); }
inline Tensor mul(const Tensor& a, const Tensor& b) { return a.mul(b); }
inline Tensor mul(const Tensor& a, const Scalar& b) { return a.mul(b); }
inline Tensor div(const Tensor& a, const Tensor& b) { return a.div(b); }
inline Tensor div(const Tensor& a, const Scalar& b) { return a.div(b); }
#define PADDLECAMP_UNARY(name) inline Tensor name(const Tensor& a) { return a.name(); }
PADDLECAMP_UNARY(exp)
PADDLECAMP_UNARY(log)
PADDLECAMP_UNARY(sqrt)
PADDLECAMP_UNARY(rsqrt)
PADDLECAMP_UNARY(tanh)
PADDLECAMP_UNARY(sigmoid)
PADDLECAMP_UNARY(relu)
PADDLECAMP_UNARY(floor)
PADDLECAMP_UNARY(ceil)
PADDLECAMP_UNARY(sign)
PADDLECAMP_UNARY(neg)
#undef PADDLECAMP_UNARY
inline Tensor isnan(const Tensor& a) { return Tensor(paddle::experimental::isnan(a._PD_GetInner())); }
inline Tensor pow(const Tensor& a, const Scalar& exponent) { return a.pow(exponent); }
inline Tensor clamp(const Tensor& a, std::optional<Scalar> min, std::optional<Scalar> max = std::nullopt) {
  return a.clamp(min, max);
}
inline Tensor gelu(const Tensor& a, const std::string& approximate = "none") {
  return Tensor(paddle::experimental::gelu(a._PD_GetInner(), approximate == "tanh"));
}
inline Tensor softmax(const Tensor& a, int64_t dim, std::optional<ScalarType> dtype = std::nullopt) {
  return (dtype ? a.to(*dtype) : a).softmax(dim);
}
inline Tensor log_softmax(const Tensor& a, int64_t dim, std::optional<ScalarType> dtype = std::nullopt) {
  return (dtype ? a.to(*dtype) : a).log_softmax(dim);
}
inline Tensor maximum(const Tensor& a, const Tensor& b) {
  return Tensor(paddle::experimental::maximum(a._PD_GetInner(), b._PD_GetInner()));
}
inline Tensor minimum(const Tensor& a, const Tensor& b) {
  return Tensor(paddle::experimental::minimum(a._PD_GetInner(), b._PD_GetInner()));
}
inline Tensor max(const Tensor& a, const Tensor& b) { return maximum(a, b); }
inline Tensor min(const Tensor& a, const Tensor& b) { return minimum(a, b); }
inline Tensor where(const Tensor& condition, const Tensor& a, const Tensor& b) {
  return Tensor(paddle::experimental::where(condition._PD_GetInner(), a._PD_GetInner(), b._PD_GetInner()));
}
inline Tensor logical_and(const Tensor& a, const Tensor& b) {
  return Tensor(paddle::experimental::logical_and(a._PD_GetInner(), b._PD_GetInner()));
}
inline bool allclose(const Tensor& a, const Tensor& b, double rtol = 1e-5, double atol = 1e-8, bool equal_nan = false) {
  return paddle::experimental::allclose(a._PD_GetInner(), b._PD_GetInner(), rtol, atol, equal_nan).data<bool>()[0];
}

// ------------------------------------------------------------------ reductions
inline Tensor mean(const Tensor& a, std::optional<ScalarType> dtype = std::nullopt) { return a.mean(dtype); }
inline Tensor mean(const Tensor& a, IntArrayRef dim, bool keepdim = false, std::optional<ScalarType> dtype = std::nullopt) {
  return a.mean(dim, keepdim, dtype);
}

// ------------------------------------------------------------------ linear algebra
inline Tensor matmul(const Tensor& a, const Tensor& b) { return a.matmul(b); }
inline Tensor mm(const Tensor& a, const Tensor& b) { return a.matmul(b); }
inline Tensor bmm(const Tensor& a, const Tensor& b) { return Tensor(paddle::experimental::bmm(a._PD_GetInner(), b._PD_GetInner())); }
inline Tensor addmm(const Tensor& bias, const Tensor& a, const Tensor& b, const Scalar& beta = 1, const Scalar& alpha = 1) {
  return Tensor(paddle::experimental::addmm(bias._PD_GetInner(), a._PD_GetInner(), b._PD_GetInner(),
                                            beta.to<float>(), alpha.to<float>()));
}
inline Tensor linear(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt) {
  auto out = input.matmul(weight.t());
  return bias && bias->defined() ? out.add(*bias) : out;
}
inline Tensor outer(const Tensor& a, const Tensor& b) { return a.reshape({-1, 1}).mul(b.reshape({1, -1})); }
inline Tensor einsum(const std::string& equation, const std::vector<Tensor>& operands) {
  std::vector<paddle::Tensor> inner;
  for (const auto& t : operands) inner.push_back(t._PD_GetInner());
  return Tensor(std::get<0>(paddle::experimental::einsum(inner, equation)));
}

// ------------------------------------------------------------------ joining, indexing
inline Tensor stack(const std::vector<Tensor>& tensors, int64_t dim = 0) {
  std::vector<paddle::Tensor> inner;
  for (const auto& t : tensors) inner.push_back(t._PD_GetInner());
  return Tensor(paddle::experimental::stack(inner, static_cast<int>(dim)));
}
inline std::vector<Tensor> split_with_sizes(const Tensor& a, IntArrayRef sizes, int64_t dim = 0) {
  auto parts = paddle::experimental::split(a._PD_GetInner(), sizes.vec(), dim);
  return std::vector<Tensor>(parts.begin(), parts.end());
}
inline Tensor index_select(const Tensor& a, int64_t dim, const Tensor& index) { return a.index_select(dim, index); }
inline Tensor take_along_dim(const Tensor& a, const Tensor& indices, int64_t dim) { return a.gather(dim, indices); }

// ------------------------------------------------------------------ factories
// ATen/ops/tensor.h declares at::tensor(ArrayRef<T>, options) for every scalar type, and
// paddle 3.3.1's libraries define none of them: defined here (copy the values into a new tensor).
#define PADDLECAMP_TENSOR_FROM_VALUES(T, S)                                                       \
  inline Tensor tensor(ArrayRef<T> values, const TensorOptions& options) {                        \
    auto out = at::empty({static_cast<int64_t>(values.size())}, options.dtype(k##S));             \
    std::copy(values.begin(), values.end(), out.data_ptr<T>());                                   \
    return out;                                                                                   \
  }
AT_FORALL_SCALAR_TYPES_AND3(Bool, Half, BFloat16, PADDLECAMP_TENSOR_FROM_VALUES)
#undef PADDLECAMP_TENSOR_FROM_VALUES

inline Tensor ones_like(const Tensor& a, TensorOptions options = {}) {
  return Tensor(paddle::experimental::ones_like(a._PD_GetInner(), paddlecamp::compat::to_phi(options.dtype_opt().value_or(a.scalar_type()))));
}
inline Tensor full_like(const Tensor& a, const Scalar& value, TensorOptions options = {}) {
  return Tensor(paddle::experimental::full_like(a._PD_GetInner(), value,
                                                paddlecamp::compat::to_phi(options.dtype_opt().value_or(a.scalar_type()))));
}
inline Tensor eye(int64_t n, TensorOptions options = {}) {
  return Tensor(paddle::experimental::eye(n, n, paddlecamp::compat::to_phi(options.dtype_opt().value_or(kFloat)), phi::CPUPlace()));
}
inline Tensor scalar_tensor(const Scalar& value, TensorOptions options = {}) {
  return Tensor(paddle::experimental::full({}, value, paddlecamp::compat::to_phi(options.dtype_opt().value_or(kFloat)), phi::CPUPlace()));
}
inline Tensor linspace(const Scalar& start, const Scalar& end, int64_t steps, TensorOptions options = {}) {
  auto dtype = paddlecamp::compat::to_phi(options.dtype_opt().value_or(kFloat));
  auto f64 = phi::DataType::FLOAT64;
  return Tensor(paddle::experimental::linspace(paddle::experimental::full({1}, start, f64, phi::CPUPlace()),
                                               paddle::experimental::full({1}, end, f64, phi::CPUPlace()),
                                               paddle::experimental::full({1}, steps, phi::DataType::INT32, phi::CPUPlace()),
                                               dtype, phi::CPUPlace()));
}
inline Tensor rand(IntArrayRef size, TensorOptions options = {}) {
  return Tensor(paddle::experimental::uniform(size.vec(), paddlecamp::compat::to_phi(options.dtype_opt().value_or(kFloat)),
                                              0.0, 1.0, 0, phi::CPUPlace()));
}
inline Tensor randn(IntArrayRef size, TensorOptions options = {}) {
  return Tensor(paddle::experimental::gaussian(size.vec(), 0.0f, 1.0f, 0,
                                               paddlecamp::compat::to_phi(options.dtype_opt().value_or(kFloat)), phi::CPUPlace()));
}
inline Tensor randint(int64_t high, IntArrayRef size, TensorOptions options = {}) {
  return Tensor(paddle::experimental::randint(0, static_cast<int>(high), size.vec(),
                                              paddlecamp::compat::to_phi(options.dtype_opt().value_or(kLong)), phi::CPUPlace()));
}
inline Tensor randperm(int64_t n, TensorOptions options = {}) {
  return Tensor(paddle::experimental::randperm(static_cast<int>(n),
                                               paddlecamp::compat::to_phi(options.dtype_opt().value_or(kLong)), phi::CPUPlace()));
}

}  // namespace at

namespace torch {
using at::add;
using at::matmul;
using at::mm;
using at::stack;
using at::softmax;
using at::where;
using at::ones_like;
using at::full_like;
using at::randperm;
using at::rand;
using at::randn;
using at::min;
using at::max;
using at::maximum;
using at::minimum;
using at::sum;
using at::mean;
}  // namespace torch
