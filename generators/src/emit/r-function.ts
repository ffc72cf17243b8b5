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
import {
  r,
  rConventionValue,
  rdCode,
  rdText,
  R_ATTR_TRANSLATIONS,
  R_INDEX_TENSOR_NOTE,
  R_MEANING_NOTES,
  R_RESULT_AXES,
  R_REVERSED_OPERANDS,
  R_TWIN_OPERATORS,
} from "../lang/r";
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
  /** The first two inputs go to the engine in the other order (R_REVERSED_OPERANDS). */
  readonly reversed: boolean;
  /** Engine attribute -> the R argument that supplies it, where they differ (gemm's trans_a/trans_b). */
  readonly attrSources: ReadonlyMap<string, string>;
  /** The registry operator the engine runs (another one for R_TWIN_OPERATORS). */
  readonly engineOp: string;
  /** Attributes whose sign flips on the way to the engine (R_TWIN_OPERATORS). */
  readonly negated: readonly string[];
  /** Axis attributes counted in the result's dimensions (R_RESULT_AXES). */
  readonly resultAxes: readonly string[];
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

/** Whether an axis attribute names positions in the result (R_RESULT_AXES). */
export function isResultAxes(op: OpModel, attr: AttrModel): boolean {
  return R_RESULT_AXES.has(`${op.name}.${attr.name}`);
}

/**
 * The expression that validates one attribute (the R argument `source`, named like the attribute
 * but for swapped pairs) and turns it into its engine value.
 */
function attrExpression(op: OpModel, attr: AttrModel, rank: string, source: AttrModel = attr): string {
  const p = r.parameterName(source.name);
  const tail = `${JSON.stringify(op.name)}, ${JSON.stringify(source.name)}`;
  const meaning = attr.meaning;
  const translation = R_ATTR_TRANSLATIONS.get(`${op.name}.${attr.name}`);
  if (translation !== undefined) return `${translation.helper}(${p}, ${tail})`;
  if ((meaning === "axis" || meaning === "axes") && isResultAxes(op, attr) && rank !== "NA_integer_") {
    // Positions in the result: one more dimension per entry (axes) or one more (axis).
    rank = attr.type === "int[]" ? `${rank} + length(${p})` : `${rank} + 1L`;
  }
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
  if ((attr.meaning === "axis" || attr.meaning === "axes") && isResultAxes(op, attr)) {
    parts.push(
      attr.type === "int"
        ? "It counts the dimensions of the result (which has the new one), not those of the input."
        : "They count the dimensions of the result (which has the new ones), not those of the input.",
    );
  }
  const translation = R_ATTR_TRANSLATIONS.get(`${op.name}.${attr.name}`);
  if (translation !== undefined) parts.push(translation.note);
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
  const index = input.meaning === "index" ? ` Its values are ${rdText(R_INDEX_TENSOR_NOTE)}` : "";
  const optional = input.optional ? " Optional: \\code{NULL} (the default) leaves it out." : "";
  return `${rdText(lines(input.doc).join(" "))} ${what}${index} Element types: ${rdText(input.dtypes.join(", "))}.${optional}`;
}

function fail(op: OpModel, message: string): never {
  throw new ModelError([`${op.definedIn}: op ${JSON.stringify(op.name)}: ${message}`]);
}

/** Engine attribute -> R argument for the attribute pairs a reversed operator exchanges. */
function swappedAttrs(op: OpModel, reversed: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (!reversed) return out;
  for (const [a, b] of R_REVERSED_OPERANDS.get(op.name) ?? []) {
    const x = op.attrs.find((t) => t.name === a);
    const y = op.attrs.find((t) => t.name === b);
    if (x === undefined || y === undefined || x.type !== y.type || x.meaning !== y.meaning || x.required !== y.required) {
      fail(op, `the R binding exchanges attributes ${a} and ${b} with the operands, so both must exist with the same type`);
    }
    out.set(a, b);
    out.set(b, a);
  }
  return out;
}

/** The engine operator R runs for `op` and the attributes it negates (R_TWIN_OPERATORS). */
function twinOf(op: OpModel, ops: readonly OpModel[] | undefined): { engineOp: string; negated: readonly string[] } {
  const twin = R_TWIN_OPERATORS.get(op.name);
  if (twin === undefined || ops === undefined) return { engineOp: op.name, negated: [] };
  const other = ops.find((o) => o.name === twin.engineOp);
  const sig = (o: OpModel): string =>
    JSON.stringify([o.inputs.map((t) => [t.name, t.optional, t.variadic, t.dtypes]), o.attrs.map((a) => [a.name, a.type, a.meaning, a.required])]);
  if (other === undefined || sig(other) !== sig(op)) {
    fail(op, `the R binding runs it as the engine's ${twin.engineOp} (R sees matrices transposed), which must exist with the same inputs and attributes`);
  }
  for (const n of twin.negate) {
    const a = op.attrs.find((t) => t.name === n);
    if (a === undefined || a.type !== "int" || a.meaning !== null) fail(op, `the R binding negates attribute ${n}, which must be an untagged int`);
  }
  return { engineOp: twin.engineOp, negated: twin.negate };
}

/**
 * The R function of `op`. `ops` (the whole registry) lets R_TWIN_OPERATORS be checked; without it
 * (a single operator in a test) an operator is run as itself.
 */
export function rFunction(op: OpModel, dtypes: readonly string[], ops?: readonly OpModel[]): RFunction {
  const fn = r.functionName(op.name);
  const [first, second] = op.inputs;
  const reversed = R_REVERSED_OPERANDS.has(op.name) && first !== undefined && second !== undefined && !first.variadic && !second.variadic;
  const attrSources = swappedAttrs(op, reversed);
  const { engineOp, negated } = twinOf(op, ops);
  const resultAxes = op.attrs.filter((a) => (a.meaning === "axis" || a.meaning === "axes") && isResultAxes(op, a)).map((a) => a.name);
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
  const engineInputs = reversed ? [op.inputs[1] as TensorModel, op.inputs[0] as TensorModel, ...op.inputs.slice(2)] : rInputs;
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
  const attrs = op.attrs.map((a) => {
    const source = op.attrs.find((t) => t.name === (attrSources.get(a.name) ?? a.name)) as AttrModel;
    const e = attrExpression(op, a, rank, source);
    return negated.includes(a.name) ? `-${e}` : e;
  });
  // A twin's handle is the engine operator's (resolved at load from the metadata's engine_op);
  // .tsr_call keeps the R operator's name for messages.
  if (engineOp !== op.name) body.push(`# runs the engine's ${engineOp}, which sees R's matrices transposed`);
  const call = name;
  if (attrs.length === 0) {
    body.push(`.tsr_call(${call}, ${inputs}, list())`);
  } else {
    body.push(`.tsr_call(${call}, ${inputs}, list(`, ...attrs.map((e, k) => `  ${e}${k < attrs.length - 1 ? "," : ""}`), "))");
  }

  const argDocs: RdItem[] = [
    ...rInputs.map((t) => ({ name: r.parameterName(t.name), doc: inputDoc(t) })),
    ...rAttrs.map((a) => ({ name: r.parameterName(a.name), doc: attrDoc(op, a, dtypes) })),
  ];
  return { op, fn, formals, body, rInputs, rAttrs, argDocs, reversed, attrSources, engineOp, negated, resultAxes };
}
