import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { positionCost, splitPositionCost, type BenefitRate } from "./positions.js";

const RATES: BenefitRate[] = [
  {
    name: "FICA",
    objectCode: "220",
    basis: "PERCENT_OF_SALARY",
    rateHundredthsOfPercent: 765,
    perFte: null,
    appliesTo: "ALL",
  },
  {
    name: "TRS",
    objectCode: "230",
    basis: "PERCENT_OF_SALARY",
    rateHundredthsOfPercent: 2_114,
    perFte: null,
    appliesTo: "CERTIFIED",
  },
  {
    name: "ERS",
    objectCode: "240",
    basis: "PERCENT_OF_SALARY",
    rateHundredthsOfPercent: 2_470,
    perFte: null,
    appliesTo: "CLASSIFIED",
  },
  {
    name: "Health",
    objectCode: "210",
    basis: "PER_FTE",
    rateHundredthsOfPercent: null,
    perFte: 18_960_00,
    appliesTo: "ALL",
  },
];

describe("a position's cost", () => {
  it("is salary plus the benefits of its category, each charged to its object code", () => {
    const coach = positionCost({
      salary: 72_500_00,
      fteHundredths: 100,
      category: "CERTIFIED",
      salaryObjectCode: "110",
      rates: RATES,
    });
    expect(coach.map((p) => [p.objectCode, p.amount])).toEqual([
      ["110", 72_500_00],
      ["210", 18_960_00],
      ["220", 5_546_25],
      ["230", 15_326_50],
    ]);
    const para = positionCost({
      salary: 24_000_00,
      fteHundredths: 50,
      category: "CLASSIFIED",
      salaryObjectCode: "190",
      rates: RATES,
    });
    expect(para.map((p) => [p.objectCode, p.amount])).toEqual([
      ["190", 24_000_00],
      ["210", 9_480_00],
      ["220", 1_836_00],
      ["240", 5_928_00],
    ]);
  });
});

describe("split funding", () => {
  it("charges each share its percentage of every cost, and leaves the rest to local money", () => {
    const parts = positionCost({
      salary: 72_500_00,
      fteHundredths: 100,
      category: "CERTIFIED",
      salaryObjectCode: "110",
      rates: RATES,
    });
    const split = splitPositionCost(parts, [
      { key: "TITLE_I_A", basisPoints: 5_000 },
      { key: "TITLE_II_A", basisPoints: 3_000 },
    ]);
    expect(split.shares[0]!.parts.find((p) => p.objectCode === "110")!.amount).toBe(36_250_00);
    expect(split.shares[1]!.parts.find((p) => p.objectCode === "110")!.amount).toBe(21_750_00);
    expect(split.local.parts.find((p) => p.objectCode === "110")!.amount).toBe(14_500_00);
    const total = parts.reduce((t, p) => t + p.amount, 0);
    expect(split.shares[0]!.total + split.shares[1]!.total + split.local.total).toBe(total);
  });

  it("refuses shares above 100% or of nothing, naming the total", () => {
    const parts = positionCost({
      salary: 100,
      fteHundredths: 100,
      category: "CERTIFIED",
      salaryObjectCode: "110",
      rates: [],
    });
    expect(() =>
      splitPositionCost(parts, [
        { key: 1, basisPoints: 6_000 },
        { key: 2, basisPoints: 4_001 },
      ]),
    ).toThrow("The shares add up to 100.01%, more than 100%.");
    expect(() => splitPositionCost(parts, [{ key: 1, basisPoints: 0 }])).toThrow(/more than 0%/);
  });

  it("adds up to the cent for any salary and shares", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.integer({ min: 1, max: 2_500 }), { maxLength: 4 }),
        (salary, fte, bps) => {
          const parts = positionCost({
            salary,
            fteHundredths: fte,
            category: "CLASSIFIED",
            salaryObjectCode: "190",
            rates: RATES,
          });
          const split = splitPositionCost(
            parts,
            bps.map((b, i) => ({ key: i, basisPoints: b })),
          );
          for (const part of parts) {
            const charged = [...split.shares.flatMap((s) => s.parts), ...split.local.parts]
              .filter((p) => p.objectCode === part.objectCode)
              .reduce((t, p) => t + p.amount, 0);
            expect(charged).toBe(part.amount);
          }
        },
      ),
    );
  });
});
