// ONNX import fuzzing under AddressSanitizer: builds build-asan/ (cached, scripts/build-asan.mjs)
// and runs test/fuzz/onnx_fuzz.cc over mutated seed models. Passes when every mutated input gave
// a status (no crash, no ASan report, no leak) and at least 1,000 inputs ran.
//   TSR_FUZZ_COUNT=N overrides the number of mutated inputs (default 10000).
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

export default {
  name: "fuzz (ONNX import, ASan)",
  async run({ root, sh }) {
    const build = sh(process.execPath, [join(root, "scripts/build-asan.mjs"), "--quiet"]);
    if (build.status !== 0) {
      process.stdout.write(build.out);
      return { passed: 0, failed: 1, skipped: 0, detail: "the AddressSanitizer build failed" };
    }
    const crashes = "/tmp/fuzz-crashes";
    mkdirSync(crashes, { recursive: true });
    const current = join(crashes, `current-${process.pid}.onnx`);
    const count = process.env.TSR_FUZZ_COUNT || "10000";
    const env = {
      ...process.env,
      // Leaks are failures (no suppressions needed: protobuf and oneDNN leave nothing unreachable);
      // allocations over 4 GiB fail as nulls, which the engine must report as TSR_ERR_OUT_OF_MEMORY.
      ASAN_OPTIONS: "detect_leaks=1:allocator_may_return_null=1:max_allocation_size_mb=4096",
    };
    const r = sh(join(root, "build-asan/bin/tsr_onnx_fuzz"), ["--count", count, "--save-current", current], { env, timeout: 15 * 60 * 1000 });
    const total = (r.out.match(/mutated inputs: (\d+) in ([\d.]+) s/) || [])[1];
    const imports = (r.out.match(/^import:(.*)$/m) || [])[1]?.trim();
    const runs = (r.out.match(/^run:(.*)$/m) || [])[1]?.trim();
    // The driver died mid-input (crash or ASan report): keep that input as the reproducer.
    const keep = !total && existsSync(current) ? join(crashes, `crash-${Date.now()}.onnx`) : null;
    if (keep) copyFileSync(current, keep);
    rmSync(current, { force: true });
    if (r.status !== 0 || !total) {
      process.stdout.write(r.out);
      let detail = `the fuzz driver failed (exit ${r.status})`;
      if (keep) detail += `; reproducer ${keep} (replay: build-asan/bin/tsr_onnx_fuzz --replay ${keep})`;
      return { passed: 0, failed: 1, skipped: 0, detail };
    }
    return { passed: 1, failed: 0, skipped: 0, detail: `${total} mutated inputs; import ${imports}; run ${runs}` };
  },
};
