import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// The state's 1003 school improvement allocations, per school: imported, then each school's
// lines are judged against its own award.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const IMPORT = graphql(`
  mutation SchoolAwardsImport($i: DistrictFileInput!) {
    importSchoolAwards(input: $i) {
      rows
      inserted
      updated
      unchanged
      written
      problems {
        row
        column
        message
      }
    }
  }
`);
const READ = graphql(`
  query SchoolAwardsRead {
    schoolAwards(fiscalYear: 2022) {
      amount
      school {
        ncesSchoolId
        stateSchoolId
        name
      }
      fundingSource {
        code
      }
    }
    budgetCompliance(fiscalYear: 2022) {
      checks {
        ruleId
        status
        citation
        detail
      }
    }
  }
`);
const upload = async (content: string, role: "FINANCE_ANALYST" | "VIEWER" = "FINANCE_ANALYST") =>
  api.as(role)(IMPORT, {
    i: { fileName: "1003.csv", contentBase64: Buffer.from(content).toString("base64") },
  });
const read = async () => dataOf(await api.gql(READ));
const rule = (r: Awaited<ReturnType<typeof read>>) =>
  r.budgetCompliance.checks.find((c) => c.ruleId === "TITLE_1003_SCHOOL_AWARDS")!;
const cents = (m: string) => Math.round(Number(m) * 100);
const HEADER = "Fiscal Year,Program,NCES School ID,State School ID,Amount\n";

describe("the state's per-school 1003 awards", () => {
  it("the seeded awards cover each school's lines; a raised award is imported by state id and the rule still passes", async () => {
    const before = await read();
    expect(before.schoolAwards.length).toBeGreaterThan(0);
    expect(rule(before)).toMatchObject({ status: "PASS", citation: "ESEA 1003(b)(1), (e)" });
    const a = before.schoolAwards[0]!;
    const raised = ((cents(a.amount) + 500_000) / 100).toFixed(2);
    const r = dataOf(
      await upload(`${HEADER}2022,Title I-A 1003,,${a.school.stateSchoolId},${raised}\n`),
    ).importSchoolAwards;
    expect(r).toMatchObject({ rows: 1, inserted: 0, updated: 1, written: true, problems: [] });
    const after = await read();
    expect(after.schoolAwards.find((x) => x.school.name === a.school.name)!.amount).toBe(raised);
    expect(rule(after).status).toBe("PASS");
  });

  it("refuses an award below what the school's lines take, and a school the district lacks, writing nothing", async () => {
    const before = await read();
    const a = before.schoolAwards[0]!;
    const r = dataOf(
      await upload(
        `${HEADER}2022,TITLE_I_A_1003,${a.school.ncesSchoolId},,1.00\n2022,TITLE_I_A_1003,999999999999,,5.00\n`,
      ),
    ).importSchoolAwards;
    expect(r.written).toBe(false);
    expect(r.problems).toEqual([
      {
        row: 2,
        column: "Amount",
        message: expect.stringMatching(
          /lines already take \$[\d,.]+, more than \$1\.00: change them first\.$/,
        ) as string,
      },
      {
        row: 3,
        column: "NCES School ID",
        message: "No school of the district has id 999999999999.",
      },
    ]);
    expect((await read()).schoolAwards).toEqual(before.schoolAwards);
  });

  it("is for finance and administrators: a viewer may not", async () => {
    const r = await upload(`${HEADER}2022,TITLE_I_A_1003,130123000001,,1.00\n`, "VIEWER");
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
