# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit

"""The operator registry these bindings were generated from (op-registry/registry.json).

``tessera`` compares ``API_VERSION`` and ``REGISTRY_HASH`` with the loaded library at import and
refuses to load on a mismatch.
"""

from typing import Final, Literal, TypeAlias

#: TSR_API_VERSION of the C API the registry was dumped from.
API_VERSION: Final = 1

#: FNV-1a 64 hash of the registry's operators; equals tsr_registry_hash() of a matching library.
REGISTRY_HASH: Final = "2d5fc8a19243bc88"

#: Element type names (the index is the tsr_dtype code).
DType: TypeAlias = Literal["float32", "float64", "int32", "int64", "uint8", "bool"]

#: Every dtype name, in tsr_dtype code order.
DTYPES: Final[tuple[DType, ...]] = ("float32", "float64", "int32", "int64", "uint8", "bool")

#: Registry names of every operator, in registry order.
OP_NAMES: Final[tuple[str, ...]] = (
    "add",
    "sub",
    "mul",
    "div",
    "pow",
    "maximum",
    "minimum",
    "neg",
    "abs",
    "relu",
    "exp",
    "log",
    "sqrt",
    "tanh",
    "sigmoid",
    "equal",
    "less",
    "greater",
    "where",
    "cast",
    "matmul",
    "sum",
    "mean",
    "max",
    "reshape",
    "transpose",
    "concat",
    "slice",
    "softmax",
    "log_softmax",
    "zeros",
    "ones",
    "full",
    "arange",
)
