"""A bounded load test of a running retrieval service: N concurrent clients for T seconds.

Each client (an asyncio task sharing one ``httpx.AsyncClient`` with a connection per client)
posts retrieval requests back to back until the time is up, cycling through the bodies it is
given; a request that is not HTTP 200 with a ``records`` list, or that raises (timeout, reset),
counts as an error. Latency is measured per request, from send to the parsed reply, so under
load it includes the time a request queues behind the others. The event loop runs in its own
thread, so this also works from a notebook, whose thread already runs a loop.
"""
from __future__ import annotations

import statistics
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class LoadReport:
    """What a load run measured; latencies in milliseconds, throughput in completed requests/s."""

    clients: int
    seconds: float
    requests: int
    errors: int
    statuses: dict[str, int] = field(default_factory=dict)
    error_kinds: dict[str, int] = field(default_factory=dict)
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    mean_ms: float = 0.0
    max_ms: float = 0.0
    req_per_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        return (f"{self.clients} clients x {self.seconds:.1f} s: {self.requests} requests, {self.errors} errors, "
                f"p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms, {self.req_per_s:.1f} req/s")


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return 0.0
    s = sorted(values)
    pos = (len(s) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


async def _run(url: str, headers: dict[str, str], bodies: list[dict], clients: int, seconds: float,
               timeout: float) -> tuple[list[float], dict[str, int], dict[str, int], float]:
    import asyncio
    import socket

    import httpx

    latencies: list[float] = []
    statuses: dict[str, int] = {}
    kinds: dict[str, int] = {}
    # TCP_NODELAY: without it a small request can wait for the server's delayed ACK (~40 ms).
    transport = httpx.AsyncHTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
                                         limits=httpx.Limits(max_connections=clients,
                                                             max_keepalive_connections=clients))
    start = time.perf_counter()
    deadline = start + seconds

    async with httpx.AsyncClient(transport=transport, timeout=timeout, headers=headers) as client:
        async def one_client(offset: int) -> None:
            i = offset
            while time.perf_counter() < deadline:
                body = bodies[i % len(bodies)]
                i += clients
                t0 = time.perf_counter()
                try:
                    r = await client.post(url, json=body)
                    ok = r.status_code == 200 and isinstance(r.json().get("records"), list)
                    statuses[str(r.status_code)] = statuses.get(str(r.status_code), 0) + 1
                    if not ok:
                        kinds[f"HTTP {r.status_code}"] = kinds.get(f"HTTP {r.status_code}", 0) + 1
                except Exception as exc:  # a failed request is a measured error, not a crash
                    kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
                    continue
                if ok:
                    latencies.append((time.perf_counter() - t0) * 1000)

        await asyncio.gather(*(one_client(k) for k in range(clients)))
    return latencies, statuses, kinds, time.perf_counter() - start


def run_load(url: str, bodies: list[dict], *, api_key: str | None = None, clients: int = 50,
             seconds: float = 10.0, timeout: float = 60.0) -> LoadReport:
    """Load ``url`` (the full ``.../retrieval`` URL) with ``clients`` concurrent clients for
    ``seconds``; requests started before the end are awaited. Returns the ``LoadReport``."""
    import asyncio

    if clients < 1 or seconds <= 0 or not bodies:
        raise ValueError("need at least one client, a positive duration and one request body")
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    result: dict[str, Any] = {}

    def target() -> None:
        try:
            result["value"] = asyncio.run(_run(url, headers, bodies, clients, seconds, timeout))
        except BaseException as exc:  # re-raised in the caller's thread
            result["error"] = exc

    thread = threading.Thread(target=target, name="serve-load", daemon=True)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    latencies, statuses, kinds, elapsed = result["value"]
    total = sum(statuses.values()) + sum(v for k, v in kinds.items() if not k.startswith("HTTP "))
    errors = sum(kinds.values())
    return LoadReport(clients=clients, seconds=round(elapsed, 3), requests=total, errors=errors, statuses=statuses,
                      error_kinds=kinds, p50_ms=round(percentile(latencies, 50), 1),
                      p95_ms=round(percentile(latencies, 95), 1), p99_ms=round(percentile(latencies, 99), 1),
                      mean_ms=round(statistics.fmean(latencies), 1) if latencies else 0.0,
                      max_ms=round(max(latencies), 1) if latencies else 0.0,
                      req_per_s=round(len(latencies) / elapsed, 1) if elapsed > 0 else 0.0)
