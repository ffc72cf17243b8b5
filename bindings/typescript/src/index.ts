/**
 * Tessera for TypeScript / Node.js.
 *
 * ```ts
 * import { Tensor, add, matmul } from "tessera";
 * using a = Tensor.from([[1, 2], [3, 4]]);
 * using b = a.add(1);             // methods and free functions are generated from the registry
 * console.log(matmul(a, b).toString());
 * ```
 */
import { InvalidArgumentError } from "./errors";
import { ADDON_PATH, native } from "./native";

export { Tensor, disposeSymbol, formatShape } from "./tensor";
export type { TensorLike, TensorData, TensorOptions, NestedArray, NestedValues, Scalar } from "./tensor";
export * from "./errors";
export { autograd } from "./autograd";
export { Model, readTensorProto } from "./model";
export type { ModelInput, PlanStats, TraceResult } from "./model";
export {
  DTYPES,
  DTYPE_CODES,
  DTYPE_SIZES,
  TYPED_ARRAY_CONSTRUCTORS,
  dtypeName,
  isDType,
  dtypeOfTypedArray,
} from "./dtype";
export type { DType, TypedArray, TypedArrayOf } from "./dtype";
export { resolveOps, call1, callN, enumIndex, dtypeCode } from "./runtime";
export type { CallInput, OpHandle } from "./runtime";
export { registry, registryOp, registryHash } from "./registry";
export type { Registry, OpSchema, AttrSchema, InputSchema, OutputSchema, OpExample, ExampleTensor } from "./registry";
export { EXPECTED_API_VERSION, ADDON_PATH } from "./native";
export type { TensorHandle, GraphHandle } from "./native";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require("../../../package.json") as { version: string };

/** The package version. */
export const version: string = pkg.version;

/** The C API version of the loaded native library (TSR_API_VERSION). */
export function apiVersion(): number {
  return native.apiVersion();
}

/** Number of threads the engine's kernels use. */
export function numThreads(): number {
  return native.numThreads();
}

/** Sets the number of kernel threads; `n <= 0` restores the core count. */
export function setNumThreads(n: number): void {
  if (typeof n !== "number" || !Number.isInteger(n) || n < -2147483648 || n > 2147483647) {
    throw new InvalidArgumentError(`expected an integer thread count, got ${String(n)}`, "setNumThreads", "n");
  }
  native.setNumThreads(n);
}

export * from "./generated";
import * as generated from "./generated";
import "./generated/methods";

checkRegistryHash((generated as { REGISTRY_HASH?: unknown }).REGISTRY_HASH);

/**
 * The generated functions must come from the registry of the loaded library; otherwise attribute
 * slots or operators may not match. Set TESSERA_ALLOW_STALE_BINDINGS=1 to only warn.
 */
function checkRegistryHash(expected: unknown): void {
  if (typeof expected !== "string") return; // no generated bindings yet
  const actual = native.registryHash();
  if (actual === expected) return;
  const message =
    `tessera: the generated TypeScript bindings were made from registry ${expected}, but the native ` +
    `library at ${ADDON_PATH} has registry ${actual}. Run \`npm run generate\` (or rebuild the library ` +
    `that matches these bindings).`;
  if (process.env["TESSERA_ALLOW_STALE_BINDINGS"] === "1") process.emitWarning(message);
  else throw new Error(message);
}
