// Summaries of conformance results: per-suite counts, the mapping-table view, light models.

/** Counts per suite from node-style results [{suite, name, status, opsMapped}]. */
export function summarize(results) {
  const bySuite = new Map();
  for (const r of results) {
    if (!bySuite.has(r.suite)) bySuite.set(r.suite, { suite: r.suite, tests: 0, passed: 0, failed: 0, unsupported: 0, mapped: 0, mappedPassed: 0, imported: 0, importedPassed: 0 });
    const s = bySuite.get(r.suite);
    s.tests++;
    s[r.status]++;
    if (r.opsMapped) {
      s.mapped++;
      if (r.status === "passed") s.mappedPassed++;
    }
    if (r.opsImported) {
      s.imported++;
      if (r.status === "passed") s.importedPassed++;
    }
  }
  return [...bySuite.values()];
}

function pct(a, b) {
  return b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)} %`;
}

function pad(cells, widths) {
  const fit = (c, w) => (String(c).length > w ? `${String(c).slice(0, w - 3)}...` : String(c));
  return cells.map((c, i) => (i === 0 ? fit(c, widths[i]).padEnd(widths[i]) : fit(c, widths[i]).padStart(widths[i]))).join("  ");
}

const HEAD = ["suite", "tests", "passed", "failed", "unsupported", "op types imported", "passed of those", "op types mapped", "passed of those"];

function rows(summary) {
  return summary.map((s) => [
    s.suite,
    s.tests,
    s.passed,
    s.failed,
    s.unsupported,
    s.imported,
    `${s.importedPassed} (${pct(s.importedPassed, s.imported)})`,
    s.mapped,
    `${s.mappedPassed} (${pct(s.mappedPassed, s.mapped)})`,
  ]);
}

/** Plain-text table. */
export function textTable(summary) {
  const body = rows(summary);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  return [pad(HEAD, widths), pad(widths.map((w) => "-".repeat(w)), widths), ...body.map((r) => pad(r, widths))].join("\n");
}

/** The README table (Markdown). */
export function markdownTable(summary, light) {
  const out = [`| ${HEAD.join(" | ")} |`, `|${HEAD.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`];
  for (const r of rows(summary)) out.push(`| ${r.join(" | ")} |`);
  if (light.length > 0) {
    out.push("", "| light model | expected output | random weights vs onnxruntime (output max abs / max rel err; logits err / max \\|logit\\|) |", "|---|---|---|");
    for (const l of light) out.push(`| ${l.name} | ${lightExpected(l)} | ${lightRandom(l)} |`);
  }
  return out.join("\n");
}

function lightExpected(l) {
  if (l.expected) return l.expected.ok ? "pass" : `FAIL (${l.expected.reason})`;
  return l.status === "passed" ? "pass" : `${l.status.toUpperCase()}: ${l.reason}`;
}

function lightRandom(l) {
  const r = l.random;
  if (!r) return l.expected?.ok ? "not run" : "—";
  if (r.maxAbs === undefined) return `FAIL (${r.reason})`;
  const logits = r.logitsScaleRel !== undefined ? `; logits ${r.logitsScaleRel.toExponential(1)} of scale` : "";
  return `${r.ok ? "pass" : "FAIL"} (${r.maxAbs.toExponential(2)} / ${r.maxRel.toExponential(2)}${logits})`;
}

/** Plain-text light-model table. */
export function lightTable(light) {
  if (light.length === 0) return "";
  const head = ["light model", "expected output", "random weights vs onnxruntime (output max abs / max rel err; logits err / max |logit|)", "run s"];
  const body = light.map((l) => [l.name, lightExpected(l), lightRandom(l), l.seconds !== undefined ? l.seconds.toFixed(2) : ""]);
  const widths = head.map((h, i) => Math.min(70, Math.max(h.length, ...body.map((r) => String(r[i]).length))));
  return [pad(head, widths), pad(widths.map((w) => "-".repeat(w)), widths), ...body.map((r) => pad(r, widths))].join("\n");
}
