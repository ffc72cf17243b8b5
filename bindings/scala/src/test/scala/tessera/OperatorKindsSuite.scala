package tessera

import scala.util.Using

/** The operator shapes beyond "tensors in, one tensor out", through the typed methods: a variadic
  * output (split, up to [[Runtime.MaxOutputs]] pieces), several outputs (tuples), optional inputs
  * left out in the middle or at the end, enum and string attributes, ±inf float defaults and
  * index-valued inputs (class labels, gather indices: 0-based, passed to the engine unchanged).
  */
class OperatorKindsSuite extends munit.FunSuite {
  private def assertClose(got: Array[Double], want: Seq[Double], tol: Double = 1e-6)(using munit.Location): Unit = {
    assertEquals(got.length, want.length, s"element count: got ${got.toSeq}")
    got.zip(want).zipWithIndex.foreach { case ((g, w), i) =>
      assert(math.abs(g - w) <= tol, s"element $i: got $g, expected $w (all: ${got.toSeq})")
    }
  }

  private def closeAll(ts: Iterable[Tensor]): Unit = ts.foreach(_.close())

  // ---- variadic output ----------------------------------------------------------------------

  test("split returns a Seq with the run-time number of pieces") {
    Using.resource(Tensor(Array.tabulate(10)(_.toFloat), Seq(5, 2))) { x =>
      val pieces = Ops.split(x, split = Seq(2L, 3L))
      try {
        assertEquals(pieces.length, 2)
        assertEquals(pieces.map(_.shape), Seq(Seq(2L, 2L), Seq(3L, 2L)))
        assertEquals(pieces(1).toFloatArray.toSeq, Seq(4f, 5f, 6f, 7f, 8f, 9f))
      } finally closeAll(pieces)
      val thirds = x.split(axis = -1, numOutputs = 2L) // method form
      try assertEquals(thirds.map(_.toFloatArray.toSeq), Seq(Seq(0f, 2f, 4f, 6f, 8f), Seq(1f, 3f, 5f, 7f, 9f)))
      finally closeAll(thirds)
    }
  }

  test("split into 64 pieces (the most one call returns); the pieces outlive their input") {
    val x = Tensor(Array.tabulate(128)(_.toLong), Seq(128))
    val pieces = Ops.split(x, numOutputs = 64L)
    x.close()
    try {
      assertEquals(pieces.length, Runtime.MaxOutputs)
      assertEquals(pieces.map(_.toLongArray.toSeq), (0 until 64).map(k => Seq(2L * k, 2L * k + 1)))
    } finally closeAll(pieces)
  }

  test("split past 64 pieces is a clear error that leaks nothing") {
    Using.resource(Tensor(Array.fill(65)(1f), Seq(65))) { x =>
      val before = Tensor.liveCount
      val e = intercept[TesseraException](Ops.split(x, split = Seq.fill(65)(1L)))
      assertEquals(e.op, Some("split"))
      assert(Tensor.liveCount <= before, s"live tensors grew from $before to ${Tensor.liveCount}")
    }
  }

  test("split through OpTable.invoke by registry name") {
    Using.resource(Tensor(Array(1, 2, 3, 4, 5, 6, 7), Seq(1, 7))) { x =>
      val out = OpTable.invoke("split", Seq(x), Map("axis" -> -1, "num_outputs" -> 3))
      try assertEquals(out.map(_.toIntArray.toSeq), Seq(Seq(1, 2, 3), Seq(4, 5, 6), Seq(7)))
      finally closeAll(out)
    }
  }

  // ---- several outputs ----------------------------------------------------------------------

  test("two outputs come back as a tuple (top_k, dropout)") {
    Using.Manager { use =>
      val x = use(Tensor(Array(1f, 5f, 3f, 4f), Seq(4)))
      val (values, indices) = Ops.topK(x, 2L)
      use(values); use(indices)
      assertEquals(values.toFloatArray.toSeq, Seq(5f, 4f))
      assertEquals(indices.dtype, DType.Int64)
      assertEquals(indices.toLongArray.toSeq, Seq(1L, 3L))

      val d = use(Tensor(Array(1.0, 2.0, 3.0, 4.0), Seq(2, 2)))
      val (y, mask) = d.dropout(ratio = 0.5, training = true, seed = 7L)
      use(y); use(mask)
      assertEquals(y.toDoubleArray.toSeq, Seq(0.0, 0.0, 6.0, 8.0))
      assertEquals(mask.toBooleanArray.toSeq, Seq(false, false, true, true))
    }.get
  }

  test("three outputs (adam_update)") {
    Using.Manager { use =>
      val w = use(Tensor(Array(1.0, -0.5)))
      val g = use(Tensor(Array(0.1, 0.2)))
      val zero = use(Tensor(Array(0.0, 0.0)))
      val (nw, m, v) = Ops.adamUpdate(w, g, zero, zero, lr = 0.01, step = 1L, weightDecay = 0.1)
      use(nw); use(m); use(v)
      assertClose(nw.toDoubleArray, Seq(0.9900000005, -0.5099999993333334), 1e-12)
      assertClose(m.toDoubleArray, Seq(0.02, 0.015), 1e-12)
      assertClose(v.toDoubleArray, Seq(4.0e-05, 2.25e-05), 1e-15)
    }.get
  }

  // ---- optional inputs ----------------------------------------------------------------------

  test("an optional input defaults to None and can be given by name (gemm c)") {
    Using.Manager { use =>
      val a = use(Tensor(Array(1f, 2f, 3f, 4f), Seq(2, 2)))
      val eye = use(Tensor(Array(1f, 0f, 0f, 1f), Seq(2, 2)))
      val c = use(Tensor(Array(10f, 20f)))
      assertEquals(use(Ops.gemm(a, eye)).toFloatArray.toSeq, Seq(1f, 2f, 3f, 4f))
      assertEquals(use(Ops.gemm(a, eye, Some(c))).toFloatArray.toSeq, Seq(11f, 22f, 13f, 24f))
      assertEquals(use(a.gemm(eye, c = Some(c), beta = 0.5)).toFloatArray.toSeq, Seq(6f, 12f, 8f, 14f))
      assertEquals(use(Ops.gemm(a, eye, None, alpha = 2.0)).toFloatArray.toSeq, Seq(2f, 4f, 6f, 8f))
    }.get
  }

  test("an optional input left out in the middle (layer_norm with bias but no scale)") {
    Using.Manager { use =>
      val x = use(Tensor(Array(1.0, 2.0, 3.0), Seq(1, 3)))
      val s = math.sqrt(1.5) // (x - mean) / sqrt(var), var = 2/3
      val bias = use(Tensor(Array(1.0, 1.0, 1.0)))
      val scale = use(Tensor(Array(2.0, 2.0, 2.0)))
      assertClose(use(Ops.layerNorm(x, epsilon = 0.0)).toDoubleArray, Seq(-s, 0.0, s))
      assertClose(use(Ops.layerNorm(x, bias = Some(bias), epsilon = 0.0)).toDoubleArray, Seq(1 - s, 1.0, 1 + s))
      assertClose(use(Ops.layerNorm(x, scale = Some(scale), epsilon = 0.0)).toDoubleArray, Seq(-2 * s, 0.0, 2 * s))
      assertClose(use(x.layerNorm(Some(scale), Some(bias), epsilon = 0.0)).toDoubleArray, Seq(1 - 2 * s, 1.0, 1 + 2 * s))
      // the same through OpTable: only trailing optional inputs can be left out of a list
      val out = OpTable.invoke("layer_norm", Seq(x, scale), Map("epsilon" -> 0.0))
      try assertClose(out.head.toDoubleArray, Seq(-2 * s, 0.0, 2 * s)) finally closeAll(out)
    }.get
  }

  test("conv with and without its optional bias") {
    Using.Manager { use =>
      val x = use(Tensor(Array.tabulate(9)(_.toFloat), Seq(1, 1, 3, 3)))
      val w = use(Tensor(Array(1f, 1f, 1f, 1f), Seq(1, 1, 2, 2)))
      val b = use(Tensor(Array(100f)))
      assertEquals(use(Ops.conv(x, w)).toFloatArray.toSeq, Seq(8f, 12f, 20f, 24f))
      assertEquals(use(Ops.conv(x, w, Some(b))).toFloatArray.toSeq, Seq(108f, 112f, 120f, 124f))
    }.get
  }

  test("a closed tensor as an optional input is a ReleasedTensorException naming it") {
    val x = Tensor(Array(1.0, 2.0, 3.0), Seq(1, 3))
    val bias = Tensor(Array(1.0, 1.0, 1.0))
    bias.close()
    try {
      val e = intercept[ReleasedTensorException](Ops.layerNorm(x, None, Some(bias)))
      assertEquals((e.op, e.arg), (Some("layer_norm"), Some("bias")))
    } finally x.close()
  }

  // ---- enum and string attributes, ±inf defaults ----------------------------------------------

  test("enum attributes: Scala enum values, registry names through OpTable, bad names rejected") {
    Using.Manager { use =>
      val x = use(Tensor(Array(1.0)))
      assertClose(use(Ops.gelu(x)).toDoubleArray, Seq(0.8413447460685429), 1e-12)
      assertClose(use(x.gelu(approximate = GeluApproximate.Tanh)).toDoubleArray, Seq(0.8411919906082768), 1e-12)
      val out = OpTable.invoke("gelu", Seq(x), Map("approximate" -> "tanh"))
      try assertClose(out.head.toDoubleArray, Seq(0.8411919906082768), 1e-12) finally closeAll(out)
      val e = intercept[InvalidAttributeException](OpTable.invoke("gelu", Seq(x), Map("approximate" -> "fast")))
      assertEquals((e.op, e.arg), (Some("gelu"), Some("approximate")))
      assert(e.getMessage.contains("\"tanh\""), e.getMessage)

      val v = use(Tensor(Array(1f, 2f, 3f)))
      assertEquals(use(Ops.pad(v, Seq(1L, 1L), mode = PadMode.Reflect)).toFloatArray.toSeq, Seq(2f, 1f, 2f, 3f, 2f))
      assertEquals(use(Ops.pad(v, Seq(1L, 1L), mode = PadMode.Edge)).toFloatArray.toSeq, Seq(1f, 1f, 2f, 3f, 3f))
    }.get
  }

  test("string attributes (einsum equation); a bad equation is a clear error") {
    Using.Manager { use =>
      val a = use(Tensor(Array(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), Seq(2, 3)))
      val b = use(Tensor(Array(7.0, 8.0, 9.0, 10.0, 11.0, 12.0), Seq(3, 2)))
      assertEquals(use(Ops.einsum(Seq(a, b), "ij,jk->ik")).toDoubleArray.toSeq, Seq(58.0, 64.0, 139.0, 154.0))
      assertEquals(use(Ops.einsum(Seq(a), "ij->ji")).shape, Seq(3L, 2L))
      val e = intercept[TesseraException](Ops.einsum(Seq(a, b), "ij,jk->iz"))
      assertEquals(e.op, Some("einsum"))
    }.get
  }

  test("float defaults of ±inf (clip)") {
    val defaults = Ops.getClass.getMethods.filter(_.getName.startsWith("clip$default$")).sortBy(_.getName).map(_.invoke(Ops))
    assertEquals(defaults.toSeq, Seq[Any](Double.NegativeInfinity, Double.PositiveInfinity))
    Using.Manager { use =>
      val x = use(Tensor(Array(-1e300, -2.0, 0.5, 1e300)))
      assertEquals(use(Ops.clip(x)).toDoubleArray.toSeq, Seq(-1e300, -2.0, 0.5, 1e300))
      assertEquals(use(x.clip(max = 0.0)).toDoubleArray.toSeq, Seq(-1e300, -2.0, 0.0, 0.0))
      assertEquals(use(x.clip(min = -1.0)).toDoubleArray.toSeq, Seq(-1.0, -1.0, 0.5, 1e300))
    }.get
  }

  // ---- index-valued inputs --------------------------------------------------------------------

  test("class labels are 0-based and passed unchanged (softmax_cross_entropy, nll_loss)") {
    Using.Manager { use =>
      val logits = use(Tensor(Array(0.0, 0.0, 0.0, 10.0), Seq(2, 2)))
      val labels = use(Tensor(Array(1L, -100L))) // -100: the default ignore_index
      val (loss, logProb) = Ops.softmaxCrossEntropy(logits, labels)
      use(loss); use(logProb)
      assertClose(loss.toDoubleArray, Seq(math.log(2)), 1e-12)
      assertEquals(logProb.shape, Seq(2L, 2L))
      val labels32 = use(Tensor(Array(0, 1)))
      val (perRow, _) = Ops.softmaxCrossEntropy(logits, labels32, reduction = SoftmaxCrossEntropyReduction.None)
      use(perRow)
      assertClose(perRow.toDoubleArray, Seq(math.log(2), math.log1p(math.exp(-10))), 1e-12)
      val nll = use(Ops.nllLoss(logProb, labels32, reduction = NllLossReduction.Sum))
      assertClose(nll.toDoubleArray, Seq(math.log(2) + math.log1p(math.exp(-10))), 1e-12)
      val bad = use(Tensor(Array(2L, 0L)))
      val e = intercept[TesseraException](Ops.nllLoss(logProb, bad))
      assertEquals(e.op, Some("nll_loss"))
    }.get
  }

  test("gather indices are 0-based; negative ones count from the end") {
    Using.Manager { use =>
      val x = use(Tensor(Array(10f, 20f, 30f)))
      val idx = use(Tensor(Array(0L, -1L, 1L)))
      assertEquals(use(x.gather(idx)).toFloatArray.toSeq, Seq(10f, 30f, 20f))
    }.get
  }
}
