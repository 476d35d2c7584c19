import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatMoney, MoneyFormatError, parseMoney, splitByWeights } from "./money.js";

describe("money", () => {
  it("parses decimal strings into exact cents", () => {
    expect(parseMoney("4180273.00")).toBe(418_027_300);
    expect(parseMoney("0.1")).toBe(10);
    expect(parseMoney("12")).toBe(1200);
    expect(parseMoney("1,250.05")).toBe(125_005);
    expect(parseMoney("12,345,678.90")).toBe(1_234_567_890);
    expect(parseMoney("-5.00")).toBe(-500);
  });

  it("refuses floats with more than two places and anything that is not a number", () => {
    for (const bad of [
      "1.005",
      "abc",
      "",
      "1e6",
      "NaN",
      "12.3.4",
      "$5",
      "1,0,0,0,0,0",
      "1,00",
      "12,3456",
      ",100",
      "1,000,",
      "1,,000",
      "1000,000",
    ]) {
      expect(() => parseMoney(bad), bad).toThrow(MoneyFormatError);
    }
  });

  it("formats cents with two places and round-trips", () => {
    expect(formatMoney(418_027_300)).toBe("4180273.00");
    expect(formatMoney(5)).toBe("0.05");
    expect(formatMoney(-1234)).toBe("-12.34");
    expect(formatMoney(1_800_000_000_000)).toBe("18000000000.00");
    for (const c of [0, 1, 99, 100, 123_456_789]) expect(parseMoney(formatMoney(c))).toBe(c);
  });

  it("splits a pool so the parts sum to the cent, deterministically", () => {
    const parts = splitByWeights(100, [1, 1, 1]);
    expect(parts).toEqual([34, 33, 33]);
    const big = splitByWeights(391_370_000, [850, 202, 591, 444, 367, 550, 646, 815, 95, 487, 449]);
    expect(big.reduce((a, b) => a + b, 0)).toBe(391_370_000);
    expect(
      splitByWeights(391_370_000, [850, 202, 591, 444, 367, 550, 646, 815, 95, 487, 449]),
    ).toEqual(big);
    expect(splitByWeights(0, [0, 0])).toEqual([0, 0]);
    expect(() => splitByWeights(1, [0, 0])).toThrow(RangeError);
  });

  it("gives each part its exact share when the pool divides evenly", () => {
    // $700 per low-income child (DOMAIN.md worked example): 850 children get 595,000.00.
    const parts = splitByWeights(70_000 * 1000, [850, 150]);
    expect(parts).toEqual([59_500_000, 10_500_000]);
  });
});

describe("splitByWeights properties (fast-check)", () => {
  // Reference: the largest-remainder method in BigInt throughout.
  const reference = (total: number, weights: number[]) => {
    const sum = BigInt(weights.reduce((a, b) => a + b, 0));
    const parts = weights.map((w, i) => ({
      i,
      floor: (BigInt(total) * BigInt(w)) / sum,
      rem: (BigInt(total) * BigInt(w)) % sum,
    }));
    let left = BigInt(total) - parts.reduce((a, p) => a + p.floor, 0n);
    const out = parts.map((p) => Number(p.floor));
    for (const p of [...parts].sort((a, b) =>
      a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1,
    )) {
      if (left === 0n) break;
      out[p.i]! += 1;
      left -= 1n;
    }
    return out;
  };

  it("sums to the total, gives each part its share rounded down or up, and matches the BigInt reference", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1_000_000_00 }),
          fc.integer({ min: 0, max: 2_000_000_000_000_00 }),
        ),
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          if (weights.every((w) => w === 0)) return;
          const parts = splitByWeights(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts).toEqual(reference(total, weights));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("matches the BigInt reference beyond 2^53, with many tied and near-tied remainders", () => {
    // A state's pool times weighted pupils: the split estimates in floats and must still agree
    // with exact arithmetic where remainders tie or differ by less than a float can show.
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000_000_00, max: 9_000_000_000_000_00 }),
        fc.integer({ min: 1_000_000, max: 90_000_000 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 300 }),
        fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 300, maxLength: 300 }),
        (total, factor, base, nudges) => {
          const weights = base.map((b, i) => Math.max(0, b * factor + nudges[i]!));
          if (weights.every((w) => w === 0)) return;
          expect(splitByWeights(total, weights)).toEqual(reference(total, weights));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("breaks ties on the remainder toward the lower index, however many parts tie", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_00 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 400 }),
        (total, weights) => {
          if (weights.every((w) => w === 0)) return;
          expect(splitByWeights(total, weights)).toEqual(reference(total, weights));
        },
      ),
      { numRuns: 300 },
    );
  });
});
