// generated from op-registry/registry.json by generators/src/emit/scala.ts — do not edit

package tessera

/** Values of the `approximate` attribute of `gelu` (gelu).
  *
  * Exact erf form or the tanh approximation. Registry values: "none", "tanh".
  */
enum GeluApproximate(val registryName: String) {
  case None extends GeluApproximate("none")
  case Tanh extends GeluApproximate("tanh")
}

object GeluApproximate {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[GeluApproximate] = AttrCodec.enumeration[GeluApproximate]("GeluApproximate", GeluApproximate.values, _.registryName)
}

/** Values of the `reduction` attribute of `scatter_elements` (scatterElements).
  *
  * How an update combines with the value already there. Registry values: "none", "add", "mul", "max", "min".
  */
enum ScatterElementsReduction(val registryName: String) {
  case None extends ScatterElementsReduction("none")
  case Add extends ScatterElementsReduction("add")
  case Mul extends ScatterElementsReduction("mul")
  case Max extends ScatterElementsReduction("max")
  case Min extends ScatterElementsReduction("min")
}

object ScatterElementsReduction {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[ScatterElementsReduction] = AttrCodec.enumeration[ScatterElementsReduction]("ScatterElementsReduction", ScatterElementsReduction.values, _.registryName)
}

/** Values of the `reduction` attribute of `scatter_nd` (scatterNd).
  *
  * How an update combines with the value already there. Registry values: "none", "add", "mul", "max", "min".
  */
enum ScatterNdReduction(val registryName: String) {
  case None extends ScatterNdReduction("none")
  case Add extends ScatterNdReduction("add")
  case Mul extends ScatterNdReduction("mul")
  case Max extends ScatterNdReduction("max")
  case Min extends ScatterNdReduction("min")
}

object ScatterNdReduction {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[ScatterNdReduction] = AttrCodec.enumeration[ScatterNdReduction]("ScatterNdReduction", ScatterNdReduction.values, _.registryName)
}

/** Values of the `mode` attribute of `pad` (pad).
  *
  * How the new elements are filled. Registry values: "constant", "reflect", "edge", "wrap".
  */
enum PadMode(val registryName: String) {
  case Constant extends PadMode("constant")
  case Reflect extends PadMode("reflect")
  case Edge extends PadMode("edge")
  case Wrap extends PadMode("wrap")
}

object PadMode {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[PadMode] = AttrCodec.enumeration[PadMode]("PadMode", PadMode.values, _.registryName)
}

/** Values of the `mode` attribute of `depth_to_space` (depthToSpace).
  *
  * Channel order inside a block. Registry values: "DCR", "CRD".
  */
enum DepthToSpaceMode(val registryName: String) {
  case Dcr extends DepthToSpaceMode("DCR")
  case Crd extends DepthToSpaceMode("CRD")
}

object DepthToSpaceMode {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[DepthToSpaceMode] = AttrCodec.enumeration[DepthToSpaceMode]("DepthToSpaceMode", DepthToSpaceMode.values, _.registryName)
}

/** Values of the `mode` attribute of `resize` (resize).
  *
  * Interpolation: nearest neighbour, (multi)linear or cubic. Registry values: "nearest", "linear", "cubic".
  */
enum ResizeMode(val registryName: String) {
  case Nearest extends ResizeMode("nearest")
  case Linear extends ResizeMode("linear")
  case Cubic extends ResizeMode("cubic")
}

object ResizeMode {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[ResizeMode] = AttrCodec.enumeration[ResizeMode]("ResizeMode", ResizeMode.values, _.registryName)
}

/** Values of the `coordinate_transformation_mode` attribute of `resize` (resize).
  *
  * How an output index maps to a source coordinate. Registry values: "half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel".
  */
enum ResizeCoordinateTransformationMode(val registryName: String) {
  case HalfPixel extends ResizeCoordinateTransformationMode("half_pixel")
  case Asymmetric extends ResizeCoordinateTransformationMode("asymmetric")
  case AlignCorners extends ResizeCoordinateTransformationMode("align_corners")
  case PytorchHalfPixel extends ResizeCoordinateTransformationMode("pytorch_half_pixel")
}

object ResizeCoordinateTransformationMode {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[ResizeCoordinateTransformationMode] = AttrCodec.enumeration[ResizeCoordinateTransformationMode]("ResizeCoordinateTransformationMode", ResizeCoordinateTransformationMode.values, _.registryName)
}

/** Values of the `nearest_mode` attribute of `resize` (resize).
  *
  * How nearest rounds a fractional source coordinate (mode nearest only). Registry values: "round_prefer_floor", "round_prefer_ceil", "floor", "ceil".
  */
enum ResizeNearestMode(val registryName: String) {
  case RoundPreferFloor extends ResizeNearestMode("round_prefer_floor")
  case RoundPreferCeil extends ResizeNearestMode("round_prefer_ceil")
  case Floor extends ResizeNearestMode("floor")
  case Ceil extends ResizeNearestMode("ceil")
}

object ResizeNearestMode {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[ResizeNearestMode] = AttrCodec.enumeration[ResizeNearestMode]("ResizeNearestMode", ResizeNearestMode.values, _.registryName)
}

/** Values of the `reduction` attribute of `softmax_cross_entropy` (softmaxCrossEntropy).
  *
  * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Registry values: "mean", "sum", "none".
  */
enum SoftmaxCrossEntropyReduction(val registryName: String) {
  case Mean extends SoftmaxCrossEntropyReduction("mean")
  case Sum extends SoftmaxCrossEntropyReduction("sum")
  case None extends SoftmaxCrossEntropyReduction("none")
}

object SoftmaxCrossEntropyReduction {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[SoftmaxCrossEntropyReduction] = AttrCodec.enumeration[SoftmaxCrossEntropyReduction]("SoftmaxCrossEntropyReduction", SoftmaxCrossEntropyReduction.values, _.registryName)
}

/** Values of the `reduction` attribute of `nll_loss` (nllLoss).
  *
  * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Registry values: "mean", "sum", "none".
  */
enum NllLossReduction(val registryName: String) {
  case Mean extends NllLossReduction("mean")
  case Sum extends NllLossReduction("sum")
  case None extends NllLossReduction("none")
}

object NllLossReduction {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[NllLossReduction] = AttrCodec.enumeration[NllLossReduction]("NllLossReduction", NllLossReduction.values, _.registryName)
}

/** Values of the `reduction` attribute of `mse_loss` (mseLoss).
  *
  * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Registry values: "mean", "sum", "none".
  */
enum MseLossReduction(val registryName: String) {
  case Mean extends MseLossReduction("mean")
  case Sum extends MseLossReduction("sum")
  case None extends MseLossReduction("none")
}

object MseLossReduction {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[MseLossReduction] = AttrCodec.enumeration[MseLossReduction]("MseLossReduction", MseLossReduction.values, _.registryName)
}

/** Values of the `reduction` attribute of `binary_cross_entropy` (binaryCrossEntropy).
  *
  * How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). Registry values: "mean", "sum", "none".
  */
enum BinaryCrossEntropyReduction(val registryName: String) {
  case Mean extends BinaryCrossEntropyReduction("mean")
  case Sum extends BinaryCrossEntropyReduction("sum")
  case None extends BinaryCrossEntropyReduction("none")
}

object BinaryCrossEntropyReduction {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[BinaryCrossEntropyReduction] = AttrCodec.enumeration[BinaryCrossEntropyReduction]("BinaryCrossEntropyReduction", BinaryCrossEntropyReduction.values, _.registryName)
}

/** Values of the `auto_pad` attribute of `conv` (conv).
  *
  * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Registry values: "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID".
  */
enum ConvAutoPad(val registryName: String) {
  case Notset extends ConvAutoPad("NOTSET")
  case SameUpper extends ConvAutoPad("SAME_UPPER")
  case SameLower extends ConvAutoPad("SAME_LOWER")
  case Valid extends ConvAutoPad("VALID")
}

object ConvAutoPad {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[ConvAutoPad] = AttrCodec.enumeration[ConvAutoPad]("ConvAutoPad", ConvAutoPad.values, _.registryName)
}

/** Values of the `auto_pad` attribute of `conv_transpose` (convTranspose).
  *
  * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Registry values: "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID".
  */
enum ConvTransposeAutoPad(val registryName: String) {
  case Notset extends ConvTransposeAutoPad("NOTSET")
  case SameUpper extends ConvTransposeAutoPad("SAME_UPPER")
  case SameLower extends ConvTransposeAutoPad("SAME_LOWER")
  case Valid extends ConvTransposeAutoPad("VALID")
}

object ConvTransposeAutoPad {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[ConvTransposeAutoPad] = AttrCodec.enumeration[ConvTransposeAutoPad]("ConvTransposeAutoPad", ConvTransposeAutoPad.values, _.registryName)
}

/** Values of the `auto_pad` attribute of `max_pool` (maxPool).
  *
  * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Registry values: "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID".
  */
enum MaxPoolAutoPad(val registryName: String) {
  case Notset extends MaxPoolAutoPad("NOTSET")
  case SameUpper extends MaxPoolAutoPad("SAME_UPPER")
  case SameLower extends MaxPoolAutoPad("SAME_LOWER")
  case Valid extends MaxPoolAutoPad("VALID")
}

object MaxPoolAutoPad {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[MaxPoolAutoPad] = AttrCodec.enumeration[MaxPoolAutoPad]("MaxPoolAutoPad", MaxPoolAutoPad.values, _.registryName)
}

/** Values of the `auto_pad` attribute of `avg_pool` (avgPool).
  *
  * How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. Registry values: "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID".
  */
enum AvgPoolAutoPad(val registryName: String) {
  case Notset extends AvgPoolAutoPad("NOTSET")
  case SameUpper extends AvgPoolAutoPad("SAME_UPPER")
  case SameLower extends AvgPoolAutoPad("SAME_LOWER")
  case Valid extends AvgPoolAutoPad("VALID")
}

object AvgPoolAutoPad {
  /** Encodes the value as its registry index and decodes it from the value or its registry name. */
  given AttrCodec[AvgPoolAutoPad] = AttrCodec.enumeration[AvgPoolAutoPad]("AvgPoolAutoPad", AvgPoolAutoPad.values, _.registryName)
}

/** The 128 operators of the Tessera registry, one method each.
  *
  * Inputs come first, then required attributes, then attributes with their registry defaults
  * (use named arguments: `Ops.sum(x, axes = Seq(1), keepdims = true)`). Every result is a new
  * [[Tensor]] the caller owns: close it (or use `scala.util.Using`) when done. Failures raise a
  * [[TesseraException]] subclass naming the operator and the argument at fault.
  *
  * Generated from op-registry/registry.json (hash 7244caa61c50065f).
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
  private val MinOp = OpRef("min", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val ProdOp = OpRef("prod", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val L1NormOp = OpRef("l1_norm", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val L2NormOp = OpRef("l2_norm", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val LogSumExpOp = OpRef("log_sum_exp", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val SumSquareOp = OpRef("sum_square", inputs = Array("x"), attrs = Array("axes", "keepdims"), variadic = false, outputs = 1)
  private val ArgmaxOp = OpRef("argmax", inputs = Array("x"), attrs = Array("axis", "keepdims", "select_last_index"), variadic = false, outputs = 1)
  private val ArgminOp = OpRef("argmin", inputs = Array("x"), attrs = Array("axis", "keepdims", "select_last_index"), variadic = false, outputs = 1)
  private val CumsumOp = OpRef("cumsum", inputs = Array("x"), attrs = Array("axis", "exclusive", "reverse"), variadic = false, outputs = 1)
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
  private val ErfOp = OpRef("erf", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val FloorOp = OpRef("floor", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val CeilOp = OpRef("ceil", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val RoundOp = OpRef("round", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SignOp = OpRef("sign", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val ReciprocalOp = OpRef("reciprocal", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SinOp = OpRef("sin", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val CosOp = OpRef("cos", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val TanOp = OpRef("tan", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val AsinOp = OpRef("asin", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val AcosOp = OpRef("acos", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val AtanOp = OpRef("atan", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SinhOp = OpRef("sinh", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val CoshOp = OpRef("cosh", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val AsinhOp = OpRef("asinh", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val AcoshOp = OpRef("acosh", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val AtanhOp = OpRef("atanh", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val IsnanOp = OpRef("isnan", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val IsinfOp = OpRef("isinf", inputs = Array("x"), attrs = Array("detect_positive", "detect_negative"), variadic = false, outputs = 1)
  private val ModOp = OpRef("mod", inputs = Array("a", "b"), attrs = Array("fmod"), variadic = false, outputs = 1)
  private val ClipOp = OpRef("clip", inputs = Array("x"), attrs = Array("min", "max"), variadic = false, outputs = 1)
  private val LessEqualOp = OpRef("less_equal", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val GreaterEqualOp = OpRef("greater_equal", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val LogicalAndOp = OpRef("logical_and", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val LogicalOrOp = OpRef("logical_or", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val LogicalXorOp = OpRef("logical_xor", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val LogicalNotOp = OpRef("logical_not", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val BitwiseAndOp = OpRef("bitwise_and", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val BitwiseOrOp = OpRef("bitwise_or", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val BitwiseXorOp = OpRef("bitwise_xor", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)
  private val BitwiseNotOp = OpRef("bitwise_not", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val LeakyReluOp = OpRef("leaky_relu", inputs = Array("x"), attrs = Array("alpha"), variadic = false, outputs = 1)
  private val PreluOp = OpRef("prelu", inputs = Array("x", "slope"), attrs = Array(), variadic = false, outputs = 1)
  private val EluOp = OpRef("elu", inputs = Array("x"), attrs = Array("alpha"), variadic = false, outputs = 1)
  private val SeluOp = OpRef("selu", inputs = Array("x"), attrs = Array("alpha", "gamma"), variadic = false, outputs = 1)
  private val CeluOp = OpRef("celu", inputs = Array("x"), attrs = Array("alpha"), variadic = false, outputs = 1)
  private val GeluOp = OpRef("gelu", inputs = Array("x"), attrs = Array("approximate"), variadic = false, outputs = 1)
  private val HardSigmoidOp = OpRef("hard_sigmoid", inputs = Array("x"), attrs = Array("alpha", "beta"), variadic = false, outputs = 1)
  private val HardSwishOp = OpRef("hard_swish", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SoftplusOp = OpRef("softplus", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SoftsignOp = OpRef("softsign", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val MishOp = OpRef("mish", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val SiluOp = OpRef("silu", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val GatherOp = OpRef("gather", inputs = Array("x", "indices"), attrs = Array("axis"), variadic = false, outputs = 1)
  private val GatherElementsOp = OpRef("gather_elements", inputs = Array("data", "indices"), attrs = Array("axis"), variadic = false, outputs = 1)
  private val GatherNdOp = OpRef("gather_nd", inputs = Array("data", "indices"), attrs = Array("batch_dims"), variadic = false, outputs = 1)
  private val ScatterElementsOp = OpRef("scatter_elements", inputs = Array("data", "indices", "updates"), attrs = Array("axis", "reduction"), variadic = false, outputs = 1)
  private val ScatterNdOp = OpRef("scatter_nd", inputs = Array("data", "indices", "updates"), attrs = Array("reduction"), variadic = false, outputs = 1)
  private val OneHotOp = OpRef("one_hot", inputs = Array("indices"), attrs = Array("depth", "axis", "on_value", "off_value", "dtype"), variadic = false, outputs = 1)
  private val TopKOp = OpRef("top_k", inputs = Array("x"), attrs = Array("k", "axis", "largest", "sorted"), variadic = false, outputs = 2)
  private val NonZeroOp = OpRef("non_zero", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val TriuOp = OpRef("triu", inputs = Array("x"), attrs = Array("k"), variadic = false, outputs = 1)
  private val TrilOp = OpRef("tril", inputs = Array("x"), attrs = Array("k"), variadic = false, outputs = 1)
  private val FlattenOp = OpRef("flatten", inputs = Array("x"), attrs = Array("axis"), variadic = false, outputs = 1)
  private val SqueezeOp = OpRef("squeeze", inputs = Array("x"), attrs = Array("axes"), variadic = false, outputs = 1)
  private val UnsqueezeOp = OpRef("unsqueeze", inputs = Array("x"), attrs = Array("axes"), variadic = false, outputs = 1)
  private val ExpandOp = OpRef("expand", inputs = Array("x"), attrs = Array("shape"), variadic = false, outputs = 1)
  private val TileOp = OpRef("tile", inputs = Array("x"), attrs = Array("repeats"), variadic = false, outputs = 1)
  private val PadOp = OpRef("pad", inputs = Array("x"), attrs = Array("pads", "mode", "value"), variadic = false, outputs = 1)
  private val SplitOp = OpRef("split", inputs = Array("x"), attrs = Array("axis", "split", "num_outputs"), variadic = false, outputs = 1, variadicOutput = true)
  private val DepthToSpaceOp = OpRef("depth_to_space", inputs = Array("x"), attrs = Array("blocksize", "mode"), variadic = false, outputs = 1)
  private val SpaceToDepthOp = OpRef("space_to_depth", inputs = Array("x"), attrs = Array("blocksize"), variadic = false, outputs = 1)
  private val DropoutOp = OpRef("dropout", inputs = Array("x"), attrs = Array("ratio", "training", "seed"), variadic = false, outputs = 2)
  private val GemmOp = OpRef("gemm", inputs = Array("a", "b", "c"), attrs = Array("alpha", "beta", "trans_a", "trans_b"), variadic = false, outputs = 1)
  private val EinsumOp = OpRef("einsum", inputs = Array("inputs"), attrs = Array("equation"), variadic = true, outputs = 1)
  private val ResizeOp = OpRef("resize", inputs = Array("x"), attrs = Array("mode", "scales", "sizes", "coordinate_transformation_mode", "nearest_mode", "cubic_coeff_a", "exclude_outside"), variadic = false, outputs = 1)
  private val EmbeddingOp = OpRef("embedding", inputs = Array("weight", "indices"), attrs = Array(), variadic = false, outputs = 1)
  private val SoftmaxCrossEntropyOp = OpRef("softmax_cross_entropy", inputs = Array("logits", "labels"), attrs = Array("reduction", "ignore_index"), variadic = false, outputs = 2)
  private val NllLossOp = OpRef("nll_loss", inputs = Array("input", "labels"), attrs = Array("reduction", "ignore_index"), variadic = false, outputs = 1)
  private val MseLossOp = OpRef("mse_loss", inputs = Array("pred", "target"), attrs = Array("reduction"), variadic = false, outputs = 1)
  private val BinaryCrossEntropyOp = OpRef("binary_cross_entropy", inputs = Array("p", "target"), attrs = Array("reduction"), variadic = false, outputs = 1)
  private val SgdUpdateOp = OpRef("sgd_update", inputs = Array("weight", "grad", "momentum_buffer"), attrs = Array("lr", "momentum", "weight_decay", "nesterov"), variadic = false, outputs = 2)
  private val AdamUpdateOp = OpRef("adam_update", inputs = Array("weight", "grad", "m", "v"), attrs = Array("lr", "beta1", "beta2", "epsilon", "weight_decay", "step"), variadic = false, outputs = 3)
  private val AdamwUpdateOp = OpRef("adamw_update", inputs = Array("weight", "grad", "m", "v"), attrs = Array("lr", "beta1", "beta2", "epsilon", "weight_decay", "step"), variadic = false, outputs = 3)
  private val ConvOp = OpRef("conv", inputs = Array("x", "w", "b"), attrs = Array("strides", "pads", "dilations", "group", "auto_pad"), variadic = false, outputs = 1)
  private val ConvTransposeOp = OpRef("conv_transpose", inputs = Array("x", "w", "b"), attrs = Array("strides", "pads", "dilations", "group", "auto_pad", "output_padding", "output_shape"), variadic = false, outputs = 1)
  private val MaxPoolOp = OpRef("max_pool", inputs = Array("x"), attrs = Array("kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad"), variadic = false, outputs = 1)
  private val AvgPoolOp = OpRef("avg_pool", inputs = Array("x"), attrs = Array("kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad", "count_include_pad"), variadic = false, outputs = 1)
  private val GlobalAvgPoolOp = OpRef("global_avg_pool", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val GlobalMaxPoolOp = OpRef("global_max_pool", inputs = Array("x"), attrs = Array(), variadic = false, outputs = 1)
  private val BatchNormOp = OpRef("batch_norm", inputs = Array("x", "scale", "bias", "mean", "variance"), attrs = Array("epsilon"), variadic = false, outputs = 1)
  private val InstanceNormOp = OpRef("instance_norm", inputs = Array("x", "scale", "bias"), attrs = Array("epsilon"), variadic = false, outputs = 1)
  private val LayerNormOp = OpRef("layer_norm", inputs = Array("x", "scale", "bias"), attrs = Array("axis", "epsilon"), variadic = false, outputs = 1)
  private val GroupNormOp = OpRef("group_norm", inputs = Array("x", "scale", "bias"), attrs = Array("num_groups", "epsilon"), variadic = false, outputs = 1)
  private val LrnOp = OpRef("lrn", inputs = Array("x"), attrs = Array("size", "alpha", "beta", "bias"), variadic = false, outputs = 1)

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

  /** Minimum over axes (NaN propagates).
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Reducing over an empty axis is an error (there is no minimum).
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // columns
    * val y = Ops.min(Tensor(Array(3.0f, 1.0f, 4.0f, 1.0f, 5.0f, 9.0f), Seq(2, 3)), axes = Seq(0))
    * // y: float32 [3] = [1.0, 1.0, 4.0]
    * }}}
    */
  def min(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(MinOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Product of elements over axes.
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. The product of no elements is 1. Integers wrap around on overflow.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // rows
    * val y = Ops.prod(Tensor(Array(1, 2, 3, 4, 5, 6), Seq(2, 3)), axes = Seq(1))
    * // y: int32 [2] = [6, 120]
    * }}}
    */
  def prod(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(ProdOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Sum of absolute values over axes.
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // rows, keepdims
    * val y = Ops.l1Norm(Tensor(Array(1.0f, -2.0f, 3.0f, -4.0f), Seq(2, 2)), axes = Seq(1), keepdims = true)
    * // y: float32 [2, 1] = [[3.0], [7.0]]
    * }}}
    */
  def l1Norm(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(L1NormOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Euclidean norm sqrt(sum(x^2)) over axes.
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // columns
    * val y = Ops.l2Norm(Tensor(Array(1.5, -2.0, 0.5, 4.0, 0.25, -1.0), Seq(2, 3)), axes = Seq(0))
    * // y: float64 [3] = [4.272001872658765, 2.0155644370746373, 1.118033988749895]
    * }}}
    */
  def l2Norm(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(L2NormOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** log(sum(exp(x))) over axes, numerically stable.
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Computed as m + log(sum(exp(x - m))) with m the maximum, so large inputs do not overflow; all -inf (or no elements) gives -inf, any +inf gives +inf.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // rows
    * val y = Ops.logSumExp(Tensor(Array(0.5, -1.25, 2.0, 3.0, 3.0, -7.5), Seq(2, 3)), axes = Seq(1))
    * // y: float64 [2] = [2.2326219831020326, 3.693160948689839]
    * }}}
    */
  def logSumExp(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(LogSumExpOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Sum of squares over axes.
    *
    * Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.
    *
    * @param x Input tensor.
    * @param axes Axes to reduce; negative values count from the end; empty reduces all. (default `Seq()`)
    * @param keepdims Keep reduced axes as dimensions of size 1. (default `false`)
    * @return Reduced tensor with x's dtype.
    * @example {{{
    * // all axes
    * val y = Ops.sumSquare(Tensor(Array(1L, -2L, 3L), Seq(3)))
    * // y: int64 [] = 14
    * }}}
    */
  def sumSquare(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =
    Runtime.call1(SumSquareOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))

  /** Index of the largest element along an axis.
    *
    * Index (0-based, int64) of the largest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.
    *
    * @param x Input tensor (at least 1-D).
    * @param axis Axis to search along; negative counts from the end. (default `0`)
    * @param keepdims Keep the searched axis as a dimension of size 1 (as ONNX). (default `true`)
    * @param selectLastIndex Among equal extremes take the last index instead of the first. (default `false`)
    * @return int64 positions along axis; x's shape with axis removed or kept as 1.
    * @example {{{
    * // rows, first of ties
    * val indices = Ops.argmax(Tensor(Array(1, 5, 5, 7, 2, 7), Seq(2, 3)), axis = 1)
    * // indices: int64 [2, 1] = [[1], [0]]
    * }}}
    */
  def argmax(x: Tensor, axis: Int = 0, keepdims: Boolean = true, selectLastIndex: Boolean = false): Tensor =
    Runtime.call1(ArgmaxOp, Array(x), Attrs(3).set(0, axis).set(1, keepdims).set(2, selectLastIndex))

  /** Index of the smallest element along an axis.
    *
    * Index (0-based, int64) of the smallest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.
    *
    * @param x Input tensor (at least 1-D).
    * @param axis Axis to search along; negative counts from the end. (default `0`)
    * @param keepdims Keep the searched axis as a dimension of size 1 (as ONNX). (default `true`)
    * @param selectLastIndex Among equal extremes take the last index instead of the first. (default `false`)
    * @return int64 positions along axis; x's shape with axis removed or kept as 1.
    * @example {{{
    * // columns
    * val indices = Ops.argmin(Tensor(Array(2.0f, 1.0f, 0.0f, 3.0f), Seq(2, 2)))
    * // indices: int64 [1, 2] = [[1, 0]]
    * }}}
    */
  def argmin(x: Tensor, axis: Int = 0, keepdims: Boolean = true, selectLastIndex: Boolean = false): Tensor =
    Runtime.call1(ArgminOp, Array(x), Attrs(3).set(0, axis).set(1, keepdims).set(2, selectLastIndex))

  /** Running sum along an axis.
    *
    * y[i] = x[0] + ... + x[i] along `axis`. With exclusive, x[i] itself is left out (y[0] = 0); with reverse the sum runs from the end. Integers wrap around on overflow.
    *
    * @param x Input tensor (at least 1-D).
    * @param axis Axis to sum along; negative counts from the end. (default `0`)
    * @param exclusive Leave each element out of its own sum. (default `false`)
    * @param reverse Sum from the last element towards the first. (default `false`)
    * @return Running sums, x's shape and dtype.
    * @example {{{
    * // rows
    * val y = Ops.cumsum(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f), Seq(2, 3)), axis = 1)
    * // y: float32 [2, 3] = [[1.0, 3.0, 6.0], [4.0, 9.0, 15.0]]
    * }}}
    */
  def cumsum(x: Tensor, axis: Int = 0, exclusive: Boolean = false, reverse: Boolean = false): Tensor =
    Runtime.call1(CumsumOp, Array(x), Attrs(3).set(0, axis).set(1, exclusive).set(2, reverse))

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

  /** Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.
    *
    * erf(+-inf) = +-1; NaN propagates.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.erf(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.5204998778130465, -0.8427007929497148, 0.9953222650189527]
    * }}}
    */
  def erf(x: Tensor): Tensor =
    Runtime.call1(ErfOp, Array(x), Attrs.Empty)

  /** Element-wise floor: the largest integer not greater than x.
    *
    * Infinities, NaN and zeros (with their sign) pass through.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // negatives round down
    * val y = Ops.floor(Tensor(Array(-1.5f, -0.5f, 0.0f, 0.5f, 2.7f), Seq(5)))
    * // y: float32 [5] = [-2.0, -1.0, 0.0, 0.0, 2.0]
    * }}}
    */
  def floor(x: Tensor): Tensor =
    Runtime.call1(FloorOp, Array(x), Attrs.Empty)

  /** Element-wise ceiling: the smallest integer not less than x.
    *
    * Infinities, NaN and zeros (with their sign) pass through.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // negatives round up
    * val y = Ops.ceil(Tensor(Array(-1.5f, -0.5f, 0.0f, 0.5f, 2.2f), Seq(5)))
    * // y: float32 [5] = [-1.0, 0.0, 0.0, 1.0, 3.0]
    * }}}
    */
  def ceil(x: Tensor): Tensor =
    Runtime.call1(CeilOp, Array(x), Attrs.Empty)

  /** Element-wise rounding to the nearest integer, halfway cases to the even one.
    *
    * Banker's rounding as ONNX Round and numpy.round: round(0.5) = 0, round(1.5) = 2, round(-2.5) = -2. The sign of zero is kept (round(-0.3) = -0.0); infinities and NaN pass through.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // halves go to even
    * val y = Ops.round(Tensor(Array(-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.4, -0.6), Seq(8)))
    * // y: float64 [8] = [-2.0, -2.0, 0.0, 0.0, 2.0, 2.0, 0.0, -1.0]
    * }}}
    */
  def round(x: Tensor): Tensor =
    Runtime.call1(RoundOp, Array(x), Attrs.Empty)

  /** Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.
    *
    * Both zeros give +0 and NaN stays NaN (as numpy.sign); unsigned inputs give 0 or 1.
    *
    * @param x Input tensor.
    * @return Sign of x with x's shape and dtype.
    * @example {{{
    * // floats
    * val y = Ops.sign(Tensor(Array(-2.5f, 0.0f, 3.0f, -0.1f), Seq(4)))
    * // y: float32 [4] = [-1.0, 0.0, 1.0, -1.0]
    * }}}
    */
  def sign(x: Tensor): Tensor =
    Runtime.call1(SignOp, Array(x), Attrs.Empty)

  /** Element-wise reciprocal 1 / x.
    *
    * 1/0 is inf with the sign of the zero.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // exact reciprocals
    * val y = Ops.reciprocal(Tensor(Array(2.0f, -4.0f, 0.5f), Seq(3)))
    * // y: float32 [3] = [0.5, -0.25, 2.0]
    * }}}
    */
  def reciprocal(x: Tensor): Tensor =
    Runtime.call1(ReciprocalOp, Array(x), Attrs.Empty)

  /** Element-wise sine (radians).
    *
    * NaN for infinite x.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // radians
    * val y = Ops.sin(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.479425538604203, -0.8414709848078965, 0.9092974268256817]
    * }}}
    */
  def sin(x: Tensor): Tensor =
    Runtime.call1(SinOp, Array(x), Attrs.Empty)

  /** Element-wise cosine (radians).
    *
    * NaN for infinite x.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // radians
    * val y = Ops.cos(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [1.0, 0.8775825618903728, 0.5403023058681398, -0.4161468365471424]
    * }}}
    */
  def cos(x: Tensor): Tensor =
    Runtime.call1(CosOp, Array(x), Attrs.Empty)

  /** Element-wise tangent (radians).
    *
    * NaN for infinite x.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // radians
    * val y = Ops.tan(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.5463024898437905, -1.557407724654902, -2.185039863261519]
    * }}}
    */
  def tan(x: Tensor): Tensor =
    Runtime.call1(TanOp, Array(x), Attrs.Empty)

  /** Element-wise arcsine, in [-pi/2, pi/2].
    *
    * NaN outside [-1, 1].
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // inside [-1, 1]
    * val y = Ops.asin(Tensor(Array(0.0, 0.5, -0.5, 1.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.5235987755982989, -0.5235987755982989, 1.5707963267948966]
    * }}}
    */
  def asin(x: Tensor): Tensor =
    Runtime.call1(AsinOp, Array(x), Attrs.Empty)

  /** Element-wise arccosine, in [0, pi].
    *
    * NaN outside [-1, 1].
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // inside [-1, 1]
    * val y = Ops.acos(Tensor(Array(0.0, 0.5, -0.5, 1.0), Seq(4)))
    * // y: float64 [4] = [1.5707963267948966, 1.0471975511965976, 2.0943951023931957, 0.0]
    * }}}
    */
  def acos(x: Tensor): Tensor =
    Runtime.call1(AcosOp, Array(x), Attrs.Empty)

  /** Element-wise arctangent, in (-pi/2, pi/2).
    *
    * atan(+-inf) = +-pi/2.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.atan(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.4636476090008061, -0.7853981633974483, 1.1071487177940904]
    * }}}
    */
  def atan(x: Tensor): Tensor =
    Runtime.call1(AtanOp, Array(x), Attrs.Empty)

  /** Element-wise hyperbolic sine.
    *
    * Overflows to +-inf for |x| above about 710 (89 in float32).
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.sinh(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.5210953054937474, -1.1752011936438014, 3.6268604078470186]
    * }}}
    */
  def sinh(x: Tensor): Tensor =
    Runtime.call1(SinhOp, Array(x), Attrs.Empty)

  /** Element-wise hyperbolic cosine.
    *
    * Overflows to inf for |x| above about 710 (89 in float32).
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.cosh(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [1.0, 1.1276259652063807, 1.5430806348152437, 3.7621956910836314]
    * }}}
    */
  def cosh(x: Tensor): Tensor =
    Runtime.call1(CoshOp, Array(x), Attrs.Empty)

  /** Element-wise inverse hyperbolic sine.
    *
    * Defined for every real x.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.asinh(Tensor(Array(0.0, 0.5, -1.0, 2.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.48121182505960347, -0.881373587019543, 1.4436354751788103]
    * }}}
    */
  def asinh(x: Tensor): Tensor =
    Runtime.call1(AsinhOp, Array(x), Attrs.Empty)

  /** Element-wise inverse hyperbolic cosine, >= 0.
    *
    * NaN below 1.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // x >= 1
    * val y = Ops.acosh(Tensor(Array(1.0, 1.5, 2.0, 10.0), Seq(4)))
    * // y: float64 [4] = [0.0, 0.9624236501192069, 1.3169578969248168, 2.993222846126381]
    * }}}
    */
  def acosh(x: Tensor): Tensor =
    Runtime.call1(AcoshOp, Array(x), Attrs.Empty)

  /** Element-wise inverse hyperbolic tangent.
    *
    * +-inf at +-1, NaN outside [-1, 1].
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // inside (-1, 1)
    * val y = Ops.atanh(Tensor(Array(0.0, 0.5, -0.5, 0.9), Seq(4)))
    * // y: float64 [4] = [0.0, 0.5493061443340549, -0.5493061443340549, 1.4722194895832204]
    * }}}
    */
  def atanh(x: Tensor): Tensor =
    Runtime.call1(AtanhOp, Array(x), Attrs.Empty)

  /** Element-wise test for NaN.
    *
    * @param x Input tensor.
    * @return Bool tensor with x's shape: true where x is NaN.
    * @example {{{
    * // only NaN is NaN
    * val y = Ops.isnan(Tensor(Array(Float.NaN, 0.0f, Float.PositiveInfinity, Float.NegativeInfinity, -1.0f), Seq(5)))
    * // y: bool [5] = [true, false, false, false, false]
    * }}}
    */
  def isnan(x: Tensor): Tensor =
    Runtime.call1(IsnanOp, Array(x), Attrs.Empty)

  /** Element-wise test for infinity, optionally of one sign only.
    *
    * @param x Input tensor.
    * @param detectPositive Report +inf. (default `true`)
    * @param detectNegative Report -inf. (default `true`)
    * @return Bool tensor with x's shape: true where x is an infinity of a detected sign.
    * @example {{{
    * // both signs
    * val y = Ops.isinf(Tensor(Array(Double.PositiveInfinity, Double.NegativeInfinity, 0.0, Double.NaN, 1e+308), Seq(5)))
    * // y: bool [5] = [true, true, false, false, false]
    * }}}
    */
  def isinf(x: Tensor, detectPositive: Boolean = true, detectNegative: Boolean = true): Tensor =
    Runtime.call1(IsinfOp, Array(x), Attrs(2).set(0, detectPositive).set(1, detectNegative))

  /** Element-wise remainder of a / b.
    *
    * With fmod=false (integers only) the result has the sign of b, like Python's % and numpy.mod: mod(-7, 3) = 2. With fmod=true it has the sign of a, like C fmod: fmod(-7, 3) = -1. Floating-point inputs require fmod=true, as ONNX Mod does (a floored float remainder is a - floor(a / b) * b). Integer x mod 0 is 0 (numpy's value, no trap); float x mod 0 is NaN. Inputs broadcast with NumPy rules and must share one dtype.
    *
    * @param a Dividend.
    * @param b Divisor, broadcast against a.
    * @param fmod false: sign of the divisor (integers only); true: sign of the dividend (C fmod). (default `false`)
    * @return Remainder with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // float fmod keeps the sign of a
    * val y = Ops.mod(Tensor(Array(5.5, -5.5, 5.5, -5.5), Seq(4)), Tensor(Array(2.0, 2.0, -2.0, -2.0), Seq(4)), fmod = true)
    * // y: float64 [4] = [1.5, -1.5, 1.5, -1.5]
    * }}}
    */
  def mod(a: Tensor, b: Tensor, fmod: Boolean = false): Tensor =
    Runtime.call1(ModOp, Array(a, b), Attrs(1).set(0, fmod))

  /** Limits every element to [min, max].
    *
    * y = min(max(x, min), max): when min > max every element becomes max (as ONNX and numpy.clip). NaN elements stay NaN. For integer dtypes the bounds are ceil(min) and floor(max), saturated to the dtype's range.
    *
    * @param x Input tensor.
    * @param min Lower bound (not NaN); -inf leaves x unbounded below. (default `Double.NegativeInfinity`)
    * @param max Upper bound (not NaN); inf leaves x unbounded above. (default `Double.PositiveInfinity`)
    * @return Clipped values with x's shape and dtype.
    * @example {{{
    * // into [-1, 1]
    * val y = Ops.clip(Tensor(Array(-2.0f, -0.5f, 0.5f, 2.0f), Seq(4)), min = -1.0, max = 1.0)
    * // y: float32 [4] = [-1.0, -0.5, 0.5, 1.0]
    * }}}
    */
  def clip(x: Tensor, min: Double = Double.NegativeInfinity, max: Double = Double.PositiveInfinity): Tensor =
    Runtime.call1(ClipOp, Array(x), Attrs(2).set(0, min).set(1, max))

  /** Element-wise a <= b.
    *
    * Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // against a scalar
    * val y = Ops.lessEqual(Tensor(Array(1.0f, 2.0f, 3.0f), Seq(3)), Tensor(Array(2.0f), Seq()))
    * // y: bool [3] = [true, true, false]
    * }}}
    */
  def lessEqual(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(LessEqualOp, Array(a, b), Attrs.Empty)

  /** Element-wise a >= b.
    *
    * Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // pairwise
    * val y = Ops.greaterEqual(Tensor(Array(1L, 2L, 3L), Seq(3)), Tensor(Array(2L, 2L, 2L), Seq(3)))
    * // y: bool [3] = [false, true, true]
    * }}}
    */
  def greaterEqual(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(GreaterEqualOp, Array(a, b), Attrs.Empty)

  /** Element-wise logical AND.
    *
    * Inputs are bool and broadcast against each other with NumPy rules.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // truth table
    * val y = Ops.logicalAnd(Tensor(Array(false, false, true, true), Seq(4)), Tensor(Array(false, true, false, true), Seq(4)))
    * // y: bool [4] = [false, false, false, true]
    * }}}
    */
  def logicalAnd(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(LogicalAndOp, Array(a, b), Attrs.Empty)

  /** Element-wise logical OR.
    *
    * Inputs are bool and broadcast against each other with NumPy rules.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // truth table
    * val y = Ops.logicalOr(Tensor(Array(false, false, true, true), Seq(4)), Tensor(Array(false, true, false, true), Seq(4)))
    * // y: bool [4] = [false, true, true, true]
    * }}}
    */
  def logicalOr(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(LogicalOrOp, Array(a, b), Attrs.Empty)

  /** Element-wise logical exclusive OR.
    *
    * Inputs are bool and broadcast against each other with NumPy rules.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Bool tensor with the broadcast shape.
    * @example {{{
    * // truth table
    * val y = Ops.logicalXor(Tensor(Array(false, false, true, true), Seq(4)), Tensor(Array(false, true, false, true), Seq(4)))
    * // y: bool [4] = [false, true, true, false]
    * }}}
    */
  def logicalXor(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(LogicalXorOp, Array(a, b), Attrs.Empty)

  /** Element-wise logical NOT.
    *
    * @param x Bool input.
    * @return Bool tensor with x's shape: true where x is false.
    * @example {{{
    * // negation
    * val y = Ops.logicalNot(Tensor(Array(false, true, true, false), Seq(2, 2)))
    * // y: bool [2, 2] = [[true, false], [false, true]]
    * }}}
    */
  def logicalNot(x: Tensor): Tensor =
    Runtime.call1(LogicalNotOp, Array(x), Attrs.Empty)

  /** Element-wise bitwise AND.
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // int32 with a negative
    * val y = Ops.bitwiseAnd(Tensor(Array(12, -1, 5), Seq(3)), Tensor(Array(10, 7, 3), Seq(3)))
    * // y: int32 [3] = [8, 7, 1]
    * }}}
    */
  def bitwiseAnd(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(BitwiseAndOp, Array(a, b), Attrs.Empty)

  /** Element-wise bitwise OR.
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // uint8 against a scalar
    * val y = Ops.bitwiseOr(Tensor(Array[Byte](12, 0, 240.toByte), Seq(3)), Tensor(Array[Byte](3), Seq()))
    * // y: uint8 [3] = [15, 3, 243]
    * }}}
    */
  def bitwiseOr(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(BitwiseOrOp, Array(a, b), Attrs.Empty)

  /** Element-wise bitwise exclusive OR.
    *
    * Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.
    *
    * @param a First operand.
    * @param b Second operand, broadcast against a.
    * @return Result with the broadcast shape and the inputs' dtype.
    * @example {{{
    * // int64
    * val y = Ops.bitwiseXor(Tensor(Array(12L, -1L, 5L), Seq(3)), Tensor(Array(10L, 1L, 5L), Seq(3)))
    * // y: int64 [3] = [6, -2, 0]
    * }}}
    */
  def bitwiseXor(a: Tensor, b: Tensor): Tensor =
    Runtime.call1(BitwiseXorOp, Array(a, b), Attrs.Empty)

  /** Element-wise bitwise NOT (one's complement).
    *
    * Signed integers are two's complement, so bitwise_not(x) = -x - 1.
    *
    * @param x Integer input.
    * @return ~x with x's shape and dtype.
    * @example {{{
    * // int32
    * val y = Ops.bitwiseNot(Tensor(Array(0, -1, 5), Seq(3)))
    * // y: int32 [3] = [-1, 0, -6]
    * }}}
    */
  def bitwiseNot(x: Tensor): Tensor =
    Runtime.call1(BitwiseNotOp, Array(x), Attrs.Empty)

  /** Leaky rectified linear unit: x for x >= 0, alpha * x below.
    *
    * NaN propagates. The default slope 0.01 is ONNX's and PyTorch's.
    *
    * @param x Input tensor.
    * @param alpha Slope for negative x. (default `0.01`)
    * @return Result with x's shape and dtype.
    * @example {{{
    * // default slope
    * val y = Ops.leakyRelu(Tensor(Array(-2.0, -0.5, 0.0, 3.0), Seq(4)))
    * // y: float64 [4] = [-0.02, -0.005, 0.0, 3.0]
    * }}}
    */
  def leakyRelu(x: Tensor, alpha: Double = 0.01): Tensor =
    Runtime.call1(LeakyReluOp, Array(x), Attrs(1).set(0, alpha))

  /** Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.
    *
    * slope broadcasts to x's shape (ONNX's unidirectional broadcasting): typically one slope per channel, shaped [C, 1, 1] for an [N, C, H, W] input, or a scalar.
    *
    * @param x Input tensor.
    * @param slope Slopes for negative x; must broadcast to x's shape.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // one slope per column
    * val y = Ops.prelu(Tensor(Array(-1.0f, 2.0f, -3.0f, 4.0f, -5.0f, 0.0f), Seq(2, 3)), Tensor(Array(0.5f, 0.1f, 2.0f), Seq(3)))
    * // y: float32 [2, 3] = [[-0.5, 2.0, -6.0], [4.0, -0.5, 0.0]]
    * }}}
    */
  def prelu(x: Tensor, slope: Tensor): Tensor =
    Runtime.call1(PreluOp, Array(x, slope), Attrs.Empty)

  /** Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.
    *
    * Computed with expm1 for precision near 0.
    *
    * @param x Input tensor.
    * @param alpha Scale of the negative part (its limit is -alpha). (default `1.0`)
    * @return Result with x's shape and dtype.
    * @example {{{
    * // alpha 1
    * val y = Ops.elu(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [-0.8646647167633873, -0.3934693402873666, 0.0, 0.5, 3.0]
    * }}}
    */
  def elu(x: Tensor, alpha: Double = 1.0): Tensor =
    Runtime.call1(EluOp, Array(x), Attrs(1).set(0, alpha))

  /** Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).
    *
    * The default alpha and gamma are ONNX's (the self-normalizing values of Klambauer et al. rounded to float32).
    *
    * @param x Input tensor.
    * @param alpha Scale of the negative part before gamma. (default `1.6732631921768188`)
    * @param gamma Overall scale. (default `1.0507010221481323`)
    * @return Result with x's shape and dtype.
    * @example {{{
    * // ONNX defaults
    * val y = Ops.selu(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [-1.5201664733475926, -0.6917581899652426, 0.0, 0.5253505110740662, 3.152103066444397]
    * }}}
    */
  def selu(x: Tensor, alpha: Double = 1.6732631921768188, gamma: Double = 1.0507010221481323): Tensor =
    Runtime.call1(SeluOp, Array(x), Attrs(2).set(0, alpha).set(1, gamma))

  /** Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).
    *
    * alpha = 0 is rejected (the formula divides by it); NaN propagates.
    *
    * @param x Input tensor.
    * @param alpha Scale of the negative part; nonzero. (default `1.0`)
    * @return Result with x's shape and dtype.
    * @example {{{
    * // alpha 1
    * val y = Ops.celu(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [-0.8646647167633873, -0.3934693402873666, 0.0, 0.5, 3.0]
    * }}}
    */
  def celu(x: Tensor, alpha: Double = 1.0): Tensor =
    Runtime.call1(CeluOp, Array(x), Attrs(1).set(0, alpha))

  /** Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.
    *
    * approximate="none" computes 0.5 x erfc(-x / sqrt 2) (exact; erfc keeps precision for very negative x); approximate="tanh" computes 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). Both give 0 at -inf.
    *
    * @param x Input tensor.
    * @param approximate Exact erf form or the tanh approximation. (default `GeluApproximate.None`)
    * @return Result with x's shape and dtype.
    * @example {{{
    * // exact form
    * val y = Ops.gelu(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [-0.04550026389635842, -0.15426876936299347, 0.0, 0.3457312306370065, 2.99595030590511]
    * }}}
    */
  def gelu(x: Tensor, approximate: GeluApproximate = GeluApproximate.None): Tensor =
    Runtime.call1(GeluOp, Array(x), Attrs(1).set(0, approximate))

  /** Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).
    *
    * The defaults are ONNX's (alpha 0.2, beta 0.5); NaN propagates.
    *
    * @param x Input tensor.
    * @param alpha Slope. (default `0.2`)
    * @param beta Offset. (default `0.5`)
    * @return Result in [0, 1] with x's shape and dtype.
    * @example {{{
    * // ONNX defaults
    * val y = Ops.hardSigmoid(Tensor(Array(-3.0, -1.0, 0.0, 1.0, 3.0), Seq(5)))
    * // y: float64 [5] = [0.0, 0.3, 0.5, 0.7, 1.0]
    * }}}
    */
  def hardSigmoid(x: Tensor, alpha: Double = 0.2, beta: Double = 0.5): Tensor =
    Runtime.call1(HardSigmoidOp, Array(x), Attrs(2).set(0, alpha).set(1, beta))

  /** x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).
    *
    * 0 for x <= -3 (also at -inf), x for x >= 3; NaN propagates.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // all three pieces
    * val y = Ops.hardSwish(Tensor(Array(-4.0, -3.0, -1.0, 0.0, 1.0, 3.0, 4.0), Seq(7)))
    * // y: float64 [7] = [0.0, 0.0, -0.33333333333333337, 0.0, 0.6666666666666666, 3.0, 4.0]
    * }}}
    */
  def hardSwish(x: Tensor): Tensor =
    Runtime.call1(HardSwishOp, Array(x), Attrs.Empty)

  /** Smooth ReLU: log(1 + e^x).
    *
    * Computed as max(x, 0) + log1p(e^-|x|), so it neither overflows nor underflows.
    *
    * @param x Input tensor.
    * @return Result (positive) with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.softplus(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [0.1269280110429725, 0.4740769841801067, 0.6931471805599453, 0.9740769841801067, 3.048587351573742]
    * }}}
    */
  def softplus(x: Tensor): Tensor =
    Runtime.call1(SoftplusOp, Array(x), Attrs.Empty)

  /** x / (1 + |x|).
    *
    * softsign(+-inf) = +-1.
    *
    * @param x Input tensor.
    * @return Result in (-1, 1) with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.softsign(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [-0.6666666666666666, -0.3333333333333333, 0.0, 0.3333333333333333, 0.75]
    * }}}
    */
  def softsign(x: Tensor): Tensor =
    Runtime.call1(SoftsignOp, Array(x), Attrs.Empty)

  /** Mish: x * tanh(softplus(x)).
    *
    * Computed as x * w / (w + 2) with w = e^x (e^x + 2), which equals tanh(log(1 + e^x)) and cannot overflow; mish(-inf) = 0.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.mish(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [-0.2525014826957089, -0.22074377465173, 0.0, 0.3752452113048951, 2.986535004967957]
    * }}}
    */
  def mish(x: Tensor): Tensor =
    Runtime.call1(MishOp, Array(x), Attrs.Empty)

  /** Sigmoid linear unit (swish): x * sigmoid(x).
    *
    * The sigmoid is split by sign so exp never overflows; silu(-inf) = 0.
    *
    * @param x Input tensor.
    * @return Result with x's shape and dtype.
    * @example {{{
    * // a few points
    * val y = Ops.silu(Tensor(Array(-2.0, -0.5, 0.0, 0.5, 3.0), Seq(5)))
    * // y: float64 [5] = [-0.2384058440442351, -0.1887703343990727, 0.0, 0.3112296656009273, 2.8577223804673]
    * }}}
    */
  def silu(x: Tensor): Tensor =
    Runtime.call1(SiluOp, Array(x), Attrs.Empty)

  /** Takes slices of x along an axis at the given indices.
    *
    * y[i0.., j.., k..] = x[i0.., indices[j..], k..]: the result has x's dimensions before axis, then the dimensions of indices, then x's dimensions after axis (a scalar index removes the axis). Negative indices count from the end; an index outside [-size, size) is an error naming indices.
    *
    * @param x Tensor to take slices from (at least 1-D).
    * @param indices Positions along axis (any shape).
    * @param axis Axis of x to index; negative counts from the end. (default `0`)
    * @return The gathered slices, x's dtype.
    * @example {{{
    * // rows of a matrix by a 2x2 index
    * val y = Ops.gather(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f), Seq(3, 2)), Tensor(Array(0L, 1L, 1L, 2L), Seq(2, 2)))
    * // y: float32 [2, 2, 2] = [[[1.0, 2.0], [3.0, 4.0]], [[3.0, 4.0], [5.0, 6.0]]]
    * }}}
    */
  def gather(x: Tensor, indices: Tensor, axis: Int = 0): Tensor =
    Runtime.call1(GatherOp, Array(x, indices), Attrs(1).set(0, axis))

  /** Picks one element of data along an axis for every entry of indices.
    *
    * y[p] = data[p with its axis coordinate replaced by indices[p]]: indices has data's rank, and each dimension other than axis at most data's size there; y has the shape of indices. Negative indices count from the end. The counterpart of scatter_elements (take_along_axis in NumPy).
    *
    * @param data Tensor to read (at least 1-D).
    * @param indices Positions along axis, same rank as data.
    * @param axis Axis the indices run along; negative counts from the end. (default `0`)
    * @return Selected elements, the shape of indices and data's dtype.
    * @example {{{
    * // along rows
    * val y = Ops.gatherElements(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f), Seq(2, 2)), Tensor(Array(0L, 0L, 1L, 0L), Seq(2, 2)), axis = 1)
    * // y: float32 [2, 2] = [[1.0, 1.0], [4.0, 3.0]]
    * }}}
    */
  def gatherElements(data: Tensor, indices: Tensor, axis: Int = 0): Tensor =
    Runtime.call1(GatherElementsOp, Array(data, indices), Attrs(1).set(0, axis))

  /** Gathers slices of data addressed by index tuples (the last dimension of indices).
    *
    * Each row of indices along its last dimension (length m) is a tuple addressing dimensions batch_dims..batch_dims+m-1 of data; the result is indices.shape[:-1] + data.shape[batch_dims+m:]. The first batch_dims dimensions of indices and data must agree and are matched one to one. Negative components count from the end.
    *
    * @param data Tensor to read (at least 1-D).
    * @param indices Index tuples along the last dimension.
    * @param batchDims Number of leading dimensions shared by data and indices. Range: [0, 8]. (default `0L`)
    * @return The gathered elements or slices, data's dtype.
    * @example {{{
    * // elements of a matrix
    * val y = Ops.gatherNd(Tensor(Array(0, 1, 2, 3), Seq(2, 2)), Tensor(Array(0L, 0L, 1L, 1L), Seq(2, 2)))
    * // y: int32 [2] = [0, 3]
    * }}}
    */
  def gatherNd(data: Tensor, indices: Tensor, batchDims: Long = 0L): Tensor =
    Runtime.call1(GatherNdOp, Array(data, indices), Attrs(1).set(0, batchDims))

  /** Copy of data with updates written at positions given per element by indices along an axis.
    *
    * y = data, then for every position p of indices: y[p with its axis coordinate replaced by indices[p]] = updates[p] (reduction none) or combined with it (add, mul, max, min). indices and updates share one shape of data's rank. Updates apply in index order, so with reduction none the last duplicate wins. Integer add/mul wrap around; max/min propagate NaN.
    *
    * @param data Initial values (at least 1-D).
    * @param indices Positions along axis, same rank as data.
    * @param updates Values to write, the shape of indices and data's dtype.
    * @param axis Axis the indices run along; negative counts from the end. (default `0`)
    * @param reduction How an update combines with the value already there. (default `ScatterElementsReduction.None`)
    * @return Updated copy of data.
    * @example {{{
    * // rows replaced
    * val y = Ops.scatterElements(Tensor(Array(0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f), Seq(3, 3)), Tensor(Array(1L, 0L, 2L, 0L, 2L, 1L), Seq(2, 3)), Tensor(Array(1.0f, 1.1f, 1.2f, 2.0f, 2.1f, 2.2f), Seq(2, 3)))
    * // y: float32 [3, 3] = [[2.0, 1.1, 0.0], [1.0, 0.0, 2.2], [0.0, 2.1, 1.2]]
    * }}}
    */
  def scatterElements(data: Tensor, indices: Tensor, updates: Tensor, axis: Int = 0, reduction: ScatterElementsReduction = ScatterElementsReduction.None): Tensor =
    Runtime.call1(ScatterElementsOp, Array(data, indices, updates), Attrs(2).set(0, axis).set(1, reduction))

  /** Copy of data with slices written at positions given by index tuples.
    *
    * y = data, then for every tuple t (the last dimension of indices, length m) the slice y[t] = updates[...] (reduction none) or combined with it (add, mul, max, min). updates has shape indices.shape[:-1] + data.shape[m:]. Tuples apply in order, so with reduction none the last duplicate wins; negative components count from the end.
    *
    * @param data Initial values (at least 1-D).
    * @param indices Index tuples along the last dimension.
    * @param updates Slices to write, data's dtype.
    * @param reduction How an update combines with the value already there. (default `ScatterNdReduction.None`)
    * @return Updated copy of data.
    * @example {{{
    * // single elements
    * val y = Ops.scatterNd(Tensor(Array(1, 2, 3, 4, 5, 6, 7, 8), Seq(8)), Tensor(Array(4L, 3L, 1L, 7L), Seq(4, 1)), Tensor(Array(9, 10, 11, 12), Seq(4)))
    * // y: int32 [8] = [1, 11, 3, 10, 9, 6, 7, 12]
    * }}}
    */
  def scatterNd(data: Tensor, indices: Tensor, updates: Tensor, reduction: ScatterNdReduction = ScatterNdReduction.None): Tensor =
    Runtime.call1(ScatterNdOp, Array(data, indices, updates), Attrs(1).set(0, reduction))

  /** One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.
    *
    * The result has indices' shape with a dimension of size depth inserted at axis. Negative indices in [-depth, -1] count from the end; as in ONNX, an index outside [-depth, depth) gives a row of off_value (no error).
    *
    * @param indices Class positions (any shape).
    * @param depth Number of classes (length of the new axis). Range: [1, 1099511627776].
    * @param axis Where the new axis goes in the result; -1 appends it. (default `-1`)
    * @param onValue Value at the index. (default `1.0`)
    * @param offValue Value everywhere else. (default `0.0`)
    * @param dtype Element type of the result. (default `DType.Float32`)
    * @return The encoding, dtype as requested.
    * @example {{{
    * // classes, with a negative index
    * val y = Ops.oneHot(Tensor(Array(0L, 2L, -1L), Seq(3)), 3L)
    * // y: float32 [3, 3] = [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 1.0]]
    * }}}
    */
  def oneHot(indices: Tensor, depth: Long, axis: Int = -1, onValue: Double = 1.0, offValue: Double = 0.0, dtype: DType = DType.Float32): Tensor =
    Runtime.call1(OneHotOp, Array(indices), Attrs(5).set(0, depth).set(1, axis).set(2, onValue).set(3, offValue).set(4, dtype))

  /** The k largest (or smallest) elements along an axis and their indices.
    *
    * Equal values keep index order (the lower index first), so results are deterministic; NaN ranks above every number. With sorted the k results are ordered from the most extreme; without it they come in index order.
    *
    * @param x Input tensor (at least 1-D).
    * @param k How many elements to take (at most the axis size). Range: [0, 9007199254740992].
    * @param axis Axis to select along; negative counts from the end. (default `-1`)
    * @param largest Take the largest elements (false: the smallest). (default `true`)
    * @param sorted Order the results from the most extreme (false: by index). (default `true`)
    * @return a tuple (values: The selected elements; x's shape with axis of size k.; indices: Their int64 positions along axis.)
    * @example {{{
    * // largest per row
    * val (values, indices) = Ops.topK(Tensor(Array(0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f, 8.0f, 9.0f, 10.0f, 11.0f), Seq(3, 4)), 3L)
    * // values: float32 [3, 3] = [[3.0, 2.0, 1.0], [7.0, 6.0, 5.0], [11.0, 10.0, 9.0]]
    * // indices: int64 [3, 3] = [[3, 2, 1], [3, 2, 1], [3, 2, 1]]
    * }}}
    */
  def topK(x: Tensor, k: Long, axis: Int = -1, largest: Boolean = true, sorted: Boolean = true): (Tensor, Tensor) =
    { val r = Runtime.callN(TopKOp, Array(x), Attrs(4).set(0, k).set(1, axis).set(2, largest).set(3, sorted)); (r(0), r(1)) }

  /** Indices of the nonzero elements, one row per dimension.
    *
    * The result is int64 [ndim, count] in row-major order of the elements (like numpy.nonzero stacked); a scalar counts as 1-D. Its shape depends on the data, so it is known only when the operator runs. NaN counts as nonzero.
    *
    * @param x Input tensor.
    * @return int64 [max(ndim, 1), count] coordinates of the nonzero elements.
    * @example {{{
    * // a 2x2 mask
    * val indices = Ops.nonZero(Tensor(Array(true, false, true, true), Seq(2, 2)))
    * // indices: int64 [2, 3] = [[0, 1, 1], [0, 0, 1]]
    * }}}
    */
  def nonZero(x: Tensor): Tensor =
    Runtime.call1(NonZeroOp, Array(x), Attrs.Empty)

  /** Upper triangle of the last two dimensions; the rest becomes 0.
    *
    * Keeps element (i, j) of each matrix when j >= i + k, i.e. on and above the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.
    *
    * @param x Input tensor, at least 2-D.
    * @param k Diagonal offset: 0 is the main diagonal, positive above it, negative below. (default `0L`)
    * @return x with the other triangle zeroed, same shape and dtype.
    * @example {{{
    * // main diagonal
    * val y = Ops.triu(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f, 8.0f, 9.0f, 10.0f, 11.0f, 12.0f), Seq(3, 4)))
    * // y: float32 [3, 4] = [[1.0, 2.0, 3.0, 4.0], [0.0, 6.0, 7.0, 8.0], [0.0, 0.0, 11.0, 12.0]]
    * }}}
    */
  def triu(x: Tensor, k: Long = 0L): Tensor =
    Runtime.call1(TriuOp, Array(x), Attrs(1).set(0, k))

  /** Lower triangle of the last two dimensions; the rest becomes 0.
    *
    * Keeps element (i, j) of each matrix when j <= i + k, i.e. on and below the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.
    *
    * @param x Input tensor, at least 2-D.
    * @param k Diagonal offset: 0 is the main diagonal, positive above it, negative below. (default `0L`)
    * @return x with the other triangle zeroed, same shape and dtype.
    * @example {{{
    * // main diagonal
    * val y = Ops.tril(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f, 8.0f, 9.0f, 10.0f, 11.0f, 12.0f), Seq(3, 4)))
    * // y: float32 [3, 4] = [[1.0, 0.0, 0.0, 0.0], [5.0, 6.0, 0.0, 0.0], [9.0, 10.0, 11.0, 0.0]]
    * }}}
    */
  def tril(x: Tensor, k: Long = 0L): Tensor =
    Runtime.call1(TrilOp, Array(x), Attrs(1).set(0, k))

  /** Reshapes x to a matrix: dimensions before axis become rows, the rest columns.
    *
    * The result is [d_0 * ... * d_(axis-1), d_axis * ... * d_(n-1)] (a product of no dimensions is 1). axis is a split point between dimensions in -ndim..ndim, not a dimension index. A view of x when its layout allows, else a copy.
    *
    * @param x Input tensor.
    * @param axis Split point: dimensions [0, axis) form the rows; negative counts from the end. (default `1L`)
    * @return 2-D tensor with x's elements.
    * @example {{{
    * // batch of images
    * val y = Ops.flatten(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f, 8.0f), Seq(2, 1, 2, 2)))
    * // y: float32 [2, 4] = [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]
    * }}}
    */
  def flatten(x: Tensor, axis: Long = 1L): Tensor =
    Runtime.call1(FlattenOp, Array(x), Attrs(1).set(0, axis))

  /** Removes dimensions of size 1 (a view, no copy).
    *
    * Removes the listed axes, each of which must have size 1, or every size-1 axis when axes is empty.
    *
    * @param x Input tensor.
    * @param axes Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes. (default `Seq()`)
    * @return x without those dimensions.
    * @example {{{
    * // all size-1 axes
    * val y = Ops.squeeze(Tensor(Array(1.0f, 2.0f, 3.0f), Seq(1, 3, 1)))
    * // y: float32 [3] = [1.0, 2.0, 3.0]
    * }}}
    */
  def squeeze(x: Tensor, axes: Seq[Int] = Seq()): Tensor =
    Runtime.call1(SqueezeOp, Array(x), Attrs(1).set(0, axes))

  /** Inserts dimensions of size 1 (a view, no copy).
    *
    * axes are positions in the result (whose rank is ndim(x) + len(axes)); negative values count from the end of the result.
    *
    * @param x Input tensor.
    * @param axes Positions of the new size-1 dimensions in the result.
    * @return x with the new dimensions.
    * @example {{{
    * // vector to column
    * val y = Ops.unsqueeze(Tensor(Array(1.0f, 2.0f, 3.0f), Seq(3)), Seq(1))
    * // y: float32 [3, 1] = [[1.0], [2.0], [3.0]]
    * }}}
    */
  def unsqueeze(x: Tensor, axes: Seq[Int]): Tensor =
    Runtime.call1(UnsqueezeOp, Array(x), Attrs(1).set(0, axes))

  /** Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).
    *
    * The result has the NumPy broadcast of x's shape and `shape` (bidirectional, as ONNX Expand: a 1 in shape keeps x's dimension). Nothing is copied: broadcast dimensions repeat x's memory.
    *
    * @param x Input tensor.
    * @param shape Target shape, broadcast with x's shape.
    * @return x broadcast to the result shape.
    * @example {{{
    * // column to matrix
    * val y = Ops.expand(Tensor(Array(1.0f, 2.0f, 3.0f), Seq(3, 1)), Seq(2L, 1L, 4L))
    * // y: float32 [2, 3, 4] = [[[1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0], [3.0, 3.0, 3.0, 3.0]], [[1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0], [3.0, 3.0, 3.0, 3.0]]]
    * }}}
    */
  def expand(x: Tensor, shape: Seq[Long]): Tensor =
    Runtime.call1(ExpandOp, Array(x), Attrs(1).set(0, shape))

  /** Repeats x along each dimension.
    *
    * Dimension d of the result is x.shape[d] * repeats[d]; the result holds copies of x laid side by side (numpy.tile with one repeat per dimension).
    *
    * @param x Input tensor.
    * @param repeats Copies per dimension (>= 0), one entry per dimension of x.
    * @return The tiled tensor, x's dtype.
    * @example {{{
    * // 2x3 tiles of a row
    * val y = Ops.tile(Tensor(Array(1.0f, 2.0f), Seq(1, 2)), Seq(2L, 3L))
    * // y: float32 [2, 6] = [[1.0, 2.0, 1.0, 2.0, 1.0, 2.0], [1.0, 2.0, 1.0, 2.0, 1.0, 2.0]]
    * }}}
    */
  def tile(x: Tensor, repeats: Seq[Long]): Tensor =
    Runtime.call1(TileOp, Array(x), Attrs(1).set(0, repeats))

  /** Pads x at the start and end of each dimension (constant, reflect, edge or wrap).
    *
    * pads lists the begin counts of every dimension, then the end counts (ONNX order). Negative pads crop first; the remaining elements are then padded: constant fills with value, reflect mirrors without repeating the border (pads must be smaller than the dimension), edge repeats the border element, wrap continues periodically. Matches ONNX Pad opset 19.
    *
    * @param x Input tensor.
    * @param pads [begin_0, ..., begin_(n-1), end_0, ..., end_(n-1)]; negative values crop.
    * @param mode How the new elements are filled. (default `PadMode.Constant`)
    * @param value Fill value in constant mode, converted to x's dtype. (default `0.0`)
    * @return The padded tensor, x's dtype.
    * @example {{{
    * // constant around a matrix
    * val y = Ops.pad(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f), Seq(2, 3)), Seq(0L, 1L, 1L, 0L), value = 9.0)
    * // y: float32 [3, 4] = [[9.0, 1.0, 2.0, 3.0], [9.0, 4.0, 5.0, 6.0], [9.0, 9.0, 9.0, 9.0]]
    * }}}
    */
  def pad(x: Tensor, pads: Seq[Long], mode: PadMode = PadMode.Constant, value: Double = 0.0): Tensor =
    Runtime.call1(PadOp, Array(x), Attrs(3).set(0, pads).set(1, mode).set(2, value))

  /** Splits x along an axis into pieces (views of x, no copy).
    *
    * Either `split` gives the piece sizes (adding up to the axis size) or num_outputs the number of pieces: then each has ceil(size / num_outputs) elements and the last the remainder (ONNX opset 18). Giving neither, or both with different counts, is an error. At most 64 pieces.
    *
    * @param x Input tensor (at least 1-D).
    * @param axis Axis to split; negative counts from the end. (default `0`)
    * @param split Size of each piece; empty: use num_outputs. (default `Seq()`)
    * @param numOutputs Number of pieces when split is empty (0: use split). Range: [0, 64]. (default `0L`)
    * @return The pieces in order, views of x. Returned as a Seq whose length is decided at run time.
    * @example {{{
    * // uneven sizes
    * val outputs = Ops.split(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f, 8.0f, 9.0f, 10.0f), Seq(5, 2)), split = Seq(2L, 3L))
    * // outputs(0): float32 [2, 2] = [[1.0, 2.0], [3.0, 4.0]]
    * // outputs(1): float32 [3, 2] = [[5.0, 6.0], [7.0, 8.0], [9.0, 10.0]]
    * }}}
    */
  def split(x: Tensor, axis: Int = 0, split: Seq[Long] = Seq(), numOutputs: Long = 0L): Seq[Tensor] =
    Runtime.callVariadic(SplitOp, Array(x), Attrs(3).set(0, axis).set(1, split).set(2, numOutputs))

  /** Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].
    *
    * DCR (depth-column-row) reads channel (i*b + j)*C' + c for output (c, h*b + i, w*b + j); CRD reads channel c*b^2 + i*b + j. The inverse of space_to_depth is DCR.
    *
    * @param x 4-D input [N, C, H, W]; C divisible by blocksize^2.
    * @param blocksize Edge of the spatial blocks. Range: [1, 1048576].
    * @param mode Channel order inside a block. (default `DepthToSpaceMode.Dcr`)
    * @return [N, C/b^2, H*b, W*b], x's dtype.
    * @example {{{
    * // 8 channels into 2x2 blocks
    * val y = Ops.depthToSpace(Tensor(Array(0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f), Seq(1, 8, 1, 1)), 2L)
    * // y: float32 [1, 2, 2, 2] = [[[[0.0, 2.0], [4.0, 6.0]], [[1.0, 3.0], [5.0, 7.0]]]]
    * }}}
    */
  def depthToSpace(x: Tensor, blocksize: Long, mode: DepthToSpaceMode = DepthToSpaceMode.Dcr): Tensor =
    Runtime.call1(DepthToSpaceOp, Array(x), Attrs(2).set(0, blocksize).set(1, mode))

  /** Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].
    *
    * Output channel (i*b + j)*C + c holds x[c, h*b + i, w*b + j] (the inverse of depth_to_space in DCR mode).
    *
    * @param x 4-D input [N, C, H, W]; H and W divisible by blocksize.
    * @param blocksize Edge of the spatial blocks. Range: [1, 1048576].
    * @return [N, C*b^2, H/b, W/b], x's dtype.
    * @example {{{
    * // 2x2 blocks of 2 channels
    * val y = Ops.spaceToDepth(Tensor(Array(0.0f, 2.0f, 4.0f, 6.0f, 1.0f, 3.0f, 5.0f, 7.0f), Seq(1, 2, 2, 2)), 2L)
    * // y: float32 [1, 8, 1, 1] = [[[[0.0]], [[1.0]], [[2.0]], [[3.0]], [[4.0]], [[5.0]], [[6.0]], [[7.0]]]]
    * }}}
    */
  def spaceToDepth(x: Tensor, blocksize: Long): Tensor =
    Runtime.call1(SpaceToDepthOp, Array(x), Attrs(1).set(0, blocksize))

  /** Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).
    *
    * With training false (the default) or ratio 0, y is x and mask is all true. While training, element i is kept when u_i >= ratio, where u_i = (s_i >> 11) * 2^-53 and s_i is output i (counting from 0) of the SplitMix64 generator seeded with `seed`: the same seed gives the same mask for the same shape on every machine and thread count. seed 0 draws a fresh seed from a thread-local engine generator on every call (not reproducible).
    *
    * @param x Input tensor.
    * @param ratio Probability of dropping an element, in [0, 1). Range: [0, 1]. (default `0.5`)
    * @param training Apply dropout (true) or pass x through unchanged (false, inference). (default `false`)
    * @param seed Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic). (default `0L`)
    * @return a tuple (y: x with dropped elements zeroed and kept ones scaled by 1 / (1 - ratio); x's shape and dtype.; mask: True where the element was kept; x's shape.)
    * @example {{{
    * // training, seed 7 (the first four draws u_i are 0.390, 0.017, 0.901, 0.583)
    * val (y, mask) = Ops.dropout(Tensor(Array(1.0, 2.0, 3.0, 4.0), Seq(2, 2)), ratio = 0.5, training = true, seed = 7L)
    * // y: float64 [2, 2] = [[0.0, 0.0], [6.0, 8.0]]
    * // mask: bool [2, 2] = [[false, false], [true, true]]
    * }}}
    */
  def dropout(x: Tensor, ratio: Double = 0.5, training: Boolean = false, seed: Long = 0L): (Tensor, Tensor) =
    { val r = Runtime.callN(DropoutOp, Array(x), Attrs(3).set(0, ratio).set(1, training).set(2, seed)); (r(0), r(1)) }

  /** General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).
    *
    * op(a) is a or its transpose (trans_a), likewise op(b); op(a) is [M, K] and op(b) is [K, N]. c is optional and broadcasts to [M, N] (a scalar, a row [N], a column [M, 1] or the full matrix); beta = 0 ignores c. Runs through OpenBLAS sgemm/dgemm; transposed views of a and b are passed to BLAS without a copy.
    *
    * @param a Left matrix [M, K] ([K, M] with trans_a).
    * @param b Right matrix [K, N] ([N, K] with trans_b).
    * @param c Addend broadcastable to [M, N] (optional). Optional.
    * @param alpha Scale of the product op(a) @ op(b). (default `1.0`)
    * @param beta Scale of c. (default `1.0`)
    * @param transA Use a transposed. (default `false`)
    * @param transB Use b transposed. (default `false`)
    * @return Result [M, N], the dtype of a.
    * @example {{{
    * // a^T @ b * 2 + row bias
    * val y = Ops.gemm(Tensor(Array(1.0, 3.0, 2.0, 4.0), Seq(2, 2)), Tensor(Array(5.0, 6.0, 7.0, 8.0), Seq(2, 2)), Some(Tensor(Array(1.0, 2.0), Seq(2))), alpha = 2.0, transA = true)
    * // y: float64 [2, 2] = [[39.0, 46.0], [87.0, 102.0]]
    * }}}
    */
  def gemm(a: Tensor, b: Tensor, c: Option[Tensor] = None, alpha: Double = 1.0, beta: Double = 1.0, transA: Boolean = false, transB: Boolean = false): Tensor =
    Runtime.call1(GemmOp, Array(a, b, c.orNull), Attrs(4).set(0, alpha).set(1, beta).set(2, transA).set(3, transB))

  /** Einstein summation over the operands as described by an equation such as "ij,jk->ik".
    *
    * NumPy / ONNX einsum. Each operand has a term of letters (a-z, A-Z), one per dimension; terms are separated by commas and the output term follows '->'. Without '->' the output holds the '...' dimensions and then every letter that appears exactly once, in ASCII order (upper case first). Labels missing from the output are summed; a label repeated within one term takes that operand's diagonal; '...' stands for broadcast dimensions (right-aligned across operands). A dimension of size 1 broadcasts against the same label of another operand. Operands are contracted left to right, each pair as one batched matrix product (BLAS for floats); spaces in the equation are ignored.
    *
    * @param inputs Operands (one or more), all of one dtype. One or more tensors.
    * @param equation The subscripts, e.g. "bij,bjk->bik", "ii->i", "...ij->...ji".
    * @return The result, with the dtype of the operands.
    * @example {{{
    * // matrix product
    * val y = Ops.einsum(Seq(Tensor(Array(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), Seq(2, 3)), Tensor(Array(7.0, 8.0, 9.0, 10.0, 11.0, 12.0), Seq(3, 2))), "ij,jk->ik")
    * // y: float64 [2, 2] = [[58.0, 64.0], [139.0, 154.0]]
    * }}}
    */
  def einsum(inputs: Seq[Tensor], equation: String): Tensor =
    Runtime.call1(EinsumOp, inputs.toArray, Attrs(1).set(0, equation))

  /** Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).
    *
    * Give exactly one of scales (output dimension = floor(input * scale)) or sizes, one entry per dimension of x (use 1 / the input size for the dimensions to keep, e.g. N and C). The source coordinate of output index o is (o + 0.5) / scale - 0.5 for half_pixel, o / scale for asymmetric, o * (in - 1) / (in * scale - 1) for align_corners and half_pixel but 0 when out = 1 for pytorch_half_pixel; with sizes, scale = out / in. nearest rounds it by nearest_mode, linear interpolates between the two neighbours, cubic uses Keys' cubic convolution over the four neighbours floor(x) - 1 .. floor(x) + 2 with coefficient cubic_coeff_a; coordinates and taps outside the input clamp to the edge (with exclude_outside, taps outside get weight 0 and the others are renormalized). N-d interpolation is separable (bilinear / bicubic for 2 resized axes).
    *
    * @param x Input tensor, e.g. [N, C, H, W].
    * @param mode Interpolation: nearest neighbour, (multi)linear or cubic. (default `ResizeMode.Nearest`)
    * @param scales Scale per dimension of x (positive); empty when sizes is given. (default `Seq()`)
    * @param sizes Output size per dimension of x; empty when scales is given. (default `Seq()`)
    * @param coordinateTransformationMode How an output index maps to a source coordinate. (default `ResizeCoordinateTransformationMode.HalfPixel`)
    * @param nearestMode How nearest rounds a fractional source coordinate (mode nearest only). (default `ResizeNearestMode.RoundPreferFloor`)
    * @param cubicCoeffA Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's). (default `-0.75`)
    * @param excludeOutside Give taps outside the input weight 0 and renormalize the rest (mode cubic). (default `false`)
    * @return The resized tensor, x's dtype.
    * @example {{{
    * // bilinear 2x upsampling, half_pixel
    * val y = Ops.resize(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f), Seq(1, 1, 2, 2)), mode = ResizeMode.Linear, scales = Seq(1.0, 1.0, 2.0, 2.0))
    * // y: float32 [1, 1, 4, 4] = [[[[1.0, 1.25, 1.75, 2.0], [1.5, 1.75, 2.25, 2.5], [2.5, 2.75, 3.25, 3.5], [3.0, 3.25, 3.75, 4.0]]]]
    * }}}
    */
  def resize(x: Tensor, mode: ResizeMode = ResizeMode.Nearest, scales: Seq[Double] = Seq(), sizes: Seq[Long] = Seq(), coordinateTransformationMode: ResizeCoordinateTransformationMode = ResizeCoordinateTransformationMode.HalfPixel, nearestMode: ResizeNearestMode = ResizeNearestMode.RoundPreferFloor, cubicCoeffA: Double = -0.75, excludeOutside: Boolean = false): Tensor =
    Runtime.call1(ResizeOp, Array(x), Attrs(7).set(0, mode).set(1, scales).set(2, sizes).set(3, coordinateTransformationMode).set(4, nearestMode).set(5, cubicCoeffA).set(6, excludeOutside))

  /** Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].
    *
    * weight is [V, D] (more trailing dimensions are allowed and carried along); every index must lie in [0, V) — an index outside is an error naming it (negative indices are not wrapped).
    *
    * @param weight Embedding table [V, D].
    * @param indices Row indices, any shape, in [0, V).
    * @return indices.shape + [D], weight's dtype.
    * @example {{{
    * // two lookups, one repeated
    * val y = Ops.embedding(Tensor(Array(0.0f, 1.0f, 10.0f, 11.0f, 20.0f, 21.0f), Seq(3, 2)), Tensor(Array(2L, 0L, 2L, 1L), Seq(2, 2)))
    * // y: float32 [2, 2, 2] = [[[20.0, 21.0], [0.0, 1.0]], [[20.0, 21.0], [10.0, 11.0]]]
    * }}}
    */
  def embedding(weight: Tensor, indices: Tensor): Tensor =
    Runtime.call1(EmbeddingOp, Array(weight, indices), Attrs.Empty)

  /** Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).
    *
    * loss[n, d...] = -log_softmax(logits, axis 1)[n, labels[n, d...], d...], computed as x - max - log(sum(exp(x - max))) so large logits do not overflow. Elements whose label equals ignore_index contribute 0 and are not counted: mean divides by the number of counted elements (NaN when there are none). Every other label must lie in [0, C).
    *
    * @param logits Unnormalized scores [N, C] or [N, C, d1, ...].
    * @param labels Class indices [N] or [N, d1, ...].
    * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `SoftmaxCrossEntropyReduction.Mean`)
    * @param ignoreIndex Label value that is skipped (default -100 as in PyTorch); a class label, not a position. (default `-100L`)
    * @return a tuple (loss: A scalar for mean and sum, [N, d1, ...] for none; the dtype of logits.; logProb: log_softmax(logits) along the class axis, the shape of logits.)
    * @example {{{
    * // mean over the counted rows; row 3 is ignored
    * val (loss, logProb) = Ops.softmaxCrossEntropy(Tensor(Array(1.0, 2.0, 3.0, 0.5, -1.0, 2.0, 0.0, 0.0, 0.0), Seq(3, 3)), Tensor(Array(2L, 0L, -100L), Seq(3)))
    * // loss: float64 [] = 1.0744586305507688
    * // logProb: float64 [3, 3] = [[-2.4076059644443806, -1.4076059644443804, -0.40760596444438035], [-1.7413112966571571, -3.241311296657157, -0.24131129665715703], [-1.0986122886681096, -1.0986122886681096, -1.0986122886681096]]
    * }}}
    */
  def softmaxCrossEntropy(logits: Tensor, labels: Tensor, reduction: SoftmaxCrossEntropyReduction = SoftmaxCrossEntropyReduction.Mean, ignoreIndex: Long = -100L): (Tensor, Tensor) =
    { val r = Runtime.callN(SoftmaxCrossEntropyOp, Array(logits, labels), Attrs(2).set(0, reduction).set(1, ignoreIndex)); (r(0), r(1)) }

  /** Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).
    *
    * loss[n, d...] = -input[n, labels[n, d...], d...]. input usually comes from log_softmax. Labels equal to ignore_index contribute 0 and are not counted by mean (NaN when nothing is counted); every other label must lie in [0, C).
    *
    * @param input Log-probabilities [N, C] or [N, C, d1, ...].
    * @param labels Class indices [N] or [N, d1, ...].
    * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `NllLossReduction.Mean`)
    * @param ignoreIndex Label value that is skipped (default -100 as in PyTorch); a class label, not a position. (default `-100L`)
    * @return A scalar for mean and sum, [N, d1, ...] for none; the dtype of input.
    * @example {{{
    * // mean of two picks
    * val loss = Ops.nllLoss(Tensor(Array(-0.5, -1.5, -2.5, -3.0, -0.25, -1.0), Seq(2, 3)), Tensor(Array(1L, 2L), Seq(2)))
    * // loss: float64 [] = 1.25
    * }}}
    */
  def nllLoss(input: Tensor, labels: Tensor, reduction: NllLossReduction = NllLossReduction.Mean, ignoreIndex: Long = -100L): Tensor =
    Runtime.call1(NllLossOp, Array(input, labels), Attrs(2).set(0, reduction).set(1, ignoreIndex))

  /** Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).
    *
    * pred and target must have the same shape and dtype (no broadcasting). mean divides by the number of elements.
    *
    * @param pred Predictions.
    * @param target Targets, the shape of pred.
    * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `MseLossReduction.Mean`)
    * @return A scalar for mean and sum, pred's shape for none.
    * @example {{{
    * // mean
    * val loss = Ops.mseLoss(Tensor(Array(1.0, 2.0, 3.0, 4.0), Seq(2, 2)), Tensor(Array(1.0, 0.0, 4.0, 1.5), Seq(2, 2)))
    * // loss: float64 [] = 2.8125
    * }}}
    */
  def mseLoss(pred: Tensor, target: Tensor, reduction: MseLossReduction = MseLossReduction.Mean): Tensor =
    Runtime.call1(MseLossOp, Array(pred, target), Attrs(1).set(0, reduction))

  /** Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).
    *
    * Each log is clamped below at -100 as PyTorch does, so p = 0 or 1 give a finite loss. Every p must lie in [0, 1] (an error names the first that does not); targets are usually 0/1 but may be soft labels in [0, 1]. p and t share shape and dtype.
    *
    * @param p Predicted probabilities in [0, 1].
    * @param target Targets, the shape of p.
    * @param reduction How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). (default `BinaryCrossEntropyReduction.Mean`)
    * @return A scalar for mean and sum, p's shape for none.
    * @example {{{
    * // mean over three
    * val loss = Ops.binaryCrossEntropy(Tensor(Array(0.5, 0.9, 0.2), Seq(3)), Tensor(Array(1.0, 0.0, 0.0), Seq(3)))
    * // loss: float64 [] = 1.0729586082894003
    * }}}
    */
  def binaryCrossEntropy(p: Tensor, target: Tensor, reduction: BinaryCrossEntropyReduction = BinaryCrossEntropyReduction.Mean): Tensor =
    Runtime.call1(BinaryCrossEntropyOp, Array(p, target), Attrs(1).set(0, reduction))

  /** One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).
    *
    * g = grad + weight_decay * weight; new_buf = momentum * buf + g; new_weight = weight - lr * (nesterov ? g + momentum * new_buf : new_buf). A zero buffer before the first step reproduces PyTorch's first step; with momentum 0 the step is plain SGD and new_buf is g. Functional: the inputs are not modified.
    *
    * @param weight Parameter before the step.
    * @param grad Gradient of the loss with respect to weight.
    * @param momentumBuffer Momentum buffer from the previous step; zeros before the first.
    * @param lr Learning rate (>= 0). Range: [0, inf].
    * @param momentum Momentum factor (>= 0); 0 disables momentum. Range: [0, inf]. (default `0.0`)
    * @param weightDecay L2 penalty added to the gradient (>= 0). Range: [0, inf]. (default `0.0`)
    * @param nesterov Use Nesterov momentum (needs momentum > 0). (default `false`)
    * @return a tuple (newWeight: Parameter after the step.; newMomentumBuffer: Momentum buffer for the next step.)
    * @example {{{
    * // momentum and weight decay
    * val (newWeight, newMomentumBuffer) = Ops.sgdUpdate(Tensor(Array(1.0, -2.0), Seq(2)), Tensor(Array(0.5, 0.25), Seq(2)), Tensor(Array(0.2, 0.0), Seq(2)), 0.1, momentum = 0.9, weightDecay = 0.1)
    * // newWeight: float64 [2] = [0.922, -2.005]
    * // newMomentumBuffer: float64 [2] = [0.78, 0.05]
    * }}}
    */
  def sgdUpdate(weight: Tensor, grad: Tensor, momentumBuffer: Tensor, lr: Double, momentum: Double = 0.0, weightDecay: Double = 0.0, nesterov: Boolean = false): (Tensor, Tensor) =
    { val r = Runtime.callN(SgdUpdateOp, Array(weight, grad, momentumBuffer), Attrs(4).set(0, lr).set(1, momentum).set(2, weightDecay).set(3, nesterov)); (r(0), r(1)) }

  /** One Adam step with bias correction and L2 weight decay (torch.optim.Adam).
    *
    * g = grad + weight_decay * weight; new_m = beta1 * m + (1 - beta1) * g; new_v = beta2 * v + (1 - beta2) * g^2; new_weight = weight - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.
    *
    * @param weight Parameter before the step.
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
    * @example {{{
    * // first step with weight decay
    * val (newWeight, newM, newV) = Ops.adamUpdate(Tensor(Array(1.0, -0.5), Seq(2)), Tensor(Array(0.1, 0.2), Seq(2)), Tensor(Array(0.0, 0.0), Seq(2)), Tensor(Array(0.0, 0.0), Seq(2)), 0.01, 1L, weightDecay = 0.1)
    * // newWeight: float64 [2] = [0.9900000005, -0.5099999993333334]
    * // newM: float64 [2] = [0.019999999999999997, 0.015]
    * // newV: float64 [2] = [0.000040000000000000044, 0.000022500000000000025]
    * }}}
    */
  def adamUpdate(weight: Tensor, grad: Tensor, m: Tensor, v: Tensor, lr: Double, step: Long, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.0): (Tensor, Tensor, Tensor) =
    { val r = Runtime.callN(AdamUpdateOp, Array(weight, grad, m, v), Attrs(6).set(0, lr).set(1, beta1).set(2, beta2).set(3, epsilon).set(4, weightDecay).set(5, step)); (r(0), r(1), r(2)) }

  /** One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).
    *
    * new_m = beta1 * m + (1 - beta1) * grad; new_v = beta2 * v + (1 - beta2) * grad^2; new_weight = weight * (1 - lr * weight_decay) - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.
    *
    * @param weight Parameter before the step.
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
    * @example {{{
    * // third step
    * val (newWeight, newM, newV) = Ops.adamwUpdate(Tensor(Array(1.0, -0.5), Seq(2)), Tensor(Array(0.1, -0.2), Seq(2)), Tensor(Array(0.05, 0.01), Seq(2)), Tensor(Array(0.001, 0.002), Seq(2)), 0.001, 3L)
    * // newWeight: float64 [2] = [0.999640222997254, -0.4999457773781082]
    * // newM: float64 [2] = [0.05500000000000001, -0.010999999999999996]
    * // newV: float64 [2] = [0.0010090000000000001, 0.0020380000000000003]
    * }}}
    */
  def adamwUpdate(weight: Tensor, grad: Tensor, m: Tensor, v: Tensor, lr: Double, step: Long, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.01): (Tensor, Tensor, Tensor) =
    { val r = Runtime.callN(AdamwUpdateOp, Array(weight, grad, m, v), Attrs(6).set(0, lr).set(1, beta1).set(2, beta2).set(3, epsilon).set(4, weightDecay).set(5, step)); (r(0), r(1), r(2)) }

  /** N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.
    *
    * x is [N, C, *spatial] with 1 to 3 spatial axes, w is [M, C/group, *kernel] and b is [M]. y[n, m, o] = b[m] + sum over c in m's group and kernel taps k of x[n, c, o*stride - pad_begin + k*dilation] * w[m, c, k], the input being zero outside its bounds. Each output axis has floor((in + pad_begin + pad_end - ((kernel - 1) * dilation + 1)) / stride) + 1 elements. float32 runs through oneDNN; float64 through direct loops.
    *
    * @param x Input [N, C, *spatial] (1 to 3 spatial axes).
    * @param w Kernel [M, C/group, *kernel] (same rank as x).
    * @param b Bias [M], added to every output of channel m; absent means no bias. Optional.
    * @param strides Step of the window per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
    * @param pads Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. (default `Seq()`)
    * @param dilations Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
    * @param group Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648]. (default `1L`)
    * @param autoPad How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. (default `ConvAutoPad.Notset`)
    * @return Output [N, M, *out_spatial], x's dtype.
    * @example {{{
    * // 3x3 input, 2x2 kernel, bias
    * val y = Ops.conv(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f, 8.0f, 9.0f), Seq(1, 1, 3, 3)), Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f), Seq(1, 1, 2, 2)), Some(Tensor(Array(1.0f), Seq(1))))
    * // y: float32 [1, 1, 2, 2] = [[[[38.0, 48.0], [68.0, 78.0]]]]
    * }}}
    */
  def conv(x: Tensor, w: Tensor, b: Option[Tensor] = None, strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), group: Long = 1L, autoPad: ConvAutoPad = ConvAutoPad.Notset): Tensor =
    Runtime.call1(ConvOp, Array(x, w, b.orNull), Attrs(5).set(0, strides).set(1, pads).set(2, dilations).set(3, group).set(4, autoPad))

  /** N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.
    *
    * x is [N, C, *spatial], w is [C, M/group, *kernel] and b is [M]; every input element scatters x[n, c, i] * w[c, m, k] into y[n, m, i*stride - pad_begin + k*dilation]. Each output axis has stride * (in - 1) + output_padding + (kernel - 1) * dilation + 1 - pad_begin - pad_end elements; output_shape, when given, chooses the pads instead (ONNX rule: the larger half goes first unless auto_pad is SAME_UPPER). float32 runs through oneDNN; float64 through direct loops.
    *
    * @param x Input [N, C, *spatial] (1 to 3 spatial axes).
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
    * @example {{{
    * // 1-D, stride 2, bias
    * val y = Ops.convTranspose(Tensor(Array(1.0, 2.0, 3.0), Seq(1, 1, 3)), Tensor(Array(1.0, -1.0), Seq(1, 1, 2)), Some(Tensor(Array(0.5), Seq(1))), strides = Seq(2L))
    * // y: float64 [1, 1, 6] = [[[1.5, -0.5, 2.5, -1.5, 3.5, -2.5]]]
    * }}}
    */
  def convTranspose(x: Tensor, w: Tensor, b: Option[Tensor] = None, strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), group: Long = 1L, autoPad: ConvTransposeAutoPad = ConvTransposeAutoPad.Notset, outputPadding: Seq[Long] = Seq(), outputShape: Seq[Long] = Seq()): Tensor =
    Runtime.call1(ConvTransposeOp, Array(x, w, b.orNull), Attrs(7).set(0, strides).set(1, pads).set(2, dilations).set(3, group).set(4, autoPad).set(5, outputPadding).set(6, outputShape))

  /** Maximum over sliding windows of the spatial axes.
    *
    * x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Padding never wins: it is ignored, as -infinity would be.
    *
    * @param x Input [N, C, *spatial] (1 to 3 spatial axes).
    * @param kernelShape Window size per spatial axis (each >= 1).
    * @param strides Step of the window per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
    * @param pads Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. (default `Seq()`)
    * @param dilations Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
    * @param ceilMode Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). (default `false`)
    * @param autoPad How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. (default `MaxPoolAutoPad.Notset`)
    * @return Window maxima [N, C, *out_spatial], x's dtype.
    * @example {{{
    * // 2x2 windows, stride 1
    * val y = Ops.maxPool(Tensor(Array(1.0, 5.0, 2.0, 4.0, 3.0, 8.0, 0.0, 9.0, 6.0), Seq(1, 1, 3, 3)), Seq(2L, 2L))
    * // y: float64 [1, 1, 2, 2] = [[[[5.0, 8.0], [9.0, 9.0]]]]
    * }}}
    */
  def maxPool(x: Tensor, kernelShape: Seq[Long], strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), ceilMode: Boolean = false, autoPad: MaxPoolAutoPad = MaxPoolAutoPad.Notset): Tensor =
    Runtime.call1(MaxPoolOp, Array(x), Attrs(6).set(0, kernelShape).set(1, strides).set(2, pads).set(3, dilations).set(4, ceilMode).set(5, autoPad))

  /** Mean over sliding windows of the spatial axes.
    *
    * x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Each window divides by the number of its taps inside the input, or with count_include_pad by the number inside the padded extent [-pad_begin, in + pad_end) (taps that ceil_mode adds past the end are never counted).
    *
    * @param x Input [N, C, *spatial] (1 to 3 spatial axes).
    * @param kernelShape Window size per spatial axis (each >= 1).
    * @param strides Step of the window per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
    * @param pads Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET. (default `Seq()`)
    * @param dilations Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis. (default `Seq()`)
    * @param ceilMode Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding). (default `false`)
    * @param autoPad How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. (default `AvgPoolAutoPad.Notset`)
    * @param countIncludePad Count padding elements (as zeros) in each window's divisor. (default `false`)
    * @return Window means [N, C, *out_spatial], x's dtype.
    * @example {{{
    * // 2x2 windows, stride 1
    * val y = Ops.avgPool(Tensor(Array(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0), Seq(1, 1, 3, 3)), Seq(2L, 2L))
    * // y: float64 [1, 1, 2, 2] = [[[[3.0, 4.0], [6.0, 7.0]]]]
    * }}}
    */
  def avgPool(x: Tensor, kernelShape: Seq[Long], strides: Seq[Long] = Seq(), pads: Seq[Long] = Seq(), dilations: Seq[Long] = Seq(), ceilMode: Boolean = false, autoPad: AvgPoolAutoPad = AvgPoolAutoPad.Notset, countIncludePad: Boolean = false): Tensor =
    Runtime.call1(AvgPoolOp, Array(x), Attrs(7).set(0, kernelShape).set(1, strides).set(2, pads).set(3, dilations).set(4, ceilMode).set(5, autoPad).set(6, countIncludePad))

  /** Mean over all spatial axes, keeping them as size 1.
    *
    * x is [N, C, *spatial] (at least one spatial axis); y[n, c, 1, ...] is the mean of x[n, c].
    *
    * @param x Input [N, C, *spatial].
    * @return Means [N, C, 1, ...], x's rank and dtype.
    * @example {{{
    * // two channels
    * val y = Ops.globalAvgPool(Tensor(Array(1.0, 2.0, 3.0, 4.0, -1.0, 0.0, 1.0, 8.0), Seq(1, 2, 2, 2)))
    * // y: float64 [1, 2, 1, 1] = [[[[2.5]], [[2.0]]]]
    * }}}
    */
  def globalAvgPool(x: Tensor): Tensor =
    Runtime.call1(GlobalAvgPoolOp, Array(x), Attrs.Empty)

  /** Maximum over all spatial axes, keeping them as size 1.
    *
    * x is [N, C, *spatial] (at least one non-empty spatial axis); y[n, c, 1, ...] is the maximum of x[n, c]. NaN propagates.
    *
    * @param x Input [N, C, *spatial].
    * @return Maxima [N, C, 1, ...], x's rank and dtype.
    * @example {{{
    * // 1-D, two channels
    * val y = Ops.globalMaxPool(Tensor(Array(1.0, 7.0, 3.0, -4.0, -2.0, -9.0), Seq(1, 2, 3)))
    * // y: float64 [1, 2, 1] = [[[7.0], [-2.0]]]
    * }}}
    */
  def globalMaxPool(x: Tensor): Tensor =
    Runtime.call1(GlobalMaxPoolOp, Array(x), Attrs.Empty)

  /** Batch normalization with given statistics (inference form).
    *
    * y = (x - mean[c]) / sqrt(variance[c] + epsilon) * scale[c] + bias[c] along the channel axis 1 of x [N, C, ...]. The statistics are inputs (running averages); training-mode statistics are not computed here. float32 runs through oneDNN.
    *
    * @param x Input [N, C, ...].
    * @param scale Per-channel scale (gamma) [C].
    * @param bias Per-channel shift (beta) [C].
    * @param mean Per-channel mean [C].
    * @param variance Per-channel variance [C] (plus epsilon, must stay positive).
    * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
    * @return Normalized x, same shape and dtype.
    * @example {{{
    * // two channels
    * val y = Ops.batchNorm(Tensor(Array(1.0f, 3.0f, 10.0f, 20.0f), Seq(1, 2, 2)), Tensor(Array(2.0f, 1.0f), Seq(2)), Tensor(Array(0.0f, 1.0f), Seq(2)), Tensor(Array(2.0f, 15.0f), Seq(2)), Tensor(Array(4.0f, 25.0f), Seq(2)), epsilon = 0.0)
    * // y: float32 [1, 2, 2] = [[[-1.0, 1.0], [0.0, 2.0]]]
    * }}}
    */
  def batchNorm(x: Tensor, scale: Tensor, bias: Tensor, mean: Tensor, variance: Tensor, epsilon: Double = 0.00001): Tensor =
    Runtime.call1(BatchNormOp, Array(x, scale, bias, mean, variance), Attrs(1).set(0, epsilon))

  /** Instance normalization: each (sample, channel) normalized over its spatial axes.
    *
    * y[n, c] = (x[n, c] - mean) / sqrt(var + epsilon) * scale[c] + bias[c], the mean and (biased) variance taken over the spatial axes of x[n, c]. float32 runs through oneDNN.
    *
    * @param x Input [N, C, spatial...].
    * @param scale Per-channel scale [C].
    * @param bias Per-channel shift [C].
    * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
    * @return Normalized x, same shape and dtype.
    * @example {{{
    * // two channels of four values
    * val y = Ops.instanceNorm(Tensor(Array(1.0, 2.0, 3.0, 4.0, 2.0, 2.0, 6.0, 6.0), Seq(1, 2, 4)), Tensor(Array(1.0, 2.0), Seq(2)), Tensor(Array(0.0, 1.0), Seq(2)))
    * // y: float64 [1, 2, 4] = [[[-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269], [-0.9999975000046875, -0.9999975000046875, 2.9999975000046875, 2.9999975000046875]]]
    * }}}
    */
  def instanceNorm(x: Tensor, scale: Tensor, bias: Tensor, epsilon: Double = 0.00001): Tensor =
    Runtime.call1(InstanceNormOp, Array(x, scale, bias), Attrs(1).set(0, epsilon))

  /** Layer normalization over the trailing axes from `axis` on, with optional scale and bias.
    *
    * y = (x - mean) / sqrt(var + epsilon) * scale + bias, the mean and (biased) variance taken over axes axis .. rank-1 of x for each index of the leading axes. scale and bias have the normalized shape x.shape[axis:]. float32 runs through oneDNN.
    *
    * @param x Input tensor (at least 1-D).
    * @param scale Scale with shape x.shape[axis:]; absent means 1. Optional.
    * @param bias Shift with shape x.shape[axis:]; absent means 0. Optional.
    * @param axis First normalized axis; negative counts from the end. (default `-1`)
    * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
    * @return Normalized x, same shape and dtype.
    * @example {{{
    * // rows of three, scale and bias
    * val y = Ops.layerNorm(Tensor(Array(1.0, 2.0, 3.0, -1.0, 0.0, 4.0), Seq(2, 3)), Some(Tensor(Array(1.0, 2.0, 0.5), Seq(3))), Some(Tensor(Array(0.0, 1.0, -1.0), Seq(3))), epsilon = 0.0)
    * // y: float64 [2, 3] = [[-1.224744871391589, 1.0, -0.38762756430420553], [-0.9258200997725514, 0.07417990022744858, -0.30563492517058644]]
    * }}}
    */
  def layerNorm(x: Tensor, scale: Option[Tensor] = None, bias: Option[Tensor] = None, axis: Int = -1, epsilon: Double = 0.00001): Tensor =
    Runtime.call1(LayerNormOp, Array(x, scale.orNull, bias.orNull), Attrs(2).set(0, axis).set(1, epsilon))

  /** Group normalization: channels split into num_groups groups, each (sample, group) normalized together.
    *
    * x [N, C, ...] is viewed as [N, num_groups, C / num_groups * spatial]; each block is standardized with its mean and (biased) variance, then y = xhat * scale + bias per channel. scale and bias have C elements (one per channel, as ONNX opset 21 and PyTorch) or num_groups elements (one per group, as ONNX opset 18). float32 runs through oneDNN.
    *
    * @param x Input [N, C, ...].
    * @param scale Scale [C] or [num_groups].
    * @param bias Shift with scale's shape.
    * @param numGroups Number of channel groups; must divide C. Range: [1, 2147483648].
    * @param epsilon Added to the variance before the square root (>= 0). Range: [0, 1000000]. (default `0.00001`)
    * @return Normalized x, same shape and dtype.
    * @example {{{
    * // four channels in two groups, per-channel scale
    * val y = Ops.groupNorm(Tensor(Array(1.0, 2.0, 3.0, 4.0, 0.0, 0.0, 4.0, 4.0), Seq(1, 4, 2)), Tensor(Array(1.0, 1.0, 2.0, 2.0), Seq(4)), Tensor(Array(0.0, 0.0, 1.0, 1.0), Seq(4)), 2L)
    * // y: float64 [1, 4, 2] = [[[-1.3416354199689269, -0.447211806656309], [0.447211806656309, 1.3416354199689269], [-0.9999975000046875, -0.9999975000046875], [2.9999975000046875, 2.9999975000046875]]]
    * }}}
    */
  def groupNorm(x: Tensor, scale: Tensor, bias: Tensor, numGroups: Long, epsilon: Double = 0.00001): Tensor =
    Runtime.call1(GroupNormOp, Array(x, scale, bias), Attrs(2).set(0, numGroups).set(1, epsilon))

  /** Local response normalization across channels.
    *
    * y[n, c] = x[n, c] / (bias + alpha / size * sum of x[n, j]^2 for j in c - floor((size-1)/2) .. c + ceil((size-1)/2))^beta, over x [N, C, ...]. float32 with odd size runs through oneDNN.
    *
    * @param x Input [N, C, ...].
    * @param size Number of channels in each window. Range: [1, 2147483648].
    * @param alpha Scale of the sum of squares (finite). (default `0.0001`)
    * @param beta Exponent (finite). (default `0.75`)
    * @param bias Added before the power (finite; keep bias + alpha/size*sum positive). (default `1.0`)
    * @return Normalized x, same shape and dtype.
    * @example {{{
    * // three channels, size 3
    * val y = Ops.lrn(Tensor(Array(1.0, 2.0, 3.0), Seq(1, 3, 1)), 3L, alpha = 3.0, beta = 1.0, bias = 1.0)
    * // y: float64 [1, 3, 1] = [[[0.16666666666666666], [0.13333333333333333], [0.21428571428571427]]]
    * }}}
    */
  def lrn(x: Tensor, size: Long, alpha: Double = 0.0001, beta: Double = 0.75, bias: Double = 1.0): Tensor =
    Runtime.call1(LrnOp, Array(x), Attrs(4).set(0, size).set(1, alpha).set(2, beta).set(3, bias))
}
