// generated from op-registry/registry.json by generators/src/emit/scala.ts — do not edit

package tessera

/** What these bindings were generated from, and a by-name entry point to the typed operators. */
object OpTable {
  /** Hash of the registry these bindings were generated from; checked against the library at load time. */
  val RegistryHash: String = "7244caa61c50065f"

  /** The C API version (TSR_API_VERSION) these bindings were generated against. */
  val ApiVersion: Int = 1

  /** Registry names of the 128 operators, in registry order. */
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
    "lrn"
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
      case "min" =>
        val in = Dynamic.inputs("min", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("min", attrs, "axes", "keepdims")
        Seq(Ops.min(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "min", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "min", "keepdims", false)))
      case "prod" =>
        val in = Dynamic.inputs("prod", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("prod", attrs, "axes", "keepdims")
        Seq(Ops.prod(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "prod", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "prod", "keepdims", false)))
      case "l1_norm" =>
        val in = Dynamic.inputs("l1_norm", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("l1_norm", attrs, "axes", "keepdims")
        Seq(Ops.l1Norm(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "l1_norm", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "l1_norm", "keepdims", false)))
      case "l2_norm" =>
        val in = Dynamic.inputs("l2_norm", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("l2_norm", attrs, "axes", "keepdims")
        Seq(Ops.l2Norm(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "l2_norm", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "l2_norm", "keepdims", false)))
      case "log_sum_exp" =>
        val in = Dynamic.inputs("log_sum_exp", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("log_sum_exp", attrs, "axes", "keepdims")
        Seq(Ops.logSumExp(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "log_sum_exp", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "log_sum_exp", "keepdims", false)))
      case "sum_square" =>
        val in = Dynamic.inputs("sum_square", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("sum_square", attrs, "axes", "keepdims")
        Seq(Ops.sumSquare(
          in(0),
          axes = Dynamic.attr[Seq[Int]](attrs, "sum_square", "axes", Seq()),
          keepdims = Dynamic.attr[Boolean](attrs, "sum_square", "keepdims", false)))
      case "argmax" =>
        val in = Dynamic.inputs("argmax", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("argmax", attrs, "axis", "keepdims", "select_last_index")
        Seq(Ops.argmax(
          in(0),
          axis = Dynamic.attr[Int](attrs, "argmax", "axis", 0),
          keepdims = Dynamic.attr[Boolean](attrs, "argmax", "keepdims", true),
          selectLastIndex = Dynamic.attr[Boolean](attrs, "argmax", "select_last_index", false)))
      case "argmin" =>
        val in = Dynamic.inputs("argmin", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("argmin", attrs, "axis", "keepdims", "select_last_index")
        Seq(Ops.argmin(
          in(0),
          axis = Dynamic.attr[Int](attrs, "argmin", "axis", 0),
          keepdims = Dynamic.attr[Boolean](attrs, "argmin", "keepdims", true),
          selectLastIndex = Dynamic.attr[Boolean](attrs, "argmin", "select_last_index", false)))
      case "cumsum" =>
        val in = Dynamic.inputs("cumsum", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("cumsum", attrs, "axis", "exclusive", "reverse")
        Seq(Ops.cumsum(
          in(0),
          axis = Dynamic.attr[Int](attrs, "cumsum", "axis", 0),
          exclusive = Dynamic.attr[Boolean](attrs, "cumsum", "exclusive", false),
          reverse = Dynamic.attr[Boolean](attrs, "cumsum", "reverse", false)))
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
      case "erf" =>
        val in = Dynamic.inputs("erf", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("erf", attrs)
        Seq(Ops.erf(in(0)))
      case "floor" =>
        val in = Dynamic.inputs("floor", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("floor", attrs)
        Seq(Ops.floor(in(0)))
      case "ceil" =>
        val in = Dynamic.inputs("ceil", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("ceil", attrs)
        Seq(Ops.ceil(in(0)))
      case "round" =>
        val in = Dynamic.inputs("round", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("round", attrs)
        Seq(Ops.round(in(0)))
      case "sign" =>
        val in = Dynamic.inputs("sign", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("sign", attrs)
        Seq(Ops.sign(in(0)))
      case "reciprocal" =>
        val in = Dynamic.inputs("reciprocal", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("reciprocal", attrs)
        Seq(Ops.reciprocal(in(0)))
      case "sin" =>
        val in = Dynamic.inputs("sin", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("sin", attrs)
        Seq(Ops.sin(in(0)))
      case "cos" =>
        val in = Dynamic.inputs("cos", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("cos", attrs)
        Seq(Ops.cos(in(0)))
      case "tan" =>
        val in = Dynamic.inputs("tan", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("tan", attrs)
        Seq(Ops.tan(in(0)))
      case "asin" =>
        val in = Dynamic.inputs("asin", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("asin", attrs)
        Seq(Ops.asin(in(0)))
      case "acos" =>
        val in = Dynamic.inputs("acos", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("acos", attrs)
        Seq(Ops.acos(in(0)))
      case "atan" =>
        val in = Dynamic.inputs("atan", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("atan", attrs)
        Seq(Ops.atan(in(0)))
      case "sinh" =>
        val in = Dynamic.inputs("sinh", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("sinh", attrs)
        Seq(Ops.sinh(in(0)))
      case "cosh" =>
        val in = Dynamic.inputs("cosh", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("cosh", attrs)
        Seq(Ops.cosh(in(0)))
      case "asinh" =>
        val in = Dynamic.inputs("asinh", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("asinh", attrs)
        Seq(Ops.asinh(in(0)))
      case "acosh" =>
        val in = Dynamic.inputs("acosh", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("acosh", attrs)
        Seq(Ops.acosh(in(0)))
      case "atanh" =>
        val in = Dynamic.inputs("atanh", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("atanh", attrs)
        Seq(Ops.atanh(in(0)))
      case "isnan" =>
        val in = Dynamic.inputs("isnan", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("isnan", attrs)
        Seq(Ops.isnan(in(0)))
      case "isinf" =>
        val in = Dynamic.inputs("isinf", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("isinf", attrs, "detect_positive", "detect_negative")
        Seq(Ops.isinf(
          in(0),
          detectPositive = Dynamic.attr[Boolean](attrs, "isinf", "detect_positive", true),
          detectNegative = Dynamic.attr[Boolean](attrs, "isinf", "detect_negative", true)))
      case "mod" =>
        val in = Dynamic.inputs("mod", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("mod", attrs, "fmod")
        Seq(Ops.mod(
          in(0),
          in(1),
          fmod = Dynamic.attr[Boolean](attrs, "mod", "fmod", false)))
      case "clip" =>
        val in = Dynamic.inputs("clip", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("clip", attrs, "min", "max")
        Seq(Ops.clip(
          in(0),
          min = Dynamic.attr[Double](attrs, "clip", "min", Double.NegativeInfinity),
          max = Dynamic.attr[Double](attrs, "clip", "max", Double.PositiveInfinity)))
      case "less_equal" =>
        val in = Dynamic.inputs("less_equal", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("less_equal", attrs)
        Seq(Ops.lessEqual(in(0), in(1)))
      case "greater_equal" =>
        val in = Dynamic.inputs("greater_equal", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("greater_equal", attrs)
        Seq(Ops.greaterEqual(in(0), in(1)))
      case "logical_and" =>
        val in = Dynamic.inputs("logical_and", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("logical_and", attrs)
        Seq(Ops.logicalAnd(in(0), in(1)))
      case "logical_or" =>
        val in = Dynamic.inputs("logical_or", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("logical_or", attrs)
        Seq(Ops.logicalOr(in(0), in(1)))
      case "logical_xor" =>
        val in = Dynamic.inputs("logical_xor", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("logical_xor", attrs)
        Seq(Ops.logicalXor(in(0), in(1)))
      case "logical_not" =>
        val in = Dynamic.inputs("logical_not", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("logical_not", attrs)
        Seq(Ops.logicalNot(in(0)))
      case "bitwise_and" =>
        val in = Dynamic.inputs("bitwise_and", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("bitwise_and", attrs)
        Seq(Ops.bitwiseAnd(in(0), in(1)))
      case "bitwise_or" =>
        val in = Dynamic.inputs("bitwise_or", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("bitwise_or", attrs)
        Seq(Ops.bitwiseOr(in(0), in(1)))
      case "bitwise_xor" =>
        val in = Dynamic.inputs("bitwise_xor", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("bitwise_xor", attrs)
        Seq(Ops.bitwiseXor(in(0), in(1)))
      case "bitwise_not" =>
        val in = Dynamic.inputs("bitwise_not", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("bitwise_not", attrs)
        Seq(Ops.bitwiseNot(in(0)))
      case "leaky_relu" =>
        val in = Dynamic.inputs("leaky_relu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("leaky_relu", attrs, "alpha")
        Seq(Ops.leakyRelu(in(0), alpha = Dynamic.attr[Double](attrs, "leaky_relu", "alpha", 0.01)))
      case "prelu" =>
        val in = Dynamic.inputs("prelu", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("prelu", attrs)
        Seq(Ops.prelu(in(0), in(1)))
      case "elu" =>
        val in = Dynamic.inputs("elu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("elu", attrs, "alpha")
        Seq(Ops.elu(in(0), alpha = Dynamic.attr[Double](attrs, "elu", "alpha", 1.0)))
      case "selu" =>
        val in = Dynamic.inputs("selu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("selu", attrs, "alpha", "gamma")
        Seq(Ops.selu(
          in(0),
          alpha = Dynamic.attr[Double](attrs, "selu", "alpha", 1.6732631921768188),
          gamma = Dynamic.attr[Double](attrs, "selu", "gamma", 1.0507010221481323)))
      case "celu" =>
        val in = Dynamic.inputs("celu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("celu", attrs, "alpha")
        Seq(Ops.celu(in(0), alpha = Dynamic.attr[Double](attrs, "celu", "alpha", 1.0)))
      case "gelu" =>
        val in = Dynamic.inputs("gelu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("gelu", attrs, "approximate")
        Seq(Ops.gelu(in(0), approximate = Dynamic.attr[GeluApproximate](attrs, "gelu", "approximate", GeluApproximate.None)))
      case "hard_sigmoid" =>
        val in = Dynamic.inputs("hard_sigmoid", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("hard_sigmoid", attrs, "alpha", "beta")
        Seq(Ops.hardSigmoid(
          in(0),
          alpha = Dynamic.attr[Double](attrs, "hard_sigmoid", "alpha", 0.2),
          beta = Dynamic.attr[Double](attrs, "hard_sigmoid", "beta", 0.5)))
      case "hard_swish" =>
        val in = Dynamic.inputs("hard_swish", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("hard_swish", attrs)
        Seq(Ops.hardSwish(in(0)))
      case "softplus" =>
        val in = Dynamic.inputs("softplus", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("softplus", attrs)
        Seq(Ops.softplus(in(0)))
      case "softsign" =>
        val in = Dynamic.inputs("softsign", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("softsign", attrs)
        Seq(Ops.softsign(in(0)))
      case "mish" =>
        val in = Dynamic.inputs("mish", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("mish", attrs)
        Seq(Ops.mish(in(0)))
      case "silu" =>
        val in = Dynamic.inputs("silu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("silu", attrs)
        Seq(Ops.silu(in(0)))
      case "gather" =>
        val in = Dynamic.inputs("gather", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("gather", attrs, "axis")
        Seq(Ops.gather(
          in(0),
          in(1),
          axis = Dynamic.attr[Int](attrs, "gather", "axis", 0)))
      case "gather_elements" =>
        val in = Dynamic.inputs("gather_elements", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("gather_elements", attrs, "axis")
        Seq(Ops.gatherElements(
          in(0),
          in(1),
          axis = Dynamic.attr[Int](attrs, "gather_elements", "axis", 0)))
      case "gather_nd" =>
        val in = Dynamic.inputs("gather_nd", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("gather_nd", attrs, "batch_dims")
        Seq(Ops.gatherNd(
          in(0),
          in(1),
          batchDims = Dynamic.attr[Long](attrs, "gather_nd", "batch_dims", 0L)))
      case "scatter_elements" =>
        val in = Dynamic.inputs("scatter_elements", inputs, required = 3, total = 3, variadic = false)
        Dynamic.known("scatter_elements", attrs, "axis", "reduction")
        Seq(Ops.scatterElements(
          in(0),
          in(1),
          in(2),
          axis = Dynamic.attr[Int](attrs, "scatter_elements", "axis", 0),
          reduction = Dynamic.attr[ScatterElementsReduction](attrs, "scatter_elements", "reduction", ScatterElementsReduction.None)))
      case "scatter_nd" =>
        val in = Dynamic.inputs("scatter_nd", inputs, required = 3, total = 3, variadic = false)
        Dynamic.known("scatter_nd", attrs, "reduction")
        Seq(Ops.scatterNd(
          in(0),
          in(1),
          in(2),
          reduction = Dynamic.attr[ScatterNdReduction](attrs, "scatter_nd", "reduction", ScatterNdReduction.None)))
      case "one_hot" =>
        val in = Dynamic.inputs("one_hot", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("one_hot", attrs, "depth", "axis", "on_value", "off_value", "dtype")
        Seq(Ops.oneHot(
          in(0),
          depth = Dynamic.required[Long](attrs, "one_hot", "depth"),
          axis = Dynamic.attr[Int](attrs, "one_hot", "axis", -1),
          onValue = Dynamic.attr[Double](attrs, "one_hot", "on_value", 1.0),
          offValue = Dynamic.attr[Double](attrs, "one_hot", "off_value", 0.0),
          dtype = Dynamic.attr[DType](attrs, "one_hot", "dtype", DType.Float32)))
      case "top_k" =>
        val in = Dynamic.inputs("top_k", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("top_k", attrs, "k", "axis", "largest", "sorted")
        val r = Ops.topK(
          in(0),
          k = Dynamic.required[Long](attrs, "top_k", "k"),
          axis = Dynamic.attr[Int](attrs, "top_k", "axis", -1),
          largest = Dynamic.attr[Boolean](attrs, "top_k", "largest", true),
          sorted = Dynamic.attr[Boolean](attrs, "top_k", "sorted", true))
        Seq(r._1, r._2)
      case "non_zero" =>
        val in = Dynamic.inputs("non_zero", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("non_zero", attrs)
        Seq(Ops.nonZero(in(0)))
      case "triu" =>
        val in = Dynamic.inputs("triu", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("triu", attrs, "k")
        Seq(Ops.triu(in(0), k = Dynamic.attr[Long](attrs, "triu", "k", 0L)))
      case "tril" =>
        val in = Dynamic.inputs("tril", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("tril", attrs, "k")
        Seq(Ops.tril(in(0), k = Dynamic.attr[Long](attrs, "tril", "k", 0L)))
      case "flatten" =>
        val in = Dynamic.inputs("flatten", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("flatten", attrs, "axis")
        Seq(Ops.flatten(in(0), axis = Dynamic.attr[Long](attrs, "flatten", "axis", 1L)))
      case "squeeze" =>
        val in = Dynamic.inputs("squeeze", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("squeeze", attrs, "axes")
        Seq(Ops.squeeze(in(0), axes = Dynamic.attr[Seq[Int]](attrs, "squeeze", "axes", Seq())))
      case "unsqueeze" =>
        val in = Dynamic.inputs("unsqueeze", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("unsqueeze", attrs, "axes")
        Seq(Ops.unsqueeze(in(0), axes = Dynamic.required[Seq[Int]](attrs, "unsqueeze", "axes")))
      case "expand" =>
        val in = Dynamic.inputs("expand", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("expand", attrs, "shape")
        Seq(Ops.expand(in(0), shape = Dynamic.required[Seq[Long]](attrs, "expand", "shape")))
      case "tile" =>
        val in = Dynamic.inputs("tile", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("tile", attrs, "repeats")
        Seq(Ops.tile(in(0), repeats = Dynamic.required[Seq[Long]](attrs, "tile", "repeats")))
      case "pad" =>
        val in = Dynamic.inputs("pad", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("pad", attrs, "pads", "mode", "value")
        Seq(Ops.pad(
          in(0),
          pads = Dynamic.required[Seq[Long]](attrs, "pad", "pads"),
          mode = Dynamic.attr[PadMode](attrs, "pad", "mode", PadMode.Constant),
          value = Dynamic.attr[Double](attrs, "pad", "value", 0.0)))
      case "split" =>
        val in = Dynamic.inputs("split", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("split", attrs, "axis", "split", "num_outputs")
        Ops.split(
          in(0),
          axis = Dynamic.attr[Int](attrs, "split", "axis", 0),
          split = Dynamic.attr[Seq[Long]](attrs, "split", "split", Seq()),
          numOutputs = Dynamic.attr[Long](attrs, "split", "num_outputs", 0L))
      case "depth_to_space" =>
        val in = Dynamic.inputs("depth_to_space", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("depth_to_space", attrs, "blocksize", "mode")
        Seq(Ops.depthToSpace(
          in(0),
          blocksize = Dynamic.required[Long](attrs, "depth_to_space", "blocksize"),
          mode = Dynamic.attr[DepthToSpaceMode](attrs, "depth_to_space", "mode", DepthToSpaceMode.Dcr)))
      case "space_to_depth" =>
        val in = Dynamic.inputs("space_to_depth", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("space_to_depth", attrs, "blocksize")
        Seq(Ops.spaceToDepth(in(0), blocksize = Dynamic.required[Long](attrs, "space_to_depth", "blocksize")))
      case "dropout" =>
        val in = Dynamic.inputs("dropout", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("dropout", attrs, "ratio", "training", "seed")
        val r = Ops.dropout(
          in(0),
          ratio = Dynamic.attr[Double](attrs, "dropout", "ratio", 0.5),
          training = Dynamic.attr[Boolean](attrs, "dropout", "training", false),
          seed = Dynamic.attr[Long](attrs, "dropout", "seed", 0L))
        Seq(r._1, r._2)
      case "gemm" =>
        val in = Dynamic.inputs("gemm", inputs, required = 2, total = 3, variadic = false)
        Dynamic.known("gemm", attrs, "alpha", "beta", "trans_a", "trans_b")
        Seq(Ops.gemm(
          in(0),
          in(1),
          in.lift(2),
          alpha = Dynamic.attr[Double](attrs, "gemm", "alpha", 1.0),
          beta = Dynamic.attr[Double](attrs, "gemm", "beta", 1.0),
          transA = Dynamic.attr[Boolean](attrs, "gemm", "trans_a", false),
          transB = Dynamic.attr[Boolean](attrs, "gemm", "trans_b", false)))
      case "einsum" =>
        val in = Dynamic.inputs("einsum", inputs, required = 1, total = 1, variadic = true)
        Dynamic.known("einsum", attrs, "equation")
        Seq(Ops.einsum(in, equation = Dynamic.required[String](attrs, "einsum", "equation")))
      case "resize" =>
        val in = Dynamic.inputs("resize", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("resize", attrs, "mode", "scales", "sizes", "coordinate_transformation_mode", "nearest_mode", "cubic_coeff_a", "exclude_outside")
        Seq(Ops.resize(
          in(0),
          mode = Dynamic.attr[ResizeMode](attrs, "resize", "mode", ResizeMode.Nearest),
          scales = Dynamic.attr[Seq[Double]](attrs, "resize", "scales", Seq()),
          sizes = Dynamic.attr[Seq[Long]](attrs, "resize", "sizes", Seq()),
          coordinateTransformationMode = Dynamic.attr[ResizeCoordinateTransformationMode](attrs, "resize", "coordinate_transformation_mode", ResizeCoordinateTransformationMode.HalfPixel),
          nearestMode = Dynamic.attr[ResizeNearestMode](attrs, "resize", "nearest_mode", ResizeNearestMode.RoundPreferFloor),
          cubicCoeffA = Dynamic.attr[Double](attrs, "resize", "cubic_coeff_a", -0.75),
          excludeOutside = Dynamic.attr[Boolean](attrs, "resize", "exclude_outside", false)))
      case "embedding" =>
        val in = Dynamic.inputs("embedding", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("embedding", attrs)
        Seq(Ops.embedding(in(0), in(1)))
      case "softmax_cross_entropy" =>
        val in = Dynamic.inputs("softmax_cross_entropy", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("softmax_cross_entropy", attrs, "reduction", "ignore_index")
        val r = Ops.softmaxCrossEntropy(
          in(0),
          in(1),
          reduction = Dynamic.attr[SoftmaxCrossEntropyReduction](attrs, "softmax_cross_entropy", "reduction", SoftmaxCrossEntropyReduction.Mean),
          ignoreIndex = Dynamic.attr[Long](attrs, "softmax_cross_entropy", "ignore_index", -100L))
        Seq(r._1, r._2)
      case "nll_loss" =>
        val in = Dynamic.inputs("nll_loss", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("nll_loss", attrs, "reduction", "ignore_index")
        Seq(Ops.nllLoss(
          in(0),
          in(1),
          reduction = Dynamic.attr[NllLossReduction](attrs, "nll_loss", "reduction", NllLossReduction.Mean),
          ignoreIndex = Dynamic.attr[Long](attrs, "nll_loss", "ignore_index", -100L)))
      case "mse_loss" =>
        val in = Dynamic.inputs("mse_loss", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("mse_loss", attrs, "reduction")
        Seq(Ops.mseLoss(
          in(0),
          in(1),
          reduction = Dynamic.attr[MseLossReduction](attrs, "mse_loss", "reduction", MseLossReduction.Mean)))
      case "binary_cross_entropy" =>
        val in = Dynamic.inputs("binary_cross_entropy", inputs, required = 2, total = 2, variadic = false)
        Dynamic.known("binary_cross_entropy", attrs, "reduction")
        Seq(Ops.binaryCrossEntropy(
          in(0),
          in(1),
          reduction = Dynamic.attr[BinaryCrossEntropyReduction](attrs, "binary_cross_entropy", "reduction", BinaryCrossEntropyReduction.Mean)))
      case "sgd_update" =>
        val in = Dynamic.inputs("sgd_update", inputs, required = 3, total = 3, variadic = false)
        Dynamic.known("sgd_update", attrs, "lr", "momentum", "weight_decay", "nesterov")
        val r = Ops.sgdUpdate(
          in(0),
          in(1),
          in(2),
          lr = Dynamic.required[Double](attrs, "sgd_update", "lr"),
          momentum = Dynamic.attr[Double](attrs, "sgd_update", "momentum", 0.0),
          weightDecay = Dynamic.attr[Double](attrs, "sgd_update", "weight_decay", 0.0),
          nesterov = Dynamic.attr[Boolean](attrs, "sgd_update", "nesterov", false))
        Seq(r._1, r._2)
      case "adam_update" =>
        val in = Dynamic.inputs("adam_update", inputs, required = 4, total = 4, variadic = false)
        Dynamic.known("adam_update", attrs, "lr", "beta1", "beta2", "epsilon", "weight_decay", "step")
        val r = Ops.adamUpdate(
          in(0),
          in(1),
          in(2),
          in(3),
          lr = Dynamic.required[Double](attrs, "adam_update", "lr"),
          step = Dynamic.required[Long](attrs, "adam_update", "step"),
          beta1 = Dynamic.attr[Double](attrs, "adam_update", "beta1", 0.9),
          beta2 = Dynamic.attr[Double](attrs, "adam_update", "beta2", 0.999),
          epsilon = Dynamic.attr[Double](attrs, "adam_update", "epsilon", 1e-8),
          weightDecay = Dynamic.attr[Double](attrs, "adam_update", "weight_decay", 0.0))
        Seq(r._1, r._2, r._3)
      case "adamw_update" =>
        val in = Dynamic.inputs("adamw_update", inputs, required = 4, total = 4, variadic = false)
        Dynamic.known("adamw_update", attrs, "lr", "beta1", "beta2", "epsilon", "weight_decay", "step")
        val r = Ops.adamwUpdate(
          in(0),
          in(1),
          in(2),
          in(3),
          lr = Dynamic.required[Double](attrs, "adamw_update", "lr"),
          step = Dynamic.required[Long](attrs, "adamw_update", "step"),
          beta1 = Dynamic.attr[Double](attrs, "adamw_update", "beta1", 0.9),
          beta2 = Dynamic.attr[Double](attrs, "adamw_update", "beta2", 0.999),
          epsilon = Dynamic.attr[Double](attrs, "adamw_update", "epsilon", 1e-8),
          weightDecay = Dynamic.attr[Double](attrs, "adamw_update", "weight_decay", 0.01))
        Seq(r._1, r._2, r._3)
      case "conv" =>
        val in = Dynamic.inputs("conv", inputs, required = 2, total = 3, variadic = false)
        Dynamic.known("conv", attrs, "strides", "pads", "dilations", "group", "auto_pad")
        Seq(Ops.conv(
          in(0),
          in(1),
          in.lift(2),
          strides = Dynamic.attr[Seq[Long]](attrs, "conv", "strides", Seq()),
          pads = Dynamic.attr[Seq[Long]](attrs, "conv", "pads", Seq()),
          dilations = Dynamic.attr[Seq[Long]](attrs, "conv", "dilations", Seq()),
          group = Dynamic.attr[Long](attrs, "conv", "group", 1L),
          autoPad = Dynamic.attr[ConvAutoPad](attrs, "conv", "auto_pad", ConvAutoPad.Notset)))
      case "conv_transpose" =>
        val in = Dynamic.inputs("conv_transpose", inputs, required = 2, total = 3, variadic = false)
        Dynamic.known("conv_transpose", attrs, "strides", "pads", "dilations", "group", "auto_pad", "output_padding", "output_shape")
        Seq(Ops.convTranspose(
          in(0),
          in(1),
          in.lift(2),
          strides = Dynamic.attr[Seq[Long]](attrs, "conv_transpose", "strides", Seq()),
          pads = Dynamic.attr[Seq[Long]](attrs, "conv_transpose", "pads", Seq()),
          dilations = Dynamic.attr[Seq[Long]](attrs, "conv_transpose", "dilations", Seq()),
          group = Dynamic.attr[Long](attrs, "conv_transpose", "group", 1L),
          autoPad = Dynamic.attr[ConvTransposeAutoPad](attrs, "conv_transpose", "auto_pad", ConvTransposeAutoPad.Notset),
          outputPadding = Dynamic.attr[Seq[Long]](attrs, "conv_transpose", "output_padding", Seq()),
          outputShape = Dynamic.attr[Seq[Long]](attrs, "conv_transpose", "output_shape", Seq())))
      case "max_pool" =>
        val in = Dynamic.inputs("max_pool", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("max_pool", attrs, "kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad")
        Seq(Ops.maxPool(
          in(0),
          kernelShape = Dynamic.required[Seq[Long]](attrs, "max_pool", "kernel_shape"),
          strides = Dynamic.attr[Seq[Long]](attrs, "max_pool", "strides", Seq()),
          pads = Dynamic.attr[Seq[Long]](attrs, "max_pool", "pads", Seq()),
          dilations = Dynamic.attr[Seq[Long]](attrs, "max_pool", "dilations", Seq()),
          ceilMode = Dynamic.attr[Boolean](attrs, "max_pool", "ceil_mode", false),
          autoPad = Dynamic.attr[MaxPoolAutoPad](attrs, "max_pool", "auto_pad", MaxPoolAutoPad.Notset)))
      case "avg_pool" =>
        val in = Dynamic.inputs("avg_pool", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("avg_pool", attrs, "kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad", "count_include_pad")
        Seq(Ops.avgPool(
          in(0),
          kernelShape = Dynamic.required[Seq[Long]](attrs, "avg_pool", "kernel_shape"),
          strides = Dynamic.attr[Seq[Long]](attrs, "avg_pool", "strides", Seq()),
          pads = Dynamic.attr[Seq[Long]](attrs, "avg_pool", "pads", Seq()),
          dilations = Dynamic.attr[Seq[Long]](attrs, "avg_pool", "dilations", Seq()),
          ceilMode = Dynamic.attr[Boolean](attrs, "avg_pool", "ceil_mode", false),
          autoPad = Dynamic.attr[AvgPoolAutoPad](attrs, "avg_pool", "auto_pad", AvgPoolAutoPad.Notset),
          countIncludePad = Dynamic.attr[Boolean](attrs, "avg_pool", "count_include_pad", false)))
      case "global_avg_pool" =>
        val in = Dynamic.inputs("global_avg_pool", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("global_avg_pool", attrs)
        Seq(Ops.globalAvgPool(in(0)))
      case "global_max_pool" =>
        val in = Dynamic.inputs("global_max_pool", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("global_max_pool", attrs)
        Seq(Ops.globalMaxPool(in(0)))
      case "batch_norm" =>
        val in = Dynamic.inputs("batch_norm", inputs, required = 5, total = 5, variadic = false)
        Dynamic.known("batch_norm", attrs, "epsilon")
        Seq(Ops.batchNorm(
          in(0),
          in(1),
          in(2),
          in(3),
          in(4),
          epsilon = Dynamic.attr[Double](attrs, "batch_norm", "epsilon", 0.00001)))
      case "instance_norm" =>
        val in = Dynamic.inputs("instance_norm", inputs, required = 3, total = 3, variadic = false)
        Dynamic.known("instance_norm", attrs, "epsilon")
        Seq(Ops.instanceNorm(
          in(0),
          in(1),
          in(2),
          epsilon = Dynamic.attr[Double](attrs, "instance_norm", "epsilon", 0.00001)))
      case "layer_norm" =>
        val in = Dynamic.inputs("layer_norm", inputs, required = 1, total = 3, variadic = false)
        Dynamic.known("layer_norm", attrs, "axis", "epsilon")
        Seq(Ops.layerNorm(
          in(0),
          in.lift(1),
          in.lift(2),
          axis = Dynamic.attr[Int](attrs, "layer_norm", "axis", -1),
          epsilon = Dynamic.attr[Double](attrs, "layer_norm", "epsilon", 0.00001)))
      case "group_norm" =>
        val in = Dynamic.inputs("group_norm", inputs, required = 3, total = 3, variadic = false)
        Dynamic.known("group_norm", attrs, "num_groups", "epsilon")
        Seq(Ops.groupNorm(
          in(0),
          in(1),
          in(2),
          numGroups = Dynamic.required[Long](attrs, "group_norm", "num_groups"),
          epsilon = Dynamic.attr[Double](attrs, "group_norm", "epsilon", 0.00001)))
      case "lrn" =>
        val in = Dynamic.inputs("lrn", inputs, required = 1, total = 1, variadic = false)
        Dynamic.known("lrn", attrs, "size", "alpha", "beta", "bias")
        Seq(Ops.lrn(
          in(0),
          size = Dynamic.required[Long](attrs, "lrn", "size"),
          alpha = Dynamic.attr[Double](attrs, "lrn", "alpha", 0.0001),
          beta = Dynamic.attr[Double](attrs, "lrn", "beta", 0.75),
          bias = Dynamic.attr[Double](attrs, "lrn", "bias", 1.0)))
      case _ =>
        throw new NotFoundException(s"unknown operator \"$name\"", op = name, arg = "name")
    }
  }
}
