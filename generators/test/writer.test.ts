import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generatedFile, type GeneratedFile } from "../src/files";
import { shortDiff, writeFiles } from "../src/writer";

let root: string;
let log: string[];
const write = (files: readonly GeneratedFile[], check = false, generatedDirs: string[] = []) =>
  writeFiles(files, { root, check, generatedDirs, log: (line) => log.push(line) });
const read = (rel: string) => fs.readFileSync(path.join(root, rel), "utf8");
const put = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};

const a = generatedFile("gen/a.ts", "typescript", "export const a = 1;");
const b = generatedFile("gen/sub/b.ts", "typescript", "export const b = 2;");

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tessera-writer-"));
  log = [];
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test("rejects duplicate paths before writing anything", () => {
  expect(() => write([a, b, { path: "gen/a.ts", content: "x" }])).toThrow('writer: two generated files have the same path "gen/a.ts"');
  expect(fs.existsSync(path.join(root, "gen"))).toBe(false);
});

test.each(["../outside.ts", "/abs.ts", "gen/../x.ts", "gen\\x.ts", ""])("rejects the path %j", (bad) => {
  expect(() => write([{ path: bad, content: "" }])).toThrow("writer: invalid generated file path");
});

test("writes new files, then only the ones that changed", () => {
  let result = write([a, b]);
  expect(result.written).toEqual(["gen/a.ts", "gen/sub/b.ts"]);
  expect(read("gen/sub/b.ts")).toBe(b.content);
  expect(log).toEqual(["wrote gen/a.ts", "wrote gen/sub/b.ts"]);

  const mtime = fs.statSync(path.join(root, "gen/a.ts")).mtimeMs;
  log = [];
  const b2 = generatedFile("gen/sub/b.ts", "typescript", "export const b = 3;");
  result = write([a, b2]);
  expect(result).toMatchObject({ ok: true, written: ["gen/sub/b.ts"], unchanged: ["gen/a.ts"], deleted: [] });
  expect(log).toEqual(["wrote gen/sub/b.ts"]);
  expect(fs.statSync(path.join(root, "gen/a.ts")).mtimeMs).toBe(mtime);
  expect(fs.readdirSync(path.join(root, "gen/sub"))).toEqual(["b.ts"]);
});

test("check mode writes nothing and reports missing and stale files with a short diff", () => {
  put("gen/a.ts", a.content.replace("a = 1", "a = 0"));
  const result = write([a, b], true);
  expect(result).toMatchObject({ ok: false, written: [], stale: ["gen/a.ts"], missing: ["gen/sub/b.ts"], leftovers: [] });
  expect(fs.existsSync(path.join(root, "gen/sub/b.ts"))).toBe(false);
  expect(read("gen/a.ts")).toContain("a = 0");
  expect(log).toEqual([
    "stale: gen/a.ts",
    ["--- gen/a.ts (on disk)", "+++ gen/a.ts (generated)", "@@ line 3 @@", "-export const a = 0;", "-", "+export const a = 1;", "+"].join("\n"),
    "missing: gen/sub/b.ts",
    "2 generated file(s) out of date; run `npm run generate`.",
  ]);
});

test("check mode passes when everything is current", () => {
  write([a, b]);
  log = [];
  expect(write([a, b], true)).toMatchObject({ ok: true, stale: [], missing: [], leftovers: [], unchanged: ["gen/a.ts", "gen/sub/b.ts"] });
  expect(log).toEqual([]);
});

test("generated files no longer produced: deleted when writing, a failure when checking", () => {
  write([a, b]);
  put("gen/old.ts", generatedFile("gen/old.ts", "typescript", "export {};").content);
  put("gen/handwritten.ts", "// not generated\nexport {};\n");
  put("elsewhere/old.ts", generatedFile("elsewhere/old.ts", "typescript", "export {};").content);
  log = [];

  expect(write([a], true, ["gen"])).toMatchObject({ ok: false, leftovers: ["gen/old.ts", "gen/sub/b.ts"] });
  expect(log).toEqual([
    "no longer generated: gen/old.ts",
    "no longer generated: gen/sub/b.ts",
    "2 generated file(s) out of date; run `npm run generate`.",
  ]);
  expect(fs.existsSync(path.join(root, "gen/old.ts"))).toBe(true);

  log = [];
  expect(write([a], false, ["gen"])).toMatchObject({ ok: true, deleted: ["gen/old.ts", "gen/sub/b.ts"] });
  expect(log).toEqual(["deleted gen/old.ts (no longer generated)", "deleted gen/sub/b.ts (no longer generated)"]);
  expect(fs.existsSync(path.join(root, "gen/handwritten.ts"))).toBe(true);
  expect(fs.existsSync(path.join(root, "elsewhere/old.ts"))).toBe(true);
});

test("shortDiff shows the first differing lines", () => {
  expect(shortDiff("f.ts", "a\nb\nc\n", "a\nB\nc\n", 1)).toBe("--- f.ts (on disk)\n+++ f.ts (generated)\n@@ line 2 @@\n-b\n+B");
});
