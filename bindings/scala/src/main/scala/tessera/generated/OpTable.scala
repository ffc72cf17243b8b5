// generated from op-registry/registry.json by generators/src/emit/scala.ts — do not edit

package tessera

/** What these bindings were generated from, and a by-name entry point to the typed operators. */
object OpTable {
  /** Hash of the registry these bindings were generated from; checked against the library at load time. */
  val RegistryHash: String = "2d5fc8a19243bc88"

  /** The C API version (TSR_API_VERSION) these bindings were generated against. */
  val ApiVersion: Int = 1

  /** Registry names of the 34 operators, in registry order. */
  val OpNames: IndexedSeq[String] = IndexedSeq(
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
    "arange"
  )

  /** Calls the operator registered as `name` through its typed method in [[Ops]].
    *
    * `inputs` are in schema order (a variadic input takes the rest); `attrs` maps registry
    * attribute names to values: Boolean, Int/Long, Double, String, a [[DType]] or dtype name, an
    * enum value or its registry name, or a Seq of numbers. A missing attribute takes its
    * registry default. Unknown operators raise [[NotFoundException]]; wrong input counts
    * [[InvalidArgumentException]]; unknown, missing or ill-typed attributes
    * [[InvalidAttributeException]].
    *
    * @return the outputs, in schema order (the caller owns them)
    */
  def invoke(name: String, inputs: Seq[Tensor], attrs: Map[String, Any] = Map.empty): Seq[Tensor] = {
    name match {
      case "add" =>
        val in = Dynamic.inputs("add", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("add", attrs)
        Seq(Ops.add(in(0), in(1)))
      case "sub" =>
        val in = Dynamic.inputs("sub", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("sub", attrs)
        Seq(Ops.sub(in(0), in(1)))
      case "mul" =>
        val in = Dynamic.inputs("mul", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("mul", attrs)
        Seq(Ops.mul(in(0), in(1)))
      case "div" =>
        val in = Dynamic.inputs("div", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("div", attrs)
        Seq(Ops.div(in(0), in(1)))
      case "pow" =>
        val in = Dynamic.inputs("pow", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("pow", attrs)
        Seq(Ops.pow(in(0), in(1)))
      case "maximum" =>
        val in = Dynamic.inputs("maximum", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("maximum", attrs)
        Seq(Ops.maximum(in(0), in(1)))
      case "minimum" =>
        val in = Dynamic.inputs("minimum", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("minimum", attrs)
        Seq(Ops.minimum(in(0), in(1)))
      case "neg" =>
        val in = Dynamic.inputs("neg", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("neg", attrs)
        Seq(Ops.neg(in(0)))
      case "abs" =>
        val in = Dynamic.inputs("abs", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("abs", attrs)
        Seq(Ops.abs(in(0)))
      case "relu" =>
        val in = Dynamic.inputs("relu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("relu", attrs)
        Seq(Ops.relu(in(0)))
      case "exp" =>
        val in = Dynamic.inputs("exp", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("exp", attrs)
        Seq(Ops.exp(in(0)))
      case "log" =>
        val in = Dynamic.inputs("log", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("log", attrs)
        Seq(Ops.log(in(0)))
      case "sqrt" =>
        val in = Dynamic.inputs("sqrt", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("sqrt", attrs)
        Seq(Ops.sqrt(in(0)))
      case "tanh" =>
        val in = Dynamic.inputs("tanh", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("tanh", attrs)
        Seq(Ops.tanh(in(0)))
      case "sigmoid" =>
        val in = Dynamic.inputs("sigmoid", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("sigmoid", attrs)
        Seq(Ops.sigmoid(in(0)))
      case "equal" =>
        val in = Dynamic.inputs("equal", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("equal", attrs)
        Seq(Ops.equal(in(0), in(1)))
      case "less" =>
        val in = Dynamic.inputs("less", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("less", attrs)
        Seq(Ops.less(in(0), in(1)))
      case "greater" =>
        val in = Dynamic.inputs("greater", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("greater", attrs)
        Seq(Ops.greater(in(0), in(1)))
      case "where" =>
        val in = Dynamic.inputs("where", inputs, required = 3, total = 3, variadic = false)
        Dynamic.known("where", attrs)
        Seq(Ops.where(
          in(0),
          in(1),
          in(2)))
      case "cast" =>
        val in = Dynamic.inputs("cast", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("cast", attrs, "dtype")
        Seq(Ops.cast(in(0), dtype = Dynamic.attr[DType](attrs, "cast", "dtype", DType.Float32)))
      case "matmul" =>
        val in = Dynamic.inputs("matmul", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("matmul", attrs)
        Seq(Ops.matmul(in(0), in(1)))
      case "sum" =>
        val in = Dynamic.inputs("sum", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("sum", attrs, "axes", "keepdims")
        Seq(Ops.sum(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "sum", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "sum", "keepdims", false)))
      case "mean" =>
        val in = Dynamic.inputs("mean", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("mean", attrs, "axes", "keepdims")
        Seq(Ops.mean(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "mean", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "mean", "keepdims", false)))
      case "max" =>
        val in = Dynamic.inputs("max", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("max", attrs, "axes", "keepdims")
        Seq(Ops.max(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "max", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "max", "keepdims", false)))
      case "reshape" =>
        val in = Dynamic.inputs("reshape", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("reshape", attrs, "shape")
        Seq(Ops.reshape(in(0), shape = Dynamic.required[Seq[Long]](attrs, "reshape", "shape")))
      case "transpose" =>
        val in = Dynamic.inputs("transpose", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("transpose", attrs, "perm")
        Seq(Ops.transpose(in(0), perm = Dynamic.attr[Seq[Int]](attrs, "transpose", "perm", Seq())))
      case "concat" =>
        val in = Dynamic.inputs("concat", inputs, required = 1, total = 1, variadic = true)
        Dynamic.known("concat", attrs, "axis")
        Seq(Ops.concat(in, axis = Dynamic.attr[Int](attrs, "concat", "axis", 0)))
      case "slice" =>
        val in = Dynamic.inputs("slice", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("slice", attrs, "starts", "ends", "axes", "steps")
        Seq(Ops.slice(
          in(0),
          starts = Dynamic.required[Seq[Int]](attrs, "slice", "starts"),
          ends = Dynamic.required[Seq[Int]](attrs, "slice", "ends"),
          axes = Dynamic.attr[Seq[Int]](attrs, "slice", "axes", Seq()),
          steps = Dynamic.attr[Seq[Long]](attrs, "slice", "steps", Seq())))
      case "softmax" =>
        val in = Dynamic.inputs("softmax", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("softmax", attrs, "axis")
        Seq(Ops.softmax(in(0), axis = Dynamic.attr[Int](attrs, "softmax", "axis", -1)))
      case "log_softmax" =>
        val in = Dynamic.inputs("log_softmax", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("log_softmax", attrs, "axis")
        Seq(Ops.logSoftmax(in(0), axis = Dynamic.attr[Int](attrs, "log_softmax", "axis", -1)))
      case "zeros" =>
        Dynamic.inputs("zeros", inputs, required = 0, total = 0, variadic = false)
        Dynamic.known("zeros", attrs, "shape", "dtype")
        Seq(Ops.zeros(shape = Dynamic.required[Seq[Long]](attrs, "zeros", "shape"), dtype = Dynamic.attr[DType](attrs, "zeros", "dtype", DType.Float32)))
      case "ones" =>
        Dynamic.inputs("ones", inputs, required = 0, total = 0, variadic = false)
        Dynamic.known("ones", attrs, "shape", "dtype")
        Seq(Ops.ones(shape = Dynamic.required[Seq[Long]](attrs, "ones", "shape"), dtype = Dynamic.attr[DType](attrs, "ones", "dtype", DType.Float32)))
      case "full" =>
        Dynamic.inputs("full", inputs, required = 0, total = 0, variadic = false)
        Dynamic.known("full", attrs, "shape", "value", "dtype")
        Seq(Ops.full(
          shape = Dynamic.required[Seq[Long]](attrs, "full", "shape"),
          value = Dynamic.required[Double](attrs, "full", "value"),
          dtype = Dynamic.attr[DType](attrs, "full", "dtype", DType.Float32)))
      case "arange" =>
        Dynamic.inputs("arange", inputs, required = 0, total = 0, variadic = false)
        Dynamic.known("arange", attrs, "start", "stop", "step", "dtype")
        Seq(Ops.arange(
          start = Dynamic.required[Double](attrs, "arange", "start"),
          stop = Dynamic.required[Double](attrs, "arange", "stop"),
          step = Dynamic.attr[Double](attrs, "arange", "step", 1.0),
          dtype = Dynamic.attr[DType](attrs, "arange", "dtype", DType.Float32)))
      case _ =>
        throw new NotFoundException(s"unknown operator \"$name\"", op = name, arg = "name")
    }
  }
}
