/**
 * The runtime the generated operator functions (`generated/ops.ts`, `generated/methods.ts`) call.
 *
 * Contract for generated code:
 * - `resolveOps([...names] as const)` once at module load: one {@link OpHandle} per operator,
 *   with attribute slots and types resolved from the library.
 * - `call1(op, inputs, attrs)` / `callN(...)` per call:
 *   - `inputs` in schema order: a Tensor; a number (becomes a 0-d tensor of the dtype of the
 *     first non-bool Tensor input, else the first Tensor input, else float32); an array for a
 *     variadic input (flattened in place); `undefined` for an absent optional input (trailing
 *     ones are dropped, inner ones passed as null slots).
 *   - `attrs` in schema slot order (may be shorter; `undefined` = registry default):
 *     bool → boolean, int → integer number, float → number, string → string,
 *     enum → `enumIndex(TABLE, value, op, attr)`, dtype → `dtypeCode(value, op, attr)`,
 *     int[] → number[] of integers, float[] → number[].
 *     A wrong JS type raises InvalidAttributeError naming the operator and attribute.
 * - Every failure is a TesseraError subclass with `.op` and `.arg`.
 */
import { DTYPE_CODES, dtypeCode } from "./dtype";
import { InternalError, InvalidAttributeError } from "./errors";
import { native, type OpHandle, type TensorHandle } from "./native";
import { registryOp } from "./registry";
import { Tensor, scalarHandle, type TensorLike } from "./tensor";

export { dtypeCode };
export type { OpHandle };

/**
 * Resolves each operator once (NotFoundError for an unknown name).
 * @example const ops = resolveOps(["add", "sum"] as const); call1(ops.add, [a, b], []);
 */
export function resolveOps<const N extends readonly string[]>(names: N): { [K in N[number]]: OpHandle } {
  const out: Record<string, OpHandle> = {};
  for (const name of names) {
    const schema = registryOp(name);
    if (schema === undefined) {
      // Not in the registry: the library's own lookup raises its NotFoundError.
      out[name] = native.opLookup(name, [], [], false);
      continue;
    }
    const inputs = schema.inputs;
    out[name] = native.opLookup(
      name,
      schema.attrs.map((a) => a.name),
      inputs.map((i) => i.name),
      inputs.length > 0 && inputs[inputs.length - 1]!.variadic,
    );
  }
  return out as { [K in N[number]]: OpHandle };
}

/** Input entries accepted by call1/callN. */
export type CallInput = TensorLike | readonly TensorLike[] | undefined;

// Reused handle arrays for the all-Tensor fast path (index = input count); cleared after each
// call so they never keep a tensor alive.
const SCRATCH: (TensorHandle | undefined)[][] = [[], [undefined], [undefined, undefined], [undefined, undefined, undefined], [undefined, undefined, undefined, undefined]];

/** Runs an operator with one output. */
export function call1(op: OpHandle, inputs: readonly CallInput[], attrs: readonly unknown[]): Tensor {
  const n = inputs.length;
  if (n < SCRATCH.length) {
    const hs = SCRATCH[n]!;
    let i = 0;
    for (; i < n; i++) {
      const x = inputs[i];
      if (!(x instanceof Tensor)) break;
      hs[i] = x._h;
    }
    if (i === n) {
      let r: TensorHandle | TensorHandle[];
      try {
        r = native.invoke(op, hs, attrs.length === 0 ? undefined : attrs);
      } finally {
        for (let j = 0; j < n; j++) hs[j] = undefined;
      }
      if (!Array.isArray(r)) return new Tensor(r);
      return single(op, r);
    }
    for (let j = 0; j < i; j++) hs[j] = undefined;
  }
  const r = slowInvoke(op, inputs, attrs);
  return Array.isArray(r) ? single(op, r) : new Tensor(r);
}

/** Runs an operator and returns all its outputs. */
export function callN(op: OpHandle, inputs: readonly CallInput[], attrs: readonly unknown[]): Tensor[] {
  const r = slowInvoke(op, inputs, attrs);
  if (!Array.isArray(r)) return [new Tensor(r)];
  return r.map((h) => new Tensor(h));
}

/**
 * The index of an enum attribute value. Throws InvalidAttributeError listing the valid values.
 * @param table value → index, e.g. `{ constant: 0, reflect: 1 }`.
 */
export function enumIndex(table: Readonly<Record<string, number>>, value: string, op: string, attr: string): number {
  if (typeof value === "string" && Object.prototype.hasOwnProperty.call(table, value)) return table[value]!;
  const shown = typeof value === "string" ? `"${value}"` : String(value);
  const valid = Object.keys(table)
    .map((k) => `"${k}"`)
    .join(", ");
  throw new InvalidAttributeError(`invalid value ${shown} for attribute "${attr}"; expected one of ${valid}`, op, attr);
}

// ---- the general path ------------------------------------------------------------------------

function single(op: OpHandle, handles: TensorHandle[]): Tensor {
  for (const h of handles) native.dispose(h);
  throw new InternalError(`operator returned ${handles.length} outputs; call it with callN`, native.opName(op));
}

/** Scalar inputs take the dtype of the first non-bool Tensor input, else the first Tensor's, else float32. */
function scalarDtypeCode(inputs: readonly CallInput[]): number {
  let fallback = -1;
  const visit = (x: unknown): number => {
    if (x instanceof Tensor && !x._disposed) {
      const code = DTYPE_CODES[x.dtype];
      if (code !== DTYPE_CODES.bool) return code;
      if (fallback < 0) fallback = code;
    }
    return -1;
  };
  for (const x of inputs) {
    if (Array.isArray(x)) {
      for (const y of x) {
        const c = visit(y);
        if (c >= 0) return c;
      }
    } else {
      const c = visit(x);
      if (c >= 0) return c;
    }
  }
  return fallback >= 0 ? fallback : DTYPE_CODES.float32;
}

function slowInvoke(op: OpHandle, inputs: readonly CallInput[], attrs: readonly unknown[]): TensorHandle | TensorHandle[] {
  const hs: (TensorHandle | undefined)[] = [];
  let temps: TensorHandle[] | undefined;
  let code = -1;
  const push = (x: unknown): void => {
    if (x instanceof Tensor) {
      hs.push(x._h);
    } else if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") {
      if (code < 0) code = scalarDtypeCode(inputs);
      const h = scalarHandle(code, x, native.opName(op), `inputs[${hs.length}]`);
      (temps ??= []).push(h);
      hs.push(h);
    } else {
      // undefined/null: an absent optional input; anything else is reported by the addon.
      hs.push(x as TensorHandle | undefined);
    }
  };
  try {
    for (const x of inputs) {
      if (Array.isArray(x)) for (const y of x) push(y);
      else push(x);
    }
    while (hs.length > 0 && hs[hs.length - 1] === undefined) hs.pop();
    return native.invoke(op, hs, attrs.length === 0 ? undefined : attrs);
  } finally {
    if (temps !== undefined) for (const h of temps) native.dispose(h);
  }
}
