// The four worked examples of ED's April 1996 Title I guidance, reproduced through the API as an
// integrator would: previewAllocation with the example's schools, allocation and policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GUIDANCE_1996_EXAMPLES, type GuidanceExample } from "@allot/engine";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import type { PpaPolicyInput, PreviewAllocationInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const money = (cents: number) => (cents / 100).toFixed(2);
const dollars = (s: string) => Math.round(Number(s));

const QUERY = graphql(`
  mutation GuidancePreview($input: PreviewAllocationInput!) {
    previewAllocation(input: $input) {
      result {
        programs {
          reserved
          toSchools
          unallocated
          reservations {
            kind
            amount
          }
        }
        compliance {
          ruleId
          status
        }
      }
      schools {
        key
        name
        total
        allocations {
          program
          amount
          explanation
        }
        titleI {
          served
          rank
          perChild
          publicAmount
          privateAmount
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

function inputOf(ex: GuidanceExample): PreviewAllocationInput {
  const p = ex.policy.ppa;
  const ppa: PpaPolicyInput =
    p.kind === "SINGLE"
      ? { kind: "SINGLE", perChild: money(p.perChild) }
      : p.kind === "BANDS"
        ? {
            kind: "BANDS",
            bands: p.bands.map((b) => ({
              minPovertyPercent: b.minPovertyBasisPoints / 100,
              perChild: money(b.perChild),
            })),
          }
        : { kind: p.kind };
  const r = ex.reservations;
  return {
    fiscalYear: 2022,
    schools: ex.schools.map((s) => ({
      key: s.id,
      name: s.name,
      level: s.level,
      enrollment: s.enrollment,
      lowIncome: s.lowIncome,
      privateLowIncome: s.privateLowIncome ?? null,
    })),
    awards: [{ program: "TITLE_I_A", allocation: money(ex.allocation) }],
    parameters: {
      titleI: {
        ppa,
        designateAt35: ex.policy.designateAt35,
        serveLastYearOneMoreYear: false,
        privateChildrenInSchoolShare: true,
        reservations: {
          neglectedDelinquent: money(r.neglectedDelinquent!),
          familyEngagement: money(r.familyEngagement),
          homeless: money(r.homeless!),
          administration: money(r.administration!),
        },
      },
    },
  };
}

async function preview(
  input: PreviewAllocationInput,
  role: Parameters<TestApi["as"]>[0] = "FINANCE_ANALYST",
) {
  return dataOf(await api.as(role)(QUERY, { input })).previewAllocation;
}

describe("ED's April 1996 Title I guidance, examples 1-4, through previewAllocation", () => {
  for (const ex of GUIDANCE_1996_EXAMPLES) {
    it(`${ex.id}: ${ex.title}`, async () => {
      const r = await preview(inputOf(ex));
      expect(r.userErrors).toEqual([]);
      const titleI = r.result!.programs[0]!;
      expect(r.result!.programs).toHaveLength(1);
      expect(titleI.reserved).toBe(money(ex.allocation - ex.schoolPool));
      // The listed reservations add up to the total shown, to the cent.
      expect(titleI.reservations.reduce((a, x) => a + Math.round(Number(x.amount) * 100), 0)).toBe(
        ex.allocation - ex.schoolPool,
      );
      const served = r.schools
        .filter((s) => s.titleI!.served)
        .sort((a, b) => a.titleI!.rank! - b.titleI!.rank!);
      // The source rounds every figure to the dollar; the API answers in cents.
      expect(
        served.map((s) => [
          s.name,
          dollars(s.total),
          dollars(s.titleI!.publicAmount),
          dollars(s.titleI!.privateAmount),
        ]),
      ).toEqual(ex.expected);
      expect(served.every((s) => s.allocations[0]!.explanation.length > 40)).toBe(true);
      expect(Number(titleI.toSchools) + Number(titleI.unallocated)).toBeCloseTo(
        ex.schoolPool / 100,
        2,
      );
    });
  }

  it("explains each amount and keys the answer by the caller's own keys", async () => {
    const r = await preview(inputOf(GUIDANCE_1996_EXAMPLES[1]!));
    const violet = r.schools.find((s) => s.key === "violet-hill")!;
    expect(violet.allocations[0]!.explanation).toBe(
      "Violet Hill: rank 1 of 11 eligible (16 schools), 100.00% poverty, above 75% so served first; 870 low-income children (850 public + 20 private) x $700.00 = $609,000.00 ($595,000.00 public + $14,000.00 private).",
    );
    expect(violet.titleI).toMatchObject({
      perChild: "700.00",
      publicAmount: "595000.00",
      privateAmount: "14000.00",
    });
  });

  it("refuses a repeated key, a count above enrollment and a negative allocation, naming each field, and runs nothing", async () => {
    const input = inputOf(GUIDANCE_1996_EXAMPLES[1]!);
    input.schools![3]!.key = "violet-hill";
    input.schools![4]!.lowIncome = 10_000;
    let r = await preview(input);
    expect(r.result).toBeNull();
    expect(r.userErrors.map((e) => e.field.join("."))).toEqual([
      "input.schools.3.key",
      "input.schools.4.lowIncome",
    ]);
    r = await preview({
      ...inputOf(GUIDANCE_1996_EXAMPLES[1]!),
      awards: [{ program: "TITLE_I_A", allocation: "-1.00" }],
    });
    expect(r.userErrors.map((e) => e.field.join("."))).toEqual(["input.awards.0.allocation"]);
  });

  it("refuses reservations above the allocation instead of computing them", async () => {
    const input = inputOf(GUIDANCE_1996_EXAMPLES[1]!);
    input.awards![0]!.allocation = "200000.00";
    const r = await preview(input);
    expect(r.result).toBeNull();
    expect(r.userErrors[0]).toMatchObject({
      field: ["input", "parameters", "titleI", "reservations"],
      code: "INVALID",
    });
    expect(r.userErrors[0]!.message).toMatch(
      /^Title I-A: reservations \$266,573\.00 exceed what it has \(\$200,000\.00\)/,
    );
  });

  it("answers the district's own schools by global id, with each explanation (the saved copy keeps them too)", async () => {
    const r = await preview({
      fiscalYear: 2022,
      parameters: {
        titleI: {
          ppa: { kind: "EVEN" },
          reservations: {
            familyEngagement: "300000.00",
            homeless: "150000.00",
            administration: "1400000.00",
          },
        },
      },
    });
    expect(r.userErrors).toEqual([]);
    expect(r.schools).toHaveLength(68);
    expect(
      r.schools.every(
        (s) => s.key.length > 10 && s.allocations.every((a) => a.explanation.startsWith(s.name)),
      ),
    ).toBe(true);
  });
});
