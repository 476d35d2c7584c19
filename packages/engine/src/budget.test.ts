import { describe, expect, it } from "vitest";

import { envelopeProblem } from "./budget.js";

describe("a school's envelope", () => {
  const base = {
    schoolName: "Arbor Creek Elementary",
    program: "TITLE_I_A" as const,
    fiscalYear: 2022,
    envelope: 100_000_00,
    budgetedElsewhere: 90_000_00,
  };

  it("takes a line up to the cent of the school's allocation, and not one cent more", () => {
    expect(envelopeProblem({ ...base, amount: 10_000_00 })).toBeNull();
    expect(envelopeProblem({ ...base, amount: 10_000_01 })).toBe(
      "Arbor Creek Elementary's Title I-A allocation in the adopted budget is $100,000.00; $10,000.00 of it is left, less than $10,000.01.",
    );
  });

  it("has nothing to draft within until a budget is adopted", () => {
    expect(envelopeProblem({ ...base, envelope: null, amount: 1 })).toBe(
      "No budget is adopted for FY2022 yet, so Arbor Creek Elementary has no Title I-A allocation to draft lines within.",
    );
  });
});
