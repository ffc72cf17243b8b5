// The contract every target language implements: one module per language
// (generators/src/lang/<target>.ts) holds its naming rules, reserved words and escaping,
// doc-comment format, registry-type -> host-type mapping and literal rendering. Emitters
// (generators/src/emit/<target>.ts) use these and never spell a host name or type themselves.

import type { AttrModel, AttrValue, EnumAttr, OpModel, TensorModel } from "../model";

export const TARGET_IDS = ["typescript", "python", "scala", "r", "julia"] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** One documented parameter or result, already in the host's spelling. */
export interface DocParam {
  /** Host name ("keepdims", "options.keepDims"); "" for an unnamed result. */
  readonly name: string;
  /** Host type text ("boolean", "tuple[int, ...]"); "" when the language does not show it. */
  readonly type: string;
  readonly doc: string;
  /** Rendered default literal, when the parameter has one. */
  readonly default?: string;
}

/** A language-neutral doc comment; each language formats it its own way. */
export interface DocComment {
  /** One line. */
  readonly summary: string;
  /** Longer text, may be empty or span several lines/paragraphs. */
  readonly description: string;
  readonly params: readonly DocParam[];
  readonly returns: readonly DocParam[];
  /** Example code in the host language, one entry per example (may span lines). */
  readonly examples: readonly string[];
  /** The call signature, for languages whose docs start with it (Julia). */
  readonly signature?: string;
}

export interface Language {
  readonly id: TargetId;
  readonly displayName: string;
  /** Line-comment token for file headers ("//", "#"). */
  readonly lineComment: string;
  /** Words that cannot be used as identifiers as they are. */
  readonly reservedWords: ReadonlySet<string>;

  /** True when `identifier` must be escaped. */
  isReserved(identifier: string): boolean;
  /** The identifier, escaped when reserved (e.g. "in" -> "in_"); unchanged otherwise. */
  escape(identifier: string): string;

  /** Host function name for an operator ("log_softmax" -> "logSoftmax" / "log_softmax"). */
  functionName(opName: string): string;
  /** Host name of a positional or keyword parameter (inputs, attributes). */
  parameterName(name: string): string;
  /** Host name of an optional attribute (an options-object key or a keyword argument). */
  optionName(name: string): string;
  /** PascalCase type name from snake_case parts: ("pad", "mode") -> "PadMode". */
  typeName(...parts: string[]): string;
  /** The named type of an enum attribute ("PadMode"). */
  enumTypeName(op: OpModel, attr: EnumAttr): string;
  /** Other type names the bindings declare for an operator (TypeScript: "SumOptions"). */
  extraTypeNames?(op: OpModel): string[];

  /** Host type of an attribute. */
  attrType(attr: AttrModel, op: OpModel): string;
  /** Host type of an input (variadic -> a sequence; optional -> nullable where the host says so). */
  inputType(input: TensorModel): string;
  /** Host type of the result: one tensor, or a tuple of them. */
  returnType(outputs: readonly TensorModel[]): string;

  /** A value of the attribute's type as a host literal. */
  literal(attr: AttrModel, value: AttrValue, op: OpModel): string;
  /** The attribute's default as a host literal; throws for required attributes. */
  defaultLiteral(attr: AttrModel, op: OpModel): string;

  /** A complete doc comment (with its delimiters), each line prefixed by `indent`. */
  formatDoc(doc: DocComment, indent?: string): string;
}

/** Shared by the languages: the default of a non-required attribute, or a clear error. */
export function defaultOf(attr: AttrModel, op: OpModel): AttrValue {
  if (attr.required) {
    throw new Error(`${op.definedIn}: op "${op.name}": attrs.${attr.name}: required attributes have no default`);
  }
  return attr.default;
}

/** Builds the escape/isReserved pair for a language whose rule is "append a suffix". */
export function suffixEscaper(reserved: ReadonlySet<string>, suffix = "_") {
  return {
    isReserved: (identifier: string) => reserved.has(identifier),
    escape: (identifier: string) => (reserved.has(identifier) ? identifier + suffix : identifier),
  };
}

/** Splits text into lines, dropping trailing whitespace; "" -> []. */
export function lines(text: string): string[] {
  if (text.trim() === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/\s+$/, ""));
}

/** Joins blocks (each a list of lines) with one empty line between non-empty blocks. */
export function paragraphs(...blocks: (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    if (out.length > 0) out.push("");
    out.push(...block);
  }
  return out;
}

/** Expects a number[] (int[]/float[] values); a clear error otherwise. */
export function numberList(value: AttrValue, attr: AttrModel): readonly number[] {
  if (!Array.isArray(value)) throw new Error(`attribute "${attr.name}" (${attr.type}): expected a list, got ${JSON.stringify(value)}`);
  return value as readonly number[];
}

export function expectType<T extends "boolean" | "number" | "string">(
  value: AttrValue,
  type: T,
  attr: AttrModel,
): T extends "boolean" ? boolean : T extends "number" ? number : string {
  if (typeof value !== type) {
    throw new Error(`attribute "${attr.name}" (${attr.type}): expected a ${type}, got ${JSON.stringify(value)}`);
  }
  return value as never;
}

/** JavaScript's shortest round-trip text for a finite number ("0.5", "1e-7"). */
export function finiteText(n: number): string {
  return Object.is(n, -0) ? "-0" : String(n);
}

/** Number text that always reads as floating point ("1" -> "1.0", "1e-7" stays). */
export function floatText(n: number): string {
  const text = finiteText(n);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}
