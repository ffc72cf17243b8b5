// The ONNX emitter: a pure function from the registry model and the ONNX operator list to the
// ONNX mapping tables in bindings/onnx/.
//
//   mapping.json   for tools: every registry operator's ONNX mapping (op type, opset range, the
//                  ONNX definitions in force over that range, attribute renames, status, note),
//                  and the inverse view: every ONNX default-domain operator with the registry
//                  operators that map to it. JSON has no comments, so the "generated ... do not
//                  edit" notice is its first field, "generated".
//   mapping.md     the same for people (generators/templates/onnx/mapping.md.hbs).
//
// The ONNX operator list is generators/data/onnx-ops.json, written by scripts/onnx-ops.py from the
// pinned onnx package. This module never reads it: the target wiring (targets.ts) loads the text
// and parses it with parseOnnxOps, and emitOnnx gets the parsed list as its second argument.
// Likewise graph/onnx/importer.json (the importer's converter table as the built library reports
// it, written by `npm run generate`), parsed with parseImporter: the inverse view says, per ONNX
// op type, from which opsets the importer converts it.

import { generatedFile, GENERATED_MARKER, type GeneratedFile } from "../files";
import { ModelError, type OpModel, type Registry } from "../model";
import { loadTemplate } from "../templates";

export const ONNX_DIR = "bindings/onnx";
/** The ONNX operator list, relative to the repository root (an input, like the registry). */
export const ONNX_OPS_PATH = "generators/data/onnx-ops.json";
const EMITTER = "onnx";

const markdownTemplate = loadTemplate("onnx", "mapping.md.hbs");

/** One ONNX operator of the default domain, as scripts/onnx-ops.py lists it. */
export interface OnnxOp {
  readonly name: string;
  /** Every opset that (re)defined it, ascending. */
  readonly sinceVersions: readonly number[];
  /** The opset whose definition deprecated it, or null. */
  readonly deprecatedSince: number | null;
}

export interface OnnxOpList {
  readonly onnxVersion: string;
  readonly domain: string;
  /** The newest opset the onnx package knows. */
  readonly maxOpset: number;
  readonly ops: readonly OnnxOp[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;

/** The importer's converters for one op type (graph/onnx/importer.json). */
export interface ImportRule {
  readonly opType: string;
  readonly minOpset: number;
  /** Last opset it covers, or null for "and every later one". */
  readonly maxOpset: number | null;
  /** "converter" (a family file in graph/onnx/convert/) or "generic" (the registry's exact mapping). */
  readonly kind: string;
  readonly note: string;
}

export const IMPORTER_PATH = "graph/onnx/importer.json";

/** Parses graph/onnx/importer.json; throws ModelError naming `source`. */
export function parseImporter(text: string, source: string = IMPORTER_PATH): readonly ImportRule[] {
  const fail = (what: string): never => {
    throw new ModelError([`${source}: ${what} (rewrite it with npm run generate)`]);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(raw) || !Array.isArray(raw.converters)) return fail("expected an object with a converters list");
  return raw.converters.map((c: unknown, k: number): ImportRule => {
    if (!isObject(c)) return fail(`converters[${k}]: expected an object`);
    const { op_type: opType, min_opset: minOpset, max_opset: maxOpset, kind, note } = c;
    if (typeof opType !== "string" || opType === "") fail(`converters[${k}].op_type: expected a name`);
    if (!isCount(minOpset)) fail(`converters[${k}].min_opset: expected an integer >= 1`);
    if (maxOpset !== null && !isCount(maxOpset)) fail(`converters[${k}].max_opset: expected an integer >= 1 or null`);
    if (kind !== "converter" && kind !== "generic") fail(`converters[${k}].kind: expected "converter" or "generic"`);
    if (typeof note !== "string") fail(`converters[${k}].note: expected a string`);
    return { opType: opType as string, minOpset: minOpset as number, maxOpset: maxOpset as number | null, kind: kind as string, note: note as string };
  });
}

/** "1+", "6..10": the opsets a rule covers. */
const ruleRange = (r: ImportRule): string => (r.maxOpset === null ? `${r.minOpset}+` : `${r.minOpset}..${r.maxOpset}`);

/** Parses and checks generators/data/onnx-ops.json; throws ModelError naming `source`. */
export function parseOnnxOps(text: string, source: string = ONNX_OPS_PATH): OnnxOpList {
  const fail = (what: string): never => {
    throw new ModelError([`${source}: ${what} (rewrite it with scripts/onnx-ops.py)`]);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(raw)) return fail("expected an object");
  const { onnx_version: onnxVersion, domain, max_opset: maxOpset, ops } = raw;
  if (typeof onnxVersion !== "string" || onnxVersion === "") fail("onnx_version: expected a version string");
  if (typeof domain !== "string") fail("domain: expected a string");
  if (!isCount(maxOpset)) fail("max_opset: expected an integer >= 1");
  if (!Array.isArray(ops)) return fail("ops: expected an array");
  const seen = new Set<string>();
  const parsed = ops.map((o: unknown, k): OnnxOp => {
    if (!isObject(o) || typeof o["name"] !== "string" || o["name"] === "") return fail(`ops[${k}]: expected an object with a name`);
    const name = o["name"];
    if (seen.has(name)) fail(`ops[${k}]: ${name} is listed twice`);
    seen.add(name);
    const versions = o["since_versions"];
    if (!Array.isArray(versions) || versions.length === 0 || !versions.every(isCount)) fail(`${name}.since_versions: expected a non-empty array of opsets`);
    const sinceVersions = versions as number[];
    if (sinceVersions.some((v, i) => (i > 0 && v <= (sinceVersions[i - 1] as number)) || v > (maxOpset as number))) {
      fail(`${name}.since_versions: expected ascending opsets up to max_opset ${String(maxOpset)}`);
    }
    const dep = o["deprecated_since"];
    if (dep !== null && !isCount(dep)) fail(`${name}.deprecated_since: expected an opset or null`);
    return Object.freeze({ name, sinceVersions: Object.freeze([...sinceVersions]), deprecatedSince: dep as number | null });
  });
  return Object.freeze({ onnxVersion: onnxVersion as string, domain: domain as string, maxOpset: maxOpset as number, ops: Object.freeze(parsed) });
}

/** The ONNX definitions in force from `since` on: the one current at `since`, and every later one. */
function versionsInRange(op: OnnxOp, since: number): number[] {
  const current = op.sinceVersions.filter((v) => v <= since).pop();
  return op.sinceVersions.filter((v) => v > since || v === current);
}

/** The attribute renames in the operator's attribute order. */
function renames(op: OpModel): [string, string][] {
  const order = (name: string): number => op.attrs.findIndex((a) => a.name === name);
  return Object.entries(op.onnx.attrRenames).sort(([a], [b]) => order(a) - order(b));
}

/** "exact", "decomposed into …" or "unsupported: …", with the registry's note. */
function statusText(op: OpModel): string {
  const { status, note } = op.onnx;
  if (status === "decomposed") return note === "" ? "decomposed" : /^into\b/.test(note) ? `decomposed ${note}` : `decomposed into ${note}`;
  if (status === "unsupported") return note === "" ? "unsupported" : `unsupported: ${note}`;
  return note === "" ? "exact" : `exact; ${note}`;
}

interface Mapping {
  readonly op: OpModel;
  readonly onnxOp: OnnxOp | undefined;
  readonly versions: readonly number[];
}

function mappings(model: Registry, onnx: OnnxOpList): Mapping[] {
  const byName = new Map(onnx.ops.map((o) => [o.name, o]));
  const issues: string[] = [];
  const out = model.ops.map((op): Mapping => {
    if (op.onnx.status !== "exact") return { op, onnxOp: undefined, versions: [] };
    const where = `ops.${op.name}.onnx`;
    const onnxOp = byName.get(op.onnx.opType);
    if (onnxOp === undefined) {
      issues.push(`${where}: op_type ${JSON.stringify(op.onnx.opType)} is not an operator of the ONNX default domain in onnx ${onnx.onnxVersion} (${ONNX_OPS_PATH})`);
      return { op, onnxOp, versions: [] };
    }
    const first = onnxOp.sinceVersions[0] as number;
    if (op.onnx.sinceOpset < first || op.onnx.sinceOpset > onnx.maxOpset) {
      issues.push(`${where}: since_opset ${op.onnx.sinceOpset} is outside ${onnxOp.name}'s opsets ${first}..${onnx.maxOpset} (onnx ${onnx.onnxVersion})`);
    }
    return { op, onnxOp, versions: versionsInRange(onnxOp, op.onnx.sinceOpset) };
  });
  if (issues.length > 0) throw new ModelError(issues);
  return out;
}

/** Markdown table cell text: one line, pipes escaped. */
const cell = (s: string): string => s.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
const code = (s: string): string => `\`${s}\``;

function emitJson(model: Registry, onnx: OnnxOpList, maps: readonly Mapping[], rules: RulesByType): GeneratedFile {
  const users = inverse(onnx, maps);
  const data = {
    generated: `${GENERATED_MARKER}src/emit/${EMITTER}.ts (with ${ONNX_OPS_PATH} and ${IMPORTER_PATH}) — do not edit`,
    registry_hash: model.hash,
    onnx: { version: onnx.onnxVersion, domain: onnx.domain, max_opset: onnx.maxOpset },
    ops: maps.map(({ op, versions }) => ({
      name: op.name,
      status: op.onnx.status,
      op_type: op.onnx.status === "exact" ? op.onnx.opType : null,
      opset: op.onnx.status === "exact" ? { since: op.onnx.sinceOpset, through: onnx.maxOpset } : null,
      onnx_versions: versions,
      attr_renames: Object.fromEntries(renames(op)),
      note: op.onnx.note,
    })),
    onnx_ops: onnx.ops.map((o) => ({
      op_type: o.name,
      since_versions: o.sinceVersions,
      deprecated_since: o.deprecatedSince,
      tessera: (users.get(o.name) ?? []).map((m) => ({ name: m.op.name, since_opset: m.op.onnx.sinceOpset })),
      import: (rules.get(o.name) ?? []).map((r) => ({ min_opset: r.minOpset, max_opset: r.maxOpset, kind: r.kind, note: r.note })),
    })),
  };
  return { path: `${ONNX_DIR}/mapping.json`, content: `${JSON.stringify(data, null, 2)}\n` };
}

type RulesByType = Map<string, ImportRule[]>;

function byType(rules: readonly ImportRule[]): RulesByType {
  const out: RulesByType = new Map();
  for (const r of rules) out.set(r.opType, [...(out.get(r.opType) ?? []), r]);
  return out;
}

/** Markdown cell for the importer's rules of one op type. */
function importCell(rs: readonly ImportRule[]): string {
  if (rs.length === 0) return "not imported";
  return cell(rs.map((r) => `opsets ${ruleRange(r)} (${r.kind}${r.note && r.kind === "converter" ? `: ${r.note}` : ""})`).join("; "));
}

/** ONNX op type -> the exact mappings onto it, in registry order. */
function inverse(onnx: OnnxOpList, maps: readonly Mapping[]): Map<string, Mapping[]> {
  const users = new Map<string, Mapping[]>(onnx.ops.map((o) => [o.name, []]));
  for (const m of maps) if (m.onnxOp !== undefined) users.get(m.onnxOp.name)?.push(m);
  return users;
}

function emitMarkdown(model: Registry, onnx: OnnxOpList, maps: readonly Mapping[], rules: RulesByType): GeneratedFile {
  const users = inverse(onnx, maps);
  const imported = onnx.ops.filter((o) => (rules.get(o.name) ?? []).length > 0).length;
  const count = (s: string): number => model.ops.filter((op) => op.onnx.status === s).length;
  const covered = onnx.ops.filter((o) => (users.get(o.name) ?? []).length > 0).length;
  const view = {
    onnxVersion: onnx.onnxVersion,
    domain: onnx.domain,
    maxOpset: onnx.maxOpset,
    dataPath: ONNX_OPS_PATH,
    opCount: model.ops.length,
    exact: count("exact"),
    decomposed: count("decomposed"),
    unsupported: count("unsupported"),
    onnxCount: onnx.ops.length,
    deprecated: onnx.ops.filter((o) => o.deprecatedSince !== null).length,
    covered,
    uncovered: onnx.ops.length - covered,
    imported,
    importerPath: IMPORTER_PATH,
    ops: maps.map(({ op, versions }) => {
      const exact = op.onnx.status === "exact";
      return {
        name: code(op.name),
        opType: exact ? op.onnx.opType : "",
        opsets: exact ? `${op.onnx.sinceOpset}..${onnx.maxOpset}` : "",
        versions: versions.join(", "),
        renames: cell(renames(op).map(([ours, theirs]) => `${code(ours)} → ${code(theirs)}`).join(", ")),
        status: cell(statusText(op)),
      };
    }),
    onnxOps: onnx.ops.map((o) => {
      const ms = users.get(o.name) ?? [];
      return {
        opType: o.name,
        versions: o.sinceVersions.join(", "),
        deprecated: o.deprecatedSince === null ? "" : ` (deprecated in ${o.deprecatedSince})`,
        tessera: ms.length === 0 ? "not supported" : ms.map((m) => `${code(m.op.name)} (from opset ${m.op.onnx.sinceOpset})`).join(", "),
        import: importCell(rules.get(o.name) ?? []),
      };
    }),
  };
  return generatedFile(`${ONNX_DIR}/mapping.md`, EMITTER, markdownTemplate(view));
}

/**
 * Emits bindings/onnx/mapping.json and mapping.md for `model` against the ONNX operator list
 * `onnx` and the importer's converter table `importer`. Pure: no file system access (the template is read once, when this module loads).
 * Throws ModelError when an exact mapping names an op type the ONNX list does not have, or a
 * since_opset outside that op type's opsets.
 */
export function emitOnnx(model: Registry, onnx: OnnxOpList, importer: readonly ImportRule[] = []): GeneratedFile[] {
  const maps = mappings(model, onnx);
  const rules = byType(importer);
  return [emitJson(model, onnx, maps, rules), emitMarkdown(model, onnx, maps, rules)];
}
