import { r as lang } from "../../src/lang/r";
import { attrOf, kitchenSink } from "../helpers/registry";

const op = kitchenSink();

describe("R naming", () => {
  test("snake_case functions and arguments, PascalCase types", () => {
    expect(lang.functionName("log_softmax")).toBe("log_softmax");
    expect(lang.parameterName("keep_dims")).toBe("keep_dims");
    expect(lang.typeName("pad", "mode")).toBe("PadMode");
  });

  test("reserved words get a trailing _", () => {
    expect(lang.functionName("function")).toBe("function_");
    expect(lang.parameterName("if")).toBe("if_");
    expect(lang.parameterName("next")).toBe("next_");
    expect(lang.parameterName("in")).toBe("in_");
    expect(lang.parameterName("x")).toBe("x");
  });
});

describe("R types", () => {
  test.each([
    ["flag", "logical"],
    ["count", "integer"],
    ["scale", "numeric"],
    ["label", "character"],
    ["mode", "character"],
    ["axes", "integer"],
    ["weights", "numeric"],
    ["dtype", "character"],
  ])("attribute %s: %s", (name, type) => {
    expect(lang.attrType(attrOf(op, name), op)).toBe(type);
  });

  test("inputs and results", () => {
    const base = { name: "x", doc: "", dtypes: ["float32"], meaning: null, index: 0 };
    expect(lang.inputType({ ...base, optional: false, variadic: false })).toBe("tessera_tensor");
    expect(lang.inputType({ ...base, optional: false, variadic: true })).toBe("list");
    expect(lang.returnType([...op.outputs, ...op.outputs])).toBe("list");
  });
});

describe("R literals", () => {
  test.each([
    ["flag", "TRUE"],
    ["count", "3L"],
    ["axis", "-1L"],
    ["scale", "1"],
    ["eps", "1e-7"],
    ["low", "-Inf"],
    ["label", '"say \\"hi\\" $x"'],
    ["mode", '"edge"'],
    ["axes", "integer(0)"],
    ["one_axis", "0L"],
    ["shape", "c(2L, 3L)"],
    ["weights", "c(0.5, 1)"],
    ["no_weights", "numeric(0)"],
    ["dtype", '"uint8"'],
  ])("default of %s: %s", (name, text) => {
    expect(lang.defaultLiteral(attrOf(op, name), op)).toBe(text);
  });

  test("NaN and FALSE", () => {
    expect(lang.literal(attrOf(op, "scale"), NaN, op)).toBe("NaN");
    expect(lang.literal(attrOf(op, "flag"), false, op)).toBe("FALSE");
  });
});

describe("roxygen2 comments", () => {
  test("#' lines with @param, @return, @examples; % and @ escaped", () => {
    const text = lang.formatDoc({
      summary: "Sum of elements over the given axes.",
      description: "Keeps 100% of the data; mail me@example.org.",
      params: [
        { name: "x", type: "tessera_tensor", doc: "Input tensor." },
        { name: "axes", type: "integer", doc: "Axes to reduce.", default: "integer(0)" },
      ],
      returns: [{ name: "y", type: "tessera_tensor", doc: "The sums." }],
      examples: ["y <- sum(x, axes = 2L)"],
    });
    expect(text.split("\n")).toEqual([
      "#' Sum of elements over the given axes.",
      "#'",
      "#' Keeps 100\\% of the data; mail me@@example.org.",
      "#'",
      "#' @param x Input tensor.",
      "#' @param axes Axes to reduce. Default: `integer(0)`.",
      "#' @return The sums.",
      "#' @examples",
      "#' y <- sum(x, axes = 2L)",
    ]);
  });

  test("several results become a list", () => {
    const text = lang.formatDoc({
      summary: "Top k.",
      description: "",
      params: [],
      returns: [
        { name: "values", type: "", doc: "Values." },
        { name: "indices", type: "", doc: "Indices." },
      ],
      examples: [],
    });
    expect(text.split("\n")).toEqual(["#' Top k.", "#'", "#' @return A list:", "#' - `values`: Values.", "#' - `indices`: Indices."]);
  });
});
