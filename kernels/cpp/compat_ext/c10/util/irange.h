// paddlecamp compat_ext: c10::irange (c10/util/irange.h), the integer range kernels loop with.
#pragma once

#include <cstddef>
#include <iterator>
#include <type_traits>

namespace c10 {
namespace paddlecamp_detail {
template <typename I>
class integer_range {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = I;
    using difference_type = std::ptrdiff_t;
    using pointer = const I*;
    using reference = I;
    explicit iterator(I value) : value_(value) {}
    I operator*() const { return value_; }
    iterator& operator++() { ++value_; return *this; }
    bool operator==(const iterator& other) const { return value_ == other.value_; }
    bool operator!=(const iterator& other) const { return value_ != other.value_; }
   private:
    I value_;
  };
  integer_range(I begin, I end) : begin_(begin), end_(end < begin ? begin : end) {}
  iterator begin() const { return iterator(begin_); }
  iterator end() const { return iterator(end_); }
 private:
  I begin_, end_;
};
}  // namespace paddlecamp_detail

template <typename I1, typename I2, typename = std::enable_if_t<std::is_integral_v<I1> && std::is_integral_v<I2>>>
inline paddlecamp_detail::integer_range<I2> irange(I1 begin, I2 end) {
  return {static_cast<I2>(begin), end};
}
template <typename I, typename = std::enable_if_t<std::is_integral_v<I>>>
inline paddlecamp_detail::integer_range<I> irange(I end) {
  return {I(0), end};
}
}  // namespace c10
