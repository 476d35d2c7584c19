import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// The HR system's file of positions: matched by year and position code, funding shares kept,
// salary and benefit lines rewritten, and a file that would overspend a program refused whole.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const IMPORT = graphql(`
  mutation PositionsImport($i: DistrictFileInput!) {
    importPositions(input: $i) {
      rows
      inserted
      updated
      unchanged
      written
      changes {
        record
        field
        before
        after
      }
      problems {
        row
        column
        message
      }
    }
  }
`);
const POSITIONS = graphql(`
  query PositionsImportRead {
    positions(fiscalYear: 2022, first: 100) {
      nodes {
        code
        title
        salary
        salarySchedule
        fte
        status
        personName
        totalCost
        version
        jobClass {
          code
        }
        school {
          ncesSchoolId
        }
        fundings {
          program
          amount
        }
      }
    }
  }
`);

const upload = async (
  content: string,
  dryRun = false,
  role: "FINANCE_ANALYST" | "VIEWER" = "FINANCE_ANALYST",
) =>
  api.as(role)(IMPORT, {
    i: { fileName: "hr.csv", contentBase64: Buffer.from(content).toString("base64"), dryRun },
  });
const positions = async () => dataOf(await api.gql(POSITIONS)).positions.nodes;
const HEADER =
  "Fiscal Year,Position Code,Title,Job Class,NCES School ID,FTE,Salary,Status,Person\n";
type P = Awaited<ReturnType<typeof positions>>[number];
const row = (p: P, salary: string, title = p.title) =>
  `2022,${p.code},${title},${p.jobClass.code},${p.school?.ncesSchoolId ?? ""},${p.fte},${salary},${p.status},${p.personName ?? ""}\n`;

describe("importing positions from the HR system", () => {
  it("adds new positions and updates known ones by code, its lines following the new salary; a second import changes nothing", async () => {
    const before = await positions();
    const funded = before.find((p) => p.fundings.length > 0 && p.code.endsWith("-02"))!;
    const raise = (Number(funded.salary) + 1000).toFixed(2);
    const file =
      HEADER +
      row(funded, raise) +
      `2022,HR-NEW-1,Data clerk,${funded.jobClass.code},,0.5,30000,Vacant,\n`;

    const dry = dataOf(await upload(file, true)).importPositions;
    expect(dry).toMatchObject({ rows: 2, inserted: 1, updated: 1, written: false, problems: [] });
    expect(dry.changes).toEqual([
      { record: `${funded.code}, FY2022`, field: "salary", before: funded.salary, after: raise },
    ]);
    expect(await positions()).toEqual(before);

    const done = dataOf(await upload(file)).importPositions;
    expect(done).toMatchObject({
      inserted: 1,
      updated: 1,
      unchanged: 0,
      written: true,
      problems: [],
    });
    const after = await positions();
    const updated = after.find((p) => p.code === funded.code)!;
    expect(updated.salary).toBe(raise);
    // The HR system's actual salary takes the position off the schedule it no longer matches.
    expect(funded.salarySchedule).toBe("Certified (illustrative)");
    expect(updated.salarySchedule).toBeNull();
    expect(updated.version).toBeGreaterThan(funded.version);
    // Its shares stay; what they pay grows with the salary (and the benefits on it).
    expect(updated.fundings.map((f) => f.program)).toEqual(funded.fundings.map((f) => f.program));
    expect(Number(updated.totalCost)).toBeGreaterThan(Number(funded.totalCost) + 999);
    expect(Number(updated.fundings[0]!.amount)).toBeGreaterThan(Number(funded.fundings[0]!.amount));
    expect(after.find((p) => p.code === "HR-NEW-1")).toMatchObject({
      title: "Data clerk",
      fte: 0.5,
      salary: "30000.00",
      status: "VACANT",
      school: null,
      fundings: [],
    });

    expect(dataOf(await upload(file)).importPositions).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
      written: false,
    });
  });

  it("refuses a raise that would overspend a program, saying how much is left, and writes none of the file", async () => {
    const before = await positions();
    const funded = before.find((p) => p.fundings.length > 0 && p.code.endsWith("-01"))!;
    const other = before.find((p) => p.code !== funded.code)!;
    const r = dataOf(
      await upload(HEADER + row(other, other.salary, "Renamed") + row(funded, "900000000.00")),
    ).importPositions;
    expect(r.written).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(
      /^FY2022: .* has \$[\d,.]+ left this year; these shares would take/,
    );
    expect(await positions()).toEqual(before);
  });

  it("names an unknown job class, school and year by row and column, and writes nothing", async () => {
    const r = dataOf(
      await upload(
        HEADER +
          "2022,HR-X,Clerk,NOPE,,1,1000,Filled,\n" +
          "2022,HR-Y,Clerk,NOPE,999999999999,1,1000,Filled,\n" +
          "1999,HR-Z,Clerk,NOPE,,1,1000,Filled,\n",
      ),
    ).importPositions;
    expect(r.written).toBe(false);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        {
          row: 2,
          column: "Job Class",
          message:
            'No job class has code "NOPE": add the job class first (createJobClass in the API), then import again.',
        },
        {
          row: 3,
          column: "NCES School ID",
          message: "No school of the district has NCES id 999999999999.",
        },
        {
          row: 4,
          column: "Fiscal Year",
          message: "The district has no FY1999: import its awards or plan first.",
        },
      ]),
    );
  });

  it("is for finance and administrators: a viewer may not", async () => {
    const r = await upload(HEADER + "2022,HR-V,Clerk,X,,1,1,Filled,\n", false, "VIEWER");
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
