"""FlashAttention kernels for 8-bit Q/K/V in Triton (forward, backward, exact grid rounding).

``fwd.attention_fwd`` and ``bwd.attention_bwd`` launch the kernels on validated tensors; the
checked, documented entry points are in ``paddlecamp.attention.triton_backend``.
"""
