import { julia as lang, juliaElementType, juliaString } from "../../src/lang/julia";
import { attrOf, kitchenSink } from "../helpers/registry";

const op = kitchenSink();

describe("Julia naming", () => {
  test("snake_case functions and keyword arguments, PascalCase types", () => {
    expect(lang.functionName("log_softmax")).toBe("log_softmax");
    expect(lang.parameterName("keep_dims")).toBe("keep_dims");
    expect(lang.typeName("pad", "mode")).toBe("PadMode");
  });

  test("keywords get a trailing _", () => {
    expect(lang.functionName("end")).toBe("end_");
    expect(lang.parameterName("begin")).toBe("begin_");
    expect(lang.optionName("where")).toBe("where_");
    expect(lang.parameterName("dims")).toBe("dims");
  });
});

describe("Julia types", () => {
  test.each([
    ["flag", "Bool"],
    ["count", "Int"],
    ["scale", "Float64"],
    ["label", "String"],
    ["mode", "Symbol"],
    ["axes", "Tuple{Vararg{Int}}"],
    ["weights", "Vector{Float64}"],
    ["dtype", "DataType"],
  ])("attribute %s: %s", (name, type) => {
    expect(lang.attrType(attrOf(op, name), op)).toBe(type);
  });

  test("inputs and results", () => {
    const base = { name: "x", doc: "", dtypes: ["float32"], meaning: null, index: 0 };
    expect(lang.inputType({ ...base, optional: false, variadic: true })).toBe("AbstractVector{<:TensorLike}");
    expect(lang.inputType({ ...base, optional: true, variadic: false })).toBe("Union{TensorLike,Nothing}");
    expect(lang.returnType([...op.outputs, ...op.outputs])).toBe("Tuple{Tensor,Tensor}");
  });
});

describe("Julia literals", () => {
  test.each([
    ["flag", "true"],
    ["count", "3"],
    ["axis", "-1"],
    ["scale", "1.0"],
    ["eps", "1e-7"],
    ["low", "-Inf"],
    ["label", '"say \\"hi\\" \\$x"'],
    ["mode", ":edge"],
    ["axes", "()"],
    ["one_axis", "(0,)"],
    ["shape", "(2, 3)"],
    ["weights", "[0.5, 1.0]"],
    ["no_weights", "Float64[]"],
    ["dtype", "UInt8"],
  ])("default of %s: %s", (name, text) => {
    expect(lang.defaultLiteral(attrOf(op, name), op)).toBe(text);
  });

  test("element types and strings", () => {
    expect(juliaElementType("float32")).toBe("Float32");
    expect(() => juliaElementType("bfloat16")).toThrow('julia: no Julia element type for dtype "bfloat16"');
    expect(juliaString("a$b")).toBe('"a\\$b"');
    expect(lang.literal(attrOf(op, "scale"), NaN, op)).toBe("NaN");
  });
});

describe("Julia docstrings", () => {
  test("signature first, then # Arguments, # Returns, # Examples; $ escaped", () => {
    const text = lang.formatDoc({
      signature: "sum(x; axes=(), keepdims=false) -> Tensor",
      summary: "Sum of elements over the given axes.",
      description: "Costs $0.",
      params: [
        { name: "x", type: "TensorLike", doc: "Input tensor." },
        { name: "axes", type: "Tuple{Vararg{Int}}", doc: "Axes to reduce.", default: "()" },
      ],
      returns: [{ name: "", type: "Tensor", doc: "The sums." }],
      examples: ["y = sum(x; axes=(2,))"],
    });
    expect(text.split("\n")).toEqual([
      '"""',
      "    sum(x; axes=(), keepdims=false) -> Tensor",
      "",
      "Sum of elements over the given axes.",
      "",
      "Costs \\$0.",
      "",
      "# Arguments",
      "- `x::TensorLike`: Input tensor.",
      "- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce.",
      "",
      "# Returns",
      "- `Tensor`: The sums.",
      "",
      "# Examples",
      "```julia",
      "y = sum(x; axes=(2,))",
      "```",
      '"""',
    ]);
  });
});
