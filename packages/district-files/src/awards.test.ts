import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { readAwards } from "./awards.js";
import { readBudgetLines } from "./budget-lines.js";
import { programOf } from "./programs.js";
import { readTable } from "./table.js";

const csv = (text: string) => readTable("file.csv", new TextEncoder().encode(text));

describe("reading an awards file", () => {
  it("reads programs by any of their names, dollars as spreadsheets write them, and fiscal years however named", async () => {
    const { awards, problems } = readAwards(
      await csv(
        'Fiscal Year,Program,Award,Carryover,Notes\nFY2022,"Title I, Part A","$20,899,232.00","1,045,000.5",GAN 1\n2021-22,Title II-A,1938000,,\nFY22,IDEA_B,12,0,\n',
      ),
    );
    expect(problems).toEqual([]);
    expect(awards).toEqual([
      {
        row: 2,
        fiscalYear: 2022,
        program: "TITLE_I_A",
        amountCents: 2089923200,
        carryoverInCents: 104500050,
        notes: "GAN 1",
      },
      {
        row: 3,
        fiscalYear: 2022,
        program: "TITLE_II_A",
        amountCents: 193800000,
        carryoverInCents: 0,
        notes: "",
      },
      {
        row: 4,
        fiscalYear: 2022,
        program: "IDEA_B",
        amountCents: 1200,
        carryoverInCents: 0,
        notes: "",
      },
    ]);
  });

  it("names every problem by row and column", async () => {
    const { problems } = readAwards(
      await csv(
        "Fiscal Year,Program,Award\n22,Title V,100\n2022,Title I-A,-5\n2022,TITLE_I_A,1.234\n2022,Title 1,\n",
      ),
    );
    expect(problems[1]!.message).toMatch(
      /^"Title V" is not one of the programs \(Title I, Part A; /,
    );
    expect(problems).toEqual([
      {
        row: 2,
        column: "Fiscal Year",
        message: '"22" is not a fiscal year (like 2022 or FY2022).',
      },
      { row: 2, column: "Program", message: problems[1]!.message },
      { row: 3, column: "Award", message: '"-5" is negative: amounts are zero or more.' },
      { row: 4, column: "Program", message: "Title I, Part A for FY2022 is also on row 3." },
      {
        row: 4,
        column: "Award",
        message:
          '"1.234" is not an amount in dollars (commas only between groups of three, at most two decimal places).',
      },
      { row: 5, column: "Program", message: "Title I, Part A for FY2022 is also on row 3." },
      { row: 5, column: "Award", message: "is empty: an amount in dollars is needed." },
    ]);
  });

  it("reads dollars as spreadsheets show them, and refuses commas that do not group thousands", async () => {
    const { awards, problems } = readAwards(
      await csv(
        'Fiscal Year,Program,Award\n2022,Title I-A,"$ 1,250,000.50"\n2023,Title I-A,"1,0,0,0,0,0"\n',
      ),
    );
    expect(awards[0]?.amountCents).toBe(125_000_050);
    expect(problems).toEqual([
      {
        row: 3,
        column: "Award",
        message:
          '"1,0,0,0,0,0" is not an amount in dollars (commas only between groups of three, at most two decimal places).',
      },
    ]);
  });

  it("reads currency-formatted XLSX cells", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Awards");
    sheet.addRow(["Fiscal Year", "Program", "Award"]);
    sheet.addRow([2022, "McKinney-Vento", 80000.25]).getCell(3).numFmt = '"$"#,##0.00';
    const { awards, problems } = readAwards(
      await readTable("awards.xlsx", new Uint8Array(await book.xlsx.writeBuffer())),
    );
    expect(problems).toEqual([]);
    expect(awards[0]).toMatchObject({
      fiscalYear: 2022,
      program: "MCKINNEY_VENTO",
      amountCents: 8000025,
    });
  });
});

describe("program names in district files", () => {
  it("knows the codes, the statute names and the short names", () => {
    expect(
      ["TITLE_I_A_1003", "Title I, Part A 1003", "1003(a)", "School Improvement"].map(programOf),
    ).toEqual(Array(4).fill("TITLE_I_A_1003"));
    expect(["Title IV-A", "title iv, part a", "SSAE"].map(programOf)).toEqual(
      Array(3).fill("TITLE_IV_A"),
    );
    expect(programOf("Title VI")).toBeNull();
  });
});

describe("reading a budget file", () => {
  const HEADER = "Fiscal Year,Program,Action Step,NCES School ID,Description,Amount,Account Code";
  it("reads lines at schools and at the district", async () => {
    const { lines, problems } = readBudgetLines(
      await csv(
        `${HEADER}\n2022,Title I-A,1.1,130123000001,Reading coaches,"52,000.00",100-1000-116\n2022,Title II-A,Step 2.3,,PD for math,1500,\n`,
      ),
    );
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        row: 2,
        fiscalYear: 2022,
        program: "TITLE_I_A",
        actionStep: { need: 1, step: 1 },
        ncesSchoolId: "130123000001",
        description: "Reading coaches",
        amountCents: 5200000,
        accountCode: "100-1000-116",
        functionCode: null,
        objectCode: null,
      },
      {
        row: 3,
        fiscalYear: 2022,
        program: "TITLE_II_A",
        actionStep: { need: 2, step: 3 },
        ncesSchoolId: null,
        description: "PD for math",
        amountCents: 150000,
        accountCode: null,
        functionCode: null,
        objectCode: null,
      },
    ]);
  });

  it("reads the state chart's function and object codes when the file has them", async () => {
    const { lines, problems } = readBudgetLines(
      await csv(
        "Fiscal Year,Program,Action Step,Description,Amount,Function,Object\n2022,Title I-A,1.1,Coaches,100,1000,110\n2022,Title I-A,1.2,Books,5, 2213 ,10-0\n",
      ),
    );
    expect(lines[0]).toMatchObject({ functionCode: "1000", objectCode: "110" });
    expect(lines[1]!.functionCode).toBe("2213");
    expect(problems).toEqual([
      {
        row: 3,
        column: "Object",
        message: '"10-0" is not a chart code (1 to 8 letters or digits).',
      },
    ]);
  });

  it("names every problem, and refuses two rows that a re-import could not tell apart", async () => {
    const { problems } = readBudgetLines(
      await csv(
        `${HEADER}\n2022,Title I-A,one,1301,,0,\n2022,Title I-A,1.1,,A,10,X\n2022,TITLE_I_A,1.1,,B,20,X\n`,
      ),
    );
    expect(problems).toEqual([
      {
        row: 2,
        column: "Action Step",
        message: '"one" is not an action step number like 1.3 (need 1, step 3).',
      },
      {
        row: 2,
        column: "NCES School ID",
        message:
          '"1301" is not a 12-digit NCES school id (leave it empty for a district-level line).',
      },
      { row: 2, column: "Description", message: "is empty." },
      { row: 2, column: "Amount", message: "is zero: a budget line is for more than nothing." },
      {
        row: 4,
        column: "Account Code",
        message:
          "The same program, action step, school and account code are also on row 3; give each line its own account code.",
      },
    ]);
  });

  it("says which columns are missing", async () => {
    const { problems } = readBudgetLines(await csv("Program,Amount\nTitle I-A,5\n"));
    expect(problems.map((p) => p.column)).toEqual(["Fiscal Year", "Action Step", "Description"]);
  });
});
