package tessera

/** Element types of tensors. `code` is the C API's `tsr_dtype`, `registryName` the registry's name. */
enum DType(val code: Int, val registryName: String, val byteSize: Int) {
  case Float32 extends DType(0, "float32", 4)
  case Float64 extends DType(1, "float64", 8)
  case Int32 extends DType(2, "int32", 4)
  case Int64 extends DType(3, "int64", 8)
  /** Unsigned bytes; held in an `Array[Byte]` on the JVM (read back with `& 0xff`). */
  case UInt8 extends DType(4, "uint8", 1)
  /** One byte per element, 0 or 1; an `Array[Boolean]` on the JVM. */
  case Bool extends DType(5, "bool", 1)

  def isFloating: Boolean = this == DType.Float32 || this == DType.Float64
}

object DType {
  private val byCode: Array[DType] = values.sortBy(_.code)

  /** The dtype of a C API code; throws [[InvalidArgumentException]] for an unknown code. */
  def fromCode(code: Int): DType =
    if (code >= 0 && code < byCode.length) byCode(code)
    else throw new InvalidArgumentException(s"unknown dtype code $code", arg = "dtype")

  /** The dtype of a registry name ("float32"), if there is one. */
  def fromName(name: String): Option[DType] = values.find(_.registryName == name)
}
