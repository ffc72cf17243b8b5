/**
 * Tessera errors. Every failing C API status surfaces as a {@link TesseraError} subclass chosen
 * by its status code; errors detected in TypeScript (ragged arrays, unknown dtype names, wrong
 * attribute types, use after dispose) use the same classes, so callers can rely on one hierarchy:
 *
 * ```
 * TesseraError                     .status .statusName .op .arg .detail
 * ├─ InvalidArgumentError          1 TSR_ERR_INVALID_ARGUMENT
 * ├─ ShapeMismatchError            2 TSR_ERR_SHAPE_MISMATCH
 * ├─ DTypeMismatchError            3 TSR_ERR_DTYPE_MISMATCH
 * ├─ InvalidAttributeError         4 TSR_ERR_INVALID_ATTRIBUTE
 * ├─ NotFoundError                 5 TSR_ERR_NOT_FOUND
 * ├─ InvalidHandleError            6 TSR_ERR_INVALID_HANDLE
 * │  └─ DisposedError              6 (the tensor was disposed)
 * ├─ OutOfMemoryError              7 TSR_ERR_OUT_OF_MEMORY
 * ├─ UnsupportedError              8 TSR_ERR_UNSUPPORTED
 * └─ InternalError                 9 TSR_ERR_INTERNAL
 * ```
 *
 * Messages read `<op>: <detail> (argument "<arg>")`, e.g.
 * `add: shapes [2, 3] and [4] cannot be broadcast together (argument "b")`.
 *
 * Only misuse of the low-level native module itself (which the runtime never does) raises
 * plain `TypeError` / `RangeError`.
 */

/** Status codes of the C API (`tsr_status`). */
export const Status = {
  OK: 0,
  INVALID_ARGUMENT: 1,
  SHAPE_MISMATCH: 2,
  DTYPE_MISMATCH: 3,
  INVALID_ATTRIBUTE: 4,
  NOT_FOUND: 5,
  INVALID_HANDLE: 6,
  OUT_OF_MEMORY: 7,
  UNSUPPORTED: 8,
  INTERNAL: 9,
} as const;
export type StatusCode = (typeof Status)[keyof typeof Status];

const STATUS_NAMES: readonly string[] = [
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
];

/** The C constant name of a status code ("TSR_ERR_SHAPE_MISMATCH"). */
export function statusName(status: number): string {
  return STATUS_NAMES[status] ?? `TSR_STATUS_${status}`;
}

function composeMessage(detail: string, op: string | undefined, arg: string | undefined): string {
  let text = detail;
  if (op && !detail.startsWith(`${op}:`)) text = `${op}: ${detail}`;
  if (arg && !detail.includes(`(argument "${arg}")`)) text += ` (argument "${arg}")`;
  return text;
}

/** Base class of every error Tessera raises. */
export class TesseraError extends Error {
  /** The `tsr_status` code. */
  readonly status: number;
  /** The C constant name of the status ("TSR_ERR_SHAPE_MISMATCH"). */
  readonly statusName: string;
  /** The operator (registry name) or API function involved, if any. */
  readonly op: string | undefined;
  /** The input, attribute or parameter at fault, if any. */
  readonly arg: string | undefined;
  /** The message without the operator prefix and argument suffix. */
  readonly detail: string;

  constructor(status: number, detail: string, op?: string, arg?: string) {
    super(composeMessage(detail, op || undefined, arg || undefined));
    this.status = status;
    this.statusName = statusName(status);
    this.op = op || undefined;
    this.arg = arg || undefined;
    this.detail = detail;
    Object.defineProperty(this, "name", { value: new.target.name, configurable: true, writable: true, enumerable: false });
  }
}

/** A null pointer, bad length or otherwise unusable argument (status 1). */
export class InvalidArgumentError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.INVALID_ARGUMENT, detail, op, arg);
  }
}

/** Input shapes do not fit the operator (status 2). */
export class ShapeMismatchError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.SHAPE_MISMATCH, detail, op, arg);
  }
}

/** An input's element type is not accepted (status 3). */
export class DTypeMismatchError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.DTYPE_MISMATCH, detail, op, arg);
  }
}

/** An attribute of the wrong type, out of range or unknown (status 4). */
export class InvalidAttributeError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.INVALID_ATTRIBUTE, detail, op, arg);
  }
}

/** Unknown operator or attribute name (status 5). */
export class NotFoundError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.NOT_FOUND, detail, op, arg);
  }
}

/** A null, released or foreign handle (status 6). */
export class InvalidHandleError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.INVALID_HANDLE, detail, op, arg);
  }
}

/** A tensor was used after `dispose()` (status 6, INVALID_HANDLE). */
export class DisposedError extends InvalidHandleError {}

/** The engine could not allocate memory (status 7). */
export class OutOfMemoryError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.OUT_OF_MEMORY, detail, op, arg);
  }
}

/** A valid request the engine cannot serve yet (status 8). */
export class UnsupportedError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.UNSUPPORTED, detail, op, arg);
  }
}

/** A bug in Tessera; please report it (status 9). */
export class InternalError extends TesseraError {
  constructor(detail: string, op?: string, arg?: string) {
    super(Status.INTERNAL, detail, op, arg);
  }
}

type ErrorClass = new (detail: string, op?: string, arg?: string) => TesseraError;

const BY_STATUS: readonly (ErrorClass | undefined)[] = [
  undefined,
  InvalidArgumentError,
  ShapeMismatchError,
  DTypeMismatchError,
  InvalidAttributeError,
  NotFoundError,
  InvalidHandleError,
  OutOfMemoryError,
  UnsupportedError,
  InternalError,
];

/**
 * Builds the error for a failing status. Given to the native addon's `init`, which throws what
 * this returns; also usable from TypeScript. `statusName` from the library is kept when given.
 */
export function makeError(status: number, statusNameFromLib: string, message: string, op: string, arg: string): Error {
  let err: TesseraError;
  if (status === Status.INVALID_HANDLE && /\bdisposed\b/.test(message)) {
    err = new DisposedError(message, op, arg);
  } else {
    const Cls = BY_STATUS[status];
    err = Cls ? new Cls(message, op, arg) : new TesseraError(status, message, op, arg);
  }
  if (statusNameFromLib && statusNameFromLib !== err.statusName) {
    (err as { statusName: string }).statusName = statusNameFromLib;
  }
  return err;
}
