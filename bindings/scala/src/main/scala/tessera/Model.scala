package tessera

import java.lang.ref.{Cleaner, Reference}
import java.nio.file.Path
import java.util.concurrent.atomic.AtomicLong

import scala.collection.immutable.{ArraySeq, VectorMap}

import tessera.jni.{TesseraNative, TesseraNativeConstants}

/** A model input: its name, dtype and declared shape. `shape` is `None` when even the rank is
  * unknown; inside it, `None` marks a dimension known only at run time.
  */
final case class ModelInput(name: String, dtype: DType, shape: Option[Seq[Option[Long]]]) {
  override def toString: String =
    s"$name: ${dtype.registryName}${shape.fold("[?]")(_.map(_.fold("?")(_.toString)).mkString("[", ", ", "]"))}"
}

/** Figures of the most recent run's plan: nodes left after optimization, bytes of the shared
  * intermediate buffer (arena) and bytes the same intermediates would take unshared.
  */
final case class PlanStats(nodes: Int, arenaBytes: Long, unsharedBytes: Long)

/** A runnable graph: an imported ONNX model or a traced computation.
  *
  * {{{
  * import scala.util.Using
  * import tessera.*
  *
  * Using.Manager { use =>
  *   val x = use(Tensor(Array(1f, -2f, 3f, -4f), Seq(2, 2)))
  *   val m = use(Model.trace(Seq("x" -> x)) { case Seq(x) => use(Ops.relu(x)) * 2 })
  *   val out = m.run(Map("x" -> use(Tensor(Array(-1f, 5f, 0.5f, 0f), Seq(2, 2)))))
  *   use(out("output_0")).toFloatArray          // Array(0.0, 10.0, 1.0, 0.0)
  *   val again = use(Model.fromBytes(m.toBytes)) // through ONNX and back
  *   use(again.run(Seq(x))("output_0")).toFloatArray // Array(2.0, 0.0, 6.0, 0.0)
  * }.get
  * }}}
  *
  * The engine optimizes a model once (constant folding, dead-node removal) and plans it per set
  * of input shapes (buffers shared by liveness). `close()` releases it at once and is idempotent;
  * a `java.lang.ref.Cleaner` releases a model that was never closed once it is unreachable (a
  * safety net only). After `close()`, `run`, `toBytes`, `exportTo` and `planStats` raise
  * [[InvalidHandleException]]; `inputs` and `outputNames` stay readable. Calls on one model are
  * serialized (a model may be shared between threads; runs on it do not overlap).
  */
final class Model private (
    handle0: Long,
    /** The inputs, in feed order (read once, when the model is made). */
    val inputs: Seq[ModelInput],
    /** The outputs' names, in order (read once, when the model is made). */
    val outputNames: Seq[String])
    extends AutoCloseable {
  private val state = new Model.State(handle0)
  private val cleanable = Model.register(this, state)

  /** The native handle; [[InvalidHandleException]] once closed. */
  private def handle(what: String): Long = {
    val h = state.handle.get
    if (h == 0L) throw new InvalidHandleException("the model was already closed", what, "this")
    h
  }

  /** Runs the model with one tensor per input, by input name; returns the outputs by name, in
    * output order. The outputs are new tensors the caller closes.
    * @throws InvalidArgumentException a missing or unknown feed name
    * @throws DTypeMismatchException   a feed whose dtype differs from its input's
    * @throws ShapeMismatchException   a feed whose shape does not fit its input's declared shape
    */
  def run(feeds: Map[String, Tensor]): Map[String, Tensor] = {
    val what = "Model.run"
    if (feeds == null) throw new InvalidArgumentException("feeds is null", what, "feeds")
    val names = inputs.map(_.name)
    val missing = names.filterNot(feeds.contains)
    val unknown = feeds.keys.filterNot(names.contains).toSeq.sorted
    if (missing.nonEmpty || unknown.nonEmpty) {
      throw new InvalidArgumentException(
        s"feeds do not match the model inputs (missing: ${missing.mkString("[", ", ", "]")}, unknown: ${unknown.mkString("[", ", ", "]")}; " +
          s"inputs: ${inputs.mkString(", ")})",
        what,
        "feeds")
    }
    runOrdered(names.map(feeds), what, k => s"feeds(\"${names(k)}\")")
  }

  /** Runs the model with one tensor per input, in input order (see [[inputs]]). */
  def run(feeds: Seq[Tensor]): Map[String, Tensor] = {
    val what = "Model.run"
    if (feeds == null) throw new InvalidArgumentException("feeds is null", what, "feeds")
    runOrdered(feeds, what, k => s"feeds($k)")
  }

  private def runOrdered(feeds: Seq[Tensor], what: String, feedName: Int => String): Map[String, Tensor] = {
    val ts = feeds.toArray
    val hs = new Array[Long](ts.length)
    var k = 0
    while (k < ts.length) {
      if (ts(k) == null) throw new InvalidArgumentException(s"${feedName(k)} is null", what, "feeds")
      hs(k) = ts(k).handleOrZero
      if (hs(k) == 0L) throw new ReleasedTensorException(s"${feedName(k)} was already closed", what, "feeds")
      k += 1
    }
    val out = new Array[Long](outputNames.length)
    synchronized {
      try Model.check(TesseraNative.tsrj_graph_run(handle(what), hs, out), what)
      finally {
        // The model and the feeds must stay reachable (no cleaner may run) until the call is over.
        Reference.reachabilityFence(this)
        Reference.reachabilityFence(ts)
      }
    }
    VectorMap.from(outputNames.iterator.zip(out.iterator.map(h => new Tensor(h))))
  }

  /** The model as a serialized ONNX ModelProto (default-domain opset 20). An imported model is
    * written as run last (its shapes fixed by the most recent feeds; one with dynamic input
    * dimensions must run once first).
    */
  def toBytes: Array[Byte] = {
    val what = "Model.toBytes"
    val out = new Array[Array[Byte]](1)
    synchronized {
      try Model.check(TesseraNative.tsrj_onnx_export_bytes(handle(what), out), what)
      finally Reference.reachabilityFence(this)
    }
    out(0)
  }

  /** Writes the model as an ONNX file (see [[toBytes]]). */
  def exportTo(path: String): Unit = {
    val what = "Model.exportTo"
    if (path == null) throw new InvalidArgumentException("path is null", what, "path")
    synchronized {
      try Model.check(TesseraNative.tsr_onnx_export_file(handle(what), path), what)
      finally Reference.reachabilityFence(this)
    }
  }

  def exportTo(path: Path): Unit = {
    if (path == null) throw new InvalidArgumentException("path is null", "Model.exportTo", "path")
    exportTo(path.toString)
  }

  /** Figures of the most recent run's plan (all zero while no planned run has happened: the
    * engine runs an imported model's first call per input shapes directly, and plans it then).
    */
  def planStats: PlanStats = {
    val what = "Model.planStats"
    val out = new Array[Long](3)
    synchronized {
      try Model.check(TesseraNative.tsrj_graph_plan_stats(handle(what), out), what)
      finally Reference.reachabilityFence(this)
    }
    PlanStats(out(0).toInt, out(1), out(2))
  }

  /** Releases the native graph now (idempotent); waits for a run in progress. */
  override def close(): Unit = synchronized { cleanable.clean() }

  def isClosed: Boolean = state.handle.get == 0L

  /** `Model(x: float32[3, 4, 5], y: float32[5]) -> (z)` */
  override def toString: String =
    s"Model(${inputs.mkString(", ")}) -> (${outputNames.mkString(", ")})${if (isClosed) " <closed>" else ""}"
}

object Model {
  private val cleaner: Cleaner = Cleaner.create()
  private val live = new AtomicLong()

  /** Releases the native graph exactly once: from close() or from the cleaner. */
  private final class State(h: Long) extends Runnable {
    val handle = new AtomicLong(h)
    def run(): Unit = {
      val h = handle.getAndSet(0L)
      if (h != 0L) {
        TesseraNative.tsr_graph_release(h)
        live.decrementAndGet()
      }
    }
  }

  private def register(m: Model, s: State): Cleaner.Cleanable = {
    live.incrementAndGet()
    cleaner.register(m, s)
  }

  /** Native graphs created by this JVM and not released yet (closed or cleaned). */
  def liveCount: Long = live.get

  /** Wraps an owned graph handle; releases it if reading its inputs or outputs fails (before
    * the cleaner owns it).
    */
  private def own(h: Long): Model = {
    val (ins, outs) =
      try (readInputs(h), readOutputNames(h))
      catch {
        case e: Throwable =>
          TesseraNative.tsr_graph_release(h)
          throw e
      }
    new Model(h, ins, outs)
  }

  /** Imports an ONNX model file (external data is read from its folder).
    * @throws UnsupportedException     an operator, opset or dtype the importer does not convert
    *                                  (the message names the node, op type and opset)
    * @throws InvalidArgumentException a malformed file
    * @throws NotFoundException        a file that cannot be opened (as the engine reports it)
    */
  def load(path: String): Model = {
    val what = "Model.load"
    if (path == null) throw new InvalidArgumentException("path is null", what, "path")
    Native.ensureLoaded()
    val out = new Array[Long](1)
    check(TesseraNative.tsr_onnx_import_file(path, out), what)
    own(out(0))
  }

  def load(path: Path): Model = {
    if (path == null) throw new InvalidArgumentException("path is null", "Model.load", "path")
    load(path.toString)
  }

  /** Imports a serialized ONNX ModelProto; `baseDir` is the folder of its external data files
    * (`None` refuses external data). Errors as for [[load]].
    */
  def fromBytes(bytes: Array[Byte], baseDir: Option[String] = None): Model = {
    val what = "Model.fromBytes"
    if (bytes == null) throw new InvalidArgumentException("bytes is null", what, "bytes")
    if (baseDir == null) throw new InvalidArgumentException("baseDir is null (use None)", what, "baseDir")
    Native.ensureLoaded()
    val out = new Array[Long](1)
    check(TesseraNative.tsrj_onnx_import_bytes(bytes, baseDir.orNull, out), what)
    own(out(0))
  }

  /** Records the operators `fn` calls into a graph (MXNet's hybridize).
    *
    * `inputs` name the graph inputs and give the example tensors `fn` receives (in order); any
    * other tensor `fn` reads becomes a constant of the graph. `fn` returns the outputs with their
    * names. It runs at once, eagerly, on this thread (recording is per thread: work handed to
    * other threads is not recorded); the tensors it creates stay the caller's to close (closing
    * them inside `fn` is fine, the trace keeps what it needs). Recording stops also when `fn`
    * throws; the exception then propagates and no model is made.
    */
  def trace(inputs: Seq[(String, Tensor)])(fn: Seq[Tensor] => Seq[(String, Tensor)]): Model =
    traceImpl(inputs, fn)

  /** [[trace]] for a function with one output, named `output_0`. */
  def trace(inputs: Seq[(String, Tensor)])(fn: Seq[Tensor] => Tensor)(using DummyImplicit): Model =
    traceImpl(inputs, xs => Seq("output_0" -> fn(xs)))

  private def traceImpl(inputs: Seq[(String, Tensor)], fn: Seq[Tensor] => Seq[(String, Tensor)]): Model = {
    val what = "Model.trace"
    if (inputs == null) throw new InvalidArgumentException("inputs is null", what, "inputs")
    if (fn == null) throw new InvalidArgumentException("fn is null", what, "fn")
    val named = inputs.toIndexedSeq
    named.iterator.zipWithIndex.foreach {
      case (null, k) => throw new InvalidArgumentException(s"inputs($k) is null", what, "inputs")
      case ((name, t), k) =>
        if (name == null) throw new InvalidArgumentException(s"the name of inputs($k) is null", what, "inputs")
        if (t == null) throw new InvalidArgumentException(s"inputs($k) (\"$name\") is null", what, "inputs")
        if (t.isClosed) throw new ReleasedTensorException(s"inputs($k) (\"$name\") was already closed", what, "inputs")
    }
    Native.ensureLoaded()
    val out = new Array[Long](1)
    check(TesseraNative.tsr_graph_create(out), what)
    val g = out(0)
    var handedOver = false // once own(g) has it, own releases g on failure
    try {
      check(TesseraNative.tsr_graph_trace_begin(g), what)
      val outputs =
        try {
          named.foreach { case (name, t) =>
            try check(TesseraNative.tsr_graph_trace_input(g, t.handle(what), name), what)
            finally Reference.reachabilityFence(t)
          }
          fn(named.map(_._2))
        } catch {
          case e: Throwable =>
            TesseraNative.tsrj_graph_trace_end(g, null, null) // stops recording; fn's error wins
            throw e
        }
      endTrace(g, outputs, what)
      handedOver = true
      own(g)
    } finally {
      if (!handedOver) TesseraNative.tsr_graph_release(g)
    }
  }

  /** Stops the trace of `g` with `outputs` as the graph's outputs; stops it also on bad outputs. */
  private def endTrace(g: Long, outputs: Seq[(String, Tensor)], what: String): Unit = {
    def fail(detail: String): Nothing = {
      TesseraNative.tsrj_graph_trace_end(g, null, null)
      throw new InvalidArgumentException(detail, what, "fn")
    }
    if (outputs == null) fail("fn returned null")
    val outs = outputs.toArray
    if (outs.isEmpty) fail("fn returned no outputs (a model needs at least one)")
    val ts = new Array[Tensor](outs.length)
    val names = new Array[String](outs.length)
    val hs = new Array[Long](outs.length)
    var k = 0
    while (k < outs.length) {
      outs(k) match {
        case null => fail(s"output $k is null")
        case (null, _) => fail(s"the name of output $k is null")
        case (name, null) => fail(s"output $k (\"$name\") is null")
        case (name, t) =>
          names(k) = name
          ts(k) = t
          hs(k) = t.handleOrZero
          if (hs(k) == 0L) {
            TesseraNative.tsrj_graph_trace_end(g, null, null)
            throw new ReleasedTensorException(s"output $k (\"$name\") was already closed", what, "fn")
          }
      }
      k += 1
    }
    val dup = names.diff(names.distinct)
    if (dup.nonEmpty) fail(s"output names repeat: ${dup.distinct.mkString(", ")}")
    try check(TesseraNative.tsrj_graph_trace_end(g, hs, names), what, "outputs" -> "fn", "names" -> "fn")
    finally Reference.reachabilityFence(ts)
  }

  /** A tensor from a serialized ONNX TensorProto (e.g. an `input_0.pb` of the ONNX test data);
    * the caller closes it.
    */
  def readTensorProto(bytes: Array[Byte]): Tensor = {
    val what = "Model.readTensorProto"
    if (bytes == null) throw new InvalidArgumentException("bytes is null", what, "bytes")
    Native.ensureLoaded()
    val out = new Array[Long](1)
    check(TesseraNative.tsrj_onnx_read_tensor(bytes, out), what)
    new Tensor(out(0))
  }

  /** What the ONNX importer converts, as JSON: one record per converter (op type, opset range,
    * kind, note).
    */
  def importerJson: String = {
    Native.ensureLoaded()
    TesseraNative.tsr_onnx_importer_json()
  }

  private def readInputs(g: Long): Seq[ModelInput] = {
    val what = "Model.inputs"
    val n = new Array[Int](1)
    check(TesseraNative.tsr_graph_input_count(g, n), what)
    val name = new Array[String](1)
    val dtype = new Array[Int](1)
    val dims = new Array[Long](TesseraNativeConstants.TSR_MAX_DIMS)
    val ndim = new Array[Int](1)
    ArraySeq.from((0 until n(0)).map { k =>
      name(0) = null
      check(TesseraNative.tsr_graph_input_info(g, k, name, dtype, dims, ndim), what)
      val shape =
        if (ndim(0) < 0) None
        else Some(ArraySeq.from(dims.iterator.take(ndim(0)).map(d => if (d < 0) None else Some(d))))
      ModelInput(name(0), DType.fromCode(dtype(0)), shape)
    })
  }

  private def readOutputNames(g: Long): Seq[String] = {
    val what = "Model.outputNames"
    val n = new Array[Int](1)
    check(TesseraNative.tsr_graph_output_count(g, n), what)
    val name = new Array[String](1)
    ArraySeq.from((0 until n(0)).map { k =>
      name(0) = null
      check(TesseraNative.tsr_graph_output_name(g, k, name), what)
      name(0)
    })
  }

  /** Like [[Runtime.check]]; errors that name no operator name the Scala call, and C parameter
    * names become the Scala ones (`graph` is the model itself, `this`; `rename` adds more).
    */
  private def check(status: Int, what: String, rename: (String, String)*): Unit =
    if (status != 0) {
      val e = Runtime.lastError(status)
      val arg = e.arg.map(a => (("graph" -> "this") +: rename).find(_._1 == a).fold(a)(_._2)).getOrElse("")
      throw TesseraException.fromStatus(status, e.detail, e.op.getOrElse(what), arg)
    }
}
