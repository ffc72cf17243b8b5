// The TypeScript shape of one operator, shared by the function (ops.ts) and the method
// (methods.ts) emitters: parameters, the options interface, the runtime call, the docs.
//
// Parameters: the inputs in order, then the required attributes in slot order, then one
// `options` object with every other attribute. The runtime call passes ALL attributes in slot
// order (undefined = engine default), enums as indices and dtypes as codes.

import type { AttrModel, OpModel, TensorModel } from "../model";
import type { DocComment, DocParam } from "../lang/language";
import { enumTableName, optionsTypeName, typescript as ts } from "../lang/typescript";

export interface TsParam {
  readonly name: string;
  readonly type: string;
  /** Written with `?` (only when every later parameter may be left out too). */
  readonly optional: boolean;
  /** Default value text (the options object: "{}"). */
  readonly initializer?: string;
}

export interface TsOption {
  readonly attr: AttrModel;
  readonly key: string;
  readonly type: string;
}

export interface TsEnum {
  readonly attr: AttrModel & { readonly type: "enum" };
  /** Exported union type: PadMode. */
  readonly typeName: string;
  /** Value -> index table: PAD_MODE. */
  readonly tableName: string;
}

export interface TsSignature {
  readonly op: OpModel;
  readonly functionName: string;
  readonly params: readonly TsParam[];
  /** The options interface name, when the op has non-required attributes. */
  readonly optionsType: string | undefined;
  readonly options: readonly TsOption[];
  readonly enums: readonly TsEnum[];
  readonly returnType: string;
  /** The return statement of the function body. */
  readonly body: string;
  readonly doc: DocComment;
}

/** Longest body line before the attribute list is broken over several lines. */
const MAX_LINE = 100;

/** " Range: [0, 10]." / " Each value in [0, 10]." for ranged attributes. */
export function rangeNote(attr: AttrModel): string | undefined {
  if (attr.range === null) return undefined;
  const text = (n: number) => (n === Infinity ? "Infinity" : n === -Infinity ? "-Infinity" : String(n));
  const interval = `[${text(attr.range.min)}, ${text(attr.range.max)}]`;
  return attr.type === "int[]" || attr.type === "float[]" ? `Each value in ${interval}.` : `Range: ${interval}.`;
}

function withNote(doc: string, note: string | undefined): string {
  return note === undefined ? doc : doc.trim() === "" ? note : `${doc.trim()} ${note}`;
}

function inputDoc(input: TensorModel): string {
  const extra = input.variadic ? "One or more tensors." : input.optional ? "Optional." : undefined;
  return withNote(input.doc, extra);
}

/** The attribute value as passed to the runtime: enum index, dtype code, or the value itself. */
function attrArgument(op: OpModel, attr: AttrModel): string {
  const value = attr.required ? ts.parameterName(attr.name) : `options.${ts.optionName(attr.name)}`;
  const site = `${JSON.stringify(op.name)}, ${JSON.stringify(attr.name)}`;
  let converted: string;
  if (attr.type === "enum") converted = `enumIndex(${enumTableName(op, attr)}, ${value}, ${site})`;
  else if (attr.type === "dtype") converted = `dtypeCode(${value}, ${site})`;
  else return value;
  return attr.required ? converted : `${value} === undefined ? undefined : ${converted}`;
}

function inputsArgument(op: OpModel): string {
  const names = op.inputs.map((t) => ts.parameterName(t.name));
  const variadic = op.inputs.find((t) => t.variadic);
  if (variadic === undefined) return `[${names.join(", ")}]`;
  if (op.inputs.length === 1) return names[0] as string;
  return `[${names.slice(0, -1).join(", ")}, ...${names[names.length - 1]}]`;
}

function callStatement(op: OpModel, returnType: string): string {
  // A variadic output (a run-time count) returns callN's Tensor[] as it is.
  const single = op.outputs.length === 1 && !op.outputs[0]!.variadic;
  const fn = single ? "call1" : "callN";
  const cast = single || op.outputs[0]!.variadic ? "" : ` as ${returnType}`;
  const head = `return ${fn}(OPS.${op.name}, ${inputsArgument(op)}, `;
  const attrs = op.attrs.map((a) => attrArgument(op, a));
  const oneLine = `${head}[${attrs.join(", ")}])${cast};`;
  if (oneLine.length + 2 <= MAX_LINE || attrs.length === 0) return oneLine;
  return `${head}[\n${attrs.map((a) => `  ${a},\n`).join("")}])${cast};`;
}

export function tsSignature(op: OpModel, example: string | undefined): TsSignature {
  const required = op.attrs.filter((a) => a.required);
  const optional = op.attrs.filter((a) => !a.required);
  const optionsType = optional.length > 0 ? optionsTypeName(op) : undefined;

  const params: TsParam[] = [];
  op.inputs.forEach((input, k) => {
    // `?` is only allowed when every later parameter is optional too.
    const laterRequired = op.inputs.slice(k + 1).some((t) => !t.optional) || required.length > 0;
    params.push({ name: ts.parameterName(input.name), type: ts.inputType(input), optional: input.optional && !laterRequired });
  });
  for (const attr of required) params.push({ name: ts.parameterName(attr.name), type: ts.attrType(attr, op), optional: false });
  if (optionsType !== undefined) params.push({ name: "options", type: optionsType, optional: false, initializer: "{}" });

  const enums = op.attrs.flatMap((a) =>
    a.type === "enum" ? [{ attr: a, typeName: ts.enumTypeName(op, a), tableName: enumTableName(op, a) }] : [],
  );
  const options = optional.map((a) => ({ attr: a, key: ts.optionName(a.name), type: ts.attrType(a, op) }));
  const returnType = ts.returnType(op.outputs);

  const docParams: DocParam[] = [
    ...op.inputs.map((t) => ({ name: ts.parameterName(t.name), type: "", doc: inputDoc(t) })),
    ...required.map((a) => ({ name: ts.parameterName(a.name), type: "", doc: withNote(a.doc, rangeNote(a)) })),
  ];
  if (optionsType !== undefined) {
    docParams.push({ name: "options", type: "", doc: `Optional attributes (see {@link ${optionsType}}).` });
    for (const o of options) {
      docParams.push({
        name: `options.${o.key}`,
        type: "",
        doc: withNote(o.attr.doc, rangeNote(o.attr)),
        default: ts.defaultLiteral(o.attr, op),
      });
    }
  }
  const doc: DocComment = {
    summary: op.summary,
    description: op.doc,
    params: docParams,
    returns: op.outputs.map((t) => ({ name: ts.parameterName(t.name), type: "", doc: t.doc })),
    examples: example === undefined ? [] : [example],
  };

  return {
    op,
    functionName: ts.functionName(op.name),
    params,
    optionsType,
    options,
    enums,
    returnType,
    body: callStatement(op, returnType),
    doc,
  };
}

/** The method form on Tensor: every parameter after the first input, defaults made optional. */
export function methodParams(sig: TsSignature): TsParam[] {
  return sig.params.slice(1).map((p) => ({ name: p.name, type: p.type, optional: p.optional || p.initializer !== undefined }));
}

/** True when the op's first input is one required tensor, so `x.op(...)` reads naturally. */
export function hasMethodForm(op: OpModel): boolean {
  const first = op.inputs[0];
  return first !== undefined && !first.optional && !first.variadic;
}
