// Test helpers: comparisons and tiny plain-JS reference computations. Expected values are
// derived here or by hand, never with Tessera itself.
import { Tensor, type DType } from "../src";

export interface Expected {
  dtype: DType;
  shape: number[];
  /** Row-major values; booleans for bool, numbers or bigints for int64. */
  data: ArrayLike<number | boolean | bigint>;
  /** Relative tolerance for float dtypes (default 1e-6). */
  rtol?: number;
  /** Absolute tolerance floor for float dtypes (default 1e-6 * rtol-scale; see below). */
  atol?: number;
}

/** Checks dtype, shape and values (floats within rtol, others exactly). */
export function expectTensor(t: Tensor, want: Expected): void {
  expect(t.dtype).toBe(want.dtype);
  expect(t.shape).toEqual(want.shape);
  const got = t.toTypedArray();
  expect(got.length).toBe(want.data.length);
  const rtol = want.rtol ?? 1e-6;
  const atol = want.atol ?? 1e-7;
  for (let i = 0; i < want.data.length; i++) {
    const g = got[i] as number | bigint;
    const w = want.data[i] as number | boolean | bigint;
    if (want.dtype === "bool") {
      if ((g !== 0) !== Boolean(w)) throw new Error(`element ${i}: got ${g}, want ${w}`);
    } else if (want.dtype === "int64") {
      if (g !== BigInt(w as number | bigint)) throw new Error(`element ${i}: got ${g}, want ${w}`);
    } else if (want.dtype === "float32" || want.dtype === "float64") {
      const gn = g as number;
      const wn = Number(w);
      if (Number.isNaN(wn)) {
        if (!Number.isNaN(gn)) throw new Error(`element ${i}: got ${gn}, want NaN`);
      } else if (!Number.isFinite(wn)) {
        if (gn !== wn) throw new Error(`element ${i}: got ${gn}, want ${wn}`);
      } else if (Math.abs(gn - wn) > atol + rtol * Math.abs(wn)) {
        throw new Error(`element ${i}: got ${gn}, want ${wn} (rtol ${rtol})\n  got:  [${Array.from(got as Float32Array).join(", ")}]\n  want: [${Array.from(want.data as ArrayLike<number>).join(", ")}]`);
      }
    } else if (g !== Number(w)) {
      throw new Error(`element ${i}: got ${g}, want ${w}`);
    }
  }
}

export function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Row-major strides. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    s[d] = acc;
    acc *= shape[d]!;
  }
  return s;
}

/** NumPy broadcasting of two shapes. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) throw new Error("not broadcastable");
    out.push(da === 1 ? db : da);
  }
  return out;
}

/** Element of `data` (shape `shape`) read at the broadcast index `idx` of `outShape`. */
function readBroadcast<T>(data: ArrayLike<T>, shape: readonly number[], idx: readonly number[]): T {
  const st = stridesOf(shape);
  let off = 0;
  const lead = idx.length - shape.length;
  for (let d = 0; d < shape.length; d++) {
    const i = shape[d] === 1 ? 0 : idx[lead + d]!;
    off += i * st[d]!;
  }
  return data[off]!;
}

/** out[idx] = f(a[idx'], b[idx'']) with NumPy broadcasting, all in plain JS. */
export function broadcastRef<A, B, R>(
  aShape: readonly number[],
  a: ArrayLike<A>,
  bShape: readonly number[],
  b: ArrayLike<B>,
  f: (x: A, y: B) => R,
): { shape: number[]; data: R[] } {
  const shape = broadcastShape(aShape, bShape);
  const n = product(shape);
  const st = stridesOf(shape);
  const data: R[] = [];
  for (let k = 0; k < n; k++) {
    const idx = shape.map((_, d) => Math.floor(k / st[d]!) % shape[d]!);
    data.push(f(readBroadcast(a, aShape, idx), readBroadcast(b, bShape, idx)));
  }
  return { shape, data };
}

/** Triple-loop matmul of row-major m×k and k×n matrices. */
export function matmulRef(a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number): number[] {
  const out = new Array<number>(m * n).fill(0);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p]! * b[p * n + j]!;
      out[i * n + j] = s;
    }
  }
  return out;
}

/** 0, 1, 2, ... n-1 */
export function iota(n: number, start = 0): number[] {
  return Array.from({ length: n }, (_, i) => start + i);
}

/** Float32 rounding of each value. */
export function f32(values: readonly number[]): number[] {
  return values.map((v) => Math.fround(v));
}
