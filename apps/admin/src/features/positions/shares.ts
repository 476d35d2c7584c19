import { fundingSharesProblem } from "@allot/engine";

/** A funding share as the editor holds it: the percentage as typed ("50", "33.33"). */
export interface ShareRow {
  program: string | null;
  actionStepId: string | null;
  functionCode: string | null;
  percent: string;
  /** For an IDEA Part B share: IDEA_611 or IDEA_619. */
  subgrant?: string | null;
}

/** "50" or "33.33" as basis points, or null when it is not a percentage to two decimals. */
export function basisPointsOf(percent: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(percent.trim());
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bp >= 1 && bp <= 10_000 ? bp : null;
}

/** What is wrong with the rows, per row and field, and overall; empty when they can be sent. */
export function shareErrors(rows: readonly ShareRow[]): {
  rows: Record<string, string>[];
  total: string | null;
} {
  const errors = rows.map((r) => {
    const e: Record<string, string> = {};
    if (!r.program) e.program = "Choose a program.";
    if (!r.actionStepId) e.actionStepId = "Choose an action step the program may pay for.";
    if (!r.functionCode) e.functionCode = "Choose a function code.";
    if (basisPointsOf(r.percent) === null)
      e.percent = "A percentage from 0.01 to 100, to two decimals.";
    return e;
  });
  // The API's own rule for the total, over the percentages that read (the rest are named above).
  const total = fundingSharesProblem(
    rows.flatMap((r) => {
      const basisPoints = basisPointsOf(r.percent);
      return basisPoints === null ? [] : [{ key: null, basisPoints }];
    }),
  );
  return { rows: errors, total };
}
