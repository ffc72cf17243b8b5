// Renders a registry example as runnable Julia for a docstring's # Examples block, in Julia's
// convention: each engine tensor (row-major, shape [s1, ..., sn]) becomes the Julia array that
// hands the same memory over, i.e. size (sn, ..., s1) with the data in column-major order;
// meaning-tagged attributes are translated (1-based, reversed); operands of JULIA_SWAPPED_OPERANDS
// swap. The last lines compare the result with the expected output, so the block is a check:
//
//   # rows of a matrix
//   x = Float32[1 4; 2 5; 3 6]
//   y = Tessera.sum(x; axes=(1,))
//   Array(y) == Float32[6, 15]

import type { ExampleModel, ExampleTensor, OpModel } from "../model";
import { julia, juliaElementType, juliaLiteral, JULIA_SWAPPED_OPERANDS } from "../lang/julia";

/** One element as Julia source (the array's element type converts it). */
function element(n: number, dtype: string): string {
  if (dtype === "bool") return n !== 0 ? "1" : "0";
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Inf";
  if (n === -Infinity) return "-Inf";
  return Object.is(n, -0) ? "-0.0" : String(n);
}

/** Julia dims of an engine shape: reversed. */
export function juliaDims(shape: readonly number[]): number[] {
  return [...shape].reverse();
}

/**
 * The Julia array literal whose column-major memory is the example's row-major data:
 * `Float32[1, 2]`, `Float32[1 3; 2 4]`, `reshape(Int32[1, 2, 3, 4, 5, 6, 7, 8], 2, 2, 2)`,
 * `fill(Float32(-1))` for a 0-d tensor.
 */
export function juliaArrayLiteral(t: ExampleTensor): string {
  const T = juliaElementType(t.dtype);
  const dims = juliaDims(t.shape);
  const values = t.data.map((n) => element(n, t.dtype));
  if (dims.length === 0) return `fill(${T}(${values[0] ?? "0"}))`;
  if (dims.includes(0)) return `Array{${T}}(undef, ${dims.join(", ")})`;
  if (dims.length === 1) return `${T}[${values.join(", ")}]`;
  const [rows = 0, cols = 0] = dims;
  if (dims.length === 2 && cols >= 2) {
    // Row i of the literal holds elements i, i + rows, i + 2 rows, ... (column-major).
    const lines: string[] = [];
    for (let i = 0; i < rows; i++) {
      const row: string[] = [];
      for (let j = 0; j < cols; j++) row.push(values[i + j * rows] as string);
      lines.push(row.join(" "));
    }
    return `${T}[${lines.join("; ")}]`;
  }
  return `reshape(${T}[${values.join(", ")}], ${dims.join(", ")})`;
}

/** `Array(y) == Int32[1, 2]`, or `≈` for floating-point results. */
function check(name: string, t: ExampleTensor): string {
  const floating = t.dtype === "float32" || t.dtype === "float64";
  return `Array(${name}) ${floating ? "≈" : "=="} ${juliaArrayLiteral(t)}`;
}

/**
 * Julia code for one example of `op`. `call` is how the function is called (`Tessera.sum` or
 * `sum` when exported).
 */
export function juliaExampleCode(op: OpModel, example: ExampleModel, call: string): string {
  const lines = [`# ${example.title}`];
  const engineInputs = example.inputs;
  // Julia operands in Julia parameter order: swapped operators take the engine's inputs reversed.
  const inputs = JULIA_SWAPPED_OPERANDS.has(op.name) ? [...engineInputs].reverse() : [...engineInputs];
  const ndim = engineInputs[0]?.shape.length;
  const args: string[] = [];
  const kwargs: string[] = [];
  let next = 0;
  for (const input of op.inputs) {
    const name = julia.parameterName(input.name);
    if (input.variadic) {
      const items = inputs.slice(next).map(juliaArrayLiteral);
      next = inputs.length;
      lines.push(`${name} = [${items.join(", ")}]`);
      args.push(name);
    } else {
      const t = inputs[next++];
      if (t === undefined) continue;
      lines.push(`${name} = ${juliaArrayLiteral(t)}`);
      if (input.optional) kwargs.push(`${julia.optionName(input.name)}=${name}`);
      else args.push(name);
    }
  }
  const indexAttr = op.attrs.find((a) => a.meaning === "index");
  const indexValue = indexAttr === undefined ? undefined : example.attrs[indexAttr.name];
  for (const attr of op.attrs) {
    // An empty "axes" beside "index" lists means engine axes 0, 1, ... but Julia dimensions
    // 1, 2, ...: spell the engine default out so the example means the same in Julia.
    const spelled = attr.meaning === "axes" && indexValue !== undefined && !attr.required ? attr.default : undefined;
    const value = example.attrs[attr.name] ?? spelled;
    if (value === undefined) continue;
    const ctx = {
      ...(ndim === undefined ? {} : { ndim }),
      ...(attr.meaning === "axes" && Array.isArray(indexValue) ? { indexCount: indexValue.length } : {}),
    };
    const text = juliaLiteral(attr, value, ctx);
    if (attr.required) args.push(text);
    else kwargs.push(`${julia.optionName(attr.name)}=${text}`);
  }
  const argText = args.join(", ") + (kwargs.length > 0 ? `; ${kwargs.join(", ")}` : "");
  const names = op.outputs.map((t) => julia.parameterName(t.name));
  const target = names.length === 1 ? (names[0] as string) : `(${names.join(", ")})`;
  lines.push(`${target} = ${call}(${argText})`);
  example.outputs.forEach((t, k) => lines.push(check(names[k] ?? `out${k + 1}`, t)));
  return lines.join("\n");
}
