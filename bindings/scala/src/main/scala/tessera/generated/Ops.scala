// generated from op-registry/registry.json by generators/src/emit/scala.ts — do not edit

package tessera

/** The 34 operators of the Tessera registry, one method each.
  *
  * Inputs come first, then required attributes, then attributes with their registry defaults
  * (use named arguments: `Ops.sum(x, axes = Seq(1), keepdims = true)`). Every result is a new
  * [[Tensor]] the caller owns: close it (or use `scala.util.Using`) when done. Failures raise a
  * [[TesseraException]] subclass naming the operator and the argument at fault.
  *
  * Generated from op-registry/registry.json (hash 2d5fc8a19243bc88).
  */
object Ops {
  Native.ensureLoaded()

  private val AddOp = OpRef("add", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val SubOp = OpRef("sub", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val MulOp = OpRef("mul", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val DivOp = OpRef("div", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val PowOp = OpRef("pow", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val MaximumOp = OpRef("maximum", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val MinimumOp = OpRef("minimum", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val NegOp = OpRef("neg", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val AbsOp = OpRef("abs", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val ReluOp = OpRef("relu", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val ExpOp = OpRef("exp", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val LogOp = OpRef("log", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SqrtOp = OpRef("sqrt", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val TanhOp = OpRef("tanh", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SigmoidOp = OpRef("sigmoid", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val EqualOp = OpRef("equal", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val LessOp = OpRef("less", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val GreaterOp = OpRef("greater", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val WhereOp = OpRef("where", inputs = Array("condition", "x", "y"), attrs = Array(), variadic = false, outputs = 1)
  private val CastOp = OpRef("cast", inputs = Array("x"), attrs = Array("dtype"), variadic = false, outputs = 1)
  private val MatmulOp = OpRef("matmul", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val SumOp = OpRef("sum", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val MeanOp = OpRef("mean", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val MaxOp = OpRef("max", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val ReshapeOp = OpRef("reshape", inputs = Array("x"), attrs = Array("shape"), variadic = false, outputs = 1)
  private val TransposeOp = OpRef("transpose", inputs = Array("x"), attrs = Array("perm"), variadic = false, outputs = 1)
  private val ConcatOp = OpRef("concat", inputs = Array("inputs"), attrs = Array("axis"), variadic = true, outputs = 1)
  private val SliceOp = OpRef("slice", inputs = Array("x"), attrs = Array("starts", "ends", "axes", "steps"), variadic = false, outputs = 1)
  private val SoftmaxOp = OpRef("softmax", inputs = Array("x"), attrs = Array("axis"), variadic = false, outputs = 1)
  private val LogSoftmaxOp = OpRef("log_softmax", inputs = Array("x"), attrs = Array("axis"), variadic = false, outputs = 1)
  private val ZerosOp = OpRef("zeros", inputs = Array(), attrs = Array("shape", "dtype"), variadic = false, outputs = 1)
  private val OnesOp = OpRef("ones", inputs = Array(), attrs = Array("shape", "dtype"), variadic = false, outputs = 1)
  private val FullOp = OpRef("full", inputs = Array(), attrs = Array("shape", "value", "dtype"), variadic = false, outputs = 1)
  private val ArangeOp = OpRef("arange", inputs = Array(), attrs = Array("start", "stop", "step", "dtype"), variadic = false, outputs = 1)

  /** Element-wise sum a + b.
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // row broadcast over a matrix
    * val y = Ops.add(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f), Seq(2, 3)), Tensor(Array(10.0f, 20.0f, 30.0f), Seq(3)))
    * // y: float32 [2, 3] = [[11.0, 22.0, 33.0], [14.0, 25.0, 36.0]]
    * }}}
    */
  def add(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(AddOp, Array(a, b), Attrs.Empty)

  /** Element-wise difference a - b.
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // scalar broadcast
    * val y = Ops.sub(Tensor(Array(5, 7, 9), Seq(3)), Tensor(Array(2), Seq()))
    * // y: int32 [3] = [3, 5, 7]
    * }}}
    */
  def sub(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(SubOp, Array(a, b), Attrs.Empty)

  /** Element-wise product a * b.
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // column broadcast
    * val y = Ops.mul(Tensor(Array(2.0, 3.0), Seq(2, 1)), Tensor(Array(1.0, 10.0, 100.0), Seq(1, 3)))
    * // y: float64 [2, 3] = [[2.0, 20.0, 200.0], [3.0, 30.0, 300.0]]
    * }}}
    */
  def mul(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(MulOp, Array(a, b), Attrs.Empty)

  /** Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // floats and truncating integers
    * val y = Ops.div(Tensor(Array(7L, -7L, 9L, 1L), Seq(4)), Tensor(Array(2L, 2L, -4L, 0L), Seq(4)))
    * // y: int64 [4] = [3, -3, -2, 0]
    * }}}
    */
  def div(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(DivOp, Array(a, b), Attrs.Empty)

  /** Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // squares and roots
    * val y = Ops.pow(Tensor(Array(2.0f, 9.0f, 4.0f), Seq(3)), Tensor(Array(3.0f, 0.5f, -1.0f), Seq(3)))
    * // y: float32 [3] = [8.0, 3.0, 0.25]
    * }}}
    */
  def pow(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(PowOp, Array(a, b), Attrs.Empty)

  /** Element-wise maximum of a and b (NaN if either is NaN).
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // pairwise
    * val y = Ops.maximum(Tensor(Array(1.0f, 5.0f, -2.0f), Seq(3)), Tensor(Array(3.0f, 4.0f, -1.0f), Seq(3)))
    * // y: float32 [3] = [3.0, 5.0, -1.0]
    * }}}
    */
  def maximum(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(MaximumOp, Array(a, b), Attrs.Empty)

  /** Element-wise minimum of a and b (NaN if either is NaN).
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // pairwise
    * val y = Ops.minimum(Tensor(Array(1, 5, -2), Seq(3)), Tensor(Array(3, 4, -1), Seq(3)))
    * // y: int32 [3] = [1, 4, -2]
    * }}}
    */
  def minimum(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(MinimumOp, Array(a, b), Attrs.Empty)

  /** Element-wise negation -x.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // signs flip
    * val y = Ops.neg(Tensor(Array(1L, -2L, 0L), Seq(3)))
    * // y: int64 [3] = [-1, 2, 0]
    * }}}
    */
  def neg(x: Tensor): Tensor =
    Runtime.call1(NegOp, Array(x), Attrs.Empty)

  /** Element-wise absolute value |x|.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // magnitudes
    * val y = Ops.abs(Tensor(Array(-1.5f, 0.0f, 2.0f), Seq(3)))
    * // y: float32 [3] = [1.5, 0.0, 2.0]
    * }}}
    */
  def abs(x: Tensor): Tensor =
    Runtime.call1(AbsOp, Array(x), Attrs.Empty)

  /** Rectified linear unit max(x, 0).
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // negatives clamp to zero
    * val y = Ops.relu(Tensor(Array(-2.0f, -0.5f, 0.0f, 3.0f), Seq(4)))
    * // y: float32 [4] = [0.0, 0.0, 0.0, 3.0]
    * }}}
    */
  def relu(x: Tensor): Tensor =
    Runtime.call1(ReluOp, Array(x), Attrs.Empty)

  /** Element-wise natural exponential e^x.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // e^0, e^1, e^-1
    * val y = Ops.exp(Tensor(Array(0.0, 1.0, -1.0), Seq(3)))
    * // y: float64 [3] = [1.0, 2.718281828459045, 0.36787944117144233]
    * }}}
    */
  def exp(x: Tensor): Tensor =
    Runtime.call1(ExpOp, Array(x), Attrs.Empty)

  /** Element-wise natural logarithm (NaN below 0, -inf at 0).
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // log of powers of e
    * val y = Ops.log(Tensor(Array(1.0, 2.718281828459045, 7.38905609893065), Seq(3)))
    * // y: float64 [3] = [0.0, 1.0, 2.0]
    * }}}
    */
  def log(x: Tensor): Tensor =
    Runtime.call1(LogOp, Array(x), Attrs.Empty)

  /** Element-wise square root (NaN below 0).
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // perfect squares
    * val y = Ops.sqrt(Tensor(Array(0.0f, 4.0f, 2.25f), Seq(3)))
    * // y: float32 [3] = [0.0, 2.0, 1.5]
    * }}}
    */
  def sqrt(x: Tensor): Tensor =
    Runtime.call1(SqrtOp, Array(x), Attrs.Empty)

  /** Element-wise hyperbolic tangent.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // odd function
    * val y = Ops.tanh(Tensor(Array(0.0, 0.5493061443340549, -0.5493061443340549), Seq(3)))
    * // y: float64 [3] = [0.0, 0.5, -0.5]
    * }}}
    */
  def tanh(x: Tensor): Tensor =
    Runtime.call1(TanhOp, Array(x), Attrs.Empty)

  /** Element-wise logistic function 1 / (1 + e^-x).
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // symmetric around 0.5
    * val y = Ops.sigmoid(Tensor(Array(0.0, 1.0986122886681098, -1.0986122886681098), Seq(3)))
    * // y: float64 [3] = [0.5, 0.75, 0.25]
    * }}}
    */
  def sigmoid(x: Tensor): Tensor =
    Runtime.call1(SigmoidOp, Array(x), Attrs.Empty)

  /** Element-wise a == b.
    *
    * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // broadcast against a scalar
    * val y = Ops.equal(Tensor(Array(1, 2, 3, 2), Seq(4)), Tensor(Array(2), Seq()))
    * // y: bool [4] = [false, true, false, true]
    * }}}
    */
  def equal(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(EqualOp, Array(a, b), Attrs.Empty)

  /** Element-wise a < b.
    *
    * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // pairwise
    * val y = Ops.less(Tensor(Array(1.0f, 2.0f, 3.0f), Seq(3)), Tensor(Array(2.0f, 2.0f, 2.0f), Seq(3)))
    * // y: bool [3] = [true, false, false]
    * }}}
    */
  def less(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(LessOp, Array(a, b), Attrs.Empty)

  /** Element-wise a > b.
    *
    * Inputs broadcast with NumPy rules and must share one dtype; the result is bool.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // pairwise
    * val y = Ops.greater(Tensor(Array(1.0f, 2.0f, 3.0f), Seq(3)), Tensor(Array(2.0f, 2.0f, 2.0f), Seq(3)))
    * // y: bool [3] = [false, false, true]
    * }}}
    */
  def greater(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(GreaterOp, Array(a, b), Attrs.Empty)

  /** Element-wise selection: x where condition is true, else y.
    *
    * condition, x and y broadcast together with NumPy rules; x and y share one dtype.
    *
    * @param condition Bool selector.
    * @param x Values taken where condition is true.
    * @param y Values taken where condition is false.
    * @return Selected values with the broadcast shape and x's dtype.
    * @example {{{
    * // pick per element
    * val out = Ops.where(Tensor(Array(true, false, true), Seq(3)), Tensor(Array(1.0f, 2.0f, 3.0f), Seq(3)), Tensor(Array(-1.0f), Seq()))
    * // out: float32 [3] = [1.0, -1.0, 3.0]
    * }}}
    */
  def where(condition: Tensor, x: Tensor, y: Tensor): Tensor =
    Runtime.call1(WhereOp, Array(condition, x, y), Attrs.Empty)

  /** Converts x to another dtype.
    *
    * Float to integer truncates toward zero and saturates at the integer range (NaN becomes 0); any nonzero value becomes true for bool.
    *
    * @param x Input tensor.
    * @param dtype Target element type. (default `DType.Float32`)
    * @return x converted to dtype, same shape.
    * @example {{{
    * // float to int32 truncates
    * val y = Ops.cast(Tensor(Array(1.7f, -1.7f, 0.0f, 3.0f), Seq(4)), dtype = DType.Int32)
    * // y: int32 [4] = [1, -1, 0, 3]
    * }}}
    */
  def cast(x: Tensor, dtype: DType = DType.Float32): Tensor =
    Runtime.call1(CastOp, Array(x), Attrs(1).set(0, dtype))

  /** Matrix product with NumPy semantics.
    *
    * The last two dimensions multiply as matrices and leading (batch) dimensions broadcast. A 1-D a is treated as a row vector and a 1-D b as a column vector; the added dimension is removed from the result. float32 and float64 run through the BLAS library (OpenBLAS).
    *
    * @param a Left operand [..., n, k] or [k].
    * @param b Right operand [..., k, m] or [k].
    * @return Product [..., n, m].
    * @example {{{
    * // 2x3 @ 3x2
    * val y = Ops.matmul(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f), Seq(2, 3)), Tensor(Array(7.0f, 8.0f, 9.0f, 10.0f, 11.0f, 12.0f), Seq(3, 2)))
    * // y: float32 [2, 2] = [[58.0, 64.0], [139.0, 154.0]]
    * }}}
    */
  def matmul(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(MatmulOp, Array(a, b), Attrs.Empty)

  /** Sum of elements over axes.
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // rows of a matrix
    * val y = Ops.sum(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f), Seq(2, 3)), axes = Seq(1))
    * // y: float32 [2] = [6.0, 15.0]
    * }}}
    */
  def sum(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(SumOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Arithmetic mean over axes (integers divide with truncation).
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // columns, keepdims
    * val y = Ops.mean(Tensor(Array(1.0, 2.0, 3.0, 6.0), Seq(2, 2)), axes = Seq(0), keepdims = true)
    * // y: float64 [1, 2] = [[2.0, 4.0]]
    * }}}
    */
  def mean(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(MeanOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Maximum over axes (NaN propagates).
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // all axes
    * val y = Ops.max(Tensor(Array(3, -1, 7, 2), Seq(2, 2)))
    * // y: int32 [] = 7
    * }}}
    */
  def max(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(MaxOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Gives x a new shape with the same number of elements.
    *
    * One dimension may be -1 and is inferred. The result is a view of x when its layout allows, else a copy.
    *
    * @param x Input tensor.
    * @param shape New dimension sizes (row-major order); one may be -1.
    * @return x with the new shape.
    * @example {{{
    * // matrix to vector
    * val y = Ops.reshape(Tensor(Array(1, 2, 3, 4, 5, 6), Seq(2, 3)), Seq(3L, -1L))
    * // y: int32 [3, 2] = [[1, 2], [3, 4], [5, 6]]
    * }}}
    */
  def reshape(x: Tensor, shape: Seq[Long]): Tensor =
    Runtime.call1(ReshapeOp, Array(x), Attrs(1).set(0, shape))

  /** Permutes the dimensions of x (a view, no copy).
    *
    * Output dimension i is input dimension perm[i]. An empty perm reverses the dimensions.
    *
    * @param x Input tensor.
    * @param perm A permutation of 0..ndim-1; empty reverses the dimensions. (default `Seq()`)
    * @return x with permuted dimensions.
    * @example {{{
    * // matrix transpose
    * val y = Ops.transpose(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f), Seq(2, 3)))
    * // y: float32 [3, 2] = [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    * }}}
    */
  def transpose(x: Tensor, perm: Seq[Int] = Seq()): Tensor =
    Runtime.call1(TransposeOp, Array(x), Attrs(1).set(0, perm))

  /** Joins tensors along an existing axis.
    *
    * All inputs share dtype, rank and every dimension except `axis`.
    *
    * @param inputs Tensors to join (one or more). One or more tensors.
    * @param axis Axis to join along; negative counts from the end. (default `0`)
    * @return The joined tensor.
    * @example {{{
    * // stack rows
    * val y = Ops.concat(Seq(Tensor(Array(1.0f, 2.0f), Seq(1, 2)), Tensor(Array(3.0f, 4.0f, 5.0f, 6.0f), Seq(2, 2))), axis = 0)
    * // y: float32 [3, 2] = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    * }}}
    */
  def concat(inputs: Seq[Tensor], axis: Int = 0): Tensor =
    Runtime.call1(ConcatOp, inputs.toArray, Attrs(1).set(0, axis))

  /** Takes a strided sub-range of x along some axes (a view, no copy).
    *
    * ONNX Slice semantics: for each listed axis, elements start, start+step, ... before end. Negative starts/ends count from the end; out-of-range values clamp; negative steps walk backwards.
    *
    * @param x Input tensor.
    * @param starts First index per sliced axis.
    * @param ends End index (exclusive) per sliced axis.
    * @param axes Axes the starts/ends refer to; empty means 0, 1, ... in order. (default `Seq()`)
    * @param steps Step per sliced axis (nonzero); empty means all 1. (default `Seq()`)
    * @return The selected elements.
    * @example {{{
    * // every other column, reversed rows
    * val y = Ops.slice(Tensor(Array(1, 2, 3, 4, 5, 6, 7, 8), Seq(2, 4)), Seq(-1, 0), Seq(-3, 4), steps = Seq(-1L, 2L))
    * // y: int32 [2, 2] = [[5, 7], [1, 3]]
    * }}}
    */
  def slice(x: Tensor, starts: Seq[Int], ends: Seq[Int], axes: Seq[Int] = Seq(), steps: Seq[Long] = Seq()): Tensor =
    Runtime.call1(SliceOp, Array(x), Attrs(4).set(0, starts).set(1, ends).set(2, axes).set(3, steps))

  /** Normalized exponentials along one axis: exp(x) / sum(exp(x)).
    *
    * Computed as exp(x - max) / sum(exp(x - max)) so large inputs do not overflow.
    *
    * @param x Input tensor.
    * @param axis Axis to normalize over; negative counts from the end. (default `-1`)
    * @return Probabilities along axis (sum to 1), same shape as x.
    * @example {{{
    * // uniform and skewed rows
    * val y = Ops.softmax(Tensor(Array(0.0, 0.0, 0.0, 1.0986122886681098), Seq(2, 2)))
    * // y: float64 [2, 2] = [[0.5, 0.5], [0.25, 0.75]]
    * }}}
    */
  def softmax(x: Tensor, axis: Int = -1): Tensor =
    Runtime.call1(SoftmaxOp, Array(x), Attrs(1).set(0, axis))

  /** Logarithm of softmax along one axis: x - log(sum(exp(x))).
    *
    * Computed as x - max - log(sum(exp(x - max))) for stability.
    *
    * @param x Input tensor.
    * @param axis Axis to normalize over; negative counts from the end. (default `-1`)
    * @return Log-probabilities along axis, same shape as x.
    * @example {{{
    * // two equal logits
    * val y = Ops.logSoftmax(Tensor(Array(3.0, 3.0), Seq(2)), axis = 0)
    * // y: float64 [2] = [-0.6931471805599453, -0.6931471805599453]
    * }}}
    */
  def logSoftmax(x: Tensor, axis: Int = -1): Tensor =
    Runtime.call1(LogSoftmaxOp, Array(x), Attrs(1).set(0, axis))

  /** A tensor of zeros.
    *
    * @param shape Dimension sizes of the result.
    * @param dtype Element type of the result. (default `DType.Float32`)
    * @return A tensor filled with 0.
    * @example {{{
    * // 2x2 float zeros
    * val y = Ops.zeros(Seq(2L, 2L))
    * // y: float32 [2, 2] = [[0.0, 0.0], [0.0, 0.0]]
    * }}}
    */
  def zeros(shape: Seq[Long], dtype: DType = DType.Float32): Tensor =
    Runtime.call1(ZerosOp, Runtime.NoInputs, Attrs(2).set(0, shape).set(1, dtype))

  /** A tensor of ones.
    *
    * @param shape Dimension sizes of the result.
    * @param dtype Element type of the result. (default `DType.Float32`)
    * @return A tensor filled with 1.
    * @example {{{
    * // int64 ones
    * val y = Ops.ones(Seq(3L), dtype = DType.Int64)
    * // y: int64 [3] = [1, 1, 1]
    * }}}
    */
  def ones(shape: Seq[Long], dtype: DType = DType.Float32): Tensor =
    Runtime.call1(OnesOp, Runtime.NoInputs, Attrs(2).set(0, shape).set(1, dtype))

  /** A tensor filled with one value.
    *
    * @param shape Dimension sizes of the result.
    * @param value Fill value, converted to dtype.
    * @param dtype Element type of the result. (default `DType.Float32`)
    * @return A tensor filled with value.
    * @example {{{
    * // filled with 7.5
    * val y = Ops.full(Seq(2L), 7.5)
    * // y: float32 [2] = [7.5, 7.5]
    * }}}
    */
  def full(shape: Seq[Long], value: Double, dtype: DType = DType.Float32): Tensor =
    Runtime.call1(FullOp, Runtime.NoInputs, Attrs(3).set(0, shape).set(1, value).set(2, dtype))

  /** Evenly spaced values start, start+step, ... below stop.
    *
    * Length is ceil((stop - start) / step), or 0 when that is negative; element i is start + i*step converted to dtype.
    *
    * @param start First value.
    * @param stop End of the range (exclusive).
    * @param step Spacing (nonzero; negative counts down). (default `1.0`)
    * @param dtype Element type of the result (not bool). (default `DType.Float32`)
    * @return 1-D tensor of the values.
    * @example {{{
    * // counting down by 1.5
    * val y = Ops.arange(3.0, -1.0, step = -1.5)
    * // y: float32 [3] = [3.0, 1.5, 0.0]
    * }}}
    */
  def arange(start: Double, stop: Double, step: Double = 1.0, dtype: DType = DType.Float32): Tensor =
    Runtime.call1(ArangeOp, Runtime.NoInputs, Attrs(4).set(0, start).set(1, stop).set(2, step).set(3, dtype))
}
