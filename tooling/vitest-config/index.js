// Shared vitest settings. graphql is aliased to one entry point: otherwise vitest can load both the
// ESM and CJS builds and graphql-js refuses a schema "from another module or realm".
import { createRequire } from "node:module";

import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/** @param {import('vitest/config').UserConfig['test']} [test] */
export function nodeProject(test = {}) {
  let graphqlEntry;
  try {
    graphqlEntry = require.resolve("graphql/index.js", { paths: [process.cwd()] });
  } catch {
    graphqlEntry = undefined;
  }
  return defineConfig({
    resolve: graphqlEntry ? { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] } : {},
    test: {
      environment: "node",
      include: ["src/**/*.test.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...test,
    },
  });
}
