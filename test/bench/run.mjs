#!/usr/bin/env node
// Tessera benchmarks, side by side in one run (npm run bench):
//   1. per-call overhead of a 1-element float32 `add` from TypeScript (generated function ->
//      runtime -> addon -> engine -> new Tensor), outputs disposed, next to the same loop in plain
//      JS (no native call) and the bare addon call, for context; target < 1.5 us/call;
//   2. float32 GEMM 1024^3 through `matmul` vs OpenBLAS cblas_sgemm called directly
//      (build/bin/gemm_direct), same process tree, same machine state; target >= 90 %;
//   3. element-wise add and sum over 16M floats in GB/s beside memcpy (build/bin/bandwidth_bench);
//   4. conv 3x3 64->64 56x56 through the registry vs oneDNN called directly, and % of machine peak;
//   5. whole ONNX models (light ResNet-50, SqueezeNet, AlexNet, Inception v1) through Model.load/run
//      vs onnxruntime-node on the same file and input (test/bench/model_bench.mjs).
// Options: --calls N (default 300000), --runs R (default 5), --gemm-n N (1024), --gemm-repeats R (10),
//          --json (print only the JSON summary).
// Loads the compiled package (bindings/typescript/dist); build first with `npm run build`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : def;
};
const CALLS = opt("--calls", 300_000);
const RUNS = opt("--runs", 5);
const GEMM_N = opt("--gemm-n", 1024);
const GEMM_REPEATS = opt("--gemm-repeats", 10);
const GEMM_WARMUP = 2;
const JSON_ONLY = args.includes("--json");
const OVERHEAD_TARGET_US = 1.5;
const GEMM_TARGET = 0.9;

const log = (...a) => {
  if (!JSON_ONLY) console.log(...a);
};

let tessera;
let native;
try {
  tessera = require(join(root, "bindings/typescript/dist/index.js"));
  native = require(join(root, "bindings/typescript/dist/native.js")).native;
} catch (e) {
  console.error(`bench: cannot load the compiled package (${e.message}).\nRun \`npm run build\` first.`);
  process.exit(1);
}
const { Tensor, add, matmul } = tessera;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs) => Math.min(...xs);
const nowNs = () => process.hrtime.bigint();

/** ns per iteration of `body` over `n` iterations, after a warm-up; `runs` samples. */
function timeLoop(body, n, runs) {
  body(Math.max(20_000, n / 5)); // warm-up: let the JIT settle
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const t0 = nowNs();
    body(n);
    samples.push(Number(nowNs() - t0) / n);
  }
  return { medianNs: median(samples), bestNs: min(samples), samples };
}

// ---- 1. per-call overhead -----------------------------------------------------------------

log(`Tessera benchmarks — node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, engine threads ${tessera.numThreads()}`);
log("");
log(`1. per-call overhead, 1-element float32 add, outputs disposed (${CALLS} calls x ${RUNS} runs, median [best])`);

const x = Tensor.from(new Float32Array([1]));
const y = Tensor.from(new Float32Array([2]));
{
  const check = add(x, y);
  if (check.item() !== 3) throw new Error(`add(1, 2) gave ${check.item()}`);
  check.dispose();
}

const tsAdd = timeLoop((n) => {
  for (let i = 0; i < n; i++) add(x, y).dispose();
}, CALLS, RUNS);

const methodAdd = timeLoop((n) => {
  for (let i = 0; i < n; i++) x.add(y).dispose();
}, CALLS, RUNS);

// The bare addon call (no Tensor wrapper, no runtime): what the binding layers cost on top.
const addOp = tessera.resolveOps(["add"]).add;
const handles = [x.handle, y.handle];
const nativeAdd = timeLoop((n) => {
  for (let i = 0; i < n; i++) native.dispose(native.invoke(addOp, handles, undefined));
}, CALLS, RUNS);

// N-API-free JS peer: the same shape of work in plain JS (allocate a 1-element result, wrap it in
// an object, add, "dispose") — the floor of any JS tensor call.
class JsTensor {
  constructor(data) {
    this.data = data;
    this.disposed = false;
  }
  dispose() {
    this.disposed = true;
  }
}
function jsAdd(a, b) {
  const out = new Float32Array(1);
  out[0] = a.data[0] + b.data[0];
  return new JsTensor(out);
}
const jx = new JsTensor(new Float32Array([1]));
const jy = new JsTensor(new Float32Array([2]));
let sink = 0;
const jsPeer = timeLoop((n) => {
  for (let i = 0; i < n; i++) {
    const r = jsAdd(jx, jy);
    sink += r.data[0];
    r.dispose();
  }
}, CALLS, RUNS);
if (sink === 0) throw new Error("unreachable");

const us = (ns) => (ns / 1000).toFixed(3);
const overheadUs = tsAdd.medianNs / 1000;
const overheadPass = overheadUs < OVERHEAD_TARGET_US;
log(`   add(x, y) from TypeScript        ${us(tsAdd.medianNs)} us/call [${us(tsAdd.bestNs)}]   target < ${OVERHEAD_TARGET_US} us: ${overheadPass ? "PASS" : "MISS"}`);
log(`   x.add(y) method form             ${us(methodAdd.medianNs)} us/call [${us(methodAdd.bestNs)}]`);
log(`   bare addon invoke + dispose      ${us(nativeAdd.medianNs)} us/call [${us(nativeAdd.bestNs)}]   (no Tensor/runtime layer)`);
log(`   plain-JS peer (no native call)   ${us(jsPeer.medianNs)} us/call [${us(jsPeer.bestNs)}]   (context: JS allocation floor)`);
x.dispose();
y.dispose();

// ---- 2. GEMM ------------------------------------------------------------------------------

log("");
log(`2. float32 GEMM ${GEMM_N}x${GEMM_N}x${GEMM_N} (${GEMM_WARMUP} warm-up + ${GEMM_REPEATS} repeats, median [best])`);

const nn = GEMM_N * GEMM_N;
const aData = new Float32Array(nn);
const bData = new Float32Array(nn);
// The same deterministic values as gemm_direct.cc.
for (let i = 0; i < nn; i++) {
  aData[i] = ((i * 7919) % 2000) / 1000 - 1; // exact: i * 104729 < 2^53
  bData[i] = ((i * 104729) % 2000) / 1000 - 1;
}
const A = Tensor.from(aData, { shape: [GEMM_N, GEMM_N] });
const B = Tensor.from(bData, { shape: [GEMM_N, GEMM_N] });
const flop = 2 * GEMM_N ** 3;
// Next to the addon's build tree: build/bin/gemm_direct (or ../bin of $TESSERA_ADDON's folder).
const buildDir = process.env.TESSERA_ADDON ? dirname(dirname(process.env.TESSERA_ADDON)) : join(root, "build");
const direct = join(buildDir, "bin", "gemm_direct");
// Tessera and the direct call alternate for GEMM_ROUNDS rounds so that a load change on the
// machine hits both; each side reports its best round's median.
const GEMM_ROUNDS = opt("--gemm-rounds", 3);
const tessRounds = [];
const directRounds = [];
for (let round = 0; round < GEMM_ROUNDS; round++) {
  for (let i = 0; i < GEMM_WARMUP; i++) matmul(A, B).dispose();
  const gemmMs = [];
  for (let i = 0; i < GEMM_REPEATS; i++) {
    const t0 = nowNs();
    const C = matmul(A, B);
    gemmMs.push(Number(nowNs() - t0) / 1e6);
    C.dispose();
  }
  tessRounds.push({ median: flop / (median(gemmMs) * 1e6), best: flop / (min(gemmMs) * 1e6), ms: median(gemmMs) });
  if (!existsSync(direct)) continue;
  const r = spawnSync(direct, [String(GEMM_N), String(GEMM_REPEATS), String(GEMM_WARMUP)], { encoding: "utf8" });
  if (r.status === 0) directRounds.push(JSON.parse(r.stdout.trim().split("\n").pop()));
  else log(`   gemm_direct failed (exit ${r.status}): ${r.stderr}`);
}
A.dispose();
B.dispose();
const bestTess = tessRounds.reduce((a, b) => (b.median > a.median ? b : a));
const tessGflopsMedian = bestTess.median;
const tessGflopsBest = Math.max(...tessRounds.map((r) => r.best));
log(`   tessera matmul                   ${tessGflopsMedian.toFixed(1)} GFLOP/s [${tessGflopsBest.toFixed(1)}]  (${bestTess.ms.toFixed(2)} ms; best of ${GEMM_ROUNDS} alternating rounds)`);
if (!existsSync(direct)) log(`   gemm_direct not found at ${direct} — build it with \`npm run build\``);
const directResult = directRounds.length ? directRounds.reduce((a, b) => (b.median_gflops > a.median_gflops ? b : a)) : undefined;
let ratio;
let gemmPass;
if (directResult) {
  ratio = tessGflopsMedian / directResult.median_gflops;
  gemmPass = ratio >= GEMM_TARGET;
  log(`   OpenBLAS cblas_sgemm direct      ${directResult.median_gflops.toFixed(1)} GFLOP/s [${directResult.best_gflops.toFixed(1)}]  (${directResult.median_ms.toFixed(2)} ms, ${directResult.threads} threads)`);
  log(`   ratio tessera / direct           ${(ratio * 100).toFixed(1)} %   target >= ${GEMM_TARGET * 100} %: ${gemmPass ? "PASS" : "MISS"}`);
}

// ---- 3. memory-bound kernels --------------------------------------------------------------

log("");
log("3. memory-bound kernels over 16M float32 (build/bin/bandwidth_bench, C API, median of 20)");
const BW_TARGET = 0.7;
let bandwidth = null;
const bwBin = join(buildDir, "bin", "bandwidth_bench");
if (existsSync(bwBin)) {
  const r = spawnSync(bwBin, [String(16 << 20), "20"], { encoding: "utf8" });
  if (r.status === 0) {
    bandwidth = JSON.parse(r.stdout.trim().split("\n").pop());
    bandwidth.add_ratio = +(bandwidth.add_gbs / bandwidth.memcpy_gbs).toFixed(3);
    bandwidth.sum_ratio = +(bandwidth.sum_gbs / bandwidth.memcpy_gbs).toFixed(3);
    const verdict = (x) => (x >= BW_TARGET ? "PASS" : "MISS");
    log(`   memcpy (peer, read + write)      ${bandwidth.memcpy_gbs.toFixed(1)} GB/s  (${bandwidth.memcpy_ms.toFixed(2)} ms)`);
    log(`   add (read 2n + write n)          ${bandwidth.add_gbs.toFixed(1)} GB/s  (${bandwidth.add_ms.toFixed(2)} ms)  ${(bandwidth.add_ratio * 100).toFixed(0)} % of memcpy, target >= ${BW_TARGET * 100} %: ${verdict(bandwidth.add_ratio)}`);
    log(`   sum (read n)                     ${bandwidth.sum_gbs.toFixed(1)} GB/s  (${bandwidth.sum_ms.toFixed(2)} ms)  ${(bandwidth.sum_ratio * 100).toFixed(0)} % of memcpy, target >= ${BW_TARGET * 100} %: ${verdict(bandwidth.sum_ratio)}`);
  } else {
    log(`   bandwidth_bench failed (exit ${r.status}): ${r.stderr}`);
  }
} else {
  log(`   bandwidth_bench not found at ${bwBin} — build it with \`npm run build\``);
}

// ---- 4. convolution ---------------------------------------------------------------------

log("");
log("4. float32 conv 3x3, 64->64 channels, 56x56 (build/bin/conv_bench: tsr_op_invoke vs oneDNN direct, alternating)");
let convResult = null;
const convBin = join(buildDir, "bin", "conv_bench");
if (existsSync(convBin)) {
  const r = spawnSync(convBin, [], { encoding: "utf8" });
  if (r.status === 0) {
    convResult = JSON.parse(r.stdout.trim().split("\n").pop());
    log(`   tessera conv                     ${convResult.tessera_gflops.toFixed(1)} GFLOP/s  (${convResult.tessera_median_ms.toFixed(3)} ms)`);
    log(`   oneDNN direct                    ${convResult.direct_gflops.toFixed(1)} GFLOP/s  (${convResult.direct_median_ms.toFixed(3)} ms)`);
    log(`   ratio tessera / direct           ${(convResult.ratio * 100).toFixed(1)} %   target >= 90 %: ${convResult.ratio >= 0.9 ? "PASS" : "MISS"}`);
    log(`   machine peak (FMA loop)          ${convResult.peak_gflops.toFixed(1)} GFLOP/s; tessera at ${(convResult.tessera_share_of_peak * 100).toFixed(1)} % of peak`);
    if (directResult) log(`   GEMM 1024^3 above at ${((tessGflopsMedian / convResult.peak_gflops) * 100).toFixed(1)} % of the same peak`);
  } else {
    log(`   conv_bench failed (exit ${r.status}): ${r.stderr}`);
  }
} else {
  log(`   conv_bench not found at ${convBin} — build it with \`npm run build\``);
}

// ---- 5. whole models -----------------------------------------------------------------------

log("");
log("5. whole-model inference, batch 1 (ONNX light models; Tessera Model.run vs onnxruntime-node, alternating blocks, median of 15)");
const { benchModels } = await import("./model_bench.mjs");
let models = null;
try {
  models = await benchModels();
  if (models.skipped) log(`   skipped: ${models.skipped}`);
  else
    for (const x of models.results)
      log(
        x.skipped
          ? `   ${x.model}: skipped (${x.skipped})`
          : `   ${x.model.padEnd(14)} tessera ${x.tessera_ms.toFixed(1).padStart(7)} ms   onnxruntime-node ${x.ort_ms.toFixed(1).padStart(7)} ms   tessera at ${(x.ratio * 100).toFixed(0)} % of ORT's speed; outputs ${x.outputs_agree ? "agree" : "DIFFER"}`,
      );
} catch (e) {
  log(`   failed: ${e.message}`);
}

const summary = {
  node: process.version,
  cpus: os.cpus().length,
  engine_threads: tessera.numThreads(),
  add_overhead_us: { median: +us(tsAdd.medianNs), best: +us(tsAdd.bestNs), target: OVERHEAD_TARGET_US, pass: overheadPass },
  add_method_us: { median: +us(methodAdd.medianNs), best: +us(methodAdd.bestNs) },
  addon_invoke_us: { median: +us(nativeAdd.medianNs), best: +us(nativeAdd.bestNs) },
  js_peer_us: { median: +us(jsPeer.medianNs), best: +us(jsPeer.bestNs) },
  gemm: {
    n: GEMM_N,
    tessera_gflops: { median: +tessGflopsMedian.toFixed(3), best: +tessGflopsBest.toFixed(3) },
    direct_gflops: directResult ? { median: directResult.median_gflops, best: directResult.best_gflops } : null,
    ratio: ratio === undefined ? null : +ratio.toFixed(4),
    target: GEMM_TARGET,
    pass: gemmPass ?? null,
  },
  bandwidth,
  conv: convResult,
  models,
};
log("");
if (JSON_ONLY) console.log(JSON.stringify(summary));
else log(`JSON ${JSON.stringify(summary)}`);
