// Bad input is a test subject: each mistake must surface as the right TesseraError subclass with
// status, operator, argument and a readable message — and never crash the process.
import {
  DTypeMismatchError,
  DisposedError,
  InvalidArgumentError,
  InvalidAttributeError,
  InvalidHandleError,
  NotFoundError,
  ShapeMismatchError,
  Status,
  Tensor,
  TesseraError,
  add,
  call1,
  cast,
  concat,
  enumIndex,
  exp,
  makeError,
  matmul,
  reshape,
  resolveOps,
  softmax,
  sqrt,
  sum,
  transpose,
  zeros,
  type DType,
} from "../src";

/** Runs `fn` and returns what it threw (fails when it does not throw). */
function thrown(fn: () => unknown): TesseraError {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof Error)) throw new Error(`threw a non-Error: ${String(e)}`);
    return e as TesseraError;
  }
  throw new Error("expected an error, none was thrown");
}

describe("shape errors", () => {
  test("add [2, 3] + [4] names both shapes, the operator and the input", () => {
    const e = thrown(() => add(Tensor.from(new Float32Array(6), { shape: [2, 3] }), Tensor.from(new Float32Array(4))));
    expect(e).toBeInstanceOf(ShapeMismatchError);
    expect(e).toBeInstanceOf(TesseraError);
    expect(e.name).toBe("ShapeMismatchError");
    expect(e.status).toBe(Status.SHAPE_MISMATCH);
    expect(e.statusName).toBe("TSR_ERR_SHAPE_MISMATCH");
    expect(e.op).toBe("add");
    expect(e.arg).toBe("b");
    expect(e.message).toMatch(/^add: /);
    expect(e.message).toContain("[2, 3]");
    expect(e.message).toContain("[4]");
    expect(e.message).toContain('(argument "b")');
  });

  test("matmul inner dimensions", () => {
    const e = thrown(() => matmul(Tensor.from(new Float32Array(6), { shape: [2, 3] }), Tensor.from(new Float32Array(8), { shape: [4, 2] })));
    expect(e).toBeInstanceOf(ShapeMismatchError);
    expect(e.op).toBe("matmul");
    expect(e.message).toContain("3");
    expect(e.message).toContain("4");
  });

  test("matmul of a scalar", () => {
    const e = thrown(() => matmul(Tensor.scalar(1), Tensor.from([1])));
    expect(e).toBeInstanceOf(ShapeMismatchError);
    expect(e.arg).toBe("a");
  });

  test("reshape to a different element count", () => {
    const e = thrown(() => reshape(Tensor.from(new Float32Array(6)), [4, 2]));
    expect(e).toBeInstanceOf(TesseraError);
    expect([Status.SHAPE_MISMATCH, Status.INVALID_ATTRIBUTE]).toContain(e.status);
    expect(e.op).toBe("reshape");
  });

  test("concat with mismatched dimensions", () => {
    const e = thrown(() => concat([Tensor.from([[1, 2]]), Tensor.from([[1, 2, 3]])]));
    expect(e).toBeInstanceOf(ShapeMismatchError);
    expect(e.op).toBe("concat");
    expect(e.arg).toMatch(/inputs/);
  });
});

describe("dtype errors", () => {
  test("exp on int32 names the input", () => {
    const e = thrown(() => exp(Tensor.from(new Int32Array([1, 2]))));
    expect(e).toBeInstanceOf(DTypeMismatchError);
    expect(e.status).toBe(Status.DTYPE_MISMATCH);
    expect(e.op).toBe("exp");
    expect(e.arg).toBe("x");
    expect(e.message).toContain("int32");
    expect(e.message).toMatch(/^exp: /);
  });

  test("sqrt on bool", () => {
    const e = thrown(() => sqrt(Tensor.from([true])));
    expect(e).toBeInstanceOf(DTypeMismatchError);
    expect(e.op).toBe("sqrt");
    expect(e.arg).toBe("x");
    expect(e.message).toContain("bool");
  });

  test("mixed dtypes in a binary operator", () => {
    const e = thrown(() => add(Tensor.from([1]), Tensor.from(new Int32Array([1]))));
    expect(e).toBeInstanceOf(DTypeMismatchError);
    expect(e.op).toBe("add");
    expect(e.arg).toBe("b");
    expect(e.message).toContain("float32");
    expect(e.message).toContain("int32");
  });

  test("softmax on int64", () => {
    const e = thrown(() => softmax(Tensor.from([1n, 2n])));
    expect(e).toBeInstanceOf(DTypeMismatchError);
    expect(e.op).toBe("softmax");
  });
});

describe("attribute errors", () => {
  test("sum axes out of range", () => {
    const x = Tensor.from(new Float32Array(6), { shape: [2, 3] });
    for (const axes of [[2], [-3]]) {
      const e = thrown(() => sum(x, { axes }));
      expect(e).toBeInstanceOf(InvalidAttributeError);
      expect(e.status).toBe(Status.INVALID_ATTRIBUTE);
      expect(e.op).toBe("sum");
      expect(e.arg).toBe("axes");
      expect(e.message).toMatch(/^sum: /);
      expect(e.message).toContain('(argument "axes")');
    }
  });

  test("transpose with a bad permutation", () => {
    const e = thrown(() => transpose(Tensor.from(new Float32Array(6), { shape: [2, 3] }), { perm: [0, 0] }));
    expect(e).toBeInstanceOf(InvalidAttributeError);
    expect(e.op).toBe("transpose");
    expect(e.arg).toBe("perm");
  });

  test("cast to an unknown dtype", () => {
    const e = thrown(() => cast(Tensor.from([1]), { dtype: "float16" as DType }));
    expect(e).toBeInstanceOf(InvalidAttributeError);
    expect(e.status).toBe(Status.INVALID_ATTRIBUTE);
    expect(e.op).toBe("cast");
    expect(e.arg).toBe("dtype");
    expect(e.message).toContain('"float16"');
    expect(e.message).toContain("float32, float64, int32, int64, uint8, bool");
  });

  test("zeros with an unknown dtype and a negative dimension", () => {
    expect(thrown(() => zeros([2], { dtype: "complex64" as DType }))).toBeInstanceOf(InvalidAttributeError);
    const e = thrown(() => zeros([2, -1]));
    expect(e).toBeInstanceOf(InvalidAttributeError);
    expect(e.op).toBe("zeros");
    expect(e.arg).toBe("shape");
  });

  test("invalid enum string lists the valid values", () => {
    const e = thrown(() => enumIndex({ constant: 0, reflect: 1, edge: 2 }, "wrap", "pad", "mode"));
    expect(e).toBeInstanceOf(InvalidAttributeError);
    expect(e.status).toBe(Status.INVALID_ATTRIBUTE);
    expect(e.op).toBe("pad");
    expect(e.arg).toBe("mode");
    expect(e.message).toBe('pad: invalid value "wrap" for attribute "mode"; expected one of "constant", "reflect", "edge" (argument "mode")');
    expect(enumIndex({ constant: 0, reflect: 1 }, "reflect", "pad", "mode")).toBe(1);
    // inherited keys are not values
    expect(() => enumIndex({ constant: 0 }, "toString", "pad", "mode")).toThrow(InvalidAttributeError);
  });

  describe("wrong JS types for attributes", () => {
    const x = Tensor.from(new Float32Array(6), { shape: [2, 3] });
    const cases: [string, () => unknown, string, RegExp][] = [
      ["int[] given a string", () => sum(x, { axes: "1" as never }), "axes", /array of integers.*got string "1"/],
      ["int[] given fractional values", () => sum(x, { axes: [0.5] }), "axes", /element 0 is number 0\.5/],
      ["int[] given a number", () => sum(x, { axes: 1 as never }), "axes", /array of integers.*got number 1/],
      ["bool given a number", () => sum(x, { keepdims: 1 as never }), "keepdims", /expects a boolean, got number 1/],
      ["int given a string", () => softmax(x, { axis: "-1" as never }), "axis", /expects an integer, got string "-1"/],
      ["int given a fraction", () => softmax(x, { axis: 0.5 }), "axis", /expects an integer, got number 0\.5/],
      ["required int[] missing", () => reshape(x, undefined as never), "shape", /./],
    ];
    test.each(cases)("%s", (_title, fn, arg, pattern) => {
      const e = thrown(fn);
      expect(e).toBeInstanceOf(InvalidAttributeError);
      expect(e.status).toBe(Status.INVALID_ATTRIBUTE);
      expect(e.arg).toBe(arg);
      expect(e.op).toBeDefined();
      expect(e.message).toMatch(pattern);
    });
  });
});

describe("operators and handles", () => {
  test("unknown operator", () => {
    const e = thrown(() => resolveOps(["nope"]));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.status).toBe(Status.NOT_FOUND);
    expect(e.message).toContain("nope");
  });

  test("resolveOps returns handles by name", () => {
    const ops = resolveOps(["add", "neg"] as const);
    const y = call1(ops.neg, [call1(ops.add, [Tensor.from([1, 2]), Tensor.from([3, 4])], [])], []);
    expect(y.toArray()).toEqual([-4, -6]);
  });

  test("use after dispose names the operator and the input", () => {
    const a = Tensor.from([1, 2]);
    const b = Tensor.from([3, 4]);
    b.dispose();
    const e = thrown(() => add(a, b));
    expect(e).toBeInstanceOf(DisposedError);
    expect(e).toBeInstanceOf(InvalidHandleError);
    expect(e.status).toBe(Status.INVALID_HANDLE);
    expect(e.op).toBe("add");
    expect(e.arg).toBe("b");
    expect(e.message).toBe('add: tensor was disposed (argument "b")');
    const m = thrown(() => b.add(a));
    expect(m).toBeInstanceOf(DisposedError);
    expect(m.arg).toBe("a");
    const v = thrown(() => concat([a, a, b]));
    expect(v).toBeInstanceOf(DisposedError);
    expect(v.arg).toBe("inputs[2]");
    // the live tensor is unaffected
    expect(a.toArray()).toEqual([1, 2]);
  });

  test("wrong JS types for inputs", () => {
    const e = thrown(() => add(Tensor.from([1]), "2" as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.status).toBe(Status.INVALID_ARGUMENT);
    expect(e.op).toBe("add");
    expect(e.arg).toBe("b");
    expect(e.message).toContain("expected a Tensor, got string");
    const o = thrown(() => add({} as never, Tensor.from([1])));
    expect(o).toBeInstanceOf(InvalidArgumentError);
    expect(o.arg).toBe("a");
  });

  test("a number operand out of range for the tensor dtype", () => {
    const e = thrown(() => add(Tensor.from(new Uint8Array([1])), 300));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.op).toBe("add");
  });

  test("errors leave no stale state behind", () => {
    // After each failure the next call works normally.
    for (let i = 0; i < 100; i++) {
      expect(() => add(Tensor.from([1, 2]), Tensor.from([1, 2, 3]))).toThrow(ShapeMismatchError);
      expect(add(Tensor.from([1]), Tensor.from([2])).item()).toBe(3);
    }
  });
});

describe("makeError", () => {
  test("maps every status to its class", () => {
    const names = [
      "TesseraError",
      "InvalidArgumentError",
      "ShapeMismatchError",
      "DTypeMismatchError",
      "InvalidAttributeError",
      "NotFoundError",
      "InvalidHandleError",
      "OutOfMemoryError",
      "UnsupportedError",
      "InternalError",
    ];
    for (let s = 1; s <= 9; s++) {
      const e = makeError(s, "", "boom", "op", "x") as TesseraError;
      expect(e.name).toBe(names[s]);
      expect(e.status).toBe(s);
      expect(e.message).toBe('op: boom (argument "x")');
    }
    expect((makeError(6, "TSR_ERR_INVALID_HANDLE", "tensor was disposed", "", "") as Error).name).toBe("DisposedError");
    expect((makeError(42, "", "odd", "", "") as TesseraError).statusName).toBe("TSR_STATUS_42");
    expect(makeError(2, "", "add: already prefixed", "add", "").message).toBe("add: already prefixed");
  });
});
