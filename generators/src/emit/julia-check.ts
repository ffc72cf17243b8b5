// Static checks of the Julia package, for machines without a Julia runtime (this one): every
// `.jl` file must parse with tree-sitter-julia without an error node, the docstring examples
// must parse too, every `ccall` must match its declaration in c-api/include/tessera/c_api.h
// (name, argument count, C types), Julia structs that mirror C structs must match field for
// field, and the hand-written runtime must not call, unqualified, a function that a generated
// operator function shadows (Tessera defines `sum`, `max`, `reshape`, ... with Base's names).
//
// tree-sitter and tree-sitter-julia are ordinary npm packages resolved with require(); they
// are dev dependencies of the repository. A native addon cannot be shared between the module
// sandboxes jest gives each test file, so tests call `analyzeIsolated`, which runs `analyze` in
// a child process; scripts/suites/70-julia.mjs runs the command line:
//
//   npx tsx generators/src/emit/julia-check.ts [--root .]      the package checks, counted
//   npx tsx generators/src/emit/julia-check.ts --analyze       JSON sources on stdin -> analyses

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

// ---------------------------------------------------------------------------------------------
// tree-sitter, typed as far as these checks use it

export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly isMissing: boolean;
  readonly hasError: boolean;
  readonly startPosition: { readonly row: number; readonly column: number };
  readonly namedChildren: SyntaxNode[];
  readonly children: SyntaxNode[];
  readonly parent: SyntaxNode | null;
}

interface Tree {
  readonly rootNode: SyntaxNode;
}

interface Parser {
  setLanguage(language: unknown): void;
  parse(source: string, oldTree?: Tree, options?: { bufferSize?: number }): Tree;
}

/** The npm packages the checks need (exact versions: the repository's devDependencies). */
export const TREE_SITTER_PACKAGES = ["tree-sitter@0.21.1", "tree-sitter-julia@0.23.1"] as const;

let parser: Parser | undefined;

/** Why tree-sitter-julia cannot be loaded here, or undefined when it can. */
export function treeSitterProblem(): string | undefined {
  try {
    juliaParser();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** A tree-sitter parser for Julia (loaded once). Throws a clear error when the packages are missing. */
export function juliaParser(): Parser {
  if (parser !== undefined) return parser;
  let ParserClass: new () => Parser;
  let language: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ParserClass = require("tree-sitter") as new () => Parser;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    language = require("tree-sitter-julia");
  } catch (e) {
    throw new Error(
      `tree-sitter-julia is not installed (${(e as Error).message.split("\n")[0]}); ` +
        `it comes with the repository's devDependencies ${TREE_SITTER_PACKAGES.join(", ")} (npm install)`,
    );
  }
  const p = new ParserClass();
  p.setLanguage(language);
  parser = p;
  return p;
}

export function parseJulia(source: string): SyntaxNode {
  // The native binding copies a string input through a buffer of `bufferSize` code units
  // (32 KiB by default) and rejects longer inputs with "Invalid argument": size it to the source.
  return juliaParser().parse(source, undefined, { bufferSize: source.length + 1 }).rootNode;
}

// ---------------------------------------------------------------------------------------------
// Syntax

export interface SyntaxIssue {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Error and missing nodes of a parse, outermost first (one per error region). */
export function syntaxIssues(source: string): SyntaxIssue[] {
  const out: SyntaxIssue[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === "ERROR" || node.isMissing) {
      const snippet = node.text.split("\n")[0]?.slice(0, 60) ?? "";
      const lines = node.text.split("\n").length;
      const span = lines > 1 ? ` (an error region of ${lines} lines: look for an unclosed block or bracket)` : "";
      out.push({
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        message: node.isMissing ? `missing ${node.type}` : `syntax error at ${JSON.stringify(snippet)}${span}`,
      });
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) visit(child);
  };
  visit(parseJulia(source));
  return out;
}

/** The ```julia blocks of the file's docstrings, with the line each starts on. */
export function docExamples(source: string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  const lines = source.split("\n");
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]?.trim() !== "```julia") continue;
    const start = k + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== "```") end++;
    // Docstrings escape $ and \ (they are Julia string literals); the code is the unescaped text.
    const code = lines
      .slice(start, end)
      .join("\n")
      .replace(/\\([$\\"])/g, "$1");
    out.push({ line: start + 1, code });
    k = end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Functions and docstrings

export interface JuliaFunction {
  /** The name as written: "sum", "Base.size", "Base.:+". */
  readonly name: string;
  readonly line: number;
  /** Whether a docstring (a string literal) directly precedes the definition. */
  readonly documented: boolean;
}

function callOf(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === "call_expression") return node;
  for (const child of node.namedChildren) {
    if (["where_expression", "typed_expression", "signature", "call_expression"].includes(child.type)) {
      const found = callOf(child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The function a definition node defines (`function f(...)` or `f(...) = ...`), if any. */
function definedFunction(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === "function_definition") {
    const sig = node.namedChildren.find((c) => c.type === "signature");
    return sig === undefined ? undefined : callOf(sig);
  }
  if (node.type === "assignment") {
    const lhs = node.namedChildren[0];
    if (lhs === undefined) return undefined;
    return lhs.type === "call_expression" || lhs.type === "where_expression" || lhs.type === "typed_expression" ? callOf(lhs) : undefined;
  }
  return undefined;
}

function calleeText(call: SyntaxNode): string {
  return (call.namedChildren[0]?.text ?? "").replace(/\s+/g, "");
}

/** Top-level (and module-level) function definitions of a file. */
export function juliaFunctions(source: string): JuliaFunction[] {
  const out: JuliaFunction[] = [];
  const visitBlock = (nodes: readonly SyntaxNode[]): void => {
    nodes.forEach((node, k) => {
      if (node.type === "module_definition") {
        visitBlock(node.namedChildren);
        return;
      }
      const call = definedFunction(node);
      if (call === undefined) return;
      const prev = nodes[k - 1];
      out.push({ name: calleeText(call), line: node.startPosition.row + 1, documented: prev?.type === "string_literal" });
    });
  };
  visitBlock(parseJulia(source).namedChildren);
  return out;
}

/** Names called unqualified (`f(x)`, `f.(x)`) anywhere in the file. */
export function unqualifiedCalls(source: string): Set<string> {
  const out = new Set<string>();
  const visit = (node: SyntaxNode): void => {
    if (node.type === "call_expression" || node.type === "broadcast_call_expression") {
      const callee = node.namedChildren[0];
      if (callee?.type === "identifier") out.add(callee.text);
    }
    for (const child of node.namedChildren) visit(child);
  };
  visit(parseJulia(source));
  return out;
}

// ---------------------------------------------------------------------------------------------
// ccall signatures against c_api.h

export interface CDeclaration {
  readonly name: string;
  readonly returns: string;
  readonly params: readonly string[];
}

export interface CHeader {
  readonly functions: ReadonlyMap<string, CDeclaration>;
  /** typedef enum names (passed as C int). */
  readonly enums: ReadonlySet<string>;
  /** typedef struct names without a body here (opaque handles). */
  readonly opaque: ReadonlySet<string>;
  /** typedef struct names with their fields ("type name"). */
  readonly structs: ReadonlyMap<string, readonly { readonly type: string; readonly name: string }[]>;
  /** function pointer typedefs. */
  readonly callbacks: ReadonlySet<string>;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ");
}

/** Splits a C declaration "const tsr_tensor* const* inputs" into its type and name. */
function typeAndName(decl: string): { type: string; name: string } {
  const m = /^(.*?)([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(decl.trim());
  if (m === null) return { type: decl.trim(), name: "" };
  return { type: (m[1] ?? "").trim(), name: m[2] ?? "" };
}

/** Parses the declarations of a C header (the subset c_api.h uses). */
export function parseCHeader(text: string): CHeader {
  const src = stripComments(text).replace(/^\s*#.*$/gm, " ");
  const enums = new Set<string>();
  const opaque = new Set<string>();
  const callbacks = new Set<string>();
  const structs = new Map<string, { type: string; name: string }[]>();
  const functions = new Map<string, CDeclaration>();
  for (const m of src.matchAll(/typedef\s+enum\s+\w*\s*\{[^}]*\}\s*(\w+)\s*;/g)) enums.add(m[1] as string);
  for (const m of src.matchAll(/typedef\s+struct\s+\w+\s+(\w+)\s*;/g)) opaque.add(m[1] as string);
  for (const m of src.matchAll(/typedef\s+struct\s+\w*\s*\{([^}]*)\}\s*(\w+)\s*;/g)) {
    const fields = (m[1] as string)
      .split(";")
      .map((f) => f.trim())
      .filter((f) => f !== "")
      .map(typeAndName);
    structs.set(m[2] as string, fields);
  }
  for (const m of src.matchAll(/typedef\s+[\w\s*]+\(\s*\*\s*(\w+)\s*\)\s*\([^)]*\)\s*;/g)) callbacks.add(m[1] as string);
  for (const m of src.matchAll(/TSR_API\s+([\w\s*]+?)\s*\b(\w+)\s*\(([^)]*)\)\s*;/g)) {
    const rawParams = (m[3] as string).trim();
    const params = rawParams === "" || rawParams === "void" ? [] : rawParams.split(",").map((p) => typeAndName(p).type);
    functions.set(m[2] as string, { name: m[2] as string, returns: (m[1] as string).trim(), params });
  }
  return { functions, enums, opaque, structs, callbacks };
}

const C_SCALARS: Readonly<Record<string, readonly string[]>> = {
  void: ["Cvoid", "Nothing"],
  char: ["UInt8", "Cchar"],
  int: ["Cint", "Int32"],
  int32_t: ["Int32", "Cint"],
  int64_t: ["Int64"],
  uint8_t: ["UInt8"],
  uint32_t: ["UInt32", "Cuint"],
  uint64_t: ["UInt64"],
  size_t: ["Csize_t"],
  float: ["Float32", "Cfloat"],
  double: ["Float64", "Cdouble"],
};

/** "TsrAttr" for "tsr_attr": the Julia name of a mirrored C struct. */
export function juliaStructName(cName: string): string {
  return cName
    .split("_")
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/**
 * The Julia spellings that match a C type in a given position ("arg": ccall argument, "ret":
 * return type, "field": struct field). Pointers are Ptr{T} (or Ref{T} as an argument); opaque
 * handles point to Cvoid; enums are C ints; `char*` may be Cstring.
 */
export function juliaSpellings(ctype: string, position: "arg" | "ret" | "field", header: CHeader): string[] {
  const normalized = ctype.replace(/\bconst\b/g, " ").replace(/\s+/g, "");
  const depth = (normalized.match(/\*/g) ?? []).length;
  const base = normalized.replace(/\*/g, "");
  const at = (d: number, outer: boolean): string[] => {
    if (d === 0) {
      if (header.enums.has(base)) return ["Cint", "Int32"];
      if (header.opaque.has(base)) return ["Cvoid"];
      if (header.callbacks.has(base)) return ["Ptr{Cvoid}"];
      if (header.structs.has(base)) return [juliaStructName(base)];
      return [...(C_SCALARS[base] ?? [])];
    }
    const inner = at(d - 1, false);
    const out = inner.map((t) => `Ptr{${t}}`);
    if (outer && position === "arg") out.push(...inner.map((t) => `Ref{${t}}`));
    if (outer && d === 1 && base === "char") out.push("Cstring");
    return out;
  };
  return at(depth, true);
}

export interface CcallSite {
  readonly file: string;
  readonly line: number;
  /** C function name ("" when the first argument is not `(:name, lib)`). */
  readonly name: string;
  /** The library expression ("libtessera"). */
  readonly library: string;
  readonly returns: string;
  /** Argument types, whitespace removed; undefined when not written as a tuple literal. */
  readonly argTypes: readonly string[] | undefined;
  /** Number of argument values passed. */
  readonly argCount: number;
}

/** Every `ccall(...)` of a Julia source. */
export function ccallSites(source: string, file: string): CcallSite[] {
  const out: CcallSite[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === "call_expression" && node.namedChildren[0]?.type === "identifier" && node.namedChildren[0].text === "ccall") {
      const args = node.namedChildren[1]?.namedChildren ?? [];
      const [target, ret, types, ...values] = args;
      let name = "";
      let library = "";
      if (target?.type === "tuple_expression") {
        const [sym, lib] = target.namedChildren;
        if (sym?.type === "quote_expression") name = sym.text.replace(/^:/, "");
        library = lib?.text ?? "";
      }
      out.push({
        file,
        line: node.startPosition.row + 1,
        name,
        library,
        returns: (ret?.text ?? "").replace(/\s+/g, ""),
        argTypes: types?.type === "tuple_expression" ? types.namedChildren.map((t) => t.text.replace(/\s+/g, "")) : undefined,
        argCount: values.length,
      });
    }
    for (const child of node.namedChildren) visit(child);
  };
  visit(parseJulia(source));
  return out;
}

/** Problems of one ccall against the header; [] when it matches. */
export function ccallIssues(site: CcallSite, header: CHeader, library = "libtessera"): string[] {
  const at = `${site.file}:${site.line}`;
  if (site.name === "") return [`${at}: ccall's first argument must be (:name, ${library})`];
  const issues: string[] = [];
  if (site.library !== library) issues.push(`${at}: ccall of ${site.name} goes to ${JSON.stringify(site.library)}, not ${library}`);
  const decl = header.functions.get(site.name);
  if (decl === undefined) return [...issues, `${at}: ${site.name} is not declared in c_api.h`];
  const returns = juliaSpellings(decl.returns, "ret", header);
  if (!returns.includes(site.returns)) {
    issues.push(`${at}: ${site.name} returns ${decl.returns} (Julia ${returns.join(" or ")}), ccall says ${site.returns}`);
  }
  if (site.argTypes === undefined) return [...issues, `${at}: ${site.name}: argument types must be a tuple literal`];
  if (site.argTypes.length !== decl.params.length) {
    issues.push(`${at}: ${site.name} takes ${decl.params.length} arguments in c_api.h, ccall declares ${site.argTypes.length}`);
  } else {
    decl.params.forEach((ctype, k) => {
      const allowed = juliaSpellings(ctype, "arg", header);
      const got = site.argTypes?.[k] ?? "";
      if (!allowed.includes(got)) {
        issues.push(`${at}: ${site.name} argument ${k + 1} is ${ctype} (Julia ${allowed.join(" or ")}), ccall says ${got}`);
      }
    });
  }
  if (site.argCount !== site.argTypes.length) {
    issues.push(`${at}: ${site.name}: ${site.argTypes.length} argument types but ${site.argCount} values`);
  }
  return issues;
}

export interface JuliaStruct {
  readonly name: string;
  readonly line: number;
  readonly fields: readonly { readonly name: string; readonly type: string }[];
}

/** `struct` definitions with their typed fields. */
export function juliaStructs(source: string): JuliaStruct[] {
  const out: JuliaStruct[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === "struct_definition") {
      const head = node.namedChildren.find((c) => c.type === "type_head");
      const name = head?.namedChildren[0]?.text ?? "";
      const fields = node.namedChildren
        .filter((c) => c.type === "typed_expression")
        .map((f) => ({ name: f.namedChildren[0]?.text ?? "", type: (f.namedChildren[1]?.text ?? "").replace(/\s+/g, "") }));
      out.push({ name, line: node.startPosition.row + 1, fields });
    }
    for (const child of node.namedChildren) visit(child);
  };
  visit(parseJulia(source));
  return out;
}

/** Problems of Julia structs named after C structs (tsr_attr -> TsrAttr); [] when they match. */
export function structIssues(structs: readonly JuliaStruct[], header: CHeader, file: string): string[] {
  const issues: string[] = [];
  for (const [cName, cFields] of header.structs) {
    const jl = structs.find((s) => s.name === juliaStructName(cName));
    if (jl === undefined) continue;
    const at = `${file}:${jl.line}`;
    if (jl.fields.length !== cFields.length) {
      issues.push(`${at}: struct ${jl.name} has ${jl.fields.length} fields, C ${cName} has ${cFields.length}`);
      continue;
    }
    cFields.forEach((cf, k) => {
      const jf = jl.fields[k];
      const allowed = juliaSpellings(cf.type, "field", header);
      if (jf?.name !== cf.name) issues.push(`${at}: field ${k + 1} of ${jl.name} is ${jf?.name}, C ${cName} has ${cf.name}`);
      if (!allowed.includes(jf?.type ?? "")) {
        issues.push(`${at}: ${jl.name}.${cf.name} is ${jf?.type}, C ${cf.type} needs ${allowed.join(" or ")}`);
      }
    });
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Everything the checks read from one source, as plain data

export interface JuliaSource {
  /** A label for messages (a file path). */
  readonly name: string;
  readonly text: string;
}

export interface JuliaAnalysis {
  readonly name: string;
  readonly syntax: readonly SyntaxIssue[];
  /** The docstring examples, each with its own syntax issues. */
  readonly examples: readonly { readonly line: number; readonly issues: readonly SyntaxIssue[] }[];
  readonly functions: readonly JuliaFunction[];
  readonly ccalls: readonly CcallSite[];
  readonly structs: readonly JuliaStruct[];
  readonly unqualifiedCalls: readonly string[];
}

/** Analyses `sources` in this process (tree-sitter must be loadable here). */
export function analyze(sources: readonly JuliaSource[]): JuliaAnalysis[] {
  return sources.map(({ name, text }) => ({
    name,
    syntax: syntaxIssues(text),
    examples: docExamples(text).map((e) => ({ line: e.line, issues: syntaxIssues(e.code) })),
    functions: juliaFunctions(text),
    ccalls: ccallSites(text, name),
    structs: juliaStructs(text),
    unqualifiedCalls: [...unqualifiedCalls(text)].sort(),
  }));
}

export type IsolatedResult = { readonly problem: string } | { readonly problem: undefined; readonly analyses: JuliaAnalysis[] };

/**
 * `analyze` in a child process (`tsx julia-check.ts --analyze`), for callers that cannot load a
 * native addon themselves (jest test files). `problem` says why tree-sitter-julia is unusable.
 */
export function analyzeIsolated(sources: readonly JuliaSource[]): IsolatedResult {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tsx = require.resolve("tsx/cli");
  const run = spawnSync(process.execPath, [tsx, __filename, "--analyze"], {
    input: JSON.stringify(sources),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status === 3) return { problem: run.stdout.trim() };
  if (run.status !== 0) throw new Error(`julia-check --analyze failed (${run.status}): ${run.stderr}`);
  return { problem: undefined, analyses: JSON.parse(run.stdout) as JuliaAnalysis[] };
}

// ---------------------------------------------------------------------------------------------
// Command line: the checks scripts/suites/70-julia.mjs runs

/** Every .jl file under `dir`, sorted, as root-relative "/"-separated paths. */
export function juliaFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    for (const entry of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(".jl")) out.push(child);
    }
  };
  walk(dir);
  return out;
}

/** A copy of `source` with its last `end` line removed: must not parse. */
export function breakSource(source: string): string {
  const lines = source.split("\n");
  for (let k = lines.length - 1; k >= 0; k--) {
    if (/^\s*end\b/.test(lines[k] ?? "")) {
      lines.splice(k, 1);
      return lines.join("\n");
    }
  }
  return `${source}\nfunction (`;
}

interface Counts {
  passed: number;
  failed: number;
}

function record(counts: Counts, ok: boolean, label: string, problems: readonly string[] = []): void {
  if (ok) {
    counts.passed++;
  } else {
    counts.failed++;
    console.log(`FAIL ${label}`);
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
  }
}

export function main(argv: readonly string[]): number {
  if (argv.includes("--analyze")) {
    const problem = treeSitterProblem();
    if (problem !== undefined) {
      process.stdout.write(problem);
      return 3;
    }
    const sources = JSON.parse(fs.readFileSync(0, "utf8")) as JuliaSource[];
    process.stdout.write(JSON.stringify(analyze(sources)));
    return 0;
  }
  const rootArg = argv.indexOf("--root");
  const root = path.resolve(rootArg >= 0 ? (argv[rootArg + 1] ?? ".") : ".");
  const problem = treeSitterProblem();
  if (problem !== undefined) {
    console.log(`SKIP julia-check: ${problem}`);
    return 3;
  }
  const counts: Counts = { passed: 0, failed: 0 };
  const files = juliaFiles(root, "bindings/julia");
  record(counts, files.length > 0, "there are .jl files under bindings/julia", ["none found"]);
  const header = parseCHeader(fs.readFileSync(path.join(root, "c-api/include/tessera/c_api.h"), "utf8"));
  let sites = 0;
  for (const file of files) {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const issues = syntaxIssues(source);
    record(counts, issues.length === 0, `${file} parses`, issues.map((i) => `${file}:${i.line}:${i.column}: ${i.message}`));
    const examples = docExamples(source);
    const bad = examples.flatMap((e) => syntaxIssues(e.code).map((i) => `${file}:${e.line + i.line - 1}: ${i.message}`));
    record(counts, bad.length === 0, `${file}: ${examples.length} docstring examples parse`, bad);
    const calls = ccallSites(source, file);
    sites += calls.length;
    const callProblems = calls.flatMap((c) => ccallIssues(c, header));
    record(counts, callProblems.length === 0, `${file}: ${calls.length} ccalls match c_api.h`, callProblems);
    const structProblems = structIssues(juliaStructs(source), header, file);
    record(counts, structProblems.length === 0, `${file}: structs match c_api.h`, structProblems);
    record(counts, syntaxIssues(breakSource(source)).length > 0, `${file} with its last \`end\` removed fails to parse (the check can fail)`);
  }
  record(counts, sites > 0, "the package calls the C API through ccall", ["no ccall found"]);
  console.log(`julia-check: ${files.length} files, ${sites} ccalls`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
