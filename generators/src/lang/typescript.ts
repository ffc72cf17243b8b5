// TypeScript: camelCase functions, parameters and option keys; PascalCase types; reserved
// words escaped with a trailing "_"; JSDoc/TSDoc comments; registry types as number,
// boolean, string, number[], string-literal unions (enums) and DType.

import type { AttrModel, AttrValue, EnumAttr, OpModel, TensorModel } from "../model";
import { camelCase, pascalCase, screamingSnakeCase } from "./case";
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

/** ECMAScript reserved words, strict-mode restrictions and globals a parameter must not shadow. */
export const TS_RESERVED_WORDS: readonly string[] = [
  // reserved words
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
  "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
  "typeof", "var", "void", "while", "with",
  // strict mode and module code
  "implements", "interface", "let", "package", "private", "protected", "public", "static",
  "yield", "await", "arguments", "eval",
  // globals that must keep their meaning inside generated code
  "undefined", "NaN", "Infinity",
];

/**
 * Names the generated TypeScript modules declare or import; an operator, input or attribute
 * spelled like one of them is escaped too, so it can neither shadow nor collide.
 */
export const TS_GENERATED_NAMES: readonly string[] = [
  "options", "call1", "callN", "resolveOps", "enumIndex", "dtypeCode", "ops",
  "Tensor", "TensorLike", "DType", "OPS", "OP_NAMES", "REGISTRY_HASH", "METHOD_NAMES",
];

/**
 * Members of the hand-written Tensor class (bindings/typescript/src/tensor.ts) and of objects in
 * general that an operator method must not replace. An operator with one of these names keeps
 * its function form only. ("then" would make every tensor a thenable; "valueOf"/"toJSON" would
 * change how tensors convert.)
 */
export const RESERVED_TENSOR_MEMBERS: readonly string[] = [
  "shape", "dtype", "dispose", "ndim", "size", "toArray", "toTypedArray", "item", "toString",
  "disposed", "handle", "constructor", "then", "valueOf", "toJSON",
  // further members of bindings/typescript/src/tensor.ts
  "strides", "isContiguous", "shapeRef",
  // autograd members
  "attachGrad", "requiresGrad", "grad", "zeroGrad", "detach", "backward",
];

const reserved: ReadonlySet<string> = new Set([...TS_RESERVED_WORDS, ...TS_GENERATED_NAMES]);
const { isReserved, escape } = suffixEscaper(reserved);

/** A string-literal union of enum values: `"constant" | "reflect"`. */
export function enumUnion(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(" | ");
}

/** Name of the generated value table of an enum attribute: PAD_MODE. */
export function enumTableName(op: OpModel, attr: EnumAttr): string {
  return screamingSnakeCase(op.name, attr.name);
}

/** Name of an operator's options interface: "sum" -> "SumOptions". */
export function optionsTypeName(op: OpModel): string {
  return pascalCase(op.name, "options");
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function numberLiteral(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  return finiteText(n);
}

function literal(attr: AttrModel, value: AttrValue): string {
  switch (attr.type) {
    case "bool":
      return String(expectType(value, "boolean", attr));
    case "int":
    case "float":
      return numberLiteral(expectType(value, "number", attr));
    case "string":
    case "enum":
    case "dtype":
      return JSON.stringify(expectType(value, "string", attr));
    case "int[]":
    case "float[]":
      return `[${numberList(value, attr).map(numberLiteral).join(", ")}]`;
  }
}

/** Keeps doc text from closing the comment or starting a tag. */
function escapeDocLine(line: string): string {
  return line.replace(/\*\//g, "*\\/").replace(/^(\s*)@/, "$1\\@");
}

/**
 * The text inside a JSDoc comment, one entry per line without the leading " * " (the form
 * ts-morph's `docs` takes). `formatDoc` wraps exactly this text.
 */
export function jsDocLines(doc: DocComment): string[] {
  const tags: string[] = [];
  for (const p of doc.params) {
    const [first = "", ...rest] = lines(p.doc).map(escapeDocLine);
    const dflt = p.default === undefined ? "" : ` Default: \`${p.default}\`.`;
    tags.push(`@param ${p.name} - ${first}${rest.length === 0 ? dflt : ""}`.trimEnd(), ...rest);
    if (rest.length > 0 && dflt !== "") tags.push(dflt.trim());
  }
  const [only, ...more] = doc.returns;
  if (only !== undefined && more.length === 0) {
    tags.push(`@returns ${lines(only.doc).map(escapeDocLine).join(" ")}`.trimEnd());
  } else if (only !== undefined) {
    tags.push(`@returns \`[${doc.returns.map((r) => r.name).join(", ")}]\``);
    for (const r of doc.returns) tags.push(`- \`${r.name}\`: ${lines(r.doc).map(escapeDocLine).join(" ")}`.trimEnd());
  }
  for (const example of doc.examples) {
    tags.push("@example", "```ts", ...lines(example).map((l) => l.replace(/\*\//g, "*\\/")), "```");
  }
  return paragraphs(
    lines(doc.summary).map(escapeDocLine),
    lines(doc.description).map(escapeDocLine),
    tags,
  );
}

/**
 * JSDoc lines for a property (an options-object key): its doc, an optional note (the range),
 * and the default as a `@defaultValue` tag.
 */
export function jsDocPropertyLines(doc: string, note: string | undefined, defaultLiteral: string | undefined): string[] {
  return paragraphs(
    [...lines(doc), ...(note === undefined ? [] : [note])].map(escapeDocLine),
    defaultLiteral === undefined ? [] : [`@defaultValue \`${defaultLiteral}\``],
  );
}

/** Wraps JSDoc lines in a comment: one line -> `/** text *\/`, more -> a block. */
export function wrapJsDoc(body: readonly string[], indent = ""): string {
  if (body.length === 1) return `${indent}/** ${body[0]} */`;
  return [`${indent}/**`, ...body.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join("\n");
}

/** Method name on Tensor for an operator: camelCase, unescaped (member names may be keywords). */
export function methodName(opName: string): string {
  return camelCase(opName);
}

function formatDoc(doc: DocComment, indent = ""): string {
  return wrapJsDoc(jsDocLines(doc), indent);
}

export const typescript: Language = {
  id: "typescript",
  displayName: "TypeScript",
  lineComment: "//",
  reservedWords: reserved,
  isReserved,
  escape,
  functionName: (opName) => escape(camelCase(opName)),
  parameterName: (name) => escape(camelCase(name)),
  // Object keys may be reserved words: { default: 1 } is fine.
  optionName: (name) => camelCase(name),
  typeName: (...parts) => pascalCase(...parts),
  enumTypeName: (op, attr) => pascalCase(op.name, attr.name),
  extraTypeNames: (op) => (op.attrs.some((a) => !a.required) ? [optionsTypeName(op)] : []),
  attrType(attr: AttrModel, op: OpModel): string {
    switch (attr.type) {
      case "bool":
        return "boolean";
      case "int":
      case "float":
        return "number";
      case "string":
        return "string";
      case "enum":
        return pascalCase(op.name, attr.name);
      case "int[]":
      case "float[]":
        return "number[]";
      case "dtype":
        return "DType";
    }
  },
  inputType: (input: TensorModel) => (input.variadic ? "TensorLike[]" : input.optional ? "TensorLike | undefined" : "TensorLike"),
  returnType: (outputs) =>
    outputs.some((o) => o.variadic) ? "Tensor[]" : outputs.length === 1 ? "Tensor" : `[${outputs.map(() => "Tensor").join(", ")}]`,
  literal: (attr, value) => literal(attr, value),
  defaultLiteral: (attr, op) => literal(attr, defaultOf(attr, op)),
  formatDoc,
};
