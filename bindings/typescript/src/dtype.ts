/** Element types: names, C API codes (`tsr_dtype`) and the typed arrays that hold them. */
import { InvalidAttributeError } from "./errors";

/** A tensor element type. `bool` is one byte per element (0 or 1). */
export type DType = "float32" | "float64" | "int32" | "int64" | "uint8" | "bool";

/** Every dtype, indexed by its C API code (`TSR_DTYPE_*`). */
export const DTYPES: readonly DType[] = Object.freeze(["float32", "float64", "int32", "int64", "uint8", "bool"] as const);

/** The C API code of each dtype. */
export const DTYPE_CODES: Readonly<Record<DType, number>> = Object.freeze({
  float32: 0,
  float64: 1,
  int32: 2,
  int64: 3,
  uint8: 4,
  bool: 5,
});

/** Bytes per element. */
export const DTYPE_SIZES: Readonly<Record<DType, number>> = Object.freeze({
  float32: 4,
  float64: 8,
  int32: 4,
  int64: 8,
  uint8: 1,
  bool: 1,
});

/** The typed array holding each dtype's elements (bool: Uint8Array of 0/1, int64: BigInt64Array). */
export interface TypedArrayOf {
  float32: Float32Array;
  float64: Float64Array;
  int32: Int32Array;
  int64: BigInt64Array;
  uint8: Uint8Array;
  bool: Uint8Array;
}

/** Any typed array a tensor converts to or from. */
export type TypedArray = TypedArrayOf[DType];

/** Typed array constructors per dtype. */
export const TYPED_ARRAY_CONSTRUCTORS = Object.freeze({
  float32: Float32Array,
  float64: Float64Array,
  int32: Int32Array,
  int64: BigInt64Array,
  uint8: Uint8Array,
  bool: Uint8Array,
} as const);

/** Whether `value` names a dtype. */
export function isDType(value: unknown): value is DType {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(DTYPE_CODES, value);
}

/** The dtype of a C API code. */
export function dtypeName(code: number): DType {
  const name = DTYPES[code];
  if (name === undefined) throw new RangeError(`unknown dtype code ${code}`);
  return name;
}

/**
 * The C API code of a dtype name, for `dtype` attributes. Throws {@link InvalidAttributeError}
 * naming the operator and attribute for an unknown name (e.g. "float16").
 */
export function dtypeCode(value: DType | string, op?: string, attr: string = "dtype"): number {
  if (typeof value === "string" && Object.prototype.hasOwnProperty.call(DTYPE_CODES, value)) {
    return DTYPE_CODES[value as DType];
  }
  const shown = typeof value === "string" ? `"${value}"` : String(value);
  throw new InvalidAttributeError(`unknown dtype ${shown}; expected one of ${DTYPES.join(", ")}`, op, attr);
}

/**
 * The natural dtype of a typed array: Float32Array → float32, Float64Array → float64,
 * Int32Array → int32, BigInt64Array → int64, Uint8Array / Uint8ClampedArray → uint8. Other
 * integer arrays map to the smallest dtype holding every value (Int8/Int16/Uint16 → int32,
 * Uint32 → int64, BigUint64 → int64); undefined for anything else.
 */
export function dtypeOfTypedArray(data: ArrayBufferView): DType | undefined {
  return TAG_DTYPES[typedArrayTag(data)];
}

/**
 * The class name of a typed array ("Float32Array"), or "" for other views. Realm-independent,
 * unlike `instanceof` (typed arrays made by the addon or another vm context have other
 * constructors).
 */
export function typedArrayTag(data: unknown): string {
  if (!ArrayBuffer.isView(data)) return "";
  const tag = (data as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  return typeof tag === "string" ? tag : "";
}

const TAG_DTYPES: Readonly<Record<string, DType | undefined>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, DType | undefined>, {
    Float32Array: "float32",
    Float64Array: "float64",
    Int32Array: "int32",
    BigInt64Array: "int64",
    Uint8Array: "uint8",
    Uint8ClampedArray: "uint8",
    Int8Array: "int32",
    Int16Array: "int32",
    Uint16Array: "int32",
    Uint32Array: "int64",
    BigUint64Array: "int64",
  }),
);
