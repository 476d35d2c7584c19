import { describe, expect, it } from "vitest";

import {
  API_TOKEN_FIELDS,
  NEW_SCENARIO_FIELDS,
  TYPED_BUDGET_LINE_FIELDS,
} from "@allot/engine/inputs";

import { schemaErrors } from "./form";

// The forms check with the API's own schemas: what they accept, the API accepts.
describe("form checks from the engine's input schemas", () => {
  it("a budget line: a program, dollars more than zero, a description", () => {
    expect(
      schemaErrors(TYPED_BUDGET_LINE_FIELDS, {
        program: null,
        amount: "-5",
        description: " ",
        accountCode: "",
      }),
    ).toEqual({
      program: "Choose a program the plan lists for this step.",
      amount: "Amount must be greater than zero.",
      description: "Description is required: say what the money buys.",
    });
    expect(
      schemaErrors(TYPED_BUDGET_LINE_FIELDS, {
        program: "TITLE_I_A",
        amount: "$12,500.50",
        description: "Coaching",
        accountCode: "",
      }),
    ).toEqual({});
    expect(
      schemaErrors(TYPED_BUDGET_LINE_FIELDS, {
        program: "TITLE_I_A",
        amount: "12,50",
        description: "Coaching",
      }).amount,
    ).toBe("Must be dollars and cents, e.g. 1,250.50.");
  });

  it("an API token: a name, 1 to 365 days, a school exactly when it is a school leader's", () => {
    const token = { name: "ERP", role: "VIEWER", expiresInDays: 90, schoolId: null };
    expect(schemaErrors(API_TOKEN_FIELDS, token)).toEqual({});
    expect(schemaErrors(API_TOKEN_FIELDS, { ...token, name: "", expiresInDays: 400 })).toEqual({
      name: "Must be 1 to 100 characters.",
      expiresInDays: "Must be a whole number from 1 to 365.",
    });
    expect(schemaErrors(API_TOKEN_FIELDS, { ...token, role: "SCHOOL_LEADER" })).toEqual({
      schoolId: "A school leader's token needs the school it may see.",
    });
  });

  it("a new scenario: a name, and the scenario to copy when it copies one", () => {
    expect(
      schemaErrors(NEW_SCENARIO_FIELDS, { name: " ", source: "SCENARIO", sourceScenarioId: "" }),
    ).toEqual({
      name: "Name must be 1-200 characters.",
      sourceScenarioId: "Choose the scenario to copy.",
    });
  });
});
