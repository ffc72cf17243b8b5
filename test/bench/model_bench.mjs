#!/usr/bin/env node
// Whole-model inference: Tessera (Model.load + run) vs onnxruntime-node on the same ONNX files
// from ../shared/conformance/onnx-light, same input (the folder README's rule), same process,
// both on all cores, in alternating blocks of runs. Reports the median latency of each and the
// ratio ORT / Tessera (> 1 means Tessera is faster), after checking the outputs agree (rtol 1e-3,
// atol 1e-5).
// Options: --models a,b (default resnet50,squeezenet,bvlc_alexnet,inception_v1), --runs R (7), --json.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { lightInput } from "../conformance/suites.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : def;
};
const MODELS = arg("--models", "resnet50,squeezenet,bvlc_alexnet,inception_v1").split(",");
const RUNS = Number(arg("--runs", "5"));
const JSON_ONLY = args.includes("--json");
const log = (...a) => {
  if (!JSON_ONLY) console.log(...a);
};

export async function benchModels({ models = MODELS, runs = RUNS } = {}) {
  const dir = join(root, "..", "shared", "conformance", "onnx-light");
  if (!existsSync(dir)) return { skipped: `${dir} is absent` };
  const { Model, Tensor } = require(join(root, "bindings/typescript/dist/index.js"));
  const ort = require("onnxruntime-node");
  const threads = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  const results = [];
  for (const name of models) {
    const path = join(dir, `light_${name}.onnx`);
    if (!existsSync(path)) {
      results.push({ model: name, skipped: "file absent" });
      continue;
    }
    const m = Model.load(path);
    // ORT's workers spin after each run by default; interleaved runs would then charge that spin to
    // Tessera. Both runtimes wait passively here (Tessera sets OMP_WAIT_POLICY=passive).
    const session = await ort.InferenceSession.create(path, {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
      extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } },
    });
    // The conformance input (test/conformance: declared dims, unknown = 1, arange(n) / n).
    const feedsT = {};
    const feedsO = {};
    for (const inp of m.inputs) {
      const { shape, data } = lightInput(inp.shape ?? []);
      feedsT[inp.name] = Tensor.from(data, { shape });
      feedsO[inp.name] = new ort.Tensor("float32", data, shape);
    }
    const outName = m.outputNames[0];
    const runT = () => {
      const out = m.run(feedsT);
      const a = out[outName].toTypedArray();
      for (const t of Object.values(out)) t.dispose();
      return a;
    };
    const runO = async () => (await session.run(feedsO))[session.outputNames[0]].data;
    // Warm-up (Tessera plans on its first run; ORT initializes kernels), then check agreement.
    const a = runT();
    const b = await runO();
    let maxErr = 0;
    let ok = a.length === b.length;
    for (let i = 0; ok && i < a.length; i++) {
      const err = Math.abs(a[i] - b[i]);
      maxErr = Math.max(maxErr, err);
      if (err > 1e-5 + 1e-3 * Math.abs(b[i])) ok = false;
    }
    const tT = [];
    const tO = [];
    // Alternating blocks (a warm-up run, then `runs` timed runs, per runtime per round): both see
    // the same machine state, and neither pays for the other's caches or waking threads.
    for (let round = 0; round < 3; round++) {
      runT();
      for (let r = 0; r < runs; r++) {
        const t0 = process.hrtime.bigint();
        runT();
        tT.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      await runO();
      for (let r = 0; r < runs; r++) {
        const t0 = process.hrtime.bigint();
        await runO();
        tO.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
    const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const rec = { model: name, tessera_ms: med(tT), ort_ms: med(tO), ratio: med(tO) / med(tT), outputs_agree: ok, max_abs_err: maxErr };
    results.push(rec);
    m.dispose();
    await session.release?.();
  }
  return { threads, runs, results };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchModels();
  if (JSON_ONLY) console.log(JSON.stringify(r));
  else if (r.skipped) log(`model bench skipped: ${r.skipped}`);
  else {
    log(`Whole-model inference, batch 1, ${r.threads} threads, median of 3 rounds x ${r.runs} runs, alternating blocks (ONNX light models):`);
    for (const x of r.results) {
      if (x.skipped) log(`  ${x.model}: skipped (${x.skipped})`);
      else
        log(`  ${x.model.padEnd(14)} Tessera ${x.tessera_ms.toFixed(1).padStart(7)} ms   onnxruntime-node ${x.ort_ms.toFixed(1).padStart(7)} ms   ORT/Tessera ${x.ratio.toFixed(2)}x   outputs ${x.outputs_agree ? "agree" : "DIFFER"} (max abs err ${x.max_abs_err.toExponential(1)})`);
    }
  }
}
