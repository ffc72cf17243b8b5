// Runs conformance tests in a child process of run.mjs, so that a crash or hang in the engine
// costs one test, not the run. Reads {tasks: [...]} as JSON on stdin; writes one JSON line per
// event on stdout: {"start": id} before a test and {"result": {...}} after it.
//
// Uses the built package (package.json "main": bindings/typescript/dist) and onnxruntime-node.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { compareTensors, compareValues } from "./compare.mjs";
import { lightInput, listDataSets } from "./suites.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(ROOT, "package.json"));
const tessera = require(ROOT);

const UNSUPPORTED = 8; // TSR_ERR_UNSUPPORTED
const LOGITS_SCALE_TOL = 1e-4; // max |Tessera - onnxruntime| / max |logit| (float32 noise is ~1e-6)

function oneLine(s) {
  const text = String(s).replace(/\s+/g, " ").trim();
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** A failure result from a thrown error: status UNSUPPORTED → unsupported, anything else → failed. */
function fromError(e, stage) {
  const message = oneLine(e instanceof Error ? `${e.name}: ${e.message}` : e);
  const status = e && typeof e === "object" && "status" in e ? e.status : undefined;
  return { status: status === UNSUPPORTED ? "unsupported" : "failed", reason: `${stage}: ${message}` };
}

function readPb(file) {
  return tessera.readTensorProto(readFileSync(file));
}

function disposeAll(list) {
  for (const t of list) {
    try {
      t?.dispose();
    } catch {
      // already gone
    }
  }
}

function runNodeTest(task) {
  const info = task.info;
  if (info && !info.error) {
    const odd = [...(info.inputs ?? []), ...(info.outputs ?? [])].filter((v) => v.kind !== "tensor");
    if (odd.length > 0) {
      return { status: "unsupported", reason: `${odd[0].kind}-typed ${odd[0].name ? `value '${odd[0].name}'` : "value"} (sequence/optional/map test data)` };
    }
  }
  let model;
  try {
    model = tessera.Model.load(task.model);
  } catch (e) {
    return fromError(e, "import");
  }
  const owned = [];
  try {
    const sets = listDataSets(task.dir);
    if (sets.length === 0) return { status: "failed", reason: "no test_data_set_N folder" };
    for (const set of sets) {
      let feeds;
      let wants;
      try {
        feeds = set.inputs.map(readPb);
        owned.push(...feeds);
        wants = set.outputs.map(readPb);
        owned.push(...wants);
      } catch (e) {
        return fromError(e, `${set.name}: reading test data`);
      }
      if (feeds.length !== model.inputs.length) {
        return { status: "failed", reason: `${set.name}: ${feeds.length} input files but the imported model has ${model.inputs.length} inputs` };
      }
      if (wants.length !== model.outputNames.length) {
        return { status: "failed", reason: `${set.name}: ${wants.length} output files but the model has ${model.outputNames.length} outputs` };
      }
      // Twice: the first run converts the model (calls run as they are emitted), the second runs
      // the optimized, planned graph (folding, arena); both must give the expected outputs.
      for (const pass of ["first run", "planned run"]) {
        let outs;
        try {
          outs = model.run(feeds);
        } catch (e) {
          return fromError(e, `${set.name}: ${pass}`);
        }
        owned.push(...Object.values(outs));
        for (let k = 0; k < wants.length; k++) {
          const name = model.outputNames[k];
          const c = compareTensors(outs[name], wants[k]);
          if (!c.ok) return { status: "failed", reason: `${set.name}: ${pass}: output ${k} '${name}': ${c.reason}` };
        }
      }
    }
    return { status: "passed" };
  } catch (e) {
    return fromError(e, "runner");
  } finally {
    disposeAll(owned);
    model.dispose();
  }
}

async function runLight(task) {
  const result = { status: "passed", name: task.name };
  const input = lightInput(task.inputDims);
  // 1. The committed model against its expected output.
  let model;
  try {
    model = tessera.Model.load(task.model);
  } catch (e) {
    return { ...result, ...fromError(e, "import") };
  }
  const owned = [];
  try {
    const x = tessera.Tensor.from(input.data, { shape: input.shape });
    owned.push(x);
    const t0 = Date.now();
    const first = model.run([x]);  // converts the model
    result.seconds = (Date.now() - t0) / 1000;
    owned.push(...Object.values(first));
    const want = readPb(task.expected);
    owned.push(want);
    let c = compareTensors(first[model.outputNames[0]], want, { rtol: task.rtol, atol: task.atol });
    if (c.ok) {
      const outs = model.run([x]);  // the optimized, planned graph
      owned.push(...Object.values(outs));
      c = compareTensors(outs[model.outputNames[0]], want, { rtol: task.rtol, atol: task.atol });
      if (!c.ok) c.reason = `planned run: ${c.reason}`;
    }
    result.expected = { ok: c.ok, maxAbs: c.maxAbs, maxRel: c.maxRel, reason: c.reason };
    if (!c.ok) {
      result.status = "failed";
      result.reason = `expected output: ${c.reason}`;
    }
  } catch (e) {
    Object.assign(result, fromError(e, "run"));
  } finally {
    disposeAll(owned);
    model.dispose();
  }
  if (result.status !== "passed" || !task.randomModel) {
    if (task.randomError) result.random = { ok: false, reason: task.randomError };
    return result;
  }
  // 2. Seeded random weights: Tessera against onnxruntime-node on the same model and input.
  let rmodel;
  try {
    rmodel = tessera.Model.load(task.randomModel);
  } catch (e) {
    return { ...result, ...fromError(e, "random-weights import") };
  }
  const rowned = [];
  try {
    const x = tessera.Tensor.from(input.data, { shape: input.shape });
    rowned.push(x);
    rowned.push(...Object.values(rmodel.run([x])));  // converts; the planned graph below is what is compared
    const outs = rmodel.run([x]);
    rowned.push(...Object.values(outs));
    const ort = require("onnxruntime-node");
    const session = await ort.InferenceSession.create(task.randomModel, { graphOptimizationLevel: "basic" });
    const feeds = { [session.inputNames[0]]: new ort.Tensor("float32", input.data, input.shape) };
    const refs = await session.run(feeds);
    if (typeof session.release === "function") await session.release();
    // Every output (probabilities, and the logits the random copy adds) against onnxruntime.
    const per = [];
    for (const name of session.outputNames) {
      const ref = refs[name];
      const got = outs[name];
      let c;
      if (!got) c = { ok: false, reason: `Tessera has no output '${name}'` };
      else if (got.shape.length !== ref.dims.length || got.shape.some((d, i) => d !== ref.dims[i])) c = { ok: false, reason: `shape [${got.shape}] vs onnxruntime [${ref.dims}]` };
      else c = compareValues(got.toTypedArray(), ref.data, { rtol: 1e-3, atol: 1e-5 });
      let absRef = 0;
      for (const v of ref.data) absRef = Math.max(absRef, Math.abs(v));
      const entry = { name, ok: c.ok, maxAbs: c.maxAbs, maxRel: c.maxRel, maxAbsRef: absRef, reason: c.reason };
      if (name === task.logits && c.maxAbs !== undefined && Number.isFinite(c.maxAbs)) {
        // Logits of a deep random network reach |x| ~ 1e6 and cancel, so elementwise rtol on them
        // measures summation order; they are judged by the error relative to their scale.
        entry.logits = true;
        entry.scaleRel = c.maxAbs / Math.max(absRef, 1e-30);
        entry.ok = entry.scaleRel <= LOGITS_SCALE_TOL;
        entry.reason = entry.ok ? undefined : `max abs err ${c.maxAbs.toExponential(2)} is ${entry.scaleRel.toExponential(2)} of max |logit| ${absRef.toExponential(2)} (limit ${LOGITS_SCALE_TOL})`;
      }
      per.push(entry);
    }
    const declared = per.filter((p) => !p.logits);
    const logits = per.find((p) => p.logits);
    const worst = per.find((p) => !p.ok);
    result.random = {
      ok: per.every((p) => p.ok),
      maxAbs: Math.max(...declared.map((p) => p.maxAbs ?? NaN)),
      maxRel: Math.max(...declared.map((p) => p.maxRel ?? NaN)),
      logitsScaleRel: logits?.scaleRel,
      outputs: per,
      replaced: task.replaced,
    };
    if (!result.random.ok) {
      result.status = "failed";
      result.reason = `random weights vs onnxruntime, output '${worst?.name}': ${worst?.reason}`;
    }
  } catch (e) {
    Object.assign(result, fromError(e, "random weights"));
    result.random = { ok: false, reason: result.reason };
  } finally {
    disposeAll(rowned);
    rmodel.dispose();
  }
  return result;
}

async function main() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  const { tasks } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  for (const task of tasks) {
    process.stdout.write(`${JSON.stringify({ start: task.id })}\n`);
    const t0 = Date.now();
    let res;
    try {
      res = task.kind === "light" ? await runLight(task) : runNodeTest(task);
    } catch (e) {
      res = fromError(e, "runner");
    }
    process.stdout.write(`${JSON.stringify({ result: { id: task.id, ms: Date.now() - t0, ...res } })}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack || e));
  process.exit(2);
});
