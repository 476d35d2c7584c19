import { describe, expect, it } from "vitest";

import { readSchoolAwards } from "./school-awards.js";
import { readTable } from "./table.js";

const csv = (text: string) => readTable("awards.csv", new TextEncoder().encode(text));

describe("reading the state's per-school awards", () => {
  it("reads schools by NCES or state id and the program by its usual names", async () => {
    const { awards, problems } = readSchoolAwards(
      await csv(
        'FY,Program,NCES School ID,State School ID,School Allocation\n2022,Title I-A 1003,130123000001,,"$125,000.00"\nFY2022,TITLE_I_A_1003,,ga-631-0104,80000\n',
      ),
    );
    expect(problems).toEqual([]);
    expect(awards).toEqual([
      {
        row: 2,
        fiscalYear: 2022,
        program: "TITLE_I_A_1003",
        ncesSchoolId: "130123000001",
        stateSchoolId: null,
        amountCents: 12_500_000,
      },
      {
        row: 3,
        fiscalYear: 2022,
        program: "TITLE_I_A_1003",
        ncesSchoolId: null,
        stateSchoolId: "GA-631-0104",
        amountCents: 8_000_000,
      },
    ]);
  });

  it("names a row without a school, a repeated school and a file without a school column", async () => {
    const { problems } = readSchoolAwards(
      await csv(
        "Fiscal Year,Program,NCES School ID,Amount\n2022,TITLE_I_A_1003,,5\n2022,TITLE_I_A_1003,130123000001,5\n2022,TITLE_I_A_1003,130123000001,6\n",
      ),
    );
    expect(problems).toEqual([
      {
        row: 2,
        column: "NCES School ID",
        message: "is empty: name the school by its NCES or state id.",
      },
      {
        row: 4,
        column: "Amount",
        message:
          "Title I, Part A school improvement (1003) for this school in FY2022 is also on row 3.",
      },
    ]);
    expect(
      readSchoolAwards(await csv("Fiscal Year,Program,Amount\n2022,TITLE_I_A_1003,5\n")).problems,
    ).toEqual([
      {
        row: 1,
        column: "NCES School ID",
        message: "The file has neither an NCES School ID nor a State School ID column.",
      },
    ]);
  });
});
