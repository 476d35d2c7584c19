/** The headline of a budget compliance report: "every rule passes" only when nothing fails or is unchecked. */
export function budgetComplianceSummary(r: {
  allPass: boolean;
  passed: number;
  failed: number;
  notChecked: number;
  notApplicable: number;
}): string {
  if (r.allPass)
    return `Every rule that applies passes (${r.passed} pass, ${r.notApplicable} do not apply).`;
  const parts = [
    r.failed ? `${r.failed} fail` : "",
    r.notChecked ? `${r.notChecked} not checked: enter what each names` : "",
  ].filter(Boolean);
  return `${parts.join("; ")} (${r.passed} pass).`;
}
