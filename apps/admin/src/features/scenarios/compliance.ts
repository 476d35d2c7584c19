/** What a compliance report says at the top: "every rule passes" only when nothing fails or is unchecked. */
export function complianceSummary(r: {
  compliance: readonly { status: string }[];
  failures: number;
  notChecked: number;
  allPass: boolean;
}): string {
  if (r.allPass)
    return `Every rule that applies passes (${r.compliance.filter((c) => c.status === "PASS").length} pass, ${r.compliance.filter((c) => c.status === "NOT_APPLICABLE").length} do not apply).`;
  const parts = [
    r.failures ? `${r.failures} fail` : "",
    r.notChecked ? `${r.notChecked} not checked (an input is missing)` : "",
  ].filter(Boolean);
  return `${parts.join(", ")}, of ${r.compliance.length} rules.`;
}

/** A rule's detail, with what to give when it could not be checked. */
export function ruleDetail(c: { detail: string; missing?: string | null }): string {
  return c.missing ? `${c.detail} Give: ${c.missing}.` : c.detail;
}
