// Trains a small CNN (conv -> relu -> max_pool -> dense) on generated 8x8 images of horizontal
// and vertical bars, from JavaScript, with the registry's softmax_cross_entropy loss and
// adam_update optimizer step; prints the loss per epoch with a progress bar.
//
//   node examples/train-cnn.mjs [--epochs N] [--seed S] [--json]
import tessera from "../bindings/typescript/dist/index.js";
import { progressBar, rng, gauss } from "./train-mlp.mjs";

const { Tensor, autograd, add, conv, relu, maxPool, flatten, matmul, softmaxCrossEntropy, adamUpdate } = tessera;

const SIZE = 8;

/** Images with one bright bar: class 0 horizontal, class 1 vertical, plus Gaussian noise. */
export function bars(n, noise, rand) {
  const x = new Float32Array(n * SIZE * SIZE);
  const y = new BigInt64Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const at = Math.floor(rand() * SIZE);
    for (let r = 0; r < SIZE; r++)
      for (let c = 0; c < SIZE; c++) {
        const on = label === 0 ? r === at : c === at;
        x[i * SIZE * SIZE + r * SIZE + c] = (on ? 1 : 0) + noise * gauss(rand);
      }
    y[i] = BigInt(label);
  }
  return { x, y };
}

function param(shape, scale, rand) {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = gauss(rand) * scale;
  return Tensor.from(data, { shape }).attachGrad();
}

function forward(p, x) {
  const h = maxPool(relu(conv(x, p.k, p.kb, { pads: [1, 1, 1, 1] })), [2, 2], { strides: [2, 2] });
  return add(matmul(flatten(h), p.w), p.b);
}

export function trainCnn({ epochs = 8, seed = 11, batch = 32, lr = 0.01, log = console.log } = {}) {
  const rand = rng(seed);
  const n = 256;
  const data = bars(n, 0.3, rand);
  const p = {
    k: param([8, 1, 3, 3], Math.sqrt(2 / 9), rand),
    kb: param([8], 0, rand),
    w: param([8 * 4 * 4, 2], Math.sqrt(2 / 128), rand),
    b: param([2], 0, rand),
  };
  const names = Object.keys(p);
  const moments = Object.fromEntries(names.map((k) => [k, [0, 1].map(() => Tensor.from(new Float32Array(p[k].size), { shape: p[k].shape }))]));
  let step = 0;
  const losses = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let total = 0;
    for (let start = 0; start < n; start += batch) {
      const count = Math.min(batch, n - start);
      const x = Tensor.from(data.x.subarray(start * SIZE * SIZE, (start + count) * SIZE * SIZE), { shape: [count, 1, SIZE, SIZE] });
      const labels = Tensor.from(data.y.subarray(start, start + count));
      const loss = autograd.record(() => softmaxCrossEntropy(forward(p, x), labels)[0]);
      loss.backward();
      total += loss.item() * count;
      step += 1;
      autograd.pause(() => {
        for (const k of names) {
          const g = p[k].grad;
          const [w, m, v] = adamUpdate(p[k], g, moments[k][0], moments[k][1], lr, step);
          for (const t of [p[k], g, ...moments[k]]) t.dispose();
          p[k] = w.attachGrad();
          moments[k] = [m, v];
        }
      });
    }
    losses.push(total / n);
    log(`epoch ${String(epoch).padStart(3)}/${epochs} ${progressBar(epoch, epochs)} loss ${(total / n).toFixed(4)}`);
  }
  const logits = forward(p, Tensor.from(data.x, { shape: [n, 1, SIZE, SIZE] })).toArray();
  let correct = 0;
  logits.forEach((row, i) => (correct += BigInt(row[1] > row[0] ? 1 : 0) === data.y[i] ? 1 : 0));
  return { losses, accuracy: correct / n };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const num = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
  const json = args.includes("--json");
  const result = trainCnn({ epochs: num("--epochs", 8), seed: num("--seed", 11), log: json ? () => {} : console.log });
  if (json) console.log(JSON.stringify(result));
  else console.log(`training accuracy ${(result.accuracy * 100).toFixed(1)} % on 256 generated 8x8 bar images`);
}
