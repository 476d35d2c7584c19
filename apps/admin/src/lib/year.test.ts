import { describe, expect, it } from "vitest";

import { yearInPath } from "./year";

describe("the fiscal year kept in the address", () => {
  it("is read from every page that shows a year", () => {
    expect(yearInPath("/dashboard/2022")).toBe(2022);
    expect(yearInPath("/funding/2027")).toBe(2027);
    expect(yearInPath("/scenarios/2022")).toBe(2022);
    expect(yearInPath("/plan/2022/steps/1.1")).toBe(2022);
  });

  it("is not made up from pages without one", () => {
    for (const path of [
      "/schools",
      "/schools/2022",
      "/scenarios/view/abc",
      "/scenarios/compare",
      "/dashboard",
      "/dashboard/20221",
    ])
      expect(yearInPath(path), path).toBeNull();
  });
});
