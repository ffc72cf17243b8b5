// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit

import { Tensor, type TensorLike } from "../tensor";
import type { AdamUpdateOptions, AdamwUpdateOptions, ArgmaxOptions, ArgminOptions, AvgPoolOptions, BatchNormOptions, BinaryCrossEntropyOptions, CastOptions, CeluOptions, ClipOptions, ConvOptions, ConvTransposeOptions, CumsumOptions, DepthToSpaceOptions, DropoutOptions, EluOptions, FlattenOptions, GatherElementsOptions, GatherNdOptions, GatherOptions, GeluOptions, GemmOptions, GroupNormOptions, HardSigmoidOptions, InstanceNormOptions, IsinfOptions, L1NormOptions, L2NormOptions, LayerNormOptions, LeakyReluOptions, LogSoftmaxOptions, LogSumExpOptions, LrnOptions, MaxOptions, MaxPoolOptions, MeanOptions, MinOptions, ModOptions, MseLossOptions, NllLossOptions, OneHotOptions, PadOptions, ProdOptions, ResizeOptions, ScatterElementsOptions, ScatterNdOptions, SeluOptions, SgdUpdateOptions, SliceOptions, SoftmaxCrossEntropyOptions, SoftmaxOptions, SplitOptions, SqueezeOptions, SumOptions, SumSquareOptions, TopKOptions, TransposeOptions, TrilOptions, TriuOptions } from "./ops";
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
     * Minimum over axes (NaN propagates).
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Reducing over an empty axis is an error (there is no minimum).
     *
     * @param options - Optional attributes (see {@link MinOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    min(options?: MinOptions): Tensor;
    /**
     * Product of elements over axes.
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. The product of no elements is 1. Integers wrap around on overflow.
     *
     * @param options - Optional attributes (see {@link ProdOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    prod(options?: ProdOptions): Tensor;
    /**
     * Sum of absolute values over axes.
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
     *
     * @param options - Optional attributes (see {@link L1NormOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    l1Norm(options?: L1NormOptions): Tensor;
    /**
     * Euclidean norm sqrt(sum(x^2)) over axes.
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
     *
     * @param options - Optional attributes (see {@link L2NormOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    l2Norm(options?: L2NormOptions): Tensor;
    /**
     * log(sum(exp(x))) over axes, numerically stable.
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Computed as m + log(sum(exp(x - m))) with m the maximum, so large inputs do not overflow; all -inf (or no elements) gives -inf, any +inf gives +inf.
     *
     * @param options - Optional attributes (see {@link LogSumExpOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    logSumExp(options?: LogSumExpOptions): Tensor;
    /**
     * Sum of squares over axes.
     *
     * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
     *
     * @param options - Optional attributes (see {@link SumSquareOptions}).
     * @param options.axes - Axes to reduce; negative values count from the end; empty reduces all. Default: `[]`.
     * @param options.keepdims - Keep reduced axes as dimensions of size 1. Default: `false`.
     * @returns Reduced tensor with x's dtype.
     */
    sumSquare(options?: SumSquareOptions): Tensor;
    /**
     * Index of the largest element along an axis.
     *
     * Index (0-based, int64) of the largest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.
     *
     * @param options - Optional attributes (see {@link ArgmaxOptions}).
     * @param options.axis - Axis to search along; negative counts from the end. Default: `0`.
     * @param options.keepdims - Keep the searched axis as a dimension of size 1 (as ONNX). Default: `true`.
     * @param options.selectLastIndex - Among equal extremes take the last index instead of the first. Default: `false`.
     * @returns int64 positions along axis; x's shape with axis removed or kept as 1.
     */
    argmax(options?: ArgmaxOptions): Tensor;
    /**
     * Index of the smallest element along an axis.
     *
     * Index (0-based, int64) of the smallest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.
     *
     * @param options - Optional attributes (see {@link ArgminOptions}).
     * @param options.axis - Axis to search along; negative counts from the end. Default: `0`.
     * @param options.keepdims - Keep the searched axis as a dimension of size 1 (as ONNX). Default: `true`.
     * @param options.selectLastIndex - Among equal extremes take the last index instead of the first. Default: `false`.
     * @returns int64 positions along axis; x's shape with axis removed or kept as 1.
     */
    argmin(options?: ArgminOptions): Tensor;
    /**
     * Running sum along an axis.
     *
     * y[i] = x[0] + ... + x[i] along `axis`. With exclusive, x[i] itself is left out (y[0] = 0); with reverse the sum runs from the end. Integers wrap around on overflow.
     *
     * @param options - Optional attributes (see {@link CumsumOptions}).
     * @param options.axis - Axis to sum along; negative counts from the end. Default: `0`.
     * @param options.exclusive - Leave each element out of its own sum. Default: `false`.
     * @param options.reverse - Sum from the last element towards the first. Default: `false`.
     * @returns Running sums, x's shape and dtype.
     */
    cumsum(options?: CumsumOptions): Tensor;
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
    /**
     * Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.
     *
     * erf(+-inf) = +-1; NaN propagates.
     *
     * @returns Result with x's shape and dtype.
     */
    erf(): Tensor;
    /**
     * Element-wise floor: the largest integer not greater than x.
     *
     * Infinities, NaN and zeros (with their sign) pass through.
     *
     * @returns Result with x's shape and dtype.
     */
    floor(): Tensor;
    /**
     * Element-wise ceiling: the smallest integer not less than x.
     *
     * Infinities, NaN and zeros (with their sign) pass through.
     *
     * @returns Result with x's shape and dtype.
     */
    ceil(): Tensor;
    /**
     * Element-wise rounding to the nearest integer, halfway cases to the even one.
     *
     * Banker's rounding as ONNX Round and numpy.round: round(0.5) = 0, round(1.5) = 2, round(-2.5) = -2. The sign of zero is kept (round(-0.3) = -0.0); infinities and NaN pass through.
     *
     * @returns Result with x's shape and dtype.
     */
    round(): Tensor;
    /**
     * Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.
     *
     * Both zeros give +0 and NaN stays NaN (as numpy.sign); unsigned inputs give 0 or 1.
     *
     * @returns Sign of x with x's shape and dtype.
     */
    sign(): Tensor;
    /**
     * Element-wise reciprocal 1 / x.
     *
     * 1/0 is inf with the sign of the zero.
     *
     * @returns Result with x's shape and dtype.
     */
    reciprocal(): Tensor;
    /**
     * Element-wise sine (radians).
     *
     * NaN for infinite x.
     *
     * @returns Result with x's shape and dtype.
     */
    sin(): Tensor;
    /**
     * Element-wise cosine (radians).
     *
     * NaN for infinite x.
     *
     * @returns Result with x's shape and dtype.
     */
    cos(): Tensor;
    /**
     * Element-wise tangent (radians).
     *
     * NaN for infinite x.
     *
     * @returns Result with x's shape and dtype.
     */
    tan(): Tensor;
    /**
     * Element-wise arcsine, in [-pi/2, pi/2].
     *
     * NaN outside [-1, 1].
     *
     * @returns Result with x's shape and dtype.
     */
    asin(): Tensor;
    /**
     * Element-wise arccosine, in [0, pi].
     *
     * NaN outside [-1, 1].
     *
     * @returns Result with x's shape and dtype.
     */
    acos(): Tensor;
    /**
     * Element-wise arctangent, in (-pi/2, pi/2).
     *
     * atan(+-inf) = +-pi/2.
     *
     * @returns Result with x's shape and dtype.
     */
    atan(): Tensor;
    /**
     * Element-wise hyperbolic sine.
     *
     * Overflows to +-inf for |x| above about 710 (89 in float32).
     *
     * @returns Result with x's shape and dtype.
     */
    sinh(): Tensor;
    /**
     * Element-wise hyperbolic cosine.
     *
     * Overflows to inf for |x| above about 710 (89 in float32).
     *
     * @returns Result with x's shape and dtype.
     */
    cosh(): Tensor;
    /**
     * Element-wise inverse hyperbolic sine.
     *
     * Defined for every real x.
     *
     * @returns Result with x's shape and dtype.
     */
    asinh(): Tensor;
    /**
     * Element-wise inverse hyperbolic cosine, >= 0.
     *
     * NaN below 1.
     *
     * @returns Result with x's shape and dtype.
     */
    acosh(): Tensor;
    /**
     * Element-wise inverse hyperbolic tangent.
     *
     * +-inf at +-1, NaN outside [-1, 1].
     *
     * @returns Result with x's shape and dtype.
     */
    atanh(): Tensor;
    /**
     * Element-wise test for NaN.
     *
     * @returns Bool tensor with x's shape: true where x is NaN.
     */
    isnan(): Tensor;
    /**
     * Element-wise test for infinity, optionally of one sign only.
     *
     * @param options - Optional attributes (see {@link IsinfOptions}).
     * @param options.detectPositive - Report +inf. Default: `true`.
     * @param options.detectNegative - Report -inf. Default: `true`.
     * @returns Bool tensor with x's shape: true where x is an infinity of a detected sign.
     */
    isinf(options?: IsinfOptions): Tensor;
    /**
     * Element-wise remainder of a / b.
     *
     * With fmod=false (integers only) the result has the sign of b, like Python's % and numpy.mod: mod(-7, 3) = 2. With fmod=true it has the sign of a, like C fmod: fmod(-7, 3) = -1. Floating-point inputs require fmod=true, as ONNX Mod does (a floored float remainder is a - floor(a / b) * b). Integer x mod 0 is 0 (numpy's value, no trap); float x mod 0 is NaN. Inputs broadcast with NumPy rules and must share one dtype.
     *
     * @param b - Divisor, broadcast against a.
     * @param options - Optional attributes (see {@link ModOptions}).
     * @param options.fmod - false: sign of the divisor (integers only); true: sign of the dividend (C fmod). Default: `false`.
     * @returns Remainder with the broadcast shape and the inputs' dtype.
     */
    mod(b: TensorLike, options?: ModOptions): Tensor;
    /**
     * Limits every element to [min, max].
     *
     * y = min(max(x, min), max): when min > max every element becomes max (as ONNX and numpy.clip). NaN elements stay NaN. For integer dtypes the bounds are ceil(min) and floor(max), saturated to the dtype's range.
     *
     * @param options - Optional attributes (see {@link ClipOptions}).
     * @param options.min - Lower bound (not NaN); -inf leaves x unbounded below. Default: `-Infinity`.
     * @param options.max - Upper bound (not NaN); inf leaves x unbounded above. Default: `Infinity`.
     * @returns Clipped values with x's shape and dtype.
     */
    clip(options?: ClipOptions): Tensor;
    /**
     * Element-wise a <= b.
     *
     * Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    lessEqual(b: TensorLike): Tensor;
    /**
     * Element-wise a >= b.
     *
     * Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    greaterEqual(b: TensorLike): Tensor;
    /**
     * Element-wise logical AND.
     *
     * Inputs are bool and broadcast against each other with NumPy rules.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    logicalAnd(b: TensorLike): Tensor;
    /**
     * Element-wise logical OR.
     *
     * Inputs are bool and broadcast against each other with NumPy rules.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    logicalOr(b: TensorLike): Tensor;
    /**
     * Element-wise logical exclusive OR.
     *
     * Inputs are bool and broadcast against each other with NumPy rules.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Bool tensor with the broadcast shape.
     */
    logicalXor(b: TensorLike): Tensor;
    /**
     * Element-wise logical NOT.
     *
     * @returns Bool tensor with x's shape: true where x is false.
     */
    logicalNot(): Tensor;
    /**
     * Element-wise bitwise AND.
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    bitwiseAnd(b: TensorLike): Tensor;
    /**
     * Element-wise bitwise OR.
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    bitwiseOr(b: TensorLike): Tensor;
    /**
     * Element-wise bitwise exclusive OR.
     *
     * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
     *
     * @param b - Second operand, broadcast against a.
     * @returns Result with the broadcast shape and the inputs' dtype.
     */
    bitwiseXor(b: TensorLike): Tensor;
    /**
     * Element-wise bitwise NOT (one's complement).
     *
     * Signed integers are two's complement, so bitwise_not(x) = -x - 1.
     *
     * @returns ~x with x's shape and dtype.
     */
    bitwiseNot(): Tensor;
    /**
     * Leaky rectified linear unit: x for x >= 0, alpha * x below.
     *
     * NaN propagates. The default slope 0.01 is ONNX's and PyTorch's.
     *
     * @param options - Optional attributes (see {@link LeakyReluOptions}).
     * @param options.alpha - Slope for negative x. Default: `0.01`.
     * @returns Result with x's shape and dtype.
     */
    leakyRelu(options?: LeakyReluOptions): Tensor;
    /**
     * Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.
     *
     * slope broadcasts to x's shape (ONNX's unidirectional broadcasting): typically one slope per channel, shaped [C, 1, 1] for an [N, C, H, W] input, or a scalar.
     *
     * @param slope - Slopes for negative x; must broadcast to x's shape.
     * @returns Result with x's shape and dtype.
     */
    prelu(slope: TensorLike): Tensor;
    /**
     * Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.
     *
     * Computed with expm1 for precision near 0.
     *
     * @param options - Optional attributes (see {@link EluOptions}).
     * @param options.alpha - Scale of the negative part (its limit is -alpha). Default: `1`.
     * @returns Result with x's shape and dtype.
     */
    elu(options?: EluOptions): Tensor;
    /**
     * Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).
     *
     * The default alpha and gamma are ONNX's (the self-normalizing values of Klambauer et al. rounded to float32).
     *
     * @param options - Optional attributes (see {@link SeluOptions}).
     * @param options.alpha - Scale of the negative part before gamma. Default: `1.6732631921768188`.
     * @param options.gamma - Overall scale. Default: `1.0507010221481323`.
     * @returns Result with x's shape and dtype.
     */
    selu(options?: SeluOptions): Tensor;
    /**
     * Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).
     *
     * alpha = 0 is rejected (the formula divides by it); NaN propagates.
     *
     * @param options - Optional attributes (see {@link CeluOptions}).
     * @param options.alpha - Scale of the negative part; nonzero. Default: `1`.
     * @returns Result with x's shape and dtype.
     */
    celu(options?: CeluOptions): Tensor;
    /**
     * Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.
     *
     * approximate="none" computes 0.5 x erfc(-x / sqrt 2) (exact; erfc keeps precision for very negative x); approximate="tanh" computes 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). Both give 0 at -inf.
     *
     * @param options - Optional attributes (see {@link GeluOptions}).
     * @param options.approximate - Exact erf form or the tanh approximation. Default: `"none"`.
     * @returns Result with x's shape and dtype.
     */
    gelu(options?: GeluOptions): Tensor;
    /**
     * Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).
     *
     * The defaults are ONNX's (alpha 0.2, beta 0.5); NaN propagates.
     *
     * @param options - Optional attributes (see {@link HardSigmoidOptions}).
     * @param options.alpha - Slope. Default: `0.2`.
     * @param options.beta - Offset. Default: `0.5`.
     * @returns Result in [0, 1] with x's shape and dtype.
     */
    hardSigmoid(options?: HardSigmoidOptions): Tensor;
    /**
     * x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).
     *
     * 0 for x <= -3 (also at -inf), x for x >= 3; NaN propagates.
     *
     * @returns Result with x's shape and dtype.
     */
    hardSwish(): Tensor;
    /**
     * Smooth ReLU: log(1 + e^x).
     *
     * Computed as max(x, 0) + log1p(e^-|x|), so it neither overflows nor underflows.
     *
     * @returns Result (positive) with x's shape and dtype.
     */
    softplus(): Tensor;
    /**
     * x / (1 + |x|).
     *
     * softsign(+-inf) = +-1.
     *
     * @returns Result in (-1, 1) with x's shape and dtype.
     */
    softsign(): Tensor;
    /**
     * Mish: x * tanh(softplus(x)).
     *
     * Computed as x * w / (w + 2) with w = e^x (e^x + 2), which equals tanh(log(1 + e^x)) and cannot overflow; mish(-inf) = 0.
     *
     * @returns Result with x's shape and dtype.
     */
    mish(): Tensor;
    /**
     * Sigmoid linear unit (swish): x * sigmoid(x).
     *
     * The sigmoid is split by sign so exp never overflows; silu(-inf) = 0.
     *
     * @returns Result with x's shape and dtype.
     */
    silu(): Tensor;
    /**
     * Takes slices of x along an axis at the given indices.
     *
     * y[i0.., j.., k..] = x[i0.., indices[j..], k..]: the result has x's dimensions before axis, then the dimensions of indices, then x's dimensions after axis (a scalar index removes the axis). Negative indices count from the end; an index outside [-size, size) is an error naming indices.
     *
     * @param indices - Positions along axis (any shape).
     * @param options - Optional attributes (see {@link GatherOptions}).
     * @param options.axis - Axis of x to index; negative counts from the end. Default: `0`.
     * @returns The gathered slices, x's dtype.
     */
    gather(indices: TensorLike, options?: GatherOptions): Tensor;
    /**
     * Picks one element of data along an axis for every entry of indices.
     *
     * y[p] = data[p with its axis coordinate replaced by indices[p]]: indices has data's rank, and each dimension other than axis at most data's size there; y has the shape of indices. Negative indices count from the end. The counterpart of scatter_elements (take_along_axis in NumPy).
     *
     * @param indices - Positions along axis, same rank as data.
     * @param options - Optional attributes (see {@link GatherElementsOptions}).
     * @param options.axis - Axis the indices run along; negative counts from the end. Default: `0`.
     * @returns Selected elements, the shape of indices and data's dtype.
     */
    gatherElements(indices: TensorLike, options?: GatherElementsOptions): Tensor;
    /**
     * Gathers slices of data addressed by index tuples (the last dimension of indices).
     *
     * Each row of indices along its last dimension (length m) is a tuple addressing dimensions batch_dims..batch_dims+m-1 of data; the result is indices.shape[:-1] + data.shape[batch_dims+m:]. The first batch_dims dimensions of indices and data must agree and are matched one to one. Negative components count from the end.
     *
     * @param indices - Index tuples along the last dimension.
     * @param options - Optional attributes (see {@link GatherNdOptions}).
     * @param options.batchDims - Number of leading dimensions shared by data and indices. Range: [0, 8]. Default: `0`.
     * @returns The gathered elements or slices, data's dtype.
     */
    gatherNd(indices: TensorLike, options?: GatherNdOptions): Tensor;
    /**
     * Copy of data with updates written at positions given per element by indices along an axis.
     *
     * y = data, then for every position p of indices: y[p with its axis coordinate replaced by indices[p]] = updates[p] (reduction none) or combined with it (add, mul, max, min). indices and updates share one shape of data's rank. Updates apply in index order, so with reduction none the last duplicate wins. Integer add/mul wrap around; max/min propagate NaN.
     *
     * @param indices - Positions along axis, same rank as data.
     * @param updates - Values to write, the shape of indices and data's dtype.
     * @param options - Optional attributes (see {@link ScatterElementsOptions}).
     * @param options.axis - Axis the indices run along; negative counts from the end. Default: `0`.
     * @param options.reduction - How an update combines with the value already there. Default: `"none"`.
     * @returns Updated copy of data.
     */
    scatterElements(indices: TensorLike, updates: TensorLike, options?: ScatterElementsOptions): Tensor;
    /**
     * Copy of data with slices written at positions given by index tuples.
     *
     * y = data, then for every tuple t (the last dimension of indices, length m) the slice y[t] = updates[...] (reduction none) or combined with it (add, mul, max, min). updates has shape indices.shape[:-1] + data.shape[m:]. Tuples apply in order, so with reduction none the last duplicate wins; negative components count from the end.
     *
     * @param indices - Index tuples along the last dimension.
     * @param updates - Slices to write, data's dtype.
     * @param options - Optional attributes (see {@link ScatterNdOptions}).
     * @param options.reduction - How an update combines with the value already there. Default: `"none"`.
     * @returns Updated copy of data.
     */
    scatterNd(indices: TensorLike, updates: TensorLike, options?: ScatterNdOptions): Tensor;
    /**
     * One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.
     *
     * The result has indices' shape with a dimension of size depth inserted at axis. Negative indices in [-depth, -1] count from the end; as in ONNX, an index outside [-depth, depth) gives a row of off_value (no error).
     *
     * @param depth - Number of classes (length of the new axis). Range: [1, 1099511627776].
     * @param options - Optional attributes (see {@link OneHotOptions}).
     * @param options.axis - Where the new axis goes in the result; -1 appends it. Default: `-1`.
     * @param options.onValue - Value at the index. Default: `1`.
     * @param options.offValue - Value everywhere else. Default: `0`.
     * @param options.dtype - Element type of the result. Default: `"float32"`.
     * @returns The encoding, dtype as requested.
     */
    oneHot(depth: number, options?: OneHotOptions): Tensor;
    /**
     * The k largest (or smallest) elements along an axis and their indices.
     *
     * Equal values keep index order (the lower index first), so results are deterministic; NaN ranks above every number. With sorted the k results are ordered from the most extreme; without it they come in index order.
     *
     * @param k - How many elements to take (at most the axis size). Range: [0, 9007199254740992].
     * @param options - Optional attributes (see {@link TopKOptions}).
     * @param options.axis - Axis to select along; negative counts from the end. Default: `-1`.
     * @param options.largest - Take the largest elements (false: the smallest). Default: `true`.
     * @param options.sorted - Order the results from the most extreme (false: by index). Default: `true`.
     * @returns `[values, indices]`
     * - `values`: The selected elements; x's shape with axis of size k.
     * - `indices`: Their int64 positions along axis.
     */
    topK(k: number, options?: TopKOptions): [Tensor, Tensor];
    /**
     * Indices of the nonzero elements, one row per dimension.
     *
     * The result is int64 [ndim, count] in row-major order of the elements (like numpy.nonzero stacked); a scalar counts as 1-D. Its shape depends on the data, so it is known only when the operator runs. NaN counts as nonzero.
     *
     * @returns int64 [max(ndim, 1), count] coordinates of the nonzero elements.
     */
    nonZero(): Tensor;
    /**
     * Upper triangle of the last two dimensions; the rest becomes 0.
     *
     * Keeps element (i, j) of each matrix when j >= i + k, i.e. on and above the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.
     *
     * @param options - Optional attributes (see {@link TriuOptions}).
     * @param options.k - Diagonal offset: 0 is the main diagonal, positive above it, negative below. Default: `0`.
     * @returns x with the other triangle zeroed, same shape and dtype.
     */
    triu(options?: TriuOptions): Tensor;
    /**
     * Lower triangle of the last two dimensions; the rest becomes 0.
     *
     * Keeps element (i, j) of each matrix when j <= i + k, i.e. on and below the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.
     *
     * @param options - Optional attributes (see {@link TrilOptions}).
     * @param options.k - Diagonal offset: 0 is the main diagonal, positive above it, negative below. Default: `0`.
     * @returns x with the other triangle zeroed, same shape and dtype.
     */
    tril(options?: TrilOptions): Tensor;
    /**
     * Reshapes x to a matrix: dimensions before axis become rows, the rest columns.
     *
     * The result is [d_0 * ... * d_(axis-1), d_axis * ... * d_(n-1)] (a product of no dimensions is 1). axis is a split point between dimensions in -ndim..ndim, not a dimension index. A view of x when its layout allows, else a copy.
     *
     * @param options - Optional attributes (see {@link FlattenOptions}).
     * @param options.axis - Split point: dimensions [0, axis) form the rows; negative counts from the end. Default: `1`.
     * @returns 2-D tensor with x's elements.
     */
    flatten(options?: FlattenOptions): Tensor;
    /**
     * Removes dimensions of size 1 (a view, no copy).
     *
     * Removes the listed axes, each of which must have size 1, or every size-1 axis when axes is empty.
     *
     * @param options - Optional attributes (see {@link SqueezeOptions}).
     * @param options.axes - Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes. Default: `[]`.
     * @returns x without those dimensions.
     */
    squeeze(options?: SqueezeOptions): Tensor;
    /**
     * Inserts dimensions of size 1 (a view, no copy).
     *
     * axes are positions in the result (whose rank is ndim(x) + len(axes)); negative values count from the end of the result.
     *
     * @param axes - Positions of the new size-1 dimensions in the result.
     * @returns x with the new dimensions.
     */
    unsqueeze(axes: number[]): Tensor;
    /**
     * Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).
     *
     * The result has the NumPy broadcast of x's shape and `shape` (bidirectional, as ONNX Expand: a 1 in shape keeps x's dimension). Nothing is copied: broadcast dimensions repeat x's memory.
     *
     * @param shape - Target shape, broadcast with x's shape.
     * @returns x broadcast to the result shape.
     */
    expand(shape: number[]): Tensor;
    /**
     * Repeats x along each dimension.
     *
     * Dimension d of the result is x.shape[d] * repeats[d]; the result holds copies of x laid side by side (numpy.tile with one repeat per dimension).
     *
     * @param repeats - Copies per dimension (>= 0), one entry per dimension of x.
     * @returns The tiled tensor, x's dtype.
     */
    tile(repeats: number[]): Tensor;
    /**
     * Pads x at the start and end of each dimension (constant, reflect, edge or wrap).
     *
     * pads lists the begin counts of every dimension, then the end counts (ONNX order). Negative pads crop first; the remaining elements are then padded: constant fills with value, reflect mirrors without repeating the border (pads must be smaller than the dimension), edge repeats the border element, wrap continues periodically. Matches ONNX Pad opset 19.
     *
     * @param pads - [begin_0, ..., begin_(n-1), end_0, ..., end_(n-1)]; negative values crop.
     * @param options - Optional attributes (see {@link PadOptions}).
     * @param options.mode - How the new elements are filled. Default: `"constant"`.
     * @param options.value - Fill value in constant mode, converted to x's dtype. Default: `0`.
     * @returns The padded tensor, x's dtype.
     */
    pad(pads: number[], options?: PadOptions): Tensor;
    /**
     * Splits x along an axis into pieces (views of x, no copy).
     *
     * Either `split` gives the piece sizes (adding up to the axis size) or num_outputs the number of pieces: then each has ceil(size / num_outputs) elements and the last the remainder (ONNX opset 18). Giving neither, or both with different counts, is an error. At most 64 pieces.
     *
     * @param options - Optional attributes (see {@link SplitOptions}).
     * @param options.axis - Axis to split; negative counts from the end. Default: `0`.
     * @param options.split - Size of each piece; empty: use num_outputs. Default: `[]`.
     * @param options.numOutputs - Number of pieces when split is empty (0: use split). Range: [0, 64]. Default: `0`.
     * @returns The pieces in order, views of x.
     */
    split(options?: SplitOptions): Tensor[];
    /**
     * Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].
     *
     * DCR (depth-column-row) reads channel (i*b + j)*C' + c for output (c, h*b + i, w*b + j); CRD reads channel c*b^2 + i*b + j. The inverse of space_to_depth is DCR.
     *
     * @param blocksize - Edge of the spatial blocks. Range: [1, 1048576].
     * @param options - Optional attributes (see {@link DepthToSpaceOptions}).
     * @param options.mode - Channel order inside a block. Default: `"DCR"`.
     * @returns [N, C/b^2, H*b, W*b], x's dtype.
     */
    depthToSpace(blocksize: number, options?: DepthToSpaceOptions): Tensor;
    /**
     * Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].
     *
     * Output channel (i*b + j)*C + c holds x[c, h*b + i, w*b + j] (the inverse of depth_to_space in DCR mode).
     *
     * @param blocksize - Edge of the spatial blocks. Range: [1, 1048576].
     * @returns [N, C*b^2, H/b, W/b], x's dtype.
     */
    spaceToDepth(blocksize: number): Tensor;
    /**
     * Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).
     *
     * With training false (the default) or ratio 0, y is x and mask is all true. While training, element i is kept when u_i >= ratio, where u_i = (s_i >> 11) * 2^-53 and s_i is output i (counting from 0) of the SplitMix64 generator seeded with `seed`: the same seed gives the same mask for the same shape on every machine and thread count. seed 0 draws a fresh seed from a thread-local engine generator on every call (not reproducible).
     *
     * @param options - Optional attributes (see {@link DropoutOptions}).
     * @param options.ratio - Probability of dropping an element, in [0, 1). Range: [0, 1]. Default: `0.5`.
     * @param options.training - Apply dropout (true) or pass x through unchanged (false, inference). Default: `false`.
     * @param options.seed - Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic). Default: `0`.
     * @returns `[y, mask]`
     * - `y`: x with dropped elements zeroed and kept ones scaled by 1 / (1 - ratio); x's shape and dtype.
     * - `mask`: True where the element was kept; x's shape.
     */
    dropout(options?: DropoutOptions): [Tensor, Tensor];
    /**
     * General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).
     *
     * op(a) is a or its transpose (trans_a), likewise op(b); op(a) is [M, K] and op(b) is [K, N]. c is optional and broadcasts to [M, N] (a scalar, a row [N], a column [M, 1] or the full matrix); beta = 0 ignores c. Runs through OpenBLAS sgemm/dgemm; transposed views of a and b are passed to BLAS without a copy.
     *
     * @param b - Right matrix [K, N] ([N, K] with trans_b).
     * @param c - Addend broadcastable to [M, N] (optional). Optional.
     * @param options - Optional attributes (see {@link GemmOptions}).
     * @param options.alpha - Scale of the product op(a) @ op(b). Default: `1`.
     * @param options.beta - Scale of c. Default: `1`.
     * @param options.transA - Use a transposed. Default: `false`.
     * @param options.transB - Use b transposed. Default: `false`.
     * @returns Result [M, N], the dtype of a.
     */
    gemm(b: TensorLike, c?: TensorLike | undefined, options?: GemmOptions): Tensor;
    /**
     * Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).
     *
     * Give exactly one of scales (output dimension = floor(input * scale)) or sizes, one entry per dimension of x (use 1 / the input size for the dimensions to keep, e.g. N and C). The source coordinate of output index o is (o + 0.5) / scale - 0.5 for half_pixel, o / scale for asymmetric, o * (in - 1) / (in * scale - 1) for align_corners and half_pixel but 0 when out = 1 for pytorch_half_pixel; with sizes, scale = out / in. nearest rounds it by nearest_mode, linear interpolates between the two neighbours, cubic uses Keys' cubic convolution over the four neighbours floor(x) - 1 .. floor(x) + 2 with coefficient cubic_coeff_a; coordinates and taps outside the input clamp to the edge (with exclude_outside, taps outside get weight 0 and the others are renormalized). N-d interpolation is separable (bilinear / bicubic for 2 resized axes).
     *
     * @param options - Optional attributes (see {@link ResizeOptions}).
     * @param options.mode - Interpolation: nearest neighbour, (multi)linear or cubic. Default: `"nearest"`.
     * @param options.scales - Scale per dimension of x (positive); empty when sizes is given. Default: `[]`.
     * @param options.sizes - Output size per dimension of x; empty when scales is given. Default: `[]`.
     * @param options.coordinateTransformationMode - How an output index maps to a source coordinate. Default: `"half_pixel"`.
     * @param options.nearestMode - How nearest rounds a fractional source coordinate (mode nearest only). Default: `"round_prefer_floor"`.
     * @param options.cubicCoeffA - Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's). Default: `-0.75`.
     * @param options.excludeOutside - Give taps outside the input weight 0 and renormalize the rest (mode cubic). Default: `false`.
     * @returns The resized tensor, x's dtype.
     */
    resize(options?: ResizeOptions): Tensor;
    /**
     * Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].
     *
     * weight is [V, D] (more trailing dimensions are allowed and carried along); every index must lie in [0, V) — an index outside is an error naming it (negative indices are not wrapped).
     *
     * @param indices - Row indices, any shape, in [0, V).
     * @returns indices.shape + [D], weight's dtype.
     */
    embedding(indices: TensorLike): Tensor;
    /**
     * Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).
     *
     * loss[n, d...] = -log_softmax(logits, axis 1)[n, labels[n, d...], d...], computed as x - max - log(sum(exp(x - max))) so large logits do not overflow. Elements whose label equals ignore_index contribute 0 and are not counted: mean divides by the number of counted elements (NaN when there are none). Every other label must lie in [0, C).
     *
     * @param labels - Class indices [N] or [N, d1, ...].
     * @param options - Optional attributes (see {@link SoftmaxCrossEntropyOptions}).
     * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
     * @param options.ignoreIndex - Label value that is skipped (default -100 as in PyTorch); a class label, not a position. Default: `-100`.
     * @returns `[loss, logProb]`
     * - `loss`: A scalar for mean and sum, [N, d1, ...] for none; the dtype of logits.
     * - `logProb`: log_softmax(logits) along the class axis, the shape of logits.
     */
    softmaxCrossEntropy(labels: TensorLike, options?: SoftmaxCrossEntropyOptions): [Tensor, Tensor];
    /**
     * Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).
     *
     * loss[n, d...] = -input[n, labels[n, d...], d...]. input usually comes from log_softmax. Labels equal to ignore_index contribute 0 and are not counted by mean (NaN when nothing is counted); every other label must lie in [0, C).
     *
     * @param labels - Class indices [N] or [N, d1, ...].
     * @param options - Optional attributes (see {@link NllLossOptions}).
     * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
     * @param options.ignoreIndex - Label value that is skipped (default -100 as in PyTorch); a class label, not a position. Default: `-100`.
     * @returns A scalar for mean and sum, [N, d1, ...] for none; the dtype of input.
     */
    nllLoss(labels: TensorLike, options?: NllLossOptions): Tensor;
    /**
     * Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).
     *
     * pred and target must have the same shape and dtype (no broadcasting). mean divides by the number of elements.
     *
     * @param target - Targets, the shape of pred.
     * @param options - Optional attributes (see {@link MseLossOptions}).
     * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
     * @returns A scalar for mean and sum, pred's shape for none.
     */
    mseLoss(target: TensorLike, options?: MseLossOptions): Tensor;
    /**
     * Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).
     *
     * Each log is clamped below at -100 as PyTorch does, so p = 0 or 1 give a finite loss. Every p must lie in [0, 1] (an error names the first that does not); targets are usually 0/1 but may be soft labels in [0, 1]. p and t share shape and dtype.
     *
     * @param target - Targets, the shape of p.
     * @param options - Optional attributes (see {@link BinaryCrossEntropyOptions}).
     * @param options.reduction - How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Default: `"mean"`.
     * @returns A scalar for mean and sum, p's shape for none.
     */
    binaryCrossEntropy(target: TensorLike, options?: BinaryCrossEntropyOptions): Tensor;
    /**
     * One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).
     *
     * g = grad + weight_decay * weight; new_buf = momentum * buf + g; new_weight = weight - lr * (nesterov ? g + momentum * new_buf : new_buf). A zero buffer before the first step reproduces PyTorch's first step; with momentum 0 the step is plain SGD and new_buf is g. Functional: the inputs are not modified.
     *
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
     */
    sgdUpdate(grad: TensorLike, momentumBuffer: TensorLike, lr: number, options?: SgdUpdateOptions): [Tensor, Tensor];
    /**
     * One Adam step with bias correction and L2 weight decay (torch.optim.Adam).
     *
     * g = grad + weight_decay * weight; new_m = beta1 * m + (1 - beta1) * g; new_v = beta2 * v + (1 - beta2) * g^2; new_weight = weight - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.
     *
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
     */
    adamUpdate(grad: TensorLike, m: TensorLike, v: TensorLike, lr: number, step: number, options?: AdamUpdateOptions): [Tensor, Tensor, Tensor];
    /**
     * One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).
     *
     * new_m = beta1 * m + (1 - beta1) * grad; new_v = beta2 * v + (1 - beta2) * grad^2; new_weight = weight * (1 - lr * weight_decay) - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.
     *
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
     */
    adamwUpdate(grad: TensorLike, m: TensorLike, v: TensorLike, lr: number, step: number, options?: AdamwUpdateOptions): [Tensor, Tensor, Tensor];
    /**
     * N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.
     *
     * x is [N, C, *spatial] with 1 to 3 spatial axes, w is [M, C/group, *kernel] and b is [M]. y[n, m, o] = b[m] + sum over c in m's group and kernel taps k of x[n, c, o*stride - pad_begin + k*dilation] * w[m, c, k], the input being zero outside its bounds. Each output axis has floor((in + pad_begin + pad_end - ((kernel - 1) * dilation + 1)) / stride) + 1 elements. float32 runs through oneDNN; float64 through direct loops.
     *
     * @param w - Kernel [M, C/group, *kernel] (same rank as x).
     * @param b - Bias [M], added to every output of channel m; absent means no bias. Optional.
     * @param options - Optional attributes (see {@link ConvOptions}).
     * @param options.strides - Step of the window per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
     * @param options.pads - Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. Default: `[]`.
     * @param options.dilations - Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
     * @param options.group - Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648]. Default: `1`.
     * @param options.autoPad - How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Default: `"NOTSET"`.
     * @returns Output [N, M, *out_spatial], x's dtype.
     */
    conv(w: TensorLike, b?: TensorLike | undefined, options?: ConvOptions): Tensor;
    /**
     * N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.
     *
     * x is [N, C, *spatial], w is [C, M/group, *kernel] and b is [M]; every input element scatters x[n, c, i] * w[c, m, k] into y[n, m, i*stride - pad_begin + k*dilation]. Each output axis has stride * (in - 1) + output_padding + (kernel - 1) * dilation + 1 - pad_begin - pad_end elements; output_shape, when given, chooses the pads instead (ONNX rule: the larger half goes first unless auto_pad is SAME_UPPER). float32 runs through oneDNN; float64 through direct loops.
     *
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
     */
    convTranspose(w: TensorLike, b?: TensorLike | undefined, options?: ConvTransposeOptions): Tensor;
    /**
     * Maximum over sliding windows of the spatial axes.
     *
     * x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Padding never wins: it is ignored, as -infinity would be.
     *
     * @param kernelShape - Window size per spatial axis (each >= 1).
     * @param options - Optional attributes (see {@link MaxPoolOptions}).
     * @param options.strides - Step of the window per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
     * @param options.pads - Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. Default: `[]`.
     * @param options.dilations - Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
     * @param options.ceilMode - Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). Default: `false`.
     * @param options.autoPad - How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Default: `"NOTSET"`.
     * @returns Window maxima [N, C, *out_spatial], x's dtype.
     */
    maxPool(kernelShape: number[], options?: MaxPoolOptions): Tensor;
    /**
     * Mean over sliding windows of the spatial axes.
     *
     * x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Each window divides by the number of its taps inside the input, or with count_include_pad by the number inside the padded extent [-pad_begin, in + pad_end) (taps that ceil_mode adds past the end are never counted).
     *
     * @param kernelShape - Window size per spatial axis (each >= 1).
     * @param options - Optional attributes (see {@link AvgPoolOptions}).
     * @param options.strides - Step of the window per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
     * @param options.pads - Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. Default: `[]`.
     * @param options.dilations - Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. Default: `[]`.
     * @param options.ceilMode - Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). Default: `false`.
     * @param options.autoPad - How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Default: `"NOTSET"`.
     * @param options.countIncludePad - Count padding elements (as zeros) in each window's divisor. Default: `false`.
     * @returns Window means [N, C, *out_spatial], x's dtype.
     */
    avgPool(kernelShape: number[], options?: AvgPoolOptions): Tensor;
    /**
     * Mean over all spatial axes, keeping them as size 1.
     *
     * x is [N, C, *spatial] (at least one spatial axis); y[n, c, 1, ...] is the mean of x[n, c].
     *
     * @returns Means [N, C, 1, ...], x's rank and dtype.
     */
    globalAvgPool(): Tensor;
    /**
     * Maximum over all spatial axes, keeping them as size 1.
     *
     * x is [N, C, *spatial] (at least one non-empty spatial axis); y[n, c, 1, ...] is the maximum of x[n, c]. NaN propagates.
     *
     * @returns Maxima [N, C, 1, ...], x's rank and dtype.
     */
    globalMaxPool(): Tensor;
    /**
     * Batch normalization with given statistics (inference form).
     *
     * y = (x - mean[c]) / sqrt(variance[c] + epsilon) * scale[c] + bias[c] along the channel axis 1 of x [N, C, ...]. The statistics are inputs (running averages); training-mode statistics are not computed here. float32 runs through oneDNN.
     *
     * @param scale - Per-channel scale (gamma) [C].
     * @param bias - Per-channel shift (beta) [C].
     * @param mean - Per-channel mean [C].
     * @param variance - Per-channel variance [C] (plus epsilon, must stay positive).
     * @param options - Optional attributes (see {@link BatchNormOptions}).
     * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
     * @returns Normalized x, same shape and dtype.
     */
    batchNorm(scale: TensorLike, bias: TensorLike, mean: TensorLike, variance: TensorLike, options?: BatchNormOptions): Tensor;
    /**
     * Instance normalization: each (sample, channel) normalized over its spatial axes.
     *
     * y[n, c] = (x[n, c] - mean) / sqrt(var + epsilon) * scale[c] + bias[c], the mean and (biased) variance taken over the spatial axes of x[n, c]. float32 runs through oneDNN.
     *
     * @param scale - Per-channel scale [C].
     * @param bias - Per-channel shift [C].
     * @param options - Optional attributes (see {@link InstanceNormOptions}).
     * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
     * @returns Normalized x, same shape and dtype.
     */
    instanceNorm(scale: TensorLike, bias: TensorLike, options?: InstanceNormOptions): Tensor;
    /**
     * Layer normalization over the trailing axes from `axis` on, with optional scale and bias.
     *
     * y = (x - mean) / sqrt(var + epsilon) * scale + bias, the mean and (biased) variance taken over axes axis .. rank-1 of x for each index of the leading axes. scale and bias have the normalized shape x.shape[axis:]. float32 runs through oneDNN.
     *
     * @param scale - Scale with shape x.shape[axis:]; absent means 1. Optional.
     * @param bias - Shift with shape x.shape[axis:]; absent means 0. Optional.
     * @param options - Optional attributes (see {@link LayerNormOptions}).
     * @param options.axis - First normalized axis; negative counts from the end. Default: `-1`.
     * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
     * @returns Normalized x, same shape and dtype.
     */
    layerNorm(scale?: TensorLike | undefined, bias?: TensorLike | undefined, options?: LayerNormOptions): Tensor;
    /**
     * Group normalization: channels split into num_groups groups, each (sample, group) normalized together.
     *
     * x [N, C, ...] is viewed as [N, num_groups, C / num_groups * spatial]; each block is standardized with its mean and (biased) variance, then y = xhat * scale + bias per channel. scale and bias have C elements (one per channel, as ONNX opset 21 and PyTorch) or num_groups elements (one per group, as ONNX opset 18). float32 runs through oneDNN.
     *
     * @param scale - Scale [C] or [num_groups].
     * @param bias - Shift with scale's shape.
     * @param numGroups - Number of channel groups; must divide C. Range: [1, 2147483648].
     * @param options - Optional attributes (see {@link GroupNormOptions}).
     * @param options.epsilon - Added to the variance before the square root (>= 0). Range: [0, 1000000]. Default: `0.00001`.
     * @returns Normalized x, same shape and dtype.
     */
    groupNorm(scale: TensorLike, bias: TensorLike, numGroups: number, options?: GroupNormOptions): Tensor;
    /**
     * Local response normalization across channels.
     *
     * y[n, c] = x[n, c] / (bias + alpha / size * sum of x[n, j]^2 for j in c - floor((size-1)/2) .. c + ceil((size-1)/2))^beta, over x [N, C, ...]. float32 with odd size runs through oneDNN.
     *
     * @param size - Number of channels in each window. Range: [1, 2147483648].
     * @param options - Optional attributes (see {@link LrnOptions}).
     * @param options.alpha - Scale of the sum of squares (finite). Default: `0.0001`.
     * @param options.beta - Exponent (finite). Default: `0.75`.
     * @param options.bias - Added before the power (finite; keep bias + alpha/size*sum positive). Default: `1`.
     * @returns Normalized x, same shape and dtype.
     */
    lrn(size: number, options?: LrnOptions): Tensor;
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
  "min",
  "prod",
  "l1Norm",
  "l2Norm",
  "logSumExp",
  "sumSquare",
  "argmax",
  "argmin",
  "cumsum",
  "reshape",
  "transpose",
  "slice",
  "softmax",
  "logSoftmax",
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
  "lessEqual",
  "greaterEqual",
  "logicalAnd",
  "logicalOr",
  "logicalXor",
  "logicalNot",
  "bitwiseAnd",
  "bitwiseOr",
  "bitwiseXor",
  "bitwiseNot",
  "leakyRelu",
  "prelu",
  "elu",
  "selu",
  "celu",
  "gelu",
  "hardSigmoid",
  "hardSwish",
  "softplus",
  "softsign",
  "mish",
  "silu",
  "gather",
  "gatherElements",
  "gatherNd",
  "scatterElements",
  "scatterNd",
  "oneHot",
  "topK",
  "nonZero",
  "triu",
  "tril",
  "flatten",
  "squeeze",
  "unsqueeze",
  "expand",
  "tile",
  "pad",
  "split",
  "depthToSpace",
  "spaceToDepth",
  "dropout",
  "gemm",
  "resize",
  "embedding",
  "softmaxCrossEntropy",
  "nllLoss",
  "mseLoss",
  "binaryCrossEntropy",
  "sgdUpdate",
  "adamUpdate",
  "adamwUpdate",
  "conv",
  "convTranspose",
  "maxPool",
  "avgPool",
  "globalAvgPool",
  "globalMaxPool",
  "batchNorm",
  "instanceNorm",
  "layerNorm",
  "groupNorm",
  "lrn",
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
Tensor.prototype.min = function (this: Tensor, options?: MinOptions): Tensor {
  return ops.min(this, options);
};
Tensor.prototype.prod = function (this: Tensor, options?: ProdOptions): Tensor {
  return ops.prod(this, options);
};
Tensor.prototype.l1Norm = function (this: Tensor, options?: L1NormOptions): Tensor {
  return ops.l1Norm(this, options);
};
Tensor.prototype.l2Norm = function (this: Tensor, options?: L2NormOptions): Tensor {
  return ops.l2Norm(this, options);
};
Tensor.prototype.logSumExp = function (this: Tensor, options?: LogSumExpOptions): Tensor {
  return ops.logSumExp(this, options);
};
Tensor.prototype.sumSquare = function (this: Tensor, options?: SumSquareOptions): Tensor {
  return ops.sumSquare(this, options);
};
Tensor.prototype.argmax = function (this: Tensor, options?: ArgmaxOptions): Tensor {
  return ops.argmax(this, options);
};
Tensor.prototype.argmin = function (this: Tensor, options?: ArgminOptions): Tensor {
  return ops.argmin(this, options);
};
Tensor.prototype.cumsum = function (this: Tensor, options?: CumsumOptions): Tensor {
  return ops.cumsum(this, options);
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
Tensor.prototype.erf = function (this: Tensor): Tensor {
  return ops.erf(this);
};
Tensor.prototype.floor = function (this: Tensor): Tensor {
  return ops.floor(this);
};
Tensor.prototype.ceil = function (this: Tensor): Tensor {
  return ops.ceil(this);
};
Tensor.prototype.round = function (this: Tensor): Tensor {
  return ops.round(this);
};
Tensor.prototype.sign = function (this: Tensor): Tensor {
  return ops.sign(this);
};
Tensor.prototype.reciprocal = function (this: Tensor): Tensor {
  return ops.reciprocal(this);
};
Tensor.prototype.sin = function (this: Tensor): Tensor {
  return ops.sin(this);
};
Tensor.prototype.cos = function (this: Tensor): Tensor {
  return ops.cos(this);
};
Tensor.prototype.tan = function (this: Tensor): Tensor {
  return ops.tan(this);
};
Tensor.prototype.asin = function (this: Tensor): Tensor {
  return ops.asin(this);
};
Tensor.prototype.acos = function (this: Tensor): Tensor {
  return ops.acos(this);
};
Tensor.prototype.atan = function (this: Tensor): Tensor {
  return ops.atan(this);
};
Tensor.prototype.sinh = function (this: Tensor): Tensor {
  return ops.sinh(this);
};
Tensor.prototype.cosh = function (this: Tensor): Tensor {
  return ops.cosh(this);
};
Tensor.prototype.asinh = function (this: Tensor): Tensor {
  return ops.asinh(this);
};
Tensor.prototype.acosh = function (this: Tensor): Tensor {
  return ops.acosh(this);
};
Tensor.prototype.atanh = function (this: Tensor): Tensor {
  return ops.atanh(this);
};
Tensor.prototype.isnan = function (this: Tensor): Tensor {
  return ops.isnan(this);
};
Tensor.prototype.isinf = function (this: Tensor, options?: IsinfOptions): Tensor {
  return ops.isinf(this, options);
};
Tensor.prototype.mod = function (this: Tensor, b: TensorLike, options?: ModOptions): Tensor {
  return ops.mod(this, b, options);
};
Tensor.prototype.clip = function (this: Tensor, options?: ClipOptions): Tensor {
  return ops.clip(this, options);
};
Tensor.prototype.lessEqual = function (this: Tensor, b: TensorLike): Tensor {
  return ops.lessEqual(this, b);
};
Tensor.prototype.greaterEqual = function (this: Tensor, b: TensorLike): Tensor {
  return ops.greaterEqual(this, b);
};
Tensor.prototype.logicalAnd = function (this: Tensor, b: TensorLike): Tensor {
  return ops.logicalAnd(this, b);
};
Tensor.prototype.logicalOr = function (this: Tensor, b: TensorLike): Tensor {
  return ops.logicalOr(this, b);
};
Tensor.prototype.logicalXor = function (this: Tensor, b: TensorLike): Tensor {
  return ops.logicalXor(this, b);
};
Tensor.prototype.logicalNot = function (this: Tensor): Tensor {
  return ops.logicalNot(this);
};
Tensor.prototype.bitwiseAnd = function (this: Tensor, b: TensorLike): Tensor {
  return ops.bitwiseAnd(this, b);
};
Tensor.prototype.bitwiseOr = function (this: Tensor, b: TensorLike): Tensor {
  return ops.bitwiseOr(this, b);
};
Tensor.prototype.bitwiseXor = function (this: Tensor, b: TensorLike): Tensor {
  return ops.bitwiseXor(this, b);
};
Tensor.prototype.bitwiseNot = function (this: Tensor): Tensor {
  return ops.bitwiseNot(this);
};
Tensor.prototype.leakyRelu = function (this: Tensor, options?: LeakyReluOptions): Tensor {
  return ops.leakyRelu(this, options);
};
Tensor.prototype.prelu = function (this: Tensor, slope: TensorLike): Tensor {
  return ops.prelu(this, slope);
};
Tensor.prototype.elu = function (this: Tensor, options?: EluOptions): Tensor {
  return ops.elu(this, options);
};
Tensor.prototype.selu = function (this: Tensor, options?: SeluOptions): Tensor {
  return ops.selu(this, options);
};
Tensor.prototype.celu = function (this: Tensor, options?: CeluOptions): Tensor {
  return ops.celu(this, options);
};
Tensor.prototype.gelu = function (this: Tensor, options?: GeluOptions): Tensor {
  return ops.gelu(this, options);
};
Tensor.prototype.hardSigmoid = function (this: Tensor, options?: HardSigmoidOptions): Tensor {
  return ops.hardSigmoid(this, options);
};
Tensor.prototype.hardSwish = function (this: Tensor): Tensor {
  return ops.hardSwish(this);
};
Tensor.prototype.softplus = function (this: Tensor): Tensor {
  return ops.softplus(this);
};
Tensor.prototype.softsign = function (this: Tensor): Tensor {
  return ops.softsign(this);
};
Tensor.prototype.mish = function (this: Tensor): Tensor {
  return ops.mish(this);
};
Tensor.prototype.silu = function (this: Tensor): Tensor {
  return ops.silu(this);
};
Tensor.prototype.gather = function (this: Tensor, indices: TensorLike, options?: GatherOptions): Tensor {
  return ops.gather(this, indices, options);
};
Tensor.prototype.gatherElements = function (this: Tensor, indices: TensorLike, options?: GatherElementsOptions): Tensor {
  return ops.gatherElements(this, indices, options);
};
Tensor.prototype.gatherNd = function (this: Tensor, indices: TensorLike, options?: GatherNdOptions): Tensor {
  return ops.gatherNd(this, indices, options);
};
Tensor.prototype.scatterElements = function (this: Tensor, indices: TensorLike, updates: TensorLike, options?: ScatterElementsOptions): Tensor {
  return ops.scatterElements(this, indices, updates, options);
};
Tensor.prototype.scatterNd = function (this: Tensor, indices: TensorLike, updates: TensorLike, options?: ScatterNdOptions): Tensor {
  return ops.scatterNd(this, indices, updates, options);
};
Tensor.prototype.oneHot = function (this: Tensor, depth: number, options?: OneHotOptions): Tensor {
  return ops.oneHot(this, depth, options);
};
Tensor.prototype.topK = function (this: Tensor, k: number, options?: TopKOptions): [Tensor, Tensor] {
  return ops.topK(this, k, options);
};
Tensor.prototype.nonZero = function (this: Tensor): Tensor {
  return ops.nonZero(this);
};
Tensor.prototype.triu = function (this: Tensor, options?: TriuOptions): Tensor {
  return ops.triu(this, options);
};
Tensor.prototype.tril = function (this: Tensor, options?: TrilOptions): Tensor {
  return ops.tril(this, options);
};
Tensor.prototype.flatten = function (this: Tensor, options?: FlattenOptions): Tensor {
  return ops.flatten(this, options);
};
Tensor.prototype.squeeze = function (this: Tensor, options?: SqueezeOptions): Tensor {
  return ops.squeeze(this, options);
};
Tensor.prototype.unsqueeze = function (this: Tensor, axes: number[]): Tensor {
  return ops.unsqueeze(this, axes);
};
Tensor.prototype.expand = function (this: Tensor, shape: number[]): Tensor {
  return ops.expand(this, shape);
};
Tensor.prototype.tile = function (this: Tensor, repeats: number[]): Tensor {
  return ops.tile(this, repeats);
};
Tensor.prototype.pad = function (this: Tensor, pads: number[], options?: PadOptions): Tensor {
  return ops.pad(this, pads, options);
};
Tensor.prototype.split = function (this: Tensor, options?: SplitOptions): Tensor[] {
  return ops.split(this, options);
};
Tensor.prototype.depthToSpace = function (this: Tensor, blocksize: number, options?: DepthToSpaceOptions): Tensor {
  return ops.depthToSpace(this, blocksize, options);
};
Tensor.prototype.spaceToDepth = function (this: Tensor, blocksize: number): Tensor {
  return ops.spaceToDepth(this, blocksize);
};
Tensor.prototype.dropout = function (this: Tensor, options?: DropoutOptions): [Tensor, Tensor] {
  return ops.dropout(this, options);
};
Tensor.prototype.gemm = function (this: Tensor, b: TensorLike, c?: TensorLike | undefined, options?: GemmOptions): Tensor {
  return ops.gemm(this, b, c, options);
};
Tensor.prototype.resize = function (this: Tensor, options?: ResizeOptions): Tensor {
  return ops.resize(this, options);
};
Tensor.prototype.embedding = function (this: Tensor, indices: TensorLike): Tensor {
  return ops.embedding(this, indices);
};
Tensor.prototype.softmaxCrossEntropy = function (this: Tensor, labels: TensorLike, options?: SoftmaxCrossEntropyOptions): [Tensor, Tensor] {
  return ops.softmaxCrossEntropy(this, labels, options);
};
Tensor.prototype.nllLoss = function (this: Tensor, labels: TensorLike, options?: NllLossOptions): Tensor {
  return ops.nllLoss(this, labels, options);
};
Tensor.prototype.mseLoss = function (this: Tensor, target: TensorLike, options?: MseLossOptions): Tensor {
  return ops.mseLoss(this, target, options);
};
Tensor.prototype.binaryCrossEntropy = function (this: Tensor, target: TensorLike, options?: BinaryCrossEntropyOptions): Tensor {
  return ops.binaryCrossEntropy(this, target, options);
};
Tensor.prototype.sgdUpdate = function (this: Tensor, grad: TensorLike, momentumBuffer: TensorLike, lr: number, options?: SgdUpdateOptions): [Tensor, Tensor] {
  return ops.sgdUpdate(this, grad, momentumBuffer, lr, options);
};
Tensor.prototype.adamUpdate = function (this: Tensor, grad: TensorLike, m: TensorLike, v: TensorLike, lr: number, step: number, options?: AdamUpdateOptions): [Tensor, Tensor, Tensor] {
  return ops.adamUpdate(this, grad, m, v, lr, step, options);
};
Tensor.prototype.adamwUpdate = function (this: Tensor, grad: TensorLike, m: TensorLike, v: TensorLike, lr: number, step: number, options?: AdamwUpdateOptions): [Tensor, Tensor, Tensor] {
  return ops.adamwUpdate(this, grad, m, v, lr, step, options);
};
Tensor.prototype.conv = function (this: Tensor, w: TensorLike, b?: TensorLike | undefined, options?: ConvOptions): Tensor {
  return ops.conv(this, w, b, options);
};
Tensor.prototype.convTranspose = function (this: Tensor, w: TensorLike, b?: TensorLike | undefined, options?: ConvTransposeOptions): Tensor {
  return ops.convTranspose(this, w, b, options);
};
Tensor.prototype.maxPool = function (this: Tensor, kernelShape: number[], options?: MaxPoolOptions): Tensor {
  return ops.maxPool(this, kernelShape, options);
};
Tensor.prototype.avgPool = function (this: Tensor, kernelShape: number[], options?: AvgPoolOptions): Tensor {
  return ops.avgPool(this, kernelShape, options);
};
Tensor.prototype.globalAvgPool = function (this: Tensor): Tensor {
  return ops.globalAvgPool(this);
};
Tensor.prototype.globalMaxPool = function (this: Tensor): Tensor {
  return ops.globalMaxPool(this);
};
Tensor.prototype.batchNorm = function (this: Tensor, scale: TensorLike, bias: TensorLike, mean: TensorLike, variance: TensorLike, options?: BatchNormOptions): Tensor {
  return ops.batchNorm(this, scale, bias, mean, variance, options);
};
Tensor.prototype.instanceNorm = function (this: Tensor, scale: TensorLike, bias: TensorLike, options?: InstanceNormOptions): Tensor {
  return ops.instanceNorm(this, scale, bias, options);
};
Tensor.prototype.layerNorm = function (this: Tensor, scale?: TensorLike | undefined, bias?: TensorLike | undefined, options?: LayerNormOptions): Tensor {
  return ops.layerNorm(this, scale, bias, options);
};
Tensor.prototype.groupNorm = function (this: Tensor, scale: TensorLike, bias: TensorLike, numGroups: number, options?: GroupNormOptions): Tensor {
  return ops.groupNorm(this, scale, bias, numGroups, options);
};
Tensor.prototype.lrn = function (this: Tensor, size: number, options?: LrnOptions): Tensor {
  return ops.lrn(this, size, options);
};
