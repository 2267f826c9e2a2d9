// paddlecamp compat_ext: paddle 3.3.1's compat headers reach paddle/phi/backends/device_ext.h
// (via c10/core/Device.h -> ... -> device_manager.h), a C header that declares
//     typedef enum { SUM = 0, AVG, MAX, MIN, PRODUCT } C_CCLReduceOp;
// in the global namespace. Any extension with its own global SUM/MIN/MAX (pytorch_scatter's
// `enum ReductionType { SUM, MEAN, MUL, DIV, MIN, MAX }`) then fails with "'SUM' conflicts with
// a previous declaration". These macros rename those enumerators while paddle's headers are
// read (global_names_end.h removes the macros); enumerator names are not part of the ABI.
#pragma once

#define SUM PADDLECAMP_PADDLE_CCL_SUM
#define AVG PADDLECAMP_PADDLE_CCL_AVG
#define MAX PADDLECAMP_PADDLE_CCL_MAX
#define MIN PADDLECAMP_PADDLE_CCL_MIN
#define PRODUCT PADDLECAMP_PADDLE_CCL_PRODUCT
