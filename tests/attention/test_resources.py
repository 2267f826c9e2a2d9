"""Resource usage of the attention kernels compiled for Hopper (sm_90) on this CPU machine:
ptxas's registers and spills, read independently here from ptxas's own log text."""
from __future__ import annotations

import pytest

from paddlecamp.attention import resources


def test_ptxas_log_is_parsed_from_its_text():
    # The parser reads what ptxas prints; a log written by hand checks it, not the code's output.
    log = ("ptxas info    : Compiling entry function 'k' for 'sm_90a'\n"
           "ptxas info    : Function properties for k\n"
           "    184 bytes stack frame, 388 bytes spill stores, 300 bytes spill loads\n"
           "ptxas info    : Used 255 registers, used 1 barriers, 672 bytes cmem[0]\n")
    assert resources.parse_ptxas_log(log) == (255, 388, 300, 184)
    assert resources.parse_ptxas_log("ptxas fatal   : Unsupported .version 9.4") is None


def test_fast_backward_keeps_its_accumulators_in_registers_on_hopper():
    # Before the in-place accumulation and the TMA copies, the dK/dV program at these tiles
    # spilled 388 bytes per thread (ptxas, same flags); now it spills 16 or none.
    got = resources.fast_backward([(128, 128, 8, 3), (128, 64, 8, 3)])
    by = {(r.kernel, r.tiles.get("block_n", r.tiles.get("block_m"))): r for r in got}
    assert by[("_bwd_dkdv_fast", 128)].spill_store_bytes <= 16
    assert by[("_bwd_dkdv_fast", 64)].spill_store_bytes == 0
    assert by[("_bwd_dq_fast", 128)].spill_store_bytes == 0
    for r in got:
        assert r.arch == 90 and r.registers <= 255
        assert r.tma_copies > 0, r.kernel   # the tiles come in as bulk tensor copies
        assert r.shared_bytes <= 227 * 1024, r.kernel   # fits one H100/H200 SM


def test_compile_for_names_an_argument_without_a_type():
    from paddlecamp.kernels.attention import fwd_tma

    with pytest.raises(ValueError, match="_attn_fwd_tma.*desc_q"):
        resources.compile_for(fwd_tma._attn_fwd_tma, {}, {}, num_warps=4, num_stages=2)
