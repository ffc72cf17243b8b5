// R: snake_case functions and arguments, PascalCase class-like names; reserved words escaped
// with a trailing "_"; roxygen2 comments (#' lines, markdown on); registry types as logical,
// integer, numeric, character (enums and dtypes are character values).
//
// Values are rendered as the registry states them. Attributes with a meaning (axis, axes, perm,
// shape, index) are translated between R's 1-based, column-major view and the engine's at call
// time by the R runtime, which knows the tensor's rank; a default such as axis 0 depends on it.

import type { AttrModel, AttrValue, OpModel } from "../model";
import { pascalCase, snakeCase } from "./case";
import {
  defaultOf,
  expectType,
  finiteText,
  lines,
  numberList,
  paragraphs,
  suffixEscaper,
  type DocComment,
  type Language,
} from "./language";

/** ?Reserved in R 4.x, plus T and F (rebindable shorthands a generated argument must not mask). */
export const R_RESERVED_WORDS: readonly string[] = [
  "if", "else", "repeat", "while", "function", "for", "next", "break", "in", "TRUE", "FALSE",
  "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_complex_", "NA_character_", "T", "F",
];

const reserved: ReadonlySet<string> = new Set(R_RESERVED_WORDS);
const { isReserved, escape } = suffixEscaper(reserved);

function numeric(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Inf";
  if (n === -Infinity) return "-Inf";
  return finiteText(n);
}

function integer(n: number): string {
  return `${finiteText(n)}L`;
}

function vector(items: readonly string[], empty: string): string {
  if (items.length === 0) return empty;
  return items.length === 1 ? (items[0] as string) : `c(${items.join(", ")})`;
}

function literal(attr: AttrModel, value: AttrValue): string {
  switch (attr.type) {
    case "bool":
      return expectType(value, "boolean", attr) ? "TRUE" : "FALSE";
    case "int":
      return integer(expectType(value, "number", attr));
    case "float":
      return numeric(expectType(value, "number", attr));
    case "string":
    case "enum":
    case "dtype":
      return JSON.stringify(expectType(value, "string", attr));
    case "int[]":
      return vector(numberList(value, attr).map(integer), "integer(0)");
    case "float[]":
      return vector(numberList(value, attr).map(numeric), "numeric(0)");
  }
}

/** Rd treats % as a comment and @ as a roxygen tag; escape both in prose. */
function escapeDoc(line: string): string {
  return line.replace(/%/g, "\\%").replace(/@/g, "@@");
}

function formatDoc(doc: DocComment, indent = ""): string {
  const tags: string[] = [];
  for (const p of doc.params) {
    const text = lines(p.doc).map(escapeDoc).join(" ");
    tags.push(`@param ${p.name} ${text}${p.default === undefined ? "" : ` Default: \`${escapeDoc(p.default)}\`.`}`.trimEnd());
  }
  if (doc.returns.length === 1) {
    tags.push(`@return ${lines(doc.returns[0]?.doc ?? "").map(escapeDoc).join(" ")}`.trimEnd());
  } else if (doc.returns.length > 1) {
    tags.push("@return A list:");
    for (const r of doc.returns) tags.push(`- \`${r.name}\`: ${lines(r.doc).map(escapeDoc).join(" ")}`.trimEnd());
  }
  if (doc.examples.length > 0) tags.push("@examples", ...doc.examples.flatMap((e) => lines(e).map((l) => l.replace(/%/g, "\\%"))));
  const body = paragraphs(lines(doc.summary).map(escapeDoc), lines(doc.description).map(escapeDoc), tags);
  return body.map((l) => (l === "" ? `${indent}#'` : `${indent}#' ${l}`)).join("\n");
}

export const r: Language = {
  id: "r",
  displayName: "R",
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
        return "logical";
      case "int":
      case "int[]":
        return "integer";
      case "float":
      case "float[]":
        return "numeric";
      case "string":
      case "enum":
      case "dtype":
        return "character";
    }
  },
  inputType: (input) => (input.variadic ? "list" : "tessera_tensor"),
  returnType: (outputs) => (outputs.length === 1 ? "tessera_tensor" : "list"),
  literal: (attr, value) => literal(attr, value),
  defaultLiteral: (attr: AttrModel, op: OpModel) => literal(attr, defaultOf(attr, op)),
  formatDoc,
};
