// The Scala emitter: a pure function from the registry model to the generated sources of the
// Scala package, rendered with the handlebars templates in generators/templates/scala/.
//
//   Ops.scala            `object Ops`: one method per operator (named and default arguments,
//                        Seq[Int]/Seq[Long]/Seq[Double] lists, enum types, Scaladoc with the
//                        registry example), plus the enum types of enum attributes; a variadic
//                        output (split) returns Seq[Tensor], several outputs a tuple
//   TensorMethods.scala  the same operators as extension methods on Tensor (`x.sum(axes = Seq(1))`),
//                        mixed into Tensor's companion so they need no import
//   OpTable.scala        REGISTRY_HASH / API version checked at load time, the operator names, and
//                        `OpTable.invoke(name, inputs, attrs)`: a by-name call that goes through the
//                        typed methods (used by tests that replay the registry examples)

import { generatedFile, type GeneratedFile } from "../files";
import { nameIssues } from "../lang";
import { scala } from "../lang/scala";
import { ModelError, type OpModel, type Registry } from "../model";
import { loadTemplate } from "../templates";
import { exampleCode } from "./scala-example";
import { hasMethodForm, hasVariadicOutput, orderedAttrs, paramList, scalaOp, type ScalaOp, type ScalaParam } from "./scala-signature";

/** The folder this emitter owns; hand-written sources live beside it, never in it. */
export const SCALA_GENERATED_DIR = "bindings/scala/src/main/scala/tessera/generated";
const EMITTER = "scala";

const opsTemplate = loadTemplate("scala", "Ops.scala.hbs");
const methodsTemplate = loadTemplate("scala", "TensorMethods.scala.hbs");
const tableTemplate = loadTemplate("scala", "OpTable.scala.hbs");

function quote(text: string): string {
  return JSON.stringify(text);
}

/** Indents every non-empty line of `text` by `indent`. */
function indented(text: string, indent: string): string {
  return text
    .split("\n")
    .map((l) => (l === "" ? l : indent + l))
    .join("\n");
}

function opsView(model: Registry, ops: readonly ScalaOp[]) {
  return {
    count: ops.length,
    enums: ops.flatMap((s) =>
      s.enums.map((e) => ({
        doc: e.doc,
        typeName: e.typeName,
        values: e.values.map((v) => ({ member: v.member, value: quote(v.value) })),
      })),
    ),
    handles: ops.map((s) => ({
      handle: s.handle,
      name: quote(s.op.name),
      inputs: s.op.inputs.map((t) => quote(t.name)).join(", "),
      attrs: s.op.attrs.map((a) => quote(a.name)).join(", "),
      variadic: String(s.op.inputs.some((t) => t.variadic)),
      outputs: s.op.outputs.length,
      variadicOutput: hasVariadicOutput(s.op),
    })),
    ops: ops.map((s) => ({
      doc: scala.formatDoc(s.doc, "  "),
      name: s.name,
      params: paramList(s.params),
      returnType: s.returnType,
      body: s.body,
    })),
    hash: model.hash,
  };
}

function methodsView(ops: readonly ScalaOp[]) {
  return {
    methods: ops
      .filter((s) => hasMethodForm(s.op))
      .map((s) => {
        const [receiver, ...rest] = s.params as [ScalaParam, ...ScalaParam[]];
        const bare = (name: string) => name.replace(/`/g, "");
        return {
          receiver: receiver.name,
          doc: scala.formatDoc(
            {
              ...s.doc,
              description: `Method form of [[Ops.${bare(s.name)}]]: \`${bare(receiver.name)}\` is the receiver.`,
              params: s.doc.params.slice(1),
              examples: [],
            },
            "    ",
          ),
          name: s.name,
          params: paramList(rest),
          returnType: s.returnType,
          args: s.params.map((p) => p.name).join(", "),
        };
      }),
  };
}

/** One `case "name" =>` of OpTable.invoke: checks the inputs and attribute names, then calls Ops. */
function dynamicCase(s: ScalaOp): string {
  const op: OpModel = s.op;
  const name = quote(op.name);
  const required = op.inputs.filter((t) => !t.optional && !t.variadic).length + (op.inputs.some((t) => t.variadic) ? 1 : 0);
  const lines = [
    `case ${name} =>`,
    `  ${op.inputs.length === 0 ? "" : "val in = "}Dynamic.inputs(${name}, inputs, required = ${required}, total = ${op.inputs.length}, variadic = ${op.inputs.some((t) => t.variadic)})`,
    `  Dynamic.known(${[name, "attrs", ...op.attrs.map((a) => quote(a.name))].join(", ")})`,
  ];
  const args = [
    ...op.inputs.map((t, k) => (t.variadic ? (k === 0 ? "in" : `in.drop(${k})`) : t.optional ? `in.lift(${k})` : `in(${k})`)),
    ...orderedAttrs(op).map((a) => {
      const type = scala.attrType(a, op);
      const where = `attrs, ${name}, ${quote(a.name)}`;
      const value = a.required ? `Dynamic.required[${type}](${where})` : `Dynamic.attr[${type}](${where}, ${scala.defaultLiteral(a, op)})`;
      return `${scala.parameterName(a.name)} = ${value}`;
    }),
  ];
  const call =
    args.length <= 2 ? `Ops.${s.name}(${args.join(", ")})` : `Ops.${s.name}(\n${args.map((a) => `    ${a}`).join(",\n")})`;
  if (hasVariadicOutput(op)) {
    lines.push(`  ${call}`);
  } else if (op.outputs.length === 1) {
    lines.push(`  Seq(${call})`);
  } else {
    lines.push(`  val r = ${call}`, `  Seq(${op.outputs.map((_, k) => `r._${k + 1}`).join(", ")})`);
  }
  return lines.join("\n");
}

function tableView(model: Registry, ops: readonly ScalaOp[]) {
  return {
    hash: quote(model.hash),
    apiVersion: model.apiVersion,
    count: ops.length,
    names: ops.map((s) => quote(s.op.name)),
    cases: ops.map((s) => indented(dynamicCase(s), "      ")),
  };
}

/**
 * Emits bindings/scala/src/main/scala/tessera/generated/{Ops,TensorMethods,OpTable}.scala for
 * `model`. Pure: no file system access (the templates are read once, by the shared loader).
 * Throws ModelError when operator or parameter names collide in Scala.
 */
export function emitScala(model: Registry): GeneratedFile[] {
  const issues = nameIssues(model, scala);
  if (issues.length > 0) throw new ModelError(issues);
  const ops = model.ops.map((op) => {
    const example = op.examples[0];
    return scalaOp(op, example === undefined ? undefined : exampleCode(op, example));
  });
  const file = (name: string, template: HandlebarsTemplateDelegate, view: object): GeneratedFile =>
    generatedFile(`${SCALA_GENERATED_DIR}/${name}`, EMITTER, template(view));
  return [
    file("Ops.scala", opsTemplate, opsView(model, ops)),
    file("TensorMethods.scala", methodsTemplate, methodsView(ops)),
    file("OpTable.scala", tableTemplate, tableView(model, ops)),
  ];
}
