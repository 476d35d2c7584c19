#!/usr/bin/env node
// Fails when a generated file that is checked in (schema.graphql, the admin's operation types)
// differs from what the build just produced: they are regenerated, never hand-edited.
import { spawnSync } from "node:child_process";

const files = ["apps/api/schema.graphql", "apps/admin/src/graphql/generated.ts"];
const res = spawnSync("git", ["diff", "--exit-code", "--stat", "--", ...files], {
  stdio: "inherit",
});
const untracked = spawnSync("git", ["ls-files", "--others", "--exclude-standard", "--", ...files], {
  encoding: "utf8",
});
if (res.status !== 0 || untracked.stdout.trim()) {
  console.error(
    "Generated files drifted from the committed ones: run `pnpm build` and commit them.",
  );
  process.exit(1);
}
console.log("schema.graphql and generated client types match the committed ones.");
