// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit

import { call1, callN, resolveOps, enumIndex, dtypeCode } from "../runtime";
import { Tensor, type TensorLike } from "../tensor";
import type { DType } from "../dtype";

/** Hash of the registry these bindings were generated from; checked against the library at load time. */
export const REGISTRY_HASH = "7244caa61c50065f";
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
  "min",
  "prod",
  "l1_norm",
  "l2_norm",
  "log_sum_exp",
  "sum_square",
  "argmax",
  "argmin",
  "cumsum",
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
  "erf",
  "floor",
  "ceil",
  "round",
  "sign",
  "reciprocal",
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "sinh",
  "cosh",
  "asinh",
  "acosh",
  "atanh",
  "isnan",
  "isinf",
  "mod",
  "clip",
  "less_equal",
  "greater_equal",
  "logical_and",
  "logical_or",
  "logical_xor",
  "logical_not",
  "bitwise_and",
  "bitwise_or",
  "bitwise_xor",
  "bitwise_not",
  "leaky_relu",
  "prelu",
  "elu",
  "selu",
  "celu",
  "gelu",
  "hard_sigmoid",
  "hard_swish",
  "softplus",
  "softsign",
  "mish",
  "silu",
  "gather",
  "gather_elements",
  "gather_nd",
  "scatter_elements",
  "scatter_nd",
  "one_hot",
  "top_k",
  "non_zero",
  "triu",
  "tril",
  "flatten",
  "squeeze",
  "unsqueeze",
  "expand",
  "tile",
  "pad",
  "split",
  "depth_to_space",
  "space_to_depth",
  "dropout",
  "gemm",
  "einsum",
  "resize",
  "embedding",
  "softmax_cross_entropy",
  "nll_loss",
  "mse_loss",
  "binary_cross_entropy",
  "sgd_update",
  "adam_update",
  "adamw_update",
  "conv",
  "conv_transpose",
  "max_pool",
  "avg_pool",
  "global_avg_pool",
  "global_max_pool",
  "batch_norm",
  "instance_norm",
  "layer_norm",
  "group_norm",
  "lrn",
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

/** Optional attributes of {@link min}; a key left out takes the engine's default. */
export interface MinOptions {
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
 * Minimum over axes (NaN propagates).
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Reducing over an empty axis is an error (there is no minimum).
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link MinOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // columns
 * const y = min(Tensor.from([[3, 1, 4], [1, 5, 9]], { dtype: "float32" }), { axes: [0] });
 * // y: float32 [3] = [1, 1, 4]
 * ```
 */
export function min(x: TensorLike, options: MinOptions = {}): Tensor {
  return call1(OPS.min, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link prod}; a key left out takes the engine's default. */
export interface ProdOptions {
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
 * Product of elements over axes.
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. The product of no elements is 1. Integers wrap around on overflow.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link ProdOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // rows
 * const y = prod(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "int32" }), { axes: [1] });
 * // y: int32 [2] = [6, 120]
 * ```
 */
export function prod(x: TensorLike, options: ProdOptions = {}): Tensor {
  return call1(OPS.prod, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link l1Norm}; a key left out takes the engine's default. */
export interface L1NormOptions {
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
 * Sum of absolute values over axes.
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link L1NormOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // rows, keepdims
 * const y = l1Norm(Tensor.from([[1, -2], [3, -4]], { dtype: "float32" }), { axes: [1], keepdims: true });
 * // y: float32 [2, 1] = [[3], [7]]
 * ```
 */
export function l1Norm(x: TensorLike, options: L1NormOptions = {}): Tensor {
  return call1(OPS.l1_norm, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link l2Norm}; a key left out takes the engine's default. */
export interface L2NormOptions {
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
 * Euclidean norm sqrt(sum(x^2)) over axes.
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link L2NormOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // columns
 * const y = l2Norm(Tensor.from([[1.5, -2, 0.5], [4, 0.25, -1]], { dtype: "float64" }), { axes: [0] });
 * // y: float64 [3] = [4.272001872658765, 2.0155644370746373, 1.118033988749895]
 * ```
 */
export function l2Norm(x: TensorLike, options: L2NormOptions = {}): Tensor {
  return call1(OPS.l2_norm, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link logSumExp}; a key left out takes the engine's default. */
export interface LogSumExpOptions {
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
 * log(sum(exp(x))) over axes, numerically stable.
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Computed as m + log(sum(exp(x - m))) with m the maximum, so large inputs do not overflow; all -inf (or no elements) gives -inf, any +inf gives +inf.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link LogSumExpOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // rows
 * const y = logSumExp(Tensor.from([[0.5, -1.25, 2], [3, 3, -7.5]], { dtype: "float64" }), { axes: [1] });
 * // y: float64 [2] = [2.2326219831020326, 3.693160948689839]
 * ```
 */
export function logSumExp(x: TensorLike, options: LogSumExpOptions = {}): Tensor {
  return call1(OPS.log_sum_exp, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link sumSquare}; a key left out takes the engine's default. */
export interface SumSquareOptions {
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
 * Sum of squares over axes.
 *
 * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link SumSquareOptions}).
 * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
 * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
 * @returns Reduced tensor with x's dtype.
 * @example
 * ```ts
 * // all axes
 * const y = sumSquare(Tensor.from([1, -2, 3], { dtype: "int64" }));
 * // y: int64 [] = 14
 * ```
 */
export function sumSquare(x: TensorLike, options: SumSquareOptions = {}): Tensor {
  return call1(OPS.sum_square, [x], [options.axes, options.keepdims]);
}

/** Optional attributes of {@link argmax}; a key left out takes the engine's default. */
export interface ArgmaxOptions {
  /**
   * Axis to search along; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
  /**
   * Keep the searched axis as a dimension of size 1 (as ONNX).
   *
   * @defaultValue `true`
   */
  keepdims?: boolean;
  /**
   * Among equal extremes take the last index instead of the first.
   *
   * @defaultValue `false`
   */
  selectLastIndex?: boolean;
}

/**
 * Index of the largest element along an axis.
 *
 * Index (0-based, int64) of the largest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.
 *
 * @param x - Input tensor (at least 1-D).
 * @param options - Optional attributes (see {@link ArgmaxOptions}).
 * @param options.axis - Axis to search along; negative counts from the end. Default: `0`.
 * @param options.keepdims - Keep the searched axis as a dimension of size 1 (as ONNX). Default: `true`.
 * @param options.selectLastIndex - Among equal extremes take the last index instead of the first. Default: `false`.
 * @returns int64 positions along axis; x's shape with axis removed or kept as 1.
 * @example
 * ```ts
 * // rows, first of ties
 * const indices = argmax(Tensor.from([[1, 5, 5], [7, 2, 7]], { dtype: "int32" }), { axis: 1 });
 * // indices: int64 [2, 1] = [[1], [0]]
 * ```
 */
export function argmax(x: TensorLike, options: ArgmaxOptions = {}): Tensor {
  return call1(OPS.argmax, [x], [options.axis, options.keepdims, options.selectLastIndex]);
}

/** Optional attributes of {@link argmin}; a key left out takes the engine's default. */
export interface ArgminOptions {
  /**
   * Axis to search along; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
  /**
   * Keep the searched axis as a dimension of size 1 (as ONNX).
   *
   * @defaultValue `true`
   */
  keepdims?: boolean;
  /**
   * Among equal extremes take the last index instead of the first.
   *
   * @defaultValue `false`
   */
  selectLastIndex?: boolean;
}

/**
 * Index of the smallest element along an axis.
 *
 * Index (0-based, int64) of the smallest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.
 *
 * @param x - Input tensor (at least 1-D).
 * @param options - Optional attributes (see {@link ArgminOptions}).
 * @param options.axis - Axis to search along; negative counts from the end. Default: `0`.
 * @param options.keepdims - Keep the searched axis as a dimension of size 1 (as ONNX). Default: `true`.
 * @param options.selectLastIndex - Among equal extremes take the last index instead of the first. Default: `false`.
 * @returns int64 positions along axis; x's shape with axis removed or kept as 1.
 * @example
 * ```ts
 * // columns
 * const indices = argmin(Tensor.from([[2, 1], [0, 3]], { dtype: "float32" }));
 * // indices: int64 [1, 2] = [[1, 0]]
 * ```
 */
export function argmin(x: TensorLike, options: ArgminOptions = {}): Tensor {
  return call1(OPS.argmin, [x], [options.axis, options.keepdims, options.selectLastIndex]);
}

/** Optional attributes of {@link cumsum}; a key left out takes the engine's default. */
export interface CumsumOptions {
  /**
   * Axis to sum along; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
  /**
   * Leave each element out of its own sum.
   *
   * @defaultValue `false`
   */
  exclusive?: boolean;
  /**
   * Sum from the last element towards the first.
   *
   * @defaultValue `false`
   */
  reverse?: boolean;
}

/**
 * Running sum along an axis.
 *
 * y[i] = x[0] + ... + x[i] along `axis`. With exclusive, x[i] itself is left out (y[0] = 0); with reverse the sum runs from the end. Integers wrap around on overflow.
 *
 * @param x - Input tensor (at least 1-D).
 * @param options - Optional attributes (see {@link CumsumOptions}).
 * @param options.axis - Axis to sum along; negative counts from the end. Default: `0`.
 * @param options.exclusive - Leave each element out of its own sum. Default: `false`.
 * @param options.reverse - Sum from the last element towards the first. Default: `false`.
 * @returns Running sums, x's shape and dtype.
 * @example
 * ```ts
 * // rows
 * const y = cumsum(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "float32" }), { axis: 1 });
 * // y: float32 [2, 3] = [[1, 3, 6], [4, 9, 15]]
 * ```
 */
export function cumsum(x: TensorLike, options: CumsumOptions = {}): Tensor {
  return call1(OPS.cumsum, [x], [options.axis, options.exclusive, options.reverse]);
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

/**
 * Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.
 *
 * erf(+-inf) = +-1; NaN propagates.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = erf(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.5204998778130465, -0.8427007929497148, 0.9953222650189527]
 * ```
 */
export function erf(x: TensorLike): Tensor {
  return call1(OPS.erf, [x], []);
}

/**
 * Element-wise floor: the largest integer not greater than x.
 *
 * Infinities, NaN and zeros (with their sign) pass through.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // negatives round down
 * const y = floor(Tensor.from([-1.5, -0.5, 0, 0.5, 2.7], { dtype: "float32" }));
 * // y: float32 [5] = [-2, -1, 0, 0, 2]
 * ```
 */
export function floor(x: TensorLike): Tensor {
  return call1(OPS.floor, [x], []);
}

/**
 * Element-wise ceiling: the smallest integer not less than x.
 *
 * Infinities, NaN and zeros (with their sign) pass through.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // negatives round up
 * const y = ceil(Tensor.from([-1.5, -0.5, 0, 0.5, 2.2], { dtype: "float32" }));
 * // y: float32 [5] = [-1, 0, 0, 1, 3]
 * ```
 */
export function ceil(x: TensorLike): Tensor {
  return call1(OPS.ceil, [x], []);
}

/**
 * Element-wise rounding to the nearest integer, halfway cases to the even one.
 *
 * Banker's rounding as ONNX Round and numpy.round: round(0.5) = 0, round(1.5) = 2, round(-2.5) = -2. The sign of zero is kept (round(-0.3) = -0.0); infinities and NaN pass through.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // halves go to even
 * const y = round(Tensor.from([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.4, -0.6], { dtype: "float64" }));
 * // y: float64 [8] = [-2, -2, 0, 0, 2, 2, 0, -1]
 * ```
 */
export function round(x: TensorLike): Tensor {
  return call1(OPS.round, [x], []);
}

/**
 * Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.
 *
 * Both zeros give +0 and NaN stays NaN (as numpy.sign); unsigned inputs give 0 or 1.
 *
 * @param x - Input tensor.
 * @returns Sign of x with x's shape and dtype.
 * @example
 * ```ts
 * // floats
 * const y = sign(Tensor.from([-2.5, 0, 3, -0.1], { dtype: "float32" }));
 * // y: float32 [4] = [-1, 0, 1, -1]
 * ```
 */
export function sign(x: TensorLike): Tensor {
  return call1(OPS.sign, [x], []);
}

/**
 * Element-wise reciprocal 1 / x.
 *
 * 1/0 is inf with the sign of the zero.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // exact reciprocals
 * const y = reciprocal(Tensor.from([2, -4, 0.5], { dtype: "float32" }));
 * // y: float32 [3] = [0.5, -0.25, 2]
 * ```
 */
export function reciprocal(x: TensorLike): Tensor {
  return call1(OPS.reciprocal, [x], []);
}

/**
 * Element-wise sine (radians).
 *
 * NaN for infinite x.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // radians
 * const y = sin(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.479425538604203, -0.8414709848078965, 0.9092974268256817]
 * ```
 */
export function sin(x: TensorLike): Tensor {
  return call1(OPS.sin, [x], []);
}

/**
 * Element-wise cosine (radians).
 *
 * NaN for infinite x.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // radians
 * const y = cos(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [1, 0.8775825618903728, 0.5403023058681398, -0.4161468365471424]
 * ```
 */
export function cos(x: TensorLike): Tensor {
  return call1(OPS.cos, [x], []);
}

/**
 * Element-wise tangent (radians).
 *
 * NaN for infinite x.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // radians
 * const y = tan(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.5463024898437905, -1.557407724654902, -2.185039863261519]
 * ```
 */
export function tan(x: TensorLike): Tensor {
  return call1(OPS.tan, [x], []);
}

/**
 * Element-wise arcsine, in [-pi/2, pi/2].
 *
 * NaN outside [-1, 1].
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // inside [-1, 1]
 * const y = asin(Tensor.from([0, 0.5, -0.5, 1], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.5235987755982989, -0.5235987755982989, 1.5707963267948966]
 * ```
 */
export function asin(x: TensorLike): Tensor {
  return call1(OPS.asin, [x], []);
}

/**
 * Element-wise arccosine, in [0, pi].
 *
 * NaN outside [-1, 1].
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // inside [-1, 1]
 * const y = acos(Tensor.from([0, 0.5, -0.5, 1], { dtype: "float64" }));
 * // y: float64 [4] = [1.5707963267948966, 1.0471975511965976, 2.0943951023931957, 0]
 * ```
 */
export function acos(x: TensorLike): Tensor {
  return call1(OPS.acos, [x], []);
}

/**
 * Element-wise arctangent, in (-pi/2, pi/2).
 *
 * atan(+-inf) = +-pi/2.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = atan(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.4636476090008061, -0.7853981633974483, 1.1071487177940904]
 * ```
 */
export function atan(x: TensorLike): Tensor {
  return call1(OPS.atan, [x], []);
}

/**
 * Element-wise hyperbolic sine.
 *
 * Overflows to +-inf for |x| above about 710 (89 in float32).
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = sinh(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.5210953054937474, -1.1752011936438014, 3.6268604078470186]
 * ```
 */
export function sinh(x: TensorLike): Tensor {
  return call1(OPS.sinh, [x], []);
}

/**
 * Element-wise hyperbolic cosine.
 *
 * Overflows to inf for |x| above about 710 (89 in float32).
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = cosh(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [1, 1.1276259652063807, 1.5430806348152437, 3.7621956910836314]
 * ```
 */
export function cosh(x: TensorLike): Tensor {
  return call1(OPS.cosh, [x], []);
}

/**
 * Element-wise inverse hyperbolic sine.
 *
 * Defined for every real x.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = asinh(Tensor.from([0, 0.5, -1, 2], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.48121182505960347, -0.881373587019543, 1.4436354751788103]
 * ```
 */
export function asinh(x: TensorLike): Tensor {
  return call1(OPS.asinh, [x], []);
}

/**
 * Element-wise inverse hyperbolic cosine, >= 0.
 *
 * NaN below 1.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // x >= 1
 * const y = acosh(Tensor.from([1, 1.5, 2, 10], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.9624236501192069, 1.3169578969248168, 2.993222846126381]
 * ```
 */
export function acosh(x: TensorLike): Tensor {
  return call1(OPS.acosh, [x], []);
}

/**
 * Element-wise inverse hyperbolic tangent.
 *
 * +-inf at +-1, NaN outside [-1, 1].
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // inside (-1, 1)
 * const y = atanh(Tensor.from([0, 0.5, -0.5, 0.9], { dtype: "float64" }));
 * // y: float64 [4] = [0, 0.5493061443340549, -0.5493061443340549, 1.4722194895832204]
 * ```
 */
export function atanh(x: TensorLike): Tensor {
  return call1(OPS.atanh, [x], []);
}

/**
 * Element-wise test for NaN.
 *
 * @param x - Input tensor.
 * @returns Bool tensor with x's shape: true where x is NaN.
 * @example
 * ```ts
 * // only NaN is NaN
 * const y = isnan(Tensor.from([NaN, 0, Infinity, -Infinity, -1], { dtype: "float32" }));
 * // y: bool [5] = [true, false, false, false, false]
 * ```
 */
export function isnan(x: TensorLike): Tensor {
  return call1(OPS.isnan, [x], []);
}

/** Optional attributes of {@link isinf}; a key left out takes the engine's default. */
export interface IsinfOptions {
  /**
   * Report +inf.
   *
   * @defaultValue `true`
   */
  detectPositive?: boolean;
  /**
   * Report -inf.
   *
   * @defaultValue `true`
   */
  detectNegative?: boolean;
}

/**
 * Element-wise test for infinity, optionally of one sign only.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link IsinfOptions}).
 * @param options.detectPositive - Report +inf. Default: `true`.
 * @param options.detectNegative - Report -inf. Default: `true`.
 * @returns Bool tensor with x's shape: true where x is an infinity of a detected sign.
 * @example
 * ```ts
 * // both signs
 * const y = isinf(Tensor.from([Infinity, -Infinity, 0, NaN, 1e+308], { dtype: "float64" }));
 * // y: bool [5] = [true, true, false, false, false]
 * ```
 */
export function isinf(x: TensorLike, options: IsinfOptions = {}): Tensor {
  return call1(OPS.isinf, [x], [options.detectPositive, options.detectNegative]);
}

/** Optional attributes of {@link mod}; a key left out takes the engine's default. */
export interface ModOptions {
  /**
   * false: sign of the divisor (integers only); true: sign of the dividend (C fmod).
   *
   * @defaultValue `false`
   */
  fmod?: boolean;
}

/**
 * Element-wise remainder of a / b.
 *
 * With fmod=false (integers only) the result has the sign of b, like Python's % and numpy.mod: mod(-7, 3) = 2. With fmod=true it has the sign of a, like C fmod: fmod(-7, 3) = -1. Floating-point inputs require fmod=true, as ONNX Mod does (a floored float remainder is a - floor(a / b) * b). Integer x mod 0 is 0 (numpy's value, no trap); float x mod 0 is NaN. Inputs broadcast with NumPy rules and must share one dtype.
 *
 * @param a - Dividend.
 * @param b - Divisor, broadcast against a.
 * @param options - Optional attributes (see {@link ModOptions}).
 * @param options.fmod - false: sign of the divisor (integers only); true: sign of the dividend (C fmod). Default: `false`.
 * @returns Remainder with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // float fmod keeps the sign of a
 * const y = mod(Tensor.from([5.5, -5.5, 5.5, -5.5], { dtype: "float64" }), Tensor.from([2, 2, -2, -2], { dtype: "float64" }), { fmod: true });
 * // y: float64 [4] = [1.5, -1.5, 1.5, -1.5]
 * ```
 */
export function mod(a: TensorLike, b: TensorLike, options: ModOptions = {}): Tensor {
  return call1(OPS.mod, [a, b], [options.fmod]);
}

/** Optional attributes of {@link clip}; a key left out takes the engine's default. */
export interface ClipOptions {
  /**
   * Lower bound (not NaN); -inf leaves x unbounded below.
   *
   * @defaultValue `-Infinity`
   */
  min?: number;
  /**
   * Upper bound (not NaN); inf leaves x unbounded above.
   *
   * @defaultValue `Infinity`
   */
  max?: number;
}

/**
 * Limits every element to [min, max].
 *
 * y = min(max(x, min), max): when min > max every element becomes max (as ONNX and numpy.clip). NaN elements stay NaN. For integer dtypes the bounds are ceil(min) and floor(max), saturated to the dtype's range.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link ClipOptions}).
 * @param options.min - Lower bound (not NaN); -inf leaves x unbounded below. Default: `-Infinity`.
 * @param options.max - Upper bound (not NaN); inf leaves x unbounded above. Default: `Infinity`.
 * @returns Clipped values with x's shape and dtype.
 * @example
 * ```ts
 * // into [-1, 1]
 * const y = clip(Tensor.from([-2, -0.5, 0.5, 2], { dtype: "float32" }), { min: -1, max: 1 });
 * // y: float32 [4] = [-1, -0.5, 0.5, 1]
 * ```
 */
export function clip(x: TensorLike, options: ClipOptions = {}): Tensor {
  return call1(OPS.clip, [x], [options.min, options.max]);
}

/**
 * Element-wise a <= b.
 *
 * Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // against a scalar
 * const y = lessEqual(Tensor.from([1, 2, 3], { dtype: "float32" }), Tensor.from(2, { dtype: "float32" }));
 * // y: bool [3] = [true, true, false]
 * ```
 */
export function lessEqual(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.less_equal, [a, b], []);
}

/**
 * Element-wise a >= b.
 *
 * Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // pairwise
 * const y = greaterEqual(Tensor.from([1, 2, 3], { dtype: "int64" }), Tensor.from([2, 2, 2], { dtype: "int64" }));
 * // y: bool [3] = [false, true, true]
 * ```
 */
export function greaterEqual(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.greater_equal, [a, b], []);
}

/**
 * Element-wise logical AND.
 *
 * Inputs are bool and broadcast against each other with NumPy rules.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // truth table
 * const y = logicalAnd(Tensor.from([false, false, true, true], { dtype: "bool" }), Tensor.from([false, true, false, true], { dtype: "bool" }));
 * // y: bool [4] = [false, false, false, true]
 * ```
 */
export function logicalAnd(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.logical_and, [a, b], []);
}

/**
 * Element-wise logical OR.
 *
 * Inputs are bool and broadcast against each other with NumPy rules.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // truth table
 * const y = logicalOr(Tensor.from([false, false, true, true], { dtype: "bool" }), Tensor.from([false, true, false, true], { dtype: "bool" }));
 * // y: bool [4] = [false, true, true, true]
 * ```
 */
export function logicalOr(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.logical_or, [a, b], []);
}

/**
 * Element-wise logical exclusive OR.
 *
 * Inputs are bool and broadcast against each other with NumPy rules.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Bool tensor with the broadcast shape.
 * @example
 * ```ts
 * // truth table
 * const y = logicalXor(Tensor.from([false, false, true, true], { dtype: "bool" }), Tensor.from([false, true, false, true], { dtype: "bool" }));
 * // y: bool [4] = [false, true, true, false]
 * ```
 */
export function logicalXor(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.logical_xor, [a, b], []);
}

/**
 * Element-wise logical NOT.
 *
 * @param x - Bool input.
 * @returns Bool tensor with x's shape: true where x is false.
 * @example
 * ```ts
 * // negation
 * const y = logicalNot(Tensor.from([[false, true], [true, false]], { dtype: "bool" }));
 * // y: bool [2, 2] = [[true, false], [false, true]]
 * ```
 */
export function logicalNot(x: TensorLike): Tensor {
  return call1(OPS.logical_not, [x], []);
}

/**
 * Element-wise bitwise AND.
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // int32 with a negative
 * const y = bitwiseAnd(Tensor.from([12, -1, 5], { dtype: "int32" }), Tensor.from([10, 7, 3], { dtype: "int32" }));
 * // y: int32 [3] = [8, 7, 1]
 * ```
 */
export function bitwiseAnd(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.bitwise_and, [a, b], []);
}

/**
 * Element-wise bitwise OR.
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // uint8 against a scalar
 * const y = bitwiseOr(Tensor.from([12, 0, 240], { dtype: "uint8" }), Tensor.from(3, { dtype: "uint8" }));
 * // y: uint8 [3] = [15, 3, 243]
 * ```
 */
export function bitwiseOr(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.bitwise_or, [a, b], []);
}

/**
 * Element-wise bitwise exclusive OR.
 *
 * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
 *
 * @param a - First operand.
 * @param b - Second operand, broadcast against a.
 * @returns Result with the broadcast shape and the inputs' dtype.
 * @example
 * ```ts
 * // int64
 * const y = bitwiseXor(Tensor.from([12, -1, 5], { dtype: "int64" }), Tensor.from([10, 1, 5], { dtype: "int64" }));
 * // y: int64 [3] = [6, -2, 0]
 * ```
 */
export function bitwiseXor(a: TensorLike, b: TensorLike): Tensor {
  return call1(OPS.bitwise_xor, [a, b], []);
}

/**
 * Element-wise bitwise NOT (one's complement).
 *
 * Signed integers are two's complement, so bitwise_not(x) = -x - 1.
 *
 * @param x - Integer input.
 * @returns ~x with x's shape and dtype.
 * @example
 * ```ts
 * // int32
 * const y = bitwiseNot(Tensor.from([0, -1, 5], { dtype: "int32" }));
 * // y: int32 [3] = [-1, 0, -6]
 * ```
 */
export function bitwiseNot(x: TensorLike): Tensor {
  return call1(OPS.bitwise_not, [x], []);
}

/** Optional attributes of {@link leakyRelu}; a key left out takes the engine's default. */
export interface LeakyReluOptions {
  /**
   * Slope for negative x.
   *
   * @defaultValue `0.01`
   */
  alpha?: number;
}

/**
 * Leaky rectified linear unit: x for x >= 0, alpha * x below.
 *
 * NaN propagates. The default slope 0.01 is ONNX's and PyTorch's.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link LeakyReluOptions}).
 * @param options.alpha - Slope for negative x. Default: `0.01`.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // default slope
 * const y = leakyRelu(Tensor.from([-2, -0.5, 0, 3], { dtype: "float64" }));
 * // y: float64 [4] = [-0.02, -0.005, 0, 3]
 * ```
 */
export function leakyRelu(x: TensorLike, options: LeakyReluOptions = {}): Tensor {
  return call1(OPS.leaky_relu, [x], [options.alpha]);
}

/**
 * Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.
 *
 * slope broadcasts to x's shape (ONNX's unidirectional broadcasting): typically one slope per channel, shaped [C, 1, 1] for an [N, C, H, W] input, or a scalar.
 *
 * @param x - Input tensor.
 * @param slope - Slopes for negative x; must broadcast to x's shape.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // one slope per column
 * const y = prelu(Tensor.from([[-1, 2, -3], [4, -5, 0]], { dtype: "float32" }), Tensor.from([0.5, 0.1, 2], { dtype: "float32" }));
 * // y: float32 [2, 3] = [[-0.5, 2, -6], [4, -0.5, 0]]
 * ```
 */
export function prelu(x: TensorLike, slope: TensorLike): Tensor {
  return call1(OPS.prelu, [x, slope], []);
}

/** Optional attributes of {@link elu}; a key left out takes the engine's default. */
export interface EluOptions {
  /**
   * Scale of the negative part (its limit is -alpha).
   *
   * @defaultValue `1`
   */
  alpha?: number;
}

/**
 * Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.
 *
 * Computed with expm1 for precision near 0.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link EluOptions}).
 * @param options.alpha - Scale of the negative part (its limit is -alpha). Default: `1`.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // alpha 1
 * const y = elu(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [-0.8646647167633873, -0.3934693402873666, 0, 0.5, 3]
 * ```
 */
export function elu(x: TensorLike, options: EluOptions = {}): Tensor {
  return call1(OPS.elu, [x], [options.alpha]);
}

/** Optional attributes of {@link selu}; a key left out takes the engine's default. */
export interface SeluOptions {
  /**
   * Scale of the negative part before gamma.
   *
   * @defaultValue `1.6732631921768188`
   */
  alpha?: number;
  /**
   * Overall scale.
   *
   * @defaultValue `1.0507010221481323`
   */
  gamma?: number;
}

/**
 * Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).
 *
 * The default alpha and gamma are ONNX's (the self-normalizing values of Klambauer et al. rounded to float32).
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link SeluOptions}).
 * @param options.alpha - Scale of the negative part before gamma. Default: `1.6732631921768188`.
 * @param options.gamma - Overall scale. Default: `1.0507010221481323`.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // ONNX defaults
 * const y = selu(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [-1.5201664733475926, -0.6917581899652426, 0, 0.5253505110740662, 3.152103066444397]
 * ```
 */
export function selu(x: TensorLike, options: SeluOptions = {}): Tensor {
  return call1(OPS.selu, [x], [options.alpha, options.gamma]);
}

/** Optional attributes of {@link celu}; a key left out takes the engine's default. */
export interface CeluOptions {
  /**
   * Scale of the negative part; nonzero.
   *
   * @defaultValue `1`
   */
  alpha?: number;
}

/**
 * Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).
 *
 * alpha = 0 is rejected (the formula divides by it); NaN propagates.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link CeluOptions}).
 * @param options.alpha - Scale of the negative part; nonzero. Default: `1`.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // alpha 1
 * const y = celu(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [-0.8646647167633873, -0.3934693402873666, 0, 0.5, 3]
 * ```
 */
export function celu(x: TensorLike, options: CeluOptions = {}): Tensor {
  return call1(OPS.celu, [x], [options.alpha]);
}

/** Values of `gelu`'s `approximate` attribute. */
export type GeluApproximate = "none" | "tanh";

const GELU_APPROXIMATE = { none: 0, tanh: 1 } as const satisfies Record<GeluApproximate, number>;

/** Optional attributes of {@link gelu}; a key left out takes the engine's default. */
export interface GeluOptions {
  /**
   * Exact erf form or the tanh approximation.
   *
   * @defaultValue `"none"`
   */
  approximate?: GeluApproximate;
}

/**
 * Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.
 *
 * approximate="none" computes 0.5 x erfc(-x / sqrt 2) (exact; erfc keeps precision for very negative x); approximate="tanh" computes 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). Both give 0 at -inf.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link GeluOptions}).
 * @param options.approximate - Exact erf form or the tanh approximation. Default: `"none"`.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // exact form
 * const y = gelu(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [-0.04550026389635842, -0.15426876936299347, 0, 0.3457312306370065, 2.99595030590511]
 * ```
 */
export function gelu(x: TensorLike, options: GeluOptions = {}): Tensor {
  return call1(OPS.gelu, [x], [
    options.approximate === undefined ? undefined : enumIndex(GELU_APPROXIMATE, options.approximate, "gelu", "approximate"),
  ]);
}

/** Optional attributes of {@link hardSigmoid}; a key left out takes the engine's default. */
export interface HardSigmoidOptions {
  /**
   * Slope.
   *
   * @defaultValue `0.2`
   */
  alpha?: number;
  /**
   * Offset.
   *
   * @defaultValue `0.5`
   */
  beta?: number;
}

/**
 * Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).
 *
 * The defaults are ONNX's (alpha 0.2, beta 0.5); NaN propagates.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link HardSigmoidOptions}).
 * @param options.alpha - Slope. Default: `0.2`.
 * @param options.beta - Offset. Default: `0.5`.
 * @returns Result in [0, 1] with x's shape and dtype.
 * @example
 * ```ts
 * // ONNX defaults
 * const y = hardSigmoid(Tensor.from([-3, -1, 0, 1, 3], { dtype: "float64" }));
 * // y: float64 [5] = [0, 0.3, 0.5, 0.7, 1]
 * ```
 */
export function hardSigmoid(x: TensorLike, options: HardSigmoidOptions = {}): Tensor {
  return call1(OPS.hard_sigmoid, [x], [options.alpha, options.beta]);
}

/**
 * x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).
 *
 * 0 for x <= -3 (also at -inf), x for x >= 3; NaN propagates.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // all three pieces
 * const y = hardSwish(Tensor.from([-4, -3, -1, 0, 1, 3, 4], { dtype: "float64" }));
 * // y: float64 [7] = [0, 0, -0.33333333333333337, 0, 0.6666666666666666, 3, 4]
 * ```
 */
export function hardSwish(x: TensorLike): Tensor {
  return call1(OPS.hard_swish, [x], []);
}

/**
 * Smooth ReLU: log(1 + e^x).
 *
 * Computed as max(x, 0) + log1p(e^-|x|), so it neither overflows nor underflows.
 *
 * @param x - Input tensor.
 * @returns Result (positive) with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = softplus(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [0.1269280110429725, 0.4740769841801067, 0.6931471805599453, 0.9740769841801067, 3.048587351573742]
 * ```
 */
export function softplus(x: TensorLike): Tensor {
  return call1(OPS.softplus, [x], []);
}

/**
 * x / (1 + |x|).
 *
 * softsign(+-inf) = +-1.
 *
 * @param x - Input tensor.
 * @returns Result in (-1, 1) with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = softsign(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [-0.6666666666666666, -0.3333333333333333, 0, 0.3333333333333333, 0.75]
 * ```
 */
export function softsign(x: TensorLike): Tensor {
  return call1(OPS.softsign, [x], []);
}

/**
 * Mish: x * tanh(softplus(x)).
 *
 * Computed as x * w / (w + 2) with w = e^x (e^x + 2), which equals tanh(log(1 + e^x)) and cannot overflow; mish(-inf) = 0.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = mish(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [-0.2525014826957089, -0.22074377465173, 0, 0.3752452113048951, 2.986535004967957]
 * ```
 */
export function mish(x: TensorLike): Tensor {
  return call1(OPS.mish, [x], []);
}

/**
 * Sigmoid linear unit (swish): x * sigmoid(x).
 *
 * The sigmoid is split by sign so exp never overflows; silu(-inf) = 0.
 *
 * @param x - Input tensor.
 * @returns Result with x's shape and dtype.
 * @example
 * ```ts
 * // a few points
 * const y = silu(Tensor.from([-2, -0.5, 0, 0.5, 3], { dtype: "float64" }));
 * // y: float64 [5] = [-0.2384058440442351, -0.1887703343990727, 0, 0.3112296656009273, 2.8577223804673]
 * ```
 */
export function silu(x: TensorLike): Tensor {
  return call1(OPS.silu, [x], []);
}

/** Optional attributes of {@link gather}; a key left out takes the engine's default. */
export interface GatherOptions {
  /**
   * Axis of x to index; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
}

/**
 * Takes slices of x along an axis at the given indices.
 *
 * y[i0.., j.., k..] = x[i0.., indices[j..], k..]: the result has x's dimensions before axis, then the dimensions of indices, then x's dimensions after axis (a scalar index removes the axis). Negative indices count from the end; an index outside [-size, size) is an error naming indices.
 *
 * @param x - Tensor to take slices from (at least 1-D).
 * @param indices - Positions along axis (any shape).
 * @param options - Optional attributes (see {@link GatherOptions}).
 * @param options.axis - Axis of x to index; negative counts from the end. Default: `0`.
 * @returns The gathered slices, x's dtype.
 * @example
 * ```ts
 * // rows of a matrix by a 2x2 index
 * const y = gather(Tensor.from([[1, 2], [3, 4], [5, 6]], { dtype: "float32" }), Tensor.from([[0, 1], [1, 2]], { dtype: "int64" }));
 * // y: float32 [2, 2, 2] = [[[1, 2], [3, 4]], [[3, 4], [5, 6]]]
 * ```
 */
export function gather(x: TensorLike, indices: TensorLike, options: GatherOptions = {}): Tensor {
  return call1(OPS.gather, [x, indices], [options.axis]);
}

/** Optional attributes of {@link gatherElements}; a key left out takes the engine's default. */
export interface GatherElementsOptions {
  /**
   * Axis the indices run along; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
}

/**
 * Picks one element of data along an axis for every entry of indices.
 *
 * y[p] = data[p with its axis coordinate replaced by indices[p]]: indices has data's rank, and each dimension other than axis at most data's size there; y has the shape of indices. Negative indices count from the end. The counterpart of scatter_elements (take_along_axis in NumPy).
 *
 * @param data - Tensor to read (at least 1-D).
 * @param indices - Positions along axis, same rank as data.
 * @param options - Optional attributes (see {@link GatherElementsOptions}).
 * @param options.axis - Axis the indices run along; negative counts from the end. Default: `0`.
 * @returns Selected elements, the shape of indices and data's dtype.
 * @example
 * ```ts
 * // along rows
 * const y = gatherElements(Tensor.from([[1, 2], [3, 4]], { dtype: "float32" }), Tensor.from([[0, 0], [1, 0]], { dtype: "int64" }), { axis: 1 });
 * // y: float32 [2, 2] = [[1, 1], [4, 3]]
 * ```
 */
export function gatherElements(data: TensorLike, indices: TensorLike, options: GatherElementsOptions = {}): Tensor {
  return call1(OPS.gather_elements, [data, indices], [options.axis]);
}

/** Optional attributes of {@link gatherNd}; a key left out takes the engine's default. */
export interface GatherNdOptions {
  /**
   * Number of leading dimensions shared by data and indices.
   * Range: [0, 8].
   *
   * @defaultValue `0`
   */
  batchDims?: number;
}

/**
 * Gathers slices of data addressed by index tuples (the last dimension of indices).
 *
 * Each row of indices along its last dimension (length m) is a tuple addressing dimensions batch_dims..batch_dims+m-1 of data; the result is indices.shape[:-1] + data.shape[batch_dims+m:]. The first batch_dims dimensions of indices and data must agree and are matched one to one. Negative components count from the end.
 *
 * @param data - Tensor to read (at least 1-D).
 * @param indices - Index tuples along the last dimension.
 * @param options - Optional attributes (see {@link GatherNdOptions}).
 * @param options.batchDims - Number of leading dimensions shared by data and indices. Range: [0, 8]. Default: `0`.
 * @returns The gathered elements or slices, data's dtype.
 * @example
 * ```ts
 * // elements of a matrix
 * const y = gatherNd(Tensor.from([[0, 1], [2, 3]], { dtype: "int32" }), Tensor.from([[0, 0], [1, 1]], { dtype: "int64" }));
 * // y: int32 [2] = [0, 3]
 * ```
 */
export function gatherNd(data: TensorLike, indices: TensorLike, options: GatherNdOptions = {}): Tensor {
  return call1(OPS.gather_nd, [data, indices], [options.batchDims]);
}

/** Values of `scatter_elements`'s `reduction` attribute. */
export type ScatterElementsReduction = "none" | "add" | "mul" | "max" | "min";

const SCATTER_ELEMENTS_REDUCTION = { none: 0, add: 1, mul: 2, max: 3, min: 4 } as const satisfies Record<ScatterElementsReduction, number>;

/** Optional attributes of {@link scatterElements}; a key left out takes the engine's default. */
export interface ScatterElementsOptions {
  /**
   * Axis the indices run along; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
  /**
   * How an update combines with the value already there.
   *
   * @defaultValue `"none"`
   */
  reduction?: ScatterElementsReduction;
}

/**
 * Copy of data with updates written at positions given per element by indices along an axis.
 *
 * y = data, then for every position p of indices: y[p with its axis coordinate replaced by indices[p]] = updates[p] (reduction none) or combined with it (add, mul, max, min). indices and updates share one shape of data's rank. Updates apply in index order, so with reduction none the last duplicate wins. Integer add/mul wrap around; max/min propagate NaN.
 *
 * @param data - Initial values (at least 1-D).
 * @param indices - Positions along axis, same rank as data.
 * @param updates - Values to write, the shape of indices and data's dtype.
 * @param options - Optional attributes (see {@link ScatterElementsOptions}).
 * @param options.axis - Axis the indices run along; negative counts from the end. Default: `0`.
 * @param options.reduction - How an update combines with the value already there. Default: `"none"`.
 * @returns Updated copy of data.
 * @example
 * ```ts
 * // rows replaced
 * const y = scatterElements(Tensor.from([[0, 0, 0], [0, 0, 0], [0, 0, 0]], { dtype: "float32" }), Tensor.from([[1, 0, 2], [0, 2, 1]], { dtype: "int64" }), Tensor.from([[1, 1.1, 1.2], [2, 2.1, 2.2]], { dtype: "float32" }));
 * // y: float32 [3, 3] = [[2, 1.1, 0], [1, 0, 2.2], [0, 2.1, 1.2]]
 * ```
 */
export function scatterElements(data: TensorLike, indices: TensorLike, updates: TensorLike, options: ScatterElementsOptions = {}): Tensor {
  return call1(OPS.scatter_elements, [data, indices, updates], [
    options.axis,
    options.reduction === undefined ? undefined : enumIndex(SCATTER_ELEMENTS_REDUCTION, options.reduction, "scatter_elements", "reduction"),
  ]);
}

/** Values of `scatter_nd`'s `reduction` attribute. */
export type ScatterNdReduction = "none" | "add" | "mul" | "max" | "min";

const SCATTER_ND_REDUCTION = { none: 0, add: 1, mul: 2, max: 3, min: 4 } as const satisfies Record<ScatterNdReduction, number>;

/** Optional attributes of {@link scatterNd}; a key left out takes the engine's default. */
export interface ScatterNdOptions {
  /**
   * How an update combines with the value already there.
   *
   * @defaultValue `"none"`
   */
  reduction?: ScatterNdReduction;
}

/**
 * Copy of data with slices written at positions given by index tuples.
 *
 * y = data, then for every tuple t (the last dimension of indices, length m) the slice y[t] = updates[...] (reduction none) or combined with it (add, mul, max, min). updates has shape indices.shape[:-1] + data.shape[m:]. Tuples apply in order, so with reduction none the last duplicate wins; negative components count from the end.
 *
 * @param data - Initial values (at least 1-D).
 * @param indices - Index tuples along the last dimension.
 * @param updates - Slices to write, data's dtype.
 * @param options - Optional attributes (see {@link ScatterNdOptions}).
 * @param options.reduction - How an update combines with the value already there. Default: `"none"`.
 * @returns Updated copy of data.
 * @example
 * ```ts
 * // single elements
 * const y = scatterNd(Tensor.from([1, 2, 3, 4, 5, 6, 7, 8], { dtype: "int32" }), Tensor.from([[4], [3], [1], [7]], { dtype: "int64" }), Tensor.from([9, 10, 11, 12], { dtype: "int32" }));
 * // y: int32 [8] = [1, 11, 3, 10, 9, 6, 7, 12]
 * ```
 */
export function scatterNd(data: TensorLike, indices: TensorLike, updates: TensorLike, options: ScatterNdOptions = {}): Tensor {
  return call1(OPS.scatter_nd, [data, indices, updates], [
    options.reduction === undefined ? undefined : enumIndex(SCATTER_ND_REDUCTION, options.reduction, "scatter_nd", "reduction"),
  ]);
}

/** Optional attributes of {@link oneHot}; a key left out takes the engine's default. */
export interface OneHotOptions {
  /**
   * Where the new axis goes in the result; -1 appends it.
   *
   * @defaultValue `-1`
   */
  axis?: number;
  /**
   * Value at the index.
   *
   * @defaultValue `1`
   */
  onValue?: number;
  /**
   * Value everywhere else.
   *
   * @defaultValue `0`
   */
  offValue?: number;
  /**
   * Element type of the result.
   *
   * @defaultValue `"float32"`
   */
  dtype?: DType;
}

/**
 * One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.
 *
 * The result has indices' shape with a dimension of size depth inserted at axis. Negative indices in [-depth, -1] count from the end; as in ONNX, an index outside [-depth, depth) gives a row of off_value (no error).
 *
 * @param indices - Class positions (any shape).
 * @param depth - Number of classes (length of the new axis). Range: [1, 1099511627776].
 * @param options - Optional attributes (see {@link OneHotOptions}).
 * @param options.axis - Where the new axis goes in the result; -1 appends it. Default: `-1`.
 * @param options.onValue - Value at the index. Default: `1`.
 * @param options.offValue - Value everywhere else. Default: `0`.
 * @param options.dtype - Element type of the result. Default: `"float32"`.
 * @returns The encoding, dtype as requested.
 * @example
 * ```ts
 * // classes, with a negative index
 * const y = oneHot(Tensor.from([0, 2, -1], { dtype: "int64" }), 3);
 * // y: float32 [3, 3] = [[1, 0, 0], [0, 0, 1], [0, 0, 1]]
 * ```
 */
export function oneHot(indices: TensorLike, depth: number, options: OneHotOptions = {}): Tensor {
  return call1(OPS.one_hot, [indices], [
    depth,
    options.axis,
    options.onValue,
    options.offValue,
    options.dtype === undefined ? undefined : dtypeCode(options.dtype, "one_hot", "dtype"),
  ]);
}

/** Optional attributes of {@link topK}; a key left out takes the engine's default. */
export interface TopKOptions {
  /**
   * Axis to select along; negative counts from the end.
   *
   * @defaultValue `-1`
   */
  axis?: number;
  /**
   * Take the largest elements (false: the smallest).
   *
   * @defaultValue `true`
   */
  largest?: boolean;
  /**
   * Order the results from the most extreme (false: by index).
   *
   * @defaultValue `true`
   */
  sorted?: boolean;
}

/**
 * The k largest (or smallest) elements along an axis and their indices.
 *
 * Equal values keep index order (the lower index first), so results are deterministic; NaN ranks above every number. With sorted the k results are ordered from the most extreme; without it they come in index order.
 *
 * @param x - Input tensor (at least 1-D).
 * @param k - How many elements to take (at most the axis size). Range: [0, 9007199254740992].
 * @param options - Optional attributes (see {@link TopKOptions}).
 * @param options.axis - Axis to select along; negative counts from the end. Default: `-1`.
 * @param options.largest - Take the largest elements (false: the smallest). Default: `true`.
 * @param options.sorted - Order the results from the most extreme (false: by index). Default: `true`.
 * @returns `[values, indices]`
 * - `values`: The selected elements; x's shape with axis of size k.
 * - `indices`: Their int64 positions along axis.
 * @example
 * ```ts
 * // largest per row
 * const [values, indices] = topK(Tensor.from([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], { dtype: "float32" }), 3);
 * // values: float32 [3, 3] = [[3, 2, 1], [7, 6, 5], [11, 10, 9]]
 * // indices: int64 [3, 3] = [[3, 2, 1], [3, 2, 1], [3, 2, 1]]
 * ```
 */
export function topK(x: TensorLike, k: number, options: TopKOptions = {}): [Tensor, Tensor] {
  return callN(OPS.top_k, [x], [
    k,
    options.axis,
    options.largest,
    options.sorted,
  ]) as [Tensor, Tensor];
}

/**
 * Indices of the nonzero elements, one row per dimension.
 *
 * The result is int64 [ndim, count] in row-major order of the elements (like numpy.nonzero stacked); a scalar counts as 1-D. Its shape depends on the data, so it is known only when the operator runs. NaN counts as nonzero.
 *
 * @param x - Input tensor.
 * @returns int64 [max(ndim, 1), count] coordinates of the nonzero elements.
 * @example
 * ```ts
 * // a 2x2 mask
 * const indices = nonZero(Tensor.from([[true, false], [true, true]], { dtype: "bool" }));
 * // indices: int64 [2, 3] = [[0, 1, 1], [0, 0, 1]]
 * ```
 */
export function nonZero(x: TensorLike): Tensor {
  return call1(OPS.non_zero, [x], []);
}

/** Optional attributes of {@link triu}; a key left out takes the engine's default. */
export interface TriuOptions {
  /**
   * Diagonal offset: 0 is the main diagonal, positive above it, negative below.
   *
   * @defaultValue `0`
   */
  k?: number;
}

/**
 * Upper triangle of the last two dimensions; the rest becomes 0.
 *
 * Keeps element (i, j) of each matrix when j >= i + k, i.e. on and above the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.
 *
 * @param x - Input tensor, at least 2-D.
 * @param options - Optional attributes (see {@link TriuOptions}).
 * @param options.k - Diagonal offset: 0 is the main diagonal, positive above it, negative below. Default: `0`.
 * @returns x with the other triangle zeroed, same shape and dtype.
 * @example
 * ```ts
 * // main diagonal
 * const y = triu(Tensor.from([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], { dtype: "float32" }));
 * // y: float32 [3, 4] = [[1, 2, 3, 4], [0, 6, 7, 8], [0, 0, 11, 12]]
 * ```
 */
export function triu(x: TensorLike, options: TriuOptions = {}): Tensor {
  return call1(OPS.triu, [x], [options.k]);
}

/** Optional attributes of {@link tril}; a key left out takes the engine's default. */
export interface TrilOptions {
  /**
   * Diagonal offset: 0 is the main diagonal, positive above it, negative below.
   *
   * @defaultValue `0`
   */
  k?: number;
}

/**
 * Lower triangle of the last two dimensions; the rest becomes 0.
 *
 * Keeps element (i, j) of each matrix when j <= i + k, i.e. on and below the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.
 *
 * @param x - Input tensor, at least 2-D.
 * @param options - Optional attributes (see {@link TrilOptions}).
 * @param options.k - Diagonal offset: 0 is the main diagonal, positive above it, negative below. Default: `0`.
 * @returns x with the other triangle zeroed, same shape and dtype.
 * @example
 * ```ts
 * // main diagonal
 * const y = tril(Tensor.from([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], { dtype: "float32" }));
 * // y: float32 [3, 4] = [[1, 0, 0, 0], [5, 6, 0, 0], [9, 10, 11, 0]]
 * ```
 */
export function tril(x: TensorLike, options: TrilOptions = {}): Tensor {
  return call1(OPS.tril, [x], [options.k]);
}

/** Optional attributes of {@link flatten}; a key left out takes the engine's default. */
export interface FlattenOptions {
  /**
   * Split point: dimensions [0, axis) form the rows; negative counts from the end.
   *
   * @defaultValue `1`
   */
  axis?: number;
}

/**
 * Reshapes x to a matrix: dimensions before axis become rows, the rest columns.
 *
 * The result is [d_0 * ... * d_(axis-1), d_axis * ... * d_(n-1)] (a product of no dimensions is 1). axis is a split point between dimensions in -ndim..ndim, not a dimension index. A view of x when its layout allows, else a copy.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link FlattenOptions}).
 * @param options.axis - Split point: dimensions [0, axis) form the rows; negative counts from the end. Default: `1`.
 * @returns 2-D tensor with x's elements.
 * @example
 * ```ts
 * // batch of images
 * const y = flatten(Tensor.from([[[[1, 2], [3, 4]]], [[[5, 6], [7, 8]]]], { dtype: "float32" }));
 * // y: float32 [2, 4] = [[1, 2, 3, 4], [5, 6, 7, 8]]
 * ```
 */
export function flatten(x: TensorLike, options: FlattenOptions = {}): Tensor {
  return call1(OPS.flatten, [x], [options.axis]);
}

/** Optional attributes of {@link squeeze}; a key left out takes the engine's default. */
export interface SqueezeOptions {
  /**
   * Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes.
   *
   * @defaultValue `[]`
   */
  axes?: number[];
}

/**
 * Removes dimensions of size 1 (a view, no copy).
 *
 * Removes the listed axes, each of which must have size 1, or every size-1 axis when axes is empty.
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link SqueezeOptions}).
 * @param options.axes - Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes. Default: `[]`.
 * @returns x without those dimensions.
 * @example
 * ```ts
 * // all size-1 axes
 * const y = squeeze(Tensor.from([[[1], [2], [3]]], { dtype: "float32" }));
 * // y: float32 [3] = [1, 2, 3]
 * ```
 */
export function squeeze(x: TensorLike, options: SqueezeOptions = {}): Tensor {
  return call1(OPS.squeeze, [x], [options.axes]);
}

/**
 * Inserts dimensions of size 1 (a view, no copy).
 *
 * axes are positions in the result (whose rank is ndim(x) + len(axes)); negative values count from the end of the result.
 *
 * @param x - Input tensor.
 * @param axes - Positions of the new size-1 dimensions in the result.
 * @returns x with the new dimensions.
 * @example
 * ```ts
 * // vector to column
 * const y = unsqueeze(Tensor.from([1, 2, 3], { dtype: "float32" }), [1]);
 * // y: float32 [3, 1] = [[1], [2], [3]]
 * ```
 */
export function unsqueeze(x: TensorLike, axes: number[]): Tensor {
  return call1(OPS.unsqueeze, [x], [axes]);
}

/**
 * Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).
 *
 * The result has the NumPy broadcast of x's shape and `shape` (bidirectional, as ONNX Expand: a 1 in shape keeps x's dimension). Nothing is copied: broadcast dimensions repeat x's memory.
 *
 * @param x - Input tensor.
 * @param shape - Target shape, broadcast with x's shape.
 * @returns x broadcast to the result shape.
 * @example
 * ```ts
 * // column to matrix
 * const y = expand(Tensor.from([[1], [2], [3]], { dtype: "float32" }), [2, 1, 4]);
 * // y: float32 [2, 3, 4] = [[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]], [[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]]]
 * ```
 */
export function expand(x: TensorLike, shape: number[]): Tensor {
  return call1(OPS.expand, [x], [shape]);
}

/**
 * Repeats x along each dimension.
 *
 * Dimension d of the result is x.shape[d] * repeats[d]; the result holds copies of x laid side by side (numpy.tile with one repeat per dimension).
 *
 * @param x - Input tensor.
 * @param repeats - Copies per dimension (>= 0), one entry per dimension of x.
 * @returns The tiled tensor, x's dtype.
 * @example
 * ```ts
 * // 2x3 tiles of a row
 * const y = tile(Tensor.from([[1, 2]], { dtype: "float32" }), [2, 3]);
 * // y: float32 [2, 6] = [[1, 2, 1, 2, 1, 2], [1, 2, 1, 2, 1, 2]]
 * ```
 */
export function tile(x: TensorLike, repeats: number[]): Tensor {
  return call1(OPS.tile, [x], [repeats]);
}

/** Values of `pad`'s `mode` attribute. */
export type PadMode = "constant" | "reflect" | "edge" | "wrap";

const PAD_MODE = { constant: 0, reflect: 1, edge: 2, wrap: 3 } as const satisfies Record<PadMode, number>;

/** Optional attributes of {@link pad}; a key left out takes the engine's default. */
export interface PadOptions {
  /**
   * How the new elements are filled.
   *
   * @defaultValue `"constant"`
   */
  mode?: PadMode;
  /**
   * Fill value in constant mode, converted to x's dtype.
   *
   * @defaultValue `0`
   */
  value?: number;
}

/**
 * Pads x at the start and end of each dimension (constant, reflect, edge or wrap).
 *
 * pads lists the begin counts of every dimension, then the end counts (ONNX order). Negative pads crop first; the remaining elements are then padded: constant fills with value, reflect mirrors without repeating the border (pads must be smaller than the dimension), edge repeats the border element, wrap continues periodically. Matches ONNX Pad opset 19.
 *
 * @param x - Input tensor.
 * @param pads - [begin_0, ..., begin_(n-1), end_0, ..., end_(n-1)]; negative values crop.
 * @param options - Optional attributes (see {@link PadOptions}).
 * @param options.mode - How the new elements are filled. Default: `"constant"`.
 * @param options.value - Fill value in constant mode, converted to x's dtype. Default: `0`.
 * @returns The padded tensor, x's dtype.
 * @example
 * ```ts
 * // constant around a matrix
 * const y = pad(Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "float32" }), [0, 1, 1, 0], { value: 9 });
 * // y: float32 [3, 4] = [[9, 1, 2, 3], [9, 4, 5, 6], [9, 9, 9, 9]]
 * ```
 */
export function pad(x: TensorLike, pads: number[], options: PadOptions = {}): Tensor {
  return call1(OPS.pad, [x], [
    pads,
    options.mode === undefined ? undefined : enumIndex(PAD_MODE, options.mode, "pad", "mode"),
    options.value,
  ]);
}

/** Optional attributes of {@link split}; a key left out takes the engine's default. */
export interface SplitOptions {
  /**
   * Axis to split; negative counts from the end.
   *
   * @defaultValue `0`
   */
  axis?: number;
  /**
   * Size of each piece; empty: use num_outputs.
   *
   * @defaultValue `[]`
   */
  split?: number[];
  /**
   * Number of pieces when split is empty (0: use split).
   * Range: [0, 64].
   *
   * @defaultValue `0`
   */
  numOutputs?: number;
}

/**
 * Splits x along an axis into pieces (views of x, no copy).
 *
 * Either `split` gives the piece sizes (adding up to the axis size) or num_outputs the number of pieces: then each has ceil(size / num_outputs) elements and the last the remainder (ONNX opset 18). Giving neither, or both with different counts, is an error. At most 64 pieces.
 *
 * @param x - Input tensor (at least 1-D).
 * @param options - Optional attributes (see {@link SplitOptions}).
 * @param options.axis - Axis to split; negative counts from the end. Default: `0`.
 * @param options.split - Size of each piece; empty: use num_outputs. Default: `[]`.
 * @param options.numOutputs - Number of pieces when split is empty (0: use split). Range: [0, 64]. Default: `0`.
 * @returns The pieces in order, views of x.
 * @example
 * ```ts
 * // uneven sizes
 * const outputs = split(Tensor.from([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]], { dtype: "float32" }), { split: [2, 3] });
 * // outputs: float32 [2, 2] = [[1, 2], [3, 4]]
 * // out1: float32 [3, 2] = [[5, 6], [7, 8], [9, 10]]
 * ```
 */
export function split(x: TensorLike, options: SplitOptions = {}): Tensor[] {
  return callN(OPS.split, [x], [options.axis, options.split, options.numOutputs]);
}

/** Values of `depth_to_space`'s `mode` attribute. */
export type DepthToSpaceMode = "DCR" | "CRD";

const DEPTH_TO_SPACE_MODE = { DCR: 0, CRD: 1 } as const satisfies Record<DepthToSpaceMode, number>;

/** Optional attributes of {@link depthToSpace}; a key left out takes the engine's default. */
export interface DepthToSpaceOptions {
  /**
   * Channel order inside a block.
   *
   * @defaultValue `"DCR"`
   */
  mode?: DepthToSpaceMode;
}

/**
 * Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].
 *
 * DCR (depth-column-row) reads channel (i*b + j)*C' + c for output (c, h*b + i, w*b + j); CRD reads channel c*b^2 + i*b + j. The inverse of space_to_depth is DCR.
 *
 * @param x - 4-D input [N, C, H, W]; C divisible by blocksize^2.
 * @param blocksize - Edge of the spatial blocks. Range: [1, 1048576].
 * @param options - Optional attributes (see {@link DepthToSpaceOptions}).
 * @param options.mode - Channel order inside a block. Default: `"DCR"`.
 * @returns [N, C/b^2, H*b, W*b], x's dtype.
 * @example
 * ```ts
 * // 8 channels into 2x2 blocks
 * const y = depthToSpace(Tensor.from([[[[0]], [[1]], [[2]], [[3]], [[4]], [[5]], [[6]], [[7]]]], { dtype: "float32" }), 2);
 * // y: float32 [1, 2, 2, 2] = [[[[0, 2], [4, 6]], [[1, 3], [5, 7]]]]
 * ```
 */
export function depthToSpace(x: TensorLike, blocksize: number, options: DepthToSpaceOptions = {}): Tensor {
  return call1(OPS.depth_to_space, [x], [
    blocksize,
    options.mode === undefined ? undefined : enumIndex(DEPTH_TO_SPACE_MODE, options.mode, "depth_to_space", "mode"),
  ]);
}

/**
 * Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].
 *
 * Output channel (i*b + j)*C + c holds x[c, h*b + i, w*b + j] (the inverse of depth_to_space in DCR mode).
 *
 * @param x - 4-D input [N, C, H, W]; H and W divisible by blocksize.
 * @param blocksize - Edge of the spatial blocks. Range: [1, 1048576].
 * @returns [N, C*b^2, H/b, W/b], x's dtype.
 * @example
 * ```ts
 * // 2x2 blocks of 2 channels
 * const y = spaceToDepth(Tensor.from([[[[0, 2], [4, 6]], [[1, 3], [5, 7]]]], { dtype: "float32" }), 2);
 * // y: float32 [1, 8, 1, 1] = [[[[0]], [[1]], [[2]], [[3]], [[4]], [[5]], [[6]], [[7]]]]
 * ```
 */
export function spaceToDepth(x: TensorLike, blocksize: number): Tensor {
  return call1(OPS.space_to_depth, [x], [blocksize]);
}

/** Optional attributes of {@link dropout}; a key left out takes the engine's default. */
export interface DropoutOptions {
  /**
   * Probability of dropping an element, in [0, 1).
   * Range: [0, 1].
   *
   * @defaultValue `0.5`
   */
  ratio?: number;
  /**
   * Apply dropout (true) or pass x through unchanged (false, inference).
   *
   * @defaultValue `false`
   */
  training?: boolean;
  /**
   * Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic).
   *
   * @defaultValue `0`
   */
  seed?: number;
}

/**
 * Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).
 *
 * With training false (the default) or ratio 0, y is x and mask is all true. While training, element i is kept when u_i >= ratio, where u_i = (s_i >> 11) * 2^-53 and s_i is output i (counting from 0) of the SplitMix64 generator seeded with `seed`: the same seed gives the same mask for the same shape on every machine and thread count. seed 0 draws a fresh seed from a thread-local engine generator on every call (not reproducible).
 *
 * @param x - Input tensor.
 * @param options - Optional attributes (see {@link DropoutOptions}).
 * @param options.ratio - Probability of dropping an element, in [0, 1). Range: [0, 1]. Default: `0.5`.
 * @param options.training - Apply dropout (true) or pass x through unchanged (false, inference). Default: `false`.
 * @param options.seed - Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic). Default: `0`.
 * @returns `[y, mask]`
 * - `y`: x with dropped elements zeroed and kept ones scaled by 1 / (1 - ratio); x's shape and dtype.
 * - `mask`: True where the element was kept; x's shape.
 * @example
 * ```ts
 * // training, seed 7 (the first four draws u_i are 0.390, 0.017, 0.901, 0.583)
 * const [y, mask] = dropout(Tensor.from([[1, 2], [3, 4]], { dtype: "float64" }), { ratio: 0.5, training: true, seed: 7 });
 * // y: float64 [2, 2] = [[0, 0], [6, 8]]
 * // mask: bool [2, 2] = [[false, false], [true, true]]
 * ```
 */
export function dropout(x: TensorLike, options: DropoutOptions = {}): [Tensor, Tensor] {
  return callN(OPS.dropout, [x], [
    options.ratio,
    options.training,
    options.seed,
  ]) as [Tensor, Tensor];
}

/** Optional attributes of {@link gemm}; a key left out takes the engine's default. */
export interface GemmOptions {
  /**
   * Scale of the product op(a) @ op(b).
   *
   * @defaultValue `1`
   */
  alpha?: number;
  /**
   * Scale of c.
   *
   * @defaultValue `1`
   */
  beta?: number;
  /**
   * Use a transposed.
   *
   * @defaultValue `false`
   */
  transA?: boolean;
  /**
   * Use b transposed.
   *
   * @defaultValue `false`
   */
  transB?: boolean;
}

/**
 * General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).
 *
 * op(a) is a or its transpose (trans_a), likewise op(b); op(a) is [M, K] and op(b) is [K, N]. c is optional and broadcasts to [M, N] (a scalar, a row [N], a column [M, 1] or the full matrix); beta = 0 ignores c. Runs through OpenBLAS sgemm/dgemm; transposed views of a and b are passed to BLAS without a copy.
 *
 * @param a - Left matrix [M, K] ([K, M] with trans_a).
 * @param b - Right matrix [K, N] ([N, K] with trans_b).
 * @param c - Addend broadcastable to [M, N] (optional). Optional.
 * @param options - Optional attributes (see {@link GemmOptions}).
 * @param options.alpha - Scale of the product op(a) @ op(b). Default: `1`.
 * @param options.beta - Scale of c. Default: `1`.
 * @param options.transA - Use a transposed. Default: `false`.
 * @param options.transB - Use b transposed. Default: `false`.
 * @returns Result [M, N], the dtype of a.
 * @example
 * ```ts
 * // a^T @ b * 2 + row bias
 * const y = gemm(Tensor.from([[1, 3], [2, 4]], { dtype: "float64" }), Tensor.from([[5, 6], [7, 8]], { dtype: "float64" }), Tensor.from([1, 2], { dtype: "float64" }), { alpha: 2, transA: true });
 * // y: float64 [2, 2] = [[39, 46], [87, 102]]
 * ```
 */
export function gemm(a: TensorLike, b: TensorLike, c?: TensorLike | undefined, options: GemmOptions = {}): Tensor {
  return call1(OPS.gemm, [a, b, c], [options.alpha, options.beta, options.transA, options.transB]);
}

/**
 * Einstein summation over the operands as described by an equation such as "ij,jk->ik".
 *
 * NumPy / ONNX einsum. Each operand has a term of letters (a-z, A-Z), one per dimension; terms are separated by commas and the output term follows '->'. Without '->' the output holds the '...' dimensions and then every letter that appears exactly once, in ASCII order (upper case first). Labels missing from the output are summed; a label repeated within one term takes that operand's diagonal; '...' stands for broadcast dimensions (right-aligned across operands). A dimension of size 1 broadcasts against the same label of another operand. Operands are contracted left to right, each pair as one batched matrix product (BLAS for floats); spaces in the equation are ignored.
 *
 * @param inputs - Operands (one or more), all of one dtype. One or more tensors.
 * @param equation - The subscripts, e.g. "bij,bjk->bik", "ii->i", "...ij->...ji".
 * @returns The result, with the dtype of the operands.
 * @example
 * ```ts
 * // matrix product
 * const y = einsum([Tensor.from([[1, 2, 3], [4, 5, 6]], { dtype: "float64" }), Tensor.from([[7, 8], [9, 10], [11, 12]], { dtype: "float64" })], "ij,jk->ik");
 * // y: float64 [2, 2] = [[58, 64], [139, 154]]
 * ```
 */
export function einsum(inputs: TensorLike[], equation: string): Tensor {
  return call1(OPS.einsum, inputs, [equation]);
}

/** Values of `resize`'s `mode` attribute. */
export type ResizeMode = "nearest" | "linear" | "cubic";

const RESIZE_MODE = { nearest: 0, linear: 1, cubic: 2 } as const satisfies Record<ResizeMode, number>;

/** Values of `resize`'s `coordinate_transformation_mode` attribute. */
export type ResizeCoordinateTransformationMode = "half_pixel" | "asymmetric" | "align_corners" | "pytorch_half_pixel";

const RESIZE_COORDINATE_TRANSFORMATION_MODE = { half_pixel: 0, asymmetric: 1, align_corners: 2, pytorch_half_pixel: 3 } as const satisfies Record<ResizeCoordinateTransformationMode, number>;

/** Values of `resize`'s `nearest_mode` attribute. */
export type ResizeNearestMode = "round_prefer_floor" | "round_prefer_ceil" | "floor" | "ceil";

const RESIZE_NEAREST_MODE = { round_prefer_floor: 0, round_prefer_ceil: 1, floor: 2, ceil: 3 } as const satisfies Record<ResizeNearestMode, number>;

/** Optional attributes of {@link resize}; a key left out takes the engine's default. */
export interface ResizeOptions {
  /**
   * Interpolation: nearest neighbour, (multi)linear or cubic.
   *
   * @defaultValue `"nearest"`
   */
  mode?: ResizeMode;
  /**
   * Scale per dimension of x (positive); empty when sizes is given.
   *
   * @defaultValue `[]`
   */
  scales?: number[];
  /**
   * Output size per dimension of x; empty when scales is given.
   *
   * @defaultValue `[]`
   */
  sizes?: number[];
  /**
   * How an output index maps to a source coordinate.
   *
   * @defaultValue `"half_pixel"`
   */
  coordinateTransformationMode?: ResizeCoordinateTransformationMode;
  /**
   * How nearest rounds a fractional source coordinate (mode nearest only).
   *
   * @defaultValue `"round_prefer_floor"`
   */
  nearestMode?: ResizeNearestMode;
  /**
   * Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's).
   *
   * @defaultValue `-0.75`
   */
  cubicCoeffA?: number;
  /**
   * Give taps outside the input weight 0 and renormalize the rest (mode cubic).
   *
   * @defaultValue `false`
   */
  excludeOutside?: boolean;
}

/**
 * Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).
 *
 * Give exactly one of scales (output dimension = floor(input * scale)) or sizes, one entry per dimension of x (use 1 / the input size for the dimensions to keep, e.g. N and C). The source coordinate of output index o is (o + 0.5) / scale - 0.5 for half_pixel, o / scale for asymmetric, o * (in - 1) / (in * scale - 1) for align_corners and half_pixel but 0 when out = 1 for pytorch_half_pixel; with sizes, scale = out / in. nearest rounds it by nearest_mode, linear interpolates between the two neighbours, cubic uses Keys' cubic convolution over the four neighbours floor(x) - 1 .. floor(x) + 2 with coefficient cubic_coeff_a; coordinates and taps outside the input clamp to the edge (with exclude_outside, taps outside get weight 0 and the others are renormalized). N-d interpolation is separable (bilinear / bicubic for 2 resized axes).
 *
 * @param x - Input tensor, e.g. [N, C, H, W].
 * @param options - Optional attributes (see {@link ResizeOptions}).
 * @param options.mode - Interpolation: nearest neighbour, (multi)linear or cubic. Default: `"nearest"`.
 * @param options.scales - Scale per dimension of x (positive); empty when sizes is given. Default: `[]`.
 * @param options.sizes - Output size per dimension of x; empty when scales is given. Default: `[]`.
 * @param options.coordinateTransformationMode - How an output index maps to a source coordinate. Default: `"half_pixel"`.
 * @param options.nearestMode - How nearest rounds a fractional source coordinate (mode nearest only). Default: `"round_prefer_floor"`.
 * @param options.cubicCoeffA - Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's). Default: `-0.75`.
 * @param options.excludeOutside - Give taps outside the input weight 0 and renormalize the rest (mode cubic). Default: `false`.
 * @returns The resized tensor, x's dtype.
 * @example
 * ```ts
 * // bilinear 2x upsampling, half_pixel
 * const y = resize(Tensor.from([[[[1, 2], [3, 4]]]], { dtype: "float32" }), { mode: "linear", scales: [1, 1, 2, 2] });
 * // y: float32 [1, 1, 4, 4] = [[[[1, 1.25, 1.75, 2], [1.5, 1.75, 2.25, 2.5], [2.5, 2.75, 3.25, 3.5], [3, 3.25, 3.75, 4]]]]
 * ```
 */
export function resize(x: TensorLike, options: ResizeOptions = {}): Tensor {
  return call1(OPS.resize, [x], [
    options.mode === undefined ? undefined : enumIndex(RESIZE_MODE, options.mode, "resize", "mode"),
    options.scales,
    options.sizes,
    options.coordinateTransformationMode === undefined ? undefined : enumIndex(RESIZE_COORDINATE_TRANSFORMATION_MODE, options.coordinateTransformationMode, "resize", "coordinate_transformation_mode"),
    options.nearestMode === undefined ? undefined : enumIndex(RESIZE_NEAREST_MODE, options.nearestMode, "resize", "nearest_mode"),
    options.cubicCoeffA,
    options.excludeOutside,
  ]);
}

/**
 * Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].
 *
 * weight is [V, D] (more trailing dimensions are allowed and carried along); every index must lie in [0, V) — an index outside is an error naming it (negative indices are not wrapped).
 *
 * @param weight - Embedding table [V, D].
 * @param indices - Row indices, any shape, in [0, V).
 * @returns indices.shape + [D], weight's dtype.
 * @example
 * ```ts
 * // two lookups, one repeated
 * const y = embedding(Tensor.from([[0, 1], [10, 11], [20, 21]], { dtype: "float32" }), Tensor.from([[2, 0], [2, 1]], { dtype: "int64" }));
 * // y: float32 [2, 2, 2] = [[[20, 21], [0, 1]], [[20, 21], [10, 11]]]
 * ```
 */
export function embedding(weight: TensorLike, indices: TensorLike): Tensor {
  return call1(OPS.embedding, [weight, indices], []);
}

/** Values of `softmax_cross_entropy`'s `reduction` attribute. */
export type SoftmaxCrossEntropyReduction = "mean" | "sum" | "none";

const SOFTMAX_CROSS_ENTROPY_REDUCTION = { mean: 0, sum: 1, none: 2 } as const satisfies Record<SoftmaxCrossEntropyReduction, number>;

/** Optional attributes of {@link softmaxCrossEntropy}; a key left out takes the engine's default. */
export interface SoftmaxCrossEntropyOptions {
  /**
   * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).
   *
   * @defaultValue `"mean"`
   */
  reduction?: SoftmaxCrossEntropyReduction;
  /**
   * Label value that is skipped (default -100 as in PyTorch); a class label, not a position.
   *
   * @defaultValue `-100`
   */
  ignoreIndex?: number;
}

/**
 * Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).
 *
 * loss[n, d...] = -log_softmax(logits, axis 1)[n, labels[n, d...], d...], computed as x - max - log(sum(exp(x - max))) so large logits do not overflow. Elements whose label equals ignore_index contribute 0 and are not counted: mean divides by the number of counted elements (NaN when there are none). Every other label must lie in [0, C).
 *
 * @param logits - Unnormalized scores [N, C] or [N, C, d1, ...].
 * @param labels - Class indices [N] or [N, d1, ...].
 * @param options - Optional attributes (see {@link SoftmaxCrossEntropyOptions}).
 * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
 * @param options.ignoreIndex - Label value that is skipped (default -100 as in PyTorch); a class label, not a position. Default: `-100`.
 * @returns `[loss, logProb]`
 * - `loss`: A scalar for mean and sum, [N, d1, ...] for none; the dtype of logits.
 * - `logProb`: log_softmax(logits) along the class axis, the shape of logits.
 * @example
 * ```ts
 * // mean over the counted rows; row 3 is ignored
 * const [loss, logProb] = softmaxCrossEntropy(Tensor.from([[1, 2, 3], [0.5, -1, 2], [0, 0, 0]], { dtype: "float64" }), Tensor.from([2, 0, -100], { dtype: "int64" }));
 * // loss: float64 [] = 1.0744586305507688
 * // logProb: float64 [3, 3] = [[-2.4076059644443806, -1.4076059644443804, -0.40760596444438035], [-1.7413112966571571, -3.241311296657157, -0.24131129665715703], [-1.0986122886681096, -1.0986122886681096, -1.0986122886681096]]
 * ```
 */
export function softmaxCrossEntropy(logits: TensorLike, labels: TensorLike, options: SoftmaxCrossEntropyOptions = {}): [Tensor, Tensor] {
  return callN(OPS.softmax_cross_entropy, [logits, labels], [
    options.reduction === undefined ? undefined : enumIndex(SOFTMAX_CROSS_ENTROPY_REDUCTION, options.reduction, "softmax_cross_entropy", "reduction"),
    options.ignoreIndex,
  ]) as [Tensor, Tensor];
}

/** Values of `nll_loss`'s `reduction` attribute. */
export type NllLossReduction = "mean" | "sum" | "none";

const NLL_LOSS_REDUCTION = { mean: 0, sum: 1, none: 2 } as const satisfies Record<NllLossReduction, number>;

/** Optional attributes of {@link nllLoss}; a key left out takes the engine's default. */
export interface NllLossOptions {
  /**
   * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).
   *
   * @defaultValue `"mean"`
   */
  reduction?: NllLossReduction;
  /**
   * Label value that is skipped (default -100 as in PyTorch); a class label, not a position.
   *
   * @defaultValue `-100`
   */
  ignoreIndex?: number;
}

/**
 * Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).
 *
 * loss[n, d...] = -input[n, labels[n, d...], d...]. input usually comes from log_softmax. Labels equal to ignore_index contribute 0 and are not counted by mean (NaN when nothing is counted); every other label must lie in [0, C).
 *
 * @param input - Log-probabilities [N, C] or [N, C, d1, ...].
 * @param labels - Class indices [N] or [N, d1, ...].
 * @param options - Optional attributes (see {@link NllLossOptions}).
 * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
 * @param options.ignoreIndex - Label value that is skipped (default -100 as in PyTorch); a class label, not a position. Default: `-100`.
 * @returns A scalar for mean and sum, [N, d1, ...] for none; the dtype of input.
 * @example
 * ```ts
 * // mean of two picks
 * const loss = nllLoss(Tensor.from([[-0.5, -1.5, -2.5], [-3, -0.25, -1]], { dtype: "float64" }), Tensor.from([1, 2], { dtype: "int64" }));
 * // loss: float64 [] = 1.25
 * ```
 */
export function nllLoss(input: TensorLike, labels: TensorLike, options: NllLossOptions = {}): Tensor {
  return call1(OPS.nll_loss, [input, labels], [
    options.reduction === undefined ? undefined : enumIndex(NLL_LOSS_REDUCTION, options.reduction, "nll_loss", "reduction"),
    options.ignoreIndex,
  ]);
}

/** Values of `mse_loss`'s `reduction` attribute. */
export type MseLossReduction = "mean" | "sum" | "none";

const MSE_LOSS_REDUCTION = { mean: 0, sum: 1, none: 2 } as const satisfies Record<MseLossReduction, number>;

/** Optional attributes of {@link mseLoss}; a key left out takes the engine's default. */
export interface MseLossOptions {
  /**
   * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).
   *
   * @defaultValue `"mean"`
   */
  reduction?: MseLossReduction;
}

/**
 * Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).
 *
 * pred and target must have the same shape and dtype (no broadcasting). mean divides by the number of elements.
 *
 * @param pred - Predictions.
 * @param target - Targets, the shape of pred.
 * @param options - Optional attributes (see {@link MseLossOptions}).
 * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
 * @returns A scalar for mean and sum, pred's shape for none.
 * @example
 * ```ts
 * // mean
 * const loss = mseLoss(Tensor.from([[1, 2], [3, 4]], { dtype: "float64" }), Tensor.from([[1, 0], [4, 1.5]], { dtype: "float64" }));
 * // loss: float64 [] = 2.8125
 * ```
 */
export function mseLoss(pred: TensorLike, target: TensorLike, options: MseLossOptions = {}): Tensor {
  return call1(OPS.mse_loss, [pred, target], [
    options.reduction === undefined ? undefined : enumIndex(MSE_LOSS_REDUCTION, options.reduction, "mse_loss", "reduction"),
  ]);
}

/** Values of `binary_cross_entropy`'s `reduction` attribute. */
export type BinaryCrossEntropyReduction = "mean" | "sum" | "none";

const BINARY_CROSS_ENTROPY_REDUCTION = { mean: 0, sum: 1, none: 2 } as const satisfies Record<BinaryCrossEntropyReduction, number>;

/** Optional attributes of {@link binaryCrossEntropy}; a key left out takes the engine's default. */
export interface BinaryCrossEntropyOptions {
  /**
   * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).
   *
   * @defaultValue `"mean"`
   */
  reduction?: BinaryCrossEntropyReduction;
}

/**
 * Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).
 *
 * Each log is clamped below at -100 as PyTorch does, so p = 0 or 1 give a finite loss. Every p must lie in [0, 1] (an error names the first that does not); targets are usually 0/1 but may be soft labels in [0, 1]. p and t share shape and dtype.
 *
 * @param p - Predicted probabilities in [0, 1].
 * @param target - Targets, the shape of p.
 * @param options - Optional attributes (see {@link BinaryCrossEntropyOptions}).
 * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
 * @returns A scalar for mean and sum, p's shape for none.
 * @example
 * ```ts
 * // mean over three
 * const loss = binaryCrossEntropy(Tensor.from([0.5, 0.9, 0.2], { dtype: "float64" }), Tensor.from([1, 0, 0], { dtype: "float64" }));
 * // loss: float64 [] = 1.0729586082894003
 * ```
 */
export function binaryCrossEntropy(p: TensorLike, target: TensorLike, options: BinaryCrossEntropyOptions = {}): Tensor {
  return call1(OPS.binary_cross_entropy, [p, target], [
    options.reduction === undefined ? undefined : enumIndex(BINARY_CROSS_ENTROPY_REDUCTION, options.reduction, "binary_cross_entropy", "reduction"),
  ]);
}

/** Optional attributes of {@link sgdUpdate}; a key left out takes the engine's default. */
export interface SgdUpdateOptions {
  /**
   * Momentum factor (>= 0); 0 disables momentum.
   * Range: [0, Infinity].
   *
   * @defaultValue `0`
   */
  momentum?: number;
  /**
   * L2 penalty added to the gradient (>= 0).
   * Range: [0, Infinity].
   *
   * @defaultValue `0`
   */
  weightDecay?: number;
  /**
   * Use Nesterov momentum (needs momentum > 0).
   *
   * @defaultValue `false`
   */
  nesterov?: boolean;
}

/**
 * One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).
 *
 * g = grad + weight_decay * weight; new_buf = momentum * buf + g; new_weight = weight - lr * (nesterov ? g + momentum * new_buf : new_buf). A zero buffer before the first step reproduces PyTorch's first step; with momentum 0 the step is plain SGD and new_buf is g. Functional: the inputs are not modified.
 *
 * @param weight - Parameter before the step.
 * @param grad - Gradient of the loss with respect to weight.
 * @param momentumBuffer - Momentum buffer from the previous step; zeros before the first.
 * @param lr - Learning rate (>= 0). Range: [0, Infinity].
 * @param options - Optional attributes (see {@link SgdUpdateOptions}).
 * @param options.momentum - Momentum factor (>= 0); 0 disables momentum. Range: [0, Infinity]. Default: `0`.
 * @param options.weightDecay - L2 penalty added to the gradient (>= 0). Range: [0, Infinity]. Default: `0`.
 * @param options.nesterov - Use Nesterov momentum (needs momentum > 0). Default: `false`.
 * @returns `[newWeight, newMomentumBuffer]`
 * - `newWeight`: Parameter after the step.
 * - `newMomentumBuffer`: Momentum buffer for the next step.
 * @example
 * ```ts
 * // momentum and weight decay
 * const [newWeight, newMomentumBuffer] = sgdUpdate(Tensor.from([1, -2], { dtype: "float64" }), Tensor.from([0.5, 0.25], { dtype: "float64" }), Tensor.from([0.2, 0], { dtype: "float64" }), 0.1, { momentum: 0.9, weightDecay: 0.1 });
 * // newWeight: float64 [2] = [0.922, -2.005]
 * // newMomentumBuffer: float64 [2] = [0.78, 0.05]
 * ```
 */
export function sgdUpdate(weight: TensorLike, grad: TensorLike, momentumBuffer: TensorLike, lr: number, options: SgdUpdateOptions = {}): [Tensor, Tensor] {
  return callN(OPS.sgd_update, [weight, grad, momentumBuffer], [
    lr,
    options.momentum,
    options.weightDecay,
    options.nesterov,
  ]) as [Tensor, Tensor];
}

/** Optional attributes of {@link adamUpdate}; a key left out takes the engine's default. */
export interface AdamUpdateOptions {
  /**
   * Decay of the first moment, in [0, 1).
   * Range: [0, 1].
   *
   * @defaultValue `0.9`
   */
  beta1?: number;
  /**
   * Decay of the second moment, in [0, 1).
   * Range: [0, 1].
   *
   * @defaultValue `0.999`
   */
  beta2?: number;
  /**
   * Added to the denominator for stability (>= 0).
   * Range: [0, Infinity].
   *
   * @defaultValue `1e-8`
   */
  epsilon?: number;
  /**
   * L2 penalty added to the gradient (>= 0).
   * Range: [0, Infinity].
   *
   * @defaultValue `0`
   */
  weightDecay?: number;
}

/**
 * One Adam step with bias correction and L2 weight decay (torch.optim.Adam).
 *
 * g = grad + weight_decay * weight; new_m = beta1 * m + (1 - beta1) * g; new_v = beta2 * v + (1 - beta2) * g^2; new_weight = weight - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.
 *
 * @param weight - Parameter before the step.
 * @param grad - Gradient of the loss with respect to weight.
 * @param m - First-moment (mean) estimate from the previous step; zeros before the first.
 * @param v - Second-moment (uncentered variance) estimate from the previous step; zeros before the first.
 * @param lr - Learning rate (>= 0). Range: [0, Infinity].
 * @param step - Number of this step, counting from 1 (for bias correction). Range: [1, 9007199254740991].
 * @param options - Optional attributes (see {@link AdamUpdateOptions}).
 * @param options.beta1 - Decay of the first moment, in [0, 1). Range: [0, 1]. Default: `0.9`.
 * @param options.beta2 - Decay of the second moment, in [0, 1). Range: [0, 1]. Default: `0.999`.
 * @param options.epsilon - Added to the denominator for stability (>= 0). Range: [0, Infinity]. Default: `1e-8`.
 * @param options.weightDecay - L2 penalty added to the gradient (>= 0). Range: [0, Infinity]. Default: `0`.
 * @returns `[newWeight, newM, newV]`
 * - `newWeight`: Parameter after the step.
 * - `newM`: Updated first moment.
 * - `newV`: Updated second moment.
 * @example
 * ```ts
 * // first step with weight decay
 * const [newWeight, newM, newV] = adamUpdate(Tensor.from([1, -0.5], { dtype: "float64" }), Tensor.from([0.1, 0.2], { dtype: "float64" }), Tensor.from([0, 0], { dtype: "float64" }), Tensor.from([0, 0], { dtype: "float64" }), 0.01, 1, { weightDecay: 0.1 });
 * // newWeight: float64 [2] = [0.9900000005, -0.5099999993333334]
 * // newM: float64 [2] = [0.019999999999999997, 0.015]
 * // newV: float64 [2] = [0.000040000000000000044, 0.000022500000000000025]
 * ```
 */
export function adamUpdate(weight: TensorLike, grad: TensorLike, m: TensorLike, v: TensorLike, lr: number, step: number, options: AdamUpdateOptions = {}): [Tensor, Tensor, Tensor] {
  return callN(OPS.adam_update, [weight, grad, m, v], [
    lr,
    options.beta1,
    options.beta2,
    options.epsilon,
    options.weightDecay,
    step,
  ]) as [Tensor, Tensor, Tensor];
}

/** Optional attributes of {@link adamwUpdate}; a key left out takes the engine's default. */
export interface AdamwUpdateOptions {
  /**
   * Decay of the first moment, in [0, 1).
   * Range: [0, 1].
   *
   * @defaultValue `0.9`
   */
  beta1?: number;
  /**
   * Decay of the second moment, in [0, 1).
   * Range: [0, 1].
   *
   * @defaultValue `0.999`
   */
  beta2?: number;
  /**
   * Added to the denominator for stability (>= 0).
   * Range: [0, Infinity].
   *
   * @defaultValue `1e-8`
   */
  epsilon?: number;
  /**
   * Decoupled weight decay: the weight shrinks by lr * weight_decay each step (>= 0).
   * Range: [0, Infinity].
   *
   * @defaultValue `0.01`
   */
  weightDecay?: number;
}

/**
 * One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).
 *
 * new_m = beta1 * m + (1 - beta1) * grad; new_v = beta2 * v + (1 - beta2) * grad^2; new_weight = weight * (1 - lr * weight_decay) - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.
 *
 * @param weight - Parameter before the step.
 * @param grad - Gradient of the loss with respect to weight.
 * @param m - First-moment (mean) estimate from the previous step; zeros before the first.
 * @param v - Second-moment (uncentered variance) estimate from the previous step; zeros before the first.
 * @param lr - Learning rate (>= 0). Range: [0, Infinity].
 * @param step - Number of this step, counting from 1 (for bias correction). Range: [1, 9007199254740991].
 * @param options - Optional attributes (see {@link AdamwUpdateOptions}).
 * @param options.beta1 - Decay of the first moment, in [0, 1). Range: [0, 1]. Default: `0.9`.
 * @param options.beta2 - Decay of the second moment, in [0, 1). Range: [0, 1]. Default: `0.999`.
 * @param options.epsilon - Added to the denominator for stability (>= 0). Range: [0, Infinity]. Default: `1e-8`.
 * @param options.weightDecay - Decoupled weight decay: the weight shrinks by lr * weight_decay each step (>= 0). Range: [0, Infinity]. Default: `0.01`.
 * @returns `[newWeight, newM, newV]`
 * - `newWeight`: Parameter after the step.
 * - `newM`: Updated first moment.
 * - `newV`: Updated second moment.
 * @example
 * ```ts
 * // third step
 * const [newWeight, newM, newV] = adamwUpdate(Tensor.from([1, -0.5], { dtype: "float64" }), Tensor.from([0.1, -0.2], { dtype: "float64" }), Tensor.from([0.05, 0.01], { dtype: "float64" }), Tensor.from([0.001, 0.002], { dtype: "float64" }), 0.001, 3);
 * // newWeight: float64 [2] = [0.999640222997254, -0.4999457773781082]
 * // newM: float64 [2] = [0.05500000000000001, -0.010999999999999996]
 * // newV: float64 [2] = [0.0010090000000000001, 0.0020380000000000003]
 * ```
 */
export function adamwUpdate(weight: TensorLike, grad: TensorLike, m: TensorLike, v: TensorLike, lr: number, step: number, options: AdamwUpdateOptions = {}): [Tensor, Tensor, Tensor] {
  return callN(OPS.adamw_update, [weight, grad, m, v], [
    lr,
    options.beta1,
    options.beta2,
    options.epsilon,
    options.weightDecay,
    step,
  ]) as [Tensor, Tensor, Tensor];
}

/** Values of `conv`'s `auto_pad` attribute. */
export type ConvAutoPad = "NOTSET" | "SAME_UPPER" | "SAME_LOWER" | "VALID";

const CONV_AUTO_PAD = { NOTSET: 0, SAME_UPPER: 1, SAME_LOWER: 2, VALID: 3 } as const satisfies Record<ConvAutoPad, number>;

/** Optional attributes of {@link conv}; a key left out takes the engine's default. */
export interface ConvOptions {
  /**
   * Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  strides?: number[];
  /**
   * Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
   *
   * @defaultValue `[]`
   */
  pads?: number[];
  /**
   * Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  dilations?: number[];
  /**
   * Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts.
   * Range: [1, 2147483648].
   *
   * @defaultValue `1`
   */
  group?: number;
  /**
   * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.
   *
   * @defaultValue `"NOTSET"`
   */
  autoPad?: ConvAutoPad;
}

/**
 * N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.
 *
 * x is [N, C, *spatial] with 1 to 3 spatial axes, w is [M, C/group, *kernel] and b is [M]. y[n, m, o] = b[m] + sum over c in m's group and kernel taps k of x[n, c, o*stride - pad_begin + k*dilation] * w[m, c, k], the input being zero outside its bounds. Each output axis has floor((in + pad_begin + pad_end - ((kernel - 1) * dilation + 1)) / stride) + 1 elements. float32 runs through oneDNN; float64 through direct loops.
 *
 * @param x - Input [N, C, *spatial] (1 to 3 spatial axes).
 * @param w - Kernel [M, C/group, *kernel] (same rank as x).
 * @param b - Bias [M], added to every output of channel m; absent means no bias. Optional.
 * @param options - Optional attributes (see {@link ConvOptions}).
 * @param options.strides - Step of the window per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.pads - Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. Default: `[]`.
 * @param options.dilations - Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.group - Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648]. Default: `1`.
 * @param options.autoPad - How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Default: `"NOTSET"`.
 * @returns Output [N, M, *out_spatial], x's dtype.
 * @example
 * ```ts
 * // 3x3 input, 2x2 kernel, bias
 * const y = conv(Tensor.from([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]], { dtype: "float32" }), Tensor.from([[[[1, 2], [3, 4]]]], { dtype: "float32" }), Tensor.from([1], { dtype: "float32" }));
 * // y: float32 [1, 1, 2, 2] = [[[[38, 48], [68, 78]]]]
 * ```
 */
export function conv(x: TensorLike, w: TensorLike, b?: TensorLike | undefined, options: ConvOptions = {}): Tensor {
  return call1(OPS.conv, [x, w, b], [
    options.strides,
    options.pads,
    options.dilations,
    options.group,
    options.autoPad === undefined ? undefined : enumIndex(CONV_AUTO_PAD, options.autoPad, "conv", "auto_pad"),
  ]);
}

/** Values of `conv_transpose`'s `auto_pad` attribute. */
export type ConvTransposeAutoPad = "NOTSET" | "SAME_UPPER" | "SAME_LOWER" | "VALID";

const CONV_TRANSPOSE_AUTO_PAD = { NOTSET: 0, SAME_UPPER: 1, SAME_LOWER: 2, VALID: 3 } as const satisfies Record<ConvTransposeAutoPad, number>;

/** Optional attributes of {@link convTranspose}; a key left out takes the engine's default. */
export interface ConvTransposeOptions {
  /**
   * Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  strides?: number[];
  /**
   * Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
   *
   * @defaultValue `[]`
   */
  pads?: number[];
  /**
   * Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  dilations?: number[];
  /**
   * Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts.
   * Range: [1, 2147483648].
   *
   * @defaultValue `1`
   */
  group?: number;
  /**
   * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.
   *
   * @defaultValue `"NOTSET"`
   */
  autoPad?: ConvTransposeAutoPad;
  /**
   * Extra elements added at the end of each spatial axis of the output (each below the stride); empty means 0.
   *
   * @defaultValue `[]`
   */
  outputPadding?: number[];
  /**
   * Requested output spatial size (or [N, C, spatial...]); when given, the pads are derived from it and the pads attribute is ignored. Empty: computed from pads.
   *
   * @defaultValue `[]`
   */
  outputShape?: number[];
}

/**
 * N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.
 *
 * x is [N, C, *spatial], w is [C, M/group, *kernel] and b is [M]; every input element scatters x[n, c, i] * w[c, m, k] into y[n, m, i*stride - pad_begin + k*dilation]. Each output axis has stride * (in - 1) + output_padding + (kernel - 1) * dilation + 1 - pad_begin - pad_end elements; output_shape, when given, chooses the pads instead (ONNX rule: the larger half goes first unless auto_pad is SAME_UPPER). float32 runs through oneDNN; float64 through direct loops.
 *
 * @param x - Input [N, C, *spatial] (1 to 3 spatial axes).
 * @param w - Kernel [C, M/group, *kernel] (same rank as x).
 * @param b - Bias [M], added to every output of channel m; absent means no bias. Optional.
 * @param options - Optional attributes (see {@link ConvTransposeOptions}).
 * @param options.strides - Step of the window per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.pads - Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. Default: `[]`.
 * @param options.dilations - Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.group - Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648]. Default: `1`.
 * @param options.autoPad - How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Default: `"NOTSET"`.
 * @param options.outputPadding - Extra elements added at the end of each spatial axis of the output (each below the stride); empty means 0. Default: `[]`.
 * @param options.outputShape - Requested output spatial size (or [N, C, spatial...]); when given, the pads are derived from it and the pads attribute is ignored. Empty: computed from pads. Default: `[]`.
 * @returns Output [N, M, *out_spatial], x's dtype.
 * @example
 * ```ts
 * // 1-D, stride 2, bias
 * const y = convTranspose(Tensor.from([[[1, 2, 3]]], { dtype: "float64" }), Tensor.from([[[1, -1]]], { dtype: "float64" }), Tensor.from([0.5], { dtype: "float64" }), { strides: [2] });
 * // y: float64 [1, 1, 6] = [[[1.5, -0.5, 2.5, -1.5, 3.5, -2.5]]]
 * ```
 */
export function convTranspose(x: TensorLike, w: TensorLike, b?: TensorLike | undefined, options: ConvTransposeOptions = {}): Tensor {
  return call1(OPS.conv_transpose, [x, w, b], [
    options.strides,
    options.pads,
    options.dilations,
    options.group,
    options.autoPad === undefined ? undefined : enumIndex(CONV_TRANSPOSE_AUTO_PAD, options.autoPad, "conv_transpose", "auto_pad"),
    options.outputPadding,
    options.outputShape,
  ]);
}

/** Values of `max_pool`'s `auto_pad` attribute. */
export type MaxPoolAutoPad = "NOTSET" | "SAME_UPPER" | "SAME_LOWER" | "VALID";

const MAX_POOL_AUTO_PAD = { NOTSET: 0, SAME_UPPER: 1, SAME_LOWER: 2, VALID: 3 } as const satisfies Record<MaxPoolAutoPad, number>;

/** Optional attributes of {@link maxPool}; a key left out takes the engine's default. */
export interface MaxPoolOptions {
  /**
   * Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  strides?: number[];
  /**
   * Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
   *
   * @defaultValue `[]`
   */
  pads?: number[];
  /**
   * Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  dilations?: number[];
  /**
   * Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding).
   *
   * @defaultValue `false`
   */
  ceilMode?: boolean;
  /**
   * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.
   *
   * @defaultValue `"NOTSET"`
   */
  autoPad?: MaxPoolAutoPad;
}

/**
 * Maximum over sliding windows of the spatial axes.
 *
 * x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Padding never wins: it is ignored, as -infinity would be.
 *
 * @param x - Input [N, C, *spatial] (1 to 3 spatial axes).
 * @param kernelShape - Window size per spatial axis (each >= 1).
 * @param options - Optional attributes (see {@link MaxPoolOptions}).
 * @param options.strides - Step of the window per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.pads - Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. Default: `[]`.
 * @param options.dilations - Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.ceilMode - Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). Default: `false`.
 * @param options.autoPad - How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Default: `"NOTSET"`.
 * @returns Window maxima [N, C, *out_spatial], x's dtype.
 * @example
 * ```ts
 * // 2x2 windows, stride 1
 * const y = maxPool(Tensor.from([[[[1, 5, 2], [4, 3, 8], [0, 9, 6]]]], { dtype: "float64" }), [2, 2]);
 * // y: float64 [1, 1, 2, 2] = [[[[5, 8], [9, 9]]]]
 * ```
 */
export function maxPool(x: TensorLike, kernelShape: number[], options: MaxPoolOptions = {}): Tensor {
  return call1(OPS.max_pool, [x], [
    kernelShape,
    options.strides,
    options.pads,
    options.dilations,
    options.ceilMode,
    options.autoPad === undefined ? undefined : enumIndex(MAX_POOL_AUTO_PAD, options.autoPad, "max_pool", "auto_pad"),
  ]);
}

/** Values of `avg_pool`'s `auto_pad` attribute. */
export type AvgPoolAutoPad = "NOTSET" | "SAME_UPPER" | "SAME_LOWER" | "VALID";

const AVG_POOL_AUTO_PAD = { NOTSET: 0, SAME_UPPER: 1, SAME_LOWER: 2, VALID: 3 } as const satisfies Record<AvgPoolAutoPad, number>;

/** Optional attributes of {@link avgPool}; a key left out takes the engine's default. */
export interface AvgPoolOptions {
  /**
   * Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  strides?: number[];
  /**
   * Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
   *
   * @defaultValue `[]`
   */
  pads?: number[];
  /**
   * Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis.
   *
   * @defaultValue `[]`
   */
  dilations?: number[];
  /**
   * Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding).
   *
   * @defaultValue `false`
   */
  ceilMode?: boolean;
  /**
   * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.
   *
   * @defaultValue `"NOTSET"`
   */
  autoPad?: AvgPoolAutoPad;
  /**
   * Count padding elements (as zeros) in each window's divisor.
   *
   * @defaultValue `false`
   */
  countIncludePad?: boolean;
}

/**
 * Mean over sliding windows of the spatial axes.
 *
 * x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Each window divides by the number of its taps inside the input, or with count_include_pad by the number inside the padded extent [-pad_begin, in + pad_end) (taps that ceil_mode adds past the end are never counted).
 *
 * @param x - Input [N, C, *spatial] (1 to 3 spatial axes).
 * @param kernelShape - Window size per spatial axis (each >= 1).
 * @param options - Optional attributes (see {@link AvgPoolOptions}).
 * @param options.strides - Step of the window per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.pads - Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. Default: `[]`.
 * @param options.dilations - Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
 * @param options.ceilMode - Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). Default: `false`.
 * @param options.autoPad - How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Default: `"NOTSET"`.
 * @param options.countIncludePad - Count padding elements (as zeros) in each window's divisor. Default: `false`.
 * @returns Window means [N, C, *out_spatial], x's dtype.
 * @example
 * ```ts
 * // 2x2 windows, stride 1
 * const y = avgPool(Tensor.from([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]], { dtype: "float64" }), [2, 2]);
 * // y: float64 [1, 1, 2, 2] = [[[[3, 4], [6, 7]]]]
 * ```
 */
export function avgPool(x: TensorLike, kernelShape: number[], options: AvgPoolOptions = {}): Tensor {
  return call1(OPS.avg_pool, [x], [
    kernelShape,
    options.strides,
    options.pads,
    options.dilations,
    options.ceilMode,
    options.autoPad === undefined ? undefined : enumIndex(AVG_POOL_AUTO_PAD, options.autoPad, "avg_pool", "auto_pad"),
    options.countIncludePad,
  ]);
}

/**
 * Mean over all spatial axes, keeping them as size 1.
 *
 * x is [N, C, *spatial] (at least one spatial axis); y[n, c, 1, ...] is the mean of x[n, c].
 *
 * @param x - Input [N, C, *spatial].
 * @returns Means [N, C, 1, ...], x's rank and dtype.
 * @example
 * ```ts
 * // two channels
 * const y = globalAvgPool(Tensor.from([[[[1, 2], [3, 4]], [[-1, 0], [1, 8]]]], { dtype: "float64" }));
 * // y: float64 [1, 2, 1, 1] = [[[[2.5]], [[2]]]]
 * ```
 */
export function globalAvgPool(x: TensorLike): Tensor {
  return call1(OPS.global_avg_pool, [x], []);
}

/**
 * Maximum over all spatial axes, keeping them as size 1.
 *
 * x is [N, C, *spatial] (at least one non-empty spatial axis); y[n, c, 1, ...] is the maximum of x[n, c]. NaN propagates.
 *
 * @param x - Input [N, C, *spatial].
 * @returns Maxima [N, C, 1, ...], x's rank and dtype.
 * @example
 * ```ts
 * // 1-D, two channels
 * const y = globalMaxPool(Tensor.from([[[1, 7, 3], [-4, -2, -9]]], { dtype: "float64" }));
 * // y: float64 [1, 2, 1] = [[[7], [-2]]]
 * ```
 */
export function globalMaxPool(x: TensorLike): Tensor {
  return call1(OPS.global_max_pool, [x], []);
}

/** Optional attributes of {@link batchNorm}; a key left out takes the engine's default. */
export interface BatchNormOptions {
  /**
   * Added to the variance before the square root (>= 0).
   * Range: [0, 1000000].
   *
   * @defaultValue `0.00001`
   */
  epsilon?: number;
}

/**
 * Batch normalization with given statistics (inference form).
 *
 * y = (x - mean[c]) / sqrt(variance[c] + epsilon) * scale[c] + bias[c] along the channel axis 1 of x [N, C, ...]. The statistics are inputs (running averages); training-mode statistics are not computed here. float32 runs through oneDNN.
 *
 * @param x - Input [N, C, ...].
 * @param scale - Per-channel scale (gamma) [C].
 * @param bias - Per-channel shift (beta) [C].
 * @param mean - Per-channel mean [C].
 * @param variance - Per-channel variance [C] (plus epsilon, must stay positive).
 * @param options - Optional attributes (see {@link BatchNormOptions}).
 * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
 * @returns Normalized x, same shape and dtype.
 * @example
 * ```ts
 * // two channels
 * const y = batchNorm(Tensor.from([[[1, 3], [10, 20]]], { dtype: "float32" }), Tensor.from([2, 1], { dtype: "float32" }), Tensor.from([0, 1], { dtype: "float32" }), Tensor.from([2, 15], { dtype: "float32" }), Tensor.from([4, 25], { dtype: "float32" }), { epsilon: 0 });
 * // y: float32 [1, 2, 2] = [[[-1, 1], [0, 2]]]
 * ```
 */
export function batchNorm(x: TensorLike, scale: TensorLike, bias: TensorLike, mean: TensorLike, variance: TensorLike, options: BatchNormOptions = {}): Tensor {
  return call1(OPS.batch_norm, [x, scale, bias, mean, variance], [options.epsilon]);
}

/** Optional attributes of {@link instanceNorm}; a key left out takes the engine's default. */
export interface InstanceNormOptions {
  /**
   * Added to the variance before the square root (>= 0).
   * Range: [0, 1000000].
   *
   * @defaultValue `0.00001`
   */
  epsilon?: number;
}

/**
 * Instance normalization: each (sample, channel) normalized over its spatial axes.
 *
 * y[n, c] = (x[n, c] - mean) / sqrt(var + epsilon) * scale[c] + bias[c], the mean and (biased) variance taken over the spatial axes of x[n, c]. float32 runs through oneDNN.
 *
 * @param x - Input [N, C, spatial...].
 * @param scale - Per-channel scale [C].
 * @param bias - Per-channel shift [C].
 * @param options - Optional attributes (see {@link InstanceNormOptions}).
 * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
 * @returns Normalized x, same shape and dtype.
 * @example
 * ```ts
 * // two channels of four values
 * const y = instanceNorm(Tensor.from([[[1, 2, 3, 4], [2, 2, 6, 6]]], { dtype: "float64" }), Tensor.from([1, 2], { dtype: "float64" }), Tensor.from([0, 1], { dtype: "float64" }));
 * // y: float64 [1, 2, 4] = [[[-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269], [-0.9999975000046875, -0.9999975000046875, 2.9999975000046875, 2.9999975000046875]]]
 * ```
 */
export function instanceNorm(x: TensorLike, scale: TensorLike, bias: TensorLike, options: InstanceNormOptions = {}): Tensor {
  return call1(OPS.instance_norm, [x, scale, bias], [options.epsilon]);
}

/** Optional attributes of {@link layerNorm}; a key left out takes the engine's default. */
export interface LayerNormOptions {
  /**
   * First normalized axis; negative counts from the end.
   *
   * @defaultValue `-1`
   */
  axis?: number;
  /**
   * Added to the variance before the square root (>= 0).
   * Range: [0, 1000000].
   *
   * @defaultValue `0.00001`
   */
  epsilon?: number;
}

/**
 * Layer normalization over the trailing axes from `axis` on, with optional scale and bias.
 *
 * y = (x - mean) / sqrt(var + epsilon) * scale + bias, the mean and (biased) variance taken over axes axis .. rank-1 of x for each index of the leading axes. scale and bias have the normalized shape x.shape[axis:]. float32 runs through oneDNN.
 *
 * @param x - Input tensor (at least 1-D).
 * @param scale - Scale with shape x.shape[axis:]; absent means 1. Optional.
 * @param bias - Shift with shape x.shape[axis:]; absent means 0. Optional.
 * @param options - Optional attributes (see {@link LayerNormOptions}).
 * @param options.axis - First normalized axis; negative counts from the end. Default: `-1`.
 * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
 * @returns Normalized x, same shape and dtype.
 * @example
 * ```ts
 * // rows of three, scale and bias
 * const y = layerNorm(Tensor.from([[1, 2, 3], [-1, 0, 4]], { dtype: "float64" }), Tensor.from([1, 2, 0.5], { dtype: "float64" }), Tensor.from([0, 1, -1], { dtype: "float64" }), { epsilon: 0 });
 * // y: float64 [2, 3] = [[-1.224744871391589, 1, -0.38762756430420553], [-0.9258200997725514, 0.07417990022744858, -0.30563492517058644]]
 * ```
 */
export function layerNorm(x: TensorLike, scale?: TensorLike | undefined, bias?: TensorLike | undefined, options: LayerNormOptions = {}): Tensor {
  return call1(OPS.layer_norm, [x, scale, bias], [options.axis, options.epsilon]);
}

/** Optional attributes of {@link groupNorm}; a key left out takes the engine's default. */
export interface GroupNormOptions {
  /**
   * Added to the variance before the square root (>= 0).
   * Range: [0, 1000000].
   *
   * @defaultValue `0.00001`
   */
  epsilon?: number;
}

/**
 * Group normalization: channels split into num_groups groups, each (sample, group) normalized together.
 *
 * x [N, C, ...] is viewed as [N, num_groups, C / num_groups * spatial]; each block is standardized with its mean and (biased) variance, then y = xhat * scale + bias per channel. scale and bias have C elements (one per channel, as ONNX opset 21 and PyTorch) or num_groups elements (one per group, as ONNX opset 18). float32 runs through oneDNN.
 *
 * @param x - Input [N, C, ...].
 * @param scale - Scale [C] or [num_groups].
 * @param bias - Shift with scale's shape.
 * @param numGroups - Number of channel groups; must divide C. Range: [1, 2147483648].
 * @param options - Optional attributes (see {@link GroupNormOptions}).
 * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
 * @returns Normalized x, same shape and dtype.
 * @example
 * ```ts
 * // four channels in two groups, per-channel scale
 * const y = groupNorm(Tensor.from([[[1, 2], [3, 4], [0, 0], [4, 4]]], { dtype: "float64" }), Tensor.from([1, 1, 2, 2], { dtype: "float64" }), Tensor.from([0, 0, 1, 1], { dtype: "float64" }), 2);
 * // y: float64 [1, 4, 2] = [[[-1.3416354199689269, -0.447211806656309], [0.447211806656309, 1.3416354199689269], [-0.9999975000046875, -0.9999975000046875], [2.9999975000046875, 2.9999975000046875]]]
 * ```
 */
export function groupNorm(x: TensorLike, scale: TensorLike, bias: TensorLike, numGroups: number, options: GroupNormOptions = {}): Tensor {
  return call1(OPS.group_norm, [x, scale, bias], [numGroups, options.epsilon]);
}

/** Optional attributes of {@link lrn}; a key left out takes the engine's default. */
export interface LrnOptions {
  /**
   * Scale of the sum of squares (finite).
   *
   * @defaultValue `0.0001`
   */
  alpha?: number;
  /**
   * Exponent (finite).
   *
   * @defaultValue `0.75`
   */
  beta?: number;
  /**
   * Added before the power (finite; keep bias + alpha/size*sum positive).
   *
   * @defaultValue `1`
   */
  bias?: number;
}

/**
 * Local response normalization across channels.
 *
 * y[n, c] = x[n, c] / (bias + alpha / size * sum of x[n, j]^2 for j in c - floor((size-1)/2) .. c + ceil((size-1)/2))^beta, over x [N, C, ...]. float32 with odd size runs through oneDNN.
 *
 * @param x - Input [N, C, ...].
 * @param size - Number of channels in each window. Range: [1, 2147483648].
 * @param options - Optional attributes (see {@link LrnOptions}).
 * @param options.alpha - Scale of the sum of squares (finite). Default: `0.0001`.
 * @param options.beta - Exponent (finite). Default: `0.75`.
 * @param options.bias - Added before the power (finite; keep bias + alpha/size*sum positive). Default: `1`.
 * @returns Normalized x, same shape and dtype.
 * @example
 * ```ts
 * // three channels, size 3
 * const y = lrn(Tensor.from([[[1], [2], [3]]], { dtype: "float64" }), 3, { alpha: 3, beta: 1, bias: 1 });
 * // y: float64 [1, 3, 1] = [[[0.16666666666666666], [0.13333333333333333], [0.21428571428571427]]]
 * ```
 */
export function lrn(x: TensorLike, size: number, options: LrnOptions = {}): Tensor {
  return call1(OPS.lrn, [x], [size, options.alpha, options.beta, options.bias]);
}
