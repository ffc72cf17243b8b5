// The emit targets the CLI can run: each a pure emitter and the folders it owns.

import type { GeneratedFile } from "./files";
import type { Registry } from "./model";
import { emitTypeScript, TS_GENERATED_DIR } from "./emit/typescript";

export interface Target {
  readonly name: string;
  readonly emit: (model: Registry) => GeneratedFile[];
  /** Folders holding this target's generated files (for leftover detection). */
  readonly generatedDirs: readonly string[];
}

export const TARGETS: readonly Target[] = [{ name: "typescript", emit: emitTypeScript, generatedDirs: [TS_GENERATED_DIR] }];
