# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit

"""Generated parts of the ``tessera`` package (from the operator registry); do not edit.

- ``registry``: the registry hash, API version, dtype names and operator names;
- ``ops``: one function per operator (re-exported by ``tessera``), with ``ops.pyi`` as its stub;
- ``methods``: the same operators as ``tessera.Tensor`` methods.
"""
