// The generated bindings compiled inside the real bindings/typescript project (its tsconfig, its
// hand-written runtime, tensor and dtype modules), in memory. Skipped, with the reason in the
// test name, while that runtime does not exist in the checkout.

import * as fs from "node:fs";
import * as path from "node:path";
import { emitTypeScript } from "../src/emit/typescript";
import { parseRegistry } from "../src/model";
import { typescript } from "../src/lang/typescript";
import { examplesModule, haveRealRuntime, REPO_ROOT, typeCheckWithRealRuntime } from "./helpers/typecheck";

const runtime = haveRealRuntime();
const realRegistry = path.join(REPO_ROOT, "op-registry/registry.json");
const withRuntime = runtime ? test : test.skip;
const withRuntimeAndRegistry = runtime && fs.existsSync(realRegistry) ? test : test.skip;
const why = runtime ? "" : " (SKIPPED: bindings/typescript/src/runtime.ts does not exist yet)";

withRuntime(`sample registry output compiles against the real runtime${why}`, () => {
  const sample = parseRegistry(fs.readFileSync(path.join(__dirname, "fixtures/sample-registry.json"), "utf8"));
  const usage = `import { Tensor } from "./tensor";
import { add, concat, pad, topK, zeros } from "./generated";
const x = Tensor.from([[1, 2], [3, 4]], { dtype: "float32" });
export const ys: Tensor[] = [add(x, 1), concat([x, x], { axis: 1 }), pad(x, [1, 1], { mode: "edge" }), zeros([2], { dtype: "int32" }), x.sum({ axes: [0] })];
export const [values, indices] = topK(x, 1);
`;
  expect(typeCheckWithRealRuntime(emitTypeScript(sample), { "generated-usage.ts": usage })).toEqual([]);
});

withRuntimeAndRegistry(`real registry output compiles against the real runtime${why}`, () => {
  const model = parseRegistry(fs.readFileSync(realRegistry, "utf8"));
  const files = emitTypeScript(model);
  const ops = files.find((f) => f.path.endsWith("/ops.ts"))?.content ?? "";
  const names = model.ops.map((op) => typescript.functionName(op.name));
  const examples = examplesModule(ops, names);
  expect(examples.count).toBe(model.ops.filter((op) => op.examples.length > 0).length);
  // Every @example in the docs compiles too.
  expect(typeCheckWithRealRuntime(files, { "examples-generated.ts": examples.text })).toEqual([]);
});
