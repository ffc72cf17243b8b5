// The TypeScript emitter: a pure function from the registry model to the generated files of
// bindings/typescript/src/generated/, built with ts-morph in an in-memory project.
//
//   ops.ts      one function per operator (+ XxxOptions interfaces, enum unions and tables),
//               REGISTRY_HASH, OP_NAMES and the operator handles resolved once at load time
//   methods.ts  the same operators as Tensor methods (declaration merging + prototype)
//   index.ts    re-exports both

import {
  IndentationText,
  ModuleDeclarationKind,
  NewLineKind,
  Project,
  QuoteKind,
  StructureKind,
  ts as tsc,
  VariableDeclarationKind,
  type ImportSpecifierStructure,
  type OptionalKind,
  type SourceFile,
} from "ts-morph";
import { generatedFile, type GeneratedFile } from "../files";
import { nameIssues } from "../lang";
import type { DocComment } from "../lang/language";
import { jsDocLines, jsDocPropertyLines, methodName, propertyKey, RESERVED_TENSOR_MEMBERS, enumUnion, typescript as ts } from "../lang/typescript";
import { ModelError, type Registry } from "../model";
import { exampleCode } from "./typescript-example";
import { hasMethodForm, methodParams, rangeNote, tsSignature, type TsSignature } from "./typescript-signature";

/** The folder this emitter owns; nothing else lives there. */
export const TS_GENERATED_DIR = "bindings/typescript/src/generated";
const EMITTER = "typescript";

/** Longest line before a list literal is written one item per line. */
const MAX_LINE = 100;

function newProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
}

/** Formats the file and returns it as a generated file (header first). */
function finish(file: SourceFile, path: string): GeneratedFile {
  file.formatText({
    indentSize: 2,
    tabSize: 2,
    convertTabsToSpaces: true,
    semicolons: tsc.SemicolonPreference.Insert,
    insertSpaceAfterFunctionKeywordForAnonymousFunctions: true,
    ensureNewLineAtEndOfFile: true,
  });
  return generatedFile(path, EMITTER, file.getFullText());
}

/** `["a", "b"] as const`, one item per line when long. */
function constList(items: readonly string[], prefix: number): string {
  const quoted = items.map((s) => JSON.stringify(s));
  const oneLine = `[${quoted.join(", ")}] as const`;
  if (prefix + oneLine.length + 1 <= MAX_LINE) return oneLine;
  return `[\n${quoted.map((q) => `  ${q},\n`).join("")}] as const`;
}

function docs(doc: DocComment): string[] {
  return [jsDocLines(doc).join("\n")];
}

function namedImports(names: readonly string[], typeOnly: ReadonlySet<string>): OptionalKind<ImportSpecifierStructure>[] {
  return names.map((name) => ({ name, isTypeOnly: typeOnly.has(name) }));
}

function emitOps(project: Project, model: Registry, sigs: readonly TsSignature[]): GeneratedFile {
  const path = `${TS_GENERATED_DIR}/ops.ts`;
  const file = project.createSourceFile(path);
  const ops = model.ops;

  const runtime = ["call1", "callN", "resolveOps", "enumIndex", "dtypeCode"].filter((name) => {
    if (name === "resolveOps") return true;
    if (name === "call1") return ops.some((op) => op.outputs.length === 1 && !op.outputs[0]!.variadic);
    if (name === "callN") return ops.some((op) => op.outputs.length > 1 || op.outputs[0]!.variadic);
    if (name === "enumIndex") return ops.some((op) => op.attrs.some((a) => a.type === "enum"));
    return ops.some((op) => op.attrs.some((a) => a.type === "dtype"));
  });
  file.addImportDeclaration({ moduleSpecifier: "../runtime", namedImports: runtime });
  const tensorNames = [ops.length > 0 ? "Tensor" : "", ops.some((op) => op.inputs.length > 0) ? "TensorLike" : ""].filter((n) => n !== "");
  if (tensorNames.length > 0) {
    file.addImportDeclaration({ moduleSpecifier: "../tensor", namedImports: namedImports(tensorNames, new Set(["TensorLike"])) });
  }
  if (ops.some((op) => op.attrs.some((a) => a.type === "dtype"))) {
    file.addImportDeclaration({ moduleSpecifier: "../dtype", isTypeOnly: true, namedImports: ["DType"] });
  }

  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Hash of the registry these bindings were generated from; checked against the library at load time."],
    declarations: [{ name: "REGISTRY_HASH", initializer: JSON.stringify(model.hash) }],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Registry names of every operator, in registry order."],
    declarations: [{ name: "OP_NAMES", initializer: constList(ops.map((op) => op.name), "export const OP_NAMES = ".length) }],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Operator handles by registry name, resolved once when this module loads."],
    declarations: [{ name: "OPS", initializer: "resolveOps(OP_NAMES)" }],
  });

  for (const sig of sigs) {
    const { op } = sig;
    for (const e of sig.enums) {
      file.addTypeAlias({
        isExported: true,
        name: e.typeName,
        type: enumUnion(e.attr.enumValues),
        docs: [`Values of \`${op.name}\`'s \`${e.attr.name}\` attribute.`],
      });
      const table = e.attr.enumValues.map((v, k) => `${propertyKey(v)}: ${k}`).join(", ");
      file.addVariableStatement({
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: e.tableName, initializer: `{ ${table} } as const satisfies Record<${e.typeName}, number>` }],
      });
    }
    if (sig.optionsType !== undefined) {
      file.addInterface({
        isExported: true,
        name: sig.optionsType,
        docs: [`Optional attributes of {@link ${sig.functionName}}; a key left out takes the engine's default.`],
        properties: sig.options.map((o) => ({
          name: o.key,
          type: o.type,
          hasQuestionToken: true,
          docs: [jsDocPropertyLines(o.attr.doc, rangeNote(o.attr), ts.defaultLiteral(o.attr, op)).join("\n")],
        })),
      });
    }
    file.addFunction({
      isExported: true,
      name: sig.functionName,
      docs: docs(sig.doc),
      parameters: sig.params.map((p) => ({
        name: p.name,
        type: p.type,
        hasQuestionToken: p.optional,
        ...(p.initializer === undefined ? {} : { initializer: p.initializer }),
      })),
      returnType: sig.returnType,
      statements: [sig.body],
    });
  }
  return finish(file, path);
}

function emitMethods(project: Project, sigs: readonly TsSignature[]): GeneratedFile {
  const path = `${TS_GENERATED_DIR}/methods.ts`;
  const file = project.createSourceFile(path);
  const methods = sigs.filter((s) => hasMethodForm(s.op) && !RESERVED_TENSOR_MEMBERS.includes(methodName(s.op.name)));
  const names = methods.map((s) => methodName(s.op.name));

  if (methods.length > 0) {
    const params = methods.flatMap(methodParams);
    const usesTensorLike = params.some((p) => p.type.includes("TensorLike"));
    file.addImportDeclaration({
      moduleSpecifier: "../tensor",
      namedImports: namedImports(usesTensorLike ? ["Tensor", "TensorLike"] : ["Tensor"], new Set(["TensorLike"])),
    });
    if (params.some((p) => /\bDType\b/.test(p.type))) {
      file.addImportDeclaration({ moduleSpecifier: "../dtype", isTypeOnly: true, namedImports: ["DType"] });
    }
    const opTypes = [
      ...new Set(methods.flatMap((s) => [...(s.optionsType === undefined ? [] : [s.optionsType]), ...s.enums.map((e) => e.typeName)])),
    ].filter((t) => params.some((p) => new RegExp(`\\b${t}\\b`).test(p.type)));
    if (opTypes.length > 0) file.addImportDeclaration({ moduleSpecifier: "./ops", isTypeOnly: true, namedImports: opTypes.sort() });
    file.addImportDeclaration({ moduleSpecifier: "./ops", namespaceImport: "ops" });

    file.addModule({
      name: '"../tensor"',
      hasDeclareKeyword: true,
      declarationKind: ModuleDeclarationKind.Module,
      statements: [
        {
          kind: StructureKind.Interface,
          name: "Tensor",
          methods: methods.map((s, k) => ({
            name: names[k] as string,
            docs: docs({ ...s.doc, params: s.doc.params.slice(1), examples: [] }),
            parameters: methodParams(s).map((p) => ({ name: p.name, type: p.type, hasQuestionToken: p.optional })),
            returnType: s.returnType,
          })),
        },
      ],
    });
  }
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Operators installed as Tensor methods (first input = `this`)."],
    declarations: [{ name: "METHOD_NAMES", initializer: constList(names, "export const METHOD_NAMES = ".length) }],
  });
  const installs = methods.map((s, k) => {
    const params = methodParams(s);
    const declared = params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type}`);
    const args = ["this", ...params.map((p) => p.name)].join(", ");
    return (
      `Tensor.prototype.${names[k]} = function (${["this: Tensor", ...declared].join(", ")}): ${s.returnType} {\n` +
      `  return ops.${s.functionName}(${args});\n};`
    );
  });
  if (installs.length > 0) {
    file.addStatements((writer) => {
      writer.newLine().writeLine("// Each method calls the function of the same operator with `this` as its first input.");
      for (const install of installs) writer.writeLine(install);
    });
  }
  return finish(file, path);
}

function emitIndex(project: Project): GeneratedFile {
  const path = `${TS_GENERATED_DIR}/index.ts`;
  const file = project.createSourceFile(path);
  file.addExportDeclaration({ moduleSpecifier: "./ops" });
  file.addExportDeclaration({ moduleSpecifier: "./methods" });
  return finish(file, path);
}

/**
 * Emits bindings/typescript/src/generated/{ops,methods,index}.ts for `model`. Pure: no file
 * system access. Throws ModelError when operator or parameter names collide in TypeScript.
 */
export function emitTypeScript(model: Registry): GeneratedFile[] {
  const issues = nameIssues(model, ts);
  if (issues.length > 0) throw new ModelError(issues);
  const sigs = model.ops.map((op) => {
    const example = op.examples[0];
    return tsSignature(op, example === undefined ? undefined : exampleCode(op, example));
  });
  const project = newProject();
  return [emitOps(project, model, sigs), emitMethods(project, sigs), emitIndex(project)];
}
