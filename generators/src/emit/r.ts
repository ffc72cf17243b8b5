// The R emitter: a pure function from the registry model to the generated files of the R package
// bindings/r/tessera/, rendered with the handlebars templates in generators/templates/r/.
//
//   R/ops.R        one function per operator (R/attrs.R and R/tensor.R hold the helpers it calls)
//   R/registry.R   the registry hash and API version checked at load, and per-operator metadata
//   man/<fn>.Rd    one help page per operator: title, description, usage, arguments, details,
//                  value and the registry's examples in R's view (so ?softmax works)
//
// NAMESPACE is hand-written: it exports every snake_case name (exportPattern), which covers the
// generated operator functions.

import { generatedFile, type GeneratedFile } from "../files";
import { nameIssues } from "../lang";
import { lines } from "../lang/language";
import { r, rdCode, rdRCode, rdText, R_ENGINE_ORDER_NOTES, R_INDEX_TENSOR_NOTE, R_MASK_PREFIX, R_REVERSED_OPERANDS } from "../lang/r";
import { ModelError, type OpModel, type Registry } from "../model";
import { loadTemplate } from "../templates";
import { exampleCode } from "./r-example";
import { rFunction, type RFunction } from "./r-function";

/** The R package's root and the folders this emitter writes. */
export const R_PACKAGE_DIR = "bindings/r/tessera";
export const R_GENERATED_DIRS: readonly string[] = [`${R_PACKAGE_DIR}/R`, `${R_PACKAGE_DIR}/man`];
const EMITTER = "r";

const opsTemplate = loadTemplate("r", "ops.R.hbs");
const registryTemplate = loadTemplate("r", "registry.R.hbs");
const rdTemplate = loadTemplate("r", "op.Rd.hbs");

const str = (s: string): string => JSON.stringify(s);

function charVector(items: readonly string[]): string {
  return items.length === 0 ? "character(0)" : `c(${items.map(str).join(", ")})`;
}

function intVector(items: readonly number[]): string {
  return items.length === 0 ? "integer(0)" : `c(${items.map((n) => `${n}L`).join(", ")})`;
}

function lglVector(items: readonly boolean[]): string {
  return items.length === 0 ? "logical(0)" : `c(${items.map((b) => (b ? "TRUE" : "FALSE")).join(", ")})`;
}

function emitOps(fns: readonly RFunction[]): GeneratedFile {
  const ops = fns.map((f, k) => ({
    name: f.op.name,
    summary: lines(f.op.summary).join(" "),
    fn: f.fn,
    formals: f.formals,
    body: f.body,
    key: str(f.op.name),
    comma: k < fns.length - 1 ? "," : "",
  }));
  return generatedFile(`${R_PACKAGE_DIR}/R/ops.R`, EMITTER, opsTemplate({ ops }));
}

function emitRegistry(model: Registry, fns: readonly RFunction[]): GeneratedFile {
  const ops = fns.map((f, k) => {
    const ins = f.op.inputs;
    const engine = f.reversed ? [ins[1] as (typeof ins)[number], ins[0] as (typeof ins)[number], ...ins.slice(2)] : ins;
    const dtypes = engine.map((t) => `${str(r.parameterName(t.name))} = ${charVector(t.dtypes)}`);
    return {
      key: str(f.op.name),
      fnString: str(f.fn),
      inputs: charVector(engine.map((t) => r.parameterName(t.name))),
      inputDtypes: dtypes.length === 0 ? "list()" : `list(${dtypes.join(", ")})`,
      optional: lglVector(engine.map((t) => t.optional)),
      variadic: lglVector(engine.map((t) => t.variadic)),
      outputs: charVector(f.op.outputs.map((t) => r.parameterName(t.name))),
      variadicOutput: f.op.outputs.some((t) => t.variadic) ? "TRUE" : "FALSE",
      attrs: charVector(f.op.attrs.map((a) => a.name)),
      attrTypes: intVector(f.op.attrs.map((a) => model.attrTypes.indexOf(a.type))),
      meanings: f.op.attrs.length === 0 ? "character(0)" : `c(${f.op.attrs.map((a) => (a.meaning === null ? "NA" : str(a.meaning))).join(", ")})`,
      reversed: f.reversed ? "TRUE" : "FALSE",
      attrSources:
        f.attrSources.size === 0
          ? "character(0)"
          : `c(${f.op.attrs.filter((a) => f.attrSources.has(a.name)).map((a) => `${a.name} = ${str(f.attrSources.get(a.name) as string)}`).join(", ")})`,
      engineOp: str(f.engineOp),
      negated: charVector(f.negated),
      resultAxes: charVector(f.resultAxes),
      comma: k < fns.length - 1 ? "," : "",
    };
  });
  const view = {
    hash: str(model.hash),
    apiVersion: model.apiVersion,
    dtypes: model.dtypes.map(str).join(", "),
    attrTypes: model.attrTypes.map(str).join(", "),
    ops,
  };
  return generatedFile(`${R_PACKAGE_DIR}/R/registry.R`, EMITTER, registryTemplate(view));
}

/** "\code{fn(x, axis = 1L)}" wrapped in usage lines no longer than ~90 characters. */
function usage(f: RFunction): string {
  const head = `${f.fn}(`;
  const parts = f.formals === "" ? [] : f.formals.split(", ");
  const out: string[] = [];
  let line = head;
  parts.forEach((p, k) => {
    const piece = `${p}${k < parts.length - 1 ? "," : ")"}`;
    if (line !== head && line.length + 1 + piece.length > 90) {
      out.push(line);
      line = `${" ".repeat(head.length)}${piece}`;
    } else {
      line = line === head ? `${line}${piece}` : `${line} ${piece}`;
    }
  });
  if (parts.length === 0) line += ")";
  out.push(line);
  return rdRCode(out.join("\n"));
}

function details(f: RFunction): string[] {
  const { op } = f;
  const out: string[] = [];
  if (lines(op.doc).length > 0) out.push(rdText(lines(op.doc).join(" ")));
  if (f.reversed) {
    const [a, b] = op.inputs.map((t) => r.parameterName(t.name));
    const swaps = R_REVERSED_OPERANDS.get(op.name) ?? [];
    const swapped = swaps.map(([x, y]) => ` and its ${rdCode(x)} and ${rdCode(y)} exchanged`).join("");
    out.push(
      `In R, ${rdCode(`${f.fn}(${a}, ${b})`)} multiplies on R's dimensions, like ${rdCode(`${a} %*% ${b}`)}: ` +
        "matrix dimensions come first (rows, columns) and batch dimensions after them. The engine is row-major and sees every R array " +
        `with its dimensions reversed, that is transposed, so the binding passes the inputs to it as (${b}, ${a}${op.inputs.length > 2 ? ", ..." : ""})${swapped}: ` +
        "(A B)^T = B^T A^T. Shapes in the registry text above, such as [..., n, k], are in the engine's order.",
    );
  }
  if (f.engineOp !== op.name) {
    const negated = f.negated.map((n) => ` with ${rdCode(n)} negated`).join("");
    out.push(
      `In R, ${rdCode(f.fn)} works on R's matrices as R shows them (rows, columns: the first two R dimensions, batch dimensions after them). ` +
        "The engine sees every R matrix transposed (its last two axes are R's first two dimensions in the other order), so the binding " +
        `runs the engine's ${rdCode(f.engineOp)}${negated}. The registry's row and column wording above is then true of the R matrix.`,
    );
  }
  const order = R_ENGINE_ORDER_NOTES.get(op.name);
  if (order !== undefined) out.push(rdText(order));
  if (op.inputs.some((t) => t.meaning === "index") || op.outputs.some((t) => t.meaning === "index")) {
    out.push(rdText(`Index tensors (${[...op.inputs, ...op.outputs].filter((t) => t.meaning === "index").map((t) => t.name).join(", ")}) are ${R_INDEX_TENSOR_NOTE}`));
  }
  if (op.attrs.some((a) => a.meaning !== null) || op.inputs.length > 0) {
    out.push(
      "Tensors keep R's dimensions: an R array is handed to the engine without copying, with its dimensions reversed " +
        "(the engine is row-major). Attributes that name dimensions, positions or shapes are 1-based and use R's " +
        "dimension order; the binding translates them. Where inputs broadcast against each other, R's leading dimensions line up, " +
        "like R's recycling of a vector down the columns of a matrix.",
    );
  }
  const grad = op.gradient.status === "none" ? `none (${op.gradient.reason})` : `${op.gradient.formula} (${op.gradient.status})`;
  const onnx =
    op.onnx.status === "exact"
      ? `${op.onnx.opType} (opset ${op.onnx.sinceOpset})`
      : op.onnx.status === "decomposed"
        ? `decomposed${op.onnx.opType === "" ? "" : ` into ${op.onnx.opType}`}`
        : "no equivalent";
  const note = op.onnx.note === "" ? "" : `; ${op.onnx.note}`;
  out.push(rdText(`Registry: defined in ${op.definedIn}. Gradient: ${grad}. ONNX: ${onnx}${note}.`));
  return out;
}

function value(op: OpModel): string {
  const only = op.outputs[0];
  if (op.outputs.length === 1 && only?.variadic === true) {
    return `A list of \\code{tessera_tensor}s (as many as the engine produces): ${rdText(lines(only.doc).join(" "))}`;
  }
  const index = (o: OpModel["outputs"][number]): string => (o.meaning === "index" ? ` Its values are ${rdText(R_INDEX_TENSOR_NOTE)}` : "");
  if (op.outputs.length === 1) {
    const o = op.outputs[0] as OpModel["outputs"][number];
    return `A \\code{tessera_tensor}: ${rdText(lines(o.doc).join(" "))}${index(o)}`;
  }
  const items = op.outputs.map((o) => `\\item{${r.parameterName(o.name)}}{A \\code{tessera_tensor}: ${rdText(lines(o.doc).join(" "))}${index(o)}}`);
  return ["A named list of tensors:", ...items].join("\n");
}

function emitRd(f: RFunction): GeneratedFile {
  const { op } = f;
  const aliases = [f.fn];
  if (f.fn !== op.name) aliases.push(op.name);
  const examples = op.examples.map((e) => exampleCode(op, e).join("\n")).join("\n\n");
  const masked = f.fn === `${R_MASK_PREFIX}${op.name}`;
  const description = [rdText(lines(op.summary).join(" "))];
  if (masked) {
    description.push(
      `Named ${rdCode(f.fn)} because ${rdCode(op.name)} is a function of base R (or of a package R attaches at startup) ` +
        "that a tessera function must not mask.",
    );
  }
  const view = {
    fn: f.fn,
    aliases,
    title: rdText(lines(op.summary).join(" ").replace(/\.$/, "")),
    description: description.join("\n\n"),
    usage: usage(f),
    hasArgs: f.argDocs.length > 0,
    args: f.argDocs,
    details: details(f).join("\n\n"),
    value: value(op),
    hasExamples: examples !== "",
    examples: rdRCode(examples),
  };
  return generatedFile(`${R_PACKAGE_DIR}/man/${f.fn}.Rd`, EMITTER, rdTemplate(view));
}

/**
 * Emits the generated parts of the R package for `model`. Pure: no file system access (the
 * templates are read once, when this module loads). Throws ModelError when names collide in R or
 * an attribute's meaning cannot be translated.
 */
export function emitR(model: Registry): GeneratedFile[] {
  const issues = nameIssues(model, r);
  if (issues.length > 0) throw new ModelError(issues);
  const fns = model.ops.map((op) => rFunction(op, model.dtypes, model.ops));
  return [emitOps(fns), emitRegistry(model, fns), ...fns.map(emitRd)];
}
