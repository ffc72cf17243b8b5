// The Python emitter: a pure function from the registry model to the generated modules of
// bindings/python/src/tessera/_generated/, rendered through the handlebars templates in
// generators/templates/python/.
//
//   registry.py   API_VERSION, REGISTRY_HASH, DType, DTYPES, OP_NAMES, INPUT_DTYPES (the dtypes
//                 each input accepts, which the input conversion consults)
//   ops.py        one function per operator (positional inputs, keyword attributes with the
//                 registry defaults, full type hints, numpydoc docstrings with doctest examples)
//                 and the native operator handles, resolved once at import
//   ops.pyi       the type stub of ops.py
//   methods.py    TensorMethods: the operators as tessera.Tensor methods
//   __init__.py   the package marker

import { generatedFile, REGISTRY_PATH, type GeneratedFile } from "../files";
import { nameIssues } from "../lang";
import { PY_TENSOR_MEMBERS, python as py } from "../lang/python";
import { ModelError, type OpModel, type Registry } from "../model";
import { loadTemplate } from "../templates";
import { exampleTranscript, MODULE_ALIAS } from "./python-example";
import { defLines, parameterList, pySignature, PY_ANNOTATION_NAMES, type PySignature } from "./python-signature";

/** The folder this emitter owns; nothing else lives there. */
export const PY_GENERATED_DIR = "bindings/python/src/tessera/_generated";
const EMITTER = "python";
const TARGET = "python";

function where(op: OpModel): string {
  return `${op.definedIn}: op ${JSON.stringify(op.name)}`;
}

/** Names Python cannot take as they are (beyond the per-language name rules). */
function pythonIssues(model: Registry): string[] {
  const issues = nameIssues(model, py);
  for (const op of model.ops) {
    const fn = py.functionName(op.name);
    if (PY_ANNOTATION_NAMES.includes(fn)) {
      issues.push(`${where(op)}: name: Python function "${fn}" would shadow a name the generated type hints use`);
    }
    for (const t of [...op.inputs, ...op.outputs]) {
      if (py.parameterName(t.name) === MODULE_ALIAS) {
        issues.push(`${where(op)}: ${t.name}: the name "${MODULE_ALIAS}" is the module alias of the docstring examples`);
      }
    }
    if (op.attrs.length > 32 || op.inputs.length > 32) issues.push(`${where(op)}: more than 32 inputs or attributes`);
  }
  return issues;
}

/** The typing-only imports the annotations of these signatures need (inside TYPE_CHECKING). */
function typingImports(sigs: readonly PySignature[], withOp: boolean): string[] {
  const text = sigs.map((s) => [...s.params.map((p) => p.type), s.returnType].join(" ")).join(" ");
  const out: string[] = [];
  if (/\bSequence\[/.test(text)) out.push("from collections.abc import Sequence");
  if (/\bLiteral\[/.test(text)) out.push("from typing import Literal");
  if (withOp) out.push("from .._native import Op");
  const tensorNames = ["Tensor", ...(/\bTensorLike\b/.test(text) ? ["TensorLike"] : [])];
  out.push(`from .._tensor import ${tensorNames.join(", ")}`);
  if (/\bDType\b/.test(text)) out.push("from .registry import DType");
  return out;
}

/** A Python tuple display: (), (a,), (a, b). */
function pyTuple(items: readonly string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

function render(name: string, view: object): string {
  return loadTemplate(TARGET, name)(view);
}

function emitRegistry(model: Registry): GeneratedFile {
  const path = `${PY_GENERATED_DIR}/registry.py`;
  return generatedFile(
    path,
    EMITTER,
    render("registry.py.hbs", {
      registryPath: REGISTRY_PATH,
      apiVersion: model.apiVersion,
      hash: model.hash,
      dtypeLiterals: model.dtypes.map((d) => JSON.stringify(d)).join(", "),
      opNames: model.ops.map((op) => op.name),
      inputDtypes: model.ops.map((op) => ({
        name: op.name,
        dtypes: pyTuple(op.inputs.map((t) => pyTuple(t.dtypes.map((d) => JSON.stringify(d))))),
      })),
    }),
  );
}

function emitOps(sigs: readonly PySignature[]): GeneratedFile[] {
  const ops = sigs.map((s) => ({
    functionName: s.functionName,
    handle: s.handle,
    handleInit: s.handleInit,
    returnType: s.returnType,
    defText: defLines(s.functionName, parameterList(s.params), s.returnType, "").join("\n"),
    docText: py.formatDoc(s.doc, "    "),
    call: s.call,
    stubText: (() => {
      const lines = defLines(s.functionName, parameterList(s.params), s.returnType, "");
      lines[lines.length - 1] += " ...";
      return lines.join("\n");
    })(),
  }));
  const imports = typingImports(sigs, sigs.length > 0);
  const stubImports = imports.map((l) => l);
  const py_ = generatedFile(`${PY_GENERATED_DIR}/ops.py`, EMITTER, render("ops.py.hbs", { ops, typingImports: imports }));
  const pyi = generatedFile(`${PY_GENERATED_DIR}/ops.pyi`, EMITTER, render("ops.pyi.hbs", { ops, stubImports }));
  return [py_, pyi];
}

function emitMethods(sigs: readonly PySignature[]): GeneratedFile {
  const withMethod = sigs.filter((s) => s.method !== undefined);
  const methods = withMethod.map((s) => {
    const m = s.method!;
    return {
      name: m.name,
      handle: s.handle,
      defText: defLines(m.name, parameterList(m.params, true), s.returnType, "    ").join("\n"),
      docText: py.formatDoc(m.doc, "        "),
      call: m.call,
    };
  });
  const imports = withMethod.length > 0 ? typingImports(withMethod.map((s) => ({ ...s, params: s.method!.params })), false) : [];
  return generatedFile(
    `${PY_GENERATED_DIR}/methods.py`,
    EMITTER,
    render("methods.py.hbs", {
      methods,
      typingImports: imports.length > 0 ? imports : ["pass"],
      reserved: PY_TENSOR_MEMBERS.map((m) => JSON.stringify(m)).join(", "),
    }),
  );
}

/**
 * Emits bindings/python/src/tessera/_generated/{registry.py, ops.py, ops.pyi, methods.py,
 * __init__.py} for `model`. Pure apart from reading its templates once. Throws ModelError when
 * names collide or cannot be spelled in Python.
 */
export function emitPython(model: Registry): GeneratedFile[] {
  const issues = pythonIssues(model);
  if (issues.length > 0) throw new ModelError(issues);
  const sigs = model.ops.map((op) => pySignature(op, op.examples.map((ex) => exampleTranscript(op, ex))));
  return [
    generatedFile(`${PY_GENERATED_DIR}/__init__.py`, EMITTER, render("init.py.hbs", {})),
    emitRegistry(model),
    ...emitOps(sigs),
    emitMethods(sigs),
  ];
}
