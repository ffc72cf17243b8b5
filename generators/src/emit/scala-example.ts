// Renders a registry example as a readable Scala call for a Scaladoc @example block:
//
//   // Sum over axis 1
//   val y = Ops.sum(Tensor(Array(1.0f, 2.0f, 3.0f, 4.0f), Seq(2, 2)), axes = Seq(1))
//   // y: float32 [2] = [3.0, 7.0]
//
// Inputs come first, then required attributes positionally, then the other attributes by name,
// exactly as the generated method takes them.

import type { ExampleModel, ExampleTensor, OpModel } from "../model";
import { finiteText, floatText } from "../lang/language";
import { scala } from "../lang/scala";

/** One element as a Scala literal of the dtype's JVM element type (see Tensor.apply). */
export function elementLiteral(n: number, dtype: string): string {
  switch (dtype) {
    case "float32":
      if (Number.isNaN(n)) return "Float.NaN";
      if (n === Infinity) return "Float.PositiveInfinity";
      if (n === -Infinity) return "Float.NegativeInfinity";
      return `${floatText(n)}f`;
    case "float64":
      if (Number.isNaN(n)) return "Double.NaN";
      if (n === Infinity) return "Double.PositiveInfinity";
      if (n === -Infinity) return "Double.NegativeInfinity";
      return floatText(n);
    case "int64":
      return `${finiteText(n)}L`;
    case "uint8":
      // Array[Byte] holds uint8 data; values above 127 are written as their bit pattern.
      return n > 127 ? `${finiteText(n)}.toByte` : finiteText(n);
    case "bool":
      return n !== 0 ? "true" : "false";
    default:
      return finiteText(n);
  }
}

/** `Tensor(Array(1.0f, 2.0f), Seq(2))`: the data row-major, the shape spelled out. */
export function tensorLiteral(t: ExampleTensor): string {
  const data =
    t.data.length === 0
      ? emptyArray(t.dtype)
      : `${t.dtype === "uint8" ? "Array[Byte]" : "Array"}(${t.data.map((n) => elementLiteral(n, t.dtype)).join(", ")})`;
  return `Tensor(${data}, Seq(${t.shape.join(", ")}))`;
}

function emptyArray(dtype: string): string {
  const element: Readonly<Record<string, string>> = {
    float32: "Float",
    float64: "Double",
    int32: "Int",
    int64: "Long",
    uint8: "Byte",
    bool: "Boolean",
  };
  return `Array.empty[${element[dtype] ?? "Float"}]`;
}

/** The values nested by the shape, as the output comment shows them: [[1.0, 2.0], [3.0, 4.0]]. */
export function nestedValues(t: ExampleTensor): string {
  const shown = (n: number): string => {
    if (t.dtype === "bool") return n !== 0 ? "true" : "false";
    if (Number.isNaN(n)) return "NaN";
    if (n === Infinity) return "Infinity";
    if (n === -Infinity) return "-Infinity";
    return t.dtype === "float32" || t.dtype === "float64" ? floatText(n) : finiteText(n);
  };
  let pos = 0;
  const nest = (dim: number): string => {
    if (dim === t.shape.length) return shown(t.data[pos++] ?? 0);
    const items: string[] = [];
    for (let k = 0; k < (t.shape[dim] as number); k++) items.push(nest(dim + 1));
    return `[${items.join(", ")}]`;
  };
  return nest(0);
}

export function exampleCode(op: OpModel, example: ExampleModel): string {
  const args: string[] = [];
  let next = 0;
  for (const input of op.inputs) {
    if (input.variadic) {
      args.push(`Seq(${example.inputs.slice(next).map(tensorLiteral).join(", ")})`);
      next = example.inputs.length;
    } else {
      const t = example.inputs[next++];
      if (t === undefined) break;
      args.push(input.optional ? `Some(${tensorLiteral(t)})` : tensorLiteral(t));
    }
  }
  for (const attr of op.attrs) {
    const v = example.attrs[attr.name];
    if (attr.required && v !== undefined) args.push(scala.literal(attr, v, op));
  }
  for (const attr of op.attrs) {
    const v = example.attrs[attr.name];
    if (!attr.required && v !== undefined) args.push(`${scala.parameterName(attr.name)} = ${scala.literal(attr, v, op)}`);
  }
  const names = op.outputs.map((t) => scala.parameterName(t.name));
  const target = names.length === 1 ? (names[0] as string) : `(${names.join(", ")})`;
  // A variadic output is one Seq: its elements are shown as outputs(0), outputs(1), ...
  const variadic = op.outputs.length === 1 && op.outputs[0]?.variadic === true;
  const shownName = (k: number) => (variadic ? `${target}(${k})` : (names[k] ?? `out${k}`));
  const results = example.outputs.map((t, k) => `// ${shownName(k)}: ${t.dtype} [${t.shape.join(", ")}] = ${nestedValues(t)}`);
  return [`// ${example.title}`, `val ${target} = Ops.${scala.functionName(op.name)}(${args.join(", ")})`, ...results].join("\n");
}
