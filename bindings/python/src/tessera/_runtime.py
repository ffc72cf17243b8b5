"""Loads the native extension and checks it against the generated bindings.

Importing this module loads ``tessera._native`` (which links the ``libtessera.so`` shipped in the
package) and compares the library's ``tsr_api_version()`` and ``tsr_registry_hash()`` with the
values the bindings were generated from (``tessera._generated.registry``). A mismatch raises
:class:`~tessera.VersionMismatchError` with what to do about it, before any operator is resolved.
"""

from __future__ import annotations

from typing import Any

from ._errors import VersionMismatchError

try:
    from . import _native
except ImportError as e:  # pragma: no cover - depends on the installation
    raise ImportError(
        f"tessera: cannot load the native extension ({e}). Reinstall the package "
        "(pip install ./bindings/python) after building the library (npm run build)."
    ) from e

from ._generated import registry as _registry

__all__ = ["api_version", "check_versions", "num_threads", "op", "registry_hash", "set_num_threads"]


def check_versions(
    api_version: int,
    registry_hash: str,
    *,
    expected_api_version: int = _registry.API_VERSION,
    expected_hash: str = _registry.REGISTRY_HASH,
) -> None:
    """Raises VersionMismatchError unless the library's versions are the generated ones."""
    if api_version != expected_api_version:
        raise VersionMismatchError(
            f"the loaded libtessera has C API version {api_version} but these bindings were generated for "
            f"version {expected_api_version}; rebuild the library and reinstall the package "
            "(npm run build && pip install ./bindings/python)"
        )
    if registry_hash != expected_hash:
        raise VersionMismatchError(
            f"the loaded libtessera has operator registry {registry_hash} but these bindings were generated "
            f"from registry {expected_hash}; regenerate the bindings (npm run generate) and reinstall the "
            "package (pip install ./bindings/python)"
        )


if _native.header_api_version() != _native.api_version():  # pragma: no cover - a broken install
    raise VersionMismatchError(
        f"tessera._native was compiled against C API version {_native.header_api_version()} but the loaded "
        f"libtessera reports {_native.api_version()}; reinstall the package (pip install ./bindings/python)"
    )
check_versions(_native.api_version(), _native.registry_hash())


def op(
    name: str,
    inputs: tuple[str, ...],
    variadic: bool,
    attrs: tuple[str, ...],
    enums: tuple[Any, ...],
    *,
    variadic_output: bool = False,
) -> _native.Op[Any]:
    """Resolves a registry operator once (used by the generated modules).

    ``inputs`` are the input names (a trailing ``?`` marks an optional one), ``variadic`` says the
    last input takes a sequence, ``attrs`` are the attribute names in slot order and ``enums`` the
    enum values per attribute (None for the others); a ``variadic_output`` comes back as a list.
    The dtypes each input accepts come from the generated registry (``INPUT_DTYPES``): numbers and
    lists passed as inputs follow the tensors given for inputs of the same type.
    """
    return _native.Op(
        name, inputs, variadic, attrs, enums, variadic_output=variadic_output, input_dtypes=_registry.INPUT_DTYPES.get(name)
    )


def api_version() -> int:
    """The C API version (``TSR_API_VERSION``) of the loaded library."""
    return _native.api_version()


def registry_hash() -> str:
    """The operator registry hash of the loaded library (``tsr_registry_hash()``)."""
    return _native.registry_hash()


def num_threads() -> int:
    """Number of threads the kernels use."""
    return _native.num_threads()


def set_num_threads(n: int) -> None:
    """Sets the number of kernel threads; ``n <= 0`` restores the core count."""
    _native.set_num_threads(n)
