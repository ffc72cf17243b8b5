// Julia: snake_case functions and keyword arguments (the registry's own spelling), PascalCase
// types; reserved words escaped with a trailing "_"; docstrings ("""...""" starting with the
// indented call signature); registry types as Bool, Int, Float64, String, Tuple{Vararg{Int}}
// (NTuple of any length), Vector{Float64}, Symbol (enums) and the element DataType.
//
// `literal`/`defaultLiteral` render values as the registry states them (engine convention:
// 0-based, row-major). Julia users see 1-based, column-major values: `juliaConventionValue`
// translates a meaning-tagged registry value (defaults, doc examples) into that convention, and
// the Julia runtime translates back at call time. The rules for the reversed layout (which
// operands swap, which Base functions an operator backs) live at the end of this file.

import type { AttrModel, AttrValue, OpModel } from "../model";
import { pascalCase, snakeCase } from "./case";
import {
  defaultOf,
  expectType,
  finiteText,
  floatText,
  lines,
  numberList,
  paragraphs,
  suffixEscaper,
  type DocComment,
  type Language,
} from "./language";

/** Julia 1.x keywords, plus the words that are keywords in some positions. */
export const JULIA_RESERVED_WORDS: readonly string[] = [
  "baremodule", "begin", "break", "catch", "const", "continue", "do", "else", "elseif", "end",
  "export", "false", "finally", "for", "function", "global", "if", "import", "let", "local",
  "macro", "module", "quote", "return", "struct", "true", "try", "using", "while",
  "abstract", "mutable", "primitive", "where", "in", "isa", "outer", "public",
];

const reserved: ReadonlySet<string> = new Set(JULIA_RESERVED_WORDS);
const { isReserved, escape } = suffixEscaper(reserved);

const DTYPE_TYPES: Readonly<Record<string, string>> = {
  float32: "Float32",
  float64: "Float64",
  int32: "Int32",
  int64: "Int64",
  uint8: "UInt8",
  bool: "Bool",
};

/** Julia's element type for a registry dtype name ("uint8" -> "UInt8"). */
export function juliaElementType(dtype: string): string {
  const type = DTYPE_TYPES[dtype];
  if (type === undefined) throw new Error(`julia: no Julia element type for dtype "${dtype}"`);
  return type;
}

function floatLiteral(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Inf";
  if (n === -Infinity) return "-Inf";
  return floatText(n);
}

/** Julia string literal: JSON escapes plus "$" (interpolation). */
export function juliaString(s: string): string {
  return JSON.stringify(s).replace(/\$/g, "\\$");
}

/** `:edge`; `Symbol("end")` for a word that `:word` cannot quote. */
export function juliaSymbol(name: string): string {
  return reserved.has(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `Symbol(${juliaString(name)})` : `:${name}`;
}

function literal(attr: AttrModel, value: AttrValue): string {
  switch (attr.type) {
    case "bool":
      return String(expectType(value, "boolean", attr));
    case "int":
      return finiteText(expectType(value, "number", attr));
    case "float":
      return floatLiteral(expectType(value, "number", attr));
    case "string":
      return juliaString(expectType(value, "string", attr));
    case "enum":
      return juliaSymbol(expectType(value, "string", attr));
    case "dtype":
      return juliaElementType(expectType(value, "string", attr));
    case "int[]": {
      const items = numberList(value, attr).map(finiteText);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
    }
    case "float[]": {
      const items = numberList(value, attr).map(floatLiteral);
      return items.length === 0 ? "Float64[]" : `[${items.join(", ")}]`;
    }
  }
}

function escapeDoc(line: string): string {
  return line.replace(/\\/g, "\\\\").replace(/\$/g, "\\$").replace(/"""/g, '\\"\\"\\"');
}

function formatDoc(doc: DocComment, indent = ""): string {
  const args = doc.params.map((p) => {
    const typed = `${p.name}${p.type === "" ? "" : `::${p.type}`}${p.default === undefined ? "" : `=${p.default}`}`;
    return `- \`${typed}\`: ${lines(p.doc).join(" ")}`.trimEnd();
  });
  const returns = doc.returns.map((r) => `- \`${r.name === "" ? r.type : `${r.name}::${r.type}`}\`: ${lines(r.doc).join(" ")}`.trimEnd());
  const examples = doc.examples.flatMap((e) => ["```julia", ...lines(e), "```"]);
  const body = paragraphs(
    doc.signature === undefined ? [] : [`    ${doc.signature}`],
    lines(doc.summary),
    lines(doc.description),
    args.length === 0 ? [] : ["# Arguments", ...args],
    returns.length === 0 ? [] : ["# Returns", ...returns],
    examples.length === 0 ? [] : ["# Examples", ...examples],
  ).map(escapeDoc);
  return [`${indent}"""`, ...body.map((l) => (l === "" ? "" : indent + l)), `${indent}"""`].join("\n");
}

export const julia: Language = {
  id: "julia",
  displayName: "Julia",
  lineComment: "#",
  reservedWords: reserved,
  isReserved,
  escape,
  functionName: (opName) => escape(snakeCase(opName)),
  parameterName: (name) => escape(snakeCase(name)),
  optionName: (name) => escape(snakeCase(name)),
  typeName: (...parts) => pascalCase(...parts),
  enumTypeName: (op, attr) => pascalCase(op.name, attr.name),
  attrType(attr: AttrModel): string {
    switch (attr.type) {
      case "bool":
        return "Bool";
      case "int":
        return "Int";
      case "float":
        return "Float64";
      case "string":
        return "String";
      case "enum":
        return "Symbol";
      case "int[]":
        return "Tuple{Vararg{Int}}";
      case "float[]":
        return "Vector{Float64}";
      case "dtype":
        return "DataType";
    }
  },
  inputType: (input) =>
    input.variadic ? "AbstractVector{<:TensorLike}" : input.optional ? "Union{TensorLike,Nothing}" : "TensorLike",
  returnType: (outputs) => (outputs.length === 1 ? "Tensor" : `Tuple{${outputs.map(() => "Tensor").join(",")}}`),
  literal: (attr, value) => literal(attr, value),
  defaultLiteral: (attr: AttrModel, op: OpModel) => literal(attr, defaultOf(attr, op)),
  formatDoc,
};

// ---------------------------------------------------------------------------------------------
// Column-major, 1-based convention
//
// A Julia array of size (d1, ..., dn) is handed to the engine without copying as a row-major
// tensor of shape [dn, ..., d1]. Julia dimension k (1-based) is therefore engine axis n - k;
// negative Julia dimensions count from the last (-1 = dn = engine axis 0).

/** What a translation may need to know besides the value. */
export interface JuliaConventionContext {
  /** Rank of the tensor the value refers to (axis >= 0, perm); unknown for defaults. */
  readonly ndim?: number;
  /**
   * For an "axes" attribute that sits beside "index" attributes (slice): how many index entries
   * there are, so an empty engine list ("0, 1, ...") can be spelled out in Julia dimensions.
   */
  readonly indexCount?: number;
}

/** Engine axis -> Julia dimension: negative engine axes need no rank; others do (or go negative). */
function juliaAxis(a: number, ndim: number | undefined): number {
  if (a < 0) return -a;
  return ndim === undefined ? -(a + 1) : ndim - a;
}

/**
 * A registry (engine convention) value of a meaning-tagged attribute in Julia's convention:
 * axis/axes 1-based Julia dimensions, perm a 1-based permutation of Julia dimensions (as for
 * `permutedims`), shape reversed, index 1-based (negative indices unchanged). Values without a
 * meaning are returned unchanged.
 */
export function juliaConventionValue(attr: AttrModel, value: AttrValue, ctx: JuliaConventionContext = {}): AttrValue {
  switch (attr.meaning) {
    case "axis":
      return juliaAxis(expectType(value, "number", attr), ctx.ndim);
    case "axes": {
      let list = numberList(value, attr);
      if (list.length === 0 && ctx.indexCount !== undefined && ctx.indexCount > 0) {
        list = Array.from({ length: ctx.indexCount }, (_, k) => k);
      }
      return list.map((a) => juliaAxis(a, ctx.ndim));
    }
    case "perm": {
      const p = numberList(value, attr);
      const n = p.length;
      // Engine perm'[j] = n - p[n - j] (0-based j, 1-based p) <=> p[i] = n - perm'[n - i].
      return p.map((_, k) => n - (p[n - (k + 1)] as number));
    }
    case "shape":
      return [...numberList(value, attr)].reverse();
    case "index":
      return numberList(value, attr).map((e) => (e >= 0 ? e + 1 : e));
    case "layout":
    case null:
      return value;
  }
}

/** The attribute's default as a Julia literal in Julia's convention (see juliaConventionValue). */
export function juliaDefaultLiteral(attr: AttrModel, op: OpModel): string {
  return literal(attr, juliaConventionValue(attr, defaultOf(attr, op)));
}

/** A value (engine convention) as a Julia literal in Julia's convention. */
export function juliaLiteral(attr: AttrModel, value: AttrValue, ctx: JuliaConventionContext = {}): string {
  return literal(attr, juliaConventionValue(attr, value, ctx));
}

/** What a meaning-tagged attribute means in Julia, appended to its documentation. */
export function juliaMeaningNote(attr: AttrModel, op: OpModel): string {
  const besideIndex = op.attrs.some((a) => a.meaning === "index");
  switch (attr.meaning) {
    case "axis":
      return "In Julia: a dimension, 1-based; negative counts from the last (-1 = last).";
    case "axes":
      return besideIndex
        ? "In Julia: dimensions, 1-based; negative count from the last; empty means 1, 2, ... (one per index entry)."
        : "In Julia: dimensions, 1-based; negative count from the last.";
    case "perm":
      return "In Julia: a permutation of the dimensions 1..ndims, as for `permutedims`; empty reverses them.";
    case "shape":
      return "In Julia: sizes in `size` order (column-major); -1 or `:` infers one.";
    case "index":
      return "In Julia: 1-based positions; negative count from the end (-1 = last); 0 is before the first.";
    case "layout":
    case null:
      return "";
  }
}

/**
 * Operators whose operands swap under the reversed layout. With A (m x k) handed over as the
 * engine's A^T, the Julia product A * B is (B^T A^T)^T: the engine's matmul with (b, a).
 */
export const JULIA_SWAPPED_OPERANDS: ReadonlySet<string> = new Set(["matmul"]);

/**
 * Names Base (and the stdlibs users load most: Statistics, LinearAlgebra) export. An operator
 * function with one of these names stays unexported (call it as `Tessera.sum`), so `using Tessera`
 * never shadows or clashes with Base.
 */
export const JULIA_BASE_NAMES: ReadonlySet<string> = new Set([
  "abs", "abs2", "acos", "acosh", "all", "any", "argmax", "argmin", "asin", "asinh", "atan", "atanh",
  "cat", "cbrt", "ceil", "clamp", "collect", "conj", "copy", "cos", "cosh", "count", "cumprod",
  "cumsum", "det", "diag", "div", "dot", "eltype", "exp", "exp10", "exp2", "expm1", "fill",
  "filter", "first", "floor", "hcat", "identity", "imag", "inv", "isfinite", "isinf", "isnan",
  "kron", "last", "length", "log", "log10", "log1p", "log2", "map", "max", "maximum", "mean",
  "median", "min", "minimum", "mod", "norm", "ones", "permutedims", "prod", "range", "real",
  "reduce", "rem", "repeat", "reshape", "reverse", "round", "sign", "similar", "sin", "sinh",
  "size", "sort", "sqrt", "std", "sum", "tan", "tanh", "tr", "transpose", "trunc", "var", "vcat",
  "vec", "zeros",
]);

/** How an operator backs a Base function for Tensor arguments. */
export type JuliaBaseKind =
  /** a ∘ b for Tensor/Tensor, Tensor/operand, operand/Tensor (operand = Number or AbstractArray) */
  | "infix"
  /** t ∘ n and n ∘ t with a Number n (element-wise scaling: `2 * t`) */
  | "scalar"
  /** t ∘ n with a Number n on the right (`t / 2`, `t ^ 2`) */
  | "scalar-right"
  /** ∘(t) */
  | "unary"
  /** a ∘ b for Tensor/Tensor, Tensor/AbstractArray, AbstractArray/Tensor (matrix product) */
  | "tensor";

/** One Base function an operator backs. */
export interface JuliaBaseMethod {
  /** Registry operator name. */
  readonly op: string;
  /** The Base function, as written after `Base.` ("+", "==", "ifelse"). */
  readonly fn: string;
  /** Plain method, if any. */
  readonly kind: JuliaBaseKind | null;
  /** Arity of the broadcast form (`a .+ b`, `abs.(t)`, `ifelse.(c, x, y)`), 0 when none. */
  readonly broadcast: 0 | 1 | 2 | 3;
}

/**
 * Base functions backed by registry operators. Element-wise operators get their dotted
 * (broadcast) forms; `*` on two arrays is Julia's matrix product, so it belongs to matmul and
 * `.*` to mul; `exp`, `log`, `sqrt`, `tanh` of a matrix are matrix functions in Julia, so only
 * their dotted forms exist. Entries whose operator is not in the registry are skipped.
 */
export const JULIA_BASE_METHODS: readonly JuliaBaseMethod[] = [
  { op: "add", fn: "+", kind: "infix", broadcast: 2 },
  { op: "sub", fn: "-", kind: "infix", broadcast: 2 },
  { op: "mul", fn: "*", kind: "scalar", broadcast: 2 },
  { op: "div", fn: "/", kind: "scalar-right", broadcast: 2 },
  { op: "pow", fn: "^", kind: "scalar-right", broadcast: 2 },
  { op: "maximum", fn: "max", kind: null, broadcast: 2 },
  { op: "minimum", fn: "min", kind: null, broadcast: 2 },
  { op: "equal", fn: "==", kind: null, broadcast: 2 },
  { op: "less", fn: "<", kind: null, broadcast: 2 },
  { op: "greater", fn: ">", kind: null, broadcast: 2 },
  { op: "neg", fn: "-", kind: "unary", broadcast: 1 },
  { op: "abs", fn: "abs", kind: null, broadcast: 1 },
  { op: "exp", fn: "exp", kind: null, broadcast: 1 },
  { op: "log", fn: "log", kind: null, broadcast: 1 },
  { op: "sqrt", fn: "sqrt", kind: null, broadcast: 1 },
  { op: "tanh", fn: "tanh", kind: null, broadcast: 1 },
  { op: "where", fn: "ifelse", kind: null, broadcast: 3 },
  { op: "matmul", fn: "*", kind: "tensor", broadcast: 0 },
];

/** `Base.:+`, `Base.:(==)`, `Base.ifelse`: how a Base function is named when extended. */
export function juliaBaseFunctionRef(fn: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_!]*$/.test(fn)) return `Base.${fn}`;
  return /^[=<>!]/.test(fn) ? `Base.:(${fn})` : `Base.:${fn}`;
}

/**
 * `typeof(Base.:+)`, `typeof(Base.abs)`: the Base function's type in a dispatch position, always
 * qualified, since Tessera defines operator functions with Base's names (Tessera.abs, Tessera.max).
 */
export function juliaFunctionType(fn: string): string {
  return `typeof(${juliaBaseFunctionRef(fn)})`;
}
