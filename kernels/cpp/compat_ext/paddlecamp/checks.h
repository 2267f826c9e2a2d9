// paddlecamp compat_ext: the TORCH_CHECK family members and branch hints paddle 3.3.1's compat
// layer lacks, expressed with the TORCH_CHECK it has (so failures raise the same way).
#pragma once

#include <c10/util/Exception.h>

#ifndef AT_ASSERTM
#define AT_ASSERTM(cond, ...) TORCH_CHECK(cond, __VA_ARGS__)
#endif
#ifndef AT_ASSERT
#define AT_ASSERT(cond, ...) TORCH_CHECK(cond, "Expected " #cond " to be true")
#endif
#ifndef AT_ERROR
#define AT_ERROR(...) TORCH_CHECK(false, __VA_ARGS__)
#endif
#ifndef TORCH_CHECK_VALUE
#define TORCH_CHECK_VALUE(cond, ...) TORCH_CHECK(cond, __VA_ARGS__)
#endif
#ifndef TORCH_CHECK_INDEX
#define TORCH_CHECK_INDEX(cond, ...) TORCH_CHECK(cond, __VA_ARGS__)
#endif
#ifndef TORCH_CHECK_TYPE
#define TORCH_CHECK_TYPE(cond, ...) TORCH_CHECK(cond, __VA_ARGS__)
#endif
#ifndef TORCH_CHECK_NOT_IMPLEMENTED
#define TORCH_CHECK_NOT_IMPLEMENTED(cond, ...) TORCH_CHECK(cond, __VA_ARGS__)
#endif
#ifndef TORCH_INTERNAL_ASSERT_DEBUG_ONLY
#ifdef NDEBUG
#define TORCH_INTERNAL_ASSERT_DEBUG_ONLY(...) \
  while (false) TORCH_INTERNAL_ASSERT(__VA_ARGS__)
#else
#define TORCH_INTERNAL_ASSERT_DEBUG_ONLY(...) TORCH_INTERNAL_ASSERT(__VA_ARGS__)
#endif
#endif
#ifndef TORCH_WARN
#include <iostream>
#include <sstream>
namespace paddlecamp {
namespace compat {
template <typename... Args>
inline void warn(const char* file, int line, const Args&... args) {
  std::ostringstream message;
  (message << ... << args);
  std::cerr << "Warning: " << message.str() << " (" << file << ":" << line << ")" << std::endl;
}
}  // namespace compat
}  // namespace paddlecamp
#define TORCH_WARN(...) ::paddlecamp::compat::warn(__FILE__, __LINE__, __VA_ARGS__)
#define TORCH_WARN_ONCE(...)                                                      \
  do {                                                                            \
    static const bool paddlecamp_warned_ = (TORCH_WARN(__VA_ARGS__), true);       \
    (void)paddlecamp_warned_;                                                     \
  } while (false)
#endif
#ifndef C10_LIKELY
#define C10_LIKELY(expr) (__builtin_expect(static_cast<bool>(expr), 1))
#define C10_UNLIKELY(expr) (__builtin_expect(static_cast<bool>(expr), 0))
#endif
