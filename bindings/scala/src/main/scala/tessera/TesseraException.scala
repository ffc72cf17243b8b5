package tessera

/** Status codes of the C API (`tsr_status`). `cName` is the C constant's name. */
enum Status(val code: Int, val cName: String) {
  case Ok extends Status(0, "TSR_OK")
  case InvalidArgument extends Status(1, "TSR_ERR_INVALID_ARGUMENT")
  case ShapeMismatch extends Status(2, "TSR_ERR_SHAPE_MISMATCH")
  case DTypeMismatch extends Status(3, "TSR_ERR_DTYPE_MISMATCH")
  case InvalidAttribute extends Status(4, "TSR_ERR_INVALID_ATTRIBUTE")
  case NotFound extends Status(5, "TSR_ERR_NOT_FOUND")
  case InvalidHandle extends Status(6, "TSR_ERR_INVALID_HANDLE")
  case OutOfMemory extends Status(7, "TSR_ERR_OUT_OF_MEMORY")
  case Unsupported extends Status(8, "TSR_ERR_UNSUPPORTED")
  case Internal extends Status(9, "TSR_ERR_INTERNAL")
}

object Status {
  def fromCode(code: Int): Status = values.find(_.code == code).getOrElse(Internal)
}

/** Base class of every error Tessera raises; the subclass follows the C API status.
  *
  * {{{
  * TesseraException                  .status .op .arg .detail
  * ├─ InvalidArgumentException       TSR_ERR_INVALID_ARGUMENT
  * ├─ ShapeMismatchException         TSR_ERR_SHAPE_MISMATCH
  * ├─ DTypeMismatchException         TSR_ERR_DTYPE_MISMATCH
  * ├─ InvalidAttributeException      TSR_ERR_INVALID_ATTRIBUTE
  * ├─ NotFoundException              TSR_ERR_NOT_FOUND
  * ├─ InvalidHandleException         TSR_ERR_INVALID_HANDLE
  * │  └─ ReleasedTensorException     (a closed tensor was used)
  * ├─ OutOfMemoryException           TSR_ERR_OUT_OF_MEMORY
  * ├─ UnsupportedException           TSR_ERR_UNSUPPORTED
  * └─ InternalException              TSR_ERR_INTERNAL
  * }}}
  *
  * Messages read `<op>: <detail> (argument "<arg>")`, e.g.
  * `add: shapes [2, 3] and [4] cannot be broadcast (argument "b")`.
  *
  * @param status the C API status
  * @param detail the message without the operator prefix and the argument suffix
  * @param op     the operator (registry name) or API function involved, if any
  * @param arg    the input, attribute or parameter at fault, if any
  */
sealed abstract class TesseraException(val status: Status, val detail: String, val op: Option[String], val arg: Option[String])
    extends RuntimeException(TesseraException.compose(detail, op, arg)) {

  /** The C constant name of the status ("TSR_ERR_SHAPE_MISMATCH"). */
  def statusName: String = status.cName
}

object TesseraException {
  private[tessera] def compose(detail: String, op: Option[String], arg: Option[String]): String = {
    val withOp = op.filterNot(o => detail.startsWith(s"$o:")).fold(detail)(o => s"$o: $detail")
    arg.filterNot(a => detail.contains(s"(argument \"$a\")")).fold(withOp)(a => s"""$withOp (argument "$a")""")
  }

  private[tessera] def opt(text: String): Option[String] = Option(text).filter(_.nonEmpty)

  /** The exception for a failing C API status, with the message, operator and argument it reported. */
  def fromStatus(code: Int, message: String, op: String = "", arg: String = ""): TesseraException = {
    val m = Option(message).filter(_.nonEmpty).getOrElse(Status.fromCode(code).cName)
    Status.fromCode(code) match {
      case Status.InvalidArgument => new InvalidArgumentException(m, op, arg)
      case Status.ShapeMismatch => new ShapeMismatchException(m, op, arg)
      case Status.DTypeMismatch => new DTypeMismatchException(m, op, arg)
      case Status.InvalidAttribute => new InvalidAttributeException(m, op, arg)
      case Status.NotFound => new NotFoundException(m, op, arg)
      case Status.InvalidHandle => new InvalidHandleException(m, op, arg)
      case Status.OutOfMemory => new OutOfMemoryException(m, op, arg)
      case Status.Unsupported => new UnsupportedException(m, op, arg)
      case Status.Internal | Status.Ok => new InternalException(m, op, arg)
    }
  }
}

import TesseraException.opt

/** A null, badly sized or otherwise unusable argument. */
final class InvalidArgumentException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.InvalidArgument, detail, opt(op), opt(arg))

/** Input shapes that do not fit the operator (or data that does not fit a shape). */
final class ShapeMismatchException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.ShapeMismatch, detail, opt(op), opt(arg))

/** An input whose element type the operator does not accept. */
final class DTypeMismatchException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.DTypeMismatch, detail, opt(op), opt(arg))

/** An attribute of the wrong type, out of range, unknown or missing. */
final class InvalidAttributeException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.InvalidAttribute, detail, opt(op), opt(arg))

/** An unknown operator or attribute name. */
final class NotFoundException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.NotFound, detail, opt(op), opt(arg))

/** A null, released or foreign handle. */
sealed class InvalidHandleException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.InvalidHandle, detail, opt(op), opt(arg))

/** A tensor was used after `close()`. */
final class ReleasedTensorException(detail: String, op: String = "", arg: String = "")
    extends InvalidHandleException(detail, op, arg)

/** The engine could not allocate memory. */
final class OutOfMemoryException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.OutOfMemory, detail, opt(op), opt(arg))

/** A valid request the engine cannot serve (yet). */
final class UnsupportedException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.Unsupported, detail, opt(op), opt(arg))

/** A bug in Tessera; please report it. */
final class InternalException(detail: String, op: String = "", arg: String = "")
    extends TesseraException(Status.Internal, detail, opt(op), opt(arg))
