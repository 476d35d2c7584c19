import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// Downloads for the board, the state and the data warehouse: the numbers in the files are the
// API's numbers to the cent, with their totals, assumptions and citations.
let api: TestApi;
let token = "";
let scenarioId = "";
beforeAll(async () => {
  api = await startTestApi();
  token = dataOf(
    await api.gql(
      graphql(`
        mutation ExportsCreateApiToken {
          createApiToken(input: { name: "Warehouse", role: VIEWER, scope: READ }) {
            token
          }
        }
      `),
    ),
  ).createApiToken.token!;
  const finance = api.as("FINANCE_ANALYST");
  scenarioId = dataOf(
    await finance(
      graphql(`
        mutation ExportsCreateScenario {
          createScenario(input: { fiscalYear: 2022, name: "Board draft", source: EMPTY }) {
            scenario {
              id
            }
          }
        }
      `),
    ),
  ).createScenario.scenario!.id;
  dataOf(
    await finance(
      graphql(`
        mutation ExportsRunScenario($i: ScenarioActionInput!) {
          runScenario(input: $i) {
            userErrors {
              message
            }
          }
        }
      `),
      { i: { id: scenarioId } },
    ),
  );
});
afterAll(() => api?.close());

const download = (path: string, auth = `Bearer ${token}`) =>
  fetch(`${api.url}${path}`, { headers: { authorization: auth } });
async function workbook(path: string) {
  const res = await download(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}
const cents = (v: unknown) => Math.round(Number(v) * 100);

describe("exports", () => {
  it("funding per action step as XLSX: every step, money formatted, totals equal to the API's, the programs and where it came from", async () => {
    const api2 = dataOf(
      await api.gql(
        graphql(`
          query ExportsFundingByActionStep {
            fundingByActionStep(fiscalYear: 2022) {
              total
              rows {
                total
              }
              programs {
                award
                remaining
              }
            }
          }
        `),
      ),
    ).fundingByActionStep!;
    const book = await workbook("/exports/funding/2022.xlsx");
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Funding by action step",
      "Programs",
      "About",
    ]);
    const sheet = book.getWorksheet("Funding by action step")!;
    expect(sheet.rowCount).toBe(1 + api2.rows.length + 1); // header, 13 steps, totals
    const totals = sheet.getRow(sheet.rowCount);
    expect(totals.getCell(1).value).toBe("Total");
    expect(cents(totals.getCell(sheet.columnCount).value)).toBe(cents(api2.total));
    expect(sheet.getColumn(3).numFmt).toContain("$");
    const programs = book.getWorksheet("Programs")!;
    expect(cents(programs.getRow(programs.rowCount).getCell(3).value)).toBe(
      api2.programs.reduce((a, p) => a + cents(p.award), 0),
    );
    expect(book.getWorksheet("About")!.getRow(2).getCell(2).text).toContain("Clayton County");
  });

  it("a scenario as XLSX with its schools, programs, assumptions and every rule with its citation; as CSV the schools", async () => {
    const result = dataOf(
      await api.gql(
        graphql(`
          query ExportsScenario($id: ID!) {
            scenario(id: $id) {
              result {
                schools {
                  total
                }
                compliance {
                  citation
                }
              }
            }
          }
        `),
        { id: scenarioId },
      ),
    ).scenario!.result!;
    const book = await workbook(`/exports/scenarios/${scenarioId}.xlsx`);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Schools",
      "Programs",
      "Reservations",
      "Assumptions",
      "Compliance",
      "About",
    ]);
    const schools = book.getWorksheet("Schools")!;
    expect(schools.rowCount).toBe(1 + 68 + 1);
    const totalColumn = schools.getRow(1).values as unknown[];
    const at = totalColumn.indexOf("Total");
    expect(cents(schools.getRow(schools.rowCount).getCell(at).value)).toBe(
      result.schools.reduce((a, s) => a + cents(s.total), 0),
    );
    const compliance = book.getWorksheet("Compliance")!;
    expect(compliance.rowCount - 1).toBe(result.compliance.length);
    const citations = Array.from(
      { length: compliance.rowCount - 1 },
      (_, i) => compliance.getRow(i + 2).getCell(3).text,
    );
    expect(citations).toEqual(result.compliance.map((c) => c.citation));
    expect(citations.every((c) => c.length > 3)).toBe(true);
    expect(citations.some((c) => /ESEA/.test(c))).toBe(true);
    const assumptions = book.getWorksheet("Assumptions")!;
    expect(assumptions.rowCount).toBeGreaterThan(10);
    const value = (path: string) =>
      Array.from({ length: assumptions.rowCount }, (_, i) => assumptions.getRow(i + 1))
        .find((row) => row.getCell(1).text === path)
        ?.getCell(2).text;
    // Money in dollars and shares in percent, as the app shows them, never cents or basis points.
    expect(value("titleI.reservations.administration")).toMatch(/^\$[\d,]+\.\d{2}$/);
    expect(value("titleI.reservations.familyEngagementToSchoolsPercent")).toBe("90.00%");
    expect(value("titleI.reservations.familyEngagementToSchoolsBasisPoints")).toBeUndefined();

    const csv = await (await download(`/exports/scenarios/${scenarioId}.csv`)).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 68 + 1);
    expect(lines[0]).toMatch(/^NCES school id,School,Enrollment/);
    expect(lines.at(-1)).toMatch(/^Total,/);
    expect(lines[1]).toMatch(/,\d+\.\d{2},/); // money as decimal strings
  });

  it("the budget as the state's budget pages: function x object adding up to every line, the lines with their narrative, compliance with citations", async () => {
    const total = cents(
      dataOf(
        await api.gql(
          graphql(`
            query ExportsBudgetTotal {
              fundingByActionStep(fiscalYear: 2022) {
                total
              }
            }
          `),
        ),
      ).fundingByActionStep!.total,
    );
    const book = await workbook("/exports/budget/2022.xlsx");
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "By function and object",
      "Lines",
      "Money picture",
      "Compliance",
      "About",
    ]);
    const grid = book.getWorksheet("By function and object")!;
    expect(cents(grid.getRow(grid.rowCount).getCell(6).value)).toBe(total);
    expect(grid.getRow(2).getCell(3).text).not.toBe("");
    const lines = book.getWorksheet("Lines")!;
    expect(cents(lines.getRow(lines.rowCount).getCell(9).value)).toBe(total);
    expect(lines.getRow(1).getCell(11).text).toBe("Narrative");
    expect(lines.getRow(1).getCell(13).text).toBe("Account string");
    const rules = book.getWorksheet("Compliance")!;
    expect(rules.getRow(2).getCell(3).text.length).toBeGreaterThan(3); // the citation

    const csv = await (await download("/exports/budget/2022.csv?program=TITLE_III_A")).text();
    const rows = csv.trim().split("\r\n");
    expect(rows[0]).toBe("Program,Function,Function name,Object,Object name,Amount,Lines");
    expect(rows.slice(1, -1).every((r) => r.startsWith('"Title III, Part A'))).toBe(true);
    expect((await download("/exports/budget/2022.csv?program=TITLE_V")).status).toBe(400);
  });

  it("the payroll export charges each position's cost to its shares' accounts, to the cent, the rest local", async () => {
    const positions = dataOf(
      await api.gql(
        graphql(`
          query ExportsPositions {
            positions(fiscalYear: 2022, first: 100) {
              nodes {
                code
                totalCost
                localCost
                fundings {
                  program
                  amount
                }
              }
            }
          }
        `),
      ),
    ).positions.nodes;
    expect(positions.length).toBeGreaterThan(0);
    const book = await workbook("/exports/payroll/2022.xlsx");
    const sheet = book.getWorksheet("Payroll accounts")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = sheet.getRows(2, sheet.rowCount - 2)!;
    const byCode = new Map<string, { total: number; local: number; shares: number }>();
    for (const r of rows) {
      const code = r.getCell(col("Position code")).text;
      const amount = cents(r.getCell(col("Amount")).value);
      const sums = byCode.get(code) ?? { total: 0, local: 0, shares: 0 };
      sums.total += amount;
      if (r.getCell(col("Program")).text === "Local") sums.local += amount;
      else sums.shares += amount;
      byCode.set(code, sums);
    }
    for (const p of positions) {
      expect(byCode.get(p.code), p.code).toEqual({
        total: cents(p.totalCost),
        local: cents(p.localCost),
        shares: p.fundings.reduce((t, f) => t + cents(f.amount), 0),
      });
    }
    const grand = positions.reduce((t, p) => t + cents(p.totalCost), 0);
    expect(cents(sheet.getRow(sheet.rowCount).getCell(col("Amount")).value)).toBe(grand);
    expect(col("Account string")).toBeGreaterThan(0);

    const csv = await (await download("/exports/payroll/2022.csv")).text();
    expect(csv.split("\r\n")[0]).toMatch(/^Position code,Title,Person,/);
    expect((await download("/exports/payroll/1999.csv")).status).toBe(404);
  });

  it("keeps the district-wide budget from a school leader's token", async () => {
    const leader = dataOf(
      await api.gql(
        graphql(`
          mutation ExportsLeaderToken($i: CreateApiTokenInput!) {
            createApiToken(input: $i) {
              token
            }
          }
        `),
        {
          i: {
            name: "Leader export",
            role: "SCHOOL_LEADER",
            scope: "READ",
            schoolId: dataOf(
              await api.gql(
                graphql(`
                  query ExportsFirstSchool {
                    schools(first: 1) {
                      nodes {
                        id
                      }
                    }
                  }
                `),
              ),
            ).schools.nodes[0]!.id,
          },
        },
      ),
    ).createApiToken.token!;
    expect((await download("/exports/budget/2022.xlsx", `Bearer ${leader}`)).status).toBe(403);
    expect((await download("/exports/payroll/2022.csv", `Bearer ${leader}`)).status).toBe(403);
  });

  it("neutralises a cell a spreadsheet would run as a formula, and keeps negative amounts numbers", async () => {
    await api.orm.em
      .getConnection()
      .execute(
        `update school set name = '=HYPERLINK("http://evil.example","Open")' where nces_school_id = (select min(nces_school_id) from school)`,
      );
    const csv = await (await download(`/exports/scenarios/${scenarioId}.csv`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Open"")"`);
    expect(csv).not.toMatch(/(^|,)"?=/m);
    const { FORMULA_START } = await import("./render.js");
    expect(
      ["=1+1", "+1", "@SUM(A1)", "\t=x", "\r=x", "-2+3", "-cmd|' /C calc'!A0"].every((c) =>
        FORMULA_START.test(c),
      ),
    ).toBe(true);
    expect(["-5.00", "-1,234.50", "12", "Arbor Creek"].some((c) => FORMULA_START.test(c))).toBe(
      false,
    );
  });

  it("an Ed-Fi-shaped finance export: local accounts and their budgets for the year, to the cent", async () => {
    const res = await download("/exports/ed-fi/2022.json");
    expect(res.status).toBe(200);
    const data = (await res.json()) as {
      localAccounts: {
        accountIdentifier: string;
        fiscalYear: number;
        educationOrganizationReference: { educationOrganizationId: number };
      }[];
      localBudgets: { localAccountReference: { accountIdentifier: string }; amount: string }[];
    };
    expect(data.localAccounts.length).toBeGreaterThan(10);
    expect(data.localAccounts[0]).toMatchObject({
      fiscalYear: 2022,
      educationOrganizationReference: { educationOrganizationId: 1301230 },
    });
    expect(data.localBudgets.map((b) => b.localAccountReference.accountIdentifier)).toEqual(
      data.localAccounts.map((a) => a.accountIdentifier),
    );
    const total = dataOf(
      await api.gql(
        graphql(`
          query ExportsFundingByActionStep2 {
            fundingByActionStep(fiscalYear: 2022) {
              total
            }
          }
        `),
      ),
    ).fundingByActionStep!.total;
    expect(data.localBudgets.reduce((a, b) => a + cents(b.amount), 0)).toBe(cents(total));
  });

  it("needs a credential, and finds nothing of another district or year", async () => {
    expect((await download("/exports/funding/2022.xlsx", "")).status).toBe(401);
    expect((await download("/exports/funding/2022.xlsx", "Bearer wrong")).status).toBe(401);
    expect((await download("/exports/funding/1999.csv")).status).toBe(404);
    expect((await download("/exports/scenarios/not-an-id.xlsx")).status).toBe(404);
    const other = Buffer.from("Scenario:00000000-0000-0000-0000-000000000001").toString(
      "base64url",
    );
    expect((await download(`/exports/scenarios/${other}.xlsx`)).status).toBe(404);
  });
});
