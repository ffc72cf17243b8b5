// The emit targets the CLI can run: each a pure emitter and the folders it owns.

import type { GeneratedFile } from "./files";
import type { Registry } from "./model";
import { emitTypeScript, TS_GENERATED_DIR } from "./emit/typescript";
import { emitR, R_GENERATED_DIRS } from "./emit/r";
import { emitJulia, JULIA_GENERATED_DIR } from "./emit/julia";
import { emitPython, PY_GENERATED_DIR } from "./emit/python";
import { emitScala, SCALA_GENERATED_DIR } from "./emit/scala";

export interface Target {
  readonly name: string;
  readonly emit: (model: Registry) => GeneratedFile[];
  /** Folders holding this target's generated files (for leftover detection). */
  readonly generatedDirs: readonly string[];
}

export const TARGETS: readonly Target[] = [
  { name: "typescript", emit: emitTypeScript, generatedDirs: [TS_GENERATED_DIR] },
  { name: "r", emit: emitR, generatedDirs: R_GENERATED_DIRS },
  { name: "julia", emit: emitJulia, generatedDirs: [JULIA_GENERATED_DIR] },
  { name: "python", emit: emitPython, generatedDirs: [PY_GENERATED_DIR] },
  { name: "scala", emit: emitScala, generatedDirs: [SCALA_GENERATED_DIR] },
];
