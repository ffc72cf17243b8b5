// Python: snake_case functions and keyword arguments (PEP 8), PascalCase types, keywords
// escaped with a trailing "_" (PEP 8), numpydoc docstrings, registry types as int, float, bool,
// str, tuple[int, ...], tuple[float, ...], Literal[...] (enums) and DType.

import type { AttrModel, AttrValue, OpModel } from "../model";
import { pascalCase, snakeCase } from "./case";
import {
  defaultOf,
  expectType,
  floatText,
  finiteText,
  lines,
  numberList,
  paragraphs,
  suffixEscaper,
  type DocComment,
  type Language,
} from "./language";

/** keyword.kwlist of Python 3.12 (soft keywords such as match/case/type stay usable). */
export const PY_RESERVED_WORDS: readonly string[] = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/**
 * Members of the hand-written tessera.Tensor (bindings/python/src/tessera/_tensor.py and its
 * native base TensorBase) that a generated operator method must not replace; an operator with
 * one of these names keeps its function form only. A pytest test checks the list against the
 * real class.
 */
export const PY_TENSOR_MEMBERS: readonly string[] = [
  "shape", "dtype", "ndim", "size", "itemsize", "strides", "released", "readonly", "is_contiguous",
  "data_ptr", "release", "numpy", "tolist", "item", "astype", "copy", "contiguous", "T", "mT",
  "device", "nbytes", "fill",
  // autograd members
  "attach_grad", "requires_grad", "grad", "zero_grad", "detach", "backward",
];

const reserved: ReadonlySet<string> = new Set(PY_RESERVED_WORDS);
const { isReserved, escape } = suffixEscaper(reserved);

function stringLiteral(s: string): string {
  // JSON escapes (\", \\, \n, \uXXXX) are valid Python string escapes.
  return JSON.stringify(s);
}

function intLiteral(n: number): string {
  return finiteText(n);
}

function floatLiteral(n: number): string {
  if (Number.isNaN(n)) return 'float("nan")';
  if (n === Infinity) return 'float("inf")';
  if (n === -Infinity) return 'float("-inf")';
  return floatText(n);
}

function tuple(items: readonly string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

function literal(attr: AttrModel, value: AttrValue): string {
  switch (attr.type) {
    case "bool":
      return expectType(value, "boolean", attr) ? "True" : "False";
    case "int":
      return intLiteral(expectType(value, "number", attr));
    case "float":
      return floatLiteral(expectType(value, "number", attr));
    case "string":
    case "enum":
    case "dtype":
      return stringLiteral(expectType(value, "string", attr));
    case "int[]":
      return tuple(numberList(value, attr).map(intLiteral));
    case "float[]":
      return tuple(numberList(value, attr).map(floatLiteral));
  }
}

function escapeDoc(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"');
}

/**
 * Doctest form: ">>> " before each statement, "... " before its continuation lines. An example
 * that is already a doctest transcript (some line starts with ">>>") is kept as written, so it
 * can carry expected output lines and prose.
 */
function doctest(code: string): string[] {
  const all = lines(code);
  if (all.some((l) => l.startsWith(">>>"))) return all;
  return all.map((l) => (/^\s/.test(l) || /^[)\]}]/.test(l) ? `... ${l}` : `>>> ${l}`));
}

/** Examples one after another, a blank line between two (doctest ends expected output there). */
function examplesBody(examples: readonly string[]): string[] {
  return paragraphs(...examples.map(doctest));
}

function section(title: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : [title, "-".repeat(title.length), ...body];
}

function formatDoc(doc: DocComment, indent = ""): string {
  const params = doc.params.flatMap((p) => [
    `${p.name} : ${p.type}${p.default === undefined ? "" : `, default ${p.default}`}`,
    ...lines(p.doc).map((l) => `    ${l}`),
  ]);
  const returns = doc.returns.flatMap((r) => [
    r.name === "" ? r.type : `${r.name} : ${r.type}`,
    ...lines(r.doc).map((l) => `    ${l}`),
  ]);
  const body = paragraphs(
    lines(doc.summary),
    lines(doc.description),
    section("Parameters", params),
    section("Returns", returns),
    section("Examples", examplesBody(doc.examples)),
  ).map(escapeDoc);
  const [first = "", ...rest] = body;
  if (rest.length === 0) return `${indent}"""${first}"""`;
  return [`${indent}"""${first}`, ...rest.map((l) => (l === "" ? "" : indent + l)), `${indent}"""`].join("\n");
}

export const python: Language = {
  id: "python",
  displayName: "Python",
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
        return "bool";
      case "int":
        return "int";
      case "float":
        return "float";
      case "string":
        return "str";
      case "enum":
        return `Literal[${attr.enumValues.map(stringLiteral).join(", ")}]`;
      case "int[]":
        return "tuple[int, ...]";
      case "float[]":
        return "tuple[float, ...]";
      case "dtype":
        return "DType";
    }
  },
  inputType: (input) => (input.variadic ? "Sequence[TensorLike]" : input.optional ? "TensorLike | None" : "TensorLike"),
  returnType: (outputs) =>
    outputs.some((o) => o.variadic)
      ? "list[Tensor]"
      : outputs.length === 1
        ? "Tensor"
        : `tuple[${outputs.map(() => "Tensor").join(", ")}]`,
  literal: (attr, value) => literal(attr, value),
  defaultLiteral: (attr: AttrModel, op: OpModel) => literal(attr, defaultOf(attr, op)),
  formatDoc,
};
