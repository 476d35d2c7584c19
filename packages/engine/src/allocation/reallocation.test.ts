import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  levelSpread,
  reallocate,
  ReallocationInfeasible,
  type ReallocationSchool,
} from "./reallocation.js";

const school = (
  id: string,
  weight: number,
  baseline: number,
  eligible = true,
): ReallocationSchool => ({ id, weight, baseline, eligible });

describe("equity-weighted reallocation (water-filling)", () => {
  it("levels dollars per weighted pupil when no bound binds", () => {
    const r = reallocate({
      pool: 300_00,
      schools: [school("a", 10_000, 100_00), school("b", 20_000, 200_00)],
      maxLossBasisPoints: 10_000,
    });
    expect(r.schools.map((s) => s.amount)).toEqual([100_00, 200_00]);
    expect(r.schools.every((s) => s.bound === "LEVEL")).toBe(true);
    const moved = reallocate({
      pool: 300_00,
      schools: [school("a", 10_000, 200_00), school("b", 20_000, 100_00)],
      maxLossBasisPoints: 10_000,
    });
    expect(moved.schools.map((s) => s.amount)).toEqual([100_00, 200_00]);
  });

  it("holds a school at its floor and says so", () => {
    // b would drop from $200 to $100 but may lose only 5%.
    const r = reallocate({
      pool: 300_00,
      schools: [school("a", 10_000, 100_00), school("b", 10_000, 200_00)],
      maxLossBasisPoints: 500,
    });
    expect(r.schools.find((s) => s.id === "b")).toMatchObject({
      amount: 190_00,
      floor: 190_00,
      bound: "FLOOR",
    });
    expect(r.schools.find((s) => s.id === "a")).toMatchObject({ amount: 110_00, bound: "LEVEL" });
  });

  it("caps gains and gives ineligible schools nothing", () => {
    const r = reallocate({
      pool: 400_00,
      schools: [
        school("a", 10_000, 100_00),
        school("b", 30_000, 100_00),
        school("x", 50_000, 0, false),
        school("c", 10_000, 200_00),
      ],
      maxLossBasisPoints: 10_000,
      maxGainBasisPoints: 5_000,
    });
    const by = Object.fromEntries(r.schools.map((s) => [s.id, s]));
    expect(by.x).toMatchObject({ amount: 0, bound: "INELIGIBLE" });
    expect(by.b).toMatchObject({ amount: 150_00, bound: "CAP" });
    expect(r.schools.reduce((a, s) => a + s.amount, 0)).toBe(400_00);
  });

  it("refuses floors the pool cannot cover, and caps that cannot absorb it", () => {
    expect(() =>
      reallocate({ pool: 100_00, schools: [school("a", 1, 200_00)], maxLossBasisPoints: 500 }),
    ).toThrow(ReallocationInfeasible);
    expect(() =>
      reallocate({
        pool: 1_000_00,
        schools: [school("a", 1, 100_00)],
        maxLossBasisPoints: 0,
        maxGainBasisPoints: 100,
      }),
    ).toThrow(/caps allow only/);
    expect(() => reallocate({ pool: 1, schools: [], maxLossBasisPoints: 20_000 })).toThrow(
      RangeError,
    );
  });
});

/** Random districts: weights, baselines, eligibility, a pool equal to the baseline total. Every school has pupils. */
const district = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 5_000_000 }),
      baseline: fc.integer({ min: 0, max: 50_000_000 }),
      eligible: fc.boolean(),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) =>
    rows.map((r, i) => ({
      id: `s${String(i).padStart(2, "0")}`,
      ...r,
      baseline: r.eligible ? r.baseline : 0,
    })),
  );
const loss = fc.integer({ min: 0, max: 10_000 });
const gain = fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null });

function attempt(
  schools: ReallocationSchool[],
  maxLossBasisPoints: number,
  maxGainBasisPoints: number | null,
  pool?: number,
) {
  const total = pool ?? schools.reduce((a, s) => a + s.baseline, 0);
  try {
    return reallocate({ pool: total, schools, maxLossBasisPoints, maxGainBasisPoints });
  } catch (e) {
    if (e instanceof ReallocationInfeasible) return null;
    throw e;
  }
}

describe("reallocation properties (fast-check)", () => {
  it("spends the pool to the cent, within every floor and cap, never negative, nothing to the ineligible", () => {
    fc.assert(
      fc.property(
        district,
        loss,
        gain,
        fc.integer({ min: 0, max: 200_000_000 }),
        (schools, l, g, extra) => {
          const pool = schools.reduce((a, s) => a + s.baseline, 0) + (g === null ? extra : 0);
          const r = attempt(schools, l, g, pool);
          if (!r) return;
          expect(r.schools.reduce((a, s) => a + s.amount, 0)).toBe(pool);
          r.schools.forEach((s, i) => {
            expect(s.amount).toBeGreaterThanOrEqual(0);
            expect(s.amount).toBeGreaterThanOrEqual(s.floor);
            if (s.cap !== null) expect(s.amount).toBeLessThanOrEqual(s.cap);
            if (!schools[i]!.eligible) expect(s.amount).toBe(0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the same answer for the same input, in any order", () => {
    fc.assert(
      fc.property(district, loss, gain, (schools, l, g) => {
        const a = attempt(schools, l, g);
        const b = attempt([...schools].reverse(), l, g);
        if (!a || !b) return;
        const byId = (r: NonNullable<typeof a>) =>
          Object.fromEntries(r.schools.map((s) => [s.id, s.amount]));
        expect(byId(b)).toEqual(byId(a));
        expect(attempt(schools, l, g)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("is never worse than the baseline on its objective", () => {
    fc.assert(
      fc.property(district, loss, gain, (schools, l, g) => {
        const r = attempt(schools, l, g);
        if (!r) return;
        const baseline = levelSpread(
          schools,
          schools.map((s) => s.baseline),
        );
        expect(r.objective).toBeLessThanOrEqual(baseline * (1 + 1e-9) + 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it("is optimal: money could only move from a school at a higher level to one at a lower level against a bound", () => {
    // The optimality (KKT) conditions of min sum(x^2/w): whenever school i is above its floor and
    // school j below its cap, i's dollars per weighted pupil do not exceed j's. Rounding to cents
    // moves each amount by under a cent, hence the 1/w slack.
    fc.assert(
      fc.property(district, loss, gain, (schools, l, g) => {
        const r = attempt(schools, l, g);
        if (!r) return;
        r.schools.forEach((si, i) => {
          const wi = schools[i]!.weight;
          if (!schools[i]!.eligible || si.amount <= si.floor) return;
          r.schools.forEach((sj, j) => {
            const wj = schools[j]!.weight;
            if (i === j || !schools[j]!.eligible || (sj.cap !== null && sj.amount >= sj.cap))
              return;
            expect(si.amount / wi - sj.amount / wj).toBeLessThanOrEqual(1 / wi + 1 / wj + 1e-9);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it("beats every random feasible allocation of the same pool", () => {
    fc.assert(
      fc.property(
        district,
        loss,
        gain,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (schools, l, g, mix) => {
          const r = attempt(schools, l, g);
          if (!r) return;
          // Another feasible allocation: floors plus the rest spread by random shares within caps.
          const other = r.schools.map((s) => s.floor);
          let rest = r.schools.reduce((a, s) => a + s.amount, 0) - other.reduce((a, b) => a + b, 0);
          for (let pass = 0; pass < 3 && rest > 0; pass++) {
            r.schools.forEach((s, i) => {
              if (!schools[i]!.eligible || rest <= 0) return;
              const room = s.cap === null ? rest : s.cap - other[i]!;
              const give = Math.min(room, rest, Math.ceil(rest * (mix[i] ?? 0.5)));
              other[i]! += give;
              rest -= give;
            });
          }
          if (rest !== 0) return;
          expect(r.objective).toBeLessThanOrEqual(levelSpread(schools, other) * (1 + 1e-9) + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
