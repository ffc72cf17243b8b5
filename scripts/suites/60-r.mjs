// The R package bindings/r/tessera: installs it into the project-local library .rlib/ against
// build/lib/libtessera.so (only when its sources or the library changed), runs its testthat suite
// through the installed package (counts parsed from testthat's "[ FAIL n | WARN n | SKIP n |
// PASS n ]" line), then `R CMD check` on a built tarball, counted as one test: it passes when the
// check reports no ERROR and no WARNING (NOTEs are fine).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const PKG = "bindings/r/tessera";

/** Every source file of the package (not build products), sorted. */
function packageFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...packageFiles(p));
    else if (!/\.(o|so|dll)$/.test(entry.name)) out.push(p);
  }
  return out.sort();
}

/** Changes when the package sources, libtessera or R change. */
function installStamp(root, rVersion) {
  const h = createHash("sha256");
  for (const f of packageFiles(join(root, PKG))) {
    h.update(relative(root, f));
    h.update(readFileSync(f));
  }
  const lib = statSync(join(root, "build/lib/libtessera.so"));
  h.update(`${lib.size}:${lib.mtimeMs}:${rVersion}:${root}`);
  return h.digest("hex");
}

function parseTestthat(out) {
  const all = [...out.matchAll(/\[ FAIL (\d+) \| WARN (\d+) \| SKIP (\d+) \| PASS (\d+) \]/g)];
  const m = all[all.length - 1];
  return m ? { passed: Number(m[4]), failed: Number(m[1]), skipped: Number(m[3]), warnings: Number(m[2]) } : null;
}

export default {
  name: "R (testthat + R CMD check)",
  async run({ root, sh }) {
    const version = sh("Rscript", ["-e", "cat(as.character(getRversion()))"]);
    if (version.status !== 0) {
      return { skip: "Rscript not found (scripts/setup-system.sh installs r-base-core, r-base-dev and r-cran-testthat)" };
    }
    const deps = sh("Rscript", ["-e", "quit(status = if (all(vapply(c('testthat', 'jsonlite'), requireNamespace, TRUE, quietly = TRUE))) 0 else 3)"]);
    if (deps.status !== 0) return { skip: "the R packages testthat and jsonlite are missing (apt-get install r-cran-testthat)" };
    if (!existsSync(join(root, "build/lib/libtessera.so"))) {
      return { passed: 0, failed: 1, skipped: 0, detail: "build/lib/libtessera.so is missing (node scripts/build.mjs --native-only)" };
    }

    const rlib = join(root, ".rlib");
    const checkDir = join(root, ".rcheck");
    mkdirSync(rlib, { recursive: true });
    mkdirSync(checkDir, { recursive: true });
    // An empty local package repository: everything the package needs is installed, and R CMD
    // check would otherwise try to download CRAN's index (these machines are offline).
    const repo = join(checkDir, "repo");
    mkdirSync(join(repo, "src/contrib"), { recursive: true });
    writeFileSync(join(repo, "src/contrib/PACKAGES"), "");
    const profile = join(checkDir, "Rprofile");
    writeFileSync(profile, `options(repos = c(CRAN = ${JSON.stringify(`file://${repo}`)}))\n`);
    const env = {
      ...process.env,
      TESSERA_HOME: root,
      R_LIBS: rlib,
      R_LIBS_USER: rlib,
      _R_CHECK_FORCE_SUGGESTS_: "false",
      _R_CHECK_SYSTEM_CLOCK_: "0",
      _R_CHECK_CRAN_INCOMING_: "false",
      NOT_CRAN: "true",
      R_PROFILE_USER: profile,
    };

    // 1. Install into .rlib/ when stale.
    const stampFile = join(rlib, ".tessera-install-stamp");
    const stamp = installStamp(root, version.out.trim());
    const installed = existsSync(join(rlib, "tessera/DESCRIPTION")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
    if (!installed) {
      rmSync(join(rlib, "00LOCK-tessera"), { recursive: true, force: true });
      const inst = sh("R", ["CMD", "INSTALL", "--preclean", "--clean", "--no-multiarch", "-l", rlib, PKG], { env });
      if (inst.status !== 0) {
        process.stdout.write(inst.out);
        return { passed: 0, failed: 1, skipped: 0, detail: "R CMD INSTALL failed" };
      }
      writeFileSync(stampFile, stamp);
    }

    // 2. testthat through the installed package.
    const script = [
      "suppressPackageStartupMessages({ library(testthat); library(tessera) })",
      `invisible(test_dir(${JSON.stringify(join(root, PKG, "tests/testthat"))}, package = "tessera",`,
      '  load_package = "installed", reporter = CheckReporter$new(), stop_on_failure = FALSE))',
    ].join("\n");
    const t = sh("Rscript", ["-e", script], { env });
    const counts = parseTestthat(t.out);
    if (!counts || counts.failed > 0) process.stdout.write(t.out);
    const result = counts
      ? { passed: counts.passed, failed: counts.failed, skipped: counts.skipped }
      : { passed: 0, failed: 1, skipped: 0 };
    const details = counts ? [] : ["could not read testthat's summary"];

    // 3. R CMD check on a tarball built from the package (one test).
    for (const f of readdirSync(checkDir)) if (/^tessera_.*\.tar\.gz$/.test(f)) rmSync(join(checkDir, f));
    const built = sh("R", ["CMD", "build", "--no-build-vignettes", "--no-manual", join(root, PKG)], { cwd: checkDir, env });
    const tarball = readdirSync(checkDir).find((f) => /^tessera_.*\.tar\.gz$/.test(f));
    if (built.status !== 0 || tarball === undefined) {
      process.stdout.write(built.out);
      result.failed += 1;
      details.push("R CMD build failed");
      return { ...result, detail: details.join("; ") };
    }
    const check = sh("R", ["CMD", "check", "--no-manual", "--no-build-vignettes", tarball], { cwd: checkDir, env });
    const status = check.out.match(/^Status: (.*)$/m)?.[1] ?? "";
    const clean = check.status === 0 && status !== "" && !/ERROR|WARNING/.test(status);
    if (clean) {
      result.passed += 1;
      if (status !== "OK") details.push(`R CMD check: ${status}`);
    } else {
      process.stdout.write(check.out);
      result.failed += 1;
      details.push(`R CMD check: ${status || "did not finish"} (log: .rcheck/tessera.Rcheck/00check.log)`);
    }
    return details.length > 0 ? { ...result, detail: details.join("; ") } : result;
  },
};
