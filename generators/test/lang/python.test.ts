import { python as lang } from "../../src/lang/python";
import { attrOf, kitchenSink } from "../helpers/registry";

const op = kitchenSink();

describe("Python naming", () => {
  test("snake_case functions and keyword arguments, PascalCase types", () => {
    expect(lang.functionName("log_softmax")).toBe("log_softmax");
    expect(lang.parameterName("keep_dims")).toBe("keep_dims");
    expect(lang.optionName("keep_dims")).toBe("keep_dims");
    expect(lang.typeName("pad", "mode")).toBe("PadMode");
  });

  test("keywords get a trailing _ (PEP 8); soft keywords and builtins do not", () => {
    expect(lang.functionName("lambda")).toBe("lambda_");
    expect(lang.parameterName("from")).toBe("from_");
    expect(lang.optionName("is")).toBe("is_");
    expect(lang.parameterName("match")).toBe("match");
    expect(lang.parameterName("sum")).toBe("sum");
  });
});

describe("Python types", () => {
  test.each([
    ["flag", "bool"],
    ["count", "int"],
    ["scale", "float"],
    ["label", "str"],
    ["mode", 'Literal["constant", "reflect", "edge"]'],
    ["axes", "tuple[int, ...]"],
    ["weights", "tuple[float, ...]"],
    ["dtype", "DType"],
  ])("attribute %s: %s", (name, type) => {
    expect(lang.attrType(attrOf(op, name), op)).toBe(type);
  });

  test("inputs and results", () => {
    const base = { name: "x", doc: "", dtypes: ["float32"], meaning: null, index: 0 };
    expect(lang.inputType({ ...base, optional: false, variadic: false })).toBe("TensorLike");
    expect(lang.inputType({ ...base, optional: false, variadic: true })).toBe("Sequence[TensorLike]");
    expect(lang.inputType({ ...base, optional: true, variadic: false })).toBe("TensorLike | None");
    expect(lang.returnType([...op.outputs, ...op.outputs])).toBe("tuple[Tensor, Tensor]");
  });
});

describe("Python literals", () => {
  test.each([
    ["flag", "True"],
    ["count", "3"],
    ["axis", "-1"],
    ["scale", "1.0"],
    ["eps", "1e-7"],
    ["low", 'float("-inf")'],
    ["label", '"say \\"hi\\" $x"'],
    ["mode", '"edge"'],
    ["axes", "()"],
    ["one_axis", "(0,)"],
    ["shape", "(2, 3)"],
    ["weights", "(0.5, 1.0)"],
    ["no_weights", "()"],
    ["dtype", '"uint8"'],
  ])("default of %s: %s", (name, text) => {
    expect(lang.defaultLiteral(attrOf(op, name), op)).toBe(text);
  });

  test("NaN and infinity", () => {
    expect(lang.literal(attrOf(op, "scale"), NaN, op)).toBe('float("nan")');
    expect(lang.literal(attrOf(op, "weights"), [Infinity], op)).toBe('(float("inf"),)');
  });
});

describe("Python docstrings (numpydoc)", () => {
  test("sections: Parameters, Returns, Examples", () => {
    const text = lang.formatDoc(
      {
        summary: "Sum of elements over the given axes.",
        description: 'Negative axes count from the end; a \\ and """ are escaped.',
        params: [
          { name: "x", type: "TensorLike", doc: "Input tensor." },
          { name: "axes", type: "tuple[int, ...]", doc: "Axes to reduce.\nEmpty means all.", default: "()" },
        ],
        returns: [{ name: "y", type: "Tensor", doc: "The sums." }],
        examples: ["y = sum(x, axes=(1,))\nprint(\n  y)"],
      },
      "    ",
    );
    expect(text.split("\n")).toEqual([
      '    """Sum of elements over the given axes.',
      "",
      '    Negative axes count from the end; a \\\\ and \\"\\"\\" are escaped.',
      "",
      "    Parameters",
      "    ----------",
      "    x : TensorLike",
      "        Input tensor.",
      "    axes : tuple[int, ...], default ()",
      "        Axes to reduce.",
      "        Empty means all.",
      "",
      "    Returns",
      "    -------",
      "    y : Tensor",
      "        The sums.",
      "",
      "    Examples",
      "    --------",
      "    >>> y = sum(x, axes=(1,))",
      "    >>> print(",
      "    ...   y)",
      '    """',
    ]);
  });

  test("a one-line docstring", () => {
    expect(lang.formatDoc({ summary: "Short.", description: "", params: [], returns: [], examples: [] })).toBe('"""Short."""');
  });
});
