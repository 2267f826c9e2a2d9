// paddlecamp compat_ext: shadows paddle's ATen/core/TensorBase.h to give at::Tensor the
// torch methods paddle 3.3.1's compat layer lacks (x.add(y), x.sum(1), x.exp(), ...).
//
// Why a shadow header: C++ cannot add member functions to a class from outside, and
// at::Tensor (paddle's ATen/core/TensorBody.h) derives from at::TensorBase. This header,
// found first on the include path (-I kernels/cpp/compat_ext before paddle's compat dirs),
// includes paddle's own TensorBase under another name and defines at::TensorBase as a thin
// subclass carrying the extra methods, so at::Tensor inherits them. Paddle's headers are
// used unmodified. The methods are declared here and defined in paddlecamp/tensor_methods.h,
// after at::Tensor is complete (the shadow ATen/core/TensorBody.h includes it).
#pragma once

#define TensorBase PaddleTensorBaseWithoutShims
#include_next <ATen/core/TensorBase.h>
#undef TensorBase

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace at {
// Paddle's data-pointer templates are defined in libphi_core for at::TensorBase only; under
// the new name they need definitions here (the same one-liners over paddle::Tensor::data<T>).
template <typename T, std::enable_if_t<!std::is_const_v<T>, int>>
const T* PaddleTensorBaseWithoutShims::const_data_ptr() const {
  return tensor_.data<T>();
}
template <typename T, std::enable_if_t<std::is_const_v<T>, int>>
const std::remove_const_t<T>* PaddleTensorBaseWithoutShims::const_data_ptr() const {
  return tensor_.data<std::remove_const_t<T>>();
}
template <typename T>
T* PaddleTensorBaseWithoutShims::mutable_data_ptr() const {
  return const_cast<T*>(tensor_.data<T>());
}

class Tensor;

class TensorBase : public PaddleTensorBaseWithoutShims {
 public:
  using PaddleTensorBaseWithoutShims::PaddleTensorBaseWithoutShims;
  TensorBase() = default;
  TensorBase(const PaddleTensorBaseWithoutShims& base)  // NOLINT: converts paddle's results
      : PaddleTensorBaseWithoutShims(base) {}
  TensorBase(PaddleTensorBaseWithoutShims&& base)  // NOLINT
      : PaddleTensorBaseWithoutShims(std::move(base)) {}
  TensorBase(const TensorBase&) = default;
  TensorBase(TensorBase&&) noexcept = default;
  TensorBase& operator=(const TensorBase&) & = default;
  TensorBase& operator=(TensorBase&&) & noexcept = default;

  // paddle's TensorBase::to returns its own class; at::Tensor::to converts the result with
  // Tensor(TensorBase&&), so it must come back as this class.
  TensorBase to(at::TensorOptions options = {}, bool non_blocking = false, bool copy = false,
                std::optional<at::MemoryFormat> memory_format = std::nullopt) const {
    return PaddleTensorBaseWithoutShims::to(options, non_blocking, copy, memory_format);
  }

#define PADDLECAMP_UNARY(name) Tensor name() const;
#include <paddlecamp/unary_methods.def>
#undef PADDLECAMP_UNARY

  // arithmetic
  Tensor add(const Tensor& other, const at::Scalar& alpha = 1) const;
  Tensor add(const at::Scalar& other, const at::Scalar& alpha = 1) const;
  Tensor sub(const Tensor& other, const at::Scalar& alpha = 1) const;
  Tensor sub(const at::Scalar& other, const at::Scalar& alpha = 1) const;
  Tensor mul(const Tensor& other) const;
  Tensor mul(const at::Scalar& other) const;
  Tensor div(const Tensor& other) const;
  Tensor div(const at::Scalar& other) const;
  Tensor true_divide(const Tensor& other) const;
  Tensor true_divide(const at::Scalar& other) const;
  Tensor floor_divide(const at::Scalar& other) const;
  Tensor remainder(const at::Scalar& other) const;
  const Tensor& add_(const Tensor& other, const at::Scalar& alpha = 1) const;
  const Tensor& add_(const at::Scalar& other, const at::Scalar& alpha = 1) const;
  const Tensor& sub_(const Tensor& other, const at::Scalar& alpha = 1) const;
  const Tensor& mul_(const Tensor& other) const;
  const Tensor& mul_(const at::Scalar& other) const;
  const Tensor& div_(const Tensor& other) const;
  const Tensor& div_(const at::Scalar& other) const;
  Tensor pow(const at::Scalar& exponent) const;
  const Tensor& pow_(const at::Scalar& exponent) const;
  Tensor clamp(std::optional<at::Scalar> min, std::optional<at::Scalar> max = std::nullopt) const;
  const Tensor& clamp_(std::optional<at::Scalar> min, std::optional<at::Scalar> max = std::nullopt) const;
  Tensor clamp_min(const at::Scalar& min) const;
  Tensor clamp_max(const at::Scalar& max) const;
  Tensor addcmul(const Tensor& a, const Tensor& b, const at::Scalar& value = 1) const;
  Tensor lerp(const Tensor& end, const at::Scalar& weight) const;
  Tensor neg() const;
  Tensor round() const;
  Tensor softmax(int64_t dim) const;
  Tensor log_softmax(int64_t dim) const;

  // comparison
  Tensor eq(const at::Scalar& other) const;
  Tensor eq(const Tensor& other) const;
  Tensor ne(const at::Scalar& other) const;
  Tensor ne(const Tensor& other) const;
  Tensor gt(const at::Scalar& other) const;
  Tensor gt(const Tensor& other) const;
  Tensor lt(const at::Scalar& other) const;
  Tensor lt(const Tensor& other) const;
  Tensor ge(const at::Scalar& other) const;
  Tensor le(const at::Scalar& other) const;
  Tensor logical_not() const;
  Tensor any() const;
  Tensor all() const;
  bool equal(const Tensor& other) const;

  // reductions
  Tensor sum(std::optional<at::ScalarType> dtype = std::nullopt) const;
  Tensor sum(at::IntArrayRef dim, bool keepdim = false, std::optional<at::ScalarType> dtype = std::nullopt) const;
  Tensor mean(std::optional<at::ScalarType> dtype = std::nullopt) const;
  Tensor mean(at::IntArrayRef dim, bool keepdim = false, std::optional<at::ScalarType> dtype = std::nullopt) const;
  Tensor prod(std::optional<at::ScalarType> dtype = std::nullopt) const;
  Tensor max() const;
  std::tuple<Tensor, Tensor> max(int64_t dim, bool keepdim = false) const;
  Tensor min() const;
  std::tuple<Tensor, Tensor> min(int64_t dim, bool keepdim = false) const;
  Tensor argmax(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  Tensor argmin(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  Tensor amax(at::IntArrayRef dim = {}, bool keepdim = false) const;
  Tensor amin(at::IntArrayRef dim = {}, bool keepdim = false) const;
  Tensor cumsum(int64_t dim) const;
  Tensor cumprod(int64_t dim) const;
  Tensor norm() const;
  Tensor var(at::IntArrayRef dim, bool unbiased = true, bool keepdim = false) const;
  Tensor std(bool unbiased = true) const;
  Tensor logsumexp(at::IntArrayRef dim, bool keepdim = false) const;
  std::tuple<Tensor, Tensor> topk(int64_t k, int64_t dim = -1, bool largest = true, bool sorted = true) const;
  std::tuple<Tensor, Tensor> sort(int64_t dim = -1, bool descending = false) const;

  // linear algebra
  Tensor matmul(const Tensor& other) const;
  Tensor mm(const Tensor& other) const;
  Tensor dot(const Tensor& other) const;

  // shape and views (paddle's ops copy: results are not views)
  Tensor t() const;
  Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const;
  Tensor expand(at::IntArrayRef size) const;
  Tensor expand_as(const Tensor& other) const;
  Tensor view_as(const Tensor& other) const;
  Tensor narrow(int64_t dim, int64_t start, int64_t length) const;
  Tensor select(int64_t dim, int64_t index) const;
  std::vector<Tensor> chunk(int64_t chunks, int64_t dim = 0) const;
  std::vector<Tensor> split(int64_t split_size, int64_t dim = 0) const;
  std::vector<Tensor> unbind(int64_t dim = 0) const;
  Tensor repeat(at::IntArrayRef repeats) const;
  Tensor flip(at::IntArrayRef dims) const;
  Tensor squeeze() const;

  // indexing
  Tensor gather(int64_t dim, const Tensor& index) const;
  Tensor masked_fill(const Tensor& mask, const at::Scalar& value) const;
  const Tensor& masked_fill_(const Tensor& mask, const at::Scalar& value) const;
  Tensor masked_select(const Tensor& mask) const;
  Tensor nonzero() const;
  const Tensor& index_add_(int64_t dim, const Tensor& index, const Tensor& source) const;
  const Tensor& scatter_add_(int64_t dim, const Tensor& index, const Tensor& src) const;
  const Tensor& scatter_(int64_t dim, const Tensor& index, const Tensor& src) const;

  // factories from a tensor (dtype and device of `this` unless `options` says otherwise)
  Tensor new_zeros(at::IntArrayRef size, at::TensorOptions options = {}) const;
  Tensor new_ones(at::IntArrayRef size, at::TensorOptions options = {}) const;
  Tensor new_empty(at::IntArrayRef size, at::TensorOptions options = {}) const;
  Tensor new_full(at::IntArrayRef size, const at::Scalar& value, at::TensorOptions options = {}) const;
  const Tensor& uniform_(double from = 0, double to = 1) const;
  // (no std::optional<Tensor> parameter here: Tensor is incomplete in this class, and
  // instantiating std::optional<Tensor> now would make it non-copyable everywhere)
  Tensor bincount() const;
  Tensor bincount(const Tensor& weights, int64_t minlength = 0) const;

  // torch's PackedTensorAccessor copies sizes and strides for device code; on CPU the plain
  // accessor has the same indexing (the 32-bit index type is not reproduced).
  template <typename T, size_t N>
  at::TensorAccessor<T, N> packed_accessor64() const& {
    return accessor<T, N>();
  }
  template <typename T, size_t N>
  at::TensorAccessor<T, N> packed_accessor32() const& {
    return accessor<T, N>();
  }

  // conversion and metadata
  Tensor type_as(const Tensor& other) const;
  Tensor cpu() const;
  Tensor detach() const;
  bool is_floating_point() const;
  bool requires_grad() const { return false; }
  bool is_same_size(const Tensor& other) const;
  at::Layout layout() const { return at::kStrided; }
  bool is_sparse() const { return false; }
  int64_t storage_offset() const { return 0; }
  at::Scalar item() const;
  template <typename T>
  T item() const;
};

}  // namespace at
