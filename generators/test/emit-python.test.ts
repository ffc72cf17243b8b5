import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { emitPython, PY_GENERATED_DIR } from "../src/emit/python";
import { exampleTranscript, outputValue } from "../src/emit/python-example";
import type { GeneratedFile } from "../src/files";
import { ModelError, parseRegistry } from "../src/model";
import { attr, input, op, output, registry } from "./helpers/registry";

const tiny = registry([
  op("add", {
    inputs: [input("a"), input("b")],
    examples: [
      {
        title: "row broadcast",
        inputs: [
          { dtype: "float32", shape: [2, 2], data: [1, 2, 3, 4] },
          { dtype: "float32", shape: [2], data: [10, 20] },
        ],
        attrs: {},
        outputs: [{ dtype: "float32", shape: [2, 2], data: [11, 22, 13, 24] }],
        source: "hand-derived",
      },
    ],
  }),
  op("sum", { attrs: [attr("axes", "int[]", [], { meaning: "axes" }), attr("keepdims", "bool", false)] }),
  op("reshape", { attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" })] }),
  op("pad", {
    attrs: [
      attr("mode", "enum", "constant", { enum: ["constant", "reflect"] }),
      attr("value", "float", 0, { range: [-10, 10] }),
    ],
  }),
  op("cast", { attrs: [attr("dtype", "dtype", "float32")] }),
  op("full", { inputs: [], attrs: [attr("shape", "int[]", null, { required: true }), attr("dtype", "dtype", null, { required: true })] }),
  op("concat", {
    inputs: [input("inputs", { variadic: true })],
    attrs: [attr("axis", "int", 0, { meaning: "axis" })],
    examples: [
      {
        title: "two rows",
        inputs: [
          { dtype: "int32", shape: [1, 2], data: [1, 2] },
          { dtype: "int32", shape: [1, 2], data: [3, 4] },
        ],
        attrs: { axis: 0 },
        outputs: [{ dtype: "int32", shape: [2, 2], data: [1, 2, 3, 4] }],
        source: "hand-derived",
      },
    ],
  }),
  op("top_k", {
    attrs: [attr("k", "int", null, { required: true }), attr("largest", "bool", true)],
    outputs: [output("values"), output("indices", { dtypes: ["int64"] })],
  }),
  op("linear", { inputs: [input("x"), input("w"), input("bias", { optional: true })] }),
  op("gather_opt", { inputs: [input("x"), input("idx", { optional: true })], attrs: [attr("axis", "int", null, { required: true })] }),
  op("shape", { outputs: [output("n", { dtypes: ["int64"] })] }),
  op("lambda", { inputs: [input("from")], attrs: [attr("is", "bool", false)] }),
  op("split", {
    attrs: [attr("parts", "int", 2)],
    outputs: [output("outputs", { variadic: true })],
    examples: [
      {
        title: "halves",
        inputs: [{ dtype: "float64", shape: [4], data: [1, 2, 3, 4] }],
        attrs: {},
        outputs: [
          { dtype: "float64", shape: [2], data: [1, 2] },
          { dtype: "float64", shape: [2], data: [3, 4] },
        ],
        source: "hand-derived",
      },
    ],
  }),
]);

function file(files: readonly GeneratedFile[], name: string): string {
  const found = files.find((f) => f.path === `${PY_GENERATED_DIR}/${name}`);
  if (found === undefined) throw new Error(`no ${name}`);
  return found.content;
}

/** The lines of `text` from the one starting with `first` through the one starting with `last`. */
function block(text: string, first: string, last: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(first));
  const end = lines.findIndex((l, k) => k >= start && l.startsWith(last));
  if (start < 0 || end < 0) throw new Error(`no block ${first} .. ${last}`);
  return lines.slice(start, end + 1);
}

const files = emitPython(tiny);
const ops = file(files, "ops.py");
const stub = file(files, "ops.pyi");
const methods = file(files, "methods.py");
const reg = file(files, "registry.py");

describe("emitPython: files", () => {
  test("emits the package files, each with the header", () => {
    expect(files.map((f) => f.path.slice(PY_GENERATED_DIR.length + 1))).toEqual([
      "__init__.py",
      "registry.py",
      "ops.py",
      "ops.pyi",
      "methods.py",
    ]);
    for (const f of files) {
      expect(f.content.split("\n")[0]).toBe("# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit");
      expect(f.content.endsWith("\n")).toBe(true);
      expect(f.content.endsWith("\n\n")).toBe(false);
    }
  });

  test("is pure: the same model gives the same files", () => {
    expect(emitPython(tiny)).toEqual(files);
  });

  test("registry.py carries the hash, API version, dtypes and operator names", () => {
    expect(reg).toContain('API_VERSION: Final = 1\n');
    expect(reg).toContain('REGISTRY_HASH: Final = "0123456789abcdef"\n');
    expect(reg).toContain('DType: TypeAlias = Literal["float32", "float64", "int32", "int64", "uint8", "bool"]\n');
    expect(reg).toContain('OP_NAMES: Final[tuple[str, ...]] = (\n    "add",\n    "sum",\n');
  });

  test("registry.py lists the dtypes each input accepts (the input conversion follows them)", () => {
    expect(reg).toContain('INPUT_DTYPES: Final[dict[str, tuple[tuple[DType, ...], ...]]] = {\n');
    expect(reg).toContain('    "add": (("float32",), ("float32",)),\n');
    expect(reg).toContain('    "concat": (("float32",),),\n'); // a variadic input: one entry
    expect(reg).toContain('    "full": (),\n');
  });
});

describe("emitPython: signatures", () => {
  test("inputs are positional-only; attributes are keywords with the registry defaults", () => {
    expect(ops).toContain("\ndef add(a: TensorLike, b: TensorLike, /) -> Tensor:\n");
    expect(ops).toContain("\ndef sum(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:\n");
    expect(ops).toContain("\ndef cast(x: TensorLike, /, *, dtype: DType = \"float32\") -> Tensor:\n");
  });

  test("required attributes are positional-or-keyword, before the keyword-only ones", () => {
    expect(ops).toContain("\ndef reshape(x: TensorLike, /, shape: tuple[int, ...]) -> Tensor:\n");
    expect(ops).toContain("\ndef full(shape: tuple[int, ...], dtype: DType) -> Tensor:\n");
    expect(ops).toContain("\ndef top_k(x: TensorLike, /, k: int, *, largest: bool = True) -> tuple[Tensor, Tensor]:\n");
  });

  test("enums are Literal types", () => {
    expect(ops).toContain('\n    mode: Literal["constant", "reflect"] = "constant",\n');
    expect(stub).toContain('\n    mode: Literal["constant", "reflect"] = "constant",\n');
  });

  test("variadic inputs take a sequence; optional inputs default to None only where Python allows it", () => {
    expect(ops).toContain("\ndef concat(inputs: Sequence[TensorLike], /, *, axis: int = 0) -> Tensor:\n");
    expect(ops).toContain("\ndef linear(x: TensorLike, w: TensorLike, bias: TensorLike | None = None, /) -> Tensor:\n");
    // A required attribute follows: the optional input cannot have a default.
    expect(ops).toContain("\ndef gather_opt(x: TensorLike, idx: TensorLike | None, /, axis: int) -> Tensor:\n");
  });

  test("Python keywords are escaped with a trailing _", () => {
    expect(ops).toContain("\ndef lambda_(from_: TensorLike, /, *, is_: bool = False) -> Tensor:\n");
    expect(ops).toContain("    return _op_lambda(from_, is_)\n");
  });

  test("long signatures go one parameter per line", () => {
    const wide = registry([
      op("very_long_operator_name", {
        inputs: [input("first_input"), input("second_input")],
        attrs: [attr("some_axes", "int[]", [0, 1]), attr("another_flag", "bool", true), attr("scale", "float", 0.5)],
      }),
    ]);
    expect(block(file(emitPython(wide), "ops.py"), "def very_long_operator_name(", ") -> Tensor:")).toEqual([
      "def very_long_operator_name(",
      "    first_input: TensorLike,",
      "    second_input: TensorLike,",
      "    /,",
      "    *,",
      "    some_axes: tuple[int, ...] = (0, 1),",
      "    another_flag: bool = True,",
      "    scale: float = 0.5,",
      ") -> Tensor:",
    ]);
  });
});

describe("emitPython: native operator handles", () => {
  test("each operator is resolved once, with input names, attribute slots and enum values", () => {
    expect(ops).toContain('_op_add: Op[Tensor] = _op("add", ("a", "b"), False, (), ())\n');
    expect(ops).toContain('_op_sum: Op[Tensor] = _op("sum", ("x",), False, ("axes", "keepdims"), (None, None))\n');
    expect(ops).toContain('_op_pad: Op[Tensor] = _op("pad", ("x",), False, ("mode", "value"), (("constant", "reflect"), None))\n');
    expect(ops).toContain('_op_concat: Op[Tensor] = _op("concat", ("inputs",), True, ("axis",), (None,))\n');
    expect(ops).toContain('_op_linear: Op[Tensor] = _op("linear", ("x", "w", "bias?"), False, (), ())\n');
    expect(ops).toContain('_op_top_k: Op[tuple[Tensor, Tensor]] = _op("top_k", ("x",), False, ("k", "largest"), (None, None))\n');
  });

  test("the body passes every input and attribute positionally, in slot order", () => {
    expect(ops).toContain("    return _op_sum(x, axes, keepdims)\n");
    expect(ops).toContain("    return _op_full(shape, dtype)\n");
    expect(ops).toContain("    return _op_top_k(x, k, largest)\n");
  });

  test("typing-only imports sit under TYPE_CHECKING and cover what the hints use", () => {
    expect(block(ops, "if TYPE_CHECKING:", "    from .registry import DType")).toEqual([
      "if TYPE_CHECKING:",
      "    from collections.abc import Sequence",
      "    from typing import Literal",
      "    from .._native import Op",
      "    from .._tensor import Tensor, TensorLike",
      "    from .registry import DType",
    ]);
  });
});

describe("emitPython: numpydoc docstrings", () => {
  test("summary, parameters with types and defaults, returns", () => {
    expect(block(ops, "def sum(", '    """')).toHaveLength(2);
    expect(block(ops, "def pad(", "    return")).toEqual([
      "def pad(",
      "    x: TensorLike,",
      "    /,",
      "    *,",
      '    mode: Literal["constant", "reflect"] = "constant",',
      "    value: float = 0.0,",
      ") -> Tensor:",
      '    """The pad operator.',
      "",
      "    Parameters",
      "    ----------",
      "    x : TensorLike",
      "        The x tensor. Accepted dtypes: float32.",
      '    mode : Literal["constant", "reflect"], default "constant"',
      "        The mode attribute.",
      "    value : float, default 0.0",
      "        The value attribute. Range: [-10, 10].",
      "",
      "    Returns",
      "    -------",
      "    y : Tensor",
      "        The y result.",
      '    """',
      "    return _op_pad(x, mode, value)",
    ]);
  });

  test("registry examples become doctests that check the expected output", () => {
    expect(block(ops, "    Examples", '    """').slice(0, 12)).toEqual([
      "    Examples",
      "    --------",
      "    Row broadcast:",
      "",
      "    >>> import tessera as ts",
      '    >>> a = ts.tensor([[1, 2], [3, 4]], dtype="float32")',
      '    >>> b = ts.tensor([10, 20], dtype="float32")',
      "    >>> y = ts.add(a, b)",
      "    >>> y.shape, y.dtype",
      "    ((2, 2), 'float32')",
      "    >>> y.tolist()",
      "    [[11.0, 22.0], [13.0, 24.0]]",
    ]);
  });

  test("a variadic input is a list; attributes are keywords", () => {
    const concat = tiny.ops.find((o) => o.name === "concat")!;
    expect(exampleTranscript(concat, concat.examples[0]!).split("\n")).toEqual([
      "Two rows:",
      "",
      ">>> import tessera as ts",
      '>>> inputs = [ts.tensor([[1, 2]], dtype="int32"), ts.tensor([[3, 4]], dtype="int32")]',
      ">>> y = ts.concat(inputs, axis=0)",
      ">>> y.shape, y.dtype",
      "((2, 2), 'int32')",
      ">>> y.tolist()",
      "[[1, 2], [3, 4]]",
    ]);
  });

  test("expected floats are written to the dtype's precision; bools and non-finite values as Python prints them", () => {
    expect(outputValue(0.7310585786300049, "float32")).toBe("0.731059");
    expect(outputValue(0.7310585786300049, "float64")).toBe("0.73105857863");
    expect(outputValue(11, "float32")).toBe("11.0");
    expect(outputValue(16777217, "float32")).toBe("16777217.0");
    expect(outputValue(1e-7, "float32")).toBe("1e-7");
    expect(outputValue(NaN, "float64")).toBe("nan");
    expect(outputValue(-Infinity, "float32")).toBe("-inf");
    expect(outputValue(1, "bool")).toBe("True");
    expect(outputValue(-3, "int64")).toBe("-3");
  });
});

describe("emitPython: a variadic output", () => {
  test("is a list, resolved with variadic_output=True, and its examples are checked item by item", () => {
    expect(ops).toContain("\ndef split(x: TensorLike, /, *, parts: int = 2) -> list[Tensor]:\n");
    expect(ops).toContain('_op_split: Op[list[Tensor]] = _op("split", ("x",), False, ("parts",), (None,), variadic_output=True)\n');
    expect(ops).toContain("    outputs : list[Tensor]\n");
    expect(block(ops, "    >>> outputs = ts.split(x)", "    [3.0, 4.0]")).toEqual([
      "    >>> outputs = ts.split(x)",
      "    >>> len(outputs)",
      "    2",
      "    >>> outputs[0].shape, outputs[0].dtype",
      "    ((2,), 'float64')",
      "    >>> outputs[0].tolist()",
      "    [1.0, 2.0]",
      "    >>> outputs[1].shape, outputs[1].dtype",
      "    ((2,), 'float64')",
      "    >>> outputs[1].tolist()",
      "    [3.0, 4.0]",
    ]);
  });
});

describe("emitPython: the stub and the methods", () => {
  test("ops.pyi declares every function and handle without bodies", () => {
    expect(stub).toContain("\ndef sum(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...\n");
    expect(stub).toContain("\n_op_sum: Op[Tensor]\n");
    expect(stub).toContain("from .._tensor import Tensor, TensorLike\n");
    expect(stub).not.toContain('"""');
  });

  test("an operator whose first input is one required tensor is a method; others are not", () => {
    expect(methods).toContain("    def sum(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:\n");
    expect(methods).toContain("        return _op_sum(self, axes, keepdims)\n");
    expect(methods).toContain("    def add(self, b: TensorLike, /) -> Tensor:\n");
    expect(methods).toContain("    def reshape(self, shape: tuple[int, ...]) -> Tensor:\n");
    expect(methods).not.toMatch(/def concat\(/);
    expect(methods).not.toMatch(/def full\(/);
    // "shape" is a hand-written Tensor member: the operator keeps its function form only.
    expect(methods).not.toMatch(/def shape\(/);
    expect(ops).toMatch(/\ndef shape\(/);
    expect(methods).toContain('RESERVED_MEMBERS: Final[tuple[str, ...]] = ("shape", "dtype",');
  });
});

describe("emitPython: names Python cannot take", () => {
  test("an operator named like a type in the hints is a ModelError naming it", () => {
    expect(() => emitPython(registry([op("int")]))).toThrow(ModelError);
    expect(() => emitPython(registry([op("int")]))).toThrow(/op "int": name: Python function "int" would shadow a name the generated type hints use/);
  });

  test("an input named like the examples' module alias is rejected", () => {
    expect(() => emitPython(registry([op("f", { inputs: [input("ts")] })]))).toThrow(/the name "ts" is the module alias/);
  });

  test("names that collide after escaping are rejected", () => {
    expect(() => emitPython(registry([op("g", { inputs: [input("x")], attrs: [attr("x", "int", 0)] })]))).toThrow(ModelError);
  });
});

// The generated code must be valid Python, including what the real registry does not exercise
// (enums, optional inputs, several outputs, escaped keywords): parsed with the machine's python3.
const python = spawnSync("python3", ["--version"]).status === 0 ? "python3" : undefined;
(python === undefined ? test.skip : test)("every generated module parses as Python 3.10+ (python3 -c ast.parse)", () => {
  for (const f of files) {
    const r = spawnSync(python!, ["-c", "import ast, sys; ast.parse(sys.stdin.read(), feature_version=(3, 10))"], {
      input: f.content,
      encoding: "utf8",
    });
    expect(`${f.path}: ${r.status} ${r.stderr}`).toBe(`${f.path}: 0 `);
  }
});

const REPO = path.resolve(__dirname, "../..");
const SAMPLE = path.join(__dirname, "fixtures/sample-registry.json");
const REAL = path.join(REPO, "op-registry/registry.json");

describe("snapshots", () => {
  const sample = emitPython(parseRegistry(fs.readFileSync(SAMPLE, "utf8"), "generators/test/fixtures/sample-registry.json"));
  test.each(sample.map((f) => [f.path, f.content]))("sample registry: %s", (_path, content) => {
    expect(content).toMatchSnapshot();
  });

  const haveReal = fs.existsSync(REAL);
  (haveReal ? test : test.skip)("real registry: the committed generated files are what the emitter makes", () => {
    for (const f of emitPython(parseRegistry(fs.readFileSync(REAL, "utf8")))) {
      expect(`${f.path}\n${fs.readFileSync(path.join(REPO, f.path), "utf8")}`).toBe(`${f.path}\n${f.content}`);
    }
  });
});

describe("emitPython: a required attribute declared after optional ones", () => {
  // adam_update declares lr, beta1, ..., weight_decay, step: lr and step are required.
  const adam = registry([
    op("step_update", {
      inputs: [input("w"), input("g")],
      attrs: [
        attr("lr", "float", null, { required: true }),
        attr("beta", "float", 0.9),
        attr("weight_decay", "float", 0),
        attr("step", "int", null, { required: true }),
      ],
      outputs: [output("new_w"), output("new_g")],
      examples: [
        {
          title: "first step",
          inputs: [
            { dtype: "float64", shape: [1], data: [1] },
            { dtype: "float64", shape: [1], data: [0.5] },
          ],
          attrs: { lr: 0.1, weight_decay: 0.1, step: 1 },
          outputs: [
            { dtype: "float64", shape: [1], data: [0.9] },
            { dtype: "float64", shape: [1], data: [0.5] },
          ],
          source: "hand-derived",
        },
      ],
    }),
  ]);
  const text = file(emitPython(adam), "ops.py");

  test("comes before the keywords in the signature, the docstring and the examples' calls", () => {
    expect(text).toContain(
      [
        "def step_update(",
        "    w: TensorLike,",
        "    g: TensorLike,",
        "    /,",
        "    lr: float,",
        "    step: int,",
        "    *,",
        "    beta: float = 0.9,",
        "    weight_decay: float = 0.0,",
        ") -> tuple[Tensor, Tensor]:",
      ].join("\n"),
    );
    const params = block(text, "    Parameters", "    Returns").filter((l) => /^ {4}\w+ : /.test(l));
    expect(params.map((l) => l.trim().split(" ")[0])).toEqual(["w", "g", "lr", "step", "beta", "weight_decay"]);
    expect(text).toContain("    >>> new_w, new_g = ts.step_update(w, g, 0.1, 1, weight_decay=0.1)\n");
    // The handle still takes every attribute in slot (registry) order.
    expect(text).toContain("    return _op_step_update(w, g, lr, beta, weight_decay, step)\n");
  });
});
