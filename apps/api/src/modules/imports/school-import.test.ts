import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { allotCli, dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// A district replaces the illustrative schools with its own file: checked whole first, then
// added or updated by NCES id, never duplicated; a bad file changes nothing. Each test imports
// into a fresh copy of the demo district, so none depends on what another wrote.
let api: TestApi;
beforeEach(async () => {
  api = await startTestApi();
});
afterEach(() => api?.close());

const IMPORT = graphql(`
  mutation SchoolImportImport($i: ImportSchoolsInput!) {
    importSchools(input: $i) {
      rows
      inserted
      updated
      unchanged
      written
      changes {
        row
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
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const HEADER =
  "NCES School ID,School Name,Level,Grade Low,Grade High,Enrollment,Direct Certified,English Learners,Students With Disabilities,Homeless,Title I Status";
const send = (fileName: string, content: string | Uint8Array, dryRun = false) =>
  api.as("FINANCE_ANALYST")(IMPORT, {
    i: { fileName, contentBase64: Buffer.from(content).toString("base64"), dryRun },
  });
const schoolsCount = async () =>
  dataOf(
    await api.gql(
      graphql(`
        query SchoolImportSchools {
          schools(first: 1) {
            totalCount
          }
        }
      `),
    ),
  ).schools.totalCount;
const school = async (nces: string) =>
  dataOf(
    await api.gql(
      graphql(`
        query SchoolImportSchools2 {
          schools(first: 100) {
            nodes {
              ncesSchoolId
              name
              enrollment
              lowIncome
              illustrative
            }
          }
        }
      `),
    ),
  ).schools.nodes.find((s) => s.ncesSchoolId === nces);

describe("importing the district's schools file", () => {
  it("checks the file first: a dry run counts what would change and writes nothing", async () => {
    const r = dataOf(
      await send(
        "schools.csv",
        `${HEADER}\n130123000001,Arbor Creek Elementary School,E,PK,5,700,300,50,70,9,SW\n130123099001,New Horizons Academy,OTHER,6,12,250,100,10,20,3,TA\n`,
        true,
      ),
    ).importSchools;
    expect(r).toMatchObject({
      rows: 2,
      inserted: 1,
      updated: 1,
      unchanged: 0,
      written: false,
      problems: [],
      userErrors: [],
    });
    expect(await schoolsCount()).toBe(68);
    // The one school it would change, value by value, before and after.
    const before = (await school("130123000001"))!;
    expect(
      r.changes.every((c) => c.row === 2 && c.record === `${before.name} (130123000001)`),
    ).toBe(true);
    expect(r.changes.find((c) => c.field === "Enrollment")).toEqual({
      row: 2,
      record: `${before.name} (130123000001)`,
      field: "Enrollment",
      before: String(before.enrollment),
      after: "700",
    });
    expect(r.changes.find((c) => c.field === "Low Income")).toMatchObject({
      before: String(before.lowIncome),
      after: "480",
    });
  });

  it("adds new schools and updates known ones by NCES id; low income from direct certification x 1.6; a second import changes nothing", async () => {
    const file = `${HEADER}\n130123000001,Arbor Creek Elementary School,E,PK,5,700,300,50,70,9,SW\n130123099001,New Horizons Academy,OTHER,6,12,250,100,10,20,3,TA\n`;
    expect(dataOf(await send("schools.csv", file)).importSchools).toMatchObject({
      rows: 2,
      inserted: 1,
      updated: 1,
      unchanged: 0,
      written: true,
      problems: [],
    });
    expect(await schoolsCount()).toBe(69);
    expect(await school("130123000001")).toMatchObject({
      enrollment: 700,
      lowIncome: 480,
      illustrative: false,
    });
    expect(await school("130123099001")).toMatchObject({
      name: "New Horizons Academy",
      lowIncome: 160,
    });
    expect(dataOf(await send("schools.csv", file)).importSchools).toMatchObject({
      rows: 2,
      inserted: 0,
      updated: 0,
      unchanged: 2,
      written: false,
    });
    expect(await schoolsCount()).toBe(69);
    const events = dataOf(
      await api.gql(
        graphql(`
          query SchoolImportAuditEvents {
            auditEvents(first: 5, entityType: "School") {
              nodes {
                action
                entityType
                after
              }
            }
          }
        `),
      ),
    ).auditEvents.nodes;
    expect(events[0]).toMatchObject({ action: "importSchools", entityType: "School" });
    expect(events[0]!.after).toMatchObject({
      file: "schools.csv",
      rows: 2,
      inserted: 1,
      updated: 1,
    });
  });

  it("reads XLSX the same way", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Schools");
    sheet.addRow(HEADER.split(","));
    sheet.addRow([
      "130123000002",
      "New Horizons Academy",
      "Other",
      "6",
      12,
      260,
      100,
      10,
      20,
      3,
      "TA",
    ]);
    const r = dataOf(
      await send("schools.xlsx", new Uint8Array(await book.xlsx.writeBuffer())),
    ).importSchools;
    expect(r).toMatchObject({ rows: 1, inserted: 0, updated: 1, written: true });
    expect(await school("130123000002")).toMatchObject({ enrollment: 260 });
  });

  it("refuses a file with problems, naming each by row and column, and writes nothing at all", async () => {
    const r = dataOf(
      await send(
        "schools.csv",
        `${HEADER}\n130123000002,Birchwood,E,K,5,900,300,0,0,0,SW\n999999900001,Elsewhere School,E,K,5,100,10,0,0,0,SW\n130123000003,,E,K,5,-1,0,0,0,0,SW\n`,
      ),
    ).importSchools;
    expect(r.written).toBe(false);
    expect(r.userErrors).toEqual([
      {
        field: ["input", "contentBase64"],
        message: "The file has 3 problems; see problems. Nothing was written.",
        code: "INVALID",
      },
    ]);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { row: 4, column: "School Name", message: "is empty." },
        { row: 4, column: "Enrollment", message: '"-1" is not a whole number of students.' },
        {
          row: 3,
          column: "NCES School ID",
          message:
            "999999900001 is not a school of Clayton County Public Schools: its NCES ids start with 1301230.",
        },
      ]),
    );
    expect((await school("130123000002"))!.enrollment).not.toBe(900); // the good row was not written either
    const bad = dataOf(await send("schools.pdf", "%PDF")).importSchools;
    expect(bad.problems).toEqual([
      { row: null, column: null, message: "schools.pdf: send a .csv, .xlsx or .xls file." },
    ]);
  });

  it("takes the state's school ids, by which state files name the schools, and refuses one that is another school's", async () => {
    const withIds = `${HEADER},State School ID\n130123000002,New Horizons Academy,OTHER,6,12,260,100,10,20,3,TA,GA-631-5001\n`;
    expect(dataOf(await send("schools.csv", withIds)).importSchools).toMatchObject({
      updated: 1,
      written: true,
    });
    const ids = dataOf(
      await api.gql(
        graphql(`
          query SchoolImportSchools3 {
            schools(first: 100) {
              nodes {
                ncesSchoolId
                stateSchoolId
              }
            }
          }
        `),
      ),
    ).schools.nodes;
    expect(ids.find((x) => x.ncesSchoolId === "130123000002")!.stateSchoolId).toBe("GA-631-5001");
    const taken = dataOf(
      await send(
        "schools.csv",
        `${HEADER},State School ID\n130123000002,New Horizons Academy,OTHER,6,12,260,100,10,20,3,TA,GA-631-0001\n`,
      ),
    ).importSchools;
    expect(taken.problems).toEqual([
      {
        row: 2,
        column: "State School ID",
        message: "GA-631-0001 is the state id of another school (NCES 130123000001).",
      },
    ]);
    const elsewhere = dataOf(
      await send(
        "schools.csv",
        `${HEADER},State School ID\n130123000002,New Horizons Academy,OTHER,6,12,260,100,10,20,3,TA,GA-601-0001\n`,
      ),
    ).importSchools;
    expect(elsewhere.problems[0]!.message).toBe(
      "GA-601-0001 is not a school of Clayton County Public Schools: its state ids start with GA-631-.",
    );
  });

  it("refuses a CSV that is not UTF-8, and reads it right when its encoding is named", async () => {
    const latin1 = Buffer.from(
      `${HEADER}\n130123099777,Escuela Peña,E,K,5,300,100,10,20,3,SW\n`,
      "latin1",
    );
    const refused = dataOf(
      await api.as("FINANCE_ANALYST")(IMPORT, {
        i: { fileName: "schools.csv", contentBase64: latin1.toString("base64"), dryRun: true },
      }),
    ).importSchools;
    expect(refused.problems.map((p) => [p.row, p.column, p.message.slice(0, 36)])).toEqual([
      [null, null, "schools.csv is not valid UTF-8 text:"],
    ]);
    const read = dataOf(
      await api.as("FINANCE_ANALYST")(IMPORT, {
        i: {
          fileName: "schools.csv",
          contentBase64: latin1.toString("base64"),
          encoding: "WINDOWS_1252",
        },
      }),
    ).importSchools;
    expect(read).toMatchObject({ problems: [], inserted: 1, written: true });
    expect((await school("130123099777"))?.name).toBe("Escuela Peña");
  });

  it("is for finance staff and administrators; a read-only token may not", async () => {
    const r = await api.as("VIEWER")(IMPORT, { i: { fileName: "s.csv", contentBase64: "" } });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("imports from the command line too", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "allot-schools-"));
    writeFileSync(
      path.join(dir, "schools.csv"),
      `${HEADER}\n130123099002,Second Campus,HIGH,9,12,1000,500,40,90,10,SW\n`,
    );
    const out = await allotCli(api, ["schools:import", "--file", "schools.csv"], dir);
    expect(out).toContain("1 schools: 1 new, 0 updated, 0 unchanged");
    expect(await school("130123099002")).toMatchObject({ name: "Second Campus", lowIncome: 800 });
  });
});
