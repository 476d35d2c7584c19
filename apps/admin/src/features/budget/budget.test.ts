import { describe, expect, it } from "vitest";

import { budgetComplianceSummary } from "./budget";

describe("the budget compliance headline", () => {
  const base = { passed: 10, notApplicable: 2, failed: 0, notChecked: 0, allPass: true };
  it("says every rule passes only when nothing fails and nothing is unchecked", () => {
    expect(budgetComplianceSummary(base)).toBe(
      "Every rule that applies passes (10 pass, 2 do not apply).",
    );
    expect(budgetComplianceSummary({ ...base, notChecked: 1, allPass: false })).toBe(
      "1 not checked: enter what each names (10 pass).",
    );
    expect(budgetComplianceSummary({ ...base, failed: 2, notChecked: 1, allPass: false })).toBe(
      "2 fail; 1 not checked: enter what each names (10 pass).",
    );
  });
});
