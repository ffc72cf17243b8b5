package tessera

import java.lang.ref.Reference

import tessera.jni.{TesseraNative, tsr_attr_type}

/** An operator resolved once (at `Ops` initialisation): its handle plus the names the generated
  * method needs for error messages. `attrs` are in slot order; each slot is checked against the
  * library's `tsr_op_attr_index` here, so a call never resolves anything by name.
  *
  * `outputs` is the schema's output count; an operator whose only output is variadic
  * (`variadicOutput`, e.g. `split`) decides its count at run time, so its calls make room for
  * [[Runtime.MaxOutputs]] handles and keep the ones the engine wrote.
  */
private[tessera] final class OpRef(
    val name: String,
    val inputs: Array[String],
    val attrs: Array[String],
    val variadic: Boolean,
    val outputs: Int,
    val variadicOutput: Boolean) {

  /** Output slots handed to the engine per call. */
  val capacity: Int = if (variadicOutput) Runtime.MaxOutputs else outputs

  val handle: Long = {
    val out = new Array[Long](1)
    Runtime.check(TesseraNative.tsr_op_lookup(name, out))
    val slot = new Array[Int](1)
    val tpe = new Array[Int](1)
    attrs.zipWithIndex.foreach { case (attr, k) =>
      Runtime.check(TesseraNative.tsr_op_attr_index(out(0), attr, slot, tpe))
      if (slot(0) != k) {
        throw new InternalException(s"attribute slot ${slot(0)} in the library, $k in the bindings", name, attr)
      }
    }
    out(0)
  }

  /** The schema name of input `k` ("b", or "inputs[2]" inside a variadic input). */
  def inputName(k: Int): String =
    if (inputs.isEmpty) s"inputs[$k]"
    else if (variadic && k >= inputs.length - 1) s"${inputs.last}[${k - inputs.length + 1}]"
    else if (k < inputs.length) inputs(k)
    else s"inputs[$k]"
}

private[tessera] object OpRef {
  def apply(
      name: String,
      inputs: Array[String],
      attrs: Array[String],
      variadic: Boolean,
      outputs: Int,
      variadicOutput: Boolean = false): OpRef = {
    Native.ensureLoaded()
    new OpRef(name, inputs, attrs, variadic, outputs, variadicOutput)
  }
}

/** The attribute values of one call, packed the way `tsrj_op_invoke` takes them: per value its
  * slot and `tsr_attr_type`, an integer, a double and a reference (String, long[] or double[]).
  */
private[tessera] final class Attrs(n: Int) {
  val meta = new Array[Int](2 * n)
  val ivals = new Array[Long](n)
  val fvals = new Array[Double](n)
  val refs = new Array[AnyRef](n)
  private var count = 0

  /** Adds the value of attribute `slot`; its codec (found from the Scala type) encodes it. */
  def set[T](slot: Int, value: T)(using codec: AttrCodec[T]): Attrs = {
    val k = count
    meta(2 * k) = slot
    meta(2 * k + 1) = codec.typeCode
    codec.write(this, k, value)
    count += 1
    this
  }

  def size: Int = count
}

private[tessera] object Attrs {
  def apply(n: Int): Attrs = new Attrs(n)
  val Empty: Attrs = new Attrs(0)
}

/** How values of a Scala type become attribute records of the C API (and, for [[OpTable.invoke]],
  * how loosely typed values are read back). Instances exist for the registry's attribute types:
  * Boolean, Int, Long, Double, String, [[DType]], Seq[Int], Seq[Long], Seq[Double] and each
  * generated enum.
  */
trait AttrCodec[T] {
  /** What the codec accepts, for messages ("a Boolean", "a Seq of Int"). */
  def describe: String
  private[tessera] def typeCode: Int
  private[tessera] def write(a: Attrs, k: Int, v: T): Unit
  private[tessera] def read(v: Any): Option[T]
}

object AttrCodec {
  private def wholeNumber(v: Any, min: Long, max: Long): Option[Long] = v match {
    case i: Int => Some(i.toLong).filter(x => x >= min && x <= max)
    case l: Long => Some(l).filter(x => x >= min && x <= max)
    case s: Short => Some(s.toLong)
    case b: Byte => Some(b.toLong)
    case d: Double if d.isWhole && d >= min.toDouble && d <= max.toDouble => Some(d.toLong)
    case f: Float if f.isWhole && f >= min.toFloat && f <= max.toFloat => Some(f.toLong)
    case b: BigInt if b >= min && b <= max => Some(b.toLong)
    case _ => None
  }

  private def number(v: Any): Option[Double] = v match {
    case i: Int => Some(i.toDouble)
    case l: Long => Some(l.toDouble)
    case d: Double => Some(d)
    case f: Float => Some(f.toDouble)
    case s: Short => Some(s.toDouble)
    case b: Byte => Some(b.toDouble)
    case _ => None
  }

  private def elements(v: Any): Option[Seq[Any]] = v match {
    case s: Seq[?] => Some(s)
    case a: Array[?] => Some(a.toSeq)
    case i: Iterable[?] => Some(i.toSeq)
    case _ => None
  }

  private def traverse[A](items: Seq[Any])(f: Any => Option[A]): Option[Seq[A]] = {
    val out = items.map(f)
    if (out.forall(_.isDefined)) Some(out.map(_.get)) else None
  }

  given boolCodec: AttrCodec[Boolean] with {
    def describe = "a Boolean"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_BOOL
    private[tessera] def write(a: Attrs, k: Int, v: Boolean): Unit = a.ivals(k) = if (v) 1L else 0L
    private[tessera] def read(v: Any): Option[Boolean] = v match {
      case b: Boolean => Some(b)
      case _ => None
    }
  }

  given intCodec: AttrCodec[Int] with {
    def describe = "an Int"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_INT
    private[tessera] def write(a: Attrs, k: Int, v: Int): Unit = a.ivals(k) = v.toLong
    private[tessera] def read(v: Any): Option[Int] = wholeNumber(v, Int.MinValue, Int.MaxValue).map(_.toInt)
  }

  given longCodec: AttrCodec[Long] with {
    def describe = "a Long"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_INT
    private[tessera] def write(a: Attrs, k: Int, v: Long): Unit = a.ivals(k) = v
    private[tessera] def read(v: Any): Option[Long] = wholeNumber(v, Long.MinValue, Long.MaxValue)
  }

  given doubleCodec: AttrCodec[Double] with {
    def describe = "a Double"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_FLOAT
    private[tessera] def write(a: Attrs, k: Int, v: Double): Unit = a.fvals(k) = v
    private[tessera] def read(v: Any): Option[Double] = number(v)
  }

  given stringCodec: AttrCodec[String] with {
    def describe = "a String"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_STRING
    private[tessera] def write(a: Attrs, k: Int, v: String): Unit = a.refs(k) = v
    private[tessera] def read(v: Any): Option[String] = v match {
      case s: String => Some(s)
      case _ => None
    }
  }

  given dtypeCodec: AttrCodec[DType] with {
    def describe = "a DType (or dtype name)"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_DTYPE
    private[tessera] def write(a: Attrs, k: Int, v: DType): Unit = a.ivals(k) = if (v == null) -1L else v.code.toLong
    private[tessera] def read(v: Any): Option[DType] = v match {
      case d: DType => Some(d)
      case s: String => DType.fromName(s)
      case _ => None
    }
  }

  given intSeqCodec: AttrCodec[Seq[Int]] with {
    def describe = "a Seq of Int"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_INTS
    private[tessera] def write(a: Attrs, k: Int, v: Seq[Int]): Unit =
      a.refs(k) = if (v == null) null else { val out = new Array[Long](v.length); var i = 0; v.foreach { x => out(i) = x.toLong; i += 1 }; out }
    private[tessera] def read(v: Any): Option[Seq[Int]] =
      elements(v).flatMap(traverse(_)(x => wholeNumber(x, Int.MinValue, Int.MaxValue).map(_.toInt)))
  }

  given longSeqCodec: AttrCodec[Seq[Long]] with {
    def describe = "a Seq of Long"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_INTS
    private[tessera] def write(a: Attrs, k: Int, v: Seq[Long]): Unit = a.refs(k) = if (v == null) null else v.toArray
    private[tessera] def read(v: Any): Option[Seq[Long]] = elements(v).flatMap(traverse(_)(x => wholeNumber(x, Long.MinValue, Long.MaxValue)))
  }

  given doubleSeqCodec: AttrCodec[Seq[Double]] with {
    def describe = "a Seq of Double"
    private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_FLOATS
    private[tessera] def write(a: Attrs, k: Int, v: Seq[Double]): Unit = a.refs(k) = if (v == null) null else v.toArray
    private[tessera] def read(v: Any): Option[Seq[Double]] = elements(v).flatMap(traverse(_)(number))
  }

  /** The codec of a generated enum: encoded as its registry index (the ordinal), read from a
    * value of the enum or its registry name.
    */
  def enumeration[E <: scala.reflect.Enum](typeName: String, values: Array[E], registryName: E => String): AttrCodec[E] =
    new AttrCodec[E] {
      def describe = s"a $typeName (one of ${values.map(v => "\"" + registryName(v) + "\"").mkString(", ")})"
      private[tessera] def typeCode = tsr_attr_type.TSR_ATTR_ENUM
      private[tessera] def write(a: Attrs, k: Int, v: E): Unit = a.ivals(k) = if (v == null) -1L else v.ordinal.toLong
      private[tessera] def read(v: Any): Option[E] = v match {
        case s: String => values.find(e => registryName(e) == s || e.toString == s)
        case e => values.find(_ == e)
      }
    }
}

/** The call path of the generated operators: handles in, handles out, status checked at once. */
private[tessera] object Runtime {
  Native.ensureLoaded()

  val NoInputs: Array[Tensor] = Array.empty

  /** The most outputs one call can return (a variadic output such as `split`'s pieces). */
  val MaxOutputs: Int = 64

  /** Throws the [[TesseraException]] for a failing status (reads the thread's last error). */
  def check(status: Int): Unit = if (status != 0) throw lastError(status)

  def lastError(status: Int): TesseraException =
    TesseraException.fromStatus(
      status,
      TesseraNative.tsr_last_error(),
      TesseraNative.tsr_last_error_op(),
      TesseraNative.tsr_last_error_arg())

  private def handles(op: OpRef, inputs: Array[Tensor]): Array[Long] = {
    val hs = new Array[Long](inputs.length)
    var k = 0
    while (k < inputs.length) {
      val t = inputs(k)
      if (t != null) {
        val h = t.handleOrZero
        if (h == 0L) throw new ReleasedTensorException("input tensor was already closed", op.name, op.inputName(k))
        hs(k) = h
      }
      k += 1
    }
    hs
  }

  private def checkAttrs(op: OpRef, attrs: Attrs): Unit = {
    var k = 0
    while (k < attrs.size) {
      val tpe = attrs.meta(2 * k + 1)
      if (attrs.refs(k) == null &&
          (tpe == tsr_attr_type.TSR_ATTR_STRING || tpe == tsr_attr_type.TSR_ATTR_INTS || tpe == tsr_attr_type.TSR_ATTR_FLOATS)) {
        val slot = attrs.meta(2 * k)
        throw new InvalidAttributeException("attribute value is null", op.name, if (slot < op.attrs.length) op.attrs(slot) else "")
      }
      k += 1
    }
  }

  /** Runs the operator; returns the output handles the engine wrote (the caller owns them). */
  private def invoke(op: OpRef, inputs: Array[Tensor], attrs: Attrs): Array[Long] = {
    val hs = handles(op, inputs)
    checkAttrs(op, attrs)
    val out = new Array[Long](op.capacity)
    val count = new Array[Int](1)
    try {
      check(TesseraNative.tsrj_op_invoke(op.handle, hs, attrs.meta, attrs.ivals, attrs.fvals, attrs.refs, out, count))
    } finally {
      // The inputs must stay reachable (their cleaners must not run) until the call is over.
      Reference.reachabilityFence(inputs)
    }
    if (count(0) == out.length) out else java.util.Arrays.copyOf(out, count(0))
  }

  private def wrap(hs: Array[Long]): Array[Tensor] = {
    val ts = new Array[Tensor](hs.length)
    var k = 0
    while (k < hs.length) { ts(k) = new Tensor(hs(k)); k += 1 }
    ts
  }

  /** Runs an operator with one output. */
  def call1(op: OpRef, inputs: Array[Tensor], attrs: Attrs): Tensor = {
    val hs = invoke(op, inputs, attrs)
    if (hs.length != 1) {
      hs.foreach(h => if (h != 0L) TesseraNative.tsr_tensor_release(h))
      throw new InternalException(s"expected 1 output, the engine returned ${hs.length}", op.name, "outputs")
    }
    new Tensor(hs(0))
  }

  /** Runs an operator with a fixed number of outputs and returns them in schema order. */
  def callN(op: OpRef, inputs: Array[Tensor], attrs: Attrs): Array[Tensor] = wrap(invoke(op, inputs, attrs))

  /** Runs an operator whose only output is variadic (its count is decided at run time, up to
    * [[MaxOutputs]]) and returns every output, in order.
    */
  def callVariadic(op: OpRef, inputs: Array[Tensor], attrs: Attrs): Seq[Tensor] =
    scala.collection.immutable.ArraySeq.unsafeWrapArray(wrap(invoke(op, inputs, attrs)))
}

/** Argument checks of [[OpTable.invoke]], the by-name path over the typed operators. */
private[tessera] object Dynamic {
  def inputs(op: String, values: Seq[Tensor], required: Int, total: Int, variadic: Boolean): IndexedSeq[Tensor] = {
    val in = if (values == null) IndexedSeq.empty else values.toIndexedSeq
    if (in.length < required || (!variadic && in.length > total)) {
      val expected = if (variadic) s"at least $required" else if (required == total) s"$total" else s"$required to $total"
      throw new InvalidArgumentException(s"expected $expected input tensor(s), got ${in.length}", op, "inputs")
    }
    in
  }

  def known(op: String, attrs: Map[String, Any], names: String*): Unit = {
    if (attrs == null) throw new InvalidArgumentException("attrs is null", op, "attrs")
    attrs.keys.find(k => !names.contains(k)).foreach { k =>
      val valid = if (names.isEmpty) "it has none" else names.mkString("valid: ", ", ", "")
      throw new InvalidAttributeException(s"unknown attribute \"$k\" ($valid)", op, k)
    }
  }

  private def convert[T](v: Any, op: String, name: String)(using c: AttrCodec[T]): T =
    c.read(v).getOrElse(throw new InvalidAttributeException(s"expected ${c.describe}, got ${show(v)}", op, name))

  private def show(v: Any): String = v match {
    case null => "null"
    case s: String => "\"" + s + "\""
    case a: Array[?] => a.mkString("Array(", ", ", ")")
    case x => s"$x (${x.getClass.getSimpleName})"
  }

  def attr[T](attrs: Map[String, Any], op: String, name: String, default: T)(using AttrCodec[T]): T =
    attrs.get(name) match {
      case Some(v) => convert[T](v, op, name)
      case None => default
    }

  def required[T](attrs: Map[String, Any], op: String, name: String)(using AttrCodec[T]): T =
    attrs.get(name) match {
      case Some(v) => convert[T](v, op, name)
      case None => throw new InvalidAttributeException("required attribute is missing", op, name)
    }
}
