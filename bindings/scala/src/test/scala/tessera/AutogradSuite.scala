package tessera

import scala.util.Using

/** Autograd through the C API tape, against gradients derived by hand. */
class AutogradSuite extends munit.FunSuite {
  private def f64(values: Double*)(shape: Long*): Tensor = Tensor(values.toArray, shape)
  private def vec(values: Double*): Tensor = Tensor(values.toArray)

  /** The gradient of an attached leaf, read and closed at once. */
  private def gradOf(t: Tensor): Seq[Double] =
    t.grad match {
      case Some(g) => Using.resource(g)(_.toDoubleArray.toSeq)
      case None => fail("no gradient arrived")
    }

  private def gradShape(t: Tensor): Seq[Long] = Using.resource(t.grad.get)(_.shape)

  override def afterEach(context: AfterEach): Unit =
    assert(!Autograd.isRecording, s"${context.test.name} left recording on")

  test("d/dw sum(w * w) = 2w") {
    val before = Tensor.liveCount
    Using.Manager { use =>
      val w = use(vec(1, -2, 3)).attachGrad()
      assert(w.requiresGrad)
      assertEquals(w.grad, None, "no gradient before backward")
      // The intermediate w * w is closed at once: the tape keeps what it needs.
      val loss = use(Autograd.record(use(w * w).sum()))
      assert(loss.requiresGrad)
      assertEquals(loss.shape, Seq.empty[Long])
      assertEquals(loss.item, 14.0)
      loss.backward()
      assertEquals(gradOf(w), Seq(2.0, -4.0, 6.0))
      assertEquals(gradShape(w), Seq(3L))
    }.get
    assert(Tensor.liveCount <= before, s"live tensors grew from $before to ${Tensor.liveCount}")
  }

  test("the README example: 2w, and a broadcast bias gets the sum") {
    Using.Manager { use =>
      val w = use(Tensor(Array(1.0, 2.0, 3.0))).attachGrad()
      val b = use(Tensor(Array(0.5))).attachGrad()
      val loss = use(Autograd.record { use(use(w * w) + b).sum() })
      assertEquals(loss.item, 15.5)
      loss.backward()
      assertEquals(use(w.grad.get).toDoubleArray.toSeq, Seq(2.0, 4.0, 6.0))
      assertEquals(use(b.grad.get).toDoubleArray.toSeq, Seq(3.0))
      assertEquals(Autograd.pause(Autograd.isRecording), false)
      w.zeroGrad()
      assertEquals(w.grad, None)
    }.get
  }

  test("float32 leaves: d/dw sum(w * w) = 2w, gradient in float32") {
    Using.Manager { use =>
      val w = use(Tensor(Array(0.5f, -1.5f, 4f), Seq(3, 1))).attachGrad()
      use(Autograd.record(use(w * w).sum())).backward()
      val g = use(w.grad.get)
      assertEquals(g.dtype, DType.Float32)
      assertEquals(g.shape, Seq(3L, 1L))
      assertEquals(g.toFloatArray.toSeq, Seq(1f, -3f, 8f))
    }.get
  }

  test("matmul gradients: dA = dY·Bᵀ, dB = Aᵀ·dY") {
    Using.Manager { use =>
      val a = use(f64(1, 2, 3, 4, 5, 6)(2, 3)).attachGrad()
      val b = use(f64(1, 0, 0, 1, 1, 1)(3, 2)).attachGrad()
      val y = use(Autograd.record(Ops.matmul(a, b)))
      assertEquals(y.toDoubleArray.toSeq, Seq(4.0, 5.0, 10.0, 11.0))

      // dY = ones(2, 2): dA[i][k] = Σj B[k][j] (row sums of B), dB[k][j] = Σi A[i][k] (column sums of A).
      y.backward()
      assertEquals(gradShape(a), Seq(2L, 3L))
      assertEquals(gradOf(a), Seq(1.0, 1.0, 2.0, 1.0, 1.0, 2.0))
      assertEquals(gradShape(b), Seq(3L, 2L))
      assertEquals(gradOf(b), Seq(5.0, 5.0, 7.0, 7.0, 9.0, 9.0))

      // dY = [[1, 2], [3, 4]]: dA = dY·Bᵀ = [[1, 2, 3], [3, 4, 7]], dB = Aᵀ·dY = [[13, 18], [17, 24], [21, 30]].
      a.zeroGrad()
      b.zeroGrad()
      y.backward(Some(use(f64(1, 2, 3, 4)(2, 2))))
      assertEquals(gradOf(a), Seq(1.0, 2.0, 3.0, 3.0, 4.0, 7.0))
      assertEquals(gradOf(b), Seq(13.0, 18.0, 17.0, 24.0, 21.0, 30.0))
    }.get
  }

  test("broadcasting add: the bias gradient sums the broadcast rows (and columns)") {
    Using.Manager { use =>
      val x = use(f64(1, 2, 3, 4, 5, 6)(2, 3)).attachGrad()
      val rowBias = use(vec(0, 0, 0)).attachGrad()
      val colBias = use(f64(0, 0)(2, 1)).attachGrad()
      val y = use(Autograd.record(use(x + rowBias) + colBias))

      // dY = ones: x gets ones, the [3] bias the column sums of ones (2 rows), the [2, 1] bias the row sums (3 columns).
      Autograd.backward(Seq(y))
      assertEquals(gradOf(x), Seq.fill(6)(1.0))
      assertEquals(gradOf(rowBias), Seq(2.0, 2.0, 2.0))
      assertEquals(gradShape(colBias), Seq(2L, 1L))
      assertEquals(gradOf(colBias), Seq(3.0, 3.0))

      // dY = [[1, 2, 3], [4, 5, 6]]: the [3] bias gets [1+4, 2+5, 3+6], the [2, 1] bias [1+2+3, 4+5+6].
      Seq(x, rowBias, colBias).foreach(_.zeroGrad())
      Autograd.backward(Seq(y), Seq(Some(use(f64(1, 2, 3, 4, 5, 6)(2, 3)))))
      assertEquals(gradOf(x), Seq(1.0, 2.0, 3.0, 4.0, 5.0, 6.0))
      assertEquals(gradOf(rowBias), Seq(5.0, 7.0, 9.0))
      assertEquals(gradOf(colBias), Seq(6.0, 15.0))
    }.get
  }

  test("several heads at once: each head's gradient (ones where None) adds up in the leaf") {
    Using.Manager { use =>
      val x = use(vec(1, 2)).attachGrad()
      val (s, t) = Autograd.record((use(use(x * x).sum()), use(x * 3)))
      // d sum(x²)/dx = 2x = [2, 4]; t = 3x with head gradient [1, 10] gives [3, 30].
      Autograd.backward(Seq(s, t), Seq(None, Some(use(vec(1, 10)))))
      assertEquals(gradOf(x), Seq(5.0, 34.0))

      // More heads than the JNI helper keeps on its stack: 20 × 2x.
      x.zeroGrad()
      Autograd.backward(Seq.fill(20)(s), Seq.tabulate(20)(k => if (k % 2 == 0) None else Some(use(Tensor.scalar(1.0, DType.Float64)))))
      assertEquals(gradOf(x), Seq(40.0, 80.0))
    }.get
  }

  test("gradients accumulate across backward calls until zeroGrad (or attachGrad)") {
    Using.Manager { use =>
      val x = use(vec(1, 2)).attachGrad()
      val loss = use(Autograd.record(use(x * x).sum()))
      loss.backward()
      assertEquals(gradOf(x), Seq(2.0, 4.0))
      loss.backward() // the same tape again: 2 · 2x
      assertEquals(gradOf(x), Seq(4.0, 8.0))
      use(Autograd.record(use(x * 3).sum())).backward() // another tape: + 3
      assertEquals(gradOf(x), Seq(7.0, 11.0))

      x.zeroGrad()
      assertEquals(x.grad, None)
      assert(x.requiresGrad, "zeroGrad keeps the leaf attached")
      loss.backward()
      assertEquals(gradOf(x), Seq(2.0, 4.0), "the next backward starts from zero")

      assert(x.attachGrad() eq x, "attachGrad returns the tensor itself")
      assertEquals(x.grad, None, "attachGrad clears the gradient")
      loss.backward()
      assertEquals(x.grad, None, "a tape recorded before attachGrad no longer feeds the leaf")

      // A gradient read earlier is a tensor of its own: later passes do not change it.
      val again = use(Autograd.record(use(x * x).sum()))
      again.backward()
      val g = use(x.grad.get)
      again.backward()
      assertEquals(g.toDoubleArray.toSeq, Seq(2.0, 4.0))
      assertEquals(gradOf(x), Seq(4.0, 8.0))
    }.get
  }

  test("record, pause and detach: what is taped, and the state each scope restores") {
    Using.Manager { use =>
      val x = use(vec(1, 2)).attachGrad()
      val plain = use(vec(3, 4))
      assert(!Autograd.isRecording)
      assert(!plain.requiresGrad)
      assert(!use(x * x).requiresGrad, "outside record nothing is taped")

      val result = Autograd.record {
        assert(Autograd.isRecording)
        assert(use(x * x).requiresGrad)
        assert(!use(plain * plain).requiresGrad, "no attached input, nothing to tape")

        val paused = Autograd.pause {
          assert(!Autograd.isRecording)
          use(x * x)
        }
        assert(!paused.requiresGrad)
        assert(Autograd.isRecording, "pause restored recording")

        Autograd.record(assert(Autograd.isRecording))
        assert(Autograd.isRecording, "a nested record restored recording (not off)")

        val d = use(x.detach())
        assert(!d.requiresGrad)
        assert(!use(d * 3).requiresGrad, "no gradient flows through a detached tensor")
        assertEquals(d.toDoubleArray.toSeq, Seq(1.0, 2.0), "detach keeps the data")
        42
      }
      assertEquals(result, 42, "record returns the block's value")
      assert(!Autograd.isRecording)

      // Pause outside record stays off; record inside pause turns it on for its block only.
      Autograd.pause {
        assert(!Autograd.isRecording)
        Autograd.record(assert(Autograd.isRecording))
        assert(!Autograd.isRecording)
      }
      assert(!Autograd.isRecording)
    }.get
  }

  test("scopes restore the previous state when their block throws") {
    val boom = intercept[IllegalStateException](Autograd.record(throw new IllegalStateException("boom")))
    assertEquals(boom.getMessage, "boom")
    assert(!Autograd.isRecording)

    Autograd.record {
      intercept[IllegalStateException](Autograd.pause(throw new IllegalStateException("paused")))
      assert(Autograd.isRecording, "pause restored recording after the exception")
      intercept[IllegalStateException](Autograd.record(throw new IllegalStateException("nested")))
      assert(Autograd.isRecording, "a nested record restored recording after the exception")
    }
    assert(!Autograd.isRecording)

    // A TesseraException from an operator inside the block, too.
    Using.Manager { use =>
      val a = use(vec(1, 2)).attachGrad()
      val b = use(vec(1, 2, 3))
      intercept[ShapeMismatchException](Autograd.record(Ops.add(a, b)))
      assert(!Autograd.isRecording)
    }.get
  }

  test("recording is per thread") {
    Autograd.record {
      var other = true
      val t = new Thread(() => other = Autograd.isRecording)
      t.start()
      t.join()
      assert(!other, "another thread does not record")
      assert(Autograd.isRecording)
    }
  }

  test("errors: integer leaves, untaped heads, no gradient, bad head gradients") {
    Using.Manager { use =>
      val i = use(Tensor(Array(1, 2)))
      val e = intercept[DTypeMismatchException](i.attachGrad())
      assertEquals(e.status, Status.DTypeMismatch)
      assertEquals((e.op, e.arg), (Some("Tensor.attachGrad"), Some("this")))
      assert(e.getMessage.contains("int32"), e.getMessage)
      assert(!i.requiresGrad)
      intercept[DTypeMismatchException](use(Tensor(Array(true))).attachGrad())
      intercept[DTypeMismatchException](use(Tensor(Array(1L, 2L), Seq(2))).attachGrad())

      // Backward of a tensor that was not recorded: plain, attached-but-outside-record, or computed outside record.
      val plain = use(vec(1))
      val u = intercept[InvalidArgumentException](plain.backward())
      assertEquals((u.op, u.arg), (Some("Tensor.backward"), Some("this")))
      assert(u.getMessage.startsWith("Tensor.backward: "), u.getMessage)
      val w = use(vec(1, 2)).attachGrad()
      val outside = use(w * w)
      intercept[InvalidArgumentException](outside.backward())
      val h = intercept[InvalidArgumentException](Autograd.backward(Seq(outside)))
      assertEquals((h.op, h.arg), (Some("Autograd.backward"), Some("heads")))

      // grad of a tensor that was never attached.
      val g = intercept[InvalidArgumentException](plain.grad)
      assertEquals((g.op, g.arg), (Some("Tensor.grad"), Some("this")))

      // Head gradients: wrong shape, wrong count, no heads, null entries.
      val y = use(Autograd.record(w * w))
      val s = intercept[ShapeMismatchException](y.backward(Some(use(vec(1, 2, 3)))))
      assertEquals((s.op, s.arg), (Some("Tensor.backward"), Some("headGrad")))
      val s2 = intercept[ShapeMismatchException](Autograd.backward(Seq(y), Seq(Some(use(vec(1))))))
      assertEquals(s2.arg, Some("headGrads"))
      val n = intercept[InvalidArgumentException](Autograd.backward(Seq(y, y), Seq(None)))
      assertEquals((n.op, n.arg), (Some("Autograd.backward"), Some("headGrads")))
      assertEquals(intercept[InvalidArgumentException](Autograd.backward(Nil)).arg, Some("heads"))
      intercept[InvalidArgumentException](Autograd.backward(Seq(y), Seq(Some(null))))
      intercept[InvalidArgumentException](y.backward(Some(null)))
      assertEquals(w.grad, None, "failed calls left no gradient")

      // The same head twice counts twice: d(y + y)/dw with y = w² is 4w.
      Autograd.backward(Seq(y, y))
      assertEquals(gradOf(w), Seq(4.0, 8.0))
    }.get
  }

  test("closed tensors: ReleasedTensorException for heads, head gradients and leaves") {
    Using.Manager { use =>
      val w = use(vec(1, 2)).attachGrad()
      val y = Autograd.record(w * w)
      y.close()
      val e = intercept[ReleasedTensorException](y.backward())
      assertEquals((e.op, e.arg), (Some("Tensor.backward"), Some("this")))
      assert(e.isInstanceOf[InvalidHandleException])
      val a = intercept[ReleasedTensorException](Autograd.backward(Seq(y)))
      assertEquals((a.op, a.arg), (Some("Autograd.backward"), Some("heads")))

      val z = use(Autograd.record(w * w))
      val hg = vec(1, 1)
      hg.close()
      assertEquals(intercept[ReleasedTensorException](z.backward(Some(hg))).arg, Some("headGrad"))
      assertEquals(intercept[ReleasedTensorException](Autograd.backward(Seq(z), Seq(Some(hg)))).arg, Some("headGrads"))

      val v = vec(1, 2).attachGrad()
      v.close()
      for ((what, call) <- Seq[(String, () => Any)](
             "Tensor.attachGrad" -> (() => v.attachGrad()),
             "Tensor.requiresGrad" -> (() => v.requiresGrad),
             "Tensor.grad" -> (() => v.grad),
             "Tensor.zeroGrad" -> (() => v.zeroGrad()),
             "Tensor.detach" -> (() => v.detach()))) {
        val r = intercept[ReleasedTensorException](call())
        assertEquals(r.op, Some(what))
      }

      // The failed calls left the tape and the leaf as they were.
      z.backward()
      assertEquals(gradOf(w), Seq(2.0, 4.0))
    }.get
  }
}
