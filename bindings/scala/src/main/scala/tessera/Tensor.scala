package tessera

import java.lang.ref.{Cleaner, Reference}
import java.util.concurrent.atomic.AtomicLong

import scala.util.Using

import tessera.jni.{TesseraNative, TesseraNativeConstants}

/** A tensor: an owned reference to an engine tensor (dtype, shape, strides, shared storage).
  *
  * Create one from a JVM array and a shape, run operators on it ([[Ops]], the extension methods
  * of [[TensorMethods]], `+ - * /`), read it back with `toFloatArray` and friends, and close it:
  * {{{
  * import scala.util.Using
  * import tessera.*
  *
  * Using.Manager { use =>
  *   val x = use(Tensor(Array(1f, 2f, 3f, 4f, 5f, 6f), Seq(2, 3)))
  *   val y = use(x * 2 + 1)
  *   val s = use(y.sum(axes = Seq(1)))
  *   s.toFloatArray            // Array(15.0, 33.0)
  * }
  * }}}
  * `close()` releases the native memory at once and is idempotent; a tensor that is never closed
  * is released by a `java.lang.ref.Cleaner` after it becomes unreachable (a safety net: the GC
  * does not see native memory, so close what you create in loops). Using a closed tensor raises
  * [[ReleasedTensorException]]. Views (reshape, transpose, slice) share storage with their input
  * and keep it alive on their own. A Tensor is not synchronised: close it on one thread, after
  * its last use.
  */
final class Tensor private[tessera] (handle0: Long) extends AutoCloseable {
  private val state = new Tensor.State(handle0)
  private val cleanable = Tensor.register(this, state)

  @volatile private var cachedDType: DType = null
  @volatile private var cachedShape: Array[Long] = null

  /** The native handle, or 0 once closed. */
  private[tessera] def handleOrZero: Long = state.handle.get

  /** The native handle; [[ReleasedTensorException]] once closed. */
  private[tessera] def handle(what: String): Long = {
    val h = state.handle.get
    if (h == 0L) throw new ReleasedTensorException("the tensor was already closed", what, "this")
    h
  }

  /** Releases the native tensor now (idempotent). */
  override def close(): Unit = cleanable.clean()

  def isClosed: Boolean = state.handle.get == 0L

  /** The element type. */
  def dtype: DType = {
    if (cachedDType == null) {
      val out = new Array[Int](1)
      Runtime.check(TesseraNative.tsr_tensor_dtype(handle("Tensor.dtype"), out))
      cachedDType = DType.fromCode(out(0))
    }
    cachedDType
  }

  private def shapeArray: Array[Long] = {
    if (cachedShape == null) {
      val dims = new Array[Long](TesseraNativeConstants.TSR_MAX_DIMS)
      val n = new Array[Int](1)
      Runtime.check(TesseraNative.tsr_tensor_shape(handle("Tensor.shape"), dims, n))
      cachedShape = dims.take(n(0))
    }
    cachedShape
  }

  /** Dimension sizes (empty for a 0-d tensor). */
  def shape: Seq[Long] = shapeArray.toSeq

  /** Number of dimensions. */
  def ndim: Int = shapeArray.length

  /** Number of elements. */
  def numel: Long = shapeArray.product

  /** Strides in elements (a view's layout over its storage). */
  def strides: Seq[Long] = {
    val out = new Array[Long](TesseraNativeConstants.TSR_MAX_DIMS)
    val n = new Array[Int](1)
    Runtime.check(TesseraNative.tsr_tensor_strides(handle("Tensor.strides"), out, n))
    out.take(n(0)).toSeq
  }

  /** Whether the elements are dense row-major (views may not be). */
  def isContiguous: Boolean = {
    val out = new Array[Int](1)
    Runtime.check(TesseraNative.tsr_tensor_is_contiguous(handle("Tensor.isContiguous"), out))
    out(0) != 0
  }

  /** The elements in row-major order as an `Array[A]`, converted from the tensor's dtype
    * (uint8 reads as unsigned, bool as 0/1 or false/true).
    */
  def toArray[A](using e: Element[A]): Array[A] = e.fromTensor(this)

  def toFloatArray: Array[Float] = toArray[Float]
  def toDoubleArray: Array[Double] = toArray[Double]
  def toIntArray: Array[Int] = toArray[Int]
  def toLongArray: Array[Long] = toArray[Long]
  /** Raw bytes for uint8/bool tensors; other dtypes are converted (and wrap like `toByte`). */
  def toByteArray: Array[Byte] = toArray[Byte]
  def toBooleanArray: Array[Boolean] = toArray[Boolean]

  /** The single element of a one-element tensor, as a Double. */
  def item: Double = {
    if (numel != 1) throw new ShapeMismatchException(s"item() needs exactly one element, the shape is ${Tensor.showShape(shape)}", "Tensor.item", "this")
    toDoubleArray(0)
  }

  /** Element-wise `this + that` (broadcasting). */
  def +(that: Tensor): Tensor = Ops.add(this, that)
  def -(that: Tensor): Tensor = Ops.sub(this, that)
  def *(that: Tensor): Tensor = Ops.mul(this, that)
  def /(that: Tensor): Tensor = Ops.div(this, that)

  /** `this + s`, with `s` a 0-d tensor of this tensor's dtype. */
  def +(s: Double): Tensor = Tensor.withScalar(s, dtype)(Ops.add(this, _))
  def -(s: Double): Tensor = Tensor.withScalar(s, dtype)(Ops.sub(this, _))
  def *(s: Double): Tensor = Tensor.withScalar(s, dtype)(Ops.mul(this, _))
  def /(s: Double): Tensor = Tensor.withScalar(s, dtype)(Ops.div(this, _))

  /** Element-wise negation. */
  def unary_- : Tensor = Ops.neg(this)

  // ---- autograd (see Autograd) -----------------------------------------------------------------

  /** Marks this floating-point tensor as a leaf whose gradient [[backward]] /
    * [[Autograd.backward]] accumulates (MXNet's `attach_grad`) and clears any earlier gradient.
    * Returns this tensor, for `val w = use(Tensor(...)).attachGrad()`. The mark belongs to this
    * tensor: views made from it later are new tensors. Attaching again starts afresh: tapes
    * recorded before the call no longer feed this tensor's gradient (record again).
    * @throws DTypeMismatchException for an integer or bool tensor
    */
  def attachGrad(): this.type = {
    val what = "Tensor.attachGrad"
    try Autograd.check(TesseraNative.tsr_tensor_attach_grad(handle(what)), what)
    finally Reference.reachabilityFence(this)
    this
  }

  /** Whether this tensor takes part in gradient computation: an attached leaf, or a result
    * recorded from one.
    */
  def requiresGrad: Boolean = {
    val what = "Tensor.requiresGrad"
    val out = new Array[Int](1)
    try Autograd.check(TesseraNative.tsr_tensor_requires_grad(handle(what), out), what)
    finally Reference.reachabilityFence(this)
    out(0) != 0
  }

  /** The gradient accumulated in this leaf, as a new tensor the caller closes, or `None` before
    * a backward pass reached it (and after [[zeroGrad]]).
    * @throws InvalidArgumentException if [[attachGrad]] was never called on this tensor
    */
  def grad: Option[Tensor] = {
    val what = "Tensor.grad"
    val out = new Array[Long](1)
    try Autograd.check(TesseraNative.tsr_tensor_grad(handle(what), out), what)
    finally Reference.reachabilityFence(this)
    if (out(0) == 0L) None else Some(new Tensor(out(0)))
  }

  /** Forgets the gradient accumulated in this leaf; the next backward pass starts from zero. */
  def zeroGrad(): Unit = {
    val what = "Tensor.zeroGrad"
    try Autograd.check(TesseraNative.tsr_tensor_zero_grad(handle(what)), what)
    finally Reference.reachabilityFence(this)
  }

  /** The same data cut from the tape, as a new tensor sharing this one's storage: no gradient
    * flows through it, and operators on it are not recorded (unless it is attached itself).
    */
  def detach(): Tensor = {
    val what = "Tensor.detach"
    val out = new Array[Long](1)
    try Autograd.check(TesseraNative.tsr_tensor_detach(handle(what), out), what)
    finally Reference.reachabilityFence(this)
    new Tensor(out(0))
  }

  /** Backpropagates from this result (computed inside [[Autograd.record]]) into every attached
    * leaf; `headGrad` (this tensor's shape) defaults to ones. Gradients accumulate across calls
    * until [[zeroGrad]].
    * @throws InvalidArgumentException if this tensor was not recorded (nothing to differentiate)
    * @throws ShapeMismatchException   if `headGrad`'s shape differs from this tensor's
    */
  def backward(headGrad: Option[Tensor] = None): Unit = {
    val what = "Tensor.backward"
    handle(what)
    headGrad match {
      case null | Some(null) => throw new InvalidArgumentException("headGrad is null (use None for ones)", what, "headGrad")
      case _ =>
    }
    Autograd.run(what, Array(this), Array(headGrad.orNull), "this", "headGrad", _ => "this tensor", _ => "headGrad")
  }

  /** `Tensor(float32, shape=[2, 2], data=[[1.0, 2.0], [3.0, 4.0]])`; long dimensions are elided. */
  override def toString: String =
    if (isClosed) "Tensor(<closed>)"
    else s"Tensor(${dtype.registryName}, shape=${Tensor.showShape(shape)}, data=${Tensor.showData(this)})"
}

object Tensor extends TensorMethods {
  private val cleaner: Cleaner = Cleaner.create()
  private val live = new AtomicLong()

  /** Releases the native tensor exactly once: from close() or from the cleaner. */
  private[tessera] final class State(h: Long) extends Runnable {
    val handle = new AtomicLong(h)
    def run(): Unit = {
      val h = handle.getAndSet(0L)
      if (h != 0L) {
        TesseraNative.tsr_tensor_release(h)
        live.decrementAndGet()
      }
    }
  }

  private def register(t: Tensor, s: State): Cleaner.Cleanable = {
    Native.ensureLoaded()
    live.incrementAndGet()
    cleaner.register(t, s)
  }

  /** Native tensors created by this JVM and not released yet (closed or cleaned). */
  def liveCount: Long = live.get

  /** A tensor of `shape` holding `data` (row-major, copied once into native memory). The dtype
    * follows the array: Float float32, Double float64, Int int32, Long int64, Byte uint8,
    * Boolean bool.
    */
  def apply[A](data: Array[A], shape: Seq[Long])(using e: Element[A]): Tensor = {
    if (data == null) throw new InvalidArgumentException("data is null", "Tensor.apply", "data")
    val dims = checkShape(shape, "Tensor.apply")
    val n = dims.product
    if (n != data.length.toLong) {
      throw new ShapeMismatchException(s"shape ${showShape(shape)} holds $n elements, the data has ${data.length}", "Tensor.apply", "data")
    }
    val out = new Array[Long](1)
    Runtime.check(e.create(dims, data, out))
    new Tensor(out(0))
  }

  /** A 1-D tensor holding `data`. */
  def apply[A](data: Array[A])(using e: Element[A]): Tensor = {
    if (data == null) throw new InvalidArgumentException("data is null", "Tensor.apply", "data")
    apply(data, Seq(data.length.toLong))
  }

  /** A 0-d tensor holding `value` converted to `dtype` (integers must be whole and in range). */
  def scalar(value: Double, dtype: DType = DType.Float32): Tensor = {
    def whole(min: Double, max: Double): Double = {
      if (!value.isWhole || value < min || value > max) {
        throw new InvalidArgumentException(s"$value is not a value of dtype ${if (dtype == null) "null" else dtype.registryName}", "Tensor.scalar", "value")
      }
      value
    }
    dtype match {
      case DType.Float32 => apply(Array(value.toFloat), Nil)
      case DType.Float64 => apply(Array(value), Nil)
      case DType.Int32 => apply(Array(whole(Int.MinValue, Int.MaxValue).toInt), Nil)
      case DType.Int64 => apply(Array(whole(-9.223372036854776e18, 9.223372036854776e18).toLong), Nil)
      case DType.UInt8 => apply(Array(whole(0, 255).toInt.toByte), Nil)
      case DType.Bool => apply(Array(value != 0), Nil)
      case null => throw new InvalidArgumentException("dtype is null", "Tensor.scalar", "dtype")
    }
  }

  private[tessera] def withScalar(s: Double, dtype: DType)(f: Tensor => Tensor): Tensor =
    Using.resource(scalar(s, dtype))(f)

  private def checkShape(shape: Seq[Long], where: String): Array[Long] = {
    if (shape == null) throw new InvalidArgumentException("shape is null", where, "shape")
    if (shape.length > TesseraNativeConstants.TSR_MAX_DIMS) {
      throw new InvalidArgumentException(s"at most ${TesseraNativeConstants.TSR_MAX_DIMS} dimensions, got ${shape.length}", where, "shape")
    }
    if (shape.exists(_ < 0)) throw new InvalidArgumentException(s"negative dimension in ${showShape(shape)}", where, "shape")
    shape.toArray
  }

  private[tessera] def showShape(shape: Seq[Long]): String = shape.mkString("[", ", ", "]")

  /** Nested brackets; dimensions longer than 6 show their first and last 3 entries. */
  private def showData(t: Tensor): String = {
    val dims = t.shapeArray
    val show: Int => String = t.dtype match {
      case DType.Float32 => { val a = t.toFloatArray; i => a(i).toString }
      case DType.Float64 => { val a = t.toDoubleArray; i => a(i).toString }
      case DType.Bool => { val a = t.toBooleanArray; i => a(i).toString }
      case _ => { val a = t.toLongArray; i => a(i).toString }
    }
    val strides = dims.indices.map(d => dims.drop(d + 1).product).toArray
    def render(d: Int, offset: Long): String =
      if (d == dims.length) show(offset.toInt)
      else {
        val n = dims(d)
        val idx: Seq[Option[Long]] =
          if (n > 6) (0L until 3L).map(Some(_)) ++ Seq(None) ++ (n - 3 until n).map(Some(_)) else (0L until n).map(Some(_))
        idx.map(_.fold("...")(i => render(d + 1, offset + i * strides(d)))).mkString("[", ", ", "]")
      }
    render(0, 0L)
  }
}

/** JVM element types a tensor is built from and read into: Float (float32), Double (float64),
  * Int (int32), Long (int64), Byte (uint8) and Boolean (bool). Reading converts from any dtype.
  */
trait Element[A] {
  /** The dtype an `Array[A]` becomes. */
  def dtype: DType
  private[tessera] def create(shape: Array[Long], data: Array[A], out: Array[Long]): Int
  private[tessera] def fromTensor(t: Tensor): Array[A]
}

object Element {
  /** Reads the tensor's elements in their own dtype, then converts each with `f`. */
  private def read[A: scala.reflect.ClassTag](t: Tensor, what: String)(
      f32: Array[Float] => Array[A],
      f64: Array[Double] => Array[A],
      i32: Array[Int] => Array[A],
      i64: Array[Long] => Array[A],
      bytes: (Array[Byte], Boolean) => Array[A]): Array[A] = {
    val h = t.handle(what)
    val count = t.numel
    if (count > Int.MaxValue - 8) throw new UnsupportedException(s"$count elements do not fit in one JVM array", what, "this")
    val n = count.toInt
    t.dtype match {
      case DType.Float32 => val a = new Array[Float](n); Runtime.check(TesseraNative.tsrj_copy_to_float(h, a)); f32(a)
      case DType.Float64 => val a = new Array[Double](n); Runtime.check(TesseraNative.tsrj_copy_to_double(h, a)); f64(a)
      case DType.Int32 => val a = new Array[Int](n); Runtime.check(TesseraNative.tsrj_copy_to_int(h, a)); i32(a)
      case DType.Int64 => val a = new Array[Long](n); Runtime.check(TesseraNative.tsrj_copy_to_long(h, a)); i64(a)
      case d @ (DType.UInt8 | DType.Bool) =>
        val a = new Array[Byte](n); Runtime.check(TesseraNative.tsrj_copy_to_byte(h, a)); bytes(a, d == DType.Bool)
    }
  }

  private inline def u8(b: Byte): Int = b & 0xff

  given floatElement: Element[Float] with {
    def dtype = DType.Float32
    private[tessera] def create(shape: Array[Long], data: Array[Float], out: Array[Long]) =
      TesseraNative.tsrj_create_float(dtype.code, shape, data, out)
    private[tessera] def fromTensor(t: Tensor) =
      read[Float](t, "Tensor.toFloatArray")(identity, _.map(_.toFloat), _.map(_.toFloat), _.map(_.toFloat), (b, _) => b.map(x => u8(x).toFloat))
  }

  given doubleElement: Element[Double] with {
    def dtype = DType.Float64
    private[tessera] def create(shape: Array[Long], data: Array[Double], out: Array[Long]) =
      TesseraNative.tsrj_create_double(dtype.code, shape, data, out)
    private[tessera] def fromTensor(t: Tensor) =
      read[Double](t, "Tensor.toDoubleArray")(_.map(_.toDouble), identity, _.map(_.toDouble), _.map(_.toDouble), (b, _) => b.map(x => u8(x).toDouble))
  }

  given intElement: Element[Int] with {
    def dtype = DType.Int32
    private[tessera] def create(shape: Array[Long], data: Array[Int], out: Array[Long]) =
      TesseraNative.tsrj_create_int(dtype.code, shape, data, out)
    private[tessera] def fromTensor(t: Tensor) =
      read[Int](t, "Tensor.toIntArray")(_.map(_.toInt), _.map(_.toInt), identity, _.map(_.toInt), (b, _) => b.map(u8))
  }

  given longElement: Element[Long] with {
    def dtype = DType.Int64
    private[tessera] def create(shape: Array[Long], data: Array[Long], out: Array[Long]) =
      TesseraNative.tsrj_create_long(dtype.code, shape, data, out)
    private[tessera] def fromTensor(t: Tensor) =
      read[Long](t, "Tensor.toLongArray")(_.map(_.toLong), _.map(_.toLong), _.map(_.toLong), identity, (b, _) => b.map(x => u8(x).toLong))
  }

  given byteElement: Element[Byte] with {
    def dtype = DType.UInt8
    private[tessera] def create(shape: Array[Long], data: Array[Byte], out: Array[Long]) =
      TesseraNative.tsrj_create_byte(dtype.code, shape, data, out)
    private[tessera] def fromTensor(t: Tensor) =
      read[Byte](t, "Tensor.toByteArray")(_.map(_.toByte), _.map(_.toByte), _.map(_.toByte), _.map(_.toByte), (b, _) => b)
  }

  given booleanElement: Element[Boolean] with {
    def dtype = DType.Bool
    private[tessera] def create(shape: Array[Long], data: Array[Boolean], out: Array[Long]) = {
      val bytes = new Array[Byte](data.length)
      var i = 0
      while (i < data.length) { bytes(i) = if (data(i)) 1 else 0; i += 1 }
      TesseraNative.tsrj_create_byte(dtype.code, shape, bytes, out)
    }
    private[tessera] def fromTensor(t: Tensor) =
      read[Boolean](t, "Tensor.toBooleanArray")(_.map(_ != 0f), _.map(_ != 0d), _.map(_ != 0), _.map(_ != 0L), (b, _) => b.map(_ != 0))
  }
}
