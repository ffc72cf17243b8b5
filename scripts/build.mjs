#!/usr/bin/env node
// Builds the native library, the Node addon, the C++ tests (cmake-js, Ninja, -j2) and compiles
// the TypeScript package. Incremental: a second run only rebuilds what changed.
//   node scripts/build.mjs [--quiet] [--native-only]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { stepRunner } from "./lib/run-step.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const quiet = process.argv.includes("--quiet");
const nativeOnly = process.argv.includes("--native-only");

const run = stepRunner(root, quiet);

const bin = (name) => join(root, "node_modules", ".bin", name);

// cmake-js configures on the first run and reuses build/ afterwards. flock serializes
// concurrent builds (two ninja runs in one folder would corrupt it).
const generator = spawnSync("ninja", ["--version"]).status === 0 ? ["-G", "Ninja"] : [];
mkdirSync(join(root, "build"), { recursive: true });
run("flock", [join(root, "build/.lock"), bin("cmake-js"), "build", "-O", "build", "-p", "2", ...generator, "--CDTSR_BUILD_TESTS=ON", ...(quiet ? ["-l", "error"] : [])],
  "native build");

if (!nativeOnly) {
  // Compile the TypeScript package only when a source is newer than its output.
  const dist = join(root, "bindings/typescript/dist/index.js");
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  const src = join(root, "bindings/typescript/src");
  if (!existsSync(dist) || newest(src) > statSync(dist).mtimeMs) {
    run(bin("tsc"), ["-p", "bindings/typescript/tsconfig.json"], "TypeScript compile");
  }
}
