#!/usr/bin/env node
// `npm test`: builds what is stale, runs every suite in scripts/suites/ and ends with one line
// "N passed, N failed[, N skipped]" summed over all suites, after naming each skipped suite
// and why.   node scripts/test-all.mjs [suite-name-filter]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const filter = process.argv[2];

function sh(cmd, args, opts = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 256 << 20, ...opts });
  const out = (r.stdout || "") + (r.stderr || "") + (r.error ? String(r.error) : "");
  return { status: r.status ?? 1, out, seconds: (Date.now() - t0) / 1000 };
}

const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs"), "--quiet"], { stdio: "inherit" });
if (build.status !== 0) {
  console.log("\n0 passed, 1 failed");
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedSuites = [];
const dir = join(root, "scripts/suites");
for (const file of readdirSync(dir).filter((f) => /^\d+-.*\.mjs$/.test(f)).sort()) {
  const suite = (await import(pathToFileURL(join(dir, file)).href)).default;
  if (filter && !suite.name.includes(filter)) continue;
  const t0 = Date.now();
  let res;
  try {
    res = await suite.run({ root, sh });
  } catch (e) {
    console.log(String(e?.stack || e));
    res = { passed: 0, failed: 1, skipped: 0, detail: "the suite itself crashed" };
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (res.skip) {
    skippedSuites.push(`${suite.name}: ${res.skip}`);
    console.log(`== ${suite.name}: skipped — ${res.skip}`);
    continue;
  }
  totals.passed += res.passed;
  totals.failed += res.failed;
  totals.skipped += res.skipped || 0;
  console.log(`== ${suite.name}: ${res.passed} passed, ${res.failed} failed${res.skipped ? `, ${res.skipped} skipped` : ""} (${secs} s)${res.detail ? ` — ${res.detail}` : ""}`);
}

console.log("");
console.log(skippedSuites.length ? "Skipped suites:" : "Skipped suites: none");
for (const s of skippedSuites) console.log(`  - ${s}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
