// Scala: camelCase methods and named arguments, PascalCase types; reserved words escaped with
// backticks (Scala's own quoting: `type`; a trailing "_" would glue to a following ':' and form
// the operator identifier "type_:"); Scaladoc comments; registry types as Boolean, Int/Long,
// Double, String, Seq[...], sealed-trait enums (PadMode.Constant) and DType; a variadic output is
// returned as Seq[Tensor], several outputs as a tuple.

import type { AttrModel, AttrValue, OpModel } from "../model";
import { camelCase, pascalCase } from "./case";
import {
  defaultOf,
  expectType,
  finiteText,
  floatText,
  lines,
  numberList,
  paragraphs,
  type DocComment,
  type Language,
} from "./language";

/** Scala 2.13 and Scala 3 keywords (hard ones; soft keywords such as `using` stay usable). */
export const SCALA_RESERVED_WORDS: readonly string[] = [
  "abstract", "case", "catch", "class", "def", "do", "else", "enum", "export", "extends", "false",
  "final", "finally", "for", "forSome", "given", "if", "implicit", "import", "lazy", "macro",
  "match", "new", "null", "object", "override", "package", "private", "protected", "return",
  "sealed", "super", "then", "this", "throw", "trait", "true", "try", "type", "val", "var",
  "while", "with", "yield",
];

const reserved: ReadonlySet<string> = new Set(SCALA_RESERVED_WORDS);

/**
 * Integer attributes: positions (axis, axes, perm, index) are Int; sizes and other integers are
 * Long, as the engine stores int64 (Int arguments still widen to Long at call sites).
 */
function isSmallInt(attr: AttrModel): boolean {
  return attr.meaning === "axis" || attr.meaning === "axes" || attr.meaning === "perm" || attr.meaning === "index";
}

const DTYPE_MEMBERS: Readonly<Record<string, string>> = {
  float32: "Float32",
  float64: "Float64",
  int32: "Int32",
  int64: "Int64",
  uint8: "UInt8",
  bool: "Bool",
};

/** The DType member for a dtype name: "uint8" -> "UInt8" (others PascalCase). */
export function dtypeMember(name: string): string {
  return DTYPE_MEMBERS[name] ?? pascalCase(name);
}

function doubleLiteral(n: number): string {
  if (Number.isNaN(n)) return "Double.NaN";
  if (n === Infinity) return "Double.PositiveInfinity";
  if (n === -Infinity) return "Double.NegativeInfinity";
  return floatText(n);
}

function seq(items: readonly string[]): string {
  return `Seq(${items.join(", ")})`;
}

function literal(attr: AttrModel, value: AttrValue, op: OpModel): string {
  const long = (n: number) => `${finiteText(n)}L`;
  switch (attr.type) {
    case "bool":
      return String(expectType(value, "boolean", attr));
    case "int": {
      const n = expectType(value, "number", attr);
      return isSmallInt(attr) ? finiteText(n) : long(n);
    }
    case "float":
      return doubleLiteral(expectType(value, "number", attr));
    case "string":
      return JSON.stringify(expectType(value, "string", attr));
    case "enum":
      return `${pascalCase(op.name, attr.name)}.${pascalCase(expectType(value, "string", attr).toLowerCase())}`;
    case "dtype":
      return `DType.${dtypeMember(expectType(value, "string", attr))}`;
    case "int[]":
      return seq(numberList(value, attr).map((n) => (isSmallInt(attr) ? finiteText(n) : long(n))));
    case "float[]":
      return seq(numberList(value, attr).map(doubleLiteral));
  }
}

function escapeDoc(line: string): string {
  return line.replace(/\*\//g, "*&#47;");
}

function formatDoc(doc: DocComment, indent = ""): string {
  const tags: string[] = [];
  for (const p of doc.params) {
    const text = lines(p.doc).join(" ");
    tags.push(`@param ${p.name} ${text}${p.default === undefined ? "" : ` (default \`${p.default}\`)`}`.trimEnd());
  }
  if (doc.returns.length === 1) {
    tags.push(`@return ${lines(doc.returns[0]?.doc ?? "").join(" ")}`.trimEnd());
  } else if (doc.returns.length > 1) {
    tags.push(`@return a tuple (${doc.returns.map((r) => `${r.name}: ${lines(r.doc).join(" ")}`).join("; ")})`);
  }
  for (const example of doc.examples) tags.push("@example {{{", ...lines(example), "}}}");
  const body = paragraphs(lines(doc.summary), lines(doc.description), tags).map(escapeDoc);
  const [first = "", ...rest] = body;
  if (rest.length === 0) return `${indent}/** ${first} */`;
  return [`${indent}/** ${first}`, ...rest.map((l) => (l === "" ? `${indent}  *` : `${indent}  * ${l}`)), `${indent}  */`].join("\n");
}

export const scala: Language = {
  id: "scala",
  displayName: "Scala",
  lineComment: "//",
  reservedWords: reserved,
  isReserved: (identifier) => reserved.has(identifier),
  escape: (identifier) => (reserved.has(identifier) ? `\`${identifier}\`` : identifier),
  functionName: (opName) => scala.escape(camelCase(opName)),
  parameterName: (name) => scala.escape(camelCase(name)),
  optionName: (name) => scala.escape(camelCase(name)),
  typeName: (...parts) => pascalCase(...parts),
  enumTypeName: (op, attr) => pascalCase(op.name, attr.name),
  attrType(attr: AttrModel, op: OpModel): string {
    switch (attr.type) {
      case "bool":
        return "Boolean";
      case "int":
        return isSmallInt(attr) ? "Int" : "Long";
      case "float":
        return "Double";
      case "string":
        return "String";
      case "enum":
        return pascalCase(op.name, attr.name);
      case "int[]":
        return isSmallInt(attr) ? "Seq[Int]" : "Seq[Long]";
      case "float[]":
        return "Seq[Double]";
      case "dtype":
        return "DType";
    }
  },
  inputType: (input) => (input.variadic ? "Seq[Tensor]" : input.optional ? "Option[Tensor]" : "Tensor"),
  // A variadic output (its count decided at run time, e.g. split's pieces) is a Seq[Tensor].
  returnType: (outputs) =>
    outputs.length === 1 ? (outputs[0]?.variadic ? "Seq[Tensor]" : "Tensor") : `(${outputs.map(() => "Tensor").join(", ")})`,
  literal: (attr, value, op) => literal(attr, value, op),
  defaultLiteral: (attr, op) => literal(attr, defaultOf(attr, op), op),
  formatDoc,
};
