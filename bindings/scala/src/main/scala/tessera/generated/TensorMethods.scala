// generated from op-registry/registry.json by generators/src/emit/scala.ts — do not edit

package tessera

/** The operators whose first input is one tensor, as methods on [[Tensor]]: `x.sum(axes = Seq(1))`.
  *
  * Mixed into `object Tensor`, so the methods are found without an import. Each one calls the
  * method of the same name in [[Ops]] with the receiver as its first input.
  */
trait TensorMethods {
  extension (a: Tensor) {
    /** Element-wise sum a + b.
      *
      * Method form of [[Ops.add]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def add(b: Tensor): Tensor = Ops.add(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise difference a - b.
      *
      * Method form of [[Ops.sub]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def sub(b: Tensor): Tensor = Ops.sub(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise product a * b.
      *
      * Method form of [[Ops.mul]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def mul(b: Tensor): Tensor = Ops.mul(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).
      *
      * Method form of [[Ops.div]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def div(b: Tensor): Tensor = Ops.div(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).
      *
      * Method form of [[Ops.pow]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def pow(b: Tensor): Tensor = Ops.pow(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise maximum of a and b (NaN if either is NaN).
      *
      * Method form of [[Ops.maximum]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def maximum(b: Tensor): Tensor = Ops.maximum(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise minimum of a and b (NaN if either is NaN).
      *
      * Method form of [[Ops.minimum]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def minimum(b: Tensor): Tensor = Ops.minimum(a, b)
  }

  extension (x: Tensor) {
    /** Element-wise negation -x.
      *
      * Method form of [[Ops.neg]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def neg(): Tensor = Ops.neg(x)
  }

  extension (x: Tensor) {
    /** Element-wise absolute value |x|.
      *
      * Method form of [[Ops.abs]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def abs(): Tensor = Ops.abs(x)
  }

  extension (x: Tensor) {
    /** Rectified linear unit max(x, 0).
      *
      * Method form of [[Ops.relu]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def relu(): Tensor = Ops.relu(x)
  }

  extension (x: Tensor) {
    /** Element-wise natural exponential e^x.
      *
      * Method form of [[Ops.exp]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def exp(): Tensor = Ops.exp(x)
  }

  extension (x: Tensor) {
    /** Element-wise natural logarithm (NaN below 0, -inf at 0).
      *
      * Method form of [[Ops.log]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def log(): Tensor = Ops.log(x)
  }

  extension (x: Tensor) {
    /** Element-wise square root (NaN below 0).
      *
      * Method form of [[Ops.sqrt]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def sqrt(): Tensor = Ops.sqrt(x)
  }

  extension (x: Tensor) {
    /** Element-wise hyperbolic tangent.
      *
      * Method form of [[Ops.tanh]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def tanh(): Tensor = Ops.tanh(x)
  }

  extension (x: Tensor) {
    /** Element-wise logistic function 1 / (1 + e^-x).
      *
      * Method form of [[Ops.sigmoid]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def sigmoid(): Tensor = Ops.sigmoid(x)
  }

  extension (a: Tensor) {
    /** Element-wise a == b.
      *
      * Method form of [[Ops.equal]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def equal(b: Tensor): Tensor = Ops.equal(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise a < b.
      *
      * Method form of [[Ops.less]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def less(b: Tensor): Tensor = Ops.less(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise a > b.
      *
      * Method form of [[Ops.greater]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def greater(b: Tensor): Tensor = Ops.greater(a, b)
  }

  extension (condition: Tensor) {
    /** Element-wise selection: x where condition is true, else y.
      *
      * Method form of [[Ops.where]]: `condition` is the receiver.
      *
      * @param x Values taken where condition is true.
      * @param y Values taken where condition is false.
      * @return Selected values with the broadcast shape and x's dtype.
      */
    def where(x: Tensor, y: Tensor): Tensor = Ops.where(condition, x, y)
  }

  extension (x: Tensor) {
    /** Converts x to another dtype.
      *
      * Method form of [[Ops.cast]]: `x` is the receiver.
      *
      * @param dtype Target element type. (default `DType.Float32`)
      * @return x converted to dtype, same shape.
      */
    def cast(dtype: DType = DType.Float32): Tensor = Ops.cast(x, dtype)
  }

  extension (a: Tensor) {
    /** Matrix product with NumPy semantics.
      *
      * Method form of [[Ops.matmul]]: `a` is the receiver.
      *
      * @param b Right operand [..., k, m] or [k].
      * @return Product [..., n, m].
      */
    def matmul(b: Tensor): Tensor = Ops.matmul(a, b)
  }

  extension (x: Tensor) {
    /** Sum of elements over axes.
      *
      * Method form of [[Ops.sum]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def sum(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.sum(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Arithmetic mean over axes (integers divide with truncation).
      *
      * Method form of [[Ops.mean]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def mean(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.mean(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Maximum over axes (NaN propagates).
      *
      * Method form of [[Ops.max]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def max(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.max(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Minimum over axes (NaN propagates).
      *
      * Method form of [[Ops.min]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def min(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.min(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Product of elements over axes.
      *
      * Method form of [[Ops.prod]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def prod(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.prod(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Sum of absolute values over axes.
      *
      * Method form of [[Ops.l1Norm]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def l1Norm(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.l1Norm(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Euclidean norm sqrt(sum(x^2)) over axes.
      *
      * Method form of [[Ops.l2Norm]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def l2Norm(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.l2Norm(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** log(sum(exp(x))) over axes, numerically stable.
      *
      * Method form of [[Ops.logSumExp]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def logSumExp(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.logSumExp(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Sum of squares over axes.
      *
      * Method form of [[Ops.sumSquare]]: `x` is the receiver.
      *
      * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
      * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
      * @return Reduced tensor with x's dtype.
      */
    def sumSquare(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.sumSquare(x, axes, keepdims)
  }

  extension (x: Tensor) {
    /** Index of the largest element along an axis.
      *
      * Method form of [[Ops.argmax]]: `x` is the receiver.
      *
      * @param axis Axis to search along; negative counts from the end. (default `0`)
      * @param keepdims Keep the searched axis as a dimension of size 1 (as ONNX). (default `true`)
      * @param selectLastIndex Among equal extremes take the last index instead of the first. (default `false`)
      * @return int64 positions along axis; x's shape with axis removed or kept as 1.
      */
    def argmax(axis: Int = 0, keepdims: Boolean = true, selectLastIndex: Boolean = false): Tensor = Ops.argmax(x, axis, keepdims, selectLastIndex)
  }

  extension (x: Tensor) {
    /** Index of the smallest element along an axis.
      *
      * Method form of [[Ops.argmin]]: `x` is the receiver.
      *
      * @param axis Axis to search along; negative counts from the end. (default `0`)
      * @param keepdims Keep the searched axis as a dimension of size 1 (as ONNX). (default `true`)
      * @param selectLastIndex Among equal extremes take the last index instead of the first. (default `false`)
      * @return int64 positions along axis; x's shape with axis removed or kept as 1.
      */
    def argmin(axis: Int = 0, keepdims: Boolean = true, selectLastIndex: Boolean = false): Tensor = Ops.argmin(x, axis, keepdims, selectLastIndex)
  }

  extension (x: Tensor) {
    /** Running sum along an axis.
      *
      * Method form of [[Ops.cumsum]]: `x` is the receiver.
      *
      * @param axis Axis to sum along; negative counts from the end. (default `0`)
      * @param exclusive Leave each element out of its own sum. (default `false`)
      * @param reverse Sum from the last element towards the first. (default `false`)
      * @return Running sums, x's shape and dtype.
      */
    def cumsum(axis: Int = 0, exclusive: Boolean = false, reverse: Boolean = false): Tensor = Ops.cumsum(x, axis, exclusive, reverse)
  }

  extension (x: Tensor) {
    /** Gives x a new shape with the same number of elements.
      *
      * Method form of [[Ops.reshape]]: `x` is the receiver.
      *
      * @param shape New dimension sizes (row-major order); one may be -1.
      * @return x with the new shape.
      */
    def reshape(shape: Seq[Long]): Tensor = Ops.reshape(x, shape)
  }

  extension (x: Tensor) {
    /** Permutes the dimensions of x (a view, no copy).
      *
      * Method form of [[Ops.transpose]]: `x` is the receiver.
      *
      * @param perm A permutation of 0..ndim-1; empty reverses the dimensions. (default `Seq()`)
      * @return x with permuted dimensions.
      */
    def transpose(perm: Seq[Int] = Seq()): Tensor = Ops.transpose(x, perm)
  }

  extension (x: Tensor) {
    /** Takes a strided sub-range of x along some axes (a view, no copy).
      *
      * Method form of [[Ops.slice]]: `x` is the receiver.
      *
      * @param starts First index per sliced axis.
      * @param ends End index (exclusive) per sliced axis.
      * @param axes Axes the starts/ends refer to; empty means 0, 1, ... in order. (default `Seq()`)
      * @param steps Step per sliced axis (nonzero); empty means all 1. (default `Seq()`)
      * @return The selected elements.
      */
    def slice(starts: Seq[Int], ends: Seq[Int], axes: Seq[Int] = Seq(), steps: Seq[Long] = Seq()): Tensor = Ops.slice(x, starts, ends, axes, steps)
  }

  extension (x: Tensor) {
    /** Normalized exponentials along one axis: exp(x) / sum(exp(x)).
      *
      * Method form of [[Ops.softmax]]: `x` is the receiver.
      *
      * @param axis Axis to normalize over; negative counts from the end. (default `-1`)
      * @return Probabilities along axis (sum to 1), same shape as x.
      */
    def softmax(axis: Int = -1): Tensor = Ops.softmax(x, axis)
  }

  extension (x: Tensor) {
    /** Logarithm of softmax along one axis: x - log(sum(exp(x))).
      *
      * Method form of [[Ops.logSoftmax]]: `x` is the receiver.
      *
      * @param axis Axis to normalize over; negative counts from the end. (default `-1`)
      * @return Log-probabilities along axis, same shape as x.
      */
    def logSoftmax(axis: Int = -1): Tensor = Ops.logSoftmax(x, axis)
  }

  extension (x: Tensor) {
    /** Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.
      *
      * Method form of [[Ops.erf]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def erf(): Tensor = Ops.erf(x)
  }

  extension (x: Tensor) {
    /** Element-wise floor: the largest integer not greater than x.
      *
      * Method form of [[Ops.floor]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def floor(): Tensor = Ops.floor(x)
  }

  extension (x: Tensor) {
    /** Element-wise ceiling: the smallest integer not less than x.
      *
      * Method form of [[Ops.ceil]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def ceil(): Tensor = Ops.ceil(x)
  }

  extension (x: Tensor) {
    /** Element-wise rounding to the nearest integer, halfway cases to the even one.
      *
      * Method form of [[Ops.round]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def round(): Tensor = Ops.round(x)
  }

  extension (x: Tensor) {
    /** Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.
      *
      * Method form of [[Ops.sign]]: `x` is the receiver.
      *
      * @return Sign of x with x's shape and dtype.
      */
    def sign(): Tensor = Ops.sign(x)
  }

  extension (x: Tensor) {
    /** Element-wise reciprocal 1 / x.
      *
      * Method form of [[Ops.reciprocal]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def reciprocal(): Tensor = Ops.reciprocal(x)
  }

  extension (x: Tensor) {
    /** Element-wise sine (radians).
      *
      * Method form of [[Ops.sin]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def sin(): Tensor = Ops.sin(x)
  }

  extension (x: Tensor) {
    /** Element-wise cosine (radians).
      *
      * Method form of [[Ops.cos]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def cos(): Tensor = Ops.cos(x)
  }

  extension (x: Tensor) {
    /** Element-wise tangent (radians).
      *
      * Method form of [[Ops.tan]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def tan(): Tensor = Ops.tan(x)
  }

  extension (x: Tensor) {
    /** Element-wise arcsine, in [-pi/2, pi/2].
      *
      * Method form of [[Ops.asin]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def asin(): Tensor = Ops.asin(x)
  }

  extension (x: Tensor) {
    /** Element-wise arccosine, in [0, pi].
      *
      * Method form of [[Ops.acos]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def acos(): Tensor = Ops.acos(x)
  }

  extension (x: Tensor) {
    /** Element-wise arctangent, in (-pi/2, pi/2).
      *
      * Method form of [[Ops.atan]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def atan(): Tensor = Ops.atan(x)
  }

  extension (x: Tensor) {
    /** Element-wise hyperbolic sine.
      *
      * Method form of [[Ops.sinh]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def sinh(): Tensor = Ops.sinh(x)
  }

  extension (x: Tensor) {
    /** Element-wise hyperbolic cosine.
      *
      * Method form of [[Ops.cosh]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def cosh(): Tensor = Ops.cosh(x)
  }

  extension (x: Tensor) {
    /** Element-wise inverse hyperbolic sine.
      *
      * Method form of [[Ops.asinh]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def asinh(): Tensor = Ops.asinh(x)
  }

  extension (x: Tensor) {
    /** Element-wise inverse hyperbolic cosine, >= 0.
      *
      * Method form of [[Ops.acosh]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def acosh(): Tensor = Ops.acosh(x)
  }

  extension (x: Tensor) {
    /** Element-wise inverse hyperbolic tangent.
      *
      * Method form of [[Ops.atanh]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def atanh(): Tensor = Ops.atanh(x)
  }

  extension (x: Tensor) {
    /** Element-wise test for NaN.
      *
      * Method form of [[Ops.isnan]]: `x` is the receiver.
      *
      * @return Bool tensor with x's shape: true where x is NaN.
      */
    def isnan(): Tensor = Ops.isnan(x)
  }

  extension (x: Tensor) {
    /** Element-wise test for infinity, optionally of one sign only.
      *
      * Method form of [[Ops.isinf]]: `x` is the receiver.
      *
      * @param detectPositive Report +inf. (default `true`)
      * @param detectNegative Report -inf. (default `true`)
      * @return Bool tensor with x's shape: true where x is an infinity of a detected sign.
      */
    def isinf(detectPositive: Boolean = true, detectNegative: Boolean = true): Tensor = Ops.isinf(x, detectPositive, detectNegative)
  }

  extension (a: Tensor) {
    /** Element-wise remainder of a / b.
      *
      * Method form of [[Ops.mod]]: `a` is the receiver.
      *
      * @param b Divisor, broadcast against a.
      * @param fmod false: sign of the divisor (integers only); true: sign of the dividend (C fmod). (default `false`)
      * @return Remainder with the broadcast shape and the inputs' dtype.
      */
    def mod(b: Tensor, fmod: Boolean = false): Tensor = Ops.mod(a, b, fmod)
  }

  extension (x: Tensor) {
    /** Limits every element to [min, max].
      *
      * Method form of [[Ops.clip]]: `x` is the receiver.
      *
      * @param min Lower bound (not NaN); -inf leaves x unbounded below. (default `Double.NegativeInfinity`)
      * @param max Upper bound (not NaN); inf leaves x unbounded above. (default `Double.PositiveInfinity`)
      * @return Clipped values with x's shape and dtype.
      */
    def clip(min: Double = Double.NegativeInfinity, max: Double = Double.PositiveInfinity): Tensor = Ops.clip(x, min, max)
  }

  extension (a: Tensor) {
    /** Element-wise a <= b.
      *
      * Method form of [[Ops.lessEqual]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def lessEqual(b: Tensor): Tensor = Ops.lessEqual(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise a >= b.
      *
      * Method form of [[Ops.greaterEqual]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def greaterEqual(b: Tensor): Tensor = Ops.greaterEqual(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise logical AND.
      *
      * Method form of [[Ops.logicalAnd]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def logicalAnd(b: Tensor): Tensor = Ops.logicalAnd(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise logical OR.
      *
      * Method form of [[Ops.logicalOr]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def logicalOr(b: Tensor): Tensor = Ops.logicalOr(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise logical exclusive OR.
      *
      * Method form of [[Ops.logicalXor]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Bool tensor with the broadcast shape.
      */
    def logicalXor(b: Tensor): Tensor = Ops.logicalXor(a, b)
  }

  extension (x: Tensor) {
    /** Element-wise logical NOT.
      *
      * Method form of [[Ops.logicalNot]]: `x` is the receiver.
      *
      * @return Bool tensor with x's shape: true where x is false.
      */
    def logicalNot(): Tensor = Ops.logicalNot(x)
  }

  extension (a: Tensor) {
    /** Element-wise bitwise AND.
      *
      * Method form of [[Ops.bitwiseAnd]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def bitwiseAnd(b: Tensor): Tensor = Ops.bitwiseAnd(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise bitwise OR.
      *
      * Method form of [[Ops.bitwiseOr]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def bitwiseOr(b: Tensor): Tensor = Ops.bitwiseOr(a, b)
  }

  extension (a: Tensor) {
    /** Element-wise bitwise exclusive OR.
      *
      * Method form of [[Ops.bitwiseXor]]: `a` is the receiver.
      *
      * @param b Second operand, broadcast against a.
      * @return Result with the broadcast shape and the inputs' dtype.
      */
    def bitwiseXor(b: Tensor): Tensor = Ops.bitwiseXor(a, b)
  }

  extension (x: Tensor) {
    /** Element-wise bitwise NOT (one's complement).
      *
      * Method form of [[Ops.bitwiseNot]]: `x` is the receiver.
      *
      * @return ~x with x's shape and dtype.
      */
    def bitwiseNot(): Tensor = Ops.bitwiseNot(x)
  }

  extension (x: Tensor) {
    /** Leaky rectified linear unit: x for x >= 0, alpha * x below.
      *
      * Method form of [[Ops.leakyRelu]]: `x` is the receiver.
      *
      * @param alpha Slope for negative x. (default `0.01`)
      * @return Result with x's shape and dtype.
      */
    def leakyRelu(alpha: Double = 0.01): Tensor = Ops.leakyRelu(x, alpha)
  }

  extension (x: Tensor) {
    /** Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.
      *
      * Method form of [[Ops.prelu]]: `x` is the receiver.
      *
      * @param slope Slopes for negative x; must broadcast to x's shape.
      * @return Result with x's shape and dtype.
      */
    def prelu(slope: Tensor): Tensor = Ops.prelu(x, slope)
  }

  extension (x: Tensor) {
    /** Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.
      *
      * Method form of [[Ops.elu]]: `x` is the receiver.
      *
      * @param alpha Scale of the negative part (its limit is -alpha). (default `1.0`)
      * @return Result with x's shape and dtype.
      */
    def elu(alpha: Double = 1.0): Tensor = Ops.elu(x, alpha)
  }

  extension (x: Tensor) {
    /** Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).
      *
      * Method form of [[Ops.selu]]: `x` is the receiver.
      *
      * @param alpha Scale of the negative part before gamma. (default `1.6732631921768188`)
      * @param gamma Overall scale. (default `1.0507010221481323`)
      * @return Result with x's shape and dtype.
      */
    def selu(alpha: Double = 1.6732631921768188, gamma: Double = 1.0507010221481323): Tensor = Ops.selu(x, alpha, gamma)
  }

  extension (x: Tensor) {
    /** Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).
      *
      * Method form of [[Ops.celu]]: `x` is the receiver.
      *
      * @param alpha Scale of the negative part; nonzero. (default `1.0`)
      * @return Result with x's shape and dtype.
      */
    def celu(alpha: Double = 1.0): Tensor = Ops.celu(x, alpha)
  }

  extension (x: Tensor) {
    /** Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.
      *
      * Method form of [[Ops.gelu]]: `x` is the receiver.
      *
      * @param approximate Exact erf form or the tanh approximation. (default `GeluApproximate.None`)
      * @return Result with x's shape and dtype.
      */
    def gelu(approximate: GeluApproximate = GeluApproximate.None): Tensor = Ops.gelu(x, approximate)
  }

  extension (x: Tensor) {
    /** Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).
      *
      * Method form of [[Ops.hardSigmoid]]: `x` is the receiver.
      *
      * @param alpha Slope. (default `0.2`)
      * @param beta Offset. (default `0.5`)
      * @return Result in [0, 1] with x's shape and dtype.
      */
    def hardSigmoid(alpha: Double = 0.2, beta: Double = 0.5): Tensor = Ops.hardSigmoid(x, alpha, beta)
  }

  extension (x: Tensor) {
    /** x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).
      *
      * Method form of [[Ops.hardSwish]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def hardSwish(): Tensor = Ops.hardSwish(x)
  }

  extension (x: Tensor) {
    /** Smooth ReLU: log(1 + e^x).
      *
      * Method form of [[Ops.softplus]]: `x` is the receiver.
      *
      * @return Result (positive) with x's shape and dtype.
      */
    def softplus(): Tensor = Ops.softplus(x)
  }

  extension (x: Tensor) {
    /** x / (1 + |x|).
      *
      * Method form of [[Ops.softsign]]: `x` is the receiver.
      *
      * @return Result in (-1, 1) with x's shape and dtype.
      */
    def softsign(): Tensor = Ops.softsign(x)
  }

  extension (x: Tensor) {
    /** Mish: x * tanh(softplus(x)).
      *
      * Method form of [[Ops.mish]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def mish(): Tensor = Ops.mish(x)
  }

  extension (x: Tensor) {
    /** Sigmoid linear unit (swish): x * sigmoid(x).
      *
      * Method form of [[Ops.silu]]: `x` is the receiver.
      *
      * @return Result with x's shape and dtype.
      */
    def silu(): Tensor = Ops.silu(x)
  }

  extension (x: Tensor) {
    /** Takes slices of x along an axis at the given indices.
      *
      * Method form of [[Ops.gather]]: `x` is the receiver.
      *
      * @param indices Positions along axis (any shape).
      * @param axis Axis of x to index; negative counts from the end. (default `0`)
      * @return The gathered slices, x's dtype.
      */
    def gather(indices: Tensor, axis: Int = 0): Tensor = Ops.gather(x, indices, axis)
  }

  extension (data: Tensor) {
    /** Picks one element of data along an axis for every entry of indices.
      *
      * Method form of [[Ops.gatherElements]]: `data` is the receiver.
      *
      * @param indices Positions along axis, same rank as data.
      * @param axis Axis the indices run along; negative counts from the end. (default `0`)
      * @return Selected elements, the shape of indices and data's dtype.
      */
    def gatherElements(indices: Tensor, axis: Int = 0): Tensor = Ops.gatherElements(data, indices, axis)
  }

  extension (data: Tensor) {
    /** Gathers slices of data addressed by index tuples (the last dimension of indices).
      *
      * Method form of [[Ops.gatherNd]]: `data` is the receiver.
      *
      * @param indices Index tuples along the last dimension.
      * @param batchDims Number of leading dimensions shared by data and indices. Range: [0, 8]. (default `0L`)
      * @return The gathered elements or slices, data's dtype.
      */
    def gatherNd(indices: Tensor, batchDims: Long = 0L): Tensor = Ops.gatherNd(data, indices, batchDims)
  }

  extension (data: Tensor) {
    /** Copy of data with updates written at positions given per element by indices along an axis.
      *
      * Method form of [[Ops.scatterElements]]: `data` is the receiver.
      *
      * @param indices Positions along axis, same rank as data.
      * @param updates Values to write, the shape of indices and data's dtype.
      * @param axis Axis the indices run along; negative counts from the end. (default `0`)
      * @param reduction How an update combines with the value already there. (default `ScatterElementsReduction.None`)
      * @return Updated copy of data.
      */
    def scatterElements(indices: Tensor, updates: Tensor, axis: Int = 0, reduction: ScatterElementsReduction = ScatterElementsReduction.None): Tensor = Ops.scatterElements(data, indices, updates, axis, reduction)
  }

  extension (data: Tensor) {
    /** Copy of data with slices written at positions given by index tuples.
      *
      * Method form of [[Ops.scatterNd]]: `data` is the receiver.
      *
      * @param indices Index tuples along the last dimension.
      * @param updates Slices to write, data's dtype.
      * @param reduction How an update combines with the value already there. (default `ScatterNdReduction.None`)
      * @return Updated copy of data.
      */
    def scatterNd(indices: Tensor, updates: Tensor, reduction: ScatterNdReduction = ScatterNdReduction.None): Tensor = Ops.scatterNd(data, indices, updates, reduction)
  }

  extension (indices: Tensor) {
    /** One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.
      *
      * Method form of [[Ops.oneHot]]: `indices` is the receiver.
      *
      * @param depth Number of classes (length of the new axis). Range: [1, 1099511627776].
      * @param axis Where the new axis goes in the result; -1 appends it. (default `-1`)
      * @param onValue Value at the index. (default `1.0`)
      * @param offValue Value everywhere else. (default `0.0`)
      * @param dtype Element type of the result. (default `DType.Float32`)
      * @return The encoding, dtype as requested.
      */
    def oneHot(depth: Long, axis: Int = -1, onValue: Double = 1.0, offValue: Double = 0.0, dtype: DType = DType.Float32): Tensor = Ops.oneHot(indices, depth, axis, onValue, offValue, dtype)
  }

  extension (x: Tensor) {
    /** The k largest (or smallest) elements along an axis and their indices.
      *
      * Method form of [[Ops.topK]]: `x` is the receiver.
      *
      * @param k How many elements to take (at most the axis size). Range: [0, 9007199254740992].
      * @param axis Axis to select along; negative counts from the end. (default `-1`)
      * @param largest Take the largest elements (false: the smallest). (default `true`)
      * @param sorted Order the results from the most extreme (false: by index). (default `true`)
      * @return a tuple (values: The selected elements; x's shape with axis of size k.; indices: Their int64 positions along axis.)
      */
    def topK(k: Long, axis: Int = -1, largest: Boolean = true, sorted: Boolean = true): (Tensor, Tensor) = Ops.topK(x, k, axis, largest, sorted)
  }

  extension (x: Tensor) {
    /** Indices of the nonzero elements, one row per dimension.
      *
      * Method form of [[Ops.nonZero]]: `x` is the receiver.
      *
      * @return int64 [max(ndim, 1), count] coordinates of the nonzero elements.
      */
    def nonZero(): Tensor = Ops.nonZero(x)
  }

  extension (x: Tensor) {
    /** Upper triangle of the last two dimensions; the rest becomes 0.
      *
      * Method form of [[Ops.triu]]: `x` is the receiver.
      *
      * @param k Diagonal offset: 0 is the main diagonal, positive above it, negative below. (default `0L`)
      * @return x with the other triangle zeroed, same shape and dtype.
      */
    def triu(k: Long = 0L): Tensor = Ops.triu(x, k)
  }

  extension (x: Tensor) {
    /** Lower triangle of the last two dimensions; the rest becomes 0.
      *
      * Method form of [[Ops.tril]]: `x` is the receiver.
      *
      * @param k Diagonal offset: 0 is the main diagonal, positive above it, negative below. (default `0L`)
      * @return x with the other triangle zeroed, same shape and dtype.
      */
    def tril(k: Long = 0L): Tensor = Ops.tril(x, k)
  }

  extension (x: Tensor) {
    /** Reshapes x to a matrix: dimensions before axis become rows, the rest columns.
      *
      * Method form of [[Ops.flatten]]: `x` is the receiver.
      *
      * @param axis Split point: dimensions [0, axis) form the rows; negative counts from the end. (default `1L`)
      * @return 2-D tensor with x's elements.
      */
    def flatten(axis: Long = 1L): Tensor = Ops.flatten(x, axis)
  }

  extension (x: Tensor) {
    /** Removes dimensions of size 1 (a view, no copy).
      *
      * Method form of [[Ops.squeeze]]: `x` is the receiver.
      *
      * @param axes Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes. (default `Seq()`)
      * @return x without those dimensions.
      */
    def squeeze(axes: Seq[Int] = Seq()): Tensor = Ops.squeeze(x, axes)
  }

  extension (x: Tensor) {
    /** Inserts dimensions of size 1 (a view, no copy).
      *
      * Method form of [[Ops.unsqueeze]]: `x` is the receiver.
      *
      * @param axes Positions of the new size-1 dimensions in the result.
      * @return x with the new dimensions.
      */
    def unsqueeze(axes: Seq[Int]): Tensor = Ops.unsqueeze(x, axes)
  }

  extension (x: Tensor) {
    /** Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).
      *
      * Method form of [[Ops.expand]]: `x` is the receiver.
      *
      * @param shape Target shape, broadcast with x's shape.
      * @return x broadcast to the result shape.
      */
    def expand(shape: Seq[Long]): Tensor = Ops.expand(x, shape)
  }

  extension (x: Tensor) {
    /** Repeats x along each dimension.
      *
      * Method form of [[Ops.tile]]: `x` is the receiver.
      *
      * @param repeats Copies per dimension (>= 0), one entry per dimension of x.
      * @return The tiled tensor, x's dtype.
      */
    def tile(repeats: Seq[Long]): Tensor = Ops.tile(x, repeats)
  }

  extension (x: Tensor) {
    /** Pads x at the start and end of each dimension (constant, reflect, edge or wrap).
      *
      * Method form of [[Ops.pad]]: `x` is the receiver.
      *
      * @param pads [begin_0, ..., begin_(n-1), end_0, ..., end_(n-1)]; negative values crop.
      * @param mode How the new elements are filled. (default `PadMode.Constant`)
      * @param value Fill value in constant mode, converted to x's dtype. (default `0.0`)
      * @return The padded tensor, x's dtype.
      */
    def pad(pads: Seq[Long], mode: PadMode = PadMode.Constant, value: Double = 0.0): Tensor = Ops.pad(x, pads, mode, value)
  }

  extension (x: Tensor) {
    /** Splits x along an axis into pieces (views of x, no copy).
      *
      * Method form of [[Ops.split]]: `x` is the receiver.
      *
      * @param axis Axis to split; negative counts from the end. (default `0`)
      * @param split Size of each piece; empty: use num_outputs. (default `Seq()`)
      * @param numOutputs Number of pieces when split is empty (0: use split). Range: [0, 64]. (default `0L`)
      * @return The pieces in order, views of x. Returned as a Seq whose length is decided at run time.
      */
    def split(axis: Int = 0, split: Seq[Long] = Seq(), numOutputs: Long = 0L): Seq[Tensor] = Ops.split(x, axis, split, numOutputs)
  }

  extension (x: Tensor) {
    /** Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].
      *
      * Method form of [[Ops.depthToSpace]]: `x` is the receiver.
      *
      * @param blocksize Edge of the spatial blocks. Range: [1, 1048576].
      * @param mode Channel order inside a block. (default `DepthToSpaceMode.Dcr`)
      * @return [N, C/b^2, H*b, W*b], x's dtype.
      */
    def depthToSpace(blocksize: Long, mode: DepthToSpaceMode = DepthToSpaceMode.Dcr): Tensor = Ops.depthToSpace(x, blocksize, mode)
  }

  extension (x: Tensor) {
    /** Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].
      *
      * Method form of [[Ops.spaceToDepth]]: `x` is the receiver.
      *
      * @param blocksize Edge of the spatial blocks. Range: [1, 1048576].
      * @return [N, C*b^2, H/b, W/b], x's dtype.
      */
    def spaceToDepth(blocksize: Long): Tensor = Ops.spaceToDepth(x, blocksize)
  }

  extension (x: Tensor) {
    /** Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).
      *
      * Method form of [[Ops.dropout]]: `x` is the receiver.
      *
      * @param ratio Probability of dropping an element, in [0, 1). Range: [0, 1]. (default `0.5`)
      * @param training Apply dropout (true) or pass x through unchanged (false, inference). (default `false`)
      * @param seed Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic). (default `0L`)
      * @return a tuple (y: x with dropped elements zeroed and kept ones scaled by 1 / (1 - ratio); x's shape and dtype.; mask: True where the element was kept; x's shape.)
      */
    def dropout(ratio: Double = 0.5, training: Boolean = false, seed: Long = 0L): (Tensor, Tensor) = Ops.dropout(x, ratio, training, seed)
  }

  extension (a: Tensor) {
    /** General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).
      *
      * Method form of [[Ops.gemm]]: `a` is the receiver.
      *
      * @param b Right matrix [K, N] ([N, K] with trans_b).
      * @param c Addend broadcastable to [M, N] (optional). Optional.
      * @param alpha Scale of the product op(a) @ op(b). (default `1.0`)
      * @param beta Scale of c. (default `1.0`)
      * @param transA Use a transposed. (default `false`)
      * @param transB Use b transposed. (default `false`)
      * @return Result [M, N], the dtype of a.
      */
    def gemm(b: Tensor, c: Option[Tensor] = None, alpha: Double = 1.0, beta: Double = 1.0, transA: Boolean = false, transB: Boolean = false): Tensor = Ops.gemm(a, b, c, alpha, beta, transA, transB)
  }

  extension (x: Tensor) {
    /** Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).
      *
      * Method form of [[Ops.resize]]: `x` is the receiver.
      *
      * @param mode Interpolation: nearest neighbour, (multi)linear or cubic. (default `ResizeMode.Nearest`)
      * @param scales Scale per dimension of x (positive); empty when sizes is given. (default `Seq()`)
      * @param sizes Output size per dimension of x; empty when scales is given. (default `Seq()`)
      * @param coordinateTransformationMode How an output index maps to a source coordinate. (default `ResizeCoordinateTransformationMode.HalfPixel`)
      * @param nearestMode How nearest rounds a fractional source coordinate (mode nearest only). (default `ResizeNearestMode.RoundPreferFloor`)
      * @param cubicCoeffA Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's). (default `-0.75`)
      * @param excludeOutside Give taps outside the input weight 0 and renormalize the rest (mode cubic). (default `false`)
      * @return The resized tensor, x's dtype.
      */
    def resize(mode: ResizeMode = ResizeMode.Nearest, scales: Seq[Double] = Seq(), sizes: Seq[Long] = Seq(), coordinateTransformationMode: ResizeCoordinateTransformationMode = ResizeCoordinateTransformationMode.HalfPixel, nearestMode: ResizeNearestMode = ResizeNearestMode.RoundPreferFloor, cubicCoeffA: Double = -0.75, excludeOutside: Boolean = false): Tensor = Ops.resize(x, mode, scales, sizes, coordinateTransformationMode, nearestMode, cubicCoeffA, excludeOutside)
  }

  extension (weight: Tensor) {
    /** Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].
      *
      * Method form of [[Ops.embedding]]: `weight` is the receiver.
      *
      * @param indices Row indices, any shape, in [0, V).
      * @return indices.shape + [D], weight's dtype.
      */
    def embedding(indices: Tensor): Tensor = Ops.embedding(weight, indices)
  }

  extension (logits: Tensor) {
    /** Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).
      *
      * Method form of [[Ops.softmaxCrossEntropy]]: `logits` is the receiver.
      *
      * @param labels Class indices [N] or [N, d1, ...].
      * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `SoftmaxCrossEntropyReduction.Mean`)
      * @param ignoreIndex Label value that is skipped (default -100 as in PyTorch); a class label, not a position. (default `-100L`)
      * @return a tuple (loss: A scalar for mean and sum, [N, d1, ...] for none; the dtype of logits.; logProb: log_softmax(logits) along the class axis, the shape of logits.)
      */
    def softmaxCrossEntropy(labels: Tensor, reduction: SoftmaxCrossEntropyReduction = SoftmaxCrossEntropyReduction.Mean, ignoreIndex: Long = -100L): (Tensor, Tensor) = Ops.softmaxCrossEntropy(logits, labels, reduction, ignoreIndex)
  }

  extension (input: Tensor) {
    /** Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).
      *
      * Method form of [[Ops.nllLoss]]: `input` is the receiver.
      *
      * @param labels Class indices [N] or [N, d1, ...].
      * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `NllLossReduction.Mean`)
      * @param ignoreIndex Label value that is skipped (default -100 as in PyTorch); a class label, not a position. (default `-100L`)
      * @return A scalar for mean and sum, [N, d1, ...] for none; the dtype of input.
      */
    def nllLoss(labels: Tensor, reduction: NllLossReduction = NllLossReduction.Mean, ignoreIndex: Long = -100L): Tensor = Ops.nllLoss(input, labels, reduction, ignoreIndex)
  }

  extension (pred: Tensor) {
    /** Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).
      *
      * Method form of [[Ops.mseLoss]]: `pred` is the receiver.
      *
      * @param target Targets, the shape of pred.
      * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `MseLossReduction.Mean`)
      * @return A scalar for mean and sum, pred's shape for none.
      */
    def mseLoss(target: Tensor, reduction: MseLossReduction = MseLossReduction.Mean): Tensor = Ops.mseLoss(pred, target, reduction)
  }

  extension (p: Tensor) {
    /** Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).
      *
      * Method form of [[Ops.binaryCrossEntropy]]: `p` is the receiver.
      *
      * @param target Targets, the shape of p.
      * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `BinaryCrossEntropyReduction.Mean`)
      * @return A scalar for mean and sum, p's shape for none.
      */
    def binaryCrossEntropy(target: Tensor, reduction: BinaryCrossEntropyReduction = BinaryCrossEntropyReduction.Mean): Tensor = Ops.binaryCrossEntropy(p, target, reduction)
  }

  extension (weight: Tensor) {
    /** One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).
      *
      * Method form of [[Ops.sgdUpdate]]: `weight` is the receiver.
      *
      * @param grad Gradient of the loss with respect to weight.
      * @param momentumBuffer Momentum buffer from the previous step; zeros before the first.
      * @param lr Learning rate (>= 0). Range: [0, inf].
      * @param momentum Momentum factor (>= 0); 0 disables momentum. Range: [0, inf]. (default `0.0`)
      * @param weightDecay L2 penalty added to the gradient (>= 0). Range: [0, inf]. (default `0.0`)
      * @param nesterov Use Nesterov momentum (needs momentum > 0). (default `false`)
      * @return a tuple (newWeight: Parameter after the step.; newMomentumBuffer: Momentum buffer for the next step.)
      */
    def sgdUpdate(grad: Tensor, momentumBuffer: Tensor, lr: Double, momentum: Double = 0.0, weightDecay: Double = 0.0, nesterov: Boolean = false): (Tensor, Tensor) = Ops.sgdUpdate(weight, grad, momentumBuffer, lr, momentum, weightDecay, nesterov)
  }

  extension (weight: Tensor) {
    /** One Adam step with bias correction and L2 weight decay (torch.optim.Adam).
      *
      * Method form of [[Ops.adamUpdate]]: `weight` is the receiver.
      *
      * @param grad Gradient of the loss with respect to weight.
      * @param m First-moment (mean) estimate from the previous step; zeros before the first.
      * @param v Second-moment (uncentered variance) estimate from the previous step; zeros before the first.
      * @param lr Learning rate (>= 0). Range: [0, inf].
      * @param step Number of this step, counting from 1 (for bias correction). Range: [1, 9007199254740991].
      * @param beta1 Decay of the first moment, in [0, 1). Range: [0, 1]. (default `0.9`)
      * @param beta2 Decay of the second moment, in [0, 1). Range: [0, 1]. (default `0.999`)
      * @param epsilon Added to the denominator for stability (>= 0). Range: [0, inf]. (default `1e-8`)
      * @param weightDecay L2 penalty added to the gradient (>= 0). Range: [0, inf]. (default `0.0`)
      * @return a tuple (newWeight: Parameter after the step.; newM: Updated first moment.; newV: Updated second moment.)
      */
    def adamUpdate(grad: Tensor, m: Tensor, v: Tensor, lr: Double, step: Long, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.0): (Tensor, Tensor, Tensor) = Ops.adamUpdate(weight, grad, m, v, lr, step, beta1, beta2, epsilon, weightDecay)
  }

  extension (weight: Tensor) {
    /** One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).
      *
      * Method form of [[Ops.adamwUpdate]]: `weight` is the receiver.
      *
      * @param grad Gradient of the loss with respect to weight.
      * @param m First-moment (mean) estimate from the previous step; zeros before the first.
      * @param v Second-moment (uncentered variance) estimate from the previous step; zeros before the first.
      * @param lr Learning rate (>= 0). Range: [0, inf].
      * @param step Number of this step, counting from 1 (for bias correction). Range: [1, 9007199254740991].
      * @param beta1 Decay of the first moment, in [0, 1). Range: [0, 1]. (default `0.9`)
      * @param beta2 Decay of the second moment, in [0, 1). Range: [0, 1]. (default `0.999`)
      * @param epsilon Added to the denominator for stability (>= 0). Range: [0, inf]. (default `1e-8`)
      * @param weightDecay Decoupled weight decay: the weight shrinks by lr * weight_decay each step (>= 0). Range: [0, inf]. (default `0.01`)
      * @return a tuple (newWeight: Parameter after the step.; newM: Updated first moment.; newV: Updated second moment.)
      */
    def adamwUpdate(grad: Tensor, m: Tensor, v: Tensor, lr: Double, step: Long, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.01): (Tensor, Tensor, Tensor) = Ops.adamwUpdate(weight, grad, m, v, lr, step, beta1, beta2, epsilon, weightDecay)
  }

  extension (x: Tensor) {
    /** N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.
      *
      * Method form of [[Ops.conv]]: `x` is the receiver.
      *
      * @param w Kernel [M, C/group, *kernel] (same rank as x).
      * @param b Bias [M], added to every output of channel m; absent means no bias. Optional.
      * @param strides Step of the window per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param pads Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. (default `Seq()`)
      * @param dilations Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param group Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648]. (default `1L`)
      * @param autoPad How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. (default `ConvAutoPad.Notset`)
      * @return Output [N, M, *out_spatial], x's dtype.
      */
    def conv(w: Tensor, b: Option[Tensor] = None, strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), group: Long = 1L, autoPad: ConvAutoPad = ConvAutoPad.Notset): Tensor = Ops.conv(x, w, b, strides, pads, dilations, group, autoPad)
  }

  extension (x: Tensor) {
    /** N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.
      *
      * Method form of [[Ops.convTranspose]]: `x` is the receiver.
      *
      * @param w Kernel [C, M/group, *kernel] (same rank as x).
      * @param b Bias [M], added to every output of channel m; absent means no bias. Optional.
      * @param strides Step of the window per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param pads Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. (default `Seq()`)
      * @param dilations Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param group Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648]. (default `1L`)
      * @param autoPad How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. (default `ConvTransposeAutoPad.Notset`)
      * @param outputPadding Extra elements added at the end of each spatial axis of the output (each below the stride); empty means 0. (default `Seq()`)
      * @param outputShape Requested output spatial size (or [N, C, spatial...]); when given, the pads are derived from it and the pads attribute is ignored. Empty: computed from pads. (default `Seq()`)
      * @return Output [N, M, *out_spatial], x's dtype.
      */
    def convTranspose(w: Tensor, b: Option[Tensor] = None, strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), group: Long = 1L, autoPad: ConvTransposeAutoPad = ConvTransposeAutoPad.Notset, outputPadding: Seq[Long] = Seq(), outputShape: Seq[Long] = Seq()): Tensor = Ops.convTranspose(x, w, b, strides, pads, dilations, group, autoPad, outputPadding, outputShape)
  }

  extension (x: Tensor) {
    /** Maximum over sliding windows of the spatial axes.
      *
      * Method form of [[Ops.maxPool]]: `x` is the receiver.
      *
      * @param kernelShape Window size per spatial axis (each >= 1).
      * @param strides Step of the window per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param pads Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. (default `Seq()`)
      * @param dilations Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param ceilMode Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). (default `false`)
      * @param autoPad How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. (default `MaxPoolAutoPad.Notset`)
      * @return Window maxima [N, C, *out_spatial], x's dtype.
      */
    def maxPool(kernelShape: Seq[Long], strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), ceilMode: Boolean = false, autoPad: MaxPoolAutoPad = MaxPoolAutoPad.Notset): Tensor = Ops.maxPool(x, kernelShape, strides, pads, dilations, ceilMode, autoPad)
  }

  extension (x: Tensor) {
    /** Mean over sliding windows of the spatial axes.
      *
      * Method form of [[Ops.avgPool]]: `x` is the receiver.
      *
      * @param kernelShape Window size per spatial axis (each >= 1).
      * @param strides Step of the window per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param pads Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. (default `Seq()`)
      * @param dilations Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
      * @param ceilMode Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). (default `false`)
      * @param autoPad How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. (default `AvgPoolAutoPad.Notset`)
      * @param countIncludePad Count padding elements (as zeros) in each window's divisor. (default `false`)
      * @return Window means [N, C, *out_spatial], x's dtype.
      */
    def avgPool(kernelShape: Seq[Long], strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), ceilMode: Boolean = false, autoPad: AvgPoolAutoPad = AvgPoolAutoPad.Notset, countIncludePad: Boolean = false): Tensor = Ops.avgPool(x, kernelShape, strides, pads, dilations, ceilMode, autoPad, countIncludePad)
  }

  extension (x: Tensor) {
    /** Mean over all spatial axes, keeping them as size 1.
      *
      * Method form of [[Ops.globalAvgPool]]: `x` is the receiver.
      *
      * @return Means [N, C, 1, ...], x's rank and dtype.
      */
    def globalAvgPool(): Tensor = Ops.globalAvgPool(x)
  }

  extension (x: Tensor) {
    /** Maximum over all spatial axes, keeping them as size 1.
      *
      * Method form of [[Ops.globalMaxPool]]: `x` is the receiver.
      *
      * @return Maxima [N, C, 1, ...], x's rank and dtype.
      */
    def globalMaxPool(): Tensor = Ops.globalMaxPool(x)
  }

  extension (x: Tensor) {
    /** Batch normalization with given statistics (inference form).
      *
      * Method form of [[Ops.batchNorm]]: `x` is the receiver.
      *
      * @param scale Per-channel scale (gamma) [C].
      * @param bias Per-channel shift (beta) [C].
      * @param mean Per-channel mean [C].
      * @param variance Per-channel variance [C] (plus epsilon, must stay positive).
      * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
      * @return Normalized x, same shape and dtype.
      */
    def batchNorm(scale: Tensor, bias: Tensor, mean: Tensor, variance: Tensor, epsilon: Double = 0.00001): Tensor = Ops.batchNorm(x, scale, bias, mean, variance, epsilon)
  }

  extension (x: Tensor) {
    /** Instance normalization: each (sample, channel) normalized over its spatial axes.
      *
      * Method form of [[Ops.instanceNorm]]: `x` is the receiver.
      *
      * @param scale Per-channel scale [C].
      * @param bias Per-channel shift [C].
      * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
      * @return Normalized x, same shape and dtype.
      */
    def instanceNorm(scale: Tensor, bias: Tensor, epsilon: Double = 0.00001): Tensor = Ops.instanceNorm(x, scale, bias, epsilon)
  }

  extension (x: Tensor) {
    /** Layer normalization over the trailing axes from `axis` on, with optional scale and bias.
      *
      * Method form of [[Ops.layerNorm]]: `x` is the receiver.
      *
      * @param scale Scale with shape x.shape[axis:]; absent means 1. Optional.
      * @param bias Shift with shape x.shape[axis:]; absent means 0. Optional.
      * @param axis First normalized axis; negative counts from the end. (default `-1`)
      * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
      * @return Normalized x, same shape and dtype.
      */
    def layerNorm(scale: Option[Tensor] = None, bias: Option[Tensor] = None, axis: Int = -1, epsilon: Double = 0.00001): Tensor = Ops.layerNorm(x, scale, bias, axis, epsilon)
  }

  extension (x: Tensor) {
    /** Group normalization: channels split into num_groups groups, each (sample, group) normalized together.
      *
      * Method form of [[Ops.groupNorm]]: `x` is the receiver.
      *
      * @param scale Scale [C] or [num_groups].
      * @param bias Shift with scale's shape.
      * @param numGroups Number of channel groups; must divide C. Range: [1, 2147483648].
      * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
      * @return Normalized x, same shape and dtype.
      */
    def groupNorm(scale: Tensor, bias: Tensor, numGroups: Long, epsilon: Double = 0.00001): Tensor = Ops.groupNorm(x, scale, bias, numGroups, epsilon)
  }

  extension (x: Tensor) {
    /** Local response normalization across channels.
      *
      * Method form of [[Ops.lrn]]: `x` is the receiver.
      *
      * @param size Number of channels in each window. Range: [1, 2147483648].
      * @param alpha Scale of the sum of squares (finite). (default `0.0001`)
      * @param beta Exponent (finite). (default `0.75`)
      * @param bias Added before the power (finite; keep bias + alpha/size*sum positive). (default `1.0`)
      * @return Normalized x, same shape and dtype.
      */
    def lrn(size: Long, alpha: Double = 0.0001, beta: Double = 0.75, bias: Double = 1.0): Tensor = Ops.lrn(x, size, alpha, beta, bias)
  }
}
