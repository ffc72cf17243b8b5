// The committed registry snapshot and generated bindings match what `npm run generate` makes.
import { join } from "node:path";

export default {
  name: "generate --check",
  async run({ root, sh }) {
    const r = sh(process.execPath, [join(root, "scripts/generate.mjs"), "--check"]);
    process.stdout.write(r.out);
    return r.status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  },
};
