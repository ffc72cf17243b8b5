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
import { emitOnnx, ONNX_DIR, ONNX_OPS_PATH, parseOnnxOps, type OnnxOpList } from "./emit/onnx";
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

export const TARGETS: readonly Target[] = [
  { name: "typescript", emit: emitTypeScript, generatedDirs: [TS_GENERATED_DIR] },
  { name: "r", emit: emitR, generatedDirs: R_GENERATED_DIRS },
  { name: "julia", emit: emitJulia, generatedDirs: [JULIA_GENERATED_DIR] },
  { name: "python", emit: emitPython, generatedDirs: [PY_GENERATED_DIR] },
  { name: "scala", emit: emitScala, generatedDirs: [SCALA_GENERATED_DIR] },
  { name: "onnx", emit: (model) => emitOnnx(model, loadOnnxOps()), generatedDirs: [ONNX_DIR] },
];
