// Trains a small MLP on "two moons" (generated here from a seeded generator) with Tessera's
// autograd from JavaScript, printing the loss per epoch with a progress bar.
//
//   node examples/train-mlp.mjs [--epochs N] [--seed S] [--json]
//
// --json prints only a JSON summary ({losses, accuracy}) for tests.
import tessera from "../bindings/typescript/dist/index.js";

const { Tensor, autograd, matmul, add, relu, logSoftmax, mul, sum, mean, neg, sub } = tessera;

// ---- data -----------------------------------------------------------------------------------

/** mulberry32: a small seeded generator, so every run sees the same data and weights. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gaussian noise by Box-Muller. */
export function gauss(rand) {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Two interleaved half circles, label 0 and 1, with Gaussian noise. */
export function twoMoons(n, noise, rand) {
  const x = new Float32Array(n * 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const t = Math.PI * rand();
    const px = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const py = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
    x[2 * i] = px + noise * gauss(rand);
    x[2 * i + 1] = py + noise * gauss(rand);
    y[i] = label;
  }
  return { x, y };
}

function oneHot(labels, classes) {
  const out = new Float32Array(labels.length * classes);
  labels.forEach((c, i) => (out[i * classes + c] = 1));
  return Tensor.from(out, { shape: [labels.length, classes] });
}

// ---- model ----------------------------------------------------------------------------------

/** He-initialized dense layer parameters, leaves of the autograd tape. */
function dense(inputs, outputs, rand) {
  const w = new Float32Array(inputs * outputs);
  const scale = Math.sqrt(2 / inputs);
  for (let i = 0; i < w.length; i++) w[i] = gauss(rand) * scale;
  return {
    w: Tensor.from(w, { shape: [inputs, outputs] }).attachGrad(),
    b: Tensor.from(new Float32Array(outputs)).attachGrad(),
  };
}

function forward(layers, x) {
  let h = x;
  layers.forEach((layer, k) => {
    h = add(matmul(h, layer.w), layer.b);
    if (k < layers.length - 1) h = relu(h);
  });
  return h;
}

/** Mean cross-entropy of logits against one-hot targets. */
function crossEntropy(logits, targets) {
  return neg(mean(sum(mul(logSoftmax(logits, { axis: -1 }), targets), { axes: [1] })));
}

export function progressBar(done, total, width = 24) {
  const filled = Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}

export function trainMlp({ epochs = 30, seed = 7, batch = 64, lr = 0.1, momentum = 0.9, log = console.log } = {}) {
  const rand = rng(seed);
  const train = twoMoons(512, 0.1, rand);
  const layers = [dense(2, 32, rand), dense(32, 32, rand), dense(32, 2, rand)];
  const params = layers.flatMap((l) => [l.w, l.b]);
  const velocity = params.map((p) => Tensor.from(new Float32Array(p.size), { shape: p.shape }));
  const n = train.y.length;
  const losses = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    // A fresh shuffle per epoch from the seeded generator.
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let total = 0;
    for (let start = 0; start < n; start += batch) {
      const idx = order.slice(start, start + batch);
      const xb = new Float32Array(idx.length * 2);
      idx.forEach((i, k) => xb.set(train.x.subarray(2 * i, 2 * i + 2), 2 * k));
      const x = Tensor.from(xb, { shape: [idx.length, 2] });
      const t = oneHot(idx.map((i) => train.y[i]), 2);
      const loss = autograd.record(() => crossEntropy(forward(layers, x), t));
      loss.backward();
      total += loss.item() * idx.length;
      // SGD with momentum, outside the tape: v = momentum * v + g; p = p - lr * v.
      autograd.pause(() => {
        params.forEach((p, k) => {
          const g = p.grad;
          const v = add(mul(velocity[k], momentum), g);
          velocity[k].dispose();
          velocity[k] = v;
          const updated = sub(p, mul(v, lr));
          layers[Math.floor(k / 2)][k % 2 === 0 ? "w" : "b"] = updated.attachGrad();
          params[k] = updated;
          p.dispose();
          g.dispose();
        });
      });
    }
    const epochLoss = total / n;
    losses.push(epochLoss);
    log(`epoch ${String(epoch).padStart(3)}/${epochs} ${progressBar(epoch, epochs)} loss ${epochLoss.toFixed(4)}`);
  }
  // Training accuracy on all points.
  const logits = forward(layers, Tensor.from(train.x, { shape: [n, 2] })).toArray();
  let correct = 0;
  logits.forEach((row, i) => (correct += (row[1] > row[0] ? 1 : 0) === train.y[i] ? 1 : 0));
  return { losses, accuracy: correct / n };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const num = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
  const json = args.includes("--json");
  const result = trainMlp({ epochs: num("--epochs", 30), seed: num("--seed", 7), log: json ? () => {} : console.log });
  if (json) console.log(JSON.stringify(result));
  else console.log(`training accuracy ${(result.accuracy * 100).toFixed(1)} % on 512 two-moons points`);
}
