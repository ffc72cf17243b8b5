// Helpers shared by suites: parse the closing lines of common test runners.
export function parseCtest(out) {
  const m = out.match(/(\d+)% tests passed, (\d+) tests? failed out of (\d+)/);
  return m ? { passed: Number(m[3]) - Number(m[2]), failed: Number(m[2]), skipped: 0 } : null;
}

export function parsePytest(out) {
  const line = out.split("\n").reverse().find((l) => /=+ .*(passed|failed|error|skipped).* in [\d.]+s/.test(l));
  if (!line) return null;
  const n = (w) => Number((line.match(new RegExp(`(\\d+) ${w}`)) || [0, 0])[1]);
  return { passed: n("passed"), failed: n("failed") + n("error"), skipped: n("skipped") + n("xfailed") };
}
