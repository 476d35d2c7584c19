import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { moneyPicture } from "./money-picture.js";

const award = {
  amount: 1_000_000_00,
  carryoverIn: 50_000_00,
  transfersIn: 10_000_00,
  transfersOut: 0,
};

describe("one money picture per program", () => {
  it("adds up: available = reserved + to schools + district lines beyond reservations + unbudgeted", () => {
    const p = moneyPicture({
      program: "TITLE_I_A",
      award,
      adopted: { reserved: 100_000_00, toSchools: 800_000_00 },
      districtLines: 120_000_00,
      schoolLines: 500_000_00,
    });
    expect(p).toMatchObject({
      available: 1_060_000_00,
      reserved: 100_000_00,
      toSchools: 800_000_00,
      districtLinesBeyondReservations: 20_000_00,
      unbudgeted: 140_000_00,
      adopted: true,
    });
  });

  it("without an adopted budget, the lines at schools are what goes to schools", () => {
    const p = moneyPicture({
      program: "TITLE_II_A",
      award,
      adopted: null,
      districtLines: 60_000_00,
      schoolLines: 1_000_000_00,
    });
    expect(p).toMatchObject({
      reserved: 0,
      toSchools: 1_000_000_00,
      unbudgeted: 0,
      adopted: false,
    });
  });

  it("holds to the cent for any amounts, and shows overcommitment as a negative unbudgeted", () => {
    const cents = fc.integer({ min: 0, max: 10_000_000_000 });
    fc.assert(
      fc.property(cents, cents, cents, cents, cents, fc.boolean(), (a, c, r, s, d, adopted) => {
        const p = moneyPicture({
          program: "IDEA_B",
          award: { amount: a, carryoverIn: c, transfersIn: 0, transfersOut: 0 },
          adopted: adopted ? { reserved: r, toSchools: s } : null,
          districtLines: d,
          schoolLines: s,
        });
        expect(p.reserved + p.toSchools + p.districtLinesBeyondReservations + p.unbudgeted).toBe(
          p.available,
        );
      }),
    );
  });
});
