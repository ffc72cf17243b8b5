"""Tessera's exceptions.

Every failing C API status becomes a :class:`TesseraError` subclass chosen by the status code,
that also derives from the matching built-in exception, so ordinary ``except ValueError`` /
``except TypeError`` code keeps working::

    TesseraError                                      .status .status_name .op .arg .detail
    ├─ InvalidArgumentError      (ValueError)         1 TSR_ERR_INVALID_ARGUMENT
    │  └─ InputTypeError         (TypeError)            an input that cannot become a tensor
    ├─ ShapeMismatchError        (ValueError)         2 TSR_ERR_SHAPE_MISMATCH
    ├─ DTypeMismatchError        (TypeError)          3 TSR_ERR_DTYPE_MISMATCH
    ├─ InvalidAttributeError     (ValueError)         4 TSR_ERR_INVALID_ATTRIBUTE
    │  └─ AttributeTypeError     (TypeError)            an attribute of the wrong Python type
    ├─ NotFoundError             (LookupError)        5 TSR_ERR_NOT_FOUND
    ├─ InvalidHandleError        (ValueError)         6 TSR_ERR_INVALID_HANDLE
    │  └─ ReleasedTensorError                           a tensor used after release()
    ├─ OutOfMemoryError          (MemoryError)        7 TSR_ERR_OUT_OF_MEMORY
    ├─ UnsupportedError          (NotImplementedError) 8 TSR_ERR_UNSUPPORTED
    ├─ InternalError             (RuntimeError)       9 TSR_ERR_INTERNAL
    └─ VersionMismatchError      (ImportError)          library and bindings do not match

Messages read ``<op>: <detail> (argument "<arg>")``, for example
``add: shapes [2, 3] and [4] cannot be broadcast together (argument "b")``.
"""

from __future__ import annotations

__all__ = [
    "AttributeTypeError",
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
    "TesseraError",
    "UnsupportedError",
    "VersionMismatchError",
]


class Status:
    """The ``tsr_status`` codes of the C API."""

    OK = 0
    INVALID_ARGUMENT = 1
    SHAPE_MISMATCH = 2
    DTYPE_MISMATCH = 3
    INVALID_ATTRIBUTE = 4
    NOT_FOUND = 5
    INVALID_HANDLE = 6
    OUT_OF_MEMORY = 7
    UNSUPPORTED = 8
    INTERNAL = 9


_STATUS_NAMES = (
    "TSR_OK",
    "TSR_ERR_INVALID_ARGUMENT",
    "TSR_ERR_SHAPE_MISMATCH",
    "TSR_ERR_DTYPE_MISMATCH",
    "TSR_ERR_INVALID_ATTRIBUTE",
    "TSR_ERR_NOT_FOUND",
    "TSR_ERR_INVALID_HANDLE",
    "TSR_ERR_OUT_OF_MEMORY",
    "TSR_ERR_UNSUPPORTED",
    "TSR_ERR_INTERNAL",
)


def status_name(status: int) -> str:
    """The C constant name of a status code (``"TSR_ERR_SHAPE_MISMATCH"``)."""
    return _STATUS_NAMES[status] if 0 <= status < len(_STATUS_NAMES) else f"TSR_STATUS_{status}"


class TesseraError(Exception):
    """Base class of every error Tessera raises.

    Attributes
    ----------
    status : int
        The ``tsr_status`` code.
    status_name : str
        Its C constant name (``"TSR_ERR_SHAPE_MISMATCH"``).
    op : str or None
        The operator (registry name) involved, if any.
    arg : str or None
        The input, attribute or parameter at fault, if any.
    detail : str
        The message without the operator prefix and the argument suffix.
    """

    status: int = Status.INTERNAL

    def __init__(self, detail: str, op: str | None = None, arg: str | None = None, status: int | None = None) -> None:
        if status is not None:
            self.status = status
        self.op = op or None
        self.arg = arg or None
        if self.op and detail.startswith(f"{self.op}: "):
            detail = detail[len(self.op) + 2 :]
        self.detail = detail
        self.status_name = status_name(self.status)
        text = f"{self.op}: {detail}" if self.op else detail
        if self.arg and f'(argument "{self.arg}")' not in text:
            text += f' (argument "{self.arg}")'
        super().__init__(text)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.detail, self.op, self.arg, self.status))


class InvalidArgumentError(TesseraError, ValueError):
    """A null, malformed or otherwise unusable argument (status 1)."""

    status = Status.INVALID_ARGUMENT


class InputTypeError(InvalidArgumentError, TypeError):
    """An operator input that is neither a tensor nor convertible to one (status 1)."""


class ShapeMismatchError(TesseraError, ValueError):
    """Input shapes do not fit the operator (status 2)."""

    status = Status.SHAPE_MISMATCH


class DTypeMismatchError(TesseraError, TypeError):
    """An input's element type is not accepted, or inputs disagree (status 3)."""

    status = Status.DTYPE_MISMATCH


class InvalidAttributeError(TesseraError, ValueError):
    """An attribute value out of range, not an enum value, or unknown (status 4)."""

    status = Status.INVALID_ATTRIBUTE


class AttributeTypeError(InvalidAttributeError, TypeError):
    """An attribute of the wrong Python type, e.g. ``axes="0"`` (status 4)."""


class NotFoundError(TesseraError, LookupError):
    """Unknown operator or attribute name (status 5)."""

    status = Status.NOT_FOUND


class InvalidHandleError(TesseraError, ValueError):
    """A null, released or foreign handle (status 6)."""

    status = Status.INVALID_HANDLE


class ReleasedTensorError(InvalidHandleError):
    """A tensor used after :meth:`Tensor.release` (status 6)."""


class OutOfMemoryError(TesseraError, MemoryError):
    """The engine could not allocate memory (status 7)."""

    status = Status.OUT_OF_MEMORY


class UnsupportedError(TesseraError, NotImplementedError):
    """A valid request the engine cannot serve yet (status 8)."""

    status = Status.UNSUPPORTED


class InternalError(TesseraError, RuntimeError):
    """A bug in Tessera; please report it (status 9)."""

    status = Status.INTERNAL


class VersionMismatchError(TesseraError, ImportError):
    """The loaded library does not match the generated bindings (API version or registry hash)."""

    status = Status.INTERNAL


_BY_STATUS: dict[int, type[TesseraError]] = {
    Status.INVALID_ARGUMENT: InvalidArgumentError,
    Status.SHAPE_MISMATCH: ShapeMismatchError,
    Status.DTYPE_MISMATCH: DTypeMismatchError,
    Status.INVALID_ATTRIBUTE: InvalidAttributeError,
    Status.NOT_FOUND: NotFoundError,
    Status.INVALID_HANDLE: InvalidHandleError,
    Status.OUT_OF_MEMORY: OutOfMemoryError,
    Status.UNSUPPORTED: UnsupportedError,
    Status.INTERNAL: InternalError,
}

_BY_KIND: dict[tuple[int, str], type[TesseraError]] = {
    (Status.INVALID_ARGUMENT, "type"): InputTypeError,
    (Status.INVALID_ATTRIBUTE, "type"): AttributeTypeError,
    (Status.INVALID_HANDLE, "released"): ReleasedTensorError,
}


def make_error(status: int, detail: str, op: str | None, arg: str | None, kind: str = "") -> TesseraError:
    """The exception for a failure: the class is chosen by status (and kind: "type", "released")."""
    cls = _BY_KIND.get((status, kind)) or _BY_STATUS.get(status, InternalError)
    return cls(detail, op, arg, status)
