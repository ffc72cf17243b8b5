package tessera

import java.nio.file.{Files, Path}

import scala.util.Using

/** Model: ONNX import (checked against the ONNX test data and values computed here), tracing
  * (against eager calls and hand-derived values), export round trips, and errors.
  */
class ModelSuite extends munit.FunSuite {
  private val addBcast: Path = TestRegistry.root.resolve("../shared/conformance/onnx-node/test_add_bcast").normalize

  private def conformance(): Path = {
    assume(Files.isRegularFile(addBcast.resolve("model.onnx")), s"conformance data not found at $addBcast")
    addBcast
  }

  private def proto(p: Path): Tensor = Model.readTensorProto(Files.readAllBytes(p))

  private def f32(values: Float*)(shape: Long*): Tensor = Tensor(values.toArray, shape)

  private def assertClose(actual: Array[Float], expected: Array[Float], tol: Float = 1e-5f)(using munit.Location): Unit = {
    assertEquals(actual.length, expected.length)
    actual.indices.foreach { i =>
      assert(math.abs(actual(i) - expected(i)) <= tol * (1 + math.abs(expected(i))), s"element $i: ${actual(i)} != ${expected(i)}")
    }
  }

  // A one-node ONNX model (opset 14) with an LSTM node, which the importer does not convert:
  //   helper.make_model(helper.make_graph([helper.make_node("LSTM", ["x", "w", "r"], ["y"], name="lstm0",
  //     hidden_size=1)], "lstm", [x: FLOAT [1, 1, 2]], [y: FLOAT [1, 1, 1, 1]],
  //     initializer=[w: zeros (1, 4, 2), r: zeros (1, 4, 1)]), opset 14, ir_version 8).SerializeToString()
  // written once with the onnx 1.18 Python package (onnx.checker accepts it).
  private val lstmModel: Array[Byte] = Array[Int](
    8, 8, 18, 1, 116, 58, -71, 1, 10, 45, 10, 1, 120, 10, 1, 119, 10, 1, 114, 18, 1, 121, 26, 5, 108, 115, 116, 109, 48, 34, 4,
    76, 83, 84, 77, 42, 18, 10, 11, 104, 105, 100, 100, 101, 110, 95, 115, 105, 122, 101, 24, 1, -96, 1, 2, 18, 4, 108, 115,
    116, 109, 42, 45, 8, 1, 8, 4, 8, 2, 16, 1, 66, 1, 119, 74, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 29, 8, 1, 8, 4, 8, 1, 16, 1, 66, 1, 114, 74, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 90, 23, 10, 1, 120, 18, 18, 10, 16, 8, 1, 18, 12, 10, 2, 8, 1, 10, 2, 8, 1, 10, 2, 8, 2, 98, 27, 10, 1, 121, 18, 22,
    10, 20, 8, 1, 18, 16, 10, 2, 8, 1, 10, 2, 8, 1, 10, 2, 8, 1, 10, 2, 8, 1, 66, 4, 10, 0, 16, 14).map(_.toByte)

  // Relu over x: FLOAT ["n", 3] -> y: FLOAT ["n", 3] (opset 14): a dynamic first dimension.
  private val reluDynamicModel: Array[Byte] = Array[Int](
    8, 8, 18, 1, 116, 58, 64, 10, 12, 10, 1, 120, 18, 1, 121, 34, 4, 82, 101, 108, 117, 18, 4, 114, 101, 108, 117, 90, 20, 10, 1,
    120, 18, 15, 10, 13, 8, 1, 18, 9, 10, 3, 18, 1, 110, 10, 2, 8, 3, 98, 20, 10, 1, 121, 18, 15, 10, 13, 8, 1, 18, 9, 10, 3, 18,
    1, 110, 10, 2, 8, 3, 66, 4, 10, 0, 16, 14).map(_.toByte)

  test("ONNX test_add_bcast: inputs, outputs, run against output_0.pb and against sums computed here") {
    val dir = conformance()
    Using.Manager { use =>
      val m = use(Model.load(dir.resolve("model.onnx").toString))
      assertEquals(m.inputs, Seq(ModelInput("x", DType.Float32, Some(Seq(Some(3L), Some(4L), Some(5L)))), ModelInput("y", DType.Float32, Some(Seq(Some(5L))))))
      assertEquals(m.outputNames, Seq("sum"))
      val x = use(proto(dir.resolve("test_data_set_0/input_0.pb")))
      val y = use(proto(dir.resolve("test_data_set_0/input_1.pb")))
      val expected = use(proto(dir.resolve("test_data_set_0/output_0.pb")))
      assertEquals((x.shape, y.shape, expected.shape), (Seq(3L, 4L, 5L), Seq(5L), Seq(3L, 4L, 5L)))

      val out = m.run(Map("y" -> y, "x" -> x)) // by name, in any order
      assertEquals(out.keys.toSeq, Seq("sum"))
      val z = use(out("sum"))
      assertEquals(z.shape, Seq(3L, 4L, 5L))
      assertEquals(z.dtype, DType.Float32)
      assertClose(z.toFloatArray, expected.toFloatArray, 1e-6f)
      // Independently: z[i, j, k] = x[i, j, k] + y[k].
      val xs = x.toFloatArray
      val ys = y.toFloatArray
      assertClose(z.toFloatArray, Array.tabulate(60)(i => xs(i) + ys(i % 5)), 1e-6f)

      val byOrder = use(m.run(Seq(x, y))("sum")) // in input order
      assertClose(byOrder.toFloatArray, expected.toFloatArray, 1e-6f)
      val stats = m.planStats // the second run with these shapes used the plan: one Add node
      assertEquals(stats.nodes, 1, stats.toString)
      assert(stats.arenaBytes >= 0 && stats.arenaBytes <= stats.unsharedBytes, stats.toString)
      assert(m.toString.contains("x: float32[3, 4, 5]"), m.toString)
    }.get
  }

  test("a dynamic input dimension: shape None for it, runs with several batch sizes") {
    Using.Manager { use =>
      val m = use(Model.fromBytes(reluDynamicModel))
      assertEquals(m.inputs, Seq(ModelInput("x", DType.Float32, Some(Seq(None, Some(3L))))))
      assertEquals(m.outputNames, Seq("y"))
      val early = intercept[InvalidArgumentException](m.toBytes) // no fixed shape to export yet
      assertEquals((early.op, early.arg), (Some("Model.toBytes"), Some("this")))
      assert(early.getMessage.contains("run the model once"), early.getMessage)
      val a = use(m.run(Seq(use(f32(-1, 2, -3, 4, -5, 6)(2, 3))))("y"))
      assertEquals(a.shape, Seq(2L, 3L))
      assertClose(a.toFloatArray, Array(0f, 2f, 0f, 4f, 0f, 6f))
      val b = use(m.run(Seq(use(f32(1, -1, 0.5f)(1, 3))))("y"))
      assertClose(b.toFloatArray, Array(1f, 0f, 0.5f))
    }.get
  }

  test("trace matmul + relu: inputs become graph inputs, other tensors constants; runs like eager calls") {
    Using.Manager { use =>
      val w = use(f32(1, -1, 2, 0, -1, 3)(3, 2)) // captured: becomes a constant
      val x0 = use(f32(1, 2, 3, 4, 5, 6)(2, 3))
      val m = use(Model.trace(Seq("x" -> x0)) { xs =>
        Seq("y" -> use(Ops.relu(use(Ops.matmul(xs(0), w)))))
      })
      assertEquals(m.inputs, Seq(ModelInput("x", DType.Float32, Some(Seq(Some(2L), Some(3L))))))
      assertEquals(m.outputNames, Seq("y"))

      val x1 = use(f32(-1, 0.5f, 2, 3, -2, 1)(2, 3))
      val traced = use(m.run(Map("x" -> x1))("y"))
      val eager = use(Ops.relu(use(Ops.matmul(x1, w))))
      assertEquals(traced.shape, Seq(2L, 2L))
      assertClose(traced.toFloatArray, eager.toFloatArray, 0f)
      // By hand: x1 @ w = [[-1 + 1 - 2, 1 + 0 + 6], [3 - 4 - 1, -3 + 0 + 3]] = [[-2, 7], [-2, 0]]; relu.
      assertClose(traced.toFloatArray, Array(0f, 7f, 0f, 0f))
      val stats = m.planStats
      assertEquals(stats.nodes, 2, stats.toString) // matmul, relu
      assert(stats.arenaBytes <= stats.unsharedBytes, stats.toString)
    }.get
  }

  test("trace with one output (output_0), several inputs, and a result that is an input") {
    Using.Manager { use =>
      val a = use(f32(1, 2, 3)(3))
      val b = use(f32(10, 20, 30)(3))
      val m = use(Model.trace(Seq("a" -> a, "b" -> b))(xs => use(use(xs(0) * xs(1)) + xs(0))))
      assertEquals(m.inputs.map(_.name), Seq("a", "b"))
      assertEquals(m.outputNames, Seq("output_0"))
      val out = use(m.run(Seq(use(f32(2, 0, -1)(3)), use(f32(3, 4, 5)(3))))("output_0"))
      assertClose(out.toFloatArray, Array(8f, 0f, -6f)) // a * b + a
      val id = use(Model.trace(Seq("a" -> a))(xs => Seq("same" -> xs(0), "neg" -> use(-xs(0)))))
      val res = id.run(Seq(b))
      assertEquals(res.keys.toSeq, Seq("same", "neg"))
      assertClose(use(res("same")).toFloatArray, Array(10f, 20f, 30f))
      assertClose(use(res("neg")).toFloatArray, Array(-10f, -20f, -30f))
    }.get
  }

  test("trace stops when fn throws: the error propagates, no graph is left, the thread traces no more") {
    Using.Manager { use =>
      val x = use(f32(1, -2, 3)(3))
      val before = Model.liveCount
      val boom = new IllegalStateException("boom")
      val fails: Seq[Tensor] => Tensor = xs => { // typed: a lambda that only throws fits both overloads
        use(Ops.relu(xs(0)))
        throw boom
      }
      val e = intercept[IllegalStateException](Model.trace(Seq("x" -> x))(fails))
      assert(e eq boom)
      assertEquals(Model.liveCount, before)
      // An engine error inside fn also stops the trace.
      intercept[ShapeMismatchException](Model.trace(Seq("x" -> x))(xs => Ops.add(xs(0), use(f32(1, 2)(2)))))
      // Eager calls work afterwards and a new trace records only its own calls.
      assertClose(use(Ops.neg(x)).toFloatArray, Array(-1f, 2f, -3f))
      val m = use(Model.trace(Seq("x" -> x))(xs => use(xs(0) * 3)))
      assertClose(use(m.run(Seq(x))("output_0")).toFloatArray, Array(3f, -6f, 9f))
    }.get
  }

  test("trace: bad outputs stop the trace with InvalidArgumentException") {
    Using.Manager { use =>
      val x = use(f32(1, 2)(2))
      val before = Model.liveCount
      val none = intercept[InvalidArgumentException](Model.trace(Seq("x" -> x))(_ => Seq.empty[(String, Tensor)]))
      assertEquals((none.op, none.arg), (Some("Model.trace"), Some("fn")))
      intercept[InvalidArgumentException](Model.trace(Seq("x" -> x))(xs => Seq("y" -> xs(0), "y" -> xs(0))))
      intercept[InvalidArgumentException](Model.trace(Seq("x" -> x))(_ => Seq("y" -> (null: Tensor))))
      val outside = use(f32(5, 6)(2)) // neither an input nor computed while tracing
      val notTraced = intercept[InvalidArgumentException](Model.trace(Seq("x" -> x))(_ => Seq("w" -> outside)))
      assertEquals((notTraced.op, notTraced.arg), (Some("Model.trace"), Some("fn")))
      intercept[InvalidArgumentException](Model.trace(Seq("x" -> x, "x" -> x))(xs => use(xs(0) + xs(1))))
      val closed = use(f32(1)(1))
      closed.close()
      intercept[ReleasedTensorException](Model.trace(Seq("x" -> closed))(xs => xs(0)))
      assertEquals(Model.liveCount, before)
      val m = use(Model.trace(Seq("x" -> x))(xs => use(xs(0) + 1)))
      assertClose(use(m.run(Seq(x))("output_0")).toFloatArray, Array(2f, 3f))
    }.get
  }

  test("toBytes -> fromBytes round trip, exportTo -> load, for traced and imported models") {
    Using.Manager { use =>
      val w = use(f32(0.5f, -1, 2, 1)(2, 2))
      val x = use(f32(1, 2, 3, 4)(2, 2))
      val m = use(Model.trace(Seq("x" -> x))(xs => Seq("y" -> use(Ops.relu(use(Ops.matmul(xs(0), w)))))))
      val bytes = m.toBytes
      assert(bytes.length > 0)
      val back = use(Model.fromBytes(bytes))
      assertEquals(back.inputs, m.inputs)
      assertEquals(back.outputNames, m.outputNames)
      val x2 = use(f32(-1, 1, 2, -2)(2, 2))
      // x2 @ w = [[-0.5 + 2, 1 + 1], [1 - 4, -2 - 2]] = [[1.5, 2], [-3, -4]]; relu.
      assertClose(use(back.run(Seq(x2))("y")).toFloatArray, Array(1.5f, 2f, 0f, 0f))
      assertClose(use(m.run(Seq(x2))("y")).toFloatArray, Array(1.5f, 2f, 0f, 0f))

      val file = Files.createTempFile("tessera-model-", ".onnx")
      try {
        m.exportTo(file.toString)
        assert(Files.size(file) > 0)
        val loaded = use(Model.load(file))
        assertClose(use(loaded.run(Map("x" -> x2))("y")).toFloatArray, Array(1.5f, 2f, 0f, 0f))
      } finally Files.deleteIfExists(file)

      val dyn = use(Model.fromBytes(reluDynamicModel))
      use(dyn.run(Seq(use(f32(-1, 2, 3)(1, 3))))("y")) // fixes the shapes for export
      val dynBack = use(Model.fromBytes(dyn.toBytes))
      assertClose(use(dynBack.run(Seq(use(f32(4, -5, 6)(1, 3))))("y")).toFloatArray, Array(4f, 0f, 6f))
    }.get
  }

  test("imported ONNX model round trip through toBytes keeps its results") {
    val dir = conformance()
    Using.Manager { use =>
      val m = use(Model.fromBytes(Files.readAllBytes(dir.resolve("model.onnx")), Some(dir.toString)))
      val x = use(proto(dir.resolve("test_data_set_0/input_0.pb")))
      val y = use(proto(dir.resolve("test_data_set_0/input_1.pb")))
      val expected = use(proto(dir.resolve("test_data_set_0/output_0.pb")))
      val back = use(Model.fromBytes(m.toBytes))
      assertEquals(back.inputs.map(i => (i.name, i.dtype)), Seq("x" -> DType.Float32, "y" -> DType.Float32))
      assertClose(use(back.run(Map("x" -> x, "y" -> y))(back.outputNames.head)).toFloatArray, expected.toFloatArray, 1e-6f)
    }.get
  }

  test("feeds: wrong name, count, dtype, shape, null or closed tensor") {
    Using.Manager { use =>
      val m = use(Model.fromBytes(reluDynamicModel))
      val x = use(f32(1, 2, 3)(1, 3))
      val unknown = intercept[InvalidArgumentException](m.run(Map("z" -> x)))
      assertEquals((unknown.op, unknown.arg), (Some("Model.run"), Some("feeds")))
      assert(unknown.getMessage.contains("missing: [x]") && unknown.getMessage.contains("unknown: [z]"), unknown.getMessage)
      intercept[InvalidArgumentException](m.run(Map("x" -> x, "extra" -> x)))
      intercept[InvalidArgumentException](m.run(Seq(x, x)))
      intercept[InvalidArgumentException](m.run(Seq.empty[Tensor]))
      val dt = intercept[DTypeMismatchException](m.run(Seq(use(Tensor(Array(1.0, 2.0, 3.0), Seq(1, 3))))))
      assertEquals(dt.status, Status.DTypeMismatch)
      intercept[ShapeMismatchException](m.run(Map("x" -> use(f32(1, 2, 3, 4)(1, 4)))))
      intercept[ShapeMismatchException](m.run(Seq(use(f32(1, 2, 3)(3)))))
      intercept[InvalidArgumentException](m.run(Seq(null: Tensor)))
      val closed = f32(1, 2, 3)(1, 3)
      closed.close()
      intercept[ReleasedTensorException](m.run(Seq(closed)))
      // The model still runs after the errors.
      assertClose(use(m.run(Seq(x))("y")).toFloatArray, Array(1f, 2f, 3f))
    }.get
  }

  test("import errors: unsupported operator, garbage bytes, missing file, bad TensorProto") {
    val before = Model.liveCount
    val lstm = intercept[UnsupportedException](Model.fromBytes(lstmModel))
    assertEquals(lstm.status, Status.Unsupported)
    assert(lstm.getMessage.contains("LSTM"), lstm.getMessage)
    val garbage = Array[Byte](1, 2, 3, -1, -2, 42, 0, 7, 99, -128)
    val bad = intercept[InvalidArgumentException](Model.fromBytes(garbage))
    assertEquals(bad.status, Status.InvalidArgument)
    intercept[InvalidArgumentException](Model.fromBytes(Array.emptyByteArray))
    intercept[InvalidArgumentException](Model.fromBytes(lstmModel.take(60)))
    intercept[TesseraException](Model.load("/nonexistent/tessera/model.onnx"))
    intercept[InvalidArgumentException](Model.fromBytes(null))
    intercept[TesseraException](Model.readTensorProto(garbage))
    assertEquals(Model.liveCount, before)
  }

  test("close: idempotent, later calls raise InvalidHandleException, names stay readable") {
    Using.Manager { use =>
      val before = Model.liveCount
      val m = Model.fromBytes(reluDynamicModel)
      assertEquals(Model.liveCount, before + 1)
      m.close()
      m.close()
      assert(m.isClosed)
      assertEquals(Model.liveCount, before)
      val x = use(f32(1, 2, 3)(1, 3))
      val e = intercept[InvalidHandleException](m.run(Seq(x)))
      assertEquals((e.op, e.arg, e.status), (Some("Model.run"), Some("this"), Status.InvalidHandle))
      intercept[InvalidHandleException](m.toBytes)
      intercept[InvalidHandleException](m.planStats)
      intercept[InvalidHandleException](m.exportTo("/tmp/never-written.onnx"))
      assertEquals(m.outputNames, Seq("y"))
      assert(m.toString.endsWith("<closed>"), m.toString)
    }.get
  }

  test("one model shared by several threads: runs are serialized and each gets its own outputs") {
    Using.Manager { use =>
      val x0 = use(f32(1, 2, 3)(1, 3))
      val m = use(Model.trace(Seq("x" -> x0))(xs => use(xs(0) * 2)))
      val pool = java.util.concurrent.Executors.newFixedThreadPool(4)
      try {
        val jobs = (0 until 40).map { k =>
          pool.submit(() =>
            Using.Manager { u =>
              val x = u(f32(k.toFloat, -k.toFloat, 0.5f)(1, 3))
              u(m.run(Seq(x))("output_0")).toFloatArray.toSeq
            }.get)
        }
        jobs.zipWithIndex.foreach { case (j, k) => assertEquals(j.get, Seq(2f * k, -2f * k, 1f)) }
      } finally pool.shutdown()
    }.get
  }

  test("models that are never closed are released by the cleaner") {
    val before = Model.liveCount
    (1 to 200).foreach(_ => Model.fromBytes(reluDynamicModel))
    val deadline = System.nanoTime + 10_000_000_000L
    while (Model.liveCount > before && System.nanoTime < deadline) {
      System.gc()
      Thread.sleep(20)
    }
    assertEquals(Model.liveCount, before)
  }

  test("the README and Scaladoc examples") {
    Using.Manager { use =>
      val w = use(Tensor(Array(1f, -1f, 2f, 0f, -1f, 3f), Seq(3, 2)))
      val x = use(Tensor(Array(1f, 2f, 3f, 4f, 5f, 6f), Seq(2, 3)))
      val traced = use(Model.trace(Seq("x" -> x)) { xs =>
        Seq("y" -> use(Ops.relu(use(Ops.matmul(xs(0), w)))))
      })
      val file = Files.createTempFile("tessera-readme-", ".onnx")
      try traced.exportTo(file.toString)
      finally Files.deleteIfExists(file)
      val again = use(Model.fromBytes(traced.toBytes))
      // x @ w = [[1 + 4 - 3, -1 + 0 + 9], [4 + 10 - 6, -4 + 0 + 18]] = [[2, 8], [8, 14]], all positive.
      assertEquals(use(again.run(Seq(x))("y")).toFloatArray.toSeq, Seq(2f, 8f, 8f, 14f))
      assertEquals(traced.planStats.nodes, 0) // not run yet
      use(traced.run(Seq(x))("y"))
      assertEquals(traced.planStats.nodes, 2)

      val x0 = use(Tensor(Array(1f, -2f, 3f, -4f), Seq(2, 2)))
      val m = use(Model.trace(Seq("x" -> x0)) { case Seq(x) => use(Ops.relu(x)) * 2 })
      val out = m.run(Map("x" -> use(Tensor(Array(-1f, 5f, 0.5f, 0f), Seq(2, 2)))))
      assertEquals(use(out("output_0")).toFloatArray.toSeq, Seq(0f, 10f, 1f, 0f))
      val back = use(Model.fromBytes(m.toBytes))
      assertEquals(use(back.run(Seq(x0))("output_0")).toFloatArray.toSeq, Seq(2f, 0f, 6f, 0f))
    }.get
  }

  test("importerJson lists the converters") {
    val json = ujson.read(Model.importerJson)
    val text = json.toString
    assert(text.contains("\"Add\""), text.take(200))
    assert(text.contains("\"Relu\""), text.take(200))
  }
}
