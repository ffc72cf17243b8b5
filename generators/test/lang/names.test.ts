import { checkNames, LANGUAGES, nameIssues } from "../../src/lang";
import { TARGET_IDS } from "../../src/lang/language";
import { ModelError } from "../../src/model";
import { attr, input, op, registry } from "../helpers/registry";

test("all five languages implement the interface", () => {
  expect(Object.keys(LANGUAGES)).toEqual([...TARGET_IDS]);
  for (const id of TARGET_IDS) expect(LANGUAGES[id].id).toBe(id);
});

test("function names that collide after conversion", () => {
  const reg = registry([op("x_1"), op("x1")]);
  expect(nameIssues(reg, LANGUAGES.typescript)).toEqual([
    'op-registry/ops/x1.cc: op "x1": name: TypeScript function name "x1" is also the name of op "x_1"',
  ]);
  expect(nameIssues(reg, LANGUAGES.python)).toEqual([]);
});

test("parameter names that collide after conversion", () => {
  const reg = registry([op("f", { inputs: [input("a_b2")], attrs: [attr("a_b_2", "int", 0)] })]);
  const expected = (lang: string) => [`op-registry/ops/f.cc: op "f": attrs.a_b_2: ${lang} parameter name "aB2" is also used by inputs.a_b2`];
  expect(nameIssues(reg, LANGUAGES.typescript)).toEqual(expected("TypeScript"));
  expect(nameIssues(reg, LANGUAGES.scala)).toEqual(expected("Scala"));
  expect(nameIssues(reg, LANGUAGES.r)).toEqual([]);
});

test("derived type names that collide", () => {
  const reg = registry([
    op("pad", { attrs: [attr("mode_options", "enum", "a", { enum: ["a"] })] }),
    op("pad_mode", { attrs: [attr("fill", "float", 0)] }),
  ]);
  expect(nameIssues(reg, LANGUAGES.typescript)).toEqual([
    'op-registry/ops/pad_mode.cc: op "pad_mode": TypeScript type name "PadModeOptions" is also derived from op "pad" attrs.mode_options',
  ]);
  // Python declares no options types.
  expect(nameIssues(reg, LANGUAGES.python)).toEqual([]);
});

test("checkNames throws one ModelError for every language", () => {
  const reg = registry([op("x_1"), op("x1")]);
  expect(() => checkNames(reg)).toThrow(ModelError);
  expect(() => checkNames(reg)).toThrow(
    [
      "2 problems in the operator registry:",
      '  op-registry/ops/x1.cc: op "x1": name: TypeScript function name "x1" is also the name of op "x_1"',
      '  op-registry/ops/x1.cc: op "x1": name: Scala function name "x1" is also the name of op "x_1"',
    ].join("\n"),
  );
  expect(() => checkNames(registry([op("sum"), op("mean")]))).not.toThrow();
});
