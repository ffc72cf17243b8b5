// The only module that touches the file system. It writes the emitters' files under a root
// directory, only when their content changed, and removes generated files that are no longer
// produced; with `check`, it writes nothing and reports what is stale instead.

import * as fs from "node:fs";
import * as path from "node:path";
import { isGeneratedContent, type GeneratedFile } from "./files";

export interface WriteOptions {
  /** Repository root; file paths are relative to it. */
  readonly root: string;
  /** Write nothing; report stale, missing and leftover files and fail if there are any. */
  readonly check?: boolean;
  /**
   * Folders (root-relative) that hold generated files. A file in them that starts with the
   * generated header but is not produced any more is a leftover: deleted when writing, a
   * failure when checking. The folders of the produced files are always included.
   */
  readonly generatedDirs?: readonly string[];
  /** Where progress lines go (default: console.log). */
  readonly log?: (line: string) => void;
}

export interface WriteResult {
  /** False only in check mode, when something is stale, missing or left over. */
  readonly ok: boolean;
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly deleted: readonly string[];
  /** Check mode: files whose content differs from what would be generated. */
  readonly stale: readonly string[];
  /** Check mode: files that would be created. */
  readonly missing: readonly string[];
  /** Check mode: generated files that are no longer produced. */
  readonly leftovers: readonly string[];
}

/** A "/"-separated relative path inside the root; anything else is a bug in an emitter. */
function checkPath(p: string): void {
  const normal = path.posix.normalize(p);
  if (p === "" || p.includes("\\") || path.posix.isAbsolute(p) || normal !== p || normal.startsWith("../") || normal === "..") {
    throw new Error(`writer: invalid generated file path ${JSON.stringify(p)} (expected a normalised relative path inside the root)`);
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** Every file below `dir` (root-relative, "/"-separated); [] when it does not exist. */
function listFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * A short unified-style diff: the first differing line and a few after it, from each side.
 * `before` is what is on disk, `after` what the generators produce.
 */
export function shortDiff(file: string, before: string, after: string, context = 4): string {
  const a = before.split("\n");
  const b = after.split("\n");
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  const out = [`--- ${file} (on disk)`, `+++ ${file} (generated)`, `@@ line ${first + 1} @@`];
  for (const line of a.slice(first, first + context)) out.push(`-${line}`);
  for (const line of b.slice(first, first + context)) out.push(`+${line}`);
  return out.join("\n");
}

export function writeFiles(files: readonly GeneratedFile[], options: WriteOptions): WriteResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const check = options.check === true;

  const seen = new Set<string>();
  for (const f of files) {
    checkPath(f.path);
    if (seen.has(f.path)) throw new Error(`writer: two generated files have the same path ${JSON.stringify(f.path)}`);
    seen.add(f.path);
  }

  const written: string[] = [];
  const unchanged: string[] = [];
  const deleted: string[] = [];
  const stale: string[] = [];
  const missing: string[] = [];
  const leftovers: string[] = [];

  for (const f of files) {
    const abs = path.join(options.root, f.path);
    const current = readIfExists(abs);
    if (current === f.content) {
      unchanged.push(f.path);
    } else if (check) {
      if (current === undefined) {
        missing.push(f.path);
        log(`missing: ${f.path}`);
      } else {
        stale.push(f.path);
        log(`stale: ${f.path}`);
        log(shortDiff(f.path, current, f.content));
      }
    } else {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      // Write-then-rename, so a reader never sees half a file.
      const tmp = `${abs}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, f.content);
      fs.renameSync(tmp, abs);
      written.push(f.path);
      log(`wrote ${f.path}`);
    }
  }

  const dirs = new Set([...(options.generatedDirs ?? []), ...files.map((f) => path.posix.dirname(f.path))]);
  for (const dir of [...dirs].sort()) {
    checkPath(dir);
    for (const rel of listFiles(options.root, dir)) {
      if (seen.has(rel) || leftovers.includes(rel) || deleted.includes(rel)) continue;
      const abs = path.join(options.root, rel);
      if (!isGeneratedContent(readIfExists(abs) ?? "")) continue;
      if (check) {
        leftovers.push(rel);
        log(`no longer generated: ${rel}`);
      } else {
        fs.unlinkSync(abs);
        deleted.push(rel);
        log(`deleted ${rel} (no longer generated)`);
      }
    }
  }

  const ok = !check || stale.length + missing.length + leftovers.length === 0;
  if (check && !ok) {
    log(`${stale.length + missing.length + leftovers.length} generated file(s) out of date; run \`npm run generate\`.`);
  }
  return { ok, written, unchanged, deleted, stale, missing, leftovers };
}
