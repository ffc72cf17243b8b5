// Op types, opsets and input/output kinds of ONNX models, read with the Python onnx package of
// .venv (onnx_tools.py info: one Python process for all models not in the cache) and cached in
// .cache/conformance/model-info.json keyed by path, size and mtime.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

export function pythonOf(root) {
  const venv = join(root, ".venv", "bin", "python");
  return existsSync(venv) ? venv : "python3";
}

function stamp(path) {
  const s = statSync(path);
  return `${s.size}:${Math.floor(s.mtimeMs)}`;
}

/** { [path]: info } for every path; throws when Python fails. */
export function modelInfo(root, paths) {
  const cacheFile = join(root, ".cache", "conformance", "model-info.json");
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, "utf8"));
  } catch {
    cache = {};
  }
  const missing = paths.filter((p) => !cache[p] || cache[p].stamp !== stamp(p));
  if (missing.length > 0) {
    const r = spawnSync(pythonOf(root), [join(HERE, "onnx_tools.py"), "info"], {
      input: JSON.stringify(missing),
      encoding: "utf8",
      maxBuffer: 512 << 20,
    });
    if (r.status !== 0) throw new Error(`reading model op types with ${pythonOf(root)} failed:\n${r.stderr || r.error}`);
    const fresh = JSON.parse(r.stdout);
    for (const p of missing) cache[p] = { stamp: stamp(p), ...fresh[p] };
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return Object.fromEntries(paths.map((p) => [p, cache[p]]));
}

/**
 * ONNX op types (default domain) that the mapping table gives a Tessera operator:
 * bindings/onnx/mapping.json `onnx_ops[]` entries with a non-empty `tessera` list.
 */
export function mappedOpTypes(root) {
  const mapping = JSON.parse(readFileSync(join(root, "bindings", "onnx", "mapping.json"), "utf8"));
  return new Set(mapping.onnx_ops.filter((o) => Array.isArray(o.tessera) && o.tessera.length > 0).map((o) => o.op_type));
}

/**
 * ONNX op types the mapping table's Import column says the importer converts, with the opset
 * ranges: bindings/onnx/mapping.json `onnx_ops[].import` ({min_opset, max_opset|null}).
 */
export function importRules(root) {
  const mapping = JSON.parse(readFileSync(join(root, "bindings", "onnx", "mapping.json"), "utf8"));
  return new Map(mapping.onnx_ops.filter((o) => Array.isArray(o.import) && o.import.length > 0).map((o) => [o.op_type, o.import]));
}

/** Whether the importer converts every op type of a model at the model's default-domain opset. */
export function opTypesImported(info, rules) {
  if (!info || info.error || !info.op_types) return false;
  const opset = info.opsets?.["ai.onnx"];
  if (!opset) return false;
  return info.op_types.every(
    ([domain, op]) =>
      (domain === "ai.onnx" || domain === "") &&
      (rules.get(op) ?? []).some((r) => opset >= r.min_opset && (r.max_opset === null || opset <= r.max_opset)),
  );
}

/** Whether every op type of a model (any domain other than ai.onnx counts as unmapped) is mapped. */
export function opTypesSupported(info, mapped) {
  if (!info || info.error || !info.op_types) return false;
  return info.op_types.every(([domain, op]) => (domain === "ai.onnx" || domain === "") && mapped.has(op));
}
