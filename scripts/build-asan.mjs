#!/usr/bin/env node
// Builds the library, the ONNX fuzz driver (and with --all the googletest suite) under
// AddressSanitizer into build-asan/ with cmake + ninja -j2 directly (no cmake-js, no addon).
// Incremental: configures once, then ninja only rebuilds what changed.
//   node scripts/build-asan.mjs [--quiet] [--all]
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { stepRunner } from "./lib/run-step.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build-asan");
const quiet = process.argv.includes("--quiet");
const all = process.argv.includes("--all");

const run = stepRunner(root, quiet);

mkdirSync(out, { recursive: true });
const lock = join(out, ".lock");  // serializes concurrent builds of this folder
if (!existsSync(join(out, "build.ninja"))) {
  run("flock", [lock, "cmake", "-S", root, "-B", out, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
    "-DTSR_SANITIZE=address", "-DTSR_BUILD_FUZZ=ON", "-DTSR_BUILD_TESTS=ON"], "ASan configure");
}
const targets = all ? [] : ["tessera", "tsr_onnx_fuzz"];
run("flock", [lock, "ninja", "-C", out, "-j2", ...(quiet ? ["--quiet"] : []), ...targets], "ASan build");
