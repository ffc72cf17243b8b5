// The project-local Python environment .venv/ with the pinned packages of
// bindings/python/requirements-dev.txt (numpy, pytest, mypy, onnx, ...). Shared by the suites
// that need it: the Python package's, and jest's ONNX export round trip (onnx.checker), which
// runs first. Created with the python3 on PATH; requirements reinstalled only when they change.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** { python } on success, { skip } when python3 is missing or too old, { error, out } otherwise. */
export function ensureVenv({ root, sh }) {
  const py = sh("python3", ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"]);
  if (py.status !== 0) return { skip: "python3 is not on PATH" };
  const [major, minor] = py.out.trim().split(".").map(Number);
  if (major < 3 || (major === 3 && minor < 10)) return { skip: `python3 is ${py.out.trim()}; the package needs 3.10+` };
  const venv = join(root, ".venv");
  const python = join(venv, "bin/python");
  if (!existsSync(python)) {
    const r = sh("python3", ["-m", "venv", venv]);
    if (r.status !== 0) return { error: "could not create .venv (python3 -m venv)", out: r.out };
  }
  const reqFile = join(root, "bindings/python/requirements-dev.txt");
  const stampFile = join(venv, ".tessera-requirements");
  const hash = createHash("sha256").update("bindings/python/requirements-dev.txt").update(readFileSync(reqFile)).digest("hex");
  const current = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
  if (current !== hash) {
    const r = sh(python, ["-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", reqFile]);
    if (r.status !== 0) return { error: "pip could not install bindings/python/requirements-dev.txt", out: r.out };
    writeFileSync(stampFile, hash);
  }
  return { python };
}
