package tessera

import scala.util.Using

/** Bad input gives a TesseraException subclass naming the operator and argument, never a crash. */
class ErrorsSuite extends munit.FunSuite {
  private def f32(values: Float*)(shape: Long*): Tensor = Tensor(values.toArray, shape)

  test("wrong shapes: ShapeMismatchException with status, operator and argument") {
    Using.Manager { use =>
      val a = use(f32(1, 2, 3, 4, 5, 6)(2, 3))
      val b = use(f32(1, 2, 3, 4)(4))
      val e = intercept[ShapeMismatchException](Ops.add(a, b))
      assertEquals(e.status, Status.ShapeMismatch)
      assertEquals(e.statusName, "TSR_ERR_SHAPE_MISMATCH")
      assertEquals(e.op, Some("add"))
      assert(e.arg.nonEmpty)
      assert(e.getMessage.startsWith("add: "), e.getMessage)
      assert(e.isInstanceOf[TesseraException])
      intercept[ShapeMismatchException](Ops.matmul(a, a))
      intercept[ShapeMismatchException](a + b)
      val r = intercept[TesseraException](a.reshape(Seq(4, 2)))
      assertEquals(r.op, Some("reshape"))
    }.get
  }

  test("wrong dtypes: DTypeMismatchException") {
    Using.Manager { use =>
      val a = use(f32(1, 2)(2))
      val i = use(Tensor(Array(1, 2)))
      val e = intercept[DTypeMismatchException](Ops.add(a, i))
      assertEquals(e.op, Some("add"))
      assertEquals(e.status, Status.DTypeMismatch)
      val c = use(Tensor(Array(true, false)))
      val w = intercept[DTypeMismatchException](Ops.where(a, a, a))
      assertEquals(w.op, Some("where"))
      assertEquals(w.arg, Some("condition"))
      intercept[DTypeMismatchException](Ops.matmul(c, c))
    }.get
  }

  test("attribute values out of range: InvalidAttributeException naming the attribute") {
    Using.Manager { use =>
      val x = use(f32(1, 2, 3, 4)(2, 2))
      val e = intercept[TesseraException](Ops.softmax(x, axis = 5))
      assertEquals(e.op, Some("softmax"))
      assertEquals(e.arg, Some("axis"))
      val s = intercept[TesseraException](x.sum(axes = Seq(0, 7)))
      assertEquals(s.arg, Some("axes"))
      val t = intercept[TesseraException](x.transpose(Seq(0, 0)))
      assertEquals(t.arg, Some("perm"))
      intercept[TesseraException](Ops.arange(0, 5, step = 0))
    }.get
  }

  test("attribute types are checked by the compiler") {
    assert(compileErrors("Ops.sum(null: Tensor, axes = \"0\")").contains("Found:"))
    assert(compileErrors("Ops.softmax(null: Tensor, axis = 1.5)").nonEmpty)
    assert(compileErrors("Ops.cast(null: Tensor, dtype = \"int32\")").nonEmpty)
    assert(compileErrors("Ops.reshape(null: Tensor)").contains("missing argument"))
    assert(compileErrors("Ops.sum(null: Tensor, axis = Seq(0))").nonEmpty, "unknown parameter name")
  }

  test("by-name calls: unknown operator, unknown/ill-typed/missing attributes, wrong input count") {
    Using.Manager { use =>
      val x = use(f32(1, 2, 3, 4)(2, 2))
      val nf = intercept[NotFoundException](OpTable.invoke("no_such_op", Seq(x)))
      assertEquals(nf.op, Some("no_such_op"))
      assertEquals(nf.status, Status.NotFound)
      val unknown = intercept[InvalidAttributeException](OpTable.invoke("sum", Seq(x), Map("axis" -> 0)))
      assertEquals((unknown.op, unknown.arg), (Some("sum"), Some("axis")))
      val typed = intercept[InvalidAttributeException](OpTable.invoke("sum", Seq(x), Map("axes" -> "0")))
      assertEquals(typed.arg, Some("axes"))
      assert(typed.getMessage.contains("expected a Seq of Int"), typed.getMessage)
      val frac = intercept[InvalidAttributeException](OpTable.invoke("softmax", Seq(x), Map("axis" -> 0.5)))
      assertEquals(frac.arg, Some("axis"))
      val missing = intercept[InvalidAttributeException](OpTable.invoke("reshape", Seq(x)))
      assertEquals(missing.arg, Some("shape"))
      val dtype = intercept[InvalidAttributeException](OpTable.invoke("cast", Seq(x), Map("dtype" -> "float16")))
      assertEquals(dtype.arg, Some("dtype"))
      val count = intercept[InvalidArgumentException](OpTable.invoke("add", Seq(x)))
      assertEquals((count.op, count.arg), (Some("add"), Some("inputs")))
      intercept[InvalidArgumentException](OpTable.invoke("concat", Seq()))
      val ok = OpTable.invoke("cast", Seq(x), Map("dtype" -> "int32"))
      assertEquals(ok.head.toIntArray.toSeq, Seq(1, 2, 3, 4))
      ok.foreach(_.close())
    }.get
  }

  test("closed tensors: ReleasedTensorException, as input and as receiver") {
    val a = f32(1, 2)(2)
    val b = f32(3, 4)(2)
    a.close()
    try {
      val e = intercept[ReleasedTensorException](Ops.add(b, a))
      assertEquals(e.op, Some("add"))
      assertEquals(e.arg, Some("b"))
      assertEquals(e.status, Status.InvalidHandle)
      assert(e.isInstanceOf[InvalidHandleException])
      intercept[ReleasedTensorException](a.toFloatArray)
      intercept[ReleasedTensorException](a.shape)
      intercept[ReleasedTensorException](-a)
      intercept[ReleasedTensorException](a + 1)
      val v = intercept[ReleasedTensorException](Ops.concat(Seq(b, b, a)))
      assertEquals(v.arg, Some("inputs[2]"))
    } finally b.close()
  }

  test("data that does not fit its shape, bad shapes and bad scalars") {
    val e = intercept[ShapeMismatchException](Tensor(Array(1f, 2f, 3f), Seq(2, 2)))
    assertEquals(e.arg, Some("data"))
    val neg = intercept[InvalidArgumentException](Tensor(Array(1f), Seq(-1)))
    assertEquals(neg.arg, Some("shape"))
    intercept[InvalidArgumentException](Tensor(Array(1f), Seq(1, 1, 1, 1, 1, 1, 1, 1, 1)))
    intercept[InvalidArgumentException](Tensor(null: Array[Float], Seq(1)))
    intercept[InvalidArgumentException](Tensor.scalar(2.5, DType.Int32))
    intercept[InvalidArgumentException](Tensor.scalar(256, DType.UInt8))
    Using.resource(Tensor(Array(1, 2))) { i =>
      val s = intercept[InvalidArgumentException](i + 0.5)
      assertEquals(s.arg, Some("value"))
    }
    Using.resource(Tensor(Array(1f, 2f), Seq(2))) { t =>
      val m = intercept[ShapeMismatchException](t.item)
      assertEquals(m.op, Some("Tensor.item"))
    }
  }

  test("null arguments: a clear exception, not a crash") {
    Using.resource(f32(1, 2)(2)) { x =>
      val nullAttr = intercept[InvalidAttributeException](Ops.sum(x, axes = null))
      assertEquals((nullAttr.op, nullAttr.arg), (Some("sum"), Some("axes")))
      val nullInput = intercept[TesseraException](Ops.add(x, null))
      assertEquals(nullInput.op, Some("add"))
      val nullDtype = intercept[TesseraException](Ops.cast(x, dtype = null))
      assertEquals(nullDtype.arg, Some("dtype"))
    }
  }

  test("the message composes operator, detail and argument once") {
    val e = new ShapeMismatchException("shapes differ", "add", "b")
    assertEquals(e.getMessage, "add: shapes differ (argument \"b\")")
    val f = TesseraException.fromStatus(2, "add: shapes differ (argument \"b\")", "add", "b")
    assertEquals(f.getMessage, "add: shapes differ (argument \"b\")")
    assert(f.isInstanceOf[ShapeMismatchException])
    assert(TesseraException.fromStatus(99, "?").isInstanceOf[InternalException])
  }
}
