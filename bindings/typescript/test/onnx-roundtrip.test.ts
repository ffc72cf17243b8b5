// ONNX export round trip, generated from the registry the library reports: for every operator
// whose ONNX mapping is "exact" (or "decomposed"), every registry example is traced as a
// one-node model and exported (opset 20); then
//   (1) onnx.checker.check_model(full_check=True) accepts the file (onnx 1.18 in /work/main/.venv,
//       one Python process over all files),
//   (2) onnxruntime-node runs it on the example inputs (one child Node process over all files:
//       inside jest's sandbox onnxruntime's typed-array checks fail across realms); where
//       onnxruntime has no kernel for the example's dtype (float64 for most unary math,
//       activations, conv, pooling; int32 DepthToSpace), the same example with float64/int32
//       inputs as float32 runs there instead and must match the expected values likewise, and
//   (3) its outputs equal the example's expected outputs (hand-derived / numpy / ONNX data, never
//       the engine) and Tessera's own run of the exported file: float within rtol 1e-5 / atol
//       1e-6, integers and bools exactly.
// An operator without an example, or whose export fails, fails here (never skipped), so a new
// operator shows up automatically.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

import { Model, Tensor, UnsupportedError, callN, dtypeCode, registry, resolveOps, type DType, type OpExample, type OpSchema } from "../src";
import type { ExampleTensor } from "../src/registry";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const PYTHON = path.join(ROOT, ".venv", "bin", "python");
const ORT_PACKAGE = path.join(ROOT, "node_modules", "onnxruntime-node");
const RTOL = 1e-5;
const ATOL = 1e-6;

interface Case {
  id: string; // "<op>#<k>", also the file name
  op: OpSchema;
  example: OpExample | undefined; // undefined: the operator has no example (a failure)
}

const MAPPED = registry().ops.filter((op) => op.onnx?.["status"] === "exact" || op.onnx?.["status"] === "decomposed");
const CASES: Case[] = MAPPED.flatMap((op): Case[] =>
  (op.examples ?? []).length === 0
    ? [{ id: `${op.name}#none`, op, example: undefined }]
    : op.examples!.map((example, k) => ({ id: `${op.name}#${k}`, op, example })),
);

// ---- example data ---------------------------------------------------------------------------

function num(v: number | string): number {
  if (typeof v === "number") return v;
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  throw new Error(`bad example value ${JSON.stringify(v)}`);
}

function toTensor(e: ExampleTensor): Tensor {
  return Tensor.from(e.data.map(num), { dtype: e.dtype as DType, shape: [...e.shape] });
}

// The registry call's attributes in schema slot order (undefined = default).
function attrsOf(op: OpSchema, ex: OpExample): unknown[] {
  return op.attrs.map((a) => {
    if (!(a.name in ex.attrs)) return undefined;
    const v = ex.attrs[a.name];
    if (a.type === "enum") {
      const idx = (a.enum ?? []).indexOf(v as string);
      if (idx < 0) throw new Error(`example value ${JSON.stringify(v)} is not in enum ${a.name}`);
      return idx;
    }
    if (a.type === "dtype") return dtypeCode(v as DType, op.name, a.name);
    if (a.type === "float") return num(v as number | string);
    if (a.type === "float[]") return (v as (number | string)[]).map(num);
    return v;
  });
}

// Inputs in schema order; a variadic last input takes the remaining tensors as one array.
function callInputs(op: OpSchema, xs: Tensor[]): (Tensor | Tensor[])[] {
  const last = op.inputs[op.inputs.length - 1];
  if (last === undefined || !last.variadic) return xs;
  const fixed = op.inputs.length - 1;
  return [...xs.slice(0, fixed), xs.slice(fixed)];
}

// ---- comparisons ----------------------------------------------------------------------------

function values(data: ArrayLike<number | bigint | boolean>): number[] {
  return Array.from(data as ArrayLike<number | bigint | boolean>, (v) => Number(v));
}

function expectClose(what: string, dtype: string, got: number[], want: number[]): void {
  expect(got.length).toBe(want.length);
  const float = dtype === "float32" || dtype === "float64";
  for (let i = 0; i < want.length; i++) {
    const g = got[i]!;
    const w = want[i]!;
    const ok = Number.isNaN(w) ? Number.isNaN(g) : float && Number.isFinite(w) ? Math.abs(g - w) <= ATOL + RTOL * Math.abs(w) : g === w;
    if (!ok) throw new Error(`${what}: element ${i} is ${g}, want ${w}\n  got:  [${got.join(", ")}]\n  want: [${want.join(", ")}]`);
  }
}

// Training-mode dropout draws its mask from each runtime's own generator (ONNX leaves it to the
// runtime), so outputs are checked by the defining relation y = x * mask / (1 - ratio).
function isRandom(op: OpSchema, ex: OpExample): boolean {
  return op.name === "dropout" && ex.attrs["training"] === true && Number(ex.attrs["ratio"] ?? 0.5) > 0;
}
function expectDropout(what: string, x: number[], y: number[], mask: number[], ratio: number): void {
  expect(y.length).toBe(x.length);
  expect(mask.length).toBe(x.length);
  expectClose(what, "float64", y, x.map((v, i) => (mask[i] ? v / (1 - ratio) : 0)));
}

// onnxruntime's message when it has no kernel for a node's types (or for a node its optimizer
// fused, e.g. Mul(x, Sigmoid(x)) into QuickGelu).
const MISSING_KERNEL = /Could not find an implementation for|Failed to find kernel for/;
const TO_FLOAT32: Record<string, string> = { float64: "float32", int32: "float32" };
function asFloat32(e: ExampleTensor): ExampleTensor {
  return { ...e, dtype: TO_FLOAT32[e.dtype] ?? e.dtype };
}
const handles = new Map<string, ReturnType<typeof resolveOps>[string]>();
function handleOf(op: OpSchema): ReturnType<typeof resolveOps>[string] {
  if (!handles.has(op.name)) handles.set(op.name, resolveOps([op.name] as const)[op.name]);
  return handles.get(op.name)!;
}

// ---- export everything, check every file with one onnx.checker process ----------------------

interface Exported {
  bytes?: Uint8Array;
  file?: string;
  error?: string; // export (trace) failure
  checker?: string | null; // null: accepted
  ort?: OrtResult;
  // Set when onnxruntime lacks a kernel for the example's dtypes: the float32 variant's export,
  // its inputs and onnxruntime's result.
  variant?: { bytes: Uint8Array; inputs: ExampleTensor[]; ort: OrtResult };
}
interface OrtResult {
  error?: string;
  outputs?: { type: string; dims: number[]; data: number[] }[]; // in the model's output order
}

// Runs every exported file on its example inputs with onnxruntime-node in one child process.
const ORT_SCRIPT = `
const ort = require(process.argv[1]);
const fs = require("node:fs");
const ARRAYS = {
  float32: (v) => Float32Array.from(v), float64: (v) => Float64Array.from(v), int32: (v) => Int32Array.from(v),
  int64: (v) => BigInt64Array.from(v.map((x) => BigInt(x))), uint8: (v) => Uint8Array.from(v),
  bool: (v) => Uint8Array.from(v.map((x) => (x ? 1 : 0))),
};
const num = (v) => (v === "nan" ? NaN : v === "inf" ? Infinity : v === "-inf" ? -Infinity : v);
(async () => {
  const jobs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const out = {};
  for (const job of jobs) {
    try {
      const session = await ort.InferenceSession.create(job.file);
      const feeds = {};
      session.inputNames.forEach((n, k) => {
        const e = job.inputs[k];
        feeds[n] = new ort.Tensor(e.dtype, ARRAYS[e.dtype](e.data.map(num)), e.shape);
      });
      const r = await session.run(feeds);
      out[job.file] = { outputs: session.outputNames.map((n) => ({ type: r[n].type, dims: Array.from(r[n].dims), data: Array.from(r[n].data, Number) })) };
    } catch (e) {
      out[job.file] = { error: String(e) };
    }
  }
  fs.writeFileSync(process.argv[3], JSON.stringify(out));
})();
`;
const exported = new Map<string, Exported>();
let dir = "";

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tessera-onnx-roundtrip-"));
  const files: string[] = [];
  for (const c of CASES) {
    if (c.example === undefined) continue;
    const ex = c.example;
    const handle = handleOf(c.op);
    try {
      const ins = ex.inputs.map(toTensor);
      const model = Model.trace(ins, (...xs) => callN(handle, callInputs(c.op, xs), attrsOf(c.op, ex)));
      const bytes = model.toBytes();
      model.dispose();
      const file = path.join(dir, `${c.id.replace("#", "__")}.onnx`);
      fs.writeFileSync(file, bytes);
      files.push(file);
      exported.set(c.id, { bytes, file });
    } catch (e) {
      exported.set(c.id, { error: String(e) });
    }
  }
  const script = [
    "import json, sys, onnx",
    "out = {}",
    "for f in sys.argv[1:]:",
    "    try:",
    "        onnx.checker.check_model(onnx.load(f), full_check=True)",
    "        out[f] = None",
    "    except Exception as e:",
    "        out[f] = str(e)",
    "print(json.dumps(out))",
  ].join("\n");
  const r = spawnSync(PYTHON, ["-c", script, ...files], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`onnx.checker run failed (${PYTHON}): ${r.error ?? r.stderr}`);
  const verdicts = JSON.parse(r.stdout) as Record<string, string | null>;
  for (const e of exported.values()) if (e.file) e.checker = e.file in verdicts ? verdicts[e.file]! : "not checked";

  const jobs = CASES.filter((c) => exported.get(c.id)?.file).map((c) => ({ file: exported.get(c.id)!.file, inputs: c.example!.inputs }));
  const jobFile = path.join(dir, "jobs.json");
  const resultFile = path.join(dir, "ort-results.json");
  fs.writeFileSync(jobFile, JSON.stringify(jobs));
  const o = spawnSync(process.execPath, ["-e", ORT_SCRIPT, ORT_PACKAGE, jobFile, resultFile], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (o.status !== 0 || !fs.existsSync(resultFile)) throw new Error(`onnxruntime run failed: ${o.error ?? o.stderr}`);
  const results = JSON.parse(fs.readFileSync(resultFile, "utf8")) as Record<string, OrtResult>;
  for (const e of exported.values()) if (e.file) e.ort = results[e.file] ?? { error: "not run" };

  // Second pass: float32 variants where onnxruntime has no kernel for the example's dtypes.
  const variants: { c: Case; file: string; inputs: ExampleTensor[] }[] = [];
  for (const c of CASES) {
    const e = exported.get(c.id);
    if (!e?.ort?.error || !MISSING_KERNEL.test(e.ort.error)) continue;
    const inputs = c.example!.inputs.map(asFloat32);
    try {
      const model = Model.trace(inputs.map(toTensor), (...xs) => callN(handleOf(c.op), callInputs(c.op, xs), attrsOf(c.op, c.example!)));
      const bytes = model.toBytes();
      model.dispose();
      const file = path.join(dir, `${c.id.replace("#", "__")}.float32.onnx`);
      fs.writeFileSync(file, bytes);
      variants.push({ c, file, inputs });
      e.variant = { bytes, inputs, ort: { error: "not run" } };
    } catch (err) {
      e.variant = { bytes: new Uint8Array(), inputs, ort: { error: `float32 variant: ${String(err)}` } };
    }
  }
  if (variants.length > 0) {
    fs.writeFileSync(jobFile, JSON.stringify(variants.map((v) => ({ file: v.file, inputs: v.inputs }))));
    const o2 = spawnSync(process.execPath, ["-e", ORT_SCRIPT, ORT_PACKAGE, jobFile, resultFile], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (o2.status !== 0) throw new Error(`onnxruntime run failed: ${o2.error ?? o2.stderr}`);
    const r2 = JSON.parse(fs.readFileSync(resultFile, "utf8")) as Record<string, OrtResult>;
    for (const v of variants) exported.get(v.c.id)!.variant!.ort = r2[v.file] ?? { error: "not run" };
  }
}, 300000);

describe("ONNX export round trip (registry examples)", () => {
  test("the registry has mapped operators with examples", () => {
    expect(MAPPED.length).toBeGreaterThan(100);
    expect(CASES.length).toBeGreaterThan(MAPPED.length);
  });

  test.each(CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    if (c.example === undefined) throw new Error(`${c.op.name} maps onto ONNX but has no registry example to export`);
    const ex = c.example;
    const e = exported.get(c.id)!;
    if (e.error !== undefined) throw new Error(`export failed: ${e.error}`);
    // (1) the checker
    if (e.checker !== null) throw new Error(`onnx.checker rejects the export: ${e.checker}`);

    // (2) onnxruntime on the example inputs, or on its float32 variant when it lacks the kernel
    let ortResult = e.ort!;
    let ortWant = ex.outputs.map((o) => ({ ...o }));
    if (e.variant !== undefined) {
      ortResult = e.variant.ort;
      const variantRun = Model.fromBytes(e.variant.bytes);
      const vOut = variantRun.run(e.variant.inputs.map(toTensor));
      const vValues = variantRun.outputNames.map((n) => vOut[n]!);
      variantRun.dispose();
      ortWant = ex.outputs.map((o, k) => ({ ...o, dtype: vValues[k]?.dtype ?? o.dtype }));
    }
    if (ortResult.error !== undefined || ortResult.outputs === undefined) {
      throw new Error(`onnxruntime cannot run the export: ${e.ort?.error}${e.variant ? `\n  nor its float32 variant: ${ortResult.error}` : ""}`);
    }
    const ortValues = ortResult.outputs;

    expect(ortValues.length).toBe(ex.outputs.length);
    if (isRandom(c.op, ex)) {
      const x = ex.inputs[0]!.data.map(num);
      const ratio = Number(ex.attrs["ratio"] ?? 0.5);
      expectDropout("onnxruntime", x, ortValues[0]!.data, ortValues[1]!.data, ratio);
      // Tessera's importer refuses training-mode Dropout by policy (graph/onnx/convert/misc.cc:
      // a random mask cannot match another runtime's reference outputs); if that changes, its
      // run must satisfy the same relation.
      let tsrValues: Tensor[] | undefined;
      try {
        const m = Model.fromBytes(e.bytes!);
        const out = m.run(ex.inputs.map(toTensor));
        tsrValues = m.outputNames.map((n) => out[n]!);
        m.dispose();
      } catch (err) {
        expect(err).toBeInstanceOf(UnsupportedError);
        expect(String(err)).toMatch(/training-mode dropout/);
      }
      if (tsrValues) expectDropout("tessera", x, values(tsrValues[0]!.toTypedArray()), values(tsrValues[1]!.toTypedArray()), ratio);
      return;
    }

    // Tessera's own run of the exported file.
    const model = Model.fromBytes(e.bytes!);
    const tsrOut = model.run(ex.inputs.map(toTensor));
    const tsrValues = model.outputNames.map((n) => tsrOut[n]!);
    model.dispose();
    expect(tsrValues.length).toBe(ex.outputs.length);
    ex.outputs.forEach((want, k) => {
      const o = ortValues[k]!;
      const t = tsrValues[k]!;
      expect({ output: k, dtype: o.type, shape: [...o.dims] }).toEqual({ output: k, dtype: ortWant[k]!.dtype, shape: [...want.shape] });
      expect({ output: k, dtype: t.dtype, shape: t.shape }).toEqual({ output: k, dtype: want.dtype, shape: [...want.shape] });
      const expected = want.data.map(num);
      const ortData = o.data;
      const tsrData = values(t.toTypedArray() as ArrayLike<number | bigint>);
      const variant = e.variant ? " (float32 variant)" : "";
      expectClose(`onnxruntime${variant} output ${k} vs example`, ortWant[k]!.dtype, ortData, expected);
      expectClose(`tessera output ${k} vs example`, want.dtype, tsrData, expected);
      expectClose(`tessera output ${k} vs onnxruntime${variant}`, ortWant[k]!.dtype, tsrData, ortData);
    });
  });
});
