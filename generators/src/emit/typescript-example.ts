// Renders a registry example as a readable TypeScript call for an @example block:
//
//   // Sum over axis 1
//   const y = sum(Tensor.from([[1, 2], [3, 4]], { dtype: "float32" }), { axes: [1] });
//   // y: float32 [2] = [3, 7]

import type { ExampleModel, ExampleTensor, OpModel } from "../model";
import { typescript as ts } from "../lang/typescript";

function value(n: number, dtype: string): string {
  if (dtype === "bool") return n !== 0 ? "true" : "false";
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  return String(n);
}

/** The values nested by the shape: [[1, 2], [3, 4]]; a bare value for a 0-d tensor. */
function data(t: ExampleTensor): string {
  const flat = t.data.map((n) => value(n, t.dtype));
  let pos = 0;
  const nest = (dim: number): string => {
    if (dim === t.shape.length) return flat[pos++] ?? "";
    const items: string[] = [];
    for (let k = 0; k < (t.shape[dim] as number); k++) items.push(nest(dim + 1));
    return `[${items.join(", ")}]`;
  };
  return nest(0);
}

/**
 * `Tensor.from([[1, 2], [3, 4]], { dtype: "float32" })`: nested arrays give the shape; it is
 * spelled out only when nesting cannot show it (an empty dimension after the first).
 */
export function tensorLiteral(t: ExampleTensor): string {
  const hidden = t.shape.length > 1 && t.shape.includes(0);
  const shape = hidden ? `, shape: [${t.shape.join(", ")}]` : "";
  return `Tensor.from(${data(t)}, { dtype: ${JSON.stringify(t.dtype)}${shape} })`;
}

export function exampleCode(op: OpModel, example: ExampleModel): string {
  const args: string[] = [];
  let next = 0;
  for (const input of op.inputs) {
    if (input.variadic) {
      args.push(`[${example.inputs.slice(next).map(tensorLiteral).join(", ")}]`);
      next = example.inputs.length;
    } else {
      const t = example.inputs[next++];
      args.push(t === undefined ? "undefined" : tensorLiteral(t));
    }
  }
  for (const attr of op.attrs) {
    const v = example.attrs[attr.name];
    if (attr.required && v !== undefined) args.push(ts.literal(attr, v, op));
  }
  const options = op.attrs.flatMap((attr) => {
    const v = example.attrs[attr.name];
    return !attr.required && v !== undefined ? [`${ts.optionName(attr.name)}: ${ts.literal(attr, v, op)}`] : [];
  });
  if (options.length > 0) args.push(`{ ${options.join(", ")} }`);
  else while (args[args.length - 1] === "undefined") args.pop();

  const names = op.outputs.map((t) => ts.parameterName(t.name));
  const target = names.length === 1 ? (names[0] as string) : `[${names.join(", ")}]`;
  const results = example.outputs.map((t, k) => `// ${names[k] ?? `out${k}`}: ${t.dtype} [${t.shape.join(", ")}] = ${data(t)}`);
  return [`// ${example.title}`, `const ${target} = ${ts.functionName(op.name)}(${args.join(", ")});`, ...results].join("\n");
}
