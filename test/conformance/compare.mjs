// Output comparison as ONNX's backend runner does it (numpy.testing.assert_allclose):
// |got - want| <= atol + rtol * |want|; NaN equals NaN; infinities must match exactly; integer
// and bool dtypes exactly; dtype and shape must match.

/** ONNX's default tolerances. */
export const ONNX_RTOL = 1e-3;
export const ONNX_ATOL = 1e-7;

const FLOAT = new Set(["float32", "float64"]);

function fmtShape(s) {
  return `[${s.join(", ")}]`;
}

/**
 * Compares two element sequences. Returns { ok, reason?, maxAbs, maxRel, bad } where maxRel is
 * |got - want| / max(|want|, atol) over finite elements (so near-zero references do not explode).
 */
export function compareValues(got, want, { rtol = ONNX_RTOL, atol = ONNX_ATOL, float = true } = {}) {
  if (got.length !== want.length) return { ok: false, reason: `${got.length} elements, expected ${want.length}`, maxAbs: NaN, maxRel: NaN, bad: -1 };
  let maxAbs = 0;
  let maxRel = 0;
  let bad = 0;
  let first = -1;
  for (let i = 0; i < want.length; i++) {
    const g = got[i];
    const w = want[i];
    if (!float) {
      if (g !== w) {
        bad++;
        if (first < 0) first = i;
      }
      continue;
    }
    if (Number.isNaN(w) || Number.isNaN(g)) {
      if (!(Number.isNaN(w) && Number.isNaN(g))) {
        bad++;
        if (first < 0) first = i;
      }
      continue;
    }
    if (!Number.isFinite(w) || !Number.isFinite(g)) {
      if (g !== w) {
        bad++;
        if (first < 0) first = i;
      }
      continue;
    }
    const d = Math.abs(g - w);
    if (d > maxAbs) maxAbs = d;
    const r = d / Math.max(Math.abs(w), atol);
    if (r > maxRel) maxRel = r;
    if (d > atol + rtol * Math.abs(w)) {
      bad++;
      if (first < 0) first = i;
    }
  }
  if (bad === 0) return { ok: true, maxAbs, maxRel, bad };
  const reason =
    `${bad} of ${want.length} elements differ (first at ${first}: got ${String(got[first])}, want ${String(want[first])}` +
    (float ? `; max abs err ${maxAbs.toExponential(2)}, rtol ${rtol}, atol ${atol})` : ")");
  return { ok: false, reason, maxAbs, maxRel, bad };
}

/** Compares a Tessera output with the expected tensor (both tessera Tensors). */
export function compareTensors(got, want, opts = {}) {
  if (got.dtype !== want.dtype) return { ok: false, reason: `dtype ${got.dtype}, expected ${want.dtype}` };
  const gs = got.shape;
  const ws = want.shape;
  if (gs.length !== ws.length || gs.some((d, i) => d !== ws[i])) return { ok: false, reason: `shape ${fmtShape(gs)}, expected ${fmtShape(ws)}` };
  return compareValues(got.toTypedArray(), want.toTypedArray(), { ...opts, float: FLOAT.has(want.dtype) });
}
