// Julia: snake_case functions and keyword arguments (the registry's own spelling), PascalCase
// types; reserved words escaped with a trailing "_"; docstrings ("""...""" starting with the
// indented call signature); registry types as Bool, Int, Float64, String, Tuple{Vararg{Int}}
// (NTuple of any length), Vector{Float64}, Symbol (enums) and the element DataType.
//
// As for R, values are rendered as the registry states them; the Julia runtime translates
// meaning-tagged values (axes, shapes, ...) to 1-based, column-major form at call time.

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
      return `:${expectType(value, "string", attr)}`;
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
