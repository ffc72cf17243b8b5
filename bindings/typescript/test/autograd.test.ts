// Autograd from TypeScript through the real addon; expected gradients derived by hand.
import { autograd, add, exp, matmul, mul, sum, Tensor, softmax, DisposedError, DTypeMismatchError, InvalidArgumentError } from "../src";

const f64 = (data: number[] | number[][]) => Tensor.from(data, { dtype: "float64" });

describe("autograd", () => {
  test("d/dx sum(x * x) = 2x", () => {
    const x = f64([1, -2, 3]).attachGrad();
    const loss = autograd.record(() => sum(mul(x, x)));
    expect(loss.requiresGrad).toBe(true);
    loss.backward();
    expect(x.grad!.toArray()).toEqual([2, -4, 6]);
  });

  test("matmul gradients: dA = dY Bᵀ, dB = Aᵀ dY", () => {
    const a = f64([[1, 2], [3, 4]]).attachGrad();
    const b = f64([[5, 6], [7, 8]]).attachGrad();
    const y = autograd.record(() => matmul(a, b));
    y.backward(); // dY = ones
    // dA[i][k] = sum_j B[k][j]; dB[k][j] = sum_i A[i][k]
    expect(a.grad!.toArray()).toEqual([[11, 15], [11, 15]]);
    expect(b.grad!.toArray()).toEqual([[4, 4], [6, 6]]);
  });

  test("head gradient and broadcasting", () => {
    const a = f64([[1, 2, 3], [4, 5, 6]]).attachGrad();
    const bias = f64([0, 0, 0]).attachGrad();
    const y = autograd.record(() => add(a, bias));
    autograd.backward(y, [f64([[1, 2, 3], [4, 5, 6]])]);
    expect(bias.grad!.toArray()).toEqual([5, 7, 9]);
  });

  test("gradients accumulate until zeroGrad", () => {
    const x = f64([1, 2]).attachGrad();
    for (let k = 0; k < 3; k++) autograd.record(() => sum(mul(x, 2))).backward();
    expect(x.grad!.toArray()).toEqual([6, 6]);
    x.zeroGrad();
    expect(x.grad).toBeNull();
  });

  test("exp: d/dx = e^x; softmax rows' gradient of the sum is zero", () => {
    const x = f64([0, 1]).attachGrad();
    autograd.record(() => sum(exp(x))).backward();
    const g = x.grad!.toArray() as number[];
    expect(g[0]).toBeCloseTo(1, 12);
    expect(g[1]).toBeCloseTo(Math.E, 12);
    const z = f64([[1, 2, 3]]).attachGrad();
    autograd.record(() => sum(softmax(z))).backward();
    for (const v of (z.grad!.toArray() as number[][])[0]!) expect(Math.abs(v)).toBeLessThan(1e-12);
  });

  test("pause, detach and scopes restore the previous state", () => {
    const x = f64([1, 2]).attachGrad();
    expect(autograd.isRecording()).toBe(false);
    autograd.record(() => {
      expect(autograd.isRecording()).toBe(true);
      const y = autograd.pause(() => mul(x, x));
      expect(y.requiresGrad).toBe(false);
      expect(autograd.isRecording()).toBe(true);
      expect(mul(x.detach(), 3).requiresGrad).toBe(false);
    });
    expect(autograd.isRecording()).toBe(false);
    expect(() => autograd.record(() => { throw new Error("boom"); })).toThrow("boom");
    expect(autograd.isRecording()).toBe(false);
  });

  test("bad input: backward of an untaped tensor, integer leaves, disposed heads", () => {
    const x = f64([1]);
    expect(() => x.backward()).toThrow(InvalidArgumentError);
    expect(() => Tensor.from([1, 2], { dtype: "int32" }).attachGrad()).toThrow(DTypeMismatchError);
    const w = f64([1]).attachGrad();
    const y = autograd.record(() => mul(w, w));
    y.dispose();
    expect(() => y.backward()).toThrow(DisposedError);
  });
});
