// paddlecamp compat_ext: torch's ATen/Parallel.h entry points that CPU kernels call
// (at::parallel_for, at::parallel_reduce, thread counts), absent from paddle 3.3.1's compat
// layer. They run the range in the calling thread, in one chunk: results equal torch's for
// kernels whose chunks are independent (parallel_for's contract); only speed differs.
#pragma once

#include <cstdint>
#include <functional>

namespace at {

template <class F>
inline void parallel_for(int64_t begin, int64_t end, int64_t /*grain_size*/, const F& f) {
  if (begin < end) f(begin, end);
}

template <class scalar_t, class F, class SF>
inline scalar_t parallel_reduce(int64_t begin, int64_t end, int64_t /*grain_size*/, scalar_t ident, const F& f,
                                const SF& sf) {
  if (begin >= end) return ident;
  return sf(ident, f(begin, end, ident));
}

namespace internal {
// torch's default grain size (ATen/Parallel.h), which kernels pass to parallel_for.
constexpr int64_t GRAIN_SIZE = 32768;
}  // namespace internal

inline int get_num_threads() { return 1; }
inline void set_num_threads(int) {}
inline int get_thread_num() { return 0; }
inline bool in_parallel_region() { return false; }

}  // namespace at
