// Graphs and ONNX from TypeScript (run by `npm start`): trace a small network into a graph, export
// it as ONNX, load it back and run it; then, when the ONNX light models are beside the project
// (../shared/conformance/onnx-light), load SqueezeNet and time it.
import { existsSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { Model, Tensor, matmul, relu, softmax, add } = require(join(root, "bindings/typescript/dist/index.js"));

// 1. Trace (MXNet's hybridize): ordinary calls recorded into a graph; w and b become constants.
const w = Tensor.from([[0.5, -1, 2], [1, 0.25, -0.5]]);
const b = Tensor.from([0.1, 0.2, 0.3]);
const x = Tensor.from([[1, 2], [3, -1]]);
const mlp = Model.trace({ x }, (x) => ({ probs: softmax(relu(add(matmul(x, w), b)), { axis: -1 }) }));
const file = join(mkdtempSync(join(tmpdir(), "tessera-onnx-")), "mlp.onnx");
mlp.export(file);
const back = Model.load(file);
const { probs } = back.run({ x });
console.log(`traced -> ${file} -> loaded back: inputs ${JSON.stringify(back.inputs)}, outputs ${back.outputNames}`);
console.log("probs =", JSON.stringify(probs.toArray()));
console.log("plan:", JSON.stringify(back.planStats()));

// 2. An ONNX model zoo network, when present.
const squeeze = join(root, "..", "shared", "conformance", "onnx-light", "light_squeezenet.onnx");
if (existsSync(squeeze)) {
  const m = Model.load(squeeze);
  const shape = m.inputs[0].shape.map((d) => d ?? 1);
  const n = shape.reduce((p, q) => p * q, 1);
  const data = new Float32Array(n).map((_, i) => i / n);
  const input = Tensor.from(data, { shape });
  let t0 = performance.now();
  m.run({ [m.inputs[0].name]: input });  // first run: converts and plans
  const first = performance.now() - t0;
  t0 = performance.now();
  const out = m.run({ [m.inputs[0].name]: input });
  const second = performance.now() - t0;
  const y = out[m.outputNames[0]];
  console.log(`SqueezeNet (${squeeze}): output ${JSON.stringify(y.shape)}, first run ${first.toFixed(0)} ms, planned run ${second.toFixed(1)} ms, ${m.planStats().nodes} nodes`);
} else {
  console.log(`(no ONNX light models at ${dirname(squeeze)}: skipping the SqueezeNet run)`);
}
