// Every operator through its generated function (and method form), against independently
// derived expectations: hand-written constants or plain-JS reference loops (helpers.ts).
import {
  Tensor,
  abs,
  add,
  arange,
  cast,
  concat,
  div,
  equal,
  exp,
  full,
  greater,
  less,
  log,
  logSoftmax,
  matmul,
  max,
  maximum,
  mean,
  minimum,
  mul,
  neg,
  ones,
  pow,
  relu,
  reshape,
  sigmoid,
  slice,
  softmax,
  sqrt,
  sub,
  sum,
  tanh,
  transpose,
  where,
  zeros,
  type DType,
} from "../src";
import { broadcastRef, expectTensor, f32, iota, matmulRef } from "./helpers";

const A23 = [1, 2, 3, 4, 5, 6]; // [[1, 2, 3], [4, 5, 6]]

function t23(dtype: DType = "float32"): Tensor {
  return Tensor.from(A23, { shape: [2, 3], dtype });
}

describe("binary arithmetic with broadcasting", () => {
  const fns: [string, (a: Tensor, b: Tensor) => Tensor, (x: number, y: number) => number][] = [
    ["add", add, (x, y) => x + y],
    ["sub", sub, (x, y) => x - y],
    ["mul", mul, (x, y) => x * y],
    ["div", div, (x, y) => x / y],
    ["maximum", maximum, (x, y) => Math.max(x, y)],
    ["minimum", minimum, (x, y) => Math.min(x, y)],
  ];
  const bData = [10, -2, 0.5];

  test.each(fns)("%s: [2, 3] with [3] (float32)", (_name, fn, ref) => {
    const a = t23();
    const b = Tensor.from(bData);
    const want = broadcastRef([2, 3], A23, [3], bData, ref);
    expectTensor(fn(a, b), { dtype: "float32", shape: want.shape, data: f32(want.data) });
  });

  test.each(fns)("%s: [2, 1] with [1, 3] (float64)", (_name, fn, ref) => {
    const aData = [3, -7];
    const cData = [1, 4, -0.25];
    const a = Tensor.from(aData, { shape: [2, 1], dtype: "float64" });
    const c = Tensor.from(cData, { shape: [1, 3], dtype: "float64" });
    const want = broadcastRef([2, 1], aData, [1, 3], cData, ref);
    expect(want.shape).toEqual([2, 3]);
    expectTensor(fn(a, c), { dtype: "float64", shape: want.shape, data: want.data, rtol: 1e-12 });
  });

  test("pow on floats (squares, roots, reciprocals)", () => {
    const a = Tensor.from([2, 9, 4, 1.5]);
    const b = Tensor.from([3, 0.5, -1, 2]);
    expectTensor(pow(a, b), { dtype: "float32", shape: [4], data: [8, 3, 0.25, 2.25] });
    // broadcast a 0-d exponent
    expectTensor(pow(t23(), Tensor.scalar(2)), { dtype: "float32", shape: [2, 3], data: [1, 4, 9, 16, 25, 36] });
  });

  test("integer dtypes are preserved", () => {
    const a = Tensor.from(new Int32Array([7, -7, 9, 5]));
    const b = Tensor.from(new Int32Array([2, 2, -4, 5]));
    expectTensor(add(a, b), { dtype: "int32", shape: [4], data: [9, -5, 5, 10] });
    expectTensor(sub(a, b), { dtype: "int32", shape: [4], data: [5, -9, 13, 0] });
    expectTensor(mul(a, b), { dtype: "int32", shape: [4], data: [14, -14, -36, 25] });
    // C/ONNX integer division truncates toward zero
    expectTensor(div(a, b), { dtype: "int32", shape: [4], data: [3, -3, -2, 1] });
    expectTensor(maximum(a, b), { dtype: "int32", shape: [4], data: [7, 2, 9, 5] });
    expectTensor(minimum(a, b), { dtype: "int32", shape: [4], data: [2, -7, -4, 5] });
    expectTensor(pow(Tensor.from(new Int32Array([2, 3, -2])), Tensor.from(new Int32Array([10, 3, 3]))), {
      dtype: "int32",
      shape: [3],
      data: [1024, 27, -8],
    });
    const big = Tensor.from(new BigInt64Array([2n ** 40n, -5n]));
    expectTensor(add(big, Tensor.from(new BigInt64Array([1n]))), { dtype: "int64", shape: [2], data: [2n ** 40n + 1n, -4n] });
    expectTensor(add(Tensor.from(new Uint8Array([200, 1])), Tensor.from(new Uint8Array([50, 2]))), {
      dtype: "uint8",
      shape: [2],
      data: [250, 3],
    });
  });

  test("0-d with n-d and rank-3 broadcasting", () => {
    const s = Tensor.scalar(100);
    expectTensor(add(s, t23()), { dtype: "float32", shape: [2, 3], data: A23.map((v) => v + 100) });
    const aData = iota(4);
    const bData2 = iota(6, 10);
    const want = broadcastRef([2, 1, 2], aData, [3, 1], bData2.slice(0, 3), (x, y) => x * y);
    expect(want.shape).toEqual([2, 3, 2]);
    const got = mul(Tensor.from(aData, { shape: [2, 1, 2] }), Tensor.from(bData2.slice(0, 3), { shape: [3, 1] }));
    expectTensor(got, { dtype: "float32", shape: [2, 3, 2], data: want.data });
  });

  test("number operands become scalars of the tensor's dtype", () => {
    expectTensor(add(t23(), 1), { dtype: "float32", shape: [2, 3], data: [2, 3, 4, 5, 6, 7] });
    expectTensor(sub(10, t23("int32")), { dtype: "int32", shape: [2, 3], data: [9, 8, 7, 6, 5, 4] });
    expectTensor(mul(t23("float64"), 0.5), { dtype: "float64", shape: [2, 3], data: [0.5, 1, 1.5, 2, 2.5, 3] });
  });

  test("method forms", () => {
    const x = t23();
    const y = Tensor.from([1, 1, 2]);
    expectTensor(x.add(y), { dtype: "float32", shape: [2, 3], data: [2, 3, 5, 5, 6, 8] });
    expectTensor(x.sub(y), { dtype: "float32", shape: [2, 3], data: [0, 1, 1, 3, 4, 4] });
    expectTensor(x.mul(y), { dtype: "float32", shape: [2, 3], data: [1, 2, 6, 4, 5, 12] });
    expectTensor(x.div(y), { dtype: "float32", shape: [2, 3], data: [1, 2, 1.5, 4, 5, 3] });
    expectTensor(x.pow(2), { dtype: "float32", shape: [2, 3], data: [1, 4, 9, 16, 25, 36] });
    expectTensor(x.maximum(3), { dtype: "float32", shape: [2, 3], data: [3, 3, 3, 4, 5, 6] });
    expectTensor(x.minimum(3), { dtype: "float32", shape: [2, 3], data: [1, 2, 3, 3, 3, 3] });
    expectTensor(x.add(1).mul(2).neg(), { dtype: "float32", shape: [2, 3], data: [-4, -6, -8, -10, -12, -14] });
  });

  test("non-contiguous inputs: transpose then add", () => {
    const x = t23(); // [[1,2,3],[4,5,6]]
    const xt = transpose(x); // [[1,4],[2,5],[3,6]], a strided view
    expect(xt.shape).toEqual([3, 2]);
    expect(xt.isContiguous).toBe(false);
    const ones32 = Tensor.from([10, 20], { shape: [1, 2] });
    expectTensor(add(xt, ones32), { dtype: "float32", shape: [3, 2], data: [11, 24, 12, 25, 13, 26] });
    expectTensor(add(xt, xt), { dtype: "float32", shape: [3, 2], data: [2, 8, 4, 10, 6, 12] });
    // a strided slice view as well
    const every2 = slice(Tensor.from(iota(10)), [1], [10], { steps: [3] }); // 1, 4, 7
    expectTensor(every2.mul(every2), { dtype: "float32", shape: [3], data: [1, 16, 49] });
  });
});

describe("unary", () => {
  test("neg, abs, relu on float32 and int32", () => {
    const xf = Tensor.from([-2, -0.5, 0, 3]);
    expectTensor(neg(xf), { dtype: "float32", shape: [4], data: [2, 0.5, -0, -3] });
    expectTensor(abs(xf), { dtype: "float32", shape: [4], data: [2, 0.5, 0, 3] });
    expectTensor(relu(xf), { dtype: "float32", shape: [4], data: [0, 0, 0, 3] });
    const xi = Tensor.from(new Int32Array([-5, 0, 7]));
    expectTensor(neg(xi), { dtype: "int32", shape: [3], data: [5, 0, -7] });
    expectTensor(abs(xi), { dtype: "int32", shape: [3], data: [5, 0, 7] });
    expectTensor(relu(xi), { dtype: "int32", shape: [3], data: [0, 0, 7] });
    expectTensor(xi.neg(), { dtype: "int32", shape: [3], data: [5, 0, -7] });
    expectTensor(xf.abs(), { dtype: "float32", shape: [4], data: [2, 0.5, 0, 3] });
    expectTensor(xf.relu(), { dtype: "float32", shape: [4], data: [0, 0, 0, 3] });
  });

  const xs = [-3, -1, -0.5, 0, 0.25, 1, 2.5, 10];
  const pos = [1e-3, 0.5, 1, 2, Math.E, 100];
  const fns: [string, (x: Tensor) => Tensor, (x: number) => number, number[]][] = [
    ["exp", exp, Math.exp, xs],
    ["log", log, Math.log, pos],
    ["sqrt", sqrt, Math.sqrt, pos],
    ["tanh", tanh, Math.tanh, xs],
    ["sigmoid", sigmoid, (v) => 1 / (1 + Math.exp(-v)), xs],
  ];

  test.each(fns)("%s on float32 matches Math", (_name, fn, ref, input) => {
    const x = Tensor.from(input);
    const want = f32(input).map(ref);
    expectTensor(fn(x), { dtype: "float32", shape: [input.length], data: want, rtol: 1e-6, atol: 1e-7 });
  });

  test.each(fns)("%s on float64 matches Math", (_name, fn, ref, input) => {
    const x = Tensor.from(input, { dtype: "float64" });
    expectTensor(fn(x), { dtype: "float64", shape: [input.length], data: input.map(ref), rtol: 1e-12, atol: 1e-15 });
  });

  test("special values", () => {
    expectTensor(log(Tensor.from([0, -1])), { dtype: "float32", shape: [2], data: [-Infinity, Number.NaN] });
    expectTensor(sqrt(Tensor.from([-4])), { dtype: "float32", shape: [1], data: [Number.NaN] });
    expectTensor(exp(Tensor.from([-Infinity])), { dtype: "float32", shape: [1], data: [0] });
  });

  test("method forms and 2-D shapes", () => {
    const x = Tensor.from([
      [0, 1],
      [4, 9],
    ]);
    expectTensor(x.sqrt(), { dtype: "float32", shape: [2, 2], data: [0, 1, 2, 3] });
    expectTensor(x.exp().log(), { dtype: "float32", shape: [2, 2], data: [0, 1, 4, 9], rtol: 1e-6, atol: 1e-6 });
    expectTensor(x.tanh(), { dtype: "float32", shape: [2, 2], data: f32([0, 1, 4, 9]).map(Math.tanh) });
    expectTensor(x.sigmoid(), { dtype: "float32", shape: [2, 2], data: f32([0, 1, 4, 9]).map((v) => 1 / (1 + Math.exp(-v))) });
  });
});

describe("comparisons and where", () => {
  const aData = [1, 2, 3, 4, 5, 6];
  const bData = [3, 2, 5];
  const cases: [string, (a: Tensor, b: Tensor) => Tensor, (x: number, y: number) => boolean][] = [
    ["equal", equal, (x, y) => x === y],
    ["less", less, (x, y) => x < y],
    ["greater", greater, (x, y) => x > y],
  ];
  test.each(cases)("%s broadcasts to bool", (_name, fn, ref) => {
    const want = broadcastRef([2, 3], aData, [3], bData, ref);
    expectTensor(fn(Tensor.from(aData, { shape: [2, 3] }), Tensor.from(bData)), { dtype: "bool", shape: [2, 3], data: want.data });
    // int32 and a column vector
    const want2 = broadcastRef([3], bData, [2, 1], [2, 4], ref);
    expectTensor(fn(Tensor.from(bData, { dtype: "int32" }), Tensor.from([2, 4], { shape: [2, 1], dtype: "int32" })), {
      dtype: "bool",
      shape: [2, 3],
      data: want2.data,
    });
  });

  test("comparison methods with numbers", () => {
    const x = Tensor.from([1, 2, 3]);
    expect(x.less(2).toArray()).toEqual([true, false, false]);
    expect(x.greater(2).toArray()).toEqual([false, false, true]);
    expect(x.equal(2).toArray()).toEqual([false, true, false]);
  });

  test("where selects with broadcasting", () => {
    const cond = Tensor.from([
      [true, false, true],
      [false, true, false],
    ]);
    const x = t23();
    const y = Tensor.from([-1, -2, -3]);
    expectTensor(where(cond, x, y), { dtype: "float32", shape: [2, 3], data: [1, -2, 3, -1, 5, -3] });
    // a number operand takes the dtype of x (the first non-bool tensor), not the condition's
    expectTensor(where(cond, x, 0), { dtype: "float32", shape: [2, 3], data: [1, 0, 3, 0, 5, 0] });
    // a [3] condition against [2, 3] values
    expectTensor(where(Tensor.from([false, true, true]), x, y), { dtype: "float32", shape: [2, 3], data: [-1, 2, 3, -1, 5, 6] });
    // relu written with where + greater
    const v = Tensor.from([-1, 2, -3, 4], { dtype: "int64" });
    expectTensor(where(v.greater(0), v, 0), { dtype: "int64", shape: [4], data: [0, 2, 0, 4] });
  });
});

describe("cast", () => {
  test("float to int truncates toward zero", () => {
    expectTensor(cast(Tensor.from([1.7, -1.7, 0, 3]), { dtype: "int32" }), { dtype: "int32", shape: [4], data: [1, -1, 0, 3] });
  });
  test("to and from bool, widening", () => {
    expectTensor(cast(Tensor.from([0, 2, -0.5]), { dtype: "bool" }), { dtype: "bool", shape: [3], data: [false, true, true] });
    expectTensor(cast(Tensor.from([true, false]), { dtype: "float32" }), { dtype: "float32", shape: [2], data: [1, 0] });
    expectTensor(cast(Tensor.from(new Int32Array([-3, 40000])), { dtype: "float64" }), { dtype: "float64", shape: [2], data: [-3, 40000] });
    expectTensor(cast(Tensor.from(new Int32Array([-3, 7])), { dtype: "int64" }), { dtype: "int64", shape: [2], data: [-3n, 7n] });
    expectTensor(t23().cast({ dtype: "uint8" }), { dtype: "uint8", shape: [2, 3], data: A23 });
  });
});

describe("matmul", () => {
  test("2-D matrices (triple-loop reference)", () => {
    const a = iota(6, 1);
    const b = [7, 8, 9, 10, 11, 12];
    expectTensor(matmul(Tensor.from(a, { shape: [2, 3] }), Tensor.from(b, { shape: [3, 2] })), {
      dtype: "float32",
      shape: [2, 2],
      data: matmulRef(a, b, 2, 3, 2),
    });
  });

  test("larger float32 and float64 matrices", () => {
    const m = 17, k = 33, n = 9;
    const a = Array.from({ length: m * k }, (_, i) => ((i * 37) % 23) / 7 - 1.5);
    const b = Array.from({ length: k * n }, (_, i) => ((i * 11) % 19) / 5 - 2);
    const want = matmulRef(f32(a), f32(b), m, k, n);
    expectTensor(matmul(Tensor.from(a, { shape: [m, k] }), Tensor.from(b, { shape: [k, n] })), {
      dtype: "float32",
      shape: [m, n],
      data: want,
      rtol: 1e-5,
      atol: 1e-5,
    });
    expectTensor(matmul(Tensor.from(a, { shape: [m, k], dtype: "float64" }), Tensor.from(b, { shape: [k, n], dtype: "float64" })), {
      dtype: "float64",
      shape: [m, n],
      data: matmulRef(a, b, m, k, n),
      rtol: 1e-12,
      atol: 1e-12,
    });
  });

  test("integer matmul", () => {
    expectTensor(matmul(Tensor.from(new Int32Array([1, 2])), Tensor.from(new Int32Array([3, 4, 5, 6]), { shape: [2, 2] })), {
      dtype: "int32",
      shape: [2],
      data: [13, 16],
    });
  });

  test("1-D promotion", () => {
    const v = [1, 2, 3];
    const mData = [1, 0, 2, 1, 0, 3]; // [3, 2]
    // [3] @ [3, 2] -> [2]
    expectTensor(matmul(Tensor.from(v), Tensor.from(mData, { shape: [3, 2] })), { dtype: "float32", shape: [2], data: matmulRef(v, mData, 1, 3, 2) });
    // [2, 3] @ [3] -> [2]
    const m23 = [1, 2, 3, 4, 5, 6];
    expectTensor(matmul(Tensor.from(m23, { shape: [2, 3] }), Tensor.from(v)), { dtype: "float32", shape: [2], data: matmulRef(m23, v, 2, 3, 1) });
    // [3] @ [3] -> 0-d
    expectTensor(matmul(Tensor.from(v), Tensor.from([4, 5, 6])), { dtype: "float32", shape: [], data: [32] });
  });

  test("batch broadcasting", () => {
    // a: [2, 1, 2, 3], b: [3, 3, 2] -> [2, 3, 2, 2]
    const aData = iota(12, 1).map((x) => x / 4);
    const bData = iota(18).map((x) => 2 - x / 3);
    const out = matmul(Tensor.from(aData, { shape: [2, 1, 2, 3] }), Tensor.from(bData, { shape: [3, 3, 2] }));
    const want: number[] = [];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        want.push(...matmulRef(aData.slice(i * 6, i * 6 + 6), bData.slice(j * 6, j * 6 + 6), 2, 3, 2));
      }
    }
    expectTensor(out, { dtype: "float32", shape: [2, 3, 2, 2], data: want, rtol: 1e-6, atol: 1e-6 });
    // method form with a transposed (non-contiguous) right operand
    const a = Tensor.from(iota(6), { shape: [2, 3] });
    expectTensor(a.matmul(transpose(a)), { dtype: "float32", shape: [2, 2], data: matmulRef(iota(6), [0, 3, 1, 4, 2, 5], 2, 3, 2) });
  });
});

describe("reductions", () => {
  // x: [2, 3, 2] = 1..12
  const x3 = (): Tensor => Tensor.from(iota(12, 1), { shape: [2, 3, 2] });

  test("sum over all axes by default", () => {
    expectTensor(sum(t23()), { dtype: "float32", shape: [], data: [21] });
    expectTensor(sum(t23(), { keepdims: true }), { dtype: "float32", shape: [1, 1], data: [21] });
    expectTensor(t23().sum(), { dtype: "float32", shape: [], data: [21] });
  });

  test("sum over axes, keepdims, negative axes", () => {
    expectTensor(sum(t23(), { axes: [0] }), { dtype: "float32", shape: [3], data: [5, 7, 9] });
    expectTensor(sum(t23(), { axes: [1] }), { dtype: "float32", shape: [2], data: [6, 15] });
    expectTensor(sum(t23(), { axes: [-1], keepdims: true }), { dtype: "float32", shape: [2, 1], data: [6, 15] });
    // [2, 3, 2] over axes 0 and 2: j-th = sum_i,k x[i][j][k]
    // x[0] = [[1,2],[3,4],[5,6]], x[1] = [[7,8],[9,10],[11,12]] -> [1+2+7+8, 3+4+9+10, 5+6+11+12]
    expectTensor(sum(x3(), { axes: [0, -1] }), { dtype: "float32", shape: [3], data: [18, 26, 34] });
    expectTensor(x3().sum({ axes: [2, 0], keepdims: true }), { dtype: "float32", shape: [1, 3, 1], data: [18, 26, 34] });
    expectTensor(sum(t23("int32"), { axes: [1] }), { dtype: "int32", shape: [2], data: [6, 15] });
  });

  test("mean", () => {
    expectTensor(mean(t23()), { dtype: "float32", shape: [], data: [3.5] });
    expectTensor(mean(t23(), { axes: [0] }), { dtype: "float32", shape: [3], data: [2.5, 3.5, 4.5] });
    expectTensor(mean(t23("float64"), { axes: [-1], keepdims: true }), { dtype: "float64", shape: [2, 1], data: [2, 5] });
    expectTensor(x3().mean({ axes: [1] }), { dtype: "float32", shape: [2, 2], data: [3, 4, 9, 10] });
  });

  test("max", () => {
    const x = Tensor.from([
      [3, -1, 7],
      [2, 9, -4],
    ]);
    expectTensor(max(x), { dtype: "float32", shape: [], data: [9] });
    expectTensor(max(x, { axes: [0] }), { dtype: "float32", shape: [3], data: [3, 9, 7] });
    expectTensor(max(x, { axes: [-1], keepdims: true }), { dtype: "float32", shape: [2, 1], data: [7, 9] });
    expectTensor(x.max({ axes: [1] }), { dtype: "float32", shape: [2], data: [7, 9] });
    expectTensor(max(Tensor.from(new Int32Array([-5, -9, -2]))), { dtype: "int32", shape: [], data: [-2] });
  });
});

describe("shape operators", () => {
  test("reshape (with -1) keeps row-major order", () => {
    expectTensor(reshape(t23(), [3, 2]), { dtype: "float32", shape: [3, 2], data: A23 });
    expectTensor(reshape(t23(), [-1]), { dtype: "float32", shape: [6], data: A23 });
    expectTensor(t23().reshape([1, -1, 2]), { dtype: "float32", shape: [1, 3, 2], data: A23 });
    expectTensor(reshape(Tensor.from([5]), []), { dtype: "float32", shape: [], data: [5] });
    // reshape of a transposed view must read it in its logical order
    expectTensor(reshape(transpose(t23()), [6]), { dtype: "float32", shape: [6], data: [1, 4, 2, 5, 3, 6] });
  });

  test("transpose: default reverses, perm permutes", () => {
    expectTensor(transpose(t23()), { dtype: "float32", shape: [3, 2], data: [1, 4, 2, 5, 3, 6] });
    const x = Tensor.from(iota(24), { shape: [2, 3, 4] });
    // y[j][i][k] = x[i][j][k]
    const want: number[] = [];
    for (let j = 0; j < 3; j++) for (let i = 0; i < 2; i++) for (let k = 0; k < 4; k++) want.push(i * 12 + j * 4 + k);
    expectTensor(transpose(x, { perm: [1, 0, 2] }), { dtype: "float32", shape: [3, 2, 4], data: want });
    // default on 3-D: y[k][j][i] = x[i][j][k]
    const rev: number[] = [];
    for (let k = 0; k < 4; k++) for (let j = 0; j < 3; j++) for (let i = 0; i < 2; i++) rev.push(i * 12 + j * 4 + k);
    expectTensor(x.transpose(), { dtype: "float32", shape: [4, 3, 2], data: rev });
  });

  test("concat along axes", () => {
    const a = Tensor.from([[1, 2]]);
    const b = Tensor.from([
      [3, 4],
      [5, 6],
    ]);
    expectTensor(concat([a, b]), { dtype: "float32", shape: [3, 2], data: [1, 2, 3, 4, 5, 6] });
    const c = Tensor.from([[7], [8]]);
    expectTensor(concat([b, c], { axis: 1 }), { dtype: "float32", shape: [2, 3], data: [3, 4, 7, 5, 6, 8] });
    expectTensor(concat([c, b, c], { axis: -1 }), { dtype: "float32", shape: [2, 4], data: [7, 3, 4, 7, 8, 5, 6, 8] });
    expectTensor(concat([Tensor.from(new Int32Array([1]))]), { dtype: "int32", shape: [1], data: [1] });
    // more inputs than the runtime's fast path holds
    const many = iota(7).map((i) => Tensor.from([i]));
    expectTensor(concat(many), { dtype: "float32", shape: [7], data: iota(7) });
  });

  test("slice: ONNX semantics", () => {
    const v = Tensor.from(iota(10));
    expectTensor(slice(v, [2], [7]), { dtype: "float32", shape: [5], data: [2, 3, 4, 5, 6] });
    expectTensor(slice(v, [1], [8], { steps: [3] }), { dtype: "float32", shape: [3], data: [1, 4, 7] });
    // negative indices count from the end; ends clamp
    expectTensor(slice(v, [-3], [100]), { dtype: "float32", shape: [3], data: [7, 8, 9] });
    expectTensor(slice(v, [-100], [2]), { dtype: "float32", shape: [2], data: [0, 1] });
    // negative steps walk backwards
    expectTensor(slice(v, [-1], [-100], { steps: [-1] }), { dtype: "float32", shape: [10], data: iota(10).reverse() });
    expectTensor(slice(v, [8], [1], { steps: [-3] }), { dtype: "float32", shape: [3], data: [8, 5, 2] });
    // empty result
    expectTensor(slice(v, [5], [5]), { dtype: "float32", shape: [0], data: [] });
    // 2-D with axes: x = [[0..3],[4..7],[8..11]]
    const m = Tensor.from(iota(12), { shape: [3, 4] });
    expectTensor(slice(m, [1], [3], { axes: [1] }), { dtype: "float32", shape: [3, 2], data: [1, 2, 5, 6, 9, 10] });
    expectTensor(slice(m, [0, 3], [3, 0], { axes: [0, -1], steps: [2, -2] }), { dtype: "float32", shape: [2, 2], data: [3, 1, 11, 9] });
    expectTensor(m.slice([1], [2]), { dtype: "float32", shape: [1, 4], data: [4, 5, 6, 7] });
  });
});

describe("softmax and log_softmax", () => {
  function softmaxRef(rows: number[][]): number[] {
    return rows.flatMap((r) => {
      const m = Math.max(...r);
      const e = r.map((v) => Math.exp(v - m));
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / s);
    });
  }
  const rows = [
    [1, 2, 3],
    [1, 1, 1],
    [-5, 0, 50],
  ];

  test("softmax over the last axis by default", () => {
    expectTensor(softmax(Tensor.from(rows)), { dtype: "float32", shape: [3, 3], data: softmaxRef(rows), rtol: 1e-6, atol: 1e-7 });
    expectTensor(Tensor.from(rows, { dtype: "float64" }).softmax(), { dtype: "float64", shape: [3, 3], data: softmaxRef(rows), rtol: 1e-12, atol: 1e-15 });
  });

  test("softmax over axis 0", () => {
    const cols = [0, 1, 2].map((j) => rows.map((r) => r[j]!)); // columns as rows
    const byCol = softmaxRef(cols); // [col][row]
    const want = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => byCol[j * 3 + i]!));
    expectTensor(softmax(Tensor.from(rows), { axis: 0 }), { dtype: "float32", shape: [3, 3], data: want, rtol: 1e-6, atol: 1e-7 });
  });

  test("log_softmax", () => {
    const want = softmaxRef(rows).map(Math.log);
    expectTensor(logSoftmax(Tensor.from(rows, { dtype: "float64" })), { dtype: "float64", shape: [3, 3], data: want, rtol: 1e-12, atol: 1e-12 });
    expectTensor(logSoftmax(Tensor.from(rows)), { dtype: "float32", shape: [3, 3], data: want, rtol: 1e-6, atol: 1e-6 });
    // two equal logits: log(1/2) each
    expectTensor(Tensor.from([3, 3]).logSoftmax({ axis: 0 }), { dtype: "float32", shape: [2], data: [-Math.LN2, -Math.LN2] });
    // large inputs do not overflow
    expectTensor(logSoftmax(Tensor.from([1000, 1000])), { dtype: "float32", shape: [2], data: [-Math.LN2, -Math.LN2] });
  });
});

describe("creation", () => {
  test("zeros and ones", () => {
    expectTensor(zeros([2, 3]), { dtype: "float32", shape: [2, 3], data: [0, 0, 0, 0, 0, 0] });
    expectTensor(zeros([2], { dtype: "int32" }), { dtype: "int32", shape: [2], data: [0, 0] });
    expectTensor(zeros([]), { dtype: "float32", shape: [], data: [0] });
    expectTensor(zeros([3, 0]), { dtype: "float32", shape: [3, 0], data: [] });
    expectTensor(ones([3]), { dtype: "float32", shape: [3], data: [1, 1, 1] });
    expectTensor(ones([2, 2], { dtype: "bool" }), { dtype: "bool", shape: [2, 2], data: [true, true, true, true] });
    expectTensor(ones([1], { dtype: "int64" }), { dtype: "int64", shape: [1], data: [1n] });
  });

  test("full", () => {
    expectTensor(full([2, 2], 7.5), { dtype: "float32", shape: [2, 2], data: [7.5, 7.5, 7.5, 7.5] });
    expectTensor(full([3], -2, { dtype: "int64" }), { dtype: "int64", shape: [3], data: [-2n, -2n, -2n] });
    expectTensor(full([2], 0.1, { dtype: "float64" }), { dtype: "float64", shape: [2], data: [0.1, 0.1], rtol: 0 });
  });

  test("arange", () => {
    expectTensor(arange(0, 5), { dtype: "float32", shape: [5], data: [0, 1, 2, 3, 4] });
    expectTensor(arange(1, 2, { step: 0.25 }), { dtype: "float32", shape: [4], data: [1, 1.25, 1.5, 1.75] });
    expectTensor(arange(5, 0, { step: -2 }), { dtype: "float32", shape: [3], data: [5, 3, 1] });
    expectTensor(arange(3, -1, { step: -1.5 }), { dtype: "float32", shape: [3], data: [3, 1.5, 0] });
    expectTensor(arange(0, 4, { dtype: "int32" }), { dtype: "int32", shape: [4], data: [0, 1, 2, 3] });
    expectTensor(arange(2, 2), { dtype: "float32", shape: [0], data: [] });
    expectTensor(arange(5, 0), { dtype: "float32", shape: [0], data: [] });
  });

  test("composition: arange -> reshape -> transpose -> matmul -> sum", () => {
    const a = arange(0, 6).reshape([2, 3]);
    const g = a.matmul(a.transpose()); // Gram matrix of [[0,1,2],[3,4,5]]
    expectTensor(g, { dtype: "float32", shape: [2, 2], data: [5, 14, 14, 50] });
    expectTensor(g.sum({ axes: [0] }), { dtype: "float32", shape: [2], data: [19, 64] });
  });
});
