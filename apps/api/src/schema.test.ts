import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { describe, expect, it } from "vitest";

import { CACHEABLE_FIELDS } from "./platform/cache/response-cache.js";
import { SIZED_ITEM_TYPES } from "./platform/limits/list-sizes.js";
import { createSchema } from "./schema.js";

const FEDERATION_SPEC = /^(_(Any|Entity|Service|entities|service)$|federation__|link__)/;

describe("the schema", () => {
  it("describes every type, field, argument and enum value", async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith("__") ||
        ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)
      )
        continue;
      if (FEDERATION_SPEC.test(type.name)) continue; // defined, and described, by the Apollo Federation spec
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (FEDERATION_SPEC.test(field.name)) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type) && type.name === "ProgramCode") {
        for (const v of type.getValues())
          if (!v.description) missing.push(`${type.name}.${v.name}`);
      }
      if (isScalarType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it("gives every list of objects a size for the cost estimate, or sizes it by its `first` or a list argument", async () => {
    const schema = await createSchema();
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const t = isNonNullType(field.type) ? field.type.ofType : field.type;
        const item = getNamedType(field.type);
        if (!isListType(t) || !isCompositeType(item)) continue;
        const sizedByArgument = field.args.some(
          (a) => a.name === "first" || isListType(isNonNullType(a.type) ? a.type.ofType : a.type),
        );
        if (!sizedByArgument && !SIZED_ITEM_TYPES.has(item.name))
          unsized.push(`${type.name}.${field.name}: [${item.name}]`);
      }
    }
    expect(unsized).toEqual([]);
  });

  it("decides for every root field whether its answer may be cached", async () => {
    const fields = Object.keys((await createSchema()).getQueryType()!.getFields());
    // The caller's own identity, tokens, sessions, the audit trail, any node, federation: never kept.
    const never = [
      "me",
      "apiTokens",
      "auditEvents",
      "node",
      "signInOptions",
      "_service",
      "_entities",
    ];
    // A new field is either reviewed into CACHEABLE_FIELDS (response-cache.ts) or named here.
    expect(fields.filter((f) => !CACHEABLE_FIELDS.has(f) && !never.includes(f))).toEqual([]);
    expect([...CACHEABLE_FIELDS].filter((f) => f !== "__typename" && !fields.includes(f))).toEqual(
      [],
    );
    expect(never.filter((f) => CACHEABLE_FIELDS.has(f))).toEqual([]);
  });
});
