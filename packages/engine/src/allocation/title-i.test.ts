import { describe, expect, it } from "vitest";

import { titleIReservations } from "./reservations.js";
import { allocateTitleI, type TitleISchool } from "./title-i.js";
import {
  GUIDANCE_1996_EXAMPLES,
  WORKED_EXAMPLE,
  WORKED_EXAMPLE_SCHOOLS,
} from "./worked-example.js";

const run = (over: Partial<Parameters<typeof allocateTitleI>[0]> = {}) =>
  allocateTitleI({
    schools: WORKED_EXAMPLE_SCHOOLS,
    pool: WORKED_EXAMPLE.schoolPool,
    districtAllocation: WORKED_EXAMPLE.allocation,
    policy: {
      ppa: { kind: "SINGLE", perChild: WORKED_EXAMPLE.perChild },
      privateChildrenInSchoolShare: true,
    },
    ...over,
  });

describe("Title I rank and serve: the federal worked example, to the dollar", () => {
  const result = run();
  const by = new Map(result.schools.map((s) => [s.name, s]));

  it("finds the district average of 48.84%", () => {
    expect(result.districtPovertyBasisPoints).toBe(4884);
  });

  it("serves the 11 schools at or above 35% in rank order and allocates every dollar", () => {
    // Each served school's amounts are checked against the source below (all four examples).
    expect(result.schools.filter((s) => s.served).map((s) => s.rank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    for (const name of ["White Hill", "Bannaker", "Eastern MS", "Taft HS", "Wilson HS"]) {
      expect(by.get(name)).toMatchObject({ served: false, amount: 0, eligible: false });
    }
    expect(result.allocated).toBe(391_370_000);
    expect(result.unallocated).toBe(0);
    const publicTotal = result.schools.reduce((a, s) => a + s.publicAmount, 0);
    const privateTotal = result.schools.reduce((a, s) => a + s.privateAmount, 0);
    expect([publicTotal, privateTotal]).toEqual([384_720_000, 6_650_000]);
  });

  it("puts Oakdale MS (76.09%) second under the 75% rule and explains each amount", () => {
    expect(by.get("Oakdale MS")).toMatchObject({ povertyBasisPoints: 7609, priority: true });
    expect(by.get("Violet Hill")!.explanation).toBe(
      "Violet Hill: rank 1 of 11 eligible (16 schools), 100.00% poverty, above 75% so served first; 870 low-income children (850 public + 20 private) x $700.00 = $609,000.00 ($595,000.00 public + $14,000.00 private).",
    );
    expect(by.get("White Hill")!.explanation).toMatch(
      /34\.54% poverty, below the district average of 48\.84% and below 35%/,
    );
    expect(by.get("Camp Springs")!.eligibility).toBe("at or above 35%, designated by the district");
    expect(by.get("Davis")!.eligibility).toBe("at or above the district average of 48.84%");
  });

  it("passes every check that applies", () => {
    const status = Object.fromEntries(result.checks.map((c) => [c.rule.id, c.status]));
    expect(status).toEqual({
      TITLE_I_ELIGIBILITY: "PASS",
      TITLE_I_75_PERCENT: "PASS",
      TITLE_I_RANK_ORDER: "PASS",
      TITLE_I_SMALL_DISTRICT: "NOT_APPLICABLE",
      TITLE_I_125_PERCENT: "NOT_APPLICABLE",
      TITLE_I_PPA_ORDER: "PASS",
    });
    for (const c of result.checks) expect(c.rule.citation).toMatch(/ESEA 1113/);
  });
});

describe("Title I policies", () => {
  it("stops at the first school the pool cannot cover, never skipping down the ranks", () => {
    const r = run({ pool: 100_000_000 }); // $1,000,000: Violet Hill and Oakdale MS fit, Elemwood does not
    expect(r.schools.filter((s) => s.served).map((s) => s.name)).toEqual([
      "Violet Hill",
      "Oakdale MS",
    ]);
    expect(r.unallocated).toBe(100_000_000 - 75_600_000);
    expect(r.schools.find((s) => s.name === "Elemwood")!.explanation).toMatch(/pool ran out/);
    expect(r.checks.find((c) => c.rule.id === "TITLE_I_RANK_ORDER")!.status).toBe("PASS");
  });

  it("flags a per-child amount that rises as rank falls (explicit amounts)", () => {
    const r = run({
      policy: {
        ppa: { kind: "EXPLICIT", perChild: { "violet-hill": 60_000, "oakdale-ms": 70_000 } },
        privateChildrenInSchoolShare: true,
      },
    });
    expect(r.checks.find((c) => c.rule.id === "TITLE_I_PPA_ORDER")).toMatchObject({
      status: "FAIL",
    });
  });

  it("applies the 125% rule when a served school is below 35%", () => {
    const schools: TitleISchool[] = [
      { id: "a", name: "A", level: "ELEMENTARY", enrollment: 100, lowIncome: 80 },
      {
        id: "b",
        name: "B",
        level: "ELEMENTARY",
        enrollment: 100,
        lowIncome: 20,
        servedLastYear: true,
      },
      { id: "c", name: "C", level: "ELEMENTARY", enrollment: 100, lowIncome: 10 },
    ];
    // District: $110,000 over 110 children = $1,000 per child; 125% = $1,250.
    const low = allocateTitleI({
      schools,
      pool: 11_000_000,
      districtAllocation: 11_000_000,
      policy: { ppa: { kind: "SINGLE", perChild: 100_000 } },
    });
    expect(low.schools.find((s) => s.name === "B")).toMatchObject({
      served: true,
      eligibility: "served last year, so served one more year",
    });
    expect(low.checks.find((c) => c.rule.id === "TITLE_I_125_PERCENT")).toMatchObject({
      status: "FAIL",
    });
    const ok = allocateTitleI({
      schools,
      pool: 12_500_000,
      districtAllocation: 11_000_000,
      policy: { ppa: { kind: "SINGLE", perChild: 125_000 } },
    });
    expect(ok.checks.find((c) => c.rule.id === "TITLE_I_125_PERCENT")).toMatchObject({
      status: "PASS",
    });
  });

  it("spreads the whole pool at one per-child amount with EVEN, leaving only indivisible cents", () => {
    const r = run({ policy: { ppa: { kind: "EVEN" }, privateChildrenInSchoolShare: true } });
    expect(r.schools.filter((s) => s.served)).toHaveLength(11);
    expect(new Set(r.schools.filter((s) => s.served).map((s) => s.perChild)).size).toBe(1);
    expect(r.unallocated).toBeLessThan(5591);
    expect(r.allocated + r.unallocated).toBe(WORKED_EXAMPLE.schoolPool);
  });

  it("uses poverty bands, highest band first", () => {
    const r = run({
      policy: {
        ppa: {
          kind: "BANDS",
          bands: [
            { minPovertyBasisPoints: 7500, perChild: 80_000 },
            { minPovertyBasisPoints: 0, perChild: 60_000 },
          ],
        },
        privateChildrenInSchoolShare: true,
      },
    });
    expect(r.schools.find((s) => s.name === "Violet Hill")!.perChild).toBe(80_000);
    expect(r.schools.find((s) => s.name === "Davis")!.perChild).toBe(60_000);
    expect(r.checks.find((c) => c.rule.id === "TITLE_I_PPA_ORDER")!.status).toBe("PASS");
  });

  it("lets high schools at 50% or more join the priority group when the district chooses", () => {
    const r = run({
      policy: {
        ppa: { kind: "SINGLE", perChild: 70_000 },
        privateChildrenInSchoolShare: true,
        highSchoolThresholdBasisPoints: 5000,
      },
    });
    const berlieth = r.schools.find((s) => s.name === "Berlieth HS")!;
    expect(berlieth).toMatchObject({ priority: true, rank: 3 });
  });

  it("exempts a district under 1,000 students from ranking", () => {
    const tiny: TitleISchool[] = [
      { id: "x", name: "X", level: "ELEMENTARY", enrollment: 300, lowIncome: 60 },
      { id: "y", name: "Y", level: "HIGH", enrollment: 200, lowIncome: 20 },
    ];
    const r = allocateTitleI({
      schools: tiny,
      pool: 1_000_000,
      districtAllocation: 1_000_000,
      policy: { ppa: { kind: "SINGLE", perChild: 10_000 } },
    });
    expect(r.schools.every((s) => s.eligible)).toBe(true);
    expect(r.checks.find((c) => c.rule.id === "TITLE_I_SMALL_DISTRICT")!.status).toBe("PASS");
  });
});

describe("the four worked examples of ED's April 1996 Title I guidance, to the dollar", () => {
  for (const ex of GUIDANCE_1996_EXAMPLES) {
    it(`${ex.id}: ${ex.title}`, () => {
      const publicLowIncome = ex.schools.reduce((a, s) => a + s.lowIncome, 0);
      const res = titleIReservations({
        allocation: ex.allocation,
        ...ex.reservations,
        publicLowIncome,
        privateLowIncome: 0,
      });
      expect(res.schoolPool).toBe(ex.schoolPool);
      const result = allocateTitleI({
        schools: ex.schools,
        pool: res.schoolPool,
        districtAllocation: ex.allocation,
        policy: ex.policy,
      });
      const served = result.schools.filter((s) => s.served).sort((a, b) => a.rank! - b.rank!);
      // The source rounds each figure to the dollar; Allot keeps cents, so compare rounded.
      expect(
        served.map((s) => [
          s.name,
          Math.round(s.amount / 100),
          Math.round(s.publicAmount / 100),
          Math.round(s.privateAmount / 100),
        ]),
      ).toEqual(ex.expected);
      expect(result.allocated + result.unallocated).toBe(ex.schoolPool);
      expect(result.schools.reduce((a, s) => a + s.publicAmount + s.privateAmount, 0)).toBe(
        result.allocated,
      );
      expect(result.checks.filter((c) => c.status === "FAIL").map((c) => c.rule.id)).toEqual([]);
    });
  }
});

describe("rounding policy", () => {
  it("serves the last school with what is left when the pool is short by under $1 per child", () => {
    const result = run({ pool: WORKED_EXAMPLE.schoolPool - 100 });
    const camp = result.schools.find((s) => s.name === "Camp Springs")!;
    expect(camp).toMatchObject({ served: true, amount: 32_410_000 - 100 });
    expect(camp.publicAmount + camp.privateAmount).toBe(camp.amount);
    expect(camp.explanation).toMatch(
      /\$1\.00 short, under \$1 per child\), so served with what was left/,
    );
    expect(result.unallocated).toBe(0);
  });

  it("does not serve a school the pool is short of by $1 per child or more", () => {
    const camp = run({ pool: WORKED_EXAMPLE.schoolPool - 463 * 100 }).schools.find(
      (s) => s.name === "Camp Springs",
    )!;
    expect(camp).toMatchObject({ served: false, amount: 0 });
  });

  it("splits an EVEN pool to the cent with nothing left over", () => {
    const result = run({ pool: 100_000_001, policy: { ppa: { kind: "EVEN" } } });
    expect(result.allocated).toBe(100_000_001);
    expect(result.unallocated).toBe(0);
    expect(result.checks.find((c) => c.rule.id === "TITLE_I_PPA_ORDER")!.status).toBe("PASS");
  });
});

describe("ranking by grade span", () => {
  it("compares per-child amounts within each span, never above a school above 75%", () => {
    const explicit = (middle: number) =>
      run({
        policy: {
          ranking: "GRADE_SPAN",
          privateChildrenInSchoolShare: true,
          ppa: {
            kind: "EXPLICIT",
            perChild: Object.fromEntries(
              WORKED_EXAMPLE_SCHOOLS.map((s) => [
                s.id,
                s.level === "MIDDLE" && s.id !== "oakdale-ms"
                  ? middle
                  : s.level === "HIGH"
                    ? 60_000
                    : 70_000,
              ]),
            ),
          },
        },
      }).checks.find((c) => c.rule.id === "TITLE_I_PPA_ORDER")!;
    // High schools at $600 below elementary schools at $700: allowed, they rank in their own span.
    expect(explicit(65_000).status).toBe("PASS");
    expect(explicit(65_000).detail).toMatch(/within each grade span/);
    // A middle school above the $700 of the schools above 75%: refused.
    expect(explicit(80_000)).toMatchObject({ status: "FAIL" });
    expect(explicit(80_000).detail).toMatch(/Indian Rock MS \$800\.00/);
  });

  it("still fails a span whose lower-ranked school gets more", () => {
    const perChild = Object.fromEntries(
      WORKED_EXAMPLE_SCHOOLS.map((s) => [s.id, s.id === "camp-springs" ? 75_000 : 70_000]),
    );
    const c = run({
      policy: { ranking: "GRADE_SPAN", ppa: { kind: "EXPLICIT", perChild } },
    }).checks.find((x) => x.rule.id === "TITLE_I_PPA_ORDER")!;
    expect(c.status).toBe("FAIL");
    expect(c.detail).toMatch(/Camp Springs/);
  });
});

describe("Title I checks at state scale", () => {
  it("name the first 25 schools that fail a rule and count the rest", () => {
    // 40 schools at 30% poverty, served last year, at a per-child amount far under 125%.
    const schools: TitleISchool[] = Array.from({ length: 40 }, (_, i) => ({
      id: `s${String(i).padStart(2, "0")}`,
      name: `School ${i + 1}`,
      level: "ELEMENTARY",
      enrollment: 1000,
      lowIncome: 300,
      servedLastYear: true,
    }));
    const r = allocateTitleI({
      schools,
      pool: 40 * 300 * 100,
      districtAllocation: 100_000_000,
      policy: { ppa: { kind: "SINGLE", perChild: 100 }, designateAt35: false },
    });
    const c = r.checks.find((x) => x.rule.id === "TITLE_I_125_PERCENT")!;
    expect(c.status).toBe("FAIL");
    expect(c.detail).toMatch(/below it: School 1 \$1\.00, .*School 25 \$1\.00 and 15 more\.$/);
    expect(c.detail).not.toMatch(/School 26 /);
  });
});
