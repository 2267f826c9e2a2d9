"""Track 4: Paddle's C++ API compatibility layer.

``build`` compiles one torch-style extension source against torch or paddle (with a build
cache); ``audit`` probes the ATen/c10/torch C++ API coverage of paddle's compat headers, with
and without the project's shims in ``kernels/cpp/compat_ext``.
"""
