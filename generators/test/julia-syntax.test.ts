// Every .jl file of the Julia package (generated and hand-written) parses with tree-sitter-julia
// without error nodes, so do the examples in its docstrings, and so does what the emitter makes
// of the sample fixture and of tiny registries. Deliberately broken files must fail: the check
// can fail. (No Julia runtime is installable here; test/runtests.jl runs where Julia exists.)

import * as fs from "node:fs";
import * as path from "node:path";
import { emitJulia } from "../src/emit/julia";
import { analyzeIsolated, breakSource, docExamples, juliaFiles, type JuliaAnalysis, type JuliaSource } from "../src/emit/julia-check";
import { parseRegistry } from "../src/model";
import { attr, input, op, output, registry } from "./helpers/registry";

const REPO = path.resolve(__dirname, "../..");
const read = (file: string): string => fs.readFileSync(path.join(REPO, file), "utf8");
const files = juliaFiles(REPO, "bindings/julia");

const BROKEN: readonly (readonly [string, string])[] = [
  ["an unclosed call", "x = f(1, 2\ny = 3\n"],
  ["an unclosed block", "function f(x)\n    return x\n"],
  ["a stray operator", "x = 1 +* 2\n"],
  ["an unterminated string", 'x = "abc\n'],
  ["an unclosed docstring", '"""\n    f(x)\n\nDoc.\nfunction f(x) end\n'],
  ["an issue on line 2", "a = 1\nb = (2\nc = 3\n"],
];

const tiny = registry([
  op("end", {
    inputs: [input("x"), input("rest", { variadic: true })],
    attrs: [
      attr("flag", "bool", true),
      attr("count", "int", 3, { range: [1, 10] }),
      attr("axis", "int", 0, { meaning: "axis" }),
      attr("scale", "float", "-inf"),
      attr("label", "string", 'say "hi" $x \\ done'),
      attr("mode", "enum", "end", { enum: ["constant", "end", "true"] }),
      attr("axes", "int[]", [0, -1], { meaning: "axes" }),
      attr("perm", "int[]", [1, 0], { meaning: "perm" }),
      attr("shape", "int[]", [2, 3], { meaning: "shape" }),
      attr("weights", "float[]", []),
      attr("dtype", "dtype", "bool"),
      attr("size", "int", null, { required: true }),
    ],
    outputs: [output("values"), output("where")],
  }),
  op("begin", { inputs: [], attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" })] }),
]);
const sampleText =
  emitJulia(parseRegistry(fs.readFileSync(path.join(__dirname, "fixtures/sample-registry.json"), "utf8")))[0]?.content ?? "";

const sources: JuliaSource[] = [
  ...files.map((f) => ({ name: f, text: read(f) })),
  ...files.map((f) => ({ name: `broken:${f}`, text: breakSource(read(f)) })),
  ...BROKEN.map(([name, text]) => ({ name: `broken:${name}`, text })),
  { name: "emitted:sample", text: sampleText },
  { name: "emitted:tiny", text: emitJulia(tiny)[0]?.content ?? "" },
];
const result = analyzeIsolated(sources);

if (result.problem !== undefined) {
  // Shown in the test names so a skip is never silent.
  test.skip(`Julia syntax checks: SKIPPED because ${result.problem}`, () => {});
} else {
  const byName = new Map(result.analyses.map((a) => [a.name, a]));
  const get = (name: string): JuliaAnalysis => {
    const a = byName.get(name);
    if (a === undefined) throw new Error(`no analysis for ${name}`);
    return a;
  };

  describe("the Julia package parses with tree-sitter-julia", () => {
    test("the package has its files", () => {
      expect(files).toEqual(
        expect.arrayContaining([
          "bindings/julia/Tessera/src/Tessera.jl",
          "bindings/julia/Tessera/src/ops.jl",
          "bindings/julia/Tessera/test/runtests.jl",
        ]),
      );
    });

    test.each(files)("%s has no syntax errors", (file) => {
      expect(get(file).syntax).toEqual([]);
    });

    test.each(files)("the docstring examples of %s parse", (file) => {
      expect(get(file).examples.filter((e) => e.issues.length > 0)).toEqual([]);
    });

    test("ops.jl has an example for every registry example", () => {
      const reg = parseRegistry(read("op-registry/registry.json"));
      const count = reg.ops.reduce((n, o) => n + o.examples.length, 0);
      expect(get("bindings/julia/Tessera/src/ops.jl").examples).toHaveLength(count);
      expect(docExamples(read("bindings/julia/Tessera/src/ops.jl"))).toHaveLength(count);
    });
  });

  describe("broken Julia is caught (the check can fail)", () => {
    test.each(files)("%s with its last `end` removed", (file) => {
      expect(get(`broken:${file}`).syntax.length).toBeGreaterThan(0);
    });

    test.each(BROKEN.map(([name]) => name))("%s", (name) => {
      expect(get(`broken:${name}`).syntax.length).toBeGreaterThan(0);
    });

    test("an issue names its line", () => {
      expect(get("broken:an issue on line 2").syntax[0]?.line).toBeGreaterThanOrEqual(2);
    });
  });

  describe("what the emitter makes parses", () => {
    test("the sample fixture, with its docstring examples", () => {
      expect(get("emitted:sample").syntax).toEqual([]);
      expect(get("emitted:sample").examples.length).toBeGreaterThan(0);
      expect(get("emitted:sample").examples.filter((e) => e.issues.length > 0)).toEqual([]);
    });

    test("every attribute type, keyword names, enums with keyword values, several outputs", () => {
      expect(get("emitted:tiny").syntax).toEqual([]);
      expect(get("emitted:tiny").functions.map((f) => f.name)).toEqual(expect.arrayContaining(["end_", "begin_"]));
    });
  });
}
