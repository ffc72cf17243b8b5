// ONNX conformance, fast subset (test/conformance/run.mjs --fast): every onnx-node test and the
// SqueezeNet light model against its expected output. Fails only on onnx-node tests that do not
// pass and are not listed in test/conformance/known-failures.json (and on SqueezeNet); the listed
// ones count as skipped. The full run is `npm run conformance`.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export default {
  name: "ONNX conformance (node tests + squeezenet)",
  async run({ root, sh }) {
    if (!existsSync(resolve(root, "..", "shared", "conformance", "onnx-node"))) {
      // known-failures.json describes those onnx 1.12 tests; `npm run conformance` generates onnx 1.18's instead.
      return { skip: "../shared/conformance/onnx-node is absent (npm run conformance generates the node tests with .venv's onnx)" };
    }
    const out = join(mkdtempSync(join(tmpdir(), "tessera-conformance-")), "result.json");
    const r = sh(process.execPath, [join(root, "test/conformance/run.mjs"), "--fast", "--json", out]);
    if (!existsSync(out)) {
      process.stdout.write(r.out);
      return { passed: 0, failed: 1, skipped: 0, detail: "the conformance runner produced no result" };
    }
    const j = JSON.parse(readFileSync(out, "utf8"));
    const node = j.tests.filter((t) => t.suite === "onnx-node");
    const unexpected = new Set(j.unexpected);
    const passed = node.filter((t) => t.status === "passed").length + j.light.filter((l) => l.status === "passed").length;
    const failed = unexpected.size + j.light.filter((l) => l.status !== "passed").length;
    const skipped = node.filter((t) => t.status !== "passed" && !unexpected.has(t.name)).length;
    if (failed > 0 || r.status !== 0) process.stdout.write(r.out);
    const fixed = j.fixed.length ? `; ${j.fixed.length} known failures now pass (run --update-known)` : "";
    return { passed, failed, skipped, detail: `known failures skipped${fixed}` };
  },
};
