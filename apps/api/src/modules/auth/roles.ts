import type { Role } from "@allot/db";

const A: Role = "ADMINISTRATOR";
const F: Role = "FINANCE_ANALYST";
const D: Role = "FEDERAL_PROGRAMS_DIRECTOR";

/** Anyone may call these, signed in or not. */
export const PUBLIC_FIELDS: ReadonlySet<string> = new Set([
  "signIn",
  "signOut",
  "me",
  "signInOptions",
  "__typename",
  "__schema",
  "__type",
]);

/**
 * Who may call each mutation. Deny by default: a mutation missing here is refused to everyone, so
 * a new one cannot ship unguarded (a test checks this table covers the schema).
 * `writes: false` marks what changes nothing, which read-only API tokens may call too.
 */
export const MUTATION_RULES: Record<string, { roles: readonly Role[]; writes: boolean }> = {
  importImprovementPlan: { roles: [A, D], writes: true },
  importSchools: { roles: [A, F], writes: true },
  importGeorgiaDirectCertification: { roles: [A, F], writes: true },
  importAwards: { roles: [A, F], writes: true },
  importBudgetLines: { roles: [A, D], writes: true },
  createBudgetLine: { roles: [A, D], writes: true },
  updateBudgetLine: { roles: [A, D], writes: true },
  deleteBudgetLine: { roles: [A, D], writes: true },
  updateAward: { roles: [A, F], writes: true },
  transferFunds: { roles: [A, F], writes: true },
  deleteTransfer: { roles: [A, F], writes: true },
  createScenario: { roles: [A, F], writes: true },
  updateScenario: { roles: [A, F], writes: true },
  runScenario: { roles: [A, F], writes: true },
  submitScenario: { roles: [A, F], writes: true },
  approveScenario: { roles: [A, D], writes: true },
  rejectScenario: { roles: [A, D], writes: true },
  previewAllocation: { roles: [A, F, D], writes: false },
  createApiToken: { roles: [A], writes: true },
  revokeApiToken: { roles: [A], writes: true },
};

/** Queries limited to some roles; every other query is open to any signed-in caller of the district. */
export const QUERY_ROLES: Record<string, readonly Role[]> = {
  apiTokens: [A],
  auditEvents: [A, D],
};

export function mayCall(role: Role, operation: "query" | "mutation", field: string): boolean {
  if (operation === "mutation") return MUTATION_RULES[field]?.roles.includes(role) ?? false;
  return QUERY_ROLES[field]?.includes(role) ?? true;
}
