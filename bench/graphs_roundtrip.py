"""Parse + round trip of a generated 5,000-node graph, against fx.symbolic_trace + gm.code.

    .venv/bin/python bench/graphs_roundtrip.py [--nodes 5000] [--repeat 5]

Ours: parse(model.py) -> serialize -> parse -> graph_equal (never runs the text).
Peer: import the same model.py (exec), fx.symbolic_trace it and print gm.code, which is
what a loader that re-traces the sample does at minimum. Goal: ours < 2 s at 5,000 nodes.
"""
from __future__ import annotations

import argparse
import statistics
import time

import torch.fx as fx


def median_seconds(fn, repeat: int) -> tuple[float, float]:
    """Median wall time and median process CPU time (the latter is fairer on a shared machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from paddlecamp.graphs.baseline import load_module_by_exec
    from paddlecamp.graphs.equal import graph_equal
    from paddlecamp.graphs.parse import parse_model
    from paddlecamp.graphs.serialize import serialize
    from paddlecamp.graphs.synthetic import transformer_like_graph

    text = serialize(transformer_like_graph(args.nodes))
    n = len(parse_model(text).nodes)

    def ours():
        g1 = parse_model(text)
        g2 = parse_model(serialize(g1))
        assert graph_equal(g1, g2).equal

    def ours_parse_only():
        parse_model(text)

    def peer():
        fx.symbolic_trace(load_module_by_exec(text)).code  # noqa: B018 - generating code is the work

    ours()  # warm caches (attribute resolution, spelling) once, as any long-running tool would
    t_ours = median_seconds(ours, args.repeat)
    t_parse = median_seconds(ours_parse_only, args.repeat)
    t_peer = median_seconds(peer, args.repeat)
    print(f"graph: {n} nodes, model.py {len(text) / 1e6:.2f} MB; medians of {args.repeat} runs (wall / cpu)")
    print(f"paddlecamp parse only                     {t_parse[0]:.3f} s / {t_parse[1]:.3f} s")
    print(f"paddlecamp parse+serialize+parse+equal    {t_ours[0]:.3f} s / {t_ours[1]:.3f} s   (goal < 2 s)")
    print(f"peer: exec + fx.symbolic_trace + gm.code  {t_peer[0]:.3f} s / {t_peer[1]:.3f} s")
    print(f"ratio round trip / peer: {t_ours[0] / t_peer[0]:.2f}x wall, {t_ours[1] / t_peer[1]:.2f}x cpu")


if __name__ == "__main__":
    main()
