import { ModelError, parseRegistry } from "../src/model";
import { attr, input, modelError, op, registry, registryJson } from "./helpers/registry";

describe("parseRegistry: valid registries", () => {
  const reg = registry([
    op("sum", {
      defined_in: "op-registry/ops/reduce.cc",
      attrs: [attr("axes", "int[]", [], { meaning: "axes" }), attr("keepdims", "bool", false)],
      examples: [
        {
          title: "Row sums",
          inputs: [{ dtype: "float32", shape: [2, 2], data: [1, 2, 3, "nan"] }],
          attrs: { axes: [1] },
          outputs: [{ dtype: "float32", shape: [2], data: [3, "nan"] }],
          source: "hand-derived",
        },
      ],
    }),
    op("clip", { attrs: [attr("low", "float", "-inf"), attr("high", "float", "inf")] }),
    op("zeros", { inputs: [], attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" })] }),
  ]);

  test("top-level fields", () => {
    expect(reg.schemaVersion).toBe(1);
    expect(reg.apiVersion).toBe(1);
    expect(reg.hash).toBe("0123456789abcdef");
    expect(reg.dtypes).toEqual(["float32", "float64", "int32", "int64", "uint8", "bool"]);
    expect(reg.ops.map((o) => o.name)).toEqual(["sum", "clip", "zeros"]);
  });

  test("attributes carry typed defaults, meaning, required and slot", () => {
    const [axes, keepdims] = reg.ops[0]!.attrs;
    expect(axes).toEqual({
      name: "axes",
      type: "int[]",
      doc: "The axes attribute.",
      meaning: "axes",
      required: false,
      default: [],
      range: null,
      enumValues: null,
      slot: 0,
    });
    expect(keepdims).toMatchObject({ type: "bool", default: false, slot: 1 });
    expect(reg.ops[2]!.attrs[0]).toMatchObject({ type: "int[]", required: true, default: null, meaning: "shape" });
  });

  test('non-finite numbers are decoded from "nan", "inf", "-inf"', () => {
    expect(reg.ops[1]!.attrs.map((a) => a.default)).toEqual([-Infinity, Infinity]);
    expect(reg.ops[0]!.examples[0]!.inputs[0]!.data).toEqual([1, 2, 3, NaN]);
  });

  test("op records use camelCase fields", () => {
    const sum = reg.ops[0]!;
    expect(sum.definedIn).toBe("op-registry/ops/reduce.cc");
    expect(sum.inputs[0]).toEqual({ name: "x", doc: "The x tensor.", dtypes: ["float32"], optional: false, variadic: false, meaning: null, index: 0 });
    expect(sum.onnx).toEqual({ status: "unsupported", opType: "", sinceOpset: 0, attrRenames: {}, note: "test operator" });
    expect(sum.gradient).toEqual({ status: "planned", formula: "dx = dy", reason: "" });
    expect(sum.examples[0]!.attrs).toEqual({ axes: [1] });
  });

  test("records are deeply frozen", () => {
    expect(Object.isFrozen(reg)).toBe(true);
    expect(Object.isFrozen(reg.ops)).toBe(true);
    expect(Object.isFrozen(reg.ops[0]!.attrs[0])).toBe(true);
    expect(Object.isFrozen(reg.ops[0]!.attrs[0]!.default)).toBe(true);
    expect(() => {
      (reg.ops as unknown as unknown[]).push(1);
    }).toThrow(TypeError);
  });
});

describe("parseRegistry: errors name the operator, its file and the field", () => {
  test("unknown key in an attribute", () => {
    expect(modelError([op("sum", { attrs: [{ ...attr("axes", "int[]", []), defualt: [] }] })])).toBe(
      'op-registry/ops/sum.cc: op "sum": attrs.axes: unknown key "defualt" (allowed: name, type, doc, meaning, required, default, range, enum)',
    );
  });

  test("unknown key in an operator and at the top level", () => {
    expect(modelError([op("sum", { kernel: "sum_kernel" })])).toBe(
      'op-registry/ops/sum.cc: op "sum": unknown key "kernel" (allowed: name, family, summary, doc, defined_in, inputs, outputs, attrs, gradient, onnx, examples)',
    );
    expect(modelError([], { generated_at: "today" })).toBe(
      'op-registry/registry.json: unknown key "generated_at" (allowed: schema_version, api_version, hash, dtypes, attr_types, ops, generated)',
    );
  });

  test("missing key", () => {
    const { doc: _doc, ...noDoc } = input("x");
    expect(modelError([op("neg", { inputs: [noDoc] })])).toBe('op-registry/ops/neg.cc: op "neg": inputs.x: missing key "doc"');
  });

  test("unknown attribute type", () => {
    expect(modelError([op("fft", { attrs: [attr("kind", "complex", 0)] })])).toBe(
      'op-registry/ops/fft.cc: op "fft": attrs.kind.type: unknown attribute type "complex" (known: bool, int, float, string, enum, int[], float[], dtype)',
    );
  });

  test("duplicate operator names (cross-record pass)", () => {
    expect(modelError([op("add", { defined_in: "op-registry/ops/a.cc" }), op("add", { defined_in: "op-registry/ops/b.cc" })])).toBe(
      'op-registry/ops/b.cc: op "add": name: duplicate operator name (also defined in op-registry/ops/a.cc)',
    );
  });

  test("duplicate attribute and input names within an operator", () => {
    expect(modelError([op("sum", { attrs: [attr("axis", "int", 0), attr("axis", "int", 1)] })])).toBe(
      'op-registry/ops/sum.cc: op "sum": attrs[1].name: duplicate input/attribute name "axis" (first at attrs[0].name)',
    );
    expect(modelError([op("add", { inputs: [input("a"), input("a")] })])).toBe(
      'op-registry/ops/add.cc: op "add": inputs[1].name: duplicate input/attribute name "a" (first at inputs[0].name)',
    );
    expect(modelError([op("scale", { attrs: [attr("x", "float", 1)] })])).toBe(
      'op-registry/ops/scale.cc: op "scale": attrs[0].name: duplicate input/attribute name "x" (first at inputs[0].name)',
    );
  });

  test("defaults must match the type", () => {
    expect(modelError([op("sum", { attrs: [attr("keepdims", "bool", 0)] })])).toBe(
      'op-registry/ops/sum.cc: op "sum": attrs.keepdims.default: expected true or false for a bool attribute, got 0',
    );
    expect(modelError([op("sum", { attrs: [attr("axis", "int", 1.5)] })])).toBe(
      'op-registry/ops/sum.cc: op "sum": attrs.axis.default: expected an integer for an int attribute, got 1.5',
    );
    expect(modelError([op("sum", { attrs: [attr("axes", "int[]", [0, "1"])] })])).toBe(
      'op-registry/ops/sum.cc: op "sum": attrs.axes.default: expected an array of integers for an int[] attribute, got [0,"1"]',
    );
    expect(modelError([op("cast", { attrs: [attr("dtype", "dtype", "float16")] })])).toBe(
      'op-registry/ops/cast.cc: op "cast": attrs.dtype.default: "float16" is not a dtype of this registry (float32, float64, int32, int64, uint8, bool)',
    );
  });

  test("defaults must be an enum value and inside the range", () => {
    expect(modelError([op("pad", { attrs: [attr("mode", "enum", "wrap", { enum: ["constant", "reflect"] })] })])).toBe(
      'op-registry/ops/pad.cc: op "pad": attrs.mode.default: "wrap" is not one of the enum values constant, reflect',
    );
    expect(modelError([op("top_k", { attrs: [attr("k", "int", 0, { range: [1, 100] })] })])).toBe(
      'op-registry/ops/top_k.cc: op "top_k": attrs.k.default: 0 is outside the range [1, 100]',
    );
    expect(modelError([op("dropout", { attrs: [attr("p", "float", "nan", { range: [0, 1] })] })])).toBe(
      'op-registry/ops/dropout.cc: op "dropout": attrs.p.default: nan is outside the range [0, 1]',
    );
  });

  test("required attributes have no default", () => {
    expect(modelError([op("zeros", { attrs: [attr("shape", "int[]", [1], { required: true })] })])).toBe(
      'op-registry/ops/zeros.cc: op "zeros": attrs.shape.default: a required attribute has no default (expected null), got [1]',
    );
  });

  test("enum values, ranges and meanings must fit the type", () => {
    expect(modelError([op("pad", { attrs: [attr("mode", "enum", "a", { enum: null })] })])).toBe(
      'op-registry/ops/pad.cc: op "pad": attrs.mode.enum: expected a non-empty array of values, got null',
    );
    expect(modelError([op("pad", { attrs: [attr("name", "string", "a", { range: [0, 1] })] })])).toBe(
      'op-registry/ops/pad.cc: op "pad": attrs.name.range: a string attribute cannot have a range',
    );
    expect(modelError([op("sum", { attrs: [attr("axis", "float", 0, { meaning: "axis" })] })])).toBe(
      'op-registry/ops/sum.cc: op "sum": attrs.axis.meaning: meaning "axis" needs an int attribute, not float',
    );
  });

  test("names must be snake_case", () => {
    expect(modelError([op("logSoftmax")])).toBe(
      'op-registry/ops/logSoftmax.cc: op "logSoftmax": name: "logSoftmax" is not snake_case (lowercase letters, digits, single underscores)',
    );
    expect(modelError([op("sum", { attrs: [attr("keep__dims", "bool", false)] })])).toBe(
      'op-registry/ops/sum.cc: op "sum": attrs[0].name: "keep__dims" is not snake_case (lowercase letters, digits, single underscores)',
    );
  });

  test("only the last input may be variadic", () => {
    expect(modelError([op("stack", { inputs: [input("xs", { variadic: true }), input("w")] })])).toBe(
      'op-registry/ops/stack.cc: op "stack": inputs.xs.variadic: only the last input may be variadic',
    );
  });

  test("examples refer to real attributes and have consistent data", () => {
    const example = { title: "t", inputs: [{ dtype: "float32", shape: [2], data: [1] }], attrs: { axes: [0] }, outputs: [], source: "hand" };
    expect(modelError([op("neg", { examples: [example] })])).toBe(
      [
        "2 problems in the operator registry:",
        '  op-registry/ops/neg.cc: op "neg": examples[0].inputs[0].data: shape [2] holds 2 values, data has 1',
        '  op-registry/ops/neg.cc: op "neg": examples[0].attrs: "axes" is not an attribute of this operator',
      ].join("\n"),
    );
  });

  test("a decomposed or unsupported mapping may carry null op_type and since_opset (as the engine writes them)", () => {
    const reg = registry([op("silu", { onnx: { status: "decomposed", op_type: null, since_opset: null, attr_renames: {}, note: "x * Sigmoid(x)" } })]);
    expect(reg.ops[0]!.onnx).toEqual({ status: "decomposed", opType: "", sinceOpset: 0, attrRenames: {}, note: "x * Sigmoid(x)" });
    expect(modelError([op("neg", { onnx: { status: "exact", op_type: null, since_opset: null } })])).toBe(
      'op-registry/ops/neg.cc: op "neg": onnx: status "exact" needs an op_type and a since_opset >= 1',
    );
  });

  test("onnx renames must name attributes", () => {
    expect(modelError([op("cast", { onnx: { status: "exact", op_type: "Cast", since_opset: 13, attr_renames: { to: "to" } } })])).toBe(
      'op-registry/ops/cast.cc: op "cast": onnx.attr_renames: "to" is not an attribute of this operator',
    );
  });

  test("every problem is collected, per operator", () => {
    const e = (() => {
      try {
        parseRegistry(registryJson([op("a", { outputs: [] }), op("B")]));
      } catch (err) {
        return err as ModelError;
      }
      throw new Error("expected a ModelError");
    })();
    expect(e).toBeInstanceOf(ModelError);
    expect(e.name).toBe("ModelError");
    expect(e.issues).toEqual([
      'op-registry/ops/a.cc: op "a": outputs: an operator needs at least one output',
      'op-registry/ops/B.cc: op "B": name: "B" is not snake_case (lowercase letters, digits, single underscores)',
    ]);
  });

  test("registry-level problems", () => {
    expect(() => parseRegistry("{", "reg.json")).toThrow(/^reg\.json: not valid JSON: /);
    expect(modelError([], { schema_version: 2 })).toBe(
      "op-registry/registry.json: schema_version: this generator reads schema version 1, got 2",
    );
    expect(modelError([], { attr_types: ["bool", "int", "float", "string", "enum", "int[]", "float[]", "dtype", "complex"] })).toBe(
      'op-registry/registry.json: attr_types: unknown attribute type "complex" (this generator knows bool, int, float, string, enum, int[], float[], dtype)',
    );
    expect(modelError([], { hash: "9F0C" })).toBe('op-registry/registry.json: hash: expected a lowercase hex FNV-1a 64 hash, got "9F0C"');
  });
});
