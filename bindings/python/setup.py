"""Builds ``tessera._native`` (C, against c-api/include/tessera/c_api.h) and ships libtessera.so.

The native library comes from ``$TESSERA_LIB`` (a path to libtessera.so) or from the repository's
``build/lib/libtessera.so``; when that is missing it is built first with
``node scripts/build.mjs --native-only``. The library is copied into the package next to the
extension, whose rpath is ``$ORIGIN``: the installed package needs no LD_LIBRARY_PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("TESSERA_ROOT", HERE.parent.parent)).resolve()


def native_library() -> Path:
    env = os.environ.get("TESSERA_LIB")
    if env:
        lib = Path(env).resolve()
        if not lib.is_file():
            raise SystemExit(f"tessera: TESSERA_LIB={env} is not a file")
        return lib
    lib = ROOT / "build" / "lib" / "libtessera.so"
    build = ROOT / "scripts" / "build.mjs"
    if not lib.is_file() and build.is_file() and shutil.which("node"):
        print("tessera: building the native library (node scripts/build.mjs --native-only)")
        subprocess.check_call(["node", str(build), "--native-only", "--quiet"], cwd=ROOT)
    if not lib.is_file():
        raise SystemExit(
            f"tessera: {lib} not found. Build the engine first (npm install / npm run build at the repository "
            "root) or point TESSERA_LIB at a libtessera.so."
        )
    return lib


class BuildNative(build_ext):
    def build_extensions(self) -> None:
        lib = native_library()
        for ext in self.extensions:
            ext.library_dirs.append(str(lib.parent))
        super().build_extensions()
        for ext in self.extensions:
            dest = Path(self.get_ext_fullpath(ext.name)).parent / "libtessera.so"
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(lib, dest)


native = Extension(
    "tessera._native",
    sources=["src/tessera/_native.c"],
    include_dirs=[str(ROOT / "c-api" / "include")],
    libraries=["tessera"],
    extra_compile_args=["-O2", "-std=c11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers"],
    extra_link_args=["-Wl,-rpath,$ORIGIN"],
)

setup(ext_modules=[native], cmdclass={"build_ext": BuildNative})
