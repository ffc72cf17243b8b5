"""Per-call overhead of a 1-element add from Python is at most 2x numpy's, measured in one run
(test/bench/python_overhead.py; the suite also prints its table)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "test" / "bench" / "python_overhead.py"


@pytest.mark.skipif(not BENCH.exists(), reason="test/bench/python_overhead.py is not next to this checkout")
def test_add_overhead_is_at_most_twice_numpy() -> None:
    spec = importlib.util.spec_from_file_location("python_overhead", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    # Short interleaved chunks, median of paired ratios: background load slows both sides alike.
    result = bench.measure(calls=50_000, rounds=5)
    report = bench.report(result, 2.0)
    print(report)
    if os.environ.get("TESSERA_OVERHEAD_REPORT"):  # scripts/suites/40-python.mjs prints it
        Path(os.environ["TESSERA_OVERHEAD_REPORT"]).write_text(report + "\n")
    for pair, ratio in result["ratios"].items():
        assert ratio <= 2.0, f"{pair} = {ratio:.2f}x numpy (target <= 2x)\n{report}"
