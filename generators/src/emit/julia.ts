// The Julia emitter: a pure function from the registry model to the generated file of the
// Tessera.jl package, rendered with the handlebars templates in generators/templates/julia/.
//
//   bindings/julia/Tessera/src/ops.jl   one function per operator (docstring, keyword arguments
//                                        with registry defaults in Julia's convention), the Base
//                                        methods the operators back (+ - * / ^, .+ ...), and the
//                                        tables the runtime checks at load time
//
// The hand-written runtime (src/Tessera.jl) owns library loading, the Tensor type and the helpers
// the generated functions call: `_invoke1`/`_invoke_n` run an operator by number, `_axis`,
// `_axes`, `_perm`, `_shape`, `_index` translate meaning-tagged attributes from Julia's
// convention (1-based, column-major) to the engine's, `_*_attr` check a value and build its
// attribute record.

import { generatedFile, type GeneratedFile } from "../files";
import { nameIssues } from "../lang";
import type { DocParam } from "../lang/language";
import {
  julia,
  juliaBaseFunctionRef,
  juliaDefaultLiteral,
  juliaFunctionType,
  juliaMeaningNote,
  juliaString,
  juliaSymbol,
  JULIA_BASE_METHODS,
  JULIA_BASE_NAMES,
  JULIA_SWAPPED_OPERANDS,
  type JuliaBaseKind,
} from "../lang/julia";
import { ModelError, type AttrModel, type OpModel, type Registry } from "../model";
import { loadTemplate } from "../templates";
import { juliaExampleCode } from "./julia-example";

/** The Julia package this emitter writes into. */
export const JULIA_PACKAGE_DIR = "bindings/julia/Tessera";
/** The folder of the generated file (the hand-written src/Tessera.jl lives beside it). */
export const JULIA_GENERATED_DIR = `${JULIA_PACKAGE_DIR}/src`;
export const JULIA_OPS_PATH = `${JULIA_GENERATED_DIR}/ops.jl`;
const EMITTER = "julia";

/**
 * Public names of the hand-written runtime (src/Tessera.jl). An operator whose Julia function
 * name is one of these would replace it, so the emitter refuses it.
 */
export const JULIA_RUNTIME_NAMES: readonly string[] = [
  "Tensor", "TensorLike", "TesseraError", "release!", "isreleased", "engine_shape", "library_path",
  "set_library_path!", "isloaded", "load_error", "registry_json", "registered_ops", "num_threads",
  "set_num_threads!", "borrowed_count", "op_handle", "REGISTRY_HASH", "API_VERSION", "OP_NAMES",
  "OP_FUNCTIONS", "OPERANDS_SWAPPED",
  // src/model.jl
  "Model", "ModelInput", "load_model", "save", "trace", "read_tensor_proto", "onnx_bytes", "plan_stats",
];

/** Meanings that need the rank of the tensor the attribute refers to. */
const RANKED = new Set(["axis", "axes", "perm"]);

interface OpView {
  readonly doc: string;
  readonly name: string;
  readonly params: string;
  readonly rank: string;
  readonly invoke: string;
}

interface BaseView {
  readonly ref: string;
  readonly type: string;
  readonly name: string;
}

function where(op: OpModel, field = ""): string {
  return `${op.definedIn}: op ${JSON.stringify(op.name)}${field === "" ? "" : `: ${field}`}`;
}

/** The checks the generated code relies on, as ModelError lines. */
function issues(model: Registry): string[] {
  const out = nameIssues(model, julia);
  for (const op of model.ops) {
    const fn = julia.functionName(op.name);
    if (JULIA_RUNTIME_NAMES.includes(fn)) out.push(where(op, "name") + `: Julia function name "${fn}" is taken by the Tessera.jl runtime`);
    for (const attr of op.attrs) {
      if (attr.meaning !== null && RANKED.has(attr.meaning) && op.inputs.length === 0) {
        out.push(where(op, `attrs.${attr.name}.meaning`) + `: "${attr.meaning}" needs a tensor input to translate Julia dimensions, and the operator has none`);
      }
    }
    if (JULIA_SWAPPED_OPERANDS.has(op.name) && (op.inputs.length !== 2 || op.inputs.some((i) => i.variadic || i.optional))) {
      out.push(where(op, "inputs") + ": operands swap under Julia's reversed layout, which needs exactly two required inputs");
    }
  }
  return out;
}

/** Whether the function is exported (its name does not clash with Base). */
function exported(op: OpModel): boolean {
  return !JULIA_BASE_NAMES.has(julia.functionName(op.name));
}

/** How docs and examples call the function: bare when exported, else `Tessera.name`. */
function callName(op: OpModel): string {
  const fn = julia.functionName(op.name);
  return exported(op) ? fn : `Tessera.${fn}`;
}

function rangeNote(attr: AttrModel): string {
  if (attr.range === null) return "";
  const { min, max } = attr.range;
  const text = (n: number): string => (n === Infinity ? "Inf" : n === -Infinity ? "-Inf" : String(n));
  if (min === -Infinity) return `At most ${text(max)}.`;
  if (max === Infinity) return `At least ${text(min)}.`;
  return `In ${text(min)}:${text(max)}.`;
}

function attrDoc(attr: AttrModel, op: OpModel): string {
  const enumNote = attr.enumValues === null ? "" : `One of ${attr.enumValues.map(juliaSymbol).join(", ")}.`;
  return [attr.doc, enumNote, rangeNote(attr), juliaMeaningNote(attr, op)].filter((s) => s.trim() !== "").join(" ");
}

/** Parameters in Julia order: required inputs, required attributes, then keywords. */
interface Params {
  readonly positional: { readonly name: string; readonly decl: string; readonly doc: DocParam }[];
  readonly keywords: { readonly name: string; readonly decl: string; readonly doc: DocParam }[];
}

function params(op: OpModel): Params {
  const positional: Params["positional"][number][] = [];
  const keywords: Params["keywords"][number][] = [];
  for (const input of op.inputs) {
    const name = julia.parameterName(input.name);
    const type = julia.inputType(input);
    if (input.optional) {
      const decl = `${julia.optionName(input.name)}::${type}=nothing`;
      keywords.push({ name, decl, doc: { name, type, doc: input.doc, default: "nothing" } });
    } else {
      positional.push({ name, decl: `${name}::${type}`, doc: { name, type, doc: input.doc } });
    }
  }
  for (const attr of op.attrs) {
    const type = julia.attrType(attr, op);
    const doc = attrDoc(attr, op);
    if (attr.required) {
      const name = julia.parameterName(attr.name);
      positional.push({ name, decl: name, doc: { name, type, doc } });
    } else {
      const name = julia.optionName(attr.name);
      const dflt = juliaDefaultLiteral(attr, op);
      keywords.push({ name, decl: `${name}=${dflt}`, doc: { name, type, doc, default: dflt } });
    }
  }
  return { positional, keywords };
}

function signature(op: OpModel, p: Params): string {
  const typed = (d: DocParam): string => `${d.name}::${d.type}${d.default === undefined ? "" : `=${d.default}`}`;
  const pos = p.positional.map((x) => typed(x.doc)).join(", ");
  const kw = p.keywords.map((x) => typed(x.doc)).join(", ");
  return `${julia.functionName(op.name)}(${pos}${kw === "" ? "" : `; ${kw}`}) -> ${julia.returnType(op.outputs)}`;
}

/** The expression building one attribute record (Julia value -> engine value -> record). */
function attrRecord(attr: AttrModel, op: OpModel, opIndex: number): string {
  const v = attr.required ? julia.parameterName(attr.name) : julia.optionName(attr.name);
  const tail = `${opIndex}, ${juliaString(attr.name)}`;
  const slot = attr.slot;
  switch (attr.type) {
    case "bool":
      return `_bool_attr(${slot}, ${v}, ${tail})`;
    case "int":
      return attr.meaning === "axis" ? `_int_attr(${slot}, _axis(${v}, _nd, ${tail}), ${tail})` : `_int_attr(${slot}, ${v}, ${tail})`;
    case "float":
      return `_float_attr(${slot}, ${v}, ${tail})`;
    case "string":
      return `_string_attr(${slot}, ${v}, ${tail})`;
    case "enum":
      return `_enum_attr(${slot}, ${v}, (${attr.enumValues.map(juliaSymbol).join(", ")}${attr.enumValues.length === 1 ? "," : ""}), ${tail})`;
    case "dtype":
      return `_dtype_attr(${slot}, ${v}, ${tail})`;
    case "float[]":
      return `_floats_attr(${slot}, _floats(${v}, ${tail}))`;
    case "int[]": {
      const index = op.attrs.find((a) => a.meaning === "index");
      switch (attr.meaning) {
        case "axes":
          if (index !== undefined) {
            const iv = index.required ? julia.parameterName(index.name) : julia.optionName(index.name);
            return `_ints_attr(${slot}, _index_axes(${v}, _nd, ${iv}, ${tail}))`;
          }
          return `_ints_attr(${slot}, _axes(${v}, _nd, ${tail}))`;
        case "perm":
          return `_ints_attr(${slot}, _perm(${v}, _nd, ${tail}))`;
        case "shape":
          return `_ints_attr(${slot}, _shape(${v}, ${tail}))`;
        case "index":
          return `_ints_attr(${slot}, _index(${v}, ${tail}))`;
        default:
          return `_ints_attr(${slot}, _ints(${v}, ${tail}))`;
      }
    }
  }
}

function tuple(items: readonly string[]): string {
  if (items.length === 0) return "()";
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

function opView(op: OpModel, opIndex: number): OpView {
  const p = params(op);
  const fn = julia.functionName(op.name);
  const examples = op.examples.map((e) => juliaExampleCode(op, e, callName(op)));
  const swapped = JULIA_SWAPPED_OPERANDS.has(op.name);
  const notes = [
    ...(swapped
      ? [
          `Julia arrays are column-major: \`${fn}(a, b)\` is the Julia product \`a * b\` (the engine multiplies the reversed-shape views as \`(b, a)\`).`,
        ]
      : []),
    ...(exported(op) ? [] : [`Not exported (Base or a standard library has a \`${fn}\`): call it as \`Tessera.${fn}\`.`]),
  ];
  const doc = julia.formatDoc({
    signature: signature(op, p),
    summary: op.summary,
    description: [op.doc, ...notes].filter((s) => s.trim() !== "").join("\n\n"),
    params: [...p.positional, ...p.keywords].map((x) => x.doc),
    returns: op.outputs.map((o) => ({ name: julia.parameterName(o.name), type: "Tensor", doc: o.doc })),
    examples,
  });

  const engineInputs = op.inputs.map((input) => {
    const name = input.optional ? julia.optionName(input.name) : julia.parameterName(input.name);
    return input.variadic ? `_Variadic(${name})` : name;
  });
  const inputs = swapped ? [...engineInputs].reverse() : engineInputs;
  const first = op.inputs[swapped ? op.inputs.length - 1 : 0];
  const needsRank = op.attrs.some((a) => a.meaning !== null && RANKED.has(a.meaning));
  const rank =
    needsRank && first !== undefined
      ? `_nd = ${first.variadic ? "_rank_first" : "_rank"}(${first.optional ? julia.optionName(first.name) : julia.parameterName(first.name)})`
      : "";
  const records = op.attrs.map((a) => attrRecord(a, op, opIndex));
  const attrs = records.length === 0 ? "()" : `(\n${records.map((r) => `        ${r},\n`).join("")}    )`;
  const invoke =
    op.outputs.length === 1
      ? `_invoke1(${opIndex}, ${tuple(inputs)}, ${attrs})`
      : `_invoke_n(${opIndex}, ${tuple(inputs)}, ${attrs}, Val(${op.outputs.length}))`;

  const pos = p.positional.map((x) => x.decl).join(", ");
  const kw = p.keywords.map((x) => x.decl).join(", ");
  return { doc, name: fn, params: pos + (kw === "" ? "" : `; ${kw}`), rank, invoke };
}

interface BaseViews {
  readonly infix: BaseView[];
  readonly scalar: BaseView[];
  readonly scalarRight: BaseView[];
  readonly unary: BaseView[];
  readonly tensor: BaseView[];
  readonly broadcast1: BaseView[];
  readonly broadcast2: BaseView[];
  readonly broadcast3: BaseView[];
  /** The function `.^` with a literal exponent calls ("" when pow is absent). */
  readonly literalPow: string;
}

function baseViews(model: Registry): BaseViews {
  const byKind: Record<JuliaBaseKind, BaseView[]> = { infix: [], scalar: [], "scalar-right": [], unary: [], tensor: [] };
  const broadcast: Record<1 | 2 | 3, BaseView[]> = { 1: [], 2: [], 3: [] };
  let literalPow = "";
  for (const m of JULIA_BASE_METHODS) {
    const op = model.ops.find((o) => o.name === m.op);
    if (op === undefined) continue;
    const view = { ref: juliaBaseFunctionRef(m.fn), type: juliaFunctionType(m.fn), name: julia.functionName(op.name) };
    if (m.kind !== null) byKind[m.kind].push(view);
    if (m.broadcast !== 0) broadcast[m.broadcast].push(view);
    if (m.fn === "^" && m.broadcast === 2) literalPow = view.name;
  }
  return {
    infix: byKind.infix,
    scalar: byKind.scalar,
    scalarRight: byKind["scalar-right"],
    unary: byKind.unary,
    tensor: byKind.tensor,
    broadcast1: broadcast[1],
    broadcast2: broadcast[2],
    broadcast3: broadcast[3],
    literalPow,
  };
}

/** Items one per line, indented, each followed by a comma (a Julia tuple or argument list). */
function listLines(items: readonly string[]): string {
  return items.map((i) => `    ${i},`).join("\n");
}

/**
 * Emits bindings/julia/Tessera/src/ops.jl for `model`. Pure apart from reading the templates.
 * Throws ModelError when names collide in Julia or an operator cannot be expressed in Julia's
 * column-major, 1-based convention.
 */
export function emitJulia(model: Registry): GeneratedFile[] {
  const problems = issues(model);
  if (problems.length > 0) throw new ModelError(problems);

  const ops = model.ops.map((op, k) => opView(op, k + 1));
  const exportedNames = model.ops.filter(exported).map((op) => julia.functionName(op.name));
  const swapped = model.ops.filter((op) => JULIA_SWAPPED_OPERANDS.has(op.name)).map((op) => juliaString(op.name));
  const body = loadTemplate("julia", "ops.jl.hbs")({
    hash: juliaString(model.hash),
    apiVersion: model.apiVersion,
    opNames: listLines(model.ops.map((op) => juliaString(op.name))),
    swapped: tuple(swapped),
    exports: exportedNames.length === 0 ? "" : `export ${exportedNames.join(", ")}`,
    ops: ops.map((view) => loadTemplate("julia", "op.jl.hbs")(view).replace(/\s+$/, "")),
    base: loadTemplate("julia", "base.jl.hbs")(baseViews(model)).replace(/\s+$/, ""),
    functions: listLines(model.ops.map((op) => `${juliaString(op.name)} => ${julia.functionName(op.name)}`)),
  });
  return [generatedFile(JULIA_OPS_PATH, EMITTER, body)];
}
