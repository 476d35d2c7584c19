import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;

const AWARDS = graphql(`
  query AccountAwards {
    awards(fiscalYear: 2022) {
      id
      version
      fundCode
      programCode
      fundingSource {
        code
      }
    }
  }
`);
const LINES = graphql(`
  query AccountLines($program: ProgramCode) {
    budgetLines(fiscalYear: 2022, program: $program, first: 100) {
      nodes {
        functionCode
        objectCode
        school {
          stateSchoolId
        }
        account {
          value
          missing
          segments {
            key
            code
          }
        }
      }
    }
  }
`);
const UPDATE_AWARD = graphql(`
  mutation AccountUpdateAward($input: UpdateAwardInput!) {
    updateAward(input: $input) {
      award {
        fundCode
        programCode
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const OFFICE = graphql(`
  mutation AccountOffice($code: String!) {
    setOfficeFacilityCode(input: { code: $code }) {
      district {
        officeFacilityCode
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const award = async (program: string) =>
  dataOf(await api.gql(AWARDS)).awards.find((a) => a.fundingSource.code === program)!;
const lines = async (program: "TITLE_II_A" | "TITLE_IV_A") =>
  dataOf(await api.gql(LINES, { program })).budgetLines.nodes;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("a budget line's account string", () => {
  it("names the segments to enter, then reads fund and program from the award and facility from the school or office", async () => {
    const before = await lines("TITLE_II_A");
    expect(before.length).toBeGreaterThan(0);
    for (const l of before) {
      expect(l.account!.value).toBeNull();
      expect(l.account!.missing).toContain("Fund");
      expect(l.account!.missing).toContain("Program");
    }

    const a = await award("TITLE_II_A");
    const set = dataOf(
      await api.gql(UPDATE_AWARD, {
        input: { id: a.id, expectedVersion: a.version, fundCode: "100", programCode: "4321" },
      }),
    ).updateAward;
    expect(set.userErrors).toEqual([]);
    expect(set.award).toEqual({ fundCode: "100", programCode: "4321" });
    expect(dataOf(await api.gql(OFFICE, { code: "0050" })).setOfficeFacilityCode).toEqual({
      district: { officeFacilityCode: "0050" },
      userErrors: [],
    });

    const after = await lines("TITLE_II_A");
    for (const l of after) {
      const facility = l.school ? l.school.stateSchoolId!.slice(-4) : "0050";
      if (l.functionCode && l.objectCode)
        expect(l.account!.value).toBe(`100-2-${l.functionCode}-${l.objectCode}-4321-${facility}`);
      else expect(l.account!.value).toBeNull();
      expect(l.account!.segments.find((s) => s.key === "facility")!.code).toBe(facility);
      expect(l.account!.missing).not.toContain("Fund");
    }
    expect(after.some((l) => l.account!.value !== null)).toBe(true);
    // Another program's lines keep waiting for their own award's codes.
    for (const l of await lines("TITLE_IV_A")) expect(l.account!.missing).toContain("Fund");
  });

  it("refuses a code of the wrong width, naming the field and the segment, and keeps the award", async () => {
    const a = await award("TITLE_III_A");
    const r = dataOf(
      await api.gql(UPDATE_AWARD, {
        input: { id: a.id, expectedVersion: a.version, fundCode: "10", programCode: "41800" },
      }),
    ).updateAward;
    expect(r.award).toBeNull();
    expect(r.userErrors).toEqual([
      {
        field: ["input", "fundCode"],
        message: 'Fund code "10" must be 3 digits in the GA chart of accounts.',
        code: "INVALID",
      },
      {
        field: ["input", "programCode"],
        message: 'Program code "41800" must be 4 digits in the GA chart of accounts.',
        code: "INVALID",
      },
    ]);
    expect(await award("TITLE_III_A")).toEqual(a);
    const office = dataOf(await api.gql(OFFICE, { code: "5" })).setOfficeFacilityCode;
    expect(office.district).toBeNull();
    expect(office.userErrors[0]!.field).toEqual(["input", "code"]);
  });

  it("is the finance office's to set: a viewer may not", async () => {
    const r = await api.as("VIEWER")(OFFICE, { code: "0050" });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
