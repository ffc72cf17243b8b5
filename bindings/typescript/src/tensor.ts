/**
 * The Tensor class: an owned reference to an engine tensor.
 *
 * Lifetime: call `dispose()` (or declare it with `using`) to release the native memory at once.
 * A tensor that is never disposed is released when it is garbage collected (the addon attaches a
 * finalizer to every handle and reports the native bytes to V8), but that may happen late — and
 * never inside one long synchronous loop — so dispose what you create in loops.
 *
 * Operator methods (`x.add(y)`, `x.sum({ axes: [0] })`, ...) are attached to the prototype by the
 * generated `generated/methods.ts`.
 */
import {
  DTYPE_CODES,
  DTYPES,
  type DType,
  type TypedArray,
  type TypedArrayOf,
  TYPED_ARRAY_CONSTRUCTORS,
  dtypeOfTypedArray,
  isDType,
  typedArrayTag,
} from "./dtype";
import { DisposedError, InvalidArgumentError, ShapeMismatchError, TesseraError } from "./errors";
import { native, type TensorHandle } from "./native";

/** `Symbol.dispose`, or the well-known fallback used by polyfills and TypeScript's helpers. */
export const disposeSymbol: typeof Symbol.dispose = ((Symbol as { dispose?: symbol }).dispose ??
  Symbol.for("Symbol.dispose")) as typeof Symbol.dispose;

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** A tensor, or a number that becomes a 0-d tensor of the other inputs' dtype. */
export type TensorLike = Tensor | number;

/** A scalar element as given to {@link Tensor.from}. */
export type Scalar = number | boolean | bigint;

/** Nested JS arrays of scalars (any depth up to 8). */
export type NestedArray<T> = T | readonly NestedArray<T>[];

/** What {@link Tensor.from} accepts. */
export type TensorData = TypedArray | ArrayBufferView | NestedArray<number> | NestedArray<boolean> | NestedArray<bigint>;

/** Options of {@link Tensor.from}. */
export interface TensorOptions {
  /** Element type; default from the data (see {@link Tensor.from}). */
  dtype?: DType;
  /** Shape; default inferred from the nesting (a typed array is 1-D). Must match the element count. */
  shape?: readonly number[];
}

/** Nested arrays of the element type `toArray()` returns. */
export type NestedValues = number | boolean | bigint | NestedValues[];

const MAX_DIMS = 8;
const FROM = "Tensor.from";

export class Tensor {
  /** @internal The native handle; kept after dispose so stale uses report "disposed". */
  _h: TensorHandle;
  /** @internal */
  _disposed: boolean;
  /** @internal Cached shape (tensors never change shape). */
  _shape: number[] | undefined;
  /** @internal Cached dtype. */
  _dtype: DType | undefined;

  /** @internal Wraps an owned native handle; use {@link Tensor.from} or the operators instead. */
  constructor(handle: TensorHandle) {
    this._h = handle;
    this._disposed = false;
    this._shape = undefined;
    this._dtype = undefined;
  }

  /**
   * Creates a tensor holding a copy of `data`.
   *
   * - A typed array keeps its type unless `options.dtype` says otherwise (Float32Array → float32,
   *   Float64Array → float64, Int32Array → int32, BigInt64Array → int64, Uint8Array → uint8) and
   *   is 1-D unless `options.shape` is given.
   * - Nested arrays give the shape by their nesting (`[[1, 2], [3, 4]]` is 2×2; a bare number is
   *   0-d; `[]` is shape [0]); ragged nesting is an {@link InvalidArgumentError}. Default dtype:
   *   float32 for numbers, bool for booleans, int64 for bigints.
   * - Values convert like typed-array stores: truncation toward zero for integer dtypes, `x ? 1 : 0` for bool.
   */
  static from(data: TensorData, options: TensorOptions = {}): Tensor {
    const wanted = options.dtype;
    if (wanted !== undefined && !isDType(wanted)) {
      throw new InvalidArgumentError(`unknown dtype "${String(wanted)}"; expected one of ${DTYPES.join(", ")}`, FROM, "dtype");
    }
    if (ArrayBuffer.isView(data)) return fromTypedArray(data, wanted, options.shape);

    // Nested arrays (or a bare scalar).
    const shape: number[] = [];
    let probe: unknown = data;
    while (Array.isArray(probe)) {
      shape.push(probe.length);
      if (shape.length > MAX_DIMS) {
        throw new InvalidArgumentError(`nested array is deeper than ${MAX_DIMS} dimensions`, FROM, "data");
      }
      if (probe.length === 0) break;
      probe = probe[0];
    }
    const flat: Scalar[] = [];
    flattenInto(data, 0, shape, [], flat);
    let dtype: DType = wanted ?? "float32";
    if (wanted === undefined && flat.length > 0) {
      const first = flat[0];
      if (typeof first === "boolean" && flat.every((v) => typeof v === "boolean")) dtype = "bool";
      else if (typeof first === "bigint" && flat.every((v) => typeof v === "bigint")) dtype = "int64";
    }
    const finalShape = options.shape === undefined ? shape : checkShape(options.shape, flat.length);
    const buffer = new TYPED_ARRAY_CONSTRUCTORS[dtype](flat.length);
    storeAll(buffer, flat, dtype);
    return new Tensor(native.tensorFromData(DTYPE_CODES[dtype], finalShape, buffer));
  }

  /** A 0-d tensor. Default dtype: float32 for a number, bool for a boolean, int64 for a bigint. */
  static scalar(value: Scalar, dtype?: DType): Tensor {
    if (dtype !== undefined && !isDType(dtype)) {
      throw new InvalidArgumentError(`unknown dtype "${String(dtype)}"; expected one of ${DTYPES.join(", ")}`, "Tensor.scalar", "dtype");
    }
    const t = typeof value;
    if (t !== "number" && t !== "boolean" && t !== "bigint") {
      throw new InvalidArgumentError(`expected a number, boolean or bigint, got ${describe(value)}`, "Tensor.scalar", "value");
    }
    const dt: DType = dtype ?? (t === "boolean" ? "bool" : t === "bigint" ? "int64" : "float32");
    return new Tensor(scalarHandle(DTYPE_CODES[dt], value, "Tensor.scalar", "value"));
  }

  /** Whether `value` is a Tensor. */
  static isTensor(value: unknown): value is Tensor {
    return value instanceof Tensor;
  }

  /** The native handle. Throws {@link DisposedError} after `dispose()`. */
  get handle(): TensorHandle {
    if (this._disposed) throw disposedError();
    return this._h;
  }

  /** Dimension sizes (a fresh copy). */
  get shape(): number[] {
    return this.shapeRef().slice();
  }

  /** Element type. */
  get dtype(): DType {
    if (this._dtype === undefined) this._dtype = DTYPES[native.tensorDtype(this.handle)] as DType;
    return this._dtype;
  }

  /** Number of dimensions. */
  get ndim(): number {
    return this.shapeRef().length;
  }

  /** Number of elements. */
  get size(): number {
    let n = 1;
    for (const d of this.shapeRef()) n *= d;
    return n;
  }

  /** Strides in elements (views such as `transpose` have non-row-major strides). */
  get strides(): number[] {
    return native.tensorStrides(this.handle);
  }

  /** Whether the elements are dense row-major. */
  get isContiguous(): boolean {
    return native.tensorIsContiguous(this.handle);
  }

  /** Whether `dispose()` was called. */
  get disposed(): boolean {
    return this._disposed;
  }

  /** A new typed array with the elements in row-major order (bool → Uint8Array of 0/1, int64 → BigInt64Array). */
  toTypedArray(): TypedArray {
    const out = native.tensorToTypedArray(this.handle);
    // The addon creates arrays in the realm it was loaded in; re-view them in this module's realm
    // (matters under vm contexts such as jest) so `instanceof Float32Array` holds. No copy.
    const Ctor = TYPED_ARRAY_CONSTRUCTORS[this.dtype];
    if (out instanceof Ctor) return out;
    return new Ctor(out.buffer as ArrayBuffer, out.byteOffset, out.length);
  }

  /**
   * The elements as nested JS arrays (a bare value for a 0-d tensor): numbers, booleans for bool,
   * and for int64 numbers when safely representable, bigints otherwise.
   */
  toArray(): NestedValues {
    const flat = this.toTypedArray();
    const dtype = this.dtype;
    const shape = this.shapeRef();
    let pos = 0;
    const read = (): number | boolean | bigint => jsValue(flat, pos++, dtype);
    const build = (dim: number): NestedValues => {
      if (dim === shape.length) return read();
      const n = shape[dim] as number;
      const out: NestedValues[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = build(dim + 1);
      return out;
    };
    return build(0);
  }

  /** The single element of a one-element tensor (any shape). */
  item(): number | boolean | bigint {
    const size = this.size;
    if (size !== 1) {
      throw new InvalidArgumentError(
        `item() needs a tensor with exactly one element, this one has shape ${formatShape(this.shapeRef())} (${size} elements)`,
        "Tensor.item",
      );
    }
    return jsValue(this.toTypedArray(), 0, this.dtype);
  }

  // ---- autograd (see ./autograd.ts) -----------------------------------------------------------

  /**
   * Marks this floating-point tensor as a leaf whose gradient {@link Tensor.backward} /
   * `autograd.backward` accumulates (MXNet's `attach_grad`); clears any earlier gradient.
   * Returns `this` for chaining.
   */
  attachGrad(): this {
    native.tensorAttachGrad(this.handle);
    return this;
  }

  /** Whether this tensor takes part in gradient computation (an attached leaf or a recorded result). */
  get requiresGrad(): boolean {
    return native.tensorRequiresGrad(this.handle);
  }

  /**
   * The gradient accumulated in this leaf, as a new tensor (dispose it when done), or `null`
   * before any backward pass reached it.
   */
  get grad(): Tensor | null {
    const g = native.tensorGrad(this.handle);
    return g === null ? null : new Tensor(g);
  }

  /** Forgets the accumulated gradient; the next backward pass starts from zero. */
  zeroGrad(): void {
    native.tensorZeroGrad(this.handle);
  }

  /** The same data cut from the tape: no gradient flows through the result (a new tensor). */
  detach(): Tensor {
    return new Tensor(native.tensorDetach(this.handle));
  }

  /** Backpropagates from this recorded result; `headGrad` defaults to ones of this shape. */
  backward(headGrad?: Tensor): void {
    native.autogradBackward([this.handle], [headGrad === undefined ? undefined : headGrad.handle]);
  }

  /** Releases the native tensor now. Idempotent; any later use throws {@link DisposedError}. */
  dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    native.dispose(this._h);
  }

  /** `using t = Tensor.from(...)` disposes `t` at the end of the scope. */
  [disposeSymbol](): void {
    this.dispose();
  }

  /** `tensor([[1, 2], [3, 4]], dtype=float32, shape=[2, 2])`; large tensors are summarised with "...". */
  toString(): string {
    if (this._disposed) return "tensor(<disposed>)";
    const shape = this.shapeRef();
    const dtype = this.dtype;
    const size = this.size;
    const flat = this.toTypedArray();
    const body = formatData(flat, shape, dtype, size > 1000 ? 3 : Infinity, "tensor(".length);
    return `tensor(${body}, dtype=${dtype}, shape=${formatShape(shape)})`;
  }

  /** @internal console.log / util.inspect show toString(). */
  [inspectSymbol](): string {
    return this.toString();
  }

  /** @internal */
  private shapeRef(): number[] {
    if (this._shape === undefined) this._shape = native.tensorShape(this.handle);
    return this._shape;
  }
}

// ---- helpers ---------------------------------------------------------------------------------

function disposedError(): DisposedError {
  return new DisposedError("tensor was disposed; it cannot be used after dispose()");
}

/** `[2, 3]` */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string "${value}"`;
  return `a ${typeof value}`;
}

/**
 * A native 0-d tensor for `value`; the native range/type errors become InvalidArgumentError
 * naming `op` and `arg`.
 */
export function scalarHandle(code: number, value: Scalar, op: string, arg: string): TensorHandle {
  try {
    return native.tensorScalar(code, value);
  } catch (e) {
    if (e instanceof TesseraError) throw e;
    const msg = e instanceof Error ? e.message.replace(/^tensorScalar: /, "") : String(e);
    throw new InvalidArgumentError(`cannot make a ${DTYPES[code]} scalar from ${String(value)}: ${msg}`, op, arg);
  }
}

function checkShape(shape: readonly number[], count: number): number[] {
  if (!Array.isArray(shape)) throw new InvalidArgumentError(`shape must be an array of integers`, FROM, "shape");
  if (shape.length > MAX_DIMS) {
    throw new InvalidArgumentError(`shape ${formatShape(shape)} has more than ${MAX_DIMS} dimensions`, FROM, "shape");
  }
  let n = 1;
  for (const d of shape) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) {
      throw new InvalidArgumentError(`shape ${formatShape(shape)} must hold non-negative integers`, FROM, "shape");
    }
    n *= d;
  }
  if (n !== count) {
    throw new ShapeMismatchError(`shape ${formatShape(shape)} needs ${n} elements but the data has ${count}`, FROM, "shape");
  }
  return shape.slice();
}

function pathText(path: readonly number[]): string {
  return "data" + path.map((i) => `[${i}]`).join("");
}

function flattenInto(x: unknown, depth: number, shape: readonly number[], path: number[], out: Scalar[]): void {
  if (depth === shape.length) {
    if (Array.isArray(x)) {
      throw new InvalidArgumentError(
        `ragged nested array: ${pathText(path)} is an array but its siblings are scalars`,
        FROM,
        "data",
      );
    }
    const t = typeof x;
    if (t !== "number" && t !== "boolean" && t !== "bigint") {
      throw new InvalidArgumentError(`${pathText(path)} is ${describe(x)}; expected a number, boolean or bigint`, FROM, "data");
    }
    out.push(x as Scalar);
    return;
  }
  const want = shape[depth] as number;
  if (!Array.isArray(x)) {
    throw new InvalidArgumentError(
      `ragged nested array: ${pathText(path)} is ${describe(x)} but an array of length ${want} was expected`,
      FROM,
      "data",
    );
  }
  if (x.length !== want) {
    throw new InvalidArgumentError(
      `ragged nested array: ${pathText(path)} has length ${x.length} but ${want} was expected (the length of its first sibling)`,
      FROM,
      "data",
    );
  }
  for (let i = 0; i < want; i++) {
    path.push(i);
    flattenInto(x[i], depth + 1, shape, path, out);
    path.pop();
  }
}

type Indexable = { readonly length: number; readonly [i: number]: number | bigint };

/** Stores `src` into `dst` converting per dtype. */
function storeAll(dst: TypedArray, src: ArrayLike<Scalar> | Indexable, dtype: DType): void {
  const n = src.length;
  if (dtype === "int64") {
    const out = dst as BigInt64Array;
    for (let i = 0; i < n; i++) {
      const v = src[i] as Scalar;
      if (typeof v === "bigint") out[i] = v;
      else if (typeof v === "boolean") out[i] = v ? 1n : 0n;
      else if (Number.isFinite(v)) out[i] = BigInt(Math.trunc(v));
      else throw new InvalidArgumentError(`cannot store ${v} in an int64 tensor`, FROM, "data");
    }
  } else if (dtype === "bool") {
    const out = dst as Uint8Array;
    for (let i = 0; i < n; i++) out[i] = src[i] ? 1 : 0;
  } else {
    const out = dst as Float32Array;
    for (let i = 0; i < n; i++) {
      const v = src[i] as Scalar;
      out[i] = typeof v === "number" ? v : Number(v);
    }
  }
}

function fromTypedArray(data: ArrayBufferView, wanted: DType | undefined, shapeOpt: readonly number[] | undefined): Tensor {
  const natural = dtypeOfTypedArray(data);
  if (natural === undefined) {
    throw new InvalidArgumentError(
      `${data.constructor.name} is not supported; pass a typed array (Float32Array, Float64Array, Int32Array, BigInt64Array, Uint8Array, ...) or nested arrays`,
      FROM,
      "data",
    );
  }
  const dtype = wanted ?? natural;
  const src = data as unknown as Indexable;
  const shape = shapeOpt === undefined ? [src.length] : checkShape(shapeOpt, src.length);
  const Ctor = TYPED_ARRAY_CONSTRUCTORS[dtype];
  const tag = typedArrayTag(data);
  const sameBytes = dtype !== "bool" && (tag === Ctor.name || (dtype === "uint8" && tag === "Uint8ClampedArray"));
  let buffer: ArrayBufferView = data;
  if (!sameBytes) {
    const converted = new Ctor(src.length);
    storeAll(converted, src, dtype);
    buffer = converted;
  }
  return new Tensor(native.tensorFromData(DTYPE_CODES[dtype], shape, buffer));
}

function jsValue(flat: TypedArray, i: number, dtype: DType): number | boolean | bigint {
  if (dtype === "bool") return (flat as Uint8Array)[i] !== 0;
  if (dtype === "int64") {
    const v = (flat as BigInt64Array)[i] as bigint;
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  }
  return (flat as TypedArrayOf["float32"])[i] as number;
}

function formatValue(flat: TypedArray, i: number, dtype: DType): string {
  if (dtype === "bool") return (flat as Uint8Array)[i] ? "true" : "false";
  if (dtype === "int64") return String((flat as BigInt64Array)[i]);
  const v = (flat as Float32Array)[i] as number;
  if (dtype === "float32" && Number.isFinite(v)) return String(Number.parseFloat(v.toPrecision(8)));
  return String(v);
}

function formatData(flat: TypedArray, shape: readonly number[], dtype: DType, edge: number, indent: number): string {
  if (shape.length === 0) return formatValue(flat, 0, dtype);
  const strides: number[] = new Array(shape.length);
  let s = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d] as number;
  }
  const rec = (dim: number, offset: number): string => {
    const n = shape[dim] as number;
    const parts: string[] = [];
    const push = (i: number): void => {
      parts.push(dim === shape.length - 1 ? formatValue(flat, offset + i, dtype) : rec(dim + 1, offset + i * (strides[dim] as number)));
    };
    if (n > 2 * edge) {
      for (let i = 0; i < edge; i++) push(i);
      parts.push("...");
      for (let i = n - edge; i < n; i++) push(i);
    } else {
      for (let i = 0; i < n; i++) push(i);
    }
    if (dim === shape.length - 1) return `[${parts.join(", ")}]`;
    const sep = ",\n" + "\n".repeat(shape.length - dim - 2) + " ".repeat(indent + dim + 1);
    return `[${parts.join(sep)}]`;
  };
  return rec(0, 0);
}
