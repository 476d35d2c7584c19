import type { Role } from "@allot/db";

const A: Role = "ADMINISTRATOR";
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
 * Who may call each mutation, filled by @Allow on each resolver method. Deny by default: a
 * mutation without @Allow is refused to everyone, so a new one cannot ship unguarded (a test
 * checks every mutation of the schema has its rule). `writes: false` marks what changes nothing,
 * which read-only API tokens may call too.
 */
export const MUTATION_RULES: Record<string, { roles: readonly Role[]; writes: boolean }> = {};

/** The roles that may call this mutation, declared beside it (and only once). */
export function Allow(roles: readonly Role[], options: { writes?: boolean } = {}): MethodDecorator {
  return (_target, key) => {
    const name = String(key);
    if (MUTATION_RULES[name]) throw new Error(`@Allow is declared twice for ${name}`);
    MUTATION_RULES[name] = { roles, writes: options.writes ?? true };
  };
}

/** Queries limited to some roles; every other query is open to any signed-in caller of the district. */
export const QUERY_ROLES: Record<string, readonly Role[]> = {
  apiTokens: [A],
  auditEvents: [A, D],
  // The whole district's budget: a school leader sees their own school's lines (budgetLines).
  budgetCompliance: [A, D, "FINANCE_ANALYST", "VIEWER"],
  budgetByFunctionAndObject: [A, D, "FINANCE_ANALYST", "VIEWER"],
};

export function mayCall(role: Role, operation: "query" | "mutation", field: string): boolean {
  if (operation === "mutation") return MUTATION_RULES[field]?.roles.includes(role) ?? false;
  return QUERY_ROLES[field]?.includes(role) ?? true;
}
