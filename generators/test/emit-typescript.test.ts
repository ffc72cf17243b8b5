import * as fs from "node:fs";
import * as path from "node:path";
import { emitTypeScript } from "../src/emit/typescript";
import { tsSignature } from "../src/emit/typescript-signature";
import { typescript } from "../src/lang/typescript";
import type { GeneratedFile } from "../src/files";
import { ModelError, parseRegistry } from "../src/model";
import { attr, input, op, output, registry } from "./helpers/registry";
import { examplesModule, typeCheck } from "./helpers/typecheck";

const tiny = registry([
  op("add", { inputs: [input("a"), input("b")] }),
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
  op("concat", { inputs: [input("inputs", { variadic: true })], attrs: [attr("axis", "int", 0, { meaning: "axis" })] }),
  op("stack_on", { inputs: [input("base"), input("rest", { variadic: true })] }),
  op("top_k", {
    attrs: [attr("k", "int", null, { required: true }), attr("largest", "bool", true)],
    outputs: [output("values"), output("indices", { dtypes: ["int64"] })],
  }),
  op("linear", { inputs: [input("x"), input("w"), input("bias", { optional: true })] }),
  op("gather_opt", { inputs: [input("x"), input("idx", { optional: true })], attrs: [attr("axis", "int", null, { required: true })] }),
  op("size", { outputs: [output("n", { dtypes: ["int64"] })] }),
  op("delete", {}),
]);

function file(files: readonly GeneratedFile[], name: string): string {
  const found = files.find((f) => f.path === `bindings/typescript/src/generated/${name}`);
  if (found === undefined) throw new Error(`no ${name}`);
  return found.content;
}

function linesOf(text: string): string[] {
  return text.split("\n");
}

const files = emitTypeScript(tiny);
const ops = file(files, "ops.ts");
const methods = file(files, "methods.ts");

describe("emitTypeScript: files", () => {
  test("emits ops.ts, methods.ts and index.ts, each with the header", () => {
    expect(files.map((f) => f.path)).toEqual([
      "bindings/typescript/src/generated/ops.ts",
      "bindings/typescript/src/generated/methods.ts",
      "bindings/typescript/src/generated/index.ts",
    ]);
    for (const f of files) {
      expect(linesOf(f.content)[0]).toBe("// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit");
      expect(f.content.endsWith("\n")).toBe(true);
      expect(f.content.endsWith("\n\n")).toBe(false);
    }
  });

  test("is pure: the same model gives the same files", () => {
    expect(emitTypeScript(tiny)).toEqual(files);
  });

  test("index.ts re-exports both modules", () => {
    expect(file(files, "index.ts")).toBe(
      [
        "// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit",
        "",
        'export * from "./ops";',
        'export * from "./methods";',
        "",
      ].join("\n"),
    );
  });
});

describe("emitTypeScript: ops.ts", () => {
  test("imports, hash, names and handles", () => {
    expect(linesOf(ops).slice(2, 13)).toEqual([
      'import { call1, callN, resolveOps, enumIndex, dtypeCode } from "../runtime";',
      'import { Tensor, type TensorLike } from "../tensor";',
      'import type { DType } from "../dtype";',
      "",
      "/** Hash of the registry these bindings were generated from; checked against the library at load time. */",
      'export const REGISTRY_HASH = "0123456789abcdef";',
      "/** Registry names of every operator, in registry order. */",
      "export const OP_NAMES = [",
      '  "add",',
      '  "sum",',
      '  "reshape",',
    ]);
    expect(ops).toContain('  "delete",\n] as const;\n/** Operator handles by registry name, resolved once when this module loads. */\nconst OPS = resolveOps(OP_NAMES);\n');
  });

  test("a function without attributes", () => {
    expect(ops).toContain(
      ["export function add(a: TensorLike, b: TensorLike): Tensor {", "  return call1(OPS.add, [a, b], []);", "}"].join("\n"),
    );
  });

  test("optional attributes go into an options object", () => {
    expect(ops).toContain(
      [
        "/** Optional attributes of {@link sum}; a key left out takes the engine's default. */",
        "export interface SumOptions {",
        "  /**",
        "   * The axes attribute.",
        "   *",
        "   * @defaultValue `[]`",
        "   */",
        "  axes?: number[];",
        "  /**",
        "   * The keepdims attribute.",
        "   *",
        "   * @defaultValue `false`",
        "   */",
        "  keepdims?: boolean;",
        "}",
      ].join("\n"),
    );
    expect(ops).toContain(
      [
        "export function sum(x: TensorLike, options: SumOptions = {}): Tensor {",
        "  return call1(OPS.sum, [x], [options.axes, options.keepdims]);",
        "}",
      ].join("\n"),
    );
  });

  test("required attributes are positional; no options when there is nothing optional", () => {
    expect(ops).toContain("export function reshape(x: TensorLike, shape: number[]): Tensor {\n  return call1(OPS.reshape, [x], [shape]);\n}");
    expect(ops).not.toContain("ReshapeOptions");
    expect(ops).toContain(
      [
        "export function full(shape: number[], dtype: DType): Tensor {",
        '  return call1(OPS.full, [], [shape, dtypeCode(dtype, "full", "dtype")]);',
        "}",
      ].join("\n"),
    );
  });

  test("enums: a union type, an index table and enumIndex", () => {
    expect(ops).toContain(
      [
        "/** Values of `pad`'s `mode` attribute. */",
        'export type PadMode = "constant" | "reflect";',
        "",
        "const PAD_MODE = { constant: 0, reflect: 1 } as const satisfies Record<PadMode, number>;",
      ].join("\n"),
    );
    expect(ops).toContain(
      [
        "  /**",
        "   * The value attribute.",
        "   * Range: [-10, 10].",
        "   *",
        "   * @defaultValue `0`",
        "   */",
        "  value?: number;",
      ].join("\n"),
    );
    expect(ops).toContain(
      [
        "export function pad(x: TensorLike, options: PadOptions = {}): Tensor {",
        "  return call1(OPS.pad, [x], [",
        '    options.mode === undefined ? undefined : enumIndex(PAD_MODE, options.mode, "pad", "mode"),',
        "    options.value,",
        "  ]);",
        "}",
      ].join("\n"),
    );
  });

  test("dtype attributes use DType and dtypeCode", () => {
    expect(ops).toContain("  dtype?: DType;");
    expect(ops).toContain('options.dtype === undefined ? undefined : dtypeCode(options.dtype, "cast", "dtype"),');
  });

  test("variadic inputs are passed as the array", () => {
    expect(ops).toContain(
      ["export function concat(inputs: TensorLike[], options: ConcatOptions = {}): Tensor {", "  return call1(OPS.concat, inputs, [options.axis]);", "}"].join("\n"),
    );
    expect(ops).toContain(
      ["export function stackOn(base: TensorLike, rest: TensorLike[]): Tensor {", "  return call1(OPS.stack_on, [base, ...rest], []);", "}"].join("\n"),
    );
  });

  test("several outputs return a tuple through callN", () => {
    expect(ops).toContain(
      [
        "export function topK(x: TensorLike, k: number, options: TopKOptions = {}): [Tensor, Tensor] {",
        "  return callN(OPS.top_k, [x], [k, options.largest]) as [Tensor, Tensor];",
        "}",
      ].join("\n"),
    );
  });

  test("optional inputs: `?` only when nothing required follows", () => {
    expect(ops).toContain("export function linear(x: TensorLike, w: TensorLike, bias?: TensorLike | undefined): Tensor {");
    expect(ops).toContain("  return call1(OPS.linear, [x, w, bias], []);");
    expect(ops).toContain("export function gatherOpt(x: TensorLike, idx: TensorLike | undefined, axis: number): Tensor {");
  });

  test("reserved words are escaped in function names, registry names stay in OPS", () => {
    expect(ops).toContain("export function delete_(x: TensorLike): Tensor {\n  return call1(OPS.delete, [x], []);\n}");
  });

  test("JSDoc: summary, @param per input and option, @returns", () => {
    expect(ops).toContain(
      [
        "/**",
        " * The top_k operator.",
        " *",
        " * @param x - The x tensor.",
        " * @param k - The k attribute.",
        " * @param options - Optional attributes (see {@link TopKOptions}).",
        " * @param options.largest - The largest attribute. Default: `true`.",
        " * @returns `[values, indices]`",
        " * - `values`: The values result.",
        " * - `indices`: The indices result.",
        " */",
        "export function topK(",
      ].join("\n"),
    );
    // The emitted comment is exactly what the TypeScript language module formats.
    const sum = tiny.ops.find((o) => o.name === "sum")!;
    expect(ops).toContain(`${typescript.formatDoc(tsSignature(sum, undefined).doc)}\nexport function sum(`);
    expect(ops).toContain(" * @param inputs - The inputs tensor. One or more tensors.\n");
    expect(ops).toContain(" * @param bias - The bias tensor. Optional.\n");
  });
});

describe("emitTypeScript: examples", () => {
  const withExamples = registry([
    op("pad", {
      attrs: [attr("pads", "int[]", null, { required: true }), attr("mode", "enum", "constant", { enum: ["constant", "reflect"] })],
      examples: [
        {
          title: "Reflect",
          inputs: [{ dtype: "float32", shape: [3], data: [1, 2, "inf"] }],
          attrs: { pads: [1, 1], mode: "reflect" },
          outputs: [{ dtype: "float32", shape: [5], data: [2, 1, 2, "inf", 2] }],
          source: "numpy",
        },
      ],
    }),
    op("equal_all", {
      inputs: [input("xs", { variadic: true })],
      outputs: [output("y", { dtypes: ["bool"] })],
      examples: [
        {
          title: "Scalars",
          inputs: [
            { dtype: "int32", shape: [], data: [1] },
            { dtype: "int32", shape: [], data: [1] },
          ],
          attrs: {},
          outputs: [{ dtype: "bool", shape: [], data: [true] }],
          source: "hand-derived",
        },
      ],
    }),
  ]);
  const text = file(emitTypeScript(withExamples), "ops.ts");

  test("the first example becomes an @example call", () => {
    expect(text).toContain(
      [
        " * @example",
        " * ```ts",
        " * // Reflect",
        ' * const y = pad(Tensor.from([1, 2, Infinity], { dtype: "float32" }), [1, 1], { mode: "reflect" });',
        " * // y: float32 [5] = [2, 1, 2, Infinity, 2]",
        " * ```",
      ].join("\n"),
    );
    expect(text).toContain(
      ' * const y = equalAll([Tensor.from(1, { dtype: "int32" }), Tensor.from(1, { dtype: "int32" })]);\n * // y: bool [] = true\n',
    );
  });

  test("the examples type-check", () => {
    const examples = examplesModule(text, ["equalAll", "pad"]);
    expect(examples.count).toBe(2);
    expect(typeCheck(emitTypeScript(withExamples), { "examples.ts": examples.text })).toEqual([]);
  });
});

describe("emitTypeScript: methods.ts", () => {
  test("declaration merging for ops whose first input is one required tensor", () => {
    expect(methods).toContain('declare module "../tensor" {\n  interface Tensor {\n');
    expect(methods).toContain("    add(b: TensorLike): Tensor;\n");
    expect(methods).toContain("    sum(options?: SumOptions): Tensor;\n");
    expect(methods).toContain("    reshape(shape: number[]): Tensor;\n");
    expect(methods).toContain("    topK(k: number, options?: TopKOptions): [Tensor, Tensor];\n");
    expect(methods).toContain("    linear(w: TensorLike, bias?: TensorLike | undefined): Tensor;\n");
    expect(methods).toContain("    gatherOpt(idx: TensorLike | undefined, axis: number): Tensor;\n");
    expect(methods).toContain("    stackOn(rest: TensorLike[]): Tensor;\n");
    expect(methods).toContain("    delete(): Tensor;\n");
  });

  test("method docs drop the first input and the example", () => {
    expect(methods).toContain(
      [
        "    /**",
        "     * The sum operator.",
        "     *",
        "     * @param options - Optional attributes (see {@link SumOptions}).",
        "     * @param options.axes - The axes attribute. Default: `[]`.",
        "     * @param options.keepdims - The keepdims attribute. Default: `false`.",
        "     * @returns The y result.",
        "     */",
        "    sum(options?: SumOptions): Tensor;",
      ].join("\n"),
    );
  });

  test("no methods for creation ops, variadic first inputs or reserved Tensor members", () => {
    expect(methods).not.toMatch(/^\s+full\(/m);
    expect(methods).not.toMatch(/^\s+concat\(/m);
    expect(methods).not.toMatch(/^\s+size\(/m);
    expect(methods).toContain(
      [
        "export const METHOD_NAMES = [",
        ...["add", "sum", "reshape", "pad", "cast", "stackOn", "topK", "linear", "gatherOpt", "delete"].map((m) => `  "${m}",`),
        "] as const;",
      ].join("\n"),
    );
  });

  test("prototype assignments call the functions", () => {
    expect(methods).toContain(
      [
        "// Each method calls the function of the same operator with `this` as its first input.",
        "Tensor.prototype.add = function (this: Tensor, b: TensorLike): Tensor {",
        "  return ops.add(this, b);",
        "};",
      ].join("\n"),
    );
    expect(methods).toContain(
      "Tensor.prototype.delete = function (this: Tensor): Tensor {\n  return ops.delete_(this);\n};",
    );
    expect(methods).toContain(
      "Tensor.prototype.topK = function (this: Tensor, k: number, options?: TopKOptions): [Tensor, Tensor] {\n  return ops.topK(this, k, options);\n};",
    );
  });

  test("imports only what the methods use", () => {
    expect(linesOf(methods).slice(2, 6)).toEqual([
      'import { Tensor, type TensorLike } from "../tensor";',
      'import type { CastOptions, PadOptions, SumOptions, TopKOptions } from "./ops";',
      'import * as ops from "./ops";',
      "",
    ]);
  });
});

describe("emitTypeScript: the output compiles", () => {
  test("strict type-check against runtime stubs", () => {
    expect(typeCheck(files)).toEqual([]);
  });

  test("calls type-check, and misuse is a type error", () => {
    const usage = `import { Tensor } from "./tensor";
import { add, cast, concat, full, linear, pad, sum, topK, REGISTRY_HASH, OP_NAMES, METHOD_NAMES } from "./generated";
const x = Tensor.from([1, 2], { dtype: "float32" });
export const results: Tensor[] = [
  add(x, 1), sum(x), sum(x, { axes: [0], keepdims: true }), pad(x, { mode: "reflect", value: 1 }),
  cast(x, { dtype: "int32" }), concat([x, x]), concat([x], { axis: 0 }), full([2], "bool"), linear(x, x), linear(x, x, x),
  x.add(2).sum({ keepdims: true }), x.reshape([2, 1]), x.cast({ dtype: "uint8" }), x.linear(x),
];
const [values, indices] = topK(x, 1);
const [v2, i2]: [Tensor, Tensor] = x.topK(1, { largest: false });
export const more = [values, indices, v2, i2, REGISTRY_HASH, OP_NAMES[0], METHOD_NAMES.length];
// @ts-expect-error unknown enum value
pad(x, { mode: "wrap" });
// @ts-expect-error unknown dtype
cast(x, { dtype: "float16" });
// @ts-expect-error unknown option
sum(x, { axis: 0 });
// @ts-expect-error required attribute missing
topK(x);
// @ts-expect-error no method form for a variadic first input
x.concat();
`;
    expect(typeCheck(files, { "usage.ts": usage })).toEqual([]);
  });

  test("the stubs catch real errors (sanity check of the harness)", () => {
    const broken = [{ path: "bindings/typescript/src/generated/bad.ts", content: "export const n: number = 'x';\n" }];
    expect(typeCheck(broken)).toEqual(["bindings/typescript/src/generated/bad.ts:1: Type 'string' is not assignable to type 'number'."]);
  });
});

describe("emitTypeScript: name problems", () => {
  test("collisions after camelCase are a ModelError", () => {
    expect(() => emitTypeScript(registry([op("x_1"), op("x1")]))).toThrow(ModelError);
    expect(() => emitTypeScript(registry([op("x_1"), op("x1")]))).toThrow(
      'op-registry/ops/x1.cc: op "x1": name: TypeScript function name "x1" is also the name of op "x_1"',
    );
  });

  test("an input named like the options parameter is escaped", () => {
    const text = file(emitTypeScript(registry([op("f", { inputs: [input("options")], attrs: [attr("a", "int", 0)] })])), "ops.ts");
    expect(text).toContain("export function f(options_: TensorLike, options: FOptions = {}): Tensor {");
    expect(text).toContain("  return call1(OPS.f, [options_], [options.a]);");
  });
});

describe("emitTypeScript: the sample registry fixture", () => {
  const sample = parseRegistry(fs.readFileSync(path.join(__dirname, "fixtures/sample-registry.json"), "utf8"));

  test("type-checks", () => {
    expect(typeCheck(emitTypeScript(sample))).toEqual([]);
  });
});

describe("emitTypeScript: a variadic output (a run-time count, e.g. split)", () => {
  const reg = registry([
    op("split", { attrs: [attr("num_outputs", "int", 0)], outputs: [output("outputs", { variadic: true })] }),
  ]);
  const text = file(emitTypeScript(reg), "ops.ts");

  test("returns Tensor[] through callN without a tuple cast", () => {
    expect(text).toContain("export function split(x: TensorLike, options: SplitOptions = {}): Tensor[] {");
    expect(text).toContain("return callN(OPS.split, [x], [options.numOutputs]);");
  });

  test("the model rejects a variadic output beside another output", () => {
    expect(() => registry([op("two", { outputs: [output("a", { variadic: true }), output("b")] })])).toThrow(
      "a variadic output must be the operator's only output",
    );
  });
});
