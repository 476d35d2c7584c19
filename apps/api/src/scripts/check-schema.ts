// CI: compares schema.graphql with the schema as it was on main before this change, and fails on
// a breaking change (a field or type removed, a type changed, a required argument added) unless
// schema-breaking-changes.txt declares it. The base is SCHEMA_BASE, else where this branch left
// origin/main, else the commit before this one (CI on main itself).
//   node dist/scripts/check-schema.js
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { declaredPaths, schemaDiff } from "./schema-diff.js";

const git = (...args: string[]) =>
  execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const tryGit = (...args: string[]) => {
  try {
    return git(...args);
  } catch {
    return null;
  }
};

const head = git("rev-parse", "HEAD");
const forkPoint = tryGit("merge-base", "HEAD", "origin/main");
const base = process.env.SCHEMA_BASE ?? (forkPoint && forkPoint !== head ? forkPoint : "HEAD~1");
const before = tryGit("show", `${base}:apps/api/schema.graphql`);
if (before === null) {
  console.log(`check-schema: no schema.graphql at ${base}; nothing to compare`);
  process.exit(0);
}
const file = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));
const after = readFileSync(file("schema.graphql"), "utf8");
const declarations = existsSync(file("schema-breaking-changes.txt"))
  ? declaredPaths(readFileSync(file("schema-breaking-changes.txt"), "utf8"))
  : new Set<string>();
const d = await schemaDiff(before, after, declarations);
console.log(
  `check-schema against ${base}: ${d.safe} safe, ${d.dangerous.length} dangerous, ${d.declared.length} declared breaking, ${d.undeclared.length} undeclared breaking`,
);
for (const l of d.dangerous) console.log(`  dangerous: ${l}`);
for (const l of d.declared) console.log(`  breaking (declared): ${l}`);
for (const l of d.undeclared) console.error(`  BREAKING: ${l}`);
if (d.undeclared.length) {
  console.error(
    "A breaking schema change: keep the old field (deprecate it) or declare it in apps/api/schema-breaking-changes.txt with a release note.",
  );
  process.exit(1);
}
