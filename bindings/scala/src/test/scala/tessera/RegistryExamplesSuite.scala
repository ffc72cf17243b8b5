package tessera

import scala.util.Using

/** Cross-language conformance: every example of every registry operator, replayed through the
  * generated typed methods (via OpTable.invoke) and compared with the registry's expected outputs.
  */
class RegistryExamplesSuite extends munit.FunSuite {
  private def close(ts: Iterable[Tensor]): Unit = ts.foreach(_.close())

  private def sameNumber(dtype: String, got: Double, want: Double): Boolean =
    if (want.isNaN) got.isNaN
    else if (want.isInfinite) got == want
    else if (dtype == "float32") math.abs(got - want) <= 1e-5 + 1e-5 * math.abs(want)
    else if (dtype == "float64") math.abs(got - want) <= 1e-12 + 1e-12 * math.abs(want)
    else got == want

  test("the registry has operators and every one has at least one example") {
    assert(TestRegistry.ops.nonEmpty)
    val without = TestRegistry.ops.filter(_("examples").arr.isEmpty).map(_("name").str)
    assertEquals(without, Seq.empty[String])
  }

  for {
    op <- TestRegistry.ops
    (example, k) <- op("examples").arr.zipWithIndex
  } {
    val name = op("name").str
    test(s"$name example $k: ${example("title").str}") {
      val types = op("attrs").arr.map(a => a("name").str -> a("type").str).toMap
      val attrs = example("attrs").obj.map { case (key, v) => key -> TestRegistry.attrValue(types(key), v) }.toMap
      val inputs = example("inputs").arr.map(TestRegistry.tensor).toSeq
      try {
        val outputs = OpTable.invoke(name, inputs, attrs)
        try {
          val expected = example("outputs").arr.toSeq
          assertEquals(outputs.length, expected.length, "number of outputs")
          for ((got, want) <- outputs.zip(expected)) {
            val dtype = want("dtype").str
            assertEquals(got.dtype.registryName, dtype, "dtype")
            assertEquals(got.shape, want("shape").arr.map(_.num.toLong).toSeq, "shape")
            val data = got.toDoubleArray
            val wanted = want("data").arr.map(TestRegistry.number).toArray
            assertEquals(data.length, wanted.length, "element count")
            data.zip(wanted).zipWithIndex.foreach { case ((g, w), i) =>
              assert(sameNumber(dtype, g, w), s"element $i: got $g, expected $w (output $got)")
            }
          }
        } finally close(outputs)
      } finally close(inputs)
    }
  }
}
