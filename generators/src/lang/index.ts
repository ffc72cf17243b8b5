// The five target languages, and the check that a registry's names stay distinct in each of them
// after conversion and escaping (e.g. "x_1" and "x1" are both "x1" in camelCase).

import { ModelError, type OpModel, type Registry } from "../model";
import { julia } from "./julia";
import type { Language, TargetId } from "./language";
import { python } from "./python";
import { r } from "./r";
import { scala } from "./scala";
import { typescript } from "./typescript";

export const LANGUAGES: Readonly<Record<TargetId, Language>> = Object.freeze({ typescript, python, scala, r, julia });

function where(op: OpModel): string {
  return `${op.definedIn}: op ${JSON.stringify(op.name)}`;
}

function collisions(
  entries: readonly { key: string; label: string }[],
  report: (key: string, first: string, second: string) => void,
): void {
  const seen = new Map<string, string>();
  for (const { key, label } of entries) {
    const first = seen.get(key);
    if (first !== undefined) report(key, first, label);
    else seen.set(key, label);
  }
}

/** Problems with the registry's names in one language; [] when all are distinct. */
export function nameIssues(registry: Registry, lang: Language): string[] {
  const issues: string[] = [];
  const byOp = new Map(registry.ops.map((op) => [op.name, op]));
  collisions(
    registry.ops.map((op) => ({ key: lang.functionName(op.name), label: op.name })),
    (key, first, second) => {
      const op = byOp.get(second) as OpModel;
      issues.push(`${where(op)}: name: ${lang.displayName} function name "${key}" is also the name of op "${first}"`);
    },
  );
  const typeNames: { key: string; label: string; op: OpModel }[] = [];
  for (const op of registry.ops) {
    const params = [
      ...op.inputs.map((t) => ({ key: lang.parameterName(t.name), label: `inputs.${t.name}` })),
      ...op.attrs.map((a) => ({ key: lang.parameterName(a.name), label: `attrs.${a.name}` })),
    ];
    collisions(params, (key, first, second) =>
      issues.push(`${where(op)}: ${second}: ${lang.displayName} parameter name "${key}" is also used by ${first}`),
    );
    collisions(
      op.attrs.map((a) => ({ key: lang.optionName(a.name), label: `attrs.${a.name}` })),
      (key, first, second) => issues.push(`${where(op)}: ${second}: ${lang.displayName} option name "${key}" is also used by ${first}`),
    );
    for (const attr of op.attrs) {
      if (attr.type === "enum") typeNames.push({ key: lang.enumTypeName(op, attr), label: `op "${op.name}" attrs.${attr.name}`, op });
    }
    for (const name of lang.extraTypeNames?.(op) ?? []) typeNames.push({ key: name, label: `op "${op.name}"`, op });
  }
  collisions(typeNames, (key, first, second) => {
    const op = typeNames.find((t) => t.label === second)?.op as OpModel;
    issues.push(`${op.definedIn}: ${second}: ${lang.displayName} type name "${key}" is also derived from ${first}`);
  });
  return issues;
}

/** Throws a ModelError listing every name collision in the given languages. */
export function checkNames(registry: Registry, languages: readonly Language[] = Object.values(LANGUAGES)): void {
  const issues = languages.flatMap((lang) => nameIssues(registry, lang));
  if (issues.length > 0) throw new ModelError(issues);
}

export type { DocComment, DocParam, Language, TargetId } from "./language";
export { TARGET_IDS } from "./language";
export { julia, python, r, scala, typescript };
