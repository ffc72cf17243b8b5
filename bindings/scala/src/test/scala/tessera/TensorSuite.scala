package tessera

import scala.util.Using

/** Tensor construction, conversion, printing, operators and lifetime, against hand-derived values. */
class TensorSuite extends munit.FunSuite {

  test("Array[Float] with a shape round-trips; dtype, shape, ndim, numel") {
    Using.resource(Tensor(Array(1f, 2f, 3f, 4f, 5f, 6f), Seq(2, 3))) { t =>
      assertEquals(t.dtype, DType.Float32)
      assertEquals(t.shape, Seq(2L, 3L))
      assertEquals(t.ndim, 2)
      assertEquals(t.numel, 6L)
      assertEquals(t.toFloatArray.toSeq, Seq(1f, 2f, 3f, 4f, 5f, 6f))
      assert(t.isContiguous)
      assertEquals(t.strides, Seq(3L, 1L))
    }
  }

  test("Array[Double], Array[Int], Array[Long], Array[Byte], Array[Boolean] pick their dtypes") {
    Using.Manager { use =>
      val d = use(Tensor(Array(0.5, -1.25), Seq(2)))
      val i = use(Tensor(Array(7, -8, 9), Seq(3, 1)))
      val l = use(Tensor(Array(Long.MaxValue, Long.MinValue)))
      val b = use(Tensor(Array[Byte](0, 127, -1), Seq(3)))
      val z = use(Tensor(Array(true, false, true, true), Seq(2, 2)))
      assertEquals((d.dtype, i.dtype, l.dtype, b.dtype, z.dtype), (DType.Float64, DType.Int32, DType.Int64, DType.UInt8, DType.Bool))
      assertEquals(d.toDoubleArray.toSeq, Seq(0.5, -1.25))
      assertEquals(i.toIntArray.toSeq, Seq(7, -8, 9))
      assertEquals(i.shape, Seq(3L, 1L))
      assertEquals(l.toLongArray.toSeq, Seq(Long.MaxValue, Long.MinValue))
      assertEquals(l.shape, Seq(2L))
      assertEquals(b.toIntArray.toSeq, Seq(0, 127, 255), "uint8 reads back unsigned")
      assertEquals(b.toByteArray.toSeq, Seq[Byte](0, 127, -1))
      assertEquals(z.toBooleanArray.toSeq, Seq(true, false, true, true))
      assertEquals(z.toIntArray.toSeq, Seq(1, 0, 1, 1))
    }.get
  }

  test("conversions between element types follow the JVM's own") {
    Using.Manager { use =>
      val f = use(Tensor(Array(1.5f, -2.75f, 3f)))
      assertEquals(f.toDoubleArray.toSeq, Seq(1.5, -2.75, 3.0))
      assertEquals(f.toIntArray.toSeq, Seq(1.5f.toInt, -2.75f.toInt, 3))
      assertEquals(f.toLongArray.toSeq, Seq(1L, -2L, 3L))
      assertEquals(f.toBooleanArray.toSeq, Seq(true, true, true))
      val i = use(Tensor(Array(0, 2)))
      assertEquals(i.toFloatArray.toSeq, Seq(0f, 2f))
      assertEquals(i.toBooleanArray.toSeq, Seq(false, true))
    }.get
  }

  test("0-d tensors, scalars and item") {
    Using.Manager { use =>
      val s = use(Tensor(Array(42.0), Seq()))
      assertEquals(s.shape, Seq.empty[Long])
      assertEquals(s.numel, 1L)
      assertEquals(s.item, 42.0)
      val i = use(Tensor.scalar(7, DType.Int32))
      assertEquals(i.dtype, DType.Int32)
      assertEquals(i.item, 7.0)
      val u = use(Tensor.scalar(255, DType.UInt8))
      assertEquals(u.toIntArray.toSeq, Seq(255))
      val e = use(Tensor(Array.empty[Float], Seq(0, 3)))
      assertEquals(e.numel, 0L)
      assertEquals(e.toFloatArray.length, 0)
    }.get
  }

  test("toString shows dtype, shape and data, eliding long dimensions") {
    Using.Manager { use =>
      val t = use(Tensor(Array(1f, 2f, 3f, 4f), Seq(2, 2)))
      assertEquals(t.toString, "Tensor(float32, shape=[2, 2], data=[[1.0, 2.0], [3.0, 4.0]])")
      val b = use(Tensor(Array(true, false)))
      assertEquals(b.toString, "Tensor(bool, shape=[2], data=[true, false])")
      val s = use(Tensor(Array(5L), Seq()))
      assertEquals(s.toString, "Tensor(int64, shape=[], data=5)")
      val long = use(Tensor((0 until 10).toArray))
      assertEquals(long.toString, "Tensor(int32, shape=[10], data=[0, 1, 2, ..., 7, 8, 9])")
      val closed = Tensor(Array(1f))
      closed.close()
      assertEquals(closed.toString, "Tensor(<closed>)")
    }.get
  }

  test("operators + - * / and unary -, with tensors and numbers on either side") {
    Using.Manager { use =>
      val a = use(Tensor(Array(1f, 2f, 3f, 4f), Seq(2, 2)))
      val b = use(Tensor(Array(10f, 20f), Seq(2)))
      assertEquals(use(a + b).toFloatArray.toSeq, Seq(11f, 22f, 13f, 24f))
      assertEquals(use(a - b).toFloatArray.toSeq, Seq(-9f, -18f, -7f, -16f))
      assertEquals(use(a * b).toFloatArray.toSeq, Seq(10f, 40f, 30f, 80f))
      assertEquals(use(b / a).toFloatArray.toSeq, Seq(10f, 10f, 10f / 3f, 5f))
      assertEquals(use(-a).toFloatArray.toSeq, Seq(-1f, -2f, -3f, -4f))
      assertEquals(use(a * 2 + 1).toFloatArray.toSeq, Seq(3f, 5f, 7f, 9f))
      assertEquals(use(a / 2.0).toFloatArray.toSeq, Seq(0.5f, 1f, 1.5f, 2f))
      assertEquals(use(a - 1).toFloatArray.toSeq, Seq(0f, 1f, 2f, 3f))
      assertEquals(use(2.0 * a).toFloatArray.toSeq, Seq(2f, 4f, 6f, 8f))
      assertEquals(use(10.0 - a).toFloatArray.toSeq, Seq(9f, 8f, 7f, 6f))
      assertEquals(use(12.0 / a).toFloatArray.toSeq, Seq(12f, 6f, 4f, 3f))
      assertEquals(use(1.0 + a).toFloatArray.toSeq, Seq(2f, 3f, 4f, 5f))
      val i = use(Tensor(Array(7, -7)))
      assertEquals(use(i / 2).toIntArray.toSeq, Seq(3, -3), "int32 division truncates toward zero")
      assertEquals(use(i + 1).dtype, DType.Int32, "a number takes the tensor's dtype")
    }.get
  }

  test("named and default arguments; method forms on Tensor") {
    Using.Manager { use =>
      val x = use(Tensor(Array(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), Seq(2, 3)))
      assertEquals(use(Ops.sum(x)).toDoubleArray.toSeq, Seq(21.0))
      assertEquals(use(Ops.sum(x, axes = Seq(1))).toDoubleArray.toSeq, Seq(6.0, 15.0))
      val kept = use(x.sum(axes = Seq(0), keepdims = true))
      assertEquals(kept.shape, Seq(1L, 3L))
      assertEquals(kept.toDoubleArray.toSeq, Seq(5.0, 7.0, 9.0))
      assertEquals(use(x.mean(Seq(-1))).toDoubleArray.toSeq, Seq(2.0, 5.0))
      val r = use(x.reshape(Seq(3, 2)))
      assertEquals(r.shape, Seq(3L, 2L))
      val c = use(x.cast(DType.Int64))
      assertEquals(c.dtype, DType.Int64)
      assertEquals(c.toLongArray.toSeq, Seq(1L, 2L, 3L, 4L, 5L, 6L))
      val f = use(Ops.full(Seq(2, 2), 0.5, dtype = DType.Float64))
      assertEquals(f.toDoubleArray.toSeq, Seq(0.5, 0.5, 0.5, 0.5))
      val ar = use(Ops.arange(0, 5))
      assertEquals(ar.toFloatArray.toSeq, Seq(0f, 1f, 2f, 3f, 4f))
      val cat = use(Ops.concat(Seq(x, x), axis = 1))
      assertEquals(cat.shape, Seq(2L, 6L))
    }.get
  }

  test("views: a transposed tensor reads back in row-major order") {
    Using.Manager { use =>
      val x = use(Tensor(Array(1, 2, 3, 4, 5, 6), Seq(2, 3)))
      val t = use(x.transpose())
      assertEquals(t.shape, Seq(3L, 2L))
      assert(!t.isContiguous)
      assertEquals(t.toIntArray.toSeq, Seq(1, 4, 2, 5, 3, 6))
      val m = use(Ops.matmul(x, t))
      assertEquals(m.toIntArray.toSeq, Seq(14, 32, 32, 77))
      val s = use(x.slice(Seq(0, 1), Seq(2, 3), axes = Seq(0, 1)))
      assertEquals(s.toIntArray.toSeq, Seq(2, 3, 5, 6))
    }.get
  }

  test("a view outlives the tensor it was made from") {
    val x = Tensor(Array(1f, 2f, 3f, 4f), Seq(2, 2))
    val v = x.transpose()
    x.close()
    try assertEquals(v.toFloatArray.toSeq, Seq(1f, 3f, 2f, 4f))
    finally v.close()
  }

  test("AutoCloseable: close is idempotent and works with scala.util.Using") {
    val before = Tensor.liveCount
    val t = Tensor(Array(1f, 2f))
    assertEquals(Tensor.liveCount, before + 1)
    val r = Using(t)(x => (x * 3).toFloatArray)
    // The product was never closed: dropped to the cleaner; the input was closed by Using.
    assert(t.isClosed)
    assertEquals(r.get.toSeq, Seq(3f, 6f))
    t.close()
    t.close()
    val sum = Using.Manager { use =>
      val a = use(Tensor(Array(1.0, 2.0)))
      val b = use(a + a)
      b.toDoubleArray.sum
    }
    assertEquals(sum.get, 6.0)
  }

  test("the README example computes what its comments say") {
    Using.Manager { use =>
      val x = use(Tensor(Array(1f, 2f, 3f, 4f, 5f, 6f), Seq(2, 3)))
      val y = use(x + use(Tensor(Array(10f, 20f, 30f))))
      val p = use(Ops.softmax(use(Ops.matmul(x, use(x.transpose()))), axis = -1))
      assertEquals(p.shape, Seq(2L, 2L))
      assertEquals(use(y.sum(axes = Seq(1))).toFloatArray.toSeq.toString, "ArraySeq(66.0, 75.0)")
      assertEquals(use(2.0 * x - 1).toString, "Tensor(float32, shape=[2, 3], data=[[1.0, 3.0, 5.0], [7.0, 9.0, 11.0]])")
      assertEquals(use(x.cast(DType.Int64)).toLongArray.toSeq.toString, "ArraySeq(1, 2, 3, 4, 5, 6)")
      val e = intercept[ShapeMismatchException](Ops.add(x, use(Tensor(Array(1f, 2f, 3f, 4f)))))
      assertEquals((e.statusName, e.op), ("TSR_ERR_SHAPE_MISMATCH", Some("add")))
    }.get
  }

  test("library facts") {
    assertEquals(Tessera.apiVersion, OpTable.ApiVersion)
    assert(Tessera.numThreads >= 1)
    assert(Tessera.registryJson.contains("\"ops\""))
  }
}
