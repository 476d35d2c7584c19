import { describe, expect, it } from "vitest";

import { accountString, facilityOf, segmentCodeProblem } from "./account-string.js";
import { chartFor } from "./charts.js";

const ga = chartFor("GA")!;

describe("a budget line's account string", () => {
  it("joins Georgia's six segments in order, the year as its last digit", () => {
    const s = accountString(ga, {
      fund: "100",
      fiscalYear: 2022,
      functionCode: "1000",
      objectCode: "110",
      program: "4180",
      facility: "0104",
    });
    expect(s.value).toBe("100-2-1000-110-4180-0104");
    expect(s.missing).toEqual([]);
    expect(s.segments.map((x) => x.key)).toEqual([
      "fund",
      "year",
      "function",
      "object",
      "program",
      "facility",
    ]);
  });

  it("names every segment still to enter and gives no string until they are", () => {
    const s = accountString(ga, {
      fund: null,
      fiscalYear: 2022,
      functionCode: "2213",
      objectCode: null,
      program: "",
      facility: "0104",
    });
    expect(s.value).toBeNull();
    expect(s.missing).toEqual(["Fund", "Object", "Program"]);
  });
});

describe("codes a district enters for a segment", () => {
  it("must have the segment's width in digits, the message naming segment and chart", () => {
    expect(segmentCodeProblem(ga, "fund", "100")).toBeNull();
    expect(segmentCodeProblem(ga, "program", "4180")).toBeNull();
    expect(segmentCodeProblem(ga, "fund", "1000")).toBe(
      'Fund code "1000" must be 3 digits in the GA chart of accounts.',
    );
    expect(segmentCodeProblem(ga, "program", "41a0")).toMatch(/^Program code "41a0" must be 4/);
  });

  it("reads a school's facility from the last part of its state id", () => {
    expect(facilityOf(ga, "GA-631-0104")).toBe("0104");
    expect(facilityOf(ga, "GA-631-104")).toBeNull();
    expect(facilityOf(ga, null)).toBeNull();
  });
});
