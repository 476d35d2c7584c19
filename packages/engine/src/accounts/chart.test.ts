import { describe, expect, it } from "vitest";

import { accountCodeProblems, codesFor, MAX_CHART_CODES, type ChartOfAccounts } from "./chart.js";
import { chartFor, CHARTS } from "./charts.js";

const ga = chartFor("ga")!;

describe("the Georgia chart of accounts", () => {
  it("names its source and edition and lists the functions a federal budget uses", () => {
    expect(ga.source).toMatch(/Georgia Department of Education/);
    expect(ga.edition).toMatch(/FY20\d\d/);
    const names = new Map(ga.functions.map((f) => [f.code, f.name]));
    expect(names.get("1000")).toBe("Instruction");
    expect(names.get("2213")).toBe("Instructional Staff Training");
    expect(names.get("2230")).toBe("Federal Grant Administration");
    expect(ga.administrationFunctions).toContain("2230");
  });

  it("every shipped chart stays within the sizes the API plans for, without duplicate codes", () => {
    for (const chart of Object.values(CHARTS))
      for (const list of [chart.functions, chart.objects]) {
        expect(list.length).toBeLessThanOrEqual(MAX_CHART_CODES);
        expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
      }
  });

  it("accepts listed codes and names the field and the chart for an unknown one", () => {
    expect(accountCodeProblems(ga, 2022, { functionCode: "1000", objectCode: "110" })).toEqual([]);
    expect(accountCodeProblems(ga, 2022, { functionCode: "1001", objectCode: "999" })).toEqual([
      {
        field: "functionCode",
        message:
          'Function code "1001" is not in the GA chart of accounts (GaDOE online chart, FY2024).',
      },
      {
        field: "objectCode",
        message:
          'Object code "999" is not in the GA chart of accounts (GaDOE online chart, FY2024).',
      },
    ]);
  });

  it("refuses a retired code with the year it was retired, and a code not yet valid", () => {
    const chart: ChartOfAccounts = {
      ...ga,
      objects: [
        { code: "117", name: "Old code", through: 2020 },
        { code: "118", name: "New code", from: 2024 },
      ],
    };
    expect(accountCodeProblems(chart, 2022, { objectCode: "117" })[0]!.message).toBe(
      "Object code 117 (Old code) was retired after FY2020; choose a code valid in FY2022.",
    );
    expect(accountCodeProblems(chart, 2022, { objectCode: "118" })[0]!.message).toMatch(
      /valid only from FY2024/,
    );
    expect(codesFor(chart.objects, 2019).map((c) => c.code)).toEqual(["117"]);
  });
});
