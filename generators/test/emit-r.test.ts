import * as fs from "node:fs";
import * as path from "node:path";
import { emitR, R_GENERATED_DIRS } from "../src/emit/r";
import { exampleCode, tensorLiteral } from "../src/emit/r-example";
import type { GeneratedFile } from "../src/files";
import { r, rConventionValue, rdCode, rdRCode, rdText, rEinsumEquation } from "../src/lang/r";
import { ModelError, parseRegistry } from "../src/model";
import { TARGETS } from "../src/targets";
import { attr, input, op, output, registry } from "./helpers/registry";

const REPO = path.resolve(__dirname, "../..");
const PKG = "bindings/r/tessera";

const tiny = registry([
  op("add", { inputs: [input("a"), input("b")] }),
  op("sum", { attrs: [attr("axes", "int[]", [], { meaning: "axes" }), attr("keepdims", "bool", false)] }),
  op("reshape", { attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" })] }),
  op("pad", {
    attrs: [
      attr("mode", "enum", "constant", { enum: ["constant", "reflect"] }),
      attr("value", "float", 0, { range: [-10, 10] }),
      attr("label", "string", "100% {x}"),
    ],
  }),
  op("cast", { attrs: [attr("dtype", "dtype", "float32")] }),
  op("full", { inputs: [], attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" }), attr("value", "float", null, { required: true })] }),
  op("concat", { inputs: [input("inputs", { variadic: true })], attrs: [attr("axis", "int", 0, { meaning: "axis" })] }),
  op("softmax", { attrs: [attr("axis", "int", -1, { meaning: "axis" })] }),
  op("permute", { attrs: [attr("perm", "int[]", [1, 2, 0], { meaning: "perm" })] }),
  op("slice", {
    attrs: [
      attr("starts", "int[]", null, { required: true, meaning: "index" }),
      attr("ends", "int[]", null, { required: true, meaning: "index" }),
      attr("axes", "int[]", [], { meaning: "axes" }),
    ],
  }),
  op("top_k", {
    attrs: [attr("k", "int", null, { required: true, range: [1, 100] }), attr("largest", "bool", true)],
    outputs: [output("values"), output("indices", { dtypes: ["int64"] })],
  }),
  op("linear", { inputs: [input("x"), input("w"), input("bias", { optional: true })] }),
  op("matmul", { inputs: [input("a"), input("b")] }),
  op("function", {}),
  op("chunk", { attrs: [attr("parts", "int", 2)], outputs: [output("pieces", { variadic: true })] }),
]);

const files = emitR(tiny);

function file(name: string, list: readonly GeneratedFile[] = files): string {
  const found = list.find((f) => f.path === `${PKG}/${name}`);
  if (found === undefined) throw new Error(`no ${name}; have ${list.map((f) => f.path).join(", ")}`);
  return found.content;
}

const ops = file("R/ops.R");
const meta = file("R/registry.R");

/** The lines of one generated R function, from its `name <- function(` line to its closing brace. */
function fn(name: string): string[] {
  const lines = ops.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${name} <- function(`));
  if (start < 0) throw new Error(`no function ${name}`);
  const end = lines.indexOf("}", start);
  return lines.slice(start, end + 1);
}

describe("emitR: files", () => {
  test("R/ops.R, R/registry.R and one Rd page per operator, each with the header", () => {
    expect(files.map((f) => f.path)).toEqual([
      `${PKG}/R/ops.R`,
      `${PKG}/R/registry.R`,
      ...["add", "tsr_sum", "tsr_reshape", "pad", "cast", "full", "concat", "softmax", "permute", "slice", "top_k", "linear", "matmul", "function_", "chunk"].map(
        (n) => `${PKG}/man/${n}.Rd`,
      ),
    ]);
    for (const f of files) {
      const comment = f.path.endsWith(".Rd") ? "%" : "#";
      expect(f.content.split("\n")[0]).toBe(`${comment} generated from op-registry/registry.json by generators/src/emit/r.ts — do not edit`);
      expect(f.content.endsWith("\n")).toBe(true);
      expect(f.content.endsWith("\n\n")).toBe(false);
    }
  });

  test("is pure: the same model gives the same files", () => {
    expect(emitR(tiny)).toEqual(files);
  });

  test("is registered as the r target with its generated folders", () => {
    const target = TARGETS.find((t) => t.name === "r");
    expect(target?.emit).toBe(emitR);
    expect(target?.generatedDirs).toEqual([`${PKG}/R`, `${PKG}/man`]);
    expect(R_GENERATED_DIRS).toEqual([`${PKG}/R`, `${PKG}/man`]);
  });
});

describe("emitR: operator functions", () => {
  test("inputs are converted, then the operator is called with no attributes", () => {
    expect(fn("add")).toEqual([
      "add <- function(a, b) {",
      '  .i <- .tsr_inputs("add", list(a = a, b = b))',
      '  .tsr_call("add", .i, list())',
      "}",
    ]);
  });

  test("names that would mask base R get tsr_; reserved words get a trailing _", () => {
    expect(r.functionName("sum")).toBe("tsr_sum");
    expect(r.functionName("reshape")).toBe("tsr_reshape");
    expect(r.functionName("softmax")).toBe("softmax");
    expect(r.functionName("as_tensor")).toBe("tsr_as_tensor");
    expect(fn("function_")[0]).toBe("function_ <- function(x) {");
    expect(ops).toContain('  "sum" = tsr_sum,\n');
    expect(ops).toContain('  "function" = function_,\n');
  });

  test("axes are translated with the rank of the first input; defaults in R's convention", () => {
    expect(fn("tsr_sum")).toEqual([
      "tsr_sum <- function(x, axes = integer(0), keepdims = FALSE) {",
      '  .i <- .tsr_inputs("sum", list(x = x))',
      "  .n <- .tsr_ndim(.i[[1L]])",
      '  .tsr_call("sum", .i, list(',
      '    .tsr_axes(axes, .n, "sum", "axes"),',
      '    .tsr_bool(keepdims, "sum", "keepdims")',
      "  ))",
      "}",
    ]);
    // The engine's last axis (-1) is R's first dimension; the engine's first (0) is R's last.
    expect(fn("softmax")[0]).toBe("softmax <- function(x, axis = 1L) {");
    expect(fn("concat")[0]).toBe("concat <- function(inputs, axis = -1L) {");
    expect(fn("permute")[0]).toBe("permute <- function(x, perm = c(3L, 1L, 2L)) {");
    expect(fn("concat")).toContain('    .tsr_axis(axis, .n, "concat", "axis")');
    expect(fn("permute")).toContain('    .tsr_perm(perm, .n, "permute", "perm")');
  });

  test("required attributes come first, without defaults, and are checked", () => {
    expect(fn("tsr_reshape")).toEqual([
      "tsr_reshape <- function(x, shape) {",
      '  if (missing(shape)) .tsr_missing("reshape", "shape")',
      '  .i <- .tsr_inputs("reshape", list(x = x))',
      '  .tsr_call("reshape", .i, list(',
      '    .tsr_shape(shape, "reshape", "shape")',
      "  ))",
      "}",
    ]);
    expect(fn("top_k")).toEqual([
      "top_k <- function(x, k, largest = TRUE) {",
      '  if (missing(k)) .tsr_missing("top_k", "k")',
      '  .i <- .tsr_inputs("top_k", list(x = x))',
      '  .tsr_call("top_k", .i, list(',
      '    .tsr_int(k, "top_k", "k", c(1, 100)),',
      '    .tsr_bool(largest, "top_k", "largest")',
      "  ))",
      "}",
    ]);
  });

  test("enums, floats with ranges, strings and dtypes", () => {
    expect(fn("pad")).toEqual([
      'pad <- function(x, mode = "constant", value = 0, label = "100% {x}") {',
      '  .i <- .tsr_inputs("pad", list(x = x))',
      '  .tsr_call("pad", .i, list(',
      '    .tsr_enum(mode, "pad", "mode", c("constant", "reflect")),',
      '    .tsr_float(value, "pad", "value", c(-10, 10)),',
      '    .tsr_string(label, "pad", "label")',
      "  ))",
      "}",
    ]);
    expect(fn("cast")).toContain('    .tsr_dtype_arg(dtype, "cast", "dtype")');
  });

  test("operators without inputs pass an empty list and need no rank", () => {
    expect(fn("full")).toEqual([
      "full <- function(shape, value) {",
      '  if (missing(shape)) .tsr_missing("full", "shape")',
      '  if (missing(value)) .tsr_missing("full", "value")',
      '  .tsr_call("full", list(), list(',
      '    .tsr_shape(shape, "full", "shape"),',
      '    .tsr_float(value, "full", "value", NULL)',
      "  ))",
      "}",
    ]);
  });

  test("index lists pair with the axes attribute: empty axes means R's first dimensions", () => {
    expect(fn("slice")).toEqual([
      "slice <- function(x, starts, ends, axes = integer(0)) {",
      '  if (missing(starts)) .tsr_missing("slice", "starts")',
      '  if (missing(ends)) .tsr_missing("slice", "ends")',
      '  .i <- .tsr_inputs("slice", list(x = x))',
      "  .n <- .tsr_ndim(.i[[1L]])",
      '  .tsr_call("slice", .i, list(',
      '    .tsr_index(starts, "slice", "starts"),',
      '    .tsr_index(ends, "slice", "ends"),',
      '    .tsr_axes(axes, .n, "slice", "axes", pairs = length(starts))',
      "  ))",
      "}",
    ]);
  });

  test("optional inputs default to NULL; matmul hands its inputs to the engine reversed", () => {
    expect(fn("linear")[0]).toBe("linear <- function(x, w, bias = NULL) {");
    expect(fn("linear")[1]).toBe('  .i <- .tsr_inputs("linear", list(x = x, w = w, bias = bias))');
    expect(fn("matmul")).toEqual([
      "matmul <- function(a, b) {",
      '  .i <- .tsr_inputs("matmul", list(b = b, a = a))',
      '  .tsr_call("matmul", .i, list())',
      "}",
    ]);
  });

  test("a meaning the R binding cannot translate is a model error naming the attribute", () => {
    // The model only lets meanings sit on the types they fit (axis: int, perm: int[], ...); an
    // emitter meeting another combination (a model built by hand) refuses rather than guess.
    const good = registry([op("odd", { attrs: [attr("perm", "int[]", [], { meaning: "perm" })] })]);
    const o = good.ops[0]!;
    const forged = { ...good, ops: [{ ...o, attrs: [{ ...o.attrs[0]!, type: "float", default: 0 }] }] } as unknown as typeof good;
    expect(() => emitR(forged)).toThrow(ModelError);
    expect(() => emitR(forged)).toThrow('op-registry/ops/odd.cc: op "odd": attrs.perm: the R emitter cannot translate meaning "perm" on a float attribute');
  });
});

describe("emitR: R/registry.R", () => {
  test("hash, API version, dtypes and attribute types", () => {
    expect(meta).toContain('.tsr_registry_hash <- "0123456789abcdef"\n.tsr_api_version <- 1L\n');
    expect(meta).toContain('.tsr_dtypes <- c("float32", "float64", "int32", "int64", "uint8", "bool")');
    expect(meta).toContain('.tsr_attr_types <- c("bool", "int", "float", "string", "enum", "int[]", "float[]", "dtype")');
  });

  test("per-operator metadata in engine order", () => {
    expect(meta).toContain(
      [
        '  "matmul" = list(',
        '    fn = "matmul",',
        '    inputs = c("b", "a"),',
        '    input_dtypes = list("b" = c("float32"), "a" = c("float32")),',
        "    optional = c(FALSE, FALSE),",
        "    variadic = c(FALSE, FALSE),",
        '    outputs = c("y"),',
        "    variadic_output = FALSE,",
        "    attrs = character(0),",
        "    attr_types = integer(0),",
        "    meanings = character(0),",
        "    reversed = TRUE,",
        "    attr_sources = character(0),",
        '    engine_op = "matmul",',
        "    negated = character(0),",
        "    result_axes = character(0)",
        "  ),",
      ].join("\n"),
    );
    expect(meta).toContain(
      ['    attrs = c("starts", "ends", "axes"),', "    attr_types = c(5L, 5L, 5L),", '    meanings = c("index", "index", "axes"),'].join("\n"),
    );
    expect(meta).toContain('    outputs = c("values", "indices"),');
    expect(meta).toContain("    optional = c(FALSE, FALSE, TRUE),");
  });
});

describe("emitR: Rd help pages", () => {
  const sum = file("man/tsr_sum.Rd");
  const pad = file("man/pad.Rd");

  test("name, aliases (with the registry name), title, usage", () => {
    expect(sum.split("\n").slice(2, 11)).toEqual([
      "\\name{tsr_sum}",
      "\\alias{tsr_sum}",
      "\\alias{sum}",
      "\\title{The sum operator}",
      "\\description{",
      "The sum operator.",
      "",
      "Named \\code{tsr_sum} because \\code{sum} is a function of base R (or of a package R attaches at startup) that a tessera function must not mask.",
      "}",
    ]);
    expect(sum).toContain("\\usage{\ntsr_sum(x, axes = integer(0), keepdims = FALSE)\n}");
  });

  test("arguments: registry doc, type, meaning in R's terms, translated defaults", () => {
    expect(sum).toContain(
      "\\item{x}{The x tensor. A \\code{tessera_tensor}, or an R array, vector or number (converted by \\code{\\link{as_tensor}}). Element types: float32.}",
    );
    expect(sum).toContain(
      "\\item{axes}{The axes attribute. An integer vector. In R these are 1-based dimensions of the R array (as in dim(x)[axes]); negative values count from the last dimension (-1 is the last). They are translated to the engine's 0-based row-major axes at call time.}",
    );
    expect(file("man/softmax.Rd")).toContain("The registry's default \\code{-1L} (engine numbering) is \\code{1L} in R.}");
    expect(pad).toContain('\\item{mode}{The mode attribute. A character string: one of "constant", "reflect".}');
    expect(pad).toContain("\\item{value}{The value attribute. A number. Range: -10 to 10.}");
    expect(file("man/full.Rd")).toContain("\\item{value}{The value attribute. A number. Required.}");
  });

  test("Rd special characters are escaped in prose and usage", () => {
    expect(pad).toContain('pad(x, mode = "constant", value = 0, label = "100\\% {x}")');
    expect(rdText("100% {a} \\b")).toBe("100\\% \\{a\\} \\\\b");
    expect(rdCode("a %*% b")).toBe("\\code{a \\%*\\% b}");
    expect(rdRCode("a %*% b")).toBe("a \\%*\\% b");
  });

  test("several outputs are a named list in \\value", () => {
    expect(file("man/top_k.Rd")).toContain(
      "\\value{\nA named list of tensors:\n\\item{values}{A \\code{tessera_tensor}: The values result.}\n\\item{indices}{A \\code{tessera_tensor}: The indices result.}\n}",
    );
  });

  test("a variadic output is a list whose length the engine decides", () => {
    expect(meta).toContain('    outputs = c("pieces"),\n    variadic_output = TRUE,');
    expect(meta).toContain('    outputs = c("y"),\n    variadic_output = FALSE,');
    expect(file("man/chunk.Rd")).toContain("\\value{\nA list of \\code{tessera_tensor}s (as many as the engine produces): The pieces result.\n}");
  });

  test("reversed operands are explained", () => {
    expect(file("man/matmul.Rd")).toContain("the binding passes the inputs to it as (b, a): (A B)^T = B^T A^T.");
  });

  test("no \\examples section without registry examples", () => {
    expect(sum).not.toContain("\\examples");
  });
});

describe("R convention of attribute values", () => {
  const reg = registry([
    op("o", {
      attrs: [
        attr("axis", "int", 0, { meaning: "axis" }),
        attr("axes", "int[]", [], { meaning: "axes" }),
        attr("perm", "int[]", [], { meaning: "perm" }),
        attr("shape", "int[]", [], { meaning: "shape" }),
        attr("idx", "int[]", [], { meaning: "index" }),
        attr("plain", "int[]", []),
      ],
    }),
  ]);
  const o = reg.ops[0]!;
  const a = (name: string) => o.attrs.find((x) => x.name === name)!;

  test("axes: engine k of n is R's n - k; without a rank, counted from R's end", () => {
    expect(rConventionValue(a("axis"), 0, 3)).toBe(3);
    expect(rConventionValue(a("axis"), 2, 3)).toBe(1);
    expect(rConventionValue(a("axis"), -1, 3)).toBe(1);
    expect(rConventionValue(a("axis"), 0, null)).toBe(-1);
    expect(rConventionValue(a("axis"), -1, null)).toBe(1);
    expect(rConventionValue(a("axes"), [0, -1], 2)).toEqual([2, 1]);
  });

  test("perm is re-indexed and reversed; shape reversed; index 1-based", () => {
    // Engine perm [1, 2, 0] on shape [a, b, c] gives [b, c, a]; in R, dims (c, b, a) become (a, c, b).
    expect(rConventionValue(a("perm"), [1, 2, 0], 3)).toEqual([3, 1, 2]);
    expect(rConventionValue(a("perm"), [], 3)).toEqual([]);
    expect(rConventionValue(a("shape"), [2, 3, -1], null)).toEqual([-1, 3, 2]);
    expect(rConventionValue(a("idx"), [0, 2, -1], null)).toEqual([1, 3, -1]);
    expect(rConventionValue(a("plain"), [0, 2], 2)).toEqual([0, 2]);
  });
});

describe("examples in R's view", () => {
  test("tensors keep their element order with the dimensions reversed", () => {
    expect(tensorLiteral({ dtype: "float32", shape: [2, 3], data: [1, 2, 3, 4, 5, 6] })).toBe(
      'as_tensor(array(c(1, 2, 3, 4, 5, 6), dim = c(3L, 2L)), dtype = "float32")',
    );
    expect(tensorLiteral({ dtype: "bool", shape: [2], data: [1, 0] })).toBe('as_tensor(c(TRUE, FALSE), dtype = "bool")');
    expect(tensorLiteral({ dtype: "float64", shape: [], data: [NaN] })).toBe('as_tensor(NaN, dtype = "float64", dim = integer(0))');
  });

  test("attributes translated against the first input's rank; index lists get explicit axes", () => {
    const reg = registry([
      op("slice", {
        attrs: [
          attr("starts", "int[]", null, { required: true, meaning: "index" }),
          attr("ends", "int[]", null, { required: true, meaning: "index" }),
          attr("axes", "int[]", [], { meaning: "axes" }),
        ],
        examples: [
          {
            title: "corner",
            inputs: [{ dtype: "float32", shape: [2, 3], data: [1, 2, 3, 4, 5, 6] }],
            attrs: { starts: [0, 1], ends: [1, 3] },
            outputs: [{ dtype: "float32", shape: [1, 2], data: [2, 3] }],
            source: "hand-derived",
          },
        ],
      }),
    ]);
    const o = reg.ops[0]!;
    expect(exampleCode(o, o.examples[0]!)).toEqual([
      "# corner",
      'x <- as_tensor(array(c(1, 2, 3, 4, 5, 6), dim = c(3L, 2L)), dtype = "float32")',
      "y <- slice(x, starts = c(1L, 2L), ends = c(2L, 4L), axes = c(2L, 1L))",
      "print(y)",
      "# expected y: float32 array(c(2, 3), dim = c(2L, 1L))",
    ]);
  });

  test("reversed operators take their inputs the other way round", () => {
    const reg = registry([
      op("matmul", {
        inputs: [input("a"), input("b")],
        examples: [
          {
            title: "2x1 @ 1x2",
            inputs: [
              { dtype: "float32", shape: [2, 1], data: [1, 2] },
              { dtype: "float32", shape: [1, 2], data: [3, 4] },
            ],
            attrs: {},
            outputs: [{ dtype: "float32", shape: [2, 2], data: [3, 4, 6, 8] }],
            source: "hand-derived",
          },
        ],
      }),
    ]);
    const o = reg.ops[0]!;
    expect(exampleCode(o, o.examples[0]!)).toEqual([
      "# 2x1 @ 1x2",
      'a <- as_tensor(array(c(3, 4), dim = c(2L, 1L)), dtype = "float32")',
      'b <- as_tensor(array(c(1, 2), dim = c(1L, 2L)), dtype = "float32")',
      "y <- matmul(a, b)",
      "print(y)",
      "# expected y: float32 array(c(3, 4, 6, 8), dim = c(2L, 2L))",
    ]);
  });
});

describe("operators whose R form differs from the engine's", () => {
  const ex = (inputs: { dtype: string; shape: number[]; data: number[] }[], attrs: Record<string, unknown>, outputs: { dtype: string; shape: number[]; data: number[] }[]) => ({
    title: "t",
    inputs,
    attrs,
    outputs,
    source: "hand-derived",
  });
  const m23 = { dtype: "float32", shape: [2, 3], data: [1, 2, 3, 4, 5, 6] };
  const reg = registry([
    op("gemm", {
      inputs: [input("a"), input("b"), input("c", { optional: true })],
      attrs: [attr("alpha", "float", 1), attr("trans_a", "bool", false), attr("trans_b", "bool", false)],
      examples: [ex([m23, { dtype: "float32", shape: [2, 3], data: [1, 0, 0, 0, 1, 0] }], { trans_b: true }, [{ dtype: "float32", shape: [2, 2], data: [1, 2, 4, 5] }])],
    }),
    op("triu", {
      attrs: [attr("k", "int", 0)],
      examples: [ex([m23], { k: 1 }, [{ dtype: "float32", shape: [2, 3], data: [0, 2, 3, 0, 0, 6] }])],
    }),
    op("tril", { attrs: [attr("k", "int", 0)] }),
    op("unsqueeze", {
      attrs: [attr("axes", "int[]", null, { required: true, meaning: "axes" })],
      examples: [ex([{ dtype: "float32", shape: [3], data: [1, 2, 3] }], { axes: [1] }, [{ dtype: "float32", shape: [3, 1], data: [1, 2, 3] }])],
    }),
    op("one_hot", {
      inputs: [input("indices", { dtypes: ["int64"], meaning: "index" })],
      attrs: [attr("depth", "int", null, { required: true }), attr("axis", "int", -1, { meaning: "axis" })],
    }),
    op("einsum", {
      inputs: [input("inputs", { variadic: true })],
      attrs: [attr("equation", "string", null, { required: true })],
      examples: [ex([m23], { equation: "ij" }, [m23])],
    }),
    op("argmax", { outputs: [output("indices", { dtypes: ["int64"], meaning: "index" })] }),
    op("conv", { inputs: [input("x"), input("w"), input("b", { optional: true })], attrs: [attr("pads", "int[]", [])] }),
  ]);
  const emitted = emitR(reg);
  const code = file("R/ops.R", emitted);
  const body = (name: string): string[] => {
    const lines = code.split("\n");
    const start = lines.findIndex((l) => l.startsWith(`${name} <- function(`));
    return lines.slice(start, lines.indexOf("}", start) + 1);
  };
  const o = (name: string) => reg.ops.find((x) => x.name === name)!;

  test("gemm takes R's a %*% b: the first two inputs and trans_a/trans_b are exchanged for the engine", () => {
    expect(body("gemm")).toEqual([
      "gemm <- function(a, b, c = NULL, alpha = 1, trans_a = FALSE, trans_b = FALSE) {",
      '  .i <- .tsr_inputs("gemm", list(b = b, a = a, c = c))',
      '  .tsr_call("gemm", .i, list(',
      '    .tsr_float(alpha, "gemm", "alpha", NULL),',
      '    .tsr_bool(trans_b, "gemm", "trans_b"),',
      '    .tsr_bool(trans_a, "gemm", "trans_a")',
      "  ))",
      "}",
    ]);
    const meta = file("R/registry.R", emitted);
    expect(meta).toContain('    inputs = c("b", "a", "c"),');
    expect(meta).toContain('    reversed = TRUE,\n    attr_sources = c(trans_a = "trans_b", trans_b = "trans_a"),');
    expect(file("man/gemm.Rd", emitted)).toContain("passes the inputs to it as (b, a, ...) and its \\code{trans_a} and \\code{trans_b} exchanged");
    // The engine's gemm(A, B^T) on R's views is R's gemm(B', A') with the flags exchanged.
    expect(exampleCode(o("gemm"), o("gemm").examples[0]!)).toEqual([
      "# t",
      'a <- as_tensor(array(c(1, 0, 0, 0, 1, 0), dim = c(3L, 2L)), dtype = "float32")',
      'b <- as_tensor(array(c(1, 2, 3, 4, 5, 6), dim = c(3L, 2L)), dtype = "float32")',
      "y <- gemm(a, b, trans_a = TRUE)",
      "print(y)",
      "# expected y: float32 array(c(1, 2, 4, 5), dim = c(2L, 2L))",
    ]);
  });

  test("triu and tril run as each other's engine operator with k negated; examples show R matrices", () => {
    expect(body("triu")).toEqual([
      "triu <- function(x, k = 0L) {",
      '  .i <- .tsr_inputs("triu", list(x = x))',
      "  # runs the engine's tril, which sees R's matrices transposed",
      '  .tsr_call("triu", .i, list(',
      '    -.tsr_int(k, "triu", "k", NULL)',
      "  ))",
      "}",
    ]);
    expect(body("tril")[2]).toBe("  # runs the engine's triu, which sees R's matrices transposed");
    expect(file("R/registry.R", emitted)).toContain('    engine_op = "tril",\n    negated = c("k"),');
    expect(file("man/triu.Rd", emitted)).toContain("runs the engine's \\code{tril} with \\code{k} negated");
    expect(exampleCode(o("triu"), o("triu").examples[0]!)).toEqual([
      "# t",
      'x <- as_tensor(matrix(c(1, 2, 3, 4, 5, 6), nrow = 2L, byrow = TRUE), dtype = "float32")',
      "y <- triu(x, k = 1L)",
      "print(y)",
      "# expected y: float32 matrix(c(0, 2, 3, 0, 0, 6), nrow = 2L, byrow = TRUE)",
    ]);
  });

  test("a twin operator that does not match its engine operator is a model error", () => {
    const bad = registry([op("triu", { attrs: [attr("k", "int", 0)] }), op("tril", { attrs: [attr("k", "int", 0), attr("extra", "bool", false)] })]);
    expect(() => emitR(bad)).toThrow(ModelError);
    expect(() => emitR(bad)).toThrow("runs it as the engine's tril");
  });

  test("axes of the result are translated against the result's rank", () => {
    expect(body("unsqueeze")).toContain('    .tsr_axes(axes, .n + length(axes), "unsqueeze", "axes")');
    expect(body("one_hot")[0]).toBe("one_hot <- function(indices, depth, axis = 1L) {");
    expect(body("one_hot")).toContain('    .tsr_axis(axis, .n + 1L, "one_hot", "axis")');
    expect(file("R/registry.R", emitted)).toContain('    result_axes = c("axes")\n');
    // Engine [3] -> [3, 1] with axes [1]: R's c(3) -> c(1, 3), the new dimension is R's first.
    expect(exampleCode(o("unsqueeze"), o("unsqueeze").examples[0]!)[2]).toBe("y <- unsqueeze(x, axes = 1L)");
  });

  test("einsum's equation is written on R's dimensions: every term reversed", () => {
    expect(body("einsum")).toContain('    .tsr_einsum_equation(equation, "einsum", "equation")');
    expect(rEinsumEquation("ij,jk->ik")).toBe("ji,kj->ki");
    expect(rEinsumEquation("...ij->...ji")).toBe("ji...->ij...");
    expect(rEinsumEquation("ii")).toBe("ii->");
    expect(rEinsumEquation("i, j")).toBe("i,j->ji");
    expect(rEinsumEquation("ba,Ab")).toBe("ab,bA->aA");
    expect(exampleCode(o("einsum"), o("einsum").examples[0]!)[2]).toBe('y <- einsum(inputs, equation = "ji->ji")');
    expect(file("man/einsum.Rd", emitted)).toContain("the binding reverses the letters of every term for the engine");
  });

  test("index tensors are documented as 0-based; untagged per-axis attributes as engine order", () => {
    expect(file("man/one_hot.Rd", emitted)).toContain("Its values are 0-based, as the engine counts");
    expect(file("man/argmax.Rd", emitted)).toContain("\\value{\nA \\code{tessera_tensor}: The indices result. Its values are 0-based");
    expect(file("man/conv.Rd", emitted)).toContain("c(W, H, C, N) for images");
    expect(file("man/conv.Rd", emitted)).toContain("none of them is reversed");
  });
});

describe("sample registry (generators/test/fixtures/sample-registry.json)", () => {
  const sample = emitR(parseRegistry(fs.readFileSync(path.join(__dirname, "fixtures/sample-registry.json"), "utf8"), "generators/test/fixtures/sample-registry.json"));
  test.each(sample.map((f) => [f.path, f.content]))("%s", (_path, content) => {
    expect(content).toMatchSnapshot();
  });
});

const REAL = path.join(REPO, "op-registry/registry.json");
const realTest = fs.existsSync(REAL) ? test : test.skip;

describe("real registry (op-registry/registry.json)", () => {
  const real = fs.existsSync(REAL) ? emitR(parseRegistry(fs.readFileSync(REAL, "utf8"))) : [];
  realTest("every operator has a function and a help page", () => {
    const model = parseRegistry(fs.readFileSync(REAL, "utf8"));
    for (const o of model.ops) {
      expect(file("R/ops.R", real)).toContain(`\n${r.functionName(o.name)} <- function(`);
      expect(real.some((f) => f.path === `${PKG}/man/${r.functionName(o.name)}.Rd`)).toBe(true);
    }
  });
  realTest("the generated files equal the committed ones", () => {
    for (const f of real) {
      expect({ path: f.path, content: f.content }).toEqual({ path: f.path, content: fs.readFileSync(path.join(REPO, f.path), "utf8") });
    }
  });
});
