/**
 * Autograd, MXNet style:
 *
 * ```ts
 * const w = Tensor.from([1, 2, 3], { dtype: "float64" }).attachGrad();
 * const loss = autograd.record(() => sum(mul(w, w)));
 * loss.backward();
 * w.grad!.toArray(); // [2, 4, 6]
 * ```
 *
 * Recording is per thread (per worker); scopes nest and restore the previous state, also when
 * the callback throws.
 */
import { native } from "./native";
import { Tensor } from "./tensor";

function scoped<T>(on: boolean, fn: () => T): T {
  const prev = native.autogradSetRecording(on);
  try {
    return fn();
  } finally {
    native.autogradSetRecording(prev);
  }
}

export const autograd = {
  /** Runs `fn` with recording on: operators on tensors that need gradients are taped. */
  record<T>(fn: () => T): T {
    return scoped(true, fn);
  },
  /** Runs `fn` with recording off (a no-grad scope), e.g. for parameter updates. */
  pause<T>(fn: () => T): T {
    return scoped(false, fn);
  },
  /** Whether operators are being recorded on this thread. */
  isRecording(): boolean {
    return native.autogradIsRecording();
  },
  /**
   * Backpropagates from one or more recorded results into every attached leaf. `headGrads[k]`
   * (same shape as `heads[k]`) defaults to ones. Gradients accumulate until `zeroGrad()`.
   */
  backward(heads: Tensor | readonly Tensor[], headGrads?: readonly (Tensor | undefined)[]): void {
    const hs = Array.isArray(heads) ? (heads as readonly Tensor[]) : [heads as Tensor];
    native.autogradBackward(
      hs.map((h) => h.handle),
      headGrads?.map((g) => (g === undefined ? undefined : g.handle)),
    );
  },
};
