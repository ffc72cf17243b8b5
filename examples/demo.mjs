// A short tour of Tessera from JavaScript (npm start). Uses the compiled package at the
// repository root, exactly as a user of the npm package would.
import tessera from "../bindings/typescript/dist/index.js";

const { Tensor, add, matmul, softmax, sum, mean, max, reshape, transpose, arange, TesseraError } = tessera;

const show = (label, t) => console.log(`${label}\n${t.toString()}\n`);

console.log(`Tessera ${tessera.version} (C API v${tessera.apiVersion()}), ${tessera.numThreads()} kernel threads, ${tessera.registry().ops.length} operators\n`);

// Tensors from nested arrays and typed arrays.
const a = Tensor.from([
  [1, 2, 3],
  [4, 5, 6],
]);
const bias = Tensor.from(new Float32Array([10, 20, 30]));
show("a = Tensor.from([[1, 2, 3], [4, 5, 6]])", a);
show("bias = Tensor.from(new Float32Array([10, 20, 30]))", bias);

// Broadcasting: [2, 3] + [3] -> [2, 3]; numbers become scalars of the tensor's dtype.
show("add(a, bias)   (broadcast [2, 3] + [3])", add(a, bias));
show("a.mul(2).sub(1)   (method forms, scalar operands)", a.mul(2).sub(1));

// Matrix product: [2, 3] @ [3, 2].
const w = Tensor.from([
  [1, 0],
  [0, 1],
  [1, 1],
]);
show("matmul(a, w)   ([2, 3] @ [3, 2])", matmul(a, w));

// Softmax over the last axis; each row sums to 1.
const p = softmax(a);
show("softmax(a)   (rows sum to 1)", p);
show("sum(softmax(a), { axes: [-1] })", sum(p, { axes: [-1] }));

// Reductions.
show("sum(a)", sum(a));
show("mean(a, { axes: [0] })", mean(a, { axes: [0] }));
show("max(a, { axes: [1], keepdims: true })", max(a, { axes: [1], keepdims: true }));

// Views: reshape and transpose share storage with their input.
const r = reshape(arange(0, 12), [3, 4]);
show("reshape(arange(0, 12), [3, 4])", r);
const t = transpose(r);
show(`transpose(...)   (a view: contiguous=${t.isContiguous}, strides=[${t.strides.join(", ")}])`, t);
show("transpose(...).add(100)   (kernels read strided views)", t.add(100));

// Errors are typed, with the operator and the argument at fault.
try {
  add(a, Tensor.from([1, 2, 3, 4]));
} catch (e) {
  if (!(e instanceof TesseraError)) throw e;
  console.log(`caught ${e.name} (status ${e.status} ${e.statusName}, op "${e.op}", arg "${e.arg}"):\n  ${e.message}\n`);
}

// Deterministic cleanup: dispose() or `using` (TypeScript 5.2+); the GC is only the safety net.
for (const x of [a, bias, w, p, r, t]) x.dispose();
try {
  a.toArray();
} catch (e) {
  console.log(`after dispose(): ${e.name}: ${e.message}\n`);
}

tessera.setNumThreads(1);
console.log(`setNumThreads(1) -> numThreads() = ${tessera.numThreads()}`);
tessera.setNumThreads(0);
console.log(`setNumThreads(0) -> numThreads() = ${tessera.numThreads()} (all cores)`);
