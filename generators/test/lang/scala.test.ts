import { dtypeMember, scala as lang } from "../../src/lang/scala";
import { attrOf, kitchenSink } from "../helpers/registry";

const op = kitchenSink();

describe("Scala naming", () => {
  test("camelCase methods and named arguments, PascalCase types", () => {
    expect(lang.functionName("log_softmax")).toBe("logSoftmax");
    expect(lang.parameterName("keep_dims")).toBe("keepDims");
    expect(lang.typeName("pad", "mode")).toBe("PadMode");
  });

  test("reserved words are quoted with backticks", () => {
    expect(lang.parameterName("type")).toBe("`type`");
    expect(lang.functionName("match")).toBe("`match`");
    expect(lang.optionName("val")).toBe("`val`");
    expect(lang.parameterName("given")).toBe("`given`");
    expect(lang.parameterName("axis")).toBe("axis");
  });
});

describe("Scala types", () => {
  test.each([
    ["flag", "Boolean"],
    ["count", "Long"],
    ["axis", "Int"],
    ["scale", "Double"],
    ["label", "String"],
    ["mode", "PadAnyMode"],
    ["axes", "Seq[Int]"],
    ["shape", "Seq[Long]"],
    ["weights", "Seq[Double]"],
    ["dtype", "DType"],
  ])("attribute %s: %s", (name, type) => {
    expect(lang.attrType(attrOf(op, name), op)).toBe(type);
  });

  test("inputs and results", () => {
    const base = { name: "x", doc: "", dtypes: ["float32"], meaning: null, index: 0 };
    expect(lang.inputType({ ...base, optional: false, variadic: true })).toBe("Seq[Tensor]");
    expect(lang.inputType({ ...base, optional: true, variadic: false })).toBe("Option[Tensor]");
    expect(lang.returnType([...op.outputs, ...op.outputs])).toBe("(Tensor, Tensor)");
  });
});

describe("Scala literals", () => {
  test.each([
    ["flag", "true"],
    ["count", "3L"],
    ["axis", "-1"],
    ["scale", "1.0"],
    ["eps", "1e-7"],
    ["low", "Double.NegativeInfinity"],
    ["label", '"say \\"hi\\" $x"'],
    ["mode", "PadAnyMode.Edge"],
    ["axes", "Seq()"],
    ["one_axis", "Seq(0)"],
    ["shape", "Seq(2L, 3L)"],
    ["weights", "Seq(0.5, 1.0)"],
    ["dtype", "DType.UInt8"],
  ])("default of %s: %s", (name, text) => {
    expect(lang.defaultLiteral(attrOf(op, name), op)).toBe(text);
  });

  test("NaN, infinity and dtype members", () => {
    expect(lang.literal(attrOf(op, "scale"), NaN, op)).toBe("Double.NaN");
    expect(lang.literal(attrOf(op, "scale"), Infinity, op)).toBe("Double.PositiveInfinity");
    expect(dtypeMember("float32")).toBe("Float32");
    expect(dtypeMember("bfloat16")).toBe("Bfloat16");
  });
});

describe("Scaladoc", () => {
  test("@param, @return and an @example code block", () => {
    const text = lang.formatDoc(
      {
        summary: "Sum of elements over the given axes.",
        description: "Negative axes count from the end.",
        params: [
          { name: "x", type: "Tensor", doc: "Input tensor." },
          { name: "axes", type: "Seq[Int]", doc: "Axes to reduce.", default: "Seq()" },
        ],
        returns: [{ name: "y", type: "Tensor", doc: "The sums." }],
        examples: ["val y = sum(x, axes = Seq(1))"],
      },
      "  ",
    );
    expect(text.split("\n")).toEqual([
      "  /** Sum of elements over the given axes.",
      "    *",
      "    * Negative axes count from the end.",
      "    *",
      "    * @param x Input tensor.",
      "    * @param axes Axes to reduce. (default `Seq()`)",
      "    * @return The sums.",
      "    * @example {{{",
      "    * val y = sum(x, axes = Seq(1))",
      "    * }}}",
      "    */",
    ]);
  });

  test("several results; one-liners", () => {
    const text = lang.formatDoc({
      summary: "Top k.",
      description: "",
      params: [],
      returns: [
        { name: "values", type: "Tensor", doc: "Values." },
        { name: "indices", type: "Tensor", doc: "Indices." },
      ],
      examples: [],
    });
    expect(text).toBe("/** Top k.\n  *\n  * @return a tuple (values: Values.; indices: Indices.)\n  */");
    expect(lang.formatDoc({ summary: "Short.", description: "", params: [], returns: [], examples: [] })).toBe("/** Short. */");
  });
});
