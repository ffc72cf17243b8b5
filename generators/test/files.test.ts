import { GENERATED_MARKER, generatedFile, generatedHeader, isGeneratedContent } from "../src/files";

test.each([
  ["bindings/typescript/src/generated/ops.ts", "typescript", "// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit"],
  ["bindings/python/tessera/_ops.py", "python", "# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit"],
  ["bindings/python/tessera/_ops.pyi", "python", "# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit"],
  ["bindings/scala/src/main/scala/Ops.scala", "scala", "// generated from op-registry/registry.json by generators/src/emit/scala.ts — do not edit"],
  ["bindings/r/R/ops.R", "r", "# generated from op-registry/registry.json by generators/src/emit/r.ts — do not edit"],
  ["bindings/r/man/sum.Rd", "r", "% generated from op-registry/registry.json by generators/src/emit/r.ts — do not edit"],
  ["bindings/julia/src/ops.jl", "julia", "# generated from op-registry/registry.json by generators/src/emit/julia.ts — do not edit"],
  ["bindings/onnx/ops.md", "onnx", "<!-- generated from op-registry/registry.json by generators/src/emit/onnx.ts — do not edit -->"],
])("header of %s", (path, emitter, header) => {
  expect(generatedHeader(path, emitter)).toBe(header);
  expect(isGeneratedContent(`${header}\n\nbody\n`)).toBe(true);
});

test("formats without comments are rejected", () => {
  expect(() => generatedHeader("bindings/onnx/ops.json", "onnx")).toThrow('generatedHeader: no comment syntax known for "bindings/onnx/ops.json"');
});

test("generatedFile: header, one blank line, body with exactly one final newline", () => {
  expect(generatedFile("a/b.ts", "typescript", "\n\nexport {};\n\n\n")).toEqual({
    path: "a/b.ts",
    content: "// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit\n\nexport {};\n",
  });
});

test("hand-written files are not mistaken for generated ones", () => {
  expect(isGeneratedContent("// runtime.ts: hand-written\nexport {};\n")).toBe(false);
  expect(isGeneratedContent(`export {};\n\n\n// ${GENERATED_MARKER} — do not edit\n`)).toBe(false);
});
