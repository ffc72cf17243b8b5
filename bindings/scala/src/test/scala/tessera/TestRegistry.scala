package tessera

import java.nio.file.{Files, Path, Paths}

/** op-registry/registry.json, read at test time (the repository root comes from the system
  * property `tessera.repo.root`, set by the pom, else two folders above the working directory).
  */
object TestRegistry {
  val root: Path =
    Option(System.getProperty("tessera.repo.root")).filter(_.nonEmpty).map(Paths.get(_)).getOrElse(Paths.get("../..")).toAbsolutePath.normalize

  lazy val json: ujson.Value = ujson.read(Files.readString(root.resolve("op-registry/registry.json")))

  def ops: Seq[ujson.Value] = json("ops").arr.toSeq

  /** A registry number: JSON numbers, or the strings "nan", "inf", "-inf". */
  def number(v: ujson.Value): Double = v match {
    case ujson.Str("nan") => Double.NaN
    case ujson.Str("inf") => Double.PositiveInfinity
    case ujson.Str("-inf") => Double.NegativeInfinity
    case ujson.Bool(b) => if (b) 1.0 else 0.0
    case n => n.num
  }

  /** A tensor built from an example tensor {dtype, shape, data}. */
  def tensor(t: ujson.Value): Tensor = {
    val shape = t("shape").arr.map(_.num.toLong).toSeq
    val data = t("data").arr.map(number).toArray
    t("dtype").str match {
      case "float32" => Tensor(data.map(_.toFloat), shape)
      case "float64" => Tensor(data, shape)
      case "int32" => Tensor(data.map(_.toInt), shape)
      case "int64" => Tensor(data.map(_.toLong), shape)
      case "uint8" => Tensor(data.map(_.toInt.toByte), shape)
      case "bool" => Tensor(data.map(_ != 0), shape)
      case other => throw new IllegalArgumentException(s"unknown dtype $other")
    }
  }

  /** An example attribute value as a plain Scala value, by the attribute's registry type. */
  def attrValue(tpe: String, v: ujson.Value): Any = tpe match {
    case "bool" => v.bool
    case "int" => v.num.toLong
    case "float" => number(v)
    case "string" | "enum" | "dtype" => v.str
    case "int[]" => v.arr.map(_.num.toLong).toSeq
    case "float[]" => v.arr.map(number).toSeq
    case other => throw new IllegalArgumentException(s"unknown attribute type $other")
  }

  /** snake_case -> camelCase, the generator's naming rule for Scala methods and parameters. */
  def camel(name: String): String = {
    val parts = name.split("_").filter(_.nonEmpty)
    (parts.head +: parts.tail.map(_.capitalize)).mkString
  }
}
