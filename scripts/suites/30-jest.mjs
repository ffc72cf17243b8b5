// jest over the generators and the TypeScript package (through the real addon).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureVenv } from "./venv.mjs";

export default {
  name: "jest (generators + TypeScript)",
  async run({ root, sh }) {
    // The ONNX export round trip checks files with onnx.checker from .venv (made here on a fresh clone).
    const env = ensureVenv({ root, sh });
    if (env.error) process.stdout.write(`jest: ${env.error}; the ONNX round-trip test will fail\n${env.out}`);
    const out = join(mkdtempSync(join(tmpdir(), "tessera-jest-")), "result.json");
    const r = sh(join(root, "node_modules/.bin/jest"), ["--ci", "--json", `--outputFile=${out}`]);
    if (!existsSync(out)) {
      process.stdout.write(r.out);
      return { passed: 0, failed: 1, skipped: 0, detail: "jest produced no result" };
    }
    const j = JSON.parse(readFileSync(out, "utf8"));
    // A suite that fails to load has no assertion results; count it as one failure.
    const broken = j.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
    if (j.numFailedTests > 0 || broken > 0 || r.status !== 0) process.stdout.write(r.out);
    return { passed: j.numPassedTests, failed: j.numFailedTests + broken, skipped: j.numPendingTests + j.numTodoTests };
  },
};
