// Whole-file snapshots. The sample fixture's output is pinned in __snapshots__ (update with
// `npx jest -c generators/jest.config.cjs -u` after reviewing the diff). For the real registry the
// committed generated files are the snapshot: regenerating must reproduce them byte for byte, so
// an operator change is reviewed once, as the diff of `npm run generate`.

import * as fs from "node:fs";
import * as path from "node:path";
import { emitTypeScript } from "../src/emit/typescript";
import { parseRegistry } from "../src/model";
import { typeCheck } from "./helpers/typecheck";

const REPO = path.resolve(__dirname, "../..");
const REAL_REGISTRY = path.join(REPO, "op-registry/registry.json");
const SAMPLE_REGISTRY = path.join(__dirname, "fixtures/sample-registry.json");

describe("sample registry (generators/test/fixtures/sample-registry.json)", () => {
  const files = emitTypeScript(parseRegistry(fs.readFileSync(SAMPLE_REGISTRY, "utf8"), "generators/test/fixtures/sample-registry.json"));
  test.each(files.map((f) => [f.path, f.content]))("%s", (_path, content) => {
    expect(content).toMatchSnapshot();
  });
});

const haveReal = fs.existsSync(REAL_REGISTRY);
const realTest = haveReal ? test : test.skip;
if (!haveReal) {
  // Shown in the test names so a skip is never silent.
  test.skip("real registry: SKIPPED because op-registry/registry.json does not exist yet (written by `npm run generate` from the engine build)", () => {});
}

describe("real registry (op-registry/registry.json)", () => {
  const files = haveReal ? emitTypeScript(parseRegistry(fs.readFileSync(REAL_REGISTRY, "utf8"))) : [];
  realTest("emits ops.ts, methods.ts, index.ts", () => {
    expect(files.map((f) => path.basename(f.path))).toEqual(["ops.ts", "methods.ts", "index.ts"]);
  });
  for (const name of ["ops.ts", "methods.ts", "index.ts"]) {
    realTest(`${name} equals the committed generated file`, () => {
      const file = files.find((f) => f.path.endsWith(`/${name}`));
      expect(file).toBeDefined();
      expect(file!.content).toBe(fs.readFileSync(path.join(REPO, file!.path), "utf8"));
    });
  }
  realTest("type-checks against the runtime stubs", () => {
    expect(typeCheck(files)).toEqual([]);
  });
});
