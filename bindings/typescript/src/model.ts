/**
 * Models: computation graphs imported from ONNX or traced from ordinary tessera calls.
 *
 * ```ts
 * import { Model, Tensor, readTensorProto } from "tessera";
 * using m = Model.load("model.onnx");
 * const { y } = m.run({ x: Tensor.from([[1, 2, 3]]) });
 *
 * using traced = Model.trace({ x }, (x) => x.matmul(w).relu());   // MXNet's hybridize
 * traced.export("mlp.onnx");                                       // opset 20
 * ```
 *
 * A Model owns a native graph: `dispose()` (or `using`) releases it now; otherwise the garbage
 * collector releases it eventually. Tensors returned by `run` are independent of the model.
 */
import { DTYPES, type DType } from "./dtype";
import { DisposedError, InvalidArgumentError } from "./errors";
import { native, type GraphHandle, type NativeGraphInput } from "./native";
import { Tensor, disposeSymbol } from "./tensor";

/** A model input: `null` dim = size known only at run time; `null` shape = unknown rank. */
export interface ModelInput {
  name: string;
  dtype: DType;
  shape: (number | null)[] | null;
}

/** What the traced function may return. */
export type TraceResult = Tensor | Tensor[] | Record<string, Tensor>;

/** Figures of the most recent run's plan. */
export interface PlanStats {
  /** Nodes after optimization (constant folding, dead-node removal). */
  nodes: number;
  /** Bytes of the shared intermediate buffer (liveness-based reuse). */
  arenaBytes: number;
  /** Bytes the same intermediates would take without reuse. */
  unsharedBytes: number;
}

function toModelInput(i: NativeGraphInput): ModelInput {
  return Object.freeze({
    name: i.name,
    dtype: (DTYPES[i.dtype] ?? "float32") as DType,
    shape: i.dims === null ? null : i.dims.map((d) => (d < 0 ? null : d)),
  });
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (v instanceof Tensor) return "a Tensor";
  return typeof v === "object" ? "an object" : typeof v;
}

function tensorArg(v: unknown, op: string, arg: string): Tensor {
  if (!(v instanceof Tensor)) throw new InvalidArgumentError(`expected a Tensor, got ${describe(v)}`, op, arg);
  return v;
}

function bytesArg(v: unknown, op: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  throw new InvalidArgumentError(`expected a Uint8Array, got ${describe(v)}`, op, "bytes");
}

function pathArg(v: unknown, op: string): string {
  if (typeof v !== "string" || v.length === 0) throw new InvalidArgumentError(`expected a file path, got ${describe(v)}`, op, "path");
  return v;
}

export class Model implements Disposable {
  /** @internal */
  private _g: GraphHandle;
  /** @internal */
  private _disposed = false;
  /** Graph inputs, in feed order. */
  readonly inputs: readonly ModelInput[];
  /** Output names, in output order (the keys of `run`'s result). */
  readonly outputNames: readonly string[];

  /** @internal Takes ownership of a complete graph; use load / fromBytes / trace. */
  private constructor(g: GraphHandle) {
    this._g = g;
    try {
      this.inputs = Object.freeze(native.graphInputs(g).map(toModelInput));
      this.outputNames = Object.freeze(native.graphOutputNames(g));
    } catch (e) {
      native.graphRelease(g);
      throw e;
    }
  }

  /** Imports an ONNX model file (external data is read relative to its folder). */
  static load(path: string): Model {
    return new Model(native.onnxImportFile(pathArg(path, "Model.load")));
  }

  /** Imports a serialized ONNX ModelProto; `baseDir` is where external data lives (absent: refused). */
  static fromBytes(bytes: Uint8Array, baseDir?: string): Model {
    const data = bytesArg(bytes, "Model.fromBytes");
    if (baseDir !== undefined && typeof baseDir !== "string") {
      throw new InvalidArgumentError(`expected a folder path, got ${describe(baseDir)}`, "Model.fromBytes", "baseDir");
    }
    return new Model(native.onnxImportBytes(data, baseDir ?? null));
  }

  /**
   * Traces `fn` into a graph (MXNet's hybridize). `inputs` become graph inputs in order, named by
   * the record's keys (or input_0, input_1, ... for an array); `fn` receives them as positional
   * arguments, runs eagerly and is recorded. The tensors it returns become the outputs, named by
   * the record's keys (or output_0, ...). Any other tensor `fn` reads becomes a constant. The
   * recording stops also when `fn` throws (the error is rethrown).
   */
  static trace(inputs: Record<string, Tensor> | Tensor[], fn: (...xs: Tensor[]) => TraceResult): Model {
    const op = "Model.trace";
    if (typeof fn !== "function") throw new InvalidArgumentError(`expected a function, got ${describe(fn)}`, op, "fn");
    if (inputs === null || typeof inputs !== "object") {
      throw new InvalidArgumentError(`expected a record or an array of Tensors, got ${describe(inputs)}`, op, "inputs");
    }
    const names = Array.isArray(inputs) ? inputs.map((_, k) => `input_${k}`) : Object.keys(inputs);
    const xs = Array.isArray(inputs) ? inputs.slice() : Object.values(inputs);
    xs.forEach((x, k) => tensorArg(x, op, `inputs.${names[k]}`));

    const g = native.graphCreate();
    let recording = false;
    try {
      native.graphTraceBegin(g);
      recording = true;
      xs.forEach((x, k) => native.graphTraceInput(g, x.handle, names[k] as string));
      const result: unknown = fn(...xs);
      let outs: Tensor[];
      let outNames: string[] | null = null;
      if (result instanceof Tensor) outs = [result];
      else if (Array.isArray(result)) outs = result.map((t, k) => tensorArg(t, op, `result[${k}]`));
      else if (result !== null && typeof result === "object") {
        outNames = Object.keys(result);
        outs = Object.values(result).map((t, k) => tensorArg(t, op, `result.${outNames?.[k]}`));
      } else {
        throw new InvalidArgumentError(`fn must return a Tensor, an array or a record of Tensors, got ${describe(result)}`, op, "fn");
      }
      if (outs.length === 0) throw new InvalidArgumentError("fn returned no tensors; a model needs at least one output", op, "fn");
      recording = false; // graphTraceEnd stops recording whatever happens
      native.graphTraceEnd(g, outs.map((t) => t.handle), outNames);
    } catch (e) {
      if (recording) {
        try {
          native.graphTraceEnd(g, [], null); // stops recording; fails by design (no outputs)
        } catch {
          // the original error matters
        }
      }
      native.graphRelease(g);
      throw e;
    }
    return new Model(g);
  }

  /** @internal The live graph handle. */
  private graph(op: string): GraphHandle {
    if (this._disposed) throw new DisposedError("model was disposed", op);
    return this._g;
  }

  /**
   * Runs the model. `feeds`: a record keyed by input name (every input exactly once) or an array
   * in input order. Dtypes and declared dims are checked by the engine. Returns the outputs keyed
   * by output name; the caller owns them.
   */
  run(feeds: Record<string, Tensor> | Tensor[]): Record<string, Tensor> {
    const op = "Model.run";
    const g = this.graph(op);
    if (feeds === null || typeof feeds !== "object") {
      throw new InvalidArgumentError(`expected a record or an array of Tensors, got ${describe(feeds)}`, op, "feeds");
    }
    let ordered: Tensor[];
    if (Array.isArray(feeds)) {
      if (feeds.length !== this.inputs.length) {
        throw new InvalidArgumentError(`the model has ${this.inputs.length} inputs, ${feeds.length} feeds given`, op, "feeds");
      }
      ordered = feeds.map((t, k) => tensorArg(t, op, this.inputs[k]?.name ?? `feeds[${k}]`));
    } else {
      const wanted = new Set(this.inputs.map((i) => i.name));
      const unknown = Object.keys(feeds).filter((k) => !wanted.has(k));
      if (unknown.length > 0) {
        throw new InvalidArgumentError(
          `unknown input name${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")}; the model's inputs are ${this.inputs.map((i) => `"${i.name}"`).join(", ") || "none"}`,
          op,
          "feeds",
        );
      }
      const missing = this.inputs.filter((i) => !Object.prototype.hasOwnProperty.call(feeds, i.name));
      if (missing.length > 0) {
        throw new InvalidArgumentError(`missing feed for input ${missing.map((i) => `"${i.name}"`).join(", ")}`, op, "feeds");
      }
      ordered = this.inputs.map((i) => tensorArg(feeds[i.name], op, i.name));
    }
    const outs = native.graphRun(g, ordered.map((t) => t.handle)).map((h) => new Tensor(h));
    const result: Record<string, Tensor> = {};
    this.outputNames.forEach((name, k) => {
      result[name] = outs[k] as Tensor;
    });
    return result;
  }

  /** Writes the model as an ONNX file (opset 20). An imported model is written as run last. */
  export(path: string): void {
    native.onnxExportFile(this.graph("Model.export"), pathArg(path, "Model.export"));
  }

  /** The model as a serialized ONNX ModelProto (opset 20). */
  toBytes(): Uint8Array {
    return native.onnxExportBytes(this.graph("Model.toBytes"));
  }

  /** Figures of the most recent run's plan (all zero before the first run). */
  planStats(): PlanStats {
    return native.graphPlanStats(this.graph("Model.planStats"));
  }

  /** Whether `dispose()` was called. */
  get disposed(): boolean {
    return this._disposed;
  }

  /** Releases the native graph now; idempotent. */
  dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    native.graphRelease(this._g);
  }

  [disposeSymbol](): void {
    this.dispose();
  }

  toString(): string {
    if (this._disposed) return "Model(disposed)";
    const ins = this.inputs.map((i) => `${i.name}: ${i.dtype}${i.shape === null ? "[?]" : `[${i.shape.map((d) => d ?? "?").join(", ")}]`}`);
    return `Model(inputs: ${ins.join(", ")}; outputs: ${this.outputNames.join(", ")})`;
  }
}

/** Reads a serialized ONNX TensorProto (an `input_0.pb` of the ONNX test data, say). */
export function readTensorProto(bytes: Uint8Array): Tensor {
  return new Tensor(native.onnxReadTensor(bytesArg(bytes, "readTensorProto")));
}
