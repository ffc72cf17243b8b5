// One build step: runs a command in the project root, prints its time, and exits the script with
// the command's status when it fails (with its output when quiet). Shared by the build scripts.
import { spawnSync } from "node:child_process";

export function stepRunner(root, quiet) {
  return function run(cmd, args, label) {
    const t0 = Date.now();
    const r = spawnSync(cmd, args, { cwd: root, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", encoding: "utf8" });
    if (r.status !== 0) {
      if (quiet) process.stderr.write((r.stdout || "") + (r.stderr || ""));
      console.error(`tessera: ${label} failed (exit ${r.status ?? r.signal})`);
      process.exit(r.status || 1);
    }
    if (!quiet) console.log(`tessera: ${label} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
}
