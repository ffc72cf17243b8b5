package tessera

import java.lang.ref.Reference

import tessera.jni.TesseraNative

/** Reverse-mode automatic differentiation, MXNet style.
  *
  * {{{
  * import scala.util.Using
  * import tessera.*
  *
  * Using.Manager { use =>
  *   val w = use(Tensor(Array(1.0, 2.0, 3.0))).attachGrad()
  *   val loss = use(Autograd.record { use(w * w).sum() })
  *   loss.backward()
  *   use(w.grad.get).toDoubleArray     // Array(2.0, 4.0, 6.0)
  * }
  * }}}
  *
  * Inside [[record]], every operator whose inputs need gradients (tensors marked with
  * [[Tensor.attachGrad]], or results computed from them) is taped; [[backward]] (or
  * [[Tensor.backward]]) then accumulates gradients into the attached leaves, read with
  * [[Tensor.grad]]. Only floating-point tensors have gradients. The gradient formulas are the
  * registry's (one per operator).
  *
  * Recording is per thread: a block passed to [[record]] or [[pause]] runs on the calling thread
  * and affects only it (work handed to other threads or futures is not recorded). Scopes nest,
  * and each restores the state it found when its block ends, also when the block throws.
  */
object Autograd {

  /** Runs `body` with recording on and returns its result; the previous state comes back after. */
  def record[A](body: => A): A = scoped(on = true, "Autograd.record")(body)

  /** Runs `body` with recording off (a no-grad scope, e.g. for parameter updates inside a
    * training step) and returns its result; the previous state comes back after.
    */
  def pause[A](body: => A): A = scoped(on = false, "Autograd.pause")(body)

  /** Whether operators are being recorded on this thread. */
  def isRecording: Boolean = {
    Native.ensureLoaded()
    TesseraNative.tsr_autograd_is_recording() != 0
  }

  /** Backpropagates from results computed while recording into every attached leaf.
    *
    * @param heads     the results (at least one), each computed inside [[record]] from attached
    *                  leaves
    * @param headGrads empty (the default: ones for every head), or one entry per head: `None` for
    *                  ones, or `Some(g)` with `g` of the head's shape. Gradients accumulate across
    *                  calls until [[Tensor.zeroGrad]] (or [[Tensor.attachGrad]]) on the leaf.
    * @throws InvalidArgumentException no heads, `headGrads` of another length than `heads`, or a
    *                                  head that was not recorded
    * @throws ShapeMismatchException   a head gradient whose shape differs from its head's
    * @throws ReleasedTensorException  a closed head or head gradient
    */
  def backward(heads: Seq[Tensor], headGrads: Seq[Option[Tensor]] = Nil): Unit = {
    val op = "Autograd.backward"
    if (heads == null) throw new InvalidArgumentException("heads is null", op, "heads")
    if (headGrads == null) throw new InvalidArgumentException("headGrads is null (leave it out for ones)", op, "headGrads")
    if (heads.isEmpty) throw new InvalidArgumentException("backward needs at least one head", op, "heads")
    if (headGrads.nonEmpty && headGrads.length != heads.length) {
      throw new InvalidArgumentException(s"${headGrads.length} head gradient(s) for ${heads.length} head(s)", op, "headGrads")
    }
    val hs = heads.toArray
    val gs: Array[Tensor] =
      if (headGrads.isEmpty) null
      else
        headGrads.iterator.zipWithIndex.map {
          case (null | Some(null), k) => throw new InvalidArgumentException(s"headGrads($k) is null (use None for ones)", op, "headGrads")
          case (g, _) => g.orNull
        }.toArray
    run(op, hs, gs, "heads", "headGrads", k => s"heads($k)", k => s"headGrads($k)")
  }

  /** Backward over `heads` and `grads` (null, or one entry per head, null meaning ones): checks the
    * handles, calls the C API with both arrays kept reachable, and names `heads`/`head_grads`
    * failures after the caller's own parameters.
    */
  private[tessera] def run(
      op: String,
      heads: Array[Tensor],
      grads: Array[Tensor],
      headsArg: String,
      gradsArg: String,
      headName: Int => String,
      gradName: Int => String): Unit = {
    val hs = new Array[Long](heads.length)
    var k = 0
    while (k < heads.length) {
      val t = heads(k)
      if (t == null) throw new InvalidArgumentException(s"${headName(k)} is null", op, headsArg)
      hs(k) = t.handleOrZero
      if (hs(k) == 0L) throw new ReleasedTensorException(s"${headName(k)} was already closed", op, headsArg)
      k += 1
    }
    val gs =
      if (grads == null) null
      else {
        val out = new Array[Long](grads.length)
        k = 0
        while (k < grads.length) {
          val g = grads(k)
          if (g != null) {
            out(k) = g.handleOrZero
            if (out(k) == 0L) throw new ReleasedTensorException(s"${gradName(k)} was already closed", op, gradsArg)
          }
          k += 1
        }
        out
      }
    try check(TesseraNative.tsrj_autograd_backward(hs, gs), op, "heads" -> headsArg, "head_grads" -> gradsArg)
    finally {
      // The tensors must stay reachable (their cleaners must not run) until the call is over.
      Reference.reachabilityFence(heads)
      Reference.reachabilityFence(grads)
    }
  }

  private def scoped[A](on: Boolean, op: String)(body: => A): A = {
    Native.ensureLoaded()
    val prev = new Array[Int](1)
    check(TesseraNative.tsr_autograd_set_recording(if (on) 1 else 0, prev), op)
    val was = prev(0)
    try body
    finally check(TesseraNative.tsr_autograd_set_recording(was, prev), op)
  }

  /** Like [[Runtime.check]] for the autograd entry points, whose C errors name no operator and
    * the C parameters: names the Scala call (`op`) and renames the parameters (`"t"` is `this`).
    */
  private[tessera] def check(status: Int, op: String, rename: (String, String)*): Unit =
    if (status != 0) {
      val e = Runtime.lastError(status)
      val detail = {
        val d = e.detail
        val short = op.substring(op.lastIndexOf('.') + 1) + ": "
        if (d.startsWith(short)) d.substring(short.length) else d
      }
      val arg = e.arg.map(a => (("t" -> "this") +: rename).find(_._1 == a).fold(a)(_._2)).getOrElse("")
      throw TesseraException.fromStatus(status, detail, e.op.getOrElse(op), arg)
    }
}
