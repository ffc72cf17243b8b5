// Type-checks generated TypeScript in memory against small stubs of the hand-written runtime
// (bindings/typescript/src/{runtime,tensor,dtype}.ts, mirroring its contract), with the
// strictest usual options; and, when it exists, against the real runtime (read-only).

import * as fs from "node:fs";
import * as path from "node:path";
import { Project, ts, type Diagnostic } from "ts-morph";
import type { GeneratedFile } from "../../src/files";

const SRC = "/repo/bindings/typescript/src";

export const STUBS: Readonly<Record<string, string>> = {
  "dtype.ts": `export type DType = "float32" | "float64" | "int32" | "int64" | "uint8" | "bool";\n`,
  "tensor.ts": `import type { DType } from "./dtype";
export type TensorLike = Tensor | number;
type Nested<T> = T | readonly Nested<T>[];
export class Tensor {
  readonly shape: readonly number[] = [];
  readonly dtype: DType = "float32";
  static from(data: Nested<number> | Nested<boolean>, options: { dtype?: DType; shape?: readonly number[] } = {}): Tensor {
    void data;
    void options;
    return new Tensor();
  }
  dispose(): void {}
}
`,
  "runtime.ts": `import type { DType } from "./dtype";
import type { Tensor, TensorLike } from "./tensor";
declare const opBrand: unique symbol;
export interface OpHandle { readonly [opBrand]: true }
export type AttrArg = boolean | number | string | readonly number[] | undefined;
export type CallInput = TensorLike | readonly TensorLike[] | undefined;
export declare function resolveOps<const N extends readonly string[]>(names: N): { readonly [K in N[number]]: OpHandle };
export declare function call1(op: OpHandle, inputs: readonly CallInput[], attrs: readonly AttrArg[]): Tensor;
export declare function callN(op: OpHandle, inputs: readonly CallInput[], attrs: readonly AttrArg[]): Tensor[];
export declare function enumIndex(table: Readonly<Record<string, number>>, value: string, op: string, attr: string): number;
export declare function dtypeCode(value: DType, op: string, attr: string): number;
`,
};

/** Example bodies declare results only to show them: "declared but never read" is fine there. */
const UNUSED = new Set([6133, 6196, 6198]);
function relevant(d: Diagnostic): boolean {
  const file = d.getSourceFile()?.getFilePath() ?? "";
  return !(/\/examples[^/]*\.ts$/.test(file) && UNUSED.has(d.getCode()));
}

/**
 * Diagnostics (as "file:line: message" lines) for the generated files plus `extra` files
 * (paths relative to bindings/typescript/src). [] when everything type-checks.
 */
export function typeCheck(files: readonly GeneratedFile[], extra: Readonly<Record<string, string>> = {}): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      declaration: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      noImplicitReturns: true,
      noImplicitOverride: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noPropertyAccessFromIndexSignature: true,
      lib: ["lib.es2022.d.ts"],
      types: [],
    },
  });
  for (const [name, text] of Object.entries({ ...STUBS, ...extra })) project.createSourceFile(`${SRC}/${name}`, text);
  for (const f of files) project.createSourceFile(`/repo/${f.path}`, f.content);
  return project.getPreEmitDiagnostics().filter(relevant).map((d) => {
    const file = d.getSourceFile();
    const where = file === undefined ? "" : `${file.getFilePath().replace("/repo/", "")}:${d.getLineNumber() ?? 0}: `;
    return where + ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n");
  });
}

export const REPO_ROOT = path.resolve(__dirname, "../../..");
const BINDINGS_TSCONFIG = `${REPO_ROOT}/bindings/typescript/tsconfig.json`;
const REAL_RUNTIME = `${REPO_ROOT}/bindings/typescript/src/runtime.ts`;

/** Whether the hand-written TypeScript runtime exists in this checkout. */
export function haveRealRuntime(): boolean {
  return fs.existsSync(BINDINGS_TSCONFIG) && fs.existsSync(REAL_RUNTIME);
}

/**
 * Diagnostics in the generated files (and `extra` files) when compiled inside the real
 * bindings/typescript project with its own tsconfig. The files are added in memory only;
 * nothing is written. Problems in the hand-written sources themselves are not reported.
 */
export function typeCheckWithRealRuntime(files: readonly GeneratedFile[], extra: Readonly<Record<string, string>> = {}): string[] {
  const project = new Project({ tsConfigFilePath: BINDINGS_TSCONFIG });
  const ours = new Set<string>();
  for (const f of files) ours.add(project.createSourceFile(`${REPO_ROOT}/${f.path}`, f.content, { overwrite: true }).getFilePath());
  for (const [name, text] of Object.entries(extra)) {
    ours.add(project.createSourceFile(`${REPO_ROOT}/bindings/typescript/src/${name}`, text, { overwrite: true }).getFilePath());
  }
  return project
    .getPreEmitDiagnostics()
    .filter((d) => {
      const file = d.getSourceFile();
      return file !== undefined && ours.has(file.getFilePath()) && relevant(d);
    })
    .map((d) => {
      const rel = (d.getSourceFile()?.getFilePath() ?? "").replace(`${REPO_ROOT}/`, "");
      return `${rel}:${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`;
    });
}

/**
 * The @example code blocks of a generated module, each wrapped in an exported function (so the
 * `const` names do not clash), as one module importing `names` from "./generated". Name it
 * `examples*.ts` so its unused example results are not reported.
 */
export function examplesModule(generatedOps: string, names: readonly string[]): { count: number; text: string } {
  const blocks = [...generatedOps.matchAll(/```ts\n([\s\S]*?) \* ```/g)].map((m) => (m[1] as string).replace(/^ \* /gm, ""));
  const bodies = blocks.map((code, k) => `export function example${k}(): void {\n${code}\n}`);
  const text = [`import { Tensor } from "./tensor";`, `import { ${names.join(", ")} } from "./generated";`, ...bodies].join("\n");
  return { count: blocks.length, text };
}
