// Operation types for Apollo Client 4 from the API's checked-in schema.graphql:
// typescript-operations (v6 emits the enums and inputs it needs) + TypedDocumentNode, as Apollo
// advises (no client preset).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.graphql"],
  generates: {
    "src/graphql/generated.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        scalars: { Money: "string", ID: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
