// Types for the API tests' GraphQL documents, from the checked-in schema.graphql: a test writes
// graphql(`query Awards { ... }`) and gets the response and variables typed (client preset, string
// documents, so the test client sends them as they are). `pnpm codegen` regenerates; lint fails
// when the generated files are stale.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/**/*.test.ts", "src/test/**/*.ts", "!src/test/gql/**"],
  ignoreNoDocuments: true,
  // ESM: the generated files import each other with .js extensions.
  emitLegacyCommonJSImports: false,
  generates: {
    "src/test/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        // JSON holds the audit trail's before and after: objects.
        scalars: { Money: "string", ID: "string", JSON: "Record<string, unknown>" },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: true,
      },
    },
  },
};

export default config;
