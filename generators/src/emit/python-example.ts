// Renders a registry example as a doctest transcript for the numpydoc "Examples" section:
//
//   Sum over axis 1:
//
//   >>> import tessera as ts
//   >>> x = ts.tensor([[1, 2], [3, 4]], dtype="float32")
//   >>> y = ts.sum(x, axes=(1,))
//   >>> y.shape, y.dtype
//   ((2,), 'float32')
//   >>> y.tolist()
//   [3.0, 7.0]
//
// The expected lines are what Python prints for the registry's expected output. Floats are
// written with at most 6 (float32) or 12 (float64) significant digits; the doctest run uses
// pytest's NUMBER option, which compares floats to the precision written, so the transcript is
// a real check of the engine against the registry, not a copy of the engine's output.

import type { ExampleModel, ExampleTensor, OpModel } from "../model";
import { python as py } from "../lang/python";

/** The module alias the examples import tessera as. */
export const MODULE_ALIAS = "ts";

/** An input element as a Python literal. */
function inputValue(n: number, dtype: string): string {
  if (dtype === "bool") return n !== 0 ? "True" : "False";
  if (Number.isNaN(n)) return 'float("nan")';
  if (n === Infinity) return 'float("inf")';
  if (n === -Infinity) return 'float("-inf")';
  return Object.is(n, -0) ? "-0.0" : String(n);
}

/** How Python prints an element of tolist() (floats rounded to the dtype's precision). */
export function outputValue(n: number, dtype: string): string {
  if (dtype === "bool") return n !== 0 ? "True" : "False";
  if (dtype !== "float32" && dtype !== "float64") return String(n);
  if (Number.isNaN(n)) return "nan";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  const exact = Number.isInteger(n) || Math.abs(n) >= 1e6;
  const text = exact ? String(n) : String(Number(n.toPrecision(dtype === "float64" ? 12 : 6)));
  const withPoint = /[.e]/.test(text) ? text : `${text}.0`;
  return Object.is(n, -0) ? "-0.0" : withPoint;
}

/** Values nested by the shape: [[1, 2], [3, 4]]; a bare value for a 0-d tensor. */
function nested(t: ExampleTensor, value: (n: number) => string): string {
  let pos = 0;
  const nest = (dim: number): string => {
    if (dim === t.shape.length) return value(t.data[pos++] as number);
    const items: string[] = [];
    for (let k = 0; k < (t.shape[dim] as number); k++) items.push(nest(dim + 1));
    return `[${items.join(", ")}]`;
  };
  return nest(0);
}

/** A tuple literal as Python prints it: (), (3,), (2, 3). */
function tupleText(items: readonly number[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

/**
 * `ts.tensor([[1, 2], [3, 4]], dtype="float32")`; a tensor with an empty dimension after the
 * first cannot show its shape through nesting, so it is reshaped from an empty list.
 */
export function tensorLiteral(t: ExampleTensor): string {
  const literal = `${MODULE_ALIAS}.tensor(${nested(t, (n) => inputValue(n, t.dtype))}, dtype=${JSON.stringify(t.dtype)})`;
  if (t.shape.length > 1 && t.shape.includes(0)) {
    return `${MODULE_ALIAS}.reshape(${MODULE_ALIAS}.tensor([], dtype=${JSON.stringify(t.dtype)}), ${tupleText(t.shape)})`;
  }
  return literal;
}

function sentence(title: string): string {
  const t = title.trim();
  if (t === "") return "";
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.:!?]$/.test(capital) ? capital : `${capital}:`;
}

/** The transcript of one example (see the file comment). */
export function exampleTranscript(op: OpModel, example: ExampleModel): string {
  const out: string[] = [];
  const title = sentence(example.title);
  if (title !== "") out.push(title, "");
  out.push(`>>> import tessera as ${MODULE_ALIAS}`);

  const args: string[] = [];
  let next = 0;
  for (const input of op.inputs) {
    const name = py.parameterName(input.name);
    if (input.variadic) {
      const items = example.inputs.slice(next).map(tensorLiteral);
      next = example.inputs.length;
      out.push(`>>> ${name} = [${items.join(", ")}]`);
      args.push(name);
    } else {
      const t = example.inputs[next++];
      if (t === undefined) {
        args.push("None");
        continue;
      }
      out.push(`>>> ${name} = ${tensorLiteral(t)}`);
      args.push(name);
    }
  }
  while (args.length > 0 && args[args.length - 1] === "None") args.pop();
  // The signature's order: required attributes positionally (they follow the inputs, wherever
  // the registry declares them), then the others as keywords.
  const given = op.attrs.filter((a) => example.attrs[a.name] !== undefined);
  for (const attr of given.filter((a) => a.required)) args.push(py.literal(attr, example.attrs[attr.name]!, op));
  for (const attr of given.filter((a) => !a.required)) {
    args.push(`${py.optionName(attr.name)}=${py.literal(attr, example.attrs[attr.name]!, op)}`);
  }

  const names = op.outputs.map((t) => py.parameterName(t.name));
  const listed = op.outputs.some((t) => t.variadic);
  const target = names.length === 1 ? (names[0] as string) : names.join(", ");
  out.push(`>>> ${target} = ${MODULE_ALIAS}.${py.functionName(op.name)}(${args.join(", ")})`);
  if (listed) out.push(`>>> len(${target})`, String(example.outputs.length));
  example.outputs.forEach((t, k) => {
    // A variadic output is one list: its items are checked by index.
    const name = listed ? `${target}[${k}]` : (names[k] ?? `out${k}`);
    out.push(`>>> ${name}.shape, ${name}.dtype`, `(${tupleText(t.shape)}, '${t.dtype}')`);
    out.push(`>>> ${name}.tolist()`, nested(t, (n) => outputValue(n, t.dtype)));
  });
  return out.join("\n");
}
