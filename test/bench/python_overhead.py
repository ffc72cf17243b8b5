#!/usr/bin/env python3
"""Per-call overhead of a 1-element float32 add from Python, beside numpy's, in one run.

    .venv/bin/python test/bench/python_overhead.py [--calls N] [--rounds R] [--max-ratio X] [--json]

Cases, timed in short interleaved chunks so that background load hits every case alike (the
ratio of a pair is the median of chunk-by-chunk ratios; ns/call is each case's best chunk):

    numpy    np.add(a, b)      the reference: numpy's ufunc call on 1-element float32 arrays
    numpy    a + b             numpy's operator
    tessera  ts.add(x, y)      generated function -> tessera._native.Op -> tsr_op_invoke -> new Tensor
                               (each result is dropped, which releases its engine memory)
    tessera  x + y             the Tensor operator
    tessera  x + 1             with a Python number (a 0-d tensor is made per call)

The target (issue 5): ts.add and x + y cost at most 2x numpy's np.add and a + b. Exit status 1
when either ratio is above --max-ratio (default 2.0).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import timeit
from typing import Any

import numpy as np

import tessera as ts

CASES = [
    ("numpy", "np.add(a, b)"),
    ("numpy", "a + b"),
    ("tessera", "ts.add(x, y)"),
    ("tessera", "x + y"),
    ("tessera", "x + 1"),
]
PAIRS = [("ts.add(x, y)", "np.add(a, b)"), ("x + y", "a + b")]


def measure(calls: int = 200_000, rounds: int = 7) -> dict[str, Any]:
    """Times every case over `rounds` x `calls` calls, in short interleaved chunks.

    Each pass times one chunk of every case back to back (rotating which goes first), so a
    tessera chunk and the numpy chunk it is compared with ran under the same machine load. The
    ratio of a pair is the median over passes of chunk(tessera) / chunk(numpy); ns/call is the
    best chunk of each case.
    """
    a = np.array([1.0], dtype=np.float32)
    b = np.array([2.0], dtype=np.float32)
    x, y = ts.tensor(a), ts.tensor(b)
    assert ts.add(x, y).tolist() == [3.0] and float((a + b)[0]) == 3.0
    env = {"np": np, "ts": ts, "a": a, "b": b, "x": x, "y": y}
    timers = [(stmt, timeit.Timer(stmt, globals=env)) for _, stmt in CASES]
    passes = rounds * 10
    chunk = max(1000, calls // 10)
    for _, t in timers:  # warm-up
        t.timeit(chunk)
    times: dict[str, list[float]] = {stmt: [] for stmt, _ in timers}
    for p in range(passes):
        order = timers[p % len(timers) :] + timers[: p % len(timers)]
        for stmt, t in order:
            times[stmt].append(t.timeit(chunk) / chunk)
    ns = {stmt: min(ts_) * 1e9 for stmt, ts_ in times.items()}
    ratios = {f"{mine} / {ref}": statistics.median(m / r for m, r in zip(times[mine], times[ref])) for mine, ref in PAIRS}
    return {
        "calls": chunk * passes,
        "passes": passes,
        "ns_per_call": ns,
        "ratios": ratios,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "engine_threads": ts.num_threads(),
        "cpus": os.cpu_count(),
    }


def report(r: dict[str, Any], max_ratio: float) -> str:
    lines = [
        f"Python per-call overhead, 1-element float32 add ({r['calls']} calls per case in {r['passes']} interleaved "
        f"chunks; best chunk; Python {r['python']}, numpy {r['numpy']}, {r['cpus']} CPUs)",
    ]
    for lib, stmt in CASES:
        lines.append(f"  {lib:8s} {stmt:14s} {r['ns_per_call'][stmt]:8.1f} ns/call")
    verdicts = [f"{k} = {v:.2f}x" for k, v in r["ratios"].items()]
    ok = all(v <= max_ratio for v in r["ratios"].values())
    lines.append(f"  ratio (median of paired chunks) {'; '.join(verdicts)} (target <= {max_ratio:g}x): {'ok' if ok else 'ABOVE TARGET'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, default=200_000)
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--max-ratio", type=float, default=2.0)
    p.add_argument("--json", action="store_true", help="print the JSON summary only")
    args = p.parse_args(argv)
    r = measure(args.calls, args.rounds)
    print(json.dumps(r, indent=2) if args.json else report(r, args.max_ratio))
    return 0 if all(v <= args.max_ratio for v in r["ratios"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
