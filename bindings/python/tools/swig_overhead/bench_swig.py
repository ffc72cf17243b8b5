"""Per-call overhead of a 1-element float32 add through a SWIG layer vs tessera._native.

Builds tsr_swig.i (swig -python -builtin, then the C compiler) in a temporary folder against the
repository's build/lib/libtessera.so, then times, in one process:

  numpy        np.add(a, b) on 1-element float32 arrays (the reference)
  swig         a Python Tensor class over the SWIG handle: add(x, y) -> invoke -> new Tensor,
               released by __del__ (what a SWIG low-level layer plus a Python runtime costs)
  extension    tessera.add(x, y) through tessera._native (the shipped design)

Run from the repository root with the project venv:  .venv/bin/python bindings/python/tools/swig_overhead/bench_swig.py
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import tempfile
import timeit
from pathlib import Path

import numpy as np

import tessera

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


def build(tmp: Path) -> object:
    subprocess.check_call(
        ["swig", "-python", "-builtin", "-I" + str(ROOT / "c-api/include"), "-o", str(tmp / "tsr_swig_wrap.c"), str(HERE / "tsr_swig.i")]
    )
    ext = sysconfig.get_config_var("EXT_SUFFIX")
    so = tmp / f"_tsr_swig{ext}"
    subprocess.check_call(
        [
            os.environ.get("CC", "cc"), "-O2", "-shared", "-fPIC", "-w",
            "-I" + sysconfig.get_paths()["include"], "-I" + str(ROOT / "c-api/include"),
            str(tmp / "tsr_swig_wrap.c"), "-o", str(so),
            "-L" + str(ROOT / "build/lib"), "-ltessera", "-Wl,-rpath," + str(ROOT / "build/lib"),
        ]
    )
    sys.path.insert(0, str(tmp))
    spec = importlib.util.spec_from_file_location("tsr_swig", tmp / "tsr_swig.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["tsr_swig"] = mod
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    with tempfile.TemporaryDirectory() as d:
        sw = build(Path(d))

        class SwigTensor:
            __slots__ = ("_h",)

            def __init__(self, h: object) -> None:
                self._h = h

            def __del__(self) -> None:
                sw.tsr_tensor_release(self._h)

        op_add = sw.tsr_op_lookup("add")

        def swig_add(x: SwigTensor, y: SwigTensor) -> SwigTensor:
            return SwigTensor(sw.tsr_op_invoke(op_add, [x._h, y._h], None, 0))

        one = np.array([1], dtype=np.float32)
        sx = SwigTensor(sw.tsr_tensor_create(0, [1], one.tobytes()))
        sy = SwigTensor(sw.tsr_tensor_create(0, [1], one.tobytes()))
        a = np.array([1], dtype=np.float32)
        b = np.array([2], dtype=np.float32)
        x, y = tessera.tensor(a), tessera.tensor(b)
        cases = {"numpy": lambda: np.add(a, b), "swig": lambda: swig_add(sx, sy), "extension": lambda: tessera.add(x, y)}
        best = {k: float("inf") for k in cases}
        for _ in range(5):  # interleaved rounds, best of each
            for name, fn in cases.items():
                best[name] = min(best[name], timeit.timeit(fn, number=calls) / calls)
        for name, t in best.items():
            print(f"{name:10s} {t * 1e9:8.1f} ns/call   {t / best['numpy']:5.2f}x numpy")


if __name__ == "__main__":
    main()
