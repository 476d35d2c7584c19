import base from "@allot/eslint-config";

export default [
  ...base,
  {
    // Every object type reads its fields as plain properties: use common/object-type.ts.
    files: ["src/**/*.ts"],
    ignores: ["src/common/object-type.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "type-graphql",
              importNames: ["ObjectType"],
              message: "Import ObjectType from common/object-type.js (simpleResolvers on).",
            },
          ],
        },
      ],
    },
  },
];
