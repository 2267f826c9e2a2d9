// paddlecamp compat_ext: ends the renaming begun in global_names_begin.h (see there).
#pragma once

#undef SUM
#undef AVG
#undef MAX
#undef MIN
#undef PRODUCT
