// What emitters produce: in-memory files with repository-relative paths. Every generated file
// starts with a header naming its source and generator, in the file's own comment syntax.

export interface GeneratedFile {
  /** Repository-relative, "/"-separated path ("bindings/typescript/src/generated/ops.ts"). */
  readonly path: string;
  readonly content: string;
}

/** The registry every generated file is derived from. */
export const REGISTRY_PATH = "op-registry/registry.json";

/** Text every generated header contains; the writer recognises generated files by it. */
export const GENERATED_MARKER = `generated from ${REGISTRY_PATH} by generators/`;

/** Comment syntax by file extension (lowercase, without the dot). */
const COMMENT_STYLES: Readonly<Record<string, { open: string; close: string }>> = {
  ts: { open: "//", close: "" },
  mts: { open: "//", close: "" },
  cts: { open: "//", close: "" },
  js: { open: "//", close: "" },
  mjs: { open: "//", close: "" },
  cjs: { open: "//", close: "" },
  scala: { open: "//", close: "" },
  java: { open: "//", close: "" },
  c: { open: "//", close: "" },
  h: { open: "//", close: "" },
  cc: { open: "//", close: "" },
  py: { open: "#", close: "" },
  pyi: { open: "#", close: "" },
  r: { open: "#", close: "" },
  jl: { open: "#", close: "" },
  toml: { open: "#", close: "" },
  yaml: { open: "#", close: "" },
  yml: { open: "#", close: "" },
  rd: { open: "%", close: "" },
  md: { open: "<!--", close: " -->" },
  html: { open: "<!--", close: " -->" },
};

/**
 * The header line for a generated file, e.g.
 * `// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit`.
 * `emitter` is the emitter's module name ("typescript").
 */
export function generatedHeader(path: string, emitter: string): string {
  const ext = (path.split("/").pop() ?? "").split(".").pop()?.toLowerCase() ?? "";
  const style = COMMENT_STYLES[ext];
  if (style === undefined) {
    throw new Error(`generatedHeader: no comment syntax known for "${path}" (JSON and other comment-less formats carry the notice in a field)`);
  }
  return `${style.open} ${GENERATED_MARKER}src/emit/${emitter}.ts — do not edit${style.close}`;
}

/** True when `content` starts with a generated-file header (within its first 3 lines). */
export function isGeneratedContent(content: string): boolean {
  return content.split("\n", 3).some((line) => line.includes(GENERATED_MARKER) && line.includes("do not edit"));
}

/** A generated file: the header, a blank line, then `body` (ending with exactly one newline). */
export function generatedFile(path: string, emitter: string, body: string): GeneratedFile {
  return { path, content: `${generatedHeader(path, emitter)}\n\n${body.replace(/^\n+/, "").replace(/\s*$/, "")}\n` };
}
