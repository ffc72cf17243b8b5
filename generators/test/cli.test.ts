import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../src/cli";
import { op, registryJson } from "./helpers/registry";

let root: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: root });
const SAMPLE = path.join(__dirname, "fixtures/sample-registry.json");

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tessera-cli-"));
  out = [];
  err = [];
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test("generates, then --check passes, then a hand edit makes --check fail", () => {
  expect(run("--registry", SAMPLE, "--root", ".", "--target", "typescript")).toBe(0);
  expect(out).toEqual([
    "wrote bindings/typescript/src/generated/ops.ts",
    "wrote bindings/typescript/src/generated/methods.ts",
    "wrote bindings/typescript/src/generated/index.ts",
    "3 written, 0 unchanged, 0 deleted",
  ]);

  out = [];
  expect(run("--registry", SAMPLE, "--check", "--target", "typescript")).toBe(0);
  expect(out).toEqual(["generated files are up to date (3 checked)"]);

  const ops = path.join(root, "bindings/typescript/src/generated/ops.ts");
  fs.writeFileSync(ops, fs.readFileSync(ops, "utf8").replace("export function add(", "export function plus("));
  out = [];
  expect(run(`--registry=${SAMPLE}`, "--check", "--target=typescript")).toBe(1);
  expect(out[0]).toBe("stale: bindings/typescript/src/generated/ops.ts");
  expect(out[1]).toContain("-export function plus(a: TensorLike, b: TensorLike): Tensor {\n");
  expect(out[1]).toContain("+export function add(a: TensorLike, b: TensorLike): Tensor {\n");
  expect(out[out.length - 1]).toBe("1 generated file(s) out of date; run `npm run generate`.");
});

test("reads <root>/op-registry/registry.json by default", () => {
  fs.mkdirSync(path.join(root, "op-registry"));
  fs.writeFileSync(path.join(root, "op-registry/registry.json"), registryJson([op("neg")]));
  expect(run("--target", "typescript")).toBe(0);
  expect(fs.readFileSync(path.join(root, "bindings/typescript/src/generated/ops.ts"), "utf8")).toContain("export function neg(");
});

test("every target emits the sample registry, and a second run writes nothing", () => {
  expect(run("--registry", SAMPLE)).toBe(0);
  const written = out.filter((l) => l.startsWith("wrote "));
  for (const dir of ["bindings/typescript/", "bindings/python/", "bindings/scala/", "bindings/r/", "bindings/julia/"]) {
    expect(written.some((l) => l.startsWith(`wrote ${dir}`))).toBe(true);
  }
  out = [];
  expect(run("--registry", SAMPLE, "--check")).toBe(0);
  expect(out[out.length - 1]).toMatch(/^generated files are up to date \(\d+ checked\)$/);
});

test("a model error exits 1 with the message", () => {
  fs.writeFileSync(path.join(root, "bad.json"), registryJson([op("Neg")]));
  expect(run("--registry", "bad.json")).toBe(1);
  expect(err).toEqual(['error: op-registry/ops/Neg.cc: op "Neg": name: "Neg" is not snake_case (lowercase letters, digits, single underscores)']);
});

test("names must be distinct in every language, not only the emitted one", () => {
  fs.writeFileSync(path.join(root, "clash.json"), registryJson([op("x_1"), op("x1")]));
  expect(run("--registry", "clash.json")).toBe(1);
  expect(err).toEqual([
    [
      "error: 2 problems in the operator registry:",
      '  op-registry/ops/x1.cc: op "x1": name: TypeScript function name "x1" is also the name of op "x_1"',
      '  op-registry/ops/x1.cc: op "x1": name: Scala function name "x1" is also the name of op "x_1"',
    ].join("\n"),
  ]);
});

test("a missing registry exits 1 and says where it comes from", () => {
  expect(run("--registry", "nope.json")).toBe(1);
  expect(err[0]).toMatch(/^error: cannot read the registry nope\.json: /);
  expect(err[1]).toBe("  (it is written by `npm run generate`, which builds the library and dumps tsr_registry_json())");
});

test("bad usage exits 2", () => {
  expect(run("--target", "cobol")).toBe(2);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(/^error: unknown target "cobol" \(available: typescript(, \w+)+\)$/);
  err = [];
  expect(run("--frobnicate")).toBe(2);
  expect(err[0]).toBe('error: unknown argument "--frobnicate"');
  expect(err[1]).toMatch(/^usage: /);
  err = [];
  expect(run("--root")).toBe(2);
  expect(err[0]).toBe("error: --root needs a value");
});
