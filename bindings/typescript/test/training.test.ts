// End to end: the training example (examples/train-mlp.mjs, run on the compiled package as a
// user would) learns the two-moons task. Its expected outcome is a property of the data, not a
// number taken from the engine: the classes are separable, so a working MLP, autograd and SGD
// must reach at least 97 % training accuracy and a loss well below the initial ln(2) ~ 0.69.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../../..");

test("examples/train-mlp.mjs reaches >= 97 % training accuracy on two moons", () => {
  const r = spawnSync(process.execPath, [path.join(root, "examples/train-mlp.mjs"), "--json", "--epochs", "30"], {
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const result = JSON.parse(r.stdout.trim()) as { losses: number[]; accuracy: number };
  expect(result.losses).toHaveLength(30);
  expect(result.losses[0]!).toBeLessThan(0.8);
  expect(result.losses[29]!).toBeLessThan(0.1);
  expect(result.losses[29]!).toBeLessThan(result.losses[0]! / 5);
  expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
}, 60_000);

test("examples/train-cnn.mjs (conv, max_pool, softmax_cross_entropy, adam_update) reaches >= 97 % on bar images", () => {
  // Horizontal and vertical bars are separable by a 3x3 convolution; chance is 50 %.
  const r = spawnSync(process.execPath, [path.join(root, "examples/train-cnn.mjs"), "--json", "--epochs", "8"], {
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const result = JSON.parse(r.stdout.trim()) as { losses: number[]; accuracy: number };
  expect(result.losses).toHaveLength(8);
  expect(result.losses[7]!).toBeLessThan(result.losses[0]! / 3);
  expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
}, 120_000);
