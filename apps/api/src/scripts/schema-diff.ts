import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

export interface SchemaDiff {
  /** Breaking changes not declared: each stops CI. */
  undeclared: string[];
  /** Breaking changes declared in schema-breaking-changes.txt. */
  declared: string[];
  /** Changes that may surprise a client (a new enum value, a new optional argument). */
  dangerous: string[];
  safe: number;
}

/**
 * What changed from one schema to the next, as graphql-inspector sees it. `declared` holds the
 * paths (e.g. `School.homeless`) a release note has announced as breaking.
 */
export async function schemaDiff(
  before: string,
  after: string,
  declared: ReadonlySet<string>,
): Promise<SchemaDiff> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const out: SchemaDiff = { undeclared: [], declared: [], dangerous: [], safe: 0 };
  for (const c of changes) {
    const line = `${c.path ?? "(schema)"}: ${c.message}`;
    if (c.criticality.level === CriticalityLevel.Breaking)
      (c.path && declared.has(c.path) ? out.declared : out.undeclared).push(line);
    else if (c.criticality.level === CriticalityLevel.Dangerous) out.dangerous.push(line);
    else out.safe++;
  }
  return out;
}

/** The paths in a declarations file: one per line, `Type.field  why`, `#` starts a comment. */
export function declaredPaths(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .map((l) => l.replace(/#.*/, "").trim().split(/\s+/)[0] ?? "")
      .filter(Boolean),
  );
}
