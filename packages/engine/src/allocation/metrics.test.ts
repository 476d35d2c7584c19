import { describe, expect, it } from "vitest";

import { comparabilityCheck, equityMeasures } from "./metrics.js";

const s = (enrollment: number, lowIncome: number, amount: number) => ({
  enrollment,
  lowIncome,
  weighted: enrollment * 10_000,
  amount,
});

describe("equity measures", () => {
  it("reads an even split as neutral: ratio 1, no slope, no spread, Gini 0", () => {
    const m = equityMeasures([s(100, 80, 100_000_00), s(100, 20, 100_000_00)]);
    expect(m.progressivityRatio).toBeCloseTo(1, 10);
    expect(m.slopePerPovertyPoint).toBeCloseTo(0, 10);
    expect(m.coefficientOfVariation).toBeCloseTo(0, 10);
    expect(m.gini).toBeCloseTo(0, 10);
  });

  it("reads money following poverty as progressive", () => {
    const m = equityMeasures([s(100, 80, 150_000_00), s(100, 20, 50_000_00)]);
    // Per pupil $1,500 vs $500; low-income pupils average (80x1500+20x500)/100 = $1,300, others $700.
    expect(m.progressivityRatio).toBeCloseTo(1300 / 700, 10);
    expect(m.slopePerPovertyPoint).toBeCloseTo(1000 / 60, 10);
    expect(m.correlationWithPoverty).toBeCloseTo(1, 10);
    expect(m.gini).toBeCloseTo(0.25, 10);
    expect(m.coefficientOfVariation).toBeCloseTo(0.5, 10);
  });

  it("has nothing to say about no schools", () => {
    expect(equityMeasures([]).gini).toBeNull();
  });
});

describe("comparability", () => {
  it("passes within 10% and fails beyond", () => {
    const ti = { enrollment: 100, lowIncome: 80, weighted: 0, amount: 0, titleI: true };
    const other = {
      enrollment: 100,
      lowIncome: 10,
      weighted: 0,
      amount: 0,
      titleI: false,
      stateLocalPerPupil: 1_000_000,
    };
    expect(comparabilityCheck([{ ...ti, stateLocalPerPupil: 900_000 }, other]).status).toBe("PASS");
    expect(comparabilityCheck([{ ...ti, stateLocalPerPupil: 899_999 }, other]).status).toBe("FAIL");
  });

  it("says what is missing when the figures are not given, and does not apply without a school to compare", () => {
    const ti = { enrollment: 100, lowIncome: 80, weighted: 0, amount: 0, titleI: true };
    const other = {
      enrollment: 100,
      lowIncome: 10,
      weighted: 0,
      amount: 0,
      titleI: false,
      stateLocalPerPupil: 1_000_000,
    };
    expect(comparabilityCheck([ti, other])).toMatchObject({
      status: "NOT_CHECKED",
      missing: "schools.stateLocalPerPupil",
    });
    expect(comparabilityCheck([ti, { ...ti, lowIncome: 70 }]).status).toBe("NOT_APPLICABLE");
  });
});
