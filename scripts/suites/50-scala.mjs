// Scala package (bindings/scala): Maven builds the SWIG JNI wrapper with CMake (its own build dir
// under bindings/scala/target/), compiles the SWIG Java and the Scala sources, runs the munit
// suites through Surefire and writes the jar. Counts come from Surefire's XML reports.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

function missingTool(sh) {
  for (const [tool, args] of [["mvn", ["-v"]], ["java", ["-version"]], ["swig", ["-version"]], ["cmake", ["--version"]]]) {
    if (sh(tool, args).status !== 0) return tool;
  }
  return undefined;
}

/** Sums the <testsuite tests= failures= errors= skipped=> attributes of Surefire's reports. */
function surefireCounts(dir) {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => /^TEST-.*\.xml$/.test(f));
  if (files.length === 0) return undefined;
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const f of files) {
    const head = readFileSync(join(dir, f), "utf8").match(/<testsuite\b[^>]*>/);
    if (!head) continue;
    for (const key of Object.keys(totals)) {
      const m = head[0].match(new RegExp(`\\b${key}="(\\d+)"`));
      if (m) totals[key] += Number(m[1]);
    }
  }
  return totals;
}

export default {
  name: "scala (Maven + munit)",
  async run({ root, sh }) {
    const tool = missingTool(sh);
    if (tool) return { skip: `${tool} is not installed (scripts/setup-system.sh installs maven, swig, cmake and a JDK)` };
    if (!existsSync(join(root, "build/lib/libtessera.so"))) return { skip: "build/lib/libtessera.so is missing (run npm run build)" };

    const project = join(root, "bindings/scala");
    const reports = join(project, "target/surefire-reports");
    rmSync(reports, { recursive: true, force: true });
    const r = sh("mvn", ["-B", "-q", "--no-transfer-progress", "-f", join(project, "pom.xml"), `-Dtessera.root=${root}`, "package"]);
    const counts = surefireCounts(reports);
    if (!counts) {
      process.stdout.write(r.out);
      return { passed: 0, failed: 1, skipped: 0, detail: "Maven produced no test reports (build failed before the tests)" };
    }
    const failed = counts.failures + counts.errors;
    const target = join(project, "target");
    const jar = existsSync(target) && readdirSync(target).some((f) => /^tessera-scala-.*\.jar$/.test(f));
    if (failed > 0 || r.status !== 0) process.stdout.write(r.out);
    return {
      passed: counts.tests - failed - counts.skipped,
      failed: failed + (r.status !== 0 && failed === 0 ? 1 : 0),
      skipped: counts.skipped,
      detail: r.status === 0 && jar ? `jar built in ${r.seconds.toFixed(0)} s` : "mvn package failed",
    };
  },
};
