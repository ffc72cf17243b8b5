// The Scala shape of one operator, shared by the three generated files: the method of
// `object Ops`, its extension-method form on Tensor and its case in `OpTable.invoke`.
//
// Parameters: the inputs in schema order, then the required attributes in slot order, then the
// other attributes with their registry defaults (Scala named and default arguments). The runtime
// call passes every attribute in slot order; `Attrs.set` picks the C record type from the Scala
// type of the value (a given AttrCodec), so nothing here spells a host type itself.

import type { AttrModel, OpModel, TensorModel } from "../model";
import type { DocComment, DocParam } from "../lang/language";
import { scala } from "../lang/scala";

/**
 * Members of the hand-written Tensor class (bindings/scala/src/main/scala/tessera/Tensor.scala);
 * an operator whose method name is one of them gets no extension method (the member would win).
 */
export const SCALA_TENSOR_MEMBERS: readonly string[] = [
  "close", "isClosed", "dtype", "shape", "ndim", "numel", "strides", "isContiguous", "item",
  "toArray", "toFloatArray", "toDoubleArray", "toIntArray", "toLongArray", "toByteArray", "toBooleanArray",
  "toString", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
  "eq", "ne", "synchronized", "asInstanceOf", "isInstanceOf",
];

export interface ScalaParam {
  readonly name: string;
  readonly type: string;
  /** Default literal, for attributes that have one (and `None` for optional inputs). */
  readonly default: string | undefined;
}

export interface ScalaEnum {
  readonly typeName: string;
  readonly attr: AttrModel;
  /** Member name and registry value, in the registry's order (ordinal = C enum index). */
  readonly values: readonly { readonly member: string; readonly value: string }[];
  readonly doc: string;
}

export interface ScalaOp {
  readonly op: OpModel;
  /** Method name in `object Ops` (escaped when reserved). */
  readonly name: string;
  /** The private OpRef value holding the resolved operator. */
  readonly handle: string;
  readonly params: readonly ScalaParam[];
  readonly returnType: string;
  /** The method body (an expression). */
  readonly body: string;
  readonly doc: DocComment;
  readonly enums: readonly ScalaEnum[];
}

function withNote(doc: string, note: string | undefined): string {
  if (note === undefined) return doc;
  const text = doc.trim();
  return text === "" ? note : `${text}${/[.!?]$/.test(text) ? "" : "."} ${note}`;
}

/** "Range: [1, 10]." / "Each value in [0, 10]." for ranged attributes. */
export function rangeNote(attr: AttrModel): string | undefined {
  if (attr.range === null) return undefined;
  const text = (n: number) => (n === Infinity ? "inf" : n === -Infinity ? "-inf" : String(n));
  const interval = `[${text(attr.range.min)}, ${text(attr.range.max)}]`;
  return attr.type === "int[]" || attr.type === "float[]" ? `Each value in ${interval}.` : `Range: ${interval}.`;
}

function inputDoc(input: TensorModel): string {
  const extra = input.variadic ? "One or more tensors." : input.optional ? "Optional." : undefined;
  return withNote(input.doc, extra);
}

/** Parameters in call order: inputs, required attributes, attributes with defaults. */
export function orderedAttrs(op: OpModel): AttrModel[] {
  return [...op.attrs.filter((a) => a.required), ...op.attrs.filter((a) => !a.required)];
}

function params(op: OpModel): ScalaParam[] {
  return [
    ...op.inputs.map((t) => ({
      name: scala.parameterName(t.name),
      type: scala.inputType(t),
      default: t.optional && !t.variadic ? "None" : undefined,
    })),
    ...orderedAttrs(op).map((a) => ({
      name: scala.parameterName(a.name),
      type: scala.attrType(a, op),
      default: a.required ? undefined : scala.defaultLiteral(a, op),
    })),
  ];
}

export function paramList(ps: readonly ScalaParam[]): string {
  return ps.map((p) => `${p.name}: ${p.type}${p.default === undefined ? "" : ` = ${p.default}`}`).join(", ");
}

/** The Array[Tensor] of inputs handed to the runtime (absent optional inputs are null). */
function inputsExpression(op: OpModel): string {
  if (op.inputs.length === 0) return "Runtime.NoInputs";
  const fixed = op.inputs.filter((t) => !t.variadic).map((t) => (t.optional ? `${scala.parameterName(t.name)}.orNull` : scala.parameterName(t.name)));
  const variadic = op.inputs.find((t) => t.variadic);
  if (variadic === undefined) return `Array(${fixed.join(", ")})`;
  const rest = scala.parameterName(variadic.name);
  return fixed.length === 0 ? `${rest}.toArray` : `Array(${fixed.join(", ")}) ++ ${rest}`;
}

function attrsExpression(op: OpModel): string {
  if (op.attrs.length === 0) return "Attrs.Empty";
  return `Attrs(${op.attrs.length})${op.attrs.map((a) => `.set(${a.slot}, ${scala.parameterName(a.name)})`).join("")}`;
}

/** True when the operator's only output is variadic (split): its count is known at run time. */
export function hasVariadicOutput(op: OpModel): boolean {
  return op.outputs.length === 1 && op.outputs[0]?.variadic === true;
}

function body(op: OpModel, handle: string): string {
  const args = `${handle}, ${inputsExpression(op)}, ${attrsExpression(op)}`;
  if (hasVariadicOutput(op)) return `Runtime.callVariadic(${args})`;
  if (op.outputs.length === 1) return `Runtime.call1(${args})`;
  const parts = op.outputs.map((_, k) => `r(${k})`).join(", ");
  return `{ val r = Runtime.callN(${args}); (${parts}) }`;
}

function enums(op: OpModel): ScalaEnum[] {
  return op.attrs.flatMap((a) => {
    if (a.type !== "enum") return [];
    const typeName = scala.enumTypeName(op, a);
    return [
      {
        typeName,
        attr: a,
        values: a.enumValues.map((value) => ({ member: scala.literal(a, value, op).slice(typeName.length + 1), value })),
        doc: scala.formatDoc({
          summary: `Values of the \`${a.name}\` attribute of \`${op.name}\` (${scala.functionName(op.name)}).`,
          description: withNote(a.doc, `Registry values: ${a.enumValues.map((v) => `"${v}"`).join(", ")}.`),
          params: [],
          returns: [],
          examples: [],
        }),
      },
    ];
  });
}

export function scalaOp(op: OpModel, example: string | undefined): ScalaOp {
  const handle = scala.typeName(op.name, "op");
  const docParams: DocParam[] = [
    ...op.inputs.map((t) => ({ name: scala.parameterName(t.name), type: scala.inputType(t), doc: inputDoc(t) })),
    ...orderedAttrs(op).map((a) => {
      const p = { name: scala.parameterName(a.name), type: scala.attrType(a, op), doc: withNote(a.doc, rangeNote(a)) };
      return a.required ? p : { ...p, default: scala.defaultLiteral(a, op) };
    }),
  ];
  return {
    op,
    name: scala.functionName(op.name),
    handle,
    params: params(op),
    returnType: scala.returnType(op.outputs),
    body: body(op, handle),
    doc: {
      summary: op.summary,
      description: op.doc,
      params: docParams,
      returns: op.outputs.map((t) => ({
        name: scala.parameterName(t.name),
        type: t.variadic ? "Seq[Tensor]" : "Tensor",
        doc: t.variadic ? withNote(t.doc, "Returned as a Seq whose length is decided at run time.") : t.doc,
      })),
      examples: example === undefined ? [] : [example],
    },
    enums: enums(op),
  };
}

/** True when `x.op(...)` reads naturally: the first input is one required tensor. */
export function hasMethodForm(op: OpModel): boolean {
  const first = op.inputs[0];
  return first !== undefined && !first.optional && !first.variadic && !SCALA_TENSOR_MEMBERS.includes(scala.functionName(op.name));
}
