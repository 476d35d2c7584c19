import { describe, expect, it } from "vitest";

import { declaredPaths, schemaDiff } from "./schema-diff.js";

const before = `type Query { schools: [School!]! } type School { name: String! homeless: Int! }`;

describe("the schema check", () => {
  it("passes an added field, fails a removed one, and lets a declared one through", async () => {
    const added = await schemaDiff(
      before,
      `type Query { schools: [School!]! } type School { name: String! homeless: Int! foster: Int! }`,
      new Set(),
    );
    expect(added).toMatchObject({ undeclared: [], safe: 1 });
    const removed = await schemaDiff(
      before,
      `type Query { schools: [School!]! } type School { name: String! }`,
      new Set(),
    );
    expect(removed.undeclared).toEqual([
      "School.homeless: Field 'homeless' was removed from object type 'School'",
    ]);
    const declared = await schemaDiff(
      before,
      `type Query { schools: [School!]! } type School { name: String! }`,
      declaredPaths("# told the ERP team\nSchool.homeless  merged into counts\n"),
    );
    expect(declared).toMatchObject({
      undeclared: [],
      declared: ["School.homeless: Field 'homeless' was removed from object type 'School'"],
    });
  });

  it("fails a field whose type changed and a new required argument", async () => {
    const d = await schemaDiff(
      before,
      `type Query { schools(district: ID!): [School!]! } type School { name: String! homeless: String! }`,
      new Set(),
    );
    expect(d.undeclared).toHaveLength(2);
  });
});
