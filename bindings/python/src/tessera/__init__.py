"""Tessera for Python: a native tensor engine whose operators are defined once, in its registry.

>>> import tessera as ts
>>> x = ts.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
>>> ts.sum(x + ts.tensor([10.0, 20.0, 30.0]), axes=(1,)).tolist()
[66.0, 75.0]
>>> ts.softmax(x, axis=-1).shape
(2, 3)

Every registry operator is a function here (``tessera.add``, ``tessera.sum``, ...) and, when its
first input is a tensor, a :class:`Tensor` method. Tensors share memory with numpy both ways
(``t.numpy()``, ``tessera.asarray(a)``) and with DLPack producers and consumers.

Autograd: ``x.attach_grad()``, ``with tessera.autograd.record(): ...``, ``y.backward()``, ``x.grad``
(see :mod:`tessera.autograd`). ONNX models and traced graphs: :class:`Model` (see :mod:`tessera.model`).
"""

import os as _os

# oneDNN runs on libgomp's thread team, which spin-waits after every parallel region by default;
# on a busy machine the spinning threads starve the next kernel (ResNet-50: 1.7 s instead of 0.17 s
# per inference, test/bench/model_bench.mjs). libgomp reads the policy once, when the native library
# loads it, so it is set before that import unless the user chose one.
if "OMP_WAIT_POLICY" not in _os.environ and "GOMP_SPINCOUNT" not in _os.environ:
    _os.environ["OMP_WAIT_POLICY"] = "passive"

from ._errors import (
    AttributeTypeError,
    DTypeMismatchError,
    InputTypeError,
    InternalError,
    InvalidArgumentError,
    InvalidAttributeError,
    InvalidHandleError,
    NotFoundError,
    OutOfMemoryError,
    ReleasedTensorError,
    ShapeMismatchError,
    Status,
    TesseraError,
    UnsupportedError,
    VersionMismatchError,
)
from ._runtime import api_version, num_threads, registry_hash, set_num_threads
from ._tensor import Tensor, TensorLike, asarray, from_dlpack, from_numpy, tensor
from ._generated.ops import *  # noqa: F403 - every operator
from ._generated.ops import __all__ as _op_names
from ._generated.registry import API_VERSION, DTYPES, OP_NAMES, REGISTRY_HASH, DType
from . import autograd
from .model import Model, ModelInput, read_tensor_proto

__version__ = "0.1.0"

__all__ = [
    "API_VERSION",
    "DTYPES",
    "OP_NAMES",
    "REGISTRY_HASH",
    "AttributeTypeError",
    "Model",
    "ModelInput",
    "DType",
    "DTypeMismatchError",
    "InputTypeError",
    "InternalError",
    "InvalidArgumentError",
    "InvalidAttributeError",
    "InvalidHandleError",
    "NotFoundError",
    "OutOfMemoryError",
    "ReleasedTensorError",
    "ShapeMismatchError",
    "Status",
    "Tensor",
    "TensorLike",
    "TesseraError",
    "UnsupportedError",
    "VersionMismatchError",
    "api_version",
    "asarray",
    "autograd",
    "from_dlpack",
    "from_numpy",
    "num_threads",
    "read_tensor_proto",
    "registry_hash",
    "set_num_threads",
    "tensor",
    *_op_names,
]
