// pybind11 conversion between a Python paddle.Tensor and at::Tensor for paddle CPU builds.
//
// Why: paddle/utils/pybind.h (paddle 3.3.1) specialises pybind11's type_caster<at::Tensor>
// only inside `#if defined(PADDLE_WITH_CUDA) || defined(PADDLE_WITH_HIP)`. A CPU build of a
// torch-style extension therefore compiles, but every pybind-bound function taking or
// returning at::Tensor fails at call time with "TypeError: incompatible function arguments".
// paddlecamp force-includes this header (g++ -include) into paddle CPU builds so that the
// specialisation exists before any binding instantiates the caster. Sources stay unmodified.
//
// How: at::Tensor in paddle's compat layer wraps a paddle::Tensor (implicit constructor from
// paddle::Tensor, `_PD_GetInner()` back); paddle::pybind::PyCheckTensor / CastPyArg2Tensor /
// ToPyObject (declared in paddle/utils/pybind.h, defined in libpaddle.so) convert the
// paddle::Tensor to and from Python.
#pragma once

#if defined(__cplusplus) && !defined(PADDLE_WITH_CUDA) && !defined(PADDLE_WITH_HIP) && \
    !defined(PADDLECAMP_NO_CPU_CASTER)

#include <ATen/core/TensorBody.h>

#include "paddle/utils/pybind.h"

namespace pybind11 {
namespace detail {

template <>
struct type_caster<at::Tensor> {
 public:
  PYBIND11_TYPE_CASTER(at::Tensor, const_name("paddle.Tensor"));

  // Python -> C++: accept only paddle tensors; anything else lets pybind11 try the next
  // overload (and finally raise its TypeError listing the signatures).
  bool load(handle source, bool /*convert*/) {
    PyObject* object = source.ptr();
    if (!paddle::pybind::PyCheckTensor(object)) {
      return false;
    }
    // Same mode switch paddle's own casters make before handing out a tensor: operators on
    // paddle::Tensor go to the phi kernels.
    paddle::pybind::EnableTensorOperantsToPhiMode();
    value = at::Tensor(paddle::pybind::CastPyArg2Tensor(object, 0));
    return true;
  }

  // C++ -> Python: a new reference to a paddle.Tensor sharing the result's storage; an
  // undefined at::Tensor becomes None, as in torch.
  static handle cast(const at::Tensor& tensor, return_value_policy /*policy*/, handle /*parent*/) {
    return handle(paddle::pybind::ToPyObject(tensor._PD_GetInner(),
                                             /*return_py_none_if_not_initialize=*/true));
  }
};

}  // namespace detail
}  // namespace pybind11

#endif
