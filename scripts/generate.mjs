#!/usr/bin/env node
// `npm run generate`: builds the library, dumps the registry (tsr_registry_json) to
// op-registry/registry.json and the ONNX importer's converter table to graph/onnx/importer.json,
// and regenerates every binding from them.
// `npm run generate -- --check` writes nothing and fails when either is stale.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const registryPath = join(root, "op-registry/registry.json");

const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs"), "--quiet", "--native-only"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status || 1);

const dump = spawnSync(join(root, "build/bin/tsr_dump_registry"), { encoding: "utf8", maxBuffer: 64 << 20 });
if (dump.status !== 0) {
  console.error(`generate: could not dump the registry: ${dump.stderr}`);
  process.exit(1);
}
const json = dump.stdout;
let failed = false;
const current = existsSync(registryPath) ? readFileSync(registryPath, "utf8") : null;
if (check) {
  if (current !== json) {
    console.error("generate --check: op-registry/registry.json is stale; run `npm run generate` and commit the result");
    failed = true;
  } else {
    console.log("generate --check: op-registry/registry.json is up to date");
  }
} else if (current !== json) {
  writeFileSync(registryPath, json);
  console.log("generate: wrote op-registry/registry.json");
}

// The importer's converter table (graph/onnx/importer.json) feeds the ONNX mapping tables.
const importerPath = join(root, "graph/onnx/importer.json");
const dumpImporter = spawnSync(join(root, "build/bin/tsr_dump_registry"), ["--onnx-importer"], { encoding: "utf8", maxBuffer: 16 << 20 });
if (dumpImporter.status !== 0) {
  console.error(`generate: could not dump the ONNX importer table: ${dumpImporter.stderr}`);
  process.exit(1);
}
const currentImporter = existsSync(importerPath) ? readFileSync(importerPath, "utf8") : null;
if (currentImporter !== dumpImporter.stdout) {
  if (check) {
    console.error("generate --check: graph/onnx/importer.json is stale; run `npm run generate` and commit the result");
    failed = true;
  } else {
    writeFileSync(importerPath, dumpImporter.stdout);
    console.log("generate: wrote graph/onnx/importer.json");
  }
}

// The generators read the committed registry; in check mode it was just compared with the dump.
const gen = spawnSync(
  join(root, "node_modules/.bin/tsx"),
  [join(root, "generators/src/cli.ts"), "--root", root, "--registry", registryPath, ...(check ? ["--check"] : [])],
  { stdio: "inherit", cwd: root },
);
if (gen.status !== 0) failed = true;
process.exit(failed ? 1 : 0);
