import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { formatColumns } from "./columns.js";
import { readSchools, SCHOOLS_FORMAT } from "./schools.js";
import { readTable } from "./table.js";

const csv = (text: string) => readTable("schools.csv", new TextEncoder().encode(text));
const HEADER =
  "NCES School ID,School Name,Level,Grade Low,Grade High,Enrollment,Direct Certified,English Learners,Students With Disabilities,Homeless,Title I Status,Support Designation,Served Last Year";

describe("reading a district's schools file", () => {
  it("reads every column by the names districts use, with defaults for the optional ones", async () => {
    const { schools, problems } = readSchools(
      await csv(
        `${HEADER}\n130123000001,"Arbor Creek Elementary School, East",E,PK,05,"1,204",400,60,120,12,SW,CSI,yes\n130123000002,Birchwood Middle School,MIDDLE,6,8,800,300,,,,,,no\n`,
      ),
    );
    expect(problems).toEqual([]);
    expect(schools[0]).toMatchObject({
      row: 2,
      ncesSchoolId: "130123000001",
      name: "Arbor Creek Elementary School, East",
      level: "ELEMENTARY",
      gradeLow: "PK",
      gradeHigh: "5",
      enrollment: 1204,
      directCertified: 400,
      lowIncome: null,
      englishLearners: 60,
      titleIStatus: "SCHOOLWIDE",
      supportDesignation: "CSI",
      servedLastYear: true,
    });
    expect(schools[1]).toMatchObject({
      row: 3,
      englishLearners: 0,
      homeless: 0,
      titleIStatus: "NONE",
      supportDesignation: "NONE",
      servedLastYear: false,
    });
  });

  it("names every problem by row and column (none that only follows from another) and returns no schools when there is one", async () => {
    const { problems } = readSchools(
      await csv(
        `${HEADER}\n13012300001,,Primary,K,13,-4,x,5,0,0,SW,NONE,maybe\n130123000001,A,E,K,5,100,200,0,0,0,SW,NONE,no\n130123000001,B,E,K,5,100,10,0,0,0,SW,NONE,no\n`,
      ),
    );
    expect(problems).toEqual([
      {
        row: 2,
        column: "NCES School ID",
        message: '"13012300001" is not a 12-digit NCES school id.',
      },
      { row: 2, column: "School Name", message: "is empty." },
      {
        row: 2,
        column: "Level",
        message: '"Primary" is not one of ELEMENTARY, MIDDLE, HIGH, OTHER.',
      },
      { row: 2, column: "Grade High", message: '"13" is not a grade (PK, K or 1-12).' },
      { row: 2, column: "Enrollment", message: '"-4" is not a whole number of students.' },
      { row: 2, column: "Direct Certified", message: '"x" is not a whole number of students.' },
      { row: 2, column: "Served Last Year", message: '"maybe" is not yes or no.' },
      { row: 3, column: "Direct Certified", message: "200 is more than the enrollment of 100." },
      { row: 4, column: "NCES School ID", message: "130123000001 is also on row 3." },
    ]);
  });

  it("refuses a count no school could have, before it reaches the database", async () => {
    const { problems } = readSchools(
      await csv(`${HEADER}\n130123000001,A,E,K,5,99999999999999999999,10,0,0,0,SW,NONE,no\n`),
    );
    expect(problems).toContainEqual({
      row: 2,
      column: "Enrollment",
      message: "99999999999999999999 is more students than any school has (at most 1,000,000).",
    });
  });

  it("says which required columns are missing", async () => {
    const { problems } = readSchools(await csv("School Name,Enrollment\nA,10\n"));
    expect(problems.map((p) => p.message)).toEqual([
      "The file has no NCES School ID column.",
      "The file has no Level column.",
      "The file has no Grade Low column.",
      "The file has no Grade High column.",
      "The file needs a Direct Certified or a Low Income column.",
    ]);
  });

  it("reads the first sheet of an XLSX workbook the same way, numbers and all", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Schools");
    sheet.addRow([
      "NCESSCH",
      "school_name",
      "level",
      "low grade",
      "high grade",
      "Total Enrollment",
      "Low Income",
    ]);
    sheet.addRow([
      "130123000007",
      "Cedar Hollow Elementary School",
      "Elementary",
      "K",
      5,
      612,
      480,
    ]);
    const { schools, problems } = readSchools(
      await readTable("schools.xlsx", new Uint8Array(await book.xlsx.writeBuffer())),
    );
    expect(problems).toEqual([]);
    expect(schools).toEqual([
      expect.objectContaining({
        row: 2,
        ncesSchoolId: "130123000007",
        gradeHigh: "5",
        enrollment: 612,
        lowIncome: 480,
        directCertified: 0,
      }),
    ]);
  });

  it("refuses a file that is neither CSV nor XLSX", async () => {
    await expect(readTable("schools.pdf", new Uint8Array([1, 2]))).rejects.toThrow(
      "send a .csv, .xlsx or .xls file",
    );
    await expect(
      readTable("schools.xlsx", new TextEncoder().encode("not a workbook")),
    ).rejects.toThrow("not a readable XLSX workbook");
  });
});

describe("the schools file's format, as the admin app shows it", () => {
  it("lists the required columns, one of Direct Certified or Low Income among them, then the rest", () => {
    const { required, optional } = formatColumns(SCHOOLS_FORMAT);
    expect(required).toEqual([
      "NCES School ID",
      "School Name",
      "Level",
      "Grade Low",
      "Grade High",
      "Enrollment",
      "Direct Certified or Low Income",
    ]);
    expect(optional).toContain("English Learners");
    expect(optional).not.toContain("Low Income");
  });
});
