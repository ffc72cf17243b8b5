package tessera

import java.nio.file.{Files, Path, Paths, StandardCopyOption}

import tessera.jni.TesseraNative

/** Loads the native libraries once per JVM: `libtessera_jni.so` (the SWIG wrapper) and the
  * engine `libtessera.so` it links against.
  *
  * Where from, in this order:
  *  1. the folder named by the system property `tessera.library.path`
  *     (`-Dtessera.library.path=/opt/tessera/lib`), else by the environment variable
  *     `TESSERA_LIBRARY_PATH`: `libtessera_jni.so` is loaded from there, and `libtessera.so`
  *     too when the folder has it (otherwise the dynamic linker finds it);
  *  2. the jar: `tessera/native/<os>-<arch>/` resources are copied to a temporary folder
  *     (deleted when the JVM exits) and loaded from it.
  *
  * After loading it checks that the library's C API version and registry hash are the ones
  * these bindings were generated from ([[OpTable.ApiVersion]], [[OpTable.RegistryHash]]) and
  * refuses to continue otherwise, with an `UnsatisfiedLinkError` that says what to rebuild.
  */
object Native {
  val LibraryPathProperty = "tessera.library.path"
  val LibraryPathEnv = "TESSERA_LIBRARY_PATH"
  private val JniLibrary = "libtessera_jni.so"
  private val EngineLibrary = "libtessera.so"

  @volatile private var origin: String = ""

  private lazy val loaded: Unit = load()

  /** Loads and checks the libraries (once); cheap after the first call. */
  def ensureLoaded(): Unit = loaded

  /** Where the libraries were loaded from (a folder), after [[ensureLoaded]]. */
  def loadedFrom: String = { ensureLoaded(); origin }

  private def platform: String = {
    val os = System.getProperty("os.name", "").toLowerCase match {
      case n if n.startsWith("linux") => "linux"
      case n if n.startsWith("mac") => "macos"
      case n => n.replaceAll("\\W+", "")
    }
    val arch = System.getProperty("os.arch", "") match {
      case "amd64" | "x86_64" => "x86_64"
      case "aarch64" | "arm64" => "aarch64"
      case a => a
    }
    s"$os-$arch"
  }

  private def configuredDir: Option[Path] =
    Option(System.getProperty(LibraryPathProperty)).orElse(Option(System.getenv(LibraryPathEnv))).filter(_.nonEmpty).map(Paths.get(_))

  private def load(): Unit = {
    val dir = configuredDir match {
      case Some(d) =>
        if (!Files.isRegularFile(d.resolve(JniLibrary))) {
          throw new UnsatisfiedLinkError(s"tessera: $JniLibrary not found in $d (from $LibraryPathProperty / $LibraryPathEnv)")
        }
        d
      case None => extractFromJar()
    }
    val engine = dir.resolve(EngineLibrary)
    if (Files.isRegularFile(engine)) System.load(engine.toAbsolutePath.toString)
    System.load(dir.resolve(JniLibrary).toAbsolutePath.toString)
    origin = dir.toAbsolutePath.toString
    check()
  }

  private def extractFromJar(): Path = {
    val base = s"/tessera/native/$platform"
    if (getClass.getResource(s"$base/$JniLibrary") == null) {
      throw new UnsatisfiedLinkError(
        s"tessera: no native library for $platform in the jar ($base/$JniLibrary); build it with `mvn package` " +
          s"on this platform or point -D$LibraryPathProperty (or $LibraryPathEnv) at a folder holding $JniLibrary")
    }
    val dir = Files.createTempDirectory("tessera-native-")
    dir.toFile.deleteOnExit()
    for (name <- Seq(EngineLibrary, JniLibrary)) {
      val in = getClass.getResourceAsStream(s"$base/$name")
      if (in != null) {
        try {
          val target = dir.resolve(name)
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING)
          target.toFile.deleteOnExit()
        } finally in.close()
      }
    }
    dir
  }

  private def check(): Unit = {
    val version = TesseraNative.tsr_api_version()
    if (version != OpTable.ApiVersion) {
      throw new UnsatisfiedLinkError(
        s"tessera: the native library in $origin has C API version $version, but these Scala bindings were generated " +
          s"for version ${OpTable.ApiVersion}; rebuild both (npm run generate, then mvn package)")
    }
    val hash = TesseraNative.tsr_registry_hash()
    if (hash != OpTable.RegistryHash) {
      throw new UnsatisfiedLinkError(
        s"tessera: the native library in $origin has operator registry $hash, but these Scala bindings were generated " +
          s"from registry ${OpTable.RegistryHash}; regenerate them (npm run generate) and rebuild (mvn package)")
    }
  }
}

/** Library-wide facts and settings. */
object Tessera {
  /** The C API version of the loaded library (TSR_API_VERSION). */
  def apiVersion: Int = { Native.ensureLoaded(); TesseraNative.tsr_api_version() }

  /** The registry hash of the loaded library. */
  def registryHash: String = { Native.ensureLoaded(); TesseraNative.tsr_registry_hash() }

  /** The operator registry as JSON (schema in op-registry/README.md). */
  def registryJson: String = { Native.ensureLoaded(); TesseraNative.tsr_registry_json() }

  /** Number of threads the kernels use. */
  def numThreads: Int = { Native.ensureLoaded(); TesseraNative.tsr_num_threads() }

  /** Sets the number of kernel threads; `n <= 0` restores the core count. */
  def setNumThreads(n: Int): Unit = { Native.ensureLoaded(); Runtime.check(TesseraNative.tsr_set_num_threads(n)) }
}
