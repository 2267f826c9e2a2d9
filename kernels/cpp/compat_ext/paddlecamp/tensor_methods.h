// paddlecamp compat_ext: definitions of the at::Tensor methods declared by the shadow
// ATen/core/TensorBase.h, each one a call into paddle's C++ API (paddle::experimental::*)
// with torch's argument conventions (negative dims, alpha, keepdim, (values, indices) tuples).
// Results of shape ops are new tensors, not views: paddle's ops copy.
#pragma once

#include <cmath>
#include <limits>
#include <tuple>
#include <vector>

#include <paddlecamp/paddle_bridge.h>

namespace at {
namespace paddlecamp_detail {

namespace api = paddle::experimental;
using paddlecamp::compat::as_floating;
using paddlecamp::compat::scalar_like;
using paddlecamp::compat::wrap_dim;

inline const Tensor& as_tensor(const TensorBase& base) {
  // at::Tensor adds no data to at::TensorBase; torch's methods return the Tensor itself.
  return static_cast<const Tensor&>(base);
}

inline const Tensor& assign(const TensorBase& self, const paddle::Tensor& value) {
  auto& inner = const_cast<paddle::Tensor&>(self._PD_GetInner());
  inner.copy_(api::cast(value, inner.dtype()), inner.place(), /*blocking=*/true);
  return as_tensor(self);
}

inline std::vector<int64_t> dims_or_all(at::IntArrayRef dim) { return dim.vec(); }

inline std::vector<Tensor> wrap_all(const std::vector<paddle::Tensor>& parts) {
  return std::vector<Tensor>(parts.begin(), parts.end());
}

}  // namespace paddlecamp_detail

#define PADDLECAMP_UNARY(name) \
  inline Tensor TensorBase::name() const { return Tensor(paddle::experimental::name(_PD_GetInner())); }
#include <paddlecamp/unary_methods.def>
#undef PADDLECAMP_UNARY

namespace pcd = paddlecamp_detail;

// ------------------------------------------------------------------ arithmetic
inline Tensor TensorBase::add(const Tensor& other, const at::Scalar& alpha) const {
  const auto& y = other._PD_GetInner();
  return Tensor(pcd::api::add(_PD_GetInner(), alpha.to<double>() == 1.0 ? y : pcd::api::scale(y, alpha)));
}
inline Tensor TensorBase::add(const at::Scalar& other, const at::Scalar& alpha) const {
  return Tensor(pcd::api::add(_PD_GetInner(), pcd::scalar_like(other.to<double>() * alpha.to<double>(), _PD_GetInner())));
}
inline Tensor TensorBase::sub(const Tensor& other, const at::Scalar& alpha) const {
  const auto& y = other._PD_GetInner();
  return Tensor(pcd::api::subtract(_PD_GetInner(), alpha.to<double>() == 1.0 ? y : pcd::api::scale(y, alpha)));
}
inline Tensor TensorBase::sub(const at::Scalar& other, const at::Scalar& alpha) const {
  return Tensor(pcd::api::subtract(_PD_GetInner(), pcd::scalar_like(other.to<double>() * alpha.to<double>(), _PD_GetInner())));
}
inline Tensor TensorBase::mul(const Tensor& other) const {
  return Tensor(pcd::api::multiply(_PD_GetInner(), other._PD_GetInner()));
}
inline Tensor TensorBase::mul(const at::Scalar& other) const {
  return Tensor(pcd::api::multiply(_PD_GetInner(), pcd::scalar_like(other, _PD_GetInner())));
}
inline Tensor TensorBase::div(const Tensor& other) const {
  return Tensor(pcd::api::divide(pcd::as_floating(_PD_GetInner()), pcd::as_floating(other._PD_GetInner())));
}
inline Tensor TensorBase::div(const at::Scalar& other) const {
  auto x = pcd::as_floating(_PD_GetInner());
  return Tensor(pcd::api::divide(x, pcd::scalar_like(other, x)));
}
inline Tensor TensorBase::true_divide(const Tensor& other) const { return div(other); }
inline Tensor TensorBase::true_divide(const at::Scalar& other) const { return div(other); }
inline Tensor TensorBase::floor_divide(const at::Scalar& other) const {
  return Tensor(pcd::api::floor_divide(_PD_GetInner(), pcd::scalar_like(other, _PD_GetInner())));
}
inline Tensor TensorBase::remainder(const at::Scalar& other) const {
  return Tensor(pcd::api::remainder(_PD_GetInner(), pcd::scalar_like(other, _PD_GetInner())));
}
inline const Tensor& TensorBase::add_(const Tensor& other, const at::Scalar& alpha) const {
  return pcd::assign(*this, add(other, alpha)._PD_GetInner());
}
inline const Tensor& TensorBase::add_(const at::Scalar& other, const at::Scalar& alpha) const {
  return pcd::assign(*this, add(other, alpha)._PD_GetInner());
}
inline const Tensor& TensorBase::sub_(const Tensor& other, const at::Scalar& alpha) const {
  return pcd::assign(*this, sub(other, alpha)._PD_GetInner());
}
inline const Tensor& TensorBase::mul_(const Tensor& other) const { return pcd::assign(*this, mul(other)._PD_GetInner()); }
inline const Tensor& TensorBase::mul_(const at::Scalar& other) const { return pcd::assign(*this, mul(other)._PD_GetInner()); }
inline const Tensor& TensorBase::div_(const Tensor& other) const { return pcd::assign(*this, div(other)._PD_GetInner()); }
inline const Tensor& TensorBase::div_(const at::Scalar& other) const { return pcd::assign(*this, div(other)._PD_GetInner()); }
inline Tensor TensorBase::pow(const at::Scalar& exponent) const { return Tensor(pcd::api::pow(_PD_GetInner(), exponent)); }
inline const Tensor& TensorBase::pow_(const at::Scalar& exponent) const { return pcd::assign(*this, pow(exponent)._PD_GetInner()); }
inline Tensor TensorBase::neg() const { return Tensor(pcd::api::scale(_PD_GetInner(), -1.0)); }
inline Tensor TensorBase::round() const { return Tensor(pcd::api::round(_PD_GetInner())); }
inline Tensor TensorBase::clamp(std::optional<at::Scalar> min, std::optional<at::Scalar> max) const {
  const double inf = std::numeric_limits<double>::infinity();
  return Tensor(pcd::api::clip(_PD_GetInner(), min ? min->to<double>() : -inf, max ? max->to<double>() : inf));
}
inline const Tensor& TensorBase::clamp_(std::optional<at::Scalar> min, std::optional<at::Scalar> max) const {
  return pcd::assign(*this, clamp(min, max)._PD_GetInner());
}
inline Tensor TensorBase::clamp_min(const at::Scalar& min) const { return clamp(min, std::nullopt); }
inline Tensor TensorBase::clamp_max(const at::Scalar& max) const { return clamp(std::nullopt, max); }
inline Tensor TensorBase::addcmul(const Tensor& a, const Tensor& b, const at::Scalar& value) const {
  auto product = pcd::api::multiply(a._PD_GetInner(), b._PD_GetInner());
  return Tensor(pcd::api::add(_PD_GetInner(), pcd::api::scale(product, value)));
}
inline Tensor TensorBase::lerp(const Tensor& end, const at::Scalar& weight) const {
  return Tensor(pcd::api::lerp(_PD_GetInner(), end._PD_GetInner(), pcd::scalar_like(weight, _PD_GetInner())));
}
inline Tensor TensorBase::softmax(int64_t dim) const { return Tensor(pcd::api::softmax(_PD_GetInner(), static_cast<int>(dim))); }
inline Tensor TensorBase::log_softmax(int64_t dim) const {
  return Tensor(pcd::api::log_softmax(_PD_GetInner(), static_cast<int>(dim)));
}

// ------------------------------------------------------------------ comparison
#define PADDLECAMP_COMPARE(method, function)                                                  \
  inline Tensor TensorBase::method(const at::Scalar& other) const {                           \
    return Tensor(pcd::api::function(_PD_GetInner(), pcd::scalar_like(other, _PD_GetInner()))); \
  }
PADDLECAMP_COMPARE(eq, equal)
PADDLECAMP_COMPARE(ne, not_equal)
PADDLECAMP_COMPARE(gt, greater_than)
PADDLECAMP_COMPARE(lt, less_than)
PADDLECAMP_COMPARE(ge, greater_equal)
PADDLECAMP_COMPARE(le, less_equal)
#undef PADDLECAMP_COMPARE
inline Tensor TensorBase::eq(const Tensor& other) const { return Tensor(pcd::api::equal(_PD_GetInner(), other._PD_GetInner())); }
inline Tensor TensorBase::ne(const Tensor& other) const { return Tensor(pcd::api::not_equal(_PD_GetInner(), other._PD_GetInner())); }
inline Tensor TensorBase::gt(const Tensor& other) const { return Tensor(pcd::api::greater_than(_PD_GetInner(), other._PD_GetInner())); }
inline Tensor TensorBase::lt(const Tensor& other) const { return Tensor(pcd::api::less_than(_PD_GetInner(), other._PD_GetInner())); }
inline Tensor TensorBase::logical_not() const { return Tensor(pcd::api::logical_not(_PD_GetInner())); }
inline Tensor TensorBase::any() const { return Tensor(pcd::api::any(_PD_GetInner())); }
inline Tensor TensorBase::all() const { return Tensor(pcd::api::all(_PD_GetInner())); }
inline bool TensorBase::equal(const Tensor& other) const {
  if (sizes() != other.sizes() || scalar_type() != other.scalar_type()) return false;
  auto same = pcd::api::all(pcd::api::equal(_PD_GetInner(), other._PD_GetInner()));
  return same.data<bool>()[0];
}

// ------------------------------------------------------------------ reductions
inline Tensor TensorBase::sum(std::optional<at::ScalarType> dtype) const {
  return Tensor(pcd::api::sum(_PD_GetInner(), {}, dtype ? paddlecamp::compat::to_phi(*dtype) : phi::DataType::UNDEFINED, false));
}
inline Tensor TensorBase::sum(at::IntArrayRef dim, bool keepdim, std::optional<at::ScalarType> dtype) const {
  return Tensor(pcd::api::sum(_PD_GetInner(), dim.vec(), dtype ? paddlecamp::compat::to_phi(*dtype) : phi::DataType::UNDEFINED, keepdim));
}
inline Tensor TensorBase::mean(std::optional<at::ScalarType> dtype) const {
  auto x = dtype ? pcd::api::cast(_PD_GetInner(), paddlecamp::compat::to_phi(*dtype)) : _PD_GetInner();
  return Tensor(pcd::api::mean(x, {}, false));
}
inline Tensor TensorBase::mean(at::IntArrayRef dim, bool keepdim, std::optional<at::ScalarType> dtype) const {
  auto x = dtype ? pcd::api::cast(_PD_GetInner(), paddlecamp::compat::to_phi(*dtype)) : _PD_GetInner();
  return Tensor(pcd::api::mean(x, dim.vec(), keepdim));
}
inline Tensor TensorBase::prod(std::optional<at::ScalarType> dtype) const {
  auto x = dtype ? pcd::api::cast(_PD_GetInner(), paddlecamp::compat::to_phi(*dtype)) : _PD_GetInner();
  return Tensor(pcd::api::prod(x, {}, false, /*reduce_all=*/true));
}
inline Tensor TensorBase::max() const { return Tensor(pcd::api::max(_PD_GetInner(), {}, false)); }
inline Tensor TensorBase::min() const { return Tensor(pcd::api::min(_PD_GetInner(), {}, false)); }
inline std::tuple<Tensor, Tensor> TensorBase::max(int64_t dim, bool keepdim) const {
  return {Tensor(pcd::api::max(_PD_GetInner(), {dim}, keepdim)),
          Tensor(pcd::api::argmax(_PD_GetInner(), dim, keepdim, false, phi::DataType::INT64))};
}
inline std::tuple<Tensor, Tensor> TensorBase::min(int64_t dim, bool keepdim) const {
  return {Tensor(pcd::api::min(_PD_GetInner(), {dim}, keepdim)),
          Tensor(pcd::api::argmin(_PD_GetInner(), dim, keepdim, false, phi::DataType::INT64))};
}
inline Tensor TensorBase::argmax(std::optional<int64_t> dim, bool keepdim) const {
  return Tensor(pcd::api::argmax(_PD_GetInner(), dim.value_or(0), keepdim, /*flatten=*/!dim.has_value(), phi::DataType::INT64));
}
inline Tensor TensorBase::argmin(std::optional<int64_t> dim, bool keepdim) const {
  return Tensor(pcd::api::argmin(_PD_GetInner(), dim.value_or(0), keepdim, /*flatten=*/!dim.has_value(), phi::DataType::INT64));
}
inline Tensor TensorBase::amax(at::IntArrayRef dim, bool keepdim) const { return Tensor(pcd::api::amax(_PD_GetInner(), dim.vec(), keepdim)); }
inline Tensor TensorBase::amin(at::IntArrayRef dim, bool keepdim) const { return Tensor(pcd::api::amin(_PD_GetInner(), dim.vec(), keepdim)); }
inline Tensor TensorBase::cumsum(int64_t dim) const { return Tensor(pcd::api::cumsum(_PD_GetInner(), dim)); }
inline Tensor TensorBase::cumprod(int64_t dim) const { return Tensor(pcd::api::cumprod(_PD_GetInner(), static_cast<int>(dim))); }
inline Tensor TensorBase::norm() const {
  return Tensor(pcd::api::p_norm(_PD_GetInner(), 2.0f, -1, 1e-12f, false, /*asvector=*/true));
}
inline Tensor TensorBase::var(at::IntArrayRef dim, bool unbiased, bool keepdim) const {
  return Tensor(pcd::api::var(_PD_GetInner(), dim.vec(), keepdim, unbiased, unbiased ? 1.0 : 0.0));
}
inline Tensor TensorBase::std(bool unbiased) const {
  return Tensor(pcd::api::std(_PD_GetInner(), {}, false, unbiased, unbiased ? 1.0 : 0.0));
}
inline Tensor TensorBase::logsumexp(at::IntArrayRef dim, bool keepdim) const {
  return Tensor(pcd::api::logsumexp(_PD_GetInner(), paddlecamp::compat::ints(dim), keepdim, false));
}
inline std::tuple<Tensor, Tensor> TensorBase::topk(int64_t k, int64_t dim, bool largest, bool sorted) const {
  auto [values, indices] = pcd::api::topk(_PD_GetInner(), k, static_cast<int>(dim), largest, sorted);
  return {Tensor(values), Tensor(indices)};
}
inline std::tuple<Tensor, Tensor> TensorBase::sort(int64_t dim, bool descending) const {
  auto [values, indices] = pcd::api::argsort(_PD_GetInner(), static_cast<int>(dim), descending, /*stable=*/true);
  return {Tensor(values), Tensor(indices)};
}

// ------------------------------------------------------------------ linear algebra
inline Tensor TensorBase::matmul(const Tensor& other) const { return Tensor(pcd::api::matmul(_PD_GetInner(), other._PD_GetInner())); }
inline Tensor TensorBase::mm(const Tensor& other) const { return matmul(other); }
inline Tensor TensorBase::dot(const Tensor& other) const { return Tensor(pcd::api::dot(_PD_GetInner(), other._PD_GetInner())); }

// ------------------------------------------------------------------ shape
inline Tensor TensorBase::t() const {
  if (dim() < 2) return pcd::as_tensor(*this);
  return Tensor(pcd::api::transpose(_PD_GetInner(), {1, 0}));
}
inline Tensor TensorBase::flatten(int64_t start_dim, int64_t end_dim) const {
  if (dim() == 0) return Tensor(pcd::api::reshape(_PD_GetInner(), {1}));
  return Tensor(pcd::api::flatten(_PD_GetInner(), static_cast<int>(pcd::wrap_dim(start_dim, dim())),
                                  static_cast<int>(pcd::wrap_dim(end_dim, dim()))));
}
inline Tensor TensorBase::expand(at::IntArrayRef size) const { return Tensor(pcd::api::expand(_PD_GetInner(), size.vec())); }
inline Tensor TensorBase::expand_as(const Tensor& other) const { return expand(other.sizes()); }
inline Tensor TensorBase::view_as(const Tensor& other) const { return Tensor(pcd::api::reshape(_PD_GetInner(), other.sizes().vec())); }
inline Tensor TensorBase::narrow(int64_t dim_, int64_t start, int64_t length) const {
  int64_t d = pcd::wrap_dim(dim_, dim());
  if (start < 0) start += size(d);
  return Tensor(pcd::api::slice(_PD_GetInner(), {d}, {start}, {start + length}, {1}, {}));
}
inline Tensor TensorBase::select(int64_t dim_, int64_t index) const {
  int64_t d = pcd::wrap_dim(dim_, dim());
  if (index < 0) index += size(d);
  return Tensor(pcd::api::slice(_PD_GetInner(), {d}, {index}, {index + 1}, {1}, {d}));
}
inline std::vector<Tensor> TensorBase::split(int64_t split_size, int64_t dim_) const {
  int64_t d = pcd::wrap_dim(dim_, dim());
  std::vector<int64_t> sections;
  for (int64_t left = size(d); left > 0; left -= split_size) sections.push_back(std::min(split_size, left));
  return pcd::wrap_all(pcd::api::split(_PD_GetInner(), sections, d));
}
inline std::vector<Tensor> TensorBase::chunk(int64_t chunks, int64_t dim_) const {
  int64_t d = pcd::wrap_dim(dim_, dim());
  return split((size(d) + chunks - 1) / chunks, d);
}
inline std::vector<Tensor> TensorBase::unbind(int64_t dim_) const {
  return pcd::wrap_all(pcd::api::unbind(_PD_GetInner(), static_cast<int>(pcd::wrap_dim(dim_, dim()))));
}
inline Tensor TensorBase::repeat(at::IntArrayRef repeats) const { return Tensor(pcd::api::tile(_PD_GetInner(), repeats.vec())); }
inline Tensor TensorBase::flip(at::IntArrayRef dims) const { return Tensor(pcd::api::flip(_PD_GetInner(), paddlecamp::compat::ints(dims))); }
inline Tensor TensorBase::squeeze() const { return Tensor(pcd::api::squeeze(_PD_GetInner(), {})); }

// ------------------------------------------------------------------ indexing
inline Tensor TensorBase::gather(int64_t dim_, const Tensor& index) const {
  return Tensor(pcd::api::take_along_axis(_PD_GetInner(), index._PD_GetInner(), static_cast<int>(pcd::wrap_dim(dim_, dim()))));
}
inline Tensor TensorBase::masked_fill(const Tensor& mask, const at::Scalar& value) const {
  return Tensor(pcd::api::masked_fill(_PD_GetInner(), mask._PD_GetInner(), pcd::scalar_like(value, _PD_GetInner())));
}
inline const Tensor& TensorBase::masked_fill_(const Tensor& mask, const at::Scalar& value) const {
  return pcd::assign(*this, masked_fill(mask, value)._PD_GetInner());
}
inline Tensor TensorBase::masked_select(const Tensor& mask) const {
  return Tensor(pcd::api::masked_select(_PD_GetInner(), mask._PD_GetInner()));
}
inline Tensor TensorBase::nonzero() const { return Tensor(pcd::api::nonzero(_PD_GetInner())); }
inline const Tensor& TensorBase::index_add_(int64_t dim_, const Tensor& index, const Tensor& source) const {
  auto out = pcd::api::index_add(_PD_GetInner(), index._PD_GetInner(), source._PD_GetInner(),
                                 static_cast<int>(pcd::wrap_dim(dim_, dim())));
  return pcd::assign(*this, out);
}
inline const Tensor& TensorBase::scatter_add_(int64_t dim_, const Tensor& index, const Tensor& src) const {
  auto out = pcd::api::put_along_axis(_PD_GetInner(), index._PD_GetInner(), src._PD_GetInner(),
                                      static_cast<int>(pcd::wrap_dim(dim_, dim())), "add", true);
  return pcd::assign(*this, out);
}
inline const Tensor& TensorBase::scatter_(int64_t dim_, const Tensor& index, const Tensor& src) const {
  auto out = pcd::api::put_along_axis(_PD_GetInner(), index._PD_GetInner(), src._PD_GetInner(),
                                      static_cast<int>(pcd::wrap_dim(dim_, dim())), "assign", true);
  return pcd::assign(*this, out);
}

// ------------------------------------------------------------------ factories from a tensor
inline Tensor TensorBase::new_full(at::IntArrayRef size, const at::Scalar& value, at::TensorOptions options) const {
  auto dtype = paddlecamp::compat::to_phi(options.dtype_opt().value_or(scalar_type()));
  return Tensor(pcd::api::full(size.vec(), value, dtype, _PD_GetInner().place()));
}
inline Tensor TensorBase::new_zeros(at::IntArrayRef size, at::TensorOptions options) const { return new_full(size, 0, options); }
inline Tensor TensorBase::new_ones(at::IntArrayRef size, at::TensorOptions options) const { return new_full(size, 1, options); }
inline Tensor TensorBase::new_empty(at::IntArrayRef size, at::TensorOptions options) const {
  auto dtype = paddlecamp::compat::to_phi(options.dtype_opt().value_or(scalar_type()));
  return Tensor(pcd::api::empty(size.vec(), dtype, _PD_GetInner().place()));
}
inline const Tensor& TensorBase::uniform_(double from, double to) const {
  auto values = pcd::api::uniform(sizes().vec(), _PD_GetInner().dtype(), from, to, /*seed=*/0, _PD_GetInner().place());
  return pcd::assign(*this, values);
}
inline Tensor TensorBase::bincount() const { return Tensor(pcd::api::bincount(_PD_GetInner(), paddle::none, 0)); }
inline Tensor TensorBase::bincount(const Tensor& weights, int64_t minlength) const {
  paddle::optional<paddle::Tensor> w;
  if (weights.defined()) w = weights._PD_GetInner();
  return Tensor(pcd::api::bincount(_PD_GetInner(), w, minlength));
}

// ------------------------------------------------------------------ conversion, metadata
inline Tensor TensorBase::type_as(const Tensor& other) const {
  return Tensor(pcd::api::cast(_PD_GetInner(), other._PD_GetInner().dtype()));
}
inline Tensor TensorBase::cpu() const {
  if (is_cpu()) return pcd::as_tensor(*this);
  return Tensor(_PD_GetInner().copy_to(phi::CPUPlace(), /*blocking=*/true));
}
inline Tensor TensorBase::detach() const { return Tensor(_PD_GetInner()); }
inline bool TensorBase::is_floating_point() const { return paddlecamp::compat::is_floating(_PD_GetInner().dtype()); }
inline bool TensorBase::is_same_size(const Tensor& other) const { return sizes() == other.sizes(); }
inline at::Scalar TensorBase::item() const {
  TORCH_CHECK(numel() == 1, "a Tensor with ", numel(), " elements cannot be converted to Scalar");
  auto x = contiguous();
  switch (x._PD_GetInner().dtype()) {
    case phi::DataType::FLOAT32: return at::Scalar(x.data_ptr<float>()[0]);
    case phi::DataType::FLOAT64: return at::Scalar(x.data_ptr<double>()[0]);
    case phi::DataType::INT64: return at::Scalar(x.data_ptr<int64_t>()[0]);
    case phi::DataType::INT32: return at::Scalar(x.data_ptr<int32_t>()[0]);
    case phi::DataType::BOOL: return at::Scalar(x.data_ptr<bool>()[0]);
    default: return at::Scalar(pcd::api::cast(x._PD_GetInner(), phi::DataType::FLOAT64).data<double>()[0]);
  }
}
template <typename T>
inline T TensorBase::item() const {
  return item().to<T>();
}

}  // namespace at
