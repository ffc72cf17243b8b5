// Command line: parse the registry, run the emitters, write (or --check) the files.
//
//   npx tsx generators/src/cli.ts [--registry op-registry/registry.json] [--root .]
//                                 [--check] [--target typescript]...
//
// Exit codes: 0 ok; 1 model error or stale files in --check mode; 2 bad usage.

import * as fs from "node:fs";
import * as path from "node:path";
import { REGISTRY_PATH, type GeneratedFile } from "./files";
import { checkNames, LANGUAGES } from "./lang";
import { ModelError, parseRegistry } from "./model";
import { TARGETS } from "./targets";
import { writeFiles } from "./writer";

export interface CliIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
}

const USAGE = `usage: tsx generators/src/cli.ts [--registry <file>] [--root <dir>] [--check] [--target <name>]...
  --registry  registry JSON (default: <root>/${REGISTRY_PATH})
  --root      repository root that generated paths are relative to (default: .)
  --check     write nothing; fail when a generated file is stale, missing or left over
  --target    ${TARGETS.map((t) => t.name).join(", ")} (repeatable or comma-separated; default: all)`;

interface Args {
  registry: string | undefined;
  root: string;
  check: boolean;
  targets: string[];
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { registry: undefined, root: ".", check: false, targets: [] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++k];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--registry":
        args.registry = value();
        break;
      case "--root":
        args.root = value();
        break;
      case "--target":
        args.targets.push(...value().split(",").filter((t) => t !== ""));
        break;
      case "--check":
        args.check = true;
        break;
      case "--help":
      case "-h":
        throw new UsageError("");
      default:
        throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return args;
}

export function main(argv: readonly string[], io: CliIO): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message !== "") io.err(`error: ${e.message}`);
    io.err(USAGE);
    return e.message === "" ? 0 : 2;
  }
  const unknown = args.targets.filter((t) => !TARGETS.some((target) => target.name === t));
  if (unknown.length > 0) {
    io.err(`error: unknown target ${JSON.stringify(unknown[0])} (available: ${TARGETS.map((t) => t.name).join(", ")})`);
    return 2;
  }
  const targets = args.targets.length === 0 ? TARGETS : TARGETS.filter((t) => args.targets.includes(t.name));
  const root = path.resolve(io.cwd, args.root);
  const registryFile = args.registry === undefined ? path.join(root, REGISTRY_PATH) : path.resolve(io.cwd, args.registry);
  const shown = path.relative(io.cwd, registryFile) || registryFile;

  let text: string;
  try {
    text = fs.readFileSync(registryFile, "utf8");
  } catch (e) {
    io.err(`error: cannot read the registry ${shown}: ${(e as Error).message}`);
    io.err("  (it is written by `npm run generate`, which builds the library and dumps tsr_registry_json())");
    return 1;
  }

  let files: GeneratedFile[];
  try {
    const model = parseRegistry(text, shown);
    // Names must stay distinct in every language, not only the ones emitted today.
    checkNames(model, Object.values(LANGUAGES));
    files = targets.flatMap((t) => t.emit(model));
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    io.err(`error: ${e.message}`);
    return 1;
  }

  const result = writeFiles(files, {
    root,
    check: args.check,
    generatedDirs: targets.flatMap((t) => t.generatedDirs),
    log: io.out,
  });
  if (args.check) {
    if (!result.ok) return 1;
    io.out(`generated files are up to date (${files.length} checked)`);
  } else {
    io.out(`${result.written.length} written, ${result.unchanged.length} unchanged, ${result.deleted.length} deleted`);
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd: process.cwd(),
  });
}
