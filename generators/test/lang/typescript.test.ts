import { enumUnion, jsDocPropertyLines, methodName, RESERVED_TENSOR_MEMBERS, typescript as lang } from "../../src/lang/typescript";
import type { DocComment } from "../../src/lang/language";
import { attrOf, kitchenSink } from "../helpers/registry";

const op = kitchenSink();

describe("TypeScript naming", () => {
  test("functions, parameters and options are camelCase; types PascalCase", () => {
    expect(lang.functionName("log_softmax")).toBe("logSoftmax");
    expect(lang.parameterName("keep_dims")).toBe("keepDims");
    expect(lang.optionName("keep_dims")).toBe("keepDims");
    expect(lang.typeName("pad", "mode")).toBe("PadMode");
    expect(methodName("top_k")).toBe("topK");
  });

  test("reserved words and generated names are escaped with a trailing _", () => {
    expect(lang.functionName("delete")).toBe("delete_");
    expect(lang.parameterName("in")).toBe("in_");
    expect(lang.parameterName("default")).toBe("default_");
    expect(lang.parameterName("arguments")).toBe("arguments_");
    expect(lang.parameterName("options")).toBe("options_");
    expect(lang.functionName("call1")).toBe("call1_");
    expect(lang.parameterName("axis")).toBe("axis");
    // Object keys may be keywords.
    expect(lang.optionName("default")).toBe("default");
    expect(lang.isReserved("class")).toBe(true);
    expect(lang.isReserved("sum")).toBe(false);
  });

  test("Tensor members that methods must not replace", () => {
    expect(RESERVED_TENSOR_MEMBERS).toEqual(expect.arrayContaining(["shape", "dtype", "dispose", "ndim", "size", "toArray", "toTypedArray", "item", "toString", "disposed", "handle", "constructor"]));
    expect(RESERVED_TENSOR_MEMBERS).not.toContain("reshape");
    expect(RESERVED_TENSOR_MEMBERS).not.toContain("cast");
  });
});

describe("TypeScript types", () => {
  test.each([
    ["flag", "boolean"],
    ["count", "number"],
    ["scale", "number"],
    ["label", "string"],
    ["mode", "PadAnyMode"],
    ["axes", "number[]"],
    ["weights", "number[]"],
    ["dtype", "DType"],
  ])("attribute %s: %s", (name, type) => {
    expect(lang.attrType(attrOf(op, name), op)).toBe(type);
  });

  test("inputs, results and enum unions", () => {
    const base = { name: "x", doc: "", dtypes: ["float32"], meaning: null, index: 0 };
    expect(lang.inputType({ ...base, optional: false, variadic: false })).toBe("TensorLike");
    expect(lang.inputType({ ...base, optional: false, variadic: true })).toBe("TensorLike[]");
    expect(lang.inputType({ ...base, optional: true, variadic: false })).toBe("TensorLike | undefined");
    expect(lang.returnType(op.outputs)).toBe("Tensor");
    expect(lang.returnType([...op.outputs, ...op.outputs])).toBe("[Tensor, Tensor]");
    expect(enumUnion(["constant", "reflect"])).toBe('"constant" | "reflect"');
  });
});

describe("TypeScript literals", () => {
  test.each([
    ["flag", "true"],
    ["count", "3"],
    ["axis", "-1"],
    ["scale", "1"],
    ["eps", "1e-7"],
    ["low", "-Infinity"],
    ["label", '"say \\"hi\\" $x"'],
    ["mode", '"edge"'],
    ["axes", "[]"],
    ["one_axis", "[0]"],
    ["shape", "[2, 3]"],
    ["weights", "[0.5, 1]"],
    ["dtype", '"uint8"'],
  ])("default of %s: %s", (name, text) => {
    expect(lang.defaultLiteral(attrOf(op, name), op)).toBe(text);
  });

  test("NaN and values of any attribute", () => {
    expect(lang.literal(attrOf(op, "scale"), NaN, op)).toBe("NaN");
    expect(lang.literal(attrOf(op, "flag"), false, op)).toBe("false");
  });

  test("a required attribute has no default", () => {
    expect(() => lang.defaultLiteral(attrOf(op, "size"), op)).toThrow(
      'op-registry/ops/pad_any.cc: op "pad_any": attrs.size: required attributes have no default',
    );
  });

  test("a value of the wrong kind is a clear error", () => {
    expect(() => lang.literal(attrOf(op, "axes"), 1, op)).toThrow('attribute "axes" (int[]): expected a list, got 1');
  });
});

describe("TypeScript doc comments", () => {
  const doc: DocComment = {
    summary: "Sum of elements over the given axes.",
    description: "Negative axes count from the end.\nAn empty list reduces everything; a */ stays inside.",
    params: [
      { name: "x", type: "", doc: "Input tensor." },
      { name: "options.axes", type: "", doc: "Axes to reduce.", default: "[]" },
    ],
    returns: [{ name: "y", type: "", doc: "The sums." }],
    examples: ["const y = sum(x, { axes: [1] });"],
  };

  test("JSDoc with @param, @returns and @example", () => {
    expect(lang.formatDoc(doc).split("\n")).toEqual([
      "/**",
      " * Sum of elements over the given axes.",
      " *",
      " * Negative axes count from the end.",
      " * An empty list reduces everything; a *\\/ stays inside.",
      " *",
      " * @param x - Input tensor.",
      " * @param options.axes - Axes to reduce. Default: `[]`.",
      " * @returns The sums.",
      " * @example",
      " * ```ts",
      " * const y = sum(x, { axes: [1] });",
      " * ```",
      " */",
    ]);
  });

  test("one line stays on one line; indentation and several results", () => {
    expect(lang.formatDoc({ summary: "Short.", description: "", params: [], returns: [], examples: [] }, "  ")).toBe("  /** Short. */");
    const two = lang.formatDoc({
      summary: "Top k.",
      description: "@internal is not a tag here",
      params: [],
      returns: [
        { name: "values", type: "", doc: "Values." },
        { name: "indices", type: "", doc: "Indices." },
      ],
      examples: [],
    });
    expect(two.split("\n")).toEqual([
      "/**",
      " * Top k.",
      " *",
      " * \\@internal is not a tag here",
      " *",
      " * @returns `[values, indices]`",
      " * - `values`: Values.",
      " * - `indices`: Indices.",
      " */",
    ]);
  });

  test("property docs carry the default as @defaultValue", () => {
    expect(jsDocPropertyLines("Axes to reduce.", "Each value in [0, 3].", "[]")).toEqual([
      "Axes to reduce.",
      "Each value in [0, 3].",
      "",
      "@defaultValue `[]`",
    ]);
  });
});
