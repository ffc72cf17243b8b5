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
// (rConventionValue) against the rank of the first input, and operators in R_REVERSED_OPERANDS
// take their two inputs in the other order.

import type { AttrModel, AttrValue, ExampleModel, ExampleTensor, OpModel } from "../model";
import { r, rConventionValue, R_REVERSED_OPERANDS } from "../lang/r";

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

/** `as_tensor(...)` for an example tensor, in R's view of it. */
export function tensorLiteral(t: ExampleTensor): string {
  const dtype = `dtype = ${JSON.stringify(t.dtype)}`;
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
function rAttrs(op: OpModel, example: ExampleModel, rank: number | null): Map<string, AttrValue> {
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
    if (v !== undefined) out.set(attr.name, rConventionValue(attr, v, rank));
  }
  return out;
}

/** The R lines of one example (the caller escapes them for Rd). */
export function exampleCode(op: OpModel, example: ExampleModel): string[] {
  const lines = [`# ${example.title}`];
  const fn = r.functionName(op.name);
  const inputNames = op.inputs.map((t) => r.parameterName(t.name));

  // Assign the example's tensors to the engine inputs, in engine order.
  const engineArgs: (string | undefined)[] = [];
  let next = 0;
  for (const input of op.inputs) {
    if (input.variadic) {
      engineArgs.push(`list(${example.inputs.slice(next).map(tensorLiteral).join(", ")})`);
      next = example.inputs.length;
    } else {
      const t = example.inputs[next++];
      engineArgs.push(t === undefined ? undefined : tensorLiteral(t));
    }
  }
  // R's formals take them in R order (reversed for R_REVERSED_OPERANDS).
  const reversed = R_REVERSED_OPERANDS.has(op.name) && engineArgs.length === 2;
  const rArgs = reversed ? [...engineArgs].reverse() : engineArgs;
  const callArgs: string[] = [];
  rArgs.forEach((literal, k) => {
    const name = inputNames[k] as string;
    if (literal === undefined) return;
    lines.push(`${name} <- ${literal}`);
    callArgs.push(op.inputs[k]?.optional === true ? `${name} = ${name}` : name);
  });

  const first = example.inputs[0];
  const rank = first === undefined ? null : first.shape.length;
  for (const [name, v] of rAttrs(op, example, rank)) {
    const attr = op.attrs.find((a) => a.name === name) as AttrModel;
    callArgs.push(`${r.parameterName(name)} = ${r.literal(attr, v, op)}`);
  }

  const taken = new Set(inputNames);
  const single = op.outputs.length === 1 && op.outputs[0]?.variadic !== true;
  const outName = op.outputs.length === 1 ? r.parameterName((op.outputs[0] as { name: string }).name) : "res";
  const target = taken.has(outName) ? `${outName}_out` : outName;
  lines.push(`${target} <- ${fn}(${callArgs.join(", ")})`);
  if (single) {
    lines.push(`print(${target})`);
    const t = example.outputs[0];
    if (t !== undefined) lines.push(`# expected ${target}: ${t.dtype} ${rArrayLiteral(t)}`);
  } else if (op.outputs[0]?.variadic === true) {
    lines.push(`print(${target})`);
    example.outputs.forEach((t, k) => lines.push(`# expected ${target}[[${k + 1}]]: ${t.dtype} ${rArrayLiteral(t)}`));
  } else {
    op.outputs.forEach((o, k) => {
      const field = `${target}$${r.parameterName(o.name)}`;
      lines.push(`print(${field})`);
      const t = example.outputs[k];
      if (t !== undefined) lines.push(`# expected ${field}: ${t.dtype} ${rArrayLiteral(t)}`);
    });
  }
  return lines;
}
