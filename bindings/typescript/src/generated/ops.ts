// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit

import { call1, resolveOps, dtypeCode } from "../runtime";
import { Tensor, type TensorLike } from "../tensor";
import type { DType } from "../dtype";

/** Hash of the registry these bindings were generated from; checked against the library at load time. */
export const REGISTRY_HASH = "2d5fc8a19243bc88";
/** Registry names of every operator, in registry order. */
export const OP_NAMES = [
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
] as const;
/** Operator handles by registry name, resolved once when this module loads. */
const OPS = resolveOps(OP_NAMES);

/**
 * Element-wise sum a + b.
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // row broadcast over a matrix
 * const y = add(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "float32" }), Tensor.from([10, 20, 30], { dtype: "float32" }));
 * // y: float32 [2, 3] = [[11, 22, 33], [14, 25, 36]]
 * ```
 */
export function add(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.add, [a, b], []);
}

/**
 * Element-wise difference a - b.
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // scalar broadcast
 * const y = sub(Tensor.from([5, 7, 9], { dtype: "int32" }), Tensor.from(2, { dtype: "int32" }));
 * // y: int32 [3] = [3, 5, 7]
 * ```
 */
export function sub(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.sub, [a, b], []);
}

/**
 * Element-wise product a * b.
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // column broadcast
 * const y = mul(Tensor.from([[2], [3]], { dtype: "float64" }), Tensor.from([[1, 10, 100]], { dtype: "float64" }));
 * // y: float64 [2, 3] = [[2, 20, 200], [3, 30, 300]]
 * ```
 */
export function mul(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.mul, [a, b], []);
}

/**
 * Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // floats and truncating integers
 * const y = div(Tensor.from([7, -7, 9, 1], { dtype: "int64" }), Tensor.from([2, 2, -4, 0], { dtype: "int64" }));
 * // y: int64 [4] = [3, -3, -2, 0]
 * ```
 */
export function div(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.div, [a, b], []);
}

/**
 * Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // squares and roots
 * const y = pow(Tensor.from([2, 9, 4], { dtype: "float32" }), Tensor.from([3, 0.5, -1], { dtype: "float32" }));
 * // y: float32 [3] = [8, 3, 0.25]
 * ```
 */
export function pow(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.pow, [a, b], []);
}

/**
 * Element-wise maximum of a and b (NaN if either is NaN).
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // pairwise
 * const y = maximum(Tensor.from([1, 5, -2], { dtype: "float32" }), Tensor.from([3, 4, -1], { dtype: "float32" }));
 * // y: float32 [3] = [3, 5, -1]
 * ```
 */
export function maximum(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.maximum, [a, b], []);
}

/**
 * Element-wise minimum of a and b (NaN if either is NaN).
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // pairwise
 * const y = minimum(Tensor.from([1, 5, -2], { dtype: "int32" }), Tensor.from([3, 4, -1], { dtype: "int32" }));
 * // y: int32 [3] = [1, 4, -2]
 * ```
 */
export function minimum(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.minimum, [a, b], []);
}

/**
 * Element-wise negation -x.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // signs flip
 * const y = neg(Tensor.from([1, -2, 0], { dtype: "int64" }));
 * // y: int64 [3] = [-1, 2, 0]
 * ```
 */
export function neg(x: TensorLike): Tensor {
  return call1(OPS.neg, [x], []);
}

/**
 * Element-wise absolute value |x|.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // magnitudes
 * const y = abs(Tensor.from([-1.5, 0, 2], { dtype: "float32" }));
 * // y: float32 [3] = [1.5, 0, 2]
 * ```
 */
export function abs(x: TensorLike): Tensor {
  return call1(OPS.abs, [x], []);
}

/**
 * Rectified linear unit max(x, 0).
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // negatives clamp to zero
 * const y = relu(Tensor.from([-2, -0.5, 0, 3], { dtype: "float32" }));
 * // y: float32 [4] = [0, 0, 0, 3]
 * ```
 */
export function relu(x: TensorLike): Tensor {
  return call1(OPS.relu, [x], []);
}

/**
 * Element-wise natural exponential e^x.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // e^0, e^1, e^-1
 * const y = exp(Tensor.from([0, 1, -1], { dtype: "float64" }));
 * // y: float64 [3] = [1, 2.718281828459045, 0.36787944117144233]
 * ```
 */
export function exp(x: TensorLike): Tensor {
  return call1(OPS.exp, [x], []);
}

/**
 * Element-wise natural logarithm (NaN below 0, -inf at 0).
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // log of powers of e
 * const y = log(Tensor.from([1, 2.718281828459045, 7.38905609893065], { dtype: "float64" }));
 * // y: float64 [3] = [0, 1, 2]
 * ```
 */
export function log(x: TensorLike): Tensor {
  return call1(OPS.log, [x], []);
}

/**
 * Element-wise square root (NaN below 0).
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // perfect squares
 * const y = sqrt(Tensor.from([0, 4, 2.25], { dtype: "float32" }));
 * // y: float32 [3] = [0, 2, 1.5]
 * ```
 */
export function sqrt(x: TensorLike): Tensor {
  return call1(OPS.sqrt, [x], []);
}

/**
 * Element-wise hyperbolic tangent.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // odd function
 * const y = tanh(Tensor.from([0, 0.5493061443340549, -0.5493061443340549], { dtype: "float64" }));
 * // y: float64 [3] = [0, 0.5, -0.5]
 * ```
 */
export function tanh(x: TensorLike): Tensor {
  return call1(OPS.tanh, [x], []);
}

/**
 * Element-wise logistic function 1 / (1 + e^-x).
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // symmetric around 0.5
 * const y = sigmoid(Tensor.from([0, 1.0986122886681098, -1.0986122886681098], { dtype: "float64" }));
 * // y: float64 [3] = [0.5, 0.75, 0.25]
 * ```
 */
export function sigmoid(x: TensorLike): Tensor {
  return call1(OPS.sigmoid, [x], []);
}

/**
 * Element-wise a == b.
 *
 * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // broadcast against a scalar
 * const y = equal(Tensor.from([1, 2, 3, 2], { dtype: "int32" }), Tensor.from(2, { dtype: "int32" }));
 * // y: bool [4] = [false, true, false, true]
 * ```
 */
export function equal(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.equal, [a, b], []);
}

/**
 * Element-wise a < b.
 *
 * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // pairwise
 * const y = less(Tensor.from([1, 2, 3], { dtype: "float32" }), Tensor.from([2, 2, 2], { dtype: "float32" }));
 * // y: bool [3] = [true, false, false]
 * ```
 */
export function less(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.less, [a, b], []);
}

/**
 * Element-wise a > b.
 *
 * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // pairwise
 * const y = greater(Tensor.from([1, 2, 3], { dtype: "float32" }), Tensor.from([2, 2, 2], { dtype: "float32" }));
 * // y: bool [3] = [false, false, true]
 * ```
 */
export function greater(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.greater, [a, b], []);
}

/**
 * Element-wise selection: x where condition is true, else y.
 *
 * condition, x and y broadcast together with NumPy rules; x and y share one dtype.
 *
 * @param condition - Bool selector.
 * @param x - Values taken where condition is true.
 * @param y - Values taken where condition is false.
 * @returns Selected values with the broadcast shape and x's dtype.
 * @example
 * ```ts
 * // pick per element
 * const out = where(Tensor.from([true, false, true], { dtype: "bool" }), Tensor.from([1, 2, 3], { dtype: "float32" }), Tensor.from(-1, { dtype: "float32" }));
 * // out: float32 [3] = [1, -1, 3]
 * ```
 */
export function where(condition: TensorLike, x: TensorLike, y: TensorLike): Tensor {
  return call1(OPS.where, [condition, x, y], []);
}

/** Optional attributes of {@link cast}; a key left out takes the engine's default. */
export interface CastOptions {
  /**
   * Target element type.
   *
   * @defaultValue `"float32"`
   */
  dtype?: DType;
}

/**
 * Converts x to another dtype.
 *
 * Float to integer truncates toward zero and saturates at the integer range (NaN becomes 0); any nonzero value becomes true for bool.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link CastOptions}).
 * @param options.dtype - Target element type. Default: `"float32"`.
 * @returns x converted to dtype, same shape.
 * @example
 * ```ts
 * // float to int32 truncates
 * const y = cast(Tensor.from([1.7, -1.7, 0, 3], { dtype: "float32" }), { dtype: "int32" });
 * // y: int32 [4] = [1, -1, 0, 3]
 * ```
 */
export function cast(x: TensorLike, options: CastOptions = {}): Tensor {
  return call1(OPS.cast, [x], [
    options.dtype === undefined ? undefined : dtypeCode(options.dtype, "cast", "dtype"),
  ]);
}

/**
 * Matrix product with NumPy semantics.
 *
 * The last two dimensions multiply as matrices and leading (batch) dimensions broadcast. A 1-D a is treated as a row vector and a 1-D b as a column vector; the added dimension is removed from the result. float32 and float64 run through the BLAS library (OpenBLAS).
 *
 * @param a - Left operand [..., n, k] or [k].
 * @param b - Right operand [..., k, m] or [k].
 * @returns Product [..., n, m].
 * @example
 * ```ts
 * // 2x3 @ 3x2
 * const y = matmul(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "float32" }), Tensor.from([[7, 8], [9, 10], [11, 12]], { dtype: "float32" }));
 * // y: float32 [2, 2] = [[58, 64], [139, 154]]
 * ```
 */
export function matmul(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.matmul, [a, b], []);
}

/** Optional attributes of {@link sum}; a key left out takes the engine's default. */
export interface SumOptions {
  /**
   * Axes to reduce; negative values count from the end; empty reduces all.
   *
   * @defaultValue `[]`
   */
  axes?: number[];
  /**
   * Keep reduced axes as dimensions of size 1.
   *
   * @defaultValue `false`
   */
  keepdims?: boolean;
}

/**
 * Sum of elements over axes.
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link SumOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // rows of a matrix
 * const y = sum(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "float32" }), { axes: [1] });
 * // y: float32 [2] = [6, 15]
 * ```
 */
export function sum(x: TensorLike, options: SumOptions = {}): Tensor {
  return call1(OPS.sum, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link mean}; a key left out takes the engine's default. */
export interface MeanOptions {
  /**
   * Axes to reduce; negative values count from the end; empty reduces all.
   *
   * @defaultValue `[]`
   */
  axes?: number[];
  /**
   * Keep reduced axes as dimensions of size 1.
   *
   * @defaultValue `false`
   */
  keepdims?: boolean;
}

/**
 * Arithmetic mean over axes (integers divide with truncation).
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link MeanOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // columns, keepdims
 * const y = mean(Tensor.from([[1, 2], [3, 6]], { dtype: "float64" }), { axes: [0], keepdims: true });
 * // y: float64 [1, 2] = [[2, 4]]
 * ```
 */
export function mean(x: TensorLike, options: MeanOptions = {}): Tensor {
  return call1(OPS.mean, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link max}; a key left out takes the engine's default. */
export interface MaxOptions {
  /**
   * Axes to reduce; negative values count from the end; empty reduces all.
   *
   * @defaultValue `[]`
   */
  axes?: number[];
  /**
   * Keep reduced axes as dimensions of size 1.
   *
   * @defaultValue `false`
   */
  keepdims?: boolean;
}

/**
 * Maximum over axes (NaN propagates).
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link MaxOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // all axes
 * const y = max(Tensor.from([[3, -1], [7, 2]], { dtype: "int32" }));
 * // y: int32 [] = 7
 * ```
 */
export function max(x: TensorLike, options: MaxOptions = {}): Tensor {
  return call1(OPS.max, [x], [options.axes, options.keepdims]);
}

/**
 * Gives x a new shape with the same number of elements.
 *
 * One dimension may be -1 and is inferred. The result is a view of x when its layout allows, else a copy.
 *
 * @param x - Input tensor.
 * @param shape - New dimension sizes (row-major order); one may be -1.
 * @returns x with the new shape.
 * @example
 * ```ts
 * // matrix to vector
 * const y = reshape(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "int32" }), [3, -1]);
 * // y: int32 [3, 2] = [[1, 2], [3, 4], [5, 6]]
 * ```
 */
export function reshape(x: TensorLike, shape: number[]): Tensor {
  return call1(OPS.reshape, [x], [shape]);
}

/** Optional attributes of {@link transpose}; a key left out takes the engine's default. */
export interface TransposeOptions {
  /**
   * A permutation of 0..ndim-1; empty reverses the dimensions.
   *
   * @defaultValue `[]`
   */
  perm?: number[];
}

/**
 * Permutes the dimensions of x (a view, no copy).
 *
 * Output dimension i is input dimension perm[i]. An empty perm reverses the dimensions.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link TransposeOptions}).
 * @param options.perm - A permutation of 0..ndim-1; empty reverses the dimensions. Default: `[]`.
 * @returns x with permuted dimensions.
 * @example
 * ```ts
 * // matrix transpose
 * const y = transpose(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "float32" }));
 * // y: float32 [3, 2] = [[1, 4], [2, 5], [3, 6]]
 * ```
 */
export function transpose(x: TensorLike, options: TransposeOptions = {}): Tensor {
  return call1(OPS.transpose, [x], [options.perm]);
}

/** Optional attributes of {@link concat}; a key left out takes the engine's default. */
export interface ConcatOptions {
  /**
   * Axis to join along; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
}

/**
 * Joins tensors along an existing axis.
 *
 * All inputs share dtype, rank and every dimension except `axis`.
 *
 * @param inputs - Tensors to join (one or more). One or more tensors.
 * @param options - Optional attributes (see {@link ConcatOptions}).
 * @param options.axis - Axis to join along; negative counts from the end. Default: `0`.
 * @returns The joined tensor.
 * @example
 * ```ts
 * // stack rows
 * const y = concat([Tensor.from([[1, 2]], { dtype: "float32" }), Tensor.from([[3, 4], [5, 6]], { dtype: "float32" })], { axis: 0 });
 * // y: float32 [3, 2] = [[1, 2], [3, 4], [5, 6]]
 * ```
 */
export function concat(inputs: TensorLike[], options: ConcatOptions = {}): Tensor {
  return call1(OPS.concat, inputs, [options.axis]);
}

/** Optional attributes of {@link slice}; a key left out takes the engine's default. */
export interface SliceOptions {
  /**
   * Axes the starts/ends refer to; empty means 0, 1, ... in order.
   *
   * @defaultValue `[]`
   */
  axes?: number[];
  /**
   * Step per sliced axis (nonzero); empty means all 1.
   *
   * @defaultValue `[]`
   */
  steps?: number[];
}

/**
 * Takes a strided sub-range of x along some axes (a view, no copy).
 *
 * ONNX Slice semantics: for each listed axis, elements start, start+step, ... before end. Negative starts/ends count from the end; out-of-range values clamp; negative steps walk backwards.
 *
 * @param x - Input tensor.
 * @param starts - First index per sliced axis.
 * @param ends - End index (exclusive) per sliced axis.
 * @param options - Optional attributes (see {@link SliceOptions}).
 * @param options.axes - Axes the starts/ends refer to; empty means 0, 1, ... in order. Default: `[]`.
 * @param options.steps - Step per sliced axis (nonzero); empty means all 1. Default: `[]`.
 * @returns The selected elements.
 * @example
 * ```ts
 * // every other column, reversed rows
 * const y = slice(Tensor.from([[1, 2, 3, 4], [5, 6, 7, 8]], { dtype: "int32" }), [-1, 0], [-3, 4], { steps: [-1, 2] });
 * // y: int32 [2, 2] = [[5, 7], [1, 3]]
 * ```
 */
export function slice(x: TensorLike, starts: number[], ends: number[], options: SliceOptions = {}): Tensor {
  return call1(OPS.slice, [x], [starts, ends, options.axes, options.steps]);
}

/** Optional attributes of {@link softmax}; a key left out takes the engine's default. */
export interface SoftmaxOptions {
  /**
   * Axis to normalize over; negative counts from the end.
   *
   * @defaultValue `-1`
   */
  axis?: number;
}

/**
 * Normalized exponentials along one axis: exp(x) / sum(exp(x)).
 *
 * Computed as exp(x - max) / sum(exp(x - max)) so large inputs do not overflow.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link SoftmaxOptions}).
 * @param options.axis - Axis to normalize over; negative counts from the end. Default: `-1`.
 * @returns Probabilities along axis (sum to 1), same shape as x.
 * @example
 * ```ts
 * // uniform and skewed rows
 * const y = softmax(Tensor.from([[0, 0], [0, 1.0986122886681098]], { dtype: "float64" }));
 * // y: float64 [2, 2] = [[0.5, 0.5], [0.25, 0.75]]
 * ```
 */
export function softmax(x: TensorLike, options: SoftmaxOptions = {}): Tensor {
  return call1(OPS.softmax, [x], [options.axis]);
}

/** Optional attributes of {@link logSoftmax}; a key left out takes the engine's default. */
export interface LogSoftmaxOptions {
  /**
   * Axis to normalize over; negative counts from the end.
   *
   * @defaultValue `-1`
   */
  axis?: number;
}

/**
 * Logarithm of softmax along one axis: x - log(sum(exp(x))).
 *
 * Computed as x - max - log(sum(exp(x - max))) for stability.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link LogSoftmaxOptions}).
 * @param options.axis - Axis to normalize over; negative counts from the end. Default: `-1`.
 * @returns Log-probabilities along axis, same shape as x.
 * @example
 * ```ts
 * // two equal logits
 * const y = logSoftmax(Tensor.from([3, 3], { dtype: "float64" }), { axis: 0 });
 * // y: float64 [2] = [-0.6931471805599453, -0.6931471805599453]
 * ```
 */
export function logSoftmax(x: TensorLike, options: LogSoftmaxOptions = {}): Tensor {
  return call1(OPS.log_softmax, [x], [options.axis]);
}

/** Optional attributes of {@link zeros}; a key left out takes the engine's default. */
export interface ZerosOptions {
  /**
   * Element type of the result.
   *
   * @defaultValue `"float32"`
   */
  dtype?: DType;
}

/**
 * A tensor of zeros.
 *
 * @param shape - Dimension sizes of the result.
 * @param options - Optional attributes (see {@link ZerosOptions}).
 * @param options.dtype - Element type of the result. Default: `"float32"`.
 * @returns A tensor filled with 0.
 * @example
 * ```ts
 * // 2x2 float zeros
 * const y = zeros([2, 2]);
 * // y: float32 [2, 2] = [[0, 0], [0, 0]]
 * ```
 */
export function zeros(shape: number[], options: ZerosOptions = {}): Tensor {
  return call1(OPS.zeros, [], [
    shape,
    options.dtype === undefined ? undefined : dtypeCode(options.dtype, "zeros", "dtype"),
  ]);
}

/** Optional attributes of {@link ones}; a key left out takes the engine's default. */
export interface OnesOptions {
  /**
   * Element type of the result.
   *
   * @defaultValue `"float32"`
   */
  dtype?: DType;
}

/**
 * A tensor of ones.
 *
 * @param shape - Dimension sizes of the result.
 * @param options - Optional attributes (see {@link OnesOptions}).
 * @param options.dtype - Element type of the result. Default: `"float32"`.
 * @returns A tensor filled with 1.
 * @example
 * ```ts
 * // int64 ones
 * const y = ones([3], { dtype: "int64" });
 * // y: int64 [3] = [1, 1, 1]
 * ```
 */
export function ones(shape: number[], options: OnesOptions = {}): Tensor {
  return call1(OPS.ones, [], [
    shape,
    options.dtype === undefined ? undefined : dtypeCode(options.dtype, "ones", "dtype"),
  ]);
}

/** Optional attributes of {@link full}; a key left out takes the engine's default. */
export interface FullOptions {
  /**
   * Element type of the result.
   *
   * @defaultValue `"float32"`
   */
  dtype?: DType;
}

/**
 * A tensor filled with one value.
 *
 * @param shape - Dimension sizes of the result.
 * @param value - Fill value, converted to dtype.
 * @param options - Optional attributes (see {@link FullOptions}).
 * @param options.dtype - Element type of the result. Default: `"float32"`.
 * @returns A tensor filled with value.
 * @example
 * ```ts
 * // filled with 7.5
 * const y = full([2], 7.5);
 * // y: float32 [2] = [7.5, 7.5]
 * ```
 */
export function full(shape: number[], value: number, options: FullOptions = {}): Tensor {
  return call1(OPS.full, [], [
    shape,
    value,
    options.dtype === undefined ? undefined : dtypeCode(options.dtype, "full", "dtype"),
  ]);
}

/** Optional attributes of {@link arange}; a key left out takes the engine's default. */
export interface ArangeOptions {
  /**
   * Spacing (nonzero; negative counts down).
   *
   * @defaultValue `1`
   */
  step?: number;
  /**
   * Element type of the result (not bool).
   *
   * @defaultValue `"float32"`
   */
  dtype?: DType;
}

/**
 * Evenly spaced values start, start+step, ... below stop.
 *
 * Length is ceil((stop - start) / step), or 0 when that is negative; element i is start + i*step converted to dtype.
 *
 * @param start - First value.
 * @param stop - End of the range (exclusive).
 * @param options - Optional attributes (see {@link ArangeOptions}).
 * @param options.step - Spacing (nonzero; negative counts down). Default: `1`.
 * @param options.dtype - Element type of the result (not bool). Default: `"float32"`.
 * @returns 1-D tensor of the values.
 * @example
 * ```ts
 * // counting down by 1.5
 * const y = arange(3, -1, { step: -1.5 });
 * // y: float32 [3] = [3, 1.5, 0]
 * ```
 */
export function arange(start: number, stop: number, options: ArangeOptions = {}): Tensor {
  return call1(OPS.arange, [], [
    start,
    stop,
    options.step,
    options.dtype === undefined ? undefined : dtypeCode(options.dtype, "arange", "dtype"),
  ]);
}
