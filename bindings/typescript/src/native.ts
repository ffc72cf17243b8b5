/**
 * The native addon (`build/lib/tessera.node`, a thin node-addon-api layer over the C API) and
 * its whole surface, declared here once. Nothing else in the package `require`s the addon.
 *
 * The addon is loaded from `<package root>/build/lib/tessera.node`, or from the path in the
 * `TESSERA_ADDON` environment variable. On load its `apiVersion()` must equal the
 * `TSR_API_VERSION` this runtime was written against, and `init(makeError)` installs the error
 * factory the addon uses for every failing status.
 *
 * Error contract of the functions below: a failing C call, and bad operator data reaching
 * `invoke` (wrong attribute type, disposed or non-tensor input), throw what `makeError` builds —
 * a {@link TesseraError} subclass. Misuse of these low-level functions' own argument types
 * (which the runtime never does) throws `TypeError` / `RangeError`.
 */
import * as path from "node:path";

import { makeError } from "./errors";

/** The C API version (TSR_API_VERSION) this runtime expects. */
export const EXPECTED_API_VERSION = 1;

declare const tensorHandleBrand: unique symbol;
declare const opHandleBrand: unique symbol;
declare const graphHandleBrand: unique symbol;

/**
 * An owned tensor reference (a Napi External). Release it with `dispose`; if it is garbage
 * collected first, its finalizer releases the tensor (the GC safety net).
 */
export type TensorHandle = { readonly [tensorHandleBrand]: true };

/** A resolved operator (a Napi External) with its attribute slots and types. */
export type OpHandle = { readonly [opHandleBrand]: true };

/**
 * An owned graph (explicit, traced or imported from ONNX; a Napi External). Release it with
 * `graphRelease`; if it is garbage collected first, its finalizer releases the graph.
 */
export type GraphHandle = { readonly [graphHandleBrand]: true };

/** A graph input as `graphInputs` reports it: dims null = unknown rank, -1 = size known at run time. */
export interface NativeGraphInput {
  name: string;
  /** dtype code */
  dtype: number;
  dims: number[] | null;
}

/** Element data accepted by `tensorFromData` (copied). */
export type NativeData = ArrayBufferView | ArrayBuffer;

/** Typed arrays returned by `tensorToTypedArray`, per dtype code. */
export type NativeTypedArray = Float32Array | Float64Array | Int32Array | BigInt64Array | Uint8Array;

/** The functions the addon exports. */
export interface NativeBinding {
  /** Installs the factory whose result the addon throws for every failing status. */
  init(makeError: (status: number, statusName: string, message: string, op: string, arg: string) => Error): void;
  /** TSR_API_VERSION of the loaded library. */
  apiVersion(): number;
  /** TSR_API_VERSION the addon was compiled against. */
  readonly TSR_API_VERSION: number;
  /** The registry JSON (op-registry/README.md). */
  registryJson(): string;
  /** FNV-1a hash of the registry's "ops" array. */
  registryHash(): string;
  numThreads(): number;
  /** n <= 0 restores the core count. */
  setNumThreads(n: number): void;

  /**
   * Resolves an operator once: its handle and each attribute's slot and type
   * (`tsr_op_attr_index`). `attrNames` must list every attribute in schema order; input names
   * only serve error messages (`variadicLast`: the last input takes one or more tensors).
   * NotFoundError for an unknown operator.
   */
  opLookup(name: string, attrNames: readonly string[], inputNames: readonly string[], variadicLast: boolean): OpHandle;
  /** The registry name of an operator handle. */
  opName(op: OpHandle): string;
  /**
   * Runs an operator (the hot path). `inputs`: tensor handles in schema order (undefined/null =
   * absent optional input). `attrs`: values in schema slot order; undefined/null (or a shorter
   * array) = registry default. Value per attribute type: bool → boolean; int → integer number or
   * bigint; float → number; string → string; enum → value index (number); dtype → code or name;
   * int[] → integer array; float[] → number array. Returns one handle, or an array for several
   * outputs.
   */
  invoke(op: OpHandle, inputs: readonly (TensorHandle | undefined)[], attrs: readonly unknown[] | undefined): TensorHandle | TensorHandle[];

  /** A contiguous tensor with a copy of `data` (byte length must be numel * element size). */
  tensorFromData(dtype: number, shape: readonly number[], data: NativeData): TensorHandle;
  /** A 0-d tensor holding `value` converted to `dtype` (integers truncate; range-checked). */
  tensorScalar(dtype: number, value: number | bigint | boolean): TensorHandle;
  tensorShape(h: TensorHandle): number[];
  /** Strides in elements. */
  tensorStrides(h: TensorHandle): number[];
  /** The dtype code. */
  tensorDtype(h: TensorHandle): number;
  tensorNumel(h: TensorHandle): number;
  tensorIsContiguous(h: TensorHandle): boolean;
  /** A new typed array with the elements in row-major order (bool → Uint8Array, int64 → BigInt64Array). */
  tensorToTypedArray(h: TensorHandle): NativeTypedArray;
  /** Releases the tensor now; idempotent. */
  dispose(h: TensorHandle): void;
  isDisposed(h: TensorHandle): boolean;

  /** Turns recording on/off for this thread; returns the previous state. */
  autogradSetRecording(on: boolean): boolean;
  autogradIsRecording(): boolean;
  /** Backpropagates from `heads`; a null/undefined head gradient means ones. */
  autogradBackward(heads: readonly TensorHandle[], headGrads?: readonly (TensorHandle | null | undefined)[]): void;
  /** Marks a floating-point tensor as a leaf that accumulates gradients. */
  tensorAttachGrad(h: TensorHandle): void;
  tensorRequiresGrad(h: TensorHandle): boolean;
  /** The accumulated gradient (a new handle), or null before any backward reached it. */
  tensorGrad(h: TensorHandle): TensorHandle | null;
  tensorZeroGrad(h: TensorHandle): void;
  /** Same data, no gradient flows through (a new handle). */
  tensorDetach(h: TensorHandle): TensorHandle;

  // ---- graphs and ONNX (c_api.h "graphs and ONNX"). A released graph throws InvalidHandleError
  // "graph was disposed"; a value that is not a graph handle throws TypeError.
  /** An empty graph (tsr_graph_create). */
  graphCreate(): GraphHandle;
  /** Releases the graph now; idempotent. Tensors it returned stay valid. */
  graphRelease(g: GraphHandle): void;
  graphIsReleased(g: GraphHandle): boolean;
  /** Adds an input; dims -1 = size known at run time. Returns its value id. */
  graphAddInput(g: GraphHandle, name: string, dtype: number, dims: readonly number[]): number;
  /** Adds a constant (the graph keeps its own reference). Returns its value id. */
  graphAddConstant(g: GraphHandle, name: string, value: TensorHandle): number;
  /**
   * Adds a node calling `op` on value ids (null = absent optional input); attrs as for `invoke`.
   * `nOutputs` -1/undefined = the schema's count. Returns the output value ids.
   */
  graphAddNode(g: GraphHandle, op: OpHandle, inputs: readonly (number | null)[], attrs: readonly unknown[] | undefined, nOutputs?: number): number[];
  /** Declares the outputs (value ids) and optional names. */
  graphSetOutputs(g: GraphHandle, values: readonly number[], names?: readonly string[] | null): void;
  graphInputs(g: GraphHandle): NativeGraphInput[];
  graphOutputNames(g: GraphHandle): string[];
  /** Runs the graph: one feed per input in input order; one new handle per output. */
  graphRun(g: GraphHandle, feeds: readonly TensorHandle[]): TensorHandle[];
  /** Figures of the most recent run's plan (zeros before the first run). */
  graphPlanStats(g: GraphHandle): { nodes: number; arenaBytes: number; unsharedBytes: number };
  /** Starts recording this thread's operator calls into the empty graph `g`. */
  graphTraceBegin(g: GraphHandle): void;
  /** Declares `t` as the next graph input while tracing. */
  graphTraceInput(g: GraphHandle, t: TensorHandle, name: string): void;
  /** Stops recording (always, also when it throws) and sets the outputs; empty `outputs` only stops and throws. */
  graphTraceEnd(g: GraphHandle, outputs: readonly TensorHandle[], names?: readonly string[] | null): void;
  /** Imports an ONNX model file (UnsupportedError names node, op type and opset). */
  onnxImportFile(path: string): GraphHandle;
  /** Imports a serialized ModelProto; `baseDir` for external data (absent: refused). */
  onnxImportBytes(bytes: ArrayBufferView | ArrayBuffer, baseDir?: string | null): GraphHandle;
  /** Writes the graph as ONNX (opset 20). */
  onnxExportFile(g: GraphHandle, path: string): void;
  /** The graph as a serialized ONNX ModelProto. */
  onnxExportBytes(g: GraphHandle): Uint8Array;
  /** A tensor from a serialized ONNX TensorProto. */
  onnxReadTensor(bytes: ArrayBufferView | ArrayBuffer): TensorHandle;
}

/** `<package root>`: this file is `<root>/bindings/typescript/{src,dist}/native.{ts,js}`. */
export const PACKAGE_ROOT = path.resolve(__dirname, "..", "..", "..");

/** Where the addon is loaded from. */
export const ADDON_PATH = process.env["TESSERA_ADDON"] || path.join(PACKAGE_ROOT, "build", "lib", "tessera.node");

/**
 * oneDNN runs on libgomp's thread team, which by default spin-waits after every parallel region.
 * On a machine with other work (2 cores, a busy CI box) those spinning threads starve the next
 * kernel: ResNet-50 measured 1.7 s per inference instead of 0.17 s (test/bench/model_bench.mjs).
 * libgomp reads its policy once, when it loads, so it is set here, before the addon loads it,
 * unless the user chose one.
 */
function defaultOpenMpPolicy(): void {
  if (process.env["OMP_WAIT_POLICY"] === undefined && process.env["GOMP_SPINCOUNT"] === undefined) process.env["OMP_WAIT_POLICY"] = "passive";
}

function load(): NativeBinding {
  let binding: NativeBinding;
  defaultOpenMpPolicy();
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    binding = require(ADDON_PATH) as NativeBinding;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new Error(
      `tessera: cannot load the native addon from ${ADDON_PATH}: ${why}\n` +
        `Build it with \`npm run build\` (cmake-js), or point the TESSERA_ADDON environment variable at tessera.node.`,
      { cause },
    );
  }
  const version = binding.apiVersion();
  if (version !== EXPECTED_API_VERSION) {
    throw new Error(
      `tessera: the native library at ${ADDON_PATH} has C API version ${version}, but this TypeScript ` +
        `runtime was written for version ${EXPECTED_API_VERSION}. Rebuild the library (\`npm run build\`) ` +
        `or reinstall a matching tessera package.`,
    );
  }
  binding.init(makeError);
  return binding;
}

/** The loaded addon. */
export const native: NativeBinding = load();
