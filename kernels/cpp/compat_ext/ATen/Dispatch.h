// paddlecamp compat_ext: torch's AT_DISPATCH_* macros (ATen/Dispatch.h), which paddle 3.3.1's
// compat layer does not ship. Each macro switches on an at::ScalarType and calls the lambda
// with `scalar_t` (or `index_t`) bound to the matching C++ type; an unlisted dtype raises via
// TORCH_CHECK with torch's message ("<name>" not implemented for '<dtype>').
#pragma once

#include <c10/core/ScalarType.h>
#include <c10/util/Exception.h>
#include <cstdint>

namespace paddlecamp {
namespace compat {
template <c10::ScalarType>
struct cpp_type_of;
#define PADDLECAMP_CPP_TYPE(enum_name, cpp) \
  template <>                                \
  struct cpp_type_of<c10::ScalarType::enum_name> { using type = cpp; };
PADDLECAMP_CPP_TYPE(Byte, uint8_t)
PADDLECAMP_CPP_TYPE(Char, int8_t)
PADDLECAMP_CPP_TYPE(Short, int16_t)
PADDLECAMP_CPP_TYPE(Int, int32_t)
PADDLECAMP_CPP_TYPE(Long, int64_t)
PADDLECAMP_CPP_TYPE(Float, float)
PADDLECAMP_CPP_TYPE(Double, double)
PADDLECAMP_CPP_TYPE(Half, c10::Half)
PADDLECAMP_CPP_TYPE(BFloat16, c10::BFloat16)
PADDLECAMP_CPP_TYPE(Bool, bool)
PADDLECAMP_CPP_TYPE(ComplexFloat, c10::complex<float>)
PADDLECAMP_CPP_TYPE(ComplexDouble, c10::complex<double>)
#undef PADDLECAMP_CPP_TYPE
}  // namespace compat
}  // namespace paddlecamp

#define AT_DISPATCH_CASE(enum_type, ...)                                                   \
  case enum_type: {                                                                        \
    using scalar_t [[maybe_unused]] = typename ::paddlecamp::compat::cpp_type_of<enum_type>::type; \
    return __VA_ARGS__();                                                                  \
  }

#define AT_DISPATCH_SWITCH(TYPE, NAME, ...)                                                       \
  [&] {                                                                                           \
    const ::c10::ScalarType paddlecamp_dispatch_type = TYPE;                                      \
    switch (paddlecamp_dispatch_type) {                                                           \
      __VA_ARGS__                                                                                 \
      default:                                                                                    \
        TORCH_CHECK(false, '"', NAME, "\" not implemented for '",                                 \
                    ::c10::toString(paddlecamp_dispatch_type), "'");                              \
    }                                                                                             \
  }()

#define PADDLECAMP_CASE(name, ...) AT_DISPATCH_CASE(::c10::ScalarType::name, __VA_ARGS__)
#define PADDLECAMP_FLOATING_CASES(...) PADDLECAMP_CASE(Double, __VA_ARGS__) PADDLECAMP_CASE(Float, __VA_ARGS__)
#define PADDLECAMP_INTEGRAL_CASES(...)                                               \
  PADDLECAMP_CASE(Byte, __VA_ARGS__) PADDLECAMP_CASE(Char, __VA_ARGS__)              \
  PADDLECAMP_CASE(Int, __VA_ARGS__) PADDLECAMP_CASE(Long, __VA_ARGS__) PADDLECAMP_CASE(Short, __VA_ARGS__)
#define PADDLECAMP_COMPLEX_CASES(...) \
  PADDLECAMP_CASE(ComplexFloat, __VA_ARGS__) PADDLECAMP_CASE(ComplexDouble, __VA_ARGS__)

#define AT_DISPATCH_FLOATING_TYPES(TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_FLOATING_CASES(__VA_ARGS__))
#define AT_DISPATCH_FLOATING_TYPES_AND_HALF(TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_FLOATING_CASES(__VA_ARGS__) PADDLECAMP_CASE(Half, __VA_ARGS__))
#define AT_DISPATCH_FLOATING_TYPES_AND(S1, TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_FLOATING_CASES(__VA_ARGS__) AT_DISPATCH_CASE(S1, __VA_ARGS__))
#define AT_DISPATCH_FLOATING_TYPES_AND2(S1, S2, TYPE, NAME, ...)                                       \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_FLOATING_CASES(__VA_ARGS__) AT_DISPATCH_CASE(S1, __VA_ARGS__) \
                                     AT_DISPATCH_CASE(S2, __VA_ARGS__))
#define AT_DISPATCH_FLOATING_TYPES_AND3(S1, S2, S3, TYPE, NAME, ...)                                   \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_FLOATING_CASES(__VA_ARGS__) AT_DISPATCH_CASE(S1, __VA_ARGS__) \
                                     AT_DISPATCH_CASE(S2, __VA_ARGS__) AT_DISPATCH_CASE(S3, __VA_ARGS__))
#define AT_DISPATCH_REDUCED_FLOATING_TYPES(TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_CASE(Half, __VA_ARGS__) PADDLECAMP_CASE(BFloat16, __VA_ARGS__))
#define AT_DISPATCH_INTEGRAL_TYPES(TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_INTEGRAL_CASES(__VA_ARGS__))
#define AT_DISPATCH_INTEGRAL_TYPES_AND(S1, TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_INTEGRAL_CASES(__VA_ARGS__) AT_DISPATCH_CASE(S1, __VA_ARGS__))
#define AT_DISPATCH_ALL_TYPES(TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_INTEGRAL_CASES(__VA_ARGS__) PADDLECAMP_FLOATING_CASES(__VA_ARGS__))
#define AT_DISPATCH_ALL_TYPES_AND(S1, TYPE, NAME, ...)                                                  \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_INTEGRAL_CASES(__VA_ARGS__) PADDLECAMP_FLOATING_CASES(__VA_ARGS__) \
                                     AT_DISPATCH_CASE(S1, __VA_ARGS__))
#define AT_DISPATCH_ALL_TYPES_AND2(S1, S2, TYPE, NAME, ...)                                             \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_INTEGRAL_CASES(__VA_ARGS__) PADDLECAMP_FLOATING_CASES(__VA_ARGS__) \
                                     AT_DISPATCH_CASE(S1, __VA_ARGS__) AT_DISPATCH_CASE(S2, __VA_ARGS__))
#define AT_DISPATCH_ALL_TYPES_AND3(S1, S2, S3, TYPE, NAME, ...)                                         \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_INTEGRAL_CASES(__VA_ARGS__) PADDLECAMP_FLOATING_CASES(__VA_ARGS__) \
                                     AT_DISPATCH_CASE(S1, __VA_ARGS__) AT_DISPATCH_CASE(S2, __VA_ARGS__)     \
                                     AT_DISPATCH_CASE(S3, __VA_ARGS__))
#define AT_DISPATCH_FLOATING_AND_COMPLEX_TYPES(TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_FLOATING_CASES(__VA_ARGS__) PADDLECAMP_COMPLEX_CASES(__VA_ARGS__))
#define AT_DISPATCH_ALL_TYPES_AND_COMPLEX(TYPE, NAME, ...)                                              \
  AT_DISPATCH_SWITCH(TYPE, NAME, PADDLECAMP_INTEGRAL_CASES(__VA_ARGS__) PADDLECAMP_FLOATING_CASES(__VA_ARGS__) \
                                     PADDLECAMP_COMPLEX_CASES(__VA_ARGS__))
#define AT_DISPATCH_INDEX_TYPES(TYPE, NAME, ...)                                                       \
  [&] {                                                                                                \
    const ::c10::ScalarType paddlecamp_dispatch_type = TYPE;                                           \
    switch (paddlecamp_dispatch_type) {                                                                \
      case ::c10::ScalarType::Int: { using index_t [[maybe_unused]] = int32_t; return __VA_ARGS__(); } \
      case ::c10::ScalarType::Long: { using index_t [[maybe_unused]] = int64_t; return __VA_ARGS__(); } \
      default:                                                                                         \
        TORCH_CHECK(false, '"', NAME, "\" not implemented for '", ::c10::toString(paddlecamp_dispatch_type), "'"); \
    }                                                                                                  \
  }()
