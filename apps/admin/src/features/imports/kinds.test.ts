import { describe, expect, it } from "vitest";

import { importsFor, KINDS } from "./kinds";

describe("the imports offered", () => {
  it("offers each role only what its mutations allow", () => {
    expect(importsFor(["importSchools", "importAwards"]).map((k) => k.kind)).toEqual([
      "schools",
      "awards",
    ]);
    expect(importsFor(["importBudgetLines"]).map((k) => k.kind)).toEqual(["budgetLines"]);
    expect(importsFor([])).toEqual([]);
  });

  it("gives templates whose sample rows can never change a real school", () => {
    const [schoolsHeader, schoolsRow] = KINDS.find((k) => k.kind === "schools")!.template;
    // NCES school ids begin with a state code 01-78: one of zeros is no school's.
    expect(schoolsRow![schoolsHeader!.indexOf("NCES School ID")]).toMatch(/^0{12}$/);
    const [linesHeader, linesRow] = KINDS.find((k) => k.kind === "budgetLines")!.template;
    expect(linesRow![linesHeader!.indexOf("NCES School ID")]).toBe("");
    const [posHeader, posRow] = KINDS.find((k) => k.kind === "positions")!.template;
    expect(posRow![posHeader!.indexOf("Position Code")]).toMatch(/^EXAMPLE-/);
    for (const k of KINDS)
      expect(k.template[0]).toEqual(
        expect.arrayContaining(k.required.filter((c) => !c.includes(" or "))),
      );
  });
});
