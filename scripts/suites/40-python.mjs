// Python package (bindings/python) with pytest, in the project-local virtual environment .venv/:
// creates it with the python3 on PATH, installs the pinned requirements, builds and installs the
// package against build/lib/libtessera.so (only when its sources or the library changed), then
// runs the pytest suite (registry examples, numpy comparisons, zero-copy, bad input, mypy on the
// stubs, the per-call overhead check) plus the doctests of the installed package's docstrings.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parsePytest } from "./lib.mjs";
import { ensureVenv } from "./venv.mjs";

const PKG = "bindings/python";

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "__pycache__" || e.name.endsWith(".egg-info") ? [] : files(p);
    return /\.(py|pyi|c|h|typed|toml|txt|md)$/.test(e.name) ? [p] : [];
  });
}

function fingerprint(root, paths) {
  const h = createHash("sha256");
  for (const p of paths.sort()) {
    h.update(relative(root, p));
    h.update(readFileSync(p));
  }
  return h.digest("hex");
}

function stamp(file) {
  return existsSync(file) ? readFileSync(file, "utf8").trim() : "";
}

export default {
  name: "python (pytest)",
  async run({ root, sh }) {
    if (!existsSync(join(root, "build/lib/libtessera.so"))) {
      return { passed: 0, failed: 1, skipped: 0, detail: "build/lib/libtessera.so is missing (npm run build)" };
    }
    const env = ensureVenv({ root, sh });
    if (env.skip) return { skip: env.skip };
    const fail = (what, r) => {
      process.stdout.write(r.out);
      return { passed: 0, failed: 1, skipped: 0, detail: what };
    };
    if (env.error) return fail(env.error, env);
    const venv = join(root, ".venv");
    const vpy = env.python;

    // The package, rebuilt when its sources, the C API header or the library change.
    const inputs = [
      ...files(join(root, PKG, "src")),
      join(root, PKG, "pyproject.toml"),
      join(root, PKG, "setup.py"),
      join(root, "c-api/include/tessera/c_api.h"),
      join(root, "build/lib/libtessera.so"),
    ];
    const pkgStamp = join(venv, ".tessera-python-package");
    const pkgHash = fingerprint(root, inputs);
    const importable = sh(vpy, ["-c", "import tessera"], { cwd: tmpdir() }).status === 0;
    if (stamp(pkgStamp) !== pkgHash || !importable) {
      const r = sh(vpy, [
        "-m", "pip", "install", "--disable-pip-version-check", "-q", "--no-build-isolation", "--no-deps", "--force-reinstall",
        `./${PKG}`,
      ]);
      if (r.status !== 0) return fail("pip install ./bindings/python failed", r);
      writeFileSync(pkgStamp, pkgHash);
    }

    const report = join(mkdtempSync(join(tmpdir(), "tessera-py-")), "overhead.txt");
    const r = sh(
      vpy,
      [
        "-m", "pytest", "-c", `${PKG}/pyproject.toml`, "--rootdir", PKG, "-rs",
        `${PKG}/tests`, "--doctest-modules", "--pyargs", "tessera",
      ],
      { env: { ...process.env, TESSERA_OVERHEAD_REPORT: report } },
    );
    const counts = parsePytest(r.out);
    if (!counts || counts.failed > 0 || r.status !== 0) process.stdout.write(r.out);
    if (existsSync(report) && statSync(report).size > 0) process.stdout.write(readFileSync(report, "utf8"));
    if (!counts) return { passed: 0, failed: 1, skipped: 0, detail: "could not read pytest's summary" };
    if (r.status !== 0 && counts.failed === 0) return { ...counts, failed: 1, detail: `pytest exited ${r.status}` };
    return counts;
  },
};
