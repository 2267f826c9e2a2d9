// paddlecamp compat_ext: torch/torch.h, which many extensions include instead of
// torch/extension.h; paddle 3.3.1's compat layer ships only the latter.
#pragma once

#include <torch/extension.h>
#include <torch/library.h>
