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
}
