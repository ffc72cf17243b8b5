#!/usr/bin/env node
// Builds the library, the ONNX fuzz driver (and with --all the googletest suite) under
// AddressSanitizer into build-asan/ with cmake + ninja -j2 directly (no cmake-js, no addon).
// Incremental: configures once, then ninja only rebuilds what changed.
//   node scripts/build-asan.mjs [--quiet] [--all]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build-asan");
const quiet = process.argv.includes("--quiet");
const all = process.argv.includes("--all");

function run(cmd, args, label) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", encoding: "utf8" });
  if (r.status !== 0) {
    if (quiet) process.stderr.write((r.stdout || "") + (r.stderr || ""));
    console.error(`tessera: ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  if (!quiet) console.log(`tessera: ${label} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

mkdirSync(out, { recursive: true });
const lock = join(out, ".lock");  // serializes concurrent builds of this folder
if (!existsSync(join(out, "build.ninja"))) {
  run("flock", [lock, "cmake", "-S", root, "-B", out, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
    "-DTSR_SANITIZE=address", "-DTSR_BUILD_FUZZ=ON", "-DTSR_BUILD_TESTS=ON"], "ASan configure");
}
const targets = all ? [] : ["tessera", "tsr_onnx_fuzz"];
run("flock", [lock, "ninja", "-C", out, "-j2", ...(quiet ? ["--quiet"] : []), ...targets], "ASan build");
