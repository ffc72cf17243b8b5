// Tensor creation, conversion and lifetime, through the real addon.
import {
  DisposedError,
  InvalidArgumentError,
  InvalidHandleError,
  ShapeMismatchError,
  Status,
  Tensor,
  TesseraError,
  apiVersion,
  disposeSymbol,
  numThreads,
  registry,
  setNumThreads,
  version,
  type DType,
} from "../src";

describe("round trips for every dtype", () => {
  const cases: [DType, ArrayBufferView, unknown[]][] = [
    ["float32", new Float32Array([1.5, -2, 3.25, 0]), [1.5, -2, 3.25, 0]],
    ["float64", new Float64Array([0.1, -1e300, Math.PI, 5e-324]), [0.1, -1e300, Math.PI, 5e-324]],
    ["int32", new Int32Array([-2147483648, 0, 7, 2147483647]), [-2147483648, 0, 7, 2147483647]],
    [
      "int64",
      new BigInt64Array([-(2n ** 63n), 0n, 42n, 2n ** 63n - 1n]),
      [-(2n ** 63n), 0, 42, 2n ** 63n - 1n], // unsafe integers stay bigint, safe ones are numbers
    ],
    ["uint8", new Uint8Array([0, 1, 128, 255]), [0, 1, 128, 255]],
  ];
  test.each(cases)("%s typed array", (dtype, data, values) => {
    const t = Tensor.from(data as never);
    expect(t.dtype).toBe(dtype);
    expect(t.shape).toEqual([4]);
    expect(t.ndim).toBe(1);
    expect(t.size).toBe(4);
    const back = t.toTypedArray();
    expect(back.constructor).toBe(data.constructor);
    expect(back).toBeInstanceOf(data.constructor as typeof Float32Array);
    expect(Array.from(back as ArrayLike<unknown>)).toEqual(Array.from(data as unknown as ArrayLike<unknown>));
    expect(t.toArray()).toEqual(values);
    t.dispose();
  });

  test("bool from booleans", () => {
    const t = Tensor.from([true, false, true]);
    expect(t.dtype).toBe("bool");
    const back = t.toTypedArray();
    expect(back).toBeInstanceOf(Uint8Array);
    expect(Array.from(back as Uint8Array)).toEqual([1, 0, 1]);
    expect(t.toArray()).toEqual([true, false, true]);
    expect(Tensor.from([[false], [true]]).toArray()).toEqual([[false], [true]]);
  });

  test("the tensor owns a copy of the data", () => {
    const src = new Float32Array([1, 2, 3]);
    const t = Tensor.from(src);
    src[0] = 100;
    expect(t.toArray()).toEqual([1, 2, 3]);
    const out = t.toTypedArray() as Float32Array;
    out[1] = 200;
    expect(t.toArray()).toEqual([1, 2, 3]);
  });

  test("subarray views copy only their window", () => {
    const buf = new Float64Array([9, 1, 2, 3, 9]);
    const t = Tensor.from(buf.subarray(1, 4));
    expect(t.toArray()).toEqual([1, 2, 3]);
  });
});

describe("dtype conversion on creation", () => {
  test("numbers default to float32", () => {
    const t = Tensor.from([0.1, 2]);
    expect(t.dtype).toBe("float32");
    expect(t.toArray()).toEqual([Math.fround(0.1), 2]);
  });
  test("bigints default to int64", () => {
    expect(Tensor.from([1n, -2n]).dtype).toBe("int64");
  });
  test("explicit dtypes convert like typed-array stores", () => {
    expect(Tensor.from([1.7, -1.7, 3], { dtype: "int32" }).toArray()).toEqual([1, -1, 3]);
    expect(Tensor.from([0, 2, -1, 0.5], { dtype: "bool" }).toArray()).toEqual([false, true, true, true]);
    expect(Tensor.from([3, -3.9], { dtype: "int64" }).toArray()).toEqual([3, -3]);
    expect(Tensor.from(new Float32Array([1.5, 2.5]), { dtype: "float64" }).toArray()).toEqual([1.5, 2.5]);
    expect(Tensor.from(new Int32Array([1, 0, 5]), { dtype: "bool" }).toArray()).toEqual([true, false, true]);
    expect(Tensor.from([true, false], { dtype: "float32" }).toArray()).toEqual([1, 0]);
    expect(Tensor.from(new Uint8ClampedArray([1, 255])).dtype).toBe("uint8");
    expect(Tensor.from(new Int16Array([-5, 5])).toArray()).toEqual([-5, 5]);
  });
  test("unknown dtype name", () => {
    expect(() => Tensor.from([1], { dtype: "float16" as DType })).toThrow(InvalidArgumentError);
  });
});

describe("shapes", () => {
  test("nested arrays give the shape", () => {
    const t = Tensor.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.shape).toEqual([2, 3]);
    expect(t.toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const t3 = Tensor.from([[[1], [2]], [[3], [4]], [[5], [6]]]);
    expect(t3.shape).toEqual([3, 2, 1]);
    expect(Array.from(t3.toTypedArray() as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("shape option reshapes flat data", () => {
    const t = Tensor.from(new Int32Array([1, 2, 3, 4, 5, 6]), { shape: [3, 2] });
    expect(t.shape).toEqual([3, 2]);
    expect(t.toArray()).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(Tensor.from([1, 2, 3, 4], { shape: [2, 2] }).toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test("shape option must match the element count", () => {
    let err: unknown;
    try {
      Tensor.from(new Float32Array(5), { shape: [2, 3] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ShapeMismatchError);
    expect((err as Error).message).toContain("[2, 3]");
    expect((err as Error).message).toContain("5");
    expect((err as TesseraError).arg).toBe("shape");
  });

  test("0-d tensors", () => {
    const a = Tensor.from(5);
    expect(a.shape).toEqual([]);
    expect(a.ndim).toBe(0);
    expect(a.size).toBe(1);
    expect(a.item()).toBe(5);
    expect(a.toArray()).toBe(5);
    const b = Tensor.scalar(2.5);
    expect(b.dtype).toBe("float32");
    expect(b.item()).toBe(2.5);
    expect(Tensor.scalar(true).dtype).toBe("bool");
    expect(Tensor.scalar(true).item()).toBe(true);
    expect(Tensor.scalar(-7n).item()).toBe(-7);
    expect(Tensor.scalar(2n ** 62n).item()).toBe(2n ** 62n);
    expect(Tensor.scalar(3.9, "int32").item()).toBe(3);
    expect(Tensor.scalar(1, "float64").dtype).toBe("float64");
    expect(Tensor.scalar(255, "uint8").item()).toBe(255);
  });

  test("scalar out of range for the dtype", () => {
    expect(() => Tensor.scalar(300, "uint8")).toThrow(InvalidArgumentError);
    expect(() => Tensor.scalar(Number.NaN, "int32")).toThrow(InvalidArgumentError);
    expect(() => Tensor.scalar("1" as never)).toThrow(InvalidArgumentError);
  });

  test("zero-size tensors", () => {
    const e = Tensor.from([]);
    expect(e.shape).toEqual([0]);
    expect(e.size).toBe(0);
    expect(e.toArray()).toEqual([]);
    expect(e.toTypedArray().length).toBe(0);
    const z = Tensor.from(new Float32Array(0), { shape: [2, 0, 3] });
    expect(z.shape).toEqual([2, 0, 3]);
    expect(z.size).toBe(0);
    expect(z.toArray()).toEqual([[], []]);
    const nested = Tensor.from([[], []]);
    expect(nested.shape).toEqual([2, 0]);
    expect(nested.toArray()).toEqual([[], []]);
    expect(() => z.item()).toThrow(InvalidArgumentError);
  });

  test("item() needs exactly one element", () => {
    expect(Tensor.from([[4]]).item()).toBe(4);
    expect(() => Tensor.from([1, 2]).item()).toThrow(/exactly one element.*\[2\]/);
  });
});

describe("ragged and invalid nested arrays", () => {
  function fromError(data: unknown): TesseraError {
    try {
      Tensor.from(data as never);
    } catch (e) {
      return e as TesseraError;
    }
    throw new Error("no error");
  }

  test("shorter row", () => {
    const e = fromError([[1, 2], [3]]);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.status).toBe(Status.INVALID_ARGUMENT);
    expect(e.op).toBe("Tensor.from");
    expect(e.arg).toBe("data");
    expect(e.message).toContain("ragged");
    expect(e.message).toContain("data[1] has length 1 but 2 was expected");
  });

  test("scalar where an array is expected", () => {
    const e = fromError([[1, 2], 3]);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toContain("data[1] is a number but an array of length 2 was expected");
  });

  test("array where a scalar is expected", () => {
    const e = fromError([1, [2]]);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toContain("data[1] is an array");
  });

  test("deep raggedness is located", () => {
    const e = fromError([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8, 9],
      ],
    ]);
    expect(e.message).toContain("data[1][1] has length 3 but 2 was expected");
  });

  test("non-numeric elements", () => {
    const e = fromError([1, "2"]);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toContain('data[1] is the string "2"');
    expect(fromError([null])).toBeInstanceOf(InvalidArgumentError);
    expect(fromError(new DataView(new ArrayBuffer(4)))).toBeInstanceOf(InvalidArgumentError);
  });

  test("more than 8 dimensions", () => {
    expect(fromError([[[[[[[[[1]]]]]]]]])).toBeInstanceOf(InvalidArgumentError);
  });
});

describe("dispose", () => {
  test("dispose is idempotent and marks the tensor", () => {
    const t = Tensor.from([1, 2]);
    expect(t.disposed).toBe(false);
    t.dispose();
    expect(t.disposed).toBe(true);
    t.dispose();
    expect(t.disposed).toBe(true);
    expect(t.toString()).toBe("tensor(<disposed>)");
  });

  test("use after dispose throws DisposedError", () => {
    const t = Tensor.from([1, 2]);
    t.dispose();
    for (const use of [() => t.shape, () => t.dtype, () => t.toArray(), () => t.toTypedArray(), () => t.handle, () => t.item()]) {
      let err: unknown;
      try {
        use();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DisposedError);
      expect(err).toBeInstanceOf(InvalidHandleError);
      expect(err).toBeInstanceOf(TesseraError);
      expect((err as TesseraError).status).toBe(Status.INVALID_HANDLE);
      expect((err as TesseraError).statusName).toBe("TSR_ERR_INVALID_HANDLE");
      expect((err as Error).message).toMatch(/tensor was disposed/);
      expect((err as Error).name).toBe("DisposedError");
    }
  });

  test("Symbol.dispose", () => {
    const t = Tensor.from([1]);
    expect(typeof t[disposeSymbol]).toBe("function");
    t[Symbol.dispose]();
    expect(t.disposed).toBe(true);
  });

  test("`using` disposes at the end of the scope", () => {
    let kept: Tensor | undefined;
    {
      using t = Tensor.from([1, 2, 3]);
      kept = t;
      expect(t.disposed).toBe(false);
      expect(t.toArray()).toEqual([1, 2, 3]);
    }
    expect(kept.disposed).toBe(true);
    expect(() => kept!.toArray()).toThrow(DisposedError);
  });

  test("`using` disposes when the scope throws", () => {
    let kept: Tensor | undefined;
    expect(() => {
      using t = Tensor.from([1]);
      kept = t;
      throw new Error("boom");
    }).toThrow("boom");
    expect(kept!.disposed).toBe(true);
  });

  test("many undisposed tensors are left to the GC safety net", () => {
    // No assertion on timing: the finalizers run after GC; this must simply not crash or leak handles.
    for (let i = 0; i < 20000; i++) Tensor.from([i]);
    const t = Tensor.from([1]);
    expect(t.item()).toBe(1);
  });
});

describe("toString", () => {
  test("small tensors in full", () => {
    expect(
      Tensor.from([
        [1, 2, 3],
        [4, 5, 6],
      ]).toString(),
    ).toBe("tensor([[1, 2, 3],\n        [4, 5, 6]], dtype=float32, shape=[2, 3])");
    expect(Tensor.from([true, false]).toString()).toBe("tensor([true, false], dtype=bool, shape=[2])");
    expect(Tensor.scalar(0.1).toString()).toBe("tensor(0.1, dtype=float32, shape=[])");
    expect(Tensor.from(new BigInt64Array([2n ** 60n])).toString()).toBe("tensor([1152921504606846976], dtype=int64, shape=[1])");
  });

  test("large tensors are summarised", () => {
    const t = Tensor.from(new Float64Array(5000).map((_, i) => i), { shape: [50, 100] });
    const s = t.toString();
    expect(s).toContain("[0, 1, 2, ..., 97, 98, 99]");
    expect(s).toContain("[4900, 4901, 4902, ..., 4997, 4998, 4999]");
    expect(s).toContain("...,");
    expect(s).toContain("dtype=float64, shape=[50, 100]");
    expect(s.split("\n").length).toBeLessThan(10);
  });
});

describe("library", () => {
  test("version, api version, threads, registry", () => {
    expect(typeof version).toBe("string");
    expect(apiVersion()).toBe(1);
    const n = numThreads();
    expect(n).toBeGreaterThanOrEqual(1);
    setNumThreads(1);
    expect(numThreads()).toBe(1);
    setNumThreads(0); // the core count
    expect(numThreads()).toBeGreaterThanOrEqual(1);
    setNumThreads(n);
    expect(numThreads()).toBe(n);
    expect(() => setNumThreads(1.5)).toThrow(InvalidArgumentError);
    const reg = registry();
    expect(reg.schema_version).toBe(1);
    expect(reg.dtypes).toEqual(["float32", "float64", "int32", "int64", "uint8", "bool"]);
    expect(reg.ops.map((o) => o.name)).toEqual(expect.arrayContaining(["add", "matmul", "softmax"]));
    expect(registry()).toBe(reg);
  });
});
