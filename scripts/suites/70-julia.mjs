// The Julia package bindings/julia/Tessera. No Julia runtime can be installed on these machines,
// so the checks that run everywhere are static: generators/src/emit/julia-check.ts parses every
// .jl file with tree-sitter-julia (no error nodes; docstring examples too; each file again with
// its last `end` removed, which must fail), and checks every ccall against c_api.h and TsrAttr
// against struct tsr_attr. Its "N passed, N failed" line is the count. (The emitter's snapshot,
// API and syntax tests run with jest in 30-jest.)
//
// Where `julia` is on the PATH, test/runtests.jl also runs (Pkg.test against build/lib); where it
// is not, that is reported as one skipped test.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const PKG = "bindings/julia/Tessera";

function parseCounts(out) {
  const all = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)];
  const m = all[all.length - 1];
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
}

// Julia's Test prints "Test Summary: | Pass  Fail  Error  Broken  Total  Time" and a row below.
function parseJuliaTest(out) {
  const lines = out.split("\n");
  const k = lines.findIndex((l) => /^Test Summary:/.test(l));
  if (k < 0 || k + 1 >= lines.length) return null;
  const heads = lines[k].split("|")[1].trim().split(/\s+/);
  const values = lines[k + 1].split("|")[1].trim().split(/\s+/).map(Number);
  const get = (name) => {
    const i = heads.indexOf(name);
    return i >= 0 && Number.isFinite(values[i]) ? values[i] : 0;
  };
  return { passed: get("Pass"), failed: get("Fail") + get("Error"), skipped: get("Broken") };
}

export default {
  name: "julia (tree-sitter parse + ccall/c_api.h checks; runtests.jl where Julia exists)",
  async run({ root, sh }) {
    const require = createRequire(join(root, "package.json"));
    for (const pkg of ["tree-sitter", "tree-sitter-julia"]) {
      try {
        require.resolve(pkg);
      } catch {
        return { skip: `the npm package ${pkg} is missing (devDependencies tree-sitter@0.21.1 and tree-sitter-julia@0.23.1; npm install)` };
      }
    }
    const tsx = join(root, "node_modules/.bin/tsx");
    const check = sh(tsx, [join(root, "generators/src/emit/julia-check.ts"), "--root", root]);
    const counts = parseCounts(check.out);
    if (!counts || counts.failed > 0 || check.status !== 0) process.stdout.write(check.out);
    const result = counts ?? { passed: 0, failed: 1 };
    let skipped = 0;
    let detail = "";

    const julia = sh("julia", ["--version"]);
    if (julia.status !== 0) {
      skipped = 1;
      detail = "no Julia runtime here: test/runtests.jl was not run (parse and signature checks only)";
    } else if (!existsSync(join(root, "build/lib/libtessera.so"))) {
      result.failed += 1;
      detail = "build/lib/libtessera.so is missing (node scripts/build.mjs --native-only)";
    } else {
      const run = sh("julia", [`--project=${join(root, PKG)}`, "-e", "using Pkg; Pkg.instantiate(); Pkg.test()"], {
        env: { ...process.env, TESSERA_LIB: join(root, "build/lib/libtessera.so") },
      });
      const jl = parseJuliaTest(run.out);
      if (!jl || run.status !== 0) process.stdout.write(run.out);
      if (jl) {
        result.passed += jl.passed;
        result.failed += jl.failed;
        skipped += jl.skipped;
      } else {
        result.failed += 1;
        detail = "Pkg.test() printed no test summary";
      }
    }
    return { passed: result.passed, failed: result.failed, skipped, ...(detail ? { detail } : {}) };
  },
};
