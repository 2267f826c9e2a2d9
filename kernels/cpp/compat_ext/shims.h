// paddlecamp compat_ext: the shims for paddle 3.3.1's C++ compat layer, force-included
// (g++ -include kernels/cpp/compat_ext/shims.h, with -I kernels/cpp/compat_ext first on the
// include path) by `paddlecamp cppcompat audit --shims` and `sources --shims`.
//
// Every addition is header-only and calls paddle's own C++ API; the audit verifies each one
// against torch with the same probes that found the gap. Sources stay unmodified.
#pragma once

#include <paddlecamp/global_names_begin.h>  // paddle's headers leak SUM/MIN/MAX: renamed while read

#include <torch/extension.h>
#include <torch/library.h>  // torch's extension.h brings TORCH_LIBRARY; paddle's does not

#include <ATen/Dispatch.h>
#include <ATen/OpMathType.h>
#include <ATen/Parallel.h>
#include <c10/util/irange.h>
#include <paddlecamp/checks.h>
#include <paddlecamp/functions.h>
#include <paddlecamp/guards.h>
#include "paddle/utils/pybind.h"  // read inside the renaming window too (the CPU caster includes it)

#include <paddlecamp/global_names_end.h>
