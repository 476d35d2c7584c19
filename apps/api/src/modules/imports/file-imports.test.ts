import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { allotCli, dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// A district loads its awards, its budget and the state's direct-certification counts from the
// files it already has: each file is checked whole, written whole or not at all, and a re-import
// updates what the first one wrote. Each test imports into a fresh copy of the demo district, so
// none depends on what another wrote.
let api: TestApi;
beforeEach(async () => {
  api = await startTestApi();
  since = new Date().toISOString();
});
afterEach(() => api?.close());

type Problem = { row: number | null; column: string | null; message: string };
type Payload = {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  written: boolean;
  problems: Problem[];
  userErrors: { code: string }[];
};
const FIELDS =
  "rows inserted updated unchanged written problems { row column message } userErrors { code }";
const upload =
  (mutation: string, role: Parameters<TestApi["as"]>[0] = "FINANCE_ANALYST") =>
  async (fileName: string, content: string, dryRun = false) => {
    const r = await api.as(role)<Record<string, Payload>>(
      `mutation($i: DistrictFileInput!) { ${mutation}(input: $i) { ${FIELDS} } }`,
      { i: { fileName, contentBase64: Buffer.from(content).toString("base64"), dryRun } },
    );
    return dataOf(r)[mutation]!;
  };
const awards = async (year: number) =>
  Object.fromEntries(
    dataOf(
      await api.gql(
        graphql(`
          query FileImportsAwards($year: Int!) {
            awards(fiscalYear: $year) {
              fundingSource {
                code
              }
              amount
              carryoverIn
              version
            }
          }
        `),
        { year },
      ),
    ).awards.map((a) => [a.fundingSource.code, a]),
  );
// The lines this file's imports write: changed since its API started (the seed has more than a page).
let since = "";
const lines = async () =>
  dataOf(
    await api.gql(
      graphql(`
        query FileImportsBudgetLines($since: String) {
          budgetLines(fiscalYear: 2022, first: 100, updatedSince: $since) {
            totalCount
            nodes {
              description
              amount
              accountCode
              version
              school {
                ncesSchoolId
              }
              actionStep {
                label
              }
            }
          }
        }
      `),
      { since },
    ),
  ).budgetLines;
const school = async (nces: string) =>
  dataOf(
    await api.gql(
      graphql(`
        query FileImportsSchools {
          schools(first: 100) {
            nodes {
              ncesSchoolId
              stateSchoolId
              enrollment
              directCertified
              lowIncome
            }
          }
        }
      `),
    ),
  ).schools.nodes.find((s) => s.ncesSchoolId === nces)!;

describe("importing awards", () => {
  const importAwards = upload("importAwards");
  const FILE =
    'Fiscal Year,Program,Award,Carryover,Notes\nFY2022,"Title I, Part A","$27,600,000.00","2,450,000.00",Final GAN\n2023,Title II-A,"3,300,000",,Preliminary\n';

  it("checks first (a dry run counts the new and changed awards and writes nothing), then updates a program's award and adds a new year's; a second import changes nothing", async () => {
    expect(await importAwards("awards.csv", FILE, true)).toMatchObject({
      rows: 2,
      inserted: 1,
      updated: 1,
      unchanged: 0,
      written: false,
      problems: [],
    });
    expect((await awards(2022)).TITLE_I_A).toMatchObject({ amount: "27486150.00", version: 1 });
    expect(await awards(2023)).toEqual({});

    // Then the import itself updates the program's award for the year and adds a new year's; a
    // second import changes nothing.
    expect(await importAwards("awards.csv", FILE)).toMatchObject({
      rows: 2,
      inserted: 1,
      updated: 1,
      written: true,
    });
    expect((await awards(2022)).TITLE_I_A).toMatchObject({
      amount: "27600000.00",
      carryoverIn: "2450000.00",
      version: 2,
    });
    expect((await awards(2023)).TITLE_II_A).toMatchObject({ amount: "3300000.00" });
    expect(await importAwards("awards.csv", FILE)).toMatchObject({
      rows: 2,
      inserted: 0,
      updated: 0,
      unchanged: 2,
      written: false,
    });
  });

  it("refuses an award below what its budget lines take, and writes none of the file", async () => {
    const r = await importAwards(
      "awards.csv",
      "Fiscal Year,Program,Award\n2022,IDEA,100\n2022,Title IV-A,2200000\n",
    );
    expect(r.written).toBe(false);
    expect(r.userErrors).toEqual([{ code: "INVALID" }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 2, column: "Award" });
    expect(r.problems[0]!.message).toMatch(
      /^IDEA Part B \(611 and 619\), FY2022: Budget lines already take \$[\d,.]+; the award would make only \$100.00 available/,
    );
    expect((await awards(2022)).TITLE_IV_A).toMatchObject({ amount: "2104300.00" });
  });
});

describe("importing budget lines", () => {
  const importLines = upload("importBudgetLines", "FEDERAL_PROGRAMS_DIRECTOR");
  const HEADER = "Fiscal Year,Program,Action Step,NCES School ID,Description,Amount,Account Code";

  it("adds lines checked as the app checks them, and a re-import updates them by their key", async () => {
    const before = (await lines()).totalCount;
    const file = `${HEADER}\n2022,Title I-A,1.2,130123000001,Family literacy nights,"1,000.00",100-2100-300\n2022,Title III-A,1.2,,ESOL classes for parents,500,250-2100-300\n`;
    expect(await importLines("budget.csv", file)).toMatchObject({
      rows: 2,
      inserted: 2,
      updated: 0,
      written: true,
      problems: [],
    });
    expect((await lines()).totalCount).toBe(before + 2);
    const added = (await lines()).nodes.find((l) => l.description === "Family literacy nights")!;
    expect(added).toMatchObject({
      amount: "1000.00",
      accountCode: "100-2100-300",
      school: { ncesSchoolId: "130123000001" },
      actionStep: { label: "1.2" },
      version: 1,
    });

    const again = file
      .replace('"1,000.00"', "1250")
      .replace("ESOL classes for parents", "ESOL classes for families");
    expect(await importLines("budget.csv", again)).toMatchObject({
      rows: 2,
      inserted: 0,
      updated: 2,
      unchanged: 0,
      written: true,
    });
    expect((await lines()).totalCount).toBe(before + 2);
    expect(
      (await lines()).nodes.find((l) => l.description === "Family literacy nights"),
    ).toMatchObject({ amount: "1250.00", version: 2 });
  });

  it("reads function and object codes, checked against the state's chart; a re-import without them keeps them", async () => {
    const coded =
      "Fiscal Year,Program,Action Step,Description,Amount,Account Code,Function,Object\n" +
      "2022,Title III-A,1.2,Newcomer books,300,T3-BOOKS,1000,642\n";
    expect(await importLines("coded.csv", coded)).toMatchObject({ inserted: 1, written: true });
    const codes = async () =>
      dataOf(
        await api.gql(
          graphql(`
            query FileImportsCodes($since: String) {
              budgetLines(
                fiscalYear: 2022
                first: 100
                functionCode: "1000"
                objectCode: "642"
                updatedSince: $since
              ) {
                nodes {
                  description
                  amount
                }
              }
            }
          `),
          { since },
        ),
      ).budgetLines.nodes.filter((l) => l.description === "Newcomer books");
    expect(await codes()).toEqual([{ description: "Newcomer books", amount: "300.00" }]);
    // The same line from a file without the code columns: the amount changes, the codes stay.
    expect(
      await importLines(
        "again.csv",
        `${HEADER}\n2022,Title III-A,1.2,,Newcomer books,350,T3-BOOKS\n`,
      ),
    ).toMatchObject({ updated: 1, written: true });
    expect(await codes()).toEqual([{ description: "Newcomer books", amount: "350.00" }]);
    const bad = await importLines(
      "bad.csv",
      "Fiscal Year,Program,Action Step,Description,Amount,Function,Object\n2022,Title III-A,1.2,Atlas,10,1001,999\n",
    );
    expect(bad.written).toBe(false);
    expect(bad.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "Function"],
      [2, "Object"],
    ]);
    expect(bad.problems[0]!.message).toMatch(/"1001" is not in the GA chart of accounts/);
  });

  it("names every broken rule by row and column and writes nothing", async () => {
    const before = (await lines()).totalCount;
    const r = await importLines(
      "budget.csv",
      `${HEADER}\n2022,Title IV-A,1.2,,Robotics,100,\n2022,Title I-A,9.9,,Nowhere,100,\n2022,Title I-A,1.1,130123099999,Unknown school,100,\n2024,Title I-A,1.1,,Next year,100,\n2022,McKinney-Vento,1.1,,Shelter outreach,"900,000",\n2022,Title I-A,1.3,,Tutors,50,A-1\n`,
    );
    expect(r.written).toBe(false);
    expect(r.problems).toEqual([
      {
        row: 2,
        column: "Program",
        message:
          "Title IV, Part A (SSAE) is not a funding source of action step 1.2 in the improvement plan.",
      },
      {
        row: 3,
        column: "Action Step",
        message: "The FY2022 improvement plan has no action step 9.9.",
      },
      {
        row: 4,
        column: "NCES School ID",
        message: "130123099999 is not a school of the district.",
      },
      {
        row: 5,
        column: "Fiscal Year",
        message: "The district has no FY2024: import that year's improvement plan first.",
      },
      {
        row: 6,
        column: "Amount",
        message: expect.stringMatching(
          /^From this row, McKinney-Vento EHCY subgrant lines for FY2022 come to \$[\d,.]+, more than the \$150,000.00 it has/,
        ) as string,
      },
    ]);
    expect((await lines()).totalCount).toBe(before); // the good row (7) was not written either
  });

  it("is for the federal programs director and administrators", async () => {
    const r = await api.as("FINANCE_ANALYST")(
      graphql(`
        mutation FileImportsImportBudgetLines($i: DistrictFileInput!) {
          importBudgetLines(input: $i) {
            written
          }
        }
      `),
      { i: { fileName: "b.csv", contentBase64: "" } },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("importing Georgia's direct-certification file", () => {
  const importDc = upload("importGeorgiaDirectCertification");
  const HEADER =
    "FISCAL_YEAR,SYSTEM_ID,SYSTEM_NAME,SCHOOL_ID,SCHOOL_NAME,sys_sch,direct_cert_perc,K12_POVERTY_STUDENT_CT,K12_STUDENT_COUNT";

  it("matches the district's rows of the statewide file to its schools by state id and recomputes low income", async () => {
    const { enrollment } = await school("130123000002");
    expect(await school("130123000002")).toMatchObject({ stateSchoolId: "GA-631-0002" });
    const dc = Math.floor(enrollment / 4);
    const file = `${HEADER}\n2024,601,Appling County,103,Appling Elementary,6010103,70.1,500,713\n2024,631,Clayton County,2,School Two,6310002,25,${dc},${enrollment}\n`;
    expect(await importDc("direct_certification_school_2024.csv", file)).toMatchObject({
      rows: 1,
      updated: 1,
      written: true,
      problems: [],
    });
    expect(await school("130123000002")).toMatchObject({
      directCertified: dc,
      lowIncome: Math.min(enrollment, Math.round(dc * 1.6)),
    });
    expect(await importDc("direct_certification_school_2024.csv", file)).toMatchObject({
      rows: 1,
      updated: 0,
      unchanged: 1,
      written: false,
    });
  });

  it("refuses a school the district does not have, and a count above its enrollment, writing nothing", async () => {
    const { directCertified, enrollment } = await school("130123000003");
    const r = await importDc(
      "dc.csv",
      `${HEADER}\n2024,631,Clayton County,3,School Three,6310003,1,1,1000\n2024,631,Clayton County,9999,Closed School,6319999,1,1,10\n2024,631,Clayton County,4,School Four,6310004,1,99999,99999\n`,
    );
    expect(r.problems).toEqual([
      {
        row: 3,
        column: "SCHOOL_ID",
        message:
          "Clayton County Public Schools has no school with state id GA-631-9999 (Closed School): import the schools file with its State School ID column first.",
      },
      {
        row: 4,
        column: "K12_POVERTY_STUDENT_CT",
        message: expect.stringMatching(
          /^99999 directly certified is more than the enrollment of .+ \(\d+\); import this year's schools file first\.$/,
        ) as string,
      },
    ]);
    expect(await school("130123000003")).toMatchObject({ directCertified, enrollment });
  });

  it("imports from the command line too", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "allot-dc-"));
    writeFileSync(
      path.join(dir, "awards.csv"),
      "Fiscal Year,Program,Award\n2023,Title III-A,900000\n",
    );
    expect(
      await allotCli(api, ["awards:import", "--file", "awards.csv", "--dry-run"], dir),
    ).toContain("1 awards: 1 new, 0 updated, 0 unchanged (nothing written)");
    expect(await allotCli(api, ["awards:import", "--file", "awards.csv"], dir)).toContain(
      "1 awards: 1 new, 0 updated, 0 unchanged",
    );
    expect((await awards(2023)).TITLE_III_A).toMatchObject({ amount: "900000.00" });
  });
});
