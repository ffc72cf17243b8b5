import * as fs from "node:fs";
import * as path from "node:path";
import { emitScala, SCALA_GENERATED_DIR } from "../src/emit/scala";
import { elementLiteral, exampleCode, tensorLiteral } from "../src/emit/scala-example";
import { hasMethodForm } from "../src/emit/scala-signature";
import type { GeneratedFile } from "../src/files";
import { ModelError, parseRegistry } from "../src/model";
import { attr, input, op, output, registry } from "./helpers/registry";

const REPO = path.resolve(__dirname, "../..");

const tiny = registry([
  op("add", { inputs: [input("a"), input("b")] }),
  op("sum", { attrs: [attr("axes", "int[]", [], { meaning: "axes" }), attr("keepdims", "bool", false)] }),
  op("reshape", { attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" })] }),
  op("pad", {
    attrs: [
      attr("pads", "int[]", null, { required: true, range: [0, 100] }),
      attr("mode", "enum", "constant", { enum: ["constant", "reflect"] }),
      attr("value", "float", 0, { range: [-10, 10] }),
    ],
    examples: [
      {
        title: "reflect",
        inputs: [{ dtype: "float32", shape: [2], data: [1, "nan"] }],
        attrs: { pads: [1, 1], mode: "reflect" },
        outputs: [{ dtype: "float32", shape: [4], data: ["nan", 1, "nan", 1] }],
        source: "hand-derived",
      },
    ],
  }),
  op("cast", { attrs: [attr("dtype", "dtype", "float32")] }),
  op("full", { inputs: [], attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" }), attr("value", "float", null, { required: true })] }),
  op("concat", { inputs: [input("inputs", { variadic: true })], attrs: [attr("axis", "int", 0, { meaning: "axis" })] }),
  op("stack_on", { inputs: [input("base"), input("rest", { variadic: true })] }),
  op("top_k", {
    attrs: [attr("k", "int", null, { required: true }), attr("largest", "bool", true)],
    outputs: [output("values"), output("indices", { dtypes: ["int64"] })],
  }),
  op("linear", { inputs: [input("x"), input("w"), input("bias", { optional: true })] }),
  op("type", { inputs: [input("val")], attrs: [attr("label", "string", 'say "hi" $x')] }),
  op("shape", {}),
]);

function file(files: readonly GeneratedFile[], name: string): string {
  const found = files.find((f) => f.path === `${SCALA_GENERATED_DIR}/${name}`);
  if (found === undefined) throw new Error(`no ${name}`);
  return found.content;
}

const files = emitScala(tiny);
const ops = file(files, "Ops.scala").split("\n");
const methods = file(files, "TensorMethods.scala").split("\n");
const table = file(files, "OpTable.scala").split("\n");

/** The lines from the one starting with `first` (trimmed) up to and including `count` lines. */
function block(lines: readonly string[], first: string, count: number): string[] {
  const k = lines.findIndex((l) => l.trim().startsWith(first));
  if (k < 0) throw new Error(`no line starting with ${first}`);
  return lines.slice(k, k + count);
}

describe("emitScala: files", () => {
  test("emits Ops.scala, TensorMethods.scala and OpTable.scala, each with the header", () => {
    expect(files.map((f) => f.path)).toEqual([
      "bindings/scala/src/main/scala/tessera/generated/Ops.scala",
      "bindings/scala/src/main/scala/tessera/generated/TensorMethods.scala",
      "bindings/scala/src/main/scala/tessera/generated/OpTable.scala",
    ]);
    for (const f of files) {
      expect(f.content.split("\n")[0]).toBe("// generated from op-registry/registry.json by generators/src/emit/scala.ts — do not edit");
      expect(f.content.split("\n")[2]).toBe("package tessera");
      expect(f.content.endsWith("}\n")).toBe(true);
    }
  });

  test("rejects names that collide in Scala", () => {
    const clash = registry([op("log_softmax"), op("logSoftmax".toLowerCase()), op("x_1"), op("x1")]);
    expect(() => emitScala(clash)).toThrow(ModelError);
    expect(() => emitScala(clash)).toThrow('Scala function name "x1" is also the name of op "x_1"');
  });
});

describe("emitScala: object Ops", () => {
  test("one resolved handle per operator, with input and attribute names for messages", () => {
    expect(ops).toContain('  private val AddOp = OpRef("add", inputs = Array("a", "b"), attrs = Array(), variadic = false, outputs = 1)');
    expect(ops).toContain('  private val StackOnOp = OpRef("stack_on", inputs = Array("base", "rest"), attrs = Array(), variadic = true, outputs = 1)');
    expect(ops).toContain('  private val TopKOp = OpRef("top_k", inputs = Array("x"), attrs = Array("k", "largest"), variadic = false, outputs = 2)');
    expect(ops).toContain('  private val FullOp = OpRef("full", inputs = Array(), attrs = Array("shape", "value"), variadic = false, outputs = 1)');
  });

  test("inputs, then required attributes, then defaults from the registry", () => {
    expect(block(ops, "def add(", 2)).toEqual([
      "  def add(a: Tensor, b: Tensor): Tensor =",
      "    Runtime.call1(AddOp, Array(a, b), Attrs.Empty)",
    ]);
    expect(block(ops, "def sum(", 2)).toEqual([
      "  def sum(x: Tensor, axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor =",
      "    Runtime.call1(SumOp, Array(x), Attrs(2).set(0, axes).set(1, keepdims))",
    ]);
    expect(block(ops, "def reshape(", 1)).toEqual(["  def reshape(x: Tensor, shape: Seq[Long]): Tensor ="]);
    expect(block(ops, "def cast(", 1)).toEqual(["  def cast(x: Tensor, dtype: DType = DType.Float32): Tensor ="]);
    expect(block(ops, "def full(", 2)).toEqual([
      "  def full(shape: Seq[Long], value: Double): Tensor =",
      "    Runtime.call1(FullOp, Runtime.NoInputs, Attrs(2).set(0, shape).set(1, value))",
    ]);
  });

  test("required attributes come first in the signature but keep their slot in the call", () => {
    const sig = ["x", "k", "largest"];
    expect(block(ops, "def topK(", 2)).toEqual([
      `  def topK(${sig[0]}: Tensor, ${sig[1]}: Long, ${sig[2]}: Boolean = true): (Tensor, Tensor) =`,
      "    { val r = Runtime.callN(TopKOp, Array(x), Attrs(2).set(0, k).set(1, largest)); (r(0), r(1)) }",
    ]);
  });

  test("variadic and optional inputs", () => {
    expect(block(ops, "def concat(", 2)).toEqual([
      "  def concat(inputs: Seq[Tensor], axis: Int = 0): Tensor =",
      "    Runtime.call1(ConcatOp, inputs.toArray, Attrs(1).set(0, axis))",
    ]);
    expect(block(ops, "def stackOn(", 2)).toEqual([
      "  def stackOn(base: Tensor, rest: Seq[Tensor]): Tensor =",
      "    Runtime.call1(StackOnOp, Array(base) ++ rest, Attrs.Empty)",
    ]);
    expect(block(ops, "def linear(", 2)).toEqual([
      "  def linear(x: Tensor, w: Tensor, bias: Option[Tensor] = None): Tensor =",
      "    Runtime.call1(LinearOp, Array(x, w, bias.orNull), Attrs.Empty)",
    ]);
  });

  test("reserved words are quoted; string defaults are escaped", () => {
    expect(block(ops, "def `type`(", 2)).toEqual([
      '  def `type`(`val`: Tensor, label: String = "say \\"hi\\" $x"): Tensor =',
      "    Runtime.call1(TypeOp, Array(`val`), Attrs(1).set(0, label))",
    ]);
  });

  test("enum attributes become Scala 3 enums in registry order, with their codec", () => {
    expect(block(ops, "enum PadMode", 9)).toEqual([
      "enum PadMode(val registryName: String) {",
      '  case Constant extends PadMode("constant")',
      '  case Reflect extends PadMode("reflect")',
      "}",
      "",
      "object PadMode {",
      "  /** Encodes the value as its registry index and decodes it from the value or its registry name. */",
      '  given AttrCodec[PadMode] = AttrCodec.enumeration[PadMode]("PadMode", PadMode.values, _.registryName)',
      "}",
    ]);
    expect(block(ops, "def pad(", 1)).toEqual([
      "  def pad(x: Tensor, pads: Seq[Long], mode: PadMode = PadMode.Constant, value: Double = 0.0): Tensor =",
    ]);
  });

  test("Scaladoc: summary, @param with ranges and defaults, @return, @example from the registry", () => {
    expect(block(ops, "/** The pad operator.", 15)).toEqual([
      "  /** The pad operator.",
      "    *",
      "    * @param x The x tensor.",
      "    * @param pads The pads attribute. Each value in [0, 100].",
      "    * @param mode The mode attribute. (default `PadMode.Constant`)",
      "    * @param value The value attribute. Range: [-10, 10]. (default `0.0`)",
      "    * @return The y result.",
      "    * @example {{{",
      "    * // reflect",
      "    * val y = Ops.pad(Tensor(Array(1.0f, Float.NaN), Seq(2)), Seq(1L, 1L), mode = PadMode.Reflect)",
      "    * // y: float32 [4] = [NaN, 1.0, NaN, 1.0]",
      "    * }}}",
      "    */",
      "  def pad(x: Tensor, pads: Seq[Long], mode: PadMode = PadMode.Constant, value: Double = 0.0): Tensor =",
      "    Runtime.call1(PadOp, Array(x), Attrs(3).set(0, pads).set(1, mode).set(2, value))",
    ]);
    expect(block(ops, "/** The top_k operator.", 7)).toContain("    * @return a tuple (values: The values result.; indices: The indices result.)");
    expect(block(ops, "/** The concat operator.", 3)).toContain("    * @param inputs The inputs tensor. One or more tensors.");
  });
});

describe("emitScala: a variadic output", () => {
  const reg = registry([
    op("split", {
      attrs: [attr("axis", "int", 0, { meaning: "axis" }), attr("num_outputs", "int", 0)],
      outputs: [output("outputs", { variadic: true, doc: "The pieces." })],
      examples: [
        {
          title: "halves",
          inputs: [{ dtype: "float32", shape: [4], data: [1, 2, 3, 4] }],
          attrs: { num_outputs: 2 },
          outputs: [
            { dtype: "float32", shape: [2], data: [1, 2] },
            { dtype: "float32", shape: [2], data: [3, 4] },
          ],
          source: "hand-derived",
        },
      ],
    }),
  ]);
  const out = emitScala(reg);
  const splitOps = file(out, "Ops.scala").split("\n");

  test("the handle makes room for a run-time count; the method returns Seq[Tensor]", () => {
    expect(splitOps).toContain(
      '  private val SplitOp = OpRef("split", inputs = Array("x"), attrs = Array("axis", "num_outputs"), variadic = false, outputs = 1, variadicOutput = true)',
    );
    expect(block(splitOps, "def split(", 2)).toEqual([
      "  def split(x: Tensor, axis: Int = 0, numOutputs: Long = 0L): Seq[Tensor] =",
      "    Runtime.callVariadic(SplitOp, Array(x), Attrs(2).set(0, axis).set(1, numOutputs))",
    ]);
  });

  test("Scaladoc shows the pieces of the example as outputs(k)", () => {
    const doc = block(splitOps, "/** The split operator.", 14);
    expect(doc).toContain("    * @return The pieces. Returned as a Seq whose length is decided at run time.");
    expect(doc).toContain("    * val outputs = Ops.split(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f), Seq(4)), numOutputs = 2L)");
    expect(doc).toContain("    * // outputs(0): float32 [2] = [1.0, 2.0]");
    expect(doc).toContain("    * // outputs(1): float32 [2] = [3.0, 4.0]");
  });

  test("the method form and OpTable pass the Seq through", () => {
    expect(file(out, "TensorMethods.scala").split("\n")).toContain(
      "    def split(axis: Int = 0, numOutputs: Long = 0L): Seq[Tensor] = Ops.split(x, axis, numOutputs)",
    );
    expect(block(file(out, "OpTable.scala").split("\n"), 'case "split" =>', 7).slice(3)).toEqual([
      "        Ops.split(",
      "          in(0),",
      '          axis = Dynamic.attr[Int](attrs, "split", "axis", 0),',
      '          numOutputs = Dynamic.attr[Long](attrs, "split", "num_outputs", 0L))',
    ]);
  });
});

describe("emitScala: TensorMethods", () => {
  test("extension methods for operators whose first input is one tensor", () => {
    expect(block(methods, "extension (x: Tensor) {", 10)).toEqual([
      "  extension (x: Tensor) {",
      "    /** The sum operator.",
      "      *",
      "      * Method form of [[Ops.sum]]: `x` is the receiver.",
      "      *",
      "      * @param axes The axes attribute. (default `Seq()`)",
      "      * @param keepdims The keepdims attribute. (default `false`)",
      "      * @return The y result.",
      "      */",
      "    def sum(axes: Seq[Int] = Seq(), keepdims: Boolean = false): Tensor = Ops.sum(x, axes, keepdims)",
    ]);
    expect(methods).toContain("    def add(b: Tensor): Tensor = Ops.add(a, b)");
    expect(methods).toContain("    def stackOn(rest: Seq[Tensor]): Tensor = Ops.stackOn(base, rest)");
    expect(methods).toContain("    def topK(k: Long, largest: Boolean = true): (Tensor, Tensor) = Ops.topK(x, k, largest)");
    expect(methods).toContain('    def `type`(label: String = "say \\"hi\\" $x"): Tensor = Ops.`type`(`val`, label)');
  });

  test("no method form for variadic-first or input-less operators, or names Tensor already has", () => {
    const names = tiny.ops.filter(hasMethodForm).map((o) => o.name);
    expect(names).toEqual(["add", "sum", "reshape", "pad", "cast", "stack_on", "top_k", "linear", "type"]);
    expect(methods.some((l) => l.includes("def concat("))).toBe(false);
    expect(methods.some((l) => l.includes("def full("))).toBe(false);
    expect(methods.some((l) => l.includes("def shape("))).toBe(false);
  });
});

describe("emitScala: OpTable", () => {
  test("hash, API version and operator names", () => {
    expect(table).toContain('  val RegistryHash: String = "0123456789abcdef"');
    expect(table).toContain("  val ApiVersion: Int = 1");
    expect(block(table, "val OpNames", 3)).toEqual(['  val OpNames: IndexedSeq[String] = IndexedSeq(', '    "add",', '    "sum",']);
  });

  test("by-name calls go through the typed methods with checked inputs and attributes", () => {
    expect(block(table, 'case "sum" =>', 6)).toEqual([
      '      case "sum" =>',
      '        val in = Dynamic.inputs("sum", inputs, required = 1, total = 1, variadic = false)',
      '        Dynamic.known("sum", attrs, "axes", "keepdims")',
      "        Seq(Ops.sum(",
      "          in(0),",
      '          axes = Dynamic.attr[Seq[Int]](attrs, "sum", "axes", Seq()),',
    ]);
    expect(block(table, 'case "reshape" =>', 4)).toEqual([
      '      case "reshape" =>',
      '        val in = Dynamic.inputs("reshape", inputs, required = 1, total = 1, variadic = false)',
      '        Dynamic.known("reshape", attrs, "shape")',
      '        Seq(Ops.reshape(in(0), shape = Dynamic.required[Seq[Long]](attrs, "reshape", "shape")))',
    ]);
    expect(block(table, 'case "full" =>', 3)[1]).toBe('        Dynamic.inputs("full", inputs, required = 0, total = 0, variadic = false)');
    expect(block(table, 'case "concat" =>', 4)[3]).toBe('        Seq(Ops.concat(in, axis = Dynamic.attr[Int](attrs, "concat", "axis", 0)))');
    expect(block(table, 'case "stack_on" =>', 4)).toEqual([
      '      case "stack_on" =>',
      '        val in = Dynamic.inputs("stack_on", inputs, required = 2, total = 2, variadic = true)',
      '        Dynamic.known("stack_on", attrs)',
      "        Seq(Ops.stackOn(in(0), in.drop(1)))",
    ]);
    expect(block(table, 'case "top_k" =>', 8).slice(3)).toEqual([
      "        val r = Ops.topK(",
      "          in(0),",
      '          k = Dynamic.required[Long](attrs, "top_k", "k"),',
      '          largest = Dynamic.attr[Boolean](attrs, "top_k", "largest", true))',
      "        Seq(r._1, r._2)",
    ]);
    expect(table).toContain("          in.lift(2)))");
    expect(table).toContain('        throw new NotFoundException(s"unknown operator \\"$name\\"", op = name, arg = "name")');
  });
});

describe("Scala example rendering", () => {
  test("element literals per dtype", () => {
    expect(elementLiteral(1, "float32")).toBe("1.0f");
    expect(elementLiteral(-Infinity, "float32")).toBe("Float.NegativeInfinity");
    expect(elementLiteral(NaN, "float64")).toBe("Double.NaN");
    expect(elementLiteral(0.25, "float64")).toBe("0.25");
    expect(elementLiteral(7, "int32")).toBe("7");
    expect(elementLiteral(7, "int64")).toBe("7L");
    expect(elementLiteral(200, "uint8")).toBe("200.toByte");
    expect(elementLiteral(1, "bool")).toBe("true");
  });

  test("tensor literals spell the shape; empty tensors name their element type", () => {
    expect(tensorLiteral({ dtype: "int32", shape: [2, 1], data: [1, 2] })).toBe("Tensor(Array(1, 2), Seq(2, 1))");
    expect(tensorLiteral({ dtype: "float64", shape: [], data: [3] })).toBe("Tensor(Array(3.0), Seq())");
    expect(tensorLiteral({ dtype: "uint8", shape: [2], data: [1, 255] })).toBe("Tensor(Array[Byte](1, 255.toByte), Seq(2))");
    expect(tensorLiteral({ dtype: "float32", shape: [0, 3], data: [] })).toBe("Tensor(Array.empty[Float], Seq(0, 3))");
  });

  test("a call with variadic inputs and several results", () => {
    const reg = registry([
      op("concat", {
        inputs: [input("inputs", { variadic: true, dtypes: ["int64"] })],
        outputs: [output("y", { dtypes: ["int64"] })],
        attrs: [attr("axis", "int", 0, { meaning: "axis" })],
        examples: [
          {
            title: "two rows",
            inputs: [
              { dtype: "int64", shape: [1, 2], data: [1, 2] },
              { dtype: "int64", shape: [1, 2], data: [3, 4] },
            ],
            attrs: { axis: 0 },
            outputs: [{ dtype: "int64", shape: [2, 2], data: [1, 2, 3, 4] }],
            source: "hand-derived",
          },
        ],
      }),
      op("top_k", {
        attrs: [attr("k", "int", null, { required: true })],
        outputs: [output("values"), output("indices", { dtypes: ["int64"] })],
        examples: [
          {
            title: "largest",
            inputs: [{ dtype: "float32", shape: [3], data: [1, 3, 2] }],
            attrs: { k: 1 },
            outputs: [
              { dtype: "float32", shape: [1], data: [3] },
              { dtype: "int64", shape: [1], data: [1] },
            ],
            source: "hand-derived",
          },
        ],
      }),
    ]);
    const [concat, topK] = reg.ops;
    expect(exampleCode(concat!, concat!.examples[0]!).split("\n")).toEqual([
      "// two rows",
      "val y = Ops.concat(Seq(Tensor(Array(1L, 2L), Seq(1, 2)), Tensor(Array(3L, 4L), Seq(1, 2))), axis = 0)",
      "// y: int64 [2, 2] = [[1, 2], [3, 4]]",
    ]);
    expect(exampleCode(topK!, topK!.examples[0]!).split("\n")).toEqual([
      "// largest",
      "val (values, indices) = Ops.topK(Tensor(Array(1.0f, 3.0f, 2.0f), Seq(3)), 1L)",
      "// values: float32 [1] = [3.0]",
      "// indices: int64 [1] = [1]",
    ]);
  });
});

describe("snapshots", () => {
  const sample = emitScala(
    parseRegistry(fs.readFileSync(path.join(__dirname, "fixtures/sample-registry.json"), "utf8"), "generators/test/fixtures/sample-registry.json"),
  );
  test.each(sample.map((f) => [f.path, f.content]))("sample registry: %s", (_path, content) => {
    expect(content).toMatchSnapshot();
  });

  const real = path.join(REPO, "op-registry/registry.json");
  const realTest = fs.existsSync(real) ? test : test.skip;
  realTest("real registry: the committed Scala sources are what the emitter writes", () => {
    const files = emitScala(parseRegistry(fs.readFileSync(real, "utf8")));
    for (const f of files) expect(fs.readFileSync(path.join(REPO, f.path), "utf8")).toBe(f.content);
  });
});
