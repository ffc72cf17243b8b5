// Renders a registry example as R code for an Rd \examples section:
//
//   # rows of a matrix
//   x <- as_tensor(array(c(1, 2, 3, 4, 5, 6), dim = c(3L, 2L)), dtype = "float32")
//   y <- tsr_sum(x, axes = 1L)
//   print(y)
//   # expected y: float32 array(c(6, 15), dim = 2L)
//
// Registry examples are row-major. Each tensor is handed to R the way the binding hands R arrays
// to the engine: the same element order with the dimensions reversed (an engine [2, 3] tensor is
// an R 3 x 2 array), so attribute values are translated with their meaning tags
// (rConventionValue) against the rank of the first input (of the result for R_RESULT_AXES),
// operators in R_REVERSED_OPERANDS take their first two inputs in the other order (and exchange
// the attribute pairs listed there), and R_ATTR_TRANSLATIONS convert untagged attributes (einsum's
// equation). Operators R runs as a twin (R_TWIN_OPERATORS: triu, tril) work on matrices as R shows
// them, so their examples show each engine matrix as the R matrix of the same rows and columns
// (matrix(..., byrow = TRUE)), with the engine's attribute values.

import type { AttrModel, AttrValue, ExampleModel, ExampleTensor, OpModel } from "../model";
import { r, rConventionValue, R_ATTR_TRANSLATIONS, R_RESULT_AXES, R_REVERSED_OPERANDS, R_TWIN_OPERATORS } from "../lang/r";

function value(n: number, dtype: string): string {
  if (dtype === "bool") return n !== 0 ? "TRUE" : "FALSE";
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Inf";
  if (n === -Infinity) return "-Inf";
  return String(n);
}

function integerVector(values: readonly number[]): string {
  const items = values.map((v) => `${v}L`);
  return items.length === 1 ? (items[0] as string) : `c(${items.join(", ")})`;
}

/** The elements as an R vector literal: c(1, 2, 3), a bare value for one, numeric(0) for none. */
function dataVector(t: ExampleTensor): string {
  const items = t.data.map((n) => value(n, t.dtype));
  if (items.length === 0) return t.dtype === "bool" ? "logical(0)" : "numeric(0)";
  return items.length === 1 ? (items[0] as string) : `c(${items.join(", ")})`;
}

/** R's dimensions of an engine tensor: its shape reversed. */
export function rDims(t: ExampleTensor): number[] {
  return [...t.shape].reverse();
}

/** The R array holding an engine tensor's elements (no as_tensor), e.g. array(c(1, 2), dim = c(1L, 2L)). */
export function rArrayLiteral(t: ExampleTensor): string {
  if (t.shape.length === 0) return `${dataVector(t)} (a 0-d scalar)`;
  if (t.shape.length === 1) return dataVector(t);
  return `array(${dataVector(t)}, dim = ${integerVector(rDims(t))})`;
}

/**
 * The R matrix (or batch of matrices, R's first two dimensions) that shows an engine tensor's last
 * two axes as rows and columns: matrix(c(...), nrow = r, byrow = TRUE) for a matrix.
 */
export function rMatrixLiteral(t: ExampleTensor): string {
  if (t.shape.length < 2) return rArrayLiteral(t);
  const rows = t.shape[t.shape.length - 2] as number;
  if (t.shape.length === 2) return `matrix(${dataVector(t)}, nrow = ${rows}L, byrow = TRUE)`;
  const perm = [2, 1, ...t.shape.slice(2).map((_, k) => k + 3)];
  return `aperm(array(${dataVector(t)}, dim = ${integerVector(rDims(t))}), ${integerVector(perm)})`;
}

/** `as_tensor(...)` for an example tensor, in R's view of it (`matrices`: rMatrixLiteral's view). */
export function tensorLiteral(t: ExampleTensor, matrices = false): string {
  const dtype = `dtype = ${JSON.stringify(t.dtype)}`;
  if (matrices && t.shape.length >= 2) return `as_tensor(${rMatrixLiteral(t)}, ${dtype})`;
  if (t.shape.length === 0) return `as_tensor(${dataVector(t)}, ${dtype}, dim = integer(0))`;
  if (t.shape.length === 1) return `as_tensor(${dataVector(t)}, ${dtype})`;
  return `as_tensor(array(${dataVector(t)}, dim = ${integerVector(rDims(t))}), ${dtype})`;
}

/** Index attributes (starts/ends) pair with the op's axes attribute, if it has one. */
export function pairedAxes(op: OpModel): { axes: AttrModel; index: AttrModel } | undefined {
  const axes = op.attrs.find((a) => a.meaning === "axes" && a.type === "int[]");
  const index = op.attrs.find((a) => a.meaning === "index" && a.type === "int[]");
  return axes !== undefined && index !== undefined ? { axes, index } : undefined;
}

/**
 * The example's attribute values in R's convention. An empty axes list paired with index lists
 * means "the first k engine axes"; R reads an empty list as its first k dimensions, which are
 * other axes, so the example spells the engine's axes out.
 */
function rAttrs(op: OpModel, example: ExampleModel, rank: number | null, twin: boolean): Map<string, AttrValue> {
  const values = new Map<string, AttrValue>(Object.entries(example.attrs));
  const paired = pairedAxes(op);
  if (paired !== undefined) {
    const given = values.get(paired.axes.name);
    const index = values.get(paired.index.name);
    if ((given === undefined || (Array.isArray(given) && given.length === 0)) && Array.isArray(index) && index.length > 0) {
      values.set(paired.axes.name, index.map((_, k) => k));
    }
  }
  const out = new Map<string, AttrValue>();
  for (const attr of op.attrs) {
    const v = values.get(attr.name);
    if (v === undefined) continue;
    const translation = R_ATTR_TRANSLATIONS.get(`${op.name}.${attr.name}`);
    if (translation !== undefined) {
      out.set(attr.name, translation.toR(v));
    } else if (twin) {
      out.set(attr.name, v); // the matrix view keeps the engine's rows, columns and diagonal offsets
    } else {
      // Axes of the result count its new dimensions too: one per entry (axes) or one (axis).
      const added = R_RESULT_AXES.has(`${op.name}.${attr.name}`) ? (Array.isArray(v) ? v.length : 1) : 0;
      out.set(attr.name, rConventionValue(attr, v, rank === null ? null : rank + added));
    }
  }
  return out;
}

/** The R lines of one example (the caller escapes them for Rd). */
export function exampleCode(op: OpModel, example: ExampleModel): string[] {
  const lines = [`# ${example.title}`];
  const fn = r.functionName(op.name);
  const inputNames = op.inputs.map((t) => r.parameterName(t.name));
  const twin = R_TWIN_OPERATORS.has(op.name);
  const literal = (t: ExampleTensor): string => tensorLiteral(t, twin);

  // Assign the example's tensors to the engine inputs, in engine order.
  const engineArgs: (string | undefined)[] = [];
  let next = 0;
  for (const input of op.inputs) {
    if (input.variadic) {
      engineArgs.push(`list(${example.inputs.slice(next).map(literal).join(", ")})`);
      next = example.inputs.length;
    } else {
      const t = example.inputs[next++];
      engineArgs.push(t === undefined ? undefined : literal(t));
    }
  }
  // R's formals take them in R order: the first two exchanged for R_REVERSED_OPERANDS, with the
  // attribute pairs listed there.
  const [first, second] = op.inputs;
  const reversed = R_REVERSED_OPERANDS.has(op.name) && first !== undefined && second !== undefined && !first.variadic && !second.variadic;
  const rArgs = reversed ? [engineArgs[1], engineArgs[0], ...engineArgs.slice(2)] : engineArgs;
  const renamed = new Map<string, string>();
  if (reversed) {
    for (const [a, b] of R_REVERSED_OPERANDS.get(op.name) ?? []) {
      renamed.set(a, b);
      renamed.set(b, a);
    }
  }
  const callArgs: string[] = [];
  rArgs.forEach((lit, k) => {
    const name = inputNames[k] as string;
    if (lit === undefined) return;
    lines.push(`${name} <- ${lit}`);
    // An optional input after a left-out one must be named; named ones always read well.
    callArgs.push(op.inputs[k]?.optional === true ? `${name} = ${name}` : name);
  });

  const rank = first === undefined || example.inputs[0] === undefined ? null : (example.inputs[0] as ExampleTensor).shape.length;
  const attrArgs: [string, string][] = [];
  for (const [name, v] of rAttrs(op, example, rank, twin)) {
    const attr = op.attrs.find((a) => a.name === name) as AttrModel;
    const rName = renamed.get(name) ?? name;
    attrArgs.push([rName, `${r.parameterName(rName)} = ${r.literal(attr, v, op)}`]);
  }
  // In the operator's attribute order, as R's formals list them.
  const order = op.attrs.map((a) => a.name);
  attrArgs.sort((x, y) => order.indexOf(x[0]) - order.indexOf(y[0]));
  callArgs.push(...attrArgs.map(([, text]) => text));

  const show = (t: ExampleTensor): string => `${t.dtype} ${twin ? rMatrixLiteral(t) : rArrayLiteral(t)}`;
  const taken = new Set(inputNames);
  const single = op.outputs.length === 1 && op.outputs[0]?.variadic !== true;
  const outName = op.outputs.length === 1 ? r.parameterName((op.outputs[0] as { name: string }).name) : "res";
  const target = taken.has(outName) ? `${outName}_out` : outName;
  lines.push(`${target} <- ${fn}(${callArgs.join(", ")})`);
  if (single) {
    lines.push(`print(${target})`);
    const t = example.outputs[0];
    if (t !== undefined) lines.push(`# expected ${target}: ${show(t)}`);
  } else if (op.outputs[0]?.variadic === true) {
    lines.push(`print(${target})`);
    example.outputs.forEach((t, k) => lines.push(`# expected ${target}[[${k + 1}]]: ${show(t)}`));
  } else {
    op.outputs.forEach((o, k) => {
      const field = `${target}$${r.parameterName(o.name)}`;
      lines.push(`print(${field})`);
      const t = example.outputs[k];
      if (t !== undefined) lines.push(`# expected ${field}: ${show(t)}`);
    });
  }
  return lines;
}
