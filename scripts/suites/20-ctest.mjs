// C++ engine unit tests (googletest, registered with ctest).
import { parseCtest } from "./lib.mjs";

export default {
  name: "ctest (C++ engine)",
  async run({ sh }) {
    const r = sh("ctest", ["--test-dir", "build", "-j2", "--output-on-failure"]);
    const counts = parseCtest(r.out);
    if (!counts || counts.failed > 0) process.stdout.write(r.out);
    return counts ?? { passed: 0, failed: 1, skipped: 0, detail: "could not read ctest's summary" };
  },
};
