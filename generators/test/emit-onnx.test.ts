import * as fs from "node:fs";
import * as path from "node:path";
import { emitOnnx, ONNX_DIR, parseImporter, parseOnnxOps, type OnnxOpList } from "../src/emit/onnx";
import type { GeneratedFile } from "../src/files";
import { isGeneratedContent } from "../src/files";
import { ModelError, parseRegistry } from "../src/model";
import { loadImporter, loadOnnxOps, TARGETS } from "../src/targets";
import { attr, input, op, registry } from "./helpers/registry";

const REPO = path.resolve(__dirname, "../..");

const tiny = registry([
  // Exact; the mapping starts at opset 7 although ONNX has had Add since opset 1.
  op("add", { inputs: [input("a"), input("b")], onnx: { status: "exact", op_type: "Add", since_opset: 7, attr_renames: {}, note: "" } }),
  // Exact, with an attribute rename and a note.
  op("cast", {
    attrs: [attr("saturate", "bool", true), attr("dtype", "dtype", "float32")],
    onnx: { status: "exact", op_type: "Cast", since_opset: 13, attr_renames: { dtype: "to" }, note: "saturate | clamps" },
  }),
  op("silu", { onnx: { status: "decomposed", op_type: null, since_opset: null, attr_renames: {}, note: "into Mul(x, Sigmoid(x))" } }),
  op("embedding", { onnx: { status: "decomposed", op_type: null, since_opset: null, attr_renames: {}, note: "Gather(weight, indices, axis=0)" } }),
  op("sgd_update", { onnx: { status: "unsupported", op_type: null, since_opset: null, attr_renames: {}, note: "training operators live outside the default domain" } }),
]);

const onnxText = JSON.stringify({
  generated: "by hand for this test",
  onnx_version: "1.0.0",
  domain: "ai.onnx",
  max_opset: 19,
  ops: [
    { name: "Add", since_versions: [1, 6, 7, 13, 14], deprecated_since: null },
    { name: "Cast", since_versions: [1, 6, 9, 13, 19], deprecated_since: null },
    // Nothing maps onto these two.
    { name: "Relu", since_versions: [1, 6, 13, 14], deprecated_since: null },
    { name: "Upsample", since_versions: [7, 9, 10], deprecated_since: 10 },
  ],
});
const onnx = parseOnnxOps(onnxText, "test-onnx-ops.json");

// The importer: a converter for Add's legacy opsets, the generic rule from the exact mapping, and
// a converter for Relu although no registry operator maps onto it exactly.
const importer = parseImporter(
  JSON.stringify({
    generated: "by hand for this test",
    converters: [
      { op_type: "Add", min_opset: 1, max_opset: 6, kind: "converter", note: "legacy broadcast | axis" },
      { op_type: "Add", min_opset: 7, max_opset: null, kind: "generic", note: "inputs and attributes as registry 'add'" },
      { op_type: "Relu", min_opset: 6, max_opset: null, kind: "converter", note: "" },
    ],
  }),
  "test-importer.json",
);

const files = emitOnnx(tiny, onnx, importer);

function file(name: string, list: readonly GeneratedFile[] = files): string {
  const found = list.find((f) => f.path === `${ONNX_DIR}/${name}`);
  if (found === undefined) throw new Error(`no ${name}; have ${list.map((f) => f.path).join(", ")}`);
  return found.content;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return (e as Error).message;
  }
  throw new Error("expected a ModelError");
}

describe("emitOnnx: files", () => {
  test("mapping.json and mapping.md, both recognised as generated", () => {
    expect(files.map((f) => f.path)).toEqual([`${ONNX_DIR}/mapping.json`, `${ONNX_DIR}/mapping.md`]);
    for (const f of files) {
      expect(isGeneratedContent(f.content)).toBe(true);
      expect(f.content.endsWith("\n")).toBe(true);
      expect(f.content.endsWith("\n\n")).toBe(false);
    }
    expect(file("mapping.md").split("\n")[0]).toBe("<!-- generated from op-registry/registry.json by generators/src/emit/onnx.ts — do not edit -->");
  });

  test("the onnx target is registered and owns bindings/onnx", () => {
    const target = TARGETS.find((t) => t.name === "onnx");
    expect(target?.generatedDirs).toEqual([ONNX_DIR]);
  });
});

describe("emitOnnx: mapping.json", () => {
  const json = file("mapping.json");

  test("exact data, in a stable key order, the notice in its first field", () => {
    expect(JSON.parse(json)).toEqual({
      generated: "generated from op-registry/registry.json by generators/src/emit/onnx.ts (with generators/data/onnx-ops.json and graph/onnx/importer.json) — do not edit",
      registry_hash: "0123456789abcdef",
      onnx: { version: "1.0.0", domain: "ai.onnx", max_opset: 19 },
      ops: [
        { name: "add", status: "exact", op_type: "Add", opset: { since: 7, through: 19 }, onnx_versions: [7, 13, 14], attr_renames: {}, note: "" },
        { name: "cast", status: "exact", op_type: "Cast", opset: { since: 13, through: 19 }, onnx_versions: [13, 19], attr_renames: { dtype: "to" }, note: "saturate | clamps" },
        { name: "silu", status: "decomposed", op_type: null, opset: null, onnx_versions: [], attr_renames: {}, note: "into Mul(x, Sigmoid(x))" },
        { name: "embedding", status: "decomposed", op_type: null, opset: null, onnx_versions: [], attr_renames: {}, note: "Gather(weight, indices, axis=0)" },
        { name: "sgd_update", status: "unsupported", op_type: null, opset: null, onnx_versions: [], attr_renames: {}, note: "training operators live outside the default domain" },
      ],
      onnx_ops: [
        {
          op_type: "Add",
          since_versions: [1, 6, 7, 13, 14],
          deprecated_since: null,
          tessera: [{ name: "add", since_opset: 7 }],
          import: [
            { min_opset: 1, max_opset: 6, kind: "converter", note: "legacy broadcast | axis" },
            { min_opset: 7, max_opset: null, kind: "generic", note: "inputs and attributes as registry 'add'" },
          ],
        },
        { op_type: "Cast", since_versions: [1, 6, 9, 13, 19], deprecated_since: null, tessera: [{ name: "cast", since_opset: 13 }], import: [] },
        { op_type: "Relu", since_versions: [1, 6, 13, 14], deprecated_since: null, tessera: [], import: [{ min_opset: 6, max_opset: null, kind: "converter", note: "" }] },
        { op_type: "Upsample", since_versions: [7, 9, 10], deprecated_since: 10, tessera: [], import: [] },
      ],
    });
    const lines = json.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "{",
      '  "generated": "generated from op-registry/registry.json by generators/src/emit/onnx.ts (with generators/data/onnx-ops.json and graph/onnx/importer.json) — do not edit",',
      '  "registry_hash": "0123456789abcdef",',
      '  "onnx": {',
    ]);
    expect(Object.keys(JSON.parse(json))).toEqual(["generated", "registry_hash", "onnx", "ops", "onnx_ops"]);
    expect(Object.keys(JSON.parse(json).ops[0])).toEqual(["name", "status", "op_type", "opset", "onnx_versions", "attr_renames", "note"]);
  });

  test("the same input gives the same bytes", () => {
    expect(emitOnnx(tiny, onnx, importer)).toEqual(files);
  });
});

describe("emitOnnx: mapping.md", () => {
  const md = file("mapping.md").split("\n");

  test("counts", () => {
    expect(md).toContain("- Registry operators: 5 (2 exact, 2 decomposed, 1 unsupported).");
    expect(md).toContain("- ONNX operators: 4 (1 deprecated); 2 have a Tessera operator mapped onto them, 2 are not supported.");
    expect(md).toContain("- Import: the importer converts 2 of the 4 ONNX operators (for the opsets in the **Import** column; `graph/onnx/importer.json`).");
  });

  test("registry operators: exact (with renames, notes escaped), decomposed, unsupported", () => {
    const start = md.indexOf("## Registry operators → ONNX");
    expect(md.slice(start, start + 10)).toEqual([
      "## Registry operators → ONNX",
      "",
      "| Operator | ONNX op type | Opsets | ONNX versions | Attribute renames | Status |",
      "| --- | --- | --- | --- | --- | --- |",
      "| `add` | Add | 7..19 | 7, 13, 14 |  | exact |",
      "| `cast` | Cast | 13..19 | 13, 19 | `dtype` → `to` | exact; saturate \\| clamps |",
      "| `silu` |  |  |  |  | decomposed into Mul(x, Sigmoid(x)) |",
      "| `embedding` |  |  |  |  | decomposed into Gather(weight, indices, axis=0) |",
      "| `sgd_update` |  |  |  |  | unsupported: training operators live outside the default domain |",
      "",
    ]);
  });

  test("ONNX operators: mapped, not supported, deprecated, with the importer's opsets", () => {
    const start = md.indexOf("| ONNX op type | Defined in opsets | Tessera | Import |");
    expect(md.slice(start, start + 6)).toEqual([
      "| ONNX op type | Defined in opsets | Tessera | Import |",
      "| --- | --- | --- | --- |",
      "| Add | 1, 6, 7, 13, 14 | `add` (from opset 7) | opsets 1..6 (converter: legacy broadcast \\| axis); opsets 7+ (generic) |",
      "| Cast | 1, 6, 9, 13, 19 | `cast` (from opset 13) | not imported |",
      "| Relu | 1, 6, 13, 14 | not supported | opsets 6+ (converter) |",
      "| Upsample | 7, 9, 10 (deprecated in 10) | not supported | not imported |",
    ]);
    expect(md[md.length - 1]).toBe("");
  });
});

describe("emitOnnx: errors", () => {
  const exact = (opType: string, since: number) => registry([op("relu", { onnx: { status: "exact", op_type: opType, since_opset: since, attr_renames: {}, note: "" } })]);

  test("an op type the ONNX list does not have", () => {
    expect(errorOf(() => emitOnnx(exact("Swish", 1), onnx))).toBe(
      'ops.relu.onnx: op_type "Swish" is not an operator of the ONNX default domain in onnx 1.0.0 (generators/data/onnx-ops.json)',
    );
  });

  test("a since_opset before the op type existed or past the newest opset", () => {
    expect(errorOf(() => emitOnnx(exact("Upsample", 6), onnx))).toBe("ops.relu.onnx: since_opset 6 is outside Upsample's opsets 7..19 (onnx 1.0.0)");
    expect(errorOf(() => emitOnnx(exact("Relu", 20), onnx))).toBe("ops.relu.onnx: since_opset 20 is outside Relu's opsets 1..19 (onnx 1.0.0)");
  });

  test("a malformed importer table", () => {
    expect(errorOf(() => parseImporter("[]", "i.json"))).toBe("i.json: expected an object with a converters list (rewrite it with npm run generate)");
    expect(errorOf(() => parseImporter(JSON.stringify({ converters: [{ op_type: "A", min_opset: 0, max_opset: null, kind: "generic", note: "" }] }), "i.json"))).toBe(
      "i.json: converters[0].min_opset: expected an integer >= 1 (rewrite it with npm run generate)",
    );
  });

  test("a malformed ONNX op list", () => {
    expect(errorOf(() => parseOnnxOps("{", "x.json"))).toMatch(/^x\.json: not valid JSON: /);
    const list = (ops: unknown[], max = 5) => JSON.stringify({ onnx_version: "1", domain: "ai.onnx", max_opset: max, ops });
    expect(errorOf(() => parseOnnxOps(list([{ name: "A", since_versions: [3, 1], deprecated_since: null }]), "x.json"))).toBe(
      "x.json: A.since_versions: expected ascending opsets up to max_opset 5 (rewrite it with scripts/onnx-ops.py)",
    );
    expect(errorOf(() => parseOnnxOps(list([{ name: "A", since_versions: [1], deprecated_since: null }, { name: "A", since_versions: [1], deprecated_since: null }]), "x.json"))).toBe(
      "x.json: ops[1]: A is listed twice (rewrite it with scripts/onnx-ops.py)",
    );
    expect(errorOf(() => parseOnnxOps(list([], 0), "x.json"))).toBe("x.json: max_opset: expected an integer >= 1 (rewrite it with scripts/onnx-ops.py)");
  });
});

describe("generators/data/onnx-ops.json", () => {
  const real: OnnxOpList = loadOnnxOps();
  test("names the onnx version and the default domain, ops sorted", () => {
    expect(real.domain).toBe("ai.onnx");
    expect(real.onnxVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const names = real.ops.map((o) => o.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(["Add", "Relu", "Conv"]));
  });
});

describe("sample registry (generators/test/fixtures/sample-registry.json)", () => {
  const sample = emitOnnx(
    parseRegistry(fs.readFileSync(path.join(__dirname, "fixtures/sample-registry.json"), "utf8"), "generators/test/fixtures/sample-registry.json"),
    loadOnnxOps(),
    importer, // the tiny hand-written table: the snapshot must not move with every converter change
  );
  test.each(sample.map((f) => [f.path, f.content]))("%s", (_path, content) => {
    expect(content).toMatchSnapshot();
  });
});

const REAL_REGISTRY = path.join(REPO, "op-registry/registry.json");
const realTest = fs.existsSync(REAL_REGISTRY) ? test : test.skip;
describe("real registry (op-registry/registry.json)", () => {
  realTest("mapping.json and mapping.md equal the committed generated files", () => {
    const real = emitOnnx(parseRegistry(fs.readFileSync(REAL_REGISTRY, "utf8")), loadOnnxOps(), loadImporter());
    for (const f of real) expect(f.content).toBe(fs.readFileSync(path.join(REPO, f.path), "utf8"));
  });
});
