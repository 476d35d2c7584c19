import { describe, expect, it } from "vitest";

import { readGeorgiaDirectCertification } from "./georgia-direct-certification.js";
import { readTable } from "./table.js";

const csv = (text: string) =>
  readTable("direct_certification_school_2024.csv", new TextEncoder().encode(text));
const HEADER =
  "FISCAL_YEAR,SYSTEM_ID,SYSTEM_NAME,SCHOOL_ID,SCHOOL_NAME,sys_sch,direct_cert_perc,K12_POVERTY_STUDENT_CT,K12_STUDENT_COUNT";

describe("reading Georgia's direct-certification file (GOSA, school level)", () => {
  it("takes the district's own rows from the statewide file and passes over the others", async () => {
    const { records, problems, rowsOfOtherSystems } = readGeorgiaDirectCertification(
      await csv(
        `${HEADER}\n2024,601,Appling County,103,Appling County Elementary,6010103,70.1,500,713\n2024,631,Clayton County,104,Arnold Elementary School,6310104,81.4,457,561\n2024,631,Clayton County,0177,Kemp Primary,6310177,60,300,500\n`,
      ),
      "631",
    );
    expect(problems).toEqual([]);
    expect(rowsOfOtherSystems).toBe(1);
    expect(records).toEqual([
      {
        row: 3,
        fiscalYear: 2024,
        stateSchoolId: "GA-631-0104",
        schoolName: "Arnold Elementary School",
        directCertified: 457,
        k12Students: 561,
      },
      {
        row: 4,
        fiscalYear: 2024,
        stateSchoolId: "GA-631-0177",
        schoolName: "Kemp Primary",
        directCertified: 300,
        k12Students: 500,
      },
    ]);
  });

  it("finds the header under the note GOSA put on top of its 2017 and 2018 files", async () => {
    const { records, problems } = readGeorgiaDirectCertification(
      await csv(
        `*Note: The 2018 direct certification counts include foster students\n${HEADER}\n2018,631,Clayton County,104,Arnold,6310104,80,400,500\n`,
      ),
      "631",
    );
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      row: 3,
      stateSchoolId: "GA-631-0104",
      directCertified: 400,
    });
  });

  it("refuses a file from before FY2020, which gives percentages only", async () => {
    const { problems } = readGeorgiaDirectCertification(
      await csv(
        "FISCAL_YEAR,SYSTEM_ID,SYSTEM_NAME,SCHOOL_ID,SCHOOL_NAME,direct_cert_perc\n2016,631,Clayton,104,Arnold,80\n",
      ),
      "631",
    );
    expect(problems).toEqual([
      {
        row: 1,
        column: "K12_POVERTY_STUDENT_CT",
        message:
          "The file gives percentages only (GOSA publishes the counts from FY2020 on); import a FY2020 or later file.",
      },
    ]);
  });

  it("names the problems in the district's rows by row and column, and a file without them", async () => {
    const { problems } = readGeorgiaDirectCertification(
      await csv(
        `${HEADER}\n2024,631,Clayton,10x,A,,,5,\n2024,631,Clayton,104,B,,,600,500\n2024,631,Clayton,0104,C,,,1,5\n2023,631,Clayton,105,D,,,1,5\n`,
      ),
      "631",
    );
    expect(problems).toEqual([
      {
        row: 2,
        column: "SCHOOL_ID",
        message: '"10x" is not a Georgia school code (up to 4 digits).',
      },
      {
        row: 3,
        column: "K12_POVERTY_STUDENT_CT",
        message: "600 is more than the 500 K-12 students.",
      },
      { row: 4, column: "SCHOOL_ID", message: "School 0104 is also on row 3." },
      {
        row: null,
        column: "FISCAL_YEAR",
        message: "The file mixes fiscal years 2023, 2024; import one year at a time.",
      },
    ]);
    const none = readGeorgiaDirectCertification(
      await csv(`${HEADER}\n2024,601,Appling,103,A,,,1,2\n`),
      "631",
    );
    expect(none.problems).toEqual([
      {
        row: null,
        column: "SYSTEM_ID",
        message: "The file has no rows for school system 631 (it has 1 rows of other systems).",
      },
    ]);
  });

  it("reads GOSA's Excel 97-2003 (.xls) download as it is published, note row and all", async () => {
    const XLSX = await import("@e965/xlsx");
    const sheet = XLSX.utils.aoa_to_sheet([
      ["*Note: The 2018 direct certification counts include foster students"],
      HEADER.split(","),
      [2018, 631, "Clayton County", 104, "Arnold Elementary School", 6310104, 81.4, 457, 561],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Sheet1");
    const bytes = new Uint8Array(
      XLSX.write(book, { bookType: "xls", type: "array" }) as ArrayBuffer,
    );
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]); // an OLE2 compound file, as Excel 97-2003 writes
    const { records, problems } = readGeorgiaDirectCertification(
      await readTable("direct_certification_school_2018.xls", bytes),
      "631",
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        row: 3,
        fiscalYear: 2018,
        stateSchoolId: "GA-631-0104",
        schoolName: "Arnold Elementary School",
        directCertified: 457,
        k12Students: 561,
      },
    ]);
    await expect(readTable("broken.xls", new Uint8Array([1, 2, 3]))).rejects.toThrow(
      "broken.xls is not a readable Excel 97-2003 (.xls) workbook.",
    );
  });
});
