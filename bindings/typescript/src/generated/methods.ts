// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit

import { Tensor, type TensorLike } from "../tensor";
import type { CastOptions, LogSoftmaxOptions, MaxOptions, MeanOptions, SliceOptions, SoftmaxOptions, SumOptions, TransposeOptions } from "./ops";
import * as ops from "./ops";

declare module "../tensor" {
  interface Tensor {
    /**
     * Element-wise sum a + b.
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    add(b: TensorLike): Tensor;
    /**
     * Element-wise difference a - b.
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    sub(b: TensorLike): Tensor;
    /**
     * Element-wise product a * b.
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    mul(b: TensorLike): Tensor;
    /**
     * Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    div(b: TensorLike): Tensor;
    /**
     * Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    pow(b: TensorLike): Tensor;
    /**
     * Element-wise maximum of a and b (NaN if either is NaN).
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    maximum(b: TensorLike): Tensor;
    /**
     * Element-wise minimum of a and b (NaN if either is NaN).
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    minimum(b: TensorLike): Tensor;
    /**
     * Element-wise negation -x.
     *
     * @returns Result with x's shape and dtype.
     */
    neg(): Tensor;
    /**
     * Element-wise absolute value |x|.
     *
     * @returns Result with x's shape and dtype.
     */
    abs(): Tensor;
    /**
     * Rectified linear unit max(x, 0).
     *
     * @returns Result with x's shape and dtype.
     */
    relu(): Tensor;
    /**
     * Element-wise natural exponential e^x.
     *
     * @returns Result with x's shape and dtype.
     */
    exp(): Tensor;
    /**
     * Element-wise natural logarithm (NaN below 0, -inf at 0).
     *
     * @returns Result with x's shape and dtype.
     */
    log(): Tensor;
    /**
     * Element-wise square root (NaN below 0).
     *
     * @returns Result with x's shape and dtype.
     */
    sqrt(): Tensor;
    /**
     * Element-wise hyperbolic tangent.
     *
     * @returns Result with x's shape and dtype.
     */
    tanh(): Tensor;
    /**
     * Element-wise logistic function 1 / (1 + e^-x).
     *
     * @returns Result with x's shape and dtype.
     */
    sigmoid(): Tensor;
    /**
     * Element-wise a == b.
     *
     * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    equal(b: TensorLike): Tensor;
    /**
     * Element-wise a < b.
     *
     * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    less(b: TensorLike): Tensor;
    /**
     * Element-wise a > b.
     *
     * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    greater(b: TensorLike): Tensor;
    /**
     * Element-wise selection: x where condition is true, else y.
     *
     * condition, x and y broadcast together with NumPy rules; x and y share one dtype.
     *
     * @param x - Values taken where condition is true.
     * @param y - Values taken where condition is false.
     * @returns Selected values with the broadcast shape and x's dtype.
     */
    where(x: TensorLike, y: TensorLike): Tensor;
    /**
     * Converts x to another dtype.
     *
     * Float to integer truncates toward zero and saturates at the integer range (NaN becomes 0); any nonzero value becomes true for bool.
     *
     * @param options - Optional attributes (see {@link CastOptions}).
     * @param options.dtype - Target element type. Default: `"float32"`.
     * @returns x converted to dtype, same shape.
     */
    cast(options?: CastOptions): Tensor;
    /**
     * Matrix product with NumPy semantics.
     *
     * The last two dimensions multiply as matrices and leading (batch) dimensions broadcast. A 1-D a is treated as a row vector and a 1-D b as a column vector; the added dimension is removed from the result. float32 and float64 run through the BLAS library (OpenBLAS).
     *
     * @param b - Right operand [..., k, m] or [k].
     * @returns Product [..., n, m].
     */
    matmul(b: TensorLike): Tensor;
    /**
     * Sum of elements over axes.
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
     *
     * @param options - Optional attributes (see {@link SumOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    sum(options?: SumOptions): Tensor;
    /**
     * Arithmetic mean over axes (integers divide with truncation).
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
     *
     * @param options - Optional attributes (see {@link MeanOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    mean(options?: MeanOptions): Tensor;
    /**
     * Maximum over axes (NaN propagates).
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
     *
     * @param options - Optional attributes (see {@link MaxOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    max(options?: MaxOptions): Tensor;
    /**
     * Gives x a new shape with the same number of elements.
     *
     * One dimension may be -1 and is inferred. The result is a view of x when its layout allows, else a copy.
     *
     * @param shape - New dimension sizes (row-major order); one may be -1.
     * @returns x with the new shape.
     */
    reshape(shape: number[]): Tensor;
    /**
     * Permutes the dimensions of x (a view, no copy).
     *
     * Output dimension i is input dimension perm[i]. An empty perm reverses the dimensions.
     *
     * @param options - Optional attributes (see {@link TransposeOptions}).
     * @param options.perm - A permutation of 0..ndim-1; empty reverses the dimensions. Default: `[]`.
     * @returns x with permuted dimensions.
     */
    transpose(options?: TransposeOptions): Tensor;
    /**
     * Takes a strided sub-range of x along some axes (a view, no copy).
     *
     * ONNX Slice semantics: for each listed axis, elements start, start+step, ... before end. Negative starts/ends count from the end; out-of-range values clamp; negative steps walk backwards.
     *
     * @param starts - First index per sliced axis.
     * @param ends - End index (exclusive) per sliced axis.
     * @param options - Optional attributes (see {@link SliceOptions}).
     * @param options.axes - Axes the starts/ends refer to; empty means 0, 1, ... in order. Default: `[]`.
     * @param options.steps - Step per sliced axis (nonzero); empty means all 1. Default: `[]`.
     * @returns The selected elements.
     */
    slice(starts: number[], ends: number[], options?: SliceOptions): Tensor;
    /**
     * Normalized exponentials along one axis: exp(x) / sum(exp(x)).
     *
     * Computed as exp(x - max) / sum(exp(x - max)) so large inputs do not overflow.
     *
     * @param options - Optional attributes (see {@link SoftmaxOptions}).
     * @param options.axis - Axis to normalize over; negative counts from the end. Default: `-1`.
     * @returns Probabilities along axis (sum to 1), same shape as x.
     */
    softmax(options?: SoftmaxOptions): Tensor;
    /**
     * Logarithm of softmax along one axis: x - log(sum(exp(x))).
     *
     * Computed as x - max - log(sum(exp(x - max))) for stability.
     *
     * @param options - Optional attributes (see {@link LogSoftmaxOptions}).
     * @param options.axis - Axis to normalize over; negative counts from the end. Default: `-1`.
     * @returns Log-probabilities along axis, same shape as x.
     */
    logSoftmax(options?: LogSoftmaxOptions): Tensor;
  }
}

/** Operators installed as Tensor methods (first input = `this`). */
export const METHOD_NAMES = [
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
  "slice",
  "softmax",
  "logSoftmax",
] as const;

// Each method calls the function of the same operator with `this` as its first input.
Tensor.prototype.add = function (this: Tensor, b: TensorLike): Tensor {
  return ops.add(this, b);
};
Tensor.prototype.sub = function (this: Tensor, b: TensorLike): Tensor {
  return ops.sub(this, b);
};
Tensor.prototype.mul = function (this: Tensor, b: TensorLike): Tensor {
  return ops.mul(this, b);
};
Tensor.prototype.div = function (this: Tensor, b: TensorLike): Tensor {
  return ops.div(this, b);
};
Tensor.prototype.pow = function (this: Tensor, b: TensorLike): Tensor {
  return ops.pow(this, b);
};
Tensor.prototype.maximum = function (this: Tensor, b: TensorLike): Tensor {
  return ops.maximum(this, b);
};
Tensor.prototype.minimum = function (this: Tensor, b: TensorLike): Tensor {
  return ops.minimum(this, b);
};
Tensor.prototype.neg = function (this: Tensor): Tensor {
  return ops.neg(this);
};
Tensor.prototype.abs = function (this: Tensor): Tensor {
  return ops.abs(this);
};
Tensor.prototype.relu = function (this: Tensor): Tensor {
  return ops.relu(this);
};
Tensor.prototype.exp = function (this: Tensor): Tensor {
  return ops.exp(this);
};
Tensor.prototype.log = function (this: Tensor): Tensor {
  return ops.log(this);
};
Tensor.prototype.sqrt = function (this: Tensor): Tensor {
  return ops.sqrt(this);
};
Tensor.prototype.tanh = function (this: Tensor): Tensor {
  return ops.tanh(this);
};
Tensor.prototype.sigmoid = function (this: Tensor): Tensor {
  return ops.sigmoid(this);
};
Tensor.prototype.equal = function (this: Tensor, b: TensorLike): Tensor {
  return ops.equal(this, b);
};
Tensor.prototype.less = function (this: Tensor, b: TensorLike): Tensor {
  return ops.less(this, b);
};
Tensor.prototype.greater = function (this: Tensor, b: TensorLike): Tensor {
  return ops.greater(this, b);
};
Tensor.prototype.where = function (this: Tensor, x: TensorLike, y: TensorLike): Tensor {
  return ops.where(this, x, y);
};
Tensor.prototype.cast = function (this: Tensor, options?: CastOptions): Tensor {
  return ops.cast(this, options);
};
Tensor.prototype.matmul = function (this: Tensor, b: TensorLike): Tensor {
  return ops.matmul(this, b);
};
Tensor.prototype.sum = function (this: Tensor, options?: SumOptions): Tensor {
  return ops.sum(this, options);
};
Tensor.prototype.mean = function (this: Tensor, options?: MeanOptions): Tensor {
  return ops.mean(this, options);
};
Tensor.prototype.max = function (this: Tensor, options?: MaxOptions): Tensor {
  return ops.max(this, options);
};
Tensor.prototype.reshape = function (this: Tensor, shape: number[]): Tensor {
  return ops.reshape(this, shape);
};
Tensor.prototype.transpose = function (this: Tensor, options?: TransposeOptions): Tensor {
  return ops.transpose(this, options);
};
Tensor.prototype.slice = function (this: Tensor, starts: number[], ends: number[], options?: SliceOptions): Tensor {
  return ops.slice(this, starts, ends, options);
};
Tensor.prototype.softmax = function (this: Tensor, options?: SoftmaxOptions): Tensor {
  return ops.softmax(this, options);
};
Tensor.prototype.logSoftmax = function (this: Tensor, options?: LogSoftmaxOptions): Tensor {
  return ops.logSoftmax(this, options);
};
