"""Static typing: mypy --strict against the installed package's hints and stubs (ops.pyi,
_native.pyi, py.typed). A small typed program must pass; misuse must be caught, line by line."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
CACHE = Path(sys.prefix) / ".mypy_cache"  # inside the venv: fast reruns, nothing in the tree


def mypy(*args: str) -> tuple[str, int]:
    out, err, status = mypy_api.run(["--strict", "--cache-dir", str(CACHE), "--no-error-summary", *args])
    return out + err, status


def test_typed_usage_example_passes() -> None:
    out, status = mypy(str(HERE / "typing" / "usage_ok.py"))
    assert status == 0, out


def test_misuse_is_reported_where_marked() -> None:
    path = HERE / "typing" / "usage_bad.py"
    expected = {
        (n, m.group(1))
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if (m := re.search(r"# E: ([a-z-]+)", line))
    }
    out, status = mypy(str(path))
    got = {(int(m.group(1)), m.group(2)) for m in re.finditer(r"usage_bad\.py:(\d+): error: .*\[([a-z-]+)\]", out)}
    assert status == 1
    assert got == expected, out


@pytest.mark.skipif(not (SRC / "tessera").is_dir(), reason="the package sources are not next to the tests")
def test_package_itself_is_strictly_typed() -> None:
    out, status = mypy(str(SRC / "tessera"))
    assert status == 0, out
