/**
 * A state's chart of accounts for school districts, as data: the segments of its account string
 * and the function and object codes a budget line may use, each with the fiscal years it is valid.
 * A state plugs in its own chart by adding a file like georgia.ts to CHARTS; no code changes.
 */
/** Most codes one classification of a chart may list (the API sizes its answers by it). */
export const MAX_CHART_CODES = 200;

export interface AccountCode {
  code: string;
  name: string;
  /** First fiscal year the code is valid (inclusive); absent = always was. */
  from?: number;
  /** Last fiscal year the code is valid (inclusive); absent = still valid. */
  through?: number;
}

export type AccountSegmentKey = "fund" | "year" | "function" | "object" | "program" | "facility";

export interface AccountSegment {
  key: AccountSegmentKey;
  label: string;
  /** Digits the segment has in the account string. */
  width: number;
}

export interface ChartOfAccounts {
  /** Two-letter state code. */
  state: string;
  /** Where the lists come from and which edition, so an auditor can check them. */
  source: string;
  edition: string;
  /** The account string's segments in order, joined by "-". */
  segments: AccountSegment[];
  functions: AccountCode[];
  objects: AccountCode[];
  /** Function codes whose spending is administration, for the programs' administration caps. */
  administrationFunctions: string[];
  /** Object codes (by prefix) that buy equipment or other property, which needs prior approval. */
  equipmentObjectPrefixes: string[];
}

const isValidIn = (c: AccountCode, fiscalYear: number) =>
  (c.from === undefined || fiscalYear >= c.from) &&
  (c.through === undefined || fiscalYear <= c.through);

/** The code as the chart lists it for the year, or why it cannot be used. */
export function lookUpCode(
  list: readonly AccountCode[],
  code: string,
  fiscalYear: number,
): { ok: true; code: AccountCode } | { ok: false; reason: "UNKNOWN" | "RETIRED" | "NOT_YET" } {
  const found = list.find((c) => c.code === code);
  if (!found) return { ok: false, reason: "UNKNOWN" };
  if (isValidIn(found, fiscalYear)) return { ok: true, code: found };
  return {
    ok: false,
    reason: found.through !== undefined && fiscalYear > found.through ? "RETIRED" : "NOT_YET",
  };
}

export interface AccountCodeProblem {
  field: "functionCode" | "objectCode";
  message: string;
}

/**
 * Why a line's function and object codes cannot be used in a fiscal year under a chart: each
 * problem names its field and the chart's edition. Empty when both are valid (or not given).
 */
export function accountCodeProblems(
  chart: ChartOfAccounts,
  fiscalYear: number,
  codes: { functionCode?: string | null; objectCode?: string | null },
): AccountCodeProblem[] {
  const problems: AccountCodeProblem[] = [];
  const check = (
    field: AccountCodeProblem["field"],
    noun: string,
    list: AccountCode[],
    code: string,
  ) => {
    const found = lookUpCode(list, code, fiscalYear);
    if (found.ok) return;
    const where = `${chart.state} chart of accounts (${chart.edition})`;
    const entry = list.find((c) => c.code === code);
    const message =
      found.reason === "UNKNOWN"
        ? `${noun} code "${code}" is not in the ${where}.`
        : found.reason === "RETIRED"
          ? `${noun} code ${code} (${entry!.name}) was retired after FY${entry!.through}; choose a code valid in FY${fiscalYear}.`
          : `${noun} code ${code} (${entry!.name}) is valid only from FY${entry!.from}.`;
    problems.push({ field, message });
  };
  if (codes.functionCode) check("functionCode", "Function", chart.functions, codes.functionCode);
  if (codes.objectCode) check("objectCode", "Object", chart.objects, codes.objectCode);
  return problems;
}

/** The codes valid in a fiscal year, in the chart's order (for pickers and the API). */
export function codesFor(list: readonly AccountCode[], fiscalYear: number): AccountCode[] {
  return list.filter((c) => isValidIn(c, fiscalYear));
}

export const isAdministration = (chart: ChartOfAccounts, functionCode: string) =>
  chart.administrationFunctions.includes(functionCode);

export const isEquipment = (chart: ChartOfAccounts, objectCode: string) =>
  chart.equipmentObjectPrefixes.some((p) => objectCode.startsWith(p));
