// The R function of one operator: its formals, the body lines that convert inputs, validate and
// translate attributes and call the engine, and the argument docs of its Rd page.
//
//   sum  ->  tsr_sum <- function(x, axes = integer(0), keepdims = FALSE) {
//              .i <- .tsr_inputs("sum", list(x = x))
//              .n <- .tsr_ndim(.i[[1L]])
//              .tsr_call("sum", .i, list(
//                .tsr_axes(axes, .n, "sum", "axes"),
//                .tsr_bool(keepdims, "sum", "keepdims")
//              ))
//            }
//
// The `.tsr_*` helpers live in the hand-written runtime (bindings/r/tessera/R/attrs.R and
// tensor.R). Attribute values reach .tsr_call in slot order, already in the engine's convention.

import { ModelError, type AttrModel, type NumericRange, type OpModel, type TensorModel } from "../model";
import { r, rConventionValue, rdCode, rdText, R_MEANING_NOTES, R_REVERSED_OPERANDS } from "../lang/r";
import { lines } from "../lang/language";
import { pairedAxes } from "./r-example";

export interface RdItem {
  readonly name: string;
  readonly doc: string;
}

export interface RFunction {
  readonly op: OpModel;
  /** The R function name (tsr_ prefixed when the plain name would mask a base R function). */
  readonly fn: string;
  /** "x, axes = integer(0), keepdims = FALSE" */
  readonly formals: string;
  /** Body lines, without the function's indentation. */
  readonly body: readonly string[];
  /** Inputs in R argument order (reversed for R_REVERSED_OPERANDS). */
  readonly rInputs: readonly TensorModel[];
  /** Attributes in R argument order: required ones first, then those with defaults. */
  readonly rAttrs: readonly AttrModel[];
  /** Rd \item entries for \arguments, in R argument order (text already Rd-escaped). */
  readonly argDocs: readonly RdItem[];
  readonly reversed: boolean;
}

function where(op: OpModel, attr: AttrModel): string {
  return `${op.definedIn}: op ${JSON.stringify(op.name)}: attrs.${attr.name}`;
}

function rangeLiteral(range: NumericRange | null): string {
  if (range === null) return "NULL";
  const n = (v: number): string => (v === Infinity ? "Inf" : v === -Infinity ? "-Inf" : String(v));
  return `c(${n(range.min)}, ${n(range.max)})`;
}

/** The default in R's convention, as an R literal. */
export function rDefault(attr: AttrModel, op: OpModel): string {
  if (attr.required) throw new Error(`${where(op, attr)}: required attributes have no default`);
  return r.literal(attr, rConventionValue(attr, attr.default, null), op);
}

/** Whether the R function needs the rank of its first input (axis, axes and perm attributes). */
function needsRank(op: OpModel): boolean {
  return op.attrs.some((a) => a.meaning === "axis" || a.meaning === "axes" || a.meaning === "perm");
}

/** The expression that validates one attribute and turns it into its engine value. */
function attrExpression(op: OpModel, attr: AttrModel, rank: string): string {
  const p = r.parameterName(attr.name);
  const tail = `${JSON.stringify(op.name)}, ${JSON.stringify(attr.name)}`;
  const meaning = attr.meaning;
  const bad = (): never => {
    throw new ModelError([`${where(op, attr)}: the R emitter cannot translate meaning "${meaning}" on a ${attr.type} attribute`]);
  };
  if (meaning === "axis" || meaning === "axes") {
    if (attr.type === "int") return `.tsr_axis(${p}, ${rank}, ${tail})`;
    if (attr.type !== "int[]") return bad();
    const paired = pairedAxes(op);
    const pairs = paired !== undefined && paired.axes === attr ? `, pairs = length(${r.parameterName(paired.index.name)})` : "";
    return `.tsr_axes(${p}, ${rank}, ${tail}${pairs})`;
  }
  if (meaning === "perm") return attr.type === "int[]" ? `.tsr_perm(${p}, ${rank}, ${tail})` : bad();
  if (meaning === "shape") return attr.type === "int[]" ? `.tsr_shape(${p}, ${tail})` : bad();
  if (meaning === "index") {
    if (attr.type === "int") return `.tsr_index(${p}, ${tail}, scalar = TRUE)`;
    return attr.type === "int[]" ? `.tsr_index(${p}, ${tail})` : bad();
  }
  if (meaning === "layout" && attr.type !== "string" && attr.type !== "enum") return bad();
  switch (attr.type) {
    case "bool":
      return `.tsr_bool(${p}, ${tail})`;
    case "int":
      return `.tsr_int(${p}, ${tail}, ${rangeLiteral(attr.range)})`;
    case "float":
      return `.tsr_float(${p}, ${tail}, ${rangeLiteral(attr.range)})`;
    case "string":
      return `.tsr_string(${p}, ${tail})`;
    case "enum":
      return `.tsr_enum(${p}, ${tail}, c(${attr.enumValues.map((v) => JSON.stringify(v)).join(", ")}))`;
    case "int[]":
      return `.tsr_ints(${p}, ${tail}, ${rangeLiteral(attr.range)})`;
    case "float[]":
      return `.tsr_floats(${p}, ${tail}, ${rangeLiteral(attr.range)})`;
    case "dtype":
      return `.tsr_dtype_arg(${p}, ${tail})`;
  }
}

const TYPE_NOTES: Readonly<Record<AttrModel["type"], string>> = {
  bool: "TRUE or FALSE.",
  int: "A whole number.",
  float: "A number.",
  string: "A character string.",
  enum: "A character string",
  "int[]": "An integer vector.",
  "float[]": "A numeric vector.",
  dtype: "A dtype name",
};

function attrDoc(op: OpModel, attr: AttrModel, dtypes: readonly string[]): string {
  const parts = [lines(attr.doc).join(" ")];
  if (attr.type === "enum") parts.push(`${TYPE_NOTES.enum}: one of ${attr.enumValues.map((v) => JSON.stringify(v)).join(", ")}.`);
  else if (attr.type === "dtype") parts.push(`${TYPE_NOTES.dtype}: one of ${dtypes.map((v) => JSON.stringify(v)).join(", ")}.`);
  else parts.push(TYPE_NOTES[attr.type]);
  if (attr.range !== null) parts.push(`Range: ${attr.range.min} to ${attr.range.max}.`);
  if (attr.meaning !== null) parts.push(R_MEANING_NOTES[attr.meaning]);
  const paired = pairedAxes(op);
  if (paired !== undefined && paired.axes === attr) {
    parts.push(`Empty means R's dimensions 1, 2, ... (one per element of ${paired.index.name}).`);
  }
  let text = rdText(parts.join(" "));
  if (attr.required) {
    text += " Required.";
  } else {
    const registry = r.literal(attr, attr.default, op);
    const ours = rDefault(attr, op);
    if (registry !== ours) text += ` The registry's default ${rdCode(registry)} (engine numbering) is ${rdCode(ours)} in R.`;
  }
  return text;
}

function inputDoc(input: TensorModel): string {
  const what = input.variadic
    ? "A list of tensors (\\code{tessera_tensor}s, or R arrays, vectors or numbers, converted by \\code{\\link{as_tensor}})."
    : "A \\code{tessera_tensor}, or an R array, vector or number (converted by \\code{\\link{as_tensor}}).";
  const optional = input.optional ? " Optional: \\code{NULL} (the default) leaves it out." : "";
  return `${rdText(lines(input.doc).join(" "))} ${what} Element types: ${rdText(input.dtypes.join(", "))}.${optional}`;
}

export function rFunction(op: OpModel, dtypes: readonly string[]): RFunction {
  const fn = r.functionName(op.name);
  const reversed = R_REVERSED_OPERANDS.has(op.name) && op.inputs.length === 2 && !op.inputs.some((t) => t.variadic);
  const rInputs = op.inputs;
  const rAttrs = [...op.attrs.filter((a) => a.required), ...op.attrs.filter((a) => !a.required)];

  const formals = [
    ...rInputs.map((t) => (t.optional ? `${r.parameterName(t.name)} = NULL` : r.parameterName(t.name))),
    ...rAttrs.map((a) => (a.required ? r.parameterName(a.name) : `${r.parameterName(a.name)} = ${rDefault(a, op)}`)),
  ].join(", ");

  const name = JSON.stringify(op.name);
  const body: string[] = [];
  for (const a of rAttrs.filter((x) => x.required)) {
    body.push(`if (missing(${r.parameterName(a.name)})) .tsr_missing(${name}, ${JSON.stringify(a.name)})`);
  }
  // Engine order: R's first argument is the engine's second input for reversed operators.
  const engineInputs = reversed ? [...rInputs].reverse() : rInputs;
  let inputs = "list()";
  if (engineInputs.length > 0) {
    const items = engineInputs.map((t) => `${r.parameterName(t.name)} = ${r.parameterName(t.name)}`).join(", ");
    body.push(`.i <- .tsr_inputs(${name}, list(${items}))`);
    inputs = ".i";
  }
  let rank = "NA_integer_";
  if (needsRank(op) && engineInputs.length > 0) {
    body.push(".n <- .tsr_ndim(.i[[1L]])");
    rank = ".n";
  }
  const attrs = op.attrs.map((a) => attrExpression(op, a, rank));
  if (attrs.length === 0) {
    body.push(`.tsr_call(${name}, ${inputs}, list())`);
  } else {
    body.push(`.tsr_call(${name}, ${inputs}, list(`, ...attrs.map((e, k) => `  ${e}${k < attrs.length - 1 ? "," : ""}`), "))");
  }

  const argDocs: RdItem[] = [
    ...rInputs.map((t) => ({ name: r.parameterName(t.name), doc: inputDoc(t) })),
    ...rAttrs.map((a) => ({ name: r.parameterName(a.name), doc: attrDoc(op, a, dtypes) })),
  ];
  return { op, fn, formals, body, rInputs, rAttrs, argDocs, reversed };
}
