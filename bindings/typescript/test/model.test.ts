// Model (graphs and ONNX) through the real addon. Expected values come from the ONNX node test
// data (output_K.pb written by the onnx package), plain-JS reference computations and hand
// derivation.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

import {
  DTypeMismatchError,
  DisposedError,
  InvalidArgumentError,
  Model,
  NotFoundError,
  ShapeMismatchError,
  Tensor,
  TesseraError,
  UnsupportedError,
  add,
  exp,
  matmul,
  neg,
  readTensorProto,
  relu,
  sin,
  tanh,
} from "../src";
import { expectTensor, matmulRef } from "./helpers";

const NODE_TESTS = path.resolve(__dirname, "..", "..", "..", "..", "shared", "conformance", "onnx-node");
const haveNodeTests = fs.existsSync(path.join(NODE_TESTS, "test_add", "model.onnx"));
const nodeTest = haveNodeTests ? test : test.skip;

function pb(test: string, file: string): Tensor {
  return readTensorProto(fs.readFileSync(path.join(NODE_TESTS, test, "test_data_set_0", file)));
}

function tmpFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tessera-model-")), name);
}

// A small MLP: relu(x W1 + b1) W2 + b2, with fixed weights.
const W1 = [0.5, -1, 0.25, 1, 0.5, -0.5, -0.25, 0.75, 1, 0, 2, -1]; // 3×4
const B1 = [0.1, -0.2, 0.3, 0];
const W2 = [1, -1, 0.5, 2, -0.5, 0.25, 1, 1]; // 4×2
const B2 = [0.01, -0.02];
const X = [1, 2, 3, -1, 0.5, 2]; // 2×3

function mlpRef(x: number[], rows: number): number[] {
  const h = matmulRef(x, W1, rows, 3, 4).map((v, i) => Math.max(0, v + B1[i % 4]!));
  return matmulRef(h, W2, rows, 4, 2).map((v, i) => v + B2[i % 2]!);
}

function traceMlp(): { model: Model; eager: Tensor } {
  const w1 = Tensor.from(W1, { shape: [3, 4] });
  const b1 = Tensor.from(B1);
  const w2 = Tensor.from(W2, { shape: [4, 2] });
  const b2 = Tensor.from(B2);
  const x = Tensor.from(X, { shape: [2, 3] });
  let eager: Tensor | undefined;
  const model = Model.trace({ x }, (xs) => {
    eager = add(matmul(relu(add(matmul(xs, w1), b1)), w2), b2);
    return { y: eager };
  });
  return { model, eager: eager! };
}

describe("Model.load (ONNX node tests)", () => {
  nodeTest("test_add matches output_0.pb", () => {
    using m = Model.load(path.join(NODE_TESTS, "test_add", "model.onnx"));
    expect(m.inputs).toEqual([
      { name: "x", dtype: "float32", shape: [3, 4, 5] },
      { name: "y", dtype: "float32", shape: [3, 4, 5] },
    ]);
    expect(m.outputNames).toEqual(["sum"]);
    const want = pb("test_add", "output_0.pb");
    const out = m.run({ x: pb("test_add", "input_0.pb"), y: pb("test_add", "input_1.pb") });
    expectTensor(out["sum"]!, { dtype: "float32", shape: [3, 4, 5], data: want.toTypedArray() as Float32Array, rtol: 1e-6 });
    // The same through an array of feeds.
    const again = m.run([pb("test_add", "input_0.pb"), pb("test_add", "input_1.pb")]);
    expect(again["sum"]!.toArray()).toEqual(out["sum"]!.toArray());
  });

  nodeTest("fromBytes equals load", () => {
    const bytes = fs.readFileSync(path.join(NODE_TESTS, "test_relu", "model.onnx"));
    using m = Model.fromBytes(new Uint8Array(bytes));
    const x = pb("test_relu", "input_0.pb");
    const want = pb("test_relu", "output_0.pb");
    const y = m.run([x])[m.outputNames[0]!]!;
    expectTensor(y, { dtype: "float32", shape: want.shape, data: want.toTypedArray() as Float32Array });
  });

  nodeTest("readTensorProto reads dtype, shape and values", () => {
    const x = pb("test_add", "input_0.pb");
    expect(x.dtype).toBe("float32");
    expect(x.shape).toEqual([3, 4, 5]);
  });

});

// A minimal ONNX ModelProto, protobuf-encoded by hand: y = <opType>(x), x and y float32 [2], opset 17.
function tinyModel(opType: string): Uint8Array {
  const varint = (n: number): number[] => {
    const out: number[] = [];
    while (n > 127) {
      out.push((n & 127) | 128);
      n >>>= 7;
    }
    out.push(n);
    return out;
  };
  const bytesField = (no: number, payload: number[] | string): number[] => {
    const b = typeof payload === "string" ? [...Buffer.from(payload, "utf8")] : payload;
    return [...varint((no << 3) | 2), ...varint(b.length), ...b];
  };
  const intField = (no: number, v: number): number[] => [...varint(no << 3), ...varint(v)];
  // ValueInfoProto{name, type: TypeProto{tensor_type{elem_type FLOAT, shape{dim{dim_value 2}}}}}
  const valueInfo = (name: string) => [...bytesField(1, name), ...bytesField(2, bytesField(1, [...intField(1, 1), ...bytesField(2, bytesField(1, intField(1, 2)))]))];
  const node = [...bytesField(1, "x"), ...bytesField(2, "y"), ...bytesField(3, "my_node"), ...bytesField(4, opType)];
  const graph = [...bytesField(1, node), ...bytesField(2, "g"), ...bytesField(11, valueInfo("x")), ...bytesField(12, valueInfo("y"))];
  return new Uint8Array([...intField(1, 8), ...bytesField(8, [...bytesField(1, ""), ...intField(2, 17)]), ...bytesField(7, graph)]);
}

describe("Model.fromBytes (hand-encoded models)", () => {
  test("a one-node model runs", () => {
    using m = Model.fromBytes(tinyModel("Neg"));
    expect(m.inputs).toEqual([{ name: "x", dtype: "float32", shape: [2] }]);
    expect(m.run({ x: Tensor.from([1.5, -2]) })["y"]!.toArray()).toEqual([-1.5, 2]);
  });

  test("an unsupported op type is an UnsupportedError naming node, op type and opset", () => {
    let err: unknown;
    try {
      Model.fromBytes(tinyModel("NoSuchOp")).dispose();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnsupportedError);
    expect((err as Error).message).toMatch(/my_node/);
    expect((err as Error).message).toMatch(/NoSuchOp/);
    expect((err as Error).message).toMatch(/opset 17/);
  });
});

describe("Model.trace", () => {
  test("a traced MLP runs like the eager code (and like a plain-JS reference)", () => {
    const { model, eager } = traceMlp();
    using m = model;
    expect(m.inputs).toEqual([{ name: "x", dtype: "float32", shape: [2, 3] }]);
    expect(m.outputNames).toEqual(["y"]);
    const want = mlpRef(X, 2);
    expectTensor(eager, { dtype: "float32", shape: [2, 2], data: want, rtol: 1e-5 });
    const x2 = [0.5, -2, 1, 3, 1, -1];
    const got = m.run({ x: Tensor.from(x2, { shape: [2, 3] }) })["y"]!;
    expectTensor(got, { dtype: "float32", shape: [2, 2], data: mlpRef(x2, 2), rtol: 1e-5 });
    // The traced graph on the traced input gives the eager result.
    const same = m.run([Tensor.from(X, { shape: [2, 3] })])["y"]!;
    expectTensor(same, { dtype: "float32", shape: [2, 2], data: eager.toTypedArray() as Float32Array, rtol: 1e-6 });
  });

  test("array inputs and outputs get input_K / output_K names", () => {
    const a = Tensor.from([1, 2, 3]);
    const b = Tensor.from([10, 20, 30]);
    using m = Model.trace([a, b], (x, y) => [add(x!, y!), neg(x!)]);
    expect(m.inputs.map((i) => i.name)).toEqual(["input_0", "input_1"]);
    expect(m.outputNames).toEqual(["output_0", "output_1"]);
    const out = m.run([Tensor.from([4, 5, 6]), Tensor.from([1, 1, 1])]);
    expect(out["output_0"]!.toArray()).toEqual([5, 6, 7]);
    expect(out["output_1"]!.toArray()).toEqual([-4, -5, -6]);
  });

  test("recording stops when fn throws", () => {
    const x = Tensor.from([1, 2]);
    expect(() =>
      Model.trace([x], (t) => {
        neg(t!);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    // A new trace starts cleanly and records only its own calls.
    using m = Model.trace([x], (t) => exp(t!));
    const y = m.run([Tensor.from([0, 1])])["output_0"]!;
    expectTensor(y, { dtype: "float32", shape: [2], data: [1, Math.E], rtol: 1e-6 });
    expect(m.planStats().nodes).toBe(1);
  });

  test("returning a tensor made outside the trace fails cleanly and stops recording", () => {
    const x = Tensor.from([1, 2]);
    const outside = Tensor.from([5, 6]);
    expect(() => Model.trace([x], () => outside)).toThrow(TesseraError);
    using m = Model.trace([x], (t) => neg(t!));
    m.run([x]);
    expect(m.planStats().nodes).toBe(1);
  });

  test("fn returning something other than tensors is an InvalidArgumentError", () => {
    const x = Tensor.from([1, 2]);
    expect(() => Model.trace([x], () => 42 as unknown as Tensor)).toThrow(InvalidArgumentError);
    using m = Model.trace([x], (t) => neg(t!)); // still usable afterwards
    expect(m.run([x])["output_0"]!.toArray()).toEqual([-1, -2]);
  });

  test("planStats: liveness reuse makes the arena smaller than unshared buffers on a chain", () => {
    const x = Tensor.from(new Float32Array(256), { shape: [256] });
    using m = Model.trace([x], (t) => tanh(sin(exp(neg(sin(tanh(t!)))))));
    expect(m.planStats()).toEqual({ nodes: 0, arenaBytes: 0, unsharedBytes: 0 }); // before any run
    m.run([x]);
    const s = m.planStats();
    expect(s.nodes).toBe(6);
    expect(s.unsharedBytes).toBeGreaterThan(0);
    expect(s.arenaBytes).toBeLessThan(s.unsharedBytes);
  });
});

describe("ONNX export", () => {
  test("export → load round trip (file and bytes)", () => {
    const { model } = traceMlp();
    using m = model;
    const file = tmpFile("mlp.onnx");
    m.export(file);
    const x2 = [0.5, -2, 1, 3, 1, -1];
    using back = Model.load(file);
    expect(back.inputs).toEqual([{ name: "x", dtype: "float32", shape: [2, 3] }]);
    expect(back.outputNames).toEqual(["y"]);
    const y = back.run({ x: Tensor.from(x2, { shape: [2, 3] }) })["y"]!;
    expectTensor(y, { dtype: "float32", shape: [2, 2], data: mlpRef(x2, 2), rtol: 1e-5 });
    const bytes = m.toBytes();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).equals(fs.readFileSync(file))).toBe(true);
    using fromBytes = Model.fromBytes(bytes);
    expect(fromBytes.run([Tensor.from(x2, { shape: [2, 3] })])["y"]!.toArray()).toEqual(y.toArray());
  });
});

describe("Model errors", () => {
  function addModel(): Model {
    return Model.trace({ a: Tensor.from([1, 2, 3]), b: Tensor.from([1, 1, 1]) }, (a, b) => ({ s: add(a!, b!) }));
  }

  test("wrong feed count or names", () => {
    using m = addModel();
    expect(() => m.run([Tensor.from([1, 2, 3])])).toThrow(InvalidArgumentError);
    expect(() => m.run({ a: Tensor.from([1, 2, 3]) })).toThrow(/missing feed for input "b"/);
    expect(() => m.run({ a: Tensor.from([1, 2, 3]), b: Tensor.from([1, 2, 3]), c: Tensor.from([1]) })).toThrow(/unknown input name "c"/);
    expect(() => m.run({ a: Tensor.from([1, 2, 3]), b: [1, 2, 3] as unknown as Tensor })).toThrow(InvalidArgumentError);
  });

  test("wrong feed dtype or shape (the engine's message)", () => {
    using m = addModel();
    expect(() => m.run([Tensor.from([1, 2, 3], { dtype: "int32" }), Tensor.from([1, 2, 3])])).toThrow(DTypeMismatchError);
    expect(() => m.run([Tensor.from([1, 2]), Tensor.from([1, 2, 3])])).toThrow(ShapeMismatchError);
  });

  test("use after dispose", () => {
    const m = addModel();
    m.dispose();
    m.dispose(); // idempotent
    expect(m.disposed).toBe(true);
    expect(() => m.run([Tensor.from([1, 2, 3]), Tensor.from([1, 2, 3])])).toThrow(DisposedError);
    expect(() => m.toBytes()).toThrow(DisposedError);
    expect(() => m.planStats()).toThrow(DisposedError);
  });

  test("malformed and missing files", () => {
    expect(() => Model.fromBytes(new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02]))).toThrow(TesseraError);
    expect(() => Model.fromBytes(new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02]))).toThrow(InvalidArgumentError);
    expect(() => Model.load(path.join(os.tmpdir(), "no-such-model-tessera.onnx"))).toThrow(NotFoundError);
    const junk = tmpFile("junk.onnx");
    fs.writeFileSync(junk, "this is not a protobuf");
    expect(() => Model.load(junk)).toThrow(TesseraError);
    expect(() => readTensorProto(new Uint8Array([0x08, 0xff]))).toThrow(TesseraError);
    expect(() => Model.load(42 as unknown as string)).toThrow(InvalidArgumentError);
  });
});
