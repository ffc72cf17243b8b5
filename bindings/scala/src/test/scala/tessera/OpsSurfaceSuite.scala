package tessera

import java.lang.reflect.Method
import java.nio.file.Files

/** Walks the registry and checks the generated Scala surface: one method per operator in `Ops`
  * with typed parameters in registry order, Scala defaults equal to the registry defaults, a
  * Scaladoc comment built from the registry docs and example, and the method form on Tensor.
  */
class OpsSurfaceSuite extends munit.FunSuite {
  private val opsClass = Ops.getClass
  private val source = Files.readString(TestRegistry.root.resolve("bindings/scala/src/main/scala/tessera/generated/Ops.scala"))
  private val methodsSource = Files.readString(TestRegistry.root.resolve("bindings/scala/src/main/scala/tessera/generated/TensorMethods.scala"))

  private def small(a: ujson.Value): Boolean = a("meaning") match {
    case ujson.Str(m) => Set("axis", "axes", "perm", "index")(m)
    case _ => false
  }

  private def pascal(parts: String*): String = parts.flatMap(_.split("_")).filter(_.nonEmpty).map(_.capitalize).mkString

  /** The Scala type the registry type maps to (the rules of generators/src/lang/scala.ts). */
  private def scalaType(op: String, a: ujson.Value): String = a("type").str match {
    case "bool" => "Boolean"
    case "int" => if (small(a)) "Int" else "Long"
    case "float" => "Double"
    case "string" => "String"
    case "enum" => pascal(op, a("name").str)
    case "int[]" => if (small(a)) "Seq[Int]" else "Seq[Long]"
    case "float[]" => "Seq[Double]"
    case "dtype" => "DType"
  }

  private def inputType(i: ujson.Value): String =
    if (i("variadic").bool) "Seq[Tensor]" else if (i("optional").bool) "Option[Tensor]" else "Tensor"

  /** The JVM parameter class of a Scala type. */
  private def jvmClass(scalaType: String): Class[?] = scalaType match {
    case "Boolean" => java.lang.Boolean.TYPE
    case "Int" => java.lang.Integer.TYPE
    case "Long" => java.lang.Long.TYPE
    case "Double" => java.lang.Double.TYPE
    case "String" => classOf[String]
    case "DType" => classOf[DType]
    case "Tensor" => classOf[Tensor]
    case s if s.startsWith("Seq[") => classOf[scala.collection.immutable.Seq[?]]
    case s if s.startsWith("Option[") => classOf[Option[?]]
    case enumName => Class.forName(s"tessera.$enumName")
  }

  /** Parameters in generated order: inputs, required attributes, attributes with defaults; each
    * with the value its Scala default argument must evaluate to (an optional input defaults to
    * `None`, an attribute to its registry default; required ones have none).
    */
  private def params(op: ujson.Value): Seq[(String, String, Option[Any])] = {
    val name = op("name").str
    val attrs = op("attrs").arr.toSeq
    op("inputs").arr.toSeq.map { i =>
      val optional = i("optional").bool && !i("variadic").bool
      (TestRegistry.camel(i("name").str), inputType(i), if (optional) Some(None) else None)
    } ++
      (attrs.filter(_("required").bool) ++ attrs.filterNot(_("required").bool)).map { a =>
        (TestRegistry.camel(a("name").str), scalaType(name, a), if (a("required").bool) None else Some(expectedDefault(name, a)))
      }
  }

  /** The JVM return type: Tensor, a Seq for a variadic output, a TupleN for several outputs. */
  private def returnClass(op: ujson.Value): Class[?] = {
    val outputs = op("outputs").arr
    if (outputs.length == 1 && outputs(0)("variadic").bool) classOf[scala.collection.immutable.Seq[?]]
    else if (outputs.length == 1) classOf[Tensor]
    else Class.forName(s"scala.Tuple${outputs.length}")
  }

  /** `a: Tensor, axes: Seq[Int] = Seq()): Tensor =` -> (name, type, has default) up to the closing parenthesis. */
  private def splitParams(text: String): Seq[(String, String, Boolean)] = {
    val parts = Seq.newBuilder[String]
    var depth = 0
    var start = 0
    var end = -1
    var i = 0
    while (end < 0 && i < text.length) {
      text(i) match {
        case '(' | '[' => depth += 1
        case ')' if depth == 0 => end = i
        case ')' | ']' => depth -= 1
        case ',' if depth == 0 => parts += text.substring(start, i); start = i + 1
        case _ =>
      }
      i += 1
    }
    if (end > start) parts += text.substring(start, end)
    parts.result().map(_.trim).filter(_.nonEmpty).map { p =>
      val (decl, default) = p.indexOf(" = ") match {
        case -1 => (p, false)
        case k => (p.substring(0, k), true)
      }
      val colon = decl.indexOf(": ")
      (decl.substring(0, colon), decl.substring(colon + 2), default)
    }
  }

  private def method(name: String): Method = {
    val found = opsClass.getMethods.filter(_.getName == name)
    assertEquals(found.length, 1, s"Ops.$name overloads")
    found.head
  }

  /** The registry default as the value the Scala default argument evaluates to. */
  private def expectedDefault(op: String, a: ujson.Value): Any = {
    val d = a("default")
    a("type").str match {
      case "bool" => d.bool
      case "int" => if (small(a)) d.num.toInt else d.num.toLong
      case "float" => TestRegistry.number(d)
      case "string" => d.str
      case "enum" => d.str
      case "dtype" => DType.fromName(d.str).get
      case "int[]" => if (small(a)) d.arr.map(_.num.toInt).toSeq else d.arr.map(_.num.toLong).toSeq
      case "float[]" => d.arr.map(TestRegistry.number).toSeq
    }
  }

  test("OpTable lists exactly the registry's operators, in order") {
    assertEquals(OpTable.OpNames, TestRegistry.ops.map(_("name").str).toIndexedSeq)
    assertEquals(OpTable.RegistryHash, TestRegistry.json("hash").str)
    assertEquals(Tessera.registryHash, OpTable.RegistryHash)
  }

  test("Ops has one method per operator and nothing else public") {
    val expected = TestRegistry.ops.map(o => TestRegistry.camel(o("name").str)).toSet
    val declared = opsClass.getDeclaredMethods.filter(m => java.lang.reflect.Modifier.isPublic(m.getModifiers))
      .map(_.getName).filterNot(_.contains("$")).toSet
    assertEquals(declared, expected)
  }

  for (op <- TestRegistry.ops) {
    val name = op("name").str
    val scalaName = TestRegistry.camel(name)

    test(s"$name: Ops.$scalaName has typed parameters in registry order") {
      val m = method(scalaName)
      val ps = params(op)
      assertEquals(m.getParameterTypes.toSeq, ps.map(p => jvmClass(p._2)), "JVM parameter types")
      assertEquals(m.getReturnType, returnClass(op))
      val line = source.linesIterator.find(_.startsWith(s"  def $scalaName(")).getOrElse(fail(s"no `def $scalaName(` in Ops.scala"))
      val declared = splitParams(line.stripPrefix(s"  def $scalaName("))
      assertEquals(declared.map(_._1), ps.map(_._1), "parameter names")
      assertEquals(declared.map(_._2), ps.map(_._2), "parameter types")
      assertEquals(declared.map(_._3), ps.map(_._3.isDefined || false), "which parameters have defaults")
    }

    test(s"$name: Scala defaults are the registry defaults") {
      params(op).zipWithIndex.foreach {
        case ((p, _, Some(expected)), k) =>
          val getter = opsClass.getMethod(s"$scalaName$$default$$${k + 1}")
          val value = getter.invoke(Ops) match {
            case d: DType => d
            case e: scala.reflect.Enum => e.getClass.getMethod("registryName").invoke(e)
            case v => v
          }
          assertEquals(value, expected, s"default of $p")
        case ((p, _, None), k) =>
          assert(opsClass.getMethods.forall(_.getName != s"$scalaName$$default$$${k + 1}"), s"$p must not have a default")
      }
    }

    test(s"$name: Scaladoc from the registry (summary, doc, @param, @return, @example)") {
      val at = source.indexOf(s"\n  def $scalaName(")
      assert(at > 0)
      val docStart = source.lastIndexOf("/**", at)
      val doc = source.substring(docStart, at)
      assert(doc.trim.endsWith("*/"), s"no Scaladoc right before def $scalaName")
      assert(!doc.contains("\n\n"), "the comment must be the one directly above")
      val text = doc.linesIterator.map(_.trim.stripPrefix("/**").stripPrefix("*").trim).mkString("\n")
      assert(text.startsWith(op("summary").str), s"summary missing:\n$text")
      val description = op("doc").str.trim
      if (description.nonEmpty) assert(text.contains(description.linesIterator.next().trim), "doc text missing")
      for ((p, _, _) <- params(op)) assert(text.contains(s"@param $p "), s"@param $p missing")
      assert(text.contains("@return"), "@return missing")
      if (op("examples").arr.nonEmpty) {
        assert(text.contains("@example {{{"), "@example missing")
        assert(text.contains(op("examples")(0)("title").str), "example title missing")
        assert(text.contains(s"Ops.$scalaName("), "example call missing")
      }
    }

    val inputs = op("inputs").arr
    if (inputs.nonEmpty && !inputs(0)("variadic").bool && !inputs(0)("optional").bool) {
      test(s"$name: method form on Tensor") {
        val receiver = TestRegistry.camel(inputs(0)("name").str)
        assert(methodsSource.contains(s"extension ($receiver: Tensor) {"), "extension block missing")
        assert(methodsSource.contains(s"    def $scalaName("), s"extension method $scalaName missing")
        val m = classOf[TensorMethods].getMethods.filter(_.getName == scalaName)
        assertEquals(m.length, 1)
        assertEquals(m.head.getParameterTypes.head, classOf[Tensor])
      }
    }
  }
}
