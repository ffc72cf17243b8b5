// The Python shape of one operator, shared by the function (ops.py / ops.pyi) and the Tensor
// method (methods.py) templates: parameters, the call into the native operator, the docstring.
//
// Parameters: the inputs, positional-only (`/`); then the required attributes (positional or
// keyword); then `*` and every other attribute as a keyword with the registry default. The
// native operator is called with every input and every attribute positionally, in slot order.

import type { AttrModel, OpModel, TensorModel } from "../model";
import type { DocComment, DocParam } from "../lang/language";
import { PY_TENSOR_MEMBERS, python as py } from "../lang/python";

export interface PyParam {
  readonly name: string;
  readonly type: string;
  /** Default value text, when the parameter has one. */
  readonly default?: string;
  /** "input", "required" (attribute) or "option" (attribute with a default). */
  readonly kind: "input" | "required" | "option";
}

export interface PySignature {
  readonly op: OpModel;
  readonly functionName: string;
  /** Module-level name of the resolved native operator: `_op_sum`. */
  readonly handle: string;
  /** Its initializer: `_op("sum", ("x",), False, ("axes", "keepdims"), (None, None))` (optional inputs end in "?"). */
  readonly handleInit: string;
  readonly params: readonly PyParam[];
  readonly returnType: string;
  /** `_op_sum(x, axes, keepdims)` */
  readonly call: string;
  readonly doc: DocComment;
  /** The Tensor method form, when the first input is one required tensor. */
  readonly method: PyMethod | undefined;
}

export interface PyMethod {
  readonly name: string;
  readonly params: readonly PyParam[];
  /** The call with `self` as the first input. */
  readonly call: string;
  readonly doc: DocComment;
}

/** Longest `def` line before the parameters go one per line. */
export const MAX_LINE = 100;

/** Python names the generated modules use in annotations; no operator may be spelled like one. */
export const PY_ANNOTATION_NAMES: readonly string[] = [
  "bool", "int", "float", "str", "tuple", "Literal", "Sequence", "Tensor", "TensorLike", "DType", "None", "annotations",
];

function rangeNote(attr: AttrModel): string | undefined {
  if (attr.range === null) return undefined;
  const text = (n: number) => (n === Infinity ? "inf" : n === -Infinity ? "-inf" : String(n));
  const interval = `[${text(attr.range.min)}, ${text(attr.range.max)}]`;
  return attr.type === "int[]" || attr.type === "float[]" ? `Each value in ${interval}.` : `Range: ${interval}.`;
}

function withNote(doc: string, note: string | undefined): string {
  return note === undefined ? doc : doc.trim() === "" ? note : `${doc.trim()} ${note}`;
}

function inputDoc(input: TensorModel): string {
  const dtypes = `Accepted dtypes: ${input.dtypes.join(", ")}.`;
  const extra = input.variadic ? `One or more tensors. ${dtypes}` : input.optional ? `Optional (None). ${dtypes}` : dtypes;
  return withNote(input.doc, extra);
}

/** Parameters in declaration order; optional inputs default to None only where Python allows. */
function parameters(op: OpModel): PyParam[] {
  const required = op.attrs.filter((a) => a.required);
  const params: PyParam[] = op.inputs.map((input, k) => {
    const laterRequired = op.inputs.slice(k + 1).some((t) => !t.optional) || required.length > 0;
    const base = { name: py.parameterName(input.name), type: py.inputType(input), kind: "input" as const };
    return input.optional && !laterRequired ? { ...base, default: "None" } : base;
  });
  for (const attr of required) params.push({ name: py.parameterName(attr.name), type: py.attrType(attr, op), kind: "required" });
  for (const attr of op.attrs.filter((a) => !a.required)) {
    params.push({ name: py.optionName(attr.name), type: py.attrType(attr, op), default: py.defaultLiteral(attr, op), kind: "option" });
  }
  return params;
}

/**
 * The parameter list: `a: TensorLike, b: TensorLike, /, *, k: int = 0`. Inputs are
 * positional-only; with `self`, it comes first (and is positional-only along with them).
 */
export function parameterList(params: readonly PyParam[], self = false): string[] {
  const text = (p: PyParam) => `${p.name}: ${p.type}${p.default === undefined ? "" : ` = ${p.default}`}`;
  const inputs = params.filter((p) => p.kind === "input");
  const required = params.filter((p) => p.kind === "required");
  const options = params.filter((p) => p.kind === "option");
  const out = [...(self ? ["self"] : []), ...inputs.map(text)];
  if (inputs.length > 0) out.push("/");
  out.push(...required.map(text));
  if (options.length > 0) out.push("*", ...options.map(text));
  return out;
}

/** `def name(params) -> ret:`, one parameter per line when too long. */
export function defLines(name: string, params: readonly string[], returnType: string, indent: string): string[] {
  const one = `${indent}def ${name}(${params.join(", ")}) -> ${returnType}:`;
  if (one.length <= MAX_LINE) return [one];
  return [`${indent}def ${name}(`, ...params.map((p) => `${indent}    ${p},`), `${indent}) -> ${returnType}:`];
}

function tupleOf(items: readonly string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

function handleInit(op: OpModel): string {
  // A trailing "?" marks an optional input (the native layer then accepts None for it).
  const inputs = tupleOf(op.inputs.map((t) => JSON.stringify(t.optional ? `${t.name}?` : t.name)));
  const variadic = op.inputs.some((t) => t.variadic) ? "True" : "False";
  const attrs = tupleOf(op.attrs.map((a) => JSON.stringify(a.name)));
  const enums = tupleOf(op.attrs.map((a) => (a.type === "enum" ? tupleOf(a.enumValues.map((v) => JSON.stringify(v))) : "None")));
  // A variadic output (a run-time count of tensors) comes back as a list.
  const many = op.outputs.some((t) => t.variadic) ? ", variadic_output=True" : "";
  return `_op(${JSON.stringify(op.name)}, ${inputs}, ${variadic}, ${attrs}, ${enums}${many})`;
}

export function hasMethodForm(op: OpModel): boolean {
  const first = op.inputs[0];
  return first !== undefined && !first.optional && !first.variadic && !PY_TENSOR_MEMBERS.includes(py.functionName(op.name));
}

export function pySignature(op: OpModel, examples: readonly string[]): PySignature {
  const params = parameters(op);
  const handle = `_op_${op.name}`;
  const inputNames = params.filter((p) => p.kind === "input").map((p) => p.name);
  const attrNames = op.attrs.map((a) => (a.required ? py.parameterName(a.name) : py.optionName(a.name)));
  const returnType = py.returnType(op.outputs);
  const fn = py.functionName(op.name);

  const docParams: DocParam[] = [
    ...op.inputs.map((t) => ({ name: py.parameterName(t.name), type: py.inputType(t), doc: inputDoc(t) })),
    // numpydoc lists parameters in the signature's order: required attributes before the others.
    ...[...op.attrs.filter((a) => a.required), ...op.attrs.filter((a) => !a.required)].map((a) => ({
      name: a.required ? py.parameterName(a.name) : py.optionName(a.name),
      type: py.attrType(a, op),
      doc: withNote(a.doc, rangeNote(a)),
      ...(a.required ? {} : { default: py.defaultLiteral(a, op) }),
    })),
  ];
  const doc: DocComment = {
    summary: op.summary,
    description: op.doc,
    params: docParams,
    returns: op.outputs.map((t) => ({ name: py.parameterName(t.name), type: t.variadic ? "list[Tensor]" : "Tensor", doc: t.doc })),
    examples,
  };

  let method: PyMethod | undefined;
  if (hasMethodForm(op)) {
    const rest = params.slice(1);
    const first = inputNames[0] as string;
    method = {
      name: fn,
      params: rest,
      call: `${handle}(${["self", ...inputNames.slice(1), ...attrNames].join(", ")})`,
      doc: {
        summary: op.summary,
        description: `Method form of :func:\`tessera.${fn}\` with this tensor as \`\`${first}\`\`.`,
        params: [],
        returns: [],
        examples: [],
      },
    };
  }

  return {
    op,
    functionName: fn,
    handle,
    handleInit: handleInit(op),
    params,
    returnType,
    call: `${handle}(${[...inputNames, ...attrNames].join(", ")})`,
    doc,
    method,
  };
}
