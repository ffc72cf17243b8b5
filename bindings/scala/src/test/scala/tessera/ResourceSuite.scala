package tessera

import java.nio.file.{Files, Paths}

import scala.util.Using

/** Native memory is released: 10^5 operations keep the resident size and the live tensor count
  * steady, whether tensors are closed (Using) or only dropped (the Cleaner safety net).
  */
class ResourceSuite extends munit.FunSuite {
  override val munitTimeout = scala.concurrent.duration.Duration(300, "s")

  /** Resident set size of this JVM in bytes (Linux /proc). */
  private def rss(): Long =
    Files.readAllLines(Paths.get("/proc/self/status")).toArray.map(_.toString)
      .find(_.startsWith("VmRSS:")).map(_.split("\\s+")(1).toLong * 1024).getOrElse(-1L)

  private def settle(target: Long): Long = {
    var k = 0
    while (Tensor.liveCount > target && k < 200) {
      System.gc()
      Thread.sleep(20)
      k += 1
    }
    Tensor.liveCount
  }

  private val MiB = 1L << 20

  test("10^5 operations with Using hold memory and the live count steady") {
    assume(Files.exists(Paths.get("/proc/self/status")), "needs /proc to read the resident size")
    Using.resource(Tensor(Array.tabulate(4096)(_.toFloat), Seq(64, 64))) { x =>
      def step(): Unit = Using.Manager { use =>
        val y = use(x * 2.0)
        val z = use(y.sum(axes = Seq(1)))
        use(Ops.softmax(z))
      }.get
      for (_ <- 0 until 10000) step() // warm up: JIT, allocator arenas
      settle(0)
      val live0 = Tensor.liveCount
      val rss0 = rss()
      for (_ <- 0 until 100000) step()
      val grown = rss() - rss0
      assertEquals(Tensor.liveCount, live0, "every tensor was released")
      println(f"ResourceSuite: resident size ${rss0.toDouble / MiB}%.0f MiB after warm-up, ${grown.toDouble / MiB}%+.1f MiB after 10^5 more")
      // 10^5 iterations allocate 4 native tensors each (16 KiB + 256 B + 2 x 256 B): a leak would
      // add > 1.6 GiB; allow 64 MiB for the JVM's own growth.
      assert(grown < 64 * MiB, s"resident size grew by ${grown / MiB} MiB over 10^5 operations")
    }
  }

  test("tensors that are never closed are released by the cleaner, and their memory is reused") {
    assume(Files.exists(Paths.get("/proc/self/status")), "needs /proc to read the resident size")
    Using.resource(Tensor(Array.tabulate(1024)(_.toFloat))) { x =>
      settle(0)
      val live0 = Tensor.liveCount
      def round(): Double = {
        var checksum = 0.0
        for (k <- 0 until 100000) {
          val y = x + 1.0 // dropped, never closed
          if (k % 10000 == 0) checksum += y.toFloatArray(0)
        }
        checksum
      }
      assertEquals(round(), 10.0)
      assertEquals(settle(live0), live0, "the cleaner released every dropped tensor")
      // The GC does not see native memory, so the first round may peak high; once released,
      // that memory is reused: a second round of 10^5 operations must not grow the process.
      val rss1 = rss()
      assertEquals(round(), 10.0)
      assertEquals(settle(live0), live0, "the cleaner released every dropped tensor (second round)")
      val grown = rss() - rss1
      assert(grown < 128 * MiB, s"resident size grew by ${grown / MiB} MiB in the second round")
    }
  }
}
