// The one template loader the handlebars emitters share: reads
// generators/templates/<target>/<name>, compiles it once (cached) with a private Handlebars
// instance and hands back the render function. Emitters stay pure: they call the returned
// function with a view model and get text back; the only file system access is this read of
// the generator's own templates.
//
// Generated code is not HTML: output is never escaped (`noEscape`), and a missing field is an
// error (`strict`), so a typo in a template fails loudly instead of emitting an empty string.

import * as fs from "node:fs";
import * as path from "node:path";
import Handlebars from "handlebars";

/** generators/templates */
export const TEMPLATES_DIR = path.resolve(__dirname, "..", "templates");

/** One Handlebars environment for every target (helpers and partials registered here are shared). */
export const handlebars: typeof Handlebars = Handlebars.create();

const cache = new Map<string, HandlebarsTemplateDelegate>();

/**
 * The compiled template `generators/templates/<target>/<name>` (name with its extension, e.g.
 * "ops.py.hbs"). Throws a clear error naming the path when it does not exist.
 */
export function loadTemplate(target: string, name: string): HandlebarsTemplateDelegate {
  const key = `${target}/${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const file = path.join(TEMPLATES_DIR, target, name);
  if (!fs.existsSync(file)) throw new Error(`loadTemplate: no template generators/templates/${key}`);
  const compiled = handlebars.compile(fs.readFileSync(file, "utf8"), { noEscape: true, strict: true });
  cache.set(key, compiled);
  return compiled;
}
