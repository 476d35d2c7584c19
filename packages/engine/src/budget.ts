import { sumCents, usd, type Cents } from "./money.js";
import { PROGRAMS, type ProgramCode } from "./programs.js";
import type { BudgetUse } from "./vocabulary.js";

/** The program each statutory use belongs to. */
export const BUDGET_USE_PROGRAM: Record<BudgetUse, ProgramCode> = {
  FAMILY_ENGAGEMENT: "TITLE_I_A",
  WELL_ROUNDED_EDUCATION: "TITLE_IV_A",
  SAFE_AND_HEALTHY_STUDENTS: "TITLE_IV_A",
  EFFECTIVE_USE_OF_TECHNOLOGY: "TITLE_IV_A",
  TECHNOLOGY_INFRASTRUCTURE: "TITLE_IV_A",
  EARLY_INTERVENING_SERVICES: "IDEA_B",
};

/** Each use in words, with its statute. */
export const BUDGET_USE_NAMES: Record<BudgetUse, string> = {
  FAMILY_ENGAGEMENT: "Parent and family engagement (ESEA 1116(a)(3))",
  WELL_ROUNDED_EDUCATION: "Well-rounded education (ESEA 4107)",
  SAFE_AND_HEALTHY_STUDENTS: "Safe and healthy students (ESEA 4108)",
  EFFECTIVE_USE_OF_TECHNOLOGY: "Effective use of technology (ESEA 4109)",
  TECHNOLOGY_INFRASTRUCTURE: "Technology infrastructure (ESEA 4109(b))",
  EARLY_INTERVENING_SERVICES: "Coordinated early intervening services (IDEA 613(f))",
};

/** One program's money for a fiscal year (ESEA 1127 carryover and ESEA 5103 transfers included). */
export interface AwardAmounts {
  amount: Cents;
  carryoverIn: Cents;
  transfersIn: Cents;
  transfersOut: Cents;
}

/** What the district may budget from a program in the year. */
export function availableFromAward(a: AwardAmounts): Cents {
  return sumCents([a.amount, a.carryoverIn, a.transfersIn, -a.transfersOut]);
}

export interface BudgetLineProblem {
  field: "amount" | "fundingSource" | "actionStep" | "school";
  code: "NOT_POSITIVE" | "PROGRAM_NOT_ALLOWED" | "OVER_AWARD" | "NO_AWARD";
  message: string;
}

export interface BudgetLineCheck {
  amount: Cents;
  program: ProgramCode;
  actionStepLabel: string;
  /** Programs the improvement plan allows to pay for this action step. */
  allowedPrograms: readonly ProgramCode[];
  /** What the program has for the year; null when it has no award that year. */
  available: Cents | null;
  /** What other budget lines of this program already take this year (excluding the line itself). */
  budgetedElsewhere: Cents;
}

/** The rules every budget line obeys; an empty list means it may be written. */
/** A line buys something: its amount is more than zero (the API, the file import and the form). */
export function amountProblem(amount: Cents): BudgetLineProblem | null {
  return amount > 0
    ? null
    : { field: "amount", code: "NOT_POSITIVE", message: "Amount must be greater than zero." };
}

export function budgetLineProblems(c: BudgetLineCheck): BudgetLineProblem[] {
  const problems: BudgetLineProblem[] = [];
  const programName = PROGRAMS[c.program].name;
  const notPositive = amountProblem(c.amount);
  if (notPositive) problems.push(notPositive);
  if (!c.allowedPrograms.includes(c.program)) {
    problems.push({
      field: "fundingSource",
      code: "PROGRAM_NOT_ALLOWED",
      message: `${programName} is not a funding source of action step ${c.actionStepLabel} in the improvement plan.`,
    });
  }
  if (c.available === null) {
    problems.push({
      field: "fundingSource",
      code: "NO_AWARD",
      message: `${programName} has no award for this fiscal year.`,
    });
  } else if (c.amount > 0 && c.budgetedElsewhere + c.amount > c.available) {
    const left = Math.max(0, c.available - c.budgetedElsewhere);
    problems.push({
      field: "amount",
      code: "OVER_AWARD",
      message: `Amount is more than ${programName} has left this year (${usd(left)} of ${usd(c.available)} available).`,
    });
  }
  return problems;
}

/** Whether a school line fits its school's envelope in the adopted budget. */
export interface EnvelopeCheck {
  schoolName: string;
  program: ProgramCode;
  fiscalYear: number;
  /** The school's allocation of the program in the adopted budget; null when none is adopted. */
  envelope: Cents | null;
  /** What the school's other lines of the program take (drafts included). */
  budgetedElsewhere: Cents;
  amount: Cents;
}

/**
 * Why a school leader may not draft this line: no adopted budget gives the school an envelope,
 * or the school's lines of the program would exceed it. Null when it fits.
 */
export function envelopeProblem(c: EnvelopeCheck): string | null {
  const program = PROGRAMS[c.program].shortName;
  if (c.envelope === null)
    return `No budget is adopted for FY${c.fiscalYear} yet, so ${c.schoolName} has no ${program} allocation to draft lines within.`;
  if (c.budgetedElsewhere + c.amount <= c.envelope) return null;
  const left = Math.max(0, c.envelope - c.budgetedElsewhere);
  return `${c.schoolName}'s ${program} allocation in the adopted budget is ${usd(c.envelope)}; ${usd(left)} of it is left, less than ${usd(c.amount)}.`;
}
