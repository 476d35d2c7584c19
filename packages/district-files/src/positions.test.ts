import { describe, expect, it } from "vitest";

import { readPositions } from "./positions.js";
import { readTable } from "./table.js";

const csv = (text: string) => readTable("hr.csv", new TextEncoder().encode(text));

describe("reading the HR system's positions file", () => {
  it("reads codes, FTE as decimals, salaries as spreadsheets write them, and an empty school as the district office", async () => {
    const { positions, problems } = readPositions(
      await csv(
        "Fiscal Year,Position Number,Job Title,Job Code,NCES School ID,FTE,Annual Salary,Status,Employee\n" +
          'FY2022,P-100,Instructional coach,COACH,130123000001,1,"$72,500.00",Filled,Pat Lee\n' +
          "2022,P-101,Parent liaison,LIAISON,,.5,31000,V,\n",
      ),
    );
    expect(problems).toEqual([]);
    expect(positions).toEqual([
      {
        row: 2,
        fiscalYear: 2022,
        code: "P-100",
        title: "Instructional coach",
        jobClass: "COACH",
        ncesSchoolId: "130123000001",
        fteHundredths: 100,
        salaryCents: 7_250_000,
        status: "FILLED",
        personName: "Pat Lee",
      },
      {
        row: 3,
        fiscalYear: 2022,
        code: "P-101",
        title: "Parent liaison",
        jobClass: "LIAISON",
        ncesSchoolId: null,
        fteHundredths: 50,
        salaryCents: 3_100_000,
        status: "VACANT",
        personName: "",
      },
    ]);
  });

  it("names every problem by row and column: a repeated code, an FTE above one, a bad school id, a missing column", async () => {
    const { problems } = readPositions(
      await csv(
        "Fiscal Year,Position Code,Title,Job Class,NCES School ID,FTE,Salary\n" +
          "2022,P-1,Coach,COACH,12345,1.5,70000\n" +
          "2022,P-1,Coach,COACH,,0.001,-5\n",
      ),
    );
    expect(problems).toEqual([
      {
        row: 2,
        column: "NCES School ID",
        message:
          '"12345" is not a 12-digit NCES school id (leave it empty for the district office).',
      },
      { row: 2, column: "FTE", message: '"1.5" is not an FTE from 0.01 to 1.00.' },
      { row: 3, column: "Position Code", message: "P-1 for FY2022 is also on row 2." },
      { row: 3, column: "FTE", message: '"0.001" is not an FTE from 0.01 to 1.00.' },
      { row: 3, column: "Salary", message: '"-5" is negative: amounts are zero or more.' },
    ]);
    expect(
      readPositions(await csv("Fiscal Year,Position Code,Title,FTE,Salary\n2022,P,T,1,1\n"))
        .problems,
    ).toEqual([{ row: 1, column: "Job Class", message: "The file has no Job Class column." }]);
  });
});
