import { describe, expect, it } from "vitest";

import { availableFromAward, budgetLineProblems } from "./budget.js";
import { defaultFiscalYear, fiscalYearOf, fiscalYearSpan } from "./fiscal-year.js";
import { fundingMatrix } from "./funding-matrix.js";
import {
  lowIncomeFromDirectCertification,
  parseMultiplier,
  povertyBasisPoints,
} from "./poverty.js";

describe("fiscal years", () => {
  it("runs July 1 - June 30 in Georgia", () => {
    expect(fiscalYearSpan(2022)).toEqual({
      year: 2022,
      startsOn: "2021-07-01",
      endsOn: "2022-06-30",
    });
    expect(fiscalYearSpan(2024, 10)).toEqual({
      year: 2024,
      startsOn: "2023-10-01",
      endsOn: "2024-09-30",
    });
    expect(fiscalYearSpan(2022, 1).endsOn).toBe("2022-12-31");
    expect(() => fiscalYearSpan(22)).toThrow(RangeError);
  });

  it("knows which year a date falls in, by the district's calendar", () => {
    expect(fiscalYearOf("2026-12-02")).toBe(2027);
    expect(fiscalYearOf("2026-06-30")).toBe(2026);
    expect(fiscalYearOf("2026-07-01")).toBe(2027);
    expect(fiscalYearOf("2026-09-30", 10)).toBe(2026);
    expect(fiscalYearOf("2026-12-02", 1)).toBe(2026);
  });

  it("opens the current year, else the latest before it, never next year's preliminary one", () => {
    expect(defaultFiscalYear([2028, 2027, 2026], 2027)).toBe(2027);
    expect(defaultFiscalYear([2028, 2022], 2027)).toBe(2022);
    expect(defaultFiscalYear([2029, 2028], 2027)).toBe(2028);
    expect(defaultFiscalYear([], 2027)).toBeNull();
  });
});

describe("poverty measure", () => {
  it("multiplies direct certification and caps at enrollment", () => {
    const m = parseMultiplier("1.6");
    expect(m).toBe(16_000);
    expect(lowIncomeFromDirectCertification(5, m, 100)).toBe(8);
    expect(lowIncomeFromDirectCertification(400, m, 600)).toBe(600);
    expect(lowIncomeFromDirectCertification(3, parseMultiplier("1.5"), 100)).toBe(5); // 4.5 rounds up
    expect(() => parseMultiplier("0.5")).toThrow(/at least 1/);
    expect(() => parseMultiplier("abc")).toThrow(/multiplier/);
  });

  it("computes the worked example's district average of 48.84%", () => {
    expect(povertyBasisPoints(6_867, 14_059)).toBe(4884);
    expect(povertyBasisPoints(202, 276)).toBe(7319);
    expect(povertyBasisPoints(1, 0)).toBe(0);
  });
});

describe("budget lines", () => {
  const base = {
    amount: 10_000,
    program: "TITLE_III_A" as const,
    actionStepLabel: "1.2",
    allowedPrograms: ["TITLE_I_A", "TITLE_III_A"] as const,
    available: 50_000,
    budgetedElsewhere: 30_000,
  };

  it("accepts a line inside the award and the plan", () => {
    expect(budgetLineProblems(base)).toEqual([]);
    expect(budgetLineProblems({ ...base, amount: 20_000 })).toEqual([]);
  });

  it("names the field of each problem", () => {
    expect(budgetLineProblems({ ...base, amount: 0 }).map((p) => [p.field, p.code])).toEqual([
      ["amount", "NOT_POSITIVE"],
    ]);
    expect(budgetLineProblems({ ...base, amount: -5 })[0]?.field).toBe("amount");
    expect(budgetLineProblems({ ...base, program: "IDEA_B" })[0]).toMatchObject({
      field: "fundingSource",
      code: "PROGRAM_NOT_ALLOWED",
    });
    expect(budgetLineProblems({ ...base, amount: 20_001 })[0]).toMatchObject({
      field: "amount",
      code: "OVER_AWARD",
    });
    expect(budgetLineProblems({ ...base, available: null })[0]).toMatchObject({ code: "NO_AWARD" });
  });

  it("counts carryover and transfers in what an award makes available", () => {
    expect(
      availableFromAward({ amount: 1000, carryoverIn: 200, transfersIn: 50, transfersOut: 300 }),
    ).toBe(950);
  });
});

describe("funding matrix", () => {
  it("sums per action step and per program, with what remains", () => {
    const m = fundingMatrix(
      ["a", "b"],
      [
        { actionStepId: "a", program: "TITLE_I_A", amount: 100 },
        { actionStepId: "a", program: "TITLE_I_A", amount: 50 },
        { actionStepId: "b", program: "IDEA_B", amount: 70 },
      ],
      new Map([
        ["TITLE_I_A", 1000],
        ["IDEA_B", 70],
      ]),
    );
    expect(m.rows.map((r) => r.total)).toEqual([150, 70]);
    expect(m.rows[0]?.byProgram.get("TITLE_I_A")).toBe(150);
    expect(m.total).toBe(220);
    expect(m.programs.find((p) => p.program === "TITLE_I_A")).toEqual({
      program: "TITLE_I_A",
      available: 1000,
      budgeted: 150,
      remaining: 850,
    });
    expect(m.programs.find((p) => p.program === "IDEA_B")?.remaining).toBe(0);
    expect(m.programs).toHaveLength(7);
  });
});
