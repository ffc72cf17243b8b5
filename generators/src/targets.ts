// The emit targets the CLI can run: each a pure emitter and the folders it owns. A target whose
// emitter needs another input besides the registry (onnx: the ONNX operator list) loads it here,
// so the emitter itself stays free of I/O.

import * as fs from "node:fs";
import * as path from "node:path";

import type { GeneratedFile } from "./files";
import type { Registry } from "./model";
import { emitTypeScript, TS_GENERATED_DIR } from "./emit/typescript";
import { emitR, R_GENERATED_DIRS } from "./emit/r";
import { emitJulia, JULIA_GENERATED_DIR } from "./emit/julia";
import { emitPython, PY_GENERATED_DIR } from "./emit/python";
import { emitScala, SCALA_GENERATED_DIR } from "./emit/scala";
import { emitOnnx, IMPORTER_PATH, ONNX_DIR, ONNX_OPS_PATH, parseImporter, parseOnnxOps, type ImportRule, type OnnxOpList } from "./emit/onnx";
import { ModelError } from "./model";

export interface Target {
  readonly name: string;
  readonly emit: (model: Registry) => GeneratedFile[];
  /** Folders holding this target's generated files (for leftover detection). */
  readonly generatedDirs: readonly string[];
}

/** generators/data/onnx-ops.json, next to this generator's sources (read once, on first use). */
const ONNX_OPS_FILE = path.resolve(__dirname, "..", "data", path.basename(ONNX_OPS_PATH));
let onnxOps: OnnxOpList | undefined;

/** The ONNX operator list the onnx target maps against; ModelError when it is missing or invalid. */
export function loadOnnxOps(): OnnxOpList {
  if (onnxOps === undefined) {
    let text: string;
    try {
      text = fs.readFileSync(ONNX_OPS_FILE, "utf8");
    } catch (e) {
      throw new ModelError([`cannot read ${ONNX_OPS_PATH}: ${(e as Error).message} (written by scripts/onnx-ops.py)`]);
    }
    onnxOps = parseOnnxOps(text, ONNX_OPS_PATH);
  }
  return onnxOps;
}

/** graph/onnx/importer.json at the repository root (written by npm run generate from the library). */
const IMPORTER_FILE = path.resolve(__dirname, "..", "..", IMPORTER_PATH);
let importer: readonly ImportRule[] | undefined;

/** The importer's converter table; ModelError when it is missing or invalid. */
export function loadImporter(): readonly ImportRule[] {
  if (importer === undefined) {
    let text: string;
    try {
      text = fs.readFileSync(IMPORTER_FILE, "utf8");
    } catch (e) {
      throw new ModelError([`cannot read ${IMPORTER_PATH}: ${(e as Error).message} (written by npm run generate)`]);
    }
    importer = parseImporter(text, IMPORTER_PATH);
  }
  return importer;
}

export const TARGETS: readonly Target[] = [
  { name: "typescript", emit: emitTypeScript, generatedDirs: [TS_GENERATED_DIR] },
  { name: "r", emit: emitR, generatedDirs: R_GENERATED_DIRS },
  { name: "julia", emit: emitJulia, generatedDirs: [JULIA_GENERATED_DIR] },
  { name: "python", emit: emitPython, generatedDirs: [PY_GENERATED_DIR] },
  { name: "scala", emit: emitScala, generatedDirs: [SCALA_GENERATED_DIR] },
  { name: "onnx", emit: (model) => emitOnnx(model, loadOnnxOps(), loadImporter()), generatedDirs: [ONNX_DIR] },
];
