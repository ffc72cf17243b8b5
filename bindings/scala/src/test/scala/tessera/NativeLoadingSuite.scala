package tessera

import java.nio.file.{Files, Paths}

/** The documented ways to find the native library: from the jar (default) and from the folder
  * named by -Dtessera.library.path (checked in a child JVM, since a JVM loads a library once).
  */
class NativeLoadingSuite extends munit.FunSuite {
  test("by default the libraries come from the jar's resources, unpacked to a temporary folder") {
    assume(System.getProperty(Native.LibraryPathProperty) == null && System.getenv(Native.LibraryPathEnv) == null)
    val from = Paths.get(Native.loadedFrom)
    assert(from.getFileName.toString.startsWith("tessera-native-"), from.toString)
    assert(Files.exists(from.resolve("libtessera_jni.so")))
    assert(Files.exists(from.resolve("libtessera.so")))
  }

  test("-Dtessera.library.path loads the libraries from that folder") {
    val dir = TestRegistry.root.resolve("bindings/scala/target/native")
    assume(Files.exists(dir.resolve("libtessera_jni.so")), s"no $dir")
    val java = Paths.get(System.getProperty("java.home"), "bin", "java").toString
    val cmd = Seq(java, "-cp", System.getProperty("java.class.path"), s"-D${Native.LibraryPathProperty}=$dir", "tessera.LoadFromPathMain")
    val p = new ProcessBuilder(cmd*).redirectErrorStream(true).start()
    val out = new String(p.getInputStream.readAllBytes())
    assertEquals(p.waitFor(), 0, out)
    assert(out.contains(s"loaded from $dir"), out)
    assert(out.contains("sum = 10.0"), out)
  }
}

/** Child-JVM entry point of NativeLoadingSuite. */
object LoadFromPathMain {
  def main(args: Array[String]): Unit = {
    println(s"loaded from ${Native.loadedFrom}")
    val x = Tensor(Array(1f, 2f, 3f, 4f))
    val s = x.sum()
    println(s"sum = ${s.item}")
    s.close()
    x.close()
  }
}
