import type { Cents } from "./money.js";
import { PROGRAM_CODES, type ProgramCode } from "./programs.js";

export interface BudgetedAmount {
  actionStepId: string;
  program: ProgramCode;
  amount: Cents;
}

export interface ActionStepFundingRow {
  actionStepId: string;
  byProgram: Map<ProgramCode, Cents>;
  total: Cents;
}

export interface ProgramBudgetSummary {
  program: ProgramCode;
  available: Cents;
  budgeted: Cents;
  remaining: Cents;
}

export interface FundingMatrix {
  rows: ActionStepFundingRow[];
  programs: ProgramBudgetSummary[];
  total: Cents;
}

/**
 * Funding per action step: for each action step the sum budgeted from each program, and for each
 * program what it has, what is budgeted and what remains. Action steps keep the order given.
 */
export function fundingMatrix(
  actionStepIds: readonly string[],
  lines: readonly BudgetedAmount[],
  available: ReadonlyMap<ProgramCode, Cents>,
): FundingMatrix {
  const rows = new Map<string, ActionStepFundingRow>(
    actionStepIds.map((id) => [id, { actionStepId: id, byProgram: new Map(), total: 0 }]),
  );
  const budgeted = new Map<ProgramCode, Cents>();
  for (const line of lines) {
    const row = rows.get(line.actionStepId);
    if (!row) continue;
    row.byProgram.set(line.program, (row.byProgram.get(line.program) ?? 0) + line.amount);
    row.total += line.amount;
    budgeted.set(line.program, (budgeted.get(line.program) ?? 0) + line.amount);
  }
  const programs = PROGRAM_CODES.map((program) => {
    const have = available.get(program) ?? 0;
    const used = budgeted.get(program) ?? 0;
    return { program, available: have, budgeted: used, remaining: have - used };
  });
  const total = [...rows.values()].reduce((a, r) => a + r.total, 0);
  return { rows: [...rows.values()], programs, total };
}
