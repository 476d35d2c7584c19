import { describe, expect, it } from "vitest";

import { basisPointsOf, shareErrors } from "./shares";

describe("funding shares as typed", () => {
  it("reads percentages to two decimals as basis points", () => {
    expect(basisPointsOf("50")).toBe(5_000);
    expect(basisPointsOf("33.33")).toBe(3_333);
    expect(basisPointsOf("0.5")).toBe(50);
    expect(basisPointsOf("100")).toBe(10_000);
    for (const bad of ["", "0", "100.01", "12.345", "-5", "1e2", "abc"])
      expect(basisPointsOf(bad)).toBeNull();
  });

  it("names each missing field and a total above 100%", () => {
    const e = shareErrors([
      { program: "TITLE_I_A", actionStepId: "s", functionCode: "1000", percent: "60" },
      { program: null, actionStepId: null, functionCode: null, percent: "40.01" },
    ]);
    expect(e.rows[0]).toEqual({});
    expect(Object.keys(e.rows[1]!)).toEqual(["program", "actionStepId", "functionCode"]);
    expect(e.total).toBe("The shares add up to 100.01%, more than 100%.");
  });
});
